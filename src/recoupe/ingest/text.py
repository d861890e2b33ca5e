"""Bytes to text: BOM-aware decoding with a Western-European fallback, and binary sniffing.

Order of attempts in :func:`try_decode`:

1. a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE) decides;
2. BOM-less UTF-16 (NUL on every other byte of ASCII-range text);
3. strict UTF-8;
3b. UTF-8 with replacement characters, when the file is UTF-8 but for a few bad bytes (a damaged
   download, a concatenation): its valid multi-byte sequences outnumber the invalid bytes. One bad
   byte must not send a whole UTF-8 file to cp1252 (« corÃ©en »); the reader warns (W001);
4. cp1252, then latin-1, kept only when the non-ASCII characters they produce are the ones French or
   English text uses (accented letters, typographic quotes, dashes, euro sign...). On short texts
   statistical detectors guess mac_latin2 or cp1257 for plain cp1252 French, so this check comes first;
5. charset-normalizer's best guess (Cyrillic, Greek, CJK legacy encodings...).

Newlines are normalised to ``\\n`` and the text to NFC. :func:`decode` never raises: when nothing fits it
decodes UTF-8 with replacement characters. Readers use :func:`try_decode` to reject (E005) instead.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Non-ASCII characters that Western-European (mostly French/English) text plausibly contains.
_WESTERN = set(
    "àâäáãåçéèêëíìîïñóòôöõøúùûüýÿœæÀÂÄÁÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕØÚÙÛÜÝŸŒÆß"
    "’‘“”«»„‚–—…€£°§©®™·•\u00a0\u202f²³ºª¿¡×÷½¼¾µ"
)

# (magic bytes, kind) for binary formats people drop into an input folder by mistake.
MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"%PDF-", "PDF document"),
    (b"\x1f\x8b", "gzip archive"),
    (b"PK\x03\x04", "ZIP archive (or DOCX/ODT/EPUB)"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE document (DOC/XLS)"),
    (b"\x7fELF", "ELF executable"),
    (b"MZ\x90\x00", "Windows executable"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"RIFF", "RIFF media file"),
    (b"OggS", "Ogg media file"),
    (b"ID3", "MP3 audio"),
)
_CONTROL = frozenset(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D, 0x1B}
_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x85]")


def _finish(text: str) -> str:
    text = _NEWLINES.sub("\n", text)
    return unicodedata.normalize("NFC", text)


def _bom(raw: bytes) -> str | None:
    for bom, enc in _BOMS:
        if raw.startswith(bom):
            return enc
    return None


def _bomless_utf16(raw: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when NUL bytes sit on one parity only (ASCII-range UTF-16)."""
    sample = raw[:4096]
    if len(sample) < 4 or b"\x00" not in sample:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) / 2
    if odd > 0.7 * half and even < 0.02 * half:
        return "utf-16-le"
    if even > 0.7 * half and odd < 0.02 * half:
        return "utf-16-be"
    return None


def _western_plausible(text: str) -> bool:
    extra = [c for c in text if ord(c) > 127]
    if not extra:
        return True
    if any(0x80 <= ord(c) <= 0x9F for c in extra):  # C1 controls: latin-1 of cp1252 bytes
        return False
    good = sum(c in _WESTERN for c in extra)
    return good >= 0.9 * len(extra)


UTF8_REPLACED = "utf-8/replaced"  # try_decode's encoding name for 3b


def utf8_damage(raw: bytes) -> tuple[int, int] | None:
    """``(invalid bytes, offset of the first)`` when ``raw`` is UTF-8 text with a few bad bytes
    (its valid non-ASCII characters at least as many as the invalid bytes), else None."""
    text = raw.decode("utf-8", errors="surrogateescape")  # each invalid byte -> one lone surrogate
    bad = sum(1 for c in text if "\udc80" <= c <= "\udcff")
    if not bad:
        return None
    good = sum(1 for c in text if ord(c) > 127) - bad
    if good < bad:
        return None
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return bad, exc.start
    return None


def try_decode(raw: bytes) -> tuple[str, str] | None:
    """``(text, encoding)`` or None when no encoding fits; ``encoding`` is :data:`UTF8_REPLACED`
    when a UTF-8 file with a few invalid bytes was decoded with U+FFFD in their place."""
    enc = _bom(raw)
    if enc is not None:
        try:
            return _finish(raw.decode(enc).lstrip("\ufeff")), enc
        except UnicodeDecodeError:
            return None
    enc = _bomless_utf16(raw)  # before UTF-8: NUL bytes are valid UTF-8
    if enc is not None:
        try:
            return _finish(raw.decode(enc)), enc
        except UnicodeDecodeError:
            pass
    try:
        return _finish(raw.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    if utf8_damage(raw) is not None:
        return _finish(raw.decode("utf-8", errors="replace")), UTF8_REPLACED
    for enc in ("cp1252", "latin-1"):
        try:
            text = raw.decode(enc)
        except UnicodeDecodeError:
            continue
        if _western_plausible(text):
            return _finish(text), enc
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(raw).best()
    except Exception:  # charset-normalizer is a heuristic; never let it break a batch
        best = None
    if best is not None and best.encoding:
        return _finish(str(best)), best.encoding
    return None


def decode(raw: bytes) -> str:
    """Decode bytes to NFC text with ``\\n`` newlines; never raises (see module docstring)."""
    if not isinstance(raw, bytes | bytearray | memoryview):
        raise TypeError(f"decode() takes bytes, not {type(raw).__name__}")
    raw = bytes(raw)
    found = try_decode(raw)
    if found is not None:
        return found[0]
    enc = _bom(raw)
    if enc is not None:
        return _finish(raw.decode(enc, errors="replace").lstrip("\ufeff"))
    return _finish(raw.decode("utf-8", errors="replace"))


def binary_kind(raw: bytes) -> str | None:
    """A short description when ``raw`` looks like a binary file, else None."""
    for magic, kind in MAGIC:
        if raw.startswith(magic):
            return kind
    if _bom(raw) is not None or _bomless_utf16(raw) is not None:
        return None
    sample = raw[:8192]
    if not sample:
        return None
    if b"\x00" in sample:
        return "NUL bytes"
    controls = sum(b in _CONTROL for b in sample)
    if controls > 0.05 * len(sample):
        return f"{controls} control characters in the first {len(sample)} bytes"
    return None

"""Coverage-guided fuzzing (atheris) of the parsers and normalisers that see untrusted bytes.

    python -m benchmarks.fuzz -runs=20000          # or -max_total_time=600

Targets: byte decoding, text/HTML/record cleaning, JSON/JSONL record reading, feed reading, the
time tagger and the name keys (first byte 0-249, modulo 7); WARC reading (gzip or not), a whole file
through ``read_path`` in every format, and the name keys' idempotence (first byte 250-255). The
hand-made kinds of bad input (46, through the command line) are in ``benchmarks/hostile.py``.
A target may reject its input (that is its job); it must never raise. A crashing input is written
by libFuzzer as ``crash-*``: add it to ``tests/robustness/fuzz_regressions/`` so the regression
test replays it forever.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from recoupe.clean import clean, decode
    from recoupe.ingest import read_path
    from recoupe.ingest.feeds import read_feed
    from recoupe.ingest.records import read_json, read_jsonl
    from recoupe.ingest.warc import read_warc
    from recoupe.model import RawDocument
    from recoupe.nlp.timex import tag
    from recoupe.resolve.names import full_key

_TMP = Path(tempfile.gettempdir()) / "recoupe-fuzz.json"
_FORMATS = ("auto", "text", "html", "json", "jsonl", "feed", "warc")


def _file(raw: bytes, suffix: str) -> Path:
    path = _TMP.with_suffix(suffix)
    path.write_bytes(raw)
    return path


def one_input(data: bytes) -> None:
    if not data:
        return
    if data[0] >= 250:
        target, raw = data[0] - 250, data[1:]
        if target in (0, 1):  # WARC, plain or gzip-framed; small limit so that bombs are cheap
            list(read_warc(_file(raw, ".warc.gz" if target else ".warc"), max_bytes=1 << 16))
        elif target in (2, 3, 4):  # a whole file, in a format picked by the next byte
            fmt = _FORMATS[raw[0] % len(_FORMATS)] if raw else "auto"
            list(read_path(_file(raw[1:], ".bin"), fmt, max_bytes=1 << 16))
        else:
            key = full_key(raw.decode("utf-8", "replace"))
            assert full_key(key) == key, (raw, key)
        return
    target, raw = data[0] % 7, data[1:]
    if target == 0:
        decode(raw)
    elif target == 1:
        clean(RawDocument("fuzz.txt", "text", raw))
    elif target == 2:
        clean(RawDocument("fuzz.html", "html", raw))
    elif target == 3:
        list(read_json(_TMP, raw.decode("utf-8", "replace")))
        list(read_jsonl(_TMP, raw.decode("utf-8", "replace")))
    elif target == 4:
        list(read_feed(_TMP, raw))
    elif target == 5:
        tag(raw.decode("utf-8", "replace"), date(2023, 9, 12))
    else:
        full_key(raw.decode("utf-8", "replace"))


def main() -> None:
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()

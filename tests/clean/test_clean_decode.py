"""decode(): BOMs, strict UTF-8, Western fallbacks, newlines, NFC; never raises."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recoupe.clean import decode

TEXT = "L’été à Noël : « déjà » reçu — œuvre, 5 €.\nDeuxième ligne."


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),  # with BOM
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        TEXT.encode("utf-32"),
        TEXT.encode("cp1252"),
    ],
)
def test_clean_decode_roundtrips_french(data: bytes) -> None:
    assert decode(data) == TEXT


def test_clean_decode_latin1() -> None:
    text = "Ça a coûté très cher à l'État, déclare-t-il."
    assert decode(text.encode("latin-1")) == text


def test_clean_decode_bomless_utf16() -> None:
    assert decode("Bonjour le monde, ceci est un texte.".encode("utf-16-le")) == "Bonjour le monde, ceci est un texte."


def test_clean_decode_normalises_newlines_and_nfc() -> None:
    assert decode("e\u0301te\u0301\r\nun\rdeux".encode()) == "été\nun\ndeux"


def test_clean_decode_rejects_non_bytes_as_caller_bug() -> None:
    with pytest.raises(TypeError):
        decode("text")  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_clean_decode_never_raises(data: bytes) -> None:
    assert isinstance(decode(data), str)

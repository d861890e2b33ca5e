"""Stopword-profile language detection."""

from __future__ import annotations

import pytest

from recoupe.clean.language import detect_language


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Le président a annoncé mardi que la réforme serait présentée au Parlement avant la fin de l’année.", "fr"),
        ("The president said on Tuesday that the bill would be sent to Congress before the end of the year.", "en"),
        ("Der Präsident sagte am Dienstag, dass das Gesetz noch in diesem Jahr dem Parlament vorgelegt wird.", "de"),
        ("El presidente dijo el martes que la reforma se presentará en el Parlamento antes de fin de año.", "es"),
        ("Kim Jong Un Vladimir Poutine Vladivostok", "und"),
        ("", "und"),
        ("12 34 56 78 90 11", "und"),
    ],
)
def test_clean_language_detection(text: str, lang: str) -> None:
    assert detect_language(text) == lang

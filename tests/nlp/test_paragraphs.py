"""The sentence boundaries ``recoupe_paragraphs`` sets, read through the per-word flags it caches."""

from __future__ import annotations

import pytest
import spacy

from recoupe.nlp import pipeline
from recoupe.nlp.pipeline import paragraphs

# sentences written for these tests
FIRST = "Aucun dégât Le gardien a refermé la grille.\n« Tout est calme. » Le préfet, dit-on, reste prudent."
SECOND = '"Rien à signaler", a répondu la garde. Elle repart ; la nuit tombe… Puis : « Fin. »'


def _starts(text: str) -> list[tuple[str, bool | None]]:
    """Each token with what the component says of it: opens a sentence (True), never does (False),
    the parser decides (None)."""
    doc = paragraphs(spacy.blank("fr").make_doc(text))
    return [(t.text, t.is_sent_start) for t in doc]


def test_paragraphs_word_flags() -> None:
    f = pipeline._flags_of
    assert f("\n") & pipeline._NEWLINE and not f("\n") & pipeline._ENDER
    assert f(".") == pipeline._ENDER | pipeline._STOP
    assert f("»") == pipeline._ENDER | pipeline._CLOSING
    assert f("«") == pipeline._OPENING and f('"') == pipeline._ENDER | pipeline._QUOTE
    assert f(",") == pipeline._NEVER and f(";") == pipeline._ENDER | pipeline._NEVER
    assert f("Le") == pipeline._OPENER and f("le") == 0 and f("  ") == pipeline._ENDER


def test_paragraphs_boundaries_the_same_with_a_cold_a_warm_and_a_full_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "_FLAGS", {})
    cold = [_starts(FIRST), _starts(SECOND)]
    assert pipeline._FLAGS  # the words were kept
    assert [_starts(FIRST), _starts(SECOND)] == cold
    monkeypatch.setattr(pipeline, "_FLAGS", {})
    monkeypatch.setattr(pipeline, "_MAX_FLAGS", 0)
    assert [_starts(SECOND), _starts(FIRST)] == cold[::-1] and not pipeline._FLAGS
    # what the rules say: a glued heading and the line after a line break open a sentence, a
    # comma never does, a word after a full stop is the parser's to decide
    assert [w for w, start in cold[0] if start] == ["Aucun", "Le", "«"]
    assert ("dégât", False) in cold[0] and (",", False) in cold[1] and ("Elle", None) in cold[1]

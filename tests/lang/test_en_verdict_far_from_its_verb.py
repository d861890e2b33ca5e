"""A calling verb's verdict far from its object (« called a radio report which … a "malicious fabrication" »):
the parser hangs the verdict on the last verb before it; the claim reader hangs it back on the calling verb
(recoupe.lang.en.claims._hang_verdict). Sentences written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = [pytest.mark.model]


@pytest.fixture(scope="module")
def nlp_en() -> Any:
    from recoupe.lang import pack
    from recoupe.nlp.pipeline import load

    return load(pack("en").model)


def _claims(nlp_en: Any, text: str) -> tuple[Any, dict[str, Any]]:
    doc = nlp_en(text)
    return doc, {c.predicate: c for c in doc._.claims}


def test_a_verdict_after_a_long_relative_is_the_calling_verbs(nlp_en: Any) -> None:
    doc, claims = _claims(nlp_en, "The club called a radio report which quoted an unnamed player saying the coach "
                                  "had been sacked a \"malicious fabrication\".")
    call = claims["call"]
    assert call.modality == "denied" and call.cue == "call"
    # the clause of the calling verb runs to its verdict: what the club says is false, in its words
    assert "fabrication" in doc[call.start:call.end].text
    # the verdict is no longer a word of the nested clause
    assert "fabrication" not in doc[claims["sack"].start:claims["sack"].end].text


@pytest.mark.parametrize("sentence", [
    # the noun is the object of its own verb: the report says someone lied
    "The club called a radio report which claimed the coach had told a lie.",
    "The club called a radio report which claimed the coach had told reporters a lie.",
    # the calling verb's object names no claim
    "The mayor called a press conference which her aides described as a farce.",
])
def test_a_noun_of_falsehood_in_the_relative_stays_there(nlp_en: Any, sentence: str) -> None:
    _, claims = _claims(nlp_en, sentence)
    assert claims["call"].modality == "asserted"

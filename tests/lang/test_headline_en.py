"""English Title Case headlines read in sentence case (recoupe.lang.en.headline)."""

from __future__ import annotations

from typing import Any

import pytest

from recoupe.lang.en.headline import headline_end, is_title_case, sentence_case

_COMMON = {"open", "bridge", "river", "new", "mayor", "vote", "set", "plan", "harbor", "council", "win", "seat",
           "crowd", "cheer", "say", "director", "finalist", "join", "shortlist"}


def _is_common(word: str) -> bool:
    return word in _COMMON or word.rstrip("s") in _COMMON


@pytest.mark.parametrize(("text", "expected"), [
    ("Mayor Opens New Bridge Over River. The mayor of Lakeport opened the bridge on Friday.",
     "Mayor opens new bridge over river. The mayor of Lakeport opened the bridge on Friday."),
    # a name the text writes capitalised keeps its capital, a common word the text never writes does not
    ("Council Vote Set for May in Lakeport. Jane Harbor, the council head, set the vote.",
     "Council vote set for May in Lakeport. Jane Harbor, the council head, set the vote."),
    ("Ortega Joins Shortlist for I.R.S. Director, Council Says. Ortega met the council.",
     "Ortega joins shortlist for I.R.S. director, council says. Ortega met the council."),
])
def test_en_headline_title_case_is_read_in_sentence_case(text: str, expected: str) -> None:
    out = sentence_case(text, _is_common)
    assert out == expected
    assert len(out) == len(text)


@pytest.mark.parametrize("text", [
    "Mayor opens new bridge over the river. The mayor opened it on Friday.",  # already sentence case
    "Crowds cheer. The mayor opened the bridge.",  # too short to tell
    "",
])
def test_en_headline_sentence_case_text_is_left_alone(text: str) -> None:
    assert sentence_case(text, _is_common) == text


def test_en_headline_end_skips_initialisms_and_abbreviations() -> None:
    text = "Gov. Ortega Names U.S. Envoy to Lakeport. The governor named him."
    assert text[:headline_end(text)] == "Gov. Ortega Names U.S. Envoy to Lakeport"
    assert is_title_case(text[:headline_end(text)])


@pytest.mark.model
def test_en_headline_title_case_headline_gets_its_verb_and_frame() -> None:
    from recoupe.lang import pack
    from recoupe.nlp.pipeline import load, parse_with_context

    nlp: Any = load(pack("en").model)
    text = "Ortega Tops Shortlist to Run the Harbor Board, Council Says. The council met on Monday."
    (doc, _), = parse_with_context(nlp, [(text, None, None)])
    assert doc.text != text and doc._.claims  # parsed recased; the text kept is the one given
    from recoupe.nlp.extensions import text_of

    assert text_of(doc) == text
    head = next(c for c in doc._.claims if c.start == 0)
    assert (head.predicate, head.modality) == ("top", "reported")

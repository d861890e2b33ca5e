"""A verb written with a hyphenated prefix (« re-elected »), which the tokenizer cuts at the hyphen
and the parser may read as the verb « re »: the claim's predicate is the whole verb
(recoupe.lang.en.claims._hyphen_tail). Sentences written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = [pytest.mark.model]


@pytest.fixture(scope="module")
def nlp_en() -> Any:
    from recoupe.lang import pack
    from recoupe.nlp.pipeline import load

    return load(pack("en").model)


def _predicates(nlp_en: Any, text: str) -> list[str]:
    return [c.predicate for c in nlp_en(text)._.claims]


def test_a_hyphenated_verb_is_the_predicate_not_its_prefix(nlp_en: Any) -> None:
    doc = nlp_en("Lake rowing club secretary Ivo Dace was re-elected on Friday by the club's members.")
    claim = next(c for c in doc._.claims if c.predicate.startswith("re"))
    assert claim.predicate == "re-elect"
    # the clause runs past the prefix: the verb is in the claim's text
    assert "re-elected" in doc[claim.start:claim.end].text
    assert "re" not in _predicates(nlp_en, "The harbour board on Tuesday re-elected its chair.")
    # « re » named no act; the whole verb is one the lexicon of acts knows (a re-election is a win)
    from recoupe.claims.groups import _one_event

    assert _one_event(claim.predicate, "win")


def test_a_word_that_only_starts_like_a_prefix_is_left_alone(nlp_en: Any) -> None:
    # no hyphen, or a space around it: nothing to join
    assert "re-elect" not in _predicates(nlp_en, "The council will reelect the mayor on Friday.")
    assert "co-host" not in _predicates(nlp_en, "The two mayors co - hosted a dinner on Friday.")

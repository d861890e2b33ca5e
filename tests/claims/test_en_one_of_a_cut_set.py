"""« X is one | that … »: an English claim cut before the relative clause naming its set confirms nothing
(issue 13, enconf29)."""

from __future__ import annotations

from recoupe.claims.status import group_status
from recoupe.model import Claim

SOURCES = {"a": "a", "b": "b"}


def _one(cid: str, article: str, text: str, sentence: str, lemmas: list[str]) -> Claim:
    at = sentence.find(text)
    return Claim(id=cid, article_id=article, text=text, sentence=sentence, start=at, end=at + len(text),
                 subject="The Harbour Composite gauge", predicate="one", language="en", lemmas=lemmas)


def test_one_of_a_set_cut_before_its_relative_confirms_nothing() -> None:
    """One gauge among those that fell on one day, and among those that rose on another: the words the
    claims keep are the same, the facts lie in the relative clauses cut off."""
    fell = _one("1", "a", "The Harbour Composite gauge was one",
                "The Harbour Composite gauge was one which slid most on Monday, as every share fell.",
                ["harbour", "composite", "gauge", "one"])
    rose = _one("2", "b", "The Harbour Composite gauge is one of the gauges",
                "The Harbour Composite gauge is one of the gauges which gained ground on Friday.",
                ["harbour", "composite", "gauge", "one"])
    assert group_status([fell, rose], SOURCES).status == "single_source"


def test_one_of_a_set_named_in_full_still_confirms() -> None:
    """« The Harbour Composite gauge was one of the biggest losers » in two outlets: the set is in the claim."""
    first = _one("1", "a", "The Harbour Composite gauge was one of the biggest losers",
                 "The Harbour Composite gauge was one of the biggest losers.",
                 ["harbour", "composite", "gauge", "one", "big", "loser"])
    text = "Down by a tenth, the Harbour Composite gauge was again one of the heaviest losers this week"
    second = _one("2", "b", text, text + ".", ["tenth", "harbour", "composite", "gauge", "one", "heavy", "loser",
                                               "week"])
    assert group_status([first, second], SOURCES).status == "confirmed"


def test_one_of_a_set_of_other_things_is_stated() -> None:
    """« Ria Moss was one of the three riders | who were hurt … »: the set (the riders) is named in the claim,
    not the subject's own kind: the claim states she was among them, confirmed by another outlet (revd29)."""
    def told(cid: str, article: str, text: str, sentence: str) -> Claim:
        return Claim(id=cid, article_id=article, text=text, sentence=sentence, start=0, end=len(text),
                     subject="Ria Moss", predicate="one", language="en",
                     lemmas=["ria", "moss", "one", "three", "rider"])

    first = told("1", "a", "Ria Moss was one of the three riders",
                 "Ria Moss was one of the three riders who were hurt when the stand fell.")
    second = told("2", "b", "Ria Moss was one of three riders",
                  "Ria Moss was one of three riders that were hurt when the stand gave way.")
    assert group_status([first, second], SOURCES).status == "confirmed"

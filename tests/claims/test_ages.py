"""One person's age told differently by two articles of a story (issue 13, ``quantity``), the age
written outside the claim's clause. Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

from recoupe.claims.contradictions import Side, compare, conflict_keys
from recoupe.model import Claim


def _c(cid: str, text: str, **kw: Any) -> Claim:
    base: dict[str, Any] = dict(id=cid, article_id=cid.split(":")[0], text=text, sentence=kw.pop("sentence", text),
                                start=0, end=len(text), subject=kw.pop("subject", ""),
                                predicate=kw.pop("predicate", "faire"))
    base.update(kw)
    return Claim(**base)


def _side(c: Claim, outlet: str) -> Side:
    return Side(c, outlet=outlet, published=date(2025, 9, 3))


# the age is in the cleft, the claim is the relative clause
CLEFT = _c("a1:c2", "qui s'était noyé dans le lac de Vassivière", subject="nageur", predicate="noyer",
           sentence="Dimanche, c'est un nageur de 34 ans qui s'était noyé dans le lac de Vassivière.")
# the age is in a complement of a clause about something else
ASIDE = _c("b1:c3", "qui attire les baigneurs l'été, deux jours après la noyade d'un nageur de 38 ans",
           subject="lac de Vassivière", predicate="attirer")
SAME_AGE = _c("c1:c1", "qui attire les baigneurs, deux jours après la noyade d'un nageur de 34 ans",
              subject="lac", predicate="attirer")


def test_ages_of_one_bearer_apart_conflict_whatever_the_clauses_tell() -> None:
    hit = compare(_side(CLEFT, "un.fr"), _side(ASIDE, "deux.fr"))
    assert hit is not None and hit.kind == "quantity"
    assert "34" in hit.explanation and "38" in hit.explanation
    fa, la = conflict_keys(CLEFT)
    fb, lb = conflict_keys(ASIDE)
    assert fa & lb and fb & la  # found whichever arrives second


def test_the_same_age_or_a_generic_bearer_or_another_person_does_not_conflict() -> None:
    assert compare(_side(CLEFT, "un.fr"), _side(SAME_AGE, "deux.fr")) is None
    man = _c("d1:c1", "qui s'était noyé dans le lac", subject="homme", predicate="noyer",
             sentence="C'est un homme de 34 ans qui s'était noyé dans le lac.")
    other_man = _c("e1:c1", "après la noyade d'un homme de 61 ans", subject="lac", predicate="attirer")
    assert compare(_side(man, "un.fr"), _side(other_man, "deux.fr")) is None
    another = _c("f1:c1", "deux jours après la noyade d'un autre nageur de 38 ans", subject="lac",
                 predicate="attirer")
    assert compare(_side(CLEFT, "un.fr"), _side(another, "deux.fr")) is None


def test_one_article_giving_two_ages_tells_two_people() -> None:
    one = _c("a1:c3", "qui attire les baigneurs, après la noyade d'un nageur de 38 ans", subject="lac",
             predicate="attirer")
    assert compare(_side(CLEFT, "un.fr"), _side(one, "un.fr")) is None

"""Counts that grow over the hours (evacuated, arrested, hospitalised...) named by a verb or an action
noun before a count of people: a later, larger figure is an update, not a contradiction (issue 13
item 5). Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from recoupe.claims.contradictions import Side, compare, is_conflict
from recoupe.claims.quantities import parse
from recoupe.model import Claim

DAY = date(2026, 3, 11)


def _c(cid: str, text: str, **kw: Any) -> Claim:
    base: dict[str, Any] = dict(id=cid, article_id=cid.split(":")[0], text=text, sentence=text, start=0,
                                end=len(text), subject="", predicate=kw.pop("predicate", "évacuer"), group_id="g1")
    base.update(kw)
    return Claim(**base)


def _side(c: Claim, outlet: str, hour: int, language: str = "fr") -> Side:
    return Side(c, outlet=outlet, published=DAY, stamp=f"2026-03-11T{hour:02d}:00:00+00:00", language=language)


@pytest.mark.parametrize(("text", "language", "thing"), [
    ("La crue a imposé l'évacuation de 40 personnes", "fr", "évacué"),
    ("Les gendarmes ont interpellé 12 personnes", "fr", "interpellation"),
    ("Police arrested 12 people near the stadium", "en", "interpellation"),
    ("The flood forced officials to evacuate 300 residents", "en", "évacué"),
])
def test_a_verb_or_action_noun_before_a_count_of_people_names_what_it_counts(text: str, language: str,
                                                                             thing: str) -> None:
    q = parse(text, language)
    assert q and q[0].thing == thing and q[0].cumulative


@pytest.mark.parametrize(("text", "language"), [
    ("Le maire a réuni 40 personnes dans la salle", "fr"),
    ("The mayor invited 40 people to the hall", "en"),
])
def test_other_verbs_leave_people_a_plain_count(text: str, language: str) -> None:
    q = parse(text, language)
    assert q and not q[0].cumulative


EARLY = _c("a1:c1", "La crue a imposé l'évacuation de 40 personnes dans la vallée")
LATE = _c("a2:c1", "La crue a imposé l'évacuation de 60 personnes dans la vallée")


@pytest.mark.parametrize("outlet", ["un.fr", "deux.fr"])
def test_a_larger_count_of_evacuees_hours_later_is_an_update(outlet: str) -> None:
    hit = compare(_side(EARLY, "un.fr", 9), _side(LATE, outlet, 12))
    assert hit is not None and hit.kind == "update" and not is_conflict(hit.kind)
    assert hit.explanation.index("40") < hit.explanation.index("60")  # the earlier count first


def test_a_smaller_count_hours_later_still_conflicts() -> None:
    hit = compare(_side(LATE, "un.fr", 9), _side(EARLY, "deux.fr", 12))
    assert hit is not None and is_conflict(hit.kind)


def test_english_arrests_that_rise_over_the_day_are_an_update() -> None:
    a = _c("e1:c1", "Police arrested 12 people after the march", predicate="arrest")
    b = _c("e2:c1", "Police arrested 20 people after the march", predicate="arrest")
    hit = compare(_side(a, "one.com", 8, "en"), _side(b, "one.com", 14, "en"))
    assert hit is not None and hit.kind == "update"

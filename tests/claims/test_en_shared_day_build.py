"""One English deed dated on two days by two outlets, one of them telling the day before the first of two
coordinated verbs (« A coast guard cutter on Monday chased two boats and stopped a smuggling boat ») and heading
its story with a place label (« Harbourton / Kellsby: … »), is a date contradiction through the real build, in
either order (issue #13). Dated alike by both, it stays one confirmed fact; a day told after the first verb, a
second deed moved in time (« and later … ») or another thing stopped is not set against it. A sentence opened by
a month is another occasion than a deed dated in another month (two past attacks listed by one article).
Articles written for the tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from recoupe.claims.contradictions import Side, check_place
from recoupe.model import Claim
from tests.claims.helpers import build_outlet_stories

LABELLED = ("tide-post.example", "Harbourton / Kellsby: A coast guard cutter stopped a smuggling boat off Cape Moran "
                                 "on Sunday, seizing 40 crates of cigarettes. The crew of four was detained.")


def _other(text: str) -> tuple[str, str]:
    return ("bay-herald.example", text + ", officials said. Forty crates were seized.")


def _rows(nlp: Any, root: Path, articles: list[tuple[str, str]]) -> tuple[list[str], list[str]]:
    dossier = build_outlet_stories(nlp, root, {"s": articles})
    claims = {c["id"]: c for c in dossier["claims"]}
    kinds = [x["kind"] for x in dossier["contradictions"]
             if {claims[c]["predicate"] for c in x["claims"][:2]} == {"stop"}]
    statuses = [g["status"] for g in dossier["claim_groups"]
                if len({claims[c]["article"] for c in g["claims"]}) > 1
                and any(claims[c]["predicate"] == "stop" for c in g["claims"])]
    return kinds, statuses


@pytest.mark.model
@pytest.mark.parametrize("first", [True, False])
def test_one_stop_on_two_days_is_a_date_contradiction_in_either_order(nlp: Any, tmp_path: Path, first: bool) -> None:
    other = _other("A coast guard cutter on Monday chased two boats off Cape Moran and stopped a smuggling boat")
    kinds, statuses = _rows(nlp, tmp_path, [LABELLED, other] if first else [other, LABELLED])
    assert kinds == ["date"]
    assert "confirmed" not in statuses


@pytest.mark.model
def test_one_stop_on_one_day_stays_confirmed(nlp: Any, tmp_path: Path) -> None:
    kinds, statuses = _rows(nlp, tmp_path, [LABELLED, _other(
        "On Sunday, a coast guard cutter chased two boats off Cape Moran and stopped a smuggling boat")])
    assert kinds == [] and "confirmed" in statuses


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "A coast guard cutter chased two boats off Cape Moran on Monday and stopped a smuggling boat",
    "A coast guard cutter on Monday chased two boats off Cape Moran and later stopped a smuggling boat",
    "A coast guard cutter on Monday rescued two swimmers off Cape Moran and stopped a jet ski",
])
def test_a_day_of_the_first_deed_only_or_another_thing_sets_nothing_against(nlp: Any, tmp_path: Path,
                                                                              text: str) -> None:
    kinds, _ = _rows(nlp, tmp_path, [LABELLED, _other(text)])
    assert kinds == []


def _c(cid: str, sentence: str, text: str, verb: str, place: str, time: str = "") -> Claim:
    return Claim(id=cid, article_id="a1", text=text, sentence=sentence, start=0, end=len(text), subject="attacker",
                 predicate=verb, object="people", place=place, time=time, language="en", lemmas=[verb, "attacker"],
                 modality="asserted", component_id="k1")


def test_a_month_opening_one_sentence_and_another_month_dating_a_deed_are_two_occasions() -> None:
    march = _c("a1:c3", "In March, an attacker injured two clerks at a depot in Leeds.",
               "injured two clerks at a depot in Leeds", "injure", "Leeds")
    february = _c("a1:c7", "In February, an attacker robbed four men and injured two guards at a market in Bristol.",
                  "injured two guards at a market in Bristol", "injure", "Bristol", time="2031-02")
    sa = Side(march, outlet="A", language="en", published=date(2031, 4, 2))
    sb = Side(february, outlet="A", language="en", published=date(2031, 4, 2))
    assert check_place(sa, sb) is None and check_place(sb, sa) is None


def test_a_deed_dated_in_the_month_that_opens_the_other_sentence_is_still_compared() -> None:
    march = _c("a1:c3", "In March, an attacker injured two clerks at a depot in Leeds.",
               "injured two clerks at a depot in Leeds", "injure", "Leeds")
    also_march = _c("a1:c7", "An attacker injured two clerks at a depot in Bristol on March 3.",
                    "injured two clerks at a depot in Bristol", "injure", "Bristol", time="2031-03-03")
    sa = Side(march, outlet="A", language="en", published=date(2031, 4, 2))
    sb = Side(also_march, outlet="B", language="en", published=date(2031, 4, 2))
    hit = check_place(sa, sb)
    assert hit is not None and hit.kind == "place"

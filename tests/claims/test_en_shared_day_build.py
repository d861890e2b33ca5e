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


def _groups(nlp: Any, root: Path, articles: list[tuple[str, str, str]], verb: str) -> tuple[list[str], list[str]]:
    dossier = build_outlet_stories(nlp, root, {"s": articles})
    claims = {c["id"]: c for c in dossier["claims"]}
    kinds = [x["kind"] for x in dossier["contradictions"] if verb in {claims[c]["predicate"] for c in x["claims"][:2]}]
    statuses = [g["status"] for g in dossier["claim_groups"]
                if len({claims[c]["article"] for c in g["claims"]}) > 1
                and any(claims[c]["predicate"] == verb for c in g["claims"])]
    return kinds, statuses


# review of the shared day: a day that dates a participle or relative clause of the subject, a second deed with
# a time of its own, a date before the one that dates the first verb; each told alike by the other outlet
@pytest.mark.model
@pytest.mark.parametrize("first", [True, False])
@pytest.mark.parametrize(("text", "other", "verb", "stamp"), [
    ("The man arrested on Monday appeared in court on Wednesday and pleaded guilty to the depot robbery. He will be "
     "sentenced in May.", "The man accused of the depot robbery pleaded guilty on Wednesday. He will be sentenced in "
     "May.", "plead", "2025-03-06"),
    ("The suspect on Monday fled the city and surrendered to police the next day. He is held in Leeds.",
     "The suspect surrendered to police on Tuesday, officers said. He is held in Leeds.", "surrender", "2025-03-06"),
    ("On March 10, the climber fell into a crevasse and died a week after. Rescuers had reached him on Tuesday.",
     "The climber died in hospital on March 17. Rescuers had reached him on Tuesday.", "die", "2025-03-20"),
    ("After a storm on Sunday, the Kell ferry on Monday left port and reached Moran island. Its crew was praised.",
     "The Kell ferry reached Moran island on Monday, the harbour master said. Its crew was praised.", "reach",
     "2025-03-04"),
])
def test_a_day_that_is_not_the_first_deeds_dates_no_second_deed(nlp: Any, tmp_path: Path, first: bool, text: str,
                                                                 other: str, verb: str, stamp: str) -> None:
    a = ("north-courier.example", text, stamp)
    b = ("south-ledger.example", other, stamp)
    kinds, statuses = _groups(nlp, tmp_path, [a, b] if first else [b, a], verb)
    assert kinds == []
    assert "confirmed" in statuses


# a sentence opened by a month sets no figure apart from one dated days off that month's edge, in English or French
@pytest.mark.model
@pytest.mark.parametrize("first", [True, False])
@pytest.mark.parametrize(("text", "other", "stamp"), [
    ("In early March, an attacker stabbed and hurt three clerks at the Kell depot near Leeds. Police have not named "
     "him.", "An attacker hurt five clerks at the Kell depot near Leeds on Friday. Police have not named him.",
     "2025-03-04"),
    ("Début mars, la police a indiqué qu'un tireur avait blessé trois personnes au dépôt de Kell, près de Lille. Le "
     "tireur n'a pas été identifié.", "Un tireur a blessé cinq personnes vendredi au dépôt de Kell, près de Lille. Le "
     "tireur n'a pas été identifié.", "2025-03-05"),
])
def test_a_month_opening_does_not_hide_a_count_told_on_a_day_near_it(nlp: Any, tmp_path: Path, first: bool,
                                                                     text: str, other: str, stamp: str) -> None:
    a = ("north-courier.example", text, stamp)
    b = ("south-ledger.example", other, stamp)
    dossier = build_outlet_stories(nlp, tmp_path, {"s": [a, b] if first else [b, a]})
    assert [x["kind"] for x in dossier["contradictions"]] == ["quantity"]

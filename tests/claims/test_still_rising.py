"""Two tolls of one day by different outlets, the higher one a provisional lower bound: an earlier
count and a later one (``update``), not two versions (issue 13). Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

from recoupe.claims.contradictions import Side, compare, is_conflict
from recoupe.model import Claim


def _c(cid: str, text: str, **kw: Any) -> Claim:
    base: dict[str, Any] = dict(id=cid, article_id=cid.split(":")[0], text=text, sentence=kw.pop("sentence", text),
                                start=0, end=len(text), subject=kw.pop("subject", ""),
                                predicate=kw.pop("predicate", "faire"), group_id="g1")
    base.update(kw)
    return Claim(**base)


def _side(c: Claim, outlet: str) -> Side:
    return Side(c, outlet=outlet, published=date(2025, 11, 3))


EARLY = _c("a1:c1", "Le glissement de terrain a fait neuf morts dans la vallée")
BOUND = _c("b1:c1", "Le glissement de terrain a fait au moins 23 morts dans la vallée")
EXACT = _c("c1:c1", "Le glissement de terrain a fait 23 morts dans la vallée")


def test_a_lower_figure_against_a_higher_lower_bound_the_same_day_is_an_update() -> None:
    hit = compare(_side(EARLY, "un.fr"), _side(BOUND, "deux.fr"))
    assert hit is not None and hit.kind == "update" and not is_conflict(hit.kind)
    assert hit.explanation.index("neuf") < hit.explanation.index("23")  # the earlier count first


def test_two_plain_figures_of_one_day_by_different_outlets_still_conflict() -> None:
    hit = compare(_side(EARLY, "un.fr"), _side(EXACT, "deux.fr"))
    assert hit is not None and hit.kind == "quantity"


def test_a_lower_bound_below_the_other_figure_is_no_update() -> None:
    low_bound = _c("d1:c1", "Le glissement de terrain a fait au moins cinq morts dans la vallée")
    assert compare(_side(low_bound, "un.fr"), _side(EXACT, "deux.fr")) is None  # [5, inf) holds 23

"""English bounds that leave their figure out: « nearly 80 » lies below 80 and « more than 80 » above it, so
the two accounts allow no common count and conflict; a bare « 80 », « at least 80 » or « no more than 80 » still
meets either (issue #13, English contradictions). Sentences written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from recoupe.claims.contradictions import Side, compare
from recoupe.claims.quantities import strict_side
from recoupe.model import Claim


@pytest.mark.parametrize("before, side", [
    ("the smugglers held nearly", -1),
    ("the smugglers held fewer than", -1),
    ("the smugglers held just under", -1),
    ("the smugglers held more than", 1),
    ("the smugglers held just over", 1),
    ("the smugglers held over", 1),
    # inclusive bounds and bare figures leave the figure in
    ("the smugglers held at least", 0),
    ("the smugglers held no more than", 0),
    ("the smugglers held not less than", 0),
    ("the smugglers held about", 0),
    ("the smugglers held", 0),
])
def test_strict_side(before: str, side: int) -> None:
    assert strict_side(before, "en")[0] == side


def test_french_has_no_strict_bounds() -> None:
    # French figures are left as they were: the French pack lists no such words
    assert strict_side("les passeurs retenaient plus de", "fr") == (0, "")


def _c(cid: str, text: str) -> Claim:
    return Claim(id=cid, article_id=cid.split(":")[0], text=text, sentence=text, start=0, end=len(text),
                 subject="the smugglers", subject_entity="e1", predicate="hold", language="en",
                 lemmas=["smuggler", "hold", "deckhand", "island"])


def _hit(a: str, b: str) -> str | None:
    sa = Side(_c("a1:c1", a), outlet="Outlet A", published=date(2031, 5, 4), language="en")
    sb = Side(_c("b1:c1", b), outlet="Outlet B", published=date(2031, 5, 4), language="en")
    hit, back = compare(sa, sb), compare(sb, sa)
    assert (hit is None) == (back is None)
    return hit.explanation if hit else None


NEARLY = "The smugglers held nearly 80 deckhands on the island"


def test_below_and_above_one_figure_conflict() -> None:
    hit = _hit(NEARLY, "The smugglers held more than 80 deckhands on the island")
    assert hit is not None
    # the explanation says which way each account is told
    assert "nearly 80" in hit and "more than 80" in hit


@pytest.mark.parametrize("other", [
    "The smugglers held 80 deckhands on the island",  # a round figure: within either
    "The smugglers held at least 80 deckhands on the island",  # the bound holds the figure
    "The smugglers held no fewer than 80 deckhands on the island",
    "The smugglers held nearly 80 deckhands on the island",  # the same side
])
def test_a_bound_that_holds_the_figure_meets(other: str) -> None:
    assert _hit(NEARLY, other) is None

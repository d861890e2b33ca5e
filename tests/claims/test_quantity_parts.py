"""Two figures that are not two versions of one count (issue 13): a part the other account gives
too (« 30 clubs dont cinq en finale »), and counts of events placed in two departments."""

from __future__ import annotations

from datetime import date
from typing import Any

from recoupe.claims.contradictions import Side, _subset_counts, compare
from recoupe.model import Claim


def _c(cid: str, text: str, **kw: Any) -> Claim:
    base: dict[str, Any] = dict(id=cid, article_id=cid.split(":")[0], text=text, sentence=kw.pop("sentence", text),
                                start=0, end=len(text), subject="X", predicate="rencontrer")
    base.update(kw)
    return Claim(**base)


def _kind(a: Side, b: Side) -> str | None:
    hit, back = compare(a, b), compare(b, a)
    assert hit == back
    return hit.kind if hit else None


def _side(c: Claim, outlet: str, day: int = 3) -> Side:
    return Side(c, outlet=outlet, published=date(2031, 6, day))


def test_quantity_parts_a_part_given_by_the_other_account_is_no_other_version() -> None:
    part = _c("a1:c0", "Cinq clubs bretons sont qualifiés pour les demi-finales", predicate="qualifier")
    whole = _c("b1:c0", "La Bretagne compte 30 clubs qualifiés dont cinq pour les demi-finales",
               predicate="qualifier")
    assert _kind(_side(part, "a.fr"), _side(whole, "b.fr")) is None
    other = _c("c1:c0", "Huit clubs bretons sont qualifiés pour les demi-finales", predicate="qualifier")
    assert _kind(_side(part, "a.fr"), _side(other, "c.fr")) == "quantity"  # two versions still conflict


def test_quantity_parts_subset_counts_read_digits_and_number_words() -> None:
    assert _subset_counts("12 blessés, dont trois graves") == {3.0}
    assert _subset_counts("40 élèves, parmi eux 7 internes") == {7.0}
    assert _subset_counts("12 blessés graves") == frozenset()


def test_quantity_parts_tolls_of_two_departments_are_two_events() -> None:
    var = _c("a1:c0", "Dans le Var, l'incendie a fait trois blessés", predicate="faire",
             lemmas=["incendie", "faire", "blessé"])
    gard = _c("b1:c0", "Dans le Gard, l'incendie a fait cinq blessés", predicate="faire",
              lemmas=["incendie", "faire", "blessé"])
    assert _kind(_side(var, "a.fr"), _side(gard, "b.fr")) is None
    also_var = _c("c1:c0", "Dans le Var, l'incendie a fait cinq blessés", predicate="faire",
                  lemmas=["incendie", "faire", "blessé"])
    assert _kind(_side(var, "a.fr"), _side(also_var, "c.fr")) == "quantity"

"""``build.order_seed``: another canonical order of a build's articles, for evaluation only."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from recoupe.pipeline import canonical_order
from recoupe.settings import Settings


def _items() -> list[tuple[None, SimpleNamespace]]:
    days = (None, date(2026, 3, 2), date(2026, 3, 1))
    return [(None, SimpleNamespace(id=f"{i:02x}" * 8, published=days[i % 3])) for i in range(30)]


def _order(seed: int) -> list[tuple[object, str]]:
    return [(a.published, a.id) for _, a in canonical_order(_items(), seed)]


def test_seed_zero_is_the_usual_order() -> None:
    assert Settings.load()["build.order_seed"] == 0
    got = _order(0)
    assert got == sorted(got, key=lambda x: (x[0].isoformat() if x[0] else "", x[1]))


def test_a_seed_reorders_within_a_date_only() -> None:
    usual, other, again = _order(0), _order(3), _order(3)
    assert other == again  # deterministic
    assert sorted(other, key=str) == sorted(usual, key=str)  # the same articles
    assert other != usual
    assert [d for d, _ in other] == [d for d, _ in usual]  # dates still in order: undated, then by day

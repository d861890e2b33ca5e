"""English figures read with the English pack's words, counted with the ids the French pack uses."""

from __future__ import annotations

import math
from datetime import date

import pytest

from recoupe.claims.quantities import parse


def _one(text: str) -> tuple[float, float, float, str, str]:
    qs = [q for q in parse(text, "en") if q.thing]
    assert len(qs) == 1, qs
    q = qs[0]
    return q.value, q.low, q.high, q.unit, q.thing


@pytest.mark.parametrize(
    ("text", "value", "low", "high", "thing"),
    [
        ("At least 12 people were killed when the bridge fell", 12, 12, math.inf, "mort"),
        ("Nineteen people died in the blaze", 19, 19, 19, "mort"),
        ("Floods in the valley: 8 dead", 8, 8, 8, "mort"),
        ("A gas blast tore through the market, killing at least 7 people", 7, 7, math.inf, "mort"),
        ("Nearly 3,000 residents were evacuated overnight", 3000, 2700, 3000, "évacué"),
        ("between 20 and 30 people were injured in the crush", 25, 20, 30, "blessé"),
        ("dozens of people were arrested", 24, 24, 99, "interpellation"),
    ],
)
def test_english_tolls(text: str, value: float, low: float, high: float, thing: str) -> None:
    v, lo, hi, _, th = _one(text)
    assert (v, th) == (value, thing)
    assert lo == pytest.approx(low) and hi == pytest.approx(high)


@pytest.mark.parametrize(("text", "low", "high"), [
    ("Hundreds of thousands of fans lined the parade route", 2e5, 9.99e5),
    ("Tens of thousands of votes were still uncounted; millions of ballots were in", 2e6, 9.99e8),
])
def test_english_plural_collective_of_a_plural_scale_is_read_not_a_crash(text: str, low: float, high: float) -> None:
    # "hundreds of thousands": every word of the pack's PLURAL_SCALES has its scale (a KeyError here
    # once dropped a whole article from the build)
    qs = parse(text, "en")
    assert any(q.low == pytest.approx(low) and q.high == pytest.approx(high) for q in qs), qs


def test_every_plural_scale_has_a_scale() -> None:
    from recoupe.lang.en import quantities as en
    from recoupe.lang.fr import quantities as fr
    for pack in (en, fr):
        assert set(pack.SCALES) >= pack.PLURAL_SCALES


def test_english_figures_are_written_with_a_decimal_point_and_thousands_commas() -> None:
    assert _one("The river rose 1.5 metres")[:3] == pytest.approx((1.5, 1.45, 1.55))
    assert _one("The storm cut power to 12,400 homes")[0] == 12400


def test_english_currency_before_the_figure() -> None:
    v, _, _, unit, thing = _one("The council paid $4.2 million for the land")
    assert (v, unit, thing) == (pytest.approx(4.2e6), "dollar", "dollar")


@pytest.mark.parametrize("text", ["The vote is on March 12", "The train leaves at 6 p.m.", "It was built in 1998",
                                  "Route 66 was closed"])
def test_english_dates_times_and_references_are_not_counts(text: str) -> None:
    assert not [q for q in parse(text, "en") if q.thing]


def test_one_count_told_in_both_languages_has_one_thing() -> None:
    en = [q for q in parse("Eleven people were injured", "en") if q.thing]
    fr = [q for q in parse("11 personnes ont été blessées", "fr") if q.thing]
    assert en and fr and en[0].thing == fr[0].thing and en[0].comparable(fr[0]) and en[0].overlaps(fr[0])


def test_english_scope_is_a_place_not_a_month() -> None:
    assert [q.scope for q in parse("Nine people died in Tarnow", "en")] == ["tarnow"]
    assert [q.scope for q in parse("Nine people died in March", "en")] == [""]


def test_two_english_tolls_of_one_collapse_conflict_and_meet_by_their_keys() -> None:
    from recoupe.claims.contradictions import Side, compare
    from tests.claims.helpers import claim, keys_meet

    a = claim("a1:c1", "Forty people were killed when the mine collapsed", predicate="kill",
              subject="mine", modality="reported", attributed_to="officials", language="en")
    b = claim("b1:c1", "Twenty-two people died when the mine collapsed", predicate="die", subject="mine",
              modality="reported", attributed_to="the rescue service", language="en")
    assert keys_meet(a, b)
    day = date(2026, 3, 2)
    hit = compare(Side(a, outlet="a.example", published=day, stamp="2026-03-02T10:00", language="en"),
                  Side(b, outlet="b.example", published=day, stamp="2026-03-02T10:30", language="en"))
    assert hit is not None and hit.kind == "quantity"  # the later report gives fewer dead: no update


def test_an_english_claim_read_with_french_words_has_no_toll() -> None:
    # what the claim's language is for: the French pack does not know "died"
    from recoupe.claims.contradictions import _quantities
    from tests.claims.helpers import claim

    en = claim("a1:c1", "Nineteen people died in the blaze", predicate="die", language="en")
    assert [q.thing for q in _quantities(en)] == ["mort"]
    assert _quantities(en, "fr") == []


def test_times_ago_rates_and_addresses_are_not_counts() -> None:
    assert parse("The plant closed eleven years ago", "en") == []
    rate = parse("The firm earned $1.15 per share", "en")
    assert [q.thing for q in rate] == ["dollar/share"]  # a rate never meets an amount in dollars
    assert [q.thing for q in parse("Firefighters rushed to 21 Mill Street at dawn", "en")] == [""]
    assert [q.thing for q in parse("Les secours sont intervenus au 12 de la rue des Lilas", "fr")] == [""]


def test_a_conflict_of_two_english_claims_is_explained_in_english() -> None:
    from recoupe.claims.contradictions import Side, compare
    from tests.claims.helpers import claim

    day = date(2026, 3, 2)
    a = claim("a1:c1", "Forty people were killed when the mine collapsed", predicate="kill", subject="mine",
              modality="reported", attributed_to="officials", language="en")
    b = claim("b1:c1", "Twenty-two people died when the mine collapsed", predicate="die", subject="mine",
              modality="reported", attributed_to="the rescue service", language="en")
    hit = compare(Side(a, outlet="a.example", published=day, stamp="2026-03-02T10:00", language="en"),
                  Side(b, outlet="b.example", published=day, stamp="2026-03-02T10:30", language="en"))
    assert hit is not None and " according to " in hit.explanation and "selon" not in hit.explanation
    fr = claim("c1:c1", "Vingt-deux personnes sont mortes", predicate="mourir", subject="mine", language="fr")
    mixed = compare(Side(a, outlet="a.example", published=day, stamp="2026-03-02T10:00", language="en"),
                    Side(fr, outlet="c.example", published=day, stamp="2026-03-02T10:30"))
    assert mixed is None or "selon" in mixed.explanation  # a pair across languages keeps the French words


def test_a_figure_over_the_latest_stretch_counts_over_a_window() -> None:
    # « their last 12 matches » is a stretch the figure is counted over, not a count of matches told
    from recoupe.claims.quantities import of_claim

    stretch = [q for q in of_claim("The rovers have lost seven of their last 12 matches", "", "en") if q.value == 12]
    told = [q for q in of_claim("The keeper played 40 matches for the rovers", "", "en") if q.thing]
    assert stretch and told and stretch[0].thing == told[0].thing
    assert not stretch[0].comparable(told[0])
    day = of_claim("Nine people died in the past 24 hours", "", "en")[0]
    assert day.comparable(of_claim("Six people died in the past 24 hours", "", "en")[0])
    # one stretch in other words is one window
    assert day.comparable(of_claim("Six people died during the last 24 hours", "", "en")[0])
    won = [q for q in of_claim("The rovers have won eight of their last 12 matches", "", "en") if q.value == 12]
    also = [q for q in of_claim("The rovers have won six of the last 12 matches", "", "en") if q.value == 12]
    assert won and also and won[0].comparable(also[0])


def test_the_last_few_of_a_count_are_no_window_of_the_count() -> None:
    # « the last 3 of them » tells part of the 20, not a stretch 20 is counted over
    from recoupe.claims.quantities import of_claim

    freed = [q for q in of_claim("The army freed 20 hostages, the last 3 of them on Monday", "", "en") if q.value == 20]
    other = of_claim("The army freed 17 hostages", "", "en")[0]
    assert freed and freed[0].comparable(other)
    killed = [q for q in of_claim("Floods killed 14 people, the last 2 bodies found on Sunday", "", "en")
              if q.value == 14]
    assert killed and killed[0].comparable(of_claim("Floods killed 12 people", "", "en")[0])

"""Figures of another occasion than the news are no version of its count (issue 13, item 5): a
total over several operations, a figure of last year or last season, an earlier event told as
background in a sentence opened by its month. Invented sentences."""

from __future__ import annotations

from datetime import date
from typing import Any

from recoupe.claims.contradictions import Side, _months_apart, _opening_month, _past_period
from recoupe.model import Claim
from tests.claims.helpers import claim, kind_of


def _c(cid: str, text: str, **kw: Any) -> Claim:
    kw.setdefault("subject", "the coast guard")
    kw.setdefault("predicate", "seize")
    return claim(cid, text, language=kw.pop("language", "en"), **kw)


_kind = kind_of


def _side(c: Claim, outlet: str, published: date | None = None) -> Side:
    return Side(c, outlet=outlet, published=published, language="en")


def test_other_occasions_a_total_over_several_operations_is_no_count_of_one() -> None:
    one = _c("a1:c0", "The coast guard seized nine crates of cigarettes from the trawler",
             lemmas=["coast", "guard", "seize", "crate", "cigarette"])
    total = _c("b1:c0", "The coast guard has seized 40 crates of cigarettes during the four operations",
               lemmas=["coast", "guard", "seize", "crate", "cigarette"])
    assert _kind(_side(one, "a.com"), _side(total, "b.com")) is None
    also_one = _c("c1:c0", "The coast guard seized 14 crates of cigarettes from the trawler",
                  lemmas=["coast", "guard", "seize", "crate", "cigarette"])
    assert _kind(_side(one, "a.com"), _side(also_one, "c.com")) == "quantity"  # two versions still conflict


def test_other_occasions_last_years_figure_is_another_occasion() -> None:
    last = _c("a1:c0", "Last year's regatta drew about 9,000 spectators to the harbour", subject="regatta",
              predicate="draw", lemmas=["regatta", "draw", "spectator", "harbour"])
    now = _c("b1:c0", "The regatta drew 12,000 spectators to the harbour", subject="regatta", predicate="draw",
             lemmas=["regatta", "draw", "spectator", "harbour"])
    assert _past_period(last) and not _past_period(now)
    assert _kind(_side(last, "a.com"), _side(now, "b.com")) is None
    other = _c("c1:c0", "The regatta drew 7,000 spectators to the harbour", subject="regatta", predicate="draw",
               lemmas=["regatta", "draw", "spectator", "harbour"])
    assert _kind(_side(now, "b.com"), _side(other, "c.com")) == "quantity"


def test_other_occasions_the_season_may_govern_the_clause_from_its_sentence() -> None:
    clause = _c("a1:c0", "that won 31 matches", sentence="Hopes were high for a side that won 31 matches last season.")
    assert _past_period(clause)
    assert not _past_period(_c("b1:c0", "sales were up 5% on the year before"))
    fr = _c("c1:c0", "avait attiré 30 000 visiteurs", sentence="L'an dernier, la foire avait attiré 30 000 visiteurs.")
    assert _past_period(fr)


def test_other_occasions_opening_month() -> None:
    def month(sentence: str, time: str = "") -> int | None:
        return _opening_month(_c("a1:c0", "x", sentence=sentence, time=time))

    assert month("In early March, a driver injured four cyclists near the bridge.") == 3
    assert month("En février, un incendie avait détruit deux granges.") == 2
    assert month("En mai, 300 personnes ont défilé.") == 5
    assert month("March 3 was the coldest day.") is None  # a date, not an opening month
    assert month("In May 2024, the dam broke.") is None  # a dated occasion: the timex decides
    assert month("Mars a été observée cette nuit.") is None  # no preposition: maybe the planet
    assert month("In February, a storm hit.", time="2031-02") is None  # resolved: the dates decide


def test_other_occasions_a_background_event_opened_by_its_month() -> None:
    news = _c("a1:c0", "A driver injured two cyclists on the ring road", subject="a driver", predicate="injure",
              lemmas=["driver", "injure", "cyclist"])
    background = _c("b1:c0", "a driver injured five cyclists near the bridge", subject="a driver",
                    predicate="injure", lemmas=["driver", "injure", "cyclist"],
                    sentence="In early March, a driver injured five cyclists near the bridge.")
    undated, april = _side(news, "a.com"), _side(news, "a.com", date(2031, 4, 2))
    assert _months_apart(undated, _side(background, "b.com"))
    assert _months_apart(april, _side(background, "b.com"))
    assert not _months_apart(_side(news, "a.com", date(2031, 3, 20)), _side(background, "b.com"))
    assert _kind(undated, _side(background, "b.com")) is None
    same = _c("c1:c0", "a driver injured five cyclists on the ring road", subject="a driver", predicate="injure",
              lemmas=["driver", "injure", "cyclist"])
    assert _kind(undated, _side(same, "c.com")) == "quantity"


def test_other_occasions_a_day_read_from_today_is_a_day_off_at_most() -> None:
    today = _c("a1:c0", "a burst pipe flooded the library at about 9am today", subject="a burst pipe",
               predicate="flood", time="2031-05-13T09:00", lemmas=["pipe", "flood", "library"])
    tuesday = _c("b1:c0", "a burst pipe flooded the library around 9 a.m. Tuesday", subject="a burst pipe",
                 predicate="flood", time="2031-05-12T09:00", lemmas=["pipe", "flood", "library"])
    a, b = _side(today, "a.com", date(2031, 5, 13)), _side(tuesday, "b.com", date(2031, 5, 14))
    assert _kind(a, b) is None
    friday = _c("c1:c0", "a burst pipe flooded the library around 9 a.m. Friday", subject="a burst pipe",
                predicate="flood", time="2031-05-09T09:00", lemmas=["pipe", "flood", "library"])
    assert _kind(a, _side(friday, "c.com", date(2031, 5, 14))) == "date"  # days apart: still a conflict
    monday = _c("d1:c0", "a burst pipe flooded the library around 9 a.m. Monday", subject="a burst pipe",
                predicate="flood", time="2031-05-11T09:00", lemmas=["pipe", "flood", "library"])
    assert _kind(b, _side(monday, "d.com", date(2031, 5, 14))) == "date"  # two calendar days a day apart


def test_other_occasions_distances_from_two_points_are_two_measures() -> None:
    port = _c("a1:c0", "The tanker was about 150 miles from the port when the fire broke out", subject="the tanker",
              predicate="be", lemmas=["tanker", "mile", "port", "fire"])
    frigate = _c("b1:c0", "The tanker was 12 miles from the frigate when the fire broke out", subject="the tanker",
                 predicate="be", lemmas=["tanker", "mile", "frigate", "fire"])
    assert _kind(_side(port, "a.com"), _side(frigate, "b.com")) is None
    also_port = _c("c1:c0", "The tanker was about 90 miles from the port when the fire broke out",
                   subject="the tanker", predicate="be", lemmas=["tanker", "mile", "port", "fire"])
    assert _kind(_side(port, "a.com"), _side(also_port, "c.com")) == "quantity"


def test_other_occasions_one_actors_deeds_on_two_named_objects_are_two_dates() -> None:
    one = _c("a1:c0", "The governor appointed Jane Roe as fire chief on May 3", subject="The governor",
             predicate="appoint", object="Jane Roe", object_entity="e2", time="2031-05-03", subject_entity="e1",
             lemmas=["governor", "appoint", "chief"])
    two = _c("b1:c0", "The governor appointed John Doe as fire chief on May 9", subject="The governor",
             predicate="appoint", object="John Doe", object_entity="e3", time="2031-05-09", subject_entity="e1",
             lemmas=["governor", "appoint", "chief"])
    a, b = _side(one, "a.com", date(2031, 5, 10)), _side(two, "b.com", date(2031, 5, 10))
    assert _kind(a, b) is None
    same = _c("c1:c0", "The governor appointed Jane Roe as fire chief on May 9", subject="The governor",
              predicate="appoint", object="Jane Roe", object_entity="e2", time="2031-05-09", subject_entity="e1",
              lemmas=["governor", "appoint", "chief"])
    assert _kind(a, _side(same, "c.com", date(2031, 5, 10))) == "date"


def test_other_occasions_readings_of_a_moving_scale_are_of_their_day() -> None:
    """Two days' readings are an update, never a contradiction; one day's two readings still conflict."""
    one = _c("a1:c0", "The harbour index closed at 812 points", subject="the harbour index", predicate="close",
             lemmas=["harbour", "index", "close", "point"])
    two = _c("b1:c0", "The harbour index closed at 790 points", subject="the harbour index", predicate="close",
             lemmas=["harbour", "index", "close", "point"])
    assert _kind(_side(one, "a.com", date(2031, 5, 3)), _side(two, "b.com", date(2031, 5, 9))) == "update"
    assert _kind(_side(one, "a.com", date(2031, 5, 3)), _side(two, "b.com", date(2031, 5, 3))) == "quantity"
    now = _c("c1:c0", "The shelter currently houses 40 families", subject="the shelter", predicate="house",
             time="PRESENT_REF", lemmas=["shelter", "house", "family"])
    later = _c("d1:c0", "The shelter currently houses 55 families", subject="the shelter", predicate="house",
               time="PRESENT_REF", lemmas=["shelter", "house", "family"])
    assert _kind(_side(now, "c.com", date(2031, 5, 3)), _side(later, "d.com", date(2031, 5, 20))) == "update"
    assert _kind(_side(now, "c.com", date(2031, 5, 3)), _side(later, "d.com", date(2031, 5, 3))) == "quantity"

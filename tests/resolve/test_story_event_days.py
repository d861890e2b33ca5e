"""Event days (``stories.day_veto``): one kind of physical event told at one place on days apart is two
stories, while an event's follow-up that dates it again (« samedi ») stays with it. The event day is
read from the headline and lead's resolved times against the publication date, never the publication
date itself. Invented piles, run through the real build."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from recoupe.resolve.stories import days_apart, event_day_keys, event_days
from tests.resolve.helpers import build_pile_stories

PUB = date(2026, 8, 3)


def test_event_days_are_resolved_days_near_the_publication() -> None:
    sat = date(2026, 8, 1)
    assert event_days([(sat, sat, "day", PUB)]) == (sat, sat)
    assert event_days([(sat, sat, "day", PUB), (PUB, PUB, "day", PUB)]) == (sat, PUB)  # « samedi », « ce lundi »
    assert event_days([(sat, sat, "day", None)]) is None  # not resolved against a publication date
    assert event_days([(date(2021, 8, 1), date(2021, 8, 1), "day", PUB)]) is None  # a recalled event
    assert event_days([(date(2026, 7, 21), date(2026, 7, 21), "day", PUB)]) is None  # when a long fire broke out
    assert event_days([(date(2026, 8, 7), date(2026, 8, 7), "day", PUB)]) is None  # a coming Friday: a plan
    assert event_days([(date(2026, 8, 1), date(2026, 8, 31), "month", PUB)]) is None  # no day
    week_ago, tomorrow = date(2026, 7, 27), date(2026, 8, 4)
    assert event_days([(week_ago, week_ago, "day", PUB), (tomorrow, tomorrow, "day", PUB)]) is None  # 8 days told
    assert event_days([]) is None


def test_days_apart_needs_a_gap_on_every_side() -> None:
    story = {k: 1e-6 for k in event_day_keys((date(2026, 8, 1), date(2026, 8, 2)), {"burn"})} | {"ed:*": 1e-6}
    burn = {"burn"}
    assert days_apart((date(2026, 8, 8), date(2026, 8, 8)), burn, story, 5)
    assert not days_apart((date(2026, 8, 6), date(2026, 8, 6)), burn, story, 5)  # four days after its last day
    assert not days_apart((date(2026, 7, 25), date(2026, 8, 1)), burn, story, 5)  # the spans overlap
    assert not days_apart((date(2026, 8, 8), date(2026, 8, 8)), burn, {"ed:*": 1e-6}, 5)  # the story dated nothing


def test_a_story_dates_only_the_events_of_the_class_told() -> None:
    # the story's day is a fire's: a death told a week later is not set apart by it
    story = {k: 1e-6 for k in event_day_keys((date(2026, 8, 1), date(2026, 8, 1)), {"burn"})} | {"ed:*": 1e-6}
    assert not days_apart((date(2026, 8, 8), date(2026, 8, 8)), {"kill"}, story, 5)
    assert event_day_keys((date(2026, 8, 1), date(2026, 8, 1)), set()) == []  # a daily toll tells no event


# A fire in one town on a Saturday, told on the Sunday by two outlets, and another fire in the same town the
# next Saturday, told on its Sunday, with the same words of fire-fighting: invented texts.
FIRST = [
    ("feu-1", "2026-08-02", "Incendie à Saint-Affrique : 40 hectares de pins brûlés",
     "Un incendie a brûlé 40 hectares de pins samedi après-midi à Saint-Affrique, dans l'Aveyron. Une centaine "
     "de sapeurs-pompiers ont combattu les flammes avec des bombardiers d'eau."),
    ("feu-2", "2026-08-02", "Saint-Affrique : le feu a brûlé 40 hectares de pins",
     "Samedi, le feu a brûlé 40 hectares de pins à Saint-Affrique, dans l'Aveyron, selon la préfecture. Les "
     "sapeurs-pompiers ont combattu les flammes jusqu'au soir."),
]
SECOND = [
    ("feu-3", "2026-08-09", "Incendie à Saint-Affrique : 25 hectares de pins brûlés",
     "Un incendie a brûlé 25 hectares de pins samedi soir à Saint-Affrique, dans l'Aveyron. Une centaine de "
     "sapeurs-pompiers ont combattu les flammes avec des bombardiers d'eau."),
]
# the first fire followed up on the Monday, its lead dating it again (« samedi »)
FOLLOW_UP = ("feu-4", "2026-08-04", "Incendie à Saint-Affrique : une enquête ouverte",
             "Deux jours après l'incendie qui a brûlé 40 hectares de pins samedi à Saint-Affrique, dans "
             "l'Aveyron, le parquet a ouvert une enquête lundi. Les sapeurs-pompiers surveillent les lisières.")




@pytest.mark.model
def test_two_fires_in_one_town_a_week_apart_are_two_stories(tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    for items in ([*FIRST, *SECOND], [*SECOND, *FIRST]):
        story = build_pile_stories(tmp_path, nlp, items, day_veto=1.0)  # the veto is off by default (settings)
        assert story["feu-1"] == story["feu-2"]
        assert story["feu-3"] != story["feu-1"]


@pytest.mark.model
def test_a_follow_up_that_dates_its_event_stays_with_it(tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    for items in ([*FIRST, FOLLOW_UP, *SECOND], [*SECOND, FOLLOW_UP, *FIRST]):
        story = build_pile_stories(tmp_path, nlp, items, day_veto=1.0)
        assert story["feu-1"] == story["feu-2"] == story["feu-4"]
        assert story["feu-3"] != story["feu-1"]

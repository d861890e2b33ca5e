"""One story, two events of one kind (issue #13): a fire in one town on two Monday nights a week apart, two storms
of one coast, each report dating its deed by a weekday of its own week. Two events: their deeds, told in the same
words, confirm each other in no group, and no date row sets them against each other. One event told by two outlets
with two days stays a date row; one event told again in a follow-up two days later still confirms. Each pile built
through the real pipeline, in both orders. Articles written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.claims.helpers import build_outlet_stories

pytestmark = [pytest.mark.model]

TUE, WED, THU, NEXT_TUE = "2025-03-04", "2025-03-05", "2025-03-06", "2025-03-11"

TWO_EVENTS: dict[str, list[tuple[str, ...]]] = {
    "nouvel-incendie": [
        ("journal-a.example", "Incendie à Vierzon. Un hangar agricole a brûlé lundi soir à Vierzon. Les pompiers "
                              "sont intervenus.", TUE),
        ("journal-b.example", "Nouvel incendie à Vierzon. Un nouvel incendie a détruit un hangar agricole dimanche "
                              "soir à Vierzon. Les pompiers sont intervenus.", NEXT_TUE)],
    # the later report's headline tells the fire as a new one: it confirms the first report's headline in nothing
    "nouveau-feu-titre": [
        ("journal-a.example", "Feu de hangar à Montcabrier. Un hangar à foin a brûlé lundi soir à Montcabrier. "
                              "Les pompiers du secteur sont intervenus.", TUE),
        ("journal-b.example", "Nouveau feu de hangar à Montcabrier. Un nouvel incendie a détruit un hangar à foin "
                              "dimanche soir à Montcabrier. Les pompiers du secteur sont intervenus.", NEXT_TUE)],
    "de-nouveau": [
        ("journal-a.example", "Vierzon : un hangar en feu. Un hangar a brûlé lundi soir à Vierzon.", TUE),
        ("journal-b.example", "Vierzon : le feu frappe à nouveau. Un hangar a de nouveau brûlé lundi soir à Vierzon.",
         NEXT_TUE)],
    "deux-tempetes": [
        ("journal-a.example", "Tempête sur la Bretagne. La tempête a frappé le Finistère lundi soir.", TUE),
        ("journal-b.example", "Une nouvelle tempête sur la Bretagne. Une nouvelle tempête a frappé le Finistère lundi "
                              "soir.", NEXT_TUE)],
    "two-barns": [
        ("paper-a.example", "Barn fire in Dorset. A barn burned on Monday night near Dorchester.", TUE),
        ("paper-b.example", "Another barn fire in Dorset. Another barn burned on Monday night near Dorchester.",
         NEXT_TUE)],
    # both reports tell their fire as a new one, each dated by a weekday of its own week (the review of fires34)
    "deux-nouveaux": [
        ("journal-a.example", "Nouveau feu de hangar à Montcabrier. Un nouvel incendie a détruit un hangar à foin "
                              "lundi soir à Montcabrier. Les pompiers du secteur sont intervenus.", TUE),
        ("journal-b.example", "Nouveau feu de hangar à Montcabrier. Un hangar à foin a de nouveau brûlé dimanche soir "
                              "à Montcabrier. Une vingtaine de pompiers ont combattu les flammes.", NEXT_TUE)],
    # the first report bare, the second told again on another weekday: no date row between the two fires
    "premier-nu": [
        ("journal-a.example", "Feu de hangar à Montcabrier. Un hangar à foin a brûlé lundi soir à Montcabrier. Les "
                              "pompiers du secteur sont intervenus.", TUE),
        ("journal-b.example", "Nouveau feu de hangar à Montcabrier. Un hangar à foin a de nouveau brûlé dimanche soir "
                              "à Montcabrier. Une vingtaine de pompiers ont combattu les flammes.", NEXT_TUE)],
    "barn-again": [
        ("paper-a.example", "Another barn fire in Dorset. Another barn burned on Monday night near Dorchester. "
                            "Firefighters attended.", TUE),
        ("paper-b.example", "Another barn fire in Dorset. A barn burned again on Sunday night near Dorchester. Crews "
                            "from three stations attended.", NEXT_TUE)],
}
# one fire, two days told: the date conflict stays (by weekday, by date, by a follow-up a week later)
ONE_EVENT_TWO_DAYS: dict[str, list[tuple[str, ...]]] = {
    "deux-soirs": [
        ("journal-a.example", "Feu de hangar à Montcabrier. Un hangar à foin a brûlé lundi soir à Montcabrier.", WED),
        ("journal-b.example", "Feu de hangar à Montcabrier. Un hangar à foin a brûlé dimanche soir à Montcabrier.",
         WED)],
    "deux-dates": [
        ("journal-a.example", "Feu de hangar à Montcabrier. Un hangar à foin a brûlé le 3 mars à Montcabrier.", WED),
        ("journal-b.example", "Feu de hangar à Montcabrier. Un hangar à foin a brûlé le 2 mars à Montcabrier.", WED)],
    "suite-datee": [
        ("journal-a.example", "Feu de hangar à Montcabrier. Un hangar à foin a brûlé le lundi 3 mars à "
                              "Montcabrier.", TUE),
        ("journal-b.example", "Montcabrier : l'enquête sur le feu avance. Le hangar à foin avait brûlé le dimanche "
                              "2 mars à Montcabrier.", NEXT_TUE)],
}
# one fire told again two days later, dated to the same Monday: it still confirms
ONE_EVENT = [
    ("journal-a.example", "Feu de hangar à Montcabrier. Un hangar à foin a brûlé lundi soir à Montcabrier.", TUE),
    ("journal-b.example", "Montcabrier : le hangar à foin réduit en cendres. Lundi soir, un incendie a détruit un "
                          "hangar à foin à Montcabrier.", THU)]
# the same fire recalled a week later by its date: « sur l'autre rive » tells no other fire
ONE_EVENT_RECALLED = [
    ("journal-a.example", "Incendie à Vierzon. Un hangar agricole a brûlé lundi soir à Vierzon. Les pompiers sont "
                          "intervenus.", TUE),
    ("journal-b.example", "Vierzon : l'enquête avance. Lundi 10 mars, les gendarmes ont entendu le propriétaire. Un "
                          "hangar agricole a brûlé le 3 mars à Vierzon, sur l'autre rive du canal.", NEXT_TUE)]


def _piles() -> dict[str, list[tuple[str, ...]]]:
    piles = {**TWO_EVENTS, **ONE_EVENT_TWO_DAYS, "un-feu-suite": ONE_EVENT, "un-feu-rappele": ONE_EVENT_RECALLED}
    return piles | {f"{name}-inverse": list(reversed(arts)) for name, arts in piles.items()}


@pytest.fixture(scope="module")
def dossiers(nlp, tmp_path_factory) -> dict[str, dict[str, Any]]:  # type: ignore[no-untyped-def]
    return {story: build_outlet_stories(nlp, tmp_path_factory.mktemp(story), {story: arts})
            for story, arts in _piles().items()}


def _confirmed_across_days(d: dict[str, Any]) -> list[set[str]]:
    """The publication days of each confirmed group's confirming pair."""
    day = {a["id"]: a["published"][:10] for a in d["articles"]}
    by_id = {c["id"]: c for c in d["claims"]}
    return [{day[by_id[c]["article"]] for c in g["confirmed_by"]}
            for g in d["claim_groups"] if g["status"] == "confirmed"]


@pytest.mark.parametrize("order", ["", "-inverse"])
@pytest.mark.parametrize("story", sorted(TWO_EVENTS))
def test_two_events_dated_a_week_apart_confirm_nothing(dossiers: dict[str, dict[str, Any]], story: str,
                                                       order: str) -> None:
    d = dossiers[story + order]
    assert not [days for days in _confirmed_across_days(d) if len(days) > 1], d["claim_groups"]
    assert not [r for r in d["contradictions"] if r["kind"] == "date"], d["contradictions"]


@pytest.mark.parametrize("order", ["", "-inverse"])
@pytest.mark.parametrize("story", sorted(ONE_EVENT_TWO_DAYS))
def test_one_event_told_with_two_days_stays_a_date_row(dossiers: dict[str, dict[str, Any]], story: str,
                                                       order: str) -> None:
    d = dossiers[story + order]
    assert [r for r in d["contradictions"] if r["kind"] == "date"], d["contradictions"]


@pytest.mark.parametrize("order", ["", "-inverse"])
def test_one_event_told_again_two_days_later_still_confirms(dossiers: dict[str, dict[str, Any]], order: str) -> None:
    d = dossiers["un-feu-suite" + order]
    assert [days for days in _confirmed_across_days(d) if days == {TUE, THU}], d["claim_groups"]


@pytest.mark.parametrize("order", ["", "-inverse"])
def test_one_event_recalled_a_week_later_by_its_date_confirms(dossiers: dict[str, dict[str, Any]],
                                                              order: str) -> None:
    d = dossiers["un-feu-rappele" + order]
    assert [days for days in _confirmed_across_days(d) if days == {TUE, NEXT_TUE}], d["claim_groups"]

"""A verb that makes a count of people one that grows (« évacuer », "arrested") names only the figure it
governs: another verb or noun between them, or a bare figure that is a day or a label, is not such a count
(review24d of desk24)."""

from __future__ import annotations

import pytest

from recoupe.claims.quantities import parse


@pytest.mark.parametrize(("text", "language"), [
    ("La police a pu interpeller le voleur devant 300 personnes", "fr"),
    ("L'évacuation du stade a mobilisé 200 personnes", "fr"),
    ("Officers arrested the driver as 150 people looked on", "en"),
])
def test_a_count_the_verb_does_not_govern_stays_people(text: str, language: str) -> None:
    things = {q.thing for q in parse(text, language)}
    assert things and not things & {"interpellation", "évacué"}


@pytest.mark.parametrize(("text", "language"), [
    ("Le gardien a été hospitalisé le 14", "fr"),
    ("The trawler crew evacuated Hangar 9", "en"),
    ("The courier was detained at 4", "en"),
])
def test_a_bare_figure_after_such_a_verb_counts_nobody(text: str, language: str) -> None:
    assert all(q.thing in ("", None) for q in parse(text, language))


@pytest.mark.parametrize(("text", "language", "thing"), [
    ("l'évacuation de près de 60 personnes", "fr", "évacué"),
    ("les gendarmes ont interpellé 8 personnes", "fr", "interpellation"),
    ("forcing the evacuation of about 90 people", "en", "évacué"),
    ("a storm that killed 14", "en", "mort"),
])
def test_the_counts_the_verb_does_govern_still_grow(text: str, language: str, thing: str) -> None:
    assert thing in {q.thing for q in parse(text, language)}


@pytest.mark.parametrize(("active", "passive", "language"), [
    ("Les sauveteurs ont secouru 14 personnes", "11 personnes ont été secourues", "fr"),
    ("La mairie a relogé 30 personnes", "30 personnes relogées par la mairie", "fr"),
    ("Lifeboat crews rescued 14 people", "11 people were rescued", "en"),
])
def test_a_count_told_active_or_passive_counts_the_same_thing(active: str, passive: str, language: str) -> None:
    """« ont secouru 14 » and « 11 ont été secourus » are one count told two ways: compared, not apart."""
    def things(text: str) -> set[str]:
        return {q.thing for q in parse(text, language)}
    assert things(active) == things(passive) and things(active) - {"personne", "people"}

"""One figure written alike by two outlets confirms one fact only when it counts one thing at one place, and the
two claims tell no two events (revconfrecall31's findings on issue #13): a toll at two towns, a toll of two
events, a count of new deaths against a total stay single-sourced; one toll of one town still confirms.
Articles written for the tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import recoupe.claims.status as st
from recoupe.claims.status import _counted_at_two_places, _counts_in_common, same_frame
from tests.claims.helpers import build_outlet_stories, claim

pytestmark = [pytest.mark.model]

APART = {
    "two_towns": ("2 morts", [
        ("quai-matin.example", "Orages sur le Tarn : 2 morts à Albeval. La grêle a brisé des centaines de toitures."),
        ("cap-soir.example", "Orages sur le Tarn : les torrents ont fait 2 morts à Cordimont. La grêle a brisé des "
                             "centaines de toitures."),
    ]),
    "en_two_towns": ("deaths", [
        ("daily-post.example", "Floods across the county: two people died in Marlow. Rivers burst their banks "
                               "overnight."),
        ("evening-star.example", "The floods caused 2 deaths in Dunfield. Rivers burst their banks overnight."),
    ]),
    "two_events": ("2 morts", [
        ("quai-matin.example", "Nuit noire : un accident de tracteur a fait 2 morts. Les pompiers sont restés sur "
                               "place jusqu'au matin."),
        ("cap-soir.example", "Nuit noire : incendie d'une grange, 2 morts. Les pompiers sont restés sur place "
                             "jusqu'au matin."),
    ]),
    "new_vs_total": ("2 ", [
        ("quai-matin.example", "Canicule : 2 nouveaux morts dans le Gard. Les hôpitaux sont saturés."),
        ("cap-soir.example", "Canicule : la chaleur extrême a fait 2 morts dans le Gard. Les hôpitaux sont saturés."),
    ]),
    "en_new_vs_total": ("2 ", [
        ("daily-post.example", "Heatwave: 2 new deaths in Kent. Hospitals are under strain."),
        ("evening-star.example", "The heatwave has caused 2 deaths in Kent. Hospitals are under strain."),
    ]),
}

ONE_TOWN = {"one_town": [
    ("quai-matin.example", "Orages sur le Tarn : 2 morts à Albeval. La grêle a brisé des centaines de toitures."),
    ("cap-soir.example", "Orages sur le Tarn : les torrents ont fait 2 morts à Albeval. La grêle a brisé des "
                         "centaines de toitures."),
]}


def _count_groups(dossier: dict[str, Any], mark: str) -> list[tuple[str, list[str]]]:
    claims = {c["id"]: c for c in dossier["claims"]}
    return [(g["status"], [claims[c]["text"] for c in g["claims"]]) for g in dossier["claim_groups"]
            if any(mark in claims[c]["text"] for c in g["claims"])]


@pytest.mark.parametrize("name", sorted(APART))
def test_one_figure_of_two_places_events_or_a_new_count_confirms_nothing(nlp: Any, tmp_path: Path,
                                                                          name: str) -> None:
    mark, articles = APART[name]
    dossier = build_outlet_stories(nlp, tmp_path, {name: articles})
    groups = _count_groups(dossier, mark)
    assert groups
    assert all(status != "confirmed" for status, _ in groups), groups


def test_one_toll_of_one_town_still_confirms(nlp: Any, tmp_path: Path) -> None:
    dossier = build_outlet_stories(nlp, tmp_path, ONE_TOWN)
    assert any(status == "confirmed" and len(texts) > 1 for status, texts in _count_groups(dossier, "2 morts"))


HEAD = claim("a1:c1", "Orages : 2 morts à Albeval", predicate="mort", subject="Orages", lemmas=["albeval", "orage"],
             sentence="Orages : 2 morts à Albeval")


@pytest.mark.parametrize("text,lemmas", [
    ("les torrents ont fait 2 morts à Cordimont", ["cordimont", "torrent"]),  # another place
    ("les torrents ont fait 2 nouveaux morts à Albeval", ["albeval", "torrent"]),  # new ones, not the toll
])
def test_a_figure_at_another_place_or_of_new_ones_is_no_shared_count(text: str, lemmas: list[str]) -> None:
    other = claim("a2:c1", text, predicate="faire", subject="torrents", lemmas=lemmas, sentence=text)
    assert _counts_in_common(HEAD, other) == set()


def test_a_figure_of_two_events_links_nothing() -> None:
    """Each claim names something the other's sentence lacks (a tractor, a barn): the figure fills no gap."""
    a = claim("a1:c1", "un accident de tracteur a fait 2 morts", predicate="faire", subject="accident",
              lemmas=["accident", "mort", "tracteur"], sentence="Nuit noire : un accident de tracteur a fait 2 morts")
    b = claim("a2:c1", "Nuit noire : incendie d'une grange, 2 morts", predicate="mort", subject="incendie",
              lemmas=["grange", "incendie", "noir", "nuit"])
    assert not same_frame(a, b) and not same_frame(b, a)


TWO_PLACES = {
    "town_vs_country": ("35 décès", [
        ("quai-matin.example", "Covid : 35 décès à Paris ce week-end. Les hôpitaux sont sous tension."),
        ("cap-soir.example", "Covid : l'épidémie a fait 35 décès en France ce week-end. Les hôpitaux sont sous "
                             "tension."),
    ]),
    "en_city_vs_country": ("35 deaths", [
        ("daily-post.example", "Flu outbreak: 35 deaths in London this week. Hospitals are under strain."),
        ("evening-star.example", "The flu outbreak caused 35 deaths in Britain this week. Hospitals are under "
                                 "strain."),
    ]),
    "two_towns_two_nights": ("3 interpellations", [
        ("quai-matin.example", "Violences urbaines : 3 interpellations à Nanterre samedi soir. Des voitures ont été "
                               "incendiées."),
        ("cap-soir.example", "Violences urbaines : 3 interpellations à Lyon dimanche soir. Des poubelles ont été "
                             "incendiées."),
    ]),
}


@pytest.mark.parametrize("name", sorted(TWO_PLACES))
def test_one_thing_counted_at_two_named_places_confirms_nothing(nlp: Any, tmp_path: Path, name: str) -> None:
    """A town's count and the country's, or two towns': two counts, though the words and figure are one."""
    mark, articles = TWO_PLACES[name]
    groups = _count_groups(build_outlet_stories(nlp, tmp_path, {name: articles}), mark)
    assert groups
    assert all(status != "confirmed" for status, _ in groups), groups


def test_counted_at_two_places_needs_both_places() -> None:
    town = claim("a1:c1", "Covid : 35 décès à Paris ce week-end", predicate="décès", subject="Covid",
                 lemmas=["covid", "paris"])
    country = claim("a2:c1", "l'épidémie a fait 35 décès en France ce week-end", predicate="faire",
                    subject="épidémie", lemmas=["décès", "épidémie", "france"])
    bare = claim("a3:c1", "l'épidémie a fait 35 décès ce week-end", predicate="faire", subject="épidémie",
                 lemmas=["décès", "épidémie"])
    assert _counted_at_two_places(town, country) and _counted_at_two_places(country, town)
    assert not _counted_at_two_places(town, bare) and not _counted_at_two_places(country, bare)


TWO_KINDS = {
    "en_crash_and_fire": ("killed", [
        ("daily-post.example", "Two people died in a crash on the ring road on Sunday. Police closed the "
                               "road."),
        ("evening-star.example", "Two residents were killed in a house fire in Harwick on Sunday. Firefighters found "
                                 "them upstairs."),
    ]),
    "accident_and_fire": ("2 morts", [
        ("quai-matin.example", "Drôme : 2 morts dans un accident routier. Une camionnette a quitté la chaussée "
                               "dans la nuit."),
        ("cap-soir.example", "Ardèche : 2 morts dans l'incendie d'une ferme. Le feu a pris dans la grange."),
    ]),
}


@pytest.mark.parametrize("name", sorted(TWO_KINDS))
def test_one_toll_of_a_crash_and_of_a_fire_confirms_nothing(nlp: Any, tmp_path: Path, name: str) -> None:
    mark, articles = TWO_KINDS[name]
    groups = _count_groups(build_outlet_stories(nlp, tmp_path, {name: articles}), mark)
    assert groups
    assert all(status != "confirmed" for status, _ in groups), groups


def test_two_kinds_of_event_part_a_count_unless_one_sentence_names_both() -> None:
    crash = claim("a1:c1", "Two people died in a crash", predicate="kill", subject="people", language="en",
                  lemmas=["crash", "kill", "people"])
    fire = claim("a2:c1", "Two residents were killed in a house fire", predicate="kill", subject="people",
                 language="en", lemmas=["fire", "house", "kill", "people"])
    both = claim("a3:c1", "Two residents were killed in a house fire", predicate="kill", subject="people",
                 language="en", lemmas=["fire", "house", "kill", "people"],
                 sentence="Two residents were killed in a house fire started by a crash")
    shots = claim("a4:c1", "Two people died when police opened fire", predicate="die", subject="people",
                  language="en", lemmas=["fire", "die", "open", "people", "police"])
    assert st._one_count_of_two_events(crash, fire) and st._one_count_of_two_events(fire, crash)
    assert not st._one_count_of_two_events(crash, both)
    assert not st._one_count_of_two_events(crash, shots)  # a gun's fire is no blaze

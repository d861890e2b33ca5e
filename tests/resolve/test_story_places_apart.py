"""Places apart (``stories.place_apart_veto``): one kind of physical event in two departments is two
stories, while one event told by its town in one article and by its department in another, or
followed up the next day, stays one. Invented piles, run through the real build."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from recoupe.pipeline import build
from recoupe.resolve.stories import area_checks, area_posts, place_areas
from recoupe.settings import Settings
from recoupe.storage import Store


def _together(a: str, b: str) -> bool:
    """Could a story naming ``b`` tell of where the place ``a`` is (the veto's own test)?"""
    posted = {k for area in place_areas([("e2", "LOC", b)]) for k in area_posts(area)}
    return any(k in posted for area in place_areas([("e1", "LOC", a)]) for k in area_checks(area))


def test_places_apart_by_the_gazetteers() -> None:
    assert _together("Mimizan", "Landes") and _together("Landes", "Mimizan")  # a town and its department
    assert _together("Landes", "Landes") and _together("Mimizan", "France")
    assert not _together("Landes", "Hérault")  # two departments
    assert not _together("Lodève", "Landes") and not _together("Mimizan", "Lodève")  # two regions
    assert not _together("Portugal", "Landes") and _together("Faro", "Portugal")
    assert not _together("Faro", "Florence")
    assert place_areas([("e1", "PER", "Landes"), ("e2", "LOC", "Zorbovie")]) == frozenset()  # says nothing


# A pine-forest fire in the Landes (three accounts over two days), a scrubland fire in the Hérault the
# same days (two accounts), told with the same words of fire-fighting: invented texts.
LANDES = [
    ("landes-1", "2026-08-03", "Feu de forêt : 450 hectares de pins partis en fumée près de Mimizan",
     "Un feu de forêt a détruit 450 hectares de pins près de Mimizan, dans les Landes, a indiqué la préfecture "
     "lundi soir. Plus de trois cents sapeurs-pompiers restent mobilisés avec des bombardiers d'eau."),
    ("landes-2", "2026-08-03", "Landes : deux campings évacués face au feu de forêt",
     "Deux campings ont été évacués lundi dans les Landes à cause du feu de forêt, qui a détruit 450 hectares "
     "de pins selon la préfecture. Trois cents sapeurs-pompiers combattent les flammes."),
    ("landes-3", "2026-08-04", "Feu de forêt : les sapeurs-pompiers maîtrisent les flammes près de Mimizan",
     "Les flammes qui menaçaient Mimizan sont maîtrisées depuis mardi matin, annonce la préfecture. Les "
     "sapeurs-pompiers surveillent encore les lisières des 450 hectares de pins brûlés ; les deux campings "
     "évacués lundi rouvriront mercredi."),
]
HERAULT = [
    ("herault-1", "2026-08-04", "Feu de forêt : les sapeurs-pompiers maîtrisent l'incendie de Lodève",
     "L'incendie de Lodève, dans l'Hérault, est maîtrisé depuis mardi matin, annonce la préfecture. Les "
     "sapeurs-pompiers surveillent encore les lisières des 80 hectares de garrigue brûlés."),
    ("herault-2", "2026-08-04", "Hérault : 80 hectares de garrigue brûlés par un feu de forêt",
     "Un feu de forêt a détruit 80 hectares de garrigue près de Lodève, dans l'Hérault, a indiqué la "
     "préfecture mardi. Les sapeurs-pompiers ont maîtrisé les flammes avec des bombardiers d'eau."),
]
# the Landes fire the day after, told by its inquiry: a follow-up of the same event
FOLLOW_UP = ("landes-4", "2026-08-05", "Feu de forêt près de Mimizan : une enquête ouverte sur les 450 hectares brûlés",
             "Le procureur de Dax a ouvert une enquête mercredi sur le feu de forêt ayant détruit 450 "
             "hectares de pins près de Mimizan, dans les Landes. Les enquêteurs privilégient la piste d'un mégot.")


def _stories(tmp_path: Path, nlp, items: list[tuple[str, str, str, str]], **settings: float) -> dict[str, str]:  # type: ignore[no-untyped-def]
    folder = tmp_path / f"in{len(list(tmp_path.iterdir()))}"
    folder.mkdir()
    path = folder / "items.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for i, (slug, day, title, text) in enumerate(items):
            out.write(json.dumps({"url": f"https://example.org/{slug}", "published": day, "title": title,
                                  "text": f"{title}\n\n{text}", "outlet": f"outlet{i}"}, ensure_ascii=False) + "\n")
    with Store.open(folder / "s.db") as s:
        build(s, [str(path)], nlp=nlp, settings=Settings.load(**{f"stories__{k}": v for k, v in settings.items()}))
        return {r["url"].rsplit("/", 1)[1]: r["story_id"] for r in s.article_rows()}


@pytest.mark.model
def test_two_fires_in_two_departments_are_two_stories(tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    story = _stories(tmp_path, nlp, LANDES + HERAULT)
    assert story["landes-1"] == story["landes-2"] == story["landes-3"]
    assert story["herault-1"] == story["herault-2"]
    assert story["herault-1"] != story["landes-1"]


@pytest.mark.model
def test_one_fire_told_by_its_town_and_by_its_department_and_followed_up_stays_one(tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    # landes-1 names the town and the department, landes-2 the department only, landes-3 the town only
    story = _stories(tmp_path, nlp, [*LANDES, FOLLOW_UP, *HERAULT])
    assert story["landes-1"] == story["landes-2"] == story["landes-3"] == story["landes-4"]
    story = _stories(tmp_path, nlp, [LANDES[2], LANDES[1]])  # the town alone, then the department alone
    assert story["landes-3"] == story["landes-2"]

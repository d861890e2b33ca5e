"""A figure inside a relative clause a claim carries is that clause's, not the claim's (issue #13, review
revd28): « la crue qui avait submergé 2 400 maisons en 2018 a submergé hier 1 200 maisons » tells 1 200
maisons today; set against another outlet's « 1 200 maisons », the 2 400 of 2018 is no conflict. Read
through a real build: claims as the extractor cuts them. Articles written for the tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

pytestmark = [pytest.mark.model]

# story -> articles (outlet, language, text); every article is published on one day
STORIES: dict[str, list[tuple[str, str, str]]] = {
    # a closed relative, no commas, the claim's own figure after its verb
    "fr-closed": [
        ("vallee-matin.example", "fr", "La crue qui avait submergé 2 400 maisons en 2018 a submergé hier 1 200 "
                                       "maisons à Brelhac. Les pompiers sont restés mobilisés toute la nuit."),
        ("rive-soir.example", "fr", "La crue a submergé hier 1 200 maisons à Brelhac. Les pompiers sont "
                                    "restés mobilisés toute la nuit."),
    ],
    # the relative's figure is the only one of the sentence
    "fr-only-relative": [
        ("vallee-matin.example", "fr", "Tressan : la crue qui avait noyé 3 100 caves en 2019 a noyé hier le "
                                       "quartier de la gare."),
        ("rive-soir.example", "fr", "Tressan : la crue a noyé hier 1 600 caves du quartier de la gare."),
    ],
    # an incidental English relative between commas, the main clause without a figure
    "en-incidental": [
        ("dale-post.example", "en", "The flood, which swamped 2,400 homes last spring, swamped the town centre of "
                                    "Orrick on Monday. Crews pumped water all night."),
        ("fen-times.example", "en", "The flood swamped 1,200 homes in the town centre of Orrick on Monday. Crews "
                                    "pumped water all night."),
    ],
    # a restrictive « that » clause in the subject
    "en-that": [
        ("dale-post.example", "en", "The fire that destroyed 300 homes two years ago destroyed the old mill of "
                                    "Wexcombe on Monday."),
        ("fen-times.example", "en", "The fire destroyed 120 homes around the old mill of Wexcombe on Monday."),
    ],
    # another tally of the same storm, told in an incidental clause of another verb
    "en-other-verb": [
        ("dale-post.example", "en", "The storm, which killed 12 people last winter, hit the coast of Pellworth on "
                                    "Monday."),
        ("fen-times.example", "en", "The storm killed 4 people on the coast of Pellworth on Monday."),
    ],
    # two outlets' figures of one flood, no relative clause: still a conflict
    "fr-real": [
        ("vallee-matin.example", "fr", "La crue a inondé hier 2 400 maisons à Morvillars. Les pompiers sont "
                                       "restés mobilisés."),
        ("rive-soir.example", "fr", "La crue a inondé hier 1 200 maisons à Morvillars. Les pompiers sont "
                                    "restés mobilisés."),
    ],
    "en-real": [
        ("dale-post.example", "en", "The storm flooded 2,400 homes in Hasketon on Monday. Crews worked all night."),
        ("fen-times.example", "en", "The storm flooded 1,200 homes in Hasketon on Monday. Crews worked all night."),
    ],
    # a relative clause with no mark of an earlier time tells the day's deed: its figure is that day's account
    # (issue #13, review revf29)
    "en-same-day-incidental": [
        ("dale-post.example", "en", "The floods, which swamped 1,300 homes in Kelderby on Tuesday, also swamped "
                                    "the village hall. Crews pumped water all night."),
        ("fen-times.example", "en", "The floods swamped 2,600 homes in Kelderby on Tuesday. Crews pumped water "
                                    "all night."),
    ],
    "en-same-day-that": [
        ("dale-post.example", "en", "The fire that destroyed 250 homes in Brackwell on Tuesday was caused by "
                                    "lightning, investigators said."),
        ("fen-times.example", "en", "The fire destroyed 90 homes in Brackwell on Tuesday."),
    ],
    "fr-same-day-incidental": [
        ("vallee-matin.example", "fr", "Les inondations, qui ont touché 1 300 maisons mardi à Vernasque, ont "
                                       "aussi touché la mairie. Les pompiers restent mobilisés."),
        ("rive-soir.example", "fr", "Les inondations ont touché 2 600 maisons mardi à Vernasque. Les pompiers "
                                    "restent mobilisés."),
    ],
    "fr-same-day-closed": [
        ("vallee-matin.example", "fr", "L'incendie qui a détruit 250 maisons mardi à Ostrelle a été provoqué par "
                                       "la foudre."),
        ("rive-soir.example", "fr", "L'incendie a détruit 90 maisons mardi à Ostrelle."),
    ],
    # « dont » before a figure says « including »: a part of the claim's own count
    "fr-dont": [
        ("vallee-matin.example", "fr", "Le séisme a fait 14 morts mardi à Castelvie, dont 4 enfants. Les "
                                       "secours fouillent les décombres."),
        ("rive-soir.example", "fr", "Le séisme a fait 14 morts mardi à Castelvie, dont 6 enfants. Les secours "
                                    "fouillent les décombres."),
    ],
    # the earlier occurrence's month, recalled in a relative clause, against the new one's day
    "en-recalled-date": [
        ("dale-post.example", "en", "The river, which flooded 2,400 homes in March, flooded the centre of Tilsey "
                                    "again on Monday."),
        ("fen-times.example", "en", "The river flooded 1,200 homes in the centre of Tilsey on Monday."),
    ],
}


@pytest.fixture(scope="module")
def dossiers(nlp, tmp_path_factory) -> dict[str, dict[str, Any]]:  # type: ignore[no-untyped-def]
    """One build per story (two floods of one pile would be read as one story)."""
    from recoupe.pipeline import build
    from recoupe.report.dossier import build_dossier
    from recoupe.storage import Store

    out = {}
    for story, articles in STORIES.items():
        root: Path = tmp_path_factory.mktemp(story)
        items = [{"url": f"https://{outlet}/{story}-{n}", "outlet": outlet, "published": "2026-11-04",
                  "language": lang, "title": text.split(". ")[0], "text": text}
                 for n, (outlet, lang, text) in enumerate(articles)]
        path = root / "items.jsonl"
        path.write_text("\n".join(json.dumps(i) for i in items) + "\n", encoding="utf-8")
        with Store.open(root / "s.db") as s:
            build(s, [str(path)], fmt="jsonl", nlp=nlp)
            out[story] = build_dossier(s)
    return out


def _quantity_rows(dossier: dict[str, Any], kinds: tuple[str, ...] = ("quantity",)) -> list[str]:
    """The explanation of each contradiction of ``kinds`` drawn between two articles."""
    article = {c["id"]: c["article"] for c in dossier["claims"]}
    return [x.get("explanation", "") for x in dossier["contradictions"]
            if x["kind"] in kinds and len({article[c] for c in x["claims"]}) > 1]


def _figure_pairs(dossier: dict[str, Any]) -> list[tuple[str, ...]]:
    """Each quantity conflict between two articles as its two sides (« 2 400 maisons selon X »), in either order."""
    return sorted(tuple(sorted(row.split(", ", 1))) for row in _quantity_rows(dossier))


@pytest.mark.parametrize("story", ["fr-closed", "fr-only-relative", "en-incidental", "en-that", "en-other-verb"])
def test_a_relative_clause_figure_is_set_against_no_other(dossiers: dict[str, dict[str, Any]], story: str) -> None:
    assert _quantity_rows(dossiers[story]) == []


def test_a_recalled_occurrence_gives_no_date_or_figure_conflict(dossiers: dict[str, dict[str, Any]]) -> None:
    assert _quantity_rows(dossiers["en-recalled-date"], ("quantity", "date")) == []


@pytest.mark.parametrize(("story", "pairs"), [
    ("fr-real", [("1 200 maisons selon rive-soir.example", "2 400 maisons selon vallee-matin.example")]),
    ("en-real", [("1,200 homes according to fen-times.example", "2,400 homes according to dale-post.example")]),
])
def test_two_figures_of_one_fact_still_conflict(dossiers: dict[str, dict[str, Any]], story: str,
                                                pairs: list[tuple[str, str]]) -> None:
    assert _figure_pairs(dossiers[story]) == pairs


EN_DAY = ("1,300 homes according to dale-post.example", "2,600 homes according to fen-times.example")
EN_THAT = ("250 homes according to investigators", "90 homes according to fen-times.example")
FR_DAY = ("1 300 maisons selon vallee-matin.example", "2 600 maisons selon rive-soir.example")
FR_CLOSED = ("250 maisons selon vallee-matin.example", "90 maisons selon rive-soir.example")


# a claim the clause is cut from and the clause itself each conflict with the other outlet's figure
@pytest.mark.parametrize(("story", "pairs"), [
    ("en-same-day-incidental", [EN_DAY, EN_DAY]),
    ("en-same-day-that", [EN_THAT, EN_THAT]),
    ("fr-same-day-incidental", [FR_DAY, FR_DAY]),
    ("fr-same-day-closed", [FR_CLOSED]),
    ("fr-dont", [("4 enfants selon vallee-matin.example", "6 enfants selon rive-soir.example")]),
])
def test_a_same_day_relative_clause_keeps_its_conflict(dossiers: dict[str, dict[str, Any]], story: str,
                                                       pairs: list[tuple[str, str]]) -> None:
    assert _figure_pairs(dossiers[story]) == pairs

"""The eventless mark (issue #13, review revknown30) is set only on what is known to tell no event: a head of
reaction or label (« Coup de théâtre », « Rebondissement », "Stunning twist") or a bare list of nouns (« Loyers,
taxes locales »). A nominal headline whose head the lexicons miss (« Perquisition au siège du parti », "Curfew in
the old town") may tell an event: it stays unmarked and confirms, and a denial of it (« Le parquet dément toute
perquisition au siège du parti ») is still set against it. The place hung on an exclamation (« … au
gouvernement », "… at the department") is no event. Through the real build, published on a past day; articles
written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.claims.helpers import build_outlet_stories

pytestmark = [pytest.mark.model]

DAY = "2026-11-04"
# a headline of a happening whose head noun is in no lexicon: (headline, body of the first, body of the second)
NOMINAL: list[tuple[str, str, str]] = [
    ("Perquisition au siège du parti", "Les enquêteurs ont saisi des documents.",
     "Rien n'a filtré de l'opération. Les enquêteurs ont saisi des documents."),
    ("Expulsion des squatteurs de l'immeuble", "Les policiers sont arrivés à l'aube.",
     "Rien n'a filtré. Les policiers sont arrivés à l'aube."),
    ("Curfew in the old town", "Shops closed early in the evening.", "Nothing else was known. Shops closed early."),
    ("Heat wave across the south", "Temperatures climbed through the week.",
     "Nothing else was known. Temperatures climbed through the week."),
    ("Massacre in mountain village", "Survivors fled into the forest.",
     "Nothing else was known. Survivors fled into the forest."),
    ("Stampede at football stadium", "Fans were crushed near the gates.",
     "Nothing else was known. Fans were crushed near the gates."),
    ("Manhunt for escaped inmate", "Roadblocks were set up overnight.",
     "Nothing else was known. Roadblocks were set up overnight."),
]
# an exclamation whose place names an institution
EXCLAIMED: list[tuple[str, str, str]] = [
    ("Coup de théâtre au gouvernement", "Rien n'a filtré de la réunion.", "La réunion a duré deux heures."),
    ("Coup de théâtre à la préfecture", "Rien n'a filtré de la réunion.", "La réunion a duré deux heures."),
    ("Stunning twist at the department", "Nothing came out of the meeting.", "The meeting lasted two hours."),
]
DENIAL = "Le parquet dément toute perquisition au siège du parti. Aucune procédure n'est ouverte."


@pytest.fixture(scope="module")
def dossier(nlp, tmp_path_factory) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    stories: dict[str, list[tuple[str, ...]]] = {
        f"s{n}": [("north-daily.example", f"{title}. {one}", DAY), ("south-wire.example", f"{title}. {two}", DAY)]
        for n, (title, one, two) in enumerate(NOMINAL + EXCLAIMED)}
    stories["s0"].append(("east-post.example", DENIAL, DAY))
    return build_outlet_stories(nlp, tmp_path_factory.mktemp("unknown_heads"), stories)


def _statuses(dossier: dict[str, Any], title: str) -> list[str]:
    texts = {c["id"]: c["text"] for c in dossier["claims"]}
    return [g["status"] for g in dossier["claim_groups"] if any(texts[c] == title for c in g["claims"])]


@pytest.mark.parametrize("title", [t for t, _, _ in NOMINAL[1:]])
def test_a_nominal_headline_of_an_unlisted_head_still_confirms(dossier, title: str) -> None:  # type: ignore[no-untyped-def]
    assert _statuses(dossier, title) == ["confirmed"]


def test_a_denial_of_a_nominal_headline_is_still_set_against_it(dossier) -> None:  # type: ignore[no-untyped-def]
    texts = {c["id"]: c["text"] for c in dossier["claims"]}
    rows = [x for x in dossier["contradictions"]
            if {texts.get(c, "") for c in x["claims"]} >= {"Perquisition au siège du parti",
                                                           "Le parquet dément toute perquisition au siège du parti"}]
    assert rows and {x["kind"] for x in rows} == {"denial"}
    assert _statuses(dossier, "Perquisition au siège du parti") == ["disputed"]


@pytest.mark.parametrize("title", [t for t, _, _ in EXCLAIMED])
def test_an_exclamation_at_an_institution_confirms_nothing(dossier, title: str) -> None:  # type: ignore[no-untyped-def]
    statuses = _statuses(dossier, title)
    assert statuses and "confirmed" not in statuses

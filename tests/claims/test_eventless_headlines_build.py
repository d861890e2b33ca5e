"""A verbless exclamation that tells no event (« Coup de théâtre au conservatoire », "Stunning twist at the
academy", « Loyers, taxes locales »): no verb, no figure, no name, no noun of a happening at its head. Two
outlets' such headlines share words, not a fact: they were grouped and marked confirmed, and a denial of « tout
coup de théâtre » was set against them (issue #13, reviews reve28, revf29). The claim is kept, marked
``eventless`` at extraction and stored; it neither confirms nor contradicts. A nominal headline whose head names
a happening (« Grève au dépôt des bus », "Fire at paint factory") still confirms. Through a real build;
articles written for the tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

pytestmark = [pytest.mark.model]

# (outlet, language, title, text)
ARTICLES: list[tuple[str, str, str, str]] = [
    ("cote-matin.example", "fr", "Coup de théâtre au conservatoire",
     "La directrice a démissionné lundi de la direction du conservatoire. Le conseil se réunira jeudi."),
    ("cote-soir.example", "fr", "Coup de tonnerre au conservatoire",
     "La directrice quitte la direction du conservatoire. Le conseil se réunira jeudi."),
    ("ile-info.example", "fr", "Le conservatoire dément",
     "La direction du conservatoire dément tout coup de théâtre. La directrice reste en poste."),
    ("cote-matin.example", "fr", "Grève au dépôt des bus",
     "Les chauffeurs ont cessé le travail mardi matin. Aucun bus ne circule dans le centre."),
    ("cote-soir.example", "fr", "Grève au dépôt des bus",
     "Les conducteurs ont arrêté le travail mardi. Les lignes du centre sont coupées."),
    ("cote-matin.example", "fr", "Loyers, taxes locales",
     "Les propriétaires du quartier contestent la nouvelle grille. Une réunion est prévue."),
    ("cote-soir.example", "fr", "Loyers, taxes locales",
     "Les habitants du quartier dénoncent la nouvelle grille. Une pétition circule."),
    ("quay-wire.example", "en", "Stunning twist at the academy",
     "The head of the academy resigned on Monday. The board will meet on Thursday."),
    ("moor-wire.example", "en", "Stunning upset at the academy",
     "The head of the academy quit on Monday. The board will meet on Thursday."),
    ("quay-wire.example", "en", "Fire at paint factory",
     "Crews fought the flames at the factory through the night. Nearby homes were evacuated."),
    ("moor-wire.example", "en", "Fire at paint factory",
     "Firefighters spent the night at the factory. Residents were told to stay indoors."),
]
EXCLAMATIONS = ("Coup de théâtre au conservatoire", "Coup de tonnerre au conservatoire", "Loyers, taxes locales",
                "Stunning twist at the academy", "Stunning upset at the academy")
EVENTS = ("Grève au dépôt des bus", "Fire at paint factory")


@pytest.fixture(scope="module")
def built(nlp, tmp_path_factory) -> tuple[dict[str, Any], dict[str, bool]]:  # type: ignore[no-untyped-def]
    from recoupe.pipeline import build
    from recoupe.report.dossier import build_dossier
    from recoupe.storage import Store

    root: Path = tmp_path_factory.mktemp("eventless")
    items = [{"url": f"https://{outlet}/{n}", "outlet": outlet, "published": "2026-11-04", "language": lang,
              "title": title, "text": text} for n, (outlet, lang, title, text) in enumerate(ARTICLES)]
    path = root / "items.jsonl"
    path.write_text("\n".join(json.dumps(i) for i in items) + "\n", encoding="utf-8")
    with Store.open(root / "s.db") as s:
        build(s, [str(path)], fmt="jsonl", nlp=nlp)
        return build_dossier(s), {c.text: c.eventless for c in s.claims()}


def _groups_of(dossier: dict[str, Any], title: str) -> list[dict[str, Any]]:
    texts = {c["id"]: c["text"] for c in dossier["claims"]}
    return [g for g in dossier["claim_groups"] if any(texts[c] == title for c in g["claims"])]


@pytest.mark.parametrize("title", EXCLAMATIONS)
def test_an_exclamation_is_kept_marked_and_confirms_nothing(built, title: str) -> None:  # type: ignore[no-untyped-def]
    dossier, marks = built
    assert marks[title] is True
    groups = _groups_of(dossier, title)
    assert len(groups) == 1 and len(groups[0]["claims"]) >= 2  # still grouped with the other outlet's
    assert groups[0]["status"] != "confirmed"


def test_an_exclamation_is_set_only_against_a_denial_of_its_words(built) -> None:  # type: ignore[no-untyped-def]
    # the mark comes from a lexicon: a denial naming the exclamation's words (« dément tout coup de théâtre ») is
    # still set against it (review revknown30: a denial lost is a contradiction the reader never sees)
    dossier, _ = built
    texts = {c["id"]: c["text"] for c in dossier["claims"]}
    rows = [x for x in dossier["contradictions"] if any(texts.get(c, "").startswith("Coup de") for c in x["claims"])]
    assert all(x["kind"] == "denial" and any("dément" in texts.get(c, "") for c in x["claims"]) for x in rows)


@pytest.mark.parametrize("title", EVENTS)
def test_a_nominal_headline_naming_a_happening_still_confirms(built, title: str) -> None:  # type: ignore[no-untyped-def]
    dossier, marks = built
    assert marks[title] is False
    assert [g["status"] for g in _groups_of(dossier, title)] == ["confirmed"]

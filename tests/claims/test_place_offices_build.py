"""An office whose holder a place sets, told by its title alone (issue #13): « le maire a ordonné l'évacuation »
in an article set in one town and the same words in an article set in another are two mayors' two orders, and
neither confirms the other; so with « le procureur », « le préfet », « le directeur de l'hôpital », "the mayor",
"the prosecutor". The office's place is its claim's: the places its sentence names, else its article's headline
and lede. One town told by two outlets, the office with or without its holder's name, still confirms. Articles and
town pairs written for the tests (real towns, so that the gazetteer places them); each pile is built through the
real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from recoupe.claims.status import _named_areas, _place_office, _title_beside
from tests.claims.helpers import build_each_story, claim

DAY = "2025-03-04"  # a past day: the store drops a publication day after today
A, B = "quai-matin.example", "cap-soir.example"


def _fr(town_a: str, town_b: str, clause_a: str, clause_b: str) -> list[tuple[str, ...]]:
    # one storm's name in both headlines, so that both articles may fall in one story
    return _fr_heads(f"Tempête Orvane : colère à {town_a}", f"Tempête Orvane : {town_b} sous le choc", clause_a,
                     clause_b)


def _fr_heads(head_a: str, head_b: str, clause_a: str, clause_b: str) -> list[tuple[str, ...]]:
    return [(A, f"{head_a}. {clause_a} après une inspection. Les parents dénoncent une décision brutale et "
                "demandent une réunion.", DAY),
            (B, f"{head_b}. {clause_b} à la suite d'un contrôle, a-t-on appris. Les clubs sportifs cherchent une "
                "solution pour la fin de saison.", DAY)]


def _en(town_a: str, town_b: str, clause_a: str, clause_b: str) -> list[tuple[str, ...]]:
    return [(A, f"Storm Orvane: anger in {town_a}. {clause_a} after an inspection. Parents called the decision "
                "brutal and asked for a meeting.", DAY),
            (B, f"Storm Orvane: {town_b} in shock. {clause_b} after a check. Sports clubs are "
                "looking for a new pitch before autumn.", DAY)]


MAIRE = "Le maire a ordonné l'évacuation du centre-ville mardi"
PROCUREUR = "Le procureur a saisi mardi les gendarmes du dossier des deux noyades"
PREFET = "Le préfet a interdit la circulation sur les quais mardi"
DIRECTEUR = "Le directeur de l'hôpital a déclenché le plan blanc mardi"
MAIRE_LUNDI = "Le maire a ordonné lundi l'évacuation du centre-ville"
LUNDI_MAIRE = "Lundi, le maire a ordonné l'évacuation du centre-ville"
BERGES = "Le maire a ordonné l'évacuation des berges de la Loire mardi"
MAYOR = "The mayor ordered the evacuation of the town centre on Tuesday"
PROSECUTOR = "The prosecutor opened an inquiry into both drownings on Tuesday"

TWO_PLACES: dict[str, list[tuple[str, ...]]] = {
    "fr-maire": _fr("Montauban", "Vierzon", MAIRE, MAIRE),
    "fr-procureur": _fr("Montauban", "Vierzon", PROCUREUR, PROCUREUR),
    "fr-prefet": _fr("Montauban", "Vierzon", PREFET, PREFET),
    "fr-directeur": _fr("Montauban", "Vierzon", DIRECTEUR, DIRECTEUR),
    # the holder named on one side: still two towns' offices
    "fr-maire-named": _fr("Montauban", "Vierzon", MAIRE, "Le maire, Jean Roe, a ordonné l'évacuation du "
                          "centre-ville mardi"),
    "en-mayor": _en("Leeds", "Southampton", MAYOR, MAYOR),
    "en-prosecutor": _en("Leeds", "Southampton", PROSECUTOR, PROSECUTOR),
    # the place in one sentence, the other's in its headline
    "fr-maire-sentence-place": _fr("Montauban", "Vierzon", "À Montauban, le maire a ordonné l'évacuation du "
                                   "centre-ville mardi", MAIRE),
    # a wider place both name says nothing of which town's mayor: the towns decide
    "fr-maire-shared-department": _fr_heads("Tempête Orvane dans le Loiret : colère à Orléans",
                                            "Tempête Orvane dans le Loiret : Montargis sous le choc", MAIRE_LUNDI,
                                            MAIRE_LUNDI),
    "fr-maire-shared-river": _fr("Orléans", "Nevers", BERGES, BERGES),
    # two near communes have two mayors
    "fr-maire-near-towns": _fr("Montauban", "Castelsarrasin", MAIRE_LUNDI, MAIRE_LUNDI),
    # a day opening both sentences is no town they share (« Lundi »: Lund in the world gazetteer)
    "fr-maire-day-first": _fr("Montauban", "Vierzon", LUNDI_MAIRE, LUNDI_MAIRE),
    # the office told by its body or another title
    "fr-parquet": _fr("Montauban", "Vierzon", "Le parquet a ouvert mardi une enquête sur les deux noyades",
                      "Le parquet a ouvert mardi une enquête sur les deux noyades"),
    "fr-mairie": _fr("Montauban", "Vierzon", "La mairie a ordonné l'évacuation du centre-ville mardi",
                     "La mairie a ordonné l'évacuation du centre-ville mardi"),
    "fr-edile": _fr("Montauban", "Vierzon", "L'édile a ordonné l'évacuation du centre-ville mardi",
                    "L'édile a ordonné l'évacuation du centre-ville mardi"),
}

# one town, two offices: a title set beside its holder's name against another office's body
TWO_OFFICES: dict[str, list[tuple[str, ...]]] = {
    "fr-named-maire-prefecture": _fr("Montauban", "Montauban", "Le maire, Paul Roe, a fermé mardi la piscine "
                                     "municipale", "La préfecture a fermé mardi la piscine municipale"),
}

ONE_PLACE: dict[str, list[tuple[str, ...]]] = {
    "fr-maire": _fr("Montauban", "Montauban", MAIRE, MAIRE),
    "fr-maire-named": _fr("Montauban", "Montauban", MAIRE, "Le maire, Jean Roe, a ordonné l'évacuation du "
                          "centre-ville mardi"),
    "fr-procureur-named": _fr("Montauban", "Montauban", PROCUREUR, "Le procureur, Jean Roe, a saisi mardi "
                                         "les gendarmes du dossier des deux noyades"),
    "fr-prefet": _fr("Montauban", "Montauban", PREFET, PREFET),
    "fr-directeur": _fr("Montauban", "Montauban", DIRECTEUR, DIRECTEUR),
    # (the English prosecutor told alike in one town confirms no more at the base: some other rule; not kept here)
    "en-mayor-named": _en("Leeds", "Leeds", MAYOR, "Mayor John Roe ordered the evacuation of the town centre on "
                          "Tuesday"),
    # a town and its department: one prefect
    "fr-prefet-town-and-department": _fr("Montauban", "Tarn-et-Garonne", PREFET, PREFET),
    # a day opening one sentence is no other town (« Lundi »: Lund in the world gazetteer), nor a surname after
    # « M. » (« Bernard »: a French commune)
    "fr-maire-day-first": _fr("Montauban", "Montauban", MAIRE_LUNDI, LUNDI_MAIRE),
    "fr-prefet-day-first": _fr("Montauban", "Montauban", "Le préfet a interdit lundi la circulation sur les quais",
                               "Lundi soir, le préfet a interdit la circulation sur les quais"),
    "fr-maire-surname": _fr_heads("Tempête Orvane : colère à Montauban", "Tempête Orvane : M. Bernard ne décolère "
                                  "pas", MAIRE_LUNDI, MAIRE_LUNDI),
    # a town the deed sends people to is not where the mayor is
    "fr-maire-destination": _fr("Montauban", "Montauban", "Le maire de Montauban a ordonné mardi l'évacuation des "
                                "habitants du quartier", "Le maire a ordonné mardi l'évacuation des habitants du "
                                "quartier vers Castelsarrasin"),
}


@pytest.fixture(scope="module")
def two_places(nlp, tmp_path_factory) -> dict[str, dict[str, Any]]:  # type: ignore[no-untyped-def]
    return build_each_story(nlp, tmp_path_factory, TWO_PLACES)


@pytest.fixture(scope="module")
def two_offices(nlp, tmp_path_factory) -> dict[str, dict[str, Any]]:  # type: ignore[no-untyped-def]
    return build_each_story(nlp, tmp_path_factory, TWO_OFFICES)


@pytest.fixture(scope="module")
def one_place(nlp, tmp_path_factory) -> dict[str, dict[str, Any]]:  # type: ignore[no-untyped-def]
    return build_each_story(nlp, tmp_path_factory, ONE_PLACE)


def _confirmed(dossier: dict[str, Any]) -> list[list[str]]:
    """The confirmed groups but the headlines' (one storm's name in both, by design)."""
    text = {c["id"]: c["text"] for c in dossier["claims"]}
    groups = [[text[c] for c in g["claims"]] for g in dossier["claim_groups"] if g["status"] == "confirmed"]
    return [g for g in groups if not all(t.startswith(("Tempête Orvane", "Storm Orvane")) for t in g)]


@pytest.mark.model
@pytest.mark.parametrize("story", sorted(TWO_PLACES))
def test_two_places_offices_do_not_confirm(two_places: dict[str, dict[str, Any]], story: str) -> None:
    # both articles tell the office's deed (else the pile tests nothing), and neither confirms the other
    told = {c["id"].split(":")[0] for c in two_places[story]["claims"]
            if c.get("predicate") in {"ordonner", "saisir", "interdire", "déclencher", "ouvrir", "order", "open"}}
    assert len(told) == 2
    assert _confirmed(two_places[story]) == []


@pytest.mark.model
@pytest.mark.parametrize("story", sorted(TWO_OFFICES))
def test_a_title_beside_a_name_is_its_office(two_offices: dict[str, dict[str, Any]], story: str) -> None:
    assert len({c["id"].split(":")[0] for c in two_offices[story]["claims"] if c.get("predicate") == "fermer"}) == 2
    assert _confirmed(two_offices[story]) == []


@pytest.mark.model
@pytest.mark.parametrize("story", sorted(ONE_PLACE))
def test_one_place_office_confirms(one_place: dict[str, dict[str, Any]], story: str) -> None:
    assert _confirmed(one_place[story])


def _c(cid: str, text: str, subject: str, language: str = "fr", predicate: str = "ordonner") -> Any:
    return claim(cid, text, subject=subject, predicate=predicate, language=language)


@pytest.mark.parametrize(("text", "subject", "language", "predicate", "office"), [
    ("Le maire a ordonné l'évacuation", "maire", "fr", "ordonner", "town"),
    ("Le procureur a saisi les gendarmes", "procureur", "fr", "saisir", "district"),
    # a title set before its holder's name by a comma
    ("Le maire, Jean Roe, a ordonné l'évacuation", "Jean Roe", "fr", "ordonner", "town"),
    ("Mayor John Roe ordered the evacuation", "John Roe", "en", "order", "town"),
    # a passive's agent is the doer
    ("L'évacuation a été ordonnée par le maire", "évacuation", "fr", "ordonner", "town"),
    # a national office has one holder wherever the article is set
    ("Le procureur national antiterroriste a saisi les gendarmes", "procureur national antiterroriste", "fr",
     "saisir", ""),
    ("The federal prosecutor charged the driver", "federal prosecutor", "en", "charge", ""),
    ("Le ministre a ordonné l'évacuation", "ministre", "fr", "ordonner", ""),
    # the office is the patient, not the doer
    ("Le maire a été sifflé par des riverains", "maire", "fr", "siffler", ""),
])
def test_place_office(text: str, subject: str, language: str, predicate: str, office: str) -> None:
    assert _place_office(_c("a1:c1", text, subject, language, predicate)) == office


@pytest.mark.parametrize(("text", "subject", "title"), [
    ("Le maire, Paul Roe, a fermé la piscine", "Paul Roe", "maire"),
    ("Le maire Paul Roe a fermé la piscine", "Paul Roe", "maire"),
    # a title of someone else, before the name's clause: not the name's
    ("Selon le préfet, Paul Roe a fermé la piscine", "Paul Roe", ""),
    ("Paul Roe a fermé la piscine", "Paul Roe", ""),
])
def test_title_beside_a_name(text: str, subject: str, title: str) -> None:
    assert _title_beside(_c("a1:c1", text, subject, "fr", "fermer")) == title


def test_named_areas_skip_an_opening_function_word_and_a_place_around() -> None:
    # "The" is some town's name in the world gazetteer; « près de Toulouse » names a place around the article's
    assert _named_areas("The mayor spoke") == frozenset()
    assert _named_areas("Crue près de Toulouse") == frozenset()
    assert _named_areas("Crue à Toulouse")

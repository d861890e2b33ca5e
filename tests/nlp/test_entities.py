from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _ents(nlp, text: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(e.text, e.label_) for e in nlp(text).ents]


def test_entities_person_name_is_not_cut(nlp) -> None:  # type: ignore[no-untyped-def]
    ents = _ents(nlp, "Le dirigeant Moon Jae In a reçu la délégation.")
    assert ("Moon Jae In", "PER") in ents


def test_entities_honorific_stays_in_the_mention(nlp) -> None:  # type: ignore[no-untyped-def]
    assert ("M. Dupont", "PER") in _ents(nlp, "Hier, M. Dupont a démissionné.")


def test_entities_metonym_is_an_organisation(nlp) -> None:  # type: ignore[no-untyped-def]
    ents = dict(_ents(nlp, "La Maison Blanche a démenti l'information."))
    assert ents.get("Maison Blanche") == "ORG"


def test_entities_weapons_from_designations_and_nouns(nlp) -> None:  # type: ignore[no-untyped-def]
    ents = _ents(nlp, "L'armée a testé un missile SS-20 et reçu des obus d'artillerie.")
    assert ("SS-20", "WEAPON") in ents
    assert ("obus d'artillerie", "WEAPON") in ents


def test_entities_role_from_apposition(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Marie Curie, directrice de l'Institut du radium, a présenté ses travaux.")
    assert "directrice de l'Institut du radium" in doc._.roles.values()


def test_entities_role_from_preceding_title(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Le porte-parole du gouvernement Paul Durand a répondu aux questions.")
    assert any(r.startswith("porte-parole du gouvernement") for r in doc._.roles.values())

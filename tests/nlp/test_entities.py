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


def test_entities_an_organisation_is_never_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    from recoupe.nlp.entities import _organisation_typed_person

    doc = nlp("Marine Dupuis a parlé. La Fédération nationale des pêcheurs a protesté. Selon ACME, c'est faux.")
    from spacy.tokens import Span

    assert _organisation_typed_person(Span(doc, doc[6].i, doc[11].i, label="PER"))  # Fédération ... pêcheurs
    assert not _organisation_typed_person(Span(doc, 0, 2, label="PER"))  # a first name that is a noun
    acme = next(t.i for t in doc if t.text == "ACME")
    assert _organisation_typed_person(Span(doc, acme, acme + 1, label="PER"))
    ents = dict(_ents(nlp, "Les analystes de Durand & Fils ont revu la note."))
    assert all(label != "PER" for text, label in ents.items() if "&" in text)


def test_entities_datelines_and_photo_credits_make_no_entity(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("LYON (Reuters) - Le maire a inauguré le pont mardi à Villeurbanne.\n\n"
            "Photo : Jeanne Marchal / AFP\n\nLe chantier a duré trois ans, selon Paul Girard.")
    ents = _ents(nlp, text)
    assert not any(t in {"LYON", "Reuters", "Jeanne Marchal", "AFP"} or "(" in t for t, _ in ents)
    assert ("Paul Girard", "PER") in ents


def test_entities_institution_keeps_its_adjective_of_nationality(nlp) -> None:  # type: ignore[no-untyped-def]
    ents = _ents(nlp, "Le ministère de l'Intérieur ukrainien a publié un bilan.")
    assert any(t.endswith("ukrainien") and label == "ORG" for t, label in ents)


@pytest.mark.model
def test_entities_place_typed_name_with_a_role_is_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    # the NER types these names as a place or a thing; the role in apposition says they are people
    for name in ("M’Jid El Kanouni", "N’Dia El Barrak"):
        doc = nlp(f"Le 31 août 2017, {name}, alors député LREM, frappe violemment un élu.")
        assert [e.label_ for e in doc.ents if e.text == name] == ["PER"]
    doc = nlp("La France, présidente du Conseil, a réagi.")
    assert [e.label_ for e in doc.ents if "France" in e.text] == ["LOC"]

"""Entity types the models got wrong on names they had never seen: a firm's name after a noun saying it is a
firm (« la société X », « the firm X ») typed a person; a town's one-word name before a site noun (« the X grain
terminal ») typed a person. Names and sentences invented for the tests."""

from __future__ import annotations

import pytest

from recoupe.lang import pack

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def en():  # type: ignore[no-untyped-def]
    from recoupe.nlp.pipeline import load

    return load(pack("en").model)


def _label(nlp, text: str, name: str) -> str:  # type: ignore[no-untyped-def]
    found = [e.label_ for e in nlp(text).ents if e.text == name]
    assert found, f"{name!r} not among {[(e.text, e.label_) for e in nlp(text).ents]}"
    return str(found[0])


@pytest.mark.parametrize("text", [
    "La société Calder Grain affirme que le site avait été inspecté en janvier.",
    "La société Calder Grain a démenti avoir négligé une inspection de sécurité.",
])
def test_fr_name_after_a_firm_noun_is_an_organisation(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _label(nlp, text, "Calder Grain") == "ORG"


def test_fr_person_after_a_role_stays_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _label(nlp, "La maire Ruth Okafor a annoncé une enquête.", "Ruth Okafor") == "PER"


def test_en_name_after_a_firm_noun_is_an_organisation(en) -> None:  # type: ignore[no-untyped-def]
    assert _label(en, "The firm Calder Grain said it would appeal the fine.", "Calder Grain") == "ORG"


@pytest.mark.parametrize("text", [
    "A fire tore through the Harbourton grain terminal on Tuesday night.",
    "Five workers died in the blaze at the Harbourton grain terminal, the coroner said.",
])
def test_en_one_word_name_before_a_site_noun_is_a_place(en, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _label(en, text, "Harbourton") == "LOC"

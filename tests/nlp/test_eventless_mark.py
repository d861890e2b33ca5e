"""The mark of a verbless clause that tells no event (Claim.eventless, issue #13), read on the parse at
extraction: no verb, no figure, no name, no negation, and no noun of a happening at its head or hung on it
(a prefixed compound of one counts, « cyberattaque »). Sentences written for the tests."""

from __future__ import annotations

import pytest

from recoupe.lang import pack
from recoupe.model import Article
from recoupe.nlp.extract import analyse
from recoupe.nlp.pipeline import load

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def models():  # type: ignore[no-untyped-def]
    return {"fr": load(pack("fr").model), "en": load(pack("en").model)}


def _marks(models, text: str, lang: str) -> list[bool]:  # type: ignore[no-untyped-def]
    a = analyse(models[lang](text), Article(id="t", origin="t", text=text, language=lang))
    return [c.eventless for c in a.claims]


@pytest.mark.parametrize(("text", "lang"), [
    ("Coup de théâtre à la mairie", "fr"),
    ("Loyers, taxes locales", "fr"),
    ("Stunning twist at the academy", "en"),
    ("Rebondissement dans l'affaire du stade", "fr"),
    ("Coup de théâtre au gouvernement", "fr"),
    ("Bombshell at city hall", "en"),
])
def test_an_exclamation_is_marked(models, text: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    assert _marks(models, text, lang) == [True]


@pytest.mark.parametrize(("text", "lang"), [
    ("Grève au dépôt des bus", "fr"),
    ("Cyberattaque visant la mairie", "fr"),
    ("Face aux frappes sur la ville", "fr"),
    ("Pas encore de décision", "fr"),
    ("Trois blessés au carrefour", "fr"),
    ("Vitrines brisées, voitures incendiées", "fr"),
    ("Accord salarial chez le constructeur", "fr"),
    ("12e édition du salon", "fr"),
    ("Fire at paint factory", "en"),
    ("Cyberattack on city website", "en"),
    # a nominal head in no lexicon may tell an event (review revknown30): only known exclamations are marked
    ("Perquisition au siège du parti", "fr"),
    ("Expulsion des squatteurs de l'immeuble", "fr"),
    ("Curfew in the old town", "en"),
    ("Manhunt for escaped inmate", "en"),
    ("Hostage drama at the bank", "en"),
])
def test_a_verbless_clause_with_an_event_a_figure_or_a_negation_is_not(models, text: str,  # type: ignore[no-untyped-def]
                                                                       lang: str) -> None:
    assert True not in _marks(models, text, lang)

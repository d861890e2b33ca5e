"""A name after an inclusion cue (« one of them », « among them », « including ») that ends the content is one
of those the content lists, not the speaker, when a reporting verb's own subject follows it: « Two men were
arrested, one of them X, a spokesman said » is the spokesman's, and so is « The spokesman added … » after it
(issue #13, reviews revf28, revf29). Without a cue the name before the role speaks (« …, X, an emergency doctor
said »), and so does a name the role is set off after (« X, a spokesman, said »). Sentences written for the
tests."""

from __future__ import annotations

import pytest

from recoupe.lang import pack
from recoupe.model import Article
from recoupe.nlp.extract import analyse
from recoupe.nlp.pipeline import load

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def en():  # type: ignore[no-untyped-def]
    return load(pack("en").model)


@pytest.fixture(scope="module")
def fr():  # type: ignore[no-untyped-def]
    return load(pack("fr").model)


def _sources(nlp, text: str, lang: str) -> list[str]:  # type: ignore[no-untyped-def]
    a = analyse(nlp(text), Article(id="t", origin="t", text=text, language=lang))
    return [c.attributed_to for c in a.claims if c.modality != "asserted"]


@pytest.mark.parametrize(("text", "sources"), [
    ("Two men were arrested on Tuesday, one of them Dov Arlen, a spokesman said.", ["spokesman"]),
    ("Three sailors were rescued on Tuesday, among them Kit Moray, a coastguard spokesman said.",
     ["coastguard spokesman"]),
    ("Four people were hurt in the blast, including Dov Arlen, a police spokeswoman said.", ["police spokeswoman"]),
    ("Two men were arrested, one of them Dov Arlen, a spokesman said. The spokesman added that the men would "
     "face a judge on Friday.", ["spokesman", "spokesman"]),
])
def test_a_listed_name_is_not_the_speaker(en, text: str, sources: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _sources(en, text, "en") == sources


@pytest.mark.parametrize(("text", "sources"), [
    ("The men were taken to hospital, Dov Arlen, an emergency doctor said.", ["Dov Arlen"]),
    ("Dov Arlen, a spokesman, said two men were arrested. The spokesman added that they would face a judge "
     "on Friday.", ["Dov Arlen", "Dov Arlen"]),
    ("Two men were arrested on Tuesday, said Dov Arlen, a spokesman.", ["Dov Arlen"]),
    ("Two men were arrested, one of them Dov Arlen, police said.", ["police"]),
])
def test_a_named_speaker_still_speaks(en, text: str, sources: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _sources(en, text, "en") == sources


@pytest.mark.parametrize(("text", "sources"), [
    ("Deux pêcheurs ont été interpellés mardi, dont Paul Lefort, a indiqué un porte-parole. Le porte-parole a ajouté "
     "qu'ils seraient jugés vendredi.", ["porte-parole", "porte-parole"]),
    ("Trois marins ont été secourus mardi, parmi eux Paul Lefort, a précisé un porte-parole des garde-côtes.",
     ["porte-parole des garde-côtes"]),
])
def test_french_listed_name_is_not_the_speaker(fr, text: str, sources: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _sources(fr, text, "fr") == sources


@pytest.mark.parametrize(("text", "sources"), [
    ("Several officials backed the plan, including Dov Arlen, a deputy minister who said it would pass. The deputy "
     "minister added that the vote was close.", ["Several officials", "Dov Arlen"]),
])
def test_a_listed_name_whose_apposition_speaks_in_a_relative_clause_is_the_speaker(  # type: ignore[no-untyped-def]
        en, text: str, sources: list[str]) -> None:
    # "including X, a deputy minister who said …": the verb is the apposition's own (its relative clause), so
    # the apposition names X, and "The deputy minister added" is X again
    assert _sources(en, text, "en") == sources

"""What a reporting verb tells as an infinitive (« reconnaît avoir lancé … », « admet avoir vendu … ») is a
claim even when its scope also holds a claim beside it: a relative clause of one of its nouns, a verb
coordinated with the cue (issue 13: the admission was lost, and with it the same fact told by other
outlets). Sentences written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.nlp.helpers import claims_of


def _texts(nlp: Any, text: str) -> dict[str, tuple[str, str]]:
    doc, claims = claims_of(nlp, text)
    return {c.predicate: (doc[c.start:c.end].text, c.modality) for c in claims}


def test_an_admitted_infinitive_beside_a_relative_clause_is_a_claim(nlp: Any) -> None:  # type: ignore[no-untyped-def]
    got = _texts(nlp, "Un collégien a reconnu avoir lancé une pierre sur le train de Lyon, "
                      "qui a blessé deux passagers.")
    # the admission is told in the article's voice, as when the relative clause is not there
    assert got["lancer"] == ("avoir lancé une pierre sur le train de Lyon", "asserted")
    assert got["blesser"] == ("qui a blessé deux passagers", "asserted")
    alone = _texts(nlp, "Un collégien a reconnu avoir lancé une pierre sur le train de Lyon.")
    assert alone["lancer"] == got["lancer"]


@pytest.mark.parametrize(("text", "predicate", "told"), [
    ("Le fabricant admet avoir vendu plus de 300 000 jouets défectueux et en rappelle une partie.",
     "vendre", "avoir vendu plus de 300 000 jouets défectueux"),
])
def test_a_reported_infinitive_beside_a_coordinated_verb_is_a_claim(nlp: Any, text: str, predicate: str,  # type: ignore[no-untyped-def]
                                                                    told: str) -> None:
    assert _texts(nlp, text)[predicate][0] == told


def test_a_claim_read_from_the_infinitive_is_not_read_twice(nlp: Any) -> None:  # type: ignore[no-untyped-def]
    # « nie avoir reçu »: the main reading takes a denial's infinitive; nothing is added beside it
    _, claims = claims_of(nlp, "Le maire nie avoir reçu la lettre, qui venait du préfet.")
    assert [(c.predicate, c.modality) for c in claims].count(("recevoir", "denied")) == 1
    assert [c.predicate for c in claims].count("recevoir") == 1


def test_a_requested_infinitive_beside_a_relative_clause_is_not_told_as_done(nlp: Any) -> None:  # type: ignore[no-untyped-def]
    # a request's content is not a fact told by its asker: nothing is read from it beside the relative clause
    got = _texts(nlp, "Le syndicat réclame de relever les salaires des infirmières, qui ont manifesté jeudi.")
    assert "relever" not in got
    assert got["manifester"] == ("qui ont manifesté jeudi", "asserted")


@pytest.mark.parametrize("text", [
    # a negated cue tells nothing as done (review revd28, finding 1): beside a relative clause, and alone
    "Le maire n'a jamais reconnu avoir reçu des enveloppes du promoteur, qui a été inculpé mardi.",
    "Le maire n'a jamais reconnu avoir reçu des enveloppes du promoteur.",
    "Le sénateur ne dit pas avoir reçu la lettre, qui venait du préfet.",
])
def test_a_negated_cue_tells_no_infinitive(nlp: Any, text: str) -> None:  # type: ignore[no-untyped-def]
    _, claims = claims_of(nlp, text)
    assert [(c.predicate, c.modality) for c in claims if c.predicate == "recevoir"] == []


@pytest.mark.parametrize(("text", "predicate"), [
    # the infinitive's own negation is the claim's (review revd28, finding 2): beside a relative clause, and alone
    ("Le ministre de l'Environnement dit ne pas avoir été informé de la fuite, qui a contaminé la rivière.",
     "informer"),
    ("Le ministre de l'Environnement dit ne pas avoir été informé de la fuite.", "informer"),
    ("Le garagiste admet ne pas avoir vérifié les freins du car, qui a percuté un mur.", "vérifier"),
])
def test_a_negated_infinitive_stays_negated(nlp: Any, text: str, predicate: str) -> None:  # type: ignore[no-untyped-def]
    _, claims = claims_of(nlp, text)
    told = [c for c in claims if c.predicate == predicate]
    assert told and all(c.negated for c in told)


@pytest.mark.parametrize("text", [
    # a told fear or hope is speculative, as « craint une attaque » reads (review revd28, finding 6)
    "Le président dit craindre une attaque contre la centrale, qui alimente la région.",
    "Le président dit craindre une attaque contre la centrale.",
])
def test_a_told_fear_is_speculative(nlp: Any, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _texts(nlp, text)["craindre"][1] == "speculative"

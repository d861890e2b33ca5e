"""A past participle opening the part after a headline's colon, set off by a comma, is a fact of its
own about the subject of the clause after it (issue 13). Sentences written for the tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _claims(nlp, text: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return [(doc[c.start:c.end].text, c.modality) for c in sorted(doc._.claims, key=lambda c: c.start)]


@pytest.mark.parametrize(("text", "apposition", "main"), [
    ("« Sans fondement » : accusé de fraude par ses associés, le maire de Vernoux répond",
     "accusé de fraude par ses associés", "le maire de Vernoux répond"),
    ("« Totalement faux » : accusée de plagiat par un éditeur, la romancière répond",
     "accusée de plagiat par un éditeur", "la romancière répond"),
])
def test_colon_apposition_after_a_verdict_is_a_claim_apart_from_the_answer(  # type: ignore[no-untyped-def]
        nlp, text: str, apposition: str, main: str) -> None:
    claims = _claims(nlp, text)
    assert (apposition, "asserted") in claims
    assert any(t == main for t, _ in claims)  # the answer no longer holds the accusation


@pytest.mark.parametrize("text", [
    # a participle that frames a statement (« interrogé sur ... »): no fact of its own
    "Nucléaire : interrogé sur l'Iran, le ministre répond.",
    # no comma before a main clause: the participle is the headline's predicate
    "Cyclisme : blessé au genou lors de la dernière étape",
    # a present participle
    "Tempête : soufflant à 120 km/h, le vent a arraché des toitures.",
])
def test_no_colon_apposition_for_a_frame_a_lone_participle_or_a_present_participle(  # type: ignore[no-untyped-def]
        nlp, text: str) -> None:
    doc = nlp(text)
    colon = next(t.i for t in doc if t.text == ":")
    assert not any(c.start == colon + 1 and c.end < len(doc) - 2 and doc[c.end].text == ","
                   for c in doc._.claims)

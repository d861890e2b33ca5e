"""A noun the parser read as the root verb (« Une grosse coulée … »: « coulée » a verb, with an article
and an adjective before it) is the subject of the verb hung from it: the claim is the toll's (« faire »), with
its subject, not the noun's or the noun phrase alone (issue 13, ``quantity``). Sentences written for the tests."""

from __future__ import annotations

import pytest

from tests.nlp.helpers import claim_texts as _texts

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Une grosse coulée de boue fait deux blessés en Savoie",
    "Une énorme coulée de roche instable fait trois morts au Pérou",
])
def test_a_misread_subject_noun_stays_with_its_verb(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _texts(nlp, text) == [text]
    assert [c.predicate for c in nlp(text)._.claims] == ["faire"]


def test_a_participle_noun_with_its_article_is_no_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _texts(nlp, "Les blessés ont été évacués vers Lyon.") == ["Les blessés ont été évacués vers Lyon"]

"""A noun with its copula and its subject that the parser hung under a verbless root (« … sont en alerte
orange »: « alerte » as ``amod`` of « orange ») heads the clause: the count it gives is a claim (issue 13,
``quantity``). Sentences written for the tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_a_count_under_an_alert_after_a_subordinate_clause_is_a_claim(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Alors que la Corse affronte samedi 8 juillet son premier incendie de l'été, 3 communes sont en "
              "alerte orange.")
    texts = [doc[c.start:c.end].text for c in sorted(doc._.claims, key=lambda c: c.start)]
    assert "3 communes sont en alerte orange" in texts
    assert texts[0] == "Alors que la Corse affronte samedi 8 juillet son premier incendie de l'été"

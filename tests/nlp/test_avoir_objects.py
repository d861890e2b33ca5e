"""« que les insurgés ont le « contrôle » du col »: the parser may take a finite « avoir » for the
auxiliary of the quoted noun after it; the clause is still a claim (issue 13). Sentences written for
the tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_a_noun_under_a_finite_avoir_heads_a_claim(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Le général répète que les insurgés ont le «contrôle» du col, une affirmation que Kiev a qualifiée "
              "de «mensonge».")
    texts = [doc[c.start:c.end].text for c in doc._.claims]
    assert any(t.startswith("que les insurgés ont le «contrôle» du col") for t in texts), texts


def test_a_past_tense_avoir_on_its_participle_is_no_noun_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Le maire affirme que la commune a vendu le terrain.")
    assert [doc[c.start:c.end].text for c in doc._.claims] == ["que la commune a vendu le terrain"]

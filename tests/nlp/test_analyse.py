"""What the per-article stage keeps of each claim for grouping (sentences written for the tests)."""

from __future__ import annotations

import pytest

from recoupe.model import Article, RawDocument
from recoupe.nlp.analyse import analyse_article

pytestmark = pytest.mark.model


def test_claim_lemmas_keep_hyphenated_compounds(nlp) -> None:  # type: ignore[no-untyped-def]
    # « États-Unis » and « sous-marin » are the words two accounts of this fact share
    text = "Les États-Unis ont envoyé un sous-marin en mer du Nord."
    art = Article(id="a1", origin="t.txt", text=text)
    out = analyse_article(nlp(text), RawDocument(origin="t.txt", fmt="text", raw=text.encode()), art)
    lemmas = set(next(iter(out.claim_lemmas.values())))
    assert {"sous-marin", "états-unis", "envoyer"} <= lemmas
    # story terms stay single words outside entities, as the story tracker was tuned on
    assert "L:sous-marin" not in out.terms


def _claims(nlp, text: str):  # type: ignore[no-untyped-def]
    art = Article(id="a1", origin="t.txt", text=text)
    return analyse_article(nlp(text), RawDocument(origin="t.txt", fmt="text", raw=text.encode()), art).analysis.claims


def test_a_speech_act_keeps_its_actor_as_source(nlp) -> None:  # type: ignore[no-untyped-def]
    """« La maire dénonce une campagne »: asserted (the act is the news), the mayor its source."""
    [claim] = [c for c in _claims(nlp, "La maire dénonce une campagne de harcèlement contre les élus.")
               if c.predicate == "dénoncer"]
    assert claim.modality == "asserted" and "maire" in claim.attributed_to

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



def test_a_root_noun_before_the_predicate_stays_its_subject() -> None:
    # the parse set by hand as the parser gave it to a sentence of this shape: « marins » the root,
    # « blessés » (with « sont » and « mousse » as its subject) its amod. The root noun is the subject
    # the clause must keep: « blessés » heads no clause of its own (the whole sentence is the claim)
    import spacy
    from spacy.tokens import Doc

    from recoupe.nlp.modality import _Parse

    words = ["Dix", "marins", ",", "dont", "un", "mousse", ",", "sont", "blessés"]
    doc = Doc(spacy.blank("fr").vocab, words=words, spaces=[True, False, True, True, True, False, True, True, False],
              pos=["NUM", "NOUN", "PUNCT", "PRON", "DET", "NOUN", "PUNCT", "AUX", "ADJ"],
              deps=["nummod", "ROOT", "punct", "nmod", "det", "nsubj", "punct", "cop", "amod"],
              heads=[1, 1, 1, 5, 5, 8, 8, 8, 1])
    assert not _Parse(doc).stranded_predicate(8)
    after = Doc(spacy.blank("fr").vocab, words=["3", "communes", "sont", "en", "alerte", "orange"],
                pos=["NUM", "NOUN", "AUX", "ADP", "NOUN", "NOUN"],
                deps=["nummod", "nsubj", "cop", "case", "amod", "ROOT"], heads=[1, 4, 4, 4, 5, 5])
    assert _Parse(after).stranded_predicate(4)

"""The content of a noun of claim the parser hangs on the noun it is joined to (« the merger and
accusations from auditors that … »): recoupe.lang.en.claims._noun_content. Sentences written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = [pytest.mark.model]


@pytest.fixture(scope="module")
def nlp_en() -> Any:
    from recoupe.lang import pack
    from recoupe.nlp.pipeline import load

    return load(pack("en").model)


def test_content_of_a_joined_noun_of_accusation_is_the_accusation(nlp_en: Any) -> None:
    doc = nlp_en("Shareholders voted him out in March amid concern about the merger and accusations from two "
                 "auditors that he hid losses in a subsidiary.")
    claims = {c.predicate: c for c in doc._.claims}
    # what the auditors accuse: someone's words, not the outlet's own
    assert claims["hide"].cue == "accusation" and claims["hide"].modality == "reported"
    assert claims["vote"].modality == "asserted"


def test_a_joined_noun_that_names_no_claim_gives_no_content(nlp_en: Any) -> None:
    doc = nlp_en("The bishop said he would retire amid questions over the donation and letters "
                 "from parish clerks that he kept the money.")
    # neither joined noun names a claim: what he kept is no one's accusation, only the bishop's words
    assert all(c.cue != "accusation" for c in doc._.claims)
    assert {c.predicate: c for c in doc._.claims}["keep"].cue == "say"


def _noun_content_of(rows: list[tuple[str, int, str, str, str]], clause: int) -> int | None:
    """_noun_content on a parse set by hand (word, head, dep, pos, lemma): the model does not give
    every sentence of a shape the same tree."""
    import spacy
    from spacy.tokens import Doc

    from recoupe.lang.en.claims import _noun_content
    from recoupe.nlp.modality import _Parse

    words, heads, deps, pos, lemmas = (list(col) for col in zip(*rows, strict=True))
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    return _noun_content(_Parse(doc), clause)


def test_only_a_noun_joined_before_the_phrase_takes_its_clause() -> None:
    head = [("He", 1, "nsubj", "PRON", "he"), ("quit", 1, "ROOT", "VERB", "quit"), ("over", 1, "prep", "ADP", "over"),
            ("the", 4, "det", "DET", "the"), ("donation", 2, "pobj", "NOUN", "donation")]
    # « over the donation and accusations from clerks that he kept it »: the accusations' content
    before = [*head, ("and", 4, "cc", "CCONJ", "and"), ("accusations", 4, "conj", "NOUN", "accusation"),
              ("from", 4, "prep", "ADP", "from"), ("clerks", 7, "pobj", "NOUN", "clerk"),
              ("that", 11, "mark", "SCONJ", "that"), ("he", 11, "nsubj", "PRON", "he"),
              ("kept", 8, "relcl", "VERB", "keep"), ("it", 11, "dobj", "PRON", "it"), (".", 1, "punct", "PUNCT", ".")]
    assert _noun_content_of(before, 11) == 6
    # « over the donation from clerks that he kept it and accusations »: the clause is about the clerks
    after = [*head, ("from", 4, "prep", "ADP", "from"), ("clerks", 5, "pobj", "NOUN", "clerk"),
             ("that", 9, "mark", "SCONJ", "that"), ("he", 9, "nsubj", "PRON", "he"),
             ("kept", 6, "relcl", "VERB", "keep"), ("it", 9, "dobj", "PRON", "it"), ("and", 4, "cc", "CCONJ", "and"),
             ("accusations", 4, "conj", "NOUN", "accusation"), (".", 1, "punct", "PUNCT", ".")]
    assert _noun_content_of(after, 9) is None

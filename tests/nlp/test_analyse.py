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


def test_claim_lemmas_add_the_verb_of_an_action_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    # « l'évacuation » and « évacués » tell one act: the claim also carries « évacuer »
    text = "Le préfet a ordonné l'évacuation du camping."
    art = Article(id="a1", origin="t.txt", text=text, language="fr")
    out = analyse_article(nlp(text), RawDocument(origin="t.txt", fmt="text", raw=text.encode()), art)
    lemmas = set(next(iter(out.claim_lemmas.values())))
    assert {"évacuation", "évacuer", "ordonner"} <= lemmas


def test_with_action_verbs_keeps_only_verbs_of_the_vocabulary(nlp) -> None:  # type: ignore[no-untyped-def]
    from recoupe.nlp.analyse import with_action_verbs

    # « lancement » -> « lancer » is a word; « zorglubation » -> « zorgluber » is not
    out = with_action_verbs({"lancement", "fusée", "zorglubation"}, nlp.vocab)
    assert out == {"lancement", "lancer", "fusée", "zorglubation"}


def _claims(nlp, text: str):  # type: ignore[no-untyped-def]
    art = Article(id="a1", origin="t.txt", text=text)
    return analyse_article(nlp(text), RawDocument(origin="t.txt", fmt="text", raw=text.encode()), art).analysis.claims


def test_a_speech_act_keeps_its_actor_as_source(nlp) -> None:  # type: ignore[no-untyped-def]
    """« La maire dénonce une campagne »: asserted (the act is the news), the mayor its source."""
    [claim] = [c for c in _claims(nlp, "La maire dénonce une campagne de harcèlement contre les élus.")
               if c.predicate == "dénoncer"]
    assert claim.modality == "asserted" and "maire" in claim.attributed_to


@pytest.mark.parametrize("text", [
    "Le maire,  en visite à Lyon\n\nhier, a dit : « non ».  ",
    "  Deux  espaces avant.\tUne tabulation, puis 10:30 et l'heure.",
    "x",
    "",
])
def test_char_tokens_is_char_span_expand(text: str) -> None:
    # every character range a claim can have (not empty), out of bounds included, against spaCy's own
    # answer (a blank pipeline: no model needed; the tokens, spaces and whitespace tokens are what matter)
    import spacy

    from recoupe.nlp.analyse import char_tokens, token_chars

    doc = spacy.blank("fr")(text)
    chars = token_chars(doc)
    assert chars[2] == len(text)
    for start in range(-2, len(text) + 2):
        for end in range(start + 1, len(text) + 3):
            span = doc.char_span(start, end, alignment_mode="expand")
            want = None if span is None else (span.start, span.end)
            assert char_tokens(*chars, start, end) == want, (start, end)


def test_analyse_docs_encodes_a_chunk_at_once_and_rejects_only_the_article_that_fails(  # type: ignore[no-untyped-def]
        nlp, monkeypatch) -> None:
    import recoupe.nlp.meaning as meaning
    from recoupe.model import Rejection
    from recoupe.nlp.analyse import analyse_docs

    texts = ["Le maire a inauguré la passerelle mardi.", "Zorglub a tout cassé.", "Le club a gagné samedi."]
    arts = [Article(id=f"a{i}", origin=f"t{i}.txt", text=t) for i, t in enumerate(texts)]
    pairs = [(RawDocument(origin=a.origin, fmt="text", raw=a.text.encode()), a) for a in arts]
    before = [r.meaning for r in analyse_docs((nlp(a.text), (raw, a)) for raw, a in pairs)]
    calls: list[int] = []
    real = meaning.embed

    def embed(batch):  # type: ignore[no-untyped-def]
        calls.append(len(batch))
        if any("Zorglub" in t for t in batch):
            raise ValueError("an encoder failure")
        return real(batch)

    monkeypatch.setattr(meaning, "embed", embed)
    out = list(analyse_docs((nlp(a.text), (raw, a)) for raw, a in pairs))
    assert calls == [3, 1, 1, 1]  # the chunk in one call, then one article at a time
    assert isinstance(out[1], Rejection)
    assert [out[0].meaning, out[2].meaning] == [before[0], before[2]]  # type: ignore[union-attr]

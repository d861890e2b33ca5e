"""recoupe.nlp.arrays.Words: a doc's words read once give the Token attributes, and the attribution
helpers rewritten on them give what they gave on Tokens (the Token versions are kept here as the
reference)."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc, Span

from recoupe.nlp import attribution as at
from recoupe.nlp.arrays import WORDS_KEY, Words, forget_words, words_of

# invented sentences: incises, « selon », hyphenated names, clitics, quotes, time words, blank lines
TEXTS = [
    "« Nous ne céderons rien », a déclaré mardi soir la porte-parole du syndicat, Anne-Lise Morvan.\n\n"
    "Selon le quotidien La Voix du Nord, l'usine de Tourcoing fermera en mars.",
    "Le maire, cité par l'AFP, estime-t-il que la digue tiendra ? D'après lui, rien n'est joué.",
    "J'ai attendu des heures, raconte un habitant du quartier, joint par téléphone. Nous avons peur.",
    "Pour le ministre de l'Intérieur, Paul-Henri Vasseur, la réforme est « indispensable » : elle "
    "sera votée ce jeudi, a-t-il précisé en substance au journal Le Courrier.",
]


def _skipped_before_np_tok(tok: Any) -> bool:
    return tok.lower_ in at._TIME_WORDS or tok.pos_ == "ADV" or tok.text in {"-t-", "-"}


def _in_np_tok(tok: Any) -> bool:
    return (not tok.is_punct and tok.pos_ not in {"VERB", "AUX", "SCONJ", "CCONJ"}
            and tok.lower_ not in at.RELATIVE_PRONOUNS)


def _name_hyphen_tok(doc: Doc, k: int) -> bool:
    return (doc[k].text == "-" and 0 < k < len(doc) - 1 and not doc[k - 1].whitespace_ and not doc[k].whitespace_
            and doc[k - 1].text[:1].isupper() and doc[k + 1].text[:1].isupper())


def _np_after_tok(doc: Doc, i: int, limit: int) -> tuple[int, int]:
    j = i
    while j < limit:
        if (n := at._adverbial_at(doc, j, limit)) > 0:
            j += n
        elif _skipped_before_np_tok(doc[j]):
            j += 1
        elif doc[j].lower_ in at._DEMONSTRATIVE and j + 1 < limit and doc[j + 1].lower_ in at._TIME_NOUNS:
            j += 2
        elif doc[j].text == "," and j + 1 < limit and (j > i or _skipped_before_np_tok(doc[j + 1])):
            j += 1
        else:
            break
    if j + 1 < limit and doc[j].lower_ == "-t" and doc[j + 1].lower_.lstrip("-") in at._CLITICS:
        j += 1
    if j < limit and doc[j].lower_.lstrip("-") in at._CLITICS | {"t-il", "t-elle", "t-on", "t-ils", "t-elles"}:
        return j, j + 1
    k = j
    while k < limit and k - j < 14 and (_in_np_tok(doc[k]) or _name_hyphen_tok(doc, k)):
        k += 1
    return j, k


def _clean_np_tok(doc: Doc, s: int, e: int) -> tuple[int, int]:
    while s < e and (doc[s].is_punct or doc[s].is_space):
        s += 1
    while e > s and (doc[e - 1].is_punct or doc[e - 1].is_space):
        e -= 1
    return s, e


def _sourceish_tok(doc: Doc, a: int, b: int) -> bool:
    heads = at.ROLE_HEADS | at.ORG_HEADS | at.ANONYMOUS_HEADS | at.MEDIA_HEADS | at.SOURCE_WORDS
    return any(t.ent_type_ in {"PER", "ORG"} or t.lower_ in heads for t in doc[a:b])


def _adverbial_at_tok(doc: Doc, i: int, limit: int) -> int:
    low = doc[i].lower_
    for words in at.INCISE_ADVERBIALS:
        n = len(words)
        if words[0] == low and i + n < limit and all(doc[i + k].lower_ == w for k, w in enumerate(words)):
            return n
    return 0


def _relay_in_tok(doc: Doc, lo: int, hi: int) -> tuple[int, int] | None:
    for k in range(lo, hi):
        low = doc[k].lower_
        if low in at._RELAY_PREPS or (low == "par" and k > lo and doc[k - 1].lower_ in at.RELAY_PARTICIPLES) or (
                low in {"à", "au", "aux"} and k > lo and doc[k - 1].lower_ in at.RELAY_PARTICIPLES):
            a, b = at._name_run(doc, k + 1, hi)
            if b > a and at._is_media(doc, a, b) and not at._generic_media(doc, a, b):
                return a, b
    return None


def _first_person_tok(sent: Span) -> bool:
    return any(t.lower_ in at.FIRST_PERSON and not t.text.startswith("-") for t in sent)


@pytest.fixture(scope="module")
def docs(nlp):  # type: ignore[no-untyped-def]
    return list(nlp.pipe(TEXTS))


def test_words_are_the_token_attributes(docs: list[Doc]) -> None:
    seen = [False, False, False]
    for doc in docs:
        forget_words(doc)
        w = words_of(doc)
        assert len(w.text) == len(w.lower) == len(w.pos) == len(w.ent_type) == len(doc)
        for t in doc:
            i = t.i
            assert (w.text[i], w.lower[i], w.pos[i], w.ent_type[i]) == (t.text, t.lower_, t.pos_, t.ent_type_)
            assert (bool(w.punct[i]), bool(w.space[i]), bool(w.quote[i]), bool(w.spaced[i])) == (
                t.is_punct, t.is_space, t.is_quote, bool(t.whitespace_))
        seen = [seen[0] or any(w.ent_type), seen[1] or any(w.quote), seen[2] or any(w.space)]
    assert seen == [True, True, True]  # the sentences exercise every column


def test_words_are_kept_on_the_doc_until_forgotten(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Le porte-parole de la mairie a démenti.")
    forget_words(doc)
    w = words_of(doc)
    assert words_of(doc) is w and doc.user_data[WORDS_KEY] is w
    forget_words(doc)
    assert WORDS_KEY not in doc.user_data and words_of(doc) is not w
    # a doc of no token, and the cache of forms warm or not: the same words
    assert Words(nlp.make_doc("")).text == ()
    assert Words(doc).lower == words_of(doc).lower


def test_entities_component_drops_words_read_before_it(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp.make_doc("Le député Jean Valmont a parlé à Lyon.")
    for name, proc in nlp.pipeline:
        if name == "recoupe_entities":
            words_of(doc)  # read before the entities change
        doc = proc(doc)
        if name == "recoupe_entities":
            assert WORDS_KEY not in doc.user_data
    assert list(words_of(doc).ent_type) == [t.ent_type_ for t in doc]


def test_attribution_helpers_agree_with_their_token_versions(docs: list[Doc]) -> None:
    for doc in docs:
        n = len(doc)
        for i in range(n):
            for limit in {min(n, i + 1), min(n, i + 6), n}:
                if i < limit:
                    assert at._adverbial_at(doc, i, limit) == _adverbial_at_tok(doc, i, limit)
                    assert at._np_after(doc, i, limit) == _np_after_tok(doc, i, limit)
            assert at._name_hyphen(doc, i) == _name_hyphen_tok(doc, i)
            for b in range(i, min(n, i + 8) + 1):
                assert at._clean_np(doc, i, b) == _clean_np_tok(doc, i, b)
                assert at._sourceish(doc, i, b) == _sourceish_tok(doc, i, b)
                assert at._relay_in(doc, i, b) == _relay_in_tok(doc, i, b)
        for sent in doc.sents:
            assert at._first_person(sent) == _first_person_tok(sent)
    # the phrases the sentences were written for
    doc = docs[0]
    assert any(at._name_hyphen(doc, i) for i in range(len(doc)))
    assert any(at._sourceish(doc, i, i + 1) for i in range(len(doc)))
    assert any(at._first_person(s) for s in docs[2].sents) and not any(at._first_person(s) for s in docs[1].sents)

"""The per-article analysis: one parsed spaCy doc -> the picklable records the cross-article
stages need (:class:`Analysed`). Runs where the doc lives (this process, a worker process or a Ray
actor), so that docs never travel; :mod:`recoupe.pipeline` and :mod:`recoupe.scale` both import it
from here (neither imports the other).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from itertools import islice
from typing import Any

import numpy

from recoupe.errors import failure
from recoupe.model import Article, ArticleAnalysis, RawDocument, Rejection
from recoupe.nlp.arrays import member, sorted_ids
from recoupe.nlp.extensions import failed

_CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ"}
_COMPOUND = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")


@dataclass
class Analysed:
    """The per-article result: everything the cross-article stages need, and picklable.

    Produced where the spaCy doc lives (this process, or a Ray worker) so that docs never travel.
    """

    raw: RawDocument
    article: Article
    analysis: ArticleAnalysis
    terms: Counter[str]  # content lemmas for story tracking (entity ids are added on integration)
    claim_lemmas: dict[str, list[str]]  # claim id -> content lemmas, for claim grouping
    minhash: Any = None  # the text's MinHash signature, for wire-copy folding (computed here, not in the parent)
    meaning: bytes | None = None  # headline + lead through the sentence encoder (nlp.meaning.to_bytes)
    lead_terms: Counter[str] | None = None  # the part of ``terms`` the lead holds (nlp.meaning.lead_span)


def import_per_article_stage() -> None:
    """Import every module the per-article stage uses. Called before forking workers, so that
    they inherit the modules instead of each importing them again (datasketch alone pulls in
    scipy: 0.4 s of CPU a process, on the cores the workers parse with)."""
    import recoupe.claims.sources
    import recoupe.nlp.extract  # noqa: F401
    from recoupe.nlp.meaning import preload
    from recoupe.nlp.timex import grammar

    grammar("fr")  # the French time grammar, compiled once in the parent

    preload()  # the sentence encoder's 150 MiB, shared with forked workers instead of loaded by each


def analyse_article(doc, raw: RawDocument, article: Article, meaning: bytes | None = None) -> Analysed:
    """Read one parsed article into records (stage 3 output, stage 4-10 input). ``meaning``: the
    article's vector when the caller encoded it already (:func:`meanings`), else encoded here."""
    from recoupe.claims.sources import signature
    from recoupe.nlp.extract import analyse
    from recoupe.nlp.meaning import lead_span

    analysis = analyse(doc, article)
    content, story_term = _content_lemmas(doc)
    terms: Counter[str] = Counter(f"L:{lem}" for lem, ok in zip(content, story_term, strict=True) if ok)
    start, end = lead_span(article.title, article.text)
    chars = token_chars(doc)
    lead_terms: Counter[str] = Counter(f"L:{lem}" for lem, ok, i in zip(content, story_term, chars[0], strict=False)
                                       if ok and start <= i < end)
    french = article.language == "fr"
    lemmas = {c.id: sorted(with_action_verbs(words, doc.vocab) if french else words)
              for c in analysis.claims for words in [_lemmas(chars, content, c.start, c.end)]}
    if meaning is None:
        meaning = meanings([article])[0]
    return Analysed(raw, article, analysis, terms, lemmas, signature(article.text), meaning, lead_terms)


def _content_lemmas(doc) -> tuple[list[str | None], list[bool]]:
    """Per token: its lowercased lemma if it is a content word (noun, proper noun, verb,
    adjective; alphabetic, not a stopword), else None; and whether that lemma is a story-tracking
    term (a content word longer than two letters outside any named entity: entities count as
    entity ids instead).

    Read from ``doc.to_array`` in one pass: iterating the doc builds a Token object per token and
    per attribute access, which cost more than the rest of this stage."""
    from spacy.attrs import ENT_TYPE, IS_ALPHA, IS_STOP, LEMMA, LENGTH, POS

    strings = doc.vocab.strings
    lowered: dict[int, str] = {}
    n = len(doc)
    content: list[str | None] = [None] * n
    story_term: list[bool] = [False] * n
    if n == 0:
        return content, story_term
    table = doc.to_array([POS, IS_STOP, IS_ALPHA, LENGTH, ENT_TYPE, LEMMA])
    # the tokens of a content part of speech that are no stopwords, found with numpy; the loop below
    # then runs over them only
    kept = numpy.flatnonzero(member(table[:, 0], _content_pos_ids()) & (table[:, 1] == 0))
    for i, alpha, length, ent, lemma in zip(kept.tolist(), *table[kept, 2:].T.tolist(), strict=True):
        low = lowered.get(lemma)
        if low is None:
            low = lowered[lemma] = strings[lemma].lower()
        # hyphenated compounds are words too (« sous-marin », « États-Unis »): without them
        # « Les États-Unis ont envoyé un sous-marin » kept only its verb to match other accounts by
        if alpha or _COMPOUND.fullmatch(low):
            content[i] = low
            story_term[i] = alpha and length > 2 and not ent
    return content, story_term


@cache
def _content_pos_ids() -> numpy.ndarray:
    """The ids of :data:`_CONTENT_POS` as spaCy stores a token's part of speech."""
    from spacy.parts_of_speech import IDS

    return sorted_ids(IDS[p] for p in _CONTENT_POS)


def _lemmas(chars: tuple[list[int], list[int], int], content: list[str | None], start: int, end: int) -> set[str]:
    """The content lemmas of the tokens the characters ``start:end`` touch (``chars``: the doc's token
    offsets, lengths and text length, :func:`char_tokens`)."""
    found = char_tokens(*chars, start, end)
    if found is None:
        return set()
    return {lem for lem in content[found[0]:found[1]] if lem is not None}


def token_chars(doc) -> tuple[list[int], list[int], int]:
    """Each token's offset and length in the doc's text, and the length of the text the tokens cover
    (up to the last one's trailing space): what :func:`char_tokens` reads."""
    from spacy.attrs import IDX, LENGTH, SPACY

    if len(doc) == 0:
        return [], [], 0
    offsets, lengths, spaces = doc.to_array([IDX, LENGTH, SPACY]).T.tolist()
    return offsets, lengths, offsets[-1] + lengths[-1] + spaces[-1]


def char_tokens(offsets: list[int], lengths: list[int], total: int, start: int, end: int) -> tuple[int, int] | None:
    """The token range of ``doc.char_span(start, end, alignment_mode="expand")`` for ``end > start``
    (None where it is None), from the doc's token offsets (``IDX``), lengths (``LENGTH``) and the length of the text
    its tokens cover: spaCy's ``char_span`` builds Tokens and a Span, and the claims' lemmas only
    need the range. A token owns its characters and its trailing space; the tokens tile the text."""
    first = bisect_right(offsets, start) - 1 if 0 <= start < total else -1
    last = bisect_right(offsets, end - 1) - 1 if 0 <= end - 1 < total else -1
    if first < 0 or last < 0:
        return None
    if start == offsets[first] + lengths[first]:
        first += 1  # in the space after a token: not that token (spaCy's « expand »)
    return first, last + 1


_ACTION_VERB: dict[tuple[int, str], str] = {}  # (vocab id, noun) -> its verb, or ""


def with_action_verbs(words: set[str], vocab: Any) -> set[str]:
    """``words`` with the verb of each French action noun among them (« évacuation » adds
    « évacuer »: :mod:`recoupe.lang.fr.derivation`), when the verb is a word of ``vocab`` (it has a
    vector). Claim grouping then meets an act told with its noun and with its verb."""
    from recoupe.lang.fr.derivation import action_verbs

    out = set(words)
    for w in words:
        key = (id(vocab), w)
        verb = _ACTION_VERB.get(key)
        if verb is None:
            verb = next((v for v in action_verbs(w) if vocab.vectors.find(key=v) >= 0), "")
            if len(_ACTION_VERB) < 1 << 16:
                _ACTION_VERB[key] = verb
        if verb:
            out.add(verb)
    return out


def meanings(articles: list[Article]) -> list[bytes]:
    """The stored meaning vectors of ``articles`` (headline and lead through the sentence encoder),
    encoded in one call: the same bytes as one article at a time (:func:`recoupe.nlp.meaning.embed`),
    for less CPU."""
    from recoupe.nlp.meaning import embed, meaning_text, to_bytes

    return [to_bytes(v) for v in embed([meaning_text(a.title, a.text) for a in articles])]


MEANING_CHUNK = 8  # articles whose meaning vectors are encoded together (a worker's batch)


def analyse_docs(docs: Iterable[tuple[Any, Any]]) -> Iterator[Analysed | Rejection]:
    """The records of parsed ``(doc, (raw, article))`` pairs, in order; a failure on one article
    rejects that article (E090), never the batch. The meaning vectors of :data:`MEANING_CHUNK`
    articles are encoded together, before their other records."""
    stream = iter(docs)
    while chunk := list(islice(stream, MEANING_CHUNK)):
        try:
            vectors: list[bytes | None] = list(meanings([art for _, (_, art) in chunk]))
        except Exception:  # encoded again one by one below, so that a failure rejects one article
            vectors = [None] * len(chunk)
        for (doc, (raw, art)), meaning in zip(chunk, vectors, strict=True):
            if (broke := failed(doc)) is not None:  # one of our components raised on it (_guard)
                yield failure(raw.origin, f"parsing it ({broke[0]})", broke[1])
                continue
            try:
                yield analyse_article(doc, raw, art, meaning)
            except Exception as exc:  # one article's bug never stops the batch
                yield failure(raw.origin, "analysing it", exc)

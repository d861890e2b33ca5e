"""Event mentions across documents: which mentions of an action, in different articles, are one event.

Claim alignment (:mod:`recoupe.claims.groups`) compares whole claims; this module compares the
actions themselves, with the same frame: the action's lemma and its paraphrase class
(:data:`recoupe.lang.predicates.CLASS_OF`), its participants as entity keys, its place and its
time, and the polarity. It is what the ECB+ check (``benchmarks/eval_ecb.py``) measures claim
alignment with, in English, and it is usable for any parsed span.

Two stages, as recoupe groups claims inside stories:

* :func:`cluster_documents` — documents about one occurrence share a cluster (average-link
  agglomeration on the cosine of their meaning vectors, :mod:`recoupe.nlp.meaning`);
* :func:`cluster_events` — inside a document cluster, mentions whose actions match
  (:func:`similarity`) are one event: the connected components of "similar above the threshold",
  so the result does not depend on the order of the mentions.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from recoupe.claims.groups import _same_period
from recoupe.lang.en.events import EVENT_CLASS_OF, LEGAL_ACTS, LIGHT
from recoupe.lang.en.reporting_verbs import NOMINAL_CONTENT, REPORTING_VERBS
from recoupe.lang.en.stem import stem
from recoupe.lang.predicates import CLASS_OF
from recoupe.resolve.names import fold

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

DOCUMENT_THRESHOLD = 0.3
MEANING_WEIGHT = 0.5
EVENT_THRESHOLD = 0.5
SAME_LEMMA = 1.0
SAME_CLASS = 0.8
SHARED_PARTICIPANT = 0.2

# saying is an event of its own each time it is said: two mentions of it are one event only for
# one speaker (or one thing said); so are light verbs and pronouns, which name no action by themselves
NEEDS_PARTICIPANT = (frozenset(REPORTING_VERBS) | NOMINAL_CONTENT | LIGHT) - LEGAL_ACTS
_ARG_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "dobj", "obj", "iobj", "agent", "attr", "oprd", "poss",
                       "compound", "obl", "nmod"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_PERSON_LABELS = frozenset({"PERSON", "PER"})
_TIME_LABELS = frozenset({"DATE", "TIME"})


@dataclass(frozen=True, slots=True)
class EventMention:
    """The frame of one mention of an action, as :func:`similarity` compares it."""

    id: str
    doc: str
    lemma: str  # the head's lemma, lower-cased
    action_class: str  # its paraphrase class, "" when none
    participants: frozenset[str]  # entity keys (folded names, or the lemma of a common noun)
    places: frozenset[str]  # folded place names of its sentence (shown, not compared: on ECB+ dev a veto on
    # places shared by neither cost 0.35 CoNLL F1, one on the gazetteer's countries changed nothing)
    time: str  # TIMEX3 value of the first dated expression of its sentence, "" when none
    negated: bool


def _key(tok: Token) -> set[str]:
    """Entity keys of a participant: a named entity's folded name and, for a person, the surname;
    else the noun's lemma."""
    if tok.ent_type_ in _TIME_LABELS:
        return set()  # the time is compared apart
    if tok.ent_type_:
        ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
        if ent is not None:
            keys = {fold(ent.text)}
            if ent.label_ in _PERSON_LABELS and len(ent) > 1:
                keys.add(fold(ent[-1].text))
            return keys
    if tok.pos_ in ("NOUN", "PROPN"):
        return {tok.lemma_.lower()}
    return set()


def mention_of(span: Span, mention_id: str, doc_id: str) -> EventMention:
    """Read the frame of the action that ``span`` (a parsed mention) names: its head, the
    participants attached to the head (subject, object, agent, possessor, prepositional objects),
    the places and the dated time of its sentence. Not the document's date: the first date of an
    article is often its publication day, and a report of a planned event or an award is dated
    before what it tells (on ECB+ dev, vetoing on it cost 0.15 CoNLL F1)."""
    head = span.root
    lemma = head.lemma_.lower()
    for child in head.children:  # a verb and its object or particle that name one action: "open fire"
        phrase = f"{lemma} {child.lemma_.lower()}"
        if child.dep_ in ("dobj", "obj", "prt", "compound:prt") and phrase in EVENT_CLASS_OF:
            lemma = phrase
            break
    args = [c for c in head.children if c.dep_ in _ARG_DEPS]
    args += [g for c in head.children if c.dep_ in ("prep", "case", "dative") for g in c.children
             if g.dep_ in ("pobj", "obj")]
    participants = {key for tok in args for key in _key(tok)}
    sent = head.sent
    places = frozenset(fold(e.text) for e in span.doc.ents if e.label_ in _PLACE_LABELS
                       and e.start >= sent.start and e.end <= sent.end)
    timexes = getattr(span.doc._, "timexes", None) or []
    dated = [t.value for t in timexes if t.value[:4].isdigit()
             and sent.start_char <= t.start < sent.end_char]
    negated = any(c.dep_ == "neg" for c in head.children)
    return EventMention(id=mention_id, doc=doc_id, lemma=lemma, action_class=event_class(lemma),
                        participants=frozenset(participants), places=places, time=dated[0] if dated else "",
                        negated=negated)


def event_class(lemma: str) -> str:
    """The class of occurrence a lemma names: the event classes first (:mod:`recoupe.lang.en.events`),
    else the predicate classes of claims."""
    return EVENT_CLASS_OF.get(lemma) or CLASS_OF.get(lemma, "")


MIN_SHARED_PREFIX = 5


def related_forms(a: str, b: str) -> bool:
    """Two lemmas of one word family: the same search stem ("oscars" / "oscar", "shooting" /
    "shoot"), or a long shared beginning ("nominate" / "nomination": 7 letters, 0.8 of the shorter)."""
    if a == b or stem(a) == stem(b):
        return True
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n >= MIN_SHARED_PREFIX and n >= 0.8 * min(len(a), len(b))


def similarity(a: EventMention, b: EventMention) -> float:
    """How surely two mentions name one event: the same lemma, or the same paraphrase class, raised
    by a shared participant; 0 when a frame check vetoes it (another polarity, another period), or
    when a mention of saying or a light verb shares no participant with the other."""
    if a.negated != b.negated:
        return 0.0
    if a.time and b.time and not _same_period(a.time, b.time):
        return 0.0
    if related_forms(a.lemma, b.lemma):
        base = SAME_LEMMA
    elif a.action_class and a.action_class == b.action_class:
        base = SAME_CLASS
    else:
        return 0.0
    shared = bool(a.participants & b.participants)
    if not shared and (a.lemma in NEEDS_PARTICIPANT or b.lemma in NEEDS_PARTICIPANT):
        return 0.0
    return base + (SHARED_PARTICIPANT if shared else 0.0)


def _components(n: int, edges: Sequence[tuple[int, int]]) -> list[int]:
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j in edges:
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)
    return [find(i) for i in range(n)]


def cluster_events(mentions: Sequence[EventMention], *, threshold: float = EVENT_THRESHOLD) -> dict[str, int]:
    """``mention id -> cluster number``: connected components of the pairs whose
    :func:`similarity` reaches ``threshold``. Numbers are the smallest index of each cluster in the
    order of ``mentions`` sorted by id (independent of the input order)."""
    ordered = sorted(mentions, key=lambda m: m.id)
    edges = [(i, j) for i in range(len(ordered)) for j in range(i + 1, len(ordered))
             if similarity(ordered[i], ordered[j]) >= threshold]
    roots = _components(len(ordered), edges)
    return {m.id: roots[i] for i, m in enumerate(ordered)}


def document_vectors(meaning: Mapping[str, np.ndarray], terms: Mapping[str, Counter[str]], *,
                     meaning_weight: float = MEANING_WEIGHT) -> dict[str, np.ndarray]:
    """One vector per document whose dot products are ``meaning_weight`` × the cosine of the
    meaning vectors + (1 − ``meaning_weight``) × the tf-idf cosine of the content words, as stories
    blend them (:mod:`recoupe.resolve.stories`): the meaning vector of a headline and lead sees
    the kind of event, the words of the whole text see which one (names, places, figures).
    Document frequencies are those of ``terms``' documents."""
    names = sorted(meaning)
    df: Counter[str] = Counter(t for n in names for t in terms.get(n, Counter()))
    vocab = {t: i for i, t in enumerate(sorted(df))}
    out: dict[str, np.ndarray] = {}
    for n in names:
        v = np.zeros(len(vocab))
        for t, c in terms.get(n, Counter()).items():
            v[vocab[t]] = (1 + math.log(c)) * math.log((len(names) + 1) / (df[t] + 0.5))
        norm = float(np.linalg.norm(v))
        m = np.asarray(meaning[n], dtype=np.float64)
        mnorm = float(np.linalg.norm(m))
        out[n] = np.concatenate([math.sqrt(meaning_weight) * (m / mnorm if mnorm else m),
                                 math.sqrt(1 - meaning_weight) * (v / norm if norm else v)])
    return out


def cluster_documents(vectors: Mapping[str, np.ndarray], *, threshold: float = DOCUMENT_THRESHOLD) -> dict[str, int]:
    """``document id -> cluster number``: average-link agglomeration of the documents on the dot
    products of their vectors (cosines for L2-normed vectors), merging the closest pair of
    clusters while their mean similarity reaches ``threshold``. Deterministic: documents are taken
    in id order, ties go to the first pair in that order; a cluster is numbered by its first
    document's index."""
    names = sorted(vectors)
    if not names:
        return {}
    m = np.stack([np.asarray(vectors[n], dtype=np.float64) for n in names])
    roots = average_link(m @ m.T, threshold)
    return {n: roots[i] for i, n in enumerate(names)}


def average_link(sim: np.ndarray, threshold: float) -> list[int]:
    """Average-link agglomeration on a symmetric similarity matrix: merge the two clusters of the
    highest mean pairwise similarity while it reaches ``threshold``. Returns each item's cluster
    as the smallest index in it; ties go to the first pair in index order."""
    n = len(sim)
    total = np.array(sim, dtype=np.float64)  # summed similarities between clusters
    size = np.ones(n)
    alive = np.ones(n, dtype=bool)
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    while alive.sum() > 1:
        mean = total / np.outer(size, size)
        mean[~alive, :] = -np.inf
        mean[:, ~alive] = -np.inf
        np.fill_diagonal(mean, -np.inf)
        a, b = divmod(int(np.argmax(mean)), n)
        if mean[a, b] < threshold:
            break
        a, b = min(a, b), max(a, b)
        total[a, :] += total[b, :]
        total[:, a] += total[:, b]
        size[a] += size[b]
        alive[b] = False
        members[a] += members.pop(b)
    roots = [0] * n
    for root, idx in members.items():
        for i in idx:
            roots[i] = root
    return roots

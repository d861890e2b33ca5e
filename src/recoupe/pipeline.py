"""The pipeline: from input paths to a store holding the sourced knowledge base.

    ingest -> clean -> nlp (spaCy + recoupe components) -> per-article records
           -> independence (wire copy) -> stories -> entities -> claim groups -> contradictions
           -> briefings of the stories that changed

Per-article work happens once per article (its content hash makes re-ingesting a no-op); the
cross-article stages look things up in the store instead of recomputing it, so adding articles
costs the same whatever the store holds. Each article is committed in one transaction: a build
killed half-way leaves complete articles only, and building again finishes the rest.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from itertools import islice
from typing import TYPE_CHECKING, Any

from recoupe.model import Article, ArticleAnalysis, RawDocument, Rejection
from recoupe.settings import Settings
from recoupe.storage import Store

if TYPE_CHECKING:
    from recoupe.resolve.kb import KBStats

Progress = Callable[[str, int, int | None], None]
_CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ"}


@dataclass
class BuildSummary:
    added: int = 0
    skipped: int = 0  # already in the store
    rejected: list[Rejection] = field(default_factory=list)
    stories_touched: set[str] = field(default_factory=set)
    kb: KBStats | None = None  # entities linked to the knowledge base, when one was given

    def by_reason(self) -> Counter[str]:
        return Counter(r.code for r in self.rejected)


COMMIT_EVERY = 32  # articles integrated per transaction (fewer commits: pages shared by articles written once)


def article_id(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()[:16]


def _documents(inputs: Iterable[str], fmt: str, max_bytes: int, summary: BuildSummary) -> Iterator[RawDocument]:
    from recoupe.ingest import discover, read_path

    for item in discover(inputs):
        if isinstance(item, Rejection):
            summary.rejected.append(item)
            continue
        for doc in read_path(item, fmt, max_bytes=max_bytes):
            if isinstance(doc, Rejection):
                summary.rejected.append(doc)
            else:
                yield doc


def _articles(docs: Iterable[RawDocument], store: Store, published: date | None,
              summary: BuildSummary) -> Iterator[tuple[RawDocument, Article]]:
    from recoupe.clean import clean

    seen: set[str] = set()
    seen_urls: set[str] = set()
    for doc in docs:
        aid = article_id(doc.raw)
        url = doc.fields.get("url", "")
        # the same bytes, or the same link seen again (a feed item repeated on later days)
        if aid in seen or store.has_article(aid) or (url and (url in seen_urls or store.has_url(url))):
            summary.skipped += 1
            continue
        seen.add(aid)
        if url:
            seen_urls.add(url)
        result = clean(doc, published_fallback=published)
        if isinstance(result, Rejection):
            summary.rejected.append(result)
            continue
        yield doc, result


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


def import_per_article_stage() -> None:
    """Import every module the per-article stage uses. Called before forking workers, so that
    they inherit the modules instead of each importing them again (datasketch alone pulls in
    scipy: 0.4 s of CPU a process, on the cores the workers parse with)."""
    import recoupe.claims.sources  # noqa: F401
    import recoupe.nlp.extract  # noqa: F401
    import recoupe.nlp.timex  # noqa: F401
    from recoupe.nlp.meaning import preload

    preload()  # the sentence encoder's 150 MiB, shared with forked workers instead of loaded by each


def analyse_article(doc, raw: RawDocument, article: Article) -> Analysed:  # type: ignore[no-untyped-def]
    """Read one parsed article into records (stage 3 output, stage 4-10 input)."""
    from recoupe.claims.sources import signature
    from recoupe.nlp.extract import analyse
    from recoupe.nlp.meaning import embed, meaning_text, to_bytes

    analysis = analyse(doc, article)
    content, story_term = _content_lemmas(doc)
    terms: Counter[str] = Counter(f"L:{lem}" for lem, ok in zip(content, story_term) if ok)
    lemmas = {c.id: sorted(_lemmas(doc, content, c.start, c.end)) for c in analysis.claims}
    meaning = to_bytes(embed([meaning_text(article.title, article.text)])[0])
    return Analysed(raw, article, analysis, terms, lemmas, signature(article.text), meaning)


def _content_lemmas(doc) -> tuple[list[str | None], list[bool]]:  # type: ignore[no-untyped-def]
    """Per token: its lowercased lemma if it is a content word (noun, proper noun, verb,
    adjective; alphabetic, not a stopword), else None; and whether that lemma is a story-tracking
    term (a content word longer than two letters outside any named entity: entities count as
    entity ids instead).

    Read from ``doc.to_array`` in one pass: iterating the doc builds a Token object per token and
    per attribute access, which cost more than the rest of this stage."""
    from spacy.attrs import ENT_TYPE, IS_ALPHA, IS_STOP, LEMMA, LENGTH, POS
    from spacy.parts_of_speech import IDS

    pos_ids = {IDS[p] for p in _CONTENT_POS}
    strings = doc.vocab.strings
    lowered: dict[int, str] = {}
    content: list[str | None] = []
    story_term: list[bool] = []
    for pos, stop, alpha, length, ent, lemma in doc.to_array([POS, IS_STOP, IS_ALPHA, LENGTH, ENT_TYPE, LEMMA]).tolist():
        if pos in pos_ids and alpha and not stop:
            low = lowered.get(lemma)
            if low is None:
                low = lowered[lemma] = strings[lemma].lower()
            content.append(low)
            story_term.append(length > 2 and not ent)
        else:
            content.append(None)
            story_term.append(False)
    return content, story_term


def _lemmas(doc, content: list[str | None], start: int, end: int) -> set[str]:  # type: ignore[no-untyped-def]
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return set()
    return {lem for lem in content[span.start:span.end] if lem is not None}


def integrate(store: Store, item: Analysed, settings: Settings) -> str:
    """Store one analysed article and run the cross-article stages for it; return its story id."""
    from recoupe.claims.contradictions import find_for
    from recoupe.claims.groups import assign_group
    from recoupe.claims.sources import fold_source
    from recoupe.nlp.meaning import USE_M3
    from recoupe.resolve.entities import resolve_article
    from recoupe.resolve.stories import assign_story

    article, analysis = item.article, item.analysis
    store.add_raw(article.id, item.raw)
    store.clear_rejections(item.raw.origin)
    store.add_article(article, analysis.sentences, analysed_by="")
    links = resolve_article(store, article.id, analysis.mentions)
    for m in analysis.mentions:
        m.entity_id = links.get((m.start, m.end), "")
    by_text: dict[str, str] = {}
    for m in analysis.mentions:
        if m.entity_id:
            by_text.setdefault(m.text, m.entity_id)

    def entity_in(text: str) -> str:
        if text in by_text:
            return by_text[text]
        for name, eid in by_text.items():
            if name and (name in text or text in name) and len(text) > 2:
                return eid
        return ""

    for c in analysis.claims:
        c.subject_entity = entity_in(c.subject)
        c.object_entity = entity_in(c.object) if c.object else ""
        c.place_entity = entity_in(c.place) if c.place else ""
    for q in analysis.quotes:
        q.speaker_entity = entity_in(q.speaker) if q.speaker else ""
    store.save_analysis(analysis)
    fold_source(store, article.id, article.text, threshold=settings["sources.threshold"], m=item.minhash)
    terms = Counter(item.terms)
    terms.update(f"E:{m.entity_id}" for m in analysis.mentions if m.entity_id)
    if item.meaning is not None:
        store.set_article_meaning(article.id, USE_M3, item.meaning)
    story, _ = assign_story(
        store, article.id, terms, article.published, article.title or article.text[:80],
        threshold=settings["stories.threshold"], window_days=settings["stories.window_days"],
        meaning=item.meaning, meaning_weight=settings["stories.meaning_weight"],
    )
    words = {t for c in analysis.claims for t in [*item.claim_lemmas.get(c.id, []), c.predicate]}
    df = store.df([f"L:{t}" for t in words])  # one query for all the article's claims
    df.update({f"L:{t}": 0 for t in words if f"L:{t}" not in df})
    for c in analysis.claims:
        c.lemmas = item.claim_lemmas.get(c.id, [])
        assign_group(store, c, story, set(c.lemmas), threshold=settings["claims.group_threshold"], df=df)
    for c in analysis.claims:
        find_for(store, c, story)
    return story


def refresh_briefings(store: Store, settings: Settings) -> int:
    """Rebuild the briefings of the stories that changed; return how many."""
    from recoupe.brief import build_briefing

    dirty = store.dirty_stories()
    for i in range(0, len(dirty), 50):  # 50 stories per commit
        with store.transaction():
            for sid in dirty[i:i + 50]:
                store.set_briefing(sid, build_briefing(store, sid, max_sentences=settings["brief.max_sentences"]))
                store.mark_clean(sid)
    return len(dirty)


def build(store: Store, inputs: Iterable[str], *, fmt: str = "auto", published: date | None = None,
          settings: Settings | None = None, progress: Progress | None = None, nlp=None,  # type: ignore[no-untyped-def]
          engine: str = "local", address: str | None = None, kb: str | Path | None = None) -> BuildSummary:
    """Ingest, analyse and integrate ``inputs`` into ``store``; never stops on a bad document.

    ``engine="ray"`` runs the per-article stages (cleaned text -> parsed -> records) on a Ray
    cluster (``address`` of a running cluster, or a local one); the cross-article stages always
    run here, against the one store.

    ``kb`` (default: the ``entities.kb`` setting) is a knowledge-base file whose ids are added to
    the entities that need it (:mod:`recoupe.resolve.kb`); it is read first, so a bad one stops
    the build before anything is stored.

    Streaming: documents are read, cleaned and parsed lazily (one ``nlp.pipe`` over a generator,
    the article riding along as context), so memory stays bounded whatever the input size.
    """
    from recoupe.nlp.pipeline import load, parse_with_context, versions

    from recoupe.resolve.kb import link_entities, load_kb

    settings = settings or Settings.load()
    kb_file = kb if kb is not None else settings["entities.kb"]
    knowledge = load_kb(kb_file) if kb_file else None
    summary = BuildSummary()
    flushed = 0

    def flush_rejections() -> None:
        nonlocal flushed
        new = summary.rejected[flushed:]
        if new:
            with store.transaction():
                for rej in new:
                    store.add_rejection(rej)
            flushed = len(summary.rejected)

    pending = _articles(_documents(inputs, fmt, settings["ingest.max_bytes"], summary), store, published, summary)
    first = next(pending, None)
    flush_rejections()
    if first is not None:
        if engine not in {"local", "ray"}:
            raise ValueError(f"unknown engine {engine!r}")
        nlp = nlp or (load(settings["nlp.model"]) if engine == "local" else None)

        def items() -> Iterator[tuple[str, date | None, tuple[RawDocument, Article]]]:
            for raw, art in _chain(first, pending):
                yield art.text, art.published, (raw, art)

        if engine == "ray":
            from recoupe.scale.ray_engine import analyse_on_ray

            results: Iterable[Analysed] = analyse_on_ray(_chain(first, pending), settings, address=address)
            used = {"engine": "ray", "model": settings["nlp.model"]}
        elif settings["nlp.n_process"] > 1:
            from recoupe.scale.processes import analyse_in_processes

            results = analyse_in_processes(_chain(first, pending), settings["nlp.model"], settings["nlp.n_process"],
                                           batch=settings["nlp.batch_size"], nlp=nlp)
            used = versions(nlp) | {"engine": f"local x{settings['nlp.n_process']}"}
        else:
            docs = parse_with_context(nlp, items(), batch_size=settings["nlp.batch_size"])
            results = (analyse_article(doc, raw, art) for doc, (raw, art) in docs)  # type: ignore[misc]
            used = versions(nlp)
        # a few articles per transaction: a commit writes every page the articles touched, and one
        # per article cost as much as a stage; each article is integrated as soon as it arrives;
        # a crash loses at most one transaction, which the next build redoes (idempotent)
        stream = canonical_order(results) if settings["build.canonical_order"] else iter(results)
        while True:
            done = 0
            with store.transaction():
                for item in islice(stream, COMMIT_EVERY):
                    summary.stories_touched.add(integrate(store, item, settings))
                    done += 1
            if not done:
                break
            summary.added += done
            flush_rejections()
            if progress:
                progress("analysing articles", summary.added, None)
        with store.transaction():
            store.record_run(used, summary.added, len(summary.rejected))
    flush_rejections()
    if knowledge is not None:
        if progress:
            progress("linking entities to the knowledge base", 0, None)
        summary.kb = link_entities(store, knowledge)
    if progress:
        progress("writing briefings", 0, None)
    refresh_briefings(store, settings)
    return summary


def canonical_order(items: Iterable[Analysed]) -> Iterator[Analysed]:
    """The analysed articles of a build by publication date, then content hash (undated first).

    The cross-article stages (stories, claim groups, contradictions, names) are incremental: each
    article is compared with what the store holds when it arrives, so the order of arrival
    matters. Integrating a build's articles in an order that depends only on the articles makes
    the same files give the same store whatever order they are listed or read in. The analysed
    articles wait in a temporary file (pickled, one after the other), not in memory: a build of
    any size keeps only their (date, id, offset) keys."""
    import pickle
    import tempfile

    spill = tempfile.TemporaryFile()
    keys: list[tuple[str, str, int]] = []
    try:
        for item in items:  # all parsed here, before the caller opens its first transaction
            published = item.article.published.isoformat() if item.article.published else ""
            keys.append((published, item.article.id, spill.tell()))
            pickle.dump(item, spill, protocol=pickle.HIGHEST_PROTOCOL)
    except BaseException:
        spill.close()
        raise
    keys.sort()

    def replay() -> Iterator[Analysed]:
        with spill:
            for _, _, offset in keys:
                spill.seek(offset)
                yield pickle.load(spill)

    return replay()


def _chain(first: tuple[RawDocument, Article], rest: Iterator[tuple[RawDocument, Article]]) -> Iterator[tuple[RawDocument, Article]]:
    yield first
    yield from rest

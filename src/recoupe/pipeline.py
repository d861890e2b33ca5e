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

from recoupe.model import Article, RawDocument, Rejection
from recoupe.settings import Settings
from recoupe.storage import Store

Progress = Callable[[str, int, int | None], None]
_CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ"}


@dataclass
class BuildSummary:
    added: int = 0
    skipped: int = 0  # already in the store
    rejected: list[Rejection] = field(default_factory=list)
    stories_touched: set[str] = field(default_factory=set)

    def by_reason(self) -> Counter[str]:
        return Counter(r.code for r in self.rejected)


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
    for doc in docs:
        aid = article_id(doc.raw)
        if aid in seen or store.has_article(aid):
            summary.skipped += 1
            continue
        seen.add(aid)
        result = clean(doc, published_fallback=published)
        if isinstance(result, Rejection):
            summary.rejected.append(result)
            continue
        yield doc, result


def _terms(doc, entity_ids: Iterable[str]) -> Counter[str]:  # type: ignore[no-untyped-def]
    terms: Counter[str] = Counter(f"E:{e}" for e in entity_ids)
    for t in doc:
        if t.pos_ in _CONTENT_POS and not t.is_stop and t.is_alpha and len(t) > 2 and not t.ent_type_:
            terms[f"L:{t.lemma_.lower()}"] += 1
    return terms


def _lemmas(doc, start: int, end: int) -> set[str]:  # type: ignore[no-untyped-def]
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return set()
    return {t.lemma_.lower() for t in span if t.pos_ in _CONTENT_POS and not t.is_stop and t.is_alpha}


def integrate(store: Store, article: Article, doc, settings: Settings) -> str:  # type: ignore[no-untyped-def]
    """Store one analysed article and run the cross-article stages for it; return its story id."""
    from recoupe.claims.contradictions import find_for
    from recoupe.claims.groups import assign_group
    from recoupe.claims.sources import fold_source
    from recoupe.nlp.extract import analyse
    from recoupe.resolve.entities import resolve_article
    from recoupe.resolve.stories import assign_story

    analysis = analyse(doc, article)
    store.add_article(article, analysis.sentences, analysed_by="")
    links = resolve_article(store, article.id, analysis.mentions)
    for m in analysis.mentions:
        m.entity_id = links.get((m.start, m.end), "")
    by_text: dict[str, str] = {}
    for m in analysis.mentions:
        if m.entity_id:
            by_text.setdefault(m.text, m.entity_id)
    spans = sorted(((m.start, m.end, m.entity_id) for m in analysis.mentions if m.entity_id))

    def entity_in(text: str, lo: int = -1, hi: int = -1) -> str:
        if text in by_text:
            return by_text[text]
        for s, e, eid in spans:
            if lo <= s and e <= hi:
                return eid
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
    fold_source(store, article.id, article.text, threshold=settings["sources.threshold"])
    story, _ = assign_story(
        store, article.id, _terms(doc, {m.entity_id for m in analysis.mentions if m.entity_id}),
        article.published, article.title or article.text[:80],
        threshold=settings["stories.threshold"], window_days=settings["stories.window_days"],
    )
    for c in analysis.claims:
        assign_group(store, c, story, _lemmas(doc, c.start, c.end), threshold=settings["claims.group_threshold"])
    for c in analysis.claims:
        find_for(store, c, story)
    return story


def refresh_briefings(store: Store, settings: Settings) -> int:
    """Rebuild the briefings of the stories that changed; return how many."""
    from recoupe.brief import build_briefing

    dirty = store.dirty_stories()
    for sid in dirty:
        with store.transaction():
            store.set_briefing(sid, build_briefing(store, sid, max_sentences=settings["brief.max_sentences"]))
            store.mark_clean(sid)
    return len(dirty)


def build(store: Store, inputs: Iterable[str], *, fmt: str = "auto", published: date | None = None,
          settings: Settings | None = None, progress: Progress | None = None, nlp=None) -> BuildSummary:  # type: ignore[no-untyped-def]
    """Ingest, analyse and integrate ``inputs`` into ``store``; never stops on a bad document."""
    from recoupe.nlp.pipeline import load, parse, versions

    settings = settings or Settings.load()
    summary = BuildSummary()
    pending = list(_articles(_documents(inputs, fmt, settings["ingest.max_bytes"], summary), store, published, summary))
    for rej in summary.rejected:
        with store.transaction():
            store.add_rejection(rej)
    if progress:
        progress("analyse", 0, len(pending))
    if pending:
        nlp = nlp or load(settings["nlp.model"])
        texts = ((a.text, a.published) for _, a in pending)
        docs = parse(nlp, texts, batch_size=settings["nlp.batch_size"], n_process=settings["nlp.n_process"])
        for n, ((raw, art), doc) in enumerate(zip(pending, docs, strict=True), start=1):
            with store.transaction():
                store.add_raw(art.id, raw)
                store.clear_rejections(raw.origin)
                summary.stories_touched.add(integrate(store, art, doc, settings))
            summary.added += 1
            if progress:
                progress("analyse", n, len(pending))
        with store.transaction():
            store.record_run(versions(nlp), summary.added, len(summary.rejected))
    refresh_briefings(store, settings)
    return summary

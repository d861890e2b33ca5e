"""The store: one SQLite file, and the only module that speaks SQL.

Stages receive a :class:`Store` and call its typed methods; they never see a cursor. The file is
opened in WAL mode so that readers (the web app) keep working while a build writes, and every
article is committed in its own transaction so that a killed build leaves a consistent store.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from recoupe.errors import E, RecoupeError
from recoupe.model import (
    Article,
    ArticleAnalysis,
    Claim,
    Event,
    Mention,
    Quote,
    RawDocument,
    Rejection,
    TimeExpr,
)
from recoupe.storage.migrations import EVENTLESS_VERSION, SCHEMA_VERSION, migrate

log = logging.getLogger("recoupe.storage")

Row = dict[str, Any]
# json.dumps(x, ensure_ascii=False) makes an encoder per call: the per-claim writes share one (the same text)
_json_text = json.JSONEncoder(ensure_ascii=False).encode


def _d(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _page(limit: int | None, offset: int) -> tuple[int, int]:
    """SQL's LIMIT and OFFSET for a page: no limit is -1 (all rows); negative numbers are refused."""
    if (limit is not None and limit < 0) or offset < 0:
        raise ValueError(f"a page needs a limit and an offset of 0 or more, not {limit}, {offset}")
    return (-1 if limit is None else limit), offset


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


CACHE_KIB = 65536  # page cache per connection
# prepared statements kept per connection (Python's default: 128). The IN lists of the lookups have
# as many placeholders as items, so an integration prepares statements of many lengths; with 128,
# the fixed ones of every article were pushed out and prepared again
STATEMENT_CACHE = 1024
# the last date kept for a story id that has postings but no row (see Store.story_candidates)
_NO_STORY = "\0no story"
_UNREAD = "\0unread"
T = TypeVar("T")
BUSY_TIMEOUT_S = 10  # SQLite waits this long for another writer's lock, per attempt
WRITE_WAIT_S = 600  # a transaction gives up (E033) when the store stayed locked this long in all


def _json_list(text: str) -> list[Any]:
    """A JSON list column read back (most claims' ``numbers`` are the empty list: no parse)."""
    if text == "[]":
        return []
    value: list[Any] = json.loads(text)
    return value


def _prepare(db: sqlite3.Connection, readonly: bool) -> int:
    """Set the connection up and return the store's schema version."""
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_S * 1000}")
    # 64 MiB of page cache (SQLite's default is 2 MiB): the indexes' upper levels stay in
    # memory as the store grows, which keeps each lookup of an integration cheap at 20k+
    db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    if not readonly:
        if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")
        # checkpoint every 64 MiB of log instead of 4 MiB: the inverted indexes rewrite the
        # same hot pages article after article, and each is copied back once per checkpoint
        db.execute("PRAGMA wal_autocheckpoint = 16384")
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def _retry_locked(step: Callable[[], T]) -> T:
    """Run ``step``, again while SQLite answers "database is locked" or "busy" at once, as it does
    without its busy timeout while another process creates, switches to WAL or recovers the same
    store (two builds started together, CI saw it), for as long as the busy timeout would wait."""
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while True:
        try:
            return step()
        except sqlite3.OperationalError as exc:
            if ("locked" not in str(exc) and "busy" not in str(exc)) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)



@dataclass
class Component:
    """A connected component of claim links (:meth:`Store.components`): its claims, their row
    numbers (which name the groups cut out of it) and the languages of their articles."""

    id: str
    story_id: str
    claims: list[Claim] = field(default_factory=list)
    numbers: dict[str, int] = field(default_factory=dict)
    languages: set[str] = field(default_factory=set)
    published: dict[str, str] = field(default_factory=dict)  # claim id -> its article's date (ISO), when known

def _first_of_each(cols: list[str], row: tuple[Any, ...]) -> dict[str, Any]:
    """A row whose names repeat as ``dict(sqlite3.Row)`` reads it: each name once, in the place and
    with the value of its first column."""
    out: dict[str, Any] = {}
    for c, v in zip(cols, row, strict=True):
        out.setdefault(c, v)
    return out


class Store:
    """A recoupe store backed by SQLite. Use :meth:`open`; ``":memory:"`` works for tests."""

    POSTINGS = 100  # claims read per term when matching a new claim to a group

    def __init__(self, db: sqlite3.Connection, path: str) -> None:
        self.db = db
        self.path = path
        self._story_cache: dict[str, tuple[int, dict[str, float]]] = {}  # see story_terms
        self._story_norms: dict[str, tuple[int, dict[str, float], float]] = {}  # see story_norm
        # rows whose full-text index is written when the transaction ends (see _index_text)
        self._text_articles: list[str] = []  # articles added
        self._text_claims: list[str] = []  # articles whose claims were saved
        self._text_entities: dict[str, list[str]] = {}  # entity -> aliases added meanwhile
        self._depth = 0
        self._claim_rowids: dict[str, int] = {}  # claim id -> rowid, for the claims of the last save_analysis
        # term -> document frequency (0: no row) read or bumped under the write lock (see df), kept
        # from one transaction to the next while no other connection commits (``_data_version``)
        self._df_cache: dict[str, int] = {}
        self._data_version: int | None = None
        # bumps of document frequencies made in the open transaction, written when it commits (see
        # bump_df), in the order of each term's first bump; and the terms bumped in the open savepoint
        self._df_pending: dict[str, int] = {}
        self._df_log: list[str] | None = None
        # read under the write lock (see story_candidates): term -> {per_term: its postings}, and each
        # story's last publication date (a story absent from ``stories`` maps to _NO_STORY); kept from
        # one transaction to the next while no other connection commits, as the document frequencies
        self._postings: dict[str, dict[int, list[tuple[str, float]]]] = {}
        self._posting_rows = 0  # rows read into _postings or added to them since it was last emptied (a bound)
        self._story_last: dict[str, str | None] = {}
        # story id -> its row as story_state reads it (size, meaning, first and last dates), kept as
        # the postings are and dropped by every write to the story (_story_changed_now)
        self._story_rows: dict[str, tuple[int, bytes | None, str | None, str | None] | None] = {}
        # (table, story) -> the keys filed for that story in ``conflict_keys`` or ``claim_terms`` (see
        # _filed_keys): a superset of those the table holds, None for a story with too many to keep
        self._filed: dict[tuple[str, str], set[str] | None] = {}
        # component id -> the claims in it (a superset), for the components made in this connection's
        # transactions (see create_group): a claim alone in its component has no claim of it to look up
        self._members: dict[str, set[str]] = {}
        self._filed_count = 0  # keys and claims kept in the two
        # claim id -> its row as grouped_claims reads it, for the claims read in this connection's
        # transactions (see grouped_claims): dropped by every write to one of those columns
        self._claim_rows: dict[str, Row] = {}
        # what a reader may keep between two reads of the same stories (see reads_since): a counter of
        # this connection's writes to stories, the last one of each story, a counter of document
        # frequency bumps, and an epoch that changes when anything kept may be stale (a rollback,
        # another connection's commit)
        self._story_gen = 0
        self._story_changed: dict[str, int] = {}
        self._df_bumps = 0
        self._epoch = 0
        self.write_wait = WRITE_WAIT_S  # seconds a transaction waits for another writer (then E033)
        self._snapshot_lock = threading.Lock()
        self._snapshots = 0  # open read snapshots (see snapshot)

    # -- lifecycle -----------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path, *, create: bool = True, readonly: bool = False) -> Store:
        spath = str(path)
        if spath != ":memory:":
            p = Path(spath)
            if not p.exists() and (not create or readonly):
                raise RecoupeError(E.E032, path=spath)
            if p.is_dir():  # (SQLite says only « unable to open database file »)
                raise RecoupeError(E.E030, path=spath, reason="it is a folder; --db takes the store's file, "
                                                              f"such as {p / 'recoupe.db'}")
            if create:
                p.parent.mkdir(parents=True, exist_ok=True)
        try:
            if readonly and spath != ":memory:":
                db = sqlite3.connect(f"file:{spath}?mode=ro", uri=True, check_same_thread=False,
                                     cached_statements=STATEMENT_CACHE)
            else:
                db = sqlite3.connect(spath, check_same_thread=False, cached_statements=STATEMENT_CACHE)
            db.row_factory = sqlite3.Row
            found = _retry_locked(lambda: _prepare(db, readonly))
        except sqlite3.DatabaseError as exc:
            raise RecoupeError(E.E030, path=spath, reason=str(exc)) from exc
        if found > SCHEMA_VERSION:
            raise RecoupeError(E.E031, path=spath, found=found, supported=SCHEMA_VERSION)
        if not readonly:
            before = migrate(db)
            if 0 < before < EVENTLESS_VERSION and db.execute("SELECT 1 FROM claims LIMIT 1").fetchone():
                # the mark is read on the parse at extraction; a stored article is not analysed again
                log.warning("%s: claims analysed before schema version %d carry no eventless mark (a verbless "
                            "exclamation may still confirm); build the articles into a new store "
                            "(recoupe build INPUTS --db NEW.db) to set it", spath, EVENTLESS_VERSION)
        return cls(db, spath)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One unit of work: everything inside commits together or not at all (the full-text
        index of what it added included)."""
        self._depth += 1
        done = False
        try:
            if self._depth == 1:
                if not self.db.in_transaction:
                    self._begin_immediate()
                self._check_others()
            with self.db:
                yield
                if self._depth == 1:
                    self._write_df()
                    self._index_text()
            done = True
        finally:
            self._depth -= 1
            if not self._depth:
                self._text_articles.clear()
                self._text_claims.clear()
                self._text_entities.clear()
                self._claim_rowids = {}
                if not done:  # rolled back: what was read or bumped in it may be gone
                    self._df_pending = {}
                    self._df_log = None
                    self._forget()

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Reads only: every statement inside sees the store as it was at the first one. In WAL mode
        each statement outside a transaction sees the latest commit, so a dossier or a page read while
        a build commits could mix two states of the store (articles listed before the commit, their
        rows read after it). Inside a transaction already: nothing to do."""
        with self._snapshot_lock:  # threads sharing this connection share its snapshot
            inside = not self._snapshots and (self._depth or self.db.in_transaction)
            if not inside:
                if not self._snapshots:
                    self.db.execute("BEGIN")  # deferred: the read snapshot is taken by the first SELECT
                self._snapshots += 1
        if inside:
            yield
            return
        try:
            yield
        finally:
            with self._snapshot_lock:
                self._snapshots -= 1
                if not self._snapshots and self.db.in_transaction:
                    self.db.rollback()  # nothing was written: this only ends the read

    def _forget(self) -> None:
        """Drop what is cached about rows written in a transaction (it may have been rolled back)."""
        self._epoch += 1
        self._claim_rowids = {}
        self._df_cache = {}
        self._forget_stories()
        self._forget_filed()

    def _forget_stories(self) -> None:
        """Drop the story postings, dates and rows kept (see story_candidates, story_state)."""
        self._postings = {}
        self._posting_rows = 0
        self._story_last = {}
        self._story_rows = {}

    DF_CACHE = 1 << 18  # document frequencies kept between transactions (a few MB)
    # story postings (rows, ~140 bytes each as Python tuples) kept between transactions: ~150 MB at most.
    # Rows, not terms: a term keeps up to STORY_POSTINGS of them, and 65,536 full terms were 1.7 GB
    POSTINGS_CACHE = 1 << 20
    STORY_CHANGES = 1 << 18  # stories whose last write is tracked (see reads_since)

    def _check_others(self) -> None:
        """At the start of a transaction (the write lock just taken): keep the document frequencies
        read or bumped in this connection's earlier transactions, and the keys filed per story
        (:meth:`_filed_keys`), only if no other connection has committed since (SQLite's
        ``data_version`` changes exactly then), else forget them. A build reads each term's
        frequency once, not once per transaction of 32 articles."""
        version = int(self.db.execute("PRAGMA data_version").fetchone()[0])
        if version != self._data_version or len(self._df_cache) > self.DF_CACHE:
            self._df_cache = {}
        if (version != self._data_version or self._posting_rows > self.POSTINGS_CACHE
                or len(self._story_rows) > self.STORY_CACHE):
            self._forget_stories()
        if version != self._data_version or self._filed_count > self.FILED_CACHE:
            self._forget_filed()
        if version != self._data_version or len(self._story_changed) > self.STORY_CHANGES:
            self._epoch += 1  # another connection wrote (or too many stories tracked): nothing read holds
            self._story_changed = {}
        self._data_version = version

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        """Inside a transaction: undo only what this block wrote when it raises."""
        self.db.execute("SAVEPOINT one_article")
        outer, self._df_log = self._df_log, []
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK TO one_article")
            self.db.execute("RELEASE one_article")
            pending = self._df_pending
            for t in self._df_log:  # its bumps, not yet written, are undone here
                left = pending[t] - 1
                if left:
                    pending[t] = left
                else:
                    del pending[t]  # a term bumped again later comes after the others, as its row would
            self._df_log = outer
            self._forget()  # (the bumps of the rest of the transaction stand)
            raise
        self.db.execute("RELEASE one_article")
        if outer is not None:
            outer.extend(self._df_log)
        self._df_log = outer

    def _begin_immediate(self) -> None:
        """Take the write lock now (BEGIN IMMEDIATE), waiting for another writer to finish.

        A deferred transaction that reads and then writes cannot wait: when another connection
        wrote meanwhile, SQLite answers "database is locked" at once (its snapshot is stale), and the
        whole transaction was lost. Taking the lock first makes the busy timeout apply, and a
        second build, a watcher or a web upload queue behind each other instead of failing."""
        waited = 0.0
        while True:
            t0 = time.monotonic()
            try:
                self.db.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc):
                    raise
                waited += time.monotonic() - t0
                if waited >= self.write_wait:
                    raise RecoupeError(E.E033, path=self.path, seconds=waited, reason=str(exc)) from exc
                time.sleep(0.05)

    def _text_changed(self, *, article: str | None = None, claims_of: str | None = None,
                      entity: str | None = None, alias: str | None = None) -> None:
        if article is not None:
            self._text_articles.append(article)
        if claims_of is not None:
            self._text_claims.append(claims_of)
        if entity is not None:
            added = self._text_entities.setdefault(entity, [])
            if alias is not None:
                added.append(alias)
        if not self._depth:  # a write outside transaction(): index it now
            self._index_text()

    def _index_text(self) -> None:
        """Write the FTS rows of the articles (and their claims) and entities added or changed
        since the last call, a few statements for the whole batch: a statement that writes an
        FTS5 table flushes FTS5's pending terms, so one per row (a trigger) cost more than the
        rest of an integration (m009)."""
        arts, claims_of, ents = self._text_articles[:], self._text_claims[:], dict(self._text_entities)
        self._text_articles.clear()
        self._text_claims.clear()
        self._text_entities.clear()
        for i in range(0, len(arts), 500):
            chunk = arts[i:i + 500]
            self.db.execute(f"INSERT INTO articles_fts (rowid, title, text) SELECT rowid, title, text FROM articles"
                            f" WHERE id IN ({','.join('?' * len(chunk))})", chunk)
        for i in range(0, len(claims_of), 500):
            chunk = claims_of[i:i + 500]
            self.db.execute(f"INSERT INTO claims_fts (rowid, text) SELECT rowid, text FROM claims"
                            f" WHERE article_id IN ({','.join('?' * len(chunk))})", chunk)
        ids = list(ents)
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            rows = {r[0]: (r[1], r[2]) for r in self.db.execute(
                f"SELECT id, rowid, name FROM entities WHERE id IN ({','.join('?' * len(chunk))})", chunk)}
            have = {r[0]: (r[1], r[2]) for r in self.db.execute(
                f"SELECT rowid, name, aliases FROM entities_fts WHERE rowid IN ({','.join('?' * len(rows))})",
                [rid for rid, _ in rows.values()])}
            stale: list[tuple[int, str, str]] = []
            for eid in chunk:
                if eid not in rows:
                    continue
                rid, name = rows[eid]
                old_name, aliases = have.get(rid, (None, ""))
                new = aliases
                for alias in ents[eid]:  # appended in order, each once: what the old trigger did
                    if f",{alias}," not in f",{new},":
                        new = f"{new},{alias}" if new else alias
                if rid not in have or old_name != name or new != aliases:
                    stale.append((rid, name, new))
            old = [rid for rid, _, _ in stale if rid in have]
            if old:
                self.db.execute(f"DELETE FROM entities_fts WHERE rowid IN ({','.join('?' * len(old))})", old)
            self.db.executemany("INSERT INTO entities_fts (rowid, name, aliases) VALUES (?,?,?)", stale)

    def _rows(self, sql: str, params: Iterable[Any] = ()) -> list[Row]:
        # rows as plain tuples (no sqlite3.Row made per row only to be read into a dict): ~15 % less
        # to read a row, and rows are read ~a million times a build
        cur = self.db.cursor()
        cur.row_factory = None
        cur.execute(sql, tuple(params))
        cols = [d[0] for d in cur.description or ()]
        if len(set(cols)) < len(cols):  # a name twice: the first column's value, where it first stands
            return [_first_of_each(cols, r) for r in cur]
        return [dict(zip(cols, r, strict=True)) for r in cur]  # dict(row) reads each value by name: slower

    def _rows_in(self, sql: str, ids: Iterable[str], *, key: str = "id") -> dict[str, Row]:
        """Rows for many ids, by id; ``sql`` has one ``{q}`` placeholder for the IN list (chunked
        below SQLite's variable limit)."""
        wanted = sorted(set(ids))
        out: dict[str, Row] = {}
        for i in range(0, len(wanted), 500):
            chunk = wanted[i:i + 500]
            for r in self._rows(sql.format(q=",".join("?" * len(chunk))), chunk):
                out[r[key]] = r
        return out

    def _one(self, sql: str, params: Iterable[Any] = ()) -> Row | None:
        r = self.db.execute(sql, tuple(params)).fetchone()
        return dict(r) if r else None

    # -- ingest --------------------------------------------------------------------------------
    def has_article(self, article_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM articles WHERE id=?", (article_id,)).fetchone() is not None

    def has_url(self, url: str) -> bool:
        """Is an article with this URL already stored? (a feed item seen again with other bytes)"""
        return bool(url) and (
            self.db.execute("SELECT 1 FROM articles WHERE url=? LIMIT 1", (url,)).fetchone() is not None)

    def add_raw(self, doc_id: str, doc: RawDocument) -> None:
        self.db.execute(
            "INSERT OR IGNORE INTO raw_documents (id, origin, fmt, raw, fields) VALUES (?,?,?,?,?)",
            (doc_id, doc.origin, doc.fmt, doc.raw, json.dumps(doc.fields, ensure_ascii=False)),
        )

    def raw(self, doc_id: str) -> RawDocument | None:
        r = self._one("SELECT * FROM raw_documents WHERE id=?", (doc_id,))
        if r is None:
            return None
        return RawDocument(origin=r["origin"], fmt=r["fmt"], raw=r["raw"], fields=json.loads(r["fields"]))

    def add_rejection(self, rej: Rejection) -> None:
        self.db.execute(
            "INSERT INTO rejections (origin, code, reason) VALUES (?,?,?) "
            "ON CONFLICT (origin, code) DO UPDATE SET reason=excluded.reason, at=datetime('now')",
            (rej.origin, rej.code, rej.reason),
        )

    def clear_rejections(self, origin: str) -> None:
        self.db.execute("DELETE FROM rejections WHERE origin=?", (origin,))

    def rejections(self) -> list[Rejection]:
        return [Rejection(r["origin"], r["code"], r["reason"]) for r in self._rows("SELECT * FROM rejections ORDER BY "
                "id")]

    # -- articles ------------------------------------------------------------------------------
    def add_article(self, a: Article, sentences: list[tuple[int, int]], analysed_by: str) -> None:
        seq = self.db.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM articles").fetchone()[0]
        self.db.execute(
            "INSERT INTO articles (id, seq, origin, url, title, byline, outlet, published, published_source,"
            " language, text, removed_lines, sentences, analysed_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                a.id, seq, a.origin, a.url, a.title, a.byline, a.outlet, _d(a.published), a.published_source,
                a.language, a.text, json.dumps(a.removed_lines, ensure_ascii=False), json.dumps(sentences),
                analysed_by,
            ),
        )
        self._text_changed(article=a.id)

    @staticmethod
    def _article(r: Row) -> Article:
        return Article(
            id=r["id"], origin=r["origin"], text=r["text"], title=r["title"], byline=r["byline"],
            outlet=r["outlet"], url=r["url"], published=_date(r["published"]),
            published_source=r["published_source"], language=r["language"],
            removed_lines=json.loads(r["removed_lines"]),
        )

    def article(self, article_id: str) -> Article | None:
        r = self._one("SELECT * FROM articles WHERE id=?", (article_id,))
        return self._article(r) if r else None

    def articles(self) -> Iterator[Article]:
        for r in self.db.execute("SELECT * FROM articles ORDER BY seq"):
            yield self._article(dict(r))

    def article_rows(self, story_id: str | None = None) -> list[Row]:
        cols = ("id, seq, origin, url, title, byline, outlet, published, published_source, language,"
                " story_id, source_id, source_reason, sentences")
        if story_id is None:
            return self._rows(f"SELECT {cols} FROM articles ORDER BY seq")
        return self._rows(f"SELECT {cols} FROM articles WHERE story_id=? ORDER BY seq", (story_id,))

    def article_index(self, limit: int | None = None, offset: int = 0) -> list[Row]:
        """The articles' title, outlet, date and story (not the text), latest first: the article list,
        ``limit`` of them (all when None) after the first ``offset``."""
        return self._rows(f"SELECT {self._BRIEF_COLS} FROM articles ORDER BY published IS NULL, published DESC, seq"
                          " LIMIT ? OFFSET ?", _page(limit, offset))

    def entity_index(self, limit: int | None = None, offset: int = 0) -> list[Row]:
        """The entities' name, type and mention count, most mentioned first: the entity list (one query,
        where :meth:`entities` reads aliases and roles entity by entity); paged as :meth:`article_index`."""
        return self._rows("SELECT id, name, type, mention_count FROM entities ORDER BY mention_count DESC, id"
                          " LIMIT ? OFFSET ?", _page(limit, offset))

    def count(self, table: str) -> int:
        if table not in {"articles", "entities", "claims", "claim_groups", "quotes", "events",
                         "stories", "contradictions", "rejections", "mentions", "timexes"}:
            raise ValueError(table)
        return int(self.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])

    # -- per-article analysis -------------------------------------------------------------------
    def save_analysis(self, an: ArticleAnalysis) -> None:
        aid = an.article_id
        self.db.executemany(
            'INSERT INTO mentions (article_id, start, "end", text, type, entity_id, role) VALUES (?,?,?,?,?,?,?)',
            [(aid, m.start, m.end, m.text, m.type, m.entity_id or None, m.role) for m in an.mentions],
        )
        self.db.executemany(
            'INSERT INTO claims (id, article_id, text, sentence, start, "end", subject, predicate, object, place,'
            " time, modality, attributed_to, relay, cue, negated, planned, subject_entity, object_entity,"
            " place_entity, numbers, group_id, attributed_entity, source_type, component_id, language, eventless)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                (c.id, aid, c.text, c.sentence, c.start, c.end, c.subject, c.predicate, c.object, c.place,
                 c.time, c.modality, c.attributed_to, c.relay, c.cue, int(c.negated), int(c.planned),
                 c.subject_entity, c.object_entity, c.place_entity, json.dumps(c.numbers), c.group_id or None,
                 c.attributed_entity, c.source_type, c.component_id or c.group_id or None, c.language,
                 int(c.eventless))
                for c in an.claims
            ],
        )
        if self._members:
            for c in an.claims:
                self._joined(c.component_id or c.group_id, (c.id,))
        # their row numbers name the claim groups they found (claim_number): read once, not per claim
        self._claim_rowids = {r[0]: r[1] for r in self.db.execute(
            "SELECT id, rowid FROM claims WHERE article_id=?", (aid,))} if an.claims else {}
        self.db.executemany(
            'INSERT INTO quotes (article_id, text, start, "end", speaker, cue, speaker_entity, speaker_type)'
            " VALUES (?,?,?,?,?,?,?,?)",
            [(aid, q.text, q.start, q.end, q.speaker, q.cue, q.speaker_entity, q.speaker_type) for q in an.quotes],
        )
        self.db.executemany(
            'INSERT INTO timexes (article_id, start, "end", text, type, value, interval_start, interval_end,'
            " precision, rule, anchor) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [(aid, t.start, t.end, t.text, t.type, t.value, _d(t.interval_start), _d(t.interval_end),
              t.precision, t.rule, _d(t.anchor)) for t in an.timexes],
        )
        self.db.executemany(
            'INSERT INTO events (article_id, claim_id, text, start, "end", precision, anchor, timex, value)'
            " VALUES (?,?,?,?,?,?,?,?,?)",
            [(aid, e.claim_id, e.text, _d(e.start), _d(e.end), e.precision, _d(e.anchor), e.timex, e.value)
             for e in an.events],
        )
        self._text_changed(claims_of=aid)

    def mentions(self, article_id: str | None = None, entity_id: str | None = None) -> list[Mention]:
        sql, params = 'SELECT * FROM mentions', []
        if article_id:
            sql, params = sql + " WHERE article_id=?", [article_id]
        elif entity_id:
            sql, params = sql + " WHERE entity_id=?", [entity_id]
        return [
            Mention(r["article_id"], r["start"], r["end"], r["text"], r["type"], r["entity_id"] or "", r["role"])
            for r in self._rows(sql + " ORDER BY article_id, start", params)
        ]

    @staticmethod
    def _claim(r: Row) -> Claim:
        return Claim(
            id=r["id"], article_id=r["article_id"], text=r["text"], sentence=r["sentence"], start=r["start"],
            end=r["end"], subject=r["subject"], predicate=r["predicate"], object=r["object"], place=r["place"],
            time=r["time"], modality=r["modality"], attributed_to=r["attributed_to"], relay=r["relay"],
            cue=r["cue"], negated=bool(r["negated"]), planned=bool(r["planned"]),
            subject_entity=r["subject_entity"], object_entity=r["object_entity"],
            place_entity=r["place_entity"], numbers=_json_list(r["numbers"]), group_id=r["group_id"] or "",
            # rows are dicts (:meth:`_rows`): a column a query leaves out takes the Claim's default
            component_id=r.get("component_id") or r["group_id"] or "",
            lemmas=_json_list(r["lemmas"]) if "lemmas" in r else [],
            attributed_entity=r.get("attributed_entity", ""), source_type=r.get("source_type", ""),
            language=r.get("language", "fr"), eventless=bool(r.get("eventless", 0)),
        )

    def claims(self, *, article_id: str | None = None, group_id: str | None = None,
               story_id: str | None = None, entity_id: str | None = None, limit: int | None = None) -> list[Claim]:
        """Claims of an article, a group, a story, or about an entity (its subject, object or
        place), in text order; at most ``limit`` of them."""
        tail = " LIMIT ?" if limit is not None else ""
        extra = [limit] if limit is not None else []
        if entity_id is not None and story_id is None and article_id is None and group_id is None:
            # one indexed lookup per role, not a pass over every claim
            rows = self._rows(
                "SELECT * FROM claims WHERE id IN (SELECT id FROM claims WHERE subject_entity=?"
                " UNION SELECT id FROM claims WHERE object_entity=? UNION SELECT id FROM claims WHERE place_entity=?)"
                f" ORDER BY article_id, start{tail}", [entity_id] * 3 + extra)
            return self._heads_only(entity_id, [self._claim(r) for r in rows])
        sql, params = "SELECT c.* FROM claims c", []
        if story_id is not None:
            sql += " JOIN articles a ON a.id=c.article_id WHERE a.story_id=?"
            params.append(story_id)
        elif article_id is not None:
            sql += " WHERE c.article_id=?"
            params.append(article_id)
        elif group_id is not None:
            sql += " WHERE c.group_id=?"
            params.append(group_id)
        return [self._claim(r) for r in self._rows(sql + " ORDER BY c.article_id, c.start" + tail, params + extra)]

    def _heads_only(self, entity_id: str, claims: list[Claim]) -> list[Claim]:
        """``claims`` about ``entity_id`` without those where its name stands only in a noun's complement of
        the subject or object (« une habitante de Moscou a raconté … » is no claim of Moscou's). The
        resolver links the phrase to the name it holds, and the claim groups use that link as it is; an
        entity's list keeps the claims the entity is the actor, theme or place of."""
        from recoupe.resolve.names import in_complement

        names = [r[0] for r in self.db.execute("SELECT DISTINCT alias FROM aliases WHERE entity_id=?", (entity_id,))]

        def modifier_only(text: str) -> bool:
            found = [n for n in names if n and n in text]
            return bool(found) and all(in_complement(text, n) for n in found)

        return [c for c in claims if c.place_entity == entity_id
                or (c.subject_entity == entity_id and not modifier_only(c.subject))
                or (c.object_entity == entity_id and not modifier_only(c.object))]

    def claims_by_group(self, group_ids: Iterable[str]) -> dict[str, list[Claim]]:
        """The claims of each of ``group_ids``, each group's in the order of :meth:`claims` with
        ``group_id`` (one statement for all the groups, not one each)."""
        ids = sorted(set(group_ids))
        out: dict[str, list[Claim]] = {g: [] for g in ids}
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            for r in self._rows(f"SELECT c.* FROM claims c WHERE c.group_id IN ({','.join('?' * len(chunk))})"
                                " ORDER BY c.article_id, c.start, c.rowid", chunk):
                out[r["group_id"]].append(self._claim(r))
        return out

    def attributed_claims(self, article_ids: Iterable[str]) -> list[Claim]:
        """The claims of ``article_ids`` that name a source (``attributed_to``), in text order: where
        each article cites whom (:func:`recoupe.claims.status.source_context`)."""
        ids = sorted(set(article_ids))
        out: list[Claim] = []
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            out += [self._claim(r) for r in self._rows(
                f"SELECT c.* FROM claims c WHERE c.article_id IN ({','.join('?' * len(chunk))})"
                " AND c.attributed_to != '' ORDER BY c.article_id, c.start, c.rowid", chunk)]
        return out

    def roles_of(self, entity_ids: Iterable[str]) -> dict[str, frozenset[tuple[str, str]]]:
        """Entity id -> every role stored for it (« Const. », « Harbor Police Lt. »), each with the story
        of the article giving it (that article's id when it has no story)."""
        ids = sorted(set(entity_ids))
        out: dict[str, set[tuple[str, str]]] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            for eid, story, role in self.db.execute(
                    "SELECT r.entity_id, COALESCE(a.story_id, r.article_id), r.role FROM roles r"
                    f" LEFT JOIN articles a ON a.id = r.article_id WHERE r.entity_id IN ({','.join('?' * len(chunk))})",
                    chunk):
                out.setdefault(eid, set()).add((story, role))
        return {e: frozenset(r) for e, r in out.items()}

    def article_texts(self, article_ids: Iterable[str], language: str) -> dict[str, str]:
        """Article id -> its stored text, for those of ``article_ids`` in ``language``."""
        ids = sorted(set(article_ids))
        out: dict[str, str] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            out.update(self.db.execute(
                f"SELECT id, text FROM articles WHERE id IN ({','.join('?' * len(chunk))}) AND language=?",
                [*chunk, language]))
        return out

    def articles_in_language(self, article_ids: Iterable[str], language: str) -> list[str]:
        """Those of ``article_ids`` in ``language``, sorted (their ids only: no text read)."""
        ids = sorted(set(article_ids))
        out: list[str] = []
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            out.extend(r[0] for r in self.db.execute(
                f"SELECT id FROM articles WHERE id IN ({','.join('?' * len(chunk))}) AND language=?",
                [*chunk, language]))
        return sorted(out)

    def stories_of(self, article_ids: Iterable[str]) -> dict[str, str]:
        """Article id -> its story (its own id when it has none)."""
        ids = sorted(set(article_ids))
        out: dict[str, str] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            out.update(self.db.execute(
                f"SELECT id, COALESCE(story_id, id) FROM articles WHERE id IN ({','.join('?' * len(chunk))})", chunk))
        return out

    def quotes(self, article_id: str | None = None, speaker_entity: str | None = None) -> list[Quote]:
        sql, params = "SELECT * FROM quotes", []
        if article_id:
            sql, params = sql + " WHERE article_id=?", [article_id]
        elif speaker_entity:
            sql, params = sql + " WHERE speaker_entity=?", [speaker_entity]
        return [Quote(r["article_id"], r["text"], r["start"], r["end"], r["speaker"], r["cue"], r["speaker_entity"],
                      r["speaker_type"] if "speaker_type" in r.keys() else "")  # noqa: SIM118 - a sqlite3.Row
                for r in self._rows(sql + " ORDER BY article_id, start", params)]

    def timexes(self, article_id: str) -> list[TimeExpr]:
        return [
            TimeExpr(r["start"], r["end"], r["text"], r["type"], r["value"], _date(r["interval_start"]),
                     _date(r["interval_end"]), r["precision"], r["rule"], _date(r["anchor"]))
            for r in self._rows("SELECT * FROM timexes WHERE article_id=? ORDER BY start", (article_id,))
        ]

    def events(self, story_id: str | None = None, entity_id: str | None = None) -> list[Event]:
        sql, params = "SELECT e.* FROM events e", []
        if story_id is not None:
            sql += " JOIN articles a ON a.id=e.article_id WHERE a.story_id=?"
            params.append(story_id)
        elif entity_id is not None:
            sql += (" JOIN claims c ON c.id=e.claim_id WHERE c.subject_entity=? OR c.object_entity=?"
                    " OR c.place_entity=?")
            params += [entity_id] * 3
        rows = self._rows(sql + " ORDER BY e.start IS NULL, e.start, e.article_id", params)
        return [Event(r["article_id"], r["claim_id"], r["text"], _date(r["start"]), _date(r["end"]),
                      r["precision"], _date(r["anchor"]), r["timex"], r["value"]) for r in rows]

    # -- entities --------------------------------------------------------------------------------
    def entity_ids_by_key(self, key: str, kind: str) -> list[str]:
        return [r[0] for r in self.db.execute(
            "SELECT k.entity_id FROM entity_keys k JOIN entities e ON e.id=k.entity_id"
            " WHERE k.key=? AND k.kind=? ORDER BY e.mention_count DESC, e.name, e.id", (key, kind))]

    def entity_ids_with_all_keys(self, keys: list[str], kind: str) -> list[str]:
        """Entities carrying every one of ``keys`` (most mentioned first): one indexed join per
        key, so a common family name does not mean reading every entity that bears it."""
        if not keys:
            return []
        joins = "".join(f" JOIN entity_keys k{i} ON k{i}.entity_id = k0.entity_id AND k{i}.key=? AND k{i}.kind=?"
                        for i in range(1, len(keys)))
        params: list[Any] = []
        for k in keys[1:]:
            params += [k, kind]
        return [r[0] for r in self.db.execute(
            f"SELECT k0.entity_id FROM entity_keys k0{joins} JOIN entities e ON e.id = k0.entity_id"
            " WHERE k0.key=? AND k0.kind=? ORDER BY e.mention_count DESC, e.name, e.id", [*params, keys[0], kind])]

    def entity_keys_with_prefix(self, prefix: str, kind: str, limit: int = 200) -> list[tuple[str, str]]:
        """(key, entity id) of the keys of ``kind`` that start with ``prefix``: a range of the
        key index, at most ``limit`` rows (the search's typo tolerance compares them)."""
        return [(r[0], r[1]) for r in self.db.execute(
            "SELECT key, entity_id FROM entity_keys WHERE key >= ? AND key < ? AND kind = ? LIMIT ?",
            (prefix, prefix + "\uffff", kind, limit))]

    def group_article_counts(self, group_ids: Iterable[str]) -> dict[str, int]:
        """Number of articles carrying each of the given claim groups (one indexed query)."""
        ids = list(dict.fromkeys(group_ids))
        if not ids:
            return {}
        return {r[0]: int(r[1]) for r in self.db.execute(
            f"SELECT group_id, COUNT(DISTINCT article_id) FROM claims WHERE group_id IN ({','.join('?' * len(ids))})"
            " GROUP BY group_id", ids)}

    def entity_row(self, entity_id: str) -> Row | None:
        return self._one("SELECT * FROM entities WHERE id=?", (entity_id,))

    def create_entity(self, entity_id: str, name: str, etype: str) -> None:
        self.db.execute("INSERT INTO entities (id, name, type) VALUES (?,?,?)", (entity_id, name, etype))
        self._text_changed(entity=entity_id)

    def next_entity_number(self) -> int:
        return int(self.db.execute("SELECT COALESCE(MAX(rowid), 0) FROM entities").fetchone()[0]) + 1  # O(log n)

    def add_entity_keys(self, entity_id: str, keys: Iterable[tuple[str, str]]) -> None:
        self.db.executemany("INSERT OR IGNORE INTO entity_keys (key, kind, entity_id) VALUES (?,?,?)",
                            [(k, kind, entity_id) for k, kind in keys])

    def entity_keys(self, entity_id: str) -> list[tuple[str, str]]:
        return [(r[0], r[1]) for r in self.db.execute(
            "SELECT key, kind FROM entity_keys WHERE entity_id=?", (entity_id,))]

    def add_alias(self, entity_id: str, alias: str, article_id: str, count: int) -> None:
        self.db.execute(
            "INSERT INTO aliases (entity_id, alias, article_id, count) VALUES (?,?,?,?)"
            " ON CONFLICT (entity_id, alias, article_id) DO UPDATE SET count=excluded.count",
            (entity_id, alias, article_id, count),
        )
        self.db.execute("UPDATE entities SET mention_count = mention_count + ? WHERE id=?", (count, entity_id))
        self._text_changed(entity=entity_id, alias=alias)

    def add_aliases(self, entity_id: str, article_id: str, counts: Iterable[tuple[str, int]]) -> None:
        """:meth:`add_alias` for several spellings of one entity in one article (two statements)."""
        counts = list(counts)
        if not counts:
            return
        self.db.executemany(
            "INSERT INTO aliases (entity_id, alias, article_id, count) VALUES (?,?,?,?)"
            " ON CONFLICT (entity_id, alias, article_id) DO UPDATE SET count=excluded.count",
            [(entity_id, alias, article_id, n) for alias, n in counts],
        )
        self.db.execute("UPDATE entities SET mention_count = mention_count + ? WHERE id=?",
                        (sum(n for _, n in counts), entity_id))
        for alias, _ in counts:
            self._text_changed(entity=entity_id, alias=alias)

    def rename_entity(self, entity_id: str, name: str) -> None:
        self.db.execute("UPDATE entities SET name=? WHERE id=?", (name, entity_id))
        self._text_changed(entity=entity_id)

    def add_role(self, entity_id: str, article_id: str, role: str) -> None:
        self.db.execute("INSERT OR IGNORE INTO roles (entity_id, article_id, role) VALUES (?,?,?)",
                        (entity_id, article_id, role))

    def entities(self, name: str | None = None) -> list[Row]:
        """Entities with their aliases and roles, most mentioned first; ``name`` filters by alias."""
        if name:
            like = f"%{name}%"
            rows = self._rows(
                "SELECT DISTINCT e.* FROM entities e LEFT JOIN aliases a ON a.entity_id=e.id"
                " WHERE e.name LIKE ? OR a.alias LIKE ? ORDER BY e.mention_count DESC, e.id", (like, like))
        else:
            rows = self._rows("SELECT * FROM entities ORDER BY mention_count DESC, id")
        for r in rows:
            r["aliases"] = self._rows(
                "SELECT alias, article_id, count FROM aliases WHERE entity_id=? ORDER BY count DESC, alias",
                (r["id"],))
            r["roles"] = self._rows("SELECT article_id, role FROM roles WHERE entity_id=? ORDER BY article_id",
                                    (r["id"],))
        return rows

    # -- knowledge base (recoupe.resolve.kb) -------------------------------------------------------
    def entity_ids(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT id FROM entities ORDER BY rowid")]

    def kb_unchecked_entity_ids(self) -> list[str]:
        """Entities not checked against a KB since they were created or gained a spelling."""
        return [r[0] for r in self.db.execute("SELECT id FROM entities WHERE kb_status = '' ORDER BY id")]

    def entity_names(self, ids: Iterable[str]) -> dict[str, tuple[str, list[str]]]:
        """Type and names (display name, then every distinct alias) of the given entities."""
        rows = self._rows_in("SELECT id, name, type FROM entities WHERE id IN ({q})", ids)
        out = {eid: (r["type"], [r["name"]]) for eid, r in rows.items()}
        wanted = sorted(out)
        for i in range(0, len(wanted), 500):
            chunk = wanted[i:i + 500]
            for eid, alias in self.db.execute(
                    f"SELECT DISTINCT entity_id, alias FROM aliases WHERE entity_id IN ({','.join('?' * len(chunk))})"
                    " ORDER BY entity_id, alias", chunk):
                if alias not in out[eid][1]:
                    out[eid][1].append(alias)
        return out

    def set_entity_kb(self, links: Iterable[tuple[str, str, Any]]) -> None:
        """Record (entity id, status, KB entry or None) checks; no entry clears a former link."""
        self.db.executemany(
            "UPDATE entities SET kb_status=?, kb_id=?, kb_label=?, kb_description=?, kb_lat=?, kb_lon=? WHERE id=?",
            [(status, e.id, e.label, e.description, e.lat, e.lon, eid) if e is not None
             else (status, None, "", "", None, None, eid) for eid, status, e in links])

    def kb_fingerprint(self) -> str | None:
        """The fingerprint of the KB last applied to this store, if any."""
        r = self.db.execute("SELECT fingerprint FROM kb_runs ORDER BY id DESC LIMIT 1").fetchone()
        return r[0] if r else None

    def record_kb_run(self, source: str, fingerprint: str, entries: int, checked: int, linked: int,
                      ambiguous: int) -> None:
        self.db.execute("INSERT INTO kb_runs (source, fingerprint, entries, checked, linked, ambiguous)"
                        " VALUES (?,?,?,?,?,?)", (source, fingerprint, entries, checked, linked, ambiguous))

    def kb_runs(self) -> list[Row]:
        return self._rows("SELECT * FROM kb_runs ORDER BY id")

    def kb_linked_count(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM entities WHERE kb_id IS NOT NULL").fetchone()[0])

    # -- independence (wire copy) -----------------------------------------------------------------
    def lsh_candidates(self, buckets: list[tuple[int, str]]) -> list[str]:
        """Articles sharing a bucket of any band with ``buckets`` (one statement for all bands)."""
        if not buckets:
            return []
        union = " UNION ".join("SELECT article_id FROM lsh_bands WHERE band=? AND bucket=?" for _ in buckets)
        return sorted(r[0] for r in self.db.execute(union, [x for bb in buckets for x in bb]))

    def add_lsh(self, article_id: str, buckets: list[tuple[int, str]], signature: bytes) -> None:
        self.db.executemany("INSERT OR IGNORE INTO lsh_bands (band, bucket, article_id) VALUES (?,?,?)",
                            [(b, k, article_id) for b, k in buckets])
        self.db.execute("INSERT OR REPLACE INTO minhashes (article_id, signature) VALUES (?,?)",
                        (article_id, signature))

    def minhash(self, article_id: str) -> bytes | None:
        r = self.db.execute("SELECT signature FROM minhashes WHERE article_id=?", (article_id,)).fetchone()
        return r[0] if r else None

    def set_source(self, article_id: str, source_id: str, reason: str) -> None:
        self.db.execute("UPDATE articles SET source_id=?, source_reason=? WHERE id=?",
                        (source_id, reason, article_id))

    def sources_of(self, article_ids: list[str]) -> dict[str, str]:
        """Article id -> its independent source: the outlet of the article whose copy it is (of
        itself when it copies none), or that article's id when the outlet is unknown. Two
        articles of one newsroom are one source, as are wire copies in several outlets."""
        out: dict[str, str] = {}
        for i in range(0, len(article_ids), 500):
            chunk = article_ids[i:i + 500]
            q = ",".join("?" * len(chunk))
            for aid, src in self.db.execute(
                    "SELECT a.id, COALESCE('outlet:' || NULLIF(s.outlet, ''), COALESCE(a.source_id, a.id))"
                    f" FROM articles a LEFT JOIN articles s ON s.id = COALESCE(a.source_id, a.id) WHERE a.id IN ({q})",
                    chunk):
                out[aid] = src
        return out

    def source_of(self, article_id: str) -> str:
        r = self.db.execute("SELECT source_id FROM articles WHERE id=?", (article_id,)).fetchone()
        return (r[0] or article_id) if r else article_id

    # -- stories ----------------------------------------------------------------------------------
    def article_total(self) -> int:
        """How many articles the store holds, in O(log n): articles are never deleted and each
        takes the next ``seq`` (COUNT(*) would walk a whole index on every article added)."""
        return int(self.db.execute("SELECT COALESCE(MAX(seq), 0) FROM articles").fetchone()[0])

    def bump_df(self, terms: Iterable[str]) -> None:
        """Add one to the document frequency of each of ``terms`` (a term twice is bumped twice).
        Inside a transaction the bumps are summed in memory and written when it commits
        (:meth:`_write_df`): the articles of one transaction share most of their terms, and each
        row written is an index lookup and a page touched. :meth:`df` adds them to what it reads;
        a savepoint rolled back takes its own back."""
        self._df_bumps += 1
        if not self._depth:  # a write outside transaction(): the kept frequencies are not checked again
            self.db.executemany("INSERT INTO term_df (term, df) VALUES (?, 1) ON CONFLICT(term) DO UPDATE SET df=df+1",
                                [(t,) for t in terms])
            self._df_cache = {}
            return
        terms = list(terms)
        pending, cache = self._df_pending, self._df_cache
        for t in terms:
            pending[t] = pending.get(t, 0) + 1
            if t in cache:  # the frequencies read under the lock follow the bumps
                cache[t] += 1
        if self._df_log is not None:
            self._df_log.extend(terms)

    def _write_df(self) -> None:
        """Write the bumps :meth:`bump_df` kept, one row per term, the new terms in the order of
        their first bump (the order one write per bump gave their rows)."""
        pending, self._df_pending = self._df_pending, {}
        self.db.executemany(
            "INSERT INTO term_df (term, df) VALUES (?, ?) ON CONFLICT(term) DO UPDATE SET df=df+excluded.df",
            pending.items())

    def df(self, terms: list[str]) -> dict[str, int]:
        """The document frequency of each of ``terms`` that has one, in term order. Inside a
        transaction the values read are kept (the write lock is held: only :meth:`bump_df` changes
        them, and keeps them current; a savepoint or transaction rolled back drops them), and into
        the next transaction while no other connection commits (:meth:`_check_others`): an
        article's ~400 terms are read at its integration, again by its claims and again by the
        re-reading pass, and the articles of one story share most of them."""
        wanted = sorted(set(terms))
        cache = self._df_cache if self._depth else None
        missing = wanted if cache is None else [t for t in wanted if t not in cache]
        # pairs straight into the dict, not a dict per row
        found: dict[str, int] = {}
        for i in range(0, len(missing), 500):
            chunk = missing[i:i + 500]
            found.update(self.db.execute(
                f"SELECT term, df FROM term_df WHERE term IN ({','.join('?' * len(chunk))})", chunk))
        if cache is None:
            return {t: found[t] for t in wanted if t in found}
        pending = self._df_pending  # bumps not written yet
        for t in missing:
            cache[t] = found.get(t, 0) + pending.get(t, 0)
        return {t: cache[t] for t in wanted if cache[t]}

    STORY_POSTINGS = 200  # most recent stories read per term

    def story_candidates(self, terms: list[str], since: str | None, limit: int = 50,
                         per_term: int | None = None) -> list[str]:
        """Stories sharing the most weight of ``terms``, active since ``since``. Each term
        contributes only its ``per_term`` (default ``STORY_POSTINGS``) most recent stories (index
        walk, no scan): a word shared by hundreds of stories says little, and the cost stays flat
        as the store grows. Ties go to the greater story id.

        Inside a transaction (the write lock held: only this connection writes) each term's
        postings and each story's last date are read once and kept: :meth:`add_to_story` updates
        the postings it writes (:meth:`_posted`), the other writes (:meth:`remove_from_story`,
        :meth:`drop_story`, :meth:`merge_story`) drop them; they stay into the next transaction
        while no other connection commits (:meth:`_check_others`), and a rollback drops them all.
        Articles of one story post the same words article after article, and the re-reading pass,
        which moves few articles, reads the same terms' postings again and again. The sums are made
        in the same order as the single query this replaced (the
        postings term by term, each most recent first), so the candidates are the same."""
        if not terms:
            return []
        n = per_term or self.STORY_POSTINGS
        keep = self._depth > 0
        postings, last = (self._postings, self._story_last) if keep else ({}, {})
        sums: dict[str, float] = {}
        get = sums.get
        for t in terms:
            by_n = postings.get(t)
            rows = by_n.get(n) if by_n is not None else None
            if rows is None:
                rows = [(r[0], r[1]) for r in self.db.execute(
                    "SELECT story_id, weight FROM story_terms INDEXED BY story_terms_recent"
                    " WHERE term=? ORDER BY rowid DESC LIMIT ?", (t, n))]
                if keep:
                    postings.setdefault(t, {})[n] = rows
                    self._posting_rows += len(rows)
            for sid, w in rows:
                sums[sid] = get(sid, 0.0) + w
        out: list[str] = []
        for sid, _ in sorted(sums.items(), key=lambda kv: (kv[1], kv[0]), reverse=True):
            when = last.get(sid, _UNREAD)
            if when == _UNREAD:
                r = self.db.execute("SELECT last_published FROM stories WHERE id=?", (sid,)).fetchone()
                when = last[sid] = r[0] if r is not None else _NO_STORY
            if when == _NO_STORY or (since and when is not None and when < since):
                continue  # a story's dates are its own: filtered after the sums, as the join did
            out.append(sid)
            if len(out) >= limit:
                break
        return out

    def _story_written(self, story_id: str, terms: Iterable[str] | None) -> None:
        """Forget what :meth:`story_candidates` kept of ``terms``' postings (all when None) and of the
        story's dates."""
        self._story_changed_now(story_id)
        self._story_last.pop(story_id, None)
        if terms is None:
            self._postings = {}
            self._posting_rows = 0
            return
        pop = self._postings.pop
        for t in terms:
            pop(t, None)

    def _story_changed_now(self, story_id: str) -> None:
        self._story_rows.pop(story_id, None)
        self._story_gen += 1
        self._story_changed[story_id] = self._story_gen

    def reads_since(self) -> tuple[int, int, int]:
        """A mark of what this connection has read so far, for :meth:`story_unchanged`: its epoch
        (changed when another connection commits or a transaction or savepoint is rolled back), how
        many document frequency bumps it made, its count of story writes (rows, terms, meaning
        sums, new and deleted stories)."""
        return self._epoch, self._df_bumps, self._story_gen

    def story_unchanged(self, story_id: str, mark: tuple[int, int, int]) -> bool:
        """Whether ``story_id`` (its row, terms and meaning sum) is as it was when :meth:`reads_since`
        gave ``mark``. Within one epoch only this connection writes, and every write to a story goes
        through :meth:`add_to_story`, :meth:`remove_from_story`, :meth:`drop_story`,
        :meth:`create_story` or :meth:`set_story_meaning`, which note it."""
        return mark[0] == self._epoch and self._story_changed.get(story_id, 0) <= mark[2]

    STORY_CACHE = 4096  # story term vectors kept in memory

    def story_terms(self, story_id: str) -> dict[str, float]:
        """A story's term weights. Vectors are cached with the story's size: the size changes with
        every article added (by this or any other writer, and back on a rollback), so a cached
        vector is used only while the size still matches, at the price of one indexed lookup."""
        row = self.db.execute("SELECT size FROM stories WHERE id=?", (story_id,)).fetchone()
        return self._terms_at(story_id, row[0] if row else -1)

    def story_state(self, story_id: str) -> tuple[dict[str, float], bytes | None, str | None, str | None]:
        """:meth:`story_terms`, :meth:`story_meaning` and :meth:`story_dates` of one story read with one
        query of its row (a story compared with an article needs the three): its term weights, its
        meaning sum, its first and last publication dates."""
        rows = self._story_rows
        if self._depth and story_id in rows:  # (outside a transaction another writer may have committed)
            row = rows[story_id]
        else:
            found = self.db.execute("SELECT size, meaning, first_published, last_published FROM stories WHERE id=?",
                                    (story_id,)).fetchone()
            row = (found[0], found[1], found[2], found[3]) if found is not None else None
            if self._depth:  # under the write lock: kept until the story is written (_story_changed_now)
                rows[story_id] = row
        if row is None:
            return self._terms_at(story_id, -1), None, None, None
        return self._terms_at(story_id, row[0]), row[1], row[2], row[3]

    def _terms_at(self, story_id: str, size: int) -> dict[str, float]:
        cache = self._story_cache
        hit = cache.get(story_id)
        if hit is not None and hit[0] == size:
            return hit[1]
        terms = {r[0]: r[1]
                 for r in self.db.execute("SELECT term, weight FROM story_terms WHERE story_id=?", (story_id,))}
        if len(cache) >= self.STORY_CACHE:
            cache.clear()
        cache[story_id] = (size, terms)
        return terms

    def story_norm(self, story_id: str, norm: Callable[[dict[str, float]], float]) -> float:
        """``norm`` of the vector :meth:`story_terms` just returned for ``story_id``, kept with it: computed
        again when that vector changes (an article added to it bumps its size, a read anew is another dict)."""
        size, vec = self._story_cache[story_id]
        known = self._story_norms.get(story_id)
        if known is not None and known[0] == size and known[1] is vec:
            return known[2]
        value = norm(vec)
        if len(self._story_norms) >= self.STORY_CACHE:
            self._story_norms.clear()
        self._story_norms[story_id] = (size, vec, value)
        return value

    def create_story(self, story_id: str, label: str) -> None:
        self._story_changed_now(story_id)
        self._story_last.pop(story_id, None)
        self.db.execute("INSERT INTO stories (id, label) VALUES (?,?)", (story_id, label))

    def next_story_number(self) -> int:
        return int(self.db.execute("SELECT COALESCE(MAX(rowid), 0) FROM stories").fetchone()[0]) + 1  # O(log n)

    def add_to_story(self, story_id: str, article_id: str, terms: dict[str, float], published: date | None) -> None:
        postings = self._postings
        taken = {t: postings.pop(t) for t in terms if t in postings}  # put back below, once written
        self._story_written(story_id, ())
        hit = self._story_cache.pop(story_id, None)
        if hit is not None:  # keep the cached vector current: the same sums the SQL below makes
            size, vec = hit
            for t, w in terms.items():
                vec[t] = vec.get(t, 0.0) + w
            self._story_cache[story_id] = (size + 1, vec)
        self.db.execute("UPDATE articles SET story_id=? WHERE id=?", (story_id, article_id))
        self.db.executemany(
            "INSERT INTO story_terms (term, story_id, weight) VALUES (?,?,?)"
            " ON CONFLICT (term, story_id) DO UPDATE SET weight = weight + excluded.weight",
            [(t, story_id, w) for t, w in terms.items()],
        )
        p = _d(published)
        self.db.execute(
            "UPDATE stories SET size = size + 1, dirty = 1,"
            " first_published = CASE WHEN ? IS NULL THEN first_published WHEN first_published IS NULL OR ? < "
            "first_published THEN ? ELSE first_published END,"
            " last_published = CASE WHEN ? IS NULL THEN last_published WHEN last_published IS NULL OR ? > "
            "last_published THEN ? ELSE last_published END"
            " WHERE id=?",
            (p, p, p, p, p, p, story_id),
        )
        self._posted(story_id, terms, taken)

    def _posted(self, story_id: str, terms: dict[str, float], taken: dict[str, dict[int, list[tuple[str, float]]]]
                ) -> None:
        """Put back the postings :meth:`story_candidates` kept of ``terms``, as :meth:`add_to_story`'s
        upsert left them: a story already in a term's list has its weight summed in place (its row
        keeps its rowid, so its rank); a story not in a list that holds all the term's postings
        (fewer than asked) has a new row, the most recent: first. A full list without the story is
        dropped (whether the row is new or an older one cannot be told): read again when needed.
        The same sums as SQL's, so the candidates are the same as those read anew."""
        postings = self._postings
        for t, by_n in taken.items():
            w = float(terms[t])
            kept: dict[int, list[tuple[str, float]]] = {}
            for n, rows in by_n.items():
                for i, (sid, old) in enumerate(rows):
                    if sid == story_id:
                        rows[i] = (sid, old + w)
                        break
                else:
                    if len(rows) >= n:
                        continue
                    rows.insert(0, (story_id, w))
                    self._posting_rows += 1
                kept[n] = rows
            if kept:
                postings[t] = kept

    def remove_from_story(self, story_id: str, article_id: str, terms: dict[str, float]) -> int:
        """Undo :meth:`add_to_story` for one article (the re-reading pass of
        :func:`recoupe.resolve.stories.reread_story`): its posted ``terms`` subtracted (a term left
        with no weight is removed), the size lowered, the dates and the label taken again from the
        articles left (the label is the first one's, as when the story was made). Returns the
        size left. The meaning sum is the caller's (:meth:`set_story_meaning`)."""
        self._story_written(story_id, terms)
        self._story_cache.pop(story_id, None)
        self.db.execute("UPDATE articles SET story_id=NULL WHERE id=?", (article_id,))
        self.db.executemany("UPDATE story_terms SET weight = weight - ? WHERE term=? AND story_id=?",
                            [(w, t, story_id) for t, w in terms.items()])
        # float sums do not come back to exactly 0; a weight under 1e-9 is no posted term (the
        # smallest posted, a key, weighs 1e-6)
        self.db.executemany("DELETE FROM story_terms WHERE term=? AND story_id=? AND weight < 1e-9",
                            [(t, story_id) for t in terms])
        self.db.execute(
            "UPDATE stories SET size = size - 1, dirty = 1,"
            " first_published = (SELECT MIN(published) FROM articles WHERE story_id=?1),"
            " last_published = (SELECT MAX(published) FROM articles WHERE story_id=?1),"
            " label = COALESCE((SELECT CASE WHEN title != '' THEN title ELSE substr(text, 1, 80) END"
            " FROM articles WHERE story_id=?1 ORDER BY seq LIMIT 1), label) WHERE id=?1", (story_id,))
        return self.story_size(story_id)

    def merge_story(self, story_id: str, into: str) -> list[str]:
        """Move every article of ``story_id`` into story ``into`` (the merge pass after the re-reading
        pass, :func:`recoupe.resolve.stories.merge_story`): the term weights added, the size, dates and
        label taken again (the label the first article's, as when a story is made), ``story_id``
        deleted. Returns the articles moved, in the order they were stored. The meaning sums are the
        caller's (:meth:`set_story_meaning`)."""
        moved = [r[0] for r in self.db.execute("SELECT id FROM articles WHERE story_id=? ORDER BY seq", (story_id,))]
        self._story_written(into, None)
        self._story_cache.pop(into, None)
        self.db.execute("UPDATE articles SET story_id=? WHERE story_id=?", (into, story_id))
        self.db.execute(
            "INSERT INTO story_terms (term, story_id, weight) SELECT term, ?, weight FROM story_terms"
            " WHERE story_id=? ORDER BY term"
            " ON CONFLICT (term, story_id) DO UPDATE SET weight = weight + excluded.weight",
            (into, story_id))
        self.db.execute(
            "UPDATE stories SET size = (SELECT SUM(size) FROM stories WHERE id IN (?1, ?2)), dirty = 1,"
            " first_published = (SELECT MIN(first_published) FROM stories WHERE id IN (?1, ?2)),"
            " last_published = (SELECT MAX(last_published) FROM stories WHERE id IN (?1, ?2)),"
            " label = COALESCE((SELECT CASE WHEN title != '' THEN title ELSE substr(text, 1, 80) END"
            " FROM articles WHERE story_id=?1 ORDER BY seq LIMIT 1), label) WHERE id=?1", (into, story_id))
        self.drop_story(story_id)
        return moved

    def drop_story(self, story_id: str) -> None:
        """Delete a story that no article is in any more (every one moved out by the re-reading
        pass), with its term postings and briefing."""
        if self.db.execute("SELECT 1 FROM articles WHERE story_id=? LIMIT 1", (story_id,)).fetchone():
            raise ValueError(f"story {story_id} still has articles")
        self._story_written(story_id, None)
        self._story_cache.pop(story_id, None)
        for table in ("story_terms", "briefings"):
            self.db.execute(f"DELETE FROM {table} WHERE story_id=?", (story_id,))
        self.db.execute("DELETE FROM stories WHERE id=?", (story_id,))

    def claims_to_regroup(self, article_ids: Iterable[str]) -> list[str]:
        """The claims to put in groups again when ``article_ids`` moved to another story: their
        own, and every claim of the components they were in (which are cut anew without them)."""
        ids = sorted(set(article_ids))
        out: set[str] = set()
        for i in range(0, len(ids), 400):
            chunk = ids[i:i + 400]
            marks = ",".join("?" * len(chunk))
            out.update(r[0] for r in self.db.execute(
                f"SELECT id FROM claims WHERE article_id IN ({marks}) UNION SELECT id FROM claims WHERE component_id IN"
                f" (SELECT component_id FROM claims WHERE article_id IN ({marks}) AND component_id IS NOT NULL)",
                [*chunk, *chunk]))
        return sorted(out)

    def ungroup_claims(self, claim_ids: Iterable[str]) -> None:
        """Forget what the per-story claim stages wrote for ``claim_ids`` (before they run again,
        in the story each claim's article is now in): their groups and components (the rows of
        those left with no claim deleted), their claim-term and conflict-key postings in a story
        (those across stories, ``*``, name the claim, not its story) and every contradiction or
        update naming one of them."""
        ids = sorted(set(claim_ids))
        groups: set[str] = set()
        for i in range(0, len(ids), 400):
            chunk = ids[i:i + 400]
            marks = ",".join("?" * len(chunk))
            filed: list[tuple[str, str]] = []  # (story the claim was grouped in, claim): its postings' keys
            for r in self.db.execute(f"SELECT c.id, c.group_id, c.component_id, g.story_id FROM claims c"
                                     f" LEFT JOIN claim_groups g ON g.id = c.group_id WHERE c.id IN ({marks})", chunk):
                groups.update(g for g in (r[1], r[2]) if g)
                if r[3]:
                    filed.append((r[3], r[0]))
            self.db.execute(f"DELETE FROM contradictions WHERE claim_a IN ({marks}) OR claim_b IN ({marks})",
                            [*chunk, *chunk])
            # one walk of each story's postings for all its claims: the key is (story, term, claim),
            # so a delete by (story, claim) reads the whole story's range each time
            by_story: dict[str, list[str]] = {}
            for story_id, claim_id in filed:
                by_story.setdefault(story_id, []).append(claim_id)
            for story_id, claim_ids in sorted(by_story.items()):
                these = ",".join("?" * len(claim_ids))
                for table in ("claim_terms", "conflict_keys"):
                    self.db.execute(f"DELETE FROM {table} WHERE story_id=? AND claim_id IN ({these})",
                                    [story_id, *claim_ids])
            self.db.execute(f"UPDATE claims SET group_id=NULL, component_id=NULL WHERE id IN ({marks})", chunk)
            self._rows_written(chunk)
        self.drop_empty_groups(groups)

    def claims_by_article(self, claim_ids: Iterable[str]) -> list[tuple[str, str, str, list[Claim]]]:
        """``claim_ids`` by article, as ``(article id, story id, language, claims)``, the articles in
        the order they were stored (``seq``) and each one's claims in the order they were saved."""
        ids = sorted(set(claim_ids))
        rows: list[Row] = []
        for i in range(0, len(ids), 400):
            chunk = ids[i:i + 400]
            rows += self._rows(
                "SELECT c.*, c.rowid AS number_, a.seq AS seq_, a.story_id AS story_, a.language AS language_"
                f" FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.id IN ({','.join('?' * len(chunk))})",
                chunk)
        rows.sort(key=lambda r: (r["seq_"], r["number_"]))
        out: dict[str, tuple[str, str, str, list[Claim]]] = {}
        for r in rows:
            out.setdefault(r["article_id"], (r["article_id"], r["story_"] or "", r["language_"] or "", []))[3].append(
                self._claim(r))
        return list(out.values())

    def set_article_meaning(self, article_id: str, encoder: str, vec: bytes) -> None:
        self.db.execute("INSERT OR REPLACE INTO article_meaning (article_id, encoder, vec) VALUES (?,?,?)",
                        (article_id, encoder, vec))

    def article_meaning(self, article_id: str) -> tuple[str, bytes] | None:
        r = self.db.execute("SELECT encoder, vec FROM article_meaning WHERE article_id=?", (article_id,)).fetchone()
        return (r[0], r[1]) if r else None

    def story_meaning(self, story_id: str) -> bytes | None:
        r = self.db.execute("SELECT meaning FROM stories WHERE id=?", (story_id,)).fetchone()
        return r[0] if r else None

    def set_story_meaning(self, story_id: str, blob: bytes) -> None:
        self._story_changed_now(story_id)
        self.db.execute("UPDATE stories SET meaning=? WHERE id=?", (blob, story_id))

    def story_dates(self, story_id: str) -> tuple[str | None, str | None]:
        """A story's first and last publication dates (ISO), None when none of its articles is dated."""
        r = self.db.execute("SELECT first_published, last_published FROM stories WHERE id=?", (story_id,)).fetchone()
        return (r[0], r[1]) if r else (None, None)

    def story_size(self, story_id: str) -> int:
        r = self.db.execute("SELECT size FROM stories WHERE id=?", (story_id,)).fetchone()
        return int(r[0]) if r else 0

    def stories(self, limit: int | None = None, offset: int = 0) -> list[Row]:
        """The stories, largest first, with their outlets; paged as :meth:`article_index` (the outlets are
        read for the page's stories only)."""
        rows = self._rows("SELECT * FROM stories ORDER BY size DESC, first_published, id LIMIT ? OFFSET ?",
                          _page(limit, offset))
        for r in rows:
            r["outlets"] = [x[0] for x in self.db.execute(
                "SELECT DISTINCT outlet FROM articles WHERE story_id=? AND outlet != '' ORDER BY outlet", (r["id"],))]
        return rows

    def story(self, story_id: str) -> Row | None:
        return self._one("SELECT * FROM stories WHERE id=?", (story_id,))

    def dirty_stories(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT id FROM stories WHERE dirty=1 ORDER BY id")]

    def mark_clean(self, story_id: str) -> None:
        self.db.execute("UPDATE stories SET dirty=0 WHERE id=?", (story_id,))

    # -- claim groups and contradictions -------------------------------------------------------
    def create_group(self, group_id: str, story_id: str, predicate: str, summary: str, signature: list[str]) -> None:
        """A new claim group; inside a transaction, the claims of the component of that name (none,
        as a rule) are read and kept, then followed by the writes that put claims in components
        (:meth:`save_analysis`, :meth:`set_claim_group`, :meth:`merge_groups`; those that take
        claims out leave them in: a superset): :meth:`related_claims` then knows without a query
        that a claim alone in its component has no other claim of it to compare. Dropped with the
        keys of :meth:`_filed_keys`, on the same occasions."""
        self.db.execute("INSERT INTO claim_groups (id, story_id, predicate, summary, signature) VALUES (?,?,?,?,?)",
                        (group_id, story_id, predicate, summary, _json_text(signature)))
        if self._depth:
            members = {r[0] for r in self.db.execute("SELECT id FROM claims WHERE component_id=?", (group_id,))}
            self._members[group_id] = members
            self._filed_count += len(members) + 1

    def _joined(self, component: str | None, claim_ids: Iterable[str]) -> None:
        """Claims were put in ``component``: add them to its members if they are kept."""
        members = self._members.get(component) if component else None
        if members is not None:
            before = len(members)
            members.update(claim_ids)
            self._filed_count += len(members) - before

    def claim_number(self, claim_id: str) -> int:
        """The claim's row number: stable and never reused (claims are never deleted)."""
        known = self._claim_rowids.get(claim_id)
        if known is not None:
            return known
        r = self.db.execute("SELECT rowid FROM claims WHERE id=?", (claim_id,)).fetchone()
        return int(r[0]) if r else self.next_group_number()

    def next_group_number(self) -> int:
        return int(self.db.execute("SELECT COALESCE(MAX(rowid), 0) FROM claim_groups").fetchone()[0]) + 1  # O(log n)

    def set_claim_group(self, claim_id: str, group_id: str, lemmas: list[str] | None = None) -> None:
        """Put a claim in a group, which is also its component until the split pass cuts it."""
        if lemmas is None:
            self.db.execute("UPDATE claims SET group_id=?, component_id=? WHERE id=?", (group_id, group_id, claim_id))
        else:
            self.db.execute("UPDATE claims SET group_id=?, component_id=?, lemmas=? WHERE id=?",
                            (group_id, group_id, _json_text(lemmas), claim_id))
        self._joined(group_id, (claim_id,))
        self._claim_rows.pop(claim_id, None)

    # what grouping reads of a grouped claim: its frame for the vetoes and the lemma rule; with
    # ``scored``, also the rest of what the learned pair scorer reads (claims.groups.pair_features),
    # read only then (about 15 µs more a look-up)
    _GROUPED_COLUMNS = ("c.id, c.group_id, c.component_id, c.predicate, c.subject_entity, c.object_entity,"
                        " c.modality, c.negated, c.time, c.text, c.lemmas, c.planned, c.article_id, c.subject,"
                        " c.object")
    _SCORED_COLUMNS = ", c.start, c.sentence, c.place_entity, c.numbers, c.attributed_entity"

    CLAIM_ROWS = 1 << 17  # claim rows kept for grouped_claims (tens of MB at most)

    def grouped_claims(self, story_id: str, terms: list[str] | None = None, limit: int = 40, *,
                       scored: bool = False) -> list[Row]:
        """Grouped claims of a story with their lemmas; with ``terms``, only the ``limit`` claims
        sharing most of them (through the claim_terms index: no scan of the story). ``scored``: with
        the columns the learned pair scorer reads too.

        Inside a transaction the rows read with ``terms`` (not ``scored``) are kept by claim id and
        given again, the same dicts (read them, never change them), to the next lookups that rank
        the same claims: the claims of a story are the candidates of claim after claim. Every write
        to the columns read goes through :meth:`set_claim_group`, :meth:`merge_groups`,
        :meth:`ungroup_claims` or :meth:`set_split`, which drop the rows of the claims they write;
        a transaction or savepoint rolled back, or another connection's commit, drops them all
        (:meth:`_forget_filed`)."""
        columns = self._GROUPED_COLUMNS + (self._SCORED_COLUMNS if scored else "")
        if terms is None:
            return self._rows(
                f"SELECT {columns} FROM claims c JOIN claim_groups g ON g.id = c.group_id"
                " WHERE g.story_id=?",
                (story_id,))
        filed = self._filed_keys("claim_terms", story_id)
        if filed is not None:  # a term no claim of the story is filed under adds nothing
            terms = [t for t in terms if t in filed]
        if not terms:
            return []
        # each term contributes at most POSTINGS claims: members of one group are near-identical,
        # so a bounded sample of a long postings list still finds the group, at a constant cost
        per_term = " UNION ALL ".join(
            "SELECT * FROM (SELECT claim_id FROM claim_terms WHERE story_id=? AND term=? LIMIT ?)" for _ in terms)
        params: list[Any] = []
        for t in terms:
            params += [story_id, t, self.POSTINGS]
        ranked = (f"SELECT claim_id, COUNT(*) AS n FROM ({per_term}) GROUP BY claim_id"
                  f" ORDER BY n DESC, claim_id LIMIT ?")
        if scored or not self._depth:
            return self._rows(f"SELECT {columns} FROM ({ranked}) t JOIN claims c ON c.id = t.claim_id",
                              [*params, limit])
        # in a transaction: the ranked ids, then the rows of those not kept from an earlier lookup
        # (a story's claims are candidates of claim after claim), in the order of the ids
        ids = [r[0] for r in self.db.execute(ranked, [*params, limit])]
        kept = self._claim_rows
        missing = [i for i in ids if i not in kept]
        if missing:
            if len(kept) + len(missing) > self.CLAIM_ROWS:
                kept.clear()
            kept.update((r["id"], r) for r in self._rows(
                f"SELECT {columns} FROM claims c WHERE c.id IN ({','.join('?' * len(missing))})", missing))
        return [kept[i] for i in ids if i in kept]  # (an id with no claim row: none, as the join)

    def merge_groups(self, group_id: str, *, into: str) -> None:
        """Fold one component into another: its claims (component and group: the split pass cuts
        the merged component anew), and the contradictions naming their groups."""
        moved = [r[0] for r in self.db.execute(
            "SELECT id FROM claims WHERE component_id=?", (group_id,))]
        old = {r[0] for r in self.db.execute(
            "SELECT DISTINCT group_id FROM claims WHERE component_id=?", (group_id,))}
        self.db.execute("UPDATE claims SET group_id=?, component_id=? WHERE component_id=?",
                        (into, into, group_id))
        self._joined(into, moved)
        self._rows_written(moved)
        if self._depth:  # none is left in it (should this be undone, the transaction's rollback drops what is kept)
            self._members[group_id] = set()
        else:
            self._members.pop(group_id, None)
        self.refresh_contradiction_groups(moved)
        self.drop_empty_groups(old | {group_id})

    def refresh_contradiction_groups(self, claim_ids: Iterable[str]) -> None:
        """Set the group columns of the contradictions naming ``claim_ids`` to their claims' groups."""
        ids = sorted(set(claim_ids))
        for i in range(0, len(ids), 400):
            chunk = ids[i:i + 400]
            marks = ",".join("?" * len(chunk))
            for col in ("a", "b"):
                self.db.execute(f"UPDATE contradictions SET group_{col} = (SELECT group_id FROM claims"
                                f" WHERE id = claim_{col}) WHERE claim_{col} IN ({marks})", chunk)

    def drop_empty_groups(self, group_ids: Iterable[str]) -> None:
        """Delete the rows of the claim groups among ``group_ids`` that no claim is in any more."""
        for g in sorted(set(group_ids)):
            self.db.execute("DELETE FROM claim_groups WHERE id=? AND NOT EXISTS"
                            " (SELECT 1 FROM claims WHERE group_id=?)", (g, g))

    def components(self, story_ids: Iterable[str], min_size: int = 3, *, before: int | None = None) -> list[Component]:
        """The components of ``story_ids`` with at least ``min_size`` claims (those the split pass
        may cut), in component id order, each with its claims in claim id order. With ``before``,
        only the claims that start before that offset are read into ``claims``, ``numbers`` and
        ``published`` (the learned scorer reads no other: :func:`recoupe.claims.groups.link_learned`);
        every claim still counts in ``languages`` and the story."""
        found: dict[str, Component] = {}
        ids = sorted(set(story_ids))
        # with ``before``, the rows of every claim are read narrow, then the whole rows of those kept
        # (all the story's claims, sorted with their texts, were most of link_learned's time)
        columns = ("c.*, c.rowid AS number, a.published AS published" if before is None
                   else "c.id, c.component_id, c.group_id, c.start")
        for i in range(0, len(ids), 400):
            chunk = ids[i:i + 400]
            rows = self._rows(
                f"SELECT {columns}, a.language AS article_language,"
                " cg.story_id AS story FROM claims c"
                " JOIN articles a ON a.id = c.article_id LEFT JOIN claim_groups cg ON cg.id = c.group_id"
                " WHERE c.component_id IN ("
                " SELECT c2.component_id FROM claims c2 JOIN claim_groups g"
                f" ON g.id = c2.group_id WHERE g.story_id IN ({','.join('?' * len(chunk))})"
                " GROUP BY 1 HAVING COUNT(*) >= ?) ORDER BY c.id", [*chunk, min_size])
            if before is not None:
                whole = self._rows_in("SELECT c.*, c.rowid AS number, a.published AS published FROM claims c"
                                      " JOIN articles a ON a.id = c.article_id WHERE c.id IN ({q})",
                                      (r["id"] for r in rows if r["start"] < before))
            for r in rows:
                cid = r["component_id"] or r["group_id"] or ""  # the Claim's component_id, as _claim reads it
                comp = found.get(cid)
                if comp is None:  # not setdefault: a Component (four containers) per row cost ~1 ms an article
                    comp = found[cid] = Component(cid, "")
                comp.story_id = comp.story_id or r["story"] or ""
                comp.languages.add(r["article_language"] or "")  # not c.language: c.* has that name too
                if before is not None and r["start"] >= before:
                    continue
                row = r if before is None else whole[r["id"]]  # the claim's whole row
                c = self._claim(row)
                comp.claims.append(c)
                comp.numbers[c.id] = int(row["number"])
                if row["published"]:
                    comp.published[c.id] = row["published"]
        return [found[k] for k in sorted(found)]

    def set_split(self, component: Component, parts: Sequence[Sequence[Claim]]) -> None:
        """Write the groups cut out of one component: each part a claim group named after its
        first claim (by row number; set on the claims too), the emptied groups dropped, the
        contradictions renamed."""
        old = {c.group_id for c in component.claims}
        for part in parts:
            first = min(part, key=lambda c: component.numbers[c.id])
            gid = f"g{component.numbers[first.id]}"
            self.db.executemany("UPDATE claims SET group_id=? WHERE id=?",
                                [(gid, c.id) for c in part if c.group_id != gid])
            self._rows_written(c.id for c in part)
            for c in part:
                c.group_id = gid
            self.db.execute("INSERT OR IGNORE INTO claim_groups (id, story_id, predicate, summary, signature)"
                            " VALUES (?,?,?,?,?)", (gid, component.story_id, first.predicate, first.text[:300],
                                                    json.dumps(sorted(first.lemmas), ensure_ascii=False)))
        self.refresh_contradiction_groups(c.id for c in component.claims)
        self.drop_empty_groups(old)

    def story_languages(self, story_id: str) -> set[str]:
        """The languages of a story's articles (one indexed lookup: is the story bilingual?)."""
        return {r[0] for r in self.db.execute("SELECT DISTINCT language FROM articles WHERE story_id=?", (story_id,))}

    def grouped_claims_of_articles(self, article_ids: Iterable[str]) -> list[Row]:
        """The grouped claims of the given articles, with the columns of :meth:`grouped_claims` and
        their article's language, text and place entity (cross-language grouping's candidates)."""
        ids = sorted(set(article_ids))
        if not ids:
            return []
        return self._rows(
            f"SELECT c.id, c.group_id, c.component_id, c.predicate, c.subject_entity, c.object_entity, c.modality,"
            f" c.negated, c.time, c.lemmas, a.language, c.text, c.place_entity, c.planned, c.article_id, c.subject"
            f" FROM claims c JOIN articles a ON a.id = c.article_id"
            f" WHERE c.article_id IN ({','.join('?' * len(ids))}) AND c.group_id IS NOT NULL ORDER BY c.id", ids)

    def claims_language(self, claim_ids: Iterable[str]) -> dict[str, Row]:
        """``id -> (language, text, place_entity, numbers)`` of the given claims, the language being
        their article's (for the cross-language comparisons of claim grouping)."""
        ids = sorted(set(claim_ids))
        if not ids:
            return {}
        rows = self._rows(
            f"SELECT c.id, a.language, c.text, c.place_entity, c.numbers FROM claims c"
            f" JOIN articles a ON a.id = c.article_id WHERE c.id IN ({','.join('?' * len(ids))})", ids)
        return {r["id"]: r for r in rows}

    def index_claim_terms(self, story_id: str, claim_id: str, terms: set[str]) -> None:
        self.db.executemany("INSERT OR IGNORE INTO claim_terms (story_id, term, claim_id) VALUES (?,?,?)",
                            [(story_id, t, claim_id) for t in terms])
        self._file_keys("claim_terms", story_id, terms)

    FILED_PER_STORY = 20000  # keys of one story's postings kept in memory (a story with more is looked up in SQL)
    FILED_CACHE = 1 << 19  # keys kept in all (a few tens of MB), from one transaction to the next

    def _filed_keys(self, table: str, story_id: str) -> set[str] | None:
        """The keys under which claims of ``story_id`` are filed in ``table`` (``conflict_keys`` or
        ``claim_terms``), or None when not known: read with one query the first time a story is
        looked up in a transaction, then kept current by the methods that file claims
        (:meth:`_file_keys`); a lookup of a key not in it finds no claim without a query (most of
        a claim's keys have no posting yet). Deleted postings leave their keys in (a key too many
        costs a query that finds nothing, never a claim missed), so what is kept is a superset of
        what the table holds. Kept into the next transaction while no other connection commits
        (:meth:`_check_others`); a transaction or savepoint rolled back drops everything (the
        postings it deleted are back; :meth:`_forget_filed`)."""
        if not self._depth:
            return None
        where = (table, story_id)
        if where in self._filed:
            return self._filed[where]
        column = "key" if table == "conflict_keys" else "term"
        keys = {r[0] for r in self.db.execute(f"SELECT DISTINCT {column} FROM {table} WHERE story_id=? LIMIT ?",
                                              (story_id, self.FILED_PER_STORY + 1))}
        kept = keys if len(keys) <= self.FILED_PER_STORY else None
        self._filed[where] = kept
        self._filed_count += len(keys) if kept is not None else 1
        return kept

    def _file_keys(self, table: str, story_id: str, keys: Iterable[str]) -> None:
        """Postings were written under ``keys``: add them to what :meth:`_filed_keys` keeps (in or outside
        a transaction: should the write be undone, the keys kept are a superset still)."""
        known = self._filed.get((table, story_id))
        if known is not None:
            before = len(known)
            known.update(keys)
            self._filed_count += len(known) - before

    def _rows_written(self, claim_ids: Iterable[str]) -> None:
        """Claims were written: drop the rows :meth:`grouped_claims` keeps of them."""
        kept = self._claim_rows
        if kept:
            for i in claim_ids:
                kept.pop(i, None)

    def _forget_filed(self) -> None:
        """Drop the keys kept per story (:meth:`_filed_keys`), the claims kept per component
        (:meth:`create_group`) and the claim rows kept (:meth:`grouped_claims`)."""
        self._filed = {}
        self._members = {}
        self._filed_count = 0
        self._claim_rows = {}

    KEY_POSTINGS = 200  # claims read per conflict key: the first ones by claim id, whatever arrived when
    GROUP_POSTINGS = 200

    def related_claims(self, story_id: str, claim: Claim, *, keys: Iterable[str] = (),
                       group: bool = True) -> list[Claim]:
        """Claims of the story that may contradict ``claim``: those filed under one of ``keys``
        (:meth:`file_conflict_keys`) and those of its claim group, each lookup bounded and ordered
        by claim id (not by arrival, so that the same claims give the same candidates in any order).
        ``group=False`` leaves the claim group out (the lookups across stories, ``story_id`` "*")."""
        # one statement: the bounded lookups of each key and of the group, then their claims; a key
        # the story has no claim filed under is left out (it adds nothing)
        filed = self._filed_keys("conflict_keys", story_id)
        if filed is not None:
            keys = [k for k in keys if k in filed]
        parts: list[str] = []
        params: list[Any] = []
        for k in keys:
            parts.append("SELECT * FROM (SELECT claim_id FROM conflict_keys WHERE story_id=? AND key=?"
                         " ORDER BY claim_id LIMIT ?)")
            params += [story_id, k, self.KEY_POSTINGS]
        component = claim.component_id or claim.group_id
        members = self._members.get(component) if component and group and self._depth else None
        if component and group and (members is None or not members <= {claim.id}):  # others may be in it
            parts.append("SELECT * FROM (SELECT id FROM claims WHERE component_id=? ORDER BY id LIMIT ?)")
            params += [claim.component_id or claim.group_id, self.GROUP_POSTINGS]
        if not parts:
            return []
        rows = self._rows(f"SELECT * FROM claims WHERE id IN ({' UNION '.join(parts)}) AND id != ?",
                          [*params, claim.id])
        rows.sort(key=lambda r: r["id"])
        return [self._claim(r) for r in rows]

    def publication_stamps(self, ids: Iterable[str]) -> dict[str, Row]:
        """Outlet, publication date, the publication stamp the input gave (with its time of day
        when it had one: « 2024-03-02T14:05:00 »), story and headline (the title, else the first
        sentence) and lede (the text's first three sentences) of the given articles, by id."""
        return self._rows_in(
            "SELECT a.id, a.outlet, a.published, a.language, a.story_id,"
            " CASE WHEN a.title != '' THEN a.title ELSE substr(a.text, 1,"
            " COALESCE(json_extract(a.sentences, '$[0][1]'), 200)) END AS headline,"
            " substr(a.text, 1, COALESCE(json_extract(a.sentences, '$[2][1]'),"
            " json_extract(a.sentences, '$[#-1][1]'), 400)) AS lede,"
            " COALESCE(json_extract(r.fields, '$.published'), '') AS stamp"
            " FROM articles a JOIN raw_documents r ON r.id = a.id WHERE a.id IN ({q})", ids)

    def file_conflict_keys(self, story_id: str, claim_id: str, keys: Iterable[str]) -> None:
        keys = list(keys)
        self.db.executemany("INSERT OR IGNORE INTO conflict_keys (story_id, key, claim_id) VALUES (?,?,?)",
                            [(story_id, k, claim_id) for k in keys])
        self._file_keys("conflict_keys", story_id, keys)

    def top_groups(self, story_id: str, limit: int = 40) -> list[Row]:
        """The story's claim groups ranked by independent sources then articles, counted in SQL."""
        return self._rows(
            "SELECT c.group_id AS id, COUNT(DISTINCT c.article_id) AS articles,"
            " COUNT(DISTINCT COALESCE(a.source_id, a.id)) AS sources FROM claims c"
            " JOIN articles a ON a.id = c.article_id WHERE a.story_id=? AND c.group_id IS NOT NULL"
            " GROUP BY c.group_id ORDER BY sources DESC, articles DESC, MIN(c.id) LIMIT ?", (story_id, limit))

    def groups(self, story_id: str | None = None) -> list[Row]:
        if story_id is None:
            return self._rows("SELECT * FROM claim_groups ORDER BY id")
        return self._rows("SELECT * FROM claim_groups WHERE story_id=? ORDER BY id", (story_id,))

    def add_contradiction(self, story_id: str, kind: str, a: Claim, b: Claim, explanation: str, *,
                          same_article: bool = False) -> None:
        """Record a contradiction (or, with kind ``update``, a figure that moved on) between two claims."""
        x, y = sorted([a, b], key=lambda c: c.id)
        self.db.execute(
            "INSERT OR IGNORE INTO contradictions (story_id, kind, claim_a, claim_b, group_a, group_b, explanation,"
            " same_article) VALUES (?,?,?,?,?,?,?,?)",
            (story_id, kind, x.id, y.id, x.group_id or None, y.group_id or None, explanation, int(same_article)),
        )

    def contradictions(self, story_id: str | None = None, *, updates: bool = False) -> list[Row]:
        """The contradictions (of a story); with ``updates``, the rows of kind ``update`` too (a
        figure that moved on between reports: never a contradiction)."""
        cond = " AND apart = 0" if updates else " AND kind != 'update' AND apart = 0"
        if story_id is None:
            return self._rows(f"SELECT * FROM contradictions WHERE 1{cond} ORDER BY id")
        return self._rows(f"SELECT * FROM contradictions WHERE story_id=?{cond} ORDER BY id", (story_id,))

    def updates(self, story_id: str | None = None) -> list[Row]:
        """Figures that moved on between reports (a toll that rose): kind ``update``."""
        if story_id is None:
            return self._rows("SELECT * FROM contradictions WHERE kind = 'update' AND apart = 0 ORDER BY id")
        return self._rows("SELECT * FROM contradictions WHERE story_id=? AND kind = 'update' AND apart = 0 ORDER BY id",
                          (story_id,))

    def contradictions_within(self, claim_ids: Iterable[str]) -> list[Row]:
        """Every contradiction row (updates and rows set apart included) between two of ``claim_ids``."""
        ids = sorted(set(claim_ids))
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        return self._rows(f"SELECT * FROM contradictions WHERE claim_a IN ({marks}) AND claim_b IN ({marks})"
                          " ORDER BY id", [*ids, *ids])

    def set_contradiction_apart(self, row_id: int, apart: bool) -> None:
        self.db.execute("UPDATE contradictions SET apart=? WHERE id=?", (int(apart), row_id))

    def claim(self, claim_id: str) -> Claim | None:
        r = self._one("SELECT * FROM claims WHERE id=?", (claim_id,))
        return self._claim(r) if r else None

    # -- briefings and runs --------------------------------------------------------------------------
    def set_briefing(self, story_id: str, sentences: list[Row]) -> None:
        self.db.execute("DELETE FROM briefings WHERE story_id=?", (story_id,))
        self.db.executemany(
            "INSERT INTO briefings (story_id, position, kind, text, citations) VALUES (?,?,?,?,?)",
            [(story_id, i, s["kind"], s["text"], json.dumps(s["citations"], ensure_ascii=False))
             for i, s in enumerate(sentences)],
        )

    def briefing(self, story_id: str) -> list[Row]:
        rows = self._rows("SELECT * FROM briefings WHERE story_id=? ORDER BY position", (story_id,))
        for r in rows:
            r["citations"] = json.loads(r["citations"])
        return rows

    def record_run(self, versions: dict[str, str], added: int, rejected: int) -> None:
        self.db.execute("INSERT INTO runs (versions, added, rejected) VALUES (?,?,?)",
                        (json.dumps(versions, sort_keys=True), added, rejected))

    def runs(self) -> list[Row]:
        return self._rows("SELECT * FROM runs ORDER BY id")

    # -- web queries ----------------------------------------------------------------------------
    # Read-only look-ups for the web app (recoupe.web); nothing here writes.
    # lead: the first characters of an untitled article, so that pages name it by its first words
    _BRIEF_COLS = ("id, title, outlet, published, url, story_id, source_id, source_reason,"
                   " CASE WHEN title = '' THEN substr(text, 1, 240) ELSE '' END AS lead")

    def article_row(self, article_id: str) -> Row | None:
        """One article's metadata and bookkeeping columns (not the text)."""
        return self._one(
            "SELECT id, seq, origin, url, title, byline, outlet, published, published_source, language,"
            " story_id, source_id, source_reason, sentences, analysed_by FROM articles WHERE id=?",
            (article_id,))

    def published_dates(self, ids: Iterable[str]) -> dict[str, str]:
        """The publication date (ISO) of the given articles that have one, by id."""
        return {k: r["published"] for k, r in
                self._rows_in("SELECT id, published FROM articles WHERE id IN ({q})", ids).items() if r["published"]}

    def article_briefs(self, ids: Iterable[str]) -> dict[str, Row]:
        """Title, outlet, date and story of the given articles, by id."""
        return self._rows_in(f"SELECT {self._BRIEF_COLS} FROM articles WHERE id IN ({{q}})", ids)

    def same_source_articles(self, article_id: str) -> list[Row]:
        """The other articles folded with this one as one independent source (wire copy)."""
        row = self.db.execute("SELECT COALESCE(source_id, id) FROM articles WHERE id=?", (article_id,)).fetchone()
        if row is None:
            return []
        # the source article itself, and every article folded into it (both indexed lookups)
        return self._rows(
            f"SELECT {self._BRIEF_COLS} FROM articles WHERE id IN (SELECT id FROM articles WHERE source_id=?"
            " UNION SELECT id FROM articles WHERE id=?) AND id != ? ORDER BY seq", (row[0], row[0], article_id))

    def entity_rows(self, ids: Iterable[str]) -> dict[str, Row]:
        return self._rows_in("SELECT * FROM entities WHERE id IN ({q})", ids)

    def entity_aliases(self, entity_id: str) -> list[Row]:
        return self._rows("SELECT alias, article_id, count FROM aliases WHERE entity_id=?"
                          " ORDER BY count DESC, alias, article_id", (entity_id,))

    def entity_roles(self, entity_id: str) -> list[Row]:
        return self._rows("SELECT article_id, role FROM roles WHERE entity_id=? ORDER BY article_id, role",
                          (entity_id,))

    def claims_attributed_to(self, names: Iterable[str], limit: int = 500, *, entity_id: str = "") -> list[Claim]:
        """Claims whose source is one of ``names``. Given ``entity_id``, the claims the resolver gave
        that entity, and by name only those it gave none: a homonym of another story (« the
        Parliament », a first name) is another entity's voice, not this one's."""
        wanted = sorted({n for n in names if n})
        if not wanted and not entity_id:
            return []
        q = ",".join("?" * len(wanted))
        if not entity_id:
            return [self._claim(r) for r in self._rows(
                f"SELECT * FROM claims WHERE attributed_to IN ({q}) ORDER BY article_id, start LIMIT ?",
                [*wanted, limit])]
        # one indexed lookup per side (m018's index, then the names'), not a pass over every claim; the
        # unary « + » keeps the names' side on their index (unresolved claims are many: a long run)
        by_name = (f" UNION SELECT id FROM claims WHERE attributed_to IN ({q}) AND +attributed_entity = ''"
                   if wanted else "")
        return [self._claim(r) for r in self._rows(
            f"SELECT * FROM claims WHERE id IN (SELECT id FROM claims WHERE attributed_entity = ?{by_name})"
            " ORDER BY article_id, start LIMIT ?", [entity_id, *wanted, limit])]

    def story_mentions(self, story_id: str) -> list[Row]:
        """Resolved mentions in a story's articles: article_id, start, end, entity_id."""
        return self._rows(
            'SELECT m.article_id, m.start, m."end", m.entity_id FROM mentions m JOIN articles a'
            " ON a.id=m.article_id WHERE a.story_id=? AND m.entity_id IS NOT NULL AND m.entity_id != ''"
            " ORDER BY m.article_id, m.start", (story_id,))

    def entity_article_ids(self, entity_id: str, limit: int = 200) -> list[str]:
        return [r[0] for r in self.db.execute(
            "SELECT m.article_id FROM mentions m JOIN articles a ON a.id=m.article_id WHERE m.entity_id=?"
            " GROUP BY m.article_id ORDER BY MIN(a.seq) LIMIT ?", (entity_id, limit))]

    def has_search_index(self) -> bool:
        return self.db.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='articles_fts'").fetchone() is not None

    def search(self, match: str, *, limit: int = 20) -> dict[str, list[Row]]:
        """FTS5 search; ``match`` must be a well-formed FTS5 query built by the caller.

        Snippets mark hits with U+0002 / U+0003 so that the caller can escape the text around them.
        """
        return {
            "articles": self._rows(
                "SELECT a.id, a.title, a.outlet, a.published, a.story_id,"
                " CASE WHEN a.title = '' THEN substr(a.text, 1, 240) ELSE '' END AS lead,"
                " snippet(articles_fts, 1, char(2), char(3), '…', 14) AS snippet, f.rank AS rank"
                " FROM articles_fts f JOIN articles a ON a.rowid=f.rowid WHERE articles_fts MATCH ?"
                " ORDER BY f.rank LIMIT ?", (match, limit)),
            "claims": self._rows(
                "SELECT c.id, c.article_id, c.modality, c.attributed_to, a.title, a.story_id, a.outlet,"
                " CASE WHEN a.title = '' THEN substr(a.text, 1, 240) ELSE '' END AS lead,"
                " snippet(claims_fts, 0, char(2), char(3), '…', 16) AS snippet, f.rank AS rank"
                " FROM claims_fts f JOIN claims c ON c.rowid=f.rowid JOIN articles a ON a.id=c.article_id"
                " WHERE claims_fts MATCH ? ORDER BY f.rank LIMIT ?", (match, limit)),
            "entities": self._rows(
                "SELECT e.id, e.name, e.type, e.mention_count, f.aliases, f.rank AS rank"
                " FROM entities_fts f JOIN entities e ON e.rowid=f.rowid WHERE entities_fts MATCH ?"
                " ORDER BY f.rank, e.mention_count DESC LIMIT ?", (match, limit)),
        }


def as_row(obj: object) -> Row:
    """A record as a JSON-ready dict (dates as ISO strings)."""
    out = asdict(obj)  # type: ignore[call-overload]
    for k, v in out.items():
        if isinstance(v, date):
            out[k] = v.isoformat()
    return out

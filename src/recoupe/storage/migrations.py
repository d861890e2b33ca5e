"""Schema migrations: named functions applied in order (sqlite-utils ``migrations.py`` style).

``SCHEMA_VERSION`` is the number of migrations. A store records the version it is at in
``PRAGMA user_version``; opening an older store runs the missing migrations in one transaction
that holds the write lock, so an upgrade never loses data and two processes never migrate at once.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

Migration = Callable[[sqlite3.Connection], None]


def m001_initial(db: sqlite3.Connection) -> None:
    db.executescript(
        """
        CREATE TABLE raw_documents (
            id TEXT PRIMARY KEY,            -- sha256 prefix of raw bytes
            origin TEXT NOT NULL,
            fmt TEXT NOT NULL,
            raw BLOB NOT NULL,
            fields TEXT NOT NULL DEFAULT '{}',
            ingested_at TEXT NOT NULL DEFAULT (datetime('now'))
        );
        CREATE TABLE rejections (
            id INTEGER PRIMARY KEY,
            origin TEXT NOT NULL,
            code TEXT NOT NULL,
            reason TEXT NOT NULL,
            at TEXT NOT NULL DEFAULT (datetime('now')),
            UNIQUE (origin, code)
        );
        CREATE TABLE articles (
            id TEXT PRIMARY KEY REFERENCES raw_documents(id),
            seq INTEGER NOT NULL,           -- order of arrival
            origin TEXT NOT NULL,
            url TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '',
            byline TEXT NOT NULL DEFAULT '',
            outlet TEXT NOT NULL DEFAULT '',
            published TEXT,
            published_source TEXT NOT NULL DEFAULT 'unknown',
            language TEXT NOT NULL DEFAULT 'und',
            text TEXT NOT NULL,
            removed_lines TEXT NOT NULL DEFAULT '[]',
            sentences TEXT NOT NULL DEFAULT '[]',
            story_id TEXT,
            source_id TEXT,                 -- independence: articles sharing wire copy share it
            source_reason TEXT NOT NULL DEFAULT '',
            analysed_by TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX articles_story ON articles(story_id);
        CREATE INDEX articles_source ON articles(source_id);
        CREATE INDEX articles_published ON articles(published);

        CREATE TABLE entities (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            type TEXT NOT NULL,
            mention_count INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE entity_keys (           -- lookup keys (normalised forms) -> entity
            key TEXT NOT NULL,
            kind TEXT NOT NULL,             -- full | token | acronym
            entity_id TEXT NOT NULL REFERENCES entities(id),
            PRIMARY KEY (key, kind, entity_id)
        );
        CREATE TABLE aliases (
            entity_id TEXT NOT NULL REFERENCES entities(id),
            alias TEXT NOT NULL,
            article_id TEXT NOT NULL,
            count INTEGER NOT NULL DEFAULT 1,
            PRIMARY KEY (entity_id, alias, article_id)
        );
        CREATE TABLE roles (
            entity_id TEXT NOT NULL REFERENCES entities(id),
            article_id TEXT NOT NULL,
            role TEXT NOT NULL,
            PRIMARY KEY (entity_id, article_id, role)
        );
        CREATE TABLE mentions (
            id INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id),
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            type TEXT NOT NULL,
            entity_id TEXT,
            role TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX mentions_article ON mentions(article_id);
        CREATE INDEX mentions_entity ON mentions(entity_id);

        CREATE TABLE claims (
            id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id),
            text TEXT NOT NULL,
            sentence TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            subject TEXT NOT NULL,
            predicate TEXT NOT NULL,
            object TEXT NOT NULL DEFAULT '',
            place TEXT NOT NULL DEFAULT '',
            time TEXT NOT NULL DEFAULT '',
            modality TEXT NOT NULL,
            attributed_to TEXT NOT NULL DEFAULT '',
            relay TEXT NOT NULL DEFAULT '',
            cue TEXT NOT NULL DEFAULT '',
            negated INTEGER NOT NULL DEFAULT 0,
            planned INTEGER NOT NULL DEFAULT 0,
            subject_entity TEXT NOT NULL DEFAULT '',
            object_entity TEXT NOT NULL DEFAULT '',
            place_entity TEXT NOT NULL DEFAULT '',
            numbers TEXT NOT NULL DEFAULT '[]',
            group_id TEXT
        );
        CREATE INDEX claims_article ON claims(article_id);
        CREATE INDEX claims_group ON claims(group_id);
        CREATE INDEX claims_subject ON claims(subject_entity);

        CREATE TABLE claim_groups (
            id TEXT PRIMARY KEY,
            story_id TEXT,
            predicate TEXT NOT NULL,
            summary TEXT NOT NULL,
            signature TEXT NOT NULL DEFAULT '[]'   -- content lemmas, for matching new claims
        );
        CREATE INDEX claim_groups_story ON claim_groups(story_id, predicate);

        CREATE TABLE contradictions (
            id INTEGER PRIMARY KEY,
            story_id TEXT,
            kind TEXT NOT NULL,
            claim_a TEXT NOT NULL,
            claim_b TEXT NOT NULL,
            group_a TEXT,
            group_b TEXT,
            explanation TEXT NOT NULL,
            UNIQUE (kind, claim_a, claim_b)
        );

        CREATE TABLE quotes (
            id INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id),
            text TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            speaker TEXT NOT NULL DEFAULT '',
            cue TEXT NOT NULL DEFAULT '',
            speaker_entity TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX quotes_article ON quotes(article_id);

        CREATE TABLE timexes (
            id INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id),
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            type TEXT NOT NULL,
            value TEXT NOT NULL,
            interval_start TEXT,
            interval_end TEXT,
            precision TEXT NOT NULL,
            rule TEXT NOT NULL DEFAULT '',
            anchor TEXT
        );
        CREATE INDEX timexes_article ON timexes(article_id);

        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id),
            claim_id TEXT NOT NULL,
            text TEXT NOT NULL,
            start TEXT,
            "end" TEXT,
            precision TEXT NOT NULL,
            anchor TEXT,
            timex TEXT NOT NULL DEFAULT '',
            value TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX events_article ON events(article_id);

        CREATE TABLE stories (
            id TEXT PRIMARY KEY,
            label TEXT NOT NULL DEFAULT '',
            first_published TEXT,
            last_published TEXT,
            size INTEGER NOT NULL DEFAULT 0,
            dirty INTEGER NOT NULL DEFAULT 1     -- briefing needs rebuilding
        );
        CREATE TABLE story_terms (               -- inverted index: term -> story, with weight
            term TEXT NOT NULL,
            story_id TEXT NOT NULL,
            weight REAL NOT NULL,
            PRIMARY KEY (term, story_id)
        );
        CREATE TABLE term_df (                   -- document frequency, kept incrementally
            term TEXT PRIMARY KEY,
            df INTEGER NOT NULL
        );
        CREATE TABLE lsh_bands (                 -- MinHash LSH buckets for wire-copy detection
            band INTEGER NOT NULL,
            bucket TEXT NOT NULL,
            article_id TEXT NOT NULL,
            PRIMARY KEY (band, bucket, article_id)
        );
        CREATE TABLE minhashes (
            article_id TEXT PRIMARY KEY,
            signature BLOB NOT NULL
        );
        CREATE TABLE briefings (
            story_id TEXT NOT NULL,
            position INTEGER NOT NULL,
            kind TEXT NOT NULL,                  -- confirmed | single_source | disputed | contradiction
            text TEXT NOT NULL,
            citations TEXT NOT NULL,             -- JSON list of {article_id, claim_id, start, end}
            PRIMARY KEY (story_id, position)
        );
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY,
            started_at TEXT NOT NULL DEFAULT (datetime('now')),
            versions TEXT NOT NULL,              -- components and their versions
            added INTEGER NOT NULL DEFAULT 0,
            rejected INTEGER NOT NULL DEFAULT 0
        );
        """
    )


def m002_fts(db: sqlite3.Connection) -> None:
    """Full-text search (FTS5) over articles, claims and entities, kept filled by triggers.

    ``unicode61 remove_diacritics 2`` folds French accents (« négociation » = « negociation »);
    the web search adds prefix queries on a crude stem (``negoci*``) for plurals and derived
    forms. Each FTS row shares the rowid of the row it indexes, so triggers update in O(log n)
    and any writer (Python or not) keeps the index in step.
    """
    db.executescript(
        """
        CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, text, tokenize = "unicode61 remove_diacritics 2", prefix = '3 5');
        CREATE VIRTUAL TABLE claims_fts USING fts5(
            text, tokenize = "unicode61 remove_diacritics 2", prefix = '3 5');
        CREATE VIRTUAL TABLE entities_fts USING fts5(
            name, aliases, tokenize = "unicode61 remove_diacritics 2", prefix = '3 5');

        INSERT INTO articles_fts (rowid, title, text) SELECT rowid, title, text FROM articles;
        INSERT INTO claims_fts (rowid, text) SELECT rowid, text FROM claims;
        INSERT INTO entities_fts (rowid, name, aliases)
            SELECT e.rowid, e.name, COALESCE((SELECT group_concat(DISTINCT a.alias) FROM aliases a
                                               WHERE a.entity_id = e.id), '')
            FROM entities e;

        CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
        END;
        CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN
            DELETE FROM articles_fts WHERE rowid = old.rowid;
        END;
        CREATE TRIGGER articles_fts_au AFTER UPDATE OF title, text ON articles BEGIN
            UPDATE articles_fts SET title = new.title, text = new.text WHERE rowid = new.rowid;
        END;

        CREATE TRIGGER claims_fts_ai AFTER INSERT ON claims BEGIN
            INSERT INTO claims_fts (rowid, text) VALUES (new.rowid, new.text);
        END;
        CREATE TRIGGER claims_fts_ad AFTER DELETE ON claims BEGIN
            DELETE FROM claims_fts WHERE rowid = old.rowid;
        END;
        CREATE TRIGGER claims_fts_au AFTER UPDATE OF text ON claims BEGIN
            UPDATE claims_fts SET text = new.text WHERE rowid = new.rowid;
        END;

        CREATE TRIGGER entities_fts_ai AFTER INSERT ON entities BEGIN
            INSERT INTO entities_fts (rowid, name, aliases) VALUES (new.rowid, new.name, '');
        END;
        CREATE TRIGGER entities_fts_ad AFTER DELETE ON entities BEGIN
            DELETE FROM entities_fts WHERE rowid = old.rowid;
        END;
        CREATE TRIGGER entities_fts_au AFTER UPDATE OF name ON entities BEGIN
            UPDATE entities_fts SET name = new.name WHERE rowid = new.rowid;
        END;
        CREATE TRIGGER aliases_fts_ai AFTER INSERT ON aliases BEGIN
            UPDATE entities_fts
               SET aliases = CASE WHEN aliases = '' THEN new.alias ELSE aliases || ',' || new.alias END
             WHERE rowid = (SELECT rowid FROM entities WHERE id = new.entity_id)
               AND instr(',' || aliases || ',', ',' || new.alias || ',') = 0;
        END;
        """
    )


def m003_claim_lemmas_and_urls(db: sqlite3.Connection) -> None:
    """Each claim keeps its content lemmas (claim grouping compares a new claim with each member,
    not with an ever-growing union); articles are found by URL (feed items seen again)."""
    db.executescript(
        """
        ALTER TABLE claims ADD COLUMN lemmas TEXT NOT NULL DEFAULT '[]';
        CREATE INDEX articles_url ON articles(url) WHERE url != '';
        """
    )


def m004_claim_terms(db: sqlite3.Connection) -> None:
    """Inverted index of grouped claims' terms per story: a new claim finds its candidate
    groups by shared terms, never by scanning the story (incremental cost stays flat)."""
    db.executescript(
        """
        CREATE TABLE claim_terms (
            story_id TEXT NOT NULL,
            term TEXT NOT NULL,
            claim_id TEXT NOT NULL,
            PRIMARY KEY (story_id, term, claim_id)
        ) WITHOUT ROWID;
        CREATE INDEX claims_actor ON claims(subject_entity) WHERE subject_entity != '';
        """
    )
    for cid, story, lemmas, predicate in db.execute(
        "SELECT c.id, g.story_id, c.lemmas, c.predicate FROM claims c JOIN claim_groups g ON g.id = c.group_id"
    ).fetchall():
        import json

        terms = set(json.loads(lemmas)) | {predicate}
        db.executemany("INSERT OR IGNORE INTO claim_terms VALUES (?,?,?)", [(story, t, cid) for t in terms])


def m005_knowledge_base(db: sqlite3.Connection) -> None:
    """Knowledge-base ids on entities (``recoupe build --kb``, :mod:`recoupe.resolve.kb`).

    ``kb_status`` is '' for an entity not checked against a KB since it was created or gained a
    new spelling (the triggers below reset it), so that a build checks those only, found through
    a partial index; ``kb_runs`` records which KB was applied, so that another KB re-checks all.
    """
    db.executescript(
        """
        ALTER TABLE entities ADD COLUMN kb_id TEXT;                       -- NULL: not linked
        ALTER TABLE entities ADD COLUMN kb_label TEXT NOT NULL DEFAULT '';
        ALTER TABLE entities ADD COLUMN kb_description TEXT NOT NULL DEFAULT '';
        ALTER TABLE entities ADD COLUMN kb_lat REAL;
        ALTER TABLE entities ADD COLUMN kb_lon REAL;
        ALTER TABLE entities ADD COLUMN kb_status TEXT NOT NULL DEFAULT '';  -- '' | linked | ambiguous | unmatched
        CREATE INDEX entities_kb_id ON entities(kb_id) WHERE kb_id IS NOT NULL;
        CREATE INDEX entities_kb_unchecked ON entities(id) WHERE kb_status = '';

        CREATE TABLE kb_runs (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL DEFAULT (datetime('now')),
            source TEXT NOT NULL,
            fingerprint TEXT NOT NULL,           -- index rules version : sha256 of the file
            entries INTEGER NOT NULL,
            checked INTEGER NOT NULL,
            linked INTEGER NOT NULL,
            ambiguous INTEGER NOT NULL
        );

        -- a new spelling (not merely a new article using a known one), or a new name: check again
        CREATE TRIGGER entities_kb_alias AFTER INSERT ON aliases
        WHEN NOT EXISTS (SELECT 1 FROM aliases WHERE entity_id = new.entity_id AND alias = new.alias
                                                 AND article_id != new.article_id)
        BEGIN
            UPDATE entities SET kb_status = '' WHERE id = new.entity_id AND kb_status != '';
        END;
        CREATE TRIGGER entities_kb_rename AFTER UPDATE OF name ON entities WHEN new.name != old.name
        BEGIN
            UPDATE entities SET kb_status = '' WHERE id = new.id AND kb_status != '';
        END;
        """
    )


def m006_recent_story_postings(db: sqlite3.Connection) -> None:
    """Story candidates through each term's most recent postings: an index on ``term`` alone is
    ordered by (term, rowid), so "the last K stories that took this term" is a short backward
    walk however many stories share a common word (it was a scan of all of them)."""
    db.executescript("CREATE INDEX story_terms_recent ON story_terms(term);")


def m007_lookup_indexes(db: sqlite3.Connection) -> None:
    """Indexes for lookups made on every article added that were table scans (found with EXPLAIN
    QUERY PLAN over every statement of an integration, ``benchmarks/RESULTS.md``): a story's term
    vector, the arrival counter (also the collection size for idf), and contradictions by story
    and by claim group (briefings, group merges)."""
    db.executescript(
        """
        CREATE INDEX story_terms_story ON story_terms(story_id);
        CREATE INDEX articles_seq ON articles(seq);
        CREATE INDEX contradictions_story ON contradictions(story_id);
        CREATE INDEX contradictions_group_a ON contradictions(group_a);
        CREATE INDEX contradictions_group_b ON contradictions(group_b);
        """
    )


def m008_entity_page_indexes(db: sqlite3.Connection) -> None:
    """What an entity page asks (found slow by the load test on a 20k-article store): claims with
    the entity as object or place, claims attributed to one of its names, quotes it speaks; and
    the stories whose briefing needs rebuilding."""
    db.executescript(
        """
        CREATE INDEX claims_object ON claims(object_entity);
        CREATE INDEX claims_place ON claims(place_entity);
        CREATE INDEX claims_attributed ON claims(attributed_to);
        CREATE INDEX quotes_speaker ON quotes(speaker_entity);
        CREATE INDEX stories_dirty ON stories(id) WHERE dirty = 1;
        """
    )


def m009_fts_per_transaction(db: sqlite3.Connection) -> None:
    """The full-text indexes of new articles, claims and entities are written by the store once
    per transaction (:meth:`recoupe.storage.Store.transaction`), no longer by a trigger per row.

    A statement that writes an FTS5 table makes FTS5 flush its pending terms to its b-tree; fired
    for every claim and every alias, those flushes cost as much as all the other work of
    integrating an article (3 to 5 ms of 12, measured). Deletes and updates keep their triggers
    (rare), and every insert goes through the store's one storage layer."""
    db.executescript(
        """
        DROP TRIGGER IF EXISTS articles_fts_ai;
        DROP TRIGGER IF EXISTS claims_fts_ai;
        DROP TRIGGER IF EXISTS entities_fts_ai;
        DROP TRIGGER IF EXISTS aliases_fts_ai;
        """
    )


def m010_conflict_keys(db: sqlite3.Connection) -> None:
    """Contradiction candidates by conflict key (:func:`recoupe.claims.contradictions.conflict_keys`):
    a claim finds the claims of its story filed under the keys it looks up (same actor, same thing
    counted, same flow, a denial of its action), in claim-id order, so that what is found does not
    depend on arrival order (the former lookup took the most recent claims). Keys of the actor are
    backfilled from the stored claims; the other keys come with claims integrated from now on.
    ``same_article`` flags a contradiction read inside one article (it replaces the ``self`` kind)."""
    db.executescript(
        """
        CREATE TABLE conflict_keys (
            story_id TEXT NOT NULL,
            key TEXT NOT NULL,
            claim_id TEXT NOT NULL,
            PRIMARY KEY (story_id, key, claim_id)
        ) WITHOUT ROWID;
        INSERT OR IGNORE INTO conflict_keys (story_id, key, claim_id)
            SELECT a.story_id, 'A:' || c.subject_entity, c.id FROM claims c JOIN articles a ON a.id = c.article_id
            WHERE c.subject_entity != '' AND a.story_id IS NOT NULL;
        ALTER TABLE contradictions ADD COLUMN same_article INTEGER NOT NULL DEFAULT 0;
        UPDATE contradictions SET kind = 'quantity' WHERE kind = 'number';
        """
    )


def m011_claim_attributed_entity(db: sqlite3.Connection) -> None:
    """The entity a claim is attributed to: « Donald Trump », « Trump » and « le président
    américain » are one original source when counting confirmations."""
    db.execute("ALTER TABLE claims ADD COLUMN attributed_entity TEXT NOT NULL DEFAULT ''")


def m012_source_types(db: sqlite3.Connection) -> None:
    """What kind of source a claim's ``attributed_to`` and a quote's speaker are (person,
    organisation, media, anonymous, document): analysts count anonymous sourcing (issue 14)."""
    db.executescript(
        """
        ALTER TABLE claims ADD COLUMN source_type TEXT NOT NULL DEFAULT '';
        ALTER TABLE quotes ADD COLUMN speaker_type TEXT NOT NULL DEFAULT '';
        """
    )


def m013_meaning(db: sqlite3.Connection) -> None:
    """Meaning vectors (:mod:`recoupe.nlp.meaning`): one per article (its headline and lead, int8
    with a per-vector scale, so that a cosine is an exact integer dot product whatever the order
    of the operands), and per story the float32 sum of its articles' vectors (its centroid, read
    when a new article is compared with the story)."""
    db.executescript(
        """
        CREATE TABLE article_meaning (
            article_id TEXT PRIMARY KEY,
            encoder TEXT NOT NULL,            -- e.g. use-m3.v1
            vec BLOB NOT NULL
        );
        ALTER TABLE stories ADD COLUMN meaning BLOB;   -- float32 sum of the members' vectors
        """
    )


def m014_claim_components(db: sqlite3.Connection) -> None:
    """The connected component a claim was linked into (:func:`recoupe.claims.groups.assign_group`)
    kept apart from its claim group, which the split pass (:func:`recoupe.claims.groups.split_groups`)
    cuts out of the component: new claims join components, and each component is split anew as a
    whole, so that the groups depend on the claims, not on the order they came in. A contradiction
    found between linked claims that the split put apart is set aside (``apart``), not deleted."""
    db.executescript(
        """
        ALTER TABLE claims ADD COLUMN component_id TEXT;
        UPDATE claims SET component_id = group_id;
        CREATE INDEX claims_component ON claims(component_id);
        CREATE INDEX contradictions_claim_a ON contradictions(claim_a);
        CREATE INDEX contradictions_claim_b ON contradictions(claim_b);
        -- 1: the two claims were linked when compared, and the split put them in groups whose
        -- frames do not conflict; kept (not deleted) so that a later split can bring it back
        ALTER TABLE contradictions ADD COLUMN apart INTEGER NOT NULL DEFAULT 0;
        """
    )


def m015_claim_language(db: sqlite3.Connection) -> None:
    """The language of a claim's article on the claim: the quantity parser reads its figures with
    that language's words (« trente morts », "thirty dead") wherever a claim is compared."""
    db.executescript(
        """
        ALTER TABLE claims ADD COLUMN language TEXT NOT NULL DEFAULT 'fr';
        UPDATE claims SET language = 'en'
         WHERE article_id IN (SELECT id FROM articles WHERE language = 'en');
        """
    )



def m016_fts_external_content(db: sqlite3.Connection) -> None:
    """The full-text indexes of articles and claims read their texts from those tables (FTS5
    external content) instead of keeping a copy: each article's text and its claims' were written
    twice, and every commit wrote the copy's pages too. The indexes are built again from the rows
    (the same terms: the same search). The delete and update triggers hand FTS5 the old text, which
    an external-content index needs to take its terms out."""
    db.executescript(
        """
        DROP TRIGGER IF EXISTS articles_fts_ad;
        DROP TRIGGER IF EXISTS articles_fts_au;
        DROP TRIGGER IF EXISTS claims_fts_ad;
        DROP TRIGGER IF EXISTS claims_fts_au;
        DROP TABLE IF EXISTS articles_fts;
        DROP TABLE IF EXISTS claims_fts;
        CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, text, content = 'articles', content_rowid = 'rowid',
            tokenize = "unicode61 remove_diacritics 2", prefix = '3 5');
        CREATE VIRTUAL TABLE claims_fts USING fts5(
            text, content = 'claims', content_rowid = 'rowid',
            tokenize = "unicode61 remove_diacritics 2", prefix = '3 5');
        INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
        INSERT INTO claims_fts (claims_fts) VALUES ('rebuild');

        CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts (articles_fts, rowid, title, text)
                VALUES ('delete', old.rowid, old.title, old.text);
        END;
        CREATE TRIGGER articles_fts_au AFTER UPDATE OF title, text ON articles BEGIN
            INSERT INTO articles_fts (articles_fts, rowid, title, text)
                VALUES ('delete', old.rowid, old.title, old.text);
            INSERT INTO articles_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
        END;
        CREATE TRIGGER claims_fts_ad AFTER DELETE ON claims BEGIN
            INSERT INTO claims_fts (claims_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
        END;
        CREATE TRIGGER claims_fts_au AFTER UPDATE OF text ON claims BEGIN
            INSERT INTO claims_fts (claims_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
            INSERT INTO claims_fts (rowid, text) VALUES (new.rowid, new.text);
        END;
        """
    )

def m017_briefings_rewritten(db: sqlite3.Connection) -> None:
    """Every story dirty, so that the next build writes its briefing again: a briefing written
    before the confirmed lines told the pair they rest on (the claims marked ``confirms``) may
    show, as confirmed, another fact of the group than the one the matrix now marks (the matrix is
    computed on every read, the briefing only when its story changes)."""
    db.executescript("UPDATE stories SET dirty = 1;")


def m018_claims_attributed_entity_index(db: sqlite3.Connection) -> None:
    """The claims the resolver gave an entity as their source (an entity's page, ``claims --entity``):
    read by index, not by a pass over every claim."""
    db.executescript("CREATE INDEX IF NOT EXISTS claims_attributed_entity ON claims(attributed_entity);")


def m019_claim_eventless(db: sqlite3.Connection) -> None:
    """A claim that states no event (a verbless exclamation, « Coup de théâtre à la mairie »): marked at
    extraction, read by the status and the contradiction checks, which it can neither confirm nor contradict.
    Claims stored before keep 0 (as they were read) until their article is analysed again."""
    # a store set back to an earlier version (a test of an earlier step) may have the column already
    if "eventless" not in {r[1] for r in db.execute("PRAGMA table_info(claims)")}:
        db.execute("ALTER TABLE claims ADD COLUMN eventless INTEGER NOT NULL DEFAULT 0")


MIGRATIONS: list[Migration] = [m001_initial, m002_fts, m003_claim_lemmas_and_urls, m004_claim_terms,
                               m005_knowledge_base, m006_recent_story_postings, m007_lookup_indexes,
                               m008_entity_page_indexes, m009_fts_per_transaction, m010_conflict_keys,
                               m011_claim_attributed_entity, m012_source_types, m013_meaning,
                               m014_claim_components, m015_claim_language,
                               m016_fts_external_content, m017_briefings_rewritten,
                               m018_claims_attributed_entity_index, m019_claim_eventless]
SCHEMA_VERSION = len(MIGRATIONS)
# the version from which claims carry Claim.eventless: a store opened from below it warns (storage.store)
EVENTLESS_VERSION = MIGRATIONS.index(m019_claim_eventless) + 1


class _InTransaction:
    """The connection as migration steps see it: ``executescript`` runs the script statement by
    statement inside the open transaction (sqlite3's own commits first, which would release the
    lock that keeps a second process from migrating the same store at the same time)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def executescript(self, script: str) -> None:
        statement = ""
        for line in script.splitlines(keepends=True):
            statement += line
            if sqlite3.complete_statement(statement):
                self._db.execute(statement)
                statement = ""
        if statement.strip() and sqlite3.complete_statement(statement + ";"):
            self._db.execute(statement)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._db, name)


def migrate(db: sqlite3.Connection) -> int:
    """Bring ``db`` to ``SCHEMA_VERSION``; return the version it was at.

    All the steps run in one transaction that holds the write lock from the start (BEGIN
    IMMEDIATE): two processes creating or upgrading one store at once take turns, and the second
    finds the work done (it read the version again under the lock). A failed step leaves the store
    at the version it had."""
    found = int(db.execute("PRAGMA user_version").fetchone()[0])
    if found >= SCHEMA_VERSION:
        return found
    db.execute("BEGIN IMMEDIATE")
    try:
        current = int(db.execute("PRAGMA user_version").fetchone()[0])
        steps = _InTransaction(db)
        for number, step in enumerate(MIGRATIONS[current:], start=current + 1):
            step(steps)  # type: ignore[arg-type]
            db.execute(f"PRAGMA user_version = {number}")
        db.commit()
    except BaseException:
        db.rollback()
        raise
    return found

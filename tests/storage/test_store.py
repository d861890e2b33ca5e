from __future__ import annotations

import sqlite3
from collections import Counter
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recoupe.errors import RecoupeError
from recoupe.model import Article, ArticleAnalysis, Claim, Mention, Quote, RawDocument, Rejection
from recoupe.storage import SCHEMA_VERSION, Store
from recoupe.storage.migrations import MIGRATIONS, migrate


def _article(aid: str = "a1", text: str = "Le texte de l'article.") -> Article:
    return Article(id=aid, origin=f"{aid}.txt", text=text, title="Titre", published=date(2023, 9, 4),
                   published_source="text", language="fr", removed_lines=["2 min de lecture"])


def test_storage_fresh_store_is_at_current_schema(store: Store) -> None:
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_storage_migrates_an_empty_older_database(tmp_path) -> None:
    path = tmp_path / "old.db"
    sqlite3.connect(path).close()  # version 0: a store made before any migration
    assert migrate(sqlite3.connect(path)) == 0
    with Store.open(path) as s:
        assert s.count("articles") == 0


def test_storage_refuses_a_newer_schema(tmp_path) -> None:
    path = tmp_path / "new.db"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    db.close()
    with pytest.raises(RecoupeError, match="E031"):
        Store.open(path)


def test_storage_missing_store_is_a_clear_error(tmp_path) -> None:
    with pytest.raises(RecoupeError, match="E032"):
        Store.open(tmp_path / "nope.db", create=False)


def test_storage_article_round_trip(store: Store) -> None:
    a = _article()
    store.add_raw(a.id, RawDocument(origin=a.origin, fmt="text", raw=b"raw bytes"))
    store.add_article(a, [(0, 10)], "test")
    assert store.article(a.id) == a
    assert store.raw(a.id).raw == b"raw bytes"  # type: ignore[union-attr]
    assert store.has_article(a.id)


def test_storage_analysis_round_trip(store: Store) -> None:
    a = _article()
    store.add_article(a, [], "test")
    claim = Claim(id="a1:c1", article_id="a1", text="texte", sentence="Le texte.", start=3, end=8,
                  subject="X", predicate="dire", modality="reported", attributed_to="Y", numbers=["4 heures"])
    an = ArticleAnalysis(article_id="a1", mentions=[Mention("a1", 0, 2, "Le", "PER")], claims=[claim],
                         quotes=[Quote("a1", "texte", 3, 8, "Y", "dire")])
    store.save_analysis(an)
    assert store.claims(article_id="a1") == [claim]
    assert store.quotes("a1")[0].speaker == "Y"
    assert store.mentions("a1")[0].text == "Le"


def test_storage_source_types_round_trip(store: Store) -> None:
    store.add_article(_article(), [], "test")
    claim = Claim(id="a1:c1", article_id="a1", text="texte", sentence="Le texte.", start=3, end=8,
                  subject="X", predicate="dire", modality="reported", attributed_to="un diplomate",
                  source_type="anonymous")
    store.save_analysis(ArticleAnalysis(article_id="a1", claims=[claim],
                                        quotes=[Quote("a1", "texte", 3, 8, "AFP", "dire", speaker_type="media")]))
    assert store.claims(article_id="a1")[0].source_type == "anonymous"
    assert store.quotes("a1")[0].speaker_type == "media"


def test_storage_attributed_claims_and_roles_give_a_status_its_source_context(store: Store) -> None:
    """What a status reads beyond a group (recoupe.claims.status.source_context): the claims of the
    articles that name a source, and every role stored for their entities."""
    from recoupe.claims.status import shingles, source_context

    store.add_article(_article(), [], "test")
    said = Claim(id="a1:c1", article_id="a1", text="texte", sentence="Le texte.", start=3, end=8,
                 subject="X", predicate="dire", modality="reported", attributed_to="Ivo Brandt",
                 attributed_entity="e1", source_type="person", language="en")
    bare = Claim(id="a1:c2", article_id="a1", text="article", sentence="de l'article.", start=12, end=19,
                 subject="X", predicate="être")
    store.save_analysis(ArticleAnalysis(article_id="a1", claims=[said, bare]))
    store.create_entity("e1", "Ivo Brandt", "PER")
    store.add_role("e1", "a1", "Sgt.")
    store.add_role("e1", "a2", "Harbourton Police Sgt.")
    assert store.attributed_claims(["a1", "zz"]) == [said]
    assert store.roles_of(["e1", "e2"]) == {"e1": frozenset({("a1", "Sgt."), ("a2", "Harbourton Police Sgt.")})}
    context = source_context(store, ["a1"])
    assert context.roles == {"e1": frozenset({("a1", "Sgt."), ("a2", "Harbourton Police Sgt.")})}
    assert context.stories == {"a1": "a1"}  # no story yet: its own
    assert [keys for _, _, keys in context.cited["a1"]] == [frozenset({"entity:e1", "name:ivo brandt"})]
    # word runs of the English articles only (the outlets' dependence is asked of English pairs)
    assert context.runs == {}
    english = Article(id="a2", origin="a2.txt", text="The ferry ran aground near the old pier on Tuesday night.",
                      title="Ferry", language="en")
    store.add_article(english, [], "test")
    assert store.article_texts(["a1", "a2", "zz"], "en") == {"a2": english.text}
    assert store.articles_in_language(["a1", "a2", "zz"], "en") == ["a2"]
    assert store.articles_in_language(["a1", "a2", "zz"], "fr") == ["a1"]
    runs = source_context(store, ["a1", "a2"]).runs
    assert set(runs) == {"a2"}
    assert runs["a2"] == shingles(english.text)  # read from the store when asked


def test_storage_rejection_upserts_by_origin_and_code(store: Store) -> None:
    store.add_rejection(Rejection("x.bin", "E004", "first"))
    store.add_rejection(Rejection("x.bin", "E004", "second"))
    assert [r.reason for r in store.rejections()] == ["second"]
    store.clear_rejections("x.bin")
    assert store.rejections() == []


@settings(max_examples=40, deadline=None)
@given(text=st.text(min_size=1, max_size=300), title=st.text(max_size=80))
def test_storage_any_text_round_trips(text: str, title: str) -> None:
    with Store.open(":memory:") as s:
        a = Article(id="h", origin="o", text=text, title=title)
        s.add_article(a, [], "")
        assert s.article("h") == a


def test_store_story_vector_cache_follows_writes_rollbacks_and_other_writers(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from recoupe.model import Article
    from recoupe.storage import Store

    db = tmp_path / "s.db"
    with Store.open(db) as a, Store.open(db) as b:
        with a.transaction():
            a.create_story("s1", "x")
            for n in range(3):
                a.add_article(Article(id=f"a{n}", origin=f"a{n}", text="t"), [], "")
            a.add_to_story("s1", "a0", {"L:obus": 1.0, "E:e1": 2.0}, None)
        assert a.story_terms("s1") == {"L:obus": 1.0, "E:e1": 2.0}
        with a.transaction():
            a.add_to_story("s1", "a1", {"L:obus": 0.5}, None)
        assert a.story_terms("s1") == {"L:obus": 1.5, "E:e1": 2.0}
        try:
            with a.transaction():
                a.add_to_story("s1", "a2", {"L:train": 9.0}, None)
                raise RuntimeError("abort")
        except RuntimeError:
            pass
        assert a.story_terms("s1") == {"L:obus": 1.5, "E:e1": 2.0}  # the rolled-back add is gone
        with b.transaction():
            b.add_to_story("s1", "a2", {"L:train": 1.0}, None)  # another writer
        assert a.story_terms("s1") == {"L:obus": 1.5, "E:e1": 2.0, "L:train": 1.0}


def test_store_story_norm_is_kept_until_the_story_vector_changes(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from recoupe.resolve.stories import l2_norm

    calls: list[dict[str, float]] = []

    def norm(vec: dict[str, float]) -> float:
        calls.append(dict(vec))
        return l2_norm(vec)

    db = tmp_path / "s.db"
    with Store.open(db) as a, Store.open(db) as b:
        with a.transaction():
            a.create_story("s1", "x")
            for n in range(4):
                a.add_article(Article(id=f"a{n}", origin=f"a{n}", text="t"), [], "")
            a.add_to_story("s1", "a0", {"L:obus": 3.0, "E:e1": 4.0}, None)
        a.story_terms("s1")
        assert a.story_norm("s1", norm) == 5.0
        a.story_terms("s1")
        assert a.story_norm("s1", norm) == 5.0 and len(calls) == 1  # unchanged: not summed again
        with a.transaction():
            a.add_to_story("s1", "a1", {"L:obus": 3.0}, None)  # the cached vector is added to in place
        a.story_terms("s1")
        assert a.story_norm("s1", norm) == l2_norm({"L:obus": 6.0, "E:e1": 4.0}) and len(calls) == 2
        try:
            with a.transaction():
                a.add_to_story("s1", "a2", {"L:train": 9.0}, None)
                raise RuntimeError("abort")
        except RuntimeError:
            pass
        a.story_terms("s1")  # the rolled-back add is gone: read anew
        assert a.story_norm("s1", norm) == l2_norm({"L:obus": 6.0, "E:e1": 4.0}) and len(calls) == 3
        with b.transaction():
            b.add_to_story("s1", "a3", {"L:train": 1.0}, None)  # another writer
        a.story_terms("s1")
        assert a.story_norm("s1", norm) == l2_norm({"L:obus": 6.0, "E:e1": 4.0, "L:train": 1.0})
        assert calls[-1] == {"L:obus": 6.0, "E:e1": 4.0, "L:train": 1.0}


def _hits(store: Store, q: str) -> dict[str, list[str]]:
    found = store.search(q)
    return {"articles": [r["id"] for r in found["articles"]], "claims": [r["id"] for r in found["claims"]],
            "entities": [r["id"] for r in found["entities"]]}


def _add(store: Store, aid: str, word: str) -> None:
    store.add_article(_article(aid, f"Un texte sur {word}."), [], "test")
    store.save_analysis(ArticleAnalysis(article_id=aid, claims=[Claim(
        id=f"{aid}:c1", article_id=aid, text=f"{word} avance", sentence="s", start=0, end=5,
        subject="X", predicate="avancer")]))


def test_storage_full_text_index_is_written_when_the_transaction_ends(store: Store) -> None:
    with store.transaction():
        _add(store, "a1", "zanzibar")
        store.create_entity("e1", "Jeanne Zanzibar", "PER")
        store.add_alias("e1", "Mme Zanzibar", "a1", 2)
    assert _hits(store, "zanzibar") == {"articles": ["a1"], "claims": ["a1:c1"], "entities": ["e1"]}
    with store.transaction():  # a new alias and a new name of a known entity are found too
        store.add_alias("e1", "Madame Quetzal", "a2", 1)
        store.rename_entity("e1", "Jeanne Zanzibar-Ocelot")
    assert _hits(store, "quetzal")["entities"] == ["e1"] and _hits(store, "ocelot")["entities"] == ["e1"]
    assert store.db.execute("SELECT COUNT(*) FROM entities_fts").fetchone()[0] == 1  # rewritten, not added


def test_storage_full_text_index_outside_a_transaction_and_after_a_rollback(store: Store) -> None:
    _add(store, "a1", "zanzibar")  # no transaction(): indexed at once
    store.db.commit()
    assert _hits(store, "zanzibar")["claims"] == ["a1:c1"]
    with pytest.raises(RuntimeError), store.transaction():
        _add(store, "a2", "ocelot")
        raise RuntimeError("a failed batch")
    with store.transaction():
        _add(store, "a3", "quetzal")
    assert _hits(store, "ocelot") == {"articles": [], "claims": [], "entities": []}
    assert _hits(store, "quetzal")["claims"] == ["a3:c1"]


def _claims_in(store: Store, aid: str, n: int, group: str) -> list[Claim]:
    store.add_article(_article(aid), [], "test")
    an = ArticleAnalysis(article_id=aid)
    an.claims = [Claim(id=f"{aid}:c{k}", article_id=aid, text=f"fait {k}", sentence="Phrase.", start=10 - k,
                       end=12, subject="X", predicate="dire", modality="asserted", group_id=group)
                 for k in range(n)]
    store.save_analysis(an)
    return an.claims


def test_storage_claims_by_group_are_each_groups_claims_in_one_read(store: Store) -> None:
    with store.transaction():
        for gid in ("g1", "g2", "g3"):
            store.create_group(gid, "s1", "dire", "", [])
        _claims_in(store, "a2", 3, "g1")
        _claims_in(store, "a1", 2, "g2")
        _claims_in(store, "a3", 1, "g1")
    batch = store.claims_by_group(["g2", "g1", "g3", "g9"])
    assert {g: [c.id for c in cs] for g, cs in batch.items()} == {
        g: [c.id for c in store.claims(group_id=g)] for g in ("g1", "g2", "g3", "g9")}
    assert [c.id for c in batch["g1"]] == ["a2:c2", "a2:c1", "a2:c0", "a3:c0"]  # by article, then position


def test_storage_add_aliases_is_add_alias_for_each(tmp_path) -> None:  # type: ignore[no-untyped-def]
    rows = []
    for name, batched in (("one.db", False), ("many.db", True)):
        with Store.open(tmp_path / name) as s, s.transaction():
            s.create_entity("e1", "Jeanne Dupont", "PER")
            counts = [("Jeanne Dupont", 2), ("Dupont", 3), ("Mme Dupont", 1)]
            if batched:
                s.add_aliases("e1", "a1", counts)
                s.add_aliases("e1", "a1", [("Dupont", 4)])  # seen again in the same article: count replaced
            else:
                for alias, n in counts:
                    s.add_alias("e1", alias, "a1", n)
                s.add_alias("e1", "Dupont", "a1", 4)
        with Store.open(tmp_path / name) as s:
            rows.append((s.entities(), s.search('"Dupont"')["entities"]))
    assert rows[0] == rows[1]
    assert rows[0][0][0]["mention_count"] == 10


def test_storage_claim_numbers_forget_a_rolled_back_article(store: Store) -> None:
    with store.transaction():
        store.create_group("g1", "s1", "dire", "", [])
        kept = _claims_in(store, "a1", 2, "g1")
        assert store.claim_number(kept[1].id) == store.db.execute(
            "SELECT rowid FROM claims WHERE id=?", (kept[1].id,)).fetchone()[0]
        with pytest.raises(RuntimeError), store.savepoint():
            gone = _claims_in(store, "a2", 2, "g1")
            raise RuntimeError("this article fails")
        # the rolled-back claims have no row: a number never used, not the rowid they had
        assert store.claim_number(gone[0].id) == store.next_group_number()


def _df_in_sql(store: Store, terms: list[str]) -> dict[str, int]:
    return {t: d for t, d in store.db.execute("SELECT term, df FROM term_df") if t in terms}


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["bump", "read", "fail"]),
                          st.lists(st.sampled_from(["L:feu", "L:pompier", "E:e1", "h:nuit"]), max_size=5)),
                max_size=12))
def test_storage_df_read_in_a_transaction_follows_the_bumps(ops: list[tuple[str, list[str]]]) -> None:
    """The frequencies read within a transaction are those of every bump so far (a term twice
    counts twice; a savepoint rolled back takes its own back), and the table holds them once the
    transaction commits, in the next transaction too."""
    store = Store.open(":memory:")
    terms = ["L:feu", "L:pompier", "E:e1", "h:nuit", "L:absent"]
    with store.transaction():
        store.bump_df(["L:feu"])
    counts = Counter({"L:feu": 1})
    for _ in range(2):
        with store.transaction():
            assert store.df(terms) == _df_in_sql(store, terms) == dict(sorted(counts.items()))
            for op, words in ops:
                if op == "bump":
                    store.bump_df(words)
                    counts.update(words)
                elif op == "fail":
                    with pytest.raises(RuntimeError), store.savepoint():
                        store.bump_df(words)
                        assert store.df(words) == {t: n for t, n in sorted((counts + Counter(words)).items())
                                                   if t in words}
                        raise RuntimeError
                got = store.df([*words, "L:absent"])
                assert got == {t: n for t, n in sorted(counts.items()) if t in words}
                assert list(got) == sorted(got)  # in term order, as the query gave them
        assert store.df(terms) == _df_in_sql(store, terms) == dict(counts)  # outside a transaction: the table


def test_storage_df_bumps_written_once_a_term_per_transaction() -> None:
    """The bumps of a transaction's articles are summed and written when it commits: one row
    write per term, not one per article; the new terms' rows come in the order of their first
    bump, a savepoint rolled back leaves its bumps out, and a transaction rolled back all of them."""
    store = Store.open(":memory:")
    writes: list[str] = []
    store.db.set_trace_callback(lambda sql: writes.append(sql) if "term_df" in sql and "INSERT" in sql else None)
    with store.transaction():
        store.bump_df(["L:orage", "L:digue"])
        with pytest.raises(RuntimeError), store.savepoint():
            store.bump_df(["L:grele", "L:orage"])
            raise RuntimeError
        store.bump_df(["L:orage", "L:grele"])
        assert writes == []  # nothing written yet, and still read right
        assert store.df(["L:orage", "L:digue", "L:grele"]) == {"L:digue": 1, "L:grele": 1, "L:orage": 2}
    assert len(writes) == 3  # one row a term
    assert [tuple(r) for r in store.db.execute("SELECT term, df FROM term_df ORDER BY rowid")] == [
        ("L:orage", 2), ("L:digue", 1), ("L:grele", 1)]
    with pytest.raises(RuntimeError), store.transaction():
        store.bump_df(["L:orage", "L:crue"])
        raise RuntimeError
    with store.transaction():
        assert store.df(["L:orage", "L:crue"]) == {"L:orage": 2}
    assert store.df(["L:orage", "L:crue"]) == {"L:orage": 2}


def test_storage_df_kept_between_transactions_until_another_connection_commits(tmp_path) -> None:
    """The frequencies read or bumped in one transaction are used in the next (no query), while no
    other connection commits; a commit by another writer, or a transaction rolled back, drops them."""
    path = tmp_path / "s.db"
    one, two = Store.open(path), Store.open(path)
    with one.transaction():
        one.bump_df(["L:feu", "L:feu"])
        assert one.df(["L:feu", "L:pompier"]) == {"L:feu": 2}
    with one.transaction():  # kept: the same values, without reading the table
        assert one._df_cache == {"L:feu": 2, "L:pompier": 0}
        one.bump_df(["L:pompier"])
        assert one.df(["L:feu", "L:pompier"]) == {"L:feu": 2, "L:pompier": 1}
    with two.transaction():  # another writer commits
        two.bump_df(["L:feu"])
    with one.transaction():  # read again: the other writer's bump counts
        assert one.df(["L:feu", "L:pompier"]) == {"L:feu": 3, "L:pompier": 1} == _df_in_sql(one, ["L:feu", "L:pompier"])
    with pytest.raises(RuntimeError), one.transaction():
        one.bump_df(["L:nuit"])
        assert one.df(["L:nuit"]) == {"L:nuit": 1}
        raise RuntimeError
    assert one._df_cache == {}  # rolled back: forgotten
    with one.transaction():
        assert one.df(["L:nuit", "L:feu"]) == {"L:feu": 3}
    one.bump_df(["L:feu"])  # a write outside transaction(): nothing kept is trusted after it
    assert one._df_cache == {}
    one.db.commit()
    with one.transaction():
        assert one.df(["L:feu"]) == {"L:feu": 4}
    one.close()
    two.close()


def test_storage_components_before_an_offset_are_the_whole_components_cut(store: Store) -> None:
    """``components(before=...)``: the same components, stories and languages (of every claim),
    holding only the claims that start before the offset, each as read without the bound."""
    with store.transaction():
        for gid, story in (("g1", "s1"), ("g2", "s1"), ("g3", "s2")):
            store.create_group(gid, story, "dire", "", [])
        _claims_in(store, "a2", 3, "g1")  # starts 10, 9, 8
        _claims_in(store, "a1", 2, "g2")
        _claims_in(store, "a3", 1, "g1")  # starts 10: left out below, its language still counted
        _claims_in(store, "a4", 2, "g3")
        store.db.execute("UPDATE articles SET language='en' WHERE id='a3'")
    whole = store.components(["s1", "s2"], 1)
    cut = store.components(["s1", "s2"], 1, before=10)
    assert [c.id for c in cut] == [c.id for c in whole] == ["g1", "g2", "g3"]
    for w, c in zip(whole, cut, strict=True):
        kept = [x for x in w.claims if x.start < 10]
        assert c.claims == kept and kept != w.claims
        assert c.numbers == {x.id: w.numbers[x.id] for x in kept}
        assert c.published == {x.id: w.published[x.id] for x in kept if x.id in w.published}
        assert (c.story_id, c.languages) == (w.story_id, w.languages)
    assert cut[0].languages == {"fr", "en"}


def _candidates_in_sql(store: Store, terms: list[str], since: str | None, limit: int, per_term: int) -> list[str]:
    """What ``story_candidates`` means, as one query: each term's ``per_term`` most recent postings, summed
    by story, stories active since ``since``, heaviest first, ties to the greater story id."""
    postings = " UNION ALL ".join(
        "SELECT * FROM (SELECT story_id, weight FROM story_terms WHERE term=? ORDER BY rowid DESC LIMIT ?)"
        for _ in terms)
    params: list[object] = [x for t in terms for x in (t, per_term)]
    sql = f"SELECT p.story_id, SUM(p.weight) AS w FROM ({postings}) p JOIN stories s ON s.id = p.story_id"
    if since:
        sql += " WHERE (s.last_published IS NULL OR s.last_published >= ?)"
        params.append(since)
    sql += " GROUP BY p.story_id ORDER BY w DESC, p.story_id DESC LIMIT ?"
    return [r[0] for r in store.db.execute(sql, [*params, limit])]


_STORY_TERMS = ["L:feu", "L:pompier", "E:e1", "M:0:101"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["add", "add", "remove", "fail"]), st.integers(0, 3),
                          st.lists(st.sampled_from(_STORY_TERMS), min_size=1, max_size=3, unique=True),
                          st.sampled_from([0.25, 0.5, 1.0]), st.sampled_from([None, 1, 5, 9])),
                min_size=1, max_size=16))
def test_storage_story_candidates_kept_in_a_transaction_follow_the_rows(
        ops: list[tuple[str, int, list[str], float, int | None]]) -> None:
    """The postings and story dates that ``story_candidates`` keeps within a transaction give, at every step,
    what the table gives: after articles join or leave stories (the dates move), after a story is dropped and
    its number taken again, after a savepoint rolled back, and in the next transaction."""
    store = Store.open(":memory:")
    members: dict[str, tuple[str, dict[str, float]]] = {}
    seq = 0

    def check() -> None:
        for terms in (_STORY_TERMS, ["L:feu"], ["M:0:101", "E:e1"]):
            for since in (None, "2026-08-04"):
                for limit, per_term in ((2, 1), (5, 2), (50, 200)):
                    want = _candidates_in_sql(store, terms, since, limit, per_term)
                    assert store.story_candidates(terms, since, limit=limit, per_term=per_term) == want

    def add(story: int, terms: list[str], weight: float, day: int | None) -> str:
        nonlocal seq
        seq += 1
        aid, sid = f"a{seq}", f"s{story}"
        published = date(2026, 8, day) if day else None
        store.db.execute("INSERT INTO articles (id, seq, origin, url, text, published) VALUES (?,?,'',?,'',?)",
                         (aid, seq, aid, published.isoformat() if published else None))
        if store.story(sid) is None:
            store.create_story(sid, aid)
        posted = {t: weight for t in terms}
        store.add_to_story(sid, aid, posted, published)
        return aid

    for _ in range(2):
        with store.transaction():
            check()
            for op, story, terms, weight, day in ops:
                if op == "add":
                    members[add(story, terms, weight, day)] = (f"s{story}", {t: weight for t in terms})
                elif op == "remove" and members:
                    aid = sorted(members)[story % len(members)]
                    sid, posted = members.pop(aid)
                    if store.remove_from_story(sid, aid, posted) == 0:
                        store.drop_story(sid)
                elif op == "fail":
                    check()
                    with pytest.raises(RuntimeError), store.savepoint():
                        add(story, terms, weight, day)
                        check()
                        raise RuntimeError
                check()
        check()  # outside a transaction: read from the table


def test_storage_story_reads_kept_between_transactions_follow_another_writer(tmp_path) -> None:
    """The postings and story rows kept from one transaction to the next (``story_candidates``,
    ``story_state``) are those of the table: after this connection's own writes, and after another
    connection wrote the same story and committed."""
    path = tmp_path / "two.db"
    one, two = Store.open(path), Store.open(path)

    def add(store: Store, aid: str, seq: int, sid: str, terms: dict[str, float], day: int) -> None:
        store.db.execute("INSERT INTO articles (id, seq, origin, url, text) VALUES (?,?,'',?,'')", (aid, seq, aid))
        if store.story(sid) is None:
            store.create_story(sid, aid)
        store.add_to_story(sid, aid, terms, date(2026, 8, day))

    def same(store: Store) -> None:
        for per_term in (1, 200):
            want = _candidates_in_sql(store, ["L:feu", "L:digue"], None, 10, per_term)
            assert store.story_candidates(["L:feu", "L:digue"], None, per_term=per_term) == want
        for sid in ("s1", "s2"):
            row = store.db.execute("SELECT size, meaning, first_published, last_published FROM stories WHERE id=?",
                                   (sid,)).fetchone()
            assert store.story_state(sid)[1:] == ((row[1], row[2], row[3]) if row else (None, None, None))

    with one.transaction():
        add(one, "a1", 1, "s1", {"L:feu": 0.5}, 3)
        same(one)
        add(one, "a2", 2, "s2", {"L:feu": 0.25, "L:digue": 1.0}, 4)
        one.set_story_meaning("s1", b"m1")
        same(one)
    with two.transaction():  # the other writer: s1 takes more of both words, s2 a later date
        add(two, "a3", 3, "s1", {"L:feu": 2.0, "L:digue": 0.5}, 9)
        add(two, "a4", 4, "s2", {"L:feu": 0.25}, 12)
        two.set_story_meaning("s2", b"m2")
    same(one)  # outside a transaction: nothing kept is used
    with one.transaction():
        same(one)
        assert one.story_candidates(["L:feu", "L:digue"], None) == ["s1", "s2"]
        add(one, "a5", 5, "s2", {"L:digue": 3.0}, 13)
        same(one)
        assert one.story_candidates(["L:feu", "L:digue"], None) == ["s2", "s1"]
    one.close()
    two.close()


def test_storage_story_postings_kept_between_transactions_are_bounded_by_rows() -> None:
    """One term's list holds up to STORY_POSTINGS rows: the postings kept between transactions are
    bounded by their rows, not by their terms."""
    store = Store.open(":memory:")
    store.POSTINGS_CACHE = 5  # type: ignore[misc]
    with store.transaction():
        for k in range(8):  # one term, eight stories: eight rows
            store.db.execute("INSERT INTO articles (id, seq, origin, url, text) VALUES (?,?,'',?,'')",
                             (f"a{k}", k + 1, f"a{k}"))
            store.create_story(f"s{k}", f"a{k}")
            store.add_to_story(f"s{k}", f"a{k}", {"L:feu": 1.0 + k}, date(2026, 8, 1 + k))
    for rows, kept in ((3, True), (8, False)):
        with store.transaction():
            assert len(store.story_candidates(["L:feu"], None, limit=50, per_term=rows)) == rows
        with store.transaction():  # the next transaction keeps them only under the bound
            assert bool(store._postings) is kept
            store._forget_stories()
    store.close()


def _probe(cid: str = "zz:probe") -> Claim:
    """A claim that looks up postings (no group: only its keys count)."""
    return Claim(id=cid, article_id="zz", text="", sentence="", start=0, end=0, subject="", predicate="dire",
                 modality="asserted")


def _filed_in_sql(store: Store, table: str, story: str, key: str) -> list[str]:
    column = "key" if table == "conflict_keys" else "term"
    return [r[0] for r in store.db.execute(
        f"SELECT claim_id FROM {table} WHERE story_id=? AND {column}=? ORDER BY claim_id", (story, key))]


def _looked_up(store: Store, story: str, key: str) -> tuple[list[str], list[str]]:
    """The claims ``related_claims`` and ``grouped_claims`` find under one key of one story."""
    related = [c.id for c in store.related_claims(story, _probe(), keys=[key], group=False)]
    grouped = sorted(r["id"] for r in store.grouped_claims(story, [key]))
    return related, grouped


_FILED_KEYS = ["A:e1", "A:e2", "feu", "pompier"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["file", "file", "ungroup", "fail"]), st.sampled_from(["s1", "s2"]),
                          st.lists(st.sampled_from(_FILED_KEYS), max_size=3, unique=True)),
                min_size=1, max_size=12))
def test_storage_filed_keys_kept_in_a_transaction_follow_the_rows(ops: list[tuple[str, str, list[str]]]) -> None:
    """The keys kept per story (what lets a lookup under a key nobody is filed under skip SQL) find, at
    every step, what the tables give: after claims are filed, after their postings are deleted
    (``ungroup_claims``), after a savepoint rolled back, and in the next transaction."""
    store = Store.open(":memory:")
    made: list[str] = []

    def file(story: str, keys: list[str]) -> None:
        aid = f"a{len(made)}"
        store.create_group(f"g{aid}", story, "dire", "", [])
        (claim,) = _claims_in(store, aid, 1, f"g{aid}")
        store.file_conflict_keys(story, claim.id, keys)
        store.index_claim_terms(story, claim.id, set(keys))
        made.append(claim.id)

    def check() -> None:
        for story in ("s1", "s2"):
            for key in [*_FILED_KEYS, "absent"]:
                assert _looked_up(store, story, key) == (_filed_in_sql(store, "conflict_keys", story, key),
                                                         _filed_in_sql(store, "claim_terms", story, key))

    for _ in range(2):
        with store.transaction():
            check()
            for op, story, keys in ops:
                if op == "file":
                    file(story, keys)
                elif op == "ungroup" and made:
                    store.ungroup_claims([made[len(keys) % len(made)]])
                elif op == "fail":
                    with pytest.raises(RuntimeError), store.savepoint():
                        if made:
                            store.ungroup_claims([made[0]])
                        check()
                        file(story, keys)
                        check()
                        raise RuntimeError
                check()
        check()  # outside a transaction: read from the tables
    store.close()


def test_storage_filed_keys_forgotten_on_rollback_and_when_another_connection_commits(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The keys kept for a story are read again after a rolled-back savepoint (the postings it deleted are
    back) and after another connection committed postings; a write outside ``transaction()`` adds to them."""
    path = tmp_path / "s.db"
    with Store.open(path) as setup, setup.transaction():
        setup.create_group("g1", "s1", "dire", "", [])
        (first,) = _claims_in(setup, "a1", 1, "g1")
        setup.file_conflict_keys("s1", first.id, ["A:e1"])
        setup.index_claim_terms("s1", first.id, {"feu"})
    one, two = Store.open(path), Store.open(path)
    with one.transaction():
        with pytest.raises(RuntimeError), one.savepoint():
            one.ungroup_claims([first.id])
            assert _looked_up(one, "s1", "A:e1") == ([], [])  # the story's keys read here, without A:e1
            assert _looked_up(one, "s1", "feu") == ([], [])
            raise RuntimeError
        # rolled back: the postings are back, and found
        assert _looked_up(one, "s1", "A:e1") == ([first.id], [])
        assert _looked_up(one, "s1", "feu") == ([], [first.id])
        assert _looked_up(one, "s1", "A:e2") == ([], [])  # the story's keys are kept from here on
    with two.transaction():  # another writer files a claim under a key the first one saw no posting of
        two.create_group("g2", "s1", "dire", "", [])
        (second,) = _claims_in(two, "a2", 1, "g2")
        two.file_conflict_keys("s1", second.id, ["A:e2"])
        two.index_claim_terms("s1", second.id, {"pompier"})
    with one.transaction():
        assert _looked_up(one, "s1", "A:e2") == ([second.id], [])
        assert _looked_up(one, "s1", "pompier") == ([], [second.id])
        assert _looked_up(one, "s1", "nuit") == ([], [])
    one.index_claim_terms("s1", first.id, {"nuit"})  # a write outside transaction(): kept too
    one.db.commit()
    with one.transaction():
        assert _looked_up(one, "s1", "nuit") == ([], [first.id])
    one.close()
    two.close()


def _component_in_sql(store: Store, claim: Claim) -> list[str]:
    return [r[0] for r in store.db.execute(
        "SELECT id FROM claims WHERE component_id=? AND id != ? ORDER BY id", (claim.component_id, claim.id))]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["found", "found", "join", "merge", "ungroup", "fail"]),
                          st.integers(0, 7), st.integers(0, 7)), min_size=1, max_size=14))
def test_storage_component_members_kept_in_a_transaction_follow_the_rows(ops: list[tuple[str, int, int]]) -> None:
    """The claims kept per component (what lets a claim alone in its component skip the lookup of its
    component) give, at every step, what the table gives: after groups are made and claims put in them,
    after components merge, after claims are taken out (``ungroup_claims``), after a savepoint rolled
    back, and in the next transaction."""
    store = Store.open(":memory:")
    made: list[str] = []

    def found(n: int) -> None:  # a claim stored with no group, then founding its own (as assign_group does)
        aid = f"a{len(made)}"
        (claim,) = _claims_in(store, aid, 1, "")
        gid = f"g{len(made)}"
        store.create_group(gid, "s1", "dire", "", [])
        store.set_claim_group(claim.id, gid)
        made.append(claim.id)

    def check() -> None:
        for cid in made:
            claim = store.claim(cid)
            assert claim is not None
            got = [c.id for c in store.related_claims("s1", claim)]
            assert got == (_component_in_sql(store, claim) if claim.component_id else [])

    def step(op: str, x: int, y: int) -> None:
        if op == "found" or not made:
            found(x)
        elif op == "join":
            target = store.claim(made[y % len(made)])
            if target is not None and target.component_id:
                store.set_claim_group(made[x % len(made)], target.component_id)
        elif op == "merge":
            a, b = store.claim(made[x % len(made)]), store.claim(made[y % len(made)])
            if a is not None and b is not None and a.component_id and b.component_id \
                    and a.component_id != b.component_id:
                store.merge_groups(b.component_id, into=a.component_id)
        elif op == "ungroup":
            store.ungroup_claims([made[x % len(made)]])

    for _ in range(2):
        with store.transaction():
            check()
            for op, x, y in ops:
                if op == "fail":
                    kept = made[:]
                    with pytest.raises(RuntimeError), store.savepoint():
                        for other in ("merge", "join", "found"):
                            step(other, x, y)
                            check()
                        raise RuntimeError
                    made[:] = kept
                else:
                    step(op, x, y)
                check()
        check()  # outside a transaction: read from the table
    store.close()


def test_storage_component_members_forgotten_on_rollback_and_when_another_connection_commits(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A component emptied by a merge that a savepoint undoes has its claims again, and a claim alone in its
    component when read has company once another connection put a claim in it: both are found."""
    path = tmp_path / "s.db"
    one, two = Store.open(path), Store.open(path)
    with one.transaction():
        (first,) = _claims_in(one, "a1", 1, "")
        one.create_group("g1", "s1", "dire", "", [])
        one.set_claim_group(first.id, "g1")
        pair = _claims_in(one, "a2", 2, "")
        one.create_group("g2", "s1", "dire", "", [])
        for c in pair:
            one.set_claim_group(c.id, "g2")
        with pytest.raises(RuntimeError), one.savepoint():
            one.merge_groups("g2", into="g1")
            raise RuntimeError
        second = one.claim(pair[1].id)
        assert second is not None and second.component_id == "g2"
        assert [c.id for c in one.related_claims("s1", second)] == [pair[0].id]
        (lone,) = _claims_in(one, "a3", 1, "")
        one.create_group("g3", "s1", "dire", "", [])
        one.set_claim_group(lone.id, "g3")
        alone = one.claim(lone.id)
        assert alone is not None and one.related_claims("s1", alone) == []  # known alone: no query
    with two.transaction():  # another writer puts a claim in that component
        (third,) = _claims_in(two, "a4", 1, "")
        two.set_claim_group(third.id, "g3")
    with one.transaction():
        assert [c.id for c in one.related_claims("s1", alone)] == [third.id]
    one.close()
    two.close()


def _grouped_in_sql(store: Store, story: str, terms: list[str]) -> list[dict[str, object]]:
    """What ``grouped_claims`` gives, read with one join and nothing kept."""
    per_term = " UNION ALL ".join(
        "SELECT * FROM (SELECT claim_id FROM claim_terms WHERE story_id=? AND term=? LIMIT 100)" for _ in terms)
    params = [x for t in terms for x in (story, t)]
    cur = store.db.execute(
        f"SELECT {Store._GROUPED_COLUMNS} FROM (SELECT claim_id, COUNT(*) AS n FROM ({per_term}) GROUP BY claim_id"
        " ORDER BY n DESC, claim_id LIMIT 40) t JOIN claims c ON c.id = t.claim_id", params)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur]


_TERMS = ["feu", "pompier", "nuit"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["found", "found", "join", "merge", "ungroup", "split", "fail"]),
                          st.integers(0, 7), st.integers(0, 7)), min_size=1, max_size=14))
def test_storage_grouped_claim_rows_kept_in_a_transaction_follow_the_rows(ops: list[tuple[str, int, int]]) -> None:
    """The claim rows ``grouped_claims`` keeps give, at every step, what the join gives (groups, components
    and lemmas included): after claims are grouped, joined to another group with other lemmas, merged,
    taken out (``ungroup_claims``), cut by the split pass (``set_split``), after a savepoint rolled back,
    and in the next transaction."""
    store = Store.open(":memory:")
    made: list[str] = []

    def found(x: int) -> None:  # a claim stored with no group, founding its own and filed (as assign_group)
        aid = f"a{len(made)}"
        (claim,) = _claims_in(store, aid, 1, "")
        gid = f"k{len(made)}"  # not g<n>: the split pass names its groups so
        store.create_group(gid, "s1", "dire", "", [])
        store.set_claim_group(claim.id, gid, [f"mot{x}"])
        store.index_claim_terms("s1", claim.id, {_TERMS[x % 3], _TERMS[(x + 1) % 3]})
        made.append(claim.id)

    def check() -> None:
        for terms in (["feu"], ["pompier"], ["nuit"], _TERMS, ["feu", "nuit"]):
            assert store.grouped_claims("s1", terms) == _grouped_in_sql(store, "s1", terms)

    def step(op: str, x: int, y: int) -> None:
        if op == "found" or not made:
            found(x)
        elif op == "join":
            target = store.claim(made[y % len(made)])
            if target is not None and target.component_id:
                store.set_claim_group(made[x % len(made)], target.component_id, [f"mot{y}", "autre"])
        elif op == "merge":
            a, b = store.claim(made[x % len(made)]), store.claim(made[y % len(made)])
            if a is not None and b is not None and a.component_id and b.component_id \
                    and a.component_id != b.component_id:
                store.merge_groups(b.component_id, into=a.component_id)
        elif op == "ungroup":  # then filed again with no group: its row says so
            store.ungroup_claims([made[x % len(made)]])
            store.index_claim_terms("s1", made[x % len(made)], {_TERMS[y % 3]})
        elif op == "split":
            for comp in store.components(["s1"], min_size=2):
                store.set_split(comp, [comp.claims[:1], comp.claims[1:]])

    for _ in range(2):
        with store.transaction():
            check()
            for op, x, y in ops:
                if op == "fail":
                    kept = made[:]
                    with pytest.raises(RuntimeError), store.savepoint():
                        for other in ("merge", "join", "split", "found"):
                            step(other, x, y)
                            check()
                        raise RuntimeError
                    made[:] = kept
                else:
                    step(op, x, y)
                check()
        check()  # outside a transaction: read with the join
    store.close()


def test_storage_grouped_claim_rows_forgotten_when_another_connection_commits(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A claim row kept by one connection is read again once another connection moved the claim to
    another group."""
    path = tmp_path / "s.db"
    one, two = Store.open(path), Store.open(path)
    with one.transaction():
        (claim,) = _claims_in(one, "a1", 1, "")
        one.create_group("g1", "s1", "dire", "", [])
        one.set_claim_group(claim.id, "g1", ["feu"])
        one.index_claim_terms("s1", claim.id, {"feu"})
        assert [r["group_id"] for r in one.grouped_claims("s1", ["feu"])] == ["g1"]
    with two.transaction():
        two.create_group("g2", "s1", "dire", "", [])
        two.set_claim_group(claim.id, "g2", ["feu", "nuit"])
    with one.transaction():
        (row,) = one.grouped_claims("s1", ["feu"])
        assert (row["group_id"], row["component_id"], row["lemmas"]) == ("g2", "g2", '["feu", "nuit"]')
    one.close()
    two.close()


def _search_ids(store: Store, match: str) -> dict[str, list[str]]:
    return {kind: [r["id"] for r in rows] for kind, rows in store.search(match).items() if kind != "entities"}


def _fts_sound(store: Store) -> None:
    for table in ("articles_fts", "claims_fts"):  # raises when the index and its rows disagree
        store.db.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('integrity-check', 1)")


def test_storage_full_text_indexes_read_texts_from_the_rows_without_a_copy(tmp_path) -> None:
    """A store made before m016 keeps its search (the indexes built again from the rows) and
    drops the copies of the articles' and claims' texts the indexes kept."""
    from recoupe.storage.migrations import MIGRATIONS, _InTransaction

    path = tmp_path / "old.db"
    raw = sqlite3.connect(path)
    for step in MIGRATIONS[:15]:
        step(_InTransaction(raw))  # type: ignore[arg-type]
    raw.execute("PRAGMA user_version = 15")
    raw.execute("INSERT INTO articles (id, seq, origin, title, text, language, removed_lines, sentences)"
                " VALUES ('a1', 1, 'a1.txt', 'Crue du fleuve', 'La digue a cédé dans la nuit.', 'fr', '[]', '[]')")
    raw.execute("INSERT INTO claims (id, article_id, text, sentence, start, \"end\", subject, predicate, modality)"
                " VALUES ('a1:c0', 'a1', 'La digue a cédé', 'La digue a cédé.', 0, 15, 'digue', 'céder', 'asserted')")
    raw.execute("INSERT INTO articles_fts (rowid, title, text) SELECT rowid, title, text FROM articles")
    raw.execute("INSERT INTO claims_fts (rowid, text) SELECT rowid, text FROM claims")
    raw.commit()
    raw.close()
    with Store.open(path) as s:
        assert s.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        tables = {r[0] for r in s.db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "articles_fts_content" not in tables and "claims_fts_content" not in tables
        assert _search_ids(s, "digue") == {"articles": ["a1"], "claims": ["a1:c0"]}
        assert _search_ids(s, "cede") == {"articles": ["a1"], "claims": ["a1:c0"]}  # accents folded, as before
        _fts_sound(s)


def test_storage_full_text_indexes_follow_deleted_and_changed_rows(store: Store) -> None:
    """Without a copy of the texts, the index learns an old text from the triggers: a claim deleted
    or rewritten is no longer found by its old words, and the index stays sound."""
    with store.transaction():
        store.add_raw("a1", RawDocument(origin="a1.txt", fmt="txt", raw=b"x"))
        _claims_in(store, "a1", 2, "g1")
    assert _search_ids(store, "fait")["claims"] == ["a1:c0", "a1:c1"]
    store.db.execute("DELETE FROM claims WHERE id='a1:c0'")
    store.db.execute("UPDATE claims SET text='geste 1' WHERE id='a1:c1'")
    store.db.execute("UPDATE articles SET title='Inondation' WHERE id='a1'")
    assert _search_ids(store, "fait") == {"articles": [], "claims": []}
    assert _search_ids(store, "geste")["claims"] == ["a1:c1"]
    assert _search_ids(store, "inondation")["articles"] == ["a1"]
    assert _search_ids(store, "titre")["articles"] == []
    _fts_sound(store)


def test_storage_a_store_from_before_m017_has_its_briefings_written_again(tmp_path) -> None:
    """A briefing written before confirmed lines told their pair (no claim marked ``confirms``)
    may show another fact of the group as confirmed: the migration marks every story dirty, and
    the next build's briefing pass writes the line from the pair."""
    from recoupe.pipeline import refresh_briefings
    from recoupe.settings import Settings
    from tests.report.confirming import PAIR, SUMMARY, confirming_store

    path = tmp_path / "old.db"
    with confirming_store(path) as s:
        # the old line: the group's summary as confirmed, no claim of the pair marked
        s.set_briefing("S1", [{"kind": "confirmed", "text": SUMMARY, "citations": [
            {"article_id": a, "claim_id": f"{a}:c1", "start": 0, "end": 1} for a in ("p1", "p2", "p3")]}])
        s.mark_clean("S1")
        s.db.execute("PRAGMA user_version = 16")
        s.db.commit()
    with Store.open(path) as s:
        assert s.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert s.dirty_stories() == ["S1"]
        assert refresh_briefings(s, Settings.load(nlp__n_process=1)) == 1
        (line,) = [b for b in s.briefing("S1") if b["kind"] == "confirmed"]
        assert line["text"] != SUMMARY
        assert [c["claim_id"] for c in line["citations"] if c.get("confirms")] == list(PAIR)
        assert s.dirty_stories() == []



def test_store_claims_attributed_to_an_entity_are_its_own_not_a_homonym_s(store: Store) -> None:
    # two entities named « Senate » (two stories' chambers): each one's claims are those the resolver
    # gave it; by name only a claim the resolver gave no entity
    with store.transaction():
        store.add_article(Article(id="a1", origin="a1", text="t"), [], "")
        for eid in ("E1", "E2"):
            store.create_entity(eid, "Senate", "ORG")
        claims = [Claim(id=f"c{k}", article_id="a1", text="t", sentence="t", start=k, end=k + 1, subject="x",
                        predicate="vote", attributed_to="Senate", attributed_entity=e)
                  for k, e in enumerate(("E1", "E2", ""))]
        claims.append(Claim(id="c3", article_id="a1", text="t", sentence="t", start=3, end=4, subject="x",
                            predicate="vote", attributed_to="the upper house", attributed_entity="E1"))
        store.save_analysis(ArticleAnalysis(article_id="a1", claims=claims))
    assert [c.id for c in store.claims_attributed_to({"Senate"}, entity_id="E1")] == ["c0", "c2", "c3"]
    assert [c.id for c in store.claims_attributed_to({"Senate"}, entity_id="E2")] == ["c1", "c2"]
    assert [c.id for c in store.claims_attributed_to({"Senate"})] == ["c0", "c1", "c2"]  # by name alone
    # the web entity page lists the same claims as its own
    from recoupe.web.views import entity_view

    view = entity_view(store, "E2")
    assert view is not None and [c["id"] for c in view["claims_by"]] == ["c1", "c2"]
    assert [c.id for c in store.claims_attributed_to(set(), entity_id="E1")] == ["c0", "c3"]  # no name: by entity


def test_storage_rows_read_as_dicts_as_sqlite_rows_give_them(store: Store) -> None:
    """``_rows`` reads plain tuples: each row must come out as ``dict(sqlite3.Row)`` gives it, a
    name that stands twice (two tables' ``id``) with its first column's value, in its first place."""
    store.add_article(_article("a1"), [], analysed_by="")
    store.add_article(_article("a2", "Un autre texte, plus long que le premier."), [], analysed_by="")
    sql = ("SELECT a.id, b.id, a.text AS text, b.text AS other, a.language FROM articles a"
           " JOIN articles b ON b.id != a.id ORDER BY a.id")
    as_rows = [dict(r) for r in store.db.execute(sql)]
    got = store._rows(sql)
    assert got == as_rows and [list(r) for r in got] == [list(r) for r in as_rows]
    assert got[0]["id"] == "a1" and list(got[0]) == ["id", "text", "other", "language"]
    plain = "SELECT id, title, language FROM articles ORDER BY id"
    assert store._rows(plain) == [dict(r) for r in store.db.execute(plain)]
    assert store._rows(plain + " LIMIT 0") == []


def test_store_claims_attributed_to_an_entity_read_by_index(store: Store) -> None:
    # an entity's page reads its claims by index (m018), by entity and by name, not by a pass over every claim
    from tests.query_plans import table_scans

    statements: list[str] = []
    store.db.set_trace_callback(lambda q: statements.append(" ".join(q.split())))
    store.claims_attributed_to({"Senate", "the upper house"}, entity_id="E1")
    store.claims_attributed_to(set(), entity_id="E1")
    store.db.set_trace_callback(None)
    selects = [q for q in statements if q.startswith("SELECT")]
    assert len(selects) == 2 and table_scans(store, statements) == []
    for q in selects:  # a lookup by the entity, not a pass along the claims in article order
        plan = " | ".join(r[3] for r in store.db.execute("EXPLAIN QUERY PLAN " + q))
        assert "INDEX claims_attributed_entity (attributed_entity=?)" in plan and "SCAN claims" not in plan


def test_storage_eventless_mark_round_trips_and_an_old_store_reads_it_unset(tmp_path) -> None:
    # a verbless exclamation's mark (it confirms and contradicts nothing) is stored with its claim; a store
    # made before the mark's column (m019) opens, and its claims read as events (as they were)
    exclaim = Claim(id="a1:c1", article_id="a1", text="Coup de théâtre au conservatoire",
                    sentence="Coup de théâtre au conservatoire", start=0, end=32, subject="", predicate="coup",
                    eventless=True)
    path = tmp_path / "old.db"
    db = sqlite3.connect(path)
    for step in MIGRATIONS[:SCHEMA_VERSION - 1]:
        step(db)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    assert "eventless" not in {r[1] for r in db.execute("PRAGMA table_info(claims)")}
    db.execute("INSERT INTO articles (id, seq, origin, title, text, language, removed_lines, sentences)"
               " VALUES ('a0', 1, 'a0.txt', 'Crue', 'La digue a cédé.', 'fr', '[]', '[]')")
    db.execute("INSERT INTO claims (id, article_id, text, sentence, start, \"end\", subject, predicate, modality)"
               " VALUES ('a0:c1', 'a0', 'La digue a cédé', 'La digue a cédé.', 0, 15, 'digue', 'céder', 'asserted')")
    db.commit()
    db.close()
    with Store.open(path) as s:
        assert [c.eventless for c in s.claims(article_id="a0")] == [False]
        s.add_article(_article(), [], "test")
        s.save_analysis(ArticleAnalysis(article_id="a1", claims=[exclaim]))
        assert s.claims(article_id="a1") == [exclaim]


def test_storage_an_old_store_with_claims_warns_once_that_they_carry_no_eventless_mark(tmp_path, caplog) -> None:
    # the mark is read on the parse at extraction, and a stored article is not analysed again: a store whose
    # claims were analysed before m019 says so on the opening that migrates it, and names the way to set it
    import logging

    path = tmp_path / "old.db"
    db = sqlite3.connect(path)
    for step in MIGRATIONS[:SCHEMA_VERSION - 1]:
        step(db)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    db.execute("INSERT INTO articles (id, seq, origin, title, text, language, removed_lines, sentences)"
               " VALUES ('a0', 1, 'a0.txt', 'Surprise', 'Surprise au conseil.', 'fr', '[]', '[]')")
    db.execute("INSERT INTO claims (id, article_id, text, sentence, start, \"end\", subject, predicate, modality)"
               " VALUES ('a0:c1', 'a0', 'Surprise au conseil', 'Surprise au conseil.', 0, 19, '', 'surprise',"
               " 'asserted')")
    db.commit()
    db.close()
    with caplog.at_level(logging.WARNING, logger="recoupe.storage"):
        Store.open(path).close()
        Store.open(path).close()  # migrated now: no second warning
        Store.open(tmp_path / "new.db").close()  # a new store holds no claim analysed before the mark
    warned = [r.getMessage() for r in caplog.records if r.name == "recoupe.storage"]
    assert len(warned) == 1 and "eventless" in warned[0] and "recoupe build" in warned[0]

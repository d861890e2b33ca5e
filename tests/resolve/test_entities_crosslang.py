"""Entities resolved across languages: a French and an English name of one place are one entity;
transliterations of one person too (recoupe.resolve.entities with recoupe.resolve.crosslang)."""

from __future__ import annotations

import pytest

from recoupe.model import Mention
from recoupe.resolve.entities import resolve_article
from recoupe.storage import Store


def _resolve(store: Store, aid: str, texts: list[tuple[str, str]]) -> dict[str, str]:
    mentions = [Mention(article_id=aid, start=i * 100, end=i * 100 + len(t), text=t, type=ty)  # type: ignore[arg-type]
                for i, (t, ty) in enumerate(texts)]
    links = resolve_article(store, aid, mentions)
    return {m.text: links[(m.start, m.end)] for m in mentions}


@pytest.mark.parametrize(("fr", "en", "etype"), [
    ("Moscou", "Moscow", "LOC"), ("Corée du Nord", "North Korea", "LOC"), ("Pékin", "Beijing", "LOC"),
    ("Choïgou", "Shoigu", "PER"), ("Sergueï Choïgou", "Sergei Shoigu", "PER"), ("États-Unis", "U.S.", "LOC"),
    ("Royaume-Uni", "UK", "LOC"), ("Londres", "London", "LOC"),
])
def test_entities_crosslang_french_and_english_names_merge(store: Store, fr: str, en: str, etype: str) -> None:
    a = _resolve(store, "fr1", [(fr, etype)])
    b = _resolve(store, "en1", [(en, etype)])
    assert a[fr] == b[en]


def test_entities_crosslang_either_order_same_entity_and_name(store: Store) -> None:
    b = _resolve(store, "en1", [("North Korea", "LOC")])
    a = _resolve(store, "fr1", [("Corée du Nord", "LOC")])
    assert a["Corée du Nord"] == b["North Korea"]
    row = store.entity_row(a["Corée du Nord"])
    assert row is not None and row["name"] == "Corée du Nord"  # the fuller name, whatever came first


@pytest.mark.parametrize(("a", "b"), [("Moscou", "Beijing"), ("Corée du Nord", "South Korea"),
                                      ("Paris", "London")])
def test_entities_crosslang_different_places_stay_apart(store: Store, a: str, b: str) -> None:
    assert _resolve(store, "x1", [(a, "LOC")])[a] != _resolve(store, "x2", [(b, "LOC")])[b]


def test_entities_crosslang_place_keys_only_for_places(store: Store) -> None:
    """A person or an organisation named like a place is not that place."""
    a = _resolve(store, "x1", [("Paris", "LOC")])
    b = _resolve(store, "x2", [("Paris Hilton", "PER")])
    c = _resolve(store, "x3", [("Washington Post", "ORG")])
    d = _resolve(store, "x4", [("Washington", "LOC")])
    assert a["Paris"] != b["Paris Hilton"] and c["Washington Post"] != d["Washington"]


def test_crosslang_index_cached_on_disk_and_rebuilt_when_corrupt(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from recoupe.resolve import crosslang

    monkeypatch.setenv("RECOUPE_CACHE_DIR", str(tmp_path))
    crosslang._index.cache_clear()
    try:
        built = crosslang._index()
        cache = crosslang._cache_file()
        assert cache.parent == tmp_path and cache.exists()
        crosslang._index.cache_clear()
        assert crosslang._index() == built  # read back from the file
        cache.write_bytes(b"not a pickle")
        crosslang._index.cache_clear()
        assert crosslang._index() == built  # a damaged cache is rebuilt, not trusted
        assert crosslang.same_place("Moscou", "Moscow")
    finally:
        crosslang._index.cache_clear()

"""benchmarks.eval_stories: the story-clustering scorer and the coverage of its gold file."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest
from benchmarks.eval_stories import (
    DATA,
    GOLD,
    norm_link,
    read_pred,
    score,
    trends_clusters,
    unique_links,
)

# five items, two gold stories of two and one singleton
GOLD_SMALL = {"a": "s1", "b": "s1", "c": "s2", "d": "s2", "e": "s3"}


def test_score_perfect() -> None:
    pred = {"a": "x", "b": "x", "c": "y", "d": "y", "e": "z"}
    s = score(pred, GOLD_SMALL)
    assert s["items"] == 5
    assert s["pairwise"]["p"] == s["pairwise"]["r"] == s["pairwise"]["f1"] == 1.0
    assert s["bcubed"] == {"p": 1.0, "r": 1.0, "f1": 1.0}


def test_score_all_merged() -> None:
    s = score({x: "one" for x in GOLD_SMALL}, GOLD_SMALL)
    # 10 predicted pairs, 2 of them right; recall is complete
    assert (s["pairwise"]["tp"], s["pairwise"]["fp"], s["pairwise"]["fn"]) == (2, 8, 0)
    assert s["pairwise"]["p"] == 0.2 and s["pairwise"]["r"] == 1.0
    assert s["bcubed"]["r"] == 1.0
    # B-cubed precision: items of the two pairs see 2/5, the singleton 1/5
    assert s["bcubed"]["p"] == round((2 / 5 * 4 + 1 / 5) / 5, 4)


def test_score_all_split() -> None:
    s = score({x: x for x in GOLD_SMALL}, GOLD_SMALL)
    assert (s["pairwise"]["tp"], s["pairwise"]["fp"], s["pairwise"]["fn"]) == (0, 0, 2)
    assert s["pairwise"]["f1"] == 0.0
    assert s["bcubed"]["p"] == 1.0
    assert s["bcubed"]["r"] == round((1 / 2 * 4 + 1) / 5, 4)


def test_score_only_common_links() -> None:
    pred = {"a": "x", "b": "x", "zz": "x"}  # "zz" is not gold, c/d/e are not predicted
    s = score(pred, GOLD_SMALL)
    assert s["items"] == 2 and s["pred_items"] == 3 and s["gold_items"] == 5
    assert s["pairwise"]["f1"] == 1.0


def test_read_pred_header_and_empty_story(tmp_path) -> None:
    p = tmp_path / "pred.tsv"
    p.write_text("link\tstory_id\nhttps://EX.org/a/\tst1\nhttps://ex.org/b\t\nhttps://ex.org/c\t\n",
                 encoding="utf-8")
    pred = read_pred(p)
    assert pred["https://ex.org/a"] == "st1"
    assert pred["https://ex.org/b"] != pred["https://ex.org/c"]  # empty ids are singletons


def test_read_pred_repeated_link_keeps_first(tmp_path) -> None:
    p = tmp_path / "pred.tsv"
    p.write_text("https://ex.org/a\tst1\nhttps://ex.org/a\tst1\nhttps://ex.org/a\tst2\n",
                 encoding="utf-8")
    stats: dict[str, int] = {}
    assert read_pred(p, stats) == {"https://ex.org/a": "st1"}
    assert stats == {"rows": 3, "links": 1, "conflicts": 1}


def test_norm_link() -> None:
    assert norm_link(" https://WWW.Ex.org/x/#top ") == "https://www.ex.org/x"
    assert norm_link("corpus/file.txt") == "corpus/file.txt"


needs_data = pytest.mark.skipif(not (DATA / "2026-08-18" / "news.json").exists(),
                                reason="../shared/eval-data/rss-trends-fr absent")


@pytest.mark.evaldata
@needs_data
def test_gold_covers_every_deduplicated_link_once() -> None:
    with GOLD.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f, delimiter="\t")
        assert reader.fieldnames == ["link", "story_id", "day"]
        rows = list(reader)
    counts = Counter(norm_link(r["link"]) for r in rows)
    assert max(counts.values()) == 1, "a link appears twice in the gold file"
    items = dict(unique_links())
    assert set(counts) == set(items)
    # the day column is the day of first appearance
    assert all(items[norm_link(r["link"])] == r["day"] for r in rows)
    assert all(r["story_id"].startswith("st") for r in rows)


@pytest.mark.evaldata
@needs_data
def test_trends_baseline_maps_items() -> None:
    links = [x for x, _ in unique_links()]
    tr = trends_clusters(DATA, links)
    assert tr is not None and set(tr) == set(links)
    assert len(set(tr.values())) < len(links)  # some items are grouped


def test_score_wmt_counts_linked_docs_and_other_merges() -> None:
    from benchmarks.eval_stories import score_wmt

    def rec(lang: str, doc: str) -> dict[str, str]:
        return {"url": f"https://www.statmt.org/wmt14/{lang}/{doc}"}

    items = [(rec(lang, d), d, o) for lang in ("fr", "en") for d, o in (("1-a", "fr"), ("2-b", "fr"), ("3-c", "en"))]
    pred = {norm_link(rec("fr", "1-a")["url"]): "s1", norm_link(rec("en", "1-a")["url"]): "s1",
            norm_link(rec("fr", "2-b")["url"]): "s2", norm_link(rec("en", "2-b")["url"]): "s3",
            norm_link(rec("fr", "3-c")["url"]): "s1", norm_link(rec("en", "3-c")["url"]): "s1"}
    res = score_wmt(pred, items)
    assert (res["docs"], res["linked"]) == (3, 2)
    assert res["by_origlang"]["fr"] == {"docs": 2, "linked": 1, "share": 0.5}
    assert res["by_origlang"]["en"]["linked"] == 1
    assert res["other_merge_pairs"] == 4  # docs 1 and 3 share story s1: 2 x 2 article pairs
    assert res["stories_mixing_docs"] == [["1-a", "3-c"]]


def test_wmt_and_basil_readers_give_every_article_once() -> None:
    from benchmarks.eval_basil_stories import DATA as BASIL
    from benchmarks.eval_basil_stories import read_basil
    from benchmarks.eval_stories import WMT, wmt_items

    if not WMT.is_dir() or not BASIL.is_dir():
        pytest.skip("eval data absent")
    items = wmt_items()
    assert len(items) == 352 and len({norm_link(r["url"]) for r, _, _ in items}) == 352
    assert Counter(o for r, _, o in items if "/fr/" in r["url"]) == {"fr": 108, "en": 68}
    basil = read_basil()
    assert len(basil) == 300 and len({x["record"]["url"] for x in basil}) == 300
    assert set(Counter(x["event"] for x in basil).values()) == {3}
    assert all(x["record"]["text"] and x["record"]["published"] for x in basil)


def test_seeded_config_keeps_the_given_settings(tmp_path: Path) -> None:
    import tomllib

    from benchmarks.eval_stories import seeded_config

    given = tmp_path / "given.toml"
    given.write_text('[stories]\nthreshold = 0.5\n', encoding="utf-8")
    assert seeded_config(given, 0, tmp_path / "o.toml") == given
    assert seeded_config(None, 0, tmp_path / "o.toml") is None
    out = seeded_config(given, 2, tmp_path / "o.toml")
    assert out is not None
    assert tomllib.loads(out.read_text(encoding="utf-8")) == {"stories": {"threshold": 0.5}, "build": {"order_seed": 2}}

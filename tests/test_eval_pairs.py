"""benchmarks.eval_pairs and benchmarks.gold.pairs: the cross-checking scorer on hand-made inputs,
the scratch format, the confirmed rule, and the consistency of the stored gold file."""

from __future__ import annotations

import json
from collections import Counter

import pytest
from benchmarks.eval_pairs import (
    map_spans,
    misses,
    score_contradictions,
    score_groups,
    score_modality,
    score_status,
)
from benchmarks.gold.pairs import (
    GOLD,
    HELDOUT,
    KINDS,
    MODALITIES,
    Gold,
    Span,
    find_span,
    is_confirmed,
    join_title,
    parse_scratch,
    resolve_item,
    story_order,
    to_gold,
)

# --------------------------------------------------------------------------------------------
# a tiny gold: one story, two articles (links "A" and "B"), five spans

def _span(id_: str, item: str, start: int, end: int, fact: str, modality: str = "asserted",
          source: str = "", polarity: str = "positive", outlet: str = "") -> Span:
    return Span(id=id_, story="st1", item=item, start=start, end=end, text="", fact=fact,
                modality=modality, polarity=polarity, source=source, outlet=outlet or item.lower())


def tiny_gold() -> Gold:
    g = Gold()
    for s in (_span("a1", "A", 0, 20, "dead"), _span("a2", "A", 30, 50, "place"),
              _span("b1", "B", 0, 15, "dead"), _span("b2", "B", 20, 40, "place", "denied", "police"),
              _span("b3", "B", 60, 70, "other")):
        g.spans[s.id] = s
    g.facts = {"dead": {"confirmed": True}, "place": {"confirmed": False}, "other": {"confirmed": False}}
    g.contradictions = [{"a": "a1", "b": "b1", "kind": "quantity"}, {"a": "a2", "b": "b2", "kind": "denial"}]
    g.updates = [{"a": "a2", "b": "b1"}]
    return g


def dossier(claims: list[dict], contradictions: list[dict] | None = None,
            groups: list[dict] | None = None) -> dict:
    return {"articles": [{"id": "art-a", "url": "A"}, {"id": "art-b", "url": "B"}],
            "claims": claims, "contradictions": contradictions or [], "claim_groups": groups or []}


def claim(id_: str, article: str, start: int, end: int, group: str | None = None,
          modality: str = "asserted", negated: bool = False) -> dict:
    return {"id": id_, "article": article, "start": start, "end": end, "group": group,
            "modality": modality, "negated": negated}


CLAIMS = [claim("c1", "art-a", 0, 25, "g1"), claim("c2", "art-a", 25, 55, "g2"),
          claim("c3", "art-b", 0, 18, "g1"), claim("c4", "art-b", 18, 45, "g3", "denied", True)]


def test_eval_pairs_map_by_most_overlap_and_unmapped() -> None:
    m = map_spans(tiny_gold(), dossier(CLAIMS))
    assert m == {"a1": "c1", "a2": "c2", "b1": "c3", "b2": "c4", "b3": None}


def test_eval_pairs_map_tie_goes_to_the_first_claim() -> None:
    # span a1 = 0..20 overlaps "late" (10..30) and "early" (0..10) by 10 characters each
    claims = [claim("late", "art-a", 10, 30), claim("early", "art-a", 0, 10), claim("y", "art-a", 25, 40)]
    m = map_spans(tiny_gold(), dossier(claims))
    assert m["a1"] == "early"
    assert m["a2"] == "y"  # 30..50 overlaps only y; "late" ends at 30


def test_eval_pairs_groups_pairwise() -> None:
    g = tiny_gold()
    res = score_groups(g, dossier(CLAIMS), map_spans(g, dossier(CLAIMS)))
    # gold same pairs: (a1,b1) dead, (a2,b2) place; predicted same: (a1,b1) via g1 only
    assert (res["pairwise"]["tp"], res["pairwise"]["fp"], res["pairwise"]["fn"]) == (1, 0, 1)
    assert res["true_negatives"] == 10 - 2
    assert res["pairs_on_one_claim"] == 0


def test_eval_pairs_groups_two_spans_on_one_claim_count_as_same() -> None:
    g = tiny_gold()
    claims = [claim("c1", "art-a", 0, 55), claim("c3", "art-b", 0, 80)]
    res = score_groups(g, dossier(claims), map_spans(g, dossier(claims)))
    # a1,a2 on c1 (different facts: fp); b1,b2,b3 on c3 (b1-b2, b1-b3, b2-b3 all different: 3 fp)
    assert res["pairwise"]["fp"] == 4 and res["pairs_on_one_claim"] == 4
    assert res["pairwise_without_same_claim"]["fp"] == 0


def test_eval_pairs_contradictions_kinds_scope_and_updates() -> None:
    g = tiny_gold()
    cons = [{"kind": "number", "claims": ["c1", "c3"]},      # a1/b1 quantity: tp both ways (alias)
            {"kind": "place", "claims": ["c2", "c4"]},       # a2/b2 denial: tp agnostic, wrong kind
            {"kind": "number", "claims": ["c2", "c3"]},      # a2/b1 is an update: fp, flagged
            {"kind": "date", "claims": ["c1", "zzz"]}]       # no annotated span on zzz: out of scope
    d = dossier(CLAIMS, cons)
    res = score_contradictions(g, d, map_spans(g, d))
    assert (res["kind_agnostic"]["tp"], res["kind_agnostic"]["fp"], res["kind_agnostic"]["fn"]) == (2, 1, 0)
    assert (res["kind_aware"]["tp"], res["kind_aware"]["fp"], res["kind_aware"]["fn"]) == (1, 2, 1)
    assert res["updates_reported_as_contradictions"] == 1
    assert res["reported_out_of_scope"] == 1
    assert res["per_gold_kind"]["denial"] == {"gold": 1, "found_any_kind": 1, "found_same_kind": 0}


def test_eval_pairs_misses_lists_the_pairs_not_found_and_the_false_ones() -> None:
    g = tiny_gold()
    claims = [{**c, "text": f"texte {c['id']}"} for c in CLAIMS]
    d = {**dossier(claims, [{"kind": "quantity", "story": "s1", "claims": ["c1", "c3"]},
                            {"kind": "place", "story": "s1", "claims": ["c2", "c3"]}]), "stories": []}
    lines = misses(g, d)
    assert [x for x in lines if not x.startswith("    ")] == ["FALSE place (s1): « texte c2 » / « texte c3 »",
                                                             "MISSED denial"]
    assert "[a2 " in lines[2] and "texte c2" in lines[2] and "[b2 " in lines[3]


def test_eval_pairs_confirmed_precision_by_majority_fact() -> None:
    g = tiny_gold()
    groups = [{"id": "g1", "status": "confirmed"}, {"id": "g2", "status": "confirmed"},
              {"id": "g3", "status": "disputed"}]
    d = dossier(CLAIMS, groups=groups)
    res = score_status(g, d, map_spans(g, d))
    # g1 holds a1+b1 (fact dead, gold-confirmed); g2 holds a2 (fact place, not confirmed)
    assert res["confirmed"] == {"gold_confirmed": 1, "not_confirmed": 1}
    assert res["confirmed_precision"] == 0.5
    assert res["disputed"] == {"not_confirmed": 1}


def test_eval_pairs_modality_confusion_and_denied_precision() -> None:
    g = tiny_gold()
    claims = [claim("c1", "art-a", 0, 25, modality="denied"), claim("c2", "art-a", 25, 55),
              claim("c3", "art-b", 0, 18), claim("c4", "art-b", 18, 45, modality="denied", negated=True)]
    d = dossier(claims)
    res = score_modality(g, d, map_spans(g, d))
    assert res["mapped"] == 4
    assert res["confusion"]["asserted"]["denied"] == 1 and res["confusion"]["denied"]["denied"] == 1
    assert res["per_label"]["denied"]["p"] == 0.5 and res["per_label"]["denied"]["r"] == 1.0
    assert res["accuracy"] == 0.75
    # gold polarity is positive everywhere; c4 is negated
    assert res["polarity_agreement"] == 0.75


# --------------------------------------------------------------------------------------------
# gold tooling


def test_gold_pairs_join_title() -> None:
    assert join_title("Un titre", "Le chapeau.") == "Un titre. Le chapeau."
    assert join_title("Vraiment ?", "Oui.") == "Vraiment ? Oui."
    assert join_title("« Il a dit ça. »", "Suite") == "« Il a dit ça. » Suite"
    assert join_title("Titre seul", "") == "Titre seul"
    assert join_title("  Titre \n coupé ", " chapeau  long ") == "Titre coupé. chapeau long"


def test_gold_pairs_find_span_folds_apostrophes_keeps_offsets() -> None:
    text = "L\u2019armée a dit qu\u2019il\u00a0viendra. L\u2019armée a dit."
    assert find_span(text, "L'armée a dit", 2) == (text.rindex("L\u2019armée"), text.rindex("L\u2019armée") + 13)
    assert find_span(text, "qu'il viendra") == (text.index("qu\u2019il"), text.index("qu\u2019il") + 13)
    with pytest.raises(ValueError):
        find_span(text, "absent")


def test_gold_pairs_parse_scratch() -> None:
    stories = parse_scratch("""
# comment
story st9 | a story
copy 2 1
span x 0 dead r:police | Deux morts @2
span y 1 dead a neg | aucun mort
X quantity | x ; y
U | y ; x
""")
    (st,) = stories
    assert st["story"] == "st9" and st["copies"] == {2: 1}
    assert st["spans"][0] == {"label": "x", "item": 0, "fact": "dead", "modality": "reported", "source": "police",
                              "polarity": "positive", "text": "Deux morts", "occurrence": 2}
    assert st["spans"][1]["polarity"] == "negative" and st["spans"][1]["modality"] == "asserted"
    assert st["contradictions"] == [{"a": "x", "b": "y", "kind": "quantity"}]
    assert st["updates"] == [{"a": "y", "b": "x"}]
    with pytest.raises(ValueError):
        parse_scratch("story s | d\nX kindless | a ; b\n")
    with pytest.raises(ValueError):
        parse_scratch("story s | d\nspan a 0 f q | text\n")


def test_gold_pairs_stories_declared_by_item() -> None:
    """A story of days without story gold lists its items (day + news_id, or link); indices follow
    day then news_id whatever the order of the lines; a link repeated from an earlier day is
    found only under its first day."""
    (st,) = parse_scratch("story h1 | held out\nitem 2026-08-20 7\nitem https://ex.fr/a/\n"
                          "span x 0 dead a | Deux morts\n")
    assert st["items"] == ["2026-08-20 7", "https://ex.fr/a/"]
    items = {"https://ex.fr/a": ("2026-08-19", {"news_id": 9, "link": "https://ex.fr/a/"}),
             "https://ex.fr/b": ("2026-08-20", {"news_id": 7, "link": "https://ex.fr/b"})}
    links = [resolve_item(ref, items) for ref in st["items"]]
    assert links == ["https://ex.fr/b", "https://ex.fr/a"]
    assert story_order(links, items) == ["https://ex.fr/a", "https://ex.fr/b"]
    with pytest.raises(ValueError):
        resolve_item("2026-08-20 9", items)  # news_id 9 is the 19th's item
    with pytest.raises(ValueError):
        resolve_item("https://ex.fr/zzz", items)
    with pytest.raises(ValueError):
        parse_scratch("story s | d\nitem 2026-08-20 7 extra\n")


def test_gold_pairs_heldout_file_is_consistent() -> None:
    """The held-out gold (days 19-21) carries its data folder, days and each story's items, and
    only offsets + hashes."""
    stored = json.loads(HELDOUT.read_text("utf-8"))
    assert stored["data"] == "rss-trends-fr" and stored["days"] == ["2026-08-19", "2026-08-20", "2026-08-21"]
    g = to_gold(stored, {})
    assert len(g.spans) == len(stored["spans"]) >= 150
    declared = {link for meta in stored["stories"].values() for link in meta["items"]}
    assert set(stored["items"]) <= declared
    assert all(stored["items"][sp.item]["day"] in stored["days"] for sp in g.spans.values())
    assert all(set(sp) == {"id", "story", "item", "start", "end", "sha1", "fact", "modality", "polarity",
                           "source", "copy_of"} for sp in stored["spans"])
    for p in stored["contradictions"] + stored["updates"]:
        assert g.spans[p["a"]].story == g.spans[p["b"]].story
    # no story or item of the held-out set is one of the tuned set's
    tuned = json.loads(GOLD.read_text("utf-8"))
    assert not set(stored["stories"]) & set(tuned["stories"]) and not set(stored["items"]) & set(tuned["items"])


def _check_held_out_gold(stored: dict, *, every_item_declared: bool) -> None:
    """What every held-out pairs gold holds: at least 250 spans in 12 stories, span fields and
    offsets, facts and pairs within one story, known kinds; its items declared by its stories."""
    g = to_gold(stored, {})
    assert len(g.spans) == len(stored["spans"]) >= 250 and len(stored["stories"]) >= 12
    assert all(set(sp) == {"id", "story", "item", "start", "end", "sha1", "fact", "modality", "polarity",
                           "source", "copy_of"} for sp in stored["spans"])
    declared = {link for meta in stored["stories"].values() for link in meta["items"]}
    if every_item_declared:
        assert set(stored["items"]) == declared  # every declared item carries a span
    else:
        assert set(stored["items"]) <= declared
    for sp in g.spans.values():
        assert sp.modality in MODALITIES and stored["facts"][sp.fact]["story"] == sp.story
        assert 0 <= sp.start < sp.end <= stored["items"][sp.item]["text_chars"]
    for p in stored["contradictions"] + stored["updates"]:
        assert g.spans[p["a"]].story == g.spans[p["b"]].story
    for p in stored["contradictions"]:
        assert p["kind"] in KINDS


def test_gold_pairs_heldout6_file_is_consistent() -> None:
    """The sixth held-out gold: stories declared by item, offsets + hashes only, and no item shared
    with any other pairs gold or with the human story gold (its items are all new on days 19-21)."""
    import csv

    from benchmarks.gold.pairs import STORIES, norm_link

    path = GOLD.parent / "heldout6.json"
    stored = json.loads(path.read_text("utf-8"))
    assert stored["data"] == "rss-trends-fr" and len(stored["days"]) == 8
    _check_held_out_gold(stored, every_item_declared=False)
    others = set()
    for other in GOLD.parent.glob("*.json"):
        if other != path:
            others |= set(json.loads(other.read_text("utf-8"))["items"])
    with STORIES.open(encoding="utf-8", newline="") as f:
        others |= {norm_link(row["link"]) for row in csv.DictReader(f, delimiter="\t")}
    assert not set(stored["items"]) & others
    assert {it["day"] for it in stored["items"].values()} <= {"2026-08-19", "2026-08-20", "2026-08-21"}


@pytest.mark.evaldata
@pytest.mark.parametrize("name", ["heldout6", "heldout7", "heldout8", "basil", "basilho", "basilho2", "basil3",
                                  "basilho3"])
def test_gold_pairs_held_out_every_span_anchors(name: str) -> None:
    from benchmarks.gold.pairs import data_of, rebuild

    stored = json.loads((GOLD.parent / f"{name}.json").read_text("utf-8"))
    if not data_of(stored).exists():
        pytest.skip("../shared/eval-data absent")
    assert rebuild(stored)[1] == []


def test_gold_pairs_heldout7_file_is_consistent() -> None:
    """The seventh held-out gold: days 14-18, stories declared by item, offsets + hashes only, no
    item shared with any other pairs gold or with the speaker golds that existed when it was made
    (quotes6.json was written in the same session), and every item in the human story gold."""
    import csv

    from benchmarks.gold.pairs import DAYS, STORIES, norm_link

    path = GOLD.parent / "heldout7.json"
    stored = json.loads(path.read_text("utf-8"))
    assert stored["data"] == "rss-trends-fr" and tuple(stored["days"]) == DAYS
    _check_held_out_gold(stored, every_item_declared=True)
    others = set()
    for other in GOLD.parent.glob("*.json"):
        if other != path:
            meta = json.loads(other.read_text("utf-8"))
            others |= set(meta["items"])
            others |= {link for st in meta["stories"].values() for link in st.get("items", [])}
    for name in ("quotes", "quotes2", "quotes3", "quotes4", "quotes5"):
        quotes = json.loads((GOLD.parent.parent / "rssquotes" / f"{name}.json").read_text("utf-8"))
        others |= {norm_link(it["link"]) for it in quotes["items"]}
    assert not set(stored["items"]) & others
    with STORIES.open(encoding="utf-8", newline="") as f:
        story_gold = {norm_link(row["link"]) for row in csv.DictReader(f, delimiter="\t")}
    assert set(stored["items"]) <= story_gold
    assert {it["day"] for it in stored["items"].values()} <= set(DAYS)


def test_gold_pairs_heldout8_file_is_consistent() -> None:
    """The eighth held-out gold (small, days 19-21): stories declared by item, offsets + hashes only,
    no item shared with any other pairs gold, speaker gold or the human story gold."""
    import csv

    from benchmarks.gold.pairs import MODALITIES, STORIES, norm_link

    path = GOLD.parent / "heldout8.json"
    stored = json.loads(path.read_text("utf-8"))
    assert stored["data"] == "rss-trends-fr" and len(stored["days"]) == 8
    g = to_gold(stored, {})
    assert len(g.spans) >= 60 and len(g.pairs()) >= 100
    declared = {link for meta in stored["stories"].values() for link in meta["items"]}
    assert set(stored["items"]) == declared
    for sp in g.spans.values():
        assert sp.modality in MODALITIES and stored["facts"][sp.fact]["story"] == sp.story
        assert 0 <= sp.start < sp.end <= stored["items"][sp.item]["text_chars"]
    others = set()
    for other in GOLD.parent.glob("*.json"):
        if other != path:
            meta = json.loads(other.read_text("utf-8"))
            others |= set(meta["items"]) | {link for st in meta["stories"].values() for link in st.get("items", [])}
    for quotes in (GOLD.parent.parent / "rssquotes").glob("*.json"):
        others |= {norm_link(it["link"]) for it in json.loads(quotes.read_text("utf-8"))["items"]}
    with STORIES.open(encoding="utf-8", newline="") as f:
        others |= {norm_link(row["link"]) for row in csv.DictReader(f, delimiter="\t")}
    assert not set(stored["items"]) & others
    assert {it["day"] for it in stored["items"].values()} <= {"2026-08-19", "2026-08-20", "2026-08-21"}


def test_gold_pairs_confirmed_rule() -> None:
    g = Gold()
    g.spans = {
        "1": _span("1", "A", 0, 1, "f", "reported", "police", outlet="a.fr"),
        "2": _span("2", "B", 0, 1, "f", "reported", "Police", outlet="b.fr"),   # same original source
        "3": _span("3", "C", 0, 1, "f", "speculative", outlet="c.fr"),          # hedged: never confirms
    }
    assert not is_confirmed("f", g)
    g.spans["4"] = _span("4", "D", 0, 1, "f", "asserted", outlet="d.fr")
    assert is_confirmed("f", g)
    g.spans["4"].copy_of = "A"  # a copy of another item's wire text is not independent
    assert not is_confirmed("f", g)
    g.spans["4"].copy_of = ""
    g.contradictions = [{"a": "4", "b": "9", "kind": "quantity"}]  # contradicted: not confirmed
    assert not is_confirmed("f", g)


def test_gold_pairs_stored_file_is_consistent() -> None:
    stored = json.loads(GOLD.read_text("utf-8"))
    g = to_gold(stored, {})
    assert len(g.spans) == len(stored["spans"])  # ids unique
    for sp in g.spans.values():
        assert sp.modality in MODALITIES and sp.polarity in ("positive", "negative")
        assert stored["facts"][sp.fact]["story"] == sp.story
        assert sp.item in stored["items"] and 0 <= sp.start < sp.end <= stored["items"][sp.item]["text_chars"]
        assert len(stored["items"][sp.item]["text_sha1"]) == 12
    seen = set()
    for kind in ("contradictions", "updates"):
        for p in stored[kind]:
            a, b = g.spans[p["a"]], g.spans[p["b"]]
            assert a.story == b.story and a.id != b.id
            key = frozenset((a.id, b.id))
            assert key not in seen
            seen.add(key)
            if kind == "contradictions":
                assert p["kind"] in KINDS
    # the targets of issue 13 item 7
    pairs = g.pairs()
    assert len(pairs) >= 300 and sum(pairs.values()) >= 100
    assert len(stored["contradictions"]) >= 40 and stored["updates"]
    # no eval-data text in the repository: spans are offsets and hashes only
    assert all(set(sp) == {"id", "story", "item", "start", "end", "sha1", "fact", "modality", "polarity",
                           "source", "copy_of"} for sp in stored["spans"])
    assert Counter(f["confirmed"] for f in stored["facts"].values())[True] > 0


@pytest.mark.evaldata
def test_gold_pairs_every_span_anchors() -> None:
    from benchmarks.gold.pairs import DATA, rebuild

    if not DATA.exists():
        pytest.skip("../shared/eval-data absent")
    stored = json.loads(GOLD.read_text("utf-8"))
    records, stale = rebuild(stored)
    assert stale == []
    assert len(records) == len(stored["items"])


def test_gold_pairs_record_text_is_what_recoupe_analyses() -> None:
    from benchmarks.gold.pairs import article_text, record

    item = {"title": "Une péniche heurte un pont à Lyon", "summary": "Le choc a eu lieu vers midi, sans blessé.",
            "link": "https://www.example.fr/a/b"}
    rec = record("2026-08-16", item)
    assert rec == {"text": "Une péniche heurte un pont à Lyon. Le choc a eu lieu vers midi, sans blessé.",
                   "url": "https://www.example.fr/a/b", "published": "2026-08-16", "outlet": "example.fr"}
    assert article_text(rec) == rec["text"]


@pytest.mark.evaldata
def test_gold_pairs_scratch_round_trip() -> None:
    """Writing the stored gold back as .ann text and anchoring it again gives the same gold."""
    from benchmarks.gold.pairs import DATA, anchor, to_scratch

    if not DATA.exists():
        pytest.skip("../shared/eval-data absent")
    stored = json.loads(GOLD.read_text("utf-8"))
    again = anchor([st for text in to_scratch(stored).values() for st in parse_scratch(text)])
    for key in ("spans", "contradictions", "updates"):
        assert sorted(json.dumps(x, sort_keys=True) for x in again[key]) == \
            sorted(json.dumps(x, sort_keys=True) for x in stored[key])
    assert again["facts"] == stored["facts"] and again["items"] == stored["items"]


@pytest.mark.evaldata
def test_gold_pairs_heldout_round_trip() -> None:
    """The held-out gold, whose stories are declared by item, round-trips through .ann text too,
    and every span still anchors."""
    from benchmarks.gold.pairs import anchor, data_of, rebuild, stream_items, to_scratch

    stored = json.loads(HELDOUT.read_text("utf-8"))
    if not data_of(stored).exists():
        pytest.skip("../shared/eval-data absent")
    assert rebuild(stored)[1] == []
    # its items are new on days 19-21: none repeats a link of the tuned days 14-18
    assert not set(stored["items"]) & set(stream_items(data_of(stored)))
    again = anchor([st for text in to_scratch(stored).values() for st in parse_scratch(text)],
                   data_of(stored), stored["days"])
    for key in ("spans", "contradictions", "updates"):
        assert sorted(json.dumps(x, sort_keys=True) for x in again[key]) == \
            sorted(json.dumps(x, sort_keys=True) for x in stored[key])
    assert again["facts"] == stored["facts"] and again["items"] == stored["items"]
    assert again["stories"] == stored["stories"]


def test_eval_pairs_a_span_that_is_a_nested_clause_maps_to_its_claim_not_the_enclosing_one() -> None:
    # span a1 = 0..20 is the relative clause « qui … » (0..20) that the main clause's claim (0..28:
    # « La crue, qui …, recule ») also covers: equal overlaps, the shorter claim is the span's clause
    claims = [claim("c-main", "art-a", 0, 28), claim("c-rel", "art-a", 0, 20)]
    assert map_spans(tiny_gold(), dossier(claims))["a1"] == "c-rel"
    # the earlier rule (the first on a tie, listed first here) is kept for comparisons
    assert map_spans(tiny_gold(), dossier(claims), tightest=False)["a1"] == "c-main"
    # a longer overlap still wins: span a2 = 30..50 overlaps « wide » by 20, « nested » by 10
    claims = [claim("wide", "art-a", 25, 60), claim("nested", "art-a", 30, 40)]
    assert map_spans(tiny_gold(), dossier(claims))["a2"] == "wide"


def test_eval_pairs_a_span_maps_to_its_main_clause_not_a_dependent_one() -> None:
    # span a1 = 0..20 holds the main clause c-main (0..8) and the longer « pour avoir … » (9..20)
    claims = [dict(claim("c-main", "art-a", 0, 8), text="Le maire a été condamné"),
              dict(claim("c-why", "art-a", 9, 20), text="pour avoir menacé son rival aux élections"),
              dict(claim("c-rel", "art-a", 30, 45), text="sans avoir été prévenus")]
    m = map_spans(tiny_gold(), dossier(claims))
    assert m["a1"] == "c-main"
    assert map_spans(tiny_gold(), dossier(claims), main_clause=False)["a1"] == "c-why"
    # an adverbial clause with no main clause beside it in the span keeps the span (a2 = 30..50)
    assert m["a2"] == "c-rel"


def test_eval_pairs_dependent_clause_openers() -> None:
    from benchmarks.eval_pairs import dependent

    assert dependent("après avoir été emporté par la crue") and dependent("« pour avoir menacé son rival")
    assert dependent("Tant que la digue tiendra") and dependent("si le préfet le demande")
    assert not dependent("Selon la police, 40 personnes ont été évacuées")
    # relative and complement clauses may carry the fact itself (« les affirmations selon lesquelles … »)
    assert not dependent("qui a parcouru 800 hectares") and not dependent("selon lesquelles le port serait fermé")
    assert not dependent("Le feu a parcouru 800 hectares") and not dependent("Quinze blessés à Oullins")


# --------------------------------------------------------------------------------------------
# the English gold from BASIL (three outlets per event): items rebuilt from the article JSON


def _basil_article(uuid: str, k: int, source: str, title: str, paragraphs: list[list[str]]) -> dict:
    return {"title": title, "date": "2019-03-0" + str(k), "source": source, "url": f"https://{source}.example/{uuid}/{k}",
            "triplet-uuid": uuid, "body-paragraphs": paragraphs}


def test_gold_pairs_basil_lead_skips_empty_sentences_and_a_repeated_title() -> None:
    from benchmarks.gold.pairs import basil_lead

    art = _basil_article("u1", 1, "fox", "Ferry  runs aground off a small island",
                         [["Ferry runs aground off a small island", " "],
                          ["The ferry struck a sandbank at dawn.", "Nobody was hurt."],
                          ["Tugs freed it by noon.", "The operator apologised."]])
    assert basil_lead(art) == "The ferry struck a sandbank at dawn. Nobody was hurt. Tugs freed it by noon."
    assert basil_lead(art, 1) == "The ferry struck a sandbank at dawn."
    assert basil_lead(_basil_article("u1", 1, "fox", "T", [])) == ""


def test_gold_pairs_basil_record_outlet_is_the_source_domain() -> None:
    from benchmarks.gold.pairs import record

    item = {"title": "Mayor opens a bridge", "summary": "The bridge opened on Monday.",
            "link": "https://mobile.nytimes.com/x", "news_id": 2, "triplet": "u1", "source": "nyt"}
    assert record("2019-03-02", item) == {"text": "Mayor opens a bridge. The bridge opened on Monday.",
                                          "url": "https://mobile.nytimes.com/x", "published": "2019-03-02",
                                          "outlet": "nytimes.com"}
    rss = {k: v for k, v in item.items() if k not in ("triplet", "source")}
    assert record("2019-03-02", rss)["outlet"] == "mobile.nytimes.com"  # an RSS item keeps its host


def test_gold_pairs_basil_items_and_salted_event_order(tmp_path) -> None:
    import hashlib

    from benchmarks.gold.pairs import BASIL_SALT, basil_events, basil_items, norm_link, stream_items

    data = tmp_path / "basil-en"
    uuids = ["aaaa-1", "bbbb-2", "cccc-3"]
    for n, uuid in enumerate(uuids):
        (data / "articles" / str(2010 + n)).mkdir(parents=True)
        for k, source in enumerate(("NYT", "fox", "hpo"), start=1):
            art = _basil_article(uuid, k, source, f"Title {k}", [[f"First {k}.", f"Second {k}."]])
            (data / "articles" / str(2010 + n) / f"{uuid}_{k}.json").write_text(json.dumps(art), "utf-8")
    items = basil_items(data)
    assert len(items) == 9 and stream_items(data, []) == items  # a basil folder is read whatever the days
    day, item = items[norm_link("https://NYT.example/bbbb-2/1")]
    assert (day, item["news_id"], item["triplet"], item["source"]) == ("2019-03-01", 1, "bbbb-2", "nyt")
    assert item["summary"] == "First 1. Second 1."
    order = basil_events(data)
    assert order == sorted(uuids, key=lambda u: hashlib.sha1((BASIL_SALT + u).encode()).hexdigest())


@pytest.mark.parametrize(("name", "stories"), [("basil", 15), ("basilho", 15), ("basilho2", 29), ("basil3", 20),
                                                 ("basilho3", 21)])
def test_gold_pairs_basil_file_is_consistent(name: str, stories: int) -> None:
    """The BASIL golds: English, one story per event of three items from the three outlets (one
    BASIL triplet), offsets + hashes only, no item shared with any other pairs gold."""
    path = GOLD.parent / f"{name}.json"
    stored = json.loads(path.read_text("utf-8"))
    assert stored["data"] == "basil-en" and stored["days"] == []
    _check_held_out_gold(stored, every_item_declared=True)
    assert len(stored["stories"]) == stories
    for sid, meta in stored["stories"].items():
        items = [stored["items"][link] for link in meta["items"]]
        assert len(items) == 3 and len({it["triplet"] for it in items}) == 1
        assert sid == "bs" + items[0]["triplet"][:8]
        assert {it["outlet"] for it in items} == {"nytimes.com", "foxnews.com", "huffpost.com"}
    others = set()
    for other in GOLD.parent.glob("*.json"):
        if other != path:
            others |= set(json.loads(other.read_text("utf-8"))["items"])
    assert not set(stored["items"]) & others


# events of a BASIL slice left out of its gold: event 44 of the order, whose three articles the
# reader of d61a9ca rejected whole (a quoted « welcome to » read as page furniture; fixed since,
# by then the gold was committed blind)
BASIL_LEFT_OUT = {"basilho2": {"8abec8d9-50a2-480e-969a-157f94954f4d"}}


@pytest.mark.evaldata
@pytest.mark.parametrize(("name", "first", "last"), [("basil", 0, 15), ("basilho", 15, 30), ("basilho2", 30, 60),
                                                        ("basil3", 60, 80)])
def test_gold_pairs_basil_events_are_a_slice_of_the_salted_order_and_round_trip(name: str, first: int,
                                                                                 last: int) -> None:
    """The golds' events are a slice of the salted SHA-1 order (nothing chosen by content): the
    first 15 open for development (basil), the next 15 held out (basilho), events 31-60 a second
    held-out set (basilho2), events 61-80 a third set, annotated blind then opened (basil3);
    an event of the slice is left out only when it is listed in
    ``BASIL_LEFT_OUT`` with why; each gold round-trips through .ann text."""
    from benchmarks.gold.pairs import anchor, basil_events, data_of, to_scratch

    stored = json.loads((GOLD.parent / f"{name}.json").read_text("utf-8"))
    if not data_of(stored).exists():
        pytest.skip("../shared/eval-data absent")
    triplets = {it["triplet"] for it in stored["items"].values()}
    expected = set(basil_events(data_of(stored))[first:last])
    assert triplets <= expected
    assert expected - triplets == BASIL_LEFT_OUT.get(name, set())
    again = anchor([st for text in to_scratch(stored).values() for st in parse_scratch(text)],
                   data_of(stored), stored["days"])
    assert again == stored


@pytest.mark.evaldata
def test_gold_pairs_basilho3_holds_every_event_no_other_basil_gold_uses_and_round_trips() -> None:
    """The fourth held-out English set (basilho3, blind): the 21 BASIL events that the four
    earlier BASIL golds leave out, events 81-100 of the salted order and event 44 (left out of
    basilho2 when the reader rejected its articles), nothing chosen by content; it round-trips."""
    from benchmarks.gold.pairs import anchor, basil_events, data_of, to_scratch

    stored = json.loads((GOLD.parent / "basilho3.json").read_text("utf-8"))
    if not data_of(stored).exists():
        pytest.skip("../shared/eval-data absent")
    order = basil_events(data_of(stored))
    triplets = {it["triplet"] for it in stored["items"].values()}
    assert triplets == set(order[80:100]) | {order[43]} and order[43] in BASIL_LEFT_OUT["basilho2"]
    others = set()
    for name in ("basil", "basilho", "basilho2", "basil3"):
        meta = json.loads((GOLD.parent / f"{name}.json").read_text("utf-8"))
        others |= {it["triplet"] for it in meta["items"].values()}
    assert others | triplets == set(order) and not others & triplets
    again = anchor([st for text in to_scratch(stored).values() for st in parse_scratch(text)],
                   data_of(stored), stored["days"])
    assert again == stored

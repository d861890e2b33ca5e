"""The blind RSS quote gold and its scorer on a synthetic record: anchoring keeps no text, the
scoring rule (span pairing, speaker forms, types) and one build through recoupe."""

from __future__ import annotations

import pytest
from benchmarks.eval_rss_quotes import build_items, score
from benchmarks.gold.pairs import article_text, record
from benchmarks.gold.rssquotes import anchor, located
from benchmarks.gold.wmt import parse_scratch

ITEM = {"news_id": 7, "link": "https://journal.example/a",
        "title": "Ponts : « Tout ira bien », promet le maire",
        "summary": "Le maire Paul Roy a ajouté : « Nous rouvrirons lundi. » Des habitants parlent d'un « fiasco »."}
SCRATCH = ("@doc 2026-08-14 7\n"
           "Q | Tout ira bien | le maire; Paul Roy | promettre | per\n"
           "Q | Nous rouvrirons lundi. | Paul Roy; Le maire Paul Roy | ajouter | per\n"
           "Q | fiasco | Des habitants | | anon\n")


def _gold() -> tuple[dict, str]:
    rec = record("2026-08-14", ITEM)
    text = article_text(rec)
    return anchor(parse_scratch(SCRATCH)[0], text, "2026-08-14", ITEM), text



def _in_salted_order(ids: list[int], salt: str) -> bool:
    """Are the items ``https://a.fr/a<n>`` in the order of the sha1 of the salt and their link?"""
    import hashlib

    return ids == sorted(ids, key=lambda n: hashlib.sha1(f"{salt}https://a.fr/a{n}".encode()).hexdigest())

def test_rssquotes_anchor_keeps_offsets_and_hashes_only() -> None:
    gold, text = _gold()
    assert [q["type"] for q in gold["quotes"]] == ["person", "person", "anonymous"]
    assert "Roy" not in str(gold) and "rouvrirons" not in str(gold)
    where = located(gold, text)
    assert where is not None and where["quotes"][1]["text"] == "Nous rouvrirons lundi."
    assert "Paul Roy" in where["quotes"][1]["speaker"]


def test_rssquotes_anchor_refuses_a_speaker_without_type() -> None:
    rec = record("2026-08-14", ITEM)
    with pytest.raises(ValueError):
        anchor(parse_scratch("@doc 2026-08-14 7\nQ | fiasco | Des habitants | |\n")[0],
               article_text(rec), "2026-08-14", ITEM)


def test_rssquotes_score_pairs_spans_and_checks_speaker_forms() -> None:
    gold, text = _gold()
    where = located(gold, text)
    assert where is not None
    q0, q1, _ = where["quotes"]
    dossier = {"articles": [{"id": "a1", "origin": "/tmp/x.jsonl#1", "text": text}],
               "quotes": [{"article": "a1", "start": q0["start"], "end": q0["end"], "speaker": "Paul Roy"},
                          # the right span with a wrong speaker
                          {"article": "a1", "start": q1["start"], "end": q1["end"] - 1, "speaker": "habitants"},
                          # a stretch the gold does not count as a quote
                          {"article": "a1", "start": 0, "end": 5, "speaker": ""}]}
    errors: list = []
    res = score(dossier, [gold], errors)
    assert res["quotes.spans"]["tp"] == 2 and res["quotes.spans"]["fp"] == 1 and res["quotes.spans"]["fn"] == 1
    assert res["quotes.speaker_accuracy"] == 0.5 and res["quotes.speaker_n"] == 2
    assert res["quotes.speaker_accuracy_by_type"] == {"person": "1/2"}
    assert res["quotes.span_recall_by_type"] == {"anonymous": "0/1", "person": "2/2"}
    assert {e["kind"] for e in errors} == {"speaker", "missed", "extra"}


def test_rssquotes_score_counts_a_missing_item_as_missed() -> None:
    gold, _ = _gold()
    res = score({"articles": [], "quotes": []}, [gold])
    assert res["missing_items"] == ["2026-08-14 7"] and res["quotes.spans"]["fn"] == 3


def test_rssquotes_build_finds_the_synthetic_record_quote() -> None:
    gold, _ = _gold()
    res = score(build_items([record("2026-08-14", ITEM)]), [gold])
    assert res["missing_items"] == [] and res["stale_items"] == []
    assert res["quotes.spans"]["tp"] >= 1


def _news(tmp_path, day: str, items: list[dict]) -> None:
    import json

    (tmp_path / day).mkdir(parents=True, exist_ok=True)
    (tmp_path / day / "news.json").write_text(json.dumps(items), "utf-8")


def _it(n: int, host: str, text: str = "« Oui », dit-il") -> dict:  # type: ignore[type-arg]
    """One feed item with a quotation unless ``text`` says otherwise."""
    return {"news_id": n, "link": f"https://{host}/a{n}", "title": text, "summary": ""}


def test_rssquotes_second_selection_skips_read_links_and_spreads_outlets(tmp_path) -> None:
    import json

    from benchmarks.gold.pairs import DAYS
    from benchmarks.gold.rssquotes import DAYS2, candidates2

    for day in DAYS:
        _news(tmp_path / "data", day, [_it(1, "a.fr")] if day == DAYS[0] else [])
    _news(tmp_path / "data", DAYS2[0], [_it(1, "a.fr"), _it(2, "a.fr"), _it(3, "a.fr"), _it(4, "a.fr"),
                                        _it(5, "b.fr"), _it(6, "a.fr", "Pas de guillemets")])
    _news(tmp_path / "data", DAYS2[1], [_it(7, "c.fr"), _it(8, "a.fr")])
    _news(tmp_path / "data", DAYS2[2], [])
    (tmp_path / "pairs").mkdir()
    (tmp_path / "pairs" / "x.json").write_text(json.dumps({"items": {"https://c.fr/a7": {}}}), "utf-8")
    first = tmp_path / "quotes.json"
    first.write_text(json.dumps({"items": [{"link": "https://a.fr/a8"}]}), "utf-8")
    got = candidates2(tmp_path / "data", tmp_path / "pairs", first)
    ids = [item["news_id"] for _, _, item in got]
    # 1: seen on the first gold's days; 6: no marks; 7: in a cross-checking gold; 8: in the first gold
    assert sorted(ids) == [2, 3, 4, 5]
    # b.fr's only item comes in the first round, before a.fr's second
    assert ids.index(5) < 2 and {ids[0], ids[1]} & {2, 3, 4}


def test_rssquotes_third_selection_skips_both_speaker_golds_and_spreads_outlets(tmp_path) -> None:
    import json

    from benchmarks.gold.pairs import DAYS
    from benchmarks.gold.rssquotes import candidates3

    for day in DAYS:
        _news(tmp_path / "data", day, [])
    _news(tmp_path / "data", DAYS[0], [_it(1, "a.fr"), _it(2, "a.fr"), _it(3, "a.fr"), _it(4, "a.fr"),
                                       _it(5, "b.fr"), _it(6, "a.fr", "Pas de guillemets")])
    # 1 again on a later day: one candidate, not two
    _news(tmp_path / "data", DAYS[2], [_it(1, "a.fr"), _it(7, "c.fr"), _it(8, "a.fr"), _it(9, "a.fr")])
    (tmp_path / "pairs").mkdir()
    (tmp_path / "pairs" / "x.json").write_text(json.dumps({"items": {"https://c.fr/a7": {}}}), "utf-8")
    first, second = tmp_path / "quotes.json", tmp_path / "quotes2.json"
    first.write_text(json.dumps({"items": [{"link": "https://a.fr/a8"}]}), "utf-8")
    second.write_text(json.dumps({"items": [{"link": "https://a.fr/a9/"}]}), "utf-8")
    got = candidates3(tmp_path / "data", tmp_path / "pairs", first, second)
    ids = [item["news_id"] for _, _, item in got]
    # 6: no marks; 7: in a cross-checking gold; 8: in the first speaker gold; 9: in the second
    assert sorted(ids) == [1, 2, 3, 4, 5]
    assert ids.index(5) < 2
    # within an outlet, the salted order, which here differs from the first gold's plain SHA-1 order

    a_fr = [n for n in ids if n != 5]
    assert _in_salted_order(a_fr, "quotes3 ") and not _in_salted_order(a_fr, "")


def test_rssquotes_fourth_selection_skips_all_three_speaker_golds_and_puts_day_21_last(tmp_path) -> None:
    import json

    from benchmarks.gold.pairs import DAYS
    from benchmarks.gold.rssquotes import DAYS4, candidates4

    for day in DAYS4:
        _news(tmp_path / "data", day, [])
    _news(tmp_path / "data", DAYS[0], [_it(1, "a.fr"), _it(2, "a.fr"), _it(3, "a.fr"), _it(4, "a.fr"),
                                       _it(5, "b.fr"), _it(6, "a.fr", "Pas de guillemets")])
    # 1 again on day 21: kept once, on its first day; 10, 11 only on day 21; 12 on day 21, in the third gold
    _news(tmp_path / "data", DAYS4[-1], [_it(1, "a.fr"), _it(10, "c.fr"), _it(11, "a.fr"), _it(12, "a.fr")])
    _news(tmp_path / "data", DAYS[1], [_it(7, "c.fr"), _it(8, "a.fr"), _it(9, "a.fr")])
    (tmp_path / "pairs").mkdir()
    (tmp_path / "pairs" / "x.json").write_text(json.dumps({"items": {"https://c.fr/a7": {}}}), "utf-8")
    golds = tuple(tmp_path / f"q{k}.json" for k in range(3))
    for path, n in zip(golds, (8, 9, 12), strict=True):
        path.write_text(json.dumps({"items": [{"link": f"https://a.fr/a{n}"}]}), "utf-8")
    got = candidates4(tmp_path / "data", tmp_path / "pairs", golds)
    ids = [item["news_id"] for _, _, item in got]
    days = {item["news_id"]: day for _, day, item in got}
    # 6: no marks; 7: in a cross-checking gold; 8, 9, 12: in the first, second, third speaker gold
    assert sorted(ids) == [1, 2, 3, 4, 5, 10, 11]
    # the days 14..18 come first (1 counted there), day 21's items after them, each part outlet by outlet
    assert ids[-2:] in ([10, 11], [11, 10]) and days[1] == DAYS[0] and days[10] == DAYS4[-1]
    assert ids.index(5) < 2

    a_fr = [n for n in ids[:5] if n != 5]
    assert _in_salted_order(a_fr, "quotes4 ") and not _in_salted_order(a_fr, "quotes3 ")


def test_rssquotes_fifth_selection_puts_days_19_to_21_first_and_skips_all_four_speaker_golds(tmp_path) -> None:
    import json

    from benchmarks.gold.pairs import DAYS
    from benchmarks.gold.rssquotes import DAYS2, DAYS5, candidates5

    for day in DAYS5:
        _news(tmp_path / "data", day, [])
    _news(tmp_path / "data", DAYS[0], [_it(1, "a.fr"), _it(2, "a.fr"), _it(3, "b.fr"), _it(4, "a.fr", "Sans marques")])
    # 1 again on day 20: kept once, on its first day (14); 5..9 and 12 first seen on days 19..21
    _news(tmp_path / "data", DAYS2[0], [_it(5, "a.fr"), _it(6, "a.fr"), _it(7, "a.fr"), _it(8, "c.fr")])
    _news(tmp_path / "data", DAYS2[1], [_it(1, "a.fr"), _it(9, "a.fr"), _it(10, "a.fr"), _it(11, "d.fr")])
    _news(tmp_path / "data", DAYS2[2], [_it(12, "a.fr"), _it(13, "a.fr")])
    (tmp_path / "pairs").mkdir()
    (tmp_path / "pairs" / "x.json").write_text(json.dumps({"items": {"https://d.fr/a11": {}}}), "utf-8")
    golds = tuple(tmp_path / f"q{k}.json" for k in range(4))
    for path, n in zip(golds, (2, 9, 10, 13), strict=True):
        path.write_text(json.dumps({"items": [{"link": f"https://a.fr/a{n}"}]}), "utf-8")
    got = candidates5(tmp_path / "data", tmp_path / "pairs", golds)
    ids = [item["news_id"] for _, _, item in got]
    days = {item["news_id"]: day for _, day, item in got}
    # 4: no marks; 11: in a cross-checking gold; 2, 9, 10, 13: in the first to fourth speaker gold
    assert sorted(ids) == [1, 3, 5, 6, 7, 8, 12]
    # the items first seen on days 19..21 come first, those of days 14..18 (1 counted on day 14) after
    assert sorted(ids[:5]) == [5, 6, 7, 8, 12] and sorted(ids[5:]) == [1, 3] and days[1] == DAYS[0]
    # outlet rounds: c.fr's only item within the first round of its part
    assert ids.index(8) < 2

    a_fr = [n for n in ids[:5] if n != 8]
    assert _in_salted_order(a_fr, "quotes5 ") and not _in_salted_order(a_fr, "quotes4 ")


def test_rssquotes_sixth_selection_puts_days_14_to_18_first_and_skips_all_five_speaker_golds(tmp_path) -> None:
    import json

    from benchmarks.gold.pairs import DAYS
    from benchmarks.gold.rssquotes import DAYS2, DAYS5, SETS, candidates6

    for day in DAYS5:
        _news(tmp_path / "data", day, [])
    _news(tmp_path / "data", DAYS[0], [_it(1, "a.fr"), _it(2, "a.fr"), _it(3, "b.fr"), _it(4, "a.fr", "Sans marques"),
                                       _it(14, "a.fr"), _it(15, "a.fr")])
    _news(tmp_path / "data", DAYS[2], [_it(16, "a.fr"), _it(17, "a.fr")])
    # 1 again on day 20: kept once, on its first day (14); 5..8 and 12 first seen on days 19..21
    _news(tmp_path / "data", DAYS2[0], [_it(5, "a.fr"), _it(6, "a.fr"), _it(7, "c.fr")])
    _news(tmp_path / "data", DAYS2[1], [_it(1, "a.fr"), _it(8, "a.fr"), _it(11, "d.fr")])
    _news(tmp_path / "data", DAYS2[2], [_it(12, "a.fr"), _it(13, "a.fr")])
    (tmp_path / "pairs").mkdir()
    (tmp_path / "pairs" / "x.json").write_text(json.dumps({"items": {"https://d.fr/a11": {}}}), "utf-8")
    golds = tuple(tmp_path / f"q{k}.json" for k in range(5))
    for path, n in zip(golds, (2, 13, 15, 6, 17), strict=True):
        path.write_text(json.dumps({"items": [{"link": f"https://a.fr/a{n}"}]}), "utf-8")
    got = candidates6(tmp_path / "data", tmp_path / "pairs", golds)
    ids = [item["news_id"] for _, _, item in got]
    days = {item["news_id"]: day for _, day, item in got}
    # 4: no marks; 11: in a cross-checking gold; 2, 13, 15, 6, 17: in the first to fifth speaker gold
    assert sorted(ids) == [1, 3, 5, 7, 8, 12, 14, 16]
    # the items of days 14..18 (1 counted on day 14) come first, those first seen on days 19..21 after
    assert sorted(ids[:4]) == [1, 3, 14, 16] and sorted(ids[4:]) == [5, 7, 8, 12] and days[1] == DAYS[0]
    # outlet rounds: b.fr's and c.fr's only items within the first round of their part
    assert ids.index(3) < 2 and ids.index(7) in (4, 5)

    a_fr = [n for n in ids[:4] if n != 3]
    assert _in_salted_order(a_fr, "quotes6 ") and not _in_salted_order(a_fr, "quotes5 ")
    assert SETS["sixth"][2] is candidates6 and SETS["sixth"][0].name == "quotes6.json"


def test_eval_rss_quotes_reads_the_gold_given(tmp_path, monkeypatch) -> None:
    import json

    import benchmarks.eval_rss_quotes as ev

    gold = tmp_path / "g.json"
    gold.write_text(json.dumps({"days": [], "items": []}), "utf-8")
    monkeypatch.setattr(ev, "build_items", lambda records: {"articles": [], "quotes": []})
    assert ev.evaluate(gold=gold)["items"] == 0
    if not ev.DATA.exists():
        pytest.skip("eval-data absent: main exits before reading the gold")
    assert ev.main(["--gold", str(tmp_path / "none.json")]) == 2
    out = tmp_path / "res.json"
    assert ev.main(["--gold", str(gold), "--json", str(out)]) == 0
    assert json.loads(out.read_text("utf-8"))["gold_quotes"] == 0


def test_rssquotes_seventh_selection_takes_unread_items_first_then_those_of_the_pairs_golds(tmp_path) -> None:
    import json

    from benchmarks.gold.pairs import DAYS
    from benchmarks.gold.rssquotes import DAYS2, DAYS5, SETS, candidates7

    for day in DAYS5:
        _news(tmp_path / "data", day, [])
    _news(tmp_path / "data", DAYS[0], [_it(1, "a.fr"), _it(2, "a.fr"), _it(3, "b.fr"), _it(4, "a.fr", "Sans marques"),
                                       _it(14, "a.fr"), _it(15, "a.fr"), _it(18, "a.fr"), _it(19, "a.fr")])
    _news(tmp_path / "data", DAYS[2], [_it(16, "a.fr"), _it(17, "a.fr")])
    _news(tmp_path / "data", DAYS2[0], [_it(5, "a.fr"), _it(6, "a.fr"), _it(7, "c.fr")])
    _news(tmp_path / "data", DAYS2[1], [_it(1, "a.fr"), _it(8, "a.fr"), _it(11, "d.fr")])
    _news(tmp_path / "data", DAYS2[2], [_it(12, "a.fr"), _it(13, "a.fr")])
    (tmp_path / "pairs").mkdir()
    # 11 (day 20), 18 and 19 (day 14) are in a cross-checking gold: read, but allowed after the unread
    (tmp_path / "pairs" / "x.json").write_text(json.dumps({"items": {"https://d.fr/a11": {}, "https://a.fr/a18": {},
                                                                     "https://a.fr/a19": {}}}), "utf-8")
    golds = tuple(tmp_path / f"q{k}.json" for k in range(6))
    for path, n in zip(golds, (2, 13, 15, 6, 17, 8), strict=True):
        path.write_text(json.dumps({"items": [{"link": f"https://a.fr/a{n}"}]}), "utf-8")
    got = candidates7(tmp_path / "data", tmp_path / "pairs", golds)
    ids = [item["news_id"] for _, _, item in got]
    # 4: no marks; 2, 13, 15, 6, 17, 8: in the first to sixth speaker gold
    assert sorted(ids) == [1, 3, 5, 7, 11, 12, 14, 16, 18, 19]
    # the unread items first (days 14..18, then 19..21), then the cross-checking golds' (same rule)
    assert sorted(ids[:4]) == [1, 3, 14, 16] and sorted(ids[4:7]) == [5, 7, 12]
    assert sorted(ids[7:9]) == [18, 19] and ids[9] == 11
    assert ids.index(3) < 2 and ids.index(7) in (4, 5)
    a_fr = [n for n in ids[:4] if n != 3]
    assert _in_salted_order(a_fr, "quotes7 ") and not _in_salted_order(a_fr, "quotes6 ")
    assert _in_salted_order(ids[7:9], "quotes7 ")
    assert SETS["seventh"][2] is candidates7 and SETS["seventh"][0].name == "quotes7.json"


@pytest.mark.evaldata
def test_rssquotes_seventh_gold_is_a_prefix_of_its_selection_and_shares_no_item_with_earlier_speaker_golds() -> None:
    from benchmarks.gold.pairs import norm_link
    from benchmarks.gold.rssquotes import DATA, GOLD7, SETS, candidates7, doc_id, gold_links, load_gold

    if not DATA.exists():
        pytest.skip("../shared/eval-data absent")
    gold = load_gold(GOLD7)
    order = [doc_id(day, item) for _, day, item in candidates7()]
    assert [g["doc"] for g in gold["items"]] == order[:len(gold["items"])]
    earlier = set()
    for name in ("first", "second", "third", "fourth", "fifth", "sixth"):
        earlier |= gold_links(SETS[name][0])
    assert not {norm_link(g["link"]) for g in gold["items"]} & earlier

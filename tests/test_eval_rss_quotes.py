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

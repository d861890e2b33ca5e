"""The ECB+ contradiction scorer: a gold pair is found when one contradiction's two claims overlap its
two sentences (either way round), located in the stored text even when cleaning moved them. Texts
written for the test."""

from __future__ import annotations

import hashlib
from typing import Any

from benchmarks.eval_ecb_contra import evaluate

A = "Intro line.\nThe ferry sank 40 miles north of Portvale.\nMore text."
B = "The ferry sank 40 miles south of Portvale.\nOther news."
C = "A later note.\nThe ferry sank in the morning."


def _side(doc: str, text: str, sentence: str) -> dict[str, Any]:
    at = text.index(sentence)
    return {"doc": doc, "start": at, "end": at + len(sentence), "value": [at, at + 4],
            "sha1": hashlib.sha1(sentence.encode()).hexdigest()[:12]}


def _setup() -> tuple[list[dict[str, str]], dict[str, Any], dict[str, Any]]:
    records = [{"doc": "1_1ecb", "url": "u1", "text": A, "event": "1ecb"},
               {"doc": "1_2ecb", "url": "u2", "text": B, "event": "1ecb"},
               {"doc": "1_3ecb", "url": "u3", "text": C, "event": "1ecb"},
               {"doc": "1_4ecbplus", "url": "u4", "text": "x", "event": "1ecbplus"}]
    stored_a = "Headline kept\n" + A  # the store's text: offsets moved by cleaning
    dossier = {
        "articles": [{"id": "a1", "url": "u1", "text": stored_a, "story": "s1"},
                     {"id": "a2", "url": "u2", "text": B, "story": "s1"},
                     {"id": "a3", "url": "u3", "text": C, "story": "s1"},
                     {"id": "a4", "url": "u4", "text": "x", "story": "s1"}],
        "claims": [{"id": "c1", "article": "a1", "start": stored_a.index("The ferry"), "end": len(stored_a) - 11},
                   {"id": "c2", "article": "a2", "start": 0, "end": 40},
                   {"id": "c3", "article": "a3", "start": C.index("The ferry"), "end": len(C)},
                   {"id": "c4", "article": "a4", "start": 0, "end": 1}],
        "contradictions": [{"kind": "place", "claims": ["c2", "c1"], "explanation": ""},
                           {"kind": "date", "claims": ["c3", "c4"], "explanation": ""}],
        "claim_groups": [],
    }
    gold = {"pairs": [
        {"label": "conflict", "kind": "place", "event": "1ecb", "note": "",
         "a": _side("1_1ecb", A, "The ferry sank 40 miles north of Portvale."),
         "b": _side("1_2ecb", B, "The ferry sank 40 miles south of Portvale.")},
        {"label": "conflict", "kind": "date", "event": "1ecb", "note": "",
         "a": _side("1_2ecb", B, "Other news."), "b": _side("1_3ecb", C, "The ferry sank in the morning.")},
        {"label": "compatible", "kind": "time", "event": "1ecb", "note": "",
         "a": _side("1_1ecb", A, "Intro line."), "b": _side("1_3ecb", C, "The ferry sank in the morning.")},
    ]}
    return records, dossier, gold


def test_found_either_way_round_and_across_events_counted() -> None:
    records, dossier, gold = _setup()
    got = evaluate(dossier, records, gold)
    assert (got["conflicts_found"], got["conflicts"]) == (1, 2)
    assert (got["false_on_compatible"], got["compatible"]) == (0, 1)
    assert got["contradictions"] == 2 and got["contradictions_across_events"] == 1


def test_a_contradiction_on_a_look_alike_is_a_false_alarm() -> None:
    records, dossier, gold = _setup()
    dossier["contradictions"].append({"kind": "time", "claims": ["c3", "c1"], "explanation": ""})
    dossier["claims"][0]["start"] = 0  # c1 now covers the intro line too
    got = evaluate(dossier, records, gold)
    assert got["false_on_compatible"] == 1

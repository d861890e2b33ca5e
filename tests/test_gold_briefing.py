"""The briefing labels (benchmarks/gold/briefing.py): labels are checked, lines are picked largest
stories first then a seeded sample, and a labelled line is found again only when its words are the
same. Invented texts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from benchmarks.gold import briefing as bl

TEXT_A = "Un orage a couché douze peupliers à Valfleur. La route restera fermée jusqu'à lundi."
TEXT_B = "Douze peupliers sont tombés à Valfleur, selon la mairie. Le préfet dément tout retard."


def _line(kind: str, text: str, art: str, src: str) -> dict[str, Any]:
    s = max(0, src.find(text.rstrip(".")))
    return {"kind": kind, "text": text, "citations": [{"article_id": art, "start": s, "end": s + len(text) - 1}]}


def _dossier(second: str = "La route restera fermée jusqu'à lundi.") -> dict[str, Any]:
    return {
        "articles": [{"id": "a", "url": "https://ex.invalid/a", "outlet": "ex.invalid", "text": TEXT_A},
                     {"id": "b", "url": "https://ex.invalid/b", "outlet": "ex2.invalid", "text": TEXT_B}],
        "stories": [
            {"id": "s1", "articles": ["a", "b"], "briefing": [
                _line("confirmed", "Un orage a couché douze peupliers à Valfleur.", "a", TEXT_A),
                _line("single_source", second, "a", TEXT_A)]},
            {"id": "s2", "articles": ["b"], "briefing": [
                _line("disputed", "Le préfet dément tout retard.", "b", TEXT_B)]},
        ],
    }


def test_labels_need_every_criterion_and_a_cause_when_wrong() -> None:
    ok = bl.parse_labels("B0 S+ T+ C+ R+ |\nB1 S+ T- H- C+ R+ pair holder | two events\n")
    assert ok["B1"]["labels"] == {"supported": True, "status": False, "holders": False, "cited": True, "readable": True}
    assert ok["B1"]["causes"] == ["pair", "holder"]
    with pytest.raises(SystemExit):
        bl.parse_labels("B0 S+ T+ C+ |")  # readable missing
    with pytest.raises(SystemExit):
        bl.parse_labels("B0 S+ T- C+ R+ |")  # wrong, no cause
    with pytest.raises(SystemExit):
        bl.parse_labels("B0 S+ T+ C+ R+ typo |")


def test_largest_story_first_then_seeded_sample(tmp_path: Path) -> None:
    p = tmp_path / "d.json"
    p.write_text(json.dumps(_dossier()), encoding="utf-8")
    stories, _ = bl.load(p)
    picked = bl.ordered(stories, top=1, n=1, seed=26)
    assert picked[0][0] == "s1" and picked[0][1]["kind"] == "confirmed"
    assert picked == bl.ordered(stories, top=1, n=1, seed=26)  # the seed fixes the sample
    assert len(bl.ordered(stories, top=1, n=5, seed=26)) == 3


def test_score_finds_the_same_words_only(tmp_path: Path) -> None:
    p = tmp_path / "d.json"
    p.write_text(json.dumps(_dossier()), encoding="utf-8")
    stories, arts = bl.load(p)
    picked = bl.ordered(stories, top=3, n=0, seed=26)
    labels = bl.parse_labels("B0 S+ T+ C+ R+ |\nB1 S+ T+ C+ R- fragment | cut\nB2 S+ T+ H- C+ R+ one_side | alone\n")
    gold = {"entries": bl.anchor(picked, arts, labels)}
    assert "peupliers" not in json.dumps(gold)  # hashes and offsets, no text
    res = bl.score(gold, stories, arts)
    assert res["still_shown"] == 3 and res["readable"]["P"] == pytest.approx(2 / 3, abs=1e-3)
    assert res["holders"] == {"right": 0, "shown": 1, "P": 0.0}
    # the fragment reworded: a new line (unlabelled), the labelled one gone
    p.write_text(json.dumps(_dossier("La route de Valfleur restera fermée jusqu'à lundi.")), encoding="utf-8")
    res = bl.score(gold, *bl.load(p))
    assert res["still_shown"] == 2 and res["gone"] == {"right": 0, "wrong": 1} and res["readable"]["P"] == 1.0


def test_other_citations_leave_cited_unjudged_until_a_later_round(tmp_path: Path) -> None:
    p = tmp_path / "d.json"
    d = _dossier()
    p.write_text(json.dumps(d), encoding="utf-8")
    stories, arts = bl.load(p)
    picked = bl.ordered(stories, top=3, n=0, seed=26)
    gold = {"entries": bl.anchor(picked, arts, bl.parse_labels("B0 S+ T+ C- R+ cite |\nB1 S+ T+ C+ R+ |\n"
                                                                "B2 S+ T+ H+ C+ R+ |\n"))}
    before = stories  # read before the file changes: ``later`` must tell a changed line from a kept one
    extra = {"article_id": "b", "start": 0, "end": 10}
    d["stories"][0]["briefing"][0]["citations"].append(extra)
    p.write_text(json.dumps(d), encoding="utf-8")
    res = bl.score(gold, *bl.load(p))
    assert res["still_shown"] == 3 and res["cited_changed"] == 1 and res["cited"]["shown"] == 2
    assert res["readable"]["shown"] == 3  # the words are the same: their labels hold
    (again,) = bl.later(gold, before, bl.load(p)[0], arts)
    assert again[1]["text"] == d["stories"][0]["briefing"][0]["text"]
    # a line reworded in a labelled story is new to it: ``later`` returns it too
    d["stories"][0]["briefing"][1]["text"] = "La route de Valfleur restera fermée jusqu'à lundi."
    p.write_text(json.dumps(d), encoding="utf-8")
    new = bl.later(gold, before, bl.load(p)[0], arts)
    assert {x[1]["text"] for x in new} == {d["stories"][0]["briefing"][i]["text"] for i in (0, 1)}

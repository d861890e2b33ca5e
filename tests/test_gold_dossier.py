"""The dossier labels (benchmarks/gold/dossier.py): anchoring refuses bad labels, scoring finds the
labelled claims again by link and offsets in a rebuilt dossier whatever its ids. Invented texts."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from benchmarks.gold import dossier as dl

TEXT_A = "Un incendie a détruit trois hangars près de Valfleur. Trois pompiers ont été légèrement touchés."
TEXT_B = "Quatre hangars ont brûlé à Valfleur, selon la mairie. Le maire dément toute négligence."


def _claim(cid: str, art: str, text: str, needle: str) -> dict[str, Any]:
    s = text.index(needle)
    return {"id": cid, "article": art, "start": s, "end": s + len(needle), "text": needle, "modality": "asserted"}


def _dossier(prefix: str = "") -> dict[str, Any]:
    arts = [
        {"id": prefix + "a", "url": "https://ex.invalid/a", "outlet": "ex.invalid", "published": "2030-01-02",
         "text": TEXT_A},
        {"id": prefix + "b", "url": "https://ex.invalid/b", "outlet": "ex2.invalid", "published": "2030-01-02",
         "text": TEXT_B},
    ]
    claims = [
        _claim(prefix + "a:c1", prefix + "a", TEXT_A, "Un incendie a détruit trois hangars près de Valfleur"),
        _claim(prefix + "a:c2", prefix + "a", TEXT_A, "Trois pompiers ont été légèrement touchés"),
        _claim(prefix + "b:c1", prefix + "b", TEXT_B, "Quatre hangars ont brûlé à Valfleur"),
        _claim(prefix + "b:c2", prefix + "b", TEXT_B, "Le maire dément toute négligence"),
    ]
    groups = [
        {"id": prefix + "g1", "status": "confirmed", "claims": [prefix + "a:c1", prefix + "b:c1"], "story": "s1",
         "summary": "", "independent_sources": 2},
        {"id": prefix + "g2", "status": "confirmed", "claims": [prefix + "a:c2", prefix + "b:c2"], "story": "s1",
         "summary": "", "independent_sources": 2},
    ]
    contras = [{"kind": "quantity", "story": "s1", "claims": [prefix + "a:c1", prefix + "b:c1"], "explanation": ""}]
    return {"articles": arts, "claims": claims, "claim_groups": groups, "contradictions": contras}


LABELS = """
# invented
C0 right | three against four sheds
G0 right | the fire, two outlets
G1 wrong two_events | the injured and a denial of negligence are not one fact
"""


def test_anchor_then_score_on_a_rebuild_with_other_ids():
    gold = dl.anchor(_dossier(), dl.parse_labels(LABELS), seed=1, n=60)
    assert "Valfleur" not in str(gold)  # no text stored, only links, offsets and hashes
    same = dl.score(gold, _dossier(prefix="x"))
    assert same["contradictions"]["still_right"] == 1 and same["contradictions"]["unlabelled"] == 0
    assert same["confirmed"]["still_right"] == 1 and same["confirmed"]["still_wrong"] == 1
    assert same["confirmed"]["precision_labelled"] == 0.5


def test_a_fixed_wrong_group_and_a_new_contradiction():
    gold = dl.anchor(_dossier(), dl.parse_labels(LABELS), seed=1, n=60)
    new = _dossier()
    new["claim_groups"][1]["status"] = "single source"
    new["contradictions"].append({"kind": "denial", "story": "s1", "claims": ["a:c2", "b:c2"], "explanation": ""})
    res = dl.score(gold, new)
    assert res["confirmed"]["still_wrong"] == 0 and res["confirmed"]["precision_labelled"] == 1.0
    assert res["contradictions"]["unlabelled"] == 1


def test_a_dropped_contradiction_and_a_changed_item():
    gold = dl.anchor(_dossier(), dl.parse_labels(LABELS), seed=1, n=60)
    new = copy.deepcopy(_dossier())
    new["contradictions"] = []
    new["articles"][1]["text"] = TEXT_B + " Ajout."
    res = dl.score(gold, new)
    assert res["contradictions"]["still_right"] == 0 and res["contradictions"]["precision_labelled"] is None
    assert res["items_changed"] == ["https://ex.invalid/b"]


@pytest.mark.parametrize("bad", [
    "C0 wrong | no class",
    "C0 wrong nonsense | unknown class",
    "C0 right two_events | a right entry with a class",
    "X0 right | unknown kind",
    "C0 right |\nC0 right | twice",
])
def test_bad_labels_refused(bad):
    with pytest.raises(ValueError):
        dl.parse_labels(bad)


def test_every_sampled_entry_needs_a_label():
    with pytest.raises(ValueError):
        dl.anchor(_dossier(), dl.parse_labels("C0 right | only one"), seed=1, n=60)


def test_seeded_sample():
    assert dl.sample(5, 60, seed=3) == [0, 1, 2, 3, 4]
    s = dl.sample(100, 10, seed=3)
    assert s == dl.sample(100, 10, seed=3) and len(set(s)) == 10 and s == sorted(s)


def test_a_later_round_samples_only_what_no_earlier_gold_covers():
    first = dl.anchor(_dossier(), dl.parse_labels("C0 right | sheds\nG0 right | the fire"), seed=1, n=1)
    among = dl.uncovered(_dossier(prefix="x"), [first])
    assert among == ([], [1])  # the contradiction and the first group are labelled already
    later = dl.anchor(_dossier(), dl.parse_labels("G1 wrong two_events | two facts"), seed=1, n=5, among=among)
    assert [e["id"] for e in later["confirmed"]] == ["G1"] and later["contradictions"] == []
    assert later["sample"]["uncovered_before"] == {"contradictions": 0, "confirmed": 1}
    with pytest.raises(ValueError):  # a label outside the later round's sample is refused
        dl.anchor(_dossier(), dl.parse_labels("G0 right | the fire"), seed=1, n=5, among=among)


def _shown(d: dict[str, Any], shown: dict[str, str]) -> dict[str, Any]:
    """``d`` with each group shown by the claim ``shown`` names (its summary the claim's text)."""
    out = copy.deepcopy(d)
    text = {c["id"]: c["text"] for c in out["claims"]}
    for g in out["claim_groups"]:
        cid = shown.get(g["id"], g["claims"][0])
        g["summary_claim"], g["summary"] = cid, text[cid]
    return out


def test_a_relabelled_shown_fact_supersedes_the_old_label_and_holds_only_while_shown():
    before = _shown(_dossier(), {})
    old = dl.anchor(before, dl.parse_labels(LABELS), seed=1, n=60)
    after = _shown(before, {"g2": "b:c2"})  # g2 now shown by its other claim
    assert dl.changed_shown(before, after) == [1]
    with pytest.raises(ValueError):  # every changed group labelled, no other
        dl.anchor_shown(before, after, dl.parse_labels("G0 right | the fire"))
    new = dl.anchor_shown(before, after, dl.parse_labels("G1 right | the denial, two outlets"))
    assert "Valfleur" not in str(new) and new["confirmed"][0]["shown"]["start"] == TEXT_B.index("Le maire")
    res = dl.score(old, after, [new])
    assert res["confirmed_superseded"] == 1 and res["confirmed"]["still_wrong"] == 0
    assert dl.score(new, after)["confirmed"]["still_right"] == 1
    # shown again by the first claim: the new label no longer applies
    assert dl.score(new, before)["confirmed"]["still_right"] == 0

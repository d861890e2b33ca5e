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


TEXT_C = "Le hangar communal de Valfleur a lui aussi brûlé dans la nuit."


def _grown(d: dict[str, Any]) -> dict[str, Any]:
    """``d`` with a third outlet's claim joined to the first group and shown for it."""
    out = _shown(d, {})
    out["articles"].append({"id": "c", "url": "https://ex.invalid/c", "outlet": "ex3.invalid",
                            "published": "2030-01-03", "text": TEXT_C})
    out["claims"].append(_claim("c:c1", "c", TEXT_C, "Le hangar communal de Valfleur a lui aussi brûlé"))
    g1 = out["claim_groups"][0]
    g1["claims"].append("c:c1")
    g1["summary_claim"], g1["summary"] = "c:c1", out["claims"][-1]["text"]
    return out


def test_a_group_shown_by_a_claim_its_label_never_saw_is_stale_until_labelled_as_shown():
    old = dl.anchor(_shown(_dossier(), {}), dl.parse_labels(LABELS), seed=1, n=60)
    now = _grown(_dossier())
    assert dl.uncovered(now, [old]) == ([], [])  # found by a member, so covered ...
    assert dl.stale(now, [old]) == [0]  # ... but the label judged another fact
    assert dl.stale(_shown(_dossier(), {}), [old]) == []
    among = dl.to_label(now, [old], with_stale=True)
    assert among == ([], [0]) and dl.to_label(now, [old], with_stale=False) == ([], [])
    new = dl.anchor(now, dl.parse_labels("G0 wrong scope | another shed"), seed=1, n=60, among=among, shown=True)
    assert new["confirmed"][0]["shown"]["item"] == "https://ex.invalid/c" and "Valfleur" not in str(new)
    assert dl.stale(now, [old, new]) == []


def test_union_scores_each_entry_once_by_the_last_gold_that_labels_it():
    old = dl.anchor(_shown(_dossier(), {}), dl.parse_labels(LABELS), seed=1, n=60)
    now = _grown(_dossier())
    new = dl.anchor(now, dl.parse_labels("G0 wrong scope | another shed"), seed=1, n=60,
                    among=dl.to_label(now, [old], True), shown=True)
    res = dl.union([old, new], now)
    assert res["confirmed"] == {"reported": 2, "labelled": 2, "right": 0, "wrong": 2,
                                "wrong_by_class": {"scope": 1, "two_events": 1},
                                "precision_labelled": 0.0, "unlabelled": 0}
    assert dl.union([new, old], now)["confirmed"]["right"] == 1  # order matters: the old label last
    assert dl.union([old], now)["contradictions"]["right"] == 1
    only_new = dl.union([new], now)
    assert only_new["confirmed"]["unlabelled"] == 1 and only_new["contradictions"]["labelled"] == 0


def test_two_labels_of_one_entry_that_disagree_in_one_gold_count_it_wrong():
    gold = dl.anchor(_shown(_dossier(), {}), dl.parse_labels(LABELS), seed=1, n=60)
    twice = copy.deepcopy(gold)
    twice["confirmed"].append({**gold["confirmed"][0], "id": "G9", "label": "wrong", "why": "hedged"})
    res = dl.union([twice], _shown(_dossier(), {}))["confirmed"]
    assert res["labelled"] == 2 and res["wrong_by_class"] == {"hedged": 1, "two_events": 1}

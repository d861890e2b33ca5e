"""The ECB+ label scorer finds labelled items again by span or by hash, and scores what it finds."""

from __future__ import annotations

from benchmarks.eval_ecb_labels import digest, score, wrong_kept

TEXT_A = "The ferry left the harbour at noon and the crew waved."
TEXT_B = "A ferry left the harbour at noon, its captain said."


def _dossier(groups: dict[str, list[str]], status: dict[str, str], pairs: list[list[str]]) -> dict:
    spans = {"c1": ("a1", 0, 34), "c2": ("a2", 0, 32), "c3": ("a1", 39, 54)}
    group_of = {c: g for g, cs in groups.items() for c in cs}
    return {
        "articles": [{"id": "a1", "url": "u1", "text": TEXT_A}, {"id": "a2", "url": "u2", "text": TEXT_B}],
        "claims": [{"id": c, "article": a, "start": s, "end": e, "group": group_of.get(c)}
                   for c, (a, s, e) in spans.items()],
        "claim_groups": [{"id": g, "status": status[g]} for g in groups],
        "contradictions": [{"kind": "quantity", "claims": p} for p in pairs],
    }


GOLD = {
    "groups": [
        {"label": "true", "members": [["d1", 0, 34, digest(TEXT_A[0:34])], ["d2", 0, 32, digest(TEXT_B[0:32])]]},
        # offsets moved since (another cleaner): found by its hash in the same document
        {"label": "two_facts", "members": [["d1", 40, 55, digest(TEXT_A[39:54])]]},
    ],
    "contradictions": [
        {"label": "true", "claims": [["d1", 0, 34, digest(TEXT_A[0:34])], ["d2", 0, 32, digest(TEXT_B[0:32])]]},
        {"label": "two_events", "claims": [["d1", 39, 54, digest(TEXT_A[39:54])], ["d2", 0, 32, digest(TEXT_B[0:32])]]},
    ],
}
DOCS = {"u1": "d1", "u2": "d2"}


def test_labelled_items_are_found_and_scored() -> None:
    d = _dossier({"g1": ["c1", "c2"], "g2": ["c3"]}, {"g1": "confirmed", "g2": "confirmed"}, [["c2", "c1"]])
    got = score(d, GOLD, DOCS)
    assert got["groups_not_found"] == 0
    assert got["confirmed_kept"] == {"true": 1, "two_facts": 1} and got["confirmed_precision"] == 0.5
    assert got["contradictions_found"] == {"true": 1} and got["contradictions_precision_labelled"] == 1.0


def test_a_group_no_longer_confirmed_is_lost() -> None:
    d = _dossier({"g1": ["c1", "c2"], "g2": ["c3"]}, {"g1": "single_source", "g2": "confirmed"}, [])
    got = score(d, GOLD, DOCS)
    assert got["confirmed_lost"] == {"true": 1} and got["confirmed_kept"] == {"two_facts": 1}
    assert got["confirmed_precision"] == 0.0 and got["contradictions_found"] == {}


def test_a_wrong_group_still_confirmed_is_listed_with_its_pair() -> None:
    d = _dossier({"g1": ["c1", "c2"], "g2": ["c3"]}, {"g1": "confirmed", "g2": "confirmed"}, [])
    d["claim_groups"][1]["confirmed_by"] = ["c3", "c3"]
    rows = wrong_kept(d, GOLD, DOCS)
    assert [(r["label"], r["group"]) for r in rows] == [("two_facts", "g2")]
    assert [c["text"] for c in rows[0]["pair"]] == ["the crew waved.", "the crew waved."]
    assert rows[0]["pair"][0]["doc"] == "d1"
    d["claim_groups"][1]["status"] = "single_source"
    assert wrong_kept(d, GOLD, DOCS) == []

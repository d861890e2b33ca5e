"""benchmarks.gold.pairs_agree: blanking a gold and scoring a second annotator (invented data)."""

from __future__ import annotations

from typing import Any

import benchmarks.gold.pairs_agree as agree_mod
from benchmarks.gold.pairs_agree import agreement, blank, kappa, recoupe_against


def stored(facts: dict[str, str], modality: dict[str, str] | None = None,
           contradictions: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """A stored gold of one story ``st`` whose spans ``a``..``e`` sit in two items; ``facts``
    gives each span's fact. A fact is confirmed when two outlets state it (no contradiction)."""
    where = {"a": ("L1", 0, 5), "b": ("L1", 10, 15), "c": ("L2", 0, 5), "d": ("L2", 10, 15), "e": ("L2", 20, 25)}
    spans: list[dict[str, Any]] = [
        {"id": f"st.{k}", "story": "st", "item": where[k][0], "start": where[k][1], "end": where[k][2],
              "sha1": "", "fact": f"st.{f}", "modality": (modality or {}).get(k, "asserted"),
              "polarity": "positive", "source": "", "copy_of": ""} for k, f in facts.items()]
    outlets: dict[str, set[str]] = {}
    for sp in spans:
        outlets.setdefault(sp["fact"], set()).add(sp["item"])
    contra = contradictions or []
    in_contra = {c[x] for c in contra for x in ("a", "b")}
    return {"items": {"L1": {"outlet": "one.example"}, "L2": {"outlet": "two.example"}},
            "stories": {"st": {"desc": ""}}, "spans": spans, "contradictions": contra, "updates": [],
            "facts": {f: {"story": "st", "confirmed": len(o) >= 2 and not any(
                sp["id"] in in_contra for sp in spans if sp["fact"] == f)} for f, o in outlets.items()}}


def test_agreement_identical_annotations_score_one() -> None:
    a = stored({"a": "x", "b": "y", "c": "x", "d": "y", "e": "z"})
    res = agreement(a, a)
    assert res["groups"]["f1"] == 1.0 and res["pairs"] == 10 and res["same_a"] == 2
    assert res["modality"]["kappa"] == 1.0 and res["confirmed_span"]["agree"] == 1.0


def test_agreement_lumping_costs_precision_splitting_costs_recall() -> None:
    a = stored({"a": "x", "b": "y", "c": "x", "d": "y", "e": "z"})
    # B lumps y and z: pairs b-e and d-e are same for B only (2 false positives, no miss)
    b = stored({"a": "p", "b": "q", "c": "p", "d": "q", "e": "q"})
    res = agreement(a, b)
    assert (res["groups"]["tp"], res["groups"]["fp"], res["groups"]["fn"]) == (2, 2, 0)
    assert res["groups"]["p"] == 0.5 and res["groups"]["r"] == 1.0
    # the other way round the same disagreement is a recall loss
    back = agreement(b, a)
    assert (back["groups"]["tp"], back["groups"]["fp"], back["groups"]["fn"]) == (2, 0, 2)


def test_agreement_matches_spans_by_offsets_not_labels() -> None:
    a = stored({"a": "x", "b": "y", "c": "x", "d": "y", "e": "z"})
    b = stored({"a": "x", "b": "y", "c": "x", "d": "y", "e": "z"})
    for sp in b["spans"]:
        sp["id"] = sp["id"].replace("st.", "st.s")  # the second annotator's labels s1, s2, ...
    assert agreement(a, b)["groups"]["f1"] == 1.0


def test_agreement_modality_and_confirmed() -> None:
    a = stored({"a": "x", "b": "y", "c": "x", "d": "y", "e": "z"})
    b = stored({"a": "x", "b": "y", "c": "x", "d": "y", "e": "z"}, modality={"a": "reported"},
               contradictions=[{"a": "st.b", "b": "st.d", "kind": "quantity"}])
    res = agreement(a, b)
    assert res["modality"]["agree"] == 0.8 and res["modality_confusion"] == {"asserted>reported": 1}
    # y is confirmed for A (two outlets) and contradicted for B: spans b and d disagree
    assert res["confirmed_span"]["agree"] == 0.6


def test_kappa_chance_agreement_is_zero() -> None:
    assert kappa([("x", "x"), ("x", "y"), ("y", "x"), ("y", "y")])["kappa"] == 0.0
    assert kappa([("x", "x"), ("y", "y")])["kappa"] == 1.0


def test_recoupe_against_both_annotators_and_the_agreed_pairs() -> None:
    a = stored({"a": "x", "b": "y", "c": "x", "d": "y", "e": "z"})
    b = stored({"a": "p", "b": "q", "c": "p", "d": "q", "e": "q"})
    key = {k: (sp["item"], sp["start"], sp["end"]) for k, sp in zip("abcde", a["spans"], strict=True)}
    pairs = [frozenset((key[x], key[y])) for x, y in
             [("a", "b"), ("a", "c"), ("a", "d"), ("a", "e"), ("b", "c"), ("b", "d"), ("b", "e"), ("c", "d"),
              ("c", "e"), ("d", "e")]]
    pred = dict.fromkeys(pairs, False)
    pred[frozenset((key["a"], key["c"]))] = True   # right for both
    pred[frozenset((key["b"], key["e"]))] = True   # right for B only
    res = recoupe_against(pred, a, b)
    assert (res["vs_a"]["tp"], res["vs_a"]["fp"], res["vs_a"]["fn"]) == (1, 1, 1)
    assert (res["vs_b"]["tp"], res["vs_b"]["fp"], res["vs_b"]["fn"]) == (2, 0, 2)
    # b-e and d-e are disputed and left out; the agreed same pairs are a-c and b-d
    assert res["vs_agreed"]["pairs"] == 8 and (res["vs_agreed"]["tp"], res["vs_agreed"]["fn"]) == (1, 1)


def test_blank_keeps_items_and_spans_drops_every_label(monkeypatch: Any) -> None:
    scratch = ("story st | the fire: area, evacuations\nitem 2026-01-02 7\nitem 2026-01-02 9\ncopy 1 0\n"
               "fact area | burnt area\nconfirmed area yes | why\n"
               "span late 1 area r:prefect neg | the second text\n"
               "span early 0 evac a | the first text @2\n"
               "X quantity | late ; early\nU | late ; early\n")
    monkeypatch.setattr(agree_mod, "to_scratch", lambda stored, data=None: {"st": scratch})
    gold = {"spans": [{"id": "st.late", "story": "st", "start": 4}, {"id": "st.early", "story": "st", "start": 30}]}
    out = blank(gold)["st"].splitlines()
    assert out == ["story st | ", "item 2026-01-02 7", "item 2026-01-02 9",
                   "span s1 0 _ _ | the first text @2", "span s2 1 _ _ | the second text"]


def test_second_annotations_cover_exactly_the_first_golds_spans() -> None:
    import json
    from pathlib import Path

    pairs = Path(__file__).resolve().parents[1] / "benchmarks" / "gold" / "pairs"
    seconds = sorted((pairs / "second").glob("*.json"))
    assert {p.name for p in seconds} >= {"heldout4.json", "heldout7.json", "basil3.json"}
    for path in seconds:
        a, b = (json.loads(p.read_text("utf-8")) for p in (pairs / path.name, path))
        assert b["data"] == a["data"] and b["days"] == a["days"] and set(b["items"]) == set(a["items"])
        spans = [{(sp["story"], sp["item"], sp["start"], sp["end"], sp["sha1"]) for sp in g["spans"]} for g in (a, b)]
        assert spans[0] == spans[1], path.name
        # nothing of the first annotator's labels leaked into the second: its own span ids, no descriptions
        assert not {sp["id"] for sp in a["spans"]} & {sp["id"] for sp in b["spans"]}
        assert all(not st["desc"] for st in b["stories"].values())

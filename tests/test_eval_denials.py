"""The denial scorer (benchmarks.eval_denials.score): a pure function of gold spans and claims."""

from __future__ import annotations

from benchmarks.eval_denials import score
from benchmarks.gold.denials import DenSpan


def _claim(start: int, end: int, modality: str) -> dict[str, object]:
    return {"start": start, "end": end, "modality": modality, "text": "x"}


def test_score_counts_right_tolerated_and_false_denials() -> None:
    spans = [DenSpan("a.1", "item", 0, 40, "denial", ""), DenSpan("a.2", "item", 50, 80, "rebuttal", ""),
             DenSpan("a.3", "item", 90, 120, "negative", ""), DenSpan("a.4", "item", 130, 160, "denial", "")]
    claims = {"item": [_claim(5, 30, "denied"), _claim(55, 70, "denied"), _claim(95, 100, "denied"),
                       _claim(170, 180, "denied"), _claim(135, 150, "reported")]}
    res = score(spans, claims)
    assert (res["predicted_denied"], res["right"], res["tolerated_on_rebuttal"]) == (4, 1, 1)
    assert (res["fp_on_hard_negative"], res["fp_elsewhere"]) == (1, 1)
    assert res["precision"] == 0.25 and res["precision_lenient"] == 0.5
    assert res["recall"] == 0.5 and res["hard_negatives_denied"] == 1 and res["rebuttals_denied"] == 1


def test_score_with_no_denied_claim() -> None:
    res = score([DenSpan("a.1", "item", 0, 10, "denial", "")], {"item": [_claim(0, 5, "asserted")]})
    assert res["precision"] is None and res["recall"] == 0.0 and res["f1"] == 0.0


def test_stored_denial_gold_anchors() -> None:
    import json

    import pytest
    from benchmarks.gold.denials import DATA, GOLD, load

    stored = json.loads(GOLD.read_text("utf-8"))
    assert len(stored["items"]) == 63 and all(not set(sp) & {"text", "quote"} for sp in stored["spans"])
    if not DATA.exists():
        pytest.skip("no eval data")
    spans, records, _ = load()
    assert len(records) == 63 and sum(s.kind == "denial" for s in spans) == 35


def test_stored_leads_gold_anchors_and_is_read_by_its_loader() -> None:
    import json

    import pytest
    from benchmarks.eval_denials import data_of, load_gold
    from benchmarks.gold.denials_leads import DATA, GOLD

    stored = json.loads(GOLD.read_text("utf-8"))
    assert len(stored["items"]) == 241 and all(not set(sp) & {"text", "quote"} for sp in stored["spans"])
    assert data_of(GOLD) == DATA
    if not DATA.exists():
        pytest.skip("no eval data")
    spans, records, _ = load_gold(GOLD)
    assert len(records) == 241 and sum(s.kind == "denial" for s in spans) == 32
    assert sum(s.kind == "negative" for s in spans) == 161


def test_lead_sentences_are_cut_by_stops_not_by_titles() -> None:
    from benchmarks.gold.denials_leads import sentences

    body = 'Mr. Lane spoke first. "We will wait," he said. Sen. Ortiz left at 5 p.m. Nobody stayed.'
    assert sentences(body) == ["Mr. Lane spoke first.", '"We will wait," he said.', "Sen. Ortiz left at 5 p.m.",
                               "Nobody stayed."]

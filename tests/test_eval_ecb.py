"""benchmarks.ecb: the ECB+ reader on a hand-made file, and on the shared data when it is there
(the counts of its SOURCE.md); benchmarks.eval_ecb's lemma baseline on hand-made mentions."""

from __future__ import annotations

from pathlib import Path

import pytest
from benchmarks.ecb import ECB, Mention, read_document, read_split
from benchmarks.eval_ecb import lemma_clusters

from recoupe.claims.events import EventMention

SAMPLE = """<Document doc_name="99_1ecbplus.xml" doc_id="D1">
<token t_id="1" sentence="0" number="0">http://x</token>
<token t_id="2" sentence="1" number="0">Police</token>
<token t_id="3" sentence="1" number="1">arrested</token>
<token t_id="4" sentence="1" number="2">him</token>
<token t_id="5" sentence="2" number="0">He</token>
<token t_id="6" sentence="2" number="1">fled</token>
<token t_id="7" sentence="2" number="2">again</token>
<Markables>
<ACTION_OCCURRENCE m_id="10"><token_anchor t_id="3"/></ACTION_OCCURRENCE>
<HUMAN_PART_PER m_id="11"><token_anchor t_id="2"/></HUMAN_PART_PER>
<ACTION_OCCURRENCE m_id="12"><token_anchor t_id="6"/></ACTION_OCCURRENCE>
<NEG_ACTION_STATE m_id="13"><token_anchor t_id="4"/></NEG_ACTION_STATE>
<ACTION_OCCURRENCE m_id="20" TAG_DESCRIPTOR="t99_arrest" instance_id="ACT1"/>
</Markables>
<Relations>
<CROSS_DOC_COREF r_id="1" note="ACT1"><source m_id="10"/><target m_id="20"/></CROSS_DOC_COREF>
<INTRA_DOC_COREF r_id="2"><source m_id="13"/><target m_id="21"/></INTRA_DOC_COREF>
</Relations>
</Document>
"""


def test_ecb_reader_keeps_selected_sentences_and_gold_clusters(tmp_path: Path) -> None:
    path = tmp_path / "99_1ecbplus.xml"
    path.write_text(SAMPLE, encoding="utf-8")
    doc = read_document(path, {1})  # sentence 2 is not annotated completely: its mentions are left out
    assert doc.topic == "99" and doc.subtopic == "99ecbplus"
    by = {m.id: m for m in doc.mentions}
    assert set(by) == {"99_1ecbplus:10", "99_1ecbplus:11", "99_1ecbplus:13"}  # the descriptor has no anchor
    assert by["99_1ecbplus:10"].gold == "ACT1" and by["99_1ecbplus:10"].is_event
    assert by["99_1ecbplus:13"].gold == "99_1ecbplus:intra:2" and by["99_1ecbplus:13"].is_event
    assert not by["99_1ecbplus:11"].is_event and by["99_1ecbplus:11"].gold == "99_1ecbplus:single:11"
    assert by["99_1ecbplus:10"].sentence == 1 and by["99_1ecbplus:10"].tokens == (1,)


def test_ecb_lemma_baseline_joins_one_lemma_per_scope() -> None:
    def item(mid: str, doc: str, sub: str, lemma: str) -> tuple[Mention, EventMention]:
        m = Mention(mid, doc, "1", sub, 1, (0,), "ACTION_OCCURRENCE", mid)
        return m, EventMention(mid, doc, lemma, "", frozenset(), frozenset(), "", False)

    items = [item("a", "d1", "1ecb", "arrest"), item("b", "d2", "1ecb", "arrest"),
             item("c", "d3", "1ecbplus", "arrest")]
    out = lemma_clusters(items, lambda m: m.subtopic)
    assert out["a"] == out["b"] != out["c"]
    assert len(set(lemma_clusters(items, lambda m: "").values())) == 1


@pytest.mark.skipif(not ECB.exists(), reason="../shared/eval-data/ecb-plus is absent")
def test_ecb_test_split_counts_match_source_md() -> None:
    docs = read_split("test")
    events = [m for d in docs for m in d.mentions if m.is_event]
    assert len(docs) == 206
    assert len(events) == 1780
    assert len({m.gold for m in events}) == 805  # Cattan et al.'s event clusters, singletons included
    assert len([m for d in docs for m in d.mentions if not m.is_event]) == 2055

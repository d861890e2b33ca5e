"""The WMT gold helpers: scratch parsing, anchoring with seg ids, projection onto English segs."""

from __future__ import annotations

from pathlib import Path

import pytest
from benchmarks.gold.wmt import anchor, parse_scratch, project_english, read_sgm, record, seg_offsets

SEGS = [(1, "Un titre"), (2, "Le maire a dit que le pont rouvrira."), (3, "\"Tout ira bien\", a ajouté M. Roy.")]
TEXT = "Le maire a dit que le pont rouvrira.\n\nTout ira bien\", a ajouté M. Roy."


def test_gold_wmt_record_puts_one_sentence_per_paragraph() -> None:
    rec = record("7-journal", SEGS)
    assert rec["title"] == "Un titre" and rec["outlet"] == "journal"
    assert rec["text"].split("\n\n") == [s for _, s in SEGS[1:]]


def test_gold_wmt_scratch_and_anchor_keep_no_text_and_find_segs() -> None:
    text = record("7-journal", SEGS)["text"]
    scratch = parse_scratch(
        "@doc 7-journal\n"
        "Q | Tout ira bien | M. Roy | ajouter | per\n"
        "A | le pont rouvrira | Le maire | | dire | reported | per\n"
    )
    gold = anchor(scratch[0], text, SEGS)
    assert gold["quotes"][0]["segs"] == [3] and gold["quotes"][0]["type"] == "person"
    assert gold["attributions"][0]["segs"] == [2]
    assert "pont" not in str(gold) and "Roy" not in str(gold)  # offsets and hashes only


def test_gold_wmt_anchor_refuses_a_string_not_in_the_text() -> None:
    scratch = parse_scratch("@doc 7-journal\nQ | jamais dit | M. Roy | dire | per\n")
    with pytest.raises(ValueError):
        anchor(scratch[0], TEXT, SEGS)


def test_gold_wmt_seg_offsets_skip_a_dropped_seg() -> None:
    spans = seg_offsets("Le maire a dit que le pont rouvrira.", SEGS)
    assert [k for k, _, _ in spans] == [2]


def test_gold_wmt_projection_carries_items_to_the_english_seg(tmp_path: Path) -> None:
    en = tmp_path / "newstest2014-fren-ref.en.sgm"
    en.write_text('<refset><doc docid="7-journal" origlang="fr"><seg id="1">A title</seg>'
                  '<seg id="2">The mayor said the bridge will reopen.</seg>'
                  '<seg id="3">"All will be well," Mr Roy added.</seg></doc></refset>', "utf-8")
    assert read_sgm(en)[0][1][2] == (3, '"All will be well," Mr Roy added.')
    text = record("7-journal", SEGS)["text"]
    gold = anchor(parse_scratch("@doc 7-journal\nQ | Tout ira bien | M. Roy | ajouter | per\n")[0], text, SEGS)
    proj = project_english([gold], tmp_path)
    assert proj["7-journal"][3]["text"].startswith('"All will be well')
    assert proj["7-journal"][3]["quotes"][0]["type"] == "person"

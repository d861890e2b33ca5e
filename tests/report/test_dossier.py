"""The dossier contract and the report, on the sample corpus built once per session."""

from __future__ import annotations

import re

import jsonschema
import pytest

from recoupe.report.dossier import schema
from recoupe.report.exports import stories_tsv, to_csv
from recoupe.report.html import render_report

pytestmark = [pytest.mark.model, pytest.mark.slow]


def test_dossier_validates_against_the_published_schema(sample_build) -> None:  # type: ignore[no-untyped-def]
    _, dossier = sample_build
    jsonschema.validate(dossier, schema())


def test_dossier_offsets_point_into_the_article_text(sample_build) -> None:  # type: ignore[no-untyped-def]
    _, dossier = sample_build
    texts = {a["id"]: a["text"] for a in dossier["articles"]}
    for c in dossier["claims"]:
        assert texts[c["article"]][c["start"]:c["end"]] == c["text"]
    for q in dossier["quotes"]:
        assert texts[q["article"]][q["start"]:q["end"]] == q["text"]
    for st in dossier["statements"]:
        assert texts[st["article"]][st["start"]:st["end"]] == st["text"]
    for e in dossier["entities"]:
        for m in e["mentions"]:
            assert texts[m["article"]][m["start"]:m["end"]] == m["text"]


def test_dossier_every_briefing_sentence_cites_an_article(sample_build) -> None:  # type: ignore[no-untyped-def]
    _, dossier = sample_build
    ids = {a["id"] for a in dossier["articles"]}
    sentences = [b for s in dossier["stories"] for b in s["briefing"]]
    assert sentences
    for b in sentences:
        assert b["citations"] and all(c["article_id"] in ids for c in b["citations"])


def test_dossier_has_every_stage_populated(sample_build) -> None:  # type: ignore[no-untyped-def]
    _, d = sample_build
    assert len(d["articles"]) == 5
    assert {"PER", "LOC", "ORG"} <= {e["type"] for e in d["entities"]}
    assert {c["modality"] for c in d["claims"]} >= {"asserted", "reported", "conditional", "speculative"}
    assert any(c["attributed_to"] for c in d["claims"])
    assert d["quotes"] and any(q["speaker"] for q in d["quotes"])
    # every attributed claim is in exactly one attributed statement, under the same source
    claims = {c["id"]: c for c in d["claims"]}
    gathered = [cid for st in d["statements"] for cid in st["claims"]]
    assert sorted(gathered) == sorted(c["id"] for c in d["claims"] if c["attributed_to"])
    assert all(claims[cid]["attributed_to"] == st["source"] for st in d["statements"] for cid in st["claims"])
    assert d["timeline"]
    published = {a["id"]: a["published"] for a in d["articles"]}
    for e in d["timeline"]:  # relative dates are resolved against the article's own date, or not at all
        assert e["anchor"] in (None, published[e["article"]])
    assert any(g["independent_sources"] >= 2 for g in d["claim_groups"])
    assert all(a["removed_lines"] is not None for a in d["articles"])


def test_dossier_person_aliases_are_merged(sample_build) -> None:  # type: ignore[no-untyped-def]
    _, d = sample_build
    # the entity with the most mentions in this corpus has several spellings: they must be one entity
    top_person = max((e for e in d["entities"] if e["type"] == "PER"), key=lambda e: len(e["mentions"]))
    assert len(top_person["aliases"]) >= 3


def test_report_is_self_contained_and_escaped(sample_build) -> None:  # type: ignore[no-untyped-def]
    _, dossier = sample_build
    html = render_report(dossier)
    assert "Content-Security-Policy" in html
    assert not re.search(r"""(src|href)=["']https?://""", html)
    assert "<script" not in html
    hostile = dict(dossier)
    hostile["articles"] = [dict(dossier["articles"][0], title="<script>alert(1)</script>"), *dossier["articles"][1:]]
    assert "<script>alert(1)</script>" not in render_report(hostile)


def test_exports_stories_tsv_and_csv(sample_build) -> None:  # type: ignore[no-untyped-def]
    _, dossier = sample_build
    tsv = stories_tsv(dossier).splitlines()
    assert tsv[0] == "link\tstory_id"
    assert len(tsv) == 1 + len(dossier["articles"])
    assert all(row.split("\t")[1] for row in tsv[1:])
    assert to_csv(dossier, "claims").splitlines()[0].startswith("id,article,start,end")
    assert "aliases" in to_csv(dossier, "entities").splitlines()[0]


def test_exports_graphml_is_valid_xml_with_the_network(sample_build) -> None:  # type: ignore[no-untyped-def]
    import xml.etree.ElementTree as ET

    from recoupe.report.exports import to_graphml

    _, dossier = sample_build
    root = ET.fromstring(to_graphml(dossier))
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    nodes = root.findall(".//g:node", ns)
    edges = root.findall(".//g:edge", ns)
    assert len(nodes) == len(dossier["entities"]) and edges
    ids = {n.get("id") for n in nodes}
    assert all(e.get("source") in ids and e.get("target") in ids for e in edges)


def test_exports_mentions_and_groups_tables(sample_build) -> None:  # type: ignore[no-untyped-def]
    _, dossier = sample_build
    mentions = to_csv(dossier, "mentions").splitlines()
    assert mentions[0] == "entity,name,type,article,start,end,text"
    assert len(mentions) - 1 == sum(len(e["mentions"]) for e in dossier["entities"])
    groups = to_csv(dossier, "groups").splitlines()
    assert groups[0].startswith("id,story,status,independent_sources")
    assert len(groups) - 1 == len(dossier["claim_groups"])


def test_dossier_schema_and_api_carry_the_confirming_pair(sample_build) -> None:  # type: ignore[no-untyped-def]
    """Every group says which two claims confirm it (none unless confirmed), in the dossier, its
    schema and the Python API alike."""
    from recoupe.api import Dossier

    db, dossier = sample_build
    assert "confirmed_by" in schema()["properties"]["claim_groups"]["items"]["properties"]
    article_of = {c["id"]: c["article"] for c in dossier["claims"]}
    for g in dossier["claim_groups"]:
        pair = g["confirmed_by"]
        if g["status"] == "confirmed":
            assert len(pair) == 2 and set(pair) <= set(g["claims"])
            assert article_of[pair[0]] != article_of[pair[1]]
        else:
            assert pair == []
    with Dossier.open(db) as d:
        assert {g.id: list(g.confirmed_by) for g in d.groups()} == {
            g["id"]: g["confirmed_by"] for g in dossier["claim_groups"]}

"""The CSV exports carry what the report shows: the contradictions (its first section) and, per
article, how its date was known and why it counts as another's source (hand-built dossiers)."""

from __future__ import annotations

import csv
import io

from recoupe.report.dossier import build_dossier
from recoupe.report.exports import to_csv
from tests.report.confirming import confirming_store


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_the_contradictions_table_gives_kind_claims_and_explanation() -> None:
    dossier = {"contradictions": [
        {"kind": "quantity", "story": "S1", "claims": ["a:c1", "b:c2"], "groups": ["G1", "G1"],
         "explanation": "120 selon la mairie, 80 selon la préfecture"},
        {"kind": "update", "story": None, "claims": ["a:c3", "c:c1"], "groups": [], "explanation": "bilan revu"},
    ]}
    rows = _rows(to_csv(dossier, "contradictions"))
    assert [(r["kind"], r["story"], r["claims"], r["groups"]) for r in rows] == [
        ("quantity", "S1", "a:c1 b:c2", "G1 G1"), ("update", "", "a:c3 c:c1", "")]
    assert rows[0]["explanation"] == "120 selon la mairie, 80 selon la préfecture"


def test_the_articles_table_says_how_the_date_was_known() -> None:
    with confirming_store() as s:
        dossier = build_dossier(s)
    rows = _rows(to_csv(dossier, "articles"))
    assert list(rows[0])[:9] == ["id", "source", "title", "byline", "outlet", "published", "language", "story",
                                 "independent_source"]  # older columns first, unchanged
    by_id = {a["id"]: a for a in dossier["articles"]}
    assert rows and all(r["published_source"] == by_id[r["id"]]["published_source"] != "" for r in rows)
    assert all("folded_because" in r for r in rows)


def test_the_report_lists_the_rejected_inputs_with_their_reasons() -> None:
    """It gave their number only: which file was left out, and why, was on the terminal alone."""
    from recoupe.report.html import render_report

    with confirming_store() as s:
        dossier = build_dossier(s)
    dossier["rejections"] = [
        {"origin": "scan.pdf", "code": "E004", "reason": "[E004] 'scan.pdf' looks binary (PDF), not an article"},
        {"origin": "notes.txt", "code": "E003", "reason": "[E003] 'notes.txt' is empty"},
    ]
    page = render_report(dossier)
    listed = page[page.index('<details id="rejected">'):]
    listed = listed[:listed.index("</details>")]
    assert "[E004] &#39;scan.pdf&#39; looks binary (PDF)" in listed and "[E003] &#39;notes.txt&#39; is empty" in listed


def test_the_claims_table_gives_status_confirming_pair_source_type_and_sentence() -> None:
    """`recoupe claims` and the report show a claim's status, its confirming pair and its sentence: a
    spreadsheet of the claims had the group id only."""
    from tests.report.confirming import PAIR

    with confirming_store() as s:
        dossier = build_dossier(s)
    rows = {r["id"]: r for r in _rows(to_csv(dossier, "claims"))}
    assert list(next(iter(rows.values())))[:15] == ["id", "article", "start", "end", "subject", "predicate", "object",
                                                    "place", "time", "modality", "attributed_to", "relay", "cue",
                                                    "group", "text"]  # older columns first, unchanged
    assert all(rows[c]["status"] == "confirmed" and rows[c]["confirms"] == "1" for c in PAIR)
    others = [r for cid, r in rows.items() if cid not in PAIR and r["status"] == "confirmed"]
    assert others and all(r["confirms"] == "0" for r in others)  # in the group, not its pair
    by_id = {c["id"]: c for c in dossier["claims"]}
    assert all(r["sentence"] == by_id[cid]["sentence"] and r["source_type"] == by_id[cid]["source_type"]
               for cid, r in rows.items())


def test_the_contradictions_table_sets_each_side_s_sentence_and_source_side_by_side() -> None:
    dossier = {"claims": [
        {"id": "a:c1", "sentence": "Le pont a coûté 120 millions, selon la mairie.", "attributed_to": "mairie"},
        {"id": "b:c2", "sentence": "Le pont a coûté\n80 millions.", "attributed_to": ""},
    ], "contradictions": [{"kind": "quantity", "story": "S1", "claims": ["a:c1", "b:c2"], "groups": ["G1", "G1"],
                           "explanation": "120 selon la mairie, 80"}]}
    row = _rows(to_csv(dossier, "contradictions"))[0]
    assert row["sentences"] == "Le pont a coûté 120 millions, selon la mairie. | Le pont a coûté 80 millions."
    assert row["sources"] == "mairie | the article's own voice"

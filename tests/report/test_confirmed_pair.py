"""The report and the exports show which two claims a `confirmed` group rests on (hand-built store)."""

from __future__ import annotations

import csv
import io
import re

from recoupe.report.dossier import build_dossier
from recoupe.report.exports import to_csv
from recoupe.report.html import render_report
from recoupe.report.words import CONFIRMS_HELP, confirmed_fact
from tests.report.confirming import HEDGED, PAIR, POOL, SUMMARY, confirming_store


def _dossier() -> dict:  # type: ignore[type-arg]
    with confirming_store() as s:
        return build_dossier(s)


def test_the_dossier_and_the_groups_csv_carry_the_pair() -> None:
    dossier = _dossier()
    (g,) = dossier["claim_groups"]
    assert g["status"] == "confirmed" and g["confirmed_by"] == list(PAIR)
    # the stored summary (p3's other fact) is not what two sources confirm: the group is shown by a
    # claim of its pair (recoupe.claims.shown), p3's claim staying one of its other claims
    assert g["summary"] != SUMMARY and (g["summary_claim"], g["summary"]) == (PAIR[0], POOL["p1"][0])
    assert "p3:c1" in g["claims"]
    # p1's first claim in the group is hedged: its cell is still the confirming claim's
    assert HEDGED[0] in g["claims"]
    assert g["modality_per_article"] == {"p1": "reported", "p2": "reported", "p3": "asserted"}
    rows = list(csv.DictReader(io.StringIO(to_csv(dossier, "groups"))))
    assert rows[0]["confirmed_by"].split() == list(PAIR)


def test_the_report_marks_the_two_confirming_cells_and_shows_the_confirmed_fact() -> None:
    page = render_report(_dossier())
    matrix = re.search(r'<h3 id="matrix-S1">.*?</table>', page, re.S).group(0)  # type: ignore[union-attr]
    marked = re.findall(r'<td class="(\w+) confirms" title="([^"]*)">', matrix)
    assert marked == [("reported", CONFIRMS_HELP), ("reported", CONFIRMS_HELP)]
    assert "conditional" not in matrix  # p1's hedged first claim is not its cell
    # the row is shown by the confirmed fact itself: no second line naming it
    assert f'<td>{POOL["p1"][0]}</td>' in matrix and "confirmed-fact" not in matrix
    assert SUMMARY not in matrix
    briefing = re.search(r'<ol[^>]*>.*?</ol>', page[page.index('id="briefing-S1"'):], re.S).group(0)  # type: ignore[union-attr]
    # the third article tells another fact of the group: not cited under the confirmed vote
    assert briefing.count('class="cite confirms"') == 2 and briefing.count('class="cite"') == 0


def test_confirmed_fact_is_shown_only_when_the_pair_is_not_the_summary() -> None:
    assert confirmed_fact("Le pont a rouvert jeudi.", ["Le pont a rouvert jeudi.", "Le pont a rouvert."]) is None
    assert confirmed_fact("x" * 300, ["x" * 320, "y"]) is None  # summaries are cut at 300 characters
    assert confirmed_fact("Le pont a rouvert jeudi.", ["La mairie a voté le budget.", "Le budget est voté."]) \
        == "La mairie a voté le budget."
    assert confirmed_fact("Le pont a rouvert jeudi.", []) is None


def test_the_briefing_tells_the_claim_the_group_is_shown_by() -> None:
    """Of its pair, the briefing's confirmed line tells the claim the dossier shows the group by (here
    the founding claim p2, of the pair and stating a fact), not the shorter p1."""
    from recoupe.brief import build_briefing

    with confirming_store() as s:
        with s.transaction():
            s.db.execute("UPDATE claim_groups SET summary=?", (POOL["p2"][0],))
        line = next(b for b in build_briefing(s, "S1") if b["kind"] == "confirmed")
        (g,) = build_dossier(s)["claim_groups"]
    assert g["summary_claim"] == PAIR[1] and g["summary"] == POOL["p2"][0]
    assert line["text"] == POOL["p2"][0]

"""The web app marks the two claims a `confirmed` group rests on, as report.html does (hand-built store)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from recoupe.report.words import CONFIRMS_HELP
from tests.report.confirming import HEDGED, PAIR, POOL, confirming_store
from tests.web.conftest import TestClient


@pytest.fixture(scope="module")
def pair_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    from recoupe.web.server import create_app

    path: Path = tmp_path_factory.mktemp("pair") / "pair.db"
    confirming_store(path).close()
    with TestClient(create_app(path), raise_server_exceptions=False) as c:
        yield c


def test_story_page_marks_the_confirming_cells_and_shows_the_confirmed_fact(pair_client: TestClient) -> None:
    html = pair_client.get("/stories/S1").text
    matrix = re.search(r'<table class="matrix">.*?</table>', html, re.S).group(0)  # type: ignore[union-attr]
    marked = re.findall(r'<td class="cell (\w+) confirms"><a href="[^"]*#claim-([^"]+)" title="([^"]*?) — ', matrix)
    assert [(m, cid.replace("%3A", ":"), t) for m, cid, t in marked] == [
        ("reported", PAIR[0], CONFIRMS_HELP), ("reported", PAIR[1], CONFIRMS_HELP)]
    assert matrix.count("confirms") == 2
    assert f"#claim-{HEDGED[0].replace(':', '%3A')}" not in matrix and "cell conditional" not in matrix
    # shown by the confirmed fact itself (recoupe.claims.shown), as the report does
    assert f'<td class="claim-col">{POOL["p1"][0]}</td>' in matrix and "confirmed-fact" not in matrix
    briefing = html[html.index('id="briefing"'):html.index('id="timeline"')]
    # the third article tells another fact of the group: not cited under the confirmed vote
    assert briefing.count('class="cite confirms"') == 2 and briefing.count('class="cite"') == 0


def test_story_api_carries_the_pair(pair_client: TestClient) -> None:
    story = pair_client.get("/api/stories/S1").json()
    (row,) = story["matrix"]
    assert row["status"] == "confirmed" and row["confirmed_by"] == list(PAIR)
    assert (row["summary"], row["summary_claim"], row["confirmed_fact"]) == (POOL["p1"][0], PAIR[0], None)
    assert [bool(c and c["confirms"]) for c in row["cells"]].count(True) == 2
    # p1's first claim in the group is hedged; its cell shows the claim that confirms
    p1 = row["cells"][[a["id"] for a in story["articles"]].index("p1")]
    assert (p1["claim_id"], p1["modality"]) == (PAIR[0], "reported")
    line = next(b for b in story["briefing"] if b["kind"] == "confirmed")
    assert [c["confirms"] for c in line["citations"]] == [True, True]  # p3 tells another fact


def test_every_read_side_shows_the_group_by_one_claim(pair_client: TestClient, tmp_path: Path) -> None:
    """The dossier (so the report, the CSV and the Python API) and the web app show the group by one
    claim of its confirming pair (recoupe.claims.shown), not by the stored summary."""
    import csv
    import io

    from recoupe.api import Dossier
    from recoupe.report.dossier import build_dossier
    from recoupe.report.exports import to_csv
    from tests.report.confirming import SUMMARY

    with confirming_store(tmp_path / "agree.db") as s:
        (g,) = build_dossier(s)["claim_groups"]
        (api_group,) = Dossier(s).groups()
        (row_csv,) = csv.DictReader(io.StringIO(to_csv(build_dossier(s), "groups")))
    (row,) = pair_client.get("/api/stories/S1").json()["matrix"]
    shown = {g["summary"], api_group.summary, row_csv["summary"], row["summary"]}
    assert shown == {POOL["p1"][0]} and SUMMARY not in shown
    assert g["summary_claim"] == row["summary_claim"] == PAIR[0] and PAIR[0] in g["confirmed_by"]

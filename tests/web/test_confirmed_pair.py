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


def test_story_page_marks_the_confirming_cells_and_names_the_confirmed_fact(pair_client: TestClient) -> None:
    html = pair_client.get("/stories/S1").text
    matrix = re.search(r'<table class="matrix">.*?</table>', html, re.S).group(0)  # type: ignore[union-attr]
    marked = re.findall(r'<td class="cell (\w+) confirms"><a href="[^"]*#claim-([^"]+)" title="([^"]*?) — ', matrix)
    assert [(m, cid.replace("%3A", ":"), t) for m, cid, t in marked] == [
        ("reported", PAIR[0], CONFIRMS_HELP), ("reported", PAIR[1], CONFIRMS_HELP)]
    assert matrix.count("confirms") == 2
    assert f"#claim-{HEDGED[0].replace(':', '%3A')}" not in matrix and "cell conditional" not in matrix
    assert f'<div class="confirmed-fact meta">confirmed: {POOL["p1"][0]}</div>' in matrix
    briefing = html[html.index('id="briefing"'):html.index('id="timeline"')]
    assert briefing.count('class="cite confirms"') == 2 and briefing.count('class="cite"') == 1


def test_story_api_carries_the_pair(pair_client: TestClient) -> None:
    story = pair_client.get("/api/stories/S1").json()
    (row,) = story["matrix"]
    assert row["status"] == "confirmed" and row["confirmed_by"] == list(PAIR)
    assert row["confirmed_fact"] == POOL["p1"][0]
    assert [bool(c and c["confirms"]) for c in row["cells"]].count(True) == 2
    # p1's first claim in the group is hedged; its cell shows the claim that confirms
    p1 = row["cells"][[a["id"] for a in story["articles"]].index("p1")]
    assert (p1["claim_id"], p1["modality"]) == (PAIR[0], "reported")
    line = next(b for b in story["briefing"] if b["kind"] == "confirmed")
    assert [c["confirms"] for c in line["citations"]] == [True, True, False]

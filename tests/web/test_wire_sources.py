"""Every read side shows the count of independent sources the status reads: a hand-built story of three
English outlets telling one fact, two of them printing one wire story (their articles share long runs of
words). The status counts those two as one account; the dossier, its CSV, the Python API, report.html
and the web app (page and API) must show 2 sources, not 3 (no spaCy)."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from recoupe.brief import build_briefing
from recoupe.model import Article, ArticleAnalysis, Claim
from recoupe.storage import Store
from tests.web.conftest import TestClient

# an invented wire story that two outlets print, each with its own line on the barge
WIRE = " ".join((
    "A cargo barge lost power in the estuary early on Tuesday and drifted for two hours before tugs reached it.",
    "The barge carried gravel for a housing site on the north bank and had a crew of four on board.",
    "Harbour staff closed the channel to small boats while the tugs secured a line and towed it to the quay.",
    "Nobody was hurt, and the crew stayed on board throughout the tow, according to the harbour office.",
    "The same barge had a fault in its steering gear last spring and spent a month in the yard for repairs."))
# article -> (its text, the claim's text)
ARTICLES = {
    "w1": (WIRE + " Without power, the barge drifted for two hours.", "the barge drifted for two hours"),
    "w2": ("In the end the vessel was adrift for about two hours. " + WIRE,
           "the vessel was adrift for about two hours"),
    "own": ("Tugboat crews said a barge was adrift for two hours in fog on Tuesday morning. Residents watched "
            "from the promenade as it swung towards the moorings of the sailing club.",
            "a barge was adrift for two hours"),
}


def wire_store(path: str | Path) -> Store:
    s = Store.open(path)
    with s.transaction():
        for aid, (text, claim) in ARTICLES.items():
            s.add_article(Article(id=aid, origin=f"{aid}.txt", text=text, title=f"Barge {aid}", outlet=f"outlet {aid}",
                                  published=date(2024, 3, 5), language="en"), [(0, len(text))], analysed_by="test")
            start = text.index(claim)
            s.save_analysis(ArticleAnalysis(aid, claims=[Claim(
                id=f"{aid}:c1", article_id=aid, text=claim, sentence=text, start=start, end=start + len(claim),
                subject="", predicate="livrer", modality="asserted", language="en", group_id="G1")]))
            s.set_source(aid, aid, "")
        s.create_story("S1", "barge")
        for aid in ARTICLES:
            s.add_to_story("S1", aid, {"L:barge": 1.0}, date(2024, 3, 5))
        s.create_group("G1", "S1", "livrer", ARTICLES["own"][1], [])
    brief = build_briefing(s, "S1")
    with s.transaction():
        s.set_briefing("S1", brief)
    return s


@pytest.fixture(scope="module")
def wire_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    from recoupe.web.server import create_app

    path: Path = tmp_path_factory.mktemp("wire") / "wire.db"
    wire_store(path).close()
    with TestClient(create_app(path), raise_server_exceptions=False) as c:
        yield c


def test_every_read_side_counts_one_wire_text_once(wire_client: TestClient, tmp_path: Path) -> None:
    from recoupe.api import Dossier
    from recoupe.report.dossier import build_dossier
    from recoupe.report.exports import to_csv
    from recoupe.report.html import render_report

    with wire_store(tmp_path / "wire.db") as s:
        dossier = build_dossier(s)
        (api_group,) = Dossier(s).groups()
    (g,) = dossier["claim_groups"]
    assert (g["status"], g["independent_sources"], g["firm_sources"]) == ("confirmed", 2, 2)
    assert api_group.independent_sources == 2
    (row_csv,) = csv.DictReader(io.StringIO(to_csv(dossier, "groups")))
    assert row_csv["independent_sources"] == "2"
    report = render_report(dossier)
    # the matrix row: its status cell, then its independent sources
    assert re.findall(r'<span class="kind confirmed"[^>]*>[^<]*</span></td><td>(\d+)</td>', report) == ["2"]
    (row,) = wire_client.get("/api/stories/S1").json()["matrix"]
    assert (row["status"], row["independent_sources"], row["firm_sources"]) == ("confirmed", 2, 2)
    page = wire_client.get("/stories/S1").text
    assert re.findall(r'title="independent sources \(wire copies count once\)">(\d+) sources?<', page) == ["2"]

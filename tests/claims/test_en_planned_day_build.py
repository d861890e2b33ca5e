"""A Friday headline's "Ferry strike planned Saturday" tells the coming Saturday's strike, the day the other
outlets' "will strike on Saturday" gives it, through a real build: read as a past tense it dated the headline's
claim to the Saturday before (issue #13; the French side is falsecontra30's). Articles written for the tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.claims.helpers import build_outlet_stories

pytestmark = [pytest.mark.model]

FRIDAY = "2025-03-07"
COMING_SATURDAY = "2025-03-08"

STRIKE = {"strike": [
    ("hallow-post.example", "Ferry strike planned Saturday in Hallow. The ferry crews' union will strike on Saturday "
                            "at the port of Hallow, halting every crossing for the day.", FRIDAY),
    ("coast-news.example", "Hallow ferry crews to strike on Saturday. The ferry crews' union will strike on Saturday "
                           "at the port of Hallow, the union's secretary said.", FRIDAY),
    ("bay-times.example", "Ferry strike planned Saturday. Crews at the port of Hallow will strike on Saturday over "
                          "pay, their union said.", FRIDAY),
]}


def test_a_planned_headline_dates_the_coming_saturday(nlp: Any, tmp_path: Path) -> None:
    dossier = build_outlet_stories(nlp, tmp_path, STRIKE)
    dated = {c["text"]: c.get("time") for c in dossier["claims"] if "Saturday" in c["text"]}
    planned = [t for text, t in dated.items() if "planned Saturday" in text]
    assert len(planned) == 2
    assert set(dated.values()) == {COMING_SATURDAY}
    assert not [x for x in dossier["contradictions"] if x["kind"] == "date"]

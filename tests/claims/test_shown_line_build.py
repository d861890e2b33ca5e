"""A `confirmed` group's shown line says no more, or other, than the confirmed fact, through a real build (review
revbrief32, #13): a relative clause's antecedent keeps its hedge (« the suspected gunman »), and a negated cleft
(« It was not the mayor who … ») never lends its antecedent. Articles written for the tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.claims.helpers import build_outlet_stories

pytestmark = [pytest.mark.model]

HEDGED = {"hearing": [
    ("quai-matin.example", "Valbrune shooting: the inquiry widens. Police questioned the suspected gunman, who was "
                           "arrested on Tuesday in Lyon. The inquiry goes on."),
    ("cap-soir.example", "Valbrune shooting: a hearing in Lyon. A judge heard the suspected gunman, who was arrested "
                         "on Tuesday in Lyon. The inquiry goes on."),
]}

CLEFT = {"gym": [
    ("quai-matin.example", "Valbrune: parents are angry. It was not the Valbrune mayor who closed the Tilleuls gym on "
                           "Monday, but his deputy. Parents are worried."),
    ("cap-soir.example", "Valbrune: a heated meeting. Parents blamed the Valbrune deputy mayor, who closed the "
                         "Tilleuls gym on Monday. Parents are worried."),
]}


def _confirmed_lines(dossier: dict[str, Any], word: str) -> list[str]:
    return [g["summary"] for g in dossier["claim_groups"] if g["status"] == "confirmed" and word in g["summary"]]


def test_a_confirmed_antecedent_keeps_its_hedge(nlp: Any, tmp_path: Path) -> None:
    lines = _confirmed_lines(build_outlet_stories(nlp, tmp_path, HEDGED), "arrested")
    assert lines and all("suspected gunman" in t or t.startswith("who") for t in lines)


def test_a_negated_cleft_lends_no_antecedent(nlp: Any, tmp_path: Path) -> None:
    lines = _confirmed_lines(build_outlet_stories(nlp, tmp_path, CLEFT), "closed")
    assert all(t.startswith("who") or "deputy" in t for t in lines)

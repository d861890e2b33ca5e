"""A fragment that states no fact never makes a group `confirmed`, through a real build (issue #13, cut30):
two outlets' headlines each quoting a call « à suspendre les travaux du port » of two towns (two callers, two
ports) leave the same infinitive with no subject; it confirms nothing. The fact stated whole by two outlets,
a third quoting the call, stays `confirmed` and is shown by a whole claim; the call alone beside the deed
confirms nothing (fixcut30: an infinitive an urging verb governs is asked for, not done). Articles written for
the tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.claims.helpers import build_outlet_stories

pytestmark = [pytest.mark.model]

TWO_CALLS = {"calls": [
    ("quai-matin.example", "Brivelle : le maire appelle la préfète à « suspendre les travaux du port ». Les pêcheurs "
                           "de Brivelle craignent pour leurs bateaux. La préfète doit répondre vendredi."),
    ("cap-soir.example", "Orlac : la syndique appelle la ministre à « suspendre les travaux du port ». Les dockers "
                         "d'Orlac menacent de cesser le travail. La ministre ne s'est pas exprimée."),
]}

TOLD_WHOLE = {"suspended": [
    ("quai-matin.example", "Brivelle : la préfète suspend les travaux du port. Les pêcheurs de Brivelle sont "
                           "soulagés. Le chantier reprendra en mai."),
    ("cap-soir.example", "La préfète a suspendu mardi les travaux du port de Brivelle. Les pêcheurs craignaient "
                         "pour leurs bateaux."),
    ("rade-info.example", "Brivelle : le maire appelle la préfète à « suspendre les travaux du port ». Les pêcheurs "
                          "de Brivelle craignent pour leurs bateaux."),
]}


CALL_AND_DEED = {"call_and_deed": [
    ("quai-matin.example", "Brivelle : la préfète suspend le chantier. La préfète a suspendu mardi les travaux du port "
                           "de Brivelle. Les pêcheurs sont soulagés."),
    ("cap-soir.example", "Brivelle : le maire appelle la préfète à « suspendre les travaux du port ». Les pêcheurs de "
                         "Brivelle craignent pour leurs bateaux."),
]}


def _groups_of(dossier: dict[str, Any], verb: str) -> list[tuple[dict[str, Any], list[dict[str, Any]]]]:
    claims = {c["id"]: c for c in dossier["claims"]}
    return [(g, [claims[c] for c in g["claims"]]) for g in dossier["claim_groups"]
            if any(claims[c]["predicate"] == verb for c in g["claims"])]


def test_two_outlets_bare_infinitives_of_two_calls_confirm_nothing(nlp: Any, tmp_path: Path) -> None:
    dossier = build_outlet_stories(nlp, tmp_path, TWO_CALLS)
    groups = _groups_of(dossier, "suspendre")
    # the build reads each headline's call as a bare infinitive: the case this test is about
    assert any(not c["subject"] and c["text"].startswith("à") for _, cs in groups for c in cs)
    assert groups and all(g["status"] != "confirmed" for g, _ in groups)


def test_the_fact_told_whole_by_two_outlets_stays_confirmed_shown_whole(nlp: Any, tmp_path: Path) -> None:
    dossier = build_outlet_stories(nlp, tmp_path, TOLD_WHOLE)
    confirmed = [(g, cs) for g, cs in _groups_of(dossier, "suspendre") if g["status"] == "confirmed"]
    assert len(confirmed) == 1
    group, members = confirmed[0]
    shown = next(c for c in members if c["id"] == group["summary_claim"])
    assert shown["subject"] and not shown["text"].startswith("à")


def test_a_call_to_act_does_not_confirm_the_act_told_done(nlp: Any, tmp_path: Path) -> None:
    """One outlet tells the deed, the other a mayor's call for it: the call's infinitive is asked for, no deed
    of anyone, and the deed stands on one source."""
    dossier = build_outlet_stories(nlp, tmp_path, CALL_AND_DEED)
    groups = _groups_of(dossier, "suspendre")
    assert any(not c["subject"] and c["text"].startswith("à") for _, cs in groups for c in cs)
    assert groups and all(g["status"] != "confirmed" for g, _ in groups)

"""An infinitive's missing subject is not the name its sentence opens on, through a real build (issue #13,
review revfixcut30): « Le maire d'Orlac, qui a détourné des fonds publics, a démissionné » and « Le maire
d'Orlac accuse son adjoint d'avoir détourné des fonds publics » tell two people's deeds (the accused is the
deputy): they confirm nothing together. Articles written for the tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.claims.helpers import build_outlet_stories

pytestmark = [pytest.mark.model]

ACCUSED = {"accused": [
    ("quai-matin.example", "Orlac : coup de théâtre. Le maire d'Orlac, qui a détourné des fonds publics, a "
                           "démissionné mardi. Une enquête est ouverte.", "2025-08-14"),
    ("cap-soir.example", "Orlac : la crise s'aggrave. Le maire d'Orlac accuse son adjoint d'avoir détourné des "
                         "fonds publics. Une enquête est ouverte.", "2025-08-14"),
]}


def test_an_accusation_of_another_confirms_no_deed(nlp: Any, tmp_path: Path) -> None:
    dossier = build_outlet_stories(nlp, tmp_path, ACCUSED)
    article_of = {c["id"]: c["article"] for c in dossier["claims"]}
    diverted = {c["id"] for c in dossier["claims"] if "détourné" in c["text"]}
    both = [g for g in dossier["claim_groups"] if g["status"] == "confirmed" and set(g["claims"]) & diverted
            and len({article_of[c] for c in g["claims"]}) == 2]
    assert not both, [(g["status"], g["claims"]) for g in dossier["claim_groups"]]

"""A Friday headline's « 40 hectares brûlés samedi » tells last Saturday's fire, the one two outlets dated on
the Sunday after it: read as the coming Saturday it gave a false `date` contradiction (issue #13, review
revstories30). Articles written for the tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.claims.helpers import build_outlet_stories

pytestmark = [pytest.mark.model]

FIRST = [
    ("outlet-d.example", "Aveyron : un incendie a brûlé 100 hectares à Saint-Affrique. Un incendie a brûlé 100 "
                         "hectares de pins samedi à Saint-Affrique, dans l'Aveyron. Plus de 200 sapeurs-pompiers "
                         "luttent contre les flammes.", "2026-08-02"),
    ("outlet-e.example", "Saint-Affrique : 100 hectares brûlés samedi. Samedi, le feu a brûlé 100 hectares de pins à "
                         "Saint-Affrique, dans l'Aveyron, selon la préfecture. Plus de 200 sapeurs-pompiers luttent "
                         "contre les flammes.", "2026-08-02"),
]


def test_a_friday_headline_participle_dates_last_saturday(nlp: Any, tmp_path: Path) -> None:
    dossier = build_outlet_stories(nlp, tmp_path, {"fire": [*FIRST, (
        "outlet-f.example", "Saint-Affrique : 100 hectares brûlés samedi, la piste criminelle privilégiée. L'incendie "
                            "de samedi, qui a brûlé 100 hectares de pins à Saint-Affrique, dans l'Aveyron, serait "
                            "d'origine criminelle, selon le parquet. Plus de 200 sapeurs-pompiers avaient lutté contre "
                            "les flammes.", "2026-08-07")]})
    assert not [x for x in dossier["contradictions"] if x["kind"] == "date"]


def test_a_friday_announcement_of_saturday_contradicts_no_sunday_account(nlp: Any, tmp_path: Path) -> None:
    # « déployés samedi » in a Friday announcement is the coming Saturday, the day the Sunday outlets tell: a
    # bare participle of no deed is not forced past (review revfalsecontra31)
    sunday = "2026-08-09"
    dossier = build_outlet_stories(nlp, tmp_path, {"police": [
        ("outlet-d.example", "Vallombre : 1 200 policiers déployés pour le défilé. La préfecture a déployé 1 200 "
                             "policiers samedi à Vallombre pour le défilé des viticulteurs.", sunday),
        ("outlet-e.example", "Défilé des viticulteurs : 1 200 policiers à Vallombre. Samedi, la préfecture a déployé "
                             "1 200 policiers à Vallombre pour le défilé des viticulteurs.", sunday),
        ("outlet-f.example", "Vallombre : 1 200 policiers et gendarmes déployés samedi pour le défilé des "
                             "viticulteurs. La préfecture a détaillé vendredi son dispositif de sécurité.",
         "2026-08-07")]})
    assert not [x for x in dossier["contradictions"] if x["kind"] == "date"]

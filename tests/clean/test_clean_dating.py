from __future__ import annotations

from datetime import date

import pytest

from recoupe.clean.dating import infer_published

TODAY = date(2026, 11, 23)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le syndicat a appelé à la grève, jeudi 7 mars. En 2023, un mouvement similaire avait échoué.", date(2024, 3, 7)),
        ("La réunion s'est tenue mardi 12 septembre, après celle de 2022.", date(2023, 9, 12)),
        ("Lundi 1er juillet, le parlement a voté. Le texte de 2018 est abrogé.", date(2019, 7, 1)),
        ("Samedi 3 février et dimanche 4 février, le salon a accueilli 2 000 visiteurs depuis 2023.", date(2024, 2, 4)),
    ],
)
def test_clean_dateline_weekday_pins_the_year(text: str, expected: date) -> None:
    assert infer_published(text, today=TODAY) == expected


def test_clean_no_dateline_no_inference() -> None:
    assert infer_published("Le conseil a voté le budget en 2021 après un long débat.", today=TODAY) is None


def test_clean_inference_never_returns_a_future_date() -> None:
    d = infer_published("Lundi 30 novembre, la décision tombera.", today=TODAY)
    assert d is None or d <= TODAY

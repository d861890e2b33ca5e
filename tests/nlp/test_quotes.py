from __future__ import annotations

import pytest

from recoupe.nlp.quotes import find_quote_spans


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("Il a dit « nous partirons demain » hier.", ["nous partirons demain"]),
        ("Elle a parlé d'un “moment historique”.", ["moment historique"]),
        ('Il a appelé à " cesser " les combats.', ["cesser"]),
        ('Le texte évoque des "sujets sensibles" et « des progrès ».', ["sujets sensibles", "des progrès"]),
    ],
)
def test_quotes_spans_without_marks(text: str, quoted: list[str]) -> None:
    assert [text[s:e] for s, e in find_quote_spans(text)] == quoted


def test_quotes_unbalanced_marks_do_not_crash() -> None:
    assert find_quote_spans("« début sans fin") == []


@pytest.mark.model
def test_quotes_speaker_from_inverted_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("« Nous ne lâcherons rien », a déclaré la secrétaire générale du syndicat, Sophie Martin.")
    q = doc._.quotes[0]
    assert q.text == "Nous ne lâcherons rien"
    assert "Sophie Martin" in q.speaker and q.cue == "déclarer"


@pytest.mark.model
def test_quotes_speaker_from_colon_frame(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp('Le maire a commenté : "La ville sortira plus forte de cette épreuve."')
    assert doc._.quotes[0].speaker.endswith("maire")

from __future__ import annotations

from datetime import date

import pytest

from recoupe.clean.dating import infer_published

TODAY = date(2026, 11, 23)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le syndicat a appelé à la grève, jeudi 7 mars. En 2023, un mouvement similaire avait échoué.",
         date(2024, 3, 7)),
        ("La réunion s'est tenue mardi 12 septembre, après celle de 2022.", date(2023, 9, 12)),
        ("Lundi 1er juillet, le parlement a voté. Le texte de 2018 est abrogé.", date(2019, 7, 1)),
        ("Samedi 3 février et dimanche 4 février, le salon a accueilli 2 000 visiteurs depuis 2023.", date(2024, 2, 4)),
    ],
)
def test_clean_dateline_weekday_pins_the_year(text: str, expected: date) -> None:
    assert infer_published(text, today=TODAY) == expected


def test_clean_dateline_without_any_year_is_the_most_recent_match() -> None:
    # the weekday fits 1998, 2009, 2015, 2020 and 2026: a stream read in 2026 means 2026
    assert infer_published("Canicule et incendies : le bilan du vendredi 14 août", today=TODAY) == date(2026, 8, 14)
    assert infer_published("Le bilan du jeudi 13 août", today=TODAY) == date(2026, 8, 13)


def test_clean_a_year_recalled_is_a_floor_not_the_date() -> None:
    # the weekday fits 1998, 2009, 2015, 2020 and 2026: a flood of 1994 recalled does not make the
    # report one of 1998 (the first match after it), years away from the other reports of its story
    text = "Jeudi 20 août, la mairie a rouvert le pont que la crue de 1994 avait emporté."
    assert infer_published(text, today=TODAY) == date(2026, 8, 20)
    # a report that names its own year keeps it, read years later (Thursday 20 August: 2020 too)
    assert infer_published("Jeudi 20 août, la revue de la saison 2020 a paru.", today=TODAY) == date(2020, 8, 20)


def test_clean_no_dateline_no_inference() -> None:
    assert infer_published("Le conseil a voté le budget en 2021 après un long débat.", today=TODAY) is None


def test_clean_inference_never_returns_a_future_date() -> None:
    d = infer_published("Lundi 30 novembre, la décision tombera.", today=TODAY)
    assert d is None or d <= TODAY


def test_clean_stream_record_keeps_headline_and_lead() -> None:
    from recoupe.clean import clean
    from recoupe.model import Article, RawDocument

    doc = RawDocument(origin="news.json#3", fmt="json", raw=b"{}",
                      fields={"title": "Incendie dans les Landes : 1 300 hectares brûlés", "text": ""})
    art = clean(doc)
    assert isinstance(art, Article) and art.text.startswith("Incendie dans les Landes")
    doc2 = RawDocument(origin="news.json#4", fmt="json", raw=b"{}",
                       fields={"title": "Canicule", "text": "Vigilance orange dans 83 départements samedi."})
    art2 = clean(doc2)
    assert isinstance(art2, Article) and art2.text == "Canicule\n\nVigilance orange dans 83 départements samedi."


def test_clean_stream_record_keeps_its_paragraph_breaks() -> None:
    # a headline line with no stop, then the lead: run together they read as one sentence
    from recoupe.clean import clean
    from recoupe.model import Article, RawDocument

    text = "Crue de la Loire : 12 communes évacuées\n\nLes pompiers ont évacué  les berges lundi.\n"
    doc = RawDocument(origin="batch.jsonl#2", fmt="jsonl", raw=b"{}",
                      fields={"title": "Crue de la Loire : 12 communes évacuées", "text": text})
    art = clean(doc)
    assert isinstance(art, Article)
    assert art.text == "Crue de la Loire : 12 communes évacuées\n\nLes pompiers ont évacué les berges lundi."


def test_clean_record_whose_only_paragraph_quotes_a_welcome_is_kept() -> None:
    # reader-directed phrases (« welcome to », « bienvenue sur ») trim a page's tail; a record whose
    # one paragraph of prose quotes one was rejected whole (E012, nothing left)
    from recoupe.clean import clean
    from recoupe.model import Article, RawDocument

    text = ("Mayor opens new harbour bridge. The mayor of Porthaven opened the new bridge on Tuesday after "
            "three years of works, saying it would halve commuting times. \"Welcome to the new Porthaven,\" "
            "she told a crowd of about 2,000 residents at the northern ramp. The bridge cost 140 million "
            "dollars, twice the first estimate.")
    doc = RawDocument(origin="batch.jsonl#7", fmt="jsonl", raw=b"{}", fields={"text": text, "title": ""})
    art = clean(doc)
    assert isinstance(art, Article) and "Welcome to the new Porthaven" in art.text

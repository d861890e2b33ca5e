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


def test_quotes_speaker_is_the_sentence_subject_before_the_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    from recoupe.model import Article
    from recoupe.nlp.extract import analyse

    text = ("« Le sel est l'ennemi », rappelle Paul Girard, diététicien.\n\n"
            "Concernant le sucre, Claire Morel est quant à elle plus nuancée : « un peu de sucre ne nuit pas ».")
    an = analyse(nlp(text), Article(id="t", origin="t", text=text))
    assert [q.speaker for q in an.quotes] == ["Paul Girard", "Claire Morel"]


def test_quotes_pronoun_is_the_person_the_sentence_was_about(nlp) -> None:  # type: ignore[no-untyped-def]
    from recoupe.model import Article
    from recoupe.nlp.extract import analyse

    text = ("Antoine Faure, toxicologue, a participé à l'expertise des travaux de Gilles Sarrot, aujourd'hui "
            "rejetés. Il poursuit : « Ces études ont été bâties pour répondre à une autre question. »")
    an = analyse(nlp(text), Article(id="t", origin="t", text=text))
    assert an.quotes and an.quotes[0].speaker == "Antoine Faure"


def test_quotes_a_subject_without_colon_is_only_spoken_of(nlp) -> None:  # type: ignore[no-untyped-def]
    from recoupe.model import Article
    from recoupe.nlp.extract import analyse

    text = ("Le cuisinier Marc Lenoir se souvient de ses patrons, raconte-t-il.\n\n"
            "Paul Durand avait certes « un appétit un peu plus développé ».")
    an = analyse(nlp(text), Article(id="t", origin="t", text=text))
    assert an.quotes and an.quotes[0].speaker != "Paul Durand"


def test_quotes_term_after_a_demonstrative_is_no_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Les médecins font valoir que les cliniques n'ont pas obtenu ce \"droit d'accès\" auprès des hôpitaux."
    assert not [q for q in nlp(text)._.quotes if q.text == "droit d'accès"]
    text = "Les médecins font valoir que les cliniques « n'ont pas obtenu ce droit » auprès des hôpitaux."
    assert [q for q in nlp(text)._.quotes if q.text.startswith("n'ont pas")]


def test_quotes_a_claim_in_a_quote_without_speaker_is_not_the_outlets_voice(nlp) -> None:  # type: ignore[no-untyped-def]
    from recoupe.model import Article
    from recoupe.nlp.extract import analyse

    text = "Procès du braquage : « J'ai vidé le coffre ». Le gardien du musée reste en détention."
    an = analyse(nlp(text), Article(id="t", origin="t", text=text))
    quoted = [c for c in an.claims if "coffre" in c.text]
    assert quoted and all(c.modality == "reported" for c in quoted)

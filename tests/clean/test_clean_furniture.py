"""Plain-text cleaning: furniture lines out (listed exactly in removed_lines), body, title, byline kept."""

from __future__ import annotations

from datetime import date

import pytest

from recoupe.clean import clean
from recoupe.clean.furniture import line_signal
from recoupe.model import Article, RawDocument

P1 = ("Le conseil municipal a voté mardi soir la rénovation complète de la médiathèque, un chantier "
      "estimé à 4,2 millions d’euros qui doit débuter au printemps prochain, a indiqué la mairie.")
P2 = ("Selon l’adjointe à la culture, les travaux dureront dix-huit mois et le bâtiment restera "
      "partiellement ouvert au public pendant toute la durée du chantier.")
P3 = ("L’opposition a dénoncé un projet « mal ficelé » et réclame une consultation des habitants avant "
      "le lancement des appels d’offres, prévu en janvier.")
P4 = ("Le maire a répondu que le calendrier ne serait pas modifié et que la concertation avait déjà eu "
      "lieu lors des réunions de quartier de l’automne dernier.")

PAGE = f"""3 min de lecture
Culture
La médiathèque sera rénovée pour 4,2 millions d’euros
Par Claire Martin
Publié le 12 mars 2024 à 18h05, mis à jour le 13 mars 2024 à 09h12

La façade de la médiathèque, en février.
Crédit photo : Jean Durand / Agence

{P1}

Inscrivez-vous à notre newsletter quotidienne

{P2}
À lire aussi : Budget 2024, les grandes lignes adoptées

Un calendrier contesté

{P3}

{P4}

Partager
Mots-clés : culture, médiathèque, travaux
Ne manquez rien de l’actualité en activant les notifications.
©
04:12
"""


def _clean(text: str, **kw: object) -> Article:
    result = clean(RawDocument(origin="page.txt", fmt="text", raw=text.encode("utf-8")), **kw)  # type: ignore[arg-type]
    assert isinstance(result, Article), result
    return result


def test_clean_text_removes_furniture_and_keeps_body() -> None:
    art = _clean(PAGE)
    assert art.text == "\n\n".join([P1, P2, "Un calendrier contesté", P3, P4])
    assert art.title == "La médiathèque sera rénovée pour 4,2 millions d’euros"
    assert art.byline == "Claire Martin"
    assert art.removed_lines == [
        "3 min de lecture",
        "Culture",
        "Publié le 12 mars 2024 à 18h05, mis à jour le 13 mars 2024 à 09h12",
        "La façade de la médiathèque, en février.",
        "Crédit photo : Jean Durand / Agence",
        "Inscrivez-vous à notre newsletter quotidienne",
        "À lire aussi : Budget 2024, les grandes lignes adoptées",
        "Partager",
        "Mots-clés : culture, médiathèque, travaux",
        "Ne manquez rien de l’actualité en activant les notifications.",
        "©",
        "04:12",
    ]
    assert art.published == date(2024, 3, 12) and art.published_source == "text"
    assert art.language == "fr"


def test_clean_text_starting_with_a_paragraph_has_no_title() -> None:
    art = _clean(f"{P1}\n{P2}\n{P3}\n")
    assert art.title == "" and art.text == "\n\n".join([P1, P2, P3]) and art.removed_lines == []


def test_clean_text_tail_after_last_body_is_furniture() -> None:
    tail = [
        "La rédaction vous recommande",
        "Trois idées de sorties pour le week-end",
        "Recevez chaque matin l’essentiel de l’actualité dans votre boîte mail.",
        "Bienvenue sur notre site",
        ("Cliquez sur « Autoriser » pour recevoir nos alertes. Vous pourrez modifier vos préférences à tout "
         "moment dans les paramètres de votre navigateur, rubrique notifications de votre appareil."),
        "Je crée mon compte",
    ]
    art = _clean("\n\n".join([P1, P2, *tail]))
    assert art.text == f"{P1}\n\n{P2}"
    assert art.removed_lines == tail


def test_clean_text_author_bio_block_at_the_end() -> None:
    bio = [
        "Publié initialement par la revue Territoires.",
        "Claire Martin vit à Lyon depuis 2010 et travaille pour plusieurs titres de la presse régionale.",
        "Elle est diplômée de l’école de journalisme de Lille.",
    ]
    art = _clean("\n".join([P1, P2, P3, *bio]))
    assert art.text == "\n\n".join([P1, P2, P3])
    assert art.removed_lines == bio


def test_clean_text_bio_sentences_without_marker() -> None:
    bio = "Jane Doe is a senior correspondent based in Nairobi and has reported on East Africa since 2015."
    art = _clean("\n".join([P1, P2, bio]))
    assert art.removed_lines == [bio]


@pytest.mark.parametrize(
    "line,byline",
    [
        ("Par Jean-Pierre Dupont", "Jean-Pierre Dupont"),
        ("Jean Dupont & AFP", "Jean Dupont & AFP"),
        ("Marie Curie, avec AFP", "Marie Curie, avec AFP"),
        ("avec AFP", "avec AFP"),
        ("By Jane Doe and John Roe", "Jane Doe and John Roe"),
    ],
)
def test_clean_text_byline_detection(line: str, byline: str) -> None:
    art = _clean(f"Un titre assez long pour un article\n{line}\n{P1}\n{P2}")
    assert art.byline == byline and line not in art.removed_lines and art.text == f"{P1}\n\n{P2}"


def test_clean_text_byline_at_the_end() -> None:
    art = _clean(f"{P1}\n\n{P2}\n\nPaul Durand, avec AFP")
    assert art.byline == "Paul Durand, avec AFP" and art.removed_lines == []


def test_clean_text_caption_and_repeated_lines() -> None:
    text = "\n".join(["Monde", "Un titre assez long pour un article", "Monde", P1,
                      "Le maire lors du conseil municipal, mardi.", "Photo : Studio X", P2, P3])
    art = _clean(text)
    assert art.title == "Un titre assez long pour un article"
    assert art.removed_lines == ["Monde", "Monde", "Le maire lors du conseil municipal, mardi.", "Photo : Studio X"]


def test_clean_text_hard_wrapped_prompt_is_one_unit() -> None:
    text = "\n".join([P1, "If you want to subscribe to our weekly newsletter, please enter", "your e-mail", P2])
    art = _clean(text)
    assert art.text == f"{P1}\n\n{P2}"
    assert art.removed_lines == ["If you want to subscribe to our weekly newsletter, please enter", "your e-mail"]


def test_clean_text_short_isolated_line_is_not_kept() -> None:
    art = _clean("\n".join([P1, P2, "Vidéo du jour : les coulisses", "/", P3]))
    assert "Vidéo du jour : les coulisses" in art.removed_lines and "/" in art.removed_lines


def test_clean_text_too_short_is_e012() -> None:
    result = clean(RawDocument(origin="x.txt", fmt="text", raw="Partager\nTrès court.\n".encode()))
    assert not isinstance(result, Article) and result.code == "E012"


@pytest.mark.parametrize(
    "line,signal",
    [
        ("5 min de lecture", "reading-time"),
        ("Temps de lecture : 4 min", "reading-time"),
        ("3 min read", "reading-time"),
        ("Crédits : Studio / Agence", "credit"),
        ("Image source: Reuters", "credit"),
        ("© Tous droits réservés", "credit"),
        ("01:02:03", "timestamp"),
        ("Il y a 3 heures", "timestamp"),
        ("Je m’abonne", "newsletter"),
        ("Sign up for our daily briefing", "newsletter"),
        ("Accepter et fermer", "cookie"),
        ("Se connecter", "account"),
        ("Partager sur Facebook", "share"),
        ("Suivez-nous sur Instagram", "follow"),
        ("12 commentaires", "comment"),
        ("Lire aussi", "read-also"),
        ("Sur le même sujet", "read-also"),
        ("Read more: The latest on the talks", "read-also"),
        ("Tags: economy, trade", "keywords"),
        ("En direct", "live-label"),
        ("Publicité", "advert"),
        ("Mis à jour le 3 janvier 2024 à 10h", "published"),
        ("Il vous reste 75% de cet article à lire", "paywall"),
        ("***", "symbol"),
    ],
)
def test_clean_lexicon_lines_are_furniture(line: str, signal: str) -> None:
    assert line_signal(line) == signal


@pytest.mark.parametrize(
    "line",
    [P1, P2, "Twitter, racheté par Elon Musk en 2022, a perdu une partie de ses annonceurs depuis.",
     "Publié en 1995, le rapport a servi de base à toutes les réformes suivantes du secteur.",
     "Le journal compte désormais 500 000 abonnés, selon sa direction.",
     "Les cookies de Noël de la boulangerie ont été vendus en deux heures samedi."],
)
def test_clean_lexicon_body_sentences_are_not_furniture(line: str) -> None:
    assert line_signal(line) is None


def test_clean_text_too_short_names_what_was_set_aside() -> None:
    # a one-word file: the word is read as furniture; the rejection says so instead of « 0 characters » alone
    result = clean(RawDocument(origin="x.txt", fmt="text", raw=b"brouillon\n"))
    assert not isinstance(result, Article) and result.code == "E012"
    assert "« brouillon »" in result.reason and "set aside" in result.reason

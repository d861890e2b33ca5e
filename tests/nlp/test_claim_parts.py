"""Juxtaposed facts in one clause are claims of their own (sentences written for the tests)."""

from __future__ import annotations

import pytest

from tests.nlp.helpers import claim_texts as _texts

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "expected"), [
    ("Tempête dans le Finistère : 40 arbres arrachés, un marin blessé, un village privé d'électricité",
     ["Tempête dans le Finistère : 40 arbres arrachés", "un marin blessé", "un village privé d'électricité"]),
    ("Une crue a inondé 300 caves à Nevers, deux écoles fermées",
     ["Une crue a inondé 300 caves à Nevers", "deux écoles fermées"]),
    ("Trois départements du Centre maintenus en vigilance rouge mardi, le Cher en alerte mercredi",
     ["Trois départements du Centre maintenus en vigilance rouge mardi", "le Cher en alerte mercredi"]),
])
def test_each_part_of_a_headline_enumeration_is_a_claim(nlp, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _texts(nlp, text) == expected


def test_a_part_carries_its_own_predicate_and_time_words(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Trois départements du Centre maintenus en vigilance rouge mardi, le Cher en alerte mercredi")
    last = max(doc._.claims, key=lambda c: c.start)
    assert last.predicate == "alerte" and doc[last.start:last.end].text.endswith("mercredi")


@pytest.mark.parametrize("text", [
    # an apposition before the finite verb describes its subject
    "Le chauffeur, un homme âgé de 52 ans, a été placé en garde à vue jeudi.",
    # a list of actors sharing one predicate
    "Le Cher, l'Indre et le Loiret en vigilance orange mardi",
    # an apposition whose participle describes another noun deeper in it
    "Paris veut renforcer ses liens avec Rome, l'un de ses partenaires et aussi l'un des rares pays à soutenir "
    "la réforme adoptée par Bruxelles.",
    # « en juillet » is a date, not a state
    "412 accidents en un mois, une hausse de 3 % en juillet",
])
def test_no_split_of_appositions_lists_or_dates(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    texts = _texts(nlp, text)
    assert not any(t.startswith(("un homme", "l'Indre", "l'un", "une hausse")) for t in texts), texts


@pytest.mark.parametrize(("text", "expected"), [
    # a participle statement before a clause with its own subject
    ("Des centaines de colis piégés saisis à Lille, les douanes appellent à la vigilance",
     ["Des centaines de colis piégés saisis à Lille", "les douanes appellent à la vigilance"]),
    # « et » between the clause's verb and another count with its participle
    ("Plus de 40 maisons ont été inondées et 200 habitants évacués",
     ["Plus de 40 maisons ont été inondées", "200 habitants évacués"]),
    # an absolute clause: its own subject and present participle
    ("Son procès s'ouvrira le 3 mars, la défense réclamant un report",
     ["Son procès s'ouvrira le 3 mars", "la défense réclamant un report"]),
])
def test_parts_with_their_own_subject_are_claims(nlp, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _texts(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "Mardi 3 mars, le porte-parole a annoncé le départ du ministre.",
    "En retour, le pays recevra des matières premières.",
])
def test_fronted_adverbials_stay_in_their_clause(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert len(_texts(nlp, text)) == 1


@pytest.mark.parametrize(("text", "planned"), [
    ("La ministre se rend samedi 12 septembre à Brest.", True),  # written before that Saturday
    ("La ministre s'est rendue samedi 12 septembre à Brest.", False),
    ("La ministre se rend samedi 5 septembre à Brest.", False),  # a day already past: the historic present
    # a month or a year to come names what the act is for, not when it happens
    ("La ministre se rend à Brest pour le salon de novembre.", False),
    ("La ministre se rend à Brest en vue de l'élection de 2027.", False),
])
def test_the_present_of_a_date_to_come_is_a_plan(nlp, text: str, planned: bool) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from recoupe.model import Article
    from recoupe.nlp.extract import analyse
    from recoupe.nlp.pipeline import parse_with_context

    day = date(2026, 9, 8)
    article = Article(id="a", origin="a", text=text, published=day, language="fr")
    ((doc, ctx),) = parse_with_context(nlp, [(text, day, article)])
    claims = analyse(doc, ctx).claims
    assert [c.planned for c in claims if c.predicate == "rendre"] == [planned]


def test_a_verbless_headline_dated_to_come_is_a_plan(nlp) -> None:  # type: ignore[no-untyped-def]
    """« Le Finistère en vigilance orange samedi », written before that Saturday: a plan (an
    announced state), not a deed; the same headline for a day already past is not."""
    from datetime import date

    from recoupe.model import Article
    from recoupe.nlp.extract import analyse
    from recoupe.nlp.pipeline import parse_with_context

    day = date(2026, 9, 8)
    planned = {}
    for text in ("Le Finistère en vigilance orange samedi 12 septembre",
                 "Le Finistère en vigilance orange samedi 5 septembre"):
        article = Article(id="a", origin="a", text=text, published=day, language="fr")
        ((doc, ctx),) = parse_with_context(nlp, [(text, day, article)])
        planned[text[-12:]] = [c.planned for c in analyse(doc, ctx).claims]
    assert planned == {"12 septembre": [True], " 5 septembre": [False]}


@pytest.mark.parametrize(("text", "predicate"), [
    ("Crue de la Loire : les riverains évacués autorisés à regagner leur domicile", "autoriser"),
    ("Incendie en Corse : les touristes évacués relogés dans un gymnase", "reloger"),
])
def test_a_participle_after_a_participle_states_the_headline(nlp, text: str, predicate: str) -> None:  # type: ignore[no-untyped-def]
    """« les riverains évacués autorisés à regagner leur domicile »: the first participle describes the noun, the
    second is what the headline tells (the return, not a second evacuation)."""
    assert [c.predicate for c in nlp(text)._.claims] == [predicate]


@pytest.mark.parametrize(("text", "predicates"), [
    ("Le parc de Vincennes rouvre après la tempête : 70 % des allées accessibles, les bois abattus interdits",
     ["rouvrir", "interdire"]),
])
def test_a_participle_after_a_participle_states_a_headline_part(nlp, text: str, predicates: list[str]) -> None:  # type: ignore[no-untyped-def]
    """The same in a juxtaposed part of a headline: « les bois abattus interdits » tells the closure (of the
    felled woods), not a felling that other accounts of the storm would group with."""
    assert [c.predicate for c in sorted(nlp(text)._.claims, key=lambda c: c.start)] == predicates


@pytest.mark.parametrize(("text", "expected"), [
    ("Blessé au genou, le joueur manquera le match contre Nantes.",
     ["Blessé au genou", "le joueur manquera le match contre Nantes"]),
    ("Condamné mardi à onze ans de réclusion, l'ancien maire a fait appel.",
     ["Condamné mardi à onze ans de réclusion", "l'ancien maire a fait appel"]),
    ("Arrivé en tête, le candidat a remporté le scrutin.", ["Arrivé en tête", "le candidat a remporté le scrutin"]),
])
def test_an_opening_participle_is_a_fact_of_its_own(nlp, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    """A past participle that opens the sentence before a comma tells a fact of the clause's subject (the
    conviction is not the appeal): a claim of its own, whose subject is the clause's."""
    doc = nlp(text)
    claims = sorted(doc._.claims, key=lambda c: c.start)
    assert [doc[c.start:c.end].text for c in claims] == expected
    assert doc[claims[0].subject[0]:claims[0].subject[1]].text == doc[claims[1].subject[0]:claims[1].subject[1]].text


def test_an_opening_participle_is_not_what_a_denial_rejects(nlp) -> None:  # type: ignore[no-untyped-def]
    """« Accusé de favoritisme par son rival, le maire a démenti »: the accusation is told in the article's voice."""
    doc = nlp("Accusé de favoritisme par son rival, le maire a démenti ces accusations.")
    assert [c.modality for c in sorted(doc._.claims, key=lambda c: c.start)] == ["asserted", "denied"]


@pytest.mark.parametrize("text", [
    "Le stade, rénové en 2019, accueillera la finale dimanche.",  # after a comma: stays in its clause
    "Dès lundi, informés par la mairie, les habitants ont quitté leurs maisons.",  # it does not open the sentence
    "Très attendu, le rapport sera publié lundi.",  # a quality (an adverb of degree), not an event
])
def test_participles_after_a_comma_stay_in_their_clause(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert len(nlp(text)._.claims) == 1


def test_an_opening_participle_that_frames_a_statement_is_no_fact(nlp) -> None:  # type: ignore[no-untyped-def]
    """« Interrogé sur la grève, le ministre a répondu que ... »: the question is the frame of the answer."""
    assert "Interrogé sur la grève" not in _texts(
        nlp, "Interrogé sur la grève, le ministre a répondu que le dialogue restait ouvert.")

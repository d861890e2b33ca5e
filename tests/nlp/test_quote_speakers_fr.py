"""French quote speakers (issue 14, second RSS speaker gold): incises and their source phrases,
« faire part de », plural clitics, headline forms and the lead's person nouns. Sentences of our own."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _speakers(nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    from recoupe.model import Article
    from recoupe.nlp.extract import analyse

    return [q.speaker for q in analyse(nlp(text), Article(id="t", origin="t", text=text)).quotes]


@pytest.mark.parametrize(("text", "speaker"), [
    # a time phrase with a demonstrative between the verb and its subject
    ("« Le chantier reprendra lundi », a précisé ce jeudi la directrice des travaux.", "directrice des travaux"),
    # a relative « où » ends the source phrase
    ("« Le tournoi aura bien lieu », ont assuré les autorités du canton où se tient la compétition.",
     "autorités du canton"),
    # a role speaking to another role: the addressee is not the source
    ("« Les classes rouvriront lundi », promet la ministre au maire de la commune.", "ministre"),
    # an incise right after the quotation beats the subject of its opening verb
    ("Le nouveau tarif « va décourager les familles », déplore la directrice, Anne Petit.", "Anne Petit"),
    # « faire part de », « faire état de »: what the subject makes known
    ("Le syndicat a fait part de sa « profonde inquiétude » face au projet.", "syndicat"),
    ("Des habitants font état de « tirs nourris » dans la nuit.", "habitants"),
    # a plural auxiliary before a clitic printed without its « s »
    ("Les élèves du lycée de Brest ont planté un verger mardi. « Les premiers fruits arriveront dans trois ans », "
     "ont-il expliqué.", "élèves du lycée de Brest"),
])
def test_quote_speakers_incise_source(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(nlp, text) == [speaker]


def test_quote_speakers_incise_after_an_exclamation(nlp) -> None:  # type: ignore[no-untyped-def]
    # the parser ends a sentence inside the quotation: the incise after its closing mark still speaks it
    doc = nlp("Rugby : “La mêlée sera notre arme cette saison !”, souligne Paul Girard.")
    assert [q.speaker for q in doc._.quotes] == ["Paul Girard"]


@pytest.mark.parametrize("text", [
    # a bare past participle in -u is no incise (« lundi dernier » is no subject)
    "La ministre a défendu le « pacte pour l'école », conclu lundi dernier avec les syndicats, « un texte équilibré ».",
    # the object of « accuser » and its « de » complement are no inverted subject
    "La romancière – qui publie un nouveau livre cette semaine – accuse son éditeur de « censurer ses textes ».",
    # after the medium, the verb's object is no inverted subject
    "Le pilote Marc Leroy, alias Flash, explique sur RTL les dangers des circuits de campagne.",
])
def test_attribution_no_false_incise(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    assert not [f for f in doc._.frames if f.kind == "inverted"]


@pytest.mark.parametrize(("text", "speaker"), [
    # a person opening the headline, before the colon that introduces the quotation
    ("Hugo Lambert sur la victoire de Léa Martin : « Elle a couru une course parfaite »", "Hugo Lambert"),
    # a named body right after the colon
    ("« Nous restons vigilants » : l'Organisation mondiale de la santé inquiète après la hausse des cas",
     "Organisation mondiale de la santé"),
    # a person named in the complement of a body or a person noun: the body speaks
    ("« Nous voulons des réponses » : les élèves de Sophie Marchand écrivent au rectorat",
     "les élèves de Sophie Marchand"),
    # « se battre pour des sinistrés » says nothing of who speaks; the lead's subject does
    ("« J'ai tout donné » : quand des inconnus se battent pour des sinistrés. Lucie Martin l'a vécu cet hiver.",
     "Lucie Martin"),
    # person nouns (a lexicon of the language)
    ("« Le pain se fait la nuit » : ces travailleurs qui préparent nos matins", "ces travailleurs"),
    # the lead's subject, a person named by what they are (the phrase itself: « la sœur de X » is not X)
    ("« Je voulais juste revoir la mer ». Une infirmière a traversé la France à vélo cet été.", "Une infirmière"),
    ("« Ce fut une année terrible ». Dix ans après, la sœur cadette de Paul Girard publie un livre sur le naufrage.",
     "la sœur cadette de Paul Girard"),
])
def test_headline_quote_speakers(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(nlp, text)[0] == speaker


def test_quote_speakers_saluer_is_an_incise_only(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "L'entraîneuse Léa Martin quitte le club. « Merci pour ces dix années », a salué son équipe. " \
           "Le maire a salué la décision du conseil."
    doc = nlp(text)
    assert [doc[f.cue_i].text for f in doc._.frames] == ["salué"]  # the incise, not « a salué la décision »
    assert _speakers(nlp, text) == ["équipe"]


def test_quote_speakers_same_words_quoted_again_with_their_source(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Grève : après « dix jours de blocage », le port rouvre. Le port rouvre après « dix jours de blocage », "
            "a indiqué jeudi la préfecture.")
    assert _speakers(nlp, text) == ["préfecture", "préfecture"]


def test_headline_quote_speaker_not_a_voice_inside_reported_words(nlp) -> None:  # type: ignore[no-untyped-def]
    # the subject of the court's reported words is no speaker; a long « Pour X, » phrase is, and
    # the name in marks inside it is no quote
    text = ("« C'est un premier pas ». La cour d'appel a jugé qu'une locataire avait le droit de garder son chien. "
            "Pour le porte-parole du collectif de locataires « Logis pour tous » Marc Leroy, la loi doit changer.")
    assert _speakers(nlp, text) == ["Marc Leroy"]


@pytest.mark.parametrize(("text", "speaker"), [
    # a partial quotation no frame speaks: the named subject of its clause (through an infinitive)
    ("La mairie de Rennes prépare un plan pour planter des arbres « dans chaque cour d'école » de la ville.",
     "mairie de Rennes"),
    ("La directrice du musée a autorisé les photos « dans toutes les salles » cet hiver.", "directrice du musée"),
    # the named agent of a passive, not its subject
    ("Le projet de piscine a été approuvé par la mairie de Brest « à une large majorité ».", "mairie de Brest"),
    # a subject that names no one (a pronoun, a thing) gives no speaker
    ("Elle a autorisé les photos « dans toutes les salles » cet hiver.", ""),
    ("La pluie a inondé les rues « en quelques minutes à peine ».", ""),
])
def test_quote_speakers_clause_subject(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(nlp, text) == [speaker]

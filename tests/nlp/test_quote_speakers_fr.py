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
    ("« Nous resterons prudents », a déclaré ce mercredi un responsable de l'agence.", "responsable de l'agence"),
    # a relative « où » ends the source phrase
    ("« Les secours sont sur place », ont indiqué les autorités de la commune où se trouve la digue.",
     "autorités de la commune"),
    # a role speaking to another role: the addressee is not the source
    ("« Il faut une cellule de crise », demande le ministre au directeur général de la police.", "ministre"),
    # an incise right after the quotation beats the subject of its opening verb
    ("La fermeture du pont « va pénaliser tout le quartier », regrette la maire, Anne Petit.", "Anne Petit"),
    # « faire part de », « faire état de »: what the subject makes known
    ("Le syndicat a fait part de sa « profonde inquiétude » face au projet.", "syndicat"),
    ("Des habitants font état de « tirs nourris » dans la nuit.", "habitants"),
    # a plural auxiliary before a clitic printed without its « s »
    ("Les gendarmes de la Drôme ont mené une opération mardi. « Deux suspects ont été interpellés », ont-il indiqué.",
     "gendarmes de la Drôme"),
])
def test_quote_speakers_incise_source(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(nlp, text) == [speaker]


def test_quote_speakers_incise_after_an_exclamation(nlp) -> None:  # type: ignore[no-untyped-def]
    # the parser ends a sentence inside the quotation: the incise after its closing mark still speaks it
    doc = nlp("Rugby : “La mêlée sera notre arme cette saison !”, souligne Paul Girard.")
    assert [q.speaker for q in doc._.quotes] == ["Paul Girard"]


@pytest.mark.parametrize("text", [
    # a bare past participle in -u is no incise (« conclu fin mai » is no subject)
    "Le Canada a salué l'accord de « paix durable », conclu fin mai sous l'égide de l'ONU, « un pas vers la fin des "
    "combats ».",
    # the object of « accuser » and its « de » complement are no inverted subject
    "Le chef du parti – qui fait l'objet d'une enquête – accuse Paris de « mentir sur les chiffres ».",
    # after the medium, the verb's object is no inverted subject
    "Le hacker éthique Paul Girard, alias Zed, détaille sur Europe 1 le fonctionnement des réseaux derrière les "
    "arnaques.",
])
def test_attribution_no_false_incise(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    assert not [f for f in doc._.frames if f.kind == "inverted"]


@pytest.mark.parametrize(("text", "speaker"), [
    # a person opening the headline, before the colon that introduces the quotation
    ("Marie Dupont sur le départ de Jean Morel : « Il laisse un grand vide »", "Marie Dupont"),
    # a named body right after the colon
    ("« Nous restons vigilants » : l'Organisation mondiale de la santé inquiète après la hausse des cas",
     "Organisation mondiale de la santé"),
    # a person named in the complement of a body or a person noun: the body speaks
    ("« Il n'a jamais rien compris » : l'association des victimes de Paul Girard réclame un procès",
     "association des victimes de Paul Girard"),
    # « passer pour des policiers » says nothing of who speaks; the lead's subject does
    ("« J'ai tout perdu en une heure » : quand les escrocs se font passer pour des policiers. Lucie Martin l'a "
     "appris à ses dépens.", "Lucie Martin"),
    # person nouns (a lexicon of the language)
    ("« Nous filmons nos gestes pour des robots » : ces travailleurs qui entraînent les IA", "ces travailleurs"),
    # the lead's subject, a person named by what they are (the phrase itself: « le frère de X » is not X)
    ("« Je voulais juste revoir la mer ». Une retraitée a traversé la France à vélo cet été.", "Une retraitée"),
    ("« Ce fut une année terrible ». Dans un entretien au journal local, le frère aîné de Paul Girard revient sur "
     "l'accident.", "le frère aîné de Paul Girard"),
])
def test_headline_quote_speakers(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(nlp, text)[0] == speaker


def test_quote_speakers_saluer_is_an_incise_only(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Le navigateur Paul Girard est mort. « Tu étais un marin hors pair », a salué son équipe. " \
           "Le gouvernement a salué la décision du tribunal."
    doc = nlp(text)
    assert [doc[f.cue_i].text for f in doc._.frames] == ["salué"]  # the incise, not « a salué la décision »
    assert _speakers(nlp, text) == ["équipe"]


def test_quote_speakers_same_words_quoted_again_with_their_source(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Var : après « deux semaines de lutte », le feu est éteint. Le feu est éteint après « deux semaines "
            "de lutte », a indiqué jeudi la préfecture.")
    assert _speakers(nlp, text) == ["préfecture", "préfecture"]


def test_headline_quote_speaker_not_a_voice_inside_reported_words(nlp) -> None:  # type: ignore[no-untyped-def]
    # the subject of the tribunal's reported words is no speaker; a long « Pour X, » phrase is, and
    # the name in marks inside it is no quote
    text = ("« C'est une première victoire ». Le tribunal a estimé qu'une mère avait agi par nécessité. Pour la "
            "présidente de l'association « Enfance et justice » Claire Dubois, la loi doit changer.")
    assert _speakers(nlp, text) == ["Claire Dubois"]


@pytest.mark.parametrize(("text", "speaker"), [
    # a partial quotation no frame speaks: the named subject of its clause (through an infinitive)
    ("La préfecture de la Drôme prépare un arrêté pour limiter l'arrosage « dans les communes les plus touchées » "
     "du département.", "préfecture de la Drôme"),
    ("Le maire de Lille a interdit les trottinettes « dans tout le centre » cet été.", "maire de Lille"),
    # the named agent of a passive, not its subject
    ("Cette mesure a été annulée par le Conseil d'État « faute de base légale ».", "Conseil d'État"),
    # a subject that names no one (a pronoun, a thing) gives no speaker
    ("Il a interdit les trottinettes « dans tout le centre » cet été.", ""),
    ("La pluie a inondé les rues « en quelques minutes à peine ».", ""),
])
def test_quote_speakers_clause_subject(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(nlp, text) == [speaker]

"""Quote speakers of headlines and leads (issue 14): who speaks the quotation a feed item's title
opens or ends with, and the partial quotes of a lead's own clauses. Sentences of our own."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _speakers(nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    from recoupe.model import Article
    from recoupe.nlp.extract import analyse

    return [q.speaker for q in analyse(nlp(text), Article(id="t", origin="t", text=text)).quotes]


@pytest.mark.parametrize(("text", "speaker"), [
    # a voice noun after the colon: the person noun of its complement speaks
    ("« Elle va terriblement nous manquer » : le message bouleversant des parents d'une lycéenne disparue",
     "les parents d'une lycéenne disparue"),
    # a fronted place is skipped; « des » after a noun is « de » + « les »; a person named after
    # « avec » is whom the speakers met
    ("« Rien n'a changé » : à Lyon, la colère des agriculteurs après leur rencontre avec Paul Girard",
     "les agriculteurs"),
    ("« Nous sommes à bout » : l'appel à l'aide d'une infirmière de Bordeaux face à la pénurie",
     "une infirmière de Bordeaux"),
    # a collective body speaks as an organisation
    ("« Le compte n'y est pas » : la profession sur la réserve après les annonces du ministre", "la profession"),
    # a first-person quotation, then what befalls someone (« pour » + a person noun)
    # (with its determiner, as the other headline voices: the relative clause's verb after the
    # quotation no longer speaks it, the headline's « pour » + person noun does)
    ("« J'ai eu peur de rien » : six mois ferme pour le retraité qui menaçait ses voisins", "le retraité"),
    # the first noun decides: no voice noun, no person noun, no speaker
    ("« Tout est fini » : la fermeture de l'usine annoncée", ""),
    ("« Ils ont tout perdu » : un hommage pour les victimes de la crue", ""),
])
def test_headline_voice_after_the_colon(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(nlp, text)[0] == speaker


def test_headline_quotation_spoken_by_whom_a_misparsed_verb_follows(nlp) -> None:  # type: ignore[no-untyped-def]
    # the parser gives « redoute » a subject inside the quotation: no speaker from it
    text = ("« Un prédateur rôde dans la vallée » : une victime d'un ancien moniteur, condamné plusieurs fois, "
            "redoute qu'il récidive.")
    assert _speakers(nlp, text)[0].endswith("victime d'un ancien moniteur")


def test_listed_headline_quotations_are_all_the_words_of_the_person_after_them(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Athlétisme : « Quelle course incroyable de bout en bout », « elle a tout donné dans la dernière "
            "ligne droite »… Jean Martin analyse le titre de Léa Dupont")
    assert _speakers(nlp, text) == ["Jean Martin", "Jean Martin"]


@pytest.mark.parametrize(("text", "speaker"), [
    # a headline that is only a quotation: the person the lead names as its subject, in apposition
    ("« Le club a vendu son âme ». Le président de la fédération, Marc Durand, n'a pas ménagé les dirigeants "
     "du club qu'il accuse d'avoir trahi les supporters.", "Marc Durand"),
    # the lead's reporting frame names the speaker of the headline's partial quote
    ("Paris va fermer deux consulats « dans les toutes prochaines semaines ». Cette mesure répond à une décision "
     "similaire de Moscou, a déclaré jeudi le porte-parole du Quai d'Orsay.", "porte-parole du Quai d'Orsay"),
    # the person after the voice noun heading the lead's subject
    ("Toulouse, le discours du 14 juillet : « Aucun de nous n'est seul ». Au premier jour, la prédication de "
     "l'évêque Pierre Lenoir s'attarde sur la fraternité.", "Pierre Lenoir"),
])
def test_headline_quotation_spoken_by_whom_the_lead_names(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(nlp, text)[0] == speaker


@pytest.mark.parametrize(("text", "speakers"), [
    # quoted words that open on a verb are its subject's (the mark before the verb opens no incise)
    ("Paul Girard admet des « erreurs » mais « espère un sursaut » de son camp.", ["Paul Girard", "Paul Girard"]),
    ("La mairie « regrette » la décision du préfet.", ["mairie"]),
    # a present participle after a comma speaks for the subject of the clause it closes
    ("Une association annule son gala de charité, dénonçant une « campagne de dénigrement ».", ["association"]),
])
def test_partial_quotes_of_a_lead_are_the_subject_s(nlp, text: str, speakers: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(nlp, text) == speakers


def test_a_bare_participle_is_no_incise(nlp) -> None:  # type: ignore[no-untyped-def]
    from recoupe.nlp.attribution import Frame

    doc = nlp("Une association annule son gala de charité, dénonçant une « campagne de dénigrement ».")
    frames: list[Frame] = doc._.frames
    assert frames and all(f.kind != "inverted" for f in frames)
    assert doc[frames[0].source_start:frames[0].source_end].text == "Une association"


@pytest.mark.parametrize(("text", "speaker"), [
    # whom the source speaks to is not the source
    ("« Nous frapperons fort », a déclaré le président russe au journaliste de CNN John Smith.", "président russe"),
    # a subject the parser hung a headline's juxtaposed phrase on
    ("Des maisons incendiées par des colons en Cisjordanie, l'ambassadeur américain dénonce un « acte de terreur ».",
     "ambassadeur américain"),
    # a description the article gives again before a name
    ("« On a des jeunes capables de tout pirater », s'inquiète le consultant informatique. Le consultant "
     "informatique Paul Martin était l'invité de la radio ce lundi.", "Paul Martin"),
])
def test_source_phrase_of_an_incise(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(nlp, text)[0] == speaker

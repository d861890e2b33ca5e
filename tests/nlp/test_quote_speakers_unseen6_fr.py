"""French quote speakers (issue 14, sixth RSS speaker gold read): headline clauses whose subject names
no one but which say whom something affects, fronted adjuncts that name someone else, trades and
movements as bodies, phrases cut where a participle tells what befell the people, the lead's subject
after a headline that is a quotation alone, pronouns that stand for a group or a lone first name.
Sentences of our own."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _speakers(nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    from recoupe.model import Article
    from recoupe.nlp.extract import analyse

    return [q.speaker for q in analyse(nlp(text), Article(id="t", origin="t", text=text)).quotes]


@pytest.mark.parametrize(("text", "speaker"), [
    # a verb of feeling whose subject is a thing: the people it affects speak
    ("« C'est une honte » : la fermeture de la maternité met les habitants en colère", "les habitants"),
    ("« Nous n'y croyons pas » : la vente du stade de Jean Morel secoue la presse sportive",
     "la presse sportive"),
    # a verbless clause: the agent of the participle
    ("« Vous avez vu ma belle voiture ? » : les vacances du ministre moquées par l'opposition", "opposition"),
])
def test_quote_speakers_headline_affected_voice(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(nlp, text) == [speaker]


def test_quote_speakers_headline_speech_subject_keeps_its_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    # « les déclarations de X divisent ... »: the words are X's, not those of whom they divide
    text = "« Il faut fermer la frontière » : les déclarations du député Paul Garnier divisent la majorité"
    assert _speakers(nlp, text) == ["Paul Garnier"]


@pytest.mark.parametrize(("text", "speaker"), [
    # a person in a fronted adjunct is whom the clause deals with
    ("« On a tant partagé » : au soir de sa retraite pour Marc Dupont, l'hommage de son frère Paul", "Paul"),
    # « au » read as a determiner still opens a fronted place; a movement or a trade is a body
    ("« La mer est à nous » : au Chili, le mouvement paysan se lance dans la course aux sièges.",
     "le mouvement paysan"),
    ("« Les clients reviennent enfin » : la restauration bretonne reprend des couleurs après la tempête.",
     "la restauration bretonne"),
    # a participle with a complement of its own tells what befell the people, a numeral is theirs
    ("« Je ne voulais blesser personne » : un automobiliste condamné à Rennes pour avoir percuté un cycliste",
     "un automobiliste"),
    ("« Je voulais juste rendre service » : deux retraités surpris à transporter des cigarettes", "deux retraités"),
])
def test_quote_speakers_headline_clause_voices(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(nlp, text) == [speaker]


def test_quote_speakers_purpose_is_no_view(nlp) -> None:  # type: ignore[no-untyped-def]
    # « Pour les dix ans de son fils, X ... »: a purpose, not the son's view; X speaks
    text = ("Pour les 10 ans de son fils, Josiane Martin a fait les choses en grand : « J'ai dépensé 600 euros "
            "et je n'ai rien vu de la fête ». Cette année, elle a voulu organiser une fête.")
    assert _speakers(nlp, text) == ["Josiane Martin"]


@pytest.mark.parametrize(("text", "speaker"), [
    # the named person the lead opens on, with an apposition (the parser took the verb for a noun)
    ("« Face au bruit des écrans, la radio reste le média du calme ». Marie Dupuis, sociologue et spécialiste "
     "des médias, décrypte ce que les auditeurs attendent encore des ondes.", "Marie Dupuis"),
    # a group the model took for a name, as the lead's subject
    ("« Nous resterons fidèles aux malades qui nous font confiance ». Les Sœurs de la Charité saluent avec "
     "joie le jugement rendu hier.", "Les Sœurs de la Charité"),
    # a person noun the lexicons miss, subject of a verb of voicing a feeling
    ("«C'est un désastre pour le roi, une énorme gifle». Des chroniqueurs mondains s'inquiètent du sort de la "
     "couronne.", "Des chroniqueurs mondains"),
])
def test_quote_speakers_lead_subject_after_headline_quote(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(nlp, text) == [speaker]


def test_quote_speakers_lead_subject_that_only_acts_is_no_voice(nlp) -> None:  # type: ignore[no-untyped-def]
    # a person noun the lexicons miss, subject of a verb of acting: no speaker rather than a guess
    text = ("«Ne m'oublie pas»: une carte postale rendue à sa destinataire. Une gamine venue pêcher au lac a "
            "trouvé une bouteille contenant la lettre d'une inconnue.")
    assert _speakers(nlp, text) in (["une inconnue"], [""])


@pytest.mark.parametrize(("text", "speaker"), [
    # a plural pronoun stands for the group the sentence before has as subject
    ("Les Sœurs de la Charité saluent avec joie le jugement rendu hier. Selon elles, le texte les pousse à "
     "rester « attentives » envers les malades.", "Sœurs de la Charité"),
    # « selon lui » is masculine: the man the sentence before is about
    ("Né dans un village des Alpes, le jeune homme veut devenir berger. Un métier qui, selon lui, lui "
     "apprend à « supporter la solitude ».", "jeune homme"),
    # a lone first name the model did not tag as a person
    ("C'est au bord du lac que Léonie a monté sa tente pour la semaine. Au menu : une table et deux "
     "chaises. \"On est bien ici\", confie-t-elle à la radio.", "Léonie"),
    ("Dominique a quitté la banque, elle explique son choix : « Le guichet m'étouffait depuis des années ».",
     "Dominique"),
])
def test_quote_speakers_pronoun_antecedents(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(nlp, text) == [speaker]


def test_quote_speakers_apposition_is_no_part_of_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("La porte-parole de l'Union des pêcheurs, le premier syndicat du port, a exigé une aide de \"dix "
            "millions\" en faveur des chalutiers.")
    assert _speakers(nlp, text) == ["porte-parole de l'Union des pêcheurs"]

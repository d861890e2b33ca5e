"""French quote speakers (issue 14, fourth RSS speaker gold read): documents and bodies that speak
through a participle or a « selon », incises whose subject is a name followed by an adjunct, and
headline voices after fronted adjuncts or as the subject of a verb of saying. Sentences of our own."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _speakers(nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    from recoupe.model import Article
    from recoupe.nlp.extract import analyse

    return [q.speaker for q in analyse(nlp(text), Article(id="t", origin="t", text=text)).quotes]


@pytest.mark.parametrize(("text", "speaker"), [
    # a present participle of saying speaks for the noun it hangs on: a document
    ("Le chantier a pris du retard. Cette décision fait suite à un courrier dénonçant \"des retards "
     "inacceptables\" sur le chantier.", "courrier"),
    # ... inside the words of another frame, the parse hanging it on the clause's verb
    ("Le préfet avait signalé des messages en ligne affirmant que la route serait \"fermée\" le 3 mai.",
     "messages en ligne"),
])
def test_quote_speakers_participle_of_saying(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(nlp, text) == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    # a text issued by someone speaks their words
    ("Le syndicat des pharmaciens a publié un communiqué dénonçant \"des tarifs abusifs\" imposés par les "
     "laboratoires.", "syndicat des pharmaciens"),
    ("Les autorités portuaires ont émis une alerte appelant les plaisanciers à « rester au port » jusqu'à "
     "dimanche.", "autorités portuaires"),
    # set off by a comma, the participle tells what the clause's subject does
    ("Un musée allemand annule une soirée privée, dénonçant une \"vague d'insultes en ligne\". Le musée avait "
     "prévu la soirée.", "musée allemand"),
    ("Paris a lancé une offensive diplomatique contre l'agence, l'accusant de « mentir » aux États membres.",
     "Paris"),
    # ... without the clitic between the subject and its verb
    ("Mais le vainqueur du Tour 2020 y est allé de son message sur son compte Instagram, remerciant ses équipiers "
     "et promettant que \"la Bretagne restera chez moi\".", "vainqueur du Tour 2020"),
])
def test_quote_speakers_participle_issuer_or_subject(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(nlp, text) == [speaker]


def test_quote_speakers_participle_after_a_frame(nlp) -> None:  # type: ignore[no-untyped-def]
    # the frame of the sentence already says who adds the words
    text = ("Le tribunal rendra sa décision lundi, a précisé la préfecture devant les élus, ajoutant que "
            "\"la sécurité\" des riverains reste sa priorité.")
    assert _speakers(nlp, text) == ["préfecture"]


@pytest.mark.parametrize(("text", "speaker"), [
    # « se dire » + quoted words, passed on by an agency: the subject speaks
    ("Le président ghanéen Kofi Mensah s'est dit \"confiant\" dans l'issue des négociations avec le Togo, a "
     "rapporté lundi l'agence officielle d'Accra.", "Kofi Mensah"),
    ("La ministre s'est dite \"très inquiète\" de la situation des hôpitaux, a rapporté mardi la radio publique.",
     "ministre"),
])
def test_quote_speakers_passed_on_by_an_agency(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(nlp, text) == [speaker]


def test_quote_speakers_selon_lui_is_the_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Grève : le syndicat Sud Rail dénonce la «dette sociale» de la compagnie. Le syndicat pointe vendredi "
            "l'usure des trains et dénonce une réforme menée, selon lui, sans concertation.")
    assert "lui" not in _speakers(nlp, text)


def test_quote_speakers_selon_when_the_subject_names_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    # « poursuivre » with a quoted object and an abstract subject: the « selon » of the sentence speaks
    text = ("Le péage sera supprimé. La suppression du péage poursuit \"un objectif d'intérêt public\", "
            "selon le Conseil d'État.")
    assert _speakers(nlp, text) == ["Conseil d'État"]
    # a subject that names someone keeps the words
    text = "Le maire poursuit \"un objectif d'intérêt public\", selon le Conseil d'État."
    assert _speakers(nlp, text) == ["maire"]


@pytest.mark.parametrize(("text", "speaker"), [
    # a name, then where it was said: the incise's subject ends with the name
    ("\"Nous allons rouvrir la piscine cet été\", a déclaré Marc Durand lors d'une réunion publique à la mairie "
     "de Brest sur les travaux de rénovation des bassins du quartier nord.", "Marc Durand"),
    # a role noun of the judiciary
    ("Le parquet a ouvert une enquête. \"Les analyses se poursuivent et aucune piste n'est écartée à ce stade "
     "de la procédure\", continue le magistrat.", "magistrat"),
])
def test_quote_speakers_bare_incise_subjects(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(nlp, text) == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    # a fronted place, then a first name the model takes for another place, with a description
    ("« Je ne dors plus la nuit » : à Rouen, Yassine, malvoyant, et sa fille bloqués par une panne de métro",
     "Yassine"),
    # a long fronted adjunct without a finite verb
    ("\"Il faudra encore patienter\": après son éviction du conseil municipal en mars, Paul Mercier prépare "
     "son retour", "Paul Mercier"),
    # two fronted places, then « avec » + the people met
    ("« C'est une fête unique » : à Nantes, sur l'île de Versailles, avec les bénévoles qui préparent le festival",
     "les bénévoles"),
    # the subject of a verb of saying, whatever its noun
    ("« Le port était à nous » : une commune bretonne revendique l'invention de la galette",
     "une commune bretonne"),
    # a hyphenated person noun and the place its people are from
    ("\"Vous nous avez bluffés !\" : les pompiers-sauveteurs réagissent au classement du magazine",
     "les pompiers-sauveteurs"),
    ("\"On nous a oubliés\" : les sinistrés des inondations à Morlaix face au préfet",
     "les sinistrés des inondations à Morlaix"),
    # an audience noun of the lexicon
    ("« Nous revenons chaque année » : à Avignon, avec les spectateurs du festival off",
     "les spectateurs du festival off"),
])
def test_headline_quote_speakers_fronted_adjuncts(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(nlp, text)[0] == speaker


def test_headline_quote_speaker_not_a_place_list(nlp) -> None:  # type: ignore[no-untyped-def]
    # places listed after a fronted place are no names of people
    text = "« La pluie ne s'arrête plus » : à Brest, Quimper, et Morlaix, les rivières débordent"
    assert "Quimper" not in _speakers(nlp, text)


@pytest.mark.parametrize(("text", "speaker"), [
    # a first name set off by an age, the model having left it untagged
    ("Plage et chiens : « Il fallait rouler une demi-heure pour trouver un coin tranquille ». Malgré une "
     "crique au pied de leur maison en Vendée, Josiane, 61 ans, et son mari ont choisi une autre plage.", "Josiane"),
    # of the lead's subjects, those before the first named one who speaks only act
    ("Musique sacrée : « Il faut revenir aux textes plutôt que figer les formes ». Le pape a rendu hommage au "
     "travail de Jean Martin, organiste de Chartres. Sœur Agnès, prieure du couvent, appelle à retrouver l’esprit "
     "des fondateurs.", "Sœur Agnès"),
    # ... but a role noun that speaks after a name is often that person: the name stays
    ("Rugby : \"Ni une erreur, ni un manque d'envie\", la mise au point de Tanguy sur son départ manqué. Dans une "
     "vidéo publiée sur X, Hugo Tanguy a livré son récit de l'affaire. Le talonneur breton assure n'avoir jamais "
     "refusé le contrat.", "Hugo Tanguy"),
    # a name the parse hung on a fronted adjunct, whose verb has no other subject
    ("«La scène était notre maison». Dans l'émission «Night Talk», Maya Stone, fille du chanteur Tom Stone, "
     "revient sur sa jeunesse en tournée.", "Maya Stone"),
    # the people a voice noun's complement names
    ("Les jeunes et la radio, une histoire qui dure : « J'écoute les infos tous les matins ». Que reste-t-il de la "
     "radio ? Notre rédaction a écouté le témoignage de quatre auditrices âgées de 20 à 80 ans. Elles racontent leur "
     "rapport au poste.", "quatre auditrices âgées"),
])
def test_lead_quote_speakers_unseen(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(nlp, text)[0] == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    # a headline topic that opens on a person noun names the people whose words follow
    ("Les infirmiers face à la canicule : « Il faut boire et ne jamais rester seul ». Les services d'urgence sont "
     "saturés depuis lundi.", "Les infirmiers"),
    ("Les retraités : « On nous oublie toujours ». La réforme entre en vigueur lundi.", "Les retraités"),
    # not a topic that names no one, nor a theme of two things
    ("La hausse des loyers à Lyon : « Nous ne pouvons plus suivre ». Les prix ont bondi de 8 %.", ""),
])
def test_headline_topic_voice(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(nlp, text)[0] == speaker

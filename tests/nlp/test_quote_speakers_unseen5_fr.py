"""French quote speakers (issue 14, fifth RSS speaker gold read): incises whose subject follows an
adjunct or is followed by one, quoted words whose subject names no one, appositions to a subject
that are no incise, and headline voices. Sentences of our own."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _speakers(nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    from recoupe.model import Article
    from recoupe.nlp.extract import analyse

    return [q.speaker for q in analyse(nlp(text), Article(id="t", origin="t", text=text)).quotes]


@pytest.mark.parametrize(("text", "speaker"), [
    # an adjunct after the incise's subject ends it, also one of several words
    ("\"Nous ouvrirons le stade en mai\", a déclaré la présidente du club en marge d'une réunion publique.",
     "présidente du club"),
    ("\"Le chantier reprendra lundi\", a indiqué le directeur du port à l'issue du conseil.",
     "directeur du port"),
    ("Le maire Paul Ferrand \"avait un rôle à part dans la commune\", salue la présidente du conseil après "
     "l'annonce de son départ.", "présidente du conseil"),
    # ... also when the model read the title and the adjunct as one name
    ("\"Il faut agir sans attendre\", souligne le Premier ministre dans sa lettre aux maires.",
     "Premier ministre"),
])
def test_quote_speakers_incise_subject_before_adjunct(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(nlp, text) == [speaker]


def test_quote_speakers_incise_subject_after_adjunct(nlp) -> None:  # type: ignore[no-untyped-def]
    # « a précisé dans sa note la police »: the subject follows the adjunct; the « elle » of
    # the next incise is that body
    text = ("Deux granges ont brûlé près de Lens. \"Un hangar a entièrement brûlé. Trois chevaux sont morts\", a "
            "précisé dans sa note la police municipale, alertée vers minuit. \"Dix bêtes ont pu sortir\", "
            "a-t-elle ajouté.")
    assert _speakers(nlp, text) == ["police municipale", "police municipale"]


def test_quote_speakers_adjunct_then_object_is_no_incise(nlp) -> None:  # type: ignore[no-untyped-def]
    # « insiste sur la "violence" des débats »: what follows the preposition is no subject
    text = "Marc Petit, philosophe, insiste sur la \"violence\" des débats."
    assert _speakers(nlp, text) == ["Marc Petit"]


def test_quote_speakers_verb_subject_names_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    # « la circulation "reste difficile", ..., a indiqué X »: the quoted verb's subject is what the
    # words are about; the incise closing the sentence speaks
    text = ("Dans le port, la circulation \"reste difficile\", plusieurs quais étant encore fermés, a indiqué "
            "la préfecture.")
    assert _speakers(nlp, text) == ["préfecture"]


def test_quote_speakers_apposition_to_subject_is_no_incise(nlp) -> None:  # type: ignore[no-untyped-def]
    # « X, visé par une enquête, raconte son départ »: the comma closes an apposition; the object
    # after the verb is no incise's subject
    text = ("\"Je ne regrette rien\" : l'ancien député Paul Arnaud, visé par une enquête, raconte son départ "
            "\"précipité\" vers l'Espagne.")
    assert _speakers(nlp, text) == ["Paul Arnaud", "Paul Arnaud"]


def test_quote_speakers_indefinite_object_is_no_incise(nlp) -> None:  # type: ignore[no-untyped-def]
    # « …, annonce un nouveau disque »: an indefinite phrase that names no one is the verb's object
    text = "« C'est fini » : Léna, gagnante du « Grand Concours », annonce un nouveau disque"
    assert "nouveau disque" not in _speakers(nlp, text)


@pytest.mark.parametrize(("text", "speaker"), [
    # after the colon French writes no capital: a capitalised word opening the clause is a name
    ("« Rien ne nous arrêtera » : Dupré répond sèchement à ses détracteurs", "Dupré"),
    ("« Ne touchez plus à mes chansons » : Lorna Vale tance vertement le maire et ses adjoints.", "Lorna Vale"),
    # a fronted adjunct the tagger reads as an adverb, then a body as the subject of any verb
    ("« Le cinquième depuis mars » : après de nouveaux vols, le musée de la ville renforce sa surveillance",
     "le musée de la ville"),
    # players are people
    ("« Une honte absolue pour nous » : des basketteuses allemandes surprennent un voleur dans leur vestiaire",
     "des basketteuses allemandes"),
    # a noun of nationality after an indefinite article
    ("« Il est parti sans un mot » : abandonnée par son mari, une Suédoise part seule en voyage de noces",
     "une Suédoise"),
    # a person in the complement of the topic before the colon is what the words are about
    ("Harcèlement de Julie Morel : « Ces attaques me choquent », une sénatrice interpelle les plateformes",
     "une sénatrice"),
])
def test_quote_speakers_headline_voices(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(nlp, text) == [speaker]


def test_quote_speakers_topic_person_without_a_clause_after(nlp) -> None:  # type: ignore[no-untyped-def]
    # nothing after the quotation names another voice: the person of the topic keeps the words
    text = "Procès de Jean Dupont : « Je suis innocent et je le prouverai »"
    assert _speakers(nlp, text) == ["Jean Dupont"]


def test_quote_speakers_clitic_object_frame_reports_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    # « elle le dénonce »: a verb whose object is a clitic reports no words of the headline's quote
    text = "« Papa, je suis parti » : un Belge quitte son foyer puis écrit à sa mère, elle le dénonce"
    assert _speakers(nlp, text) == ["un Belge"]


@pytest.mark.parametrize(("text", "speaker"), [
    # the subject of a verb of reacting that a colon follows
    ("Ses avocats réagissent : « Rien ne justifie cette mesure ». Le tribunal rendra sa décision lundi.",
     "avocats"),
    # an incise whose subject a subordinate clause follows
    ("\"Personne ne nous écoute, mais nous savons ce qui se passe\", avance cette habitante de Lyon tandis que "
     "les grèves s'intensifient.", "habitante de Lyon"),
    # « Pour » and people named by a person noun, their words after the comma
    ("Pour les voisins de la vieille décharge, « le bruit ne s'arrête jamais »", "voisins de la vieille décharge"),
    # the agent of a participle of describing speaks the words it calls something by
    ("Le projet, décrit par les habitants comme « une casse sociale », a été adopté mardi.", "habitants"),
])
def test_quote_speakers_subjects_agents_and_views(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(nlp, text) == [speaker]


def test_quote_speakers_pour_without_quotation_is_no_view(nlp) -> None:  # type: ignore[no-untyped-def]
    # « Pour les enfants, la fête ... »: no quotation after the comma, no view given to them
    from recoupe.model import Article
    from recoupe.nlp.extract import analyse

    text = "Pour les enfants, la fête du village aura lieu samedi."
    claims = analyse(nlp(text), Article(id="t", origin="t", text=text)).claims
    assert not any(c.attributed_to for c in claims)


def test_quote_speakers_role_tagged_as_body_is_its_holder(nlp) -> None:  # type: ignore[no-untyped-def]
    # « la ministre de X » named with her name earlier is that person, even where the model tags
    # the role as a body
    text = ("La ministre de la Culture Claire Vidal présentera le plan le 4 octobre. Le montant du \"fonds de "
            "soutien\" sera connu à la rentrée, a précisé la ministre de la Culture lors d'un déplacement à Rennes.")
    assert _speakers(nlp, text) == ["Claire Vidal"]


def test_quote_speakers_incise_after_a_finite_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    # a finite verb between the subject and the comma: the clause is the quoted words, the verb
    # after the comma an incise
    text = ("La fermeture de la piste, en raison de travaux urgents, fait peser un risque \"grave\" sur les vols, "
            "a averti mardi un haut cadre du port autonome.")
    assert any("haut cadre" in s for s in _speakers(nlp, text))


def test_quote_speakers_adjunct_then_object_of_telling(nlp) -> None:  # type: ignore[no-untyped-def]
    # « raconte sur deux jours les aventures d'un X »: after the adjunct comes the verb's object
    text = "\"Le Dernier Train\" raconte sur deux jours les aventures d'un conducteur de tram en grève."
    assert not any("aventures" in s for s in _speakers(nlp, text))

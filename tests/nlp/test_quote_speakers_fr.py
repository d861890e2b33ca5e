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


# Third RSS speaker gold (speak9): general mechanisms, each with sentences of our own.

@pytest.mark.parametrize(("text", "speaker"), [
    # an epicene role noun agrees with the determiner of the role the person was given
    ("Le ministre de l'Économie Paul Durand a présenté le budget mardi. La ministre de la Culture, Julie Morel, "
     "l'a salué. « Les comptes sont tenus », a assuré le ministre devant les députés.", "Paul Durand"),
    # « selon eux »: the plural subject of the sentence
    ("Les directeurs des trois écoles jugent la réforme trop rapide, car elle mettrait selon eux « la qualité des "
     "cours » en danger.", "directeurs des trois écoles"),
    # a definite body noun stands for the body it titled before
    ("Les cantines manquent de personnel, selon le syndicat lycéen Voix Jeunes. « Les élèves mangent en dix "
     "minutes », déplore l'organisation dans un communiqué.", "Voix Jeunes"),
    # a relative pronoun the parse hung on its own clause: the noun phrase before it
    ("« Nous avons tout perdu » : les escroqueries aux faux placements. Un reporter de la chaîne a interrogé "
     "d'anciens épargnants, qui affirment avoir été dupés par un conseiller.", "anciens épargnants"),
])
def test_quote_speakers_chains(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(nlp, text) == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    # a headline's topic and its colon are no part of the clause after them
    ("Santé : Marc Dupont « regrette un manque de moyens » dans les hôpitaux.", "Marc Dupont"),
    ("Paul Martin arrêté au Mali : la France dénonce une « décision arbitraire et injuste »", "France"),
    # « pour X, » after a headline's topic
    ("Municipales 2026 : pour Claire Petit, adjointe à la culture, Paul Roux reste l'élu « qui défend le mieux "
     "les artistes ».", "Claire Petit"),
    # a capitalised determiner glued after a noun opens a new sentence (a subheading run in)
    ("Le comité a rendu son avis jeudi. Une hausse des prix inquiétante Les experts jugent que ce texte est "
     "« une erreur de calcul » pour les ménages.", "experts"),
    # « auprès de » after the source says whom it spoke to
    ("Les récoltes baissent de « près d'un tiers », selon un agronome auprès de la radio locale.", "agronome"),
    # the subject of the quote's sentence before a person named in its complements
    ("Après la décision du conseil, le président Paul Marchand a chargé sa ministre Julie Roux de « préparer » "
     "« un texte solide et bien financé » pour la réforme.", "Paul Marchand"),
])
def test_quote_speakers_source_phrases(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(nlp, text)[-1] == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    # an incise told by its syntax whatever its verb, past adverbs
    ("Qui va payer les réparations ? « Personne ne nous répond depuis des mois », s'agacent encore des riverains "
     "du lac.", "riverains du lac"),
    # « comme le raconte X », after a passive's agent
    ("Plusieurs vols ont été signalés par la police municipale, « surtout près de l'entrée nord », comme le "
     "raconte Anne Martin, gardienne du site.", "Anne Martin"),
])
def test_quote_speakers_bare_incise(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(nlp, text) == [speaker]


def test_quote_speakers_voice_noun_owner(nlp) -> None:  # type: ignore[no-untyped-def]
    # the source a voice noun's « de » complement names speaks its other complement
    assert _speakers(nlp, "Le club a dénoncé les menaces du gouvernement de « fermer le stade » dès lundi.") == [
        "gouvernement"]


def test_quote_speakers_no_incise_without_a_source(nlp) -> None:  # type: ignore[no-untyped-def]
    # a verb and its object after a title in marks: no incise
    text = ("En visite à Nice, l'actrice Léa Dubois, connue pour « Le Long Voyage du soir », portait le chapeau "
            "du président.")
    assert not [s for s in _speakers(nlp, text) if "président" in s]
    # a verb opening a quotation is the quoted words' own, not an incise inside it
    text = "Le maire annonce des travaux pour « rénover les écoles maternelles, agrandir la cantine » dès l'été."
    assert _speakers(nlp, text) == ["maire"]


@pytest.mark.parametrize(("text", "speaker"), [
    # the subject of the clause after the colon, before a person named in its predicate
    ("« Ce dossier nous épuise » : les agents comptent sur Paul Roux pour les défendre après la note du préfet.",
     "les agents"),
    # a person noun the lexicons miss, by its word vector, after a fronted place
    ("« On se sent enfin chez nous » : en Ardèche, ces randonneurs dorment au refuge gratuitement", "ces randonneurs"),
    # a fronted participle phrase, then a name
    ("« Il fallait agir vite » : réveillé par des bruits, Mathis a stoppé un cambrioleur à Metz", "Mathis"),
    # a fronted participle phrase, then a former office
    ("« Il faut rendre la parole aux électeurs » : écarté du gouvernement, l'ex-ministre de la Santé demande un "
     "vote anticipé", "ex-ministre de la Santé"),
    # first-person words: the people or the person the headline's noun phrase is about
    ("« Je dors dans ma voiture depuis un mois » : la galère des chauffeurs parisiens face aux loyers",
     "les chauffeurs parisiens"),
    ("« J'ai tout recommencé à zéro » : le nouveau départ de Julie, infirmière à Lyon", "Julie"),
])
def test_headline_quote_speakers_after_the_colon(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(nlp, text)[0] == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    # the agent of a participle a voice noun heads
    ("Rennes, les vœux du maire : « Nous tiendrons bon face aux épreuves. » Discours prononcé par le maire "
     "Jean Dubois devant le conseil municipal.", "Jean Dubois"),
    # an untagged first name opening a sentence, with an apposition a person noun heads
    ("Vendanges : « On travaille de nuit pour sauver la récolte ». Ginette, infirmière installée à Cahors, "
     "s’occupe depuis vingt ans d’une vigne.", "Ginette"),
    # a name, an apposition a participle heads, then a reporting verb
    ("« Cette réforme oublie les petits élevages ». Lors du débat, Louis Garnier, éleveur installé dans le Cantal, "
     "juge que la loi favorise les grandes exploitations.", "Louis Garnier"),
    # a person the quoted words name is not their speaker
    ("« Le parti a toujours détesté le général Martin, et il veut aujourd’hui son héritage ». Alors que Martin "
     "revient à la mode, l’historien Paul Hayet observe, dans un livre, que sa mémoire est disputée.", "Paul Hayet"),
])
def test_lead_quote_speakers(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(nlp, text)[0] == speaker


def test_quote_speaker_never_a_person_inside_marks(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Dans son livre « Pierre Durand », l'auteur invite à « relire tous les classiques du siècle »."
    assert "Pierre Durand" not in _speakers(nlp, text)


def test_human_like_nouns(nlp) -> None:  # type: ignore[no-untyped-def]
    from recoupe.nlp.extract import human_like

    doc = nlp("les randonneurs, les chauffeurs, les prix, les mesures")
    assert [human_like(t) for t in doc if t.pos_ == "NOUN"] == [True, True, False, False]


def _doc(nlp, words: list[str], spaces: list[bool], pos: list[str] | None = None):  # type: ignore[no-untyped-def]
    from spacy.tokens import Doc

    return Doc(nlp.vocab, words=words, spaces=spaces, pos=pos)


def test_name_hyphen_joins_a_first_name(nlp) -> None:  # type: ignore[no-untyped-def]
    from recoupe.nlp.attribution import _name_hyphen

    doc = _doc(nlp, ["la", "championne", "Marie", "-", "Lou", "Bernard", "-", "Roux", "a", "-", "t"],
               [True, True, False, False, True, True, True, True, False, False, False])
    assert [_name_hyphen(doc, k) for k in (3, 6, 9)] == [True, False, False]  # a spaced dash is a dash


def test_topic_colon_ends_no_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    from recoupe.nlp.attribution import _after_topic_colon

    words = ["Santé", ":", "Marc", "Dupont", "«", "regrette"]
    doc = _doc(nlp, words, [True] * 6, ["NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB"])
    assert _after_topic_colon(doc, 0, 5) == (2, 4)  # the name after the colon, without the opening mark
    doc = _doc(nlp, ["Santé", ":", "les", "prix", "montent", "et", "X", "dit"], [True] * 8,
               ["NOUN", "PUNCT", "DET", "NOUN", "VERB", "CCONJ", "PROPN", "VERB"])
    assert _after_topic_colon(doc, 0, 7) is None  # a clause of its own between the colon and the verb


def test_incise_inside_a_quotation_is_set_off(nlp) -> None:  # type: ignore[no-untyped-def]
    from recoupe.nlp.quotes import _set_off

    words = ["«", "rénover", "les", "écoles", ",", "explique", "X", ",", "vite", "»"]
    doc = _doc(nlp, words, [True] * 10, ["PUNCT", "VERB", "DET", "NOUN", "PUNCT", "VERB", "PROPN", "PUNCT", "ADV",
                                          "PUNCT"])
    assert not _set_off(doc, 1, [(1, 9)])  # the quotation's first word
    assert _set_off(doc, 5, [(1, 9)])  # « , explique X , »

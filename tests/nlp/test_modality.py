"""Modality of claims in real news-style French sentences (written for the tests, not the sample)."""

from __future__ import annotations

import pytest

from tests.nlp.helpers import claims_of as _claims
from tests.nlp.helpers import modality_of as _modality_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "predicate", "expected"),
    [
        ("Le gouvernement a adopté la réforme des retraites mardi.", "adopter", "asserted"),
        ("Les manifestants ont bloqué le port de Marseille pendant trois jours.", "bloquer", "asserted"),
        ("L'entreprise aurait versé des pots-de-vin à plusieurs élus.", "verser", "conditional"),
        ("Les otages seraient détenus dans le nord du pays.", "détenir", "conditional"),
        ("Le suspect chercherait à quitter le territoire.", "quitter", "conditional"),
        # the conditional is on the auxiliary of the verb the claim is read from
        ("Les familles évoquent des soldats qui auraient tenté de fuir la caserne.", "fuir", "conditional"),
        ("Des soldats ont tenté de fuir la caserne.", "fuir", "asserted"),
        ("Le ministre devrait annoncer sa démission dans la soirée.", "annoncer", "speculative"),
        ("La Banque centrale pourrait relever ses taux en juin.", "relever", "speculative"),
        ("Le club envisage de vendre son attaquant vedette.", "vendre", "speculative"),
        ("Le maire a nié tout conflit d'intérêts.", "nier", "denied"),
        ("La société ne commercialise pas ce produit en Europe.", "commercialiser", "asserted"),
        ("La préfecture a refusé de confirmer l'information.", "refuser", "asserted"),
        ("Le ministère a démenti avoir bombardé le camp.", "bombarder", "denied"),
        ("Le Kremlin a démenti que des soldats aient franchi la frontière.", "franchir", "denied"),
        ("Il est possible que la Russie ait reçu des obus.", "recevoir", "speculative"),
        ("Il est probable que les deux dirigeants se rencontreront à Genève.", "rencontrer", "speculative"),
        ("Il n'est pas exclu que le sommet ait lieu à Moscou.", "lieu", "speculative"),
        ("Il semble que la Russie ait reçu des obus.", "recevoir", "speculative"),
        ("Selon l'agence Reuters, le groupe a racheté son concurrent.", "racheter", "reported"),
        ("Le parquet a indiqué que l'enquête avait été ouverte en mars.", "ouvrir", "reported"),
        ("L'usine fermera en décembre, a affirmé lundi la direction.", "fermer", "reported"),
        ("La hausse des ventes ne peut pas encore être attribuée à la campagne.", "attribuer", "asserted"),
        ("La gendarmerie dénombre quatre blessés après la collision.", "dénombrer", "reported"),
        # an accusation hung on the accused: its content is the accusers' claim, not the article's
        ("Le maire a inauguré une école accusée de tenter de recruter des élèves hors secteur.", "recruter",
         "reported"),
        ("Le club a limogé un entraîneur qui a cherché à recruter trois joueurs.", "recruter", "asserted"),
    ],
)
def test_modality_of_clause(nlp, text: str, predicate: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert _modality_of(nlp, text, predicate) == expected


def test_modality_belongs_to_its_clause_not_the_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Le président a signé le décret, mais le texte pourrait être contesté devant le Conseil d'État."
    assert _modality_of(nlp, text, "signer") == "asserted"
    assert _modality_of(nlp, text, "contester") == "speculative"


def test_modality_future_is_planned(nlp) -> None:  # type: ignore[no-untyped-def]
    _, claims = _claims(nlp, "La délégation se rendra à Genève la semaine prochaine.")
    assert any(c.planned for c in claims)


@pytest.mark.parametrize(
    ("form", "lemma", "expected"),
    [("livrerait", "livrer", True), ("livrait", "livrer", False), ("prendraient", "prendre", True),
     ("prenaient", "prendre", False), ("aurait", "avoir", True), ("avait", "avoir", False),
     ("pourrait", "pouvoir", True), ("courait", "courir", False), ("déclarait", "déclarer", False),
     ("finirait", "finir", True), ("enverrait", "envoyer", True)],
)
def test_modality_conditional_form_without_morphology(nlp, form: str, lemma: str, expected: bool) -> None:  # type: ignore[no-untyped-def]
    from spacy.tokens import Doc

    from recoupe.nlp.modality import is_conditional

    doc = Doc(nlp.vocab, words=["il", form], pos=["PRON", "VERB"], lemmas=["il", lemma])
    assert is_conditional(doc[1]) is expected


@pytest.mark.parametrize(
    ("text", "predicate", "negated"),
    [
        ("La mobilisation ne faiblit pas.", "faiblir", True),
        ("On ne choisit pas ses voisins.", "choisir", True),
        ("La société ne commercialise pas ce produit en Europe.", "commercialiser", True),
        ("L'armée ne serait plus qu'à 20 km de la ville.", "être", False),
        ("Le candidat n'a obtenu que 3 % des voix.", "obtenir", False),
        ("Ce succès n'est pas sans rappeler celui de 2018.", "être", False),
        ("Le gouvernement a adopté la réforme.", "adopter", False),
    ],
)
def test_modality_negation_is_polarity_not_denial(nlp, text: str, predicate: str, negated: bool) -> None:  # type: ignore[no-untyped-def]
    """A negated event keeps its modality (never `denied`: nobody rejects anything) and carries
    its polarity; « ne ... que », « ne ... plus que » and litotes are not negations."""
    _, claims = _claims(nlp, text)
    found = [c for c in claims if c.predicate == predicate]
    assert found, [c.predicate for c in claims]
    assert found[0].negated is negated
    assert found[0].modality != "denied"


def test_modality_negated_denial_is_not_a_denial(nlp) -> None:  # type: ignore[no-untyped-def]
    _, claims = _claims(nlp, "Le gouvernement n'a pas démenti l'information.")
    assert claims and all(c.modality != "denied" for c in claims)


@pytest.mark.parametrize("text", [
    "Un bus s'est renversé dans la nuit sur l'autoroute, faisant 12 morts et au moins 10 blessés graves.",
    "Un séisme a secoué samedi l'est du pays, faisant au moins 38 morts.",
])
def test_modality_a_toll_participle_is_a_claim_of_its_own(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """« ..., faisant 12 morts »: the toll is its own fact, and the event's claim ends before it."""
    doc, claims = _claims(nlp, text)
    toll = [doc[c.start:c.end].text for c in claims if c.predicate == "faire"]
    event = [doc[c.start:c.end].text for c in claims if c.predicate in {"renverser", "secouer"}]
    assert toll and event
    assert "morts" in toll[0] and "morts" not in event[0]


@pytest.mark.parametrize(("text", "first", "second"), [
    ("L'incendie est reparti mardi près d'Arles, portant à 2 300 le nombre d'hectares détruits.", "repartir", "porter"),
    ("L'incendie a détruit 900 hectares, provoquant l'évacuation de 300 habitants.", "détruire", "provoquer"),
])
def test_modality_a_detached_present_participle_is_a_fact_of_its_own(nlp, text: str, first: str,
                                                                    second: str) -> None:  # type: ignore[no-untyped-def]
    """« ..., provoquant l'évacuation de 300 habitants »: a further event, not part of the first."""
    doc, claims = _claims(nlp, text)
    spans = {c.predicate: doc[c.start:c.end].text for c in claims}
    assert first in spans and second in spans
    assert "," not in spans[first] and spans[second].startswith(doc[claims[-1].start].text)


def test_modality_a_gerund_stays_in_its_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    """« en provoquant »: the manner of the clause's event, not a second one."""
    _, claims = _claims(nlp, "Le conducteur a perdu le contrôle en provoquant un carambolage.")
    assert [c.predicate for c in claims] == ["perdre"]


@pytest.mark.parametrize("aux", ["a été", "aurait été"])
def test_modality_a_participle_sharing_the_auxiliary_is_a_second_claim(nlp, aux: str) -> None:  # type: ignore[no-untyped-def]
    """« a été interpellé et conduit au commissariat »: two facts; the second keeps the mood of the shared auxiliary."""
    doc, claims = _claims(nlp, f"Le suspect {aux} interpellé et conduit au commissariat.")
    by = {c.predicate: c for c in claims}
    assert {"interpeller", "conduire"} <= set(by)
    assert "commissariat" not in doc[by["interpeller"].start:by["interpeller"].end].text
    assert by["conduire"].modality == by["interpeller"].modality == ("asserted" if aux == "a été" else "conditional")


@pytest.mark.parametrize(("text", "parts"), [
    ("Collision à Valence : un cycliste dans un état grave, deux conducteurs placés en garde à vue",
     ["un cycliste dans un état grave", "deux conducteurs placés en garde à vue"]),
    ("Inondations en Bulgarie : trois morts et des milliers de personnes évacuées",
     ["trois morts", "des milliers de personnes évacuées"]),
    ("Bagarre à Valence : trois adolescents interpellés et conduits au commissariat",
     ["trois adolescents interpellés", "conduits au commissariat"]),
    ("Le ministre et la maire condamnent des propos racistes d'un élu, une enquête ouverte",
     ["condamnent des propos racistes d'un élu", "une enquête ouverte"]),
])
def test_modality_a_headline_packing_two_facts_gives_two_claims(nlp, text: str, parts: list[str]) -> None:  # type: ignore[no-untyped-def]
    doc, claims = _claims(nlp, text)
    spans = [doc[c.start:c.end].text for c in claims]
    assert len(spans) == 2
    assert all(part in span for part, span in zip(parts, spans, strict=True))
    assert parts[1] not in spans[0]


def test_modality_a_hedge_on_another_noun_of_a_headline_hedges_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    """« le voleur présumé arrêté »: the suspect is presumed, the arrest is not."""
    _, claims = _claims(nlp, "Cambriolage à Rouen : le voleur présumé arrêté")
    assert claims and all(c.modality != "speculative" for c in claims)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Le sommet pourrait être reporté, a confié un diplomate européen.", "Le sommet pourrait être reporté"),
        ("Le ministre a dit que la réforme pouvait encore être amendée.", "que la réforme pouvait encore être amendée"),
    ],
)
def test_modality_clause_read_from_a_modal_keeps_its_subject_and_modal(nlp, text: str, span: str) -> None:  # type: ignore[no-untyped-def]
    # the claim is read from the infinitive, but its span is the modal's clause
    doc, claims = _claims(nlp, text)
    assert span in [doc[c.start:c.end].text for c in claims]


def test_modality_an_incise_ends_the_clause_it_reports(nlp) -> None:  # type: ignore[no-untyped-def]
    doc, claims = _claims(nlp, '"Il faut reconstruire et oublier", a souligné M. Morel.')
    spans = [doc[c.start:c.end].text for c in claims]
    assert "Il faut reconstruire et oublier" in spans and not any("souligné" in s for s in spans)


@pytest.mark.parametrize(
    ("text", "predicate", "expected"),
    [
        # a speech act that is an event is told in the article's voice (issue 13; gold README §4)
        ("L'avocate du club dénonce une campagne de harcèlement.", "dénoncer", "asserted"),
        ("Plusieurs ONG appellent le gouvernement à suspendre le projet.", "suspendre", "asserted"),
        ("Les syndicats réclament une hausse des salaires.", "réclamer", "asserted"),
        # announcing something of one's own performs it; announcing anything else reports it
        ("Le maire a annoncé sa démission lundi soir.", "annoncer", "asserted"),
        ("La chanteuse annonce la fin de sa tournée.", "annoncer", "asserted"),
        ("Le club a annoncé l'arrivée d'un nouvel entraîneur.", "annoncer", "reported"),
        # an incise still reports the speaker's words, and an outer frame still speaks
        ("« Les salaires baissent », dénonce le syndicat.", "baisser", "reported"),
        ("Selon le parquet, les manifestants ont demandé à rencontrer le préfet.", "rencontrer", "reported"),
    ],
)
def test_modality_a_speech_act_is_an_event_not_a_report(nlp, text: str, predicate: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert _modality_of(nlp, text, predicate) == expected


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("Le nouvel avion peut transporter 200 passagers.", "transporter"),
        ("Les vacanciers ont pu rejoindre leur camping mardi.", "rejoindre"),
        ("Les nouveaux tarifs pourront être appliqués dès janvier.", "appliquer"),
    ],
)
def test_modality_indicative_pouvoir_is_an_ability_not_a_hedge(nlp, text: str, predicate: str) -> None:  # type: ignore[no-untyped-def]
    """« pourrait » hedges; « peut », « a pu », « pourront » tell what someone can, did or may do."""
    assert _modality_of(nlp, text, predicate) == "asserted"


def test_modality_present_pouvoir_with_a_passive_is_a_possibility(nlp) -> None:  # type: ignore[no-untyped-def]
    """« ces pannes peuvent être liées à ... »: the epistemic reading."""
    assert _modality_of(nlp, "Certaines pannes peuvent être liées à la chaleur.", "lier") == "speculative"


def test_modality_the_conditional_of_politeness_is_no_hedge(nlp) -> None:  # type: ignore[no-untyped-def]
    """« je voudrais remercier »: the first person's conditional of politeness hedges nothing."""
    text = "« Je voudrais remercier les soignants », a déclaré la ministre."
    assert _modality_of(nlp, text, "remercier") == "reported"
    assert _modality_of(nlp, "Le ministre voudrait remercier les soignants.", "remercier") == "conditional"


def test_modality_a_headline_incise_reports_its_verbless_content(nlp) -> None:  # type: ignore[no-untyped-def]
    """« X : deux blessés dans ..., annonce la préfecture »: the claim is the toll, reported by the
    prefecture, and not the saying."""
    doc, claims = _claims(nlp, "Italie : deux blessés dans l'explosion d'une usine, annonce la préfecture.")
    toll = next(c for c in claims if "blessés" in doc[c.start:c.end].text)
    assert toll.modality == "reported" and toll.cue == "annoncer"
    assert "annonce" not in doc[toll.start:toll.end].text


def test_modality_a_quotation_before_a_colon_is_a_claim_of_its_own(nlp) -> None:  # type: ignore[no-untyped-def]
    """« "..." : ... »: the quoted words and the outlet's own words are two claims."""
    doc, claims = _claims(nlp, "« Nous sommes épuisés » : des soignants en grève dans trois hôpitaux")
    spans = [doc[c.start:c.end].text for c in claims]
    assert "Nous sommes épuisés" in spans
    assert "des soignants en grève dans trois hôpitaux" in spans
    # a bare noun phrase after the colon is no claim of its own
    doc, claims = _claims(nlp, "« Je ne regrette rien » : le long silence de la ministre")
    assert "le long silence de la ministre" not in [doc[c.start:c.end].text for c in claims]


def test_modality_a_possessive_after_the_verb_is_no_inverted_source(nlp) -> None:  # type: ignore[no-untyped-def]
    """« X, sénatrice, a annoncé, jeudi, son retrait de Y »: the sentence is X's announcement, not a
    verbless content reported by « son retrait »."""
    doc, claims = _claims(nlp, "La sénatrice de l'Aisne, Claire Roux, a annoncé, jeudi, son retrait de la course.")
    assert any("retrait" in doc[c.start:c.end].text for c in claims)


@pytest.mark.parametrize(("text", "predicate", "planned"), [
    # a threat, a promise, a decision or a wish tells an event still to come
    ("Le président a menacé mardi de bombarder le port voisin.", "bombarder", True),
    ("Le ministre promet de baisser les impôts.", "baisser", True),
    ("La mairie a décidé de fermer la piscine.", "fermer", True),
    ("Le club veut recruter un attaquant.", "recruter", True),
    # « va » + infinitive is a near future, « va à Lyon » a move
    ("Le pape va célébrer une messe le 26 septembre à Paris.", "aller", True),
    ("Le ministre va à Lyon mardi.", "aller", False),
    # the deed itself is told as happened
    ("Le président a bombardé le port voisin.", "bombarder", False),
    # an imminent act is still to come: read from its infinitive, or kept on « point »
    ("La navigatrice s'apprête à franchir la ligne d'arrivée.", "franchir", True),
    ("Le syndicat s'apprêtait à signer le protocole.", "signer", True),
    ("Le ministre est sur le point de démissionner.", "point", True),
    ("Le point de départ a été fixé à Nantes.", "fixer", False),
])
def test_the_infinitive_of_a_threat_or_a_promise_is_planned(nlp, text: str, predicate: str,  # type: ignore[no-untyped-def]
                                                            planned: bool) -> None:
    _, claims = _claims(nlp, text)
    found = [c for c in claims if c.predicate == predicate]
    assert found and found[0].planned is planned



@pytest.mark.parametrize(("text", "planned"), [
    # « devoir » in the present or the imperfect: an obligation or a plan still to come
    ("Le trésorier doit rembourser la somme en octobre.", True),
    ("Les riverains doivent être relogés dans un gymnase.", True),
    # « a dû », « ont dû »: what had to be done and was (or must have been), not a plan
    ("Le trésorier a dû rembourser la somme lundi.", False),
    ("Une trentaine de riverains ont dû être relogés dans un gymnase.", False),
    # a planning verb with a noun object plans the act the noun names
    ("Le projet prévoit la construction de 300 logements au bord du canal.", True),
    ("La mairie envisage la fermeture de la piscine.", True),
    ("La mairie a fermé la piscine.", False),
])
def test_a_plan_is_told_by_its_verb_not_by_a_done_obligation(nlp, text: str, planned: bool) -> None:  # type: ignore[no-untyped-def]
    _, claims = _claims(nlp, text)
    assert claims and any(c.planned for c in claims) is planned

@pytest.mark.parametrize(
    ("text", "predicate", "modality", "planned"),
    [
        # the future of indirect speech: a conditional under a verb that announces, in a past tense
        ("Le ministre a annoncé qu'il recevrait les syndicats avant la fin du mois.", "recevoir", "reported",
         True),
        ("Elle a déclaré que la réunion serait reportée.", "reporter", "reported", True),
        ("Le maire avait promis que le pont serait rouvert en mai.", "rouvrir", "reported", True),
        ("Les voisins recevraient le maire, a indiqué la préfecture.", "recevoir", "reported", True),
        # hearsay under « selon », a compound conditional, a present frame, a condition, an opinion:
        # the conditional stays
        ("Selon la police, le suspect serait en fuite.", "fuite", "conditional", False),
        ("Il a affirmé que deux soldats auraient été tués.", "tuer", "conditional", False),
        ("Le maire annonce qu'il recevrait les habitants.", "recevoir", "conditional", False),
        ("Il a dit qu'il démissionnerait si la loi passait.", "démissionner", "conditional", False),
        ("Il a dit qu'une fois la guerre gagnée, il signerait la paix.", "signer", "conditional", False),
        ("Les deux pays ont déclaré que tout accord violerait le traité.", "violer", "conditional", False),
        ("Le ministre a déclaré que la réforme serait une erreur.", "erreur", "conditional", False),
        ("Le ministre a estimé qu'une attaque serait une erreur.", "erreur", "conditional", False),
        # a relative clause inside what was said keeps its conditional
        ("Le couple « prévoit de s'installer dans une maison qui se trouverait hors de la ville », a écrit le journal.",
         "trouver", "conditional", False),
    ],
)
def test_modality_future_of_indirect_speech(nlp, text: str, predicate: str, modality: str,  # type: ignore[no-untyped-def]
                                            planned: bool) -> None:
    _, claims = _claims(nlp, text)
    c = next(c for c in claims if c.predicate == predicate)
    assert (c.modality, c.planned) == (modality, planned)


@pytest.mark.parametrize(
    ("text", "predicate", "expected"),
    [
        # an admission takes its content for granted: the admission is the news, in the article's voice
        ("Le suspect a reconnu avoir volé la voiture du voisin.", "voler", "asserted"),
        # with a clause in « que », a noun, or in an incise, it reports words
        ("L'entreprise a admis que l'usine polluait la rivière.", "polluer", "reported"),
        ("Le pays reconnaît l'indépendance de son voisin.", "reconnaître", "reported"),
        ("« J'ai menti », a reconnu le témoin.", "mentir", "reported"),
    ],
)
def test_modality_admission(nlp, text: str, predicate: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert _modality_of(nlp, text, predicate) == expected


def test_modality_admission_keeps_its_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    # the admission is told in the article's voice, but it rests on the admitter's word (claims.status)
    _, claims = _claims(nlp, "Le jeune homme a reconnu, vendredi, avoir tué le directeur de la banque.")
    c = next(c for c in claims if c.predicate == "tuer")
    assert (c.modality, c.cue) == ("asserted", "reconnaître")


@pytest.mark.parametrize(
    ("text", "predicate"),
    [("J'ai vendu ma maison pour payer mes dettes.", "vendre"),
     ("Nous pourrons bientôt ouvrir une nouvelle école.", "ouvrir")],
)
def test_modality_first_person_is_someones_words(nlp, text: str, predicate: str) -> None:  # type: ignore[no-untyped-def]
    assert _modality_of(nlp, text, predicate) == "reported"
@pytest.mark.parametrize(("text", "label", "predicate"), [
    ("Mort du chanteur Paul Martin : pourquoi sa chanson a marqué une génération", "Mort du chanteur Paul Martin",
     "mort"),
    ("Démission du maire de Tours : comment l'opposition a obtenu son départ", "Démission du maire de Tours",
     "démission"),
    ("Garçon de 6 ans oublié dans une voiture à Brest : comment les secours l'ont sauvé",
     "Garçon de 6 ans oublié dans une voiture à Brest", "oublier"),
])
def test_modality_a_headline_fact_before_the_colon_is_a_claim_of_its_own(nlp, text: str, label: str,  # type: ignore[no-untyped-def]
                                                                       predicate: str) -> None:
    """The clause after the colon gave the headline its claim; the fact stated before it (a
    verbless action noun, a participle) is a claim too."""
    doc, claims = _claims(nlp, text)
    by_span = {doc[c.start:c.end].text: c for c in claims}
    assert label in by_span and by_span[label].predicate == predicate
    assert len(claims) == 2


@pytest.mark.parametrize("text", [
    "Coupe du monde de rugby : les Bleus affrontent l'Irlande samedi",
    "La ministre des Sports : « nous ne céderons pas »",
    "« Le directeur a toujours soutenu les équipes » : le syndicat défend la direction",
])
def test_modality_a_rubric_or_a_speaker_before_the_colon_is_no_claim(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """A rubric names no fact, a speaker is no claim, and a quotation is someone's words: none of
    them becomes a claim of the outlet's own."""
    _, claims = _claims(nlp, text)
    assert len(claims) == 1

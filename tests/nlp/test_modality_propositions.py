"""Contesting a proposition is denying it; contesting a decision is an act (issue 13, ninth session).

A proposition is what someone found, holds or states about a fact (a finding, an accusation, a
version, a figure, a circumstance held against someone); a decision, a plan, a proposal or a law is
rejected by an act. Sentences written for the tests.
"""

from __future__ import annotations

import pytest

from tests.nlp.helpers import claims_of as _claims
from tests.nlp.helpers import modality_of as _modality

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "predicate", "expected"), [
    # the present of « contester » is read as the verb (its lemma was the noun's before)
    ("La mairie conteste les accusations de favoritisme.", "contester", "denied"),
    ("Les élus contestent les conclusions de l'audit.", "contester", "denied"),
    ("L'association conteste le chiffre avancé par la préfecture.", "contester", "denied"),
    # a decision, a plan, a law: an act
    ("Le syndicat conteste la réforme des retraites.", "contester", "asserted"),
    ("Le joueur conteste sa suspension devant la commission.", "contester", "asserted"),
    ("Le joueur conteste la sanction devant la commission.", "contester", "asserted"),
    ("L'entreprise conteste le licenciement devant les prud'hommes.", "contester", "asserted"),
    # any other thing done or planned: an act; a fault or a pronoun: denied
    ("L'héritière conteste la cession des actions du club.", "contester", "asserted"),
    ("Le maire rejette le rachat du terrain par la commune.", "rejeter", "asserted"),
    ("Le directeur rejette toute faute dans la gestion du chantier.", "rejeter", "denied"),
    ("Le ministre conteste la légalité de la perquisition.", "contester", "denied"),
    # setting aside or opposing a proposition denies it; a person or a plan, no
    ("La défense écarte la thèse de l'accident.", "écarter", "denied"),
    ("Les enquêteurs écartent la piste criminelle.", "écarter", "denied"),
    ("L'entraîneur écarte le gardien titulaire.", "écarter", "asserted"),
    ("La préfète s'oppose aux conclusions des services vétérinaires.", "opposer", "denied"),
    ("Le conseil s'est opposé au projet de parking.", "opposer", "asserted"),
    # opposing a thing to be done (« le fait de » / « l'idée de » and a present infinitive) refuses a measure
    ("Les riverains se sont opposés au fait d'ouvrir une troisième voie.", "opposer", "asserted"),
    ("Le canton s'oppose à l'idée de construire un second pont.", "opposer", "asserted"),
    # (the parser may hang the infinitive on the verb, not on « fait »: the same measure refused)
    ("La direction s'oppose au fait de réduire les horaires du guichet.", "opposer", "asserted"),
    # a past infinitive tells a fact held against someone: opposing it denies it
    ("Le syndicat s'oppose au fait d'avoir licencié trois salariés.", "opposer", "denied"),
    # but opposing an accusation of wanting to do something denies the accusation
    ("Le maire s'oppose aux accusations de vouloir vendre le stade.", "opposer", "denied"),
    ("La directrice s'oppose à l'accusation de vouloir supprimer la cantine.", "opposer", "denied"),
])
def test_modality_proposition_or_decision(nlp, text: str, predicate: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert _modality(nlp, text, predicate) == expected


def test_modality_a_decision_contested_by_someone_is_no_denial(nlp) -> None:  # type: ignore[no-untyped-def]
    _, claims = _claims(nlp, "La réforme contestée par les syndicats entre en vigueur lundi.")
    assert all(c.modality != "denied" for c in claims)
    _, claims = _claims(nlp, "Les accusations contestées par le maire portent sur trois marchés.")
    assert any(c.modality == "denied" for c in claims)


def test_modality_the_finding_a_denial_rejects_is_a_claim_of_its_own(nlp) -> None:  # type: ignore[no-untyped-def]
    doc, claims = _claims(nlp, "L'avocat conteste la qualification de vol en bande retenue par le juge.")
    denial = next(c for c in claims if c.predicate == "contester")
    found = next(c for c in claims if c.predicate == "retenir")
    assert denial.modality == "denied" and doc[denial.start:denial.end].text.endswith("vol en bande")
    assert found.modality == "asserted" and doc[found.start:found.end].text == "retenue par le juge"
    assert found.subject is not None and doc[found.subject[0]:found.subject[1]].text == "le juge"
    assert found.object is not None and "qualification" in doc[found.object[0]:found.object[1]].text


def test_modality_a_participle_without_its_holder_stays_in_the_denial(nlp) -> None:  # type: ignore[no-untyped-def]
    _, claims = _claims(nlp, "L'avocat conteste la qualification de vol retenue contre son client.")
    assert [c.predicate for c in claims if c.modality == "asserted" and c.predicate == "retenir"] == []


@pytest.mark.parametrize(("text", "negated"), [
    # « ne » alone negates « pouvoir », « savoir », « oser »
    ("Le juge estime que la légitime défense ne peut être retenue.", True),
    ("Selon l'expert, la cause de la panne ne saurait être établie.", True),
    # a restriction, and « ne cesse de » (the event goes on), are no negation
    ("Le maire ne peut que constater les dégâts.", False),
    ("La rivière ne cesse de monter depuis lundi.", False),
])
def test_modality_ne_alone(nlp, text: str, negated: bool) -> None:  # type: ignore[no-untyped-def]
    _, claims = _claims(nlp, text)
    assert claims
    assert any(c.negated for c in claims) == negated
    if negated:
        assert all(c.modality != "speculative" for c in claims if c.negated)


@pytest.mark.parametrize(("text", "denied"), [
    # « dément », which the tagger reads as the adjective, is the verb before what a verb takes
    ("Le ministère dément avoir bombardé le camp.", True),
    ("Le club dément toute irrégularité dans le transfert.", True),
    ("La ministre dément formellement ces informations.", True),
    # the adjective
    ("C'est un projet dément, selon les habitants.", False),
    ("Le prix dément de ce tableau a surpris les experts.", False),
])
def test_modality_a_denial_verb_the_tagger_missed(nlp, text: str, denied: bool) -> None:  # type: ignore[no-untyped-def]
    _, claims = _claims(nlp, text)
    assert claims
    assert any(c.modality == "denied" and c.cue == "démentir" for c in claims) == denied


@pytest.mark.parametrize(("text", "modality"), [
    # a negated reporting verb reports nothing: its content is raised, stated by no one
    ("Rien n'indique pour l'instant que le barrage a cédé.", "speculative"),
    ("La mairie n'a pas confirmé que le marché a été annulé.", "speculative"),
    ("La mairie indique que le barrage a cédé.", "reported"),
])
def test_modality_content_of_a_negated_reporting_verb(nlp, text: str, modality: str) -> None:  # type: ignore[no-untyped-def]
    _, claims = _claims(nlp, text)
    content = [c for c in claims if c.predicate in {"céder", "annuler"}]
    assert content and content[0].modality == modality

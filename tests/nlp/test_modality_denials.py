"""`denied` is a source rejecting a statement, and only that (issue 13). Sentences written for the tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _modality(nlp, text: str, predicate: str) -> str:  # type: ignore[no-untyped-def]
    claims = nlp(text)._.claims
    found = [c for c in claims if c.predicate == predicate]
    assert found, f"no claim with predicate {predicate!r} in {[c.predicate for c in claims]}"
    return found[0].modality


@pytest.mark.parametrize(("text", "predicate", "expected"), [
    # a denial participle with its agent
    ("Des accusations de corruption, démenties par le maire.", "accusation", "denied"),
    # rejecting a statement is denying it; rejecting a request or a bill is an act
    ("Le ministre a rejeté, jeudi 3 avril, les affirmations selon lesquelles les policiers seraient épuisés.",
     "rejeter", "denied"),
    ("Le juge a rejeté la demande de remise en liberté.", "rejeter", "asserted"),
    ("Le Sénat rejette le projet de loi sur l'eau.", "rejeter", "asserted"),
    ("L'entraîneur a rejeté toute faute après la défaite.", "rejeter", "denied"),
    # calling it a lie
    ("Une affirmation que le Kremlin a qualifiée de « mensonge ».", "qualifier", "denied"),
    ("Le patron a qualifié l'opération de réussite.", "qualifier", "asserted"),
])
def test_modality_denials(nlp, text: str, predicate: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert _modality(nlp, text, predicate) == expected


def test_modality_content_of_a_coordinated_reporting_verb_is_reported(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Le maire a nié tout conflit, mais indiqué que le projet sera abandonné."
    claims = {c.predicate: c for c in nlp(text)._.claims}
    assert claims["nier"].modality == "denied"
    assert claims["abandonner"].modality == "reported" and claims["abandonner"].cue == "indiquer"


def test_modality_clause_does_not_stretch_over_a_final_nested_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Le maire a nié tout conflit, mais indiqué que le projet sera abandonné.")
    nier = next(c for c in doc._.claims if c.predicate == "nier")
    assert doc[nier.start:nier.end].text == "Le maire a nié tout conflit"


def test_modality_content_of_rejected_affirmations_is_denied(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Le maire a rejeté, lundi 3 mars, les affirmations selon lesquelles les agents s'inquiètent "
            "des conditions de travail.")
    claims = {c.predicate: c for c in nlp(text)._.claims}
    assert claims["inquiéter"].modality == "denied" and claims["inquiéter"].cue == "rejeter"


def test_modality_content_of_commented_information_is_not_denied(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = nlp("Le maire commente les informations selon lesquelles le projet serait abandonné.")._.claims
    assert all(c.modality != "denied" for c in claims)


def test_modality_a_tagged_conditional_must_have_a_conditional_shape(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = nlp("Je vois ma sœur galérer entre ses études et son travail.")._.claims
    # not conditional; reported, as first person in a news text is someone's words
    assert [c.modality for c in claims if c.predicate == "voir"] == ["reported"]


def test_modality_apposition_after_a_denied_statement_is_the_writers(nlp) -> None:  # type: ignore[no-untyped-def]
    # the denial rejects what the affirmations say, not the writer's description of the ship
    text = ("Le ministre a rejeté les affirmations selon lesquelles les soldats se plaignent des rations servies "
            "à bord de la frégate, engagée depuis six mois dans l'océan Indien.")
    doc = nlp(text)
    claims = {c.predicate: c for c in doc._.claims}
    assert claims["plaindre"].modality == "denied"
    assert "engagée" not in doc[claims["plaindre"].start:claims["plaindre"].end].text
    assert claims["engager"].modality == "asserted" and not claims["engager"].negated


def test_modality_apposition_inside_a_denied_clause_only_when_it_ends_it(nlp) -> None:  # type: ignore[no-untyped-def]
    # no apposition: the denied clause keeps its whole extent
    text = "Le ministre a démenti que l'armée avait bombardé le camp de réfugiés près de la frontière."
    doc = nlp(text)
    claims = {c.predicate: c for c in doc._.claims}
    assert claims["bombarder"].modality == "denied"
    assert doc[claims["bombarder"].start:claims["bombarder"].end].text.endswith("frontière")


@pytest.mark.parametrize("text", [
    "Le maire annonce la fermeture de la piscine municipale, l'opposition dément",
    "Moscou affirme avoir abattu quarante drones au-dessus de la mer Noire, Kiev dément.",
])
def test_modality_a_headline_closed_by_a_denier_is_a_statement_and_its_denial(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    claims = sorted(doc._.claims, key=lambda c: c.start)
    denial = claims[-1]
    assert denial.modality == "denied" and denial.predicate == "démentir"
    assert doc[denial.start:denial.end].text.split()[-1].startswith("dément")
    stated = [c for c in claims if c is not denial]
    assert stated and all(c.modality != "denied" and c.end <= denial.start for c in stated)


def test_modality_a_negated_or_relative_denial_at_the_end_is_not_split(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = nlp("Le ministre a parlé, et personne ne le conteste.")._.claims
    assert not any(c.predicate == "contester" and c.modality == "denied" for c in claims)


@pytest.mark.parametrize("text", [
    "La sénatrice a refusé de soutenir la candidature du maire sortant.",
    "Le ministère a refusé de confirmer l'information.",
])
def test_modality_a_refusal_to_act_is_no_denial(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    # « refuser de » + infinitive is an act told in the article's voice: no statement is rejected,
    # so nothing is `denied` (a group of such a claim would read as a dispute)
    claims = nlp(text)._.claims
    assert [c.predicate for c in claims] == ["refuser"] and claims[0].modality == "asserted"


@pytest.mark.parametrize(("text", "modality"), [
    ("L'assistante du ministre a refusé les habilitations de sécurité.", "asserted"),
    ("Le ministre a refusé les accusations de l'opposition.", "denied"),
])
def test_modality_refusing_a_thing_is_an_act_refusing_a_statement_a_denial(nlp, text: str, modality: str) -> None:  # type: ignore[no-untyped-def]
    claims = [c for c in nlp(text)._.claims if c.predicate == "refuser"]
    assert claims and claims[0].modality == modality


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        # a verb coordinated with the rejection of a decision is the actor's own act
        ("Le ministre rejette le plan de la commission et exige un nouveau vote.", "exiger"),
        # refusing a thing is an act: the clause juxtaposed to it is denied by no one
        ("Le gérant refuse l'entrée du bar à deux clients, la mairie dénonce une discrimination.", "dénoncer"),
    ],
)
def test_modality_a_clause_beside_a_rejection_is_not_denied(nlp, text: str, predicate: str) -> None:  # type: ignore[no-untyped-def]
    assert _modality(nlp, text, predicate) == "asserted"


@pytest.mark.parametrize(("text", "figure", "denier"), [
    ("Le syndicat annonce 3 000 manifestants, un chiffre contesté par la préfecture.", "annoncer", "la préfecture"),
    ("La police a compté 800 manifestants, un bilan contesté par les organisateurs.", "compter", "les organisateurs"),
])
def test_modality_a_figure_contested_in_apposition(nlp, text: str, figure: str, denier: str) -> None:  # type: ignore[no-untyped-def]
    """« X annonce 3 000 manifestants, un chiffre contesté par Y »: X's figure is not denied; the
    apposition is Y's denial, Y its source (not X, whose verb frames the sentence)."""
    doc = nlp(text)
    claims = {c.predicate: c for c in doc._.claims}
    assert claims[figure].modality != "denied"
    contested = claims["contester"]
    assert contested.modality == "denied"
    assert contested.frame is not None and contested.frame.source == denier


@pytest.mark.parametrize(("text", "verdict", "speaker"), [
    # the parse reads the verdict as a noun phrase of its own, or not as a clause at all
    ("« Sans fondement » : accusé de corruption par un ancien associé, le maire de Vernoux répond",
     "Sans fondement", "le maire de Vernoux"),
    ("« Dénuées de fondement » : soupçonnée de fraude par ses associés, la chanteuse Inès Vallat répond",
     "Dénuées de fondement", "la chanteuse"),
    # a verdict under a reporting verb: the frame names the speaker
    ("« Totalement faux », a réagi la ministre des Sports après la parution de l'enquête.",
     "Totalement faux", "ministre des Sports"),
])
def test_modality_a_verdict_quoted_alone_is_its_speakers_denial(nlp, text: str, verdict: str,  # type: ignore[no-untyped-def]
                                                                 speaker: str) -> None:
    from datetime import date

    from recoupe.model import Article
    from recoupe.nlp.extract import analyse

    found = [c for c in analyse(nlp(text), Article(id="a", text=text, origin="t", published=date(2025, 9, 2))).claims
             if c.text == verdict]
    assert found and found[0].modality == "denied"
    assert found[0].attributed_to == speaker


@pytest.mark.parametrize("text", [
    "« Une enquête sans fondement juridique » : le maire attaque la décision du préfet",
    "« Des faux billets partout » : les commerçants de Vernoux inquiets",
    "« Sans fondement » et autres nouvelles du jour",
])
def test_modality_a_quotation_that_holds_more_than_a_verdict_denies_nothing(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [c for c in nlp(text)._.claims if c.modality == "denied"]

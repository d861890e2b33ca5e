"""The same fact told with other words (groups17): the act one fell victim to, a retirement made
known, a relative clause's own figure, the injured named by an adjective (sentences written for the
tests)."""

from __future__ import annotations

import pytest

from recoupe.claims.groups import (
    _Features,
    count_keys,
    count_values,
    event_key,
    main_verb,
    own_time,
    planned_apart,
    rule_link,
    victim_of,
)
from tests.claims.helpers import claim


@pytest.mark.parametrize(("predicate", "text", "act"), [
    ("victime", "Cette mutuelle fut victime d'un piratage massif", "piratage"),
    ("victime", "Deux passantes ont été victimes d'une attaque au couteau", "attaque"),
    ("victime", "Le club, victime d'une cyberescroquerie, porte plainte", "cyberescroquerie"),
    ("victim", "The county, victim of a hack last spring, paid nothing", "hack"),
])
def test_the_act_one_fell_victim_to_is_the_action(predicate: str, text: str, act: str) -> None:
    assert victim_of(predicate, text) == act
    assert main_verb(predicate, text) == act


@pytest.mark.parametrize(("predicate", "text"), [
    ("victime", "Trois victimes dans la collision de la nuit"),
    ("ouvrir", "Une enquête ouverte après l'attaque d'une bijouterie"),
])
def test_a_victim_without_an_act_stays(predicate: str, text: str) -> None:
    assert victim_of(predicate, text) == predicate


def test_a_victim_of_hacking_is_no_death() -> None:
    hacked = claim("a:c1", "Cette mutuelle fut victime d'un piratage massif", predicate="victime",
                   lemmas=["mutuelle", "régional", "victime", "piratage", "mars"])
    dead = claim("b:c1", "Le randonneur est mort dans sa chute", predicate="mourir",
                 lemmas=["randonneur", "mourir", "chute"])
    assert event_key(hacked) == ""
    assert event_key(dead) == "#e:kill"


@pytest.mark.parametrize("text", [
    "Le pilote fait part de sa retraite prochaine",
    "Deux quotidiens font part de la prochaine retraite de l'escrimeuse",
])
def test_a_retirement_made_known_with_faire_part(text: str) -> None:
    assert main_verb("faire", text) == "retraite"


def test_a_retirement_announced_in_the_passive() -> None:
    assert main_verb("annoncer", "sa retraite a été officialisée mardi par la fédération") == "retraite"
    assert main_verb("faire", "La nageuse fait part de sa colère") == "faire"


def test_a_relative_clause_states_its_own_figure() -> None:
    relative = claim("a:c2", "qui toucherait près de 90 000 abonnés", subject="fuite", predicate="toucher",
                     sentence="La fuite, qui toucherait près de 90 000 abonnés, inquiète l'opérateur.",
                     lemmas=["toucher", "abonné"])
    told = claim("b:c1", "Quelque 88 000 abonnés sont touchés par la fuite", predicate="toucher",
                 lemmas=["abonné", "toucher", "fuite"])
    assert count_keys(relative) & count_keys(told)
    assert rule_link(_Features(relative), _Features(told))
    # stories read an article's figures without a relative clause's own: often another story's, recalled
    assert not count_keys(relative, own_relative=False) & count_keys(told, own_relative=False)


def test_a_figure_in_a_relative_clause_inside_a_claim_stays_background() -> None:
    inside = claim("a:c1", "La fuite, qui toucherait près de 90 000 abonnés, inquiète l'opérateur",
                   predicate="inquiéter", lemmas=["fuite", "toucher", "abonné", "inquiéter", "opérateur"])
    assert not any(k.startswith("#n:") for k in count_keys(inside))


def test_a_figure_after_a_relative_clause_closed_before_the_claims_verb_is_the_claims() -> None:
    # the relative clause ends before « a désormais submergé »: the count is the main clause's, as told elsewhere
    after = claim("a:c1", "La crue qui menace le bourg a désormais submergé 2 400 maisons", predicate="submerger",
                  lemmas=["crue", "menacer", "bourg", "submerger", "maison"])
    told = claim("b:c1", "Quelque 2 400 maisons submergées par la crue", predicate="submerger",
                 lemmas=["maison", "submerger", "crue"])
    assert count_keys(after) & count_keys(told)
    assert rule_link(_Features(after), _Features(told))
    # the claim's verb stands before the relative clause, not after it: the figure stays the relative's
    before = claim("c:c1", "La crue recule, elle qui a submergé 2 400 maisons", predicate="reculer",
                   lemmas=["crue", "reculer", "submerger", "maison"])
    assert not any(k.startswith("#n:") for k in count_keys(before))
    # stories read the article's figures as they did
    assert not any(k.startswith("#n:") for k in count_keys(after, own_relative=False))


@pytest.mark.parametrize(("predicate", "text", "own"), [
    # the relative's own verb is the claim's verb: its figure stays the relative's (review revd28, finding 3),
    # the figure after the claim's verb is the claim's
    ("toucher", "L'épidémie, qui a touché 2 000 personnes l'hiver dernier, touche désormais 3 500 enfants", 3_500),
    ("submerger", "La crue qui avait submergé 2 400 maisons en 2018 a submergé hier 9 000 caves", 9_000),
    # « vendredi » is no form of « vendre »: the recall's figure is not the sale's
    ("vendre", "Le constructeur qui a rappelé vendredi 30 000 véhicules a vendu 2 000 000 voitures", 2_000_000),
])
def test_a_relative_clause_s_own_verb_keeps_its_figure(predicate: str, text: str, own: float) -> None:
    c = claim("a:c1", text, predicate=predicate, lemmas=[predicate])
    _, values = count_values(c)
    assert {v for _, v in values} == {own}, values


@pytest.mark.parametrize(("predicate", "text"), [
    # the relative's own verb is the claim's verb, and nothing follows it: the figure is background
    ("submerger", "La crue qui avait submergé 2 400 maisons en 2018 a submergé hier le centre-ville"),
    ("vendre", "Le constructeur qui a rappelé vendredi 30 000 véhicules a vendu ses usines"),
])
def test_a_relative_clause_s_figure_is_not_the_claim_s(predicate: str, text: str) -> None:
    c = claim("a:c1", text, predicate=predicate, lemmas=[predicate])
    assert not any(k.startswith("#n:") for k in count_keys(c)), text


@pytest.mark.parametrize(("predicate", "text"), [
    # the claim opens with « après » or « alors que »: a subordinate clause, whose figure is the background
    ("submerger", "Après une première crue qui a submergé 900 maisons au printemps"),
    ("frapper", "Alors que la côte avait été frappée par une tempête de force 9"),
])
def test_a_figure_after_a_subordinate_opening_stays_background(predicate: str, text: str) -> None:
    c = claim("a:c1", text, predicate=predicate, lemmas=[predicate])
    assert not any(k.startswith("#n:") for k in count_keys(c)), text


def test_the_injured_named_by_an_adjective_are_a_tally() -> None:
    adjective = claim("a:c1", "Vosges : deux gendarmes légèrement blessés dans une collision", predicate="gendarme",
                      lemmas=["vosges", "gendarme", "blessé", "collision"])
    verb = claim("b:c2", "Les deux gendarmes ont été blessés", predicate="blesser", lemmas=["gendarme", "blesser"])
    assert "#n:blessé" in count_keys(adjective) & count_keys(verb)


def test_support_announced_with_a_day_between() -> None:
    assert main_verb("annoncer", "La sénatrice a confirmé, jeudi, son soutien au maire sortant") == "soutenir"
    assert main_verb("annoncer", "Le club annonce mardi son nouveau stade") == "annoncer"


@pytest.mark.parametrize("text", [
    "Lise Moret, ministre de la Culture de 1997 à 2002, est morte à 90 ans",
    "Lise Moret, qui fut ministre entre 1997 et 2002, est décédée",
])
def test_a_span_of_years_dates_no_news(text: str) -> None:
    assert own_time(text, "1997") == ""


def test_a_year_alone_still_dates_its_claim() -> None:
    assert own_time("Le pont a été inauguré en 1997", "1997") == "1997"


def test_a_plan_and_its_deed_on_the_same_day_are_one_fact() -> None:
    plan = claim("a:c1", "La skieuse effectuera ce mardi sa première descente olympique", predicate="effectuer",
                 planned=True, time="2030-02-12")
    deed = claim("b:c1", "La skieuse a effectué sa première descente olympique mardi après-midi",
                 predicate="effectuer", time="2030-02-12TAF")
    earlier = claim("c:c1", "La skieuse a effectué sa première descente en Coupe du monde", predicate="effectuer",
                    time="2029-12-03")
    assert not planned_apart(plan, deed)
    assert planned_apart(plan, earlier)
    assert planned_apart(plan, claim("d:c1", "Elle a effectué la descente", predicate="effectuer"))

"""The same fact across outlets: actions named by a light verb and its noun phrase or particle
(groups.main_verb), French and English."""

from __future__ import annotations

import pytest

from recoupe.claims.groups import _Features, main_verb, rule_link
from recoupe.lang.predicates import CLASS_OF
from recoupe.model import Claim


@pytest.mark.parametrize(("verb", "text", "action"), [
    ("apporter", "Le sénateur apporte tout son soutien à la candidate", "soutenir"),
    ("confirmer", "Sa galerie confirme le décès du peintre", "décéder"),
    ("step", "The senator stepped down on Friday", "step_down"),
    ("bow", "The host bows out of the televised forum", "bow_out"),
    ("take", "The lobbyist was taken into custody at dawn", "arrest"),
    ("swear", "She was sworn in as governor", "swear_in"),
    ("ouvrir", "Les gardes-frontières ont ouvert le feu sur la camionnette", "tirer"),
    ("open", "Guards opened fire on the van at the checkpoint", "shoot"),
    # a toll made by the event: the deaths or injuries themselves
    ("faire", "Le glissement de terrain a fait quatre morts dans la vallée", "mourir"),
    ("causer", "L'épidémie a causé un deuxième décès dans le canton", "mourir"),
    ("annoncer", "Le député annonce son ralliement à la candidate", "soutenir"),
    ("coûter", "La collision du week-end lui a coûté la vie", "mourir"),
    ("provoquer", "L'explosion a provoqué six blessés légers", "blesser"),
    ("leave", "The landslide left four hikers dead in the valley", "kill"),
    ("claim", "The outbreak has claimed two lives in the county", "kill"),
    ("cause", "The explosion caused six injuries at the plant", "injure"),
])
def test_a_phrase_names_the_action_of_its_light_verb(verb: str, text: str, action: str) -> None:
    assert main_verb(verb, text) == action


@pytest.mark.parametrize(("verb", "text"), [
    ("apporter", "Il apporte des preuves au juge"),
    ("annoncer", "Le maire annonce la mort du projet de rocade"), ("take", "She takes a walk every morning"),
    ("step", "He stepped into the room"), ("ouvrir", "La boulangerie ouvre le dimanche matin"),
    ("open", "The museum opens its doors on Monday"),
    ("faire", "Le ministre a fait le point sur les victimes de la crue"), ("claim", "The party claimed victory"),
    ("leave", "The minister left the meeting early"), ("causer", "La grève a causé des retards"),
])
def test_a_light_verb_without_its_phrase_stays(verb: str, text: str) -> None:
    assert main_verb(verb, text) == verb


def test_english_phrasal_verbs_meet_the_verbs_of_their_class() -> None:
    assert CLASS_OF["step_down"] == CLASS_OF["resign"] == CLASS_OF["bow_out"]
    assert CLASS_OF["swear_in"] == CLASS_OF["inaugurate"]
    assert CLASS_OF["elect"] == CLASS_OF["defeat"] == CLASS_OF["win"]


def _claim(cid: str, text: str, predicate: str, lemmas: list[str], language: str = "fr") -> Claim:
    return Claim(id=cid, article_id=cid.split(":")[0], text=text, sentence=text, start=0, end=len(text),
                 subject="", predicate=predicate, lemmas=lemmas, language=language)


def test_a_death_made_known_meets_the_death_told_with_its_verb() -> None:
    known = _claim("a:c1", "Mgr Paul Vernet : le diocèse officialise son décès à 88 ans", "officialiser",
                   ["officialiser", "diocèse", "décès", "paul", "vernet", "an"])
    died = _claim("b:c1", "Mgr Paul Vernet est décédé dimanche dans sa maison", "décéder",
                  ["décéder", "paul", "vernet", "dimanche", "maison"])
    assert rule_link(_Features(known), _Features(died))


def test_a_resignation_told_with_a_phrasal_verb_meets_the_verb() -> None:
    stepped = _claim("a:c1", "Senator Dana Whitfield stepped down from the Senate on Monday", "step",
                     ["step", "senator", "dana", "whitfield", "senate", "monday"], "en")
    resigned = _claim("b:c1", "Dana Whitfield resigns from the Senate", "resign",
                      ["resign", "dana", "whitfield", "senate"], "en")
    assert rule_link(_Features(stepped), _Features(resigned))


def test_shots_fired_meet_the_verb_of_shooting() -> None:
    fired = _claim("a:c1", "Des policiers en patrouille ont ouvert le feu sur la voiture du suspect à Vernol", "ouvrir",
                   ["ouvrir", "policier", "patrouille", "feu", "voiture", "suspect", "vernol"])
    shot = _claim("b:c1", "Des policiers ont tiré sur la voiture du suspect à Vernol", "tirer",
                  ["tirer", "policier", "voiture", "suspect", "vernol"])
    assert CLASS_OF[main_verb(fired.predicate, fired.text)] == CLASS_OF["tirer"]
    assert rule_link(_Features(fired), _Features(shot))



def test_a_toll_is_read_on_a_toll_verb_only() -> None:
    # the charge names a fire that caused deaths: the claim's action is the charge, not the deaths
    text = "Mis en examen pour un feu de broussailles ayant entraîné la mort de deux forestiers"
    assert main_verb("mettre", text) != "mourir"


def test_rescue_verbs_and_nouns_are_one_class() -> None:
    assert CLASS_OF["sauver"] == CLASS_OF["secourir"] == CLASS_OF["sauvetage"] == CLASS_OF["rescue"]

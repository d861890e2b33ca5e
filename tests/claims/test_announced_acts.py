"""An act made known by its noun (« a annoncé l'abandon du projet ») is the act itself (issue #13,
frgroups32): its claim's verb was the announcing verb, so it never met the outlets that tell the act with
its own verb (« renonce au projet ») and each outlet stood in a group of its own. Other places, other
people, other days and a plan against a deed stay apart. Articles written for the tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from recoupe.claims.groups import main_verb
from recoupe.claims.status import same_event
from tests.claims.helpers import build_outlet_stories


@pytest.mark.parametrize(("verb", "text", "act"), [
    ("officialiser", "La ministre a officialisé jeudi soir l'abandon du doublement des péages", "renoncer"),
    ("annoncer", "Le préfet annonce l'annulation du carnaval de Brelande", "annuler"),
    ("confirmer", "La mairie confirme la fermeture définitive de la patinoire", "fermer"),
    ("officialiser", "Le maire a officialisé ce lundi sa démission", "démissionner"),
    # an act on a person: the person is no subject, the announcement stays the claim's act
    ("annoncer", "Le club annonce la suspension de son gardien", "annoncer"),
    ("annoncer", "Le parti annonce la démission de son trésorier", "annoncer"),
    # another clause between the verb and the noun: the announcement stays the act
    ("annoncer", "Le maire annonce qu'il ne demandera pas la suspension du chantier", "annoncer"),
    ("annoncer", "Le ministre annonce un plan de relance pour les ports", "annoncer"),
])
def test_the_act_an_announcement_names(verb: str, text: str, act: str) -> None:
    assert main_verb(verb, text) == act


def test_the_thing_an_announced_act_bears_on() -> None:
    from recoupe.claims.groups import announced_theme

    assert announced_theme("annoncer", "Le préfet annonce l'interdiction des feux de camp près de Brelande") == "feux"
    assert announced_theme("annoncer", "La ministre a annoncé l'abandon du doublement des péages") == "doublement"
    assert announced_theme("annoncer", "Le maire annonce sa démission") == ""  # one's own act: the subject
    assert announced_theme("annoncer", "Le ministre annonce un plan de relance") == ""


def test_giving_up_is_one_act_in_its_words() -> None:
    assert same_event("renoncer", "abandonner")
    assert not same_event("renoncer", "annuler")


def _groups_with(dossier: dict[str, Any], *needles: str) -> list[set[str]]:
    """For each needle, the ids of the groups of the claims that hold it."""
    out = []
    for needle in needles:
        gids = {c["group"] or c["id"] for c in dossier["claims"] if needle in c["text"]}
        assert gids, needle
        out.append(gids)
    return out


ONE_ACT = {"peages": [
    ("route-matin.example", "Péages : la ministre des Transports, Odile Varenne, a officialisé jeudi soir l'abandon du "
                            "doublement des péages autoroutiers. Les automobilistes redoutaient une hausse brutale. "
                            "Les associations d'usagers saluent un recul."),
    ("voie-soir.example", "Péages autoroutiers : l'exécutif renonce finalement au doublement des péages. La "
                          "ministre des Transports, Odile Varenne, l'a dit jeudi à la radio. Les usagers craignaient "
                          "la facture."),
]}


def test_an_announced_abandonment_and_the_giving_up_are_one_group(nlp: Any, tmp_path: Path) -> None:
    dossier = build_outlet_stories(nlp, tmp_path, ONE_ACT)
    announced, gave_up = _groups_with(dossier, "abandon du doublement", "renonce finalement au doublement")
    assert announced & gave_up, (announced, gave_up)


OWN_ACT = {"maire": [
    ("ville-matin.example", "Brelande : le maire Jean Causse annonce sa démission après vingt ans de mandat. Il "
                            "invoque des raisons de santé. Le conseil municipal se réunira lundi."),
    ("ville-soir.example", "Brelande : le maire Jean Causse démissionne après vingt ans de mandat. Sa santé l'y "
                           "contraint, dit-il. Un conseil municipal est prévu lundi."),
]}


def test_an_announced_resignation_and_the_resignation_are_one_group(nlp: Any, tmp_path: Path) -> None:
    dossier = build_outlet_stories(nlp, tmp_path, OWN_ACT)
    announced, resigned = _groups_with(dossier, "annonce sa démission", "Causse démissionne")
    assert announced & resigned, (announced, resigned)


def test_the_same_pile_in_two_orders_gives_the_same_groups(nlp: Any, tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    a = build_outlet_stories(nlp, tmp_path / "a", ONE_ACT)
    b = build_outlet_stories(nlp, tmp_path / "b", {"peages": list(reversed(ONE_ACT["peages"]))})

    def parts(d: dict[str, Any]) -> set[frozenset[str]]:
        text = {c["id"]: c["text"] for c in d["claims"]}
        return {frozenset(text[c] for c in g["claims"]) for g in d["claim_groups"]}

    assert parts(a) == parts(b)


APART = {
    # another town's carnival cancelled
    "town": [("cote-matin.example", "Carnaval : le préfet du Morvent annonce l'annulation du carnaval de Brelande. "
                                    "Les vents violents attendus samedi menacent les chars. Les forains sont déçus."),
             ("cote-soir.example", "Le carnaval de Quillac est annulé. Le maire de Quillac invoque un budget trop "
                                   "serré. Les associations protestent.")],
    # another person suspended by the same club
    "person": [("sport-matin.example", "Football : le club de Varenne annonce la suspension de son gardien Paul "
                                       "Ardent. Il a insulté un arbitre dimanche. La sanction court un mois."),
               ("sport-soir.example", "Football : le défenseur Marc Tessier suspendu par le club de Varenne. Il a "
                                      "manqué trois entraînements. La sanction court deux matchs.")],
    # the plan given up, and another plan of the same ministry that goes on
    "other_plan": [("route-matin.example", "Péages : la ministre des Transports a officialisé jeudi soir l'abandon du "
                                           "doublement des péages autoroutiers. Les automobilistes redoutaient une "
                                           "hausse brutale."),
                   ("voie-soir.example", "Le gouvernement renonce à la réforme des permis de conduire. La ministre "
                                         "des Transports l'a dit jeudi. Les auto-écoles sont soulagées.")],
    # another year's cancellation of the same carnival
    "day": [("cote-matin.example", "Carnaval : le préfet annonce jeudi l'annulation du carnaval de Brelande. Les "
                                   "vents violents attendus samedi menacent les chars. Les forains sont déçus."),
            ("cote-soir.example", "Brelande se souvient : le carnaval de Brelande avait été annulé en 2019 après "
                                  "une tempête. Les chars étaient restés au dépôt. La ville avait remboursé les "
                                  "forains.")],
    # the mayor resigns; his deputy resigned too, another person of the same town hall
    "resign": [("ville-matin.example", "Brelande : le maire Jean Causse annonce sa démission après vingt ans de "
                                       "mandat. Il invoque sa santé. Le conseil municipal se réunira lundi."),
               ("ville-soir.example", "Brelande : l'adjointe aux finances Claire Rivet démissionne. Elle "
                                      "conteste le budget. Le conseil municipal se réunira lundi.")],
    # another thing banned by the same prefect at the same place: the announcer is the subject, only the
    # thing banned tells the two bans apart
    "thing": [("cote-matin.example", "Sécheresse : le préfet du Morvent annonce l'interdiction des feux de camp "
                                     "près de Brelande. La végétation est très sèche. Les pompiers sont en alerte."),
              ("cote-soir.example", "Sécheresse : les barbecues interdits à Brelande par le préfet du Morvent. La "
                                    "végétation est très sèche. Les pompiers sont en alerte.")],
}


@pytest.mark.parametrize(("story", "a", "b"), [
    ("thing", "interdiction des feux", "barbecues interdits"),
    ("day", "annulation du carnaval de Brelande", "avait été annulé en 2019"),
    ("resign", "annonce sa démission", "Claire Rivet démissionne"),
    ("town", "annulation du carnaval de Brelande", "carnaval de Quillac est annulé"),
    ("person", "suspension de son gardien", "Marc Tessier suspendu"),
    ("other_plan", "abandon du doublement", "réforme des permis"),
])
def test_other_facts_told_alike_stay_apart(nlp: Any, tmp_path: Path, story: str, a: str, b: str) -> None:
    dossier = build_outlet_stories(nlp, tmp_path, {story: APART[story]})
    ga, gb = _groups_with(dossier, a, b)
    assert not ga & gb, (ga, gb)

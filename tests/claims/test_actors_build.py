"""The review revcut30's piles through a real build (issue #13): two outlets that tell two deeds of one actor
on one day (« a démissionné mardi » / « a convoqué la presse mardi »), or one kind of act of two actors told by
common nouns (« the parents » / « the union » urge the same closures), state two facts: neither confirms the
other. One deed told twice, and one actor named two ways (« les enseignants » / « le syndicat des
enseignants »), still confirm, and so does an event told with two verbs on its day (« un séisme a secoué
samedi » / « … a frappé l'île samedi »). The review revactors31's piles too: one deed told with two
descriptions of its doers (« les manifestants » / « les protestataires ») or with two verbs (« tué » / « abattu »)
confirms; the two deeds of one actor with a longer time or a place (« mardi soir », « le 4 mars », « mardi à
Orlac ») and two calls of actors sharing a modifier (« bretons ») do not. Articles written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.claims.helpers import build_each_story

pytestmark = [pytest.mark.model]

DAY = "2025-03-04"  # a past day: the store drops a publication day after today

# story -> articles (outlet, text, day published); a pile each
TWO_FACTS: dict[str, list[tuple[str, ...]]] = {
    "fr-two-deeds-one-day": [
        ("quai-matin.example", "Orlac : Paul Vernet démissionne. Ayant perdu sa majorité au conseil municipal "
                               "d'Orlac lundi, Paul Vernet a démissionné mardi.", DAY),
        ("cap-soir.example", "Orlac : Paul Vernet convoque la presse. Ayant perdu sa majorité au conseil municipal "
                             "d'Orlac lundi, Paul Vernet a convoqué la presse mardi.", DAY),
    ],
    "fr-two-actors": [
        ("quai-matin.example", "Les parents réclament la fermeture des écoles. Les parents d'élèves de Brivelle "
                               "réclament la fermeture des écoles jusqu'à lundi.", DAY),
        ("cap-soir.example", "Le syndicat réclame la fermeture des écoles. Le syndicat des enseignants de Brivelle "
                             "exige que les écoles restent fermées jusqu'à lundi.", DAY),
    ],
    "en-two-actors": [
        ("kelby-post.example", "Union urges closures. The teachers' union urged the council on Monday to close "
                               "the schools.", DAY),
        ("orlac-herald.example", "Parents urge closures. Parents want the schools shut until the heating is "
                                 "fixed.", DAY),
    ],
    # a described actor with its place (enfix31): the place is the group's setting, not the actor
    "en-two-actors-placed": [
        ("kelby-post.example", "Union urges closures. The teachers' union of Kelby urged the closure of the schools "
                               "on Monday. The council will meet on Friday.", DAY),
        ("orlac-herald.example", "Parents urge closures. Parents in Orlac urged the closure of the schools on "
                                 "Monday. The council will meet on Friday.", DAY),
    ],
    "en-two-actors-headlines": [
        ("kelby-post.example", "Union urges school closures. The union said the heating had failed in three "
                               "buildings.", DAY),
        ("orlac-herald.example", "Parents urge school closures. Parents fear their children will fall ill.", DAY),
    ],
    # the shared « écoles » is the object's word (the objects' words are folded, the lemma was not)
    "fr-two-actors-dated": [
        ("quai-matin.example", "Colère à Brivelle. Les parents ont réclamé mardi la fermeture des écoles.", DAY),
        ("cap-soir.example", "Mobilisation. Le syndicat a réclamé mardi la fermeture des écoles.", DAY),
    ],
    "fr-two-actors-one-modifier": [
        ("quai-matin.example", "Colère en Bretagne. Les agriculteurs bretons réclament la baisse des taxes.", DAY),
        ("cap-soir.example", "Mobilisation. Les pêcheurs bretons réclament la baisse des taxes.", DAY),
    ],
    "fr-two-deeds-evening": [
        ("quai-matin.example", "Coup de théâtre à Orlac. Paul Vernet a démissionné mardi soir.", DAY),
        ("cap-soir.example", "Séisme politique au conseil. Paul Vernet a convoqué la presse mardi soir.", DAY),
    ],
    "fr-two-deeds-morning": [
        ("quai-matin.example", "Coup de théâtre à Orlac. Paul Vernet a démissionné mardi matin.", DAY),
        ("cap-soir.example", "Séisme politique au conseil. Paul Vernet a convoqué la presse mardi matin.", DAY),
    ],
    "fr-two-deeds-in-town": [
        ("quai-matin.example", "Coup de théâtre. Paul Vernet a démissionné mardi à Orlac.", DAY),
        ("cap-soir.example", "Séisme politique. Paul Vernet a convoqué la presse mardi à Orlac.", DAY),
    ],
    "fr-two-deeds-march-date": [
        ("quai-matin.example", "Coup de théâtre à Orlac. Paul Vernet a démissionné le 4 mars.", DAY),
        ("cap-soir.example", "Séisme politique au conseil. Paul Vernet a convoqué la presse le 4 mars.", DAY),
    ],
    "fr-two-deeds-june-date": [
        ("quai-matin.example", "Coup de théâtre à Orlac. Paul Vernet a démissionné le 4 juin.", DAY),
        ("cap-soir.example", "Séisme politique au conseil. Paul Vernet a convoqué la presse le 4 juin.", DAY),
    ],
}

ONE_FACT: dict[str, list[tuple[str, ...]]] = {
    "fr-one-deed": [
        ("quai-matin.example", "Orlac : Paul Vernet démissionne. Ayant perdu sa majorité au conseil municipal "
                               "d'Orlac lundi, Paul Vernet a démissionné mardi.", DAY),
        ("cap-soir.example", "Coup de théâtre à Orlac. Paul Vernet a démissionné mardi de son poste de maire.", DAY),
    ],
    "fr-one-quake-two-verbs": [
        ("quai-matin.example", "Alerte dans l'archipel. Un violent séisme a secoué l'atoll samedi matin.", DAY),
        ("cap-soir.example", "Nuit blanche sur l'île. Un violent séisme a frappé l'atoll samedi.", DAY),
    ],
    "fr-one-actor-two-names": [
        ("quai-matin.example", "Les enseignants réclament la fermeture des écoles. Le syndicat des enseignants de "
                               "Brivelle a demandé mardi au conseil de fermer les écoles.", DAY),
        ("cap-soir.example", "Le syndicat des enseignants réclame la fermeture des écoles. Réuni mardi, le syndicat "
                             "a demandé la fermeture des écoles jusqu'à lundi.", DAY),
    ],
    "en-one-actor-placed": [
        ("kelby-post.example", "Union urges closures. The teachers' union of Kelby urged the closure of the schools "
                               "on Monday. The council will meet on Friday.", DAY),
        ("orlac-herald.example", "Teachers' union urges closures. Angry at the broken boilers, the teachers' union in "
                                 "Kelby urged the closure of all schools until repairs are done.", DAY),
    ],
    "en-one-actor-two-names": [
        ("kelby-post.example", "Teachers' union urges school closures. The union said the heating had failed in "
                               "three buildings.", DAY),
        ("orlac-herald.example", "Union urges school closures. The teachers' union fears the children will fall "
                                 "ill.", DAY),
    ],
    # an event's own noun, unresolved, told with two verbs on its day: one quake (the subject is no named actor)
    "fr-one-quake-bare-verb": [
        ("quai-matin.example", "Alerte dans l'archipel. Un tremblement de terre a secoué samedi matin.", DAY),
        ("cap-soir.example", "Nuit blanche sur l'île. Un tremblement de terre a frappé l'île samedi.", DAY),
    ],
    # one deed on one thing told with two descriptions of its doers
    "fr-one-deed-protesters": [
        ("quai-matin.example", "Tension à Brivelle. Les manifestants ont bloqué le pont de Brivelle mardi.", DAY),
        ("cap-soir.example", "Matinée agitée. Les protestataires ont bloqué le pont de Brivelle mardi.", DAY),
    ],
    "fr-one-deed-firefighters": [
        ("quai-matin.example", "Alerte à Brivelle. Les pompiers ont maîtrisé l'incendie de l'entrepôt mardi.", DAY),
        ("cap-soir.example", "Nuit agitée. Les soldats du feu ont maîtrisé l'incendie de l'entrepôt mardi.", DAY),
    ],
    "fr-one-arrest": [
        ("quai-matin.example", "Enquête à Brivelle. Les gendarmes ont interpellé le suspect mardi.", DAY),
        ("cap-soir.example", "Un suspect arrêté. Les enquêteurs ont interpellé le suspect mardi.", DAY),
    ],
    "en-one-deed-protesters": [
        ("kelby-post.example", "Tension in Brivelle. Protesters blocked the Brivelle bridge on Tuesday.", DAY),
        ("orlac-herald.example", "A tense morning. Demonstrators blocked the Brivelle bridge on Tuesday.", DAY),
    ],
    "en-one-evacuation": [
        ("kelby-post.example", "Alarm in Brivelle. Firefighters evacuated the school on Tuesday.", DAY),
        ("orlac-herald.example", "A long night. Emergency crews evacuated the school on Tuesday.", DAY),
    ],
    "en-one-blaze": [
        ("kelby-post.example", "Fire in Brivelle. Firefighters put out the warehouse blaze on Tuesday.", DAY),
        ("orlac-herald.example", "A long night. Fire crews put out the warehouse blaze on Tuesday.", DAY),
    ],
    # one deed of one actor told with two verbs on one day
    "fr-one-killing-two-verbs": [
        ("quai-matin.example", "Drame à Orlac. Paul Vernet a été abattu mardi.", DAY),
        ("cap-soir.example", "Nuit tragique. Paul Vernet a été tué mardi.", DAY),
    ],
    "fr-one-release-two-verbs": [
        ("quai-matin.example", "Rebondissement à Orlac. Paul Vernet a été libéré mardi.", DAY),
        ("cap-soir.example", "Fin de détention. Paul Vernet est sorti de prison mardi.", DAY),
    ],
    "fr-one-election-two-verbs": [
        ("quai-matin.example", "Élection à Orlac. Paul Vernet a remporté l'élection dimanche.", DAY),
        ("cap-soir.example", "Nouvelle ère. Paul Vernet a été élu dimanche.", DAY),
    ],
}


@pytest.fixture(scope="module")
def two_facts(nlp, tmp_path_factory) -> dict[str, dict[str, Any]]:  # type: ignore[no-untyped-def]
    return build_each_story(nlp, tmp_path_factory, TWO_FACTS)


@pytest.fixture(scope="module")
def one_fact(nlp, tmp_path_factory) -> dict[str, dict[str, Any]]:  # type: ignore[no-untyped-def]
    return build_each_story(nlp, tmp_path_factory, ONE_FACT)


def _confirmed_across(dossier: dict[str, Any]) -> list[tuple[str, list[str]]]:
    """The `confirmed` groups confirmed by a pair of claims of both articles, with that pair."""
    article_of = {c["id"]: c["article"] for c in dossier["claims"]}
    return [(g["id"], g.get("confirmed_by", [])) for g in dossier["claim_groups"]
            if g["status"] == "confirmed" and len({article_of[c] for c in g.get("confirmed_by", [])}) == 2]


@pytest.mark.parametrize("story", sorted(TWO_FACTS))
def test_two_facts_do_not_confirm(two_facts: dict[str, dict[str, Any]], story: str) -> None:
    assert _confirmed_across(two_facts[story]) == []


@pytest.mark.parametrize("story", sorted(ONE_FACT))
def test_one_fact_still_confirms(one_fact: dict[str, dict[str, Any]], story: str) -> None:
    assert _confirmed_across(one_fact[story])

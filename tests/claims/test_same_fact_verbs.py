"""The same deed told with other verbs or a noun (groups18): a life lost, a title won by becoming its
champion, a medal, an aircraft down, a vessel sunk, a
building fallen, and the count of a ranked occurrence (sentences written for the tests)."""

from __future__ import annotations

import pytest

from recoupe.claims.groups import _Features, count_keys, main_verb, rule_link
from recoupe.lang.predicates import CLASS_OF
from tests.claims.helpers import claim


@pytest.mark.parametrize(("verb", "text", "action"), [
    ("perdre", "La cordée a perdu la vie sous la corniche", "mourir"),
    ("devenir", "La sauteuse est devenue jeudi championne d'Europe", "remporter"),
    ("devenir", "Le pistard devient champion national de keirin", "remporter"),
])
def test_a_phrase_names_the_deed(verb: str, text: str, action: str) -> None:
    assert main_verb(verb, text) == action


@pytest.mark.parametrize(("verb", "text"), [
    ("perdre", "Le club a perdu la finale aux tirs au but"),
    ("devenir", "La sauteuse est devenue une figure du stade"),
    ("offrir", "Le maire s'est offert une semaine de vacances"),
])
def test_other_senses_keep_their_verb(verb: str, text: str) -> None:
    assert main_verb(verb, text) == verb


@pytest.mark.parametrize(("a", "b", "cls"), [
    ("écraser", "crash", "crash"), ("chavirer", "naufrage", "sink"), ("effondrer", "écroulement", "collapse"),
    ("médaille", "remporter", "win"),
])
def test_a_verb_and_the_noun_of_its_event_share_a_class(a: str, b: str, cls: str) -> None:
    assert CLASS_OF[a] == CLASS_OF[b] == cls


def test_a_crash_told_by_its_noun_meets_the_verb() -> None:
    noun = claim("a:c1", "Crash d'un bimoteur près de l'aérodrome de Lannion", predicate="crash",
                 lemmas=["crash", "bimoteur", "aérodrome", "lannion"])
    verb = claim("b:c1", "Un bimoteur s'est écrasé au matin près de la piste de l'aérodrome de Lannion",
                 predicate="écraser", lemmas=["bimoteur", "écraser", "matin", "piste", "aérodrome", "lannion"])
    assert rule_link(_Features(noun), _Features(verb))


def test_the_count_of_a_ranked_occurrence_meets_its_other_accounts() -> None:
    one = claim("a:c1", "Grand froid : 410 morts de plus que la normale lors du deuxième épisode",
                predicate="mort", lemmas=["grand", "froid", "mort", "normale", "épisode"])
    other = claim("b:c1", "Quelque 410 décès en excès relevés au fil du second épisode de froid",
                  predicate="relever", lemmas=["décès", "excès", "relever", "épisode", "froid"])
    first = claim("c:c1", "Le premier épisode de froid avait fait 200 morts", predicate="faire",
                  lemmas=["épisode", "froid", "mort"])
    assert count_keys(one) & count_keys(other)
    assert not count_keys(one) & count_keys(first)
    # a new occurrence without a rank still counts another event; stories never read a rank
    assert count_keys(claim("d:c1", "Un nouvel épisode de froid a fait 30 morts", predicate="faire")) == frozenset()
    assert count_keys(one, own_relative=False) == frozenset()

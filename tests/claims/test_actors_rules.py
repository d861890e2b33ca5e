"""The two actor rules of claims/status.py read on claims built by hand (the review revactors31): two
descriptions of their doers split a call (« les parents » / « le syndicat réclament … »), never a deed on one
thing; a named actor's deed on a thing and a bare verb on one day are two deeds however long the time or place
after the bare verb, an unresolved event noun's are one event. Sentences written for the tests."""

from __future__ import annotations

from typing import Any

from recoupe.claims.status import _other_acts_on_other_things, _other_described_actors
from recoupe.model import Claim
from tests.claims.helpers import claim


def _pair(subjects: tuple[str, str], predicate: str, obj: str, rest: str, **kw: Any) -> tuple[Claim, Claim]:
    texts = [f"Les {s} ont {rest}" for s in subjects]
    return (claim("a1:c1", texts[0], subject=subjects[0], predicate=predicate, object=obj, **kw),
            claim("a2:c1", texts[1], subject=subjects[1], predicate=predicate, object=obj, **kw))


def test_a_call_of_two_described_actors_is_two_facts() -> None:
    a, b = _pair(("parents", "infirmiers"), "réclamer", "la fermeture des écoles",
                 "réclamé mardi la fermeture des écoles")
    # « école », the lemma both share, is the object's word: unfolded, it counted beyond the object
    assert _other_described_actors(a, b, {"mardi", "école", "fermeture"})


def test_a_deed_of_two_described_doers_on_one_thing_is_not_judged() -> None:
    a, b = _pair(("manifestants", "protestataires"), "bloquer", "le pont de Brivelle",
                 "bloqué le pont de Brivelle mardi")
    assert not _other_described_actors(a, b, {"mardi", "pont"})


def test_descriptions_sharing_a_modifier_are_told_apart_by_their_heads() -> None:
    a, b = _pair(("agriculteurs bretons", "pêcheurs bretons"), "réclamer", "la baisse des taxes",
                 "réclamé la baisse des taxes")
    assert _other_described_actors(a, b, {"baisse", "taxe", "breton"})
    same = _pair(("enseignants", "syndicat des enseignants"), "réclamer", "la baisse des taxes",
                 "réclamé la baisse des taxes")
    assert not _other_described_actors(*same, {"baisse", "taxe", "enseignant"})


def _one_day(entity: str, when: str) -> tuple[Claim, Claim]:
    bare = claim("a1:c1", f"Paul Vernet a démissionné {when}", subject="Paul Vernet", predicate="démissionner",
                 subject_entity=entity)
    done = claim("a2:c1", f"Paul Vernet a convoqué la presse {when}", subject="Paul Vernet",
                 predicate="convoquer", object=f"la presse {when}", subject_entity=entity)
    return bare, done


def test_a_named_actors_bare_verb_and_deed_are_two_whatever_the_time_after() -> None:
    for when in ("mardi soir", "le 4 mars", "le 4 juin", "mardi matin"):
        assert _other_acts_on_other_things(*_one_day("e1", when)), when


def test_a_bare_verb_in_a_town_is_the_setting() -> None:
    bare, done = _one_day("e1", "mardi à Orlac")
    bare = claim(bare.id, bare.text, subject=bare.subject, predicate=bare.predicate, subject_entity="e1",
                 place="Orlac")
    assert _other_acts_on_other_things(bare, done)


def test_an_unresolved_event_noun_with_a_longer_time_is_left_one_event() -> None:
    bare = claim("a1:c1", "Un séisme a secoué samedi matin", subject="séisme", predicate="secouer")
    done = claim("a2:c1", "Un séisme a frappé l'île samedi matin", subject="séisme", predicate="frapper",
                 object="l'île samedi matin")
    assert not _other_acts_on_other_things(bare, done)
    # the same shape with one named actor is two deeds
    named = [claim(c.id, c.text, subject=c.subject, predicate=c.predicate, object=c.object, subject_entity="e1")
             for c in (bare, done)]
    assert _other_acts_on_other_things(*named)

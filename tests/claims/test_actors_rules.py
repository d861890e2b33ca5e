"""The one-day rule of claims/status.py read on claims built by hand (the review revactors31): a named actor's
deed on a thing and a bare verb on one day are two deeds however long the time or place after the bare verb, an
unresolved event noun's are one event. Sentences written for the tests."""

from __future__ import annotations

from recoupe.claims.status import _other_acts_on_other_things
from recoupe.model import Claim
from tests.claims.helpers import claim


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

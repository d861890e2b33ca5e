"""A subject the parse missed (issue 13, ``date``): a clause that opens on the head noun of the other
account's subject tells the same actor, even when that subject was resolved to a place named in its
relative clause. Sentences written for the tests."""

from __future__ import annotations

from datetime import date

from recoupe.claims.contradictions import Side, check_date, same_subject
from tests.claims.helpers import claim

# the parse hung « La deuxième crue du fleuve » elsewhere: no subject
NO_SUBJECT = claim("a1:c2", "La deuxième crue du fleuve, partie des Alpes, a culminé samedi 14 juin à Lyon",
                   predicate="culminer", modality="asserted", time="2031-06-14", group_id="g1")
# its subject resolved to the country its relative clause names
RESOLVED = claim("b1:c1", "la crue partie de Suisse a culminé vendredi", subject="crue partie de Suisse",
                 subject_entity="e9", predicate="culminer", modality="asserted", time="2031-06-13", group_id="g1")
OTHER = claim("c1:c1", "Le barrage, fermé depuis mars, a culminé samedi", predicate="culminer", modality="asserted",
              time="2031-06-14", group_id="g1")


def test_a_clause_opening_on_the_other_subject_head_is_the_same_actor() -> None:
    assert same_subject(NO_SUBJECT, RESOLVED) and same_subject(RESOLVED, NO_SUBJECT)
    a = Side(NO_SUBJECT, outlet="a.fr", published=date(2031, 6, 16))
    b = Side(RESOLVED, outlet="b.fr", published=date(2031, 6, 16))
    hit = check_date(a, b)
    assert hit is not None and hit.kind == "date"


def test_another_head_or_another_group_is_not_the_same_actor() -> None:
    assert not same_subject(OTHER, RESOLVED)
    # a figure opens both subjects: « Trois pêcheurs » / « Trois randonneurs » are two groups of people
    anglers = claim("e1:c1", "Trois pêcheurs secourus au large de Brest", predicate="secourir", group_id="g1")
    hikers = claim("f1:c1", "Trois randonneurs ont été secourus en Savoie", subject="Trois randonneurs",
                   predicate="secourir", group_id="g1")
    assert not same_subject(anglers, hikers)
    apart = claim("d1:c1", NO_SUBJECT.text, predicate="culminer", modality="asserted", time="2031-06-14",
                  group_id="g2")
    assert not same_subject(apart, RESOLVED)

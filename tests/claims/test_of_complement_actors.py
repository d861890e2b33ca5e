"""Two names each in the of-complement of one common noun (« shares of Brindle » / « shares of Calloway ») are
two actors however many words the two accounts share (revenfix31: two companies' falls confirmed each other);
one company told twice still confirms. Sentences written for the tests."""

from __future__ import annotations

from recoupe.claims.status import _of_complement, _other_actors
from recoupe.model import Claim
from tests.claims.helpers import claim

SHARED = {"fall", "percent", "earnings", "report", "monday"}


def _fall(cid: str, text: str, subject: str, entity: str) -> Claim:
    return claim(cid, text, subject=subject, subject_entity=entity, predicate="fall", language="en")


def test_two_companies_shares_are_two_actors() -> None:
    a = _fall("a1:c1", "On Monday, shares of Brindle fell 5 percent after the earnings report", "Brindle", "e1")
    b = _fall("a2:c1", "After a weak earnings report, shares of Calloway fell 5 percent on Monday", "Calloway", "e2")
    assert _of_complement(a) and _of_complement(b)
    assert _other_actors(a, b, SHARED) and _other_actors(b, a, SHARED)


def test_one_company_told_twice_is_one_actor() -> None:
    a = _fall("a1:c1", "On Monday, shares of Brindle fell 5 percent after the earnings report", "Brindle", "e1")
    b = _fall("a2:c1", "After a weak earnings report, Brindle shares fell 5 percent on Monday", "Brindle", "e1")
    assert not _of_complement(b)
    assert not _other_actors(a, b, SHARED)


def test_names_as_actors_keep_the_shared_words_limit() -> None:
    a = _fall("a1:c1", "On Monday, Brindle fell 5 percent after the earnings report", "Brindle", "e1")
    b = _fall("a2:c1", "After a weak earnings report, Calloway fell 5 percent on Monday", "Calloway", "e2")
    assert not _other_actors(a, b, SHARED)

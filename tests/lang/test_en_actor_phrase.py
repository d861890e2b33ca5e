"""An English subject whose common noun is set by a name after « of / in / from » (« the teachers' union of
Kelby », « Parents in Orlac ») names the group, not the place: the place's entity is no actor (issue #13). A
role's place (« mayor of Kelby ») and a place's own body (« the government of Sudan », its state) are left as
they were; a capitalised head (« Bank of Orlac ») is given, the build
then keeps a name that opens in it (the name tagged whole). Phrases written for the tests."""

from __future__ import annotations

import pytest

from recoupe.lang.en.clauses import actor_phrase


@pytest.mark.parametrize(("subject", "head"), [
    ("teachers' union of Kelby", "teachers' union"),
    ("Parents in Orlac", "Parents"),
    ("angry farmers from Dunmore", "angry farmers"),
    ("parents of pupils in Orlac", "parents"),
    ("mayor of Kelby", None),
    ("government of Sudan", None),
    ("town council of Kelby", None),
    ("refugee camp in Orlac", "refugee camp"),
    ("Bank of Orlac", "Bank"),
    ("Kelby Council of Education", None),
    ("parents of pupils", None),
    ("Jane Roe", None),
    # plural heads are looked up singular (revenfix31)
    ("The governments of Brindle and Calloway", None),
    ("the mayors of Kelby and Orlac", None),
    ("municipalities of Dunmore", None),
    ("The municipality of Kelby", None),
])
def test_actor_phrase(subject: str, head: str | None) -> None:
    assert actor_phrase(subject) == head

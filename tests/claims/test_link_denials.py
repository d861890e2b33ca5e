"""A denial of a tie to a deed (« rejects any link to the shelling ») disputes only an account that names a
doer, never a passive with no agent (« the depot was shelled »): that it happened is not what is denied
(revenfix31). Articles written for the test."""

from __future__ import annotations

import pytest

from recoupe.claims.contradictions import _denies_a_link, _names_a_doer
from tests.claims.helpers import build_outlet_stories, claim

DAY = "2025-03-05"


@pytest.mark.parametrize(("obj", "link"), [
    ("a connection to the shelling of the depot", True), ("any involvement in the raid", True),
    ("a role in the attack", True), ("the report", False), ("the shelling of the depot", False),
])
def test_denies_a_link(obj: str, link: bool) -> None:
    assert _denies_a_link(claim("a1:c1", "x", predicate="deny", object=obj, language="en")) is link


def test_a_passive_without_agent_names_no_doer() -> None:
    denial = claim("a1:c1", "Brell denies any connection to that shelling", subject="Brell", subject_entity="e1",
                   predicate="deny", object="a connection to the shelling", language="en")
    passive = claim("a2:c1", "A fuel depot near Tarrow was shelled on Monday", subject="A fuel depot near Tarrow",
                    predicate="shell", language="en")
    active = claim("a3:c1", "Brell's artillery shelled the fuel depot on Monday", subject="Brell's artillery",
                   predicate="shell", object="the fuel depot", language="en")
    assert not _names_a_doer(passive, denial)
    assert _names_a_doer(active, denial)


@pytest.mark.model
def test_a_link_denial_does_not_dispute_a_passive(nlp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    d = build_outlet_stories(nlp, tmp_path, {"depot": [
        ("wire-a.example", "Fuel depot bombed. A fuel depot in Orlac's Hale province was bombed on Monday, "
                           "firefighters said. Four guards died in the raid.", DAY),
        ("wire-b.example", "Kelby denies bombing link. Kelby's cabinet denies a connection to Monday's bombing of the "
                           "fuel depot in Hale province.", DAY),
        ("wire-c.example", "Depot hit by bombs. A fuel depot in Orlac's Hale province was bombed on Monday, "
                           "killing four guards, witnesses said.", DAY)]})
    assert not [x for x in d["contradictions"] if x["kind"] == "denial"]

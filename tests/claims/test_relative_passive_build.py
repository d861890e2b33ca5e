"""A passive inside a relative clause set off by commas is the antecedent's past, not the claim's verb (issue #13):
« Les Verts, qui avaient été battus la saison dernière, ont battu Lyon » tells a win of the Verts, which another
outlet's « Les Verts ont battu Lyon » confirms; read as the claim's own passive, the clause told a loss, and the two
accounts stood as reversed winners. A relative clause that is the whole of the passive (« qui ont été battus par
Lyon », no main clause after it) is still read. Articles written for the tests; built through the real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from recoupe.claims.contest import LOSS, WIN, outcome
from tests.claims.helpers import build_each_story

DAY = "2025-03-04"
A, B = "quai-matin.example", "cap-soir.example"

STORIES: dict[str, list[tuple[str, ...]]] = {
    "fr": [(A, "Soirée faste pour les Verts. Les Verts, qui avaient été battus la saison dernière, ont battu Lyon "
               "2-0 samedi au stade des Tilleuls. Les supporters ont fêté la victoire jusque tard.", DAY),
           (B, "Football : les Verts s'imposent. Les Verts ont battu Lyon 2-0 samedi au stade des Tilleuls, devant "
               "une tribune comble. L'entraîneur a salué un groupe solide.", DAY)],
    "en": [(A, "A fine night for the Greens. The Greens, who were beaten twice last season, beat Lyon 2-0 on "
               "Saturday at Elm Park. Fans celebrated late into the night.", DAY),
           (B, "Football: Greens win. The Greens beat Lyon 2-0 on Saturday at Elm Park in front of a full stand. "
               "The coach praised a solid side.", DAY)],
}


@pytest.fixture(scope="module")
def built(nlp, tmp_path_factory) -> dict[str, dict[str, Any]]:  # type: ignore[no-untyped-def]
    return build_each_story(nlp, tmp_path_factory, STORIES)


@pytest.mark.model
@pytest.mark.parametrize("story", sorted(STORIES))
def test_a_relative_clause_passive_is_not_the_claims(built: dict[str, dict[str, Any]], story: str) -> None:
    dossier = built[story]
    text = {c["id"]: c["text"] for c in dossier["claims"]}
    assert not [x for x in dossier["contradictions"] if x.get("kind") == "outcome"], dossier["contradictions"]
    confirmed = [[text[c] for c in g["claims"]] for g in dossier["claim_groups"] if g["status"] == "confirmed"]
    assert any("Lyon" in t for g in confirmed for t in g)


@pytest.mark.parametrize(("language", "verb", "text", "told"), [
    ("fr", "battre", "Les Verts, qui avaient été battus la saison dernière, ont battu Lyon 2-0", WIN),
    ("en", "beat", "The Greens, who were beaten last season, beat Lyon 2-0", WIN),
    # the relative clause alone, or not closed by a comma: its passive is read
    ("fr", "battre", "Les Verts, qui ont été battus samedi par Lyon", LOSS),
    ("fr", "battre", "Lyon a été battu samedi, à domicile, par les Verts", LOSS),
])
def test_outcome_of_a_relative_passive(language: str, verb: str, text: str, told: str) -> None:
    assert outcome(language, verb, False, [], text) == told

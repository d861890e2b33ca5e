"""One count of one thing that two outlets print confirms, through a real build (issue #13, confrecall31): a
toll told as a verbless headline (« Gravelin : 9 morts … ») and as a relative clause (« … qui a fait 9 morts »)
shared no word once the headline's counted noun is its predicate and figures are no lemmas, so the toll stood
`single_source` though two outlets print it; and one act with one figure (« visée par 40 drones ») that the
lemma rule weighs below its threshold. Another figure or another counted thing still confirms nothing. Articles
written for the tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from recoupe.claims.status import _counts_in_common, _one_act_one_count, same_frame
from tests.claims.helpers import build_outlet_stories, claim

pytestmark = [pytest.mark.model]

TOLL = {"toll": [
    ("quai-matin.example", "Gravelin : 9 morts et 4 blessés lors du chavirage d'un chalutier. Le bateau a sombré de "
                           "nuit au large du cap Ferrand. Les secours ont repêché les survivants à l'aube."),
    ("cap-soir.example", "Gravelin : retour sur le chavirage qui a fait 9 morts. Le chalutier a sombré de nuit "
                         "au large du cap Ferrand. L'enquête dira pourquoi il a chaviré."),
]}

OTHER_THING = {"other_thing": [
    ("quai-matin.example", "Gravelin : 9 morts et 4 blessés lors du chavirage d'un chalutier. Le bateau a sombré de "
                           "nuit au large du cap Ferrand. Les secours ont repêché les survivants à l'aube."),
    ("cap-soir.example", "Gravelin : retour sur le chavirage qui a fait 9 blessés. Le chalutier a sombré de "
                         "nuit au large du cap Ferrand. L'enquête dira pourquoi il a chaviré."),
]}


def _toll_groups(dossier: dict[str, Any]) -> list[tuple[dict[str, Any], list[dict[str, Any]]]]:
    claims = {c["id"]: c for c in dossier["claims"]}
    return [(g, [claims[c] for c in g["claims"]]) for g in dossier["claim_groups"]
            if any("9 morts" in claims[c]["text"] for c in g["claims"])]


def test_a_toll_headline_and_a_relative_clause_of_two_outlets_confirm(nlp: Any, tmp_path: Path) -> None:
    dossier = build_outlet_stories(nlp, tmp_path, TOLL)
    groups = _toll_groups(dossier)
    # the build reads the toll as the headline's verbless head and as « qui a fait 9 morts », one group
    both = [(g, cs) for g, cs in groups if {c["text"].startswith("qui") for c in cs} == {True, False}]
    assert both, [[c["text"] for c in cs] for _, cs in groups]
    assert all(g["status"] == "confirmed" for g, _ in both)


def test_another_counted_thing_confirms_nothing(nlp: Any, tmp_path: Path) -> None:
    dossier = build_outlet_stories(nlp, tmp_path, OTHER_THING)
    assert all(g["status"] != "confirmed" for g, _ in _toll_groups(dossier))


# the claims as the French reader gives them (a verbless head's counted noun is its predicate; a relative
# clause's subject is its antecedent)
HEAD = claim("a1:c1", "Gravelin : 9 morts et 4 blessés lors du chavirage d'un chalutier", predicate="mort",
             subject="Gravelin", lemmas=["blessé", "chalutier", "chavirage", "gravelin", "mort"])
CLAUSE = claim("a2:c1", "qui a fait 9 morts", predicate="faire", subject="chavirage", lemmas=["mort"],
               sentence="Gravelin : retour sur le chavirage qui a fait 9 morts")


def test_one_count_of_one_thing_is_shared_content() -> None:
    assert _counts_in_common(HEAD, CLAUSE) == {"#9", "mort"}
    assert same_frame(HEAD, CLAUSE) and same_frame(CLAUSE, HEAD)


@pytest.mark.parametrize("text", ["qui a fait 7 morts", "qui a fait 9 blessés", "qui a causé au moins 9 morts"])
def test_another_figure_or_thing_or_bound_is_no_shared_count(text: str) -> None:
    noun = "mort" if "morts" in text else "blessé"
    other = claim("a2:c1", text, predicate="faire", subject="chavirage", lemmas=[noun])
    assert _counts_in_common(HEAD, other) == set()
    assert not same_frame(HEAD, other)


def test_one_act_with_one_figure_links_without_the_lemma_rule() -> None:
    a = claim("a1:c2", "Brivelle a été visée samedi soir par 40 drones", predicate="viser",
              subject="Brivelle", lemmas=["brivelle", "drone", "samedi", "soir", "viser"])
    b = claim("a2:c2", "la région de Brivelle visée par 40 drones", predicate="viser", subject="région",
              lemmas=["brivelle", "drone", "région", "viser"])
    assert _one_act_one_count(a, b)
    c = claim("a2:c3", "la région de Brivelle visée par 30 drones", predicate="viser", subject="région",
              lemmas=["brivelle", "drone", "région", "viser"])
    assert not _one_act_one_count(a, c)
    d = claim("a2:c4", "la région de Brivelle a fait 40 drones", predicate="faire", subject="région",
              lemmas=["brivelle", "drone", "région"])
    assert not _one_act_one_count(a, d)  # no act in common (a general verb)


def test_an_age_is_no_shared_count() -> None:
    """An age tells who, not what happened: two acts of one person (charged / arrested) share it."""
    a = claim("a1:c3", "A 47-year-old Ridgeford man was charged Sunday with arson", predicate="charge",
              subject="man", language="en", lemmas=["arson", "charge", "man", "ridgeford", "sunday"])
    b = claim("a2:c3", "Ridgeford police arrested a 47-year-old former tenant after the fire", predicate="arrest",
              subject="police", language="en", lemmas=["arrest", "fire", "police", "ridgeford", "tenant"])
    assert _counts_in_common(a, b) == set()
    assert not _one_act_one_count(a, b)

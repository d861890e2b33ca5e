"""One pressing told with two verbs of urging ("urged" / "encouraged") across two outlets is one fact;
what is pressed (the infinitive), the one who presses, the town and the day keep two urgings apart
(issue #13, lang/en/predicates.py class « urge », claims.groups.other_acts). Through a real build,
in two orders. Articles written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from recoupe.claims.groups import _Features, cannot_be_one_fact, frame_link
from recoupe.lang.fr.predicates import CLASS_OF as FR_CLASS_OF
from recoupe.lang.predicates import CLASS_OF
from recoupe.model import Claim
from tests.claims.helpers import build_outlet_stories

URGED = "Councillor Ines Varga urged Governor Tomas Pell on Monday to veto the Harlow transit bill."
TAIL = " The bill would cut night buses in the county."

STORIES: dict[str, list[tuple[str, ...]]] = {
    "same": [("dale-post.example", URGED + TAIL),
             ("fen-times.example", "Councillor Ines Varga encouraged Governor Tomas Pell on Monday to veto the "
                                   "Harlow transit bill." + TAIL)],
    "other-act": [("dale-post.example", URGED + TAIL),
                  ("fen-times.example", "Councillor Ines Varga encouraged Governor Tomas Pell on Monday to sign "
                                        "the Harlow transit bill." + TAIL)],
    "other-town": [("dale-post.example", "Councillor Ines Varga urged the mayor of Dalby on Monday to close the "
                                         "old ferry pier." + TAIL),
                   ("fen-times.example", "Councillor Ines Varga encouraged the mayor of Kerrow on Monday to close "
                                         "the old ferry pier." + TAIL)],
    "plan-and-deed": [("dale-post.example", "Councillor Ines Varga will urge Governor Tomas Pell to veto the "
                                            "Harlow transit bill." + TAIL),
                      ("fen-times.example", "Councillor Ines Varga encouraged Governor Tomas Pell on Monday to veto "
                                            "the Harlow transit bill." + TAIL)],
    "other-day": [("dale-post.example", URGED + TAIL, "2025-03-04"),
                  ("fen-times.example", "Councillor Ines Varga encouraged Governor Tomas Pell to veto the Harlow "
                                        "transit bill." + TAIL, "2024-06-11")],
}


def _groups_of(dossier: dict[str, Any], word: str) -> set[str]:
    """The groups of the claims whose text holds ``word`` (the urging verb's form)."""
    return {c["group"] or c["id"] for c in dossier["claims"] if word in c["text"]}


def _partition(dossier: dict[str, Any]) -> set[frozenset[str]]:
    by: dict[str, set[str]] = {}
    for c in dossier["claims"]:
        by.setdefault(c["group"] or c["id"], set()).add(c["text"])
    return {frozenset(v) for v in by.values()}


@pytest.fixture(scope="module")
def built(nlp: Any, tmp_path_factory: Any) -> dict[str, tuple[dict[str, Any], dict[str, Any]]]:
    out = {}
    for story, articles in STORIES.items():
        fwd = build_outlet_stories(nlp, tmp_path_factory.mktemp(story), {story: articles})
        back = build_outlet_stories(nlp, tmp_path_factory.mktemp(story), {story: list(reversed(articles))})
        out[story] = (fwd, back)
    return out


@pytest.mark.model
def test_one_pressing_told_with_two_urging_verbs_is_one_group(built: Any) -> None:
    fwd, back = built["same"]
    urged, encouraged = _groups_of(fwd, "urged"), _groups_of(fwd, "encouraged")
    assert urged and urged == encouraged
    assert _partition(fwd) == _partition(back)


@pytest.mark.model
@pytest.mark.parametrize("story", ["other-act", "other-day"])
def test_two_urgings_apart_stay_apart(built: Any, story: str) -> None:
    fwd, back = built[story]
    urged = _groups_of(fwd, "urge")
    encouraged = _groups_of(fwd, "encouraged")
    assert urged and encouraged and not urged & encouraged
    assert _partition(fwd) == _partition(back)


@pytest.mark.model
@pytest.mark.parametrize("story", ["other-town", "plan-and-deed"])
def test_two_urgings_apart_never_confirm_each_other(built: Any, story: str) -> None:
    # grouping may keep them together (a plan and its deed, one urger and one verb class); `confirmed` never:
    # « encouraged the mayor of Kerrow », its infinitive cut off by the parse, does not confirm « urged the
    # mayor of Dalby to close the pier », nor « will urge » « encouraged »
    for dossier in built[story]:
        confirmed = {g["id"] for g in dossier["claim_groups"] if g["status"] == "confirmed"}
        assert not _groups_of(dossier, "urge") & _groups_of(dossier, "encouraged") & confirmed


def _claim(cid: str, text: str, predicate: str, lemmas: list[str]) -> Claim:
    return Claim(id=cid, article_id=cid.split(":")[0], text=text, sentence=text, start=0, end=len(text),
                 subject="", predicate=predicate, lemmas=lemmas, language="en")


def test_the_urging_verbs_are_one_english_only_class() -> None:
    assert CLASS_OF["urge"] == CLASS_OF["encourage"] == CLASS_OF["exhort"] == "urge"
    assert not {"urge", "encourage", "exhort", "implore", "entreat"} & FR_CLASS_OF.keys()


def test_two_urging_verbs_on_one_act_are_frame_linked_and_on_two_acts_vetoed() -> None:
    words = ["councillor", "ines", "varga", "governor", "pell", "transit", "bill"]
    urged = _claim("a:c1", "Councillor Ines Varga urged Governor Pell to veto the transit bill", "urge",
                   [*words, "urge", "veto"])
    veto = _claim("b:c1", "Councillor Ines Varga encouraged Governor Pell to veto the transit bill", "encourage",
                  [*words, "encourage", "veto"])
    sign = _claim("c:c1", "Councillor Ines Varga encouraged Governor Pell to sign the transit bill", "encourage",
                  [*words, "encourage", "sign"])
    a, b, c = (_Features(x, "2025-03-04") for x in (urged, veto, sign))
    assert not cannot_be_one_fact(a, b) and frame_link(a, b)
    assert cannot_be_one_fact(a, c)  # urging a veto, encouraging a signature: two facts

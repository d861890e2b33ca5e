"""English counts name what they count by their plural head (« 14 foreign vessels » counts vessels), and a
short capitalised name glued to a number is a model, not a count (« MP 40 ») (issue #13, English).
Sentences written for the tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from recoupe.claims.contradictions import Side, _en_agent_words, compare
from recoupe.claims.quantities import parse
from recoupe.model import Claim


@pytest.mark.parametrize("text, expected", [
    ("Coastguards boarded 14 foreign trawlers at dawn.", [(14, "trawler")]),
    ("The court heard of three earlier drink-driving convictions.", [(3, "conviction")]),
    ("Smugglers in two speed boats fled north.", [(2, "boat")]),
    ("More than 200 crew members were kept aboard.", [(200, "crew")]),
    ("Nearly 40 crewmen stayed on the tanker.", [(40, "crew")]),
    ("Guards found 9 MP 40 carbines and two pistols.", [(9, "mp-40"), (2, "pistol")]),
    ("Officers took away five MP-40s from the van.", [(5, "mp-40")]),
    ("Officers took away five MP-40 carbines from the van.", [(5, "mp-40")]),
    # unchanged: a plural first word, a unit, a person's age, a single capital letter before a number
    ("Rangers counted 12 goats in the valley.", [(12, "goat")]),
    ("The ferry waited three hours at the quay.", [(3, "heure")]),
    ("A 52-year-old baker was rescued.", [(52, "âge")]),
])
def test_english_counted_head(text: str, expected: list[tuple[float, str]]) -> None:
    got = [(q.value, q.thing) for q in parse(text, "en")]
    assert got == expected


def test_a_model_number_is_no_count() -> None:
    # without the rule the 40 of « MP 40 » was read as forty carbines
    assert all(q.value != 40 for q in parse("Guards found 9 MP 40 carbines.", "en"))


def _c(cid: str, text: str, **kw: Any) -> Claim:
    return Claim(id=cid, article_id=cid.split(":")[0], text=text, sentence=text, start=0, end=len(text),
                 subject="coastguard", subject_entity="e1", predicate="seize", language="en",
                 lemmas=["coastguard", "seize", "carbine", "dinghy"], **kw)


def _kind(a: Claim, b: Claim) -> str | None:
    sa = Side(a, outlet="Outlet A", published=date(2031, 5, 4), language="en")
    sb = Side(b, outlet="Outlet B", published=date(2031, 5, 4), language="en")
    hit, back = compare(sa, sb), compare(sb, sa)
    assert (hit is None) == (back is None)
    return hit.kind if hit else None


SIX = _c("a1:c1", "The coastguard seized six MP 40 carbines from the dinghy")


def test_two_counts_of_one_haul_conflict() -> None:
    assert _kind(SIX, _c("b1:c1", "The coastguard seized 14 MP 40 carbines from the dinghy")) == "quantity"


def test_a_running_total_holds_one_hauls_count() -> None:
    # « a total of » tells a running total only after a perfect (« has taken »): a bare « took a total of »
    # is an ordinary count (see test_english_agents_and_totals)
    total = _c("b2:c1", "The coastguard has taken a total of 14 MP 40 carbines from the dinghy")
    assert _kind(SIX, total) is None
    thus_far = _c("b3:c1", "The coastguard has, thus far, seized 14 MP 40 carbines from the dinghy")
    assert _kind(SIX, thus_far) is None
    # two running totals are two versions of one total
    other_total = _c("b4:c1", "The coastguard has taken a total of 20 MP 40 carbines from the dinghy")
    assert _kind(total, other_total) == "quantity"


def test_a_passive_agent_names_the_doer() -> None:
    raiders = replace(_c("a5:c1", "Raiders seized two fishing boats near the dinghy"), subject="Raiders",
                      subject_entity="")
    by_guards = replace(_c("b5:c1", "three boats were seized by the coastguard near the dinghy"),
                        subject="three boats", subject_entity="")
    assert _kind(raiders, by_guards) is None  # the raiders' capture and the coastguard's: two deeds
    # the same doer named on both sides: one deed, two counts
    guards = replace(raiders, id="a6:c1", article_id="a6", text="The coastguard seized two fishing boats",
                     sentence="The coastguard seized two fishing boats", subject="coastguard")
    assert _kind(guards, by_guards) == "quantity"


def test_an_agent_counts_only_when_the_subject_is_the_counted_group() -> None:
    # « it was attacked by raiders … »: the subject is the victim, the agent does not replace it as the doer
    attacked = replace(_c("a7:c1", "it was attacked by raiders some 40 miles east of the cape"), subject="it",
                       subject_entity="")
    assert not _en_agent_words(attacked)
    counted = replace(_c("b7:c1", "three boats were seized by the coastguard"), subject="three boats")
    assert _en_agent_words(counted) == {"coastguard"}

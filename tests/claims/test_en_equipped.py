"""One named person told well equipped by one English article and ill-equipped by another conflicts (an
``attribute``; issue #13, English contradictions): after a copula (« Mr Ostrand was well equipped ») or in the
noun phrase apposed to the name (« an ill-equipped hiker with borrowed boots, 28-year-old Lena Ostrand »).
Two people, one article, the same word twice, a group of the person, « the man » and a denial stay apart.
Sentences written for the tests."""

from __future__ import annotations

from recoupe.claims.contradictions import compare, conflict_keys, en_equipped
from recoupe.model import Claim


def _c(cid: str, text: str, subject: str = "Lena Ostrand", entity: str = "e1", negated: bool = False) -> Claim:
    return Claim(id=cid, article_id=cid.split(":")[0], text=text, sentence=text, start=0, end=len(text),
                 subject=subject, subject_entity=entity, predicate="be", language="en", modality="asserted",
                 negated=negated)


def _kind(a: Claim, b: Claim) -> str | None:
    fa, la = conflict_keys(a)
    fb, lb = conflict_keys(b)
    hit = compare(a, b)
    assert hit is None or (fa & lb and fb & la)  # a build compares the pair it flags
    return hit.kind if hit else None


WELL = _c("a1:c1", "Rangers said Ms Ostrand was well equipped for the crossing")
ILL = _c("b1:c1", "An inexperienced and reportedly ill-equipped hiker with borrowed boots, 28-year-old Lena Ostrand, "
                  "slipped near the saddle")


def test_well_equipped_against_ill_equipped_conflicts() -> None:
    assert en_equipped(WELL) == "+" and en_equipped(ILL) == "-"
    assert _kind(WELL, ILL) == "attribute"
    poorly = _c("c1:c1", "Lena Ostrand was poorly equipped, a friend said")
    assert _kind(WELL, poorly) == "attribute"


def test_two_people_one_article_one_word_a_group_or_a_denial_stay_apart() -> None:
    other = _c("c1:c2", "Mr Halloway was poorly equipped for the crossing", subject="Piet Halloway", entity="e2")
    assert _kind(WELL, other) is None  # two people
    same_article = _c("a1:c2", "Lena Ostrand was poorly equipped, her brother said")
    assert _kind(WELL, same_article) is None  # one article telling both: a view reported beside another
    again = _c("c1:c3", "Ms Ostrand was well-equipped and fit")
    assert _kind(WELL, again) is None
    group = _c("c1:c4", "Lena Ostrand's group was poorly equipped", subject="Lena Ostrand's group")
    assert en_equipped(group) == ""  # the group, not the person
    man = _c("c1:c5", "the man was poorly equipped", subject="man")
    assert en_equipped(man) == ""  # « the man » may be anyone of the story
    denied = _c("c1:c6", "Lena Ostrand was poorly equipped", negated=True)
    assert _kind(WELL, denied) is None
    fitted = _c("c1:c7", "Lena Ostrand ran a fully equipped kitchen")
    assert en_equipped(fitted) == ""
    led = _c("c1:c8", "A poorly equipped rescue team, led by Lena Ostrand, reached the hut at dusk")
    assert en_equipped(led) == ""  # the team is poorly equipped: the name after « led by » is no apposition

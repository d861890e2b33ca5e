"""One named subject given two ranks in one series by two English articles (« the fourth team captain since Y
took charge » / « the fifth captain under her watch », Y named in that sentence) conflicts (issue #13, English
contradictions); a rank in another series (« in club history », « since 2019 »), two subjects, two spans and
one rank told twice stay apart. Sentences written for the tests."""

from __future__ import annotations

from recoupe.claims.contradictions import Side, check_rank, compare, en_rank
from recoupe.model import Claim, Modality
from tests.claims.helpers import keys_meet


def _c(cid: str, text: str, subject: str = "Tomas Vell", entity: str = "e7", sentence: str = "",
       modality: Modality = "asserted") -> Claim:
    return Claim(id=cid, article_id=cid.split(":")[0], text=text, sentence=sentence or text, start=0,
                 end=len(text), subject=subject, predicate="captain", language="en", subject_entity=entity,
                 lemmas=["captain"], modality=modality)


def _rank(a: Claim, b: Claim) -> bool:
    sa, sb = Side(a, outlet="A", language="en"), Side(b, outlet="B", language="en")
    hit, back = check_rank(sa, sb), check_rank(sb, sa)
    assert (hit is None) == (back is None)
    return hit is not None


FOURTH = _c("a1:c1", "Vell, who left the Harriers in March, is the fourth team captain since Doyle took charge "
                     "as the club's director")
FIFTH_TEXT = "Vell will be the fifth Rovers captain in two seasons under her watch"
FIFTH = _c("b1:c1", FIFTH_TEXT, sentence=f"Doyle has never been shy of changes - {FIFTH_TEXT}.")


def test_two_ranks_of_one_subject_in_one_span_conflict() -> None:
    assert en_rank(FOURTH) == (4, "captain", frozenset({"doyle"}))
    assert en_rank(FIFTH) == (5, "captain", frozenset({"doyle"}))
    assert _rank(FOURTH, FIFTH)
    assert keys_meet(FOURTH, FIFTH) and keys_meet(FIFTH, FOURTH)  # a build compares the pair it flags
    hit = compare(Side(FOURTH, outlet="A", language="en"), Side(FIFTH, outlet="B", language="en"))
    assert hit is not None and hit.kind == "quantity"
    assert hit.explanation.startswith("fourth captain according to A (")  # the ranks said, whatever the clip cuts
    assert "), fifth captain according to B (" in hit.explanation


def test_one_rank_told_twice_meets() -> None:
    again = _c("b1:c1", "Vell is the fourth team captain since Doyle took charge")
    assert not _rank(FOURTH, again)


def test_a_rank_in_another_series_is_not_compared() -> None:
    history = _c("b1:c1", "Vell is the 21st team captain in club history")
    assert en_rank(history) is None
    assert not _rank(FOURTH, history)
    since_year = _c("b1:c1", "Vell is the fifth team captain since 2019")
    assert en_rank(since_year) is None and not _rank(FOURTH, since_year)


def test_a_series_of_a_feat_is_not_the_span_s_series() -> None:
    # the second captain since Doyle to win the cup and the third to reach a final: two series
    cup = _c("a1:c1", "Vell is the second captain since Doyle to win the cup")
    final = _c("b1:c1", "Vell is the third captain since Doyle to reach a final")
    assert en_rank(cup) is None and en_rank(final) is None
    assert not _rank(cup, final)
    assert en_rank(_c("b1:c1", "Vell is the third captain to reach a final since Doyle took charge")) is None


def test_two_subjects_or_two_spans_stay_apart() -> None:
    other = _c("b1:c1", "Ruiz is the fifth team captain since Doyle took charge", subject="Ana Ruiz", entity="e9")
    assert not _rank(FOURTH, other)
    other_span = _c("b1:c1", "Vell is the fifth team captain since Marsh took charge")
    assert not _rank(FOURTH, other_span)
    no_name = _c("b1:c1", FIFTH_TEXT, sentence=f"{FIFTH_TEXT}.")  # « his » stands for no name of the sentence
    assert not _rank(FOURTH, no_name)


def test_one_article_or_a_hedged_rank_is_not_set_against_a_firm_one() -> None:
    assert not _rank(FOURTH, _c("a1:c2", "Vell is the fifth team captain since Doyle took charge"))
    assert not _rank(FOURTH, _c("b1:c1", "Vell could be the fifth team captain since Doyle took charge",
                                modality="speculative"))

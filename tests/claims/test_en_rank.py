"""One named subject given two ranks in one series by two English articles (« the fourth team captain since Y
took charge » / « the fifth captain under her watch », Y named in that sentence) conflicts (issue #13, English
contradictions); a rank in another series (« in club history », « since 2019 », a smaller series, a feat),
a rank held once against one held now, occasions, two subjects, two spans and one rank told twice stay apart.
Claims are cut as the extractor cuts them (their sentence runs on past their text); the build-level cases are in
test_en_rank_founding_build.py. Sentences written for the tests."""

from __future__ import annotations

from recoupe.claims.contradictions import Side, check_rank, compare, en_rank
from recoupe.model import Claim, Modality
from tests.claims.helpers import english_check_fires, keys_meet


def _c(cid: str, text: str, subject: str = "Tomas Vell", entity: str = "e7", sentence: str = "",
       modality: Modality = "asserted") -> Claim:
    """A claim cut as the extractor cuts it: its text a part of its sentence (« Vell is the fourth team captain »
    of « Vell is the fourth team captain since Doyle took charge. »)."""
    return Claim(id=cid, article_id=cid.split(":")[0], text=text, sentence=sentence or text, start=0,
                 end=len(text), subject=subject, predicate="captain", language="en", subject_entity=entity,
                 lemmas=["captain"], modality=modality)


def _rank(a: Claim, b: Claim) -> bool:
    return english_check_fires(check_rank, a, b)


FOURTH = _c("a1:c1", "Vell, who left the Harriers in March, is the fourth team captain",
            sentence="Vell, who left the Harriers in March, is the fourth team captain since Doyle took charge as "
                     "the club's director.")
FIFTH_TEXT = "Vell will be the fifth Rovers captain in two seasons under her watch"
FIFTH = _c("b1:c1", FIFTH_TEXT, sentence=f"Doyle has never been shy of changes - {FIFTH_TEXT}.")


def test_two_ranks_of_one_subject_in_one_span_conflict() -> None:
    assert en_rank(FOURTH) == (4, "captain", frozenset({"doyle|"}), False)  # the span read past the claim's text
    assert en_rank(FIFTH) == (5, "captain", frozenset({"doyle|"}), False)  # « March » names no one
    assert _rank(FOURTH, FIFTH)
    assert keys_meet(FOURTH, FIFTH) and keys_meet(FIFTH, FOURTH)  # a build compares the pair it flags
    hit = compare(Side(FOURTH, outlet="A", language="en"), Side(FIFTH, outlet="B", language="en"))
    assert hit is not None and hit.kind == "quantity"
    assert hit.explanation.startswith("fourth captain according to A (")  # the ranks said, whatever the clip cuts
    assert "), fifth captain according to B (" in hit.explanation


def test_a_clause_reads_its_own_ordinal_only() -> None:
    # the relative clause's claim runs on to the main clause's rank: not its own
    who = _c("a1:c2", "who left the Harriers in March", sentence=FOURTH.sentence)
    assert en_rank(who) is None


def test_a_full_name_and_its_surname_open_one_span() -> None:
    full = _c("b1:c1", "Vell is the fifth team captain", sentence="Vell is the fifth team captain under Ana Doyle.")
    assert en_rank(full) == (5, "captain", frozenset({"doyle|"}), False)
    assert _rank(FOURTH, full)


def test_one_rank_told_twice_meets() -> None:
    again = _c("b1:c1", "Vell is the fourth team captain", sentence="Vell is the fourth team captain since Doyle "
                                                                   "took charge.")
    assert not _rank(FOURTH, again)


def test_a_rank_in_another_series_is_not_compared() -> None:
    history = _c("b1:c1", "Vell is the 21st team captain", sentence="Vell is the 21st team captain in club history.")
    assert en_rank(history) is None
    assert not _rank(FOURTH, history)
    since_year = _c("b1:c1", "Vell is the fifth team captain", sentence="Vell is the fifth team captain since 2019.")
    assert en_rank(since_year) is None and not _rank(FOURTH, since_year)
    since_month = _c("b1:c1", "Vell is the fifth team captain since May")
    assert en_rank(since_month) is None  # a month dates the span, like a year


def test_a_series_of_a_feat_is_not_the_span_s_series() -> None:
    # the second captain since Doyle to win the cup and the third to reach a final: two series; the claim's
    # text stops before the feat, its sentence does not
    cup = _c("a1:c1", "Vell is the second captain since Doyle", sentence="Vell is the second captain since Doyle "
                                                                         "took charge to win the cup.")
    final = _c("b1:c1", "Vell is the third captain", sentence="Vell is the third captain under Doyle to reach a "
                                                              "final.")
    assert en_rank(cup) is None and en_rank(final) is None
    assert not _rank(cup, final)
    assert en_rank(_c("b1:c1", "Vell is the third captain to reach a final since Doyle took charge")) is None


def test_a_smaller_series_is_another_series() -> None:
    foreign = _c("b1:c1", "Vell is the second foreign captain", sentence="Vell is the second foreign captain since "
                                                                         "Doyle took charge.")
    assert en_rank(foreign) == (2, "foreign captain", frozenset({"doyle|"}), False)
    assert not _rank(FOURTH, foreign)
    head = _c("b1:c1", "Vell is the fifth head captain", sentence="Vell is the fifth head captain since Doyle took "
                                                                  "charge.")
    assert _rank(FOURTH, head)  # « head », « team » and a team's name name no smaller series


def test_a_rank_held_once_and_a_rank_held_now_are_two_tenures() -> None:
    once = _c("b1:c1", "In his first spell, Vell was the second team captain",
              sentence="In his first spell, Vell was the second team captain since Doyle took charge.")
    assert en_rank(once) == (2, "captain", frozenset({"doyle|"}), True)
    assert not _rank(FOURTH, once)


def test_occasions_and_a_possessive_subject_rank_no_bearer() -> None:
    time = _c("b1:c1", "Vell is the fourth time under Doyle")
    assert en_rank(time) is None
    possessed = _c("b1:c1", "Vell's transfer is the fourth transfer under Doyle", subject="Vell's transfer")
    assert en_rank(possessed) is None  # a thing of Vell's, not Vell's post


def test_a_span_opened_by_one_event_of_a_name_is_not_another_event_s() -> None:
    takeover = _c("b1:c1", "Vell is the ninth captain", sentence="Vell is the ninth captain since Doyle's takeover.")
    back = _c("c1:c1", "Vell is the second captain", sentence="Vell is the second captain since Doyle's return "
                                                              "as chairman.")
    assert en_rank(takeover) == (9, "captain", frozenset({"doyle|takeover"}), False)
    assert en_rank(back) == (2, "captain", frozenset({"doyle|return"}), False)
    assert not _rank(takeover, back)
    tenure = _c("c1:c1", "Vell is the second captain", sentence="Vell is the second captain under Doyle's "
                                                                "ownership.")
    assert en_rank(tenure) == (2, "captain", frozenset({"doyle|"}), False)  # a tenure is the person's span


def test_two_subjects_or_two_spans_stay_apart() -> None:
    other = _c("b1:c1", "Ruiz is the fifth team captain", subject="Ana Ruiz", entity="e9",
               sentence="Ruiz is the fifth team captain since Doyle took charge.")
    assert not _rank(FOURTH, other)
    other_span = _c("b1:c1", "Vell is the fifth team captain", sentence="Vell is the fifth team captain since Marsh "
                                                                        "took charge.")
    assert not _rank(FOURTH, other_span)
    no_name = _c("b1:c1", FIFTH_TEXT, sentence=f"{FIFTH_TEXT}.")  # « his » stands for no name of the sentence
    assert not _rank(FOURTH, no_name)


def test_one_article_or_a_hedged_rank_is_not_set_against_a_firm_one() -> None:
    fifth = "Vell is the fifth team captain since Doyle took charge"
    assert not _rank(FOURTH, _c("a1:c2", fifth))
    assert not _rank(FOURTH, _c("b1:c1", "Vell could be the fifth team captain since Doyle took charge",
                                modality="speculative"))

"""One named person's traffic stop, dated by two English articles to one written day at two clock times, conflicts
even when the two articles sit in two stories and were published weeks apart (a follow-up on the charges tells
the stop's hour again; issue #13, English contradictions). Another day, an unnamed or one-word subject, a day
with no year and a deed that is no stop stay apart. Sentences written for the tests."""

from __future__ import annotations

from datetime import date

from recoupe.claims.contradictions import Side, across_keys, compare_across, stop_day_keys
from recoupe.model import Claim


def _c(cid: str, text: str, verb: str, time: str, subject: str = "Dario Pell", entity: str = "e1") -> Claim:
    return Claim(id=cid, article_id=cid.split(":")[0], text=text, sentence=text, start=0, end=len(text),
                 subject=subject, subject_entity=entity, predicate=verb, time=time, language="en",
                 lemmas=[verb, "road", "van"])


def _across(a: Claim, b: Claim) -> str | None:
    sa = Side(a, outlet="A", language="en", published=date(2031, 3, 10))
    sb = Side(b, outlet="B", language="en", published=date(2031, 4, 28))  # seven weeks later: another story
    hit, back = compare_across(sa, sb), compare_across(sb, sa)
    assert (hit is None) == (back is None)
    return hit.kind if hit else None


def _meet(a: Claim, b: Claim) -> bool:
    fa, la = across_keys(a)
    fb, lb = across_keys(b)
    return bool(fa & lb) and bool(fb & la)


PULLED = _c("a1:c1", "Dario Pell was pulled over on Road 7 in his van around 1:30 a.m. on March 9", "pull",
            "2031-03-09T01:30")


def test_one_named_persons_stop_at_two_hours_of_one_day_conflicts_across_stories() -> None:
    later = _c("b1:c1", "Dario Pell was driving his van at about 3 a.m. on March 9 when deputies stopped him",
               "drive", "2031-03-09T03:00")
    assert _meet(PULLED, later)  # a build compares the pair it flags
    assert _across(PULLED, later) == "date"
    hit = compare_across(Side(PULLED, outlet="A", language="en"), Side(later, outlet="B", language="en"))
    assert hit is not None and "selon" not in hit.explanation  # told in English


def test_another_day_an_unnamed_driver_or_no_stop_stay_apart() -> None:
    next_day = _c("b1:c1", "Dario Pell was pulled over on Road 7 in his van around 3 a.m. on March 10", "pull",
                  "2031-03-10T03:00")
    assert not _meet(PULLED, next_day) and _across(PULLED, next_day) is None
    one_word = _c("b1:c2", "Pell was pulled over on Road 7 around 3 a.m. on March 9", "pull", "2031-03-09T03:00",
                  subject="Pell")
    assert not stop_day_keys(one_word)  # a last name alone may be anyone's
    yearless = _c("b1:c3", "Dario Pell was pulled over on Road 7 around 3 a.m.", "pull", "XXXX-XX-XXT03:00")
    assert not stop_day_keys(yearless)  # no written day: two stories may hold two stops
    crash = _c("b1:c4", "Dario Pell crashed his van on Road 7 around 3 a.m. on March 9", "crash", "2031-03-09T03:00")
    assert not stop_day_keys(crash) and _across(PULLED, crash) is None


def test_the_officer_who_stops_a_car_is_no_stopped_person() -> None:
    # one officer makes many stops a night: an active « Deputy X pulled over a van » keys no stop of X
    first = _c("a1:c2", "Deputy Lena Marsh pulled over a tow truck at about 1:30 a.m. on March 9", "pull",
               "2031-03-09T01:30", subject="Lena Marsh", entity="e2")
    second = _c("b1:c5", "Deputy Lena Marsh pulled over his blue coupe at about 3 a.m. on March 9", "pull",
                "2031-03-09T03:00", subject="Lena Marsh", entity="e2")
    assert not stop_day_keys(first) and not stop_day_keys(second)
    assert _across(first, second) is None
    stopped = _c("b1:c6", "Dario Pell was stopped by a deputy at about 3 a.m. on March 9", "stop",
                 "2031-03-09T03:00")
    assert stop_day_keys(stopped) and _across(PULLED, stopped) == "date"  # the passive: the person stopped
    # a title and a surname are not a first and a last name
    titled = _c("b1:c7", "Officer Pell was pulled over on Road 7 around 3 a.m. on March 9", "pull",
                "2031-03-09T03:00", subject="Officer Pell")
    assert not stop_day_keys(titled)

"""English accounts of one deed at two clock times of one day (« just after 3:30 a.m. » / « shortly after
3 a.m. »), or at two parts of that day that share no hour (« Monday morning » / « Monday night »), conflict;
one roadside stop told by two of its verbs (pulled over / failed a sobriety test / was driving when stopped)
is one deed (issue #13, English contradictions). Rounded clock times, two statements of a spokesman, another
person, a failed exam and two days stay apart. Sentences written for the tests."""

from __future__ import annotations

from recoupe.claims.contradictions import Side, check_date, conflict_keys
from recoupe.model import Claim
from tests.claims.helpers import keys_meet


def _c(cid: str, text: str, verb: str, time: str, obj: str = "", entity: str = "e1",
       subject: str = "Dario Pell", lemmas: tuple[str, ...] = ("road", "van")) -> Claim:
    return Claim(id=cid, article_id=cid.split(":")[0], text=text, sentence=text, start=0, end=len(text),
                 subject=subject, subject_entity=entity, predicate=verb, object=obj, time=time,
                 language="en", lemmas=[verb, *lemmas])


def _date(a: Claim, b: Claim) -> bool:
    sa, sb = Side(a, outlet="A", language="en"), Side(b, outlet="B", language="en")
    hit, back = check_date(sa, sb), check_date(sb, sa)
    assert (hit is None) == (back is None)
    return hit is not None


PULLED = _c("a1:c1", "Dario Pell was pulled over on Road 7 in his van just after 3:30 a.m.", "pull",
            "XXXX-XX-XXT03:30")


def test_one_stop_told_by_two_verbs_at_two_clock_times_conflicts() -> None:
    failed = _c("b1:c1", "Dario Pell failed a sobriety test on Road 7 beside his van shortly after 3 a.m.", "fail",
                "XXXX-XX-XXT03:00", obj="a sobriety test")
    assert _date(PULLED, failed)
    assert keys_meet(PULLED, failed) and keys_meet(failed, PULLED)  # a build compares the pair it flags
    driving = _c("b1:c2", "Dario Pell was driving his van on Road 7 at about 2:45 a.m. when officers stopped him",
                 "drive", "XXXX-XX-XXT02:45", obj="his van")
    assert _date(PULLED, driving) and keys_meet(PULLED, driving)


def test_one_deed_at_two_parts_of_one_day_conflicts() -> None:
    morning = _c("a1:c1", "Dario Pell crashed the van on the depot road on Monday morning", "crash", "2031-03-03TMO")
    night = _c("b1:c1", "Dario Pell crashed the van on the depot road on Monday night", "crash", "2031-03-03TNI")
    assert _date(morning, night)
    afternoon = _c("c1:c2", "Dario Pell crashed the van on the depot road on Monday afternoon", "crash",
                   "2031-03-03TAF")
    assert _date(afternoon, night) and not _date(morning, afternoon)  # the afternoon follows the morning closely


def test_close_or_rounded_clock_times_meet() -> None:
    rounded = _c("b1:c1", "Dario Pell was pulled over on Road 7 in his van around 3:15 a.m.", "pull",
                 "XXXX-XX-XXT03:15")
    assert not _date(PULLED, rounded)  # a quarter of an hour: rounding
    midnight = _c("a1:c1", "Dario Pell was pulled over on Road 7 in his van at midnight", "pull", "XXXX-XX-XXT24:00")
    after = _c("b1:c2", "Dario Pell was pulled over on Road 7 in his van at 12:10 a.m.", "pull", "XXXX-XX-XXT00:10")
    assert not _date(midnight, after)  # midnight is 24:00 and 00:00


def test_two_days_another_person_an_exam_or_a_statement_stay_apart() -> None:
    other_day = _c("b1:c1", "Dario Pell failed a sobriety test on Road 7 in his van at 2:30 a.m. on May 3", "fail",
                   "2031-05-03T02:30", obj="a sobriety test")
    dated = _c("a1:c1", "Dario Pell was pulled over on Road 7 in his van at 3:30 a.m. on May 4", "pull",
               "2031-05-04T03:30")
    assert not _date(dated, other_day)  # two days and two verbs: maybe two stops (one verb is the date check's)
    unknown_day = _c("b1:c2", "Dario Pell failed a sobriety test on Road 7 in his van at 2:30 a.m.", "fail",
                     "XXXX-XX-XXT02:30", obj="a sobriety test")
    assert not _date(dated, unknown_day)  # a day unknown against a day known: maybe another night
    other = _c("b1:c1", "Mira Sold was pulled over on Road 7 in her van shortly after 3 a.m.", "pull",
               "XXXX-XX-XXT03:00", entity="e2", subject="Mira Sold")
    assert not _date(PULLED, other)
    exam = _c("b1:c1", "Dario Pell failed a driving exam on Road 7 in the van at 1 p.m.", "fail",
              "XXXX-XX-XXT13:00", obj="a driving exam")
    assert not _date(PULLED, exam) and not keys_meet(PULLED, exam)  # failing an exam is no stop
    said = _c("a1:c1", "Dario Pell said at 9 a.m. that the van on Road 7 was his", "say", "XXXX-XX-XXT09:00")
    said_again = _c("b1:c1", "Dario Pell said at 4 p.m. that the van on Road 7 was his", "say", "XXXX-XX-XXT16:00")
    assert not _date(said, said_again)  # two statements, not one told at two hours


def test_french_claims_are_not_compared_by_their_hours() -> None:
    fr_a = Claim(id="a1:c1", article_id="a1", text="Dario Pell a quitté le dépôt vers 3 h 30", sentence="",
                 start=0, end=10, subject="Dario Pell", subject_entity="e1", predicate="quitter",
                 time="2031-03-03T03:30", language="fr", lemmas=["quitter", "dépôt"])
    fr_b = Claim(id="b1:c1", article_id="b1", text="Dario Pell a quitté le dépôt vers 5 h", sentence="",
                 start=0, end=10, subject="Dario Pell", subject_entity="e1", predicate="quitter",
                 time="2031-03-03T05:00", language="fr", lemmas=["quitter", "dépôt"])
    sa, sb = Side(fr_a, outlet="A", language="fr"), Side(fr_b, outlet="B", language="fr")
    assert check_date(sa, sb) is None


def test_an_arrest_hours_after_the_stop_is_not_its_moment() -> None:
    arrested = _c("b1:c1", "Dario Pell was arrested at the Road 7 station in his van case at 6:30 a.m.", "arrest",
                  "XXXX-XX-XXT06:30")
    assert not _date(PULLED, arrested) and not keys_meet(PULLED, arrested)


def test_a_stop_at_a_bar_or_a_drive_home_is_no_traffic_stop() -> None:
    # review F2: « stopped at a bar » and « was driving home when he crashed » are a night's timeline, not one stop
    bar = _c("a1:c1", "Dario Pell stopped at a bar on Road 7 in his van at 11 p.m.", "stop", "XXXX-XX-XXT23:00")
    home = _c("b1:c1", "Dario Pell was driving his van home on Road 7 at 1:40 a.m. and then crashed", "drive",
              "XXXX-XX-XXT01:40", obj="his van")
    assert not _date(bar, home) and not keys_meet(bar, home)
    gun = _c("b1:c2", "Dario Pell pulled a knife from his van on Road 7 at 3 a.m.", "pull", "XXXX-XX-XXT03:00",
             obj="a knife")
    assert not _date(gun, home) and not keys_meet(gun, home)  # a bare « pull » is no « pulled over »
    stopped = _c("b1:c3", "Dario Pell was stopped by a patrol on Road 7 in his van at 2:20 a.m.", "stop",
                 "XXXX-XX-XXT02:20")
    assert _date(PULLED, stopped)  # a passive « was stopped » is a traffic stop


def test_one_stop_told_hours_apart_is_two_moments() -> None:
    late = _c("b1:c1", "Dario Pell failed a sobriety test on Road 7 beside his van at 8 a.m.", "fail",
              "XXXX-XX-XXT08:00", obj="a sobriety test")
    assert not _date(PULLED, late)  # 4.5 hours: beyond one stop's span


def test_a_deed_repeated_within_a_day_stays_apart() -> None:
    met = _c("a1:c1", "Dario Pell met the road minister about the van at 10 a.m.", "meet", "XXXX-XX-XXT10:00")
    met_again = _c("b1:c1", "Dario Pell met the road minister about the van at 4 p.m.", "meet", "XXXX-XX-XXT16:00")
    assert not _date(met, met_again)  # a meeting is no once-only deed
    crash = _c("a1:c2", "Dario Pell crashed the van on Road 7 at 9 a.m.", "crash", "XXXX-XX-XXT09:00")
    crash_again = _c("b1:c2", "Dario Pell crashed the van again on Road 7 at 2 p.m.", "crash", "XXXX-XX-XXT14:00")
    assert not _date(crash, crash_again)  # « again »: a second one
    crash_later = _c("b1:c3", "Dario Pell crashed the van on Road 7 at 2 p.m.", "crash", "XXXX-XX-XXT14:00")
    assert _date(crash, crash_later)


def test_two_unnamed_drivers_are_not_filed_under_the_article() -> None:
    one = _c("a1:c1", "the driver of the van was stopped on Road 7 at 3 a.m.", "stop", "XXXX-XX-XXT03:00",
             entity="", subject="the driver of the van")
    other = _c("b1:c1", "the other driver was pulled over on Road 7 in a van at 1 a.m.", "pull",
               "XXXX-XX-XXT01:00", entity="", subject="the other driver")
    assert not any(k.startswith("HM:~the") for k in conflict_keys(one)[0] | conflict_keys(other)[0])

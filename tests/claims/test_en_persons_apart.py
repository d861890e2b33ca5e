"""English figures told of people (a fall's height, a term) conflict only when both clauses tell the same
person; a day guessed for an hour with no day makes no date conflict; a purpose infinitive with no doer is
no version of a done deed's figure (issue #13, English). Sentences written for the tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from recoupe.claims.contradictions import Side, _day_unwritten, _en_age, _en_persons_apart, compare
from recoupe.model import Claim


def _c(cid: str, text: str, **kw: Any) -> Claim:
    base: dict[str, Any] = dict(id=cid, article_id=cid.split(":")[0], text=text, sentence=kw.pop("sentence", text),
                                start=0, end=len(text), subject=kw.pop("subject", ""),
                                predicate=kw.pop("predicate", "fall"), language="en")
    base.update(kw)
    return Claim(**base)


def _kind(a: Claim, b: Claim) -> str | None:
    sa = Side(a, outlet="Outlet A", published=date(2031, 3, 2), language="en")
    sb = Side(b, outlet="Outlet B", published=date(2031, 3, 2), language="en")
    hit, back = compare(sa, sb), compare(sb, sa)
    assert (hit is None) == (back is None)
    return hit.kind if hit else None


# one hiker told by two outlets, with two heights: the control every case below is set against
ONE = _c("a1:c1", "plunging roughly 90 metres into the Corran gorge", subject="41-year-old Danish hiker",
         subject_entity="e1",
         sentence="A 41-year-old Danish hiker was killed plunging roughly 90 metres into the Corran gorge.")
SAME_AGE = _c("b1:c1", "tumbled nearly 140 metres down a scree slope", subject="41-year-old",
              sentence="The 41-year-old tumbled nearly 140 metres down a scree slope, rescuers said.")


def test_one_persons_fall_told_two_ways_is_a_contradiction() -> None:
    assert _en_age(ONE) == (41, 41) and _en_age(SAME_AGE) == (41, 41)
    assert _kind(ONE, SAME_AGE) == "quantity"
    # the same name on both sides: one person
    named = _c("c1:c1", "Pol Verhagen slid 300 metres off the north face", subject="Pol Verhagen", subject_entity="e9")
    again = _c("d1:c1", "Pol Verhagen slid some 250 metres", subject="Pol Verhagen", subject_entity="e9")
    assert _kind(named, again) == "quantity"


def test_two_ages_are_two_people() -> None:
    other = _c("b1:c1", "On Sunday, 29-year-old Norwegian Pol Verhagen slid some 300 metres off the north face",
               subject="Pol Verhagen", subject_entity="e2")
    assert _en_age(other) == (29, 29)
    assert _en_persons_apart(ONE, other)
    assert _kind(ONE, other) is None
    # the age after the name counts too
    after = _c("b2:c1", "Pol Verhagen, 29, slid some 300 metres", subject="Pol Verhagen", subject_entity="e2")
    assert _en_age(after) == (29, 29) and _kind(ONE, after) is None
    # one head noun, two ages written before it: two climbers, whatever the head says
    older = _c("a3:c1", "the climber slid some 200 metres off the ridge", subject="climber",
               sentence="The 41-year-old climber slid some 200 metres off the ridge.")
    younger = _c("b3:c1", "the climber slid some 350 metres off the ridge", subject="climber",
                 sentence="A 29-year-old climber slid some 350 metres off the ridge.")
    assert _kind(older, younger) is None
    # an age told by its decade: « in his early 20s » is no 41-year-old, « in his 40s » may be
    twenties = _c("c3:c1", "The guide aged in his early 20s slid some 350 metres off the ridge",
                  subject="guide aged in his early 20s")
    assert _en_age(twenties) == (20, 23) and _kind(ONE, twenties) is None
    forties = _c("d3:c1", "A hiker in his 40s tumbled some 350 metres into the gorge", subject="hiker in his 40s")
    assert _en_age(forties) == (40, 49) and not _en_persons_apart(ONE, forties)


def test_a_person_the_clause_does_not_tell_apart_is_no_one_in_particular() -> None:
    # decided: « the man », « one of the group » may be any of the story's people, so their figure is
    # compared with no named or aged person's
    bare = _c("b1:c1", "the man dropped some 300 metres below the upper hut", subject="man")
    assert _en_persons_apart(ONE, bare)
    assert _kind(ONE, bare) is None
    party = _c("c1:c1", "slid roughly 400 metres into a crevasse", subject="one of the group",
               sentence="One of the group slid roughly 400 metres into a crevasse.")
    assert _kind(ONE, party) is None
    # two such people on both sides: most often the story's one person (« the victim » in two outlets)
    other = _c("b4:c1", "the man dropped about 90 metres below the upper hut", subject="man")
    assert not _en_persons_apart(bare, other)
    assert _kind(bare, other) == "quantity"
    # but « one of the group » says there were several: two of them may be two people
    again = _c("d1:c1", "slid roughly 250 metres into a crevasse", subject="one of the group",
               sentence="One of the group slid roughly 250 metres into a crevasse.")
    assert _en_persons_apart(party, again) and _kind(party, again) is None
    assert _en_persons_apart(bare, party)


def test_a_name_and_an_age_alone_are_left_to_the_other_checks() -> None:
    # « 41-year-old hiker » may be the named one: the age written beside the name is the same
    named = _c("b1:c1", "plunging some 150 metres into the gorge", subject="Ilse Brandt", subject_entity="e3",
               sentence="On Monday, 41-year-old Ilse Brandt was killed plunging some 150 metres into the gorge.")
    assert not _en_persons_apart(ONE, named)
    assert not _en_persons_apart(replace(ONE, subject_entity=""), named)


def test_people_rules_are_english_only_and_leave_bodies_alone() -> None:
    # a body is no person: two councils' figures are told apart by their names elsewhere, not here
    a = _c("a1:c1", "the council spent 40 million pounds on roads", subject="council", predicate="spend")
    b = _c("b1:c1", "the council spent 55 million pounds on roads", subject="council", predicate="spend")
    assert not _en_persons_apart(a, b)
    fr = _c("a2:c1", "l'homme a chuté de 300 mètres", subject="homme", language="fr")
    assert not _en_persons_apart(fr, ONE)


def test_a_day_guessed_for_an_hour_makes_no_date_conflict() -> None:
    hour = _c("a1:c1", "while crossing the square at about 9 p.m.", subject="Ada Quist", subject_entity="e5",
              predicate="cross", object="the square", time="2031-03-01T21:00")
    assert _day_unwritten(hour)
    day = _c("b1:c1", "Ada Quist was crossing the square on a Saturday evening", subject="Ada Quist",
             subject_entity="e5", predicate="cross", object="the square", time="2031-02-22TEV")
    assert not _day_unwritten(day)
    assert _kind(hour, day) is None
    # the hour with its day written is a date of its own: the two days conflict
    dated = _c("a1:c2", "while crossing the square at about 9 p.m. on March 1", subject="Ada Quist",
               subject_entity="e5", predicate="cross", object="the square", time="2031-03-01T21:00")
    assert not _day_unwritten(dated)
    assert _kind(dated, day) == "date"
    # a street's number is no day
    assert _day_unwritten(_c("c1:c1", "at 4th Avenue at about 9 p.m.", time="2031-03-01T21:00"))


def test_a_purpose_infinitive_with_no_doer_is_no_version_of_a_count() -> None:
    purpose = _c("a1:c1", "to seize 14 crates of rifles", predicate="seize",
                 sentence="Customs officers boarded the trawler to seize 14 crates of rifles.")
    done = _c("b1:c1", "The coastguard seized 30 crates of rifles", subject="coastguard", subject_entity="e7",
              predicate="seize")
    assert _kind(purpose, done) is None
    stated = _c("a1:c2", "Customs officers seized 14 crates of rifles", subject="Customs officers", predicate="seize")
    said = _c("b1:c2", "Customs officers seized 30 crates of rifles", subject="Customs officers", predicate="seize")
    assert _kind(stated, said) == "quantity"


def test_one_of_some_things_is_no_person() -> None:
    # « one of the barges » is a thing: its figure against another outlet's is a count conflict as ever
    a = _c("a5:c1", "One of the barges carried 40 tonnes of grain", subject="One of the barges", predicate="carry")
    b = _c("b5:c1", "One of the barges carried 65 tonnes of grain", subject="One of the barges", predicate="carry")
    assert not _en_persons_apart(a, b)
    assert _kind(a, b) == "quantity"
    # « one of the hikers » is still a person nobody tells apart
    hiker = _c("c5:c1", "One of the hikers slid roughly 400 metres", subject="One of the hikers")
    assert _en_persons_apart(ONE, hiker)


def test_a_day_written_with_a_short_month_or_a_weekday_abbreviation() -> None:
    for told in ("at about 9 p.m. on May 3", "at about 9 p.m. on Oct. 3", "at about 9 p.m. on 3 May",
                 "at about 9 p.m. on Jan 3", "at about 9 p.m. Sat."):
        assert not _day_unwritten(_c("a6:c1", told, time="2031-05-03T21:00")), told
    # the hour alone stays a guessed day; « may » as a verb writes no day
    assert _day_unwritten(_c("a6:c2", "the guards may open the gate at about 9 p.m.", time="2031-05-03T21:00"))
    hour = _c("a6:c3", "while crossing the square at about 9 p.m. on May 3", subject="Ada Quist",
              subject_entity="e5", predicate="cross", object="the square", time="2031-05-03T21:00")
    other = _c("b6:c3", "Ada Quist was crossing the square on May 5", subject="Ada Quist", subject_entity="e5",
               predicate="cross", object="the square", time="2031-05-05")
    assert _kind(hour, other) == "date"


def test_two_purposes_of_one_aim_are_two_versions() -> None:
    a = _c("a7:c1", "to free 12 trapped miners", predicate="free",
           sentence="Rescue teams dug through the night to free 12 trapped miners.")
    b = _c("b7:c1", "to free 15 trapped miners", predicate="free",
           sentence="Rescue crews drilled all night to free 15 trapped miners.")
    assert _kind(a, b) == "quantity"


def test_an_age_by_decade_after_the_subject() -> None:
    after = _c("a8:c1", "Pol Verhagen, in his early 30s, slid some 300 metres", subject="Pol Verhagen",
               subject_entity="e2")
    assert _en_age(after) == (30, 33)
    aged = _c("a8:c2", "a man aged in his 40s slid some 300 metres", subject="man")
    assert _en_age(aged) == (40, 49)
    # no name with no age: a decade unlike ONE's tells two people apart
    assert _en_persons_apart(ONE, after)


def test_one_age_under_two_names_is_one_person() -> None:
    a = _c("a9:c1", "Pol Verhagen, 40, slid 300 metres", subject="Pol Verhagen", subject_entity="e1")
    b = _c("b9:c1", "Verhagen, 40, slid 250 metres", subject="Verhagen", subject_entity="e2")
    # the people rule leaves them to the others (two entities are still two doers there)
    assert not _en_persons_apart(a, b)


def test_the_age_is_the_subjects_own() -> None:
    # « man » inside « woman » is not the subject
    told = _c("a10:c1", "the man fell 300 metres", subject="man",
              sentence="A 24-year-old woman told police the man fell 300 metres.")
    assert _en_age(told) is None
    # the last age in the subject is its head's
    mother = _c("a10:c2", "the girl's 40-year-old mother fell 300 metres",
                subject="12-year-old girl's 40-year-old mother")
    assert _en_age(mother) == (40, 40)


def test_one_age_ties_a_description_to_a_name() -> None:
    # « a 41-year-old hiker » and « 41-year-old Pol Verhagen », resolved as two entities: one person by the age
    described = _c("a5:c1", "plunging roughly 90 metres into the gorge", subject="41-year-old Danish hiker",
                   subject_entity="e1", lemmas=["plunge", "gorge"],
                   sentence="A 41-year-old Danish hiker was killed plunging roughly 90 metres into the gorge.")
    named = _c("b5:c1", "plunging about 30 metres into the gorge", subject="Pol Verhagen", subject_entity="e7",
               lemmas=["plunge", "gorge"],
               sentence="On Monday, 41-year-old Pol Verhagen died after plunging about 30 metres into the gorge.")
    assert _kind(described, named) == "quantity"
    # another age: two people, as before
    other = replace(named, id="b6:c1", article_id="b6", sentence=named.sentence.replace("41-year-old", "29-year-old"))
    assert _kind(described, other) is None
    # two names with one age stay two entities' figures
    named2 = replace(described, id="a7:c1", article_id="a7", subject="Jon Marsh", subject_entity="e8",
                     sentence="Later, 41-year-old Jon Marsh was killed plunging roughly 90 metres into the gorge.")
    assert _kind(named2, named) is None

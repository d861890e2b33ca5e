"""One named thing founded in two years, or founded in one year and standing since an earlier one, by two
English articles conflicts (issue #13, English contradictions); « since » a later year, a thing named with
another head (« the Tern Valley Trust office »), two things and one article stay apart. Sentences written for
the tests."""

from __future__ import annotations

from recoupe.claims.contradictions import Side, check_founding, compare, en_founding
from recoupe.model import Claim, Modality
from tests.claims.helpers import english_check_fires, keys_meet


def _c(cid: str, text: str, subject: str, predicate: str, obj: str = "", time: str = "",
       modality: Modality = "asserted") -> Claim:
    return Claim(id=cid, article_id=cid.split(":")[0], text=text, sentence=text, start=0, end=len(text),
                 subject=subject, predicate=predicate, object=obj, time=time, language="en",
                 lemmas=[predicate], modality=modality)


def _date(a: Claim, b: Claim) -> bool:
    return english_check_fires(check_founding, a, b)


FOUNDED = _c("a1:c1", "In 1994 she founded the Tern Valley Family Clinic, which treats farm workers for free",
             "Mara Quist", "found", "the Tern Valley Family Clinic, which treats farm workers for free", "1994")


def test_a_thing_standing_before_its_founding_conflicts() -> None:
    since = _c("b1:c1", "The Tern Valley Family Clinic has been a lifeline for farm workers since 1989",
               "Tern Valley Family Clinic", "lifeline", time="1989")
    assert en_founding(FOUNDED) == ("tern valley family clinic", "founded", 1994)
    assert en_founding(since) == ("tern valley family clinic", "since", 1989)
    assert _date(FOUNDED, since)
    assert keys_meet(FOUNDED, since) and keys_meet(since, FOUNDED)  # a build compares the pair it flags
    hit = compare(Side(FOUNDED, outlet="A", language="en"), Side(since, outlet="B", language="en"))
    assert hit is not None and hit.kind == "date"


def test_two_founding_years_conflict() -> None:
    passive = _c("b1:c1", "The Tern Valley Family Clinic was founded in 1991 by a local doctor",
                 "Tern Valley Family Clinic", "found", time="1991")
    assert en_founding(passive) == ("tern valley family clinic", "founded", 1991)
    assert _date(FOUNDED, passive)


def test_since_a_later_year_or_the_same_founding_meets() -> None:
    later = _c("b1:c1", "The Tern Valley Family Clinic has treated farm workers since 1997",
               "Tern Valley Family Clinic", "treat", time="1997")
    assert not _date(FOUNDED, later)
    same = _c("b1:c1", "The Tern Valley Family Clinic was founded in 1994", "Tern Valley Family Clinic", "found",
              time="1994")
    assert not _date(FOUNDED, same)


def test_another_head_another_thing_or_one_article_stay_apart() -> None:
    office = _c("b1:c1", "In 1996 he established the Tern Valley Family Clinic office in Hollin",
                "Abe Quist", "establish", "the Tern Valley Family Clinic office in Hollin", "1996")
    assert en_founding(office) is None  # an office of the clinic, not the clinic
    other = _c("b1:c1", "The Hollin Dental Centre has served the town since 1980", "Hollin Dental Centre", "serve",
               time="1980")
    assert not _date(FOUNDED, other)
    assert not _date(FOUNDED, _c("a1:c2", "The Tern Valley Family Clinic has been open since 1989",
                                 "Tern Valley Family Clinic", "open", time="1989"))


def test_a_line_since_a_year_of_a_subject_is_no_standing() -> None:
    # « the newest of many hosts since 1990 »: « since » does not date the subject's standing
    line = _c("b1:c1", "Ida Brandt and Lev Orr were the newest of many witty hosts since 1990",
              "Ida Brandt", "late", time="1990")
    assert en_founding(line) is None


def test_a_founding_in_apposition_is_read() -> None:
    apposed = _c("b1:c1", "The Tern Valley Family Clinic, founded in 1991, will close on Friday",
                 "Tern Valley Family Clinic", "close", time="XXXX-WXX-5")
    assert en_founding(apposed) == ("tern valley family clinic", "founded", 1991)
    assert _date(FOUNDED, apposed)


def test_a_thing_established_as_something_is_not_founded() -> None:
    # « established X as the owner »: proved; « was established as » likewise
    proved = _c("b1:c1", "In 2027 a tribunal established the Tern Valley Family Clinic as the owner of the depot",
                "tribunal", "establish", "the Tern Valley Family Clinic as the owner of the depot", "2027")
    assert en_founding(proved) is None and not _date(FOUNDED, proved)
    passive = _c("b1:c1", "The Tern Valley Family Clinic was established as the depot's owner in 2027",
                 "Tern Valley Family Clinic", "establish", time="2027")
    assert en_founding(passive) is None


def test_a_record_or_an_earlier_building_since_a_year_is_no_standing() -> None:
    record = _c("b1:c1", "The Tern Valley Family Clinic has made the largest purchase in the county since 1980",
                "Tern Valley Family Clinic", "make", time="1980")
    assert en_founding(record) is None and not _date(FOUNDED, record)
    first = _c("b1:c1", "The Tern Valley Family Clinic has posted its first loss since 1980",
               "Tern Valley Family Clinic", "post", time="1980")
    assert en_founding(first) is None
    building = _c("b1:c1", "The Tern Valley Family Clinic has been a listed building since 1971",
                  "Tern Valley Family Clinic", "building", time="1971")
    assert en_founding(building) is None and not _date(FOUNDED, building)


def test_a_founding_placed_in_a_named_place_may_be_a_namesake_or_a_branch() -> None:
    placed = _c("b1:c1", "The Tern Valley Family Clinic was founded in 1991 in Hollin", "Tern Valley Family Clinic",
                "found", time="1991")
    assert en_founding(placed) == ("tern valley family clinic", "founded", 1991)
    assert not _date(FOUNDED, placed)
    branch = _c("b1:c1", "In 1996 his sons established the Tern Valley Family Clinic in Canada", "sons", "establish",
                "the Tern Valley Family Clinic in Canada", "1996")
    assert not _date(FOUNDED, branch)
    month = _c("b1:c1", "The Tern Valley Family Clinic was founded in March 1991 by a local doctor",
               "Tern Valley Family Clinic", "found", time="1991-03")
    assert _date(FOUNDED, month)  # a month places nothing
    since = _c("c1:c1", "The Tern Valley Family Clinic has been a lifeline for farm workers since 1989",
               "Tern Valley Family Clinic", "lifeline", time="1989")
    assert _date(placed, since)  # a place tells where the thing that stood before was founded: still a conflict

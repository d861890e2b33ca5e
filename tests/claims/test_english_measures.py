"""English figures the contradiction checks read (issue 13): ages ("a 44-year-old captain", "Mara Quill,
29,"), lengths glued to their unit or told in feet and miles, bearings from one point, and days told
without a year. Sentences written for the tests."""

from __future__ import annotations

import pytest

from recoupe.claims.contradictions import Side, disjoint_dates
from recoupe.claims.quantities import parse
from tests.claims.helpers import claim, kind_of


def _en(cid: str, text: str, **kw: object) -> Side:
    return Side(claim(cid, text, language="en", **kw), outlet=cid.split(":")[0] + ".com", language="en")


@pytest.mark.parametrize(("text", "value", "thing", "bearer"), [
    ("A 44-year-old former captain was rescued.", 44, "âge", "captain"),
    ("The 29-year-old Mara Quill of Dunmore was rescued.", 29, "âge", "mara quill"),
    ("Mara Quill, 29, of Dunmore was rescued.", 29, "âge", "mara quill"),
    ("The 61-year-old died later.", 61, "âge", ""),  # no noun: no bearer, compared with no one
    ("A 23-year-old man struck Doe with his car.", 23, "âge", "man"),  # "struck" before a name: a verb
    ("A 36-year-old Norwegian climber fell.", 36, "âge", "climber"),
])
def test_english_ages_and_their_bearer(text: str, value: float, thing: str, bearer: str) -> None:
    q = parse(text, "en")[0]
    assert (q.value, q.thing, q.bearer) == (value, thing, bearer)


def test_a_figure_between_commas_after_a_date_or_a_common_noun_is_no_age() -> None:
    assert parse("On March 3, 2009, the pier closed.", "en") == []
    assert all(q.thing != "âge" for q in parse("The skipper, 44, was rescued.", "en"))


def test_lengths_glued_converted_and_money_left_alone() -> None:
    glued = parse("The diver sank 75m below the hull.", "en")[0]
    assert (glued.value, glued.unit) == (75, "m")
    feet = parse("The diver sank some 250 feet.", "en")[0]
    assert feet.unit == "m" and feet.low < 76.2 < feet.high  # 250 ft is 76 m, the rounding allowed
    miles = parse("The convoy drove 20 miles north.", "en")[0]
    assert miles.unit == "km" and miles.low < 32.2 < miles.high
    assert parse("The refit cost $8m last year.", "en") == []  # « $8m » is money, not a length
    nautical = parse("The tanker sailed 40 nautical miles offshore.", "en")[0]
    assert nautical.unit == "nmi"


def test_two_lengths_in_feet_and_metres_conflict_only_beyond_the_conversion() -> None:
    a = _en("a1:c1", "The diver sank 250 metres near the wreck", subject="diver", predicate="sink")
    b = _en("b1:c1", "The diver sank 250ft near the wreck", subject="diver", predicate="sink")
    c = _en("c1:c1", "The diver sank about 800 feet near the wreck", subject="diver", predicate="sink")
    assert kind_of(a, b) == "quantity"  # 250 m against 76 m
    assert kind_of(a, c) is None  # 800 ft is about 244 m


def test_one_person_aged_differently_by_two_articles() -> None:
    a = _en("a1:c1", "The 31-year-old Mara Quill slipped on the ice", subject="Mara Quill", predicate="slip")
    b = _en("b1:c1", "Mara Quill, 33, slipped on the ice", subject="Mara Quill", predicate="slip")
    same = _en("c1:c1", "Mara Quill, 31, slipped on the ice", subject="Mara Quill", predicate="slip")
    assert kind_of(a, b) == "quantity"
    assert kind_of(a, same) is None
    man = _en("d1:c1", "A 43-year-old man slipped on the wet deck", subject="man", predicate="slip")
    other = _en("e1:c1", "A 52-year-old man called the rescuers", subject="man", predicate="call")
    assert kind_of(man, other) is None  # "a man" in two deeds: a story often has two


def test_one_distance_from_one_point_in_opposite_directions_is_a_place_conflict() -> None:
    a = _en("a1:c1", "Raiders attacked the tanker 40 nautical miles north of Portvale", subject="Raiders",
            predicate="attack")
    b = _en("b1:c1", "it was attacked by raiders about 40 nautical miles south of Portvale", subject="it",
            predicate="attack")
    c = _en("c1:c1", "it was attacked by raiders about 40 nautical miles north of Portvale", subject="it",
            predicate="attack")
    assert kind_of(a, b) == "place"
    assert kind_of(a, c) is None


def test_a_pronoun_subject_is_one_doer_only_within_one_fact() -> None:
    a = _en("a1:c1", "She fired two shots at the guards", subject="She", predicate="fire")
    b = _en("b1:c1", "Guards fired 15 shots at the intruder", subject="Guards", predicate="fire")
    assert kind_of(a, b) is None  # the intruder's shots and the guards': two doers
    c = _en("c1:c1", "She fired two shots at the guards", subject="She", predicate="fire", group_id="g1")
    d = _en("d1:c1", "The intruder fired 15 shots at the guards", subject="intruder", predicate="fire",
            group_id="g1")
    assert kind_of(c, d) == "quantity"  # linked as one fact: "she" is the intruder


@pytest.mark.parametrize(("x", "y", "apart"), [
    ("XXXX-11-18", "XXXX-11-19", True),  # « November 18 » / « November 19 », no year known
    ("XXXX-11-18", "XXXX-11-18T14:00", False),
    ("XXXX-11-18", "2011-11-19", False),  # the full date may be of another year: not compared
    ("XXXX-WXX-4", "2011-11-11", False),  # a weekday neither
    ("XXXX-11-18TNI", "XXXX-11-19", False),  # a night runs into the next day
    ("XXXX", "XXXX-11-18", False),
])
def test_days_told_without_a_year(x: str, y: str, apart: bool) -> None:
    a, b = claim("a1:c1", "x", time=x, language="en"), claim("b1:c1", "y", time=y, language="en")
    assert disjoint_dates(a, b) is apart


def test_days_told_without_a_year_are_read_in_english_only() -> None:
    a, b = claim("a1:c1", "x", time="XXXX-11-18"), claim("b1:c1", "y", time="XXXX-11-19")
    assert not disjoint_dates(a, b)  # French: not measured, not read


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("The diver sank 1,250m below the hull.", 1250, "m"),  # not "250m"
    ("The buoy drifted 2.5km offshore.", 2.5, "km"),  # not "5km"
    ("The pilot is 1.93m tall.", 1.93, "m"),
    ("The kite rose 1,000ft above the pier.", 304.8, "m"),  # not "0ft"
    ("The pilot is 6ft 4in tall.", 1.9304, "m"),  # feet and inches: one height
    ("The pilot is 6 feet 4 inches tall.", 1.9304, "m"),
])
def test_a_unit_glued_to_a_decimal_or_thousands_figure_measures_the_whole_figure(
        text: str, value: float, unit: str) -> None:
    q = parse(text, "en")[0]
    assert (round(q.value, 4), q.unit) == (value, unit)


@pytest.mark.parametrize("text", [
    "Nearly 4m tourists visited the valley.",  # millions of people
    "The port lost 2.5m dollars in fees.",
    "The mill sold 7m bricks.",
    "3M said the plant would close.",  # a name
])
def test_a_glued_m_before_a_noun_is_no_length(text: str) -> None:
    assert all(q.unit != "m" for q in parse(text, "en"))


def test_two_pairs_of_figures_told_the_same_way_are_no_conflict() -> None:
    a = _en("a1:c1", "The pilot is 1.93m tall, the club said", subject="pilot", predicate="be")
    b = _en("b1:c1", "The pilot is 6ft 4in tall, the club said", subject="pilot", predicate="be")
    assert kind_of(a, b) is None
    c = _en("c1:c1", "The flood drove 1.2m villagers from the delta", subject="flood", predicate="drive")
    d = _en("d1:c1", "The flood drove 1.20m villagers from the delta", subject="flood", predicate="drive")
    assert kind_of(c, d) is None  # millions of villagers, not 2 m against 20 m
    e = _en("e1:c1", "The kite rose 1,000ft above the pier", subject="kite", predicate="rise")
    f = _en("f1:c1", "The kite rose 1,000 feet above the pier", subject="kite", predicate="rise")
    assert kind_of(e, f) is None


def test_two_lengths_told_in_feet_are_compared_without_the_conversion_margin() -> None:
    a = _en("a1:c1", "The kite rose 400 feet above the pier", subject="kite", predicate="rise")
    b = _en("b1:c1", "The kite rose 480 feet above the pier", subject="kite", predicate="rise")
    assert kind_of(a, b) == "quantity"  # 400 ft against 480 ft: the same unit, no rounding between them
    c = _en("c1:c1", "The ferry sailed 30 miles up the coast", subject="ferry", predicate="sail")
    d = _en("d1:c1", "The ferry sailed 36 miles up the coast", subject="ferry", predicate="sail")
    assert kind_of(c, d) == "quantity"
    e = _en("e1:c1", "The kite rose 130 metres above the pier", subject="kite", predicate="rise")
    assert kind_of(a, e) is None  # 400 ft is 122 m: the conversion's rounding still allowed


@pytest.mark.parametrize(("x", "y"), [
    ("Tom Pike, 58, drowned off the pier", "Ann Pike, 55, drowned off the pier"),  # a couple: one surname
    ("The 58-year-old Tom Pike drowned off the pier", "The 55-year-old Ann Pike drowned off the pier"),
    ("A 58-year-old West Country angler drowned off the pier",
     "A 55-year-old West Country swimmer drowned off the pier"),
    ("A 17-year-old boy was stabbed near the pier", "A 15-year-old boy was held near the pier"),
    ("A 3-year-old girl fell off the pier", "A 5-year-old girl was pulled from the water"),
])
def test_two_people_of_one_surname_origin_or_age_group_are_two_bearers(x: str, y: str) -> None:
    a = _en("a1:c1", x, subject=x.split()[-4], predicate="drown")
    b = _en("b1:c1", y, subject=y.split()[-4], predicate="drown")
    assert kind_of(a, b) is None


def test_one_name_in_full_or_by_its_surname_is_one_bearer() -> None:
    a = _en("a1:c1", "Mr Pike, 58, drowned off the pier", subject="Mr Pike", predicate="drown")
    b = _en("b1:c1", "Tom Pike, 61, drowned off the pier", subject="Tom Pike", predicate="drown")
    c = _en("c1:c1", "The 61-year-old Tom Pike drowned off the pier", subject="Tom Pike", predicate="drown")
    assert kind_of(b, c) is None
    assert kind_of(a, c) is None  # "mr pike" and "tom pike": not told to be one
    d = _en("d1:c1", "The 58-year-old Tom Pike drowned off the pier", subject="Tom Pike", predicate="drown")
    assert kind_of(b, d) == "quantity"


@pytest.mark.parametrize("text", [
    "Peru, 3, Chile, 1, in the group stage.",  # scores
    "In Kent, 14, and in Essex, 9, homes flooded.",  # counts per place
])
def test_one_capitalised_word_before_a_figure_between_commas_is_no_age(text: str) -> None:
    assert all(q.thing != "âge" for q in parse(text, "en"))


def test_a_capitalised_unit_before_a_name_is_no_length() -> None:
    assert all(q.unit != "m" for q in parse("The 11 Ft Rowan soldiers were decorated.", "en"))  # Fort
    assert parse("The wall is 11 ft high.", "en")[0].unit == "m"

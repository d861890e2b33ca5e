"""One age written on both sides ties a named person and an unnamed one only when nothing sets them
apart (issue 13): two people of one age crashing on two days, in two places, or one man, one woman,
are two people, their figures no conflict; one person told by name in one outlet and by age in
another is still compared. Sentences invented for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from recoupe.claims.contradictions import Side
from tests.claims.helpers import claim, kind_of

DAY = date(2031, 3, 8)  # a Saturday


def _side(cid: str, sentence: str, text: str, subject: str, language: str, entity: str = "",
          predicate: str = "crash", published: date = DAY, **kw: Any) -> Side:
    c = claim(cid, text, sentence=sentence, subject=subject, subject_entity=entity, predicate=predicate,
              language=language, **kw)
    return Side(c, outlet=cid.split(":")[0] + ".example", language=language, published=published)


NAMED_EN = ("Dara Quent, 23, died on Friday after he crashed his van at about 70 mph near Leeds.",
            "after he crashed his van at about 70 mph near Leeds", "Dara Quent")


def _named_en() -> Side:
    return _side("a1:c2", *NAMED_EN, "en", entity="e1")


@pytest.mark.parametrize("sentence, subject", [
    # the same day, the same town: one person, two speeds
    ("A 23-year-old man died on Friday morning after he crashed his van at about 40 mph near Leeds.",
     "23-year-old man"),
])
def test_one_person_named_and_unnamed_is_compared(sentence: str, subject: str) -> None:
    other = _side("b1:c2", sentence, sentence.split(" died on Friday ")[1].rstrip("."), subject, "en")
    assert kind_of(_named_en(), other) == "quantity"


@pytest.mark.parametrize("sentence, subject", [
    # another day
    ("A 23-year-old man died on Saturday after he crashed his van at about 40 mph near Leeds.", "23-year-old man"),
    # another country
    ("A 23-year-old man died on Friday morning after he crashed his van at about 40 mph near Lyon in France.",
     "23-year-old man"),
])
def test_two_people_of_one_age_are_not_compared(sentence: str, subject: str) -> None:
    text = sentence.split(" on Friday ")[-1].split(" on Saturday ")[-1].rstrip(".")
    other = _side("b1:c2", sentence, text, subject, "en")
    assert kind_of(_named_en(), other) is None


def test_a_man_by_his_title_and_a_woman_are_two_people() -> None:
    """The sex told by a subject's words or the title before a name (« Mr », « M. »), not by pronouns."""
    told = "Mr Dara Quent, 23, died on Friday after he crashed his van at about 70 mph near Leeds."
    mr = _side("a1:c2", told, "after he crashed his van at about 70 mph near Leeds", "Dara Quent", "en", entity="e1")
    told = "A 23-year-old woman died on Friday after she crashed her van at about 40 mph near Leeds."
    woman = _side("b1:c2", told, "after she crashed her van at about 40 mph near Leeds", "23-year-old woman", "en")
    assert kind_of(mr, woman) is None
    told = "A 23-year-old man died on Friday morning after he crashed his van at about 40 mph near Leeds."
    man = _side("b1:c2", told, "after he crashed his van at about 40 mph near Leeds", "23-year-old man", "en")
    assert kind_of(mr, man) == "quantity"
    monsieur = _named_fr("M. Paul Vernel, 19 ans, roulait à 130 km/h quand il a percuté un arbre vendredi près "
                         "de Rennes.")
    femme = _unnamed_fr("Une femme de 19 ans roulait à 90 km/h quand elle a percuté un arbre vendredi près de Rennes.",
                        "Une femme de 19 ans")
    assert kind_of(monsieur, femme) is None


def test_a_pronoun_tells_no_sex() -> None:
    """« as she … » may be another person's: a name with no title and a man of its age are still compared."""
    told = "Dara Quent, 23, was hit on Friday at about 70 mph near Leeds as she turned into the road."
    named = _side("a1:c2", told, "Dara Quent, 23, was hit on Friday at about 70 mph near Leeds", "Dara Quent",
                  "en", entity="e1", predicate="hit")
    told = "A 23-year-old man was hit on Friday at about 40 mph near Leeds."
    man = _side("b1:c2", told, told.rstrip("."), "23-year-old man", "en", predicate="hit")
    assert kind_of(named, man) == "quantity"


def test_a_night_runs_into_the_next_day() -> None:
    """« Friday night » in one report, Saturday in a later one: not days apart."""
    told = "Dara Quent, 23, died late on Friday night after he crashed his van at about 70 mph near Leeds."
    named = _side("a1:c2", told, "after he crashed his van at about 70 mph near Leeds", "Dara Quent", "en",
                  entity="e1", published=date(2031, 3, 8), time="2031-03-07TNI")
    told = "A 23-year-old man died on Saturday after he crashed his van at about 40 mph near Leeds."
    other = _side("b1:c2", told, "after he crashed his van at about 40 mph near Leeds", "23-year-old man", "en",
                  published=date(2031, 3, 9))
    assert kind_of(named, other) == "quantity"


def test_two_days_told_by_a_weekday_against_two_publication_days() -> None:
    """« on Friday » in a report of Friday and « on Saturday » in one of Sunday: two days, two people —
    the clause of the figure carries no date, its sentence does."""
    named = _side("a1:c2", *NAMED_EN, "en", entity="e1", published=date(2031, 3, 7))
    told = "A 23-year-old man died on Saturday after he crashed his van at about 40 mph near Leeds."
    other = _side("b1:c2", told, "after he crashed his van at about 40 mph near Leeds", "23-year-old man", "en",
                  published=date(2031, 3, 9))
    assert kind_of(named, other) is None
    told = "A 23-year-old man died on Friday morning after he crashed his van at about 40 mph near Leeds."
    same = _side("b1:c2", told, "after he crashed his van at about 40 mph near Leeds", "23-year-old man", "en",
                 published=date(2031, 3, 9))
    assert kind_of(named, same) == "quantity"


def _place(sentence: str) -> str:
    return sentence.rstrip(".").rsplit(" de ", 1)[1]  # the place the extraction reads (« près de Rennes »)


def _named_fr(sentence: str = "Paul Vernel, 19 ans, roulait à 130 km/h quand il a percuté un arbre vendredi près "
                              "de Rennes.") -> Side:
    return _side("a2:c1", sentence, sentence.split(" quand")[0], "Paul Vernel", "fr", entity="e2",
                 predicate="rouler", place=_place(sentence))


def _unnamed_fr(sentence: str, subject: str = "Un homme de 19 ans") -> Side:
    return _side("b2:c1", sentence, sentence.split(" quand")[0], subject, "fr", predicate="rouler",
                 place=_place(sentence))


def test_french_one_person_named_and_unnamed_is_compared() -> None:
    other = _unnamed_fr("Un homme de 19 ans roulait à 90 km/h quand il a percuté un arbre vendredi près de Rennes.")
    assert kind_of(_named_fr(), other) == "quantity"


@pytest.mark.parametrize("sentence, subject", [
    ("Un homme de 19 ans roulait à 90 km/h quand il a percuté un arbre samedi près de Rennes.",
     "Un homme de 19 ans"),
    ("Un homme de 19 ans roulait à 90 km/h quand il a percuté un arbre vendredi près de Marseille.",
     "Un homme de 19 ans"),
    ("Un homme de 73 ans roulait à 90 km/h quand il a percuté un arbre vendredi près de Rennes.",
     "Un homme de 73 ans"),
])
def test_french_two_people_of_one_age_are_not_compared(sentence: str, subject: str) -> None:
    assert kind_of(_named_fr(), _unnamed_fr(sentence, subject)) is None


def test_french_a_name_with_no_age_is_not_tied_by_the_other_sides_age() -> None:
    """« Paul Vernel » against « un homme de 19 ans »: nothing ties them; the age is no counted group."""
    named = _named_fr("Paul Vernel roulait à 130 km/h quand il a percuté un arbre vendredi près de Rennes.")
    other = _unnamed_fr("Un homme de 19 ans roulait à 90 km/h quand il a percuté un arbre vendredi près de Rennes.")
    assert kind_of(named, other) is None


def test_two_unnamed_french_people_of_one_age_on_two_days() -> None:
    one = _unnamed_fr("Un homme de 19 ans roulait à 130 km/h quand il a percuté un arbre vendredi près de Rennes.")
    two = _side("c2:c1", "Un homme de 19 ans roulait à 90 km/h quand il a percuté un arbre samedi près de Rennes.",
                "Un homme de 19 ans roulait à 90 km/h", "Un homme de 19 ans", "fr", predicate="rouler")
    assert kind_of(one, two) is None


def test_places_apart_by_the_headlines_gazetteer() -> None:
    """Sentences that name no place, headlines that name two cities far apart: two crashes, two people."""
    s = "Dara Quent, 23, died on Friday after he crashed his van at about 70 mph."
    named = _side("a1:c2", s, "after he crashed his van at about 70 mph", "Dara Quent", "en", entity="e1")
    named = Side(named.claim, outlet=named.outlet, language="en", published=DAY,
                 headline="Van driver dies in crash near Glasgow")
    told = "A 23-year-old man died on Friday morning after he crashed his van at about 40 mph."
    other = _side("b1:c2", told, "after he crashed his van at about 40 mph", "23-year-old man", "en")
    assert kind_of(named, other) == "quantity"  # no place on one side: nothing sets them apart
    near = Side(other.claim, outlet=other.outlet, language="en", published=DAY,
                headline="Young driver killed in crash near Glasgow")
    assert kind_of(named, near) == "quantity"
    far = Side(other.claim, outlet=other.outlet, language="en", published=DAY,
               headline="Young driver killed in crash near Cardiff")
    assert kind_of(named, far) is None

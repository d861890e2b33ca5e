"""A weekday governed by an English participle of planning with no auxiliary ("Strike planned Saturday", "vote
scheduled Saturday", "march set for Saturday") names the occasion planned: the nearest such day (the coming
one the day before it), not the last one, which the past tense the parser gives a headline's participle made
it (issue #13; the French side is falsecontra30's). A deed's participle ("two men killed Saturday") still reads
the last day, and so does a planning verb with an object ("a man who planned Saturday's attack"). Sentences
written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from recoupe.lang import pack
from recoupe.lang.en.timex.tense import tense_from_doc
from recoupe.nlp import timex
from recoupe.nlp.pipeline import load

pytestmark = pytest.mark.model

FRIDAY = date(2031, 3, 7)  # the coming Saturday (8 March) is nearer than the last one (1 March)
COMING, LAST = "2031-03-08", "2031-03-01"


@pytest.fixture(scope="module")
def en():  # type: ignore[no-untyped-def]
    return load(pack("en").model)


def _saturday(en, sentence: str) -> str:  # type: ignore[no-untyped-def]
    exprs = timex.tag(sentence, FRIDAY, lang="en", tense_at=tense_from_doc(en(sentence)))
    return next(e.value for e in exprs if e.text == "Saturday")


@pytest.mark.parametrize("sentence", [
    "Strike planned Saturday at the Hallow docks",
    "Ferry strike planned Saturday",
    "Council vote scheduled Saturday in Hallow",
    "Heavy snow expected Saturday on the Hallow coast",
    "Hallow march set for Saturday",
    "Parade organised Saturday in Hallow",
    "The dockers said a strike planned for Saturday would go ahead.",
    "A ferry strike planned Saturday was called off by the union.",
])
def test_a_planning_participle_keeps_the_coming_day(en, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert _saturday(en, sentence) == COMING


@pytest.mark.parametrize("sentence", [
    "Two dockers killed Saturday in Hallow",
    "Ferry sank Saturday off Hallow",
    "The strike was carried out Saturday.",
    "Police arrested a man who planned Saturday's attack.",
    # set / postpone also tell a deed done: set plans only with a for (revenfix31)
    "A fire set Saturday destroyed a barn outside Dunmore",
    "Sprint record set Saturday in Dunmore",
    "Cup final postponed Saturday after a pitch invasion",
    "Arson suspected in shed fire set Saturday",
])
def test_a_deed_reads_the_last_day(en, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert _saturday(en, sentence) == LAST


SUNDAY = date(2031, 3, 9)  # the day after a Saturday (8 March): the nearest Saturday is the last one


@pytest.mark.parametrize(("sentence", "value"), [
    ("Ferry strike planned Saturday", "2031-03-15"),
    ("Council vote scheduled Saturday in Hallow", "2031-03-15"),
    ("A ferry strike planned Saturday was called off by the union.", "2031-03-08"),
])
def test_a_bare_plan_is_a_coming_day_unless_its_clause_is_past(en, sentence: str, value: str) -> None:  # type: ignore[no-untyped-def]
    exprs = timex.tag(sentence, SUNDAY, lang="en", tense_at=tense_from_doc(en(sentence)))
    assert next(e.value for e in exprs if e.text == "Saturday") == value

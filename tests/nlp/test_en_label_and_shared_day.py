"""Two English extraction faults that hid a contradiction of days (issue #13): a place or desk label before a
colon that the parse also hung on the verb as a subject (« Harbourton: A ferry ran aground … ») was taken as the
doer; and the second of two coordinated deeds lost the day told before the first verb (« The ferry on Monday left
port and reached the island »), which scopes over both. A day after the first verb, a second deed moved in time
(« and later … »), a second clause with its own subject or another tense keep no day. Sentences written for the
tests."""

from __future__ import annotations

from typing import Any

import pytest

from recoupe.lang import pack
from recoupe.model import Article
from recoupe.nlp.extract import analyse
from recoupe.nlp.pipeline import load

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def en():  # type: ignore[no-untyped-def]
    return load(pack("en").model)


def _claims(nlp: Any, text: str) -> dict[str, tuple[str, str]]:
    a = analyse(nlp(text), Article(id="t", origin="t", text=text, language="en"))
    return {c.predicate: (c.subject, c.time) for c in a.claims}


@pytest.mark.parametrize("text", [
    "Harbourton: A coast guard cutter stopped a smuggling boat off the cape on Tuesday.",
    "Ostvale / Kennet Bay: A coast guard cutter stopped a smuggling boat off the cape on Tuesday.",
])
def test_a_label_before_a_colon_is_not_the_doer(en: Any, text: str) -> None:
    subject, _ = _claims(en, text)["stop"]
    assert subject == "coast guard cutter"


@pytest.mark.parametrize("text", [
    "On Monday, a coast guard cutter chased two boats off the cape and stopped a smuggling boat.",
    "A coast guard cutter on Monday chased two boats off the cape and stopped a smuggling boat.",
])
def test_a_day_told_before_the_first_verb_dates_the_second_deed(en: Any, text: str) -> None:
    got = _claims(en, text)
    assert got["chase"][1] and got["stop"][1] == got["chase"][1]


@pytest.mark.parametrize("text", [
    "A coast guard cutter chased two boats off the cape on Monday and stopped a smuggling boat.",
    "A coast guard cutter on Monday chased two boats off the cape and later stopped a smuggling boat.",
    "A coast guard cutter on Monday chased two boats off the cape and its crew stopped a smuggling boat.",
    "A coast guard cutter on Monday chased two boats off the cape and has stopped a smuggling boat.",
])
def test_a_day_after_the_first_verb_or_a_moved_deed_dates_no_second_deed(en: Any, text: str) -> None:
    got = _claims(en, text)
    assert got["chase"][1] and not got["stop"][1]

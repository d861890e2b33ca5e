"""English « he » / « she » opening an adverbial clause stands for the person its own sentence names as
subject, not for the speaker of an earlier sentence (« A 61-year-old hiker died after he lost his footing »
told after a sergeant's quote); a thing as subject, a person of the other sex or a clause naming a second
person keep the earlier reading (issue #13: two people of one event). Sentences written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from recoupe.model import Article
from recoupe.nlp.extract import analyse

pytestmark = [pytest.mark.model]

QUOTE = '"We searched all night," Sergeant Paul Okafor said.\n\n'


@pytest.fixture(scope="module")
def nlp_en() -> Any:
    from recoupe.lang import pack
    from recoupe.nlp.pipeline import load

    return load(pack("en").model)


def _subject(nlp_en: Any, text: str, predicate: str) -> str:
    res = analyse(nlp_en(text), Article(id="t", origin="t", text=text, language="en"))
    found = [c.subject for c in res.claims if c.predicate == predicate]
    assert found, [c.predicate for c in res.claims]
    return found[0]


@pytest.mark.parametrize("text, predicate, subject", [
    (QUOTE + "A 61-year-old hiker died on Sunday after he lost his footing on a ridge.", "lose", "61-year-old hiker"),
    (QUOTE + "Maria Lenz died on Sunday after she slipped on the stairs.", "slip", "Maria Lenz"),
])
def test_a_pronoun_in_an_adverbial_clause_is_its_sentence_subject(
        nlp_en: Any, text: str, predicate: str, subject: str) -> None:
    assert _subject(nlp_en, text, predicate) == subject


@pytest.mark.parametrize("text, predicate", [
    (QUOTE + "He added that the search would resume after he had slept.", "sleep"),  # a thing as subject
    (QUOTE + "The woman died on Sunday after he left the house.", "leave"),  # the other sex
    (QUOTE + "The man died on Sunday after he hit her with a van.", "hit"),  # a second person in the clause
    # a person object in the main clause: either of the two may be meant
    (QUOTE + "The constable tackled the man after he grabbed a bottle.", "grab"),
    (QUOTE + "The coach praised Omar Haddad because he had scored twice.", "score"),
    # the article gives the sentence's subject the other sex: a title, a gendered role
    (QUOTE + "Ms. Clara Voss was hurt when he swerved off the road.", "swerve"),
    (QUOTE + "The spokeswoman left the hall before he arrived.", "arrive"),
])
def test_the_earlier_reading_stays_when_the_sentence_subject_cannot_be_the_pronoun(
        nlp_en: Any, text: str, predicate: str) -> None:
    assert _subject(nlp_en, text, predicate) == "Paul Okafor"

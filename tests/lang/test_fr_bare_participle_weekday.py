"""A weekday governed by a bare past participle (« 40 hectares brûlés samedi », « un berger tué dimanche »), on
a noun or as a headline's only predicate, tells a deed already done: it is the last such day, not the nearest
(the coming one the day before it), which gave a false `date` contradiction against another outlet's « samedi »
(issue #13, review revstories30). A participle that plans or moves an occasion (« grève prévue samedi ») keeps
the nearest reading. Sentences written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from recoupe.lang import pack
from recoupe.lang.fr.timex.tense import tense_from_doc
from recoupe.nlp import timex
from recoupe.nlp.pipeline import load

pytestmark = pytest.mark.model

FRIDAY = date(2031, 3, 7)  # the coming Saturday (8 March) is nearer than the last one (1 March)


@pytest.fixture(scope="module")
def fr():  # type: ignore[no-untyped-def]
    return load(pack("fr").model)


def _day(fr, sentence: str, word: str) -> str:  # type: ignore[no-untyped-def]
    exprs = timex.tag(sentence, FRIDAY, lang="fr", tense_at=tense_from_doc(fr(sentence)))
    return next(e.value for e in exprs if e.text == word)


@pytest.mark.parametrize(("sentence", "word", "value"), [
    ("Vallombre : 40 hectares de chênes brûlés samedi, la piste accidentelle écartée", "samedi", "2031-03-01"),
    ("Un berger tué dimanche près de Vallombre", "dimanche", "2031-03-02"),
])
def test_a_bare_past_participle_reads_the_last_day(fr, sentence: str, word: str,  # type: ignore[no-untyped-def]
                                                   value: str) -> None:
    assert _day(fr, sentence, word) == value


@pytest.mark.parametrize(("sentence", "word", "value"), [
    ("Vallombre : grève des éboueurs prévue samedi", "samedi", "2031-03-08"),
    ("Le conseil municipal de Vallombre se réunira samedi", "samedi", "2031-03-08"),
    ("Une marche blanche organisée samedi à Vallombre", "samedi", "2031-03-08"),
    ("Grève des pilotes : 40 vols annulés samedi au départ de Vallombre", "samedi", "2031-03-08"),
    ("Vallombre : trafic des trains perturbé samedi", "samedi", "2031-03-08"),
])
def test_a_planned_or_future_day_stays_the_coming_one(fr, sentence: str, word: str,  # type: ignore[no-untyped-def]
                                                      value: str) -> None:
    assert _day(fr, sentence, word) == value

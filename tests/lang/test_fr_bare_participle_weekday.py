"""A weekday governed by a bare past participle of a deed (« 40 hectares brûlés samedi », « un berger tué
dimanche »), on a noun or as a headline's only predicate, tells a deed already done: it is the last such day, not
the nearest (the coming one the day before it), which gave a false `date` contradiction against another outlet's
« samedi » (issue #13, review revstories30). Any other bare participle is no deed: read past, a Friday's
« policiers déployés samedi » (an announcement) gave a false date contradiction and « mis en délibéré au 12 mars »
lost a year (review revfalsecontra31): they keep the nearest reading, and a participle that plans an occasion
(« grève prévue samedi ») reads the coming day, even on a Sunday. Sentences written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from recoupe.lang import pack
from recoupe.lang.fr.timex.tense import tense_from_doc
from recoupe.nlp import timex
from recoupe.nlp.pipeline import load

pytestmark = pytest.mark.model

FRIDAY = date(2031, 3, 7)  # the coming Saturday (8 March) is nearer than the last one (1 March)
WEDNESDAY = date(2031, 3, 5)  # the coming Saturday (8 March) is three days ahead, the last one four back
SUNDAY = date(2031, 3, 9)  # the last Saturday (8 March) is nearer than the coming one (15 March)
MONDAY = date(2031, 12, 1)  # the nearest 12 March is the last one, the coming one is in 2032


@pytest.fixture(scope="module")
def fr():  # type: ignore[no-untyped-def]
    return load(pack("fr").model)


def _day(fr, sentence: str, word: str, anchor: date = FRIDAY) -> str:  # type: ignore[no-untyped-def]
    exprs = timex.tag(sentence, anchor, lang="fr", tense_at=tense_from_doc(fr(sentence)))
    return next(e.value for e in exprs if e.text == word)


@pytest.mark.parametrize(("sentence", "word", "value"), [
    ("Vallombre : 40 hectares de chênes brûlés samedi, la piste accidentelle écartée", "samedi", "2031-03-01"),
    ("Un berger tué dimanche près de Vallombre", "dimanche", "2031-03-02"),
    ("Vallombre : une plainte déposée samedi contre le maire", "samedi", "2031-03-01"),
    ("Mort d'un randonneur : une enquête ouverte samedi à Vallombre", "samedi", "2031-03-01"),
    ("Vallombre : deux blessés dans un éboulement survenu samedi", "samedi", "2031-03-01"),
    ("Un cycliste renversé samedi soir à Vallombre", "samedi soir", "2031-03-01TEV"),
])
def test_a_bare_past_participle_reads_the_last_day(fr, sentence: str, word: str,  # type: ignore[no-untyped-def]
                                                   value: str) -> None:
    assert _day(fr, sentence, word) == value


@pytest.mark.parametrize(("sentence", "word", "value"), [
    ("Vallombre : grève des éboueurs prévue samedi", "samedi", "2031-03-08"),
    ("Le conseil municipal de Vallombre se réunira samedi", "samedi", "2031-03-08"),
    ("Une marche blanche organisée samedi à Vallombre", "samedi", "2031-03-08"),
    ("Vallombre : toutes les liaisons en car annulées samedi par la régie", "samedi", "2031-03-08"),
    ("Vallombre : trafic des trains perturbé samedi", "samedi", "2031-03-08"),
])
def test_a_planned_or_future_day_stays_the_coming_one(fr, sentence: str, word: str,  # type: ignore[no-untyped-def]
                                                      value: str) -> None:
    assert _day(fr, sentence, word) == value


@pytest.mark.parametrize(("sentence", "word", "value"), [
    ("Vallombre : 900 gendarmes et policiers déployés samedi pour le défilé", "samedi", "2031-03-08"),
    ("Vallombre : le département placé samedi en vigilance rouge aux crues", "samedi", "2031-03-08"),
    ("Des navettes vers le stade mises en service samedi à Vallombre", "samedi", "2031-03-08"),
    ("Vallombre : les quais de la gare barrés samedi", "samedi", "2031-03-08"),
])
def test_a_participle_that_tells_no_deed_keeps_the_nearest_day(fr, sentence: str, word: str,  # type: ignore[no-untyped-def]
                                                               value: str) -> None:
    assert _day(fr, sentence, word) == value


def test_a_target_preposition_makes_no_deed_day(fr) -> None:  # type: ignore[no-untyped-def]
    # a deed's participle, but « jusqu'à » makes the day a term, not the day it was done
    assert _day(fr, "Vallombre : le conducteur incarcéré jusqu'à samedi", "samedi") == "2031-03-08"
    # on a Wednesday the coming Saturday is the nearer one: a participle of no deed is not forced past
    assert _day(fr, "Vallombre : baignade déconseillée jusqu'à samedi", "samedi", WEDNESDAY) == "2031-03-08"


@pytest.mark.parametrize(("sentence", "word", "value"), [
    ("Procès du trésorier de Vallombre : le jugement mis en délibéré au 12 mars", "12 mars", "2032-03-12"),
    ("Vallombre : le procès du trésorier renvoyé au 12 mars", "12 mars", "2032-03-12"),
    ("Vallombre : le pont de la rocade rouvert en mars", "mars", "2032-03"),
])
def test_a_bare_participle_leaves_a_date_its_year(fr, sentence: str, word: str,  # type: ignore[no-untyped-def]
                                                  value: str) -> None:
    assert _day(fr, sentence, word, MONDAY) == value


@pytest.mark.parametrize(("sentence", "word", "value"), [
    ("Vallombre : grève des éboueurs prévue samedi", "samedi", "2031-03-15"),
    ("Une réunion publique programmée samedi à la mairie de Vallombre", "samedi", "2031-03-15"),
    ("Vallombre : la réunion publique reportée à samedi", "samedi", "2031-03-15"),
])
def test_a_planned_day_is_the_coming_one_on_a_sunday(fr, sentence: str, word: str,  # type: ignore[no-untyped-def]
                                                     value: str) -> None:
    assert _day(fr, sentence, word, SUNDAY) == value

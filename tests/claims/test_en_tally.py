"""« There have been nearly 40 raids … this year »: an English tally of many acts confirms no account of one
of them (issue 13, enconf29)."""

from __future__ import annotations

from recoupe.claims.status import group_status
from recoupe.model import Claim

SOURCES = {"a": "a", "b": "b"}


def _told(cid: str, article: str, text: str, subject: str, lemmas: list[str]) -> Claim:
    return Claim(id=cid, article_id=article, text=text, sentence=text + ".", start=0, end=len(text),
                 subject=subject, predicate="raid", language="en", lemmas=lemmas)


def test_a_tally_does_not_confirm_one_act() -> None:
    tally = _told("1", "a", "There have been nearly 40 raids on farms in the valley this year", "",
                  ["raid", "farm", "valley", "year"])
    one = _told("2", "b", "farms in the valley that were being raided", "farms", ["farm", "valley", "raid"])
    assert group_status([tally, one], SOURCES).status == "single_source"


def test_two_tallies_confirm_each_other() -> None:
    tally = _told("1", "a", "There have been nearly 40 raids on farms in the valley this year", "",
                  ["raid", "farm", "valley", "year"])
    other = _told("2", "b", "There were about 40 raids on valley farms since January", "",
                  ["raid", "valley", "farm", "january"])
    assert group_status([tally, other], SOURCES).status == "confirmed"
    # a count told with another verb is no existential tally: it is left to the other tests
    one = _told("3", "b", "farms in the valley that were being raided", "farms", ["farm", "valley", "raid"])
    listed = _told("4", "a", "The valley has had nearly 40 raids on farms this year", "valley",
                   ["valley", "raid", "farm", "year"])
    assert group_status([listed, one], SOURCES).status == "confirmed"

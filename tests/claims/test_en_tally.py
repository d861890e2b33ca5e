"""« There have been nearly 40 raids … this year »: an English tally of many acts confirms no account of one
of them (issue 13, enconf29)."""

from __future__ import annotations

from recoupe.claims.status import _tally, _tally_against_one, group_status
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
    # a count told with another verb is no existential tally (the gate itself is asked: what the group
    # of such claims becomes is left to the other rules)
    listed = _told("4", "a", "The valley has had nearly 40 raids on farms this year", "valley",
                   ["valley", "raid", "farm", "year"])
    assert not _tally(listed)


def test_a_tally_confirms_an_account_of_as_many_acts() -> None:
    """« There were two seizures at the port on Sunday » / « Customs seized two vans at the port on Sunday »:
    the account counts as many acts as the tally, one fact told two ways (revd29)."""
    tally = Claim(id="1", article_id="a", text="There were two seizures at the port on Sunday",
                  sentence="There were two seizures at the port on Sunday.", start=0, end=46, subject="",
                  predicate="seizure", language="en", lemmas=["seizure", "port", "sunday"])
    told = Claim(id="2", article_id="b", text="Customs seized two vans at the port on Sunday",
                 sentence="Customs seized two vans at the port on Sunday.", start=0, end=45, subject="Customs",
                 predicate="seize", object="two vans at the port on Sunday", language="en",
                 lemmas=["customs", "seize", "van", "port", "sunday"])
    assert group_status([tally, told], SOURCES).status == "confirmed"
    assert not _tally_against_one(tally, told) and not _tally_against_one(told, tally)
    one = Claim(id="3", article_id="b", text="farms in the valley that were being raided", sentence="x.", start=0,
                end=42, subject="farms", predicate="raid", language="en", lemmas=["farm", "valley", "raid"])
    raids = _told("4", "a", "There have been nearly 40 raids on farms in the valley this year", "",
                  ["raid", "farm", "valley", "year"])
    assert _tally_against_one(raids, one)


def test_a_measure_in_an_account_of_one_act_is_no_count() -> None:
    """« a farm raided 20 km from the town » tells one raid: its figure measures a distance, it counts no raids."""
    raids = _told("1", "a", "There have been nearly 40 raids on farms in the valley this year", "",
                  ["raid", "farm", "valley", "year"])
    one = _told("2", "b", "a farm in the valley raided 20 km from the town", "farm", ["farm", "valley", "raid", "town"])
    assert _tally_against_one(raids, one)

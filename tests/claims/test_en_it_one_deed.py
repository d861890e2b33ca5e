"""English « it » as the doer of a dated deed: « it sank a freighter on May 3 » against « the corvette
sank a freighter on May 4 » in another article tells one deed on two days; « it » against another
thing done, or « he » / « they », stays unknown (issue #13, English contradictions). Only a deed done once
(the pack's event verbs), a shared object noun that is no function word, and a doer that is no person.
Sentences written for the tests."""

from __future__ import annotations

from recoupe.claims.contradictions import Side, check_date
from recoupe.model import Claim
from tests.claims.helpers import keys_meet


def _c(cid: str, text: str, subject: str, obj: str, time: str, entity: str = "", verb: str = "sink") -> Claim:
    return Claim(id=cid, article_id=cid.split(":")[0], text=text, sentence=text, start=0, end=len(text),
                 subject=subject, subject_entity=entity, predicate=verb, object=obj, time=time,
                 language="en", lemmas=[verb, "freighter", "smuggler"])


NAMED = _c("a1:c1", "On May 4, the corvette Vela sank a freighter held by smugglers", "the corvette Vela",
           "a freighter held by smugglers", "XXXX-05-04", "e1")


def _date(b: Claim, a: Claim = NAMED) -> bool:
    sa, sb = Side(a, outlet="A", language="en"), Side(b, outlet="B", language="en")
    hit, back = check_date(sa, sb), check_date(sb, sa)
    assert (hit is None) == (back is None)
    return hit is not None


def test_it_and_a_named_doer_of_one_deed_on_two_days_conflict() -> None:
    it = _c("b1:c1", "On May 3, it had sunk an old freighter seized by smugglers", "it",
            "an old freighter seized by smugglers", "XXXX-05-03")
    assert _date(it)
    assert keys_meet(NAMED, it) and keys_meet(it, NAMED)  # a build compares the pair it flags


def test_it_against_another_object_or_another_pronoun_stays_apart() -> None:
    other = _c("b1:c1", "On May 3, it had sunk a dinghy", "it", "a dinghy", "XXXX-05-03")
    assert not _date(other)  # no object noun shared: maybe another deed
    he = _c("b1:c1", "On May 3, he had sunk an old freighter", "he", "an old freighter", "XXXX-05-03")
    assert not _date(he)  # « he » may be any of the story's people
    same_article = _c("a1:c2", "On May 3, it had sunk an old freighter", "it", "an old freighter", "XXXX-05-03")
    assert not _date(same_article)


def test_function_words_of_two_objects_name_no_shared_thing() -> None:
    named = _c("a1:c1", "The corvette Vela sank the freighter from the south on May 4", "The corvette Vela",
               "the freighter from the south", "XXXX-05-04", "e1")
    it = _c("b1:c1", "It sank the dinghy from the north on May 2", "it", "the dinghy from the north", "XXXX-05-02")
    assert not _date(it, named)
    assert not keys_meet(named, it)  # « the », « from » file no deed
    own = _c("a1:c1", "The tug Orla sank its barge on May 4", "The tug Orla", "its barge", "XXXX-05-04", "e2")
    its = _c("b1:c1", "It sank its raft on May 2", "it", "its raft", "XXXX-05-02")
    assert not _date(its, own) and not keys_meet(own, its)


def test_a_person_or_a_deed_done_by_many_is_not_it() -> None:
    senator = _c("a1:c1", "Senator Lia Marsh criticized Minister Ivo Brandt on May 6", "Senator Lia Marsh",
                 "Minister Ivo Brandt", "XXXX-05-06", "e3", verb="criticize")
    it = _c("b1:c1", "It criticized Minister Ivo Brandt on May 4", "it", "Minister Ivo Brandt", "XXXX-05-04",
            verb="criticize")
    assert not _date(it, senator) and not keys_meet(senator, it)
    board = _c("a1:c1", "The board criticized Minister Ivo Brandt on May 6", "The board", "Minister Ivo Brandt",
               "XXXX-05-06", "e4", verb="criticize")
    assert not _date(it, board)  # criticising is done by many actors of one story, on many days
    captain = _c("a1:c1", "Captain Ned Hale sank the old freighter on May 4", "Captain Ned Hale",
                 "the old freighter", "XXXX-05-04", "e5")
    sunk = _c("b1:c1", "It sank an old freighter on May 2", "it", "an old freighter", "XXXX-05-02")
    assert not _date(sunk, captain) and not keys_meet(captain, sunk)


def test_a_bare_name_as_doer_is_not_it() -> None:
    # fixrevd25: a name with no common noun may be a person's; « it » is never one
    named = _c("a1:c1", "Rolf Danner shot the smuggler on May 4", "Rolf Danner", "the smuggler", "XXXX-05-04",
               "e4", verb="shoot")
    it = _c("b1:c1", "It shot the smuggler on May 2", "it", "the smuggler", "XXXX-05-02", verb="shoot")
    assert not _date(it, named)
    assert not keys_meet(named, it) and not keys_meet(it, named)
    acronym = _c("a1:c1", "NRV Tarn shot the smuggler on May 4", "NRV Tarn", "the smuggler", "XXXX-05-04", "e5",
                 verb="shoot")
    assert _date(it, acronym)  # an acronym names a body or a ship, never a person

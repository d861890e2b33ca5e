"""An English clause that tells a habit or any occurrence confirms no account of one act (issue 13, enconf29)."""

from __future__ import annotations

from recoupe.claims.status import group_status
from recoupe.model import Claim

SOURCES = {"a": "a", "b": "b"}


def _told(cid: str, article: str, text: str, lemmas: list[str], subject: str = "Ada Roe",
          predicate: str = "speak") -> Claim:
    return Claim(id=cid, article_id=article, text=text, sentence=text + ".", start=0, end=len(text),
                 subject=subject, predicate=predicate, language="en", lemmas=lemmas)


def test_a_habit_does_not_confirm_one_occurrence() -> None:
    """« Ada Roe often speaks of discipline in the squad » / « Ada Roe spoke of discipline in the squad on
    Friday »: one remark on Friday, and a habit; neither confirms the other."""
    habit = _told("1", "a", "Ada Roe often speaks of discipline in the squad",
                  ["ada", "roe", "often", "speak", "discipline", "squad"])
    once = _told("2", "b", "Ada Roe spoke of discipline in the squad on Friday",
                 ["ada", "roe", "speak", "discipline", "squad", "friday"])
    assert group_status([habit, once], SOURCES).status == "single_source"
    # « whenever » opens a clause of any occurrence
    any_time = _told("3", "a", "whenever Ada Roe speaks of discipline in the squad",
                     ["whenever", "ada", "roe", "speak", "discipline", "squad"])
    assert group_status([any_time, once], SOURCES).status == "single_source"


def test_one_habit_told_by_two_outlets_confirms() -> None:
    """Two outlets telling the same habit share one fact: it is confirmed as any other."""
    habit = _told("1", "a", "Ada Roe often speaks of discipline in the squad",
                  ["ada", "roe", "often", "speak", "discipline", "squad"])
    usual = _told("2", "b", "Ada Roe usually speaks of discipline in the squad",
                  ["ada", "roe", "usually", "speak", "discipline", "squad"])
    assert group_status([habit, usual], SOURCES).status == "confirmed"
    once = _told("3", "a", "Ada Roe spoke of discipline in the squad on Friday",
                 ["ada", "roe", "speak", "discipline", "squad", "friday"])
    again = _told("4", "b", "Ada Roe spoke of discipline in the squad after the match",
                  ["ada", "roe", "speak", "discipline", "squad", "match"])
    assert group_status([once, again], SOURCES).status == "confirmed"


def test_a_frequency_word_off_the_claims_verb_tells_no_habit() -> None:
    """« The mayor of Westby, who usually walks to work, resigned on Monday »: the adverb is the relative
    clause's; « the often-late Calder ferry sailed again »: it is a compound adjective's. Each is one act,
    confirmed by another outlet's account of it (revd29)."""
    walks = Claim(id="1", article_id="a", text="The mayor of Westby, who usually walks to work, resigned on Monday",
                  sentence="x.", start=0, end=66, subject="The mayor of Westby", predicate="resign", language="en",
                  lemmas=["mayor", "westby", "usually", "walk", "work", "resign", "monday"])
    resigned = Claim(id="2", article_id="b", text="Westby's mayor resigned on Monday", sentence="x.", start=0, end=33,
                     subject="Westby's mayor", predicate="resign", language="en",
                     lemmas=["westby", "mayor", "resign", "monday"])
    assert group_status([walks, resigned], SOURCES).status == "confirmed"
    late = _told("3", "a", "The often-late Calder ferry sailed again on Friday",
                 ["often", "late", "calder", "ferry", "sail", "friday"], "The often-late Calder ferry", "sail")
    sailed = _told("4", "b", "The Calder ferry sailed again on Friday", ["calder", "ferry", "sail", "friday"],
                   "The Calder ferry", "sail")
    assert group_status([late, sailed], SOURCES).status == "confirmed"

"""Two English accounts with two verbs that share only who took part (issue 13, enconf29): the people named
before each verb or in each object are no shared act."""

from __future__ import annotations

from recoupe.claims.status import _participants_only, group_status
from recoupe.model import Claim

SOURCES = {"a": "a", "b": "b"}


def _told(cid: str, article: str, text: str, subject: str, predicate: str, obj: str, lemmas: list[str],
          language: str = "en") -> Claim:
    return Claim(id=cid, article_id=article, text=text, sentence=text + ".", start=0, end=len(text),
                 subject=subject, predicate=predicate, object=obj, language=language, lemmas=lemmas)


def test_two_acts_on_one_named_person_confirm_nothing() -> None:
    """« the gunman killed Ivo Pell Brandt, 52 » / « those who knew Ivo Pell Brandt, 52 »: one man named in
    both objects, a killing and an acquaintance."""
    killed = _told("1", "a", "killing Ivo Pell Brandt, 52", "gunman", "kill", "Ivo Pell Brandt, 52",
                   ["kill", "ivo", "pell", "brandt"])
    knew = _told("2", "b", "who knew Ivo Pell Brandt, 52", "Those", "know", "Ivo Pell Brandt, 52",
                 ["know", "ivo", "pell", "brandt"])
    assert group_status([killed, knew], SOURCES).status == "single_source"


def test_two_remarks_on_one_pair_of_people_confirm_nothing() -> None:
    """The parser kept the first of two conjoined names as the subject: the words before the verb are read
    as who the clause is about."""
    known = _told("1", "a", "Ada Roe and Ben Tal, recent presenters, are both known as radio stars", "Ada Roe",
                  "know", "", ["ada", "roe", "ben", "tal", "recent", "presenter", "know", "radio", "star"])
    latest = _told("2", "b", "Ada Roe, who presented in 2001, and Ben Tal, the 2002 presenter, ranked among the few",
                   "Ada Roe", "rank", "", ["ada", "roe", "ben", "tal", "presenter", "rank"])
    assert group_status([known, latest], SOURCES).status == "single_source"


def test_two_verbs_sharing_a_thing_beyond_the_people_still_confirm() -> None:
    """« who manages a bakery at Port Vell » / « founded a little bakery at Port Vell »: the bakery is what
    both tell, not only who (a place named in the object is no reason to part them)."""
    runs = _told("1", "a", "who manages a bakery at Port Vell", "Ada Roe", "manage", "a bakery at Port Vell",
                 ["ada", "roe", "manage", "bakery", "port", "vell"])
    opened = _told("2", "b", "Ada Roe founded a little bakery at Port Vell", "Ada Roe", "found",
                   "a little bakery at Port Vell", ["ada", "roe", "found", "little", "bakery", "port", "vell"])
    assert group_status([runs, opened], SOURCES).status == "confirmed"


def test_french_accounts_are_not_asked() -> None:
    """The rule was measured on English labels only: French claims are not asked (the gate itself is
    tested: what becomes of such a group is left to the other rules)."""
    killed = _told("1", "a", "tuant Ivo Pell Brandt, 52 ans", "tireur", "tuer", "Ivo Pell Brandt, 52 ans",
                   ["tuer", "ivo", "pell", "brandt"], "fr")
    knew = _told("2", "b", "qui connaissaient Ivo Pell Brandt, 52 ans", "Ceux", "connaître", "Ivo Pell Brandt, 52 ans",
                 ["connaître", "ivo", "pell", "brandt"], "fr")
    assert not _participants_only({"ivo", "pell", "brandt"}, killed, knew)


def test_a_fronted_clause_before_the_verb_is_no_participant() -> None:
    """« After a fifth straight loss, Harrow Athletic sacked Pia Lund » / « Following a fifth loss in a row,
    Harrow Athletic dismissed Pia Lund »: the words of the fronted clause tell what, not who, and one club
    acting on one named person in both is one act told with two verbs (revd29)."""
    sacked = _told("1", "a", "After a fifth straight loss, Harrow Athletic sacked Pia Lund", "Harrow Athletic", "sack",
                   "Pia Lund", ["fifth", "straight", "loss", "harrow", "athletic", "sack", "pia", "lund"])
    dismissed = _told("2", "b", "Following a fifth loss in a row, Harrow Athletic dismissed Pia Lund",
                      "Harrow Athletic", "dismiss", "Pia Lund",
                      ["follow", "fifth", "loss", "row", "harrow", "athletic", "dismiss", "pia", "lund"])
    assert group_status([sacked, dismissed], SOURCES).status == "confirmed"


def _headline(cid: str, article: str, text: str, start: int, subject: str, predicate: str, obj: str,
              lemmas: list[str]) -> Claim:
    return Claim(id=cid, article_id=article, text=text, sentence=text, start=start, end=start + len(text),
                 subject=subject, predicate=predicate, object=obj, language="en", lemmas=lemmas)


def test_a_title_case_headline_object_is_no_name() -> None:
    """« Valley Choir Wins Praise For Winter Gala Show » capitalises every word of its object: « Winter Gala
    Show », which the other outlet's subject names, is what both tell, not only who took part. A headline is
    known by its place (it opens the article) or by a capitalised short word (« For »)."""
    text = "Valley Choir Wins Praise For Winter Gala Show"
    lemmas = ["valley", "choir", "win", "praise", "winter", "gala", "show"]
    sells = _told("2", "b", "Valley Choir Winter Gala Show sells out in a day", "Valley Choir Winter Gala Show",
                  "sell", "", ["valley", "choir", "winter", "gala", "show", "sell", "day"])
    for start in (0, 40):
        wins = _headline("1", "a", text, start, "Valley Choir", "win", "Praise For Winter Gala Show", lemmas)
        assert not _participants_only(set(lemmas) - {"win", "praise"}, wins, sells)
    # capitals in a sentence inside the text, with no capitalised short word, are read as names
    named = "Valley Choir Thanks Ellis Winter Gala Show"
    thanks = _headline("1", "a", named, 40, "Valley Choir", "thank", "Ellis Winter Gala Show",
                       ["valley", "choir", "thank", "ellis", "winter", "gala", "show"])
    assert _participants_only({"valley", "choir", "winter", "gala", "show"}, thanks, sells)

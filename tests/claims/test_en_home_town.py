"""An English person's home town told in apposition (« Ann Reyes, 36, of Dunmore ») as two towns apart by two
articles is a place conflict (issue #13, English contradictions); a town and its neighbourhood, a place the
gazetteer does not know, another person, a region or one article stay apart. Sentences written for the tests;
the towns are real places of the gazetteer."""

from __future__ import annotations

from recoupe.claims.contradictions import Side, check_home_town, en_home_towns
from recoupe.model import Claim
from tests.claims.helpers import keys_meet


def _c(cid: str, text: str, sentence: str = "", subject: str = "Ann Reyes") -> Claim:
    return Claim(id=cid, article_id=cid.split(":")[0], text=text, sentence=sentence or text, start=0,
                 end=len(text), subject=subject, predicate="hit", language="en", lemmas=["hit", "cyclist"])


def _place(a: Claim, b: Claim) -> bool:
    sa, sb = Side(a, outlet="A", language="en"), Side(b, outlet="B", language="en")
    hit, back = check_home_town(sa, sb), check_home_town(sb, sa)
    assert (hit is None) == (back is None)
    return hit is not None


ATLANTA = _c("a1:c1", "Ann Reyes, 36, of Atlanta, hit a cyclist near the bridge")


def test_two_towns_of_one_person_conflict() -> None:
    seattle = _c("b1:c1", "Ann M. Reyes, 36, of Seattle, was charged after the crash")
    assert en_home_towns(seattle) == {"ann|reyes": "Seattle"}
    assert _place(ATLANTA, seattle)
    assert keys_meet(ATLANTA, seattle) and keys_meet(seattle, ATLANTA)


def test_the_town_before_a_clause_whose_subject_was_lost() -> None:
    sentence = "According to police, Ann Reyes, 36, of Seattle, hit and injured a cyclist near the bridge"
    cut = _c("b1:c1", "injured a cyclist near the bridge", sentence, subject="")
    assert en_home_towns(cut) == {"ann|reyes": "Seattle"}
    assert _place(ATLANTA, cut)
    named = _c("b1:c2", "injured a cyclist near the bridge", sentence, subject="she")
    assert en_home_towns(named) == {}  # a subject the parse kept is the clause's own doer


def test_a_neighbourhood_an_unknown_place_a_region_or_another_person_stay_apart() -> None:
    city = _c("a1:c1", "Ann Reyes, 41, of Los Angeles, was walking her dog")
    assert not _place(city, _c("b1:c1", "Ann Reyes, 41, of Plumtree Hollow, was walking her dog"))
    assert not _place(ATLANTA, _c("b1:c1", "Ann Reyes, 36, of Georgia, hit a cyclist near the bridge"))
    assert not _place(ATLANTA, _c("b1:c1", "Tom Reyes, 40, of Seattle, saw the crash"))
    assert not _place(ATLANTA, _c("a1:c2", "Ann Reyes, 36, of Seattle, was charged"))  # one article
    assert not _place(ATLANTA, _c("b1:c1", "Ann Reyes, 36, of Atlanta, was charged"))


def test_a_borough_or_a_suburb_in_the_agglomeration_is_the_same_home() -> None:
    # review F3: a borough, a neighbourhood or a suburb the gazetteer files as a town, within NEAR_KM of the
    # city, is the city's (as check_place reads two places)
    city = _c("a1:c1", "Ann Reyes, 41, of Los Angeles, was walking her dog")
    assert not _place(city, _c("b1:c1", "Ann Reyes, 41, of Van Nuys, was walking her dog"))
    assert not _place(_c("a1:c1", "Ann Reyes, 41, of New York, was walking her dog"),
                      _c("b1:c1", "Ann Reyes, 41, of Brooklyn, was walking her dog"))
    assert not _place(_c("a1:c1", "Ann Reyes, 41, of London, was walking her dog"),
                      _c("b1:c1", "Ann Reyes, 41, of Croydon, was walking her dog"))


def test_a_title_before_the_name_is_not_its_first_name() -> None:
    # review F5: « Police Officer Tom Reyes » and « Police Chief Ann Reyes » are two people
    officer = _c("a1:c1", "Police Officer Tom Reyes, of Atlanta, was hurt in the chase")
    chief = _c("b1:c1", "Police Chief Ann Reyes, of Seattle, spoke after the chase")
    assert en_home_towns(officer) == {"tom|reyes": "Atlanta"}
    assert not _place(officer, chief)
    assert _place(officer, _c("b1:c2", "Officer Tom Reyes, of Seattle, was hurt in the chase"))

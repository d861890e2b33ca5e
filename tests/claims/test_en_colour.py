"""One named thing given two colours by two English articles (« a silver Nissan Leaf » / « a blue 2019 Nissan
Leaf ») conflicts (issue #13, English contradictions); « gray » and « grey », a shade, a second colour, another
model, a capitalised name (« the White House ») and one article stay apart. Sentences written for the tests."""

from __future__ import annotations

from recoupe.claims.contradictions import Side, check_colour, en_colours
from recoupe.model import Claim, Modality
from tests.claims.helpers import keys_meet


def _c(cid: str, text: str, modality: Modality = "asserted") -> Claim:
    return Claim(id=cid, article_id=cid.split(":")[0], text=text, sentence=text, start=0, end=len(text),
                 subject="a van", predicate="hit", language="en", lemmas=["hit", "cyclist"], modality=modality)


def _attr(a: Claim, b: Claim) -> bool:
    sa, sb = Side(a, outlet="A", language="en"), Side(b, outlet="B", language="en")
    hit, back = check_colour(sa, sb), check_colour(sb, sa)
    assert (hit is None) == (back is None)
    return hit is not None


SILVER = _c("a1:c1", "the cyclist was clipped by a silver Nissan Leaf turning left")


def test_two_colours_of_one_named_thing_conflict() -> None:
    blue = _c("b1:c1", "the cyclist was clipped by a dark blue 2019 Nissan Leaf near the school")
    assert en_colours(blue) == {"nissan leaf": frozenset({"blue"})}
    assert _attr(SILVER, blue)
    assert keys_meet(SILVER, blue) and keys_meet(blue, SILVER)  # a build compares the pair it flags
    year_first = _c("b1:c2", "police found a 2019 red Nissan Leaf parked behind the school")
    assert _attr(SILVER, year_first)


def test_one_colour_written_two_ways_or_with_a_second_colour_meets() -> None:
    gray = _c("a1:c1", "the cyclist was clipped by a gray Nissan Leaf")
    assert not _attr(gray, _c("b1:c1", "the cyclist was clipped by a light grey Nissan Leaf"))
    assert not _attr(SILVER, _c("b1:c1", "the cyclist was clipped by a silver and blue Nissan Leaf"))


def test_another_model_a_name_or_one_article_stay_apart() -> None:
    assert not _attr(SILVER, _c("b1:c1", "the cyclist was clipped by a blue Nissan Micra"))
    assert en_colours(_c("b1:c1", "a spokesman for the White House said")) == {}
    assert not _attr(SILVER, _c("a1:c2", "a blue Nissan Leaf was seen leaving"))


def test_a_name_read_on_past_the_model_is_the_same_thing() -> None:
    on = _c("b1:c1", "officers stopped the 2019 blue Nissan Leaf Tom Hale was driving")
    assert _attr(SILVER, on) and keys_meet(SILVER, on)
    assert not _attr(_c("a1:c1", "a silver Nissan drove off"), _c("b1:c1", "a blue Nissan Leaf drove off"))


def test_race_words_medals_seasons_and_a_bare_make_are_no_vehicle() -> None:
    # review F1: only a vehicle named by its make and model carries a colour to compare
    assert en_colours(_c("a1:c1", "the death of a black Dunmore man set off marches")) == {}
    assert not _attr(_c("a1:c1", "the death of a black Dunmore man set off marches"),
                     _c("b1:c1", "officers arrested a white Dunmore patrolman on Friday"))
    assert not _attr(_c("a1:c1", "she took a gold Olympic medal in the hurdles"),
                     _c("b1:c1", "she took a silver Olympic medal in the relay"))
    assert not _attr(_c("a1:c1", "the almanac promised a white Christmas up north"),
                     _c("b1:c1", "the coast should expect a green Christmas this year"))
    assert not _attr(_c("a1:c1", "witnesses saw a white Ford Transit speed off"),
                     _c("b1:c1", "a black Ford was parked at the corner"))  # a bare make: many cars


def test_a_denied_or_speculative_colour_is_not_set_against_a_firm_one() -> None:
    assert not _attr(SILVER, _c("b1:c1", "police denied it was a blue Nissan Leaf", modality="denied"))
    assert not _attr(SILVER, _c("b1:c1", "the car may have been a blue Nissan Leaf", modality="speculative"))

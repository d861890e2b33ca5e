"""What the headlines of a story share (``stories.headline_weight``): the developments of one event
told with other words in their leads keep the event's telling words in their headlines. Headlines
and terms of our own."""

from __future__ import annotations

import pytest

from recoupe.resolve.stories import HEADLINE_ANY, KEY_WEIGHT, headline_share, headline_words
from tests.resolve.helpers import build_stories


def test_headline_words_are_folded_and_leave_out_short_words_and_figures() -> None:
    assert headline_words("Cyberattaque du cadastre : 12 000 usagers, une enquête") == {
        "cyberattaque", "cadastre", "usagers", "enquete"}
    assert headline_words("") == frozenset()


def test_headline_share_weighs_each_word_by_its_idf_and_the_share_of_the_story_holding_it() -> None:
    story = {HEADLINE_ANY: 4 * KEY_WEIGHT, "h:cyberattaque": 4 * KEY_WEIGHT, "h:cadastre": 2 * KEY_WEIGHT}
    idf = {"cyberattaque": 3.0, "cadastre": 1.0}
    assert headline_share(frozenset(idf), idf, story) == pytest.approx((3.0 * 1.0 + 1.0 * 0.5) / 4.0)
    assert headline_share(frozenset({"orage"}), {"orage": 2.0}, story) == 0.0
    assert headline_share(frozenset(idf), idf, {"L:x": 1.0}) == 0.0  # a story posted no headline


def _build(items: list[tuple[str, dict[str, int], str]], weight: float) -> list[str]:
    return build_stories(items, headline_weight=weight)


def test_a_development_told_with_other_words_joins_by_its_headline() -> None:
    items = [("a", {"L:cyberattaque": 1, "L:usager": 2, "L:donnée": 1, "E:e1": 1},
              "Cyberattaque du cadastre : les données de 12 000 usagers volées"),
             ("b", {"L:parquet": 2, "L:enquête": 1, "L:ouvrir": 1, "E:e1": 1},
              "Cyberattaque du cadastre : le parquet ouvre une enquête"),
             ("c", {"L:orage": 2, "L:grêle": 1, "L:vigilance": 1},
              "Orages : douze départements en vigilance jaune")]
    assert _build(items, 0.0) == ["s1", "s2", "s3"]  # the inquiry's lead shares one name with the theft's
    assert _build(items, 0.3) == ["s1", "s1", "s2"]  # its headline says which event it follows

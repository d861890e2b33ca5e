"""How many stories an article is scored against (``stories.CANDIDATES``): the stories sharing most
weight of its terms are not always the nearest. Terms of our own."""

from __future__ import annotations

from collections import Counter

from recoupe.model import Article
from recoupe.resolve.stories import CANDIDATES, assign_story
from recoupe.storage import Store


def test_the_nearest_story_is_scored_behind_two_dozen_that_share_more_weight() -> None:
    """24 stories each post the article's two commonest words heavily, and a word of their own far more:
    they outweigh, in the candidates' ranking, the one story that shares its two telling words, yet
    their cosine is small. The right story is found only when more than 24 stories are scored."""
    decoys = 24
    with Store.open(":memory:") as s, s.transaction():
        for i in range(decoys):
            s.create_story(f"d{i}", "decoy")
            s.add_article(Article(id=f"a{i}", origin=f"a{i}", text=f"a{i}"), [], "")
            s.add_to_story(f"d{i}", f"a{i}", {"L:marché": 0.7, "L:ville": 0.7, f"L:rubrique{i}": 5.0}, None)
        s.create_story("right", "the event")
        s.add_article(Article(id="r", origin="r", text="r"), [], "")
        s.add_to_story("right", "r", {"L:éboulement": 0.6, "L:tunnel": 0.6}, None)
        s.add_article(Article(id="new", origin="new", text="new"), [], "")
        terms = Counter({"L:marché": 1, "L:ville": 1, "L:éboulement": 1, "L:tunnel": 1})
        story, sim = assign_story(s, "new", terms, None, "new", threshold=0.3)
    assert decoys < CANDIDATES  # the setting this test is about
    assert story == "right" and sim > 0.5

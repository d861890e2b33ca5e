"""Stories built by hand for the story tests (headlines and terms written for the tests)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date
from typing import Any

from recoupe.model import Article
from recoupe.resolve.stories import assign_story
from recoupe.storage import Store


def build_stories(items: list[tuple[str, dict[str, int], str]], *,
                  per_headline: Callable[[str], dict[str, Any]] = lambda _h: {}, **kw: Any) -> list[str]:
    """The story each item (article id, terms, headline) lands in, added in order to an empty store on
    one day, at threshold 0.5; ``kw`` and ``per_headline(headline)`` go to :func:`assign_story`."""
    day = date(2026, 8, 14)
    with Store.open(":memory:") as s:
        out = []
        for aid, terms, headline in items:
            s.add_article(Article(id=aid, origin=aid, text=aid, published=day), [], "")
            out.append(assign_story(s, aid, Counter(terms), day, headline, threshold=0.5,
                                    **kw, **per_headline(headline))[0])
        return out

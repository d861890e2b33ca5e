"""Stories built by hand for the story tests (headlines and terms written for the tests)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path
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


def build_pile_stories(tmp_path: Path, nlp: Any, items: list[tuple[str, str, str, str]],
                       **settings: float) -> dict[str, str]:
    """The story of each article (slug, day published, title, text) of a pile built through the real
    pipeline, one outlet an article; ``settings`` are ``stories.*`` settings by their short names."""
    from recoupe.pipeline import build
    from recoupe.settings import Settings

    folder = tmp_path / f"in{len(list(tmp_path.iterdir()))}"
    folder.mkdir()
    path = folder / "items.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for i, (slug, day, title, text) in enumerate(items):
            out.write(json.dumps({"url": f"https://example.org/{slug}", "published": day, "title": title,
                                  "text": f"{title}\n\n{text}", "outlet": f"outlet{i}"}, ensure_ascii=False) + "\n")
    with Store.open(folder / "s.db") as s:
        build(s, [str(path)], nlp=nlp, settings=Settings.load(**{f"stories__{k}": v for k, v in settings.items()}))
        return {r["url"].rsplit("/", 1)[1]: r["story_id"] for r in s.article_rows()}


def build_pile_stories_by_day(tmp_path: Path, nlp: Any, items: list[tuple[str, str, str, str]],
                              reverse: bool = False, **settings: float) -> dict[str, str]:
    """As :func:`build_pile_stories`, but one build a day into one store, as a desk builds (the merge pass
    then moves a day's stories into the earlier days'); ``reverse``: each day's articles in the other order."""
    from recoupe.pipeline import build
    from recoupe.settings import Settings

    folder = tmp_path / f"in{len(list(tmp_path.iterdir()))}"
    folder.mkdir()
    with Store.open(folder / "s.db") as s:
        for k, day in enumerate(sorted({it[1] for it in items})):
            todays = [it for it in items if it[1] == day]
            path = folder / f"day{k}.jsonl"
            with path.open("w", encoding="utf-8") as out:
                for slug, published, title, text in todays[::-1] if reverse else todays:
                    out.write(json.dumps({"url": f"https://example.org/{slug}", "published": published,
                                          "title": title, "text": f"{title}\n\n{text}", "outlet": f"outlet-{slug}"},
                                         ensure_ascii=False) + "\n")
            build(s, [str(path)], nlp=nlp,
                  settings=Settings.load(**{f"stories__{k2}": v for k2, v in settings.items()}))
        return {r["url"].rsplit("/", 1)[1]: r["story_id"] for r in s.article_rows()}

"""Claims built by hand for the contradiction tests (sentences written for the tests)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from recoupe.claims.contradictions import Side, compare, conflict_keys
from recoupe.model import Claim

# the day an article of :func:`build_outlet_stories` is published unless given: a past day (a Tuesday), since the
# store drops a publication day after today and a test built on one would run on undated articles
DEFAULT_DAY = "2025-03-04"


def claim(cid: str, text: str, **kw: Any) -> Claim:
    """A claim of article ``cid``'s prefix (« a1:c2 » -> article « a1 »), its sentence the text
    unless given, its predicate « faire » unless given."""
    base: dict[str, Any] = dict(id=cid, article_id=cid.split(":")[0], text=text, sentence=kw.pop("sentence", text),
                                start=0, end=len(text), subject=kw.pop("subject", ""),
                                predicate=kw.pop("predicate", "faire"))
    base.update(kw)
    return Claim(**base)


def keys_meet(a: Claim, b: Claim, keys: Callable[[Claim], tuple[set[str], set[str]]] = conflict_keys) -> bool:
    """Does each claim look up a key the other is filed under, so that the pair is compared whichever
    of the two arrives second?"""
    fa, la = keys(a)
    fb, lb = keys(b)
    return bool(fa & lb) and bool(fb & la)


def kind_of(a: Side, b: Side) -> str | None:
    """The kind of the conflict :func:`compare` finds between two sides, None for none; the same
    whichever side comes first (asserted)."""
    hit, back = compare(a, b), compare(b, a)
    assert hit == back
    return hit.kind if hit else None


def english_check_fires(check: Callable[[Side, Side], object], a: Claim, b: Claim) -> bool:
    """Does one English check (:func:`recoupe.claims.contradictions.check_rank`, ``check_founding``)
    find a conflict between two outlets' claims? The same whichever side comes first (asserted)."""
    sa, sb = Side(a, outlet="A", language="en"), Side(b, outlet="B", language="en")
    hit, back = check(sa, sb), check(sb, sa)
    assert (hit is None) == (back is None)
    return hit is not None


def build_outlet_stories(nlp: Any, root: Path, stories: dict[str, list[tuple[str, ...]]]) -> dict[str, Any]:
    """The dossier of invented articles built through the real pipeline: ``stories`` maps a story name to its
    ``(outlet, text)`` articles, each published on :data:`DEFAULT_DAY` unless a third item gives its day, its title the
    text's first sentence."""
    from recoupe.pipeline import build
    from recoupe.report.dossier import build_dossier
    from recoupe.storage import Store

    items = [{"url": f"https://{outlet}/{story}-{n}", "outlet": outlet, "published": day[0] if day else DEFAULT_DAY,
              "title": text.split(". ")[0], "text": text}
             for story, articles in stories.items() for n, (outlet, text, *day) in enumerate(articles)]
    path = root / "items.jsonl"
    path.write_text("\n".join(json.dumps(i) for i in items) + "\n", encoding="utf-8")
    with Store.open(root / "s.db") as s:
        build(s, [str(path)], fmt="jsonl", nlp=nlp)
        return build_dossier(s)


def build_each_story(nlp: Any, tmp_path_factory: Any,
                     stories: dict[str, list[tuple[str, ...]]]) -> dict[str, dict[str, Any]]:
    """:func:`build_outlet_stories` of each story in a pile of its own (stories of one pile may chain)."""
    return {story: build_outlet_stories(nlp, tmp_path_factory.mktemp(story), {story: articles})
            for story, articles in stories.items()}

"""A count told in a headline that names no place is placed by its article's lede: two fires of two
departments are two counts, not two versions of one (invented fires and places)."""
from __future__ import annotations

import re
from datetime import date
from typing import Any

from recoupe.claims.contradictions import Side, compare
from recoupe.model import Article, Claim, RawDocument
from recoupe.storage import Store

_HEAD = "300 hectares brûlés, 40 maisons évacuées..."


def _c(cid: str, text: str, **kw: Any) -> Claim:
    base: dict[str, Any] = dict(id=cid, article_id=cid.split(":")[0], text=text, sentence=kw.pop("sentence", text),
                                start=0, end=len(text), subject="", predicate="brûler")
    base.update(kw)
    return Claim(**base)


def _kind(a: Side, b: Side) -> str | None:
    hit, back = compare(a, b), compare(b, a)
    assert hit == back
    return hit.kind if hit else None


def _sides(lede: str) -> tuple[Side, Side]:
    big = _c("a1:c1", "300 hectares brûlés", sentence=_HEAD)
    small = _c("b1:c1", "Une vingtaine d'hectares de pins ont brûlé depuis dimanche à Ambert (Puy-de-Dôme), selon la "
               "préfecture", subject="vingtaine d'hectares de pins", place="Ambert", attributed_to="préfecture",
               modality="reported")
    other = "Incendie : une vingtaine d'hectares brûlés à Ambert"
    return (Side(big, outlet="radio.fr", published=date(2025, 7, 10), headline=_HEAD, lede=lede),
            Side(small, outlet="radio.fr", published=date(2025, 7, 11), headline=other, lede=other))


def test_a_count_placed_by_its_lede_in_another_department_is_another_fire() -> None:
    far = f"{_HEAD} Le point sur le feu qui sévit dans le Vaucluse. Les pompiers restent mobilisés."
    assert _kind(*_sides(far)) is None


def test_a_count_placed_nowhere_or_in_the_same_department_still_conflicts() -> None:
    near = f"{_HEAD} Le point sur le feu qui sévit dans le Puy-de-Dôme. Les pompiers restent mobilisés."
    assert _kind(*_sides(near)) == "quantity"
    assert _kind(*_sides("")) == "quantity"  # nothing places the big count: it may be the same fire


def test_the_store_gives_each_article_its_first_three_sentences_as_lede() -> None:
    text = "Un titre sans lieu. Le feu sévit dans le Vaucluse. Trois cents pompiers luttent. Le vent faiblit."
    short = "Une seule phrase sur le feu."
    s = Store.open(":memory:")
    try:
        with s.transaction():
            for aid, body in (("a1", text), ("b1", short)):
                s.add_raw(aid, RawDocument(origin=aid, fmt="text", raw=aid.encode(), fields={}))
                spans = [(m.start(), m.end()) for m in re.finditer(r"[^.]+\.", body)]
                s.add_article(Article(id=aid, origin=aid, text=body, outlet="radio.fr"), spans, "")
        rows = s.publication_stamps({"a1", "b1"})
    finally:
        s.close()
    assert rows["a1"]["lede"] == "Un titre sans lieu. Le feu sévit dans le Vaucluse. Trois cents pompiers luttent."
    assert rows["a1"]["headline"] == "Un titre sans lieu."
    assert rows["b1"]["lede"] == short

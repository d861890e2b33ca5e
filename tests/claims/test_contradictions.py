from __future__ import annotations

import pytest

from recoupe.claims.contradictions import compare
from recoupe.model import Claim


def _c(cid: str, **kw) -> Claim:  # type: ignore[no-untyped-def]
    base = dict(id=cid, article_id=cid, text="t", sentence="s", start=0, end=1, subject="X", predicate="rencontrer")
    base.update(kw)
    return Claim(**base)  # type: ignore[arg-type]


def test_contradictions_planned_place_vs_actual_place() -> None:
    a = _c("a", place="Genève", place_entity="e1", planned=True, modality="speculative")
    b = _c("b", place="Vienne", place_entity="e2", planned=False)
    kind, why = compare(a, b)  # type: ignore[misc]
    assert kind == "planned_vs_happened" and "Genève" in why and "Vienne" in why


def test_contradictions_different_places() -> None:
    assert compare(_c("a", place="Lyon", place_entity="e1"), _c("b", place="Nice", place_entity="e2"))[0] == "place"  # type: ignore[index]


def test_contradictions_different_days() -> None:
    assert compare(_c("a", time="2023-09-12"), _c("b", time="2023-09-13"))[0] == "date"  # type: ignore[index]


def test_contradictions_different_numbers_same_unit() -> None:
    hit = compare(_c("a", numbers=["12 morts"]), _c("b", numbers=["15 morts"]))
    assert hit is not None and hit[0] == "number"


def test_contradictions_denial_against_statement_in_one_group() -> None:
    hit = compare(_c("a", modality="denied", group_id="g"), _c("b", modality="reported", group_id="g"))
    assert hit is not None and hit[0] == "direction"


def test_contradictions_agreeing_claims_are_not_flagged() -> None:
    assert compare(_c("a", place="Lyon", place_entity="e1"), _c("b", place="Lyon", place_entity="e1")) is None


def test_contradictions_different_actors_are_not_compared() -> None:
    a = _c("a", place="Lyon", place_entity="e1", subject_entity="p1")
    b = _c("b", place="Nice", place_entity="e2", subject_entity="p2")
    assert compare(a, b) is None


# -- the SQL prefilter never hides a contradiction -------------------------------------------------
from itertools import product  # noqa: E402

from recoupe.claims.contradictions import could_conflict  # noqa: E402
from recoupe.model import Article, ArticleAnalysis  # noqa: E402
from recoupe.storage import Store  # noqa: E402


@pytest.mark.slow  # 17 s: walks every pair of a generated claim set
def test_contradictions_prefilter_keeps_every_conflicting_pair(store: Store) -> None:
    """Over a grid of claims (places, days, numbers, modalities, actors, denials), every pair that
    compare() flags is still among the candidates narrowed in SQL by could_conflict()."""
    grid = product(["", "e1", "e2"], ["", "2023-09-12", "2023-09-13", "2023-09"], [[], ["12 morts"], ["15 morts"]],
                   ["asserted", "reported", "conditional", "speculative", "denied"],
                   [("rencontrer", []), ("nier", ["nier", "livrer"]), ("livrer", ["livrer"])], [False, True])
    claims = []
    for i, (pe, t, nums, mod, (pred, lem), planned) in enumerate(grid):
        c = _c(f"a{i}", place=f"place {pe}" if pe else "", place_entity=pe, time=t, numbers=nums, modality=mod,
               predicate=pred, lemmas=lem, planned=planned, subject_entity="p1", group_id="g1")
        claims.append(c)
    with store.transaction():
        store.create_story("s1", "grid")
        for c in claims:
            store.add_article(Article(id=c.article_id, origin=c.article_id, text="t"), [], "")
            store.save_analysis(ArticleAnalysis(article_id=c.article_id, claims=[c]))
            store.add_to_story("s1", c.article_id, {}, None)
    flagged = checked = narrowed = 0
    for c in claims[::7]:
        kept = {o.id for o in store.related_claims("s1", c, limit=10_000, conflicts=could_conflict(c))}
        narrowed += len(kept)
        for o in store.related_claims("s1", c, limit=10_000):
            if compare(c, o) is not None:
                flagged += 1
                assert o.id in kept, (c, o)
            checked += 1
    assert flagged > 50 and narrowed < checked * 0.8  # conflicts were found, and the filter does narrow

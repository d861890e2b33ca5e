"""One person going two opposite ways at the moment of one event, told by two English articles (« was walking into
the bakery » / « was walking out of the bakery ») conflicts (issue #13, English contradictions); a completed motion
each way (two moments of one visit), two people, two told times, a hedged account and one article stay apart.
Sentences and articles written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from recoupe.claims.contradictions import check_way, en_way, find_in_groups
from recoupe.claims.groups import assign_group, split_groups
from recoupe.model import Article, ArticleAnalysis, RawDocument
from recoupe.storage import Store
from tests.claims.helpers import build_outlet_stories, claim, english_check_fires


def _walk(cid: str, text: str, **kw: Any) -> Any:
    fields: dict[str, Any] = {"subject": "Ona Pelk", "predicate": "walk", "subject_entity": "e1",
                              "group_id": "g1", "language": "en"}
    fields.update(kw)
    return claim(cid, text, **fields)


INTO = _walk("a1:c1", "Ona Pelk, 70, was walking into the bakery on Rell Street")


def test_the_way_of_a_motion_under_way() -> None:
    assert en_way(INTO) == ("in", "bakery")
    assert en_way(_walk("b1:c1", "Pelk and her son were slowly walking out of the bakery about 6 p.m.")) == (
        "out", "bakery")
    assert en_way(_walk("b1:c1", "Pelk was running towards her car", predicate="run")) == ("to", "car")
    assert en_way(_walk("b1:c1", "Pelk walked out of the bakery")) is None  # a completed motion
    assert en_way(_walk("b1:c1", "Pelk was walking out of the bakery", predicate="buy")) is None  # another verb


def test_two_opposite_ways_of_one_moment_conflict() -> None:
    out = _walk("b1:c1", "Pelk and her son were slowly walking out of the bakery about 6 p.m.")
    assert english_check_fires(check_way, INTO, out)


def test_one_way_two_places_two_people_two_times_or_one_article_stay_apart() -> None:
    assert not english_check_fires(check_way, INTO, _walk("b1:c1", "Pelk was walking into the bakery at noon"))
    assert not english_check_fires(check_way, INTO, _walk("b1:c1", "Pelk was walking out of the church"))
    assert not english_check_fires(check_way, INTO, _walk("b1:c1", "Tam Pelk was walking out of the bakery",
                                                          subject_entity="e2"))
    assert not english_check_fires(check_way, INTO, _walk("b1:c1", "Pelk was walking out of the bakery",
                                                          group_id="g2"))
    assert not english_check_fires(check_way, _walk("a1:c1", "Pelk was walking into the bakery at 5 p.m.",
                                                    time="XXXX-XX-XXT17:00"),
                                   _walk("b1:c1", "Pelk was walking out of the bakery at 6 p.m.",
                                         time="XXXX-XX-XXT18:00"))
    assert not english_check_fires(check_way, INTO, _walk("a1:c2", "Pelk was walking out of the bakery"))
    assert not english_check_fires(check_way, INTO, _walk("b1:c1", "Pelk was possibly walking out of the bakery",
                                                          modality="speculative"))


# story -> articles (outlet, text); every article is published on one day
STORIES: dict[str, list[tuple[str, str]]] = {
    # one moment, two ways: a real conflict
    "ways": [
        ("vale-courier.example", "A van struck Ona Pelk outside the Brisk Bakery on Tuesday evening. Ona Pelk, 70, "
                                 "was walking into the bakery when the van hit her. The driver was arrested."),
        ("fen-gazette.example", "A van struck Ona Pelk outside the Brisk Bakery on Tuesday evening. Ona Pelk was "
                                "walking out of the bakery when the van hit her. The driver was arrested."),
    ],
    # a completed motion each way: two moments of one visit, both true
    "visit": [
        ("vale-courier.example", "Police questioned Ivar Solm about the theft at the Brisk Bakery on Tuesday. Ivar "
                                 "Solm walked into the bakery with a bag. The till was found empty."),
        ("fen-gazette.example", "Police questioned Ivar Solm about the theft at the Brisk Bakery on Tuesday. Ivar "
                                "Solm walked out of the bakery with a bag. The till was found empty."),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize("story,kinds", [("ways", ["attribute"]), ("visit", [])])
def test_through_a_build(nlp: Any, tmp_path: Any, story: str, kinds: list[str]) -> None:
    dossier = build_outlet_stories(nlp, tmp_path, {story: STORIES[story]})
    article = {a["id"] for a in dossier["articles"]}
    rows = [x for x in dossier["contradictions"]
            if len({c.split(":")[0] for c in x["claims"]} & article) > 1]
    assert [x["kind"] for x in rows] == kinds, rows


def test_two_ways_joined_only_by_the_final_groups_conflict(store: Store) -> None:
    """Two accounts that arrived in two components (no row then) and that the split pass left in one group: the
    row is found on the group; two groups of one component give none."""
    def add(cid: str, text: str, outlet: str, group: str) -> Any:
        aid = cid.split(":")[0]
        store.add_raw(aid, RawDocument(origin=aid, fmt="text", raw=aid.encode(), fields={}))
        store.add_article(Article(id=aid, origin=aid, text=text, outlet=outlet, published=date(2031, 3, 4)), [], "")
        c = _walk(cid, text, group_id=group, component_id="g1")
        store.save_analysis(ArticleAnalysis(article_id=aid, claims=[c]))
        return c

    a = add("a1:c0", "Ona Pelk, 70, was walking into the bakery on Rell Street", "vale-courier.example", "g1")
    b = add("b1:c0", "Pelk and her son were slowly walking out of the bakery about 6 p.m.", "fen-gazette.example", "g1")
    c = add("c1:c0", "Pelk was walking out of the bakery with bread", "moor-post.example", "g2")
    assert find_in_groups(store, "s1", [a, b, c]) == 1
    rows = store.contradictions_within([a.id, b.id, c.id])
    assert [(r["kind"], r["claim_a"], r["claim_b"]) for r in rows] == [("attribute", a.id, b.id)]
    assert "walking into" in rows[0]["explanation"] and " against " in rows[0]["explanation"]


def test_the_split_pass_finds_the_row_on_the_group_it_leaves(store: Store) -> None:
    """Three accounts joined in one component and never compared on arrival: the split pass, which leaves them one
    group, records the conflict of the two ways."""
    texts = {"a2:c1": "Ona Pelk, 70, was walking into the bakery on Rell Street",
             "b2:c1": "Pelk and her son were slowly walking out of the bakery about 6 p.m.",
             "c2:c1": "Ona Pelk was walking along Rell Street near the bakery"}
    for cid, text in texts.items():
        aid = cid.split(":")[0]
        store.add_article(Article(id=aid, origin=aid, text=text, outlet=f"{aid}.example",
                                  published=date(2031, 3, 4)), [], "")
        c = _walk(cid, text, group_id="", component_id="")
        store.save_analysis(ArticleAnalysis(article_id=aid, claims=[c]))
        assign_group(store, c, "s1", {"walk", "pelk", "bakery", "rell", "street"})
    assert len({c.group_id for c in store.claims()}) == 1
    assert store.contradictions_within(texts) == []
    split_groups(store, ["s1"])
    rows = store.contradictions_within(texts)
    assert [(r["kind"], r["claim_a"], r["claim_b"]) for r in rows] == [("attribute", "a2:c1", "b2:c1")]

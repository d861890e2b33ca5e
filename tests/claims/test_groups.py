from __future__ import annotations

from recoupe.claims.groups import assign_group, signature
from recoupe.model import Article, ArticleAnalysis, Claim
from recoupe.storage import Store


def _c(store: Store, cid: str, predicate: str, text: str = "t") -> Claim:
    aid = cid.split(":")[0]
    if not store.has_article(aid):
        store.add_article(Article(id=aid, origin=aid, text=text), [], "")
    c = Claim(id=cid, article_id=aid, text=text, sentence=text, start=0, end=len(text), subject="", predicate=predicate)
    store.save_analysis(ArticleAnalysis(article_id=aid, claims=[c]))
    return c


def test_groups_same_claim_in_other_words_joins_the_group(store: Store) -> None:
    g1 = assign_group(store, _c(store, "a:c1", "livrer"), "s1", {"livrer", "obus", "armée", "russe"})
    g2 = assign_group(store, _c(store, "b:c1", "fournir"), "s1", {"fournir", "obus", "russe", "artillerie"})
    g3 = assign_group(store, _c(store, "c:c1", "voter"), "s1", {"voter", "budget", "conseil"})
    assert g1 == g2 != g3


def test_groups_never_cross_stories(store: Store) -> None:
    g1 = assign_group(store, _c(store, "a:c1", "livrer"), "s1", {"livrer", "obus"})
    g2 = assign_group(store, _c(store, "b:c1", "livrer"), "s2", {"livrer", "obus"})
    assert g1 != g2


def test_groups_do_not_snowball(store: Store) -> None:
    """A chain of claims each close to the previous one does not drag unrelated ones together."""
    g1 = assign_group(store, _c(store, "a:c1", "voter"), "s1", {"voter", "budget", "conseil", "municipal"})
    assign_group(store, _c(store, "b:c1", "voter"), "s1",
                 {"voter", "budget", "conseil", "transport", "tramway", "ligne"})
    g3 = assign_group(store, _c(store, "c:c1", "inaugurer"), "s1",
                      {"inaugurer", "tramway", "ligne", "station", "maire"})
    assert g3 != g1


def test_groups_paraphrase_classes_meet() -> None:
    assert "~obtain" in signature({"acquérir"}) and "~obtain" in signature({"obtenir"})

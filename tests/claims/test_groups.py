from __future__ import annotations

from recoupe.claims.groups import assign_group
from recoupe.model import Claim
from recoupe.storage import Store


def _c(cid: str, predicate: str, text: str) -> Claim:
    return Claim(id=cid, article_id=cid.split(":")[0], text=text, sentence=text, start=0, end=len(text),
                 subject="", predicate=predicate)


def test_groups_same_claim_in_other_words_joins_the_group(store: Store) -> None:
    g1 = assign_group(store, _c("a:c1", "livrer", "x"), "s1", {"livrer", "obus", "armée", "russe"})
    g2 = assign_group(store, _c("b:c1", "livrer", "y"), "s1", {"livrer", "obus", "russe", "artillerie"})
    g3 = assign_group(store, _c("c:c1", "voter", "z"), "s1", {"voter", "budget", "conseil"})
    assert g1 == g2 != g3


def test_groups_never_cross_stories(store: Store) -> None:
    g1 = assign_group(store, _c("a:c1", "livrer", "x"), "s1", {"livrer", "obus"})
    g2 = assign_group(store, _c("b:c1", "livrer", "x"), "s2", {"livrer", "obus"})
    assert g1 != g2

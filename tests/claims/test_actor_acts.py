"""One actor's two acts are two facts: two claims that share only the words of their subject's long
name (sentences written for the tests)."""

from __future__ import annotations

from recoupe.claims.groups import _Features, assign_group, cannot_be_one_fact, never_linked, rule_link
from recoupe.model import Article, ArticleAnalysis, Claim
from recoupe.storage import Store

AGENCY = "Direction régionale des routes"


def _claim(cid: str, text: str, predicate: str, lemmas: list[str], language: str = "fr") -> Claim:
    return Claim(id=cid, article_id=cid.split(":")[0], text=text, sentence=text, start=0, end=len(text),
                 subject=AGENCY, predicate=predicate, subject_entity="e1", lemmas=lemmas, language=language)


ROBBED = ("La Direction régionale des routes a été cambriolée", "cambrioler",
          ["direction", "régional", "route", "cambrioler"])
COUNTS = ("La Direction régionale des routes estime dans un premier bilan", "estimer",
          ["direction", "régional", "route", "estimer", "bilan"])
CLOSED = ("La Direction régionale des routes a fermé le tunnel", "fermer",
          ["direction", "régional", "route", "fermer", "tunnel"])
CLOSING = ("La Direction régionale des routes annonce la fermeture du tunnel", "annoncer",
           ["direction", "régional", "route", "annoncer", "fermeture", "tunnel"])


def _assign(store: Store, cid: str, told: tuple[str, str, list[str]]) -> str:
    c = _claim(cid, *told)
    store.add_article(Article(id=c.article_id, origin=c.article_id, text=c.text), [], "")
    store.save_analysis(ArticleAnalysis(article_id=c.article_id, claims=[c]))
    return assign_group(store, c, "s1", set(c.lemmas))


def test_groups_one_actors_two_acts_sharing_only_its_name_are_two_facts(store: Store) -> None:
    """The burglary and the first count share the agency's four name words (enough for the lemma
    overlap) and nothing else: two facts. The tunnel closed, told with a verb and with its noun,
    shares « tunnel » beside the name: one fact."""
    assert _assign(store, "a:c1", ROBBED) != _assign(store, "b:c1", COUNTS)
    assert _assign(store, "c:c1", CLOSED) == _assign(store, "d:c1", CLOSING)


def test_neither_rule_nor_scorer_links_one_actors_two_acts_in_french_only() -> None:
    """In the split pass and the learned links as when they arrive: no link, and
    no veto either (whether they tell one fact is left to their other links)."""
    robbed, counts = _Features(_claim("a:c1", *ROBBED)), _Features(_claim("b:c1", *COUNTS))
    assert not rule_link(robbed, counts) and not rule_link(counts, robbed)
    assert never_linked(robbed, counts) and never_linked(counts, robbed)
    assert not cannot_be_one_fact(robbed, counts)
    closed, closing = _Features(_claim("c:c1", *CLOSED)), _Features(_claim("d:c1", *CLOSING))
    assert rule_link(closed, closing) and not never_linked(closed, closing)
    # the rule reads French subjects and lemmas; other languages' claims are left as they were
    en = [_Features(_claim(cid, *told, language="en")) for cid, told in (("e:c1", ROBBED), ("f:c1", COUNTS))]
    assert rule_link(*en) and not never_linked(*en)

"""Claims across languages (recoupe.claims.crosslang through recoupe.claims.groups): a French claim
and its English translation join one group in a bilingual story; another fact, a denial or the flow
told the other way round does not."""

from __future__ import annotations

import pytest

from recoupe.claims.crosslang import figures, neutral_terms, peer_articles, shared_key
from recoupe.claims.groups import assign_group
from recoupe.model import Article, ArticleAnalysis, Claim
from recoupe.storage import Store


@pytest.mark.parametrize(("text", "expected"), [
    ("3 000 grévistes", {"3000"}), ("3,000 strikers", {"3000"}), ("1,5 million", {"1.5"}),
    ("1.5 million", {"1.5"}), ("12 morts et 1 200 blessés", {"12", "1200"}), ("no figure", set()),
])
def test_crosslang_figures_are_written_one_way(text: str, expected: set[str]) -> None:
    assert figures(text) == expected


def test_crosslang_neutral_terms_and_shared_keys() -> None:
    c = Claim(id="a:c1", article_id="a", text="3,000 soldiers", sentence="", start=0, end=1, subject="",
              predicate="arrive", subject_entity="e1", place_entity="e2")
    assert neutral_terms(c) == {"@E:e1", "@E:e2", "#3000"}
    assert shared_key({"@E:e1", "soldier"}, {"@E:e1", "soldat"})
    assert shared_key({"~supply"}, {"~supply"}) and shared_key({"bogota"}, {"bogota"})
    assert not shared_key({"the", "soldier"}, {"the", "soldat"})


def _claim(store: Store, aid: str, language: str, text: str, predicate: str, **kw: object) -> Claim:
    if not store.has_article(aid):
        store.add_article(Article(id=aid, origin=aid, text=text, language=language), [], "")
    n = len(store.claims(article_id=aid)) + 1
    c = Claim(id=f"{aid}:c{n}", article_id=aid, text=text, sentence=text, start=0, end=len(text), subject="",
              predicate=predicate, **kw)  # type: ignore[arg-type]
    store.save_analysis(ArticleAnalysis(article_id=aid, claims=[c]))
    return c


FR = "La Russie a livré des obus d'artillerie à la Corée du Nord la semaine dernière"
EN = "Russia delivered artillery shells to North Korea last week"


def test_crosslang_translation_joins_the_group_only_with_peers(store: Store) -> None:
    g1 = assign_group(store, _claim(store, "fr1", "fr", FR, "livrer"), "s1",
                      {"russie", "livrer", "obus", "artillerie", "corée", "nord", "semaine"}, language="fr")
    alone = assign_group(store, _claim(store, "en0", "en", EN, "deliver"), "s1",
                         {"russia", "deliver", "artillery", "shell", "north", "korea", "week"}, language="en")
    assert alone != g1  # no peers given: lemmas of two languages do not meet
    g2 = assign_group(store, _claim(store, "en1", "en", EN, "deliver"), "s1",
                      {"russia", "deliver", "artillery", "shell", "north", "korea", "week"}, language="en",
                      peers=["fr1"])
    assert g2 == g1


def test_crosslang_other_fact_denial_and_reversed_flow_stay_apart(store: Store) -> None:
    g1 = assign_group(store, _claim(store, "fr1", "fr", FR, "livrer", subject_entity="e_ru", object_entity="e_kp"),
                      "s1", {"russie", "livrer", "obus", "artillerie", "corée", "nord", "semaine"}, language="fr")
    other = _claim(store, "en1", "en", "The mayor of Paris opened a new tramway line on Sunday", "open")
    assert assign_group(store, other, "s1", {"mayor", "paris", "open", "tramway", "line", "sunday"},
                        language="en", peers=["fr1"]) != g1
    denial = _claim(store, "en2", "en", EN, "deliver", modality="denied")
    assert assign_group(store, denial, "s1", {"russia", "deliver", "shell"}, language="en", peers=["fr1"]) != g1
    reverse = _claim(store, "en3", "en", "North Korea delivered artillery shells to Russia last week", "deliver",
                     subject_entity="e_kp", object_entity="e_ru")
    assert assign_group(store, reverse, "s1", {"russia", "deliver", "shell"}, language="en", peers=["fr1"]) != g1


def test_crosslang_peers_are_the_other_language_of_the_story(store: Store) -> None:
    for aid, lang in (("fr1", "fr"), ("fr2", "fr"), ("en1", "en")):
        store.add_article(Article(id=aid, origin=aid, text="x", language=lang), [], "")
    store.create_story("s1", "x")
    for aid in ("fr1", "fr2", "en1"):
        store.add_to_story("s1", aid, {}, None)
    assert peer_articles(store, "en1", "s1", "en", None) == ["fr1", "fr2"]
    assert peer_articles(store, "fr1", "s1", "fr", None) == ["en1"]
    assert peer_articles(store, "fr1", "s1", "fr", None, limit=0) == []

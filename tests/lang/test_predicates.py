"""Predicate classes of both languages (recoupe.lang.predicates): French classes unchanged, English
lemmas in the same classes."""

from __future__ import annotations

import pytest

from recoupe.lang.en.predicates import ENGLISH_ONLY_CLASSES
from recoupe.lang.en.predicates import PREDICATE_CLASSES as EN
from recoupe.lang.fr.predicates import CLASS_OF as FR_CLASS_OF
from recoupe.lang.fr.predicates import PREDICATE_CLASSES as FR
from recoupe.lang.predicates import CLASS_OF, EN_CLASS_OF


def test_predicates_french_lemmas_keep_their_class() -> None:
    assert all(CLASS_OF[lemma] == cls for lemma, cls in FR_CLASS_OF.items())


def test_predicates_english_classes_are_french_classes_and_agree_on_shared_words() -> None:
    assert set(EN) <= set(FR) | ENGLISH_ONLY_CLASSES
    assert not ENGLISH_ONLY_CLASSES & set(FR)  # once French has the class, it is no longer English-only
    assert all(FR_CLASS_OF[w] == c for w, c in EN_CLASS_OF.items() if w in FR_CLASS_OF)


def test_predicates_english_words_in_one_class_only() -> None:
    words = [w for lemmas in EN.values() for w in lemmas]
    assert len(words) == len(set(words))


@pytest.mark.parametrize(("fr", "en"), [("livrer", "deliver"), ("fournir", "supply"), ("acheter", "buy"),
                                        ("démentir", "deny"), ("bombarder", "bomb"), ("tuer", "kill"),
                                        ("arrêter", "arrest"), ("rencontrer", "meet"), ("voyager", "travel")])
def test_predicates_translations_share_a_class(fr: str, en: str) -> None:
    assert CLASS_OF[fr] == CLASS_OF[en]


@pytest.mark.parametrize(("a", "b"), [("appoint", "name"), ("pick", "nominate"), ("mock", "taunt")])
def test_predicates_english_paraphrases_share_a_class(a: str, b: str) -> None:
    assert CLASS_OF[a] == CLASS_OF[b]


@pytest.mark.parametrize(("fr", "en"), [("remporter", "win"), ("démissionner", "resign"), ("libérer", "release"),
                                        ("censurer", "overturn")])
def test_predicates_news_verbs_share_a_class_across_languages(fr: str, en: str) -> None:
    assert CLASS_OF[fr] == CLASS_OF[en]

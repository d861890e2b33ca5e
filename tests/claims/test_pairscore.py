"""The learned pair scorer of claim grouping (claims/pairscore.py), off by default."""

from __future__ import annotations

from recoupe.claims.groups import _Features, assign_group, learned_probability, pair_features, pair_weight
from recoupe.claims.pairscore import FEATURES, probability
from recoupe.model import Article, ArticleAnalysis, Claim
from recoupe.storage import Store


def _claim(cid: str, text: str, predicate: str, lemmas: list[str], **kw: object) -> Claim:
    return Claim(id=cid, article_id=cid.split(":")[0], text=text, sentence=text, start=0, end=len(text),
                 subject="", predicate=predicate, lemmas=lemmas, **kw)  # type: ignore[arg-type]


def _stored(store: Store, c: Claim) -> Claim:
    store.add_article(Article(id=c.article_id, origin=c.article_id, text=c.text), [], "")
    store.save_analysis(ArticleAnalysis(article_id=c.article_id, claims=[c]))
    return c


RETIRE = _claim("a:c1", "Le cycliste met un terme à sa carrière", "mettre", ["cycliste", "terme", "carrière"],
                subject_entity="e1")
RETIRE2 = _claim("b:c1", "Le cycliste annonce la fin de sa carrière", "annoncer", ["cycliste", "fin", "carrière"],
                 subject_entity="e1")
OTHER = _claim("c:c1", "Le budget de la ville est adopté par le conseil municipal", "adopter",
               ["budget", "ville", "conseil", "municipal"], subject_entity="e9")


def test_pairscore_features_are_symmetric_and_match_the_weights() -> None:
    a, b = _Features(RETIRE), _Features(RETIRE2)
    assert pair_features(a, b) == pair_features(b, a)
    assert len(pair_features(a, b)) == len(FEATURES)


def test_pairscore_one_fact_in_other_words_scores_above_an_unrelated_claim() -> None:
    a, b, c = _Features(RETIRE), _Features(RETIRE2), _Features(OTHER)
    same, other = probability(pair_features(a, b)), probability(pair_features(a, c))
    assert 0.0 <= other < same <= 1.0


def test_pairscore_another_occurrence_scores_zero() -> None:
    """Two deaths dated ten days apart are two occurrences: the scorer never links them."""
    x = _claim("a:c1", "Un homme est mort", "mourir", ["mourir", "homme"], time="2026-08-14")
    y = _claim("b:c1", "Un homme est mort", "mourir", ["mourir", "homme"], time="2026-08-04")
    assert learned_probability(_Features(x), _Features(y), probability) == 0.0


def test_pairscore_vetoed_pairs_stay_minus_one() -> None:
    """Another polarity is a hard veto, whatever the scorer says."""
    neg = _claim("d:c1", "Le cycliste ne met pas un terme à sa carrière", "mettre", ["cycliste", "terme", "carrière"],
                 subject_entity="e1", negated=True)
    assert pair_weight(_Features(RETIRE), _Features(neg), learned=True) == -1.0


def test_pairscore_off_by_default_and_on_links_a_paraphrase(store: Store) -> None:
    """The lemma rule alone leaves the paraphrase apart (Jaccard 2/7 + the subject bonus < 0.5);
    the scorer (when asked) links it, and never the unrelated claim."""
    g1 = assign_group(store, _stored(store, RETIRE), "s1", set(RETIRE.lemmas))
    g2 = assign_group(store, _stored(store, RETIRE2), "s1", set(RETIRE2.lemmas))
    assert g1 != g2
    other = Store.open(":memory:")
    with other:
        h1 = assign_group(other, _stored(other, RETIRE), "s1", set(RETIRE.lemmas), learned=True)
        h2 = assign_group(other, _stored(other, RETIRE2), "s1", set(RETIRE2.lemmas), learned=True)
        h3 = assign_group(other, _stored(other, OTHER), "s1", set(OTHER.lemmas), learned=True)
    assert h1 == h2 != h3

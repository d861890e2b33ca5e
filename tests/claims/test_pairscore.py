"""The learned pair scorer of claim grouping (claims/pairscore.py; setting ``claims.learned_pairs``, on)."""

from __future__ import annotations

from array import array

from recoupe.claims.groups import (
    PairScores,
    _Features,
    assign_group,
    learned_links,
    learned_probability,
    one_sided_count,
    pair_features,
    pair_weight,
    split_ahead,
    split_groups,
)
from recoupe.claims.pairscore import FEATURES, LINK, probability
from recoupe.model import Article, ArticleAnalysis, Claim
from recoupe.storage import Store


def _claim(cid: str, text: str, predicate: str, lemmas: list[str], **kw: object) -> Claim:
    return Claim(id=cid, article_id=cid.split(":")[0], text=text, sentence=text, start=0, end=len(text),
                 subject="", predicate=predicate, lemmas=lemmas, **kw)  # type: ignore[arg-type]


def _stored(store: Store, c: Claim) -> Claim:
    store.add_article(Article(id=c.article_id, origin=c.article_id, text=c.text), [], "")
    store.save_analysis(ArticleAnalysis(article_id=c.article_id, claims=[c]))
    return c


# a season ended told two ways (a career ended is a phrase the lemma rule reads: groups.main_verb)
RETIRE = _claim("a:c1", "Le cycliste fixe le terme de sa saison", "fixer", ["cycliste", "terme", "saison"],
                subject_entity="e1")
RETIRE2 = _claim("b:c1", "Le cycliste annonce la fin prochaine de sa saison", "annoncer", ["cycliste", "fin", "saison"],
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
    assert pair_weight(_Features(RETIRE), _Features(neg), scorer_link=True) == -1.0
    assert learned_links([_Features(RETIRE), _Features(neg)]) == set()


def _group_of(store: Store, c: Claim) -> str:
    return next(x.group_id for x in store.claims(article_id=c.article_id) if x.id == c.id)


def test_pairscore_off_by_default_and_on_links_a_paraphrase(store: Store) -> None:
    """The lemma rule alone leaves the paraphrase apart (Jaccard 2/7 + the subject bonus < 0.5);
    the scorer (when asked) links it in the end-of-build pass over the story, and never the
    unrelated claim; the claim-by-claim step makes no learned link."""
    g1 = assign_group(store, _stored(store, RETIRE), "s1", set(RETIRE.lemmas))
    g2 = assign_group(store, _stored(store, RETIRE2), "s1", set(RETIRE2.lemmas))
    assert g1 != g2
    split_groups(store, ["s1"])
    assert len({_group_of(store, c) for c in (RETIRE, RETIRE2)}) == 2
    other = Store.open(":memory:")
    with other:
        h1 = assign_group(other, _stored(other, RETIRE), "s1", set(RETIRE.lemmas), learned=True)
        h2 = assign_group(other, _stored(other, RETIRE2), "s1", set(RETIRE2.lemmas), learned=True)
        h3 = assign_group(other, _stored(other, OTHER), "s1", set(OTHER.lemmas), learned=True)
        assert len({h1, h2, h3}) == 3
        split_groups(other, ["s1"], learned=True)
        group = {c.id: _group_of(other, c) for c in (RETIRE, RETIRE2, OTHER)}
    assert group[RETIRE.id] == group[RETIRE2.id] != group[OTHER.id]


def test_pairscore_learned_links_do_not_depend_on_arrival_order() -> None:
    """The same claims stored in two orders give the same groups with the scorer on: its links are
    made over every pair of the story at the end of the build."""
    views = []
    for order in ((RETIRE, OTHER, RETIRE2), (RETIRE2, RETIRE, OTHER)):
        s = Store.open(":memory:")
        with s:
            for c in order:
                assign_group(s, _stored(s, c), "s1", set(c.lemmas), learned=True)
            split_groups(s, ["s1"], learned=True)
            by_group: dict[str, set[str]] = {}
            for c in order:
                by_group.setdefault(_group_of(s, c), set()).add(c.id)
        views.append({frozenset(v) for v in by_group.values()})
    assert views[0] == views[1] == {frozenset({RETIRE.id, RETIRE2.id}), frozenset({OTHER.id})}


def test_pairscore_a_count_against_a_claim_without_one_scores_zero() -> None:
    """« 3 500 foyers privés d'électricité » and « la tempête a frappé le littoral » are the toll and
    the event: the scorer never links a claim that counts with one that does not."""
    toll = _claim("a:c1", "3 500 foyers ont été privés d'électricité par la tempête", "priver",
                  ["foyer", "priver", "électricité", "tempête"], numbers=["3 500"])
    event = _claim("b:c1", "La tempête a privé le littoral d'électricité", "priver",
                   ["tempête", "priver", "littoral", "électricité"])
    a, b = _Features(toll), _Features(event)
    assert one_sided_count(a, b) and one_sided_count(b, a)
    assert learned_probability(a, b, probability) == 0.0
    assert not one_sided_count(a, a) and not one_sided_count(b, b)


def test_pairscore_links_mutual_best_matches_only() -> None:
    """The scorer links a claim to its most probable partner in another article, when that partner's
    best match in the first article is the claim too: a weaker candidate of that article (linked
    when alone) is left alone beside a better one, and an unrelated claim is never linked."""
    better = _claim("b:c2", "Le cycliste fixe le terme de sa longue saison", "fixer",
                    ["cycliste", "terme", "long", "saison"], subject_entity="e1")
    feats = [_Features(c) for c in (RETIRE, RETIRE2, better, OTHER)]
    p_weak = probability(pair_features(feats[0], feats[1]))
    assert LINK <= p_weak < probability(pair_features(feats[0], feats[2]))
    assert learned_links(feats[:2]) == {(0, 1)}  # alone, the weaker one is the best match
    links = learned_links(feats)
    assert (0, 2) in links and (0, 1) not in links and not any(3 in pair for pair in links)


def test_pairscore_split_weighs_a_scorer_link_like_a_rule_link() -> None:
    """In the split pass a pair the lemma rule links weighs +1, a pair only the scorer links +1 too,
    and any other pair 0."""
    same = _claim("b:c2", "Le cycliste fixe le terme de sa saison", "fixer", ["cycliste", "terme", "saison"],
                  subject_entity="e1")
    assert pair_weight(_Features(RETIRE), _Features(same)) == 1.0
    assert pair_weight(_Features(RETIRE), _Features(RETIRE2)) == 0.0
    assert pair_weight(_Features(RETIRE), _Features(RETIRE2), scorer_link=True) == 1.0
    assert pair_weight(_Features(RETIRE), _Features(OTHER)) == 0.0


# -- the split pass computed ahead (groups.split_ahead: during a build's re-reading pass) --------------
PLAN = _claim("e:c1", "La coureuse fixe le terme de sa saison", "fixer", ["coureuse", "terme", "saison"],
              subject_entity="e1")


def _grouped(store: Store, claims: list[Claim]) -> set[frozenset[str]]:
    by_group: dict[str, set[str]] = {}
    for c in claims:
        by_group.setdefault(_group_of(store, c), set()).add(c.id)
    return {frozenset(v) for v in by_group.values()}


def _three_claims(store: Store) -> list[Claim]:
    claims = [RETIRE, RETIRE2, OTHER]
    for c in claims:
        assign_group(store, _stored(store, c), "s1", set(c.lemmas), learned=True)
    return claims


def test_pairscore_scores_kept_ahead_give_the_same_links() -> None:
    """learned_links reading the pair scores computed ahead (all, or those of some claims) links
    the pairs it links scoring them."""
    feats = [_Features(c) for c in (RETIRE, RETIRE2, OTHER, PLAN)]
    scores = PairScores.of(feats)
    plain = learned_links(feats)
    assert plain  # the two seasons ended are linked
    assert learned_links(feats, ahead=[(scores, k) for k in range(4)]) == plain
    assert learned_links(feats, ahead=[(scores, 0), (None, -1), (scores, 2), (scores, 3)]) == plain
    # the scores are read, not recomputed: scores that veto every pair link nothing
    vetoed = PairScores.of(feats)
    vetoed.probs = array("d", [-1.0] * len(vetoed.probs))
    assert learned_links(feats, ahead=[(vetoed, k) for k in range(4)]) == set()


def test_pairscore_links_computed_ahead_are_taken_when_nothing_changed(store: Store) -> None:
    claims = _three_claims(store)
    memo = split_ahead(store, ["s1"])
    scored: list[int] = []

    def mapper(fn, items):  # type: ignore[no-untyped-def]
        scored.append(len(items))
        return [fn(x) for x in items]

    split_groups(store, ["s1"], learned=True, mapper=mapper, known=memo)
    assert scored == [0]  # the story's links not computed again
    assert _grouped(store, claims) == {frozenset({RETIRE.id, RETIRE2.id}), frozenset({OTHER.id})}


def test_pairscore_links_computed_ahead_are_not_taken_for_a_claim_changed_since(store: Store) -> None:
    """A claim changed after the links were computed ahead (here: now negated, so it can no longer
    be the other's fact): the story is scored again, and the pass gives what it gives without memo."""
    claims = _three_claims(store)
    memo = split_ahead(store, ["s1"])
    assert memo.links["s1"][1]  # computed ahead: the two seasons ended linked
    store.db.execute("UPDATE claims SET negated = 1 WHERE id = ?", (RETIRE2.id,))
    other = Store.open(":memory:")
    with other:
        _three_claims(other)
        other.db.execute("UPDATE claims SET negated = 1 WHERE id = ?", (RETIRE2.id,))
        split_groups(other, ["s1"], learned=True)
        plain = _grouped(other, claims)
    split_groups(store, ["s1"], learned=True, known=memo)
    assert _grouped(store, claims) == plain == {frozenset({c.id}) for c in claims}


def test_pairscore_few_pairs_to_cut_are_cut_here(store: Store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Cuts of fewer than CUT_FORK_PAIRS pairs in all are not mapped over the build's processes (a
    fork costs more than they do); from that many on they are."""
    import recoupe.claims.groups as groups

    claims = [_claim(f"{a}:c1", "Le port ferme ses quais", "fermer", ["port", "quai"]) for a in "fgh"]
    for c in claims:
        assign_group(store, _stored(store, c), "s1", set(c.lemmas), learned=True)
    scored: list[int] = []

    def mapper(fn, items):  # type: ignore[no-untyped-def]
        scored.append(len(items))
        return [fn(x) for x in items]

    split_groups(store, ["s1"], learned=True, mapper=mapper)
    assert scored == [1]  # the story's links only
    monkeypatch.setattr(groups, "CUT_FORK_PAIRS", 3)  # the component's 3 pairs
    split_groups(store, ["s1"], learned=True, mapper=mapper)
    assert scored[1:] == [1, 1]
    assert _grouped(store, claims) == {frozenset(c.id for c in claims)}

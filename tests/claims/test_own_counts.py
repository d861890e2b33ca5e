"""A count told with a word that says « new » (« un nouvel incendie … N ha ») read against the story's
other accounts (groups19): given back when another article gives that count a figure near its own,
kept apart otherwise (sentences written for the tests)."""

from __future__ import annotations

from recoupe.claims.groups import (
    PairScores,
    SplitMemo,
    _Features,
    claim_content,
    count_values,
    own_counts,
    rule_link,
    split,
)
from tests.claims.helpers import claim


def _new_fire() -> _Features:
    return _Features(claim("a:c1", "Un nouvel incendie a détruit 900 hectares de garrigue près de Vauvert",
                           predicate="détruire", lemmas=["incendie", "détruire", "hectare", "garrigue", "vauvert"]))


def _fire(cid: str, area: str) -> _Features:
    return _Features(claim(cid, f"Les flammes ont ravagé {area} hectares autour du village",
                           predicate="ravager", lemmas=["flamme", "ravager", "hectare", "village"]))


def test_a_new_fire_counted_like_the_story_s_fire_is_that_fire() -> None:
    new, one, two = _new_fire(), _fire("b:c1", "800"), _fire("c:c1", "1 600")
    assert not new.counted and not rule_link(new, one)
    own_counts([new, one, two])
    assert new.counted and new.own_count
    assert rule_link(new, one) and rule_link(new, two)


def test_another_word_than_new_or_a_new_subset_stays_another_s() -> None:
    other = _Features(claim("a:c1", "Six civils sont morts sous une frappe distincte au nord",
                            predicate="mourir", lemmas=["civil", "mourir", "frappe", "nord"]))
    subset = _Features(claim("a:c2", "Six nouveaux blessés ont été recensés dans la nuit",
                             predicate="recenser", lemmas=["blessé", "recenser", "nuit"]))
    toll = _Features(claim("b:c1", "La frappe a tué six personnes", predicate="tuer", lemmas=["frappe", "tuer"]))
    hurt = _Features(claim("b:c2", "On compte six blessés", predicate="compter", lemmas=["compter", "blessé"]))
    # each tells a count that « new » alone would have given back
    assert count_values(other.claim, dropped=True)[0] and count_values(subset.claim, dropped=True)[0]
    assert other.dropped is None and subset.dropped is None
    own_counts([other, subset, toll, hurt])
    assert not other.counted and not subset.counted


def test_a_new_tremor_of_another_magnitude_is_another_tremor() -> None:
    quake = _Features(claim("b:c1", "Séisme sur l'archipel : magnitude 6,4 selon les sismologues",
                            predicate="séisme", lemmas=["séisme", "archipel", "magnitude", "sismologue"]))

    def felt(cid: str, figure: str) -> _Features:
        return _Features(claim(cid, f"Les habitants ont ressenti une nouvelle secousse, d'une magnitude de {figure}",
                               predicate="ressentir", lemmas=["secousse", "magnitude", "ressentir"]))

    tremor, same = felt("a:c1", "5,9"), felt("c:c1", "6,4")
    own_counts([quake, tremor, same])
    assert not tremor.counted and same.counted


def test_a_figure_outside_the_story_s_counts_stays_another_s() -> None:
    new, one, two = _new_fire(), _fire("b:c1", "4 000"), _fire("c:c1", "5 500")
    own_counts([new, one, two])
    assert not new.counted and not new.own_count
    evac = _Features(claim("a:c2", "Une trentaine de riverains ont été évacués à nouveau",
                           predicate="évacuer", lemmas=["riverain", "évacuer"]))
    assert evac.dropped is not None and evac.dropped[0]
    told = _Features(claim("b:c2", "Quelque 600 riverains ont été évacués", predicate="évacuer",
                           lemmas=["riverain", "évacuer"]))
    own_counts([evac, told])
    assert not evac.counted


def test_only_another_article_gives_the_count_back() -> None:
    new = _new_fire()
    same_article = _Features(claim("a:c2", "Les flammes ont ravagé 950 hectares autour du village",
                                   predicate="ravager", lemmas=["flamme", "ravager", "hectare", "village"]))
    own_counts([new, same_article])
    assert not new.counted


def test_the_split_keeps_the_new_fire_with_the_accounts_of_its_area() -> None:
    c1 = claim("a:c1", "Un nouvel incendie a détruit 900 hectares de garrigue près de Vauvert",
               predicate="détruire", lemmas=["incendie", "détruire", "hectare", "garrigue", "vauvert"])
    c2 = claim("b:c1", "Les flammes ont ravagé 700 hectares autour du village",
               predicate="ravager", lemmas=["flamme", "ravager", "hectare", "village"])
    c3 = claim("c:c1", "Le feu a brûlé 1 000 hectares de pins", predicate="brûler",
               lemmas=["feu", "brûler", "hectare", "pin"])
    assert [[c.id for c in part] for part in split([c1, c2, c3])] == [["a:c1", "b:c1", "c:c1"]]


def test_scores_computed_ahead_are_not_taken_for_a_claim_given_back_its_count_since() -> None:
    new, one = _new_fire(), _fire("b:c1", "800")
    memo = SplitMemo()
    for f in (new, one):
        memo.claims[f.claim.id] = claim_content(f.claim, f.published)
    memo.scores["s1"] = PairScores.of([new, one])  # computed while the new fire's count was dropped
    own_counts([new, one])
    assert new.own_count
    ahead = memo.scores_of([new, one])
    assert ahead[0] == (None, -1) and ahead[1] == (memo.scores["s1"], 1)

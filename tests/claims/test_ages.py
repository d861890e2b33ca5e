"""One person's age told differently by two articles of a story (issue 13, ``quantity``), the age
written outside the claim's clause. Sentences written for the tests."""

from __future__ import annotations

from datetime import date

from recoupe.claims.contradictions import Side, compare, conflict_keys
from recoupe.model import Claim
from tests.claims.helpers import claim as _c


def _side(c: Claim, outlet: str) -> Side:
    return Side(c, outlet=outlet, published=date(2025, 9, 3))


# the age is in the cleft, the claim is the relative clause
CLEFT = _c("a1:c2", "qui s'était noyé dans le lac de Vassivière", subject="nageur", predicate="noyer",
           sentence="Dimanche, c'est un nageur de 34 ans qui s'était noyé dans le lac de Vassivière.")
# the age is in a complement of a clause about something else
ASIDE = _c("b1:c3", "qui attire les baigneurs l'été, deux jours après la noyade d'un nageur de 38 ans",
           subject="lac de Vassivière", predicate="attirer")
SAME_AGE = _c("c1:c1", "qui attire les baigneurs, deux jours après la noyade d'un nageur de 34 ans",
              subject="lac", predicate="attirer")


def test_ages_of_one_bearer_apart_conflict_whatever_the_clauses_tell() -> None:
    hit = compare(_side(CLEFT, "un.fr"), _side(ASIDE, "deux.fr"))
    assert hit is not None and hit.kind == "quantity"
    assert "34" in hit.explanation and "38" in hit.explanation
    fa, la = conflict_keys(CLEFT)
    fb, lb = conflict_keys(ASIDE)
    assert fa & lb and fb & la  # found whichever arrives second


def test_the_same_age_or_a_generic_bearer_or_another_person_does_not_conflict() -> None:
    assert compare(_side(CLEFT, "un.fr"), _side(SAME_AGE, "deux.fr")) is None
    man = _c("d1:c1", "qui s'était noyé dans le lac", subject="homme", predicate="noyer",
             sentence="C'est un homme de 34 ans qui s'était noyé dans le lac.")
    other_man = _c("e1:c1", "après la noyade d'un homme de 61 ans", subject="lac", predicate="attirer")
    assert compare(_side(man, "un.fr"), _side(other_man, "deux.fr")) is None
    another = _c("f1:c1", "deux jours après la noyade d'un autre nageur de 38 ans", subject="lac",
                 predicate="attirer")
    assert compare(_side(CLEFT, "un.fr"), _side(another, "deux.fr")) is None


def test_one_article_giving_two_ages_tells_two_people() -> None:
    one = _c("a1:c3", "qui attire les baigneurs, après la noyade d'un nageur de 38 ans", subject="lac",
             predicate="attirer")
    assert compare(_side(CLEFT, "un.fr"), _side(one, "un.fr")) is None


def test_an_age_fronted_before_its_noun_and_one_trade_named_two_ways() -> None:
    """« Âgée de 51 ans, la navigatrice … » gives the navigatrice's age; « la spationaute » and
    « l'astronaute » are one bearer; an age is compared whatever the clause dates or plans, in
    reports of one month."""
    from recoupe.claims.quantities import of_claim

    fronted = _c("a2:c1", "Agée de 51 ans, l'astronaute, en orbite depuis mars, est la première à le faire",
                 predicate="être", time="2026-03")
    (q,) = [q for q in of_claim(fronted.text, fronted.sentence) if q.thing == "âge"]
    assert q.bearer == "astronaute" and q.value == 51
    planned = _c("b2:c1", "la spationaute de 52 ans doit réparer un panneau ce mardi", subject="spationaute de 52 ans",
                 predicate="réparer", planned=True, time="2026-08-18")
    hit = compare(Side(fronted, outlet="un.fr", published=date(2026, 8, 18)),
                  Side(planned, outlet="deux.fr", published=date(2026, 8, 18)))
    assert hit is not None and hit.kind == "quantity" and "51" in hit.explanation and "52" in hit.explanation
    # months apart, an age may have moved on
    assert compare(Side(fronted, outlet="un.fr", published=date(2026, 3, 18)),
                   Side(planned, outlet="deux.fr", published=date(2026, 8, 18))) is None
    # the same age: nothing
    same = _c("c2:c1", "la cosmonaute de 51 ans a réparé un panneau", predicate="réparer")
    assert compare(Side(fronted, outlet="un.fr", published=date(2026, 8, 18)),
                   Side(same, outlet="deux.fr", published=date(2026, 8, 18))) is None


def test_another_occurrence_word_counts_only_next_to_the_age() -> None:
    """« le deuxième à traverser le lac » elsewhere in the sentence says nothing of whose age it is;
    « un autre nageur de 38 ans » is another swimmer."""
    second = _c("g1:c1", "Agé de 34 ans, le nageur est le deuxième à traverser le lac cet été", predicate="être",
                sentence="Agé de 34 ans, le nageur est le deuxième à traverser le lac cet été.")
    first = _c("h1:c1", "Le nageur de 36 ans a traversé le lac", subject="nageur de 36 ans", predicate="traverser")
    hit = compare(_side(second, "un.fr"), _side(first, "deux.fr"))
    assert hit is not None and hit.kind == "quantity"
    other = _c("i1:c1", "Un autre nageur de 36 ans a traversé le lac", subject="autre nageur de 36 ans",
               predicate="traverser")
    assert compare(_side(second, "un.fr"), _side(other, "deux.fr")) is None


def test_two_nouns_for_one_person_in_one_fact() -> None:
    """Linked as one fact, « la navigatrice de 51 ans » and « la skipper de 52 ans » name one person
    two ways; apart (two facts), or with a generic noun, or with two ages in one account, nothing."""
    a = _c("a3:c1", "la navigatrice de 51 ans a franchi la ligne", subject="navigatrice de 51 ans",
           predicate="franchir", component_id="K1")
    b = _c("b3:c1", "La skipper de 52 ans a franchi la ligne en tête", subject="skipper de 52 ans",
           predicate="franchir", component_id="K1")
    hit = compare(_side(a, "un.fr"), _side(b, "deux.fr"))
    assert hit is not None and hit.kind == "quantity"
    b.component_id = "K2"
    assert compare(_side(a, "un.fr"), _side(b, "deux.fr")) is None  # two facts: maybe two people
    b.component_id = "K1"
    two = _c("c3:c1", "La skipper de 52 ans et son équipière de 30 ans ont franchi la ligne",
             subject="skipper de 52 ans", predicate="franchir", component_id="K1")
    assert compare(_side(a, "un.fr"), _side(two, "deux.fr")) is None
    woman = _c("d3:c1", "Une femme de 52 ans a franchi la ligne", subject="femme de 52 ans", predicate="franchir",
               component_id="K1")
    assert compare(_side(a, "un.fr"), _side(woman, "deux.fr")) is None


def test_a_generic_bearer_pointed_at_with_a_demonstrative() -> None:
    """« un homme de 34 ans » against « cet homme âgé de 36 ans » (the man the article is about)
    conflict; two plain « un homme » do not (a story often has two men)."""
    first = _c("j1:c1", "Un homme de 34 ans a disparu dans le lac", subject="homme de 34 ans", predicate="disparaître")
    pointed = _c("k1:c2", "pour retrouver cet homme âgé de 36 ans", predicate="retrouver",
                 sentence="Les plongeurs ont cherché toute la nuit pour retrouver cet homme âgé de 36 ans.")
    hit = compare(_side(first, "un.fr"), _side(pointed, "deux.fr"))
    assert hit is not None and hit.kind == "quantity"
    plain = _c("l1:c2", "pour retrouver un homme âgé de 36 ans", predicate="retrouver",
               sentence="Les plongeurs ont cherché toute la nuit pour retrouver un homme âgé de 36 ans.")
    assert compare(_side(first, "un.fr"), _side(plain, "deux.fr")) is None

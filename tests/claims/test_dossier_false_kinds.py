"""False contradictions read by hand in the French unseen dossiers (issue 13, benchmarks/gold/dossier/):
a figure of two kinds together against one kind's figure, a clause that places nothing in an article
about another country, and a denier that is an indefinite pronoun. Sentences written for the tests;
each check also keeps the true conflict."""

from __future__ import annotations

from datetime import date

from recoupe.claims.contradictions import Side, _counts_a_pair, _quantities, compare
from recoupe.model import Claim
from tests.claims.helpers import claim


def _side(c: Claim, outlet: str, day: int = 3, headline: str = "") -> Side:
    return Side(c, outlet=outlet, published=date(2031, 6, day), headline=headline)


def _hit(a: Side, b: Side):  # type: ignore[no-untyped-def]
    hit, back = compare(a, b), compare(b, a)
    assert hit == back
    return hit


# -- a count of two kinds together against a count of one of them -----------------------------------
WHOLE = claim("a1:c1", "Près de 480 000 abonnés et commerçants sont touchés par la panne du réseau",
              subject="Près de 480 000 abonnés et commerçants", predicate="toucher")
PARTS = claim("b1:c1", "Au total, 310 000 abonnés et 170 000 commerçants seraient touchés par la panne du réseau",
              subject="310 000 abonnés et 170 000 commerçants", predicate="toucher", modality="conditional")
ONE_KIND = claim("c1:c1", "Près de 310 000 abonnés sont touchés par la panne du réseau",
                 subject="Près de 310 000 abonnés", predicate="toucher")


def test_a_figure_of_two_kinds_is_read_as_such() -> None:
    x = next(q for q in _quantities(WHOLE, "fr") if q.value == 480000)
    assert _counts_a_pair(WHOLE, x)
    assert not any(_counts_a_pair(PARTS, q) for q in _quantities(PARTS, "fr"))
    toll = claim("d1:c1", "Deux morts et cinq blessés dans la collision", predicate="faire")
    assert not any(_counts_a_pair(toll, q) for q in _quantities(toll, "fr"))
    many = claim("e1:c1", "Douze morts et de nombreux blessés après le séisme", predicate="faire")
    assert not any(_counts_a_pair(many, q) for q in _quantities(many, "fr"))
    clause = claim("f1:c1", "Le feu a ravagé 900 hectares et détruit deux granges", predicate="ravager")
    assert not any(_counts_a_pair(clause, q) for q in _quantities(clause, "fr"))


def test_the_whole_against_a_part_is_no_contradiction_but_two_wholes_are() -> None:
    assert _hit(_side(WHOLE, "a.fr"), _side(PARTS, "b.fr")) is None
    other_whole = claim("g1:c1", "Près de 250 000 abonnés et commerçants sont touchés par la panne du réseau",
                        subject="Près de 250 000 abonnés et commerçants", predicate="toucher")
    hit = _hit(_side(WHOLE, "a.fr"), _side(other_whole, "g.fr"))
    assert hit is not None and hit.kind == "quantity"


# -- a clause that places nothing happens where its article is ---------------------------------------
def test_a_toll_that_places_nothing_in_an_article_about_another_country() -> None:
    named = claim("a1:c1", "Feux de forêt en Espagne : trois morts", predicate="faire", place="Espagne")
    bare = claim("b1:c1", "où un incendie a causé un mort et une vingtaine de blessés", predicate="faire",
                 subject="incendie")
    abroad = _side(bare, "b.fr", headline="En Italie, plusieurs incendies ravagent le littoral")
    assert _hit(_side(named, "a.fr", headline="Feux de forêt en Espagne : trois morts"), abroad) is None
    home = _side(bare, "b.fr", headline="En Espagne, plusieurs incendies ravagent le littoral")
    hit = _hit(_side(named, "a.fr", headline="Feux de forêt en Espagne : trois morts"), home)
    assert hit is not None and hit.kind == "quantity"


# -- an indefinite pronoun is nobody who denies ------------------------------------------------------
def test_an_indefinite_subject_is_not_named_as_the_denier() -> None:
    trouble = claim("a1:c1", "Les familles des marins du cargo Orion décrivent un équipage épuisé et des pénuries "
                             "à bord", subject="familles", predicate="décrire")
    calm = claim("b1:c1", "Personne n'est préoccupé à bord du cargo Orion", subject="Personne", predicate="être")
    hit = _hit(_side(trouble, "a.fr"), _side(calm, "b.fr"))
    assert hit is not None and hit.kind == "denial"  # the words deny the trouble...
    # ...in words the outlet reports without saying whose: not « Personne le dément », nor the outlet's own denial
    assert "Personne le" not in hit.explanation and "un propos rapporté par b.fr le dément" in hit.explanation
    quoted = claim("c1:c1", "Personne n'est soucieux sur le cargo Orion", subject="Personne", predicate="être",
                   attributed_to="l'armateur", modality="reported")
    hit = _hit(_side(trouble, "a.fr"), _side(quoted, "c.fr"))
    assert hit is not None and "l'armateur le dément" in hit.explanation


def test_a_count_and_a_second_thing_with_a_determiner_is_one_count() -> None:
    six = claim("a1:c1", "La collision a fait six morts et des dégâts sur la digue", subject="collision",
                predicate="faire")
    nine = claim("b1:c1", "La collision a fait neuf morts sur la digue", subject="collision", predicate="faire")
    assert _hit(_side(six, "a.fr"), _side(nine, "b.fr")) is not None  # six dead, not a whole of two kinds
    pets = claim("c1:c1", "Les secours ont sauvé 4 riverains et leurs chats", subject="secours", predicate="sauver")
    assert not any(_counts_a_pair(pets, q) for q in _quantities(pets, "fr"))
    # « 3 morts » is not found inside « 13 morts et disparus »
    two = claim("d1:c1", "La crue a fait 13 morts et disparus selon la mairie, 3 morts selon la préfecture",
                subject="crue", predicate="faire")
    assert [_counts_a_pair(two, q) for q in _quantities(two, "fr")] == [True, False]


def test_two_boys_of_two_ages_are_two_bearers() -> None:
    a = claim("a1:c1", "Un garçon de 12 ans a été blessé au stade", subject="garçon", predicate="blesser")
    b = claim("b1:c1", "Un garçon de 14 ans fut interpellé au stade", subject="garçon", predicate="interpeller")
    assert _hit(_side(a, "a.fr"), _side(b, "b.fr")) is None

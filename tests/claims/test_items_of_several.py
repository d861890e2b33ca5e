"""A false French quantity conflict read by hand in an unseen dossier (issue 13,
benchmarks/gold/dossier/u1418-r3.json): two items of one announcement, each told as one of several.
Sentences written for the tests; the true conflict is kept beside it."""

from __future__ import annotations

from datetime import date

from recoupe.claims import contradictions
from recoupe.claims.contradictions import Side
from recoupe.model import Claim
from tests.claims.helpers import claim, kind_of


def _side(c: Claim, outlet: str) -> Side:
    return Side(c, outlet=outlet, published=date(2031, 9, 3), headline=c.sentence, language="fr")


AID = claim("e1:c1", "La ministre a notamment promis une prime de 6 millions d'euros aux éleveurs ovins",
            subject="ministre", predicate="promettre")
FUND = claim("f1:c1", "Elle a notamment promis une prime de 11 millions d'euros aux éleveurs ovins",
             subject="elle", predicate="promettre")
PLAIN = claim("g1:c1", "La ministre a promis une prime de 11 millions d'euros aux éleveurs ovins",
              subject="ministre", predicate="promettre")


def test_two_items_each_told_as_one_of_several_are_two_things() -> None:
    assert contradictions._item_of_several(AID, contradictions._quantities(AID, "fr")[0])
    assert not contradictions._item_of_several(PLAIN, contradictions._quantities(PLAIN, "fr")[0])
    assert kind_of(_side(AID, "e.fr"), _side(FUND, "f.fr")) is None
    # one side tells its figure as the promise's: the two figures still conflict
    assert kind_of(_side(AID, "e.fr"), _side(PLAIN, "g.fr")) == "quantity"


def _kind(a: str, b: str) -> str | None:
    return kind_of(_side(claim("e1:c1", a, subject="incendie", predicate="brûler"), "e.fr"),
                   _side(claim("f1:c1", b, subject="incendie", predicate="brûler"), "f.fr"))


def test_a_cue_after_the_figure_or_on_another_phrase_leaves_the_figures_in_conflict() -> None:
    # the cue picks out some of the counted, after the figure: the two tolls still differ
    assert _kind("Le glissement de terrain a fait 4 morts, notamment des randonneurs",
                 "Le glissement de terrain a fait 7 morts, notamment des randonneurs") == "quantity"
    # the cue qualifies what else the fire did, not its area
    assert _kind("Le feu, qui a notamment menacé un camping, a parcouru 200 hectares de garrigue",
                 "Le feu a parcouru 450 hectares de garrigue et a notamment menacé un camping") is not None


def test_a_cue_a_few_words_before_the_figure_still_tells_an_item() -> None:
    far = claim("e1:c1", "Le ministre a notamment promis mardi une enveloppe spéciale de 8,4 millions d'euros",
                subject="ministre", predicate="promettre")
    other = claim("f1:c1", "Il a notamment promis un fonds de 14 millions d'euros pour les digues",
                  subject="il", predicate="promettre")
    assert kind_of(_side(far, "e.fr"), _side(other, "f.fr")) is None

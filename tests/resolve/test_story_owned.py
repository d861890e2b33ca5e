"""A story's own headline words (``stories.owned_weight``): the aspects of a developing situation share no
name with it and few words in their leads, but their headlines keep its word. Headlines and terms of our own."""

from __future__ import annotations

from recoupe.resolve.stories import HEADLINE_ANY, KEY_WEIGHT, OWNED_COUNT, owned_share
from tests.resolve.helpers import build_stories


def test_owned_share_is_the_share_of_the_other_headlines_holding_a_word_that_are_the_storys() -> None:
    story = {HEADLINE_ANY: 6 * KEY_WEIGHT, "h:penurie": 5 * KEY_WEIGHT, "h:gazole": 4 * KEY_WEIGHT,
             "h:prefet": 2 * KEY_WEIGHT}
    assert owned_share([("h:penurie", 5), ("h:gazole", 8)], story) == 1.0  # the best of 5/5 and 4/8
    assert owned_share([("h:gazole", 8)], story) == 0.5
    assert owned_share([("h:gazole", 9)], story) == 0.0  # most headlines holding it are other stories'
    assert owned_share([("h:prefet", 2)], story) == 0.0  # fewer than OWNED_COUNT of its headlines hold it
    assert owned_share([("h:orage", 3)], story) == 0.0
    assert owned_share([], story) == 0.0


# Four accounts of one shortage, two unrelated items, then an aspect of the shortage whose lead shares
# little with it (the hauliers' anger) but whose headline keeps the shortage's word.
SHORTAGE = {"L:pénurie": 1, "L:gazole": 1, "L:station": 1, "L:carburant": 1, "E:e1": 1}
ACCOUNTS = [("a", SHORTAGE | {"L:file": 1}, "Pénurie de gazole : les files s'allongent devant les stations"),
            ("b", SHORTAGE | {"L:préfet": 1}, "Pénurie de gazole : le préfet limite les achats à trente litres"),
            ("c", SHORTAGE | {"L:dépôt": 1}, "Pénurie de gazole : trois dépôts à l'arrêt dans le Nord"),
            ("d", SHORTAGE | {"L:livraison": 1}, "Pénurie de gazole : les livraisons reprennent lentement")]
OTHERS = [("x", {"L:orage": 2, "L:grêle": 1, "L:vigilance": 1}, "Orages : douze départements en vigilance jaune"),
          ("y", {"L:concert": 2, "L:festival": 1, "L:scène": 1}, "Festival : la grande scène annulée")]
ASPECT = ("e", {"L:routier": 2, "L:colère": 1, "L:gazole": 1, "L:carburant": 1},
          "Pénurie de gazole : la colère des routiers")


def test_an_aspect_joins_the_story_that_owns_its_headlines_word() -> None:
    items = [*ACCOUNTS, *OTHERS, ASPECT]
    assert build_stories(items, headline_weight=0.3) == ["s1"] * 4 + ["s2", "s3", "s4"]
    assert build_stories(items, headline_weight=0.3, owned_weight=0.2) == ["s1"] * 4 + ["s2", "s3", "s1"]


def test_a_story_of_few_accounts_owns_no_word() -> None:
    items = [*ACCOUNTS[:OWNED_COUNT - 1], *OTHERS, ASPECT]
    n = OWNED_COUNT - 1
    assert build_stories(items, headline_weight=0.3, owned_weight=0.2) == ["s1"] * n + ["s2", "s3", "s4"]

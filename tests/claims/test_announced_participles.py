"""A news named with the participle of its announcement (« la fuite, révélée mardi »), dated on two
days by two accounts, in one story or in two: sentences of our own."""

from __future__ import annotations

from datetime import date
from typing import Any

from recoupe.claims.contradictions import Side, across_keys, announcement, compare, compare_across, conflict_keys
from recoupe.model import Claim


def _side(cid: str, text: str, time: str, published: str, headline: str, **kw: Any) -> Side:
    base: dict[str, Any] = dict(id=cid, article_id=cid.split(":")[0], text=text, sentence=kw.pop("sentence", text),
                                start=0, end=len(text), subject=kw.pop("subject", ""),
                                predicate=kw.pop("predicate", ""), time=time)
    base.update(kw)
    return Side(Claim(**base), outlet=cid.split(":")[0], published=date.fromisoformat(published), headline=headline)


LEAK_TUE = _side("a1:c1", "La fuite des fichiers de la caisse régionale d'allocations, révélée mardi, touche 40 000 "
                 "familles", "2024-03-05", "2024-03-08", "Fuite de fichiers à la caisse régionale d'allocations",
                 subject="fuite", predicate="toucher", object="40 000 familles")
LEAK_WED = _side("b1:c2", "la fuite des fichiers de la caisse régionale d'allocations, rendue publique le 6 mars",
                 "2024-03-06", "2024-03-07", "Les allocataires de la caisse régionale exposés après une fuite",
                 subject="allocataires", predicate="exposer")


def test_announced_participle_is_an_announcement_of_a_named_news() -> None:
    assert announcement(LEAK_TUE.claim) == announcement(LEAK_WED.claim) == "participle"
    undated = _side("c1:c1", "La fuite, révélée par la presse, touche 40 000 familles", "", "2024-03-08", "")
    assert announcement(undated.claim) == ""  # no date right after the participle, no day


def test_announced_participle_dated_apart_conflicts_in_one_story_and_across_stories() -> None:
    hit = compare(LEAK_TUE, LEAK_WED)
    assert hit is not None and hit.kind == "date"
    fa, la = conflict_keys(LEAK_TUE.claim)
    fb, lb = conflict_keys(LEAK_WED.claim)
    assert la & fb and lb & fa
    xa, ya = across_keys(LEAK_TUE.claim, LEAK_TUE.headline)
    xb, yb = across_keys(LEAK_WED.claim, LEAK_WED.headline)
    assert ya & xb and yb & xa
    across = compare_across(LEAK_TUE, LEAK_WED)
    assert across is not None and across.kind == "date"


def test_announced_participles_of_other_news_or_each_of_its_own_day_do_not_conflict() -> None:
    # another news: too few words in common across stories
    other = _side("c1:c1", "La grève des contrôleurs, annoncée mardi, perturbe les trains", "2024-03-05", "2024-03-08",
                  "Trains perturbés par une grève", subject="grève", predicate="perturber")
    assert compare_across(other, LEAK_WED) is None
    # each report dates its alert to its own day: two alerts
    thu = _side("d1:c1", "L'alerte orange aux orages, annoncée ce jeudi, concerne douze départements", "2024-03-07",
                "2024-03-07", "Orages : alerte orange", subject="alerte", predicate="concerner")
    fri = _side("e1:c1", "L'alerte orange aux orages, annoncée ce vendredi, concerne huit départements", "2024-03-08",
                "2024-03-08", "Orages : alerte orange", subject="alerte", predicate="concerner")
    assert compare(thu, fri) is None  # dated apart: the two counts are of two days too
    assert compare_across(thu, fri) is None

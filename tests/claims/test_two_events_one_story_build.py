"""One story, two events (issue #13): two fires of one town a week apart, two storms, two burglaries. A claim with
no anchor of its own (no date, no place, no named doer or thing: « Personne n'a été blessé », « 20 pompiers ont été
mobilisés ») tells its own article's event, so the same words in the reports of the two events confirm nothing,
and two counts of them are no quantity row. The twins keep working: one event told alike by two outlets the same
day, or by a follow-up two days later that dates it to the same evening, still confirms; one fire's two counts of
one day still conflict. Each pile built through the real pipeline, in both orders. Articles written for the
tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.claims.helpers import build_outlet_stories

pytestmark = [pytest.mark.model]

TUE, THU, NEXT_TUE = "2025-03-04", "2025-03-06", "2025-03-11"

WAREHOUSE = ("Incendie d'un dépôt de meubles à Vierzon. Un dépôt de meubles a brûlé lundi soir dans la zone "
             "artisanale de Vierzon.")
BARN = "Vierzon : une grange détruite par le feu. Une grange a brûlé lundi soir dans la campagne de Vierzon."
WAREHOUSE_AGAIN = ("Vierzon : le dépôt de meubles réduit en cendres. Lundi soir, un dépôt de meubles a brûlé dans la "
                   "zone artisanale de Vierzon.")

# story -> (articles (outlet, text, day published), the words of the anchorless claim looked at)
TWO_EVENTS: dict[str, tuple[list[tuple[str, ...]], str]] = {
    "aucun-blesse": ([("journal-a.example", f"{WAREHOUSE} Personne n'a été blessé.", TUE),
                      ("journal-b.example", f"{BARN} Personne n'a été blessé.", NEXT_TUE)], "Personne"),
    "suspects-trois-titres": ([
        ("journal-a.example", "Une bijouterie de Dole visée par des voleurs. Une bijouterie du centre de Dole a été "
                              "cambriolée samedi soir. Les gendarmes recherchent trois suspects.", TUE),
        ("journal-b.example", "Dole : une pharmacie visée par des voleurs. Une pharmacie de Dole a été cambriolée "
                              "samedi soir. Les gendarmes recherchent trois suspects.", NEXT_TUE),
        ("journal-c.example", "Cambriolage d'une pharmacie à Dole. Des voleurs ont visé une pharmacie de Dole samedi "
                              "soir. Les gendarmes recherchent trois suspects.", NEXT_TUE)], "suspects"),
    # the second lede recalls the first fire's day: its own deed's day is the one it dates (review of generic33)
    "aucun-blesse-jour-rappele": ([
        ("journal-a.example", f"{WAREHOUSE} Personne n'a été blessé.", TUE),
        ("journal-b.example", "Vierzon : une grange détruite par le feu. Une semaine après l'incendie du lundi 3 mars, "
                              "une grange a brûlé lundi soir dans la campagne de Vierzon. Personne n'a été blessé.",
         NEXT_TUE)], "Personne"),
    # one claim dated by its own words, the other anchorless: its day against the other article's
    "aucun-blesse-date-seul": ([
        ("journal-a.example", f"{WAREHOUSE} Personne n'a été blessé.", TUE),
        ("journal-b.example", "Vierzon : une grange détruite par le feu. Une grange a brûlé dans la campagne de "
                              "Vierzon. Personne n'a été blessé lundi soir.", NEXT_TUE)], "Personne"),
}
ONE_EVENT: dict[str, tuple[list[tuple[str, ...]], str]] = {
    "aucun-blesse-meme-jour": ([("journal-a.example", f"{WAREHOUSE} Personne n'a été blessé.", TUE),
                                ("journal-b.example", f"{WAREHOUSE_AGAIN} Personne n'a été blessé.", TUE)], "Personne"),
    # a follow-up two days later dates the fire to the same Monday evening
    "aucun-blesse-suite": ([("journal-a.example", f"{WAREHOUSE} Personne n'a été blessé.", TUE),
                            ("journal-b.example", f"{WAREHOUSE_AGAIN} Personne n'a été blessé.", THU)], "Personne"),
    # a week later, a report that dates the fire itself (« le lundi 3 mars »): the same event
    "aucun-blesse-semaine-datee": ([
        ("journal-a.example", f"{WAREHOUSE} Personne n'a été blessé.", TUE),
        ("journal-b.example", "Vierzon : retour sur le feu du dépôt de meubles. Le dépôt de meubles de la zone "
                              "artisanale de Vierzon a brûlé le lundi 3 mars. Personne n'a été blessé.", NEXT_TUE)],
        "Personne"),
}
COUNTS_APART = [("journal-a.example", f"{WAREHOUSE} 20 pompiers ont été mobilisés.", TUE),
                ("journal-b.example", f"{BARN} 80 pompiers ont été mobilisés.", NEXT_TUE)]
# one event's counts told by a follow-up days later, whose lede names no day or a day of its own deed (the search,
# the funeral), not another thing's same deed: the conflict stays (issue #13, review of generic33)
COUNTS_FOLLOW_UP: dict[str, tuple[list[tuple[str, ...]], tuple[str, str]]] = {
    "pompiers-suite-sans-jour": ([
        ("journal-a.example", f"{WAREHOUSE} 20 pompiers ont été mobilisés.", TUE),
        ("journal-b.example", "Vierzon : l'enquête sur l'incendie du dépôt de meubles se poursuit. Les enquêteurs "
                              "cherchent toujours l'origine du feu du dépôt. 80 pompiers ont été mobilisés.",
         "2025-03-09")],
        ("20 pompiers", "80 pompiers")),
    "ferry-search-no-day": ([
        ("paper-a.example", "Ferry sinks off the coast. A passenger ferry sank on Monday night off the coast. The "
                            "ferry was carrying 40 passengers.", TUE),
        ("paper-b.example", "Divers resume search for ferry victims. Divers resumed the search for the victims of "
                            "the ferry sinking. The ferry was carrying 60 passengers.", "2025-03-10")],
        ("40 passengers", "60 passengers")),
    "ferry-search-saturday": ([
        ("paper-a.example", "Ferry sinks off the coast. A passenger ferry sank on Monday night off the coast. The "
                            "ferry was carrying 40 passengers.", TUE),
        ("paper-b.example", "Divers resume search for ferry victims. Divers on Saturday resumed the search for the "
                            "victims of the ferry sinking. The ferry was carrying 60 passengers.", "2025-03-10")],
        ("40 passengers", "60 passengers")),
    "car-obseques-samedi": ([
        ("journal-a.example", "Collision entre un car et un camion près de Tulle. Un car scolaire a percuté un camion "
                              "mardi matin près de Tulle. Le car transportait 40 élèves.", TUE),
        ("journal-b.example", "Tulle : les obsèques des victimes de la collision du car scolaire. Les obsèques ont été "
                              "célébrées samedi à Tulle. Le car transportait 25 élèves.", "2025-03-10")],
        ("40 élèves", "25 élèves")),
}
COUNTS_ONE_FIRE = [("journal-a.example", f"{WAREHOUSE} 20 pompiers ont été mobilisés.", TUE),
                   ("journal-b.example", f"{WAREHOUSE_AGAIN} 80 pompiers ont été mobilisés.", TUE)]


def _piles() -> dict[str, list[tuple[str, ...]]]:
    piles = {name: arts for name, (arts, _) in {**TWO_EVENTS, **ONE_EVENT}.items()}
    piles |= {"pompiers-deux-feux": COUNTS_APART, "pompiers-un-feu": COUNTS_ONE_FIRE}
    piles |= {name: arts for name, (arts, _) in COUNTS_FOLLOW_UP.items()}
    return piles | {f"{name}-inverse": list(reversed(arts)) for name, arts in piles.items()}


@pytest.fixture(scope="module")
def dossiers(nlp, tmp_path_factory) -> dict[str, dict[str, Any]]:  # type: ignore[no-untyped-def]
    return {story: build_outlet_stories(nlp, tmp_path_factory.mktemp(story), {story: arts})
            for story, arts in _piles().items()}


def _confirmed_days(d: dict[str, Any], words: str) -> list[set[str]]:
    """For each confirmed group whose confirming pair holds ``words`` in two outlets: that pair's publication
    days."""
    day = {a["id"]: a["published"] for a in d["articles"]}
    outlet = {a["id"]: a["outlet"] for a in d["articles"]}
    by_id = {c["id"]: c for c in d["claims"]}
    found = []
    for g in d["claim_groups"]:
        held = [by_id[c] for c in g["confirmed_by"] if words in by_id[c]["text"]]
        if g["status"] == "confirmed" and len({outlet[c["article"]] for c in held}) >= 2:
            found.append({day[c["article"]][:10] for c in held})
    return found


@pytest.mark.parametrize("order", ["", "-inverse"])
@pytest.mark.parametrize("story", sorted(TWO_EVENTS))
def test_a_generic_sentence_of_two_events_confirms_nothing(dossiers: dict[str, dict[str, Any]], story: str,
                                                           order: str) -> None:
    d = dossiers[story + order]
    words = TWO_EVENTS[story][1]
    assert [c for c in d["claims"] if words in c["text"]]
    # the two articles of the later event may confirm each other, never with an article of the earlier one
    assert not [days for days in _confirmed_days(d, words) if len(days) > 1], d["claim_groups"]


@pytest.mark.parametrize("order", ["", "-inverse"])
@pytest.mark.parametrize("story", sorted(ONE_EVENT))
def test_a_generic_sentence_of_one_event_still_confirms(dossiers: dict[str, dict[str, Any]], story: str,
                                                        order: str) -> None:
    d = dossiers[story + order]
    assert _confirmed_days(d, ONE_EVENT[story][1]), d["claim_groups"]


@pytest.mark.parametrize("order", ["", "-inverse"])
def test_two_fires_counts_are_no_quantity_row(dossiers: dict[str, dict[str, Any]], order: str) -> None:
    d = dossiers["pompiers-deux-feux" + order]
    assert [c for c in d["claims"] if "pompiers" in c["text"]]
    assert not [r for r in d["contradictions"] if r["kind"] == "quantity"], d["contradictions"]


@pytest.mark.parametrize("order", ["", "-inverse"])
def test_one_fires_two_counts_still_conflict(dossiers: dict[str, dict[str, Any]], order: str) -> None:
    d = dossiers["pompiers-un-feu" + order]
    rows = [r for r in d["contradictions"] if r["kind"] == "quantity"]
    assert len(rows) == 1 and "20 pompiers" in rows[0]["explanation"] and "80 pompiers" in rows[0]["explanation"]


@pytest.mark.parametrize("order", ["", "-inverse"])
@pytest.mark.parametrize("story", sorted(COUNTS_FOLLOW_UP))
def test_a_follow_ups_other_count_still_conflicts(dossiers: dict[str, dict[str, Any]], story: str,
                                                  order: str) -> None:
    d = dossiers[story + order]
    x, y = COUNTS_FOLLOW_UP[story][1]
    rows = [r for r in d["contradictions"] if r["kind"] == "quantity"]
    assert len(rows) == 1 and x in rows[0]["explanation"] and y in rows[0]["explanation"], d["contradictions"]


def test_an_undated_article_dates_no_event() -> None:
    from datetime import date

    from recoupe.claims.contradictions import article_days, days_apart

    lede = "Filed under road safety on Friday, May 9, 2025. A cyclist was hurt on Tuesday."
    assert article_days(lede, None, "en") == frozenset()
    assert article_days(lede, date(2025, 5, 14), "en")
    assert not days_apart(article_days(lede, None, "en"), frozenset({"2025-04-01"}))


def _lede(lede: str, language: str = "fr") -> Any:
    from datetime import date

    from recoupe.claims.contradictions import Side
    from recoupe.model import Claim

    claim = Claim(id="x:1", article_id="x", text="", sentence="", start=0, end=0, subject="", predicate="")
    return Side(claim, published=date(2025, 3, 11), language=language, lede=lede)


@pytest.mark.parametrize(("first", "second", "language", "apart"), [
    ("Un dépôt a brûlé lundi soir.", "Une grange a brûlé lundi soir.", "fr", True),
    ("A warehouse burned on Monday night.", "A barn burned on Monday night.", "en", True),
    ("Une bijouterie a été cambriolée samedi.", "Une pharmacie a été cambriolée samedi.", "fr", True),
    # one thing told twice; saying is no deed; « à » is no auxiliary; another deed of the first event
    ("Un dépôt a brûlé lundi soir.", "Lundi soir, le dépôt a brûlé.", "fr", False),
    ("Le maire a indiqué que le dépôt a brûlé lundi.", "Le préfet a indiqué que le dépôt a brûlé.", "fr", False),
    ("A ferry sank on Monday, officials confirmed.", "Divers resumed the search on Saturday, police confirmed.",
     "en", False),
    ("Un car a percuté un camion mardi près de Tulle.", "Les obsèques ont été célébrées samedi à Tulle.", "fr", False),
])
def test_ledes_on_two_things(first: str, second: str, language: str, apart: bool) -> None:
    from recoupe.claims.contradictions import ledes_on_two_things

    assert ledes_on_two_things(_lede(first, language), _lede(second, language)) is apart
    assert ledes_on_two_things(_lede(second, language), _lede(first, language)) is apart

"""Contradictions: an account published before the day another dates its event, and the places of
one located thing (sentences written for the tests)."""

from __future__ import annotations

from datetime import date

import pytest

from recoupe.claims.contradictions import Side, compare
from recoupe.model import Article, ArticleAnalysis, Claim, RawDocument
from recoupe.storage import Store
from tests.claims.helpers import claim


def _side(c: Claim, day: str, outlet: str = "journal.fr", headline: str = "") -> Side:
    return Side(c, outlet=outlet, published=date.fromisoformat(day), headline=headline)


_WHALE = "Une baleine échouée découverte sur une plage"  # a headline telling the located thing


def _kind(a: Side, b: Side) -> str | None:
    hit, back = compare(a, b), compare(b, a)
    assert hit == back
    return hit.kind if hit else None


# -- a figure dated to a day against an account published before that day --------------------------
def test_an_account_published_days_before_the_dated_event_tells_an_earlier_one() -> None:
    early = claim("a1:c1", "Un fort séisme de magnitude 5,1 a secoué Valence", subject="séisme de magnitude 5,1",
                  predicate="secouer")
    later = claim("b1:c1", "Un séisme de magnitude 4,6 a secoué Valence jeudi matin", subject="séisme de magnitude 4,6",
                  predicate="secouer", time="2025-05-15TMO")
    # published on the Monday: it cannot tell Thursday's quake
    assert _kind(_side(early, "2025-05-12"), _side(later, "2025-05-15", "autre.fr")) is None
    # published the same day (or the day before, a time zone away): the same quake, two magnitudes
    assert _kind(_side(early, "2025-05-15"), _side(later, "2025-05-15", "autre.fr")) == "quantity"
    assert _kind(_side(early, "2025-05-14"), _side(later, "2025-05-15", "autre.fr")) == "quantity"


# -- one located thing told at places that cannot be one -------------------------------------------
def test_sites_of_a_clause_are_read_with_the_gazetteer() -> None:
    from recoupe.claims.contradictions import located_things, sites

    assert "baleine|echouee" in located_things("Une baleine échouée sur une plage près de Royan")
    assert located_things("Un homme qui passait par là a donné l'alerte") == frozenset()
    names = {s.name for s in sites("Une baleine échouée au large de l'île de Ré, dans la Charente-Maritime")}
    assert "Charente-Maritime" in names
    assert {s.kind for s in sites("Un incendie à Brest")} == {"commune"}
    # a city abroad whose French name a French commune also bears is not that commune
    assert sites("Un orage violent à Trèves, dans l'ouest de l'Allemagne") == ()


def test_one_located_thing_at_two_distant_sites_is_a_place_contradiction() -> None:
    a = claim("a1:c1", "Une baleine échouée a été découverte sur une plage à Biarritz", predicate="découvrir")
    b = claim("b1:c1", "Une baleine échouée a été découverte dans le Finistère", predicate="découvrir")
    assert _kind(_side(a, "2025-06-02", headline=_WHALE), _side(b, "2025-06-02", "autre.fr", _WHALE)) == "place"
    # not what both articles are about (a roundup of the week's strandings): not compared
    roundup = "Les échouages se multiplient sur les côtes cet été"
    assert _kind(_side(a, "2025-06-02", headline=_WHALE), _side(b, "2025-06-02", "autre.fr", roundup)) is None


@pytest.mark.parametrize(("text_a", "text_b"), [
    # the commune lies in the department, or nearby
    ("Une baleine échouée a été découverte à Brest", "Une baleine échouée a été découverte dans le Finistère"),
    ("Une baleine échouée a été découverte à Biarritz", "Une baleine échouée a été découverte à Bayonne"),
    # another occurrence, or not the same thing
    ("Une baleine échouée a été découverte à Biarritz", "Une autre baleine échouée a été découverte à Brest"),
    ("Une baleine échouée a été découverte à Biarritz", "Un dauphin échoué a été découvert à Brest"),
])
def test_one_located_thing_at_compatible_sites_or_two_things_never_conflict(text_a: str, text_b: str) -> None:
    a = claim("a1:c1", text_a, predicate="découvrir")
    b = claim("b1:c1", text_b, predicate="découvrir")
    headlines = f"{_WHALE} ; un dauphin échoué découvert"
    assert _kind(_side(a, "2025-06-02", headline=headlines), _side(b, "2025-06-02", "autre.fr", headlines)) is None


def test_a_located_thing_hedged_or_in_one_article_never_conflicts() -> None:
    a = claim("a1:c1", "Une baleine échouée a été découverte à Biarritz", predicate="découvrir")
    hedged = claim("b1:c1", "Une baleine échouée aurait été découverte à Brest", predicate="découvrir",
                   modality="conditional")
    same = claim("a1:c2", "Une baleine échouée a été découverte à Brest", predicate="découvrir")
    assert _kind(_side(a, "2025-06-02", headline=_WHALE), _side(hedged, "2025-06-02", "autre.fr", _WHALE)) is None
    assert _kind(_side(a, "2025-06-02", headline=_WHALE), _side(same, "2025-06-02", headline=_WHALE)) is None


def test_a_located_thing_is_filed_under_one_key_both_ways() -> None:
    from recoupe.claims.contradictions import conflict_keys

    a = claim("a1:c1", "Une baleine échouée a été découverte à Biarritz", predicate="découvrir")
    b = claim("b1:c1", "Une baleine échouée a été découverte dans le Finistère", predicate="découvrir")
    (fa, la), (fb, lb) = conflict_keys(a), conflict_keys(b)
    assert "ST:baleine|echouee" in fa & lb and "ST:baleine|echouee" in fb & la
    unplaced = claim("c1:c1", "Une baleine échouée a été découverte", predicate="découvrir")
    assert not any(k.startswith("ST:") for k in conflict_keys(unplaced)[0])


# -- one person's two ages, named by two nouns in one component, after the split ---------------------
def test_the_split_leaves_one_persons_two_ages_standing(store: Store) -> None:
    """« la navigatrice de 51 ans » / « la skipper de 52 ans », linked as one fact then cut into two
    groups: the link told whose age it is, so the conflict stays; two figures of another kind
    that rested on the link are set apart."""
    from dataclasses import replace

    from recoupe.claims.contradictions import recheck_split

    def add(cid: str, text: str, outlet: str) -> Claim:
        aid = cid.split(":")[0]
        store.add_raw(aid, RawDocument(origin=aid, fmt="text", raw=aid.encode(), fields={}))
        store.add_article(Article(id=aid, origin=aid, text=text, outlet=outlet, published=date(2025, 6, 2)), [], "")
        c = claim(cid, text, predicate="franchir", group_id="g1", component_id="g1")
        store.save_analysis(ArticleAnalysis(article_id=aid, claims=[c]))
        return c

    a = add("a1:c0", "La navigatrice de 51 ans a franchi la ligne d'arrivée", "journal.fr")
    b = add("b1:c0", "La skipper de 52 ans a franchi la ligne d'arrivée", "autre.fr")
    hit = compare(_side(a, "2025-06-02"), _side(b, "2025-06-02", "autre.fr"))
    assert hit is not None and hit.kind == "quantity"
    assert compare(replace(a, group_id="g1"), replace(b, group_id="g2", component_id="g2")) is None
    store.add_contradiction("s1", hit.kind, a, b, hit.explanation)
    b.group_id = "g2"
    assert recheck_split(store, [a, b]) == 0
    assert [r["kind"] for r in store.contradictions("s1")] == ["quantity"]


# -- one count of one deed dated on two days -------------------------------------------------------------
_FIRST = "Le 3 juin, plus de 12 000 supporters ont envahi la pelouse du stade"
_SECOND = "Parmi les 12 000 qui avaient envahi la pelouse le 4 juin, quarante ont été interpellés"


def _deed(cid: str, text: str, sentence: str, time: str, predicate: str = "envahir", obj: str = "la pelouse") -> Claim:
    return claim(cid, text, sentence=sentence, predicate=predicate, object=obj, time=time)


def test_one_count_of_one_deed_dated_on_two_days_is_a_date_contradiction_even_in_one_article() -> None:
    a = _deed("a1:c1", "plus de 12 000 supporters ont envahi la pelouse du stade", _FIRST, "2025-06-03")
    b = _deed("a1:c4", "qui avaient envahi la pelouse le 4 juin", _SECOND, "2025-06-04")
    assert _kind(_side(a, "2025-06-05"), _side(b, "2025-06-05")) == "date"
    # another outlet, another verb for the same deed
    c = _deed("b1:c1", "12 000 supporters ont pénétré sur la pelouse le 4 juin",
              "12 000 supporters ont pénétré sur la pelouse le 4 juin", "2025-06-04", predicate="pénétrer")
    assert _kind(_side(a, "2025-06-05"), _side(c, "2025-06-05", "autre.fr")) == "date"


@pytest.mark.parametrize(("text", "sentence", "time", "predicate", "obj"), [
    # another figure
    ("qui avaient envahi la pelouse le 4 juin", _SECOND.replace("12 000", "15 000"), "2025-06-04", "envahir",
     "la pelouse"),
    # a small figure: two counts of that size on two days are common
    ("qui avaient envahi la pelouse le 4 juin", _SECOND.replace("12 000", "120"), "2025-06-04", "envahir",
     "la pelouse"),
    # the same figure of another deed
    ("qui avaient acheté un billet le 4 juin", "Parmi les 12 000 qui avaient acheté un billet le 4 juin",
     "2025-06-04", "acheter", "un billet"),
    # the same day
    ("qui avaient envahi la pelouse le 3 juin", _SECOND.replace("4 juin", "3 juin"), "2025-06-03", "envahir",
     "la pelouse"),
])
def test_counts_of_other_figures_deeds_or_the_same_day_never_conflict_on_their_dates(
        text: str, sentence: str, time: str, predicate: str, obj: str) -> None:
    a = _deed("a1:c1", "plus de 12 000 supporters ont envahi la pelouse du stade", _FIRST, "2025-06-03")
    b = _deed("a1:c4", text, sentence, time, predicate=predicate, obj=obj)
    assert _kind(_side(a, "2025-06-05"), _side(b, "2025-06-05")) is None


def test_one_count_dated_on_two_days_is_filed_under_its_figure() -> None:
    from recoupe.claims.contradictions import conflict_keys

    a = _deed("a1:c1", "plus de 12 000 supporters ont envahi la pelouse du stade", _FIRST, "2025-06-03")
    b = _deed("a1:c4", "qui avaient envahi la pelouse le 4 juin", _SECOND, "2025-06-04")
    assert "CD:12000" in conflict_keys(a)[0] & conflict_keys(b)[1]
    assert "CD:12000" in conflict_keys(b)[0] & conflict_keys(a)[1]
    undated = _deed("a1:c5", "qui avaient envahi la pelouse", _SECOND, "")
    assert not any(k.startswith("CD:") for k in conflict_keys(undated)[0])


# -- one actor's length of time in years and months, told two ways -----------------------------------
def _length(cid: str, text: str, **kw: object) -> Claim:
    base: dict[str, object] = {"subject": "Marie Curval", "subject_entity": "e1"}
    return claim(cid, text, **(base | kw))


def test_compound_lengths_are_read_in_months() -> None:
    from recoupe.claims.contradictions import compound_months

    assert compound_months(_length("a1:c1", "En trois ans et quatre mois, Marie Curval a bâti son entreprise")) == 40
    assert compound_months(_length("a1:c1", "Marie Curval a bâti son entreprise en trois ans")) is None
    assert compound_months(_length("a1:c1", "Marie Curval a bâti trois ans et vendu quatre mois plus tard")) is None


def test_one_actors_near_lengths_in_years_and_months_conflict() -> None:
    a = _length("a1:c1", "En trois ans et quatre mois, Marie Curval a bâti son entreprise", predicate="bâtir")
    b = _length("b1:c1", "Après trois ans et deux mois de travail, Marie Curval a vendu son entreprise",
                predicate="vendre")
    assert _kind(_side(a, "2025-06-02"), _side(b, "2025-06-03", "autre.fr")) == "quantity"


@pytest.mark.parametrize(("text_b", "kw"), [
    # far apart: lengths of two things (« a passé un an et deux mois en prison »)
    ("Marie Curval a passé un an et deux mois à l'étranger", {}),
    # the same length
    ("Après trois ans et quatre mois de travail, Marie Curval a vendu son entreprise", {}),
    # another actor
    ("Après trois ans et deux mois de travail, Paul Ferrand a vendu son entreprise", {"subject_entity": "e2"}),
    # hedged
    ("Marie Curval aurait bâti son entreprise en trois ans et deux mois", {"modality": "conditional"}),
])
def test_lengths_far_apart_alike_of_two_actors_or_hedged_never_conflict(text_b: str, kw: dict[str, str]) -> None:
    a = _length("a1:c1", "En trois ans et quatre mois, Marie Curval a bâti son entreprise", predicate="bâtir")
    b = _length("b1:c1", text_b, **kw)
    assert _kind(_side(a, "2025-06-02"), _side(b, "2025-06-03", "autre.fr")) is None


# -- an accused party's defence against the accusation ----------------------------------------------------
_DEFENCE = "Soupçons de violences au club : « Je n'ai jamais frappé un joueur », se défend l'entraîneur"


def _defence(cid: str = "a1:c1", sentence: str = _DEFENCE, text: str = "Je n'ai jamais frappé un joueur",
             **kw: object) -> Claim:
    base: dict[str, object] = {"sentence": sentence, "subject": "je", "predicate": "frapper", "negated": True,
                               "modality": "reported", "attributed_to": "entraîneur", "cue": "défendre"}
    return claim(cid, text, **(base | kw))


def test_an_accused_partys_defence_disputes_the_accusation_of_that_wrong() -> None:
    accusation = claim("b1:c1", "Plusieurs joueurs dénoncent des violences de leur entraîneur", subject="joueurs",
                       predicate="dénoncer", modality="reported")
    hit = compare(_side(_defence(), "2025-06-02"), _side(accusation, "2025-06-02", "autre.fr"))
    assert hit is not None and hit.kind == "denial"
    testimony = claim("c1:c2", "après des témoignages évoquant des coups et blessures", predicate="placer")
    assert _kind(_side(_defence(), "2025-06-02"), _side(testimony, "2025-06-02", "autre.fr")) == "denial"


@pytest.mark.parametrize(("defence", "other"), [
    # another wrong
    (_defence(), claim("b1:c1", "Plusieurs joueurs dénoncent des détournements de fonds", predicate="dénoncer")),
    # a wrong told without an accusation or a testimony
    (_defence(), claim("b1:c1", "Les violences ont éclaté après le match", predicate="éclater")),
    # not negated: no defence (« je ne regrette rien » is, « j'assume » is not)
    (_defence(negated=False), claim("b1:c1", "Plusieurs joueurs dénoncent des violences", predicate="dénoncer")),
    # another cue than a defence
    (_defence(cue="affirmer"), claim("b1:c1", "Plusieurs joueurs dénoncent des violences", predicate="dénoncer")),
    # one article
    (_defence(), claim("a1:c2", "Plusieurs joueurs dénoncent des violences", predicate="dénoncer")),
])
def test_no_defence_against_another_wrong_a_mere_account_or_in_one_article(defence: Claim, other: Claim) -> None:
    assert _kind(_side(defence, "2025-06-02"), _side(other, "2025-06-02", "autre.fr")) is None


def test_a_defence_names_its_wrong_by_its_headline_when_its_sentence_does_not() -> None:
    from recoupe.claims.contradictions import conflict_keys, defended_wrongs

    bare = _defence(sentence="« Je n'ai jamais levé la main sur un joueur », se défend l'entraîneur",
                    text="Je n'ai jamais levé la main sur un joueur", predicate="lever")
    assert defended_wrongs(bare) == frozenset()
    assert defended_wrongs(bare, "Harcèlement et violences au club de handball") == {"violence", "harcelement"}
    accusation = claim("b1:c1", "Plusieurs joueurs dénoncent des violences", predicate="dénoncer")
    assert "DF:violence" in conflict_keys(_defence())[0] and "DF:violence" in conflict_keys(accusation)[1]
    assert "AC:violence" in conflict_keys(accusation)[0] and "AC:violence" in conflict_keys(_defence())[1]


# -- counts of areas under an alert ------------------------------------------------------------------
def test_counts_of_areas_under_an_alert_update_each_other_other_area_counts_still_conflict() -> None:
    """An alert is extended through the day: « trois départements en vigilance rouge » and « cinq
    départements désormais en vigilance rouge » the same day are an update, as are the two counts a
    day apart; two counts of départements a strike touches, without an alert, are still two versions."""
    three = claim("a1:c1", "Canicule : trois départements placés en vigilance rouge ce mardi",
                  predicate="placer")
    five = claim("b1:c1", "Météo-France a placé cinq départements du Centre désormais en vigilance rouge mardi",
                 predicate="placer")
    assert _kind(_side(three, "2025-07-01"), _side(five, "2025-07-01", "autre.fr")) == "update"
    plain = claim("b3:c1", "Météo-France a placé cinq départements du Centre en vigilance rouge",
                  predicate="placer")
    assert _kind(_side(three, "2025-07-01"), _side(plain, "2025-07-02", "autre.fr")) == "update"
    thirty = claim("a2:c1", "La grève des agents touche trente départements", predicate="toucher")
    twelve = claim("b2:c1", "La grève des agents touche douze départements", predicate="toucher")
    assert _kind(_side(thirty, "2025-07-01"), _side(twelve, "2025-07-01", "autre.fr")) == "quantity"


def test_counts_of_areas_under_an_alert_of_the_same_hour_conflict() -> None:
    """Two outlets' alert counts published within the hour are two versions of one count; an hour
    or more apart, or dated by the day alone, the later count updates the earlier one."""
    three = claim("a1:c1", "Canicule : trois départements placés en vigilance rouge ce mardi",
                  predicate="placer")
    five = claim("b1:c1", "Météo-France a placé cinq départements du Centre en vigilance rouge mardi",
                 predicate="placer")

    def at(c: Claim, stamp: str, outlet: str) -> Side:
        return Side(c, outlet=outlet, published=date(2025, 7, 1), stamp=stamp)

    same_hour = (at(three, "2025-07-01T10:05:00+00:00", "journal.fr"),
                 at(five, "2025-07-01T10:40:00+00:00", "autre.fr"))
    assert _kind(*same_hour) == "quantity"
    apart = (at(three, "2025-07-01T08:00:00+00:00", "journal.fr"), at(five, "2025-07-01T15:00:00+00:00", "autre.fr"))
    assert _kind(*apart) == "update"
    one_outlet = (at(three, "2025-07-01T10:05:00+00:00", "journal.fr"),
                  at(five, "2025-07-01T10:40:00+00:00", "journal.fr"))
    assert _kind(*one_outlet) == "update"  # one source revising its own count


def _alert(cid: str, text: str, time: str = "2025-07-05") -> Claim:
    return claim(cid, text, predicate="placer", time=time)


def test_two_outlets_alert_counts_of_one_day_and_one_bulletin_conflict() -> None:
    """Two outlets' counts of areas under one alert, published the same day with no time to order
    them, for the same day and neither telling the list as changed: two versions of one bulletin."""
    seven = _alert("a1:c1", "Orages : sept départements en vigilance orange samedi")
    three = _alert("b1:c1", "Météo-France place trois départements en vigilance orange samedi")
    assert _kind(_side(seven, "2025-07-04"), _side(three, "2025-07-04", "autre.fr")) == "quantity"


@pytest.mark.parametrize("text", [
    "Orages : plus que trois départements en vigilance orange samedi",  # the list shrank
    "Orages : trois départements toujours en vigilance orange samedi",  # the list held
    "Orages : trois départements du Nord maintenus en vigilance orange samedi",
    "Orages : trois départements supplémentaires en vigilance orange samedi",  # more added
])
def test_an_alert_count_told_as_changed_or_held_updates_the_other(text: str) -> None:
    seven = _alert("a1:c1", "Orages : sept départements en vigilance orange samedi")
    other = _alert("b1:c1", text)
    assert _kind(_side(seven, "2025-07-04"), _side(other, "2025-07-04", "autre.fr")) == "update"


def test_alert_counts_of_one_outlet_two_days_or_two_parts_of_the_day_update() -> None:
    """One outlet's two counts, counts of two publication days, a count of the evening against one
    of the whole day (another scope), a report placed in its day against one that is not: the
    later count cannot be told from a second version; they stay updates."""
    seven = _alert("a1:c1", "Orages : sept départements en vigilance orange samedi")
    three = _alert("b1:c1", "Météo-France place trois départements en vigilance orange samedi")
    assert _kind(_side(seven, "2025-07-04"), _side(three, "2025-07-04")) == "update"  # both journal.fr
    assert _kind(_side(seven, "2025-07-04"), _side(three, "2025-07-05", "autre.fr")) == "update"
    evening = _alert("c1:c1", "Météo-France place trois départements en vigilance orange samedi soir",
                     time="2025-07-05TEV")
    assert _kind(_side(seven, "2025-07-04"), _side(evening, "2025-07-04", "autre.fr")) == "update"
    timed = Side(three, outlet="autre.fr", published=date(2025, 7, 4), stamp="2025-07-04T18:00:00+00:00")
    assert _kind(_side(seven, "2025-07-04"), timed) == "update"
    undated = claim("d1:c1", "Trois départements du Nord figurent en vigilance orange", predicate="placer")
    assert _kind(_side(seven, "2025-07-05"), _side(undated, "2025-07-05", "autre.fr")) == "update"  # no day named


def test_a_bulletin_of_several_days_is_read_figure_by_figure() -> None:
    """A claim listing the counts of two days (« lundi 7 juillet : quatre … ; mardi 8 juillet : deux … »)
    is compared, figure by figure, with the count of the day each belongs to; a coming day's alert
    count is a count (the bulletin that placed the areas is out)."""
    listed = claim("a1:c1", "Lundi 7 juillet 2025 : quatre départements du Nord placés en vigilance orange. "
                   "Mardi 8 juillet 2025 : deux départements du Nord placés en vigilance orange", time="2025-07-07")
    tuesday = claim("b1:c1", "Météo de mardi 8 juillet : cinq départements en vigilance orange",
                    time="2025-07-08", planned=True)
    hit = compare(_side(listed, "2025-07-07"), _side(tuesday, "2025-07-07", "autre.fr"))
    assert hit is not None and hit.kind == "quantity"
    assert "cinq" in hit.explanation and "deux" in hit.explanation and "quatre" not in hit.explanation
    monday = claim("c1:c1", "Météo de lundi 7 juillet : quatre départements en vigilance orange",
                   time="2025-07-07")
    assert _kind(_side(listed, "2025-07-07"), _side(monday, "2025-07-07", "autre.fr")) is None


def test_alert_counts_of_two_hazards_or_two_levels_are_no_versions() -> None:
    """Counts of two lists of one day (two hazards, two levels) are no two versions of one count; the
    last, whose hazard is told by its sentence, is."""
    heat = claim("a1:c1", "Canicule : douze départements en vigilance orange mercredi", time="2025-07-09")
    storm = claim("b1:c1", "Orages : trois départements en vigilance orange mercredi", time="2025-07-09")
    assert _kind(_side(heat, "2025-07-09"), _side(storm, "2025-07-09", "autre.fr")) == "update"
    red = claim("c1:c1", "Canicule : trois départements du Nord en vigilance rouge mercredi", time="2025-07-09")
    assert _kind(_side(heat, "2025-07-09"), _side(red, "2025-07-09", "autre.fr")) == "update"
    told = claim("d1:c1", "Trois départements en vigilance orange mercredi", time="2025-07-09",
                 sentence="Canicule : trois départements en vigilance orange mercredi, selon le bulletin.")
    assert _kind(_side(heat, "2025-07-09"), _side(told, "2025-07-09", "autre.fr")) == "quantity"


def test_a_span_of_days_counts_a_total_that_no_day_of_it_contradicts() -> None:
    """« du lundi … au vendredi …, 85 interpellés » totals a span of days: two days named are no bulletin
    of the days ahead unless areas under an alert are counted, so the span's total is not set against
    one day's count."""
    week = claim("a1:c1", "Du lundi 10 novembre au vendredi 14 novembre, 85 supporters ont été interpellés à Lyon",
                 predicate="interpeller", time="2025-11-10")
    friday = claim("b1:c1", "Vendredi 14 novembre, 30 supporters ont été interpellés à Lyon",
                   predicate="interpeller", time="2025-11-14")
    assert _kind(_side(week, "2025-11-14"), _side(friday, "2025-11-15", "autre.fr")) is None


def test_a_figure_of_a_bulletin_is_placed_where_it_stands_not_where_its_text_first_occurs() -> None:
    """« sept départements » also stands inside « dix-sept départements »: the figure is dated by its own
    place in the text, so the 17 of Tuesday is not read as Wednesday's count."""
    listed = claim("a1:c1", "Canicule : mardi 18 août 2026, dix-sept départements en vigilance orange ; "
                   "mercredi 19 août 2026, sept départements en vigilance orange", predicate="placer",
                   time="2026-08-18")
    tuesday = claim("b1:c1", "Météo-France place 17 départements en vigilance orange mardi", predicate="placer",
                    time="2026-08-18")
    assert _kind(_side(listed, "2026-08-18"), _side(tuesday, "2026-08-18", "autre.fr")) is None

from __future__ import annotations

import itertools
import random
from datetime import date
from typing import Any

import pytest

from recoupe.claims.contradictions import KINDS, Side, announcement, compare, conflict_keys, find_for, is_conflict
from recoupe.model import Article, ArticleAnalysis, Claim
from recoupe.storage import Store


def _c(cid: str, text: str = "t", **kw: Any) -> Claim:
    base: dict[str, Any] = dict(id=cid, article_id=cid.split(":")[0], text=text, sentence=kw.pop("sentence", text),
                                start=0, end=len(text), subject="X", predicate="rencontrer")
    base.update(kw)
    return Claim(**base)


def _side(c: Claim, outlet: str = "", day: str = "2024-03-02", stamp: str = "") -> Side:
    return Side(c, outlet=outlet, published=date.fromisoformat(day), stamp=stamp)


def _kind(a: Claim | Side, b: Claim | Side) -> str | None:
    hit = compare(a, b)
    back = compare(b, a)
    assert hit == back, "compare() must not depend on the order of its arguments"
    return hit.kind if hit else None


# -- quantity ------------------------------------------------------------------------------------------
def test_contradictions_quantity_cgt_against_police_names_both_sides() -> None:
    a = _c("a1:c0", "3 000 grévistes ont défilé à Paris", subject="3 000 grévistes", predicate="défiler",
           attributed_to="la CGT")
    b = _c("b1:c0", "800 grévistes ont défilé à Paris", subject="800 grévistes", predicate="défiler",
           attributed_to="la police")
    hit = compare(_side(a, "Le Monde"), _side(b, "Libération"))
    assert hit is not None and hit.kind == "quantity" and not hit.same_article
    assert "3 000 grévistes selon la CGT" in hit.explanation and "800 grévistes selon la police" in hit.explanation


def test_contradictions_quantity_two_clauses_of_one_sentence_with_their_sources() -> None:
    s = "Ils étaient 3 000 grévistes selon la CGT, 800 selon la police."
    a = _c("a1:c0", "Ils étaient 3 000 grévistes selon la CGT", sentence=s, predicate="être")
    b = _c("a1:c1", "800 selon la police", sentence=s, predicate="être")
    hit = compare(a, b)
    assert hit is not None and hit.kind == "quantity" and hit.same_article
    assert "la CGT" in hit.explanation and "la police" in hit.explanation


def test_contradictions_orders_of_magnitude_that_name_no_number_never_conflict() -> None:
    # « des milliers » and « des dizaines de milliers » both say "many": no versions to set apart
    a = _c("a1:c0", "Des milliers de masques défectueux vendus en Belgique", predicate="vendre")
    b = _c("b1:c0", "Des dizaines de milliers de masques défectueux vendus en Belgique", predicate="vendre")
    assert _kind(_side(a, "Le Soir"), _side(b, "La Libre")) is None
    c = _c("c1:c0", "Deux mille masques défectueux vendus en Belgique", predicate="vendre")
    d = _c("d1:c0", "Trente mille masques défectueux vendus en Belgique", predicate="vendre")
    assert _kind(_side(c, "Le Soir"), _side(d, "La Libre")) == "quantity"


def test_contradictions_quantity_outlets_disagree_on_an_approximate_count() -> None:
    a = _c("a1:c0", "Une quarantaine de manifestants se sont rassemblés devant la mairie", predicate="rassembler")
    b = _c("b1:c0", "Une trentaine de manifestants se sont rassemblés devant la mairie", predicate="rassembler")
    hit = compare(_side(a, "Ouest-France"), _side(b, "Le Télégramme"))
    assert hit is not None and hit.kind == "quantity"
    assert "Ouest-France" in hit.explanation and "Le Télégramme" in hit.explanation


@pytest.mark.parametrize(("ta", "tb", "kind"), [
    ("Un séisme de magnitude 6,2 a frappé le centre du pays", "Un séisme de magnitude 5,8 a frappé le centre du pays",
     "quantity"),
    ("Le foyer se situe à 10 km de profondeur", "Le foyer se situe à 35 km de profondeur", "quantity"),
    ("Le suspect, âgé de 45 ans, a été interpellé", "Le suspect, âgé de 52 ans, a été interpellé", "quantity"),
    ("Près de 3 000 manifestants ont défilé", "2 900 manifestants ont défilé", None),  # approximations overlap
    ("Plus de 500 manifestants ont défilé", "800 manifestants ont défilé", None),  # a lower bound
    ("3 000 grévistes à Paris", "800 000 grévistes dans toute la France", None),  # another scope
    ("12 morts à Kharkiv", "3 morts à Odessa", None),  # another place: another count
    ("Le budget atteint 500 euros", "Le suspect a 45 ans", None),  # different things
])
def test_contradictions_quantity_compares_like_with_like(ta: str, tb: str, kind: str | None) -> None:
    a, b = _c("a1:c0", ta, predicate="être"), _c("b1:c0", tb, predicate="être")
    assert _kind(_side(a, "A"), _side(b, "B")) == kind


def test_contradictions_figures_of_different_actors_are_different_counts() -> None:
    a = _c("a1:c0", "Le séisme a fait 120 morts", predicate="faire", subject="Le séisme")
    b = _c("b1:c0", "L'incendie a fait 12 morts", predicate="faire", subject="L'incendie")
    assert _kind(_side(a, "A"), _side(b, "B")) is None
    c = _c("c1:c0", "Le maire a reçu 3 000 lettres", predicate="recevoir", subject_entity="p1")
    d = _c("d1:c0", "La députée a reçu 800 lettres", predicate="recevoir", subject_entity="p2")
    assert _kind(_side(c, "A"), _side(d, "B")) is None


def test_contradictions_the_sources_of_a_count_may_differ() -> None:
    a = _c("a1:c0", "La CGT revendique 3 000 grévistes", predicate="revendiquer", subject_entity="cgt",
           lemmas=["cgt", "revendiquer", "gréviste"])
    b = _c("b1:c0", "La préfecture a compté 800 grévistes", predicate="compter", subject_entity="pref",
           lemmas=["préfecture", "compter", "gréviste"])
    assert _kind(_side(a, "A"), _side(b, "B")) == "quantity"


def test_contradictions_one_article_giving_two_counts_is_not_a_contradiction() -> None:
    a = _c("a1:c0", "12 morts ont été recensés dans la ville", predicate="recenser")
    b = _c("a1:c3", "3 morts ont été recensés dans le village voisin", predicate="recenser")
    assert compare(a, b) is None


# -- update ---------------------------------------------------------------------------------------------
def test_contradictions_a_toll_that_rises_between_days_is_an_update() -> None:
    a = _c("a1:c0", "Le séisme a fait 120 morts", predicate="faire", subject="le séisme")
    b = _c("b1:c0", "Le séisme a fait 350 morts", predicate="faire", subject="le séisme")
    hit = compare(_side(a, "A", "2024-03-02"), _side(b, "B", "2024-03-03"))
    assert hit is not None and hit.kind == "update" and not is_conflict(hit.kind)
    assert hit.explanation.index("120 morts") < hit.explanation.index("350 morts")


def test_contradictions_a_source_that_now_gives_another_figure_is_an_update() -> None:
    """« l'avocate dit désormais compter 31 plaintes » against « 32 plaintes », the same day: the
    text says the figure replaces an earlier one."""
    a = _c("a1:c0", "L'avocat recense 32 plaintes", predicate="recenser", subject="l'avocat")
    b = _c("b1:c0", "L'avocat recense désormais 31 plaintes", predicate="recenser", subject="l'avocat")
    hit = compare(_side(a, "A"), _side(b, "B"))
    assert hit is not None and hit.kind == "update"
    c = _c("c1:c0", "L'avocat recense 31 plaintes", predicate="recenser", subject="l'avocat")
    other = compare(_side(a, "A"), _side(c, "C"))
    assert other is not None and other.kind == "quantity"


def test_contradictions_a_count_still_running_is_an_update() -> None:
    """« 40 familles ont déjà été relogées » against « 95 familles relogées », the same day: a
    figure said with « déjà » is a count under way, which a larger one updates."""
    a = _c("a1:c0", "40 familles ont déjà été relogées par la mairie", predicate="reloger", subject="40 familles")
    b = _c("b1:c0", "95 familles ont été relogées par la mairie", predicate="reloger", subject="95 familles")
    hit = compare(_side(a, "A"), _side(b, "B"))
    assert hit is not None and hit.kind == "update"
    c = _c("c1:c0", "40 familles ont été relogées par la mairie", predicate="reloger", subject="40 familles")
    other = compare(_side(c, "C"), _side(b, "B"))
    assert other is not None and other.kind == "quantity"


def test_contradictions_a_toll_hours_apart_is_an_update() -> None:
    a = _c("a1:c0", "L'incendie a déjà parcouru 1 200 hectares", predicate="parcourir", subject="l'incendie")
    b = _c("b1:c0", "L'incendie a parcouru 3 000 hectares", predicate="parcourir", subject="l'incendie")
    hit = compare(_side(a, "A", stamp="2024-03-02T08:00:00"), _side(b, "B", stamp="2024-03-02T17:30:00"))
    assert hit is not None and hit.kind == "update"


def test_contradictions_contemporaneous_tolls_from_two_named_sources_conflict() -> None:
    a = _c("a1:c0", "L'attaque a fait 12 morts", predicate="faire", attributed_to="le ministère de la Santé")
    b = _c("b1:c0", "L'attaque a fait 40 morts", predicate="faire", attributed_to="l'ONG")
    assert _kind(_side(a, "A", stamp="2024-03-02T08:00:00"), _side(b, "B", stamp="2024-03-02T08:20:00")) == "quantity"


def test_contradictions_a_toll_that_falls_later_is_a_contradiction() -> None:
    a = _c("a1:c0", "Le séisme a fait 350 morts", predicate="faire")
    b = _c("b1:c0", "Le séisme a fait 120 morts", predicate="faire")
    assert _kind(_side(a, "A", "2024-03-02"), _side(b, "B", "2024-03-05")) == "quantity"


# -- place ------------------------------------------------------------------------------------------------
def test_contradictions_different_cities_for_one_visit() -> None:
    a = _c("a1:c0", "Le président s'est rendu à Lyon", predicate="rendre", subject_entity="p1", place="Lyon",
           place_entity="e1")
    b = _c("b1:c0", "Le président s'est rendu à Marseille", predicate="rendre", subject_entity="p1",
           place="Marseille", place_entity="e2")
    hit = compare(_side(a, "A"), _side(b, "B"))
    assert hit is not None and hit.kind == "place" and "Lyon" in hit.explanation and "Marseille" in hit.explanation


@pytest.mark.parametrize(("pa", "pb"), [
    ("la tour Eiffel", "Paris"),  # a landmark and its city
    ("Lyon", "France"),  # a city and its country
    ("le Vieux-Port de Marseille", "Marseille"),  # a site named after its city
    ("Paris", "Paris"),
])
def test_contradictions_containment_is_no_conflict(pa: str, pb: str) -> None:
    a = _c("a1:c0", f"Le président s'est rendu à {pa}", predicate="rendre", subject_entity="p1", place=pa,
           place_entity="e1")
    b = _c("b1:c0", f"Le président s'est rendu à {pb}", predicate="rendre", subject_entity="p1", place=pb,
           place_entity="e2")
    assert _kind(a, b) is None


def test_contradictions_different_people_travelling_to_different_cities_is_no_conflict() -> None:
    a = _c("a1:c0", "La ministre s'est rendue à Lyon", predicate="rendre", subject_entity="p1", place="Lyon",
           place_entity="e1")
    b = _c("a1:c4", "Le Premier ministre s'est rendu à Marseille", predicate="rendre", subject_entity="p2",
           place="Marseille", place_entity="e2")
    assert _kind(a, b) is None
    b2 = _c("b1:c4", b.text, predicate="rendre", subject_entity="p2", place="Marseille", place_entity="e2")
    assert _kind(a, b2) is None


def test_contradictions_two_trips_reported_days_apart_are_two_events() -> None:
    a = _c("a1:c0", "Le président s'est rendu à Lyon", predicate="rendre", subject_entity="p1", place="Lyon",
           place_entity="e1")
    b = _c("b1:c0", "Le président s'est rendu à Marseille", predicate="rendre", subject_entity="p1",
           place="Marseille", place_entity="e2")
    assert _kind(_side(a, "A", "2024-03-02"), _side(b, "B", "2024-03-09")) is None


def test_contradictions_one_article_telling_two_trips_of_one_person_is_no_conflict() -> None:
    a = _c("a1:c0", "Le président s'est rendu à Lyon", predicate="rendre", subject_entity="p1", place="Lyon",
           place_entity="e1")
    b = _c("a1:c5", "Le président s'est ensuite rendu à Marseille", predicate="rendre", subject_entity="p1",
           place="Marseille", place_entity="e2")
    assert _kind(a, b) is None


def test_contradictions_relative_direction_against_a_city_of_the_other_side() -> None:
    a = _c("a1:c0", "Il a rencontré le président russe dans l'ouest du pays", predicate="rencontrer",
           subject_entity="p1", object_entity="putin")
    b = _c("b1:c0", "Il a rencontré le président russe à Vladivostok", predicate="rencontrer", subject_entity="p1",
           place="Vladivostok", place_entity="e9", object_entity="putin")
    hit = compare(a, b)
    assert hit is not None and hit.kind == "place"
    c = _c("c1:c0", "Il a rencontré le président russe à Moscou", predicate="rencontrer", subject_entity="p1",
           place="Moscou", place_entity="e8", object_entity="putin")
    assert compare(a, c) is None  # Moscow lies in the west


def test_contradictions_planned_here_happened_there() -> None:
    a = _c("a1:c0", "Kim devrait se rendre à Vladivostok", predicate="rendre", subject_entity="p1",
           place="Vladivostok", place_entity="e1", planned=True, modality="conditional")
    b = _c("b1:c0", "Kim a rencontré Poutine à Novossibirsk", predicate="rencontrer", subject_entity="p1",
           place="Novossibirsk", place_entity="e2")
    hit = compare(_side(a, "A"), _side(b, "B"))
    assert hit is not None and hit.kind == "planned_vs_happened"
    assert "Vladivostok" in hit.explanation and "Novossibirsk" in hit.explanation


def test_contradictions_two_hedged_places_are_alternatives() -> None:
    a = _c("a1:c0", "Il pourrait se rendre à Lyon", predicate="rendre", subject_entity="p1", place="Lyon",
           place_entity="e1", modality="speculative", planned=True)
    b = _c("b1:c0", "Il pourrait se rendre à Marseille", predicate="rendre", subject_entity="p1", place="Marseille",
           place_entity="e2", modality="speculative", planned=True)
    assert _kind(a, b) is None


# -- date --------------------------------------------------------------------------------------------------
def test_contradictions_different_days_for_one_event() -> None:
    a = _c("a1:c0", "Le président a signé le décret mardi", predicate="signer", subject_entity="p1",
           object="le décret", time="2024-03-05")
    b = _c("b1:c0", "Le président a signé le décret jeudi", predicate="signer", subject_entity="p1",
           object="le décret", time="2024-03-07")
    hit = compare(_side(a, "A"), _side(b, "B"))
    assert hit is not None and hit.kind == "date" and "2024-03-05" in hit.explanation


def test_contradictions_a_month_contains_its_days() -> None:
    a = _c("a1:c0", "Le président a signé le décret en mars", predicate="signer", subject_entity="p1",
           object="le décret", time="2024-03")
    b = _c("b1:c0", "Le président a signé le décret le 7 mars", predicate="signer", subject_entity="p1",
           object="le décret", time="2024-03-07")
    assert _kind(a, b) is None


def test_contradictions_different_actions_on_different_days_do_not_conflict() -> None:
    a = _c("a1:c0", "Le président a signé le décret mardi", predicate="signer", subject_entity="p1",
           object="le décret", time="2024-03-05")
    b = _c("b1:c0", "Le président a visité l'usine jeudi", predicate="visiter", subject_entity="p1",
           object="l'usine", time="2024-03-07")
    assert _kind(a, b) is None


# -- direction ----------------------------------------------------------------------------------------------
def test_contradictions_who_supplies_whom() -> None:
    a = _c("a1:c0", "La Corée du Nord fournit des obus à la Russie", predicate="fournir", subject_entity="kp",
           object="des obus", place="la Russie", place_entity="ru")
    b = _c("b1:c0", "La Russie livre des obus à la Corée du Nord", predicate="livrer", subject_entity="ru",
           object="des obus", place="la Corée du Nord", place_entity="kp")
    hit = compare(_side(a, "A"), _side(b, "B"))
    assert hit is not None and hit.kind == "direction"
    same_way = _c("c1:c0", "La Russie achète des obus à la Corée du Nord", predicate="acheter", subject_entity="ru",
                  object="des obus", place="la Corée du Nord", place_entity="kp")
    assert _kind(a, same_way) is None  # the same flow told from the receiver's side
    other_goods = _c("d1:c0", "La Russie livre du pétrole à la Corée du Nord", predicate="livrer",
                     subject_entity="ru", object="du pétrole", place="la Corée du Nord", place_entity="kp")
    assert _kind(a, other_goods) is None  # a trade both ways


# -- denial and attribution ------------------------------------------------------------------------------------
def test_contradictions_a_ministry_denies_what_the_army_is_said_to_have_done() -> None:
    a = _c("a1:c0", "L'armée a bombardé le camp de réfugiés", predicate="bombarder", subject_entity="army",
           object="le camp de réfugiés", lemmas=["armée", "bombarder", "camp", "réfugié"])
    b = _c("b1:c0", "Le ministère a démenti avoir bombardé le camp", predicate="bombarder", subject_entity="min",
           subject="Le ministère", modality="denied", cue="démentir", object="le camp",
           lemmas=["ministère", "démentir", "bombarder", "camp"])
    hit = compare(_side(a, "Le Monde"), _side(b, "France 24"))
    assert hit is not None and hit.kind == "denial" and "Le ministère" in hit.explanation


def test_contradictions_denying_another_action_is_no_conflict() -> None:
    a = _c("a1:c0", "L'armée a bombardé le camp de réfugiés", predicate="bombarder", subject_entity="army",
           object="le camp", lemmas=["armée", "bombarder", "camp", "réfugié"])
    b = _c("b1:c0", "Le ministère dément avoir signé l'accord", predicate="signer", subject_entity="min",
           modality="denied", cue="démentir", object="l'accord", lemmas=["ministère", "démentir", "signer", "accord"])
    assert _kind(a, b) is None


def test_contradictions_a_negated_event_is_not_a_denial() -> None:
    a = _c("a1:c0", "La mobilisation faiblit", predicate="faiblir", lemmas=["mobilisation", "faiblir"])
    b = _c("b1:c0", "La mobilisation ne faiblit pas", predicate="faiblir", negated=True,
           lemmas=["mobilisation", "faiblir"])
    assert _kind(a, b) is None


def test_contradictions_x_said_it_x_denies_having_said_it() -> None:
    a = _c("a1:c0", "la réforme sera retirée", predicate="retirer", attributed_to="le ministre Dupont",
           modality="reported", lemmas=["réforme", "retirer"])
    b = _c("b1:c0", "Le ministre Dupont dément avoir dit que la réforme serait retirée", predicate="dire",
           subject="Le ministre Dupont", modality="denied", cue="démentir",
           lemmas=["ministre", "démentir", "dire", "réforme", "retirer"])
    hit = compare(_side(a, "A"), _side(b, "B"))
    assert hit is not None and hit.kind == "attribution"


def test_contradictions_kinds_and_conflict_flag() -> None:
    assert set(KINDS) >= {"quantity", "place", "date", "direction", "denial", "planned_vs_happened", "attribution",
                          "update"}
    assert "self" not in KINDS and all(is_conflict(k) for k in KINDS if k != "update") and not is_conflict("update")


# -- retrieval: keys never hide a conflict, and mirror each other ---------------------------------------------------
def _grid() -> list[Claim]:
    out = []
    texts = ["12 morts", "40 morts", "une quarantaine de blessés", "une trentaine de blessés", ""]
    places = [("", ""), ("Lyon", "e1"), ("Marseille", "e2"), ("la tour Eiffel", "e3")]
    preds = [("rencontrer", []), ("bombarder", ["bombarder", "camp"]), ("livrer", ["livrer", "obus"]),
             ("acheter", ["acheter", "obus"])]
    grid = itertools.product(["p1", "p2", ""], texts, places, ["", "2024-03-05", "2024-03-07"],
                             ["asserted", "conditional", "denied"], preds, [False, True])
    for i, (subj, text, (place, pe), t, mod, (pred, lem), planned) in enumerate(grid):
        if i % 3:
            continue
        out.append(_c(f"a{i % 17}:c{i}", f"Il {pred} {text}".strip(), subject="il" if not subj else "Il",
                      subject_entity=subj, place=place, place_entity=pe, time=t, modality=mod, predicate=pred,
                      lemmas=lem, planned=planned, object="des obus", object_entity="", attributed_to=""))
    return out


def test_contradictions_every_conflict_shares_a_key_and_keys_mirror() -> None:
    claims = _grid()
    keys = {c.id: conflict_keys(c) for c in claims}
    flagged = 0
    for a, b in itertools.combinations(claims, 2):
        fa, la = keys[a.id]
        fb, lb = keys[b.id]
        assert bool(la & fb) == bool(lb & fa), (a, b)  # a finds b exactly when b would find a
        if compare(a, b) is not None:
            flagged += 1
            assert la & fb, (a, b)
    assert flagged > 50


def _integrate(store: Store, claims: list[Claim]) -> set[tuple[str, str, str]]:
    with store.transaction():
        store.create_story("s1", "grid")
        for aid in sorted({c.article_id for c in claims}):
            store.add_raw(aid, _raw(aid))
            store.add_article(Article(id=aid, origin=aid, text="t", outlet=f"outlet-{aid}",
                                      published=date(2024, 3, 1 + int(aid[1:]) % 3)), [], "")
            store.add_to_story("s1", aid, {}, None)
        by_article: dict[str, list[Claim]] = {}
        for c in claims:
            by_article.setdefault(c.article_id, []).append(c)
        for aid, cs in by_article.items():  # articles arrive in the order of the list
            store.save_analysis(ArticleAnalysis(article_id=aid, claims=cs))
            for c in cs:
                find_for(store, c, "s1")
    return {(r["kind"], r["claim_a"], r["claim_b"]) for r in store.contradictions(updates=True)}


def _raw(aid: str):  # type: ignore[no-untyped-def]
    from recoupe.model import RawDocument

    return RawDocument(origin=aid, fmt="text", raw=aid.encode(), fields={})


def test_contradictions_same_claims_in_any_order_give_the_same_contradictions() -> None:
    claims = _grid()[::3]  # a story of ~290 claims: no key holds more than the store's bound
    order = sorted({c.article_id for c in claims})
    results = []
    rng = random.Random(13)
    for _ in range(3):
        rng.shuffle(order)
        ranked = {aid: n for n, aid in enumerate(order)}
        shuffled = sorted(claims, key=lambda c: ranked[c.article_id])
        s = Store.open(":memory:")
        try:
            results.append(_integrate(s, shuffled))
        finally:
            s.close()
    assert results[0] and len(results[0]) > 20
    assert results[0] == results[1] == results[2]


def test_contradictions_updates_are_kept_apart_from_contradictions(store: Store) -> None:
    a = _c("a1:c0", "Le séisme a fait 120 morts", predicate="faire", subject="le séisme")
    b = _c("a2:c0", "Le séisme a fait 350 morts", predicate="faire", subject="le séisme")
    _integrate(store, [a, b])
    assert [r["kind"] for r in store.updates("s1")] == ["update"]
    assert store.contradictions("s1") == []
    assert [r["kind"] for r in store.contradictions("s1", updates=True)] == ["update"]


# -- figures that are not two versions of one count (measured on the cross-checking gold) -------------
@pytest.mark.parametrize(("a", "b", "pa", "pb"), [
    ("Un séisme de magnitude 7,7 a secoué l'est de l'Indonésie",
     "une nouvelle secousse de magnitude 6,9 a été enregistrée", "secouer", "enregistrer"),
    ("Un groupe de sept personnes a été pris dans une coulée de boue", "cinq autres personnes sont sorties indemnes",
     "prendre", "sortir"),
    ("350.000 particuliers ont déjà été informés par courriel",
     "678.000 particuliers sont concernés par la cyberattaque", "informer", "concerner"),
    ("Elle résidait depuis trois ans dans une résidence médicalisée", "Yvette Roudy est morte à 97 ans",
     "résider", "mourir"),
])
def test_contradictions_other_events_subsets_and_durations_do_not_conflict(a: str, b: str, pa: str, pb: str) -> None:
    x, y = _c("a1:c0", a, predicate=pa, subject=""), _c("b1:c0", b, predicate=pb, subject="")
    assert _kind(_side(x, "A"), _side(y, "B")) is None


def test_contradictions_an_earlier_figure_is_an_update() -> None:
    a = _c("a1:c0", "Un précédent bilan faisait état de 20 morts", predicate="faire", subject="",
           lemmas=["précédent", "bilan", "faire", "état", "mort"])
    b = _c("b1:c0", "Au moins 38 personnes ont été tuées selon un bilan révisé des secours", predicate="tuer",
           subject="", lemmas=["personne", "tuer", "bilan", "réviser", "secours"])
    assert _kind(_side(a, "A"), _side(b, "B")) == "update"


def test_denial_verb_agrees_with_its_subject() -> None:
    from recoupe.claims.contradictions import _deny_verb

    assert _deny_verb("deux États") == "démentent"
    assert _deny_verb("Moscou et Pyongyang") == "démentent"
    assert _deny_verb("Les autorités") == "démentent"
    assert _deny_verb("le Kremlin") == "dément"


def test_a_months_figure_and_an_undated_one_of_another_month_do_not_conflict() -> None:
    from datetime import date

    from recoupe.claims.contradictions import Side, check_quantity

    def side(cid: str, text: str, time: str, published: date) -> Side:
        c = Claim(id=cid, article_id=cid.split(":")[0], text=text, sentence=text, start=0, end=len(text), subject="",
                  predicate="tuer", time=time, group_id="g1")
        return Side(c, outlet=cid, published=published)

    night = side("a:c1", "Au total, six morts sont à déplorer", "", date(2026, 8, 16))
    july = side("b:c1", "en juillet, les frappes ont tué 54 personnes", "2026-07", date(2026, 8, 16))
    assert check_quantity(night, july) is None and check_quantity(july, night) is None
    other = side("c:c1", "Au total, neuf morts sont à déplorer", "", date(2026, 8, 16))
    assert check_quantity(night, other) is not None


def test_another_occurrence_is_not_compared_even_in_one_group() -> None:
    """« une nouvelle frappe a fait deux morts » tells another strike than « la frappe a fait 16
    morts », whatever the grouping made of them; the same telling without « nouvelle » disagrees."""
    from datetime import date

    from recoupe.claims.contradictions import Side, check_quantity

    def side(cid: str, text: str) -> Side:
        c = Claim(id=cid, article_id=cid.split(":")[0], text=text, sentence=text, start=0, end=len(text), subject="",
                  predicate="faire", group_id="g1")
        return Side(c, outlet=cid, published=date(2026, 8, 20))

    first = side("a:c1", "La frappe sur la gare a fait 16 morts")
    again = side("b:c1", "Une nouvelle frappe sur la gare a fait deux morts")
    assert check_quantity(first, again) is None and check_quantity(again, first) is None
    assert check_quantity(first, side("c:c1", "La frappe sur la gare a fait deux morts")) is not None


def test_reports_of_different_days_each_dating_their_own_day_do_not_conflict() -> None:
    """Thursday's « la grève a bloqué le port jeudi » and Friday's « ... vendredi » tell two days of
    a strike, not two dates of one blockade; a Friday report dating it to Tuesday still disagrees."""
    def blocked(cid: str, day: str) -> Claim:
        return _c(cid, "La grève a bloqué le port", predicate="bloquer", subject_entity="p1", object="le port",
                  time=day)

    thu, fri, tue = blocked("a1:c0", "2024-03-07"), blocked("b1:c0", "2024-03-08"), blocked("c1:c0", "2024-03-05")
    assert _kind(_side(thu, "A", "2024-03-07"), _side(fri, "B", "2024-03-08")) is None
    assert _kind(_side(tue, "C", "2024-03-08"), _side(fri, "B", "2024-03-08")) == "date"


# -- when one piece of news was made known ---------------------------------------------------------
def _announced_side(cid: str, text: str, time: str, day: str, headline: str, **kw: Any) -> Side:
    c = _c(cid, text, time=time, **kw)
    return Side(c, outlet=cid[0], published=date.fromisoformat(day), headline=headline)


def test_one_announcement_dated_to_different_days_conflicts() -> None:
    """« ont annoncé mercredi des médias régionaux » (Thursday's report) and « L'annonce jeudi soir du
    départ du chanteur » (Friday's) date one news to two days, each report on its own day; « La
    nouvelle est tombée le 6 mars » agrees with Wednesday."""
    wed = _announced_side("a1:c1", "ont annoncé mercredi des médias régionaux", "2024-03-06", "2024-03-07",
                          "Le chanteur Paul Martin quitte le groupe Les Lames",
                          sentence="Le chanteur Paul Martin va quitter le groupe Les Lames, ont annoncé mercredi des "
                                   "médias régionaux.", subject="", predicate="annoncer")
    thu = _announced_side("b1:c2", "L'annonce jeudi soir du départ du chanteur Paul Martin a surpris ses fans",
                          "2024-03-07TEV", "2024-03-08", "Cinq questions sur le départ de Paul Martin",
                          subject="Martin", subject_entity="e1", predicate="surprendre", object="ses fans")
    news = _announced_side("c1:c1", "La nouvelle est tombée le 6 mars", "2024-03-06", "2024-03-07",
                           "Les raisons du départ de Paul Martin des Lames",
                           sentence="La nouvelle est tombée le 6 mars : le chanteur s'en va.", subject="nouvelle",
                           predicate="tomber")
    assert _kind(wed, thu) == "date"
    assert _kind(news, thu) == "date"
    assert _kind(news, wed) is None
    fa, la = conflict_keys(wed.claim)
    fb, lb = conflict_keys(thu.claim)
    assert la & fb and lb & fa


def test_announcements_of_other_news_or_each_of_its_own_day_do_not_conflict() -> None:
    """Two reports that each date an announcement to their own day may tell two announcements;
    an album announced on Tuesday is not the departure announced on Monday; « Une nouvelle
    coulée » names no announcement."""
    thu = _announced_side("a1:c0", "Météo-France a annoncé jeudi la fin de la vigilance orange", "2024-03-07",
                          "2024-03-08", "Orages : fin de la vigilance orange", subject="Météo-France",
                          subject_entity="e2", predicate="annoncer", object="la fin de la vigilance orange")
    fri = _announced_side("b1:c0", "Météo-France a annoncé vendredi la fin de la vigilance orange", "2024-03-08",
                          "2024-03-09", "Orages : fin de la vigilance orange", subject="Météo-France",
                          subject_entity="e2", predicate="annoncer", object="la fin de la vigilance orange")
    assert _kind(thu, fri) is None
    left = _announced_side("c1:c0", "L'annonce lundi du départ du chanteur a surpris", "2024-03-04", "2024-03-06",
                           "Le groupe Les Lames en tournée", subject="annonce", predicate="surprendre")
    album = _announced_side("d1:c0", "le batteur a annoncé mardi un nouvel album", "2024-03-05", "2024-03-06",
                            "Le groupe Les Lames en tournée", subject="batteur", predicate="annoncer",
                            object="un nouvel album")
    assert _kind(left, album) is None
    mud = _announced_side("e1:c0", "Une nouvelle coulée de boue a fait un mort mardi", "2024-03-05", "2024-03-06",
                          "Coulée de boue", subject="coulée", predicate="faire")
    mud2 = _announced_side("f1:c0", "La nouvelle coulée de boue a fait un mort lundi", "2024-03-04", "2024-03-06",
                           "Coulée de boue", subject="coulée", predicate="faire")
    assert _kind(mud, mud2) is None
    assert announcement(mud.claim) == announcement(mud2.claim) == "" and announcement(left.claim) == "noun"


@pytest.mark.parametrize("told", ["a annoncé mardi son départ", "a annoncé le 5 mars son départ",
                                  "a annoncé hier son départ"])
def test_one_announcement_told_by_weekday_date_or_hier_is_one_day(told: str) -> None:
    """« mardi », « le 5 mars » and « hier » in Wednesday 6 March's report are one day: the three
    forms agree with each other and all conflict with « L'annonce jeudi du départ du maire »."""
    from recoupe.nlp.timex import tag

    [when] = [t for t in tag(f"Le maire {told}.", date(2024, 3, 6)) if t.value]
    assert when.value == "2024-03-05"
    verb = _announced_side("a1:c0", f"Le maire {told}", when.value, "2024-03-06", "Le maire de Vaulx s'en va",
                           subject="maire", predicate="annoncer", object="son départ de la mairie de Vaulx")
    noun = _announced_side("b1:c0", "L'annonce jeudi du départ du maire de Vaulx a surpris", "2024-03-07",
                           "2024-03-08", "Le maire de Vaulx s'en va", subject="annonce", predicate="surprendre")
    same = _announced_side("c1:c0", "L'annonce du départ du maire de Vaulx mardi a surpris", "2024-03-05",
                           "2024-03-08", "Le maire de Vaulx s'en va", subject="annonce", predicate="surprendre")
    assert _kind(verb, noun) == "date"
    assert _kind(verb, same) is None


def test_a_figure_that_names_no_number_contradicts_no_count() -> None:
    """« des centaines de personnes évacuées » holds beside « 1 200 personnes » (a loose order of
    magnitude, not a count); « 300 personnes » against « 1 200 » still conflicts."""
    def evacuated(cid: str, figure: str) -> Claim:
        return _c(cid, f"{figure} ont été évacuées dans la vallée", predicate="évacuer", subject=figure,
                  subject_entity="", lemmas=["évacuer", "vallée"])

    many = evacuated("a1:c0", "1 200 personnes")
    loose = evacuated("b1:c0", "des centaines de personnes")
    some = evacuated("c1:c0", "300 personnes")
    assert _kind(_side(many, "A"), _side(loose, "B")) is None
    assert _kind(_side(many, "A"), _side(some, "B")) == "quantity"


def test_two_accounts_that_both_give_both_figures_do_not_conflict() -> None:
    """Both accounts give the new count (12 thefts) and the earlier one (about 200): the 200 of one
    is not set against the 12 of the other. An account with only « 20 vols » still conflicts."""
    def inquiry(cid: str, text: str) -> Claim:
        return _c(cid, text, predicate="ouvrir", subject="parquet", lemmas=["ouvrir", "enquête", "vol"])

    a = inquiry("a1:c0", "une enquête ouverte contre le cambrioleur, condamné pour près de 200 vols, porte sur 12 vols")
    b = inquiry("b1:c0", "une enquête pour 12 vols contre le cambrioleur, condamné pour près de 200 vols")
    c = inquiry("c1:c0", "une enquête pour 20 vols contre le cambrioleur")
    assert _kind(_side(a, "A"), _side(b, "B")) is None
    assert _kind(_side(b, "B"), _side(c, "C")) == "quantity"


# -- read on unseen dossiers: starts of stretches, places named together, the same clause twice ---------
def test_contradictions_starts_of_two_stretches_are_no_dates_apart() -> None:
    """« depuis mars » and « depuis la mi-avril » open stretches that both run on: they overlap."""
    a = _c("a1:c0", "Depuis le mois de mars, le pays connaît une série de tempêtes", predicate="connaître",
           subject_entity="p1", object="une série de tempêtes", time="2024-03", group_id="g1")
    b = _c("b1:c0", "Le pays a connu 30 jours de tempête depuis la mi-avril", predicate="connaître",
           subject_entity="p1", object="30 jours de tempête", time="2024-04", group_id="g1")
    assert _kind(_side(a, "A", "2024-06-02"), _side(b, "B", "2024-06-02")) is None


@pytest.mark.parametrize("twice", [False, True])
def test_contradictions_a_clause_naming_both_places_sets_none_against_the_other(twice: bool) -> None:
    """« la finale entre l'Espagne et le Portugal »: both countries are in the clause, neither is where it is."""
    text = "La finale entre l'Espagne et le Portugal a eu lieu dimanche"
    a = _c("a1:c0", text, predicate="avoir", subject_entity="p1", place="Espagne", place_entity="e1")
    b = _c("b1:c0", text if twice else "La finale a eu lieu dimanche au Portugal", predicate="avoir",
           subject_entity="p1", place="Portugal", place_entity="e2")
    assert _kind(_side(a, "A"), _side(b, "B")) is None


def test_figures_for_two_french_scopes_or_of_a_race_do_not_conflict() -> None:
    from recoupe.claims.contradictions import check_quantity
    from recoupe.claims.quantities import parse

    one = _c("a1:c1", "Le préfet débloque une enveloppe de 3 millions d'euros pour l'Ain", predicate="annoncer")
    two = _c("b1:c1", "Le préfet débloque une enveloppe de 5 millions d'euros pour l'Ain et le Jura",
             predicate="annoncer")
    assert check_quantity(Side(one, outlet="a.fr"), Side(two, outlet="b.fr")) is None
    same = _c("c1:c1", "Le préfet débloque une enveloppe de 5 millions d'euros pour l'Ain", predicate="annoncer")
    hit = check_quantity(Side(one, outlet="a.fr"), Side(same, outlet="c.fr"))
    assert hit is not None and hit.kind == "quantity"
    assert parse("la nageuse remporte le 200 m papillon") == []
    assert [q.value for q in parse("elle a nagé 200 m avant de renoncer")] == [200.0]


def test_an_occasion_told_before_another_is_not_its_date() -> None:
    from recoupe.claims.contradictions import check_date

    before = _c("a1:c1", "La ministre s'est rendue samedi à Vannes, en amont de son déplacement officiel",
                subject="La ministre", predicate="rendre", lemmas=["ministre", "vannes"], time="2031-05-10")
    visit = _c("b1:c1", "La ministre se rend à Vannes lundi", subject="La ministre", predicate="rendre",
               lemmas=["ministre", "vannes"], time="2031-05-12")
    sa = Side(before, outlet="a.fr", published=date(2031, 5, 12))
    sb = Side(visit, outlet="b.fr", published=date(2031, 5, 12))
    assert check_date(sa, sb) is None
    plain = _c("c1:c1", "La ministre s'est rendue samedi à Vannes", subject="La ministre", predicate="rendre",
               lemmas=["ministre", "vannes"], time="2031-05-10")
    hit = check_date(Side(plain, outlet="c.fr", published=date(2031, 5, 12)), sb)
    assert hit is not None and hit.kind == "date"


def test_counts_of_departments_in_orange_are_alert_counts() -> None:
    from recoupe.claims.contradictions import _under_alert
    from recoupe.claims.quantities import parse

    six = _c("a1:c1", "Chaleur : neuf départements encore en orange", predicate="être")
    (q,) = parse(six.text)
    assert _under_alert(six, q)  # an alert count: a later other count updates it
    other = _c("b1:c1", "Chaleur : six départements en tête du classement", predicate="être")
    assert not _under_alert(other, parse(other.text)[0])


def test_a_date_that_names_its_report_is_no_date_of_a_deed() -> None:
    """« Le point du lundi 7 mars » and « Le point du mardi 8 mars »: two daily reports, not one
    report dated two ways; a deed's date told two ways still conflicts."""
    from recoupe.claims.contradictions import _dated_by_name, check_date

    monday = _c("a1:c1", "Le point du lundi 7 mars.", subject="", predicate="point", lemmas=["mars", "point", "lundi"],
                time="2033-03-07", group_id="g1")
    tuesday = _c("b1:c1", "Le point du mardi 8 mars.", subject="", predicate="point",
                 lemmas=["mars", "point", "mardi"], time="2033-03-08", group_id="g1")
    assert _dated_by_name(monday) and _dated_by_name(tuesday)
    sa, sb = Side(monday, outlet="a.fr", published=date(2033, 3, 8)), Side(tuesday, outlet="a.fr",
                                                                          published=date(2033, 3, 8))
    assert check_date(sa, sb) is None
    deed = _c("c1:c1", "Le pont a rouvert le 7 mars", subject="Le pont", predicate="rouvrir",
              lemmas=["pont", "rouvrir"], time="2033-03-07")
    assert not _dated_by_name(deed)


def test_counts_of_two_nationalities_or_blocs_are_two_counts() -> None:
    """« cinq soldats ukrainiens » / « douze soldats russes »: two groups counted, not one count told two
    ways; the same count without a nationality on one side still conflicts."""
    ua = _c("a1:c1", "Cinq soldats ukrainiens ont été tués dans la nuit", subject="Cinq soldats ukrainiens",
            predicate="tuer", lemmas=["soldat", "ukrainien", "tuer", "nuit"], time="2031-05-10", group_id="g1")
    ru = _c("b1:c1", "Douze soldats russes ont été tués dans la nuit", subject="Douze soldats russes",
            predicate="tuer", lemmas=["soldat", "russe", "tuer", "nuit"], time="2031-05-10", group_id="g1")
    assert _kind(_side(ua, "A", "2031-05-10"), _side(ru, "B", "2031-05-10")) is None
    west = _c("a2:c1", "Dix pays occidentaux condamnent le barrage", subject="Dix pays occidentaux",
              predicate="condamner", lemmas=["pays", "occidental", "condamner", "barrage"], group_id="g2")
    europe = _c("b2:c1", "Quatre pays européens condamnent le barrage", subject="Quatre pays européens",
                predicate="condamner", lemmas=["pays", "européen", "condamner", "barrage"], group_id="g2")
    assert _kind(_side(west, "A"), _side(europe, "B")) is None
    same = _c("c1:c1", "Douze soldats ukrainiens ont été tués dans la nuit", subject="Douze soldats ukrainiens",
              predicate="tuer", lemmas=["soldat", "ukrainien", "tuer", "nuit"], time="2031-05-10", group_id="g1")
    assert _kind(_side(ua, "A", "2031-05-10"), _side(same, "C", "2031-05-10")) == "quantity"


def test_a_department_named_with_its_preposition_holds_its_town() -> None:
    """« dans un champ du Var » / « près de Toulon »: the place kept « du », and a town of the department
    was set against it."""
    from recoupe.claims.contradictions import _place_conflict
    from recoupe.resolve.places import lookup

    assert lookup("du Var") is not None and lookup("du Var") == lookup("Var")
    field = _c("a1:c1", "La sculpture volée a réapparu dans un champ du Var", predicate="réapparaître", place="du Var")
    town = _c("b1:c1", "La sculpture volée a réapparu près de Toulon", predicate="réapparaître", place="Toulon")
    assert _place_conflict(field, town) == ""

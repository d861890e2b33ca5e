"""Claim-level faults that the re-reading pass of stories (``stories.reread``) brought to light by
putting a daily summary, a tribute or a weather bulletin in its right, bigger story: sentences of
our own."""

from __future__ import annotations

from datetime import date
from typing import Any

from recoupe.claims.contradictions import Side, check_denial, compare
from recoupe.claims.groups import _Features, assign_group, cannot_be_one_fact
from recoupe.model import Article, ArticleAnalysis, Claim
from recoupe.storage import Store


def _claim(cid: str, text: str, **kw: Any) -> Claim:
    base: dict[str, Any] = dict(id=cid, article_id=cid.split(":")[0], text=text, sentence=kw.pop("sentence", text),
                                start=0, end=len(text), subject=kw.pop("subject", ""),
                                predicate=kw.pop("predicate", ""))
    base.update(kw)
    return Claim(**base)


def _side(c: Claim, published: str) -> Side:
    return Side(c, outlet=c.article_id, published=date.fromisoformat(published))


# -- a denial of one thing against the account of another, sharing only a preposition ------------------
SHOT = _claim("a:c1", "avoir tiré sur le camion du petit convoi humanitaire près de la frontière",
              predicate="tirer", object="sur le camion du petit convoi humanitaire", object_entity="e2",
              modality="reported", cue="reconnaître", attributed_to="armée",
              lemmas=("convoi", "frontière", "humanitaire", "petit", "tirer", "camion"))
OTHER_DENIAL = _claim("b:c1", "Vienne rejette les accusations sur un déploiement de troupes, tandis que Berne dément "
                              "des tirs de roquettes", subject="Vienne", subject_entity="e26", predicate="rejeter",
                      object="les accusations sur un déploiement de troupes", object_entity="e27",
                      modality="denied", cue="rejeter", attributed_to="Vienne",
                      lemmas=("accusation", "berne", "déploiement", "rejeter", "roquette", "tir", "troupe", "vienne"))


def test_a_denial_of_another_matter_sharing_only_a_preposition_is_no_denial() -> None:
    assert check_denial(_side(SHOT, "2026-03-04"), _side(OTHER_DENIAL, "2026-03-04")) is None
    assert compare(_side(SHOT, "2026-03-04"), _side(OTHER_DENIAL, "2026-03-04")) is None


def test_a_denial_of_the_same_shots_is_still_one() -> None:
    denial = _claim("c:c1", "L'armée dément avoir tiré sur le camion du convoi humanitaire", subject="L'armée",
                    predicate="tirer", object="sur le camion du convoi humanitaire", modality="denied",
                    cue="démentir", attributed_to="L'armée", lemmas=("camion", "convoi", "humanitaire", "tirer"))
    stated = _claim("d:c1", "Des soldats ont tiré sur le camion du convoi humanitaire", subject="Des soldats",
                    predicate="tirer", object="sur le camion du convoi humanitaire", modality="asserted",
                    lemmas=("camion", "convoi", "humanitaire", "soldat", "tirer"))
    hit = check_denial(_side(denial, "2026-03-04"), _side(stated, "2026-03-04"))
    assert hit is not None and hit.kind == "denial"


# -- the press's leak, then the party's own announcement ---------------------------------------------------
def test_a_leak_by_the_press_and_the_announcement_a_day_later_do_not_conflict() -> None:
    leak = _claim("e:c1", "dont le départ imminent a été annoncé mardi soir par des médias",
                  subject="dont le départ imminent", predicate="annoncer", modality="reported", cue="annoncer",
                  attributed_to="médias", time="2026-03-03TEV",
                  sentence="Les supporters ont salué mercredi la carrière de la gardienne, dont le départ imminent a "
                           "été annoncé mardi soir par des médias.")
    own = _claim("f:c1", "La gardienne du club a annoncé son départ mercredi 4 mars, après douze saisons",
                 predicate="annoncer", modality="asserted", time="2026-03-04",
                 sentence="La gardienne du club a annoncé son départ mercredi 4 mars, après douze saisons.")
    assert compare(_side(leak, "2026-03-04"), _side(own, "2026-03-04")) is None
    # two accounts of who announced it, both unnamed, one a day off: still a conflict
    other = _claim("g:c1", "La gardienne du club a annoncé son départ mardi 3 mars, après douze saisons",
                   predicate="annoncer", modality="asserted", time="2026-03-03",
                   sentence="La gardienne du club a annoncé son départ mardi 3 mars, après douze saisons.")
    hit = compare(_side(own, "2026-03-04"), _side(other, "2026-03-04"))
    assert hit is not None and hit.kind == "date"


# -- grouping: an alert lifted and the same alert still on; a claim cut before its predicate ----------------
def _stored(store: Store, cid: str, text: str, predicate: str, lemmas: list[str]) -> Claim:
    aid = cid.split(":")[0]
    if not store.has_article(aid):
        store.add_article(Article(id=aid, origin=aid, text=text), [], "")
    c = Claim(id=cid, article_id=aid, text=text, sentence=text, start=0, end=len(text), subject="",
              predicate=predicate, lemmas=tuple(lemmas))
    store.save_analysis(ArticleAnalysis(article_id=aid, claims=[c]))
    return c


def test_an_alert_lifted_and_the_same_alert_still_on_are_two_facts(store: Store) -> None:
    lifted = _stored(store, "a:c1", "L'alerte est désormais levée pour la Savoie et l'Ain", "lever",
                     ["alerte", "lever", "savoie", "ain"])
    still = _stored(store, "b:c1", "L'alerte est toujours d'actualité pour l'Ain et la Savoie", "être",
                    ["alerte", "actualité", "savoie", "ain"])
    again = _stored(store, "c:c1", "L'alerte a été levée pour la Savoie et l'Ain", "lever",
                    ["alerte", "lever", "savoie", "ain"])
    g1 = assign_group(store, lifted, "s1", set(lifted.lemmas))
    g2 = assign_group(store, still, "s1", set(still.lemmas))
    g3 = assign_group(store, again, "s1", set(again.lemmas))
    assert g1 != g2 and g3 == g1
    assert cannot_be_one_fact(_Features(lifted), _Features(still))
    assert not cannot_be_one_fact(_Features(lifted), _Features(again))


def test_a_claim_cut_before_its_predicate_groups_with_nothing(store: Store) -> None:
    lifted = _stored(store, "a:c1", "L'alerte est désormais levée pour la Savoie et l'Ain", "lever",
                     ["alerte", "lever", "savoie", "ain"])
    cut = _stored(store, "b:c1", "La Savoie et l'Ain sont", "savoie", ["savoie", "ain"])
    told = _stored(store, "c:c1", "L'alerte est levée pour la Savoie et l'Ain", "lever",
                   ["alerte", "lever", "savoie", "ain"])
    g1 = assign_group(store, lifted, "s1", set(lifted.lemmas))
    g2 = assign_group(store, cut, "s1", set(cut.lemmas))
    g3 = assign_group(store, told, "s1", set(told.lemmas))
    assert g2 not in (g1, g3) and g1 == g3
    assert cannot_be_one_fact(_Features(lifted), _Features(cut))

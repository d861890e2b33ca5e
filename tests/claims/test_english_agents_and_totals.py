"""English count conflicts that the passive-agent, one-age and running-total rules must not hide, and the
counted heads they read (issue #13, English; second review of enrecall24). Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from recoupe.claims.contradictions import Side, _en_agent_words, compare
from recoupe.claims.quantities import parse
from recoupe.model import Claim


def _c(cid: str, text: str, subject: str, predicate: str, lang: str = "en", entity: str = "",
       **kw: Any) -> Claim:
    return Claim(id=cid, article_id=cid.split(":")[0], text=text, sentence=kw.pop("sentence", text), start=0,
                 end=len(text), subject=subject, subject_entity=entity, predicate=predicate, language=lang,
                 lemmas=kw.pop("lemmas", [w.lower().strip(".,") for w in text.split()]), **kw)


def _kind(a: Claim, b: Claim) -> str | None:
    sa = Side(a, outlet="Outlet A", published=date(2031, 9, 14), language=a.language)
    sb = Side(b, outlet="Outlet B", published=date(2031, 9, 14), language=b.language)
    hit, back = compare(sa, sb), compare(sb, sa)
    assert (hit is None) == (back is None)
    return hit.kind if hit else None


# -- 1. a subject that holds a number word is the counted group, not a doer
def test_a_number_word_subject_is_no_doer_against_an_agent() -> None:
    by_police = _c("a1:c1", "four vans were impounded by the police outside the depot", "four vans", "impound")
    bare = _c("b1:c1", "seven vans were impounded outside the depot", "seven vans", "impound")
    assert _kind(by_police, bare) == "quantity"


# -- 2. the agent rule reads two English clauses only: a French subject never shares an English agent's words
def test_an_english_agent_against_a_french_subject_is_no_second_doer() -> None:
    en = _c("a2:c1", "six soldiers were detained by the army near Brest", "six soldiers", "detain")
    fr = _c("b2:c1", "l'armée a arrêté neuf soldats près de Brest", "l'armée", "arrêter", lang="fr",
            entity="e4", lemmas=["armée", "arrêter", "soldat", "brest"])
    assert _kind(en, fr) == "quantity"


# -- 3. a toll's « by » names a cause, not a doer: only a capture's agent is read
def test_a_tolls_agent_is_a_cause_not_a_doer() -> None:
    by_cause = _c("a3:c1", "three hikers were killed by the rockfall on the ridge", "three hikers", "kill")
    assert not _en_agent_words(by_cause)
    active = _c("b3:c1", "the landslide killed eight hikers on the ridge", "the landslide", "kill")
    assert _kind(by_cause, active) == "quantity"
    # a capture keeps its agent as the doer
    seized = _c("a4:c1", "three rafts were seized by the customs officers", "three rafts", "seize")
    assert _en_agent_words(seized) == {"customs", "officers"}


# -- 4. a toll participle or a capitalised modifier before the plural noun is what the count tells apart
@pytest.mark.parametrize("text, thing", [
    ("The storm left four injured climbers on the slope.", "blessé"),
    ("Rescuers found 7 missing divers at dusk.", "disparu"),
    ("The patrol stopped nine Moldovan drivers at the crossing.", "moldovan"),
])
def test_a_toll_or_a_nationality_before_the_noun_is_the_thing(text: str, thing: str) -> None:
    assert [q.thing for q in parse(text, "en")] == [thing]


# -- 5. one written age ties a description to a name, never two descriptions
def test_one_age_does_not_tie_two_unnamed_people() -> None:
    man = _c("a6:c1", "falling some 60 metres down the cliff", "33-year-old Belgian cyclist", "fall", entity="e1",
             sentence="A 33-year-old Belgian cyclist died falling some 60 metres down the cliff.")
    woman = _c("b6:c1", "falling about 15 metres down the cliff", "33-year-old Irish walker", "fall", entity="e8",
               sentence="A 33-year-old Irish walker was hurt falling about 15 metres down the cliff.")
    assert _kind(man, woman) is None


# -- 6. running totals: a whole holds its parts only; markers read within their phrase
BASE = _c("a7:c1", "the flood destroyed 20 houses along the river", "the flood", "destroy", entity="e3")


@pytest.mark.parametrize("other", [
    "the flood destroyed a total of 26 houses along the river",    # no perfect: an ordinary count
    "the flood destroyed 26 houses in all two villages along the river",  # « in all » opens a phrase
    "the flood destroyed 26 houses along the river, up to date maps show",  # « up to date » is no total
    "the flood has destroyed 14 houses in all.",  # a running total smaller than one count: no whole of it
])
def test_running_total_markers_do_not_hide_a_conflict(other: str) -> None:
    assert _kind(BASE, _c("b7:c1", other, "the flood", "destroy", entity="e3")) == "quantity"


@pytest.mark.parametrize("other", [
    "the flood has destroyed a total of 26 houses along the river",
    "the flood has destroyed 26 houses along the river in all.",
    "the flood destroyed 26 houses along the river to date",
])
def test_a_larger_running_total_holds_one_count(other: str) -> None:
    assert _kind(BASE, _c("b8:c1", other, "the flood", "destroy", entity="e3")) is None


# -- 9. a short capitalised body's name before a number leaves the count
@pytest.mark.parametrize("text, expected", [
    ("The UN 40 observers left the town.", [(40, "observer")]),
    ("The EU 12 ministers met on Friday.", [(12, "minister")]),
    ("Guards found an MP 40 carbine in the van.", []),  # after an article: a model's name
    ("Guards found 9 MP 40 carbines in the van.", [(9, "mp-40")]),
])
def test_a_bodys_acronym_before_a_number_keeps_the_count(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(q.value, q.thing) for q in parse(text, "en")] == expected

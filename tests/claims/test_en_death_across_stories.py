"""One person's death, told by two English articles that sit in two stories (one fall, two heights): a person
dies once, so the figures the two accounts give of that death conflict across stories when one age ties one
person (one side named, or one entity; issue #13, English contradictions). Two unnamed people of one age, two
ages, a fall survived, a report weeks apart and a height with no death told stay apart. Sentences written
for the tests."""

from __future__ import annotations

from datetime import date

from recoupe.claims.contradictions import Side, across_keys, compare_across, death_figure_keys
from recoupe.model import Claim


def _c(cid: str, text: str, subject: str, entity: str = "", verb: str = "fall") -> Claim:
    return Claim(id=cid, article_id=cid.split(":")[0], text=text, sentence=text, start=0, end=len(text),
                 subject=subject, subject_entity=entity, predicate=verb, language="en", modality="asserted",
                 lemmas=[verb, "ridge", "slope"])


def _across(a: Claim, b: Claim, days: int = 1) -> str | None:
    sa = Side(a, outlet="A", language="en", published=date(2031, 5, 12))
    sb = Side(b, outlet="B", language="en", published=date(2031, 5, 12 + days))
    hit, back = compare_across(sa, sb), compare_across(sb, sa)
    assert (hit is None) == (back is None)
    return hit.kind if hit else None


def _meet(a: Claim, b: Claim) -> bool:
    fa, la = across_keys(a)
    fb, lb = across_keys(b)
    return bool(fa & lb) and bool(fb & la)


NAMED = _c("a1:c1", "On Sunday, 41-year-old Tomas Grell died when he tumbled roughly 80 metres off the Varn "
                    "ridge", "Tomas Grell", "e1", "die")
UNNAMED = _c("b1:c1", "A 41-year-old man died on Sunday when he lost his footing and tumbled roughly 300 metres "
                      "down an icy slope", "41-year-old man", verb="die")


def test_one_persons_death_told_with_two_heights_conflicts_across_stories() -> None:
    assert death_figure_keys(NAMED) and death_figure_keys(UNNAMED)
    assert _meet(NAMED, UNNAMED)  # a build compares the pair it flags
    assert _across(NAMED, UNNAMED) == "quantity"
    hit = compare_across(Side(NAMED, outlet="A", language="en", published=date(2031, 5, 12)),
                         Side(UNNAMED, outlet="B", language="en", published=date(2031, 5, 13)))
    assert hit is not None and "selon" not in hit.explanation  # told in English
    apposed = _c("c1:c1", "Tomas Grell, 41, was killed when he tumbled roughly 300 metres down a gully", "Tomas Grell",
                 "e1", "kill")
    assert _across(NAMED, apposed) == "quantity"  # one name, one entity, both sides


def test_two_unnamed_people_two_ages_or_no_death_stay_apart() -> None:
    other = _c("c1:c1", "A 41-year-old woman died on Sunday when she tumbled roughly 300 metres into a crevasse",
               "41-year-old woman")
    assert _across(UNNAMED, other) is None  # two unnamed people of one age: two deaths
    another_man = _c("c1:c6", "A 41-year-old man died on Monday when he tumbled roughly 80 metres into a gorge",
                     "41-year-old man", verb="die")
    assert _meet(UNNAMED, another_man) and _across(UNNAMED, another_man) is None  # nothing ties the two men
    older = _c("c1:c2", "A 47-year-old man died on Sunday when he lost his footing and tumbled roughly 300 metres",
               "47-year-old man")
    assert not _meet(NAMED, older) and _across(NAMED, older) is None
    survived = _c("c1:c3", "A 41-year-old man tumbled roughly 300 metres down an icy slope and was flown to hospital",
                  "41-year-old man")
    assert not death_figure_keys(survived) and _across(NAMED, survived) is None  # a fall may be survived
    killer = _c("c1:c4", "A 41-year-old man killed a bear after a chase of about 300 metres", "41-year-old man",
                verb="kill")
    assert not death_figure_keys(killer)  # an active « killed »: the deed of the living


def test_reports_weeks_apart_or_another_named_person_stay_apart() -> None:
    assert _across(NAMED, UNNAMED, days=9) is None  # another week: the stories may tell two deaths
    named_other = _c("c1:c5", "On Sunday, 41-year-old Ivo Marsk died when he tumbled roughly 300 metres off the "
                              "ridge", "Ivo Marsk", "e2", "die")
    assert _across(NAMED, named_other) is None  # two names of one age: two people

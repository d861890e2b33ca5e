"""Figures of another occasion than the news are no version of its count (issue 13, item 5): a
total over several operations, a figure of last year or last season, an earlier event told as
background in a sentence opened by its month. Invented sentences."""

from __future__ import annotations

from datetime import date
from typing import Any

from recoupe.claims.contradictions import Side, _months_apart, _opening_month, _past_period, compare
from recoupe.model import Claim


def _c(cid: str, text: str, **kw: Any) -> Claim:
    base: dict[str, Any] = dict(id=cid, article_id=cid.split(":")[0], text=text, sentence=kw.pop("sentence", text),
                                start=0, end=len(text), subject=kw.pop("subject", "the coast guard"),
                                predicate=kw.pop("predicate", "seize"), language="en")
    base.update(kw)
    return Claim(**base)


def _kind(a: Side, b: Side) -> str | None:
    hit, back = compare(a, b), compare(b, a)
    assert hit == back
    return hit.kind if hit else None


def _side(c: Claim, outlet: str, published: date | None = None) -> Side:
    return Side(c, outlet=outlet, published=published, language="en")


def test_other_occasions_a_total_over_several_operations_is_no_count_of_one() -> None:
    one = _c("a1:c0", "The coast guard seized nine crates of cigarettes from the trawler",
             lemmas=["coast", "guard", "seize", "crate", "cigarette"])
    total = _c("b1:c0", "The coast guard has seized 40 crates of cigarettes during the four operations",
               lemmas=["coast", "guard", "seize", "crate", "cigarette"])
    assert _kind(_side(one, "a.com"), _side(total, "b.com")) is None
    also_one = _c("c1:c0", "The coast guard seized 14 crates of cigarettes from the trawler",
                  lemmas=["coast", "guard", "seize", "crate", "cigarette"])
    assert _kind(_side(one, "a.com"), _side(also_one, "c.com")) == "quantity"  # two versions still conflict


def test_other_occasions_last_years_figure_is_another_occasion() -> None:
    last = _c("a1:c0", "Last year's regatta drew about 9,000 spectators to the harbour", subject="regatta",
              predicate="draw", lemmas=["regatta", "draw", "spectator", "harbour"])
    now = _c("b1:c0", "The regatta drew 12,000 spectators to the harbour", subject="regatta", predicate="draw",
             lemmas=["regatta", "draw", "spectator", "harbour"])
    assert _past_period(last) and not _past_period(now)
    assert _kind(_side(last, "a.com"), _side(now, "b.com")) is None
    other = _c("c1:c0", "The regatta drew 7,000 spectators to the harbour", subject="regatta", predicate="draw",
               lemmas=["regatta", "draw", "spectator", "harbour"])
    assert _kind(_side(now, "b.com"), _side(other, "c.com")) == "quantity"


def test_other_occasions_the_season_may_govern_the_clause_from_its_sentence() -> None:
    clause = _c("a1:c0", "that won 31 matches", sentence="Hopes were high for a side that won 31 matches last season.")
    assert _past_period(clause)
    assert not _past_period(_c("b1:c0", "it was 2% higher than the year before"))
    fr = _c("c1:c0", "avait attiré 30 000 visiteurs", sentence="L'an dernier, la foire avait attiré 30 000 visiteurs.")
    assert _past_period(fr)


def test_other_occasions_opening_month() -> None:
    def month(sentence: str, time: str = "") -> int | None:
        return _opening_month(_c("a1:c0", "x", sentence=sentence, time=time))

    assert month("In early March, a driver injured four cyclists near the bridge.") == 3
    assert month("En février, un incendie avait détruit deux granges.") == 2
    assert month("En mai, 300 personnes ont défilé.") == 5
    assert month("March 3 was the coldest day.") is None  # a date, not an opening month
    assert month("In May 2024, the dam broke.") is None  # a dated occasion: the timex decides
    assert month("Mars a été observée cette nuit.") is None  # no preposition: maybe the planet
    assert month("In February, a storm hit.", time="2031-02") is None  # resolved: the dates decide


def test_other_occasions_a_background_event_opened_by_its_month() -> None:
    news = _c("a1:c0", "A driver injured two cyclists on the ring road", subject="a driver", predicate="injure",
              lemmas=["driver", "injure", "cyclist"])
    background = _c("b1:c0", "a driver injured five cyclists near the bridge", subject="a driver",
                    predicate="injure", lemmas=["driver", "injure", "cyclist"],
                    sentence="In early March, a driver injured five cyclists near the bridge.")
    undated, april = _side(news, "a.com"), _side(news, "a.com", date(2031, 4, 2))
    assert _months_apart(undated, _side(background, "b.com"))
    assert _months_apart(april, _side(background, "b.com"))
    assert not _months_apart(_side(news, "a.com", date(2031, 3, 20)), _side(background, "b.com"))
    assert _kind(undated, _side(background, "b.com")) is None
    same = _c("c1:c0", "a driver injured five cyclists on the ring road", subject="a driver", predicate="injure",
              lemmas=["driver", "injure", "cyclist"])
    assert _kind(undated, _side(same, "c.com")) == "quantity"


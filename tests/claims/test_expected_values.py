"""A value told as expected (« attendus », « devrait », « prévu », planned) against a later report of the
value seen is an update, not a contradiction: the forecast was overtaken (issue 13). Published the same
day, the two still conflict. Invented sentences."""

from __future__ import annotations

from datetime import date
from typing import Any

from recoupe.claims.contradictions import Side, compare, expected, is_conflict
from recoupe.model import Claim


def _c(cid: str, text: str, **kw: Any) -> Claim:
    base: dict[str, Any] = dict(id=cid, article_id=cid.split(":")[0], text=text, sentence=text, start=0,
                                end=len(text), subject="X", predicate="rencontrer")
    base.update(kw)
    return Claim(**base)


def _kind(a: Claim, day_a: str, b: Claim, day_b: str) -> str | None:
    sa, sb = Side(a, outlet="A", published=date.fromisoformat(day_a)), Side(b, outlet="B",
                                                                           published=date.fromisoformat(day_b))
    hit, back = compare(sa, sb), compare(sb, sa)
    assert hit == back
    return hit.kind if hit else None


def test_expected_figure_then_the_figure_seen_the_next_day_is_an_update() -> None:
    forecast = _c("a1:c0", "Des températures de 41 degrés sont attendues à Montbrison", subject="la foire",
                  predicate="accueillir")
    seen = _c("b1:c0", "Des températures de 38 degrés ont été relevées à Montbrison", subject="la foire",
              predicate="accueillir")
    assert _kind(forecast, "2031-06-03", seen, "2031-06-04") == "update"
    assert not is_conflict("update")
    # the same day, the two accounts still give two values of one reading
    assert _kind(forecast, "2031-06-03", seen, "2031-06-03") == "quantity"
    # two readings seen, days apart, are no forecast overtaken
    other = _c("c1:c0", "Des températures de 41 degrés ont été relevées à Montbrison", subject="la foire",
               predicate="accueillir")
    assert _kind(other, "2031-06-03", seen, "2031-06-04") == "quantity"


def test_expected_day_then_the_day_it_happened_is_an_update() -> None:
    def opening(cid: str, text: str, day: str, **kw: Any) -> Claim:
        return _c(cid, text, predicate="inaugurer", subject_entity="m1", object="la passerelle", time=day, **kw)

    done = opening("b1:c0", "La maire a inauguré la passerelle jeudi", "2031-03-06")
    for forecast in (opening("a1:c0", "La maire devrait inaugurer la passerelle mardi", "2031-03-04",
                             modality="speculative"),
                     opening("a1:c0", "La maire inaugurera la passerelle mardi", "2031-03-04", planned=True),
                     opening("a1:c0", "L'inauguration de la passerelle par la maire est attendue mardi", "2031-03-04")):
        assert expected(forecast)
        assert _kind(forecast, "2031-03-03", done, "2031-03-07") == "update"
        assert _kind(forecast, "2031-03-03", done, "2031-03-03") == "date"
    # « comme prévu » tells it came as expected: two accounts of the deed, days apart, still conflict
    met = opening("a1:c0", "La maire inaugure la passerelle mardi, comme prévu", "2031-03-04")
    assert not expected(met)
    assert _kind(met, "2031-03-03", done, "2031-03-07") == "date"


def test_an_earlier_occasion_stays_no_conflict_at_all() -> None:
    """A deed the accounts place on another occasion than the planned one (« en amont de son déplacement
    officiel ») is no conflict of dates: nor an update of the plan."""
    plan = _c("a1:c0", "La ministre se rendra lundi à Valbrune pour sa visite officielle", subject="La ministre",
              predicate="rendre", subject_entity="m1", object="lundi", time="2031-03-03", planned=True, group_id="G1")
    before = _c("b1:c0", "La ministre s'est rendue à Valbrune dimanche, en amont de son déplacement officiel",
                subject="La ministre", predicate="rendre", subject_entity="m1", object="à Valbrune",
                object_entity="v1", time="2031-03-02TAF", group_id="G1")
    assert _kind(plan, "2031-03-02", before, "2031-03-03") is None


def test_expected_in_english() -> None:
    assert expected(_c("a1:c0", "Highs of 104 degrees are expected in Elmford", language="en"))
    assert not expected(_c("a1:c0", "Highs were warmer than expected in Elmford", language="en"))

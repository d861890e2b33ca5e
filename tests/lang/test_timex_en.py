"""The time tagger with the English grammar (recoupe.lang.en.timex) on English sentences, anchored on a Friday."""

from __future__ import annotations

from datetime import date

import pytest

from recoupe.lang.en.timex.normalise import interval, words_to_number
from recoupe.model import TimeExpr
from recoupe.nlp import timex
from recoupe.nlp.timex.engine import TenseAt, _Prefilter, _replay

ANCHOR = date(2013, 3, 22)  # a Friday, ISO week 12, first quarter


def tag(text: str, anchor: date | None, *, tense_at: TenseAt | None = None) -> list[TimeExpr]:
    return timex.tag(text, anchor, tense_at=tense_at, lang="en")


def tense_from_text(text: str) -> TenseAt:
    return timex.tense_from_text(text, "en")


def _only(sentence: str, anchor: date | None = ANCHOR) -> TimeExpr:
    found = tag(sentence, anchor)
    assert len(found) == 1, [(t.text, t.value) for t in found]
    return found[0]


@pytest.mark.parametrize(("sentence", "span", "type_", "value"), [
    ("The minister resigned on Monday.", "Monday", "DATE", "2013-03-18"),
    ("The summit will open on Monday.", "Monday", "DATE", "2013-03-25"),
    ("Prices fell last week.", "last week", "DATE", "2013-W11"),
    ("Six deaths were reported in the last week.", "the last week", "DATE", "2013-W11"),
    ("The vote is next month.", "next month", "DATE", "2013-04"),
    ("The company was founded two years ago.", "two years ago", "DATE", "2011"),
    ("The talks broke down in March.", "March", "DATE", "2013-03"),
    ("The bill passed in May.", "May", "DATE", "2012-05"),
    ("Growth was strong in the 1990s.", "the 1990s", "DATE", "199"),
    ("Troops moved in on Tuesday morning.", "Tuesday morning", "TIME", "2013-03-19TMO"),
    ("The strike lasted three days.", "three days", "DURATION", "P3D"),
    ("The ceasefire held for 24 hours.", "24 hours", "DURATION", "PT24H"),
    ("It was the worst season in a decade.", "a decade", "DURATION", "P10Y"),
    ("Over the past two years, prices doubled.", "the past two years", "DURATION", "P2Y"),
    ("He has worked there for years.", "years", "DURATION", "PXY"),
    ("Inflation is now falling.", "now", "DATE", "PRESENT_REF"),
    ("He said it is currently under review.", "currently", "DATE", "PRESENT_REF"),
    ("The plant will close this summer.", "this summer", "DATE", "2013-SU"),
    ("Last fall, the market crashed.", "Last fall", "DATE", "2012-FA"),
    ("Profits rose in the first quarter.", "the first quarter", "DATE", "2013-Q1"),
    ("She was born on July 4, 1976.", "July 4, 1976", "DATE", "1976-07-04"),
    ("The report was published in December 2012.", "December 2012", "DATE", "2012-12"),
    ("Fighting resumed yesterday.", "yesterday", "DATE", "2013-03-21"),
    ("The deal will be signed tomorrow.", "tomorrow", "DATE", "2013-03-23"),
    ("Talks resumed last night.", "last night", "TIME", "2013-03-21TNI"),
    ("It was the bloodiest war of the 20th century.", "the 20th century", "DATE", "19"),
    ("The plant produces 10,000 tons a year.", "a year", "SET", "P1Y"),
    ("The board meets every Monday.", "every Monday", "SET", "XXXX-WXX-1"),
    ("Results are published weekly.", "weekly", "SET", "P1W"),
    ("He spoke at 3 p.m. on Wednesday.", "3 p.m. on Wednesday", "TIME", "2013-03-20T15:00"),
    ("The raid began Tuesday at 10:30 a.m. EST.", "Tuesday at 10:30 a.m. EST", "TIME",
     "2013-03-19T10:30"),
    # a tokenised copy spaces the colon, and British style writes a dot: the minutes are kept
    ("The van was stopped at about 4: 45 a. m. Tuesday.", "4: 45 a. m. Tuesday", "TIME", "2013-03-19T04:45"),
    ("The ferry left at 6.15pm on Wednesday.", "6.15pm on Wednesday", "TIME", "2013-03-20T18:15"),
    ("They met on Christmas Day.", "Christmas Day", "DATE", "2012-12-25"),
    ("He retired in nineteen ninety-six.", "nineteen ninety-six", "DATE", "1996"),
    ("Losses widened from the year-ago quarter.", "the year-ago quarter", "DATE", "2011-Q4"),
    ("Sales rose 5% from a year earlier.", "a year earlier", "DATE", "2012"),
    ("Casualties have risen in recent weeks.", "recent weeks", "DATE", "PAST_REF"),
    ("Fighting stopped over the weekend.", "the weekend", "DATE", "2013-W11-WE"),
])
def test_timex_en_values(sentence: str, span: str, type_: str, value: str) -> None:
    t = _only(sentence)
    assert (t.text, t.type, t.value) == (span, type_, value)
    assert sentence[t.start:t.end] == t.text
    assert t.anchor == ANCHOR


@pytest.mark.parametrize("sentence", [
    "You may leave whenever you like.",
    "The march on the capital was peaceful.",
    "The 6-year-old girl was found safe.",
    "He paid $2013 for 1999 shares.",
    "Leaves fall from the trees.",
    "Now that the vote is over, the party will regroup.",
])
def test_timex_en_leaves_non_temporal_words_alone(sentence: str) -> None:
    assert tag(sentence, ANCHOR) == []


def test_timex_en_year_range_gives_two_years() -> None:
    found = tag("The swine flu pandemic of 2009-2010 killed thousands.", ANCHOR)
    assert [(t.text, t.value) for t in found] == [("2009", "2009"), ("2010", "2010")]


def test_timex_en_intervals_follow_values() -> None:
    week = _only("Prices fell last week.")
    assert (week.interval_start, week.interval_end, week.precision) == (
        date(2013, 3, 11), date(2013, 3, 17), "week")
    quarter = _only("Profits rose in the first quarter.")
    assert (quarter.interval_start, quarter.interval_end) == (date(2013, 1, 1), date(2013, 3, 31))
    assert interval("2012-WI")[:2] == (date(2012, 12, 1), date(2013, 2, 28))
    assert interval("199")[2] == "decade"
    assert interval("PRESENT_REF") == (None, None, "unknown")


def test_timex_en_without_anchor_leaves_values_underspecified() -> None:
    t = _only("The minister resigned on Monday.", anchor=None)
    assert (t.value, t.interval_start) == ("XXXX-WXX-1", None)
    assert _only("The talks broke down in March.", anchor=None).value == "XXXX-03"
    assert _only("She was born on July 4, 1976.", anchor=None).value == "1976-07-04"


def test_timex_en_tense_oracle_decides_direction() -> None:
    text = "The summit opens on Monday."
    past = tag(text, ANCHOR, tense_at=lambda s, e: "past")
    future = tag(text, ANCHOR, tense_at=lambda s, e: "future")
    assert (past[0].value, future[0].value) == ("2013-03-18", "2013-03-25")


def test_timex_en_text_tense_heuristic() -> None:
    text = "The minister resigned on Monday. He will leave the country on Friday."
    at = tense_from_text(text)
    assert at(text.index("Monday"), text.index("Monday") + 6) == "past"
    assert at(text.index("Friday"), text.index("Friday") + 6) == "future"


@pytest.mark.parametrize(("words", "value"), [
    ("twenty-two", 22), ("two hundred", 200), ("an", 1), ("one and a half", 1.5), ("12", 12),
    ("a dozen", 12), ("fish", None),
])
def test_timex_en_number_words(words: str, value: float | None) -> None:
    assert words_to_number(words) == value


def test_timex_en_never_raises_on_odd_input() -> None:
    for text in ["", "Feb. 30", "the 99th century", "13:75 p.m.", "\x00" * 10, "February 30, 2013"]:
        assert isinstance(tag(text, ANCHOR), list)


@pytest.mark.parametrize("sentence", [
    "Profit fell from the third quarter a year ago.",
    "Profit fell from the third quarter last year.",
    "Profit fell in the year-earlier third quarter.",
])
def test_timex_en_year_ago_quarters(sentence: str) -> None:
    t = _only(sentence, anchor=date(1989, 11, 2))
    assert t.value == "1988-Q3" and t.text.startswith("the ")


# Sentences that fire every English rule (checked below), for the prefilter check.
_RULE_EXAMPLES = [
    "On Tuesday, March 5, 2013, and on 5th of March 2013, the board met; see 2013-03-05 and 3/5/2013.",
    "In March 2013 and in May, sales rose; in fiscal 1989 they fell, as in the 1990s and the late sixties.",
    "The 21st century and this century differ; the third quarter of 1988 and the year-earlier quarter too.",
    "Year-ago figures, nineteen ninety-six, the weekend, yesterday, Tuesday morning and tonight.",
    "Next Monday, last week, two years ago, three days, the past two years, for years, currently.",
    "This summer, Christmas 2012, Thanksgiving, at 3 p.m. EST, at 15:00, noon, daily, every Monday.",
]


def test_timex_en_prefilter_matches_finditer() -> None:
    """The engine's prefilter gives each English rule exactly the matches of rx.finditer (the
    English rules open with a stricter lookbehind than the French ones: see engine.py)."""
    rules = timex.grammar("en").rules
    pf = _Prefilter(rules)
    assert all(h is not None for h in pf.heads), "a rule fell back to a full scan"
    assert [name for name, rx, _fn, _prio in rules if not any(rx.search(t) for t in _RULE_EXAMPLES)] == []
    texts = _RULE_EXAMPLES + [f(t) for t in _RULE_EXAMPLES for f in (str.upper, str.swapcase)]
    texts += [t[i:] for t in _RULE_EXAMPLES for i in range(0, 60, 7)] + ["$2013", "a-2013", "x.Monday", "1/5/2013"]
    for text in texts:
        for (name, rx, _fn, _prio), starts in zip(rules, pf.candidates(text), strict=True):
            want = [(m.span(), m.groups()) for m in rx.finditer(text)]
            got = [(m.span(), m.groups()) for m in (rx.finditer(text) if starts is None else _replay(rx, text, starts))]
            assert got == want, (name, text)

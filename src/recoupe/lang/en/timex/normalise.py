"""English normalisation: number words, the intervals of TIMEX3 values, quarters and movable
holidays, and the post-pass that joins a day and a clock time ("Tuesday at 3 p.m.")."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date, timedelta

from recoupe.lang.en import dates as L
from recoupe.lang.en.timex.grammar import _norm
from recoupe.model import Precision, TimexType
from recoupe.nlp.timex import calendar as cal
from recoupe.nlp.timex.calendar import easter
from recoupe.nlp.timex.engine import Cand, select


def _cand(start: int, end: int, type_: TimexType, value: str, rule: str, kind: str = "") -> Cand:
    return Cand(start, end, type_, value, rule=rule, kind=kind)


def words_to_number(words: str) -> float | None:
    """Value of an English cardinal ("twenty-two" -> 22, "two hundred" -> 200, "an" -> 1)."""
    s = _norm(words)
    if re.fullmatch(r"\d+(?:\.\d+)?", s):
        return float(s)
    half = 0.5 if s.endswith(" and a half") else 0.0
    s = s.removesuffix(" and a half")
    if s in L.NUMBER_WORDS:
        return float(L.NUMBER_WORDS[s]) + half
    if s.startswith("half a"):
        return 0.5
    toks = [t for t in re.split(r"[\s\-]+", s) if t and t != "and"]
    if not toks:
        return None
    total = current = 0
    for t in toks:
        v = L.NUMBER_WORDS.get(t)
        if v is None or t in ("a", "an"):
            return None
        if v == 1000:
            total += max(current, 1) * 1000
            current = 0
        elif v == 100:
            current = max(current, 1) * 100
        else:
            current += int(v)
    return float(total + current) + half


def _quarter(d: date) -> tuple[int, int]:
    return d.year, (d.month - 1) // 3 + 1


def _direction(word: str | None) -> str:
    w = _norm(word or "")
    if w in L.PAST_WORDS:
        return "last"
    if w in L.FUTURE_WORDS:
        return "next"
    return ""


def _nth_weekday(y: int, m: int, wd: int, n: int) -> date:
    """The n-th ISO weekday ``wd`` of a month (n = -1: the last)."""
    if n < 0:
        last = date(y, m, calendar.monthrange(y, m)[1])
        return last - timedelta(days=(last.isoweekday() - wd) % 7)
    first = date(y, m, 1)
    return first + timedelta(days=(wd - first.isoweekday()) % 7 + 7 * (n - 1))


_MOVABLE: dict[str, Callable[[int], date]] = {
    "easter": easter, "easter sunday": easter,
    "good friday": lambda y: easter(y) - timedelta(2),
    "thanksgiving": lambda y: _nth_weekday(y, 11, 4, 4),
    "thanksgiving day": lambda y: _nth_weekday(y, 11, 4, 4),
    "memorial day": lambda y: _nth_weekday(y, 5, 1, -1),
    "labor day": lambda y: _nth_weekday(y, 9, 1, 1),
}


def interval(value: str) -> tuple[date | None, date | None, Precision]:
    """The calendar interval a TIMEX3 DATE value covers, and its precision."""
    return cal.interval(value, L.SEASONS.values())


_JOIN_DAY_CLOCK = re.compile(r"\s*,?\s*(?:at|on|by)?\s*$|^\s*,?\s*(?:on\s+|at\s+)?$", re.IGNORECASE)


def _join_day_clock(text: str, chosen: list[Cand]) -> list[Cand]:
    """"Tuesday at 3 p.m." / "3 p.m. Tuesday": one TIME with the day's date."""
    out: list[Cand] = []
    i = 0
    while i < len(chosen):
        a = chosen[i]
        b = chosen[i + 1] if i + 1 < len(chosen) else None
        if b is not None and {a.kind, b.kind} == {"day", "clock"}:
            gap = text[a.end:b.start]
            if len(gap) <= 6 and re.fullmatch(r"\s*,?\s*(?:at|on|by)?\s*", gap, re.IGNORECASE):
                day, clock = (a, b) if a.kind == "day" else (b, a)
                dval = day.value.split("T")[0]
                if re.fullmatch(r"\d{4}-\d\d-\d\d|XXXX-XX-XX", dval):
                    out.append(_cand(a.start, b.end, "TIME", dval + "T" + clock.value.split("T")[1],
                                     "day-clock"))
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out


def finish(text: str, cands: list[Cand], anchor: date | None) -> list[Cand]:
    """The kept candidates: overlaps settled, then a day and its clock time joined."""
    return _join_day_clock(text, select(cands))


def reading(c: Cand) -> tuple[str, date | None, date | None, Precision]:
    """A kept candidate's value, and the interval of a DATE or TIME value."""
    lo, hi, precision = interval(c.value) if c.type in ("DATE", "TIME") else (None, None, "unknown")
    return c.value, lo, hi, precision

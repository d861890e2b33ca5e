"""Normalisation every time grammar shares: calendar arithmetic, the direction rule that picks
among candidate dates, and the interval a TIMEX3 value covers.

Direction of an underspecified expression (a bare weekday, month, "12 mars", "March 5"):

* past: the most recent such day/month **on or before** the anchor (the anchor day counts);
* future: the next one **on or after** the anchor;
* present or unknown: the nearest one (a weekday is never 3.5 days away, so no ties).

``strict`` ("last"/"next": « lundi dernier », "next Monday") is strictly before/after the anchor.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from datetime import date, timedelta

from recoupe.model import Precision
from recoupe.nlp.timex.engine import Tense


def add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    year = d.year + y
    return date(year, m + 1, min(d.day, calendar.monthrange(year, m + 1)[1]))


def month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def iso_week(d: date) -> str:
    """The TIMEX3 value of the ISO week holding ``d`` ("2013-W11")."""
    iso = d.isocalendar()
    return f"{iso.year}-W{iso.week:02d}"


def easter(y: int) -> date:
    """Gregorian Easter Sunday (anonymous algorithm)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(y, month, day + 1)


def parse_year(s: str, anchor: date | None) -> int:
    """A year written with four digits, or two ("'98", "98": the century nearest the anchor)."""
    s = s.strip().lstrip("'’")
    if len(s) == 4:
        return int(s)
    ref = anchor.year if anchor else 2000
    cands = [c * 100 + int(s) for c in (ref // 100 - 1, ref // 100, ref // 100 + 1)]
    return min(cands, key=lambda y: (abs(y - ref), y > ref))


def pick(cands: list[date], anchor: date, tense: Tense, strict: str = "") -> date:
    """Choose among candidate dates by direction: 'last'/'next' strict, else tense, else nearest."""
    if strict == "last":
        return max(c for c in cands if c < anchor)
    if strict == "next":
        return min(c for c in cands if c > anchor)
    if tense == "past":
        return max(c for c in cands if c <= anchor)
    if tense == "future":
        return min(c for c in cands if c >= anchor)
    return min(cands, key=lambda c: (abs((c - anchor).days), c > anchor))


def weekday_date(wd: int, anchor: date, tense: Tense, strict: str = "") -> date:
    base = anchor - timedelta(days=(anchor.isoweekday() - wd) % 7)
    return pick([base - timedelta(7), base, base + timedelta(7)], anchor, tense, strict)


def month_date(m: int, anchor: date, tense: Tense, strict: str = "") -> date:
    """The first day of month ``m`` in the year the direction gives (months compared whole)."""
    cands = [date(anchor.year + k, m, 1) for k in (-1, 0, 1)]
    return pick(cands, anchor.replace(day=1), tense, strict)


def daymonth_date(d: int, m: int, anchor: date, tense: Tense, strict: str = "") -> date:
    cands = []
    for k in (-1, 0, 1):
        try:
            cands.append(date(anchor.year + k, m, d))
        except ValueError:
            continue
    return pick(cands, anchor, tense, strict)


def pinned_by_weekday(d: int, m: int, wd: int, anchor: date) -> date | None:
    """The day ``d`` of month ``m`` whose ISO weekday is ``wd`` (« mardi 12 mars », "Tuesday,
    March 12": the weekday pins the year), the anchor's year first, then the one before and after."""
    for k in (0, -1, 1):
        try:
            cand = date(anchor.year + k, m, d)
        except ValueError:
            continue
        if cand.isoweekday() == wd:
            return cand
    return None


def interval(value: str, seasons: Iterable[tuple[str, int, int]]) -> tuple[date | None, date | None, Precision]:
    """The calendar interval a TIMEX3 DATE value covers, and its precision (``seasons``: the
    pack's ``(code, first month, last month)``)."""
    try:
        if m := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)(?:T.*)?", value):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return d, d, "day"
        if m := re.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", value):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            if m[3]:
                return monday + timedelta(5), monday + timedelta(6), "week"
            return monday, monday + timedelta(6), "week"
        if m := re.fullmatch(r"(\d{4})-(\d\d)", value):
            y, mo = int(m[1]), int(m[2])
            return date(y, mo, 1), month_end(y, mo), "month"
        if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
            y, q = int(m[1]), int(m[2])
            return date(y, 3 * q - 2, 1), month_end(y, 3 * q), "unknown"
        if m := re.fullmatch(r"(\d{4})-H([12])", value):
            y, h = int(m[1]), int(m[2])
            return (date(y, 1, 1), date(y, 6, 30), "unknown") if h == 1 else (
                date(y, 7, 1), date(y, 12, 31), "unknown")
        if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value):
            y = int(m[1])
            _code, m1, m2 = next(v for v in seasons if v[0] == m[2])
            end_y = y + 1 if m2 < m1 else y
            return date(y, m1, 1), month_end(end_y, m2), "season"
        if re.fullmatch(r"\d{4}", value):
            y = int(value)
            return date(y, 1, 1), date(y, 12, 31), "year"
        if re.fullmatch(r"\d{3}", value):
            y = int(value) * 10
            return date(max(y, 1), 1, 1), date(y + 9, 12, 31), "decade"
        if re.fullmatch(r"\d\d", value):
            y = int(value) * 100
            return date(max(y, 1), 1, 1), date(y + 99, 12, 31), "unknown"
    except ValueError:
        pass
    return None, None, "unknown"


def fmt_number(x: float) -> str:
    """A number in a TIMEX3 value: no trailing ".0"."""
    return str(int(x)) if float(x).is_integer() else f"{x:g}"

"""English temporal tagger and normaliser (TIMEX3 values, resolved against an anchor date).

The English counterpart of :mod:`recoupe.nlp.timex`, with the same output (a list of
:class:`recoupe.model.TimeExpr`) and the same conventions:

* compiled regular expressions built from the word lists of :mod:`recoupe.lang.en.dates` find
  candidates; each rule's handler returns a TIMEX3 type and value normalised on the anchor
  (usually the publication date); overlaps are settled longest first; a clock time next to a day
  ("Tuesday at 3 p.m.") becomes one TIME;
* spans follow TimeML: determiners and direction words are in ("last week", "the 1990s", "two
  years ago"), prepositions are out ("in March" -> "March");
* the direction of an underspecified expression (a bare weekday, month, "March 5", a season)
  comes from the tense of the governing verb (``tense_at``): past -> the most recent one on or
  before the anchor, future -> the next one on or after it, present or unknown -> the nearest
  (a bare month or season: the anchor's year). "last"/"next" are strict. Without ``tense_at``,
  :func:`tense_from_text` (a cheap verb-form heuristic) is used. Without an anchor, relative
  values are left underspecified ("XXXX-03", "XXXX-XX-XX") and intervals are None.

Values: ``2013-03-22``, ``2013-W11`` (ISO week), ``2013-03``, ``2013``, ``2013-Q1``, ``2013-H1``,
``2013-SU`` (season), ``199`` (the 1990s), ``19`` (the 20th century), ``2013-03-19TMO`` (Tuesday
morning), ``2013-03-22T15:00``; durations ``P3D``, ``PT2H``, ``P10Y`` (a decade), ``PXY``
("several years"); sets ``P1W`` ("weekly"), ``XXXX-WXX-1`` ("every Monday"); ``PRESENT_REF``,
``PAST_REF``, ``FUTURE_REF``.
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Literal

from recoupe.lang.en import dates as L
from recoupe.model import Precision, TimeExpr, TimexType

Tense = Literal["past", "present", "future"] | None
TenseAt = Callable[[int, int], Tense]

__all__ = ["tag", "tense_from_doc", "tense_from_text", "to_json_lines", "words_to_number"]

VERSION = "recoupe.time.en.v1"

# --------------------------------------------------------------------------- regex building


def _alt(words: object) -> str:
    """Alternation of surface forms, longest first; spaces match any run of whitespace."""
    forms = sorted({str(w) for w in words}, key=len, reverse=True)  # type: ignore[attr-defined]
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]")
                            for w in forms) + ")"


B = r"(?<![\w$£€.,/-])"  # not inside a word or a number
B_ = r"(?<![\w])"
E = r"(?![\w])"
MONTH = _alt(L.MONTHS)
MONTH_BARE = _alt(k for k in L.MONTHS if k not in L.AMBIGUOUS_MONTHS and not k.endswith("."))
WEEKDAY = _alt(L.WEEKDAYS)
_SIMPLE_NUM = _alt(k for k in L.NUMBER_WORDS if " " not in k and k not in ("a", "an"))
NUMW = rf"(?:{_SIMPLE_NUM}(?:(?:\s*-\s*|\s+(?:and\s+)?){_SIMPLE_NUM})*)"
NUM = (rf"(?P<num>\d+(?:\.\d+)?|{NUMW}|a\s+couple\s+of|a\s+dozen|an?|half\s+an?|one\s+and\s+a\s+half)"
       rf"(?:\s+and\s+a\s+half)?")
VAGUE = _alt(q for q in L.VAGUE_QUANTITIES if not q.startswith("the "))
UNIT = _alt(k for k in L.UNITS if k not in ("night", "nights", "season", "seasons", "semester"))
ORD = _alt(L.ORDINALS)
SEASON = _alt(L.SEASONS)
PART = _alt(k for k in L.DAY_PARTS if ":" not in L.DAY_PARTS[k] and k != "overnight")
PAST_DIR = _alt(L.PAST_WORDS)
FUT_DIR = _alt(L.FUTURE_WORDS)
DIR = rf"(?:{PAST_DIR}|{FUT_DIR}|this|the\s+current|the\s+same)"
FUZZY = r"(?:(?:early|late|mid|the\s+middle\s+of|earlier|later)(?:\s*-\s*|\s+(?:in\s+)?))"
DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])"
YEAR4 = r"(?:1[5-9]\d\d|20\d\d)"


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.lower().replace("’", "'")).strip()


# --------------------------------------------------------------------------- numbers


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


def _fmt(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


# --------------------------------------------------------------------------- calendar


def _add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    return date(d.year + y, m + 1, min(d.day, calendar.monthrange(d.year + y, m + 1)[1]))


def _pick(cands: list[date], anchor: date, tense: Tense, strict: str = "") -> date:
    """Choose among candidate dates: 'last'/'next' strict, else by tense, else the nearest."""
    if strict == "last":
        return max(c for c in cands if c < anchor)
    if strict == "next":
        return min(c for c in cands if c > anchor)
    if tense == "past":
        return max(c for c in cands if c <= anchor)
    if tense == "future":
        return min(c for c in cands if c >= anchor)
    return min(cands, key=lambda c: (abs((c - anchor).days), c > anchor))


def _weekday_date(wd: int, anchor: date, tense: Tense, strict: str = "") -> date:
    base = anchor - timedelta(days=(anchor.isoweekday() - wd) % 7)
    return _pick([base - timedelta(7), base, base + timedelta(7)], anchor, tense, strict)


def _daymonth_date(d: int, m: int, anchor: date, tense: Tense, strict: str = "") -> date:
    cands = []
    for k in (-1, 0, 1):
        try:
            cands.append(date(anchor.year + k, m, d))
        except ValueError:
            continue
    return _pick(cands, anchor, tense, strict)


def _month_year(m: int, anchor: date, tense: Tense, strict: str = "") -> int:
    first = anchor.replace(day=1)
    return _pick([date(anchor.year + k, m, 1) for k in (-1, 0, 1)], first, tense, strict).year


def _week(d: date) -> str:
    iso = d.isocalendar()
    return f"{iso.year}-W{iso.week:02d}"


def _quarter(d: date) -> tuple[int, int]:
    return d.year, (d.month - 1) // 3 + 1


def _direction(word: str | None) -> str:
    w = _norm(word or "")
    if w in L.PAST_WORDS:
        return "last"
    if w in L.FUTURE_WORDS:
        return "next"
    return ""


def _easter(y: int) -> date:
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


def _nth_weekday(y: int, m: int, wd: int, n: int) -> date:
    """The n-th ISO weekday ``wd`` of a month (n = -1: the last)."""
    if n < 0:
        last = date(y, m, calendar.monthrange(y, m)[1])
        return last - timedelta(days=(last.isoweekday() - wd) % 7)
    first = date(y, m, 1)
    return first + timedelta(days=(wd - first.isoweekday()) % 7 + 7 * (n - 1))


_MOVABLE: dict[str, Callable[[int], date]] = {
    "easter": _easter, "easter sunday": _easter,
    "good friday": lambda y: _easter(y) - timedelta(2),
    "thanksgiving": lambda y: _nth_weekday(y, 11, 4, 4),
    "thanksgiving day": lambda y: _nth_weekday(y, 11, 4, 4),
    "memorial day": lambda y: _nth_weekday(y, 5, 1, -1),
    "labor day": lambda y: _nth_weekday(y, 9, 1, 1),
}


def interval(value: str) -> tuple[date | None, date | None, Precision]:
    """The calendar interval a TIMEX3 DATE value covers, and its precision."""
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
            return date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1]), "month"
        if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
            y, q = int(m[1]), int(m[2])
            return (date(y, 3 * q - 2, 1), date(y, 3 * q, calendar.monthrange(y, 3 * q)[1]),
                    "unknown")
        if m := re.fullmatch(r"(\d{4})-H([12])", value):
            y, h = int(m[1]), int(m[2])
            return (date(y, 1, 1), date(y, 6, 30), "unknown") if h == 1 else (
                date(y, 7, 1), date(y, 12, 31), "unknown")
        if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value):
            y = int(m[1])
            _code, m1, m2 = next(v for v in L.SEASONS.values() if v[0] == m[2])
            end_y = y + 1 if m2 < m1 else y
            return (date(y, m1, 1), date(end_y, m2, calendar.monthrange(end_y, m2)[1]),
                    "season")
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


# --------------------------------------------------------------------------- candidates


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    type: TimexType
    value: str
    rule: str
    prio: int = 0
    kind: str = ""  # "day" (a date a clock time can join), "clock", or ""


class _Ctx:
    __slots__ = ("anchor", "tense_at", "text")

    def __init__(self, text: str, anchor: date | None, tense_at: TenseAt | None) -> None:
        self.text, self.anchor, self.tense_at = text, anchor, tense_at

    def tense(self, s: int, e: int) -> Tense:
        if self.tense_at is None:
            return None
        try:
            t = self.tense_at(s, e)
        except Exception:  # a faulty oracle must not break tagging
            return None
        return t if t in ("past", "present", "future") else None

    def before(self, s: int, n: int = 30) -> str:
        return self.text[max(0, s - n) : s]

    def after(self, e: int, n: int = 30) -> str:
        return self.text[e : e + n]


Handler = Callable[[re.Match[str], _Ctx], "_Cand | None"]
_RULES: list[tuple[str, re.Pattern[str], Handler, int]] = []


def _rule(name: str, pattern: str, prio: int = 0) -> Callable[[Handler], Handler]:
    def deco(fn: Handler) -> Handler:
        _RULES.append((name, re.compile(pattern, re.IGNORECASE), fn, prio))
        return fn

    return deco


def _c(m: re.Match[str], type_: TimexType, value: str, rule: str, kind: str = "",
       start: int | None = None) -> _Cand:
    return _Cand(m.start() if start is None else start, m.end(), type_, value, rule, kind=kind)


# --------------------------------------------------------------------------- rules: calendar dates


def _year_of(s: str, anchor: date | None) -> int:
    s = s.strip().lstrip("'’")
    if len(s) == 4:
        return int(s)
    ref = anchor.year if anchor else 2000
    cands = [c * 100 + int(s) for c in (ref // 100 - 1, ref // 100, ref // 100 + 1)]
    return min(cands, key=lambda y: (abs(y - ref), y > ref))


@_rule("date-mdy", rf"{B_}(?:(?P<wd>{WEEKDAY}),?\s+)?(?:{FUZZY})?(?P<m>{MONTH})\.?\s+(?P<d>{DAYNUM})"
       rf"(?:st|nd|rd|th)?(?![\d:])(?:\s*,?\s*(?P<y>{YEAR4}))?{E}", prio=6)
def _r_mdy(m: re.Match[str], c: _Ctx) -> _Cand | None:
    return _dm(m, c, "date-mdy")


@_rule("date-dmy", rf"{B_}(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<d>{DAYNUM})(?:st|nd|rd|th)?"
       rf"\s+(?:of\s+)?(?P<m>{MONTH})(?:\s*,?\s*(?P<y>{YEAR4}))?{E}", prio=6)
def _r_dmy(m: re.Match[str], c: _Ctx) -> _Cand | None:
    return _dm(m, c, "date-dmy")


def _dm(m: re.Match[str], c: _Ctx, rule: str) -> _Cand | None:
    mo, d = L.MONTHS[_norm(m["m"])], int(m["d"])
    if m["y"]:
        return _c(m, "DATE", date(int(m["y"]), mo, d).isoformat(), rule, "day")
    date(2000, mo, d)  # validates the day
    if c.anchor is None:
        return _c(m, "DATE", f"XXXX-{mo:02d}-{d:02d}", rule, "day")
    if m["wd"]:  # the weekday pins the year
        wd = L.WEEKDAYS[_norm(m["wd"])]
        for k in (0, -1, 1):
            try:
                cand = date(c.anchor.year + k, mo, d)
            except ValueError:
                continue
            if cand.isoweekday() == wd:
                return _c(m, "DATE", cand.isoformat(), rule, "day")
    return _c(m, "DATE", _daymonth_date(d, mo, c.anchor, c.tense(m.start(), m.end())).isoformat(),
              rule, "day")


@_rule("date-iso", rf"{B}(?P<y>\d{{4}})-(?P<m>[01]\d)-(?P<d>[0-3]\d){E}", prio=7)
def _r_iso(m: re.Match[str], c: _Ctx) -> _Cand | None:
    return _c(m, "DATE", date(int(m["y"]), int(m["m"]), int(m["d"])).isoformat(), "date-iso", "day")


@_rule("date-slash", rf"{B}(?P<m>[01]?\d)/(?P<d>[0-3]?\d)/(?P<y>\d{{4}}|\d\d)(?![\d/])", prio=7)
def _r_slash(m: re.Match[str], c: _Ctx) -> _Cand | None:
    y = _year_of(m["y"], c.anchor)
    return _c(m, "DATE", date(y, int(m["m"]), int(m["d"])).isoformat(), "date-slash", "day")


@_rule("month-year", rf"{B_}(?:{FUZZY})?(?P<m>{MONTH})\.?(?:\s+of)?,?\s+(?P<y>{YEAR4}|['’]\d\d){E}",
       prio=5)
def _r_month_year(m: re.Match[str], c: _Ctx) -> _Cand | None:
    y = _year_of(m["y"], c.anchor)
    return _c(m, "DATE", f"{y:04d}-{L.MONTHS[_norm(m['m'])]:02d}", "month-year")


_MAY_BEFORE = re.compile(r"(?:\b(?:in|since|until|till|by|of|through|from|to|and|before|after|"
                         r"during|early|late|last|next|this|mid|between|or|end|beginning)\s*-?\s*"
                         r"|[,(]\s*)$", re.IGNORECASE)


@_rule("month", rf"{B_}(?:{FUZZY})?(?:(?P<dir>{DIR})\s+)?(?P<m>{MONTH_BARE}|May){E}"
       rf"(?!\s*\d)", prio=3)
def _r_month(m: re.Match[str], c: _Ctx) -> _Cand | None:
    name = m["m"]
    if name.lower() == "may" and (name != "May" or not (m["dir"] or _MAY_BEFORE.search(
            c.before(m.start(), 20)))):
        return None
    if name[0].islower() and name.lower() in ("march",):
        return None  # "to march", "the march on Washington"
    mo = L.MONTHS[_norm(name)]
    if c.anchor is None:
        return _c(m, "DATE", f"XXXX-{mo:02d}", "month")
    dir_ = _norm(m["dir"] or "")
    if dir_ in ("this", "the current", "the same"):
        return _c(m, "DATE", f"{c.anchor.year:04d}-{mo:02d}", "month-this")
    y = _month_year(mo, c.anchor, c.tense(m.start(), m.end()), _direction(m["dir"]))
    return _c(m, "DATE", f"{y:04d}-{mo:02d}", "month-dir" if m["dir"] else "month")


_YEAR_STOP = re.compile(
    r"\s*(?:[.,]\d|\d|%|percent|per\s+cent|shares|cars|units|people|workers|employees|jobs|"
    r"tons?|barrels|points?|votes|acres|miles|feet|meters|kilometers|pounds|ounces|dollars|yen|"
    r"marks|francs|troops|soldiers|members|copies|students|-?\s*(?:a|per)\s+share|-\w)(?![\w])",
    re.IGNORECASE)


@_rule("year", rf"(?<![\w$£€.,/])(?:(?<=\d{{4}}-)|(?<!-))(?:(?P<fz>{FUZZY}))?"
              rf"(?P<fy>(?:fiscal|FY)\s*(?:year\s+)?)?(?P<y>{YEAR4}){E}",
       prio=1)
def _r_year(m: re.Match[str], c: _Ctx) -> _Cand | None:
    before = c.before(m.start(), 12)
    if _YEAR_STOP.match(c.text, m.end()) or re.search(
            r"(?:\d[\s.,]?|No\.\s*|number\s+|[$£€#+/:])$", before, re.IGNORECASE):
        return None
    if re.match(r"\s*-\s*(?:(?!(?:1[5-9]|20)\d\d(?!\d))\d|year|month|day|hour)", c.after(m.end(), 8),
                re.IGNORECASE):
        return None
    return _c(m, "DATE", m["y"], "year-fiscal" if m["fy"] else "year")


@_rule("decade", rf"{B_}(?:the\s+)?(?:{FUZZY})?(?P<y>(?:1[5-9]|20)?\d0|['’]\d0)['’]?s{E}", prio=4)
def _r_decade(m: re.Match[str], c: _Ctx) -> _Cand | None:
    y = m["y"].lstrip("'’")
    y4 = int(y) if len(y) == 4 else (1900 + int(y) if int(y) >= 20 else 2000 + int(y))
    return _c(m, "DATE", str(y4)[:3], "decade")


@_rule("decade-word", rf"{B_}(?:the\s+)?(?:{FUZZY})?(?P<w>twenties|thirties|forties|fifties|sixties|"
       rf"seventies|eighties|nineties){E}", prio=4)
def _r_decade_word(m: re.Match[str], c: _Ctx) -> _Cand | None:
    if not m[0].lower().startswith(("the", "early", "mid", "late")):
        return None  # "in his forties" is an age
    tens = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
            "nineties"].index(m["w"].lower()) + 2
    return _c(m, "DATE", f"19{tens}", "decade-word")


@_rule("century", rf"{B_}(?:the\s+)?(?:(?P<dir>this|last|next|the\s+past)\s+century|"
       rf"(?P<o>{ORD})\s*-?\s*century){E}", prio=4)
def _r_century(m: re.Match[str], c: _Ctx) -> _Cand | None:
    if m["dir"]:
        if c.anchor is None:
            return None
        if _norm(m["dir"]) == "the past":
            return _c(m, "DURATION", "P100Y", "century-past")
        shift = {"this": 0, "last": -1, "next": 1}[_norm(m["dir"])]
        return _c(m, "DATE", f"{c.anchor.year // 100 + shift:02d}", "century-dir")
    n = L.ORDINALS.get(_norm(m["o"]), 0)
    if not 1 <= n <= 22:
        return None
    return _c(m, "DATE", f"{n - 1:02d}", "century")


@_rule("quarter", rf"{B_}(?:the\s+)?(?:(?P<fiscal>fiscal)\s+)?(?P<o>first|second|third|fourth|1st|"
       rf"2nd|3rd|4th|last|final)(?:\s*-\s*|\s+)(?:fiscal\s+)?(?P<u>quarter|half|period)"
       rf"(?:\s+(?:of\s+)?(?:(?:fiscal\s+)?(?P<y>{YEAR4})|(?P<ydir>this|last|next)\s+year|"
       rf"the\s+year))?{E}", prio=5)
def _r_quarter(m: re.Match[str], c: _Ctx) -> _Cand | None:
    unit = _norm(m["u"])
    if unit == "period":
        return None
    n = L.ORDINALS[_norm(m["o"])]
    if n < 0:
        n = 4 if unit == "quarter" else 2
    code = "Q" if unit == "quarter" else "H"
    if (unit == "half" and n > 2) or n > 4:
        return None
    if m["y"]:
        return _c(m, "DATE", f"{m['y']}-{code}{n}", "quarter-year")
    if c.anchor is None:
        return _c(m, "DATE", f"XXXX-{code}{n}", "quarter")
    y, q = _quarter(c.anchor)
    if m["ydir"]:
        y += {"this": 0, "last": -1, "next": 1}[_norm(m["ydir"])]
    elif (code == "Q" and n > q and c.tense(m.start(), m.end()) == "past") or (
            code == "H" and n == 2 and c.anchor.month <= 6 and c.tense(m.start(), m.end()) == "past"):
        y -= 1
    return _c(m, "DATE", f"{y}-{code}{n}", "quarter")


_QPRE = (r"(?P<pre>year\s*-\s*earlier|year\s*-\s*ago|year\s+earlier|comparable|latest|most\s+recent|"
         r"just\s*-\s*ended|same|(?P<y>" + YEAR4 + r")|(?P<ys>this|last)\s+year['’]s)")


@_rule("quarter-ref", rf"{B_}(?:the\s+)?(?:{_QPRE}\s+)?(?:(?P<o>first|second|third|fourth|1st|2nd|3rd|"
       rf"4th)(?:\s*-\s*|\s+))?(?:fiscal\s+)?(?P<u>quarter|period)(?P<post>\s+a\s+year\s+(?:ago|earlier)|"
       rf"\s+last\s+year|\s+of\s+(?P<y2>{YEAR4}))?{E}", prio=5)
def _r_quarter_ref(m: re.Match[str], c: _Ctx) -> _Cand | None:
    pre = _norm(m["pre"] or "")
    has_the = _norm(m[0]).startswith("the ")
    if not (pre or m["o"] or (has_the and _norm(m["u"]) == "quarter")):
        return None
    if _norm(m["u"]) == "period" and not pre:
        return None
    if m["o"] and not pre and not m["post"]:
        return None  # "the third quarter": the quarter rule
    if c.anchor is None:
        return None
    y, q = _last_quarter(c.anchor)
    if m["o"]:
        q = L.ORDINALS[_norm(m["o"])]
        y = c.anchor.year if q <= _quarter(c.anchor)[1] else c.anchor.year - 1
    year_back = pre.startswith("year") or bool(m["post"] and not m["y2"])
    if m["y"] or m["y2"]:
        y = int(m["y"] or m["y2"])
    elif m["ys"]:
        y = c.anchor.year - (1 if _norm(m["ys"]) == "last" else 0)
    elif year_back or pre == "comparable":
        y -= 1
    return _c(m, "DATE", f"{y}-Q{q}", "quarter-ref")


@_rule("year-ago", rf"{B_}(?P<w>year\s*-\s*(?:earlier|ago)){E}(?!\s+(?:\w+\s+)?(?:quarter|period))",
       prio=3)
def _r_year_ago(m: re.Match[str], c: _Ctx) -> _Cand | None:
    if c.anchor is None:
        return None
    if _quarter_context(c, m.start()):
        y, q = _last_quarter(c.anchor)
        return _c(m, "DATE", f"{y - 1}-Q{q}", "year-ago")
    return _c(m, "DATE", f"{c.anchor.year - 1}", "year-ago")


_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_UNITS_W = {w: v for w, v in L.NUMBER_WORDS.items() if isinstance(v, int) and 1 <= v <= 19
            and " " not in w and w not in ("a", "an")}


@_rule("spoken-year", rf"{B_}(?:the\s+year\s+)?(?:(?P<c>nineteen|eighteen)\s+(?P<t>{_alt(_TENS)})"
       rf"(?:\s*-\s*|\s+)?(?P<u>{_alt(_UNITS_W)})?|two\s+thousand(?:\s+(?:and\s+)?(?P<u2>"
       rf"{_alt(_UNITS_W)}))?){E}", prio=3)
def _r_spoken_year(m: re.Match[str], c: _Ctx) -> _Cand | None:
    """Transcripts spell years out: "nineteen ninety-six", "the year two thousand"."""
    if m["c"]:
        y = (1900 if _norm(m["c"]) == "nineteen" else 1800) + _TENS[_norm(m["t"])]
        y += _UNITS_W.get(_norm(m["u"] or ""), 0)
    else:
        if not _norm(m[0]).startswith("the year") and not m["u2"]:
            return None  # "two thousand" alone is a number
        y = 2000 + _UNITS_W.get(_norm(m["u2"] or ""), 0)
    return _c(m, "DATE", str(y), "spoken-year")


@_rule("weekend", rf"{B_}the\s+weekend{E}", prio=2)
def _r_weekend(m: re.Match[str], c: _Ctx) -> _Cand | None:
    if c.anchor is None:
        return None
    a = c.anchor
    sat = a + timedelta(days=6 - a.isoweekday())  # this week's Saturday
    if c.tense(m.start(), m.end()) == "past" and sat >= a:
        sat -= timedelta(7)
    return _c(m, "DATE", _week(sat) + "-WE", "weekend")


# --------------------------------------------------------------------------- rules: relative


@_rule("rel-day", rf"{B_}(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|"
       rf"yesterday|tomorrow)(?:['’]s)?{E}", prio=4)
def _r_rel_day(m: re.Match[str], c: _Ctx) -> _Cand | None:
    off = L.DAY_OFFSETS[_norm(m["w"])]
    if _norm(m["w"]) == "today" and re.match(r"['’]s\s+\w+", c.text[m.end("w"):m.end("w") + 12]) \
            and not re.match(r"['’]s\s+(?:date|meeting|session|announcement|decision|vote)",
                             c.text[m.end("w"):m.end("w") + 20], re.IGNORECASE):
        return _c(m, "DATE", "PRESENT_REF", "rel-day-generic")  # "today's world"
    if c.anchor is None:
        return _c(m, "DATE", "XXXX-XX-XX", "rel-day", "day")
    return _Cand(m.start(), m.end("w"), "DATE", (c.anchor + timedelta(off)).isoformat(), "rel-day",
                 kind="day")


@_rule("day-part", rf"{B_}(?:(?P<fz>early|late)\s+)?(?:(?P<rel>yesterday|today|tomorrow|this|last|"
       rf"the\s+same|that)|(?P<wd>{WEEKDAY}))\s+(?P<p>{PART}){E}", prio=6)
def _r_day_part(m: re.Match[str], c: _Ctx) -> _Cand | None:
    part = L.DAY_PARTS[_norm(m["p"])]
    rel = _norm(m["rel"] or "")
    if rel in ("the same", "that"):
        return None
    if c.anchor is None:
        return _c(m, "TIME", f"XXXX-XX-XXT{part}", "day-part", "day")
    if m["wd"]:
        d = _weekday_date(L.WEEKDAYS[_norm(m["wd"])], c.anchor, c.tense(m.start(), m.end()))
    elif rel == "last":
        if part not in ("NI", "EV"):
            return None  # "last morning" is not said
        d = c.anchor - timedelta(1)
    else:
        d = c.anchor + timedelta({"yesterday": -1, "tomorrow": 1}.get(rel, 0))
    return _c(m, "TIME", f"{d.isoformat()}T{part}", "day-part", "day")


@_rule("tonight", rf"{B_}(?P<w>tonight|overnight){E}", prio=4)
def _r_tonight(m: re.Match[str], c: _Ctx) -> _Cand | None:
    if _norm(m["w"]) == "overnight":
        return None
    if c.anchor is None:
        return _c(m, "TIME", "XXXX-XX-XXTNI", "tonight", "day")
    return _c(m, "TIME", f"{c.anchor.isoformat()}TNI", "tonight", "day")


@_rule("weekday", rf"{B_}(?:(?P<fz>early|late)\s+)?(?:(?P<dir>{DIR})\s+)?(?P<wd>{WEEKDAY})"
       rf"(?:\s+(?P<dir2>last|next))?{E}", prio=2)
def _r_weekday(m: re.Match[str], c: _Ctx) -> _Cand | None:
    wd = L.WEEKDAYS[_norm(m["wd"])]
    if m["wd"].endswith(".") and m["wd"][0].islower():
        return None
    if c.anchor is None:
        return _c(m, "DATE", f"XXXX-WXX-{wd}", "weekday", "day")
    strict = _direction(m["dir"]) or _direction(m["dir2"])
    tense = c.tense(m.start(), m.end())
    if _norm(m["dir"] or "") == "this" and not strict:
        tense = tense if tense != "present" else None
    d = _weekday_date(wd, c.anchor, tense, strict)
    return _c(m, "DATE", d.isoformat(), "weekday-dir" if strict else "weekday", "day")


_REL_UNIT = r"(?P<u>week|month|year|quarter|weekend|decade|fiscal\s+year|half|season)"


@_rule("rel-unit", rf"{B_}(?P<fz>{FUZZY})?(?:the\s+)?(?P<dir>{DIR})\s+{_REL_UNIT}{E}", prio=4)
def _r_rel_unit(m: re.Match[str], c: _Ctx) -> _Cand | None:
    unit = _norm(m["u"]).replace("fiscal ", "")
    word = _norm(m["dir"])
    had_the = "the " in _norm(m[0]) and not m["fz"]
    if word == "past" or (word in ("coming", "following") and had_the):
        letter = {"week": "W", "month": "M", "year": "Y", "quarter": "Q", "weekend": "WE",
                  "decade": "DE", "half": "H", "season": "SE"}[unit]
        if unit == "decade":
            return _c(m, "DURATION", "P10Y", "rel-unit-span")
        if unit == "quarter":
            return _c(m, "DURATION", "P3M", "rel-unit-span")
        if unit in ("half", "season"):
            return None
        return _c(m, "DURATION", f"P1{letter}", "rel-unit-span")
    if unit in ("half", "season"):
        return None
    if c.anchor is None:
        return _c(m, "DATE", "XXXX", "rel-unit")
    shift = {"last": -1, "next": 1}.get(_direction(word), 0)
    if word in ("same",):
        return None
    a = c.anchor
    if unit == "week":
        value = _week(a + timedelta(7 * shift))
    elif unit == "weekend":
        d = a + timedelta(7 * shift)
        if shift == 0 and a.isoweekday() == 1 and c.tense(m.start(), m.end()) == "past":
            d = a - timedelta(1)
        value = _week(d) + "-WE"
    elif unit == "month":
        value = _add_months(a.replace(day=1), shift).strftime("%Y-%m")
    elif unit == "year":
        value = f"{a.year + shift:04d}"
    elif unit == "quarter":
        y, q = _quarter(a)
        q += shift
        y, q = (y - 1, 4) if q < 1 else (y + 1, 1) if q > 4 else (y, q)
        value = f"{y}-Q{q}"
    else:  # decade
        value = f"{a.year // 10 + shift:03d}"
    return _c(m, "DATE", value, "rel-unit")


_AGO_UNIT = r"(?P<u>seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century)"


@_rule("ago", rf"{B}(?:(?:about|some|nearly|almost|roughly|more\s+than|less\s+than|over|just|only)\s+)?"
       rf"(?:{NUM}|(?P<vague>{VAGUE}))\s+{_AGO_UNIT}\s+(?P<w>ago|earlier|before|later|from\s+now|hence)"
       rf"{E}", prio=6)
def _r_ago(m: re.Match[str], c: _Ctx) -> _Cand | None:
    start = _skip_approx(m)
    unit = _norm(m["u"]).rstrip("s").replace("centurie", "century")
    w = _norm(m["w"])
    n = None if m["vague"] else words_to_number(m["num"])
    if w in ("earlier", "before", "later"):
        # relative to another event, not to the anchor: a duration (TimeML's convention for an
        # offset whose anchor is not the document date); "a year earlier" stays a date below
        if n is None:
            return None
        if unit != "year" or w == "later":
            return _Cand(start, m.end("u"), "DURATION", _duration(n, unit), "offset")
    sign = 1 if w in ("later", "from now", "hence") else -1
    if n is None:
        return _Cand(start, m.end(), "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", "ago-vague")
    if c.anchor is None or not float(n).is_integer():
        return _Cand(start, m.end(), "DATE", "XXXX", "ago")
    k, a = int(n) * sign, c.anchor
    if unit in ("second", "minute", "hour"):
        return _Cand(start, m.end(), "TIME", "PRESENT_REF", "ago")
    if unit == "day":
        value = (a + timedelta(k)).isoformat()
    elif unit == "week":
        value = _week(a + timedelta(7 * k))
    elif unit == "month":
        value = _add_months(a.replace(day=1), k).strftime("%Y-%m")
    elif unit == "year":
        value = f"{a.year + k:04d}"
        if k == -1 and _quarter_context(c, start):
            y, q = _last_quarter(a)
            value = f"{y - 1}-Q{q}"  # "a year ago" beside quarterly results: the year-ago quarter
    elif unit == "decade":
        value = f"{(a.year + 10 * k) // 10:03d}"
    else:
        value = f"{(a.year + 100 * k) // 100:02d}"
    return _Cand(start, m.end(), "DATE", value, "ago")


def _last_quarter(a: date) -> tuple[int, int]:
    """The last quarter completed on ``a`` (the one results are reported for)."""
    y, q = _quarter(a)
    return (y - 1, 4) if q == 1 else (y, q - 1)


def _quarter_context(c: _Ctx, start: int) -> bool:
    """Whether the sentence of ``start`` (or the one before) speaks of a quarter's results."""
    lo = max(0, start - 250)
    return re.search(r"\bquarter", c.text[lo:start], re.IGNORECASE) is not None


def _skip_approx(m: re.Match[str]) -> int:
    """Start of the expression after an approximator ("about two years ago" -> "two years ago")."""
    lead = re.match(r"(?:about|some|nearly|almost|roughly|more\s+than|less\s+than|over|just|only)"
                    r"\s+", m[0], re.IGNORECASE)
    return m.start() + (lead.end() if lead else 0)


def _duration(n: float | None, unit: str) -> str:
    """ISO 8601 duration of ``n`` ``unit`` (None: vague, "PXY")."""
    unit = unit.rstrip("s").replace("centurie", "century")
    code = {"second": "TS", "minute": "TM", "hour": "TH", "day": "D", "week": "W", "month": "M",
            "year": "Y", "decade": "DE", "century": "CE", "quarter": "Q", "weekend": "WE",
            "night": "NI"}.get(unit, "")
    if not code:
        return "PX"
    t = "T" if code.startswith("T") else ""
    letter = code[-1]
    if n is None:
        return {"DE": "PXDE", "CE": "PXCE", "Q": "PXQ", "WE": "PXWE", "NI": "PXNI"}.get(
            code, f"P{t}X{letter}")
    if code == "DE":
        return f"P{_fmt(10 * n)}Y"
    if code == "CE":
        return f"P{_fmt(100 * n)}Y"
    if code == "Q":
        return f"P{_fmt(3 * n)}M"
    if code == "WE":
        return f"P{_fmt(n)}WE"
    if code == "NI":
        return f"P{_fmt(n)}NI"
    if not float(n).is_integer():
        if letter == "Y":
            return f"P{_fmt(12 * n)}M"
        if letter == "H" and t:
            return f"PT{_fmt(60 * n)}M"
        if letter == "D":
            return f"PT{_fmt(24 * n)}H"
    return f"P{t}{_fmt(n)}{letter}"


_DUR_UNIT = (r"(?P<u>seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|"
             r"century|quarters?|weekends?|nights?)")


@_rule("duration", rf"{B}(?:(?P<the>the)\s+(?P<dir>past|last|next|first|previous|coming|"
       rf"following|final|better\s+part\s+of\s+the|remaining)\s+)?(?:{NUM}|(?P<vague>{VAGUE}))"
       rf"(?P<hy>\s*-\s*|\s+)(?:plus\s+|or\s+so\s+|more\s+|full\s+|straight\s+|consecutive\s+|"
       rf"long\s+)?{_DUR_UNIT}(?:\s*-\s*(?P<old>old))?{E}", prio=3)
def _r_duration(m: re.Match[str], c: _Ctx) -> _Cand | None:
    num = m["num"]
    n = None if m["vague"] else words_to_number(num)
    unit = _norm(m["u"])
    if m["vague"] is None and n is None:
        return None
    if m["old"] or re.match(r"\s*old\b", c.after(m.end(), 6), re.IGNORECASE):
        return None  # an age ("a 6-year-old", "52 years old"): TimeML leaves it out
    if num and re.fullmatch(r"(?:1[5-9]|20)\d\d", num) and unit.startswith(("quarter", "period")):
        return None  # "the 1988 quarter"
    if _norm(num or "") in ("a", "an") and not m["the"]:
        before = c.before(m.start(), 25)
        if re.search(r"(?:\d|\d%|dollars?|cents?|euros?|pounds?|yen|times|percent|"
                     r"billion|million|barrels|tons)\s*$", before, re.IGNORECASE):
            return _c(m, "SET", _duration(1, unit), "set-rate")
    if _norm(m["vague"] or "") == "recent":
        return _c(m, "DATE", "PAST_REF", "recent")  # "recent weeks": TimeBank's reading
    return _c(m, "DURATION", _duration(n, unit), "duration")


@_rule("duration-bare", rf"{B_}(?P<pre>for|over|in|within|after|recent|the\s+past|the\s+last|"
       rf"the\s+next|the\s+coming|in\s+recent|in\s+coming)\s+(?P<u>years|months|weeks|days|hours|"
       rf"minutes|decades){E}", prio=2)
def _r_duration_bare(m: re.Match[str], c: _Ctx) -> _Cand | None:
    pre = _norm(m["pre"])
    if pre in ("for", "over", "in", "within", "after"):
        start = m.start("u")  # the preposition stays out of the span
    elif pre.startswith("in "):
        start = m.start("pre") + m["pre"].lower().index(pre.split()[1])
    else:
        start = m.start()
    if "recent" in pre:
        return _Cand(start, m.end(), "DATE", "PAST_REF", "recent")
    return _Cand(start, m.end(), "DURATION", _duration(None, m["u"]), "duration-vague")


@_rule("ref", rf"{B_}(?P<w>{_alt(L.REF_WORDS)}){E}", prio=1)
def _r_ref(m: re.Match[str], c: _Ctx) -> _Cand | None:
    w = _norm(m["w"])
    if w in L.WEAK_REF_WORDS:
        return None
    if w == "now" and re.match(r"\s*(?:that|,\s*(?:however|though))\b", c.after(m.end(), 12),
                               re.IGNORECASE):
        return None  # "now that ..." is a conjunction
    return _c(m, "DATE", L.REF_WORDS[w], "ref")


@_rule("season", rf"{B_}(?:(?P<fz>early|late|mid|the\s+middle\s+of)(?:\s*-\s*|\s+))?(?:(?P<dir>{DIR})\s+)?"
       rf"(?P<s>{SEASON})(?:\s+(?:of\s+)?(?P<y>{YEAR4}))?{E}", prio=3)
def _r_season(m: re.Match[str], c: _Ctx) -> _Cand | None:
    code = L.SEASONS[_norm(m["s"])][0]
    if _norm(m["s"]) == "fall" and not (m["dir"] or m["y"] or re.search(
            r"\b(?:in|the|this|last|next|early|late|since|until|by|during)\s*$", c.before(m.start(), 10),
            re.IGNORECASE)):
        return None  # the verb "fall"
    if _norm(m["s"]) == "spring" and not (m["dir"] or m["y"] or re.search(
            r"\b(?:in|the|this|last|next|early|late|since|until|by|during)\s*$", c.before(m.start(), 10),
            re.IGNORECASE)):
        return None
    if m["y"]:
        return _c(m, "DATE", f"{m['y']}-{code}", "season-year")
    if c.anchor is None:
        return _c(m, "DATE", f"XXXX-{code}", "season")
    a = c.anchor
    strict = _direction(m["dir"])
    spans = []
    for y in (a.year - 1, a.year, a.year + 1):
        lo, hi, _ = interval(f"{y}-{code}")
        if lo is not None and hi is not None:
            spans.append((y, lo, hi))
    current = [y for y, lo, hi in spans if lo <= a <= hi]
    if strict == "last":
        y = max(y for y, lo, hi in spans if hi < a)
    elif strict == "next":
        y = min(y for y, lo, hi in spans if lo > a)
    elif current:
        y = current[0]
    else:
        tense = c.tense(m.start(), m.end())
        past = max(y for y, lo, hi in spans if hi < a)
        future = min(y for y, lo, hi in spans if lo > a)
        if tense == "past":
            y = past
        elif tense == "future":
            y = future
        else:
            y = future if future == a.year else past if past == a.year else a.year
    return _c(m, "DATE", f"{y}-{code}", "season-dir" if strict else "season")


def _season_of(d: date) -> str | None:
    for code, m1, m2 in L.SEASONS.values():
        if (m1 <= d.month <= m2) if m1 <= m2 else (d.month >= m1 or d.month <= m2):
            return code
    return None


def _before_season(code: str, d: date) -> bool:
    """Whether the season ``code`` of the anchor's year is still to come."""
    _, m1, _m2 = next(v for v in L.SEASONS.values() if v[0] == code)
    return d.month < m1 and not (code == "WI" and d.month <= 2)


@_rule("holiday", rf"{B_}(?:(?P<dir>last|next|this)\s+)?(?:(?P<h>{_alt(L.FIXED_HOLIDAYS)})|"
       rf"(?P<mv>{_alt(_MOVABLE)}))(?:\s+(?P<y>{YEAR4}))?{E}", prio=4)
def _r_holiday(m: re.Match[str], c: _Ctx) -> _Cand | None:
    if m[0][0].islower() and not m["dir"]:
        return None
    if m["y"]:
        y = int(m["y"])
    elif c.anchor is None:
        return None
    else:
        y = c.anchor.year + {"last": -1, "next": 1}.get(_norm(m["dir"] or ""), 0)
    def on(year: int) -> date:
        if m["h"]:
            mo, d = L.FIXED_HOLIDAYS[_norm(m["h"])]
            return date(year, mo, d)
        return _MOVABLE[_norm(m["mv"])](year)

    if m["y"] or m["dir"] or c.anchor is None:
        return _c(m, "DATE", on(y).isoformat(), "holiday", "day")
    day = _pick([on(y - 1), on(y), on(y + 1)], c.anchor, c.tense(m.start(), m.end()))
    return _c(m, "DATE", day.isoformat(), "holiday", "day")


_AMPM = r"(?P<ampm>a\.?\s?m\.?|p\.?\s?m\.?)"
_TZ = r"(?:\s+(?P<tz>EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|ET|PT|local\s+time))?"


@_rule("clock", rf"{B}(?P<h>[01]?\d|2[0-3])(?::(?P<mi>[0-5]\d))?\s*(?:{_AMPM}|(?P<oc>o['’]clock))"
       rf"{_TZ}(?![\w])", prio=5)
def _r_clock(m: re.Match[str], c: _Ctx) -> _Cand | None:
    h, mi = int(m["h"]), int(m["mi"] or 0)
    if m["ampm"]:
        if not 1 <= h <= 12:
            return None
        pm = m["ampm"].lower().startswith("p")
        h = (h % 12) + (12 if pm else 0)
    end = m.end()
    day = c.anchor.isoformat() if c.anchor else "XXXX-XX-XX"
    return _Cand(m.start(), end, "TIME", f"{day}T{h:02d}:{mi:02d}", "clock", kind="clock")


@_rule("clock-24", rf"{B}(?P<h>[01]\d|2[0-3]):(?P<mi>[0-5]\d){_TZ}(?![\w:])", prio=4)
def _r_clock24(m: re.Match[str], c: _Ctx) -> _Cand | None:
    if not m["tz"] and not re.search(r"\b(?:at|by|from|until|before|after)\s*$", c.before(m.start(), 8),
                                     re.IGNORECASE):
        return None
    day = c.anchor.isoformat() if c.anchor else "XXXX-XX-XX"
    return _Cand(m.start(), m.end(), "TIME", f"{day}T{m['h']}:{m['mi']}", "clock-24", kind="clock")


@_rule("noon", rf"{B_}(?P<w>noon|midday|midnight){E}", prio=3)
def _r_noon(m: re.Match[str], c: _Ctx) -> _Cand | None:
    day = c.anchor.isoformat() if c.anchor else "XXXX-XX-XX"
    return _c(m, "TIME", f"{day}T{L.DAY_PARTS[_norm(m['w'])]}", "noon", "clock")


@_rule("set", rf"{B_}(?P<w>{_alt(k for k in L.SET_WORDS if not k.startswith(('a ', 'an ')))}){E}",
       prio=2)
def _r_set(m: re.Match[str], c: _Ctx) -> _Cand | None:
    w = _norm(m["w"])
    if w in ("annual", "annually") or (w in ("weekly", "monthly", "quarterly", "yearly") and re.match(
            r"\s+[a-z]", c.after(m.end(), 3))):
        return None  # an adjective: "a daily newspaper", "annual report"
    return _c(m, "SET", L.SET_WORDS[w], "set")


@_rule("set-every", rf"{B_}(?:every|each)\s+(?:(?P<n>\d+|{NUMW}|other)\s+)?(?:(?P<wd>{WEEKDAY})|"
       rf"(?P<u>seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|quarters?|"
       rf"summers?|winters?|springs?|autumns?|falls?|seasons?|mornings?|nights?|evenings?)){E}",
       prio=4)
def _r_set_every(m: re.Match[str], c: _Ctx) -> _Cand | None:
    if m["wd"]:
        return _c(m, "SET", f"XXXX-WXX-{L.WEEKDAYS[_norm(m['wd'])]}", "set-every")
    u = _norm(m["u"]).rstrip("s")
    if u in ("summer", "winter", "spring", "autumn", "fall"):
        return _c(m, "SET", f"XXXX-{L.SEASONS[u][0]}", "set-every")
    if u in ("morning", "night", "evening"):
        return _c(m, "SET", f"XXXX-XX-XXT{L.DAY_PARTS[u]}", "set-every")
    if u == "season":
        return _c(m, "SET", "P1Y", "set-every")
    n = 2.0 if _norm(m["n"] or "") == "other" else (words_to_number(m["n"]) if m["n"] else 1.0)
    return _c(m, "SET", _duration(n, u), "set-every")


# --------------------------------------------------------------------------- selection and joins


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Non-overlapping candidates: longest first, then higher priority, then earliest."""
    chosen: list[_Cand] = []
    taken: list[tuple[int, int]] = []
    for cand in sorted(cands, key=lambda x: (-(x.end - x.start), -x.prio, x.start)):
        i = bisect.bisect_left(taken, (cand.start, cand.start))
        clash = (i > 0 and taken[i - 1][1] > cand.start) or (i < len(taken) and taken[i][0] < cand.end)
        if not clash:
            bisect.insort(taken, (cand.start, cand.end))
            chosen.append(cand)
    return sorted(chosen, key=lambda x: x.start)


_JOIN_DAY_CLOCK = re.compile(r"\s*,?\s*(?:at|on|by)?\s*$|^\s*,?\s*(?:on\s+|at\s+)?$", re.IGNORECASE)


def _join_day_clock(text: str, chosen: list[_Cand]) -> list[_Cand]:
    """"Tuesday at 3 p.m." / "3 p.m. Tuesday": one TIME with the day's date."""
    out: list[_Cand] = []
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
                    out.append(_Cand(a.start, b.end, "TIME", dval + "T" + clock.value.split("T")[1],
                                     "day-clock"))
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out


# --------------------------------------------------------------------------- public API


def tag(text: str, anchor: date | None, *, tense_at: TenseAt | None = None) -> list[TimeExpr]:
    """Find and normalise the English temporal expressions of ``text`` against ``anchor``.

    ``tense_at(start, end)`` gives the tense of the clause around a span (see
    :func:`tense_from_doc`); when None, :func:`tense_from_text` guesses it from verb forms.
    Never raises on odd input: a rule that fails is skipped.
    """
    if not isinstance(text, str) or not text:
        return []
    if tense_at is None:
        tense_at = tense_from_text(text)
    ctx = _Ctx(text, anchor, tense_at)
    cands: list[_Cand] = []
    for _name, rx, fn, prio in _RULES:
        for m in rx.finditer(text):
            try:
                res = fn(m, ctx)
            except (ValueError, KeyError, IndexError, OverflowError, TypeError, StopIteration):
                continue
            if res is not None and 0 <= res.start < res.end <= len(text):
                res.prio = prio
                cands.append(res)
    chosen = _join_day_clock(text, _select(cands))
    out: list[TimeExpr] = []
    for c in chosen:
        s, e = c.start, c.end
        while e > s and text[e - 1] in " \t\n,;:":
            e -= 1
        lo, hi, precision = interval(c.value) if c.type in ("DATE", "TIME") else (None, None,
                                                                                   "unknown")
        out.append(TimeExpr(start=s, end=e, text=text[s:e], type=c.type, value=c.value,
                            interval_start=lo, interval_end=hi, precision=precision, rule=c.rule,
                            anchor=anchor))
    return out


# --------------------------------------------------------------------------- tense

_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "’ll"})


def tense_from_doc(doc: Any) -> TenseAt:
    """``tense_at`` from an English spaCy Doc (Penn tags): the tense of the verb governing a span."""
    sents: list[Any] = []

    def verb_of(tok: Any) -> Any:
        cur = tok
        for _ in range(12):
            if cur.pos_ in ("VERB", "AUX") and cur.dep_ not in ("aux", "auxpass"):
                return cur
            if cur.head is cur:
                break
            cur = cur.head
        return cur if cur.pos_ in ("VERB", "AUX") else None

    def tense_of(v: Any, depth: int = 0) -> Tense:
        aux = [ch for ch in v.children if ch.dep_ in ("aux", "auxpass")]
        for a in aux:
            low = a.text.lower()
            if low in _FUTURE_AUX:
                return "future"
            if low in ("would", "could", "might", "may", "should", "must", "can"):
                return None
            if a.lemma_ == "have" or a.tag_ == "VBD":
                return "past"
            if low in ("'s", "is", "are", "am", "'re") and v.tag_ == "VBG":
                return None  # "is leaving Monday": often a plan
        if v.tag_ == "VB" and depth < 3 and v.head is not v:
            h = v.head
            if h.lemma_ == "go" and h.tag_ == "VBG":
                return "future"  # "going to announce"
            if h.pos_ in ("VERB", "AUX"):
                return tense_of(h, depth + 1)
        if v.tag_ == "VBD":
            return "past"
        if v.tag_ == "VBN":
            if v.head is not v and v.head.pos_ in ("VERB", "AUX") and depth < 3:
                return tense_of(v.head, depth + 1)
            return "past"
        if v.tag_ in ("VBP", "VBZ"):
            return "present"
        return None

    def at(start: int, end: int) -> Tense:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        v = verb_of(span.root)
        if v is None:
            if not sents:
                sents.extend(doc.sents)
            i = span.root.i
            sent = sents[max(bisect.bisect_right([x.start for x in sents], i) - 1, 0)]
            v = sent.root if sent.root.pos_ in ("VERB", "AUX") else None
        return tense_of(v) if v is not None else None

    return at


_TXT_FUTURE = re.compile(r"(?<![\w])(?:will|shall|won['’]t|\w+['’]ll|(?:is|are|am)\s+going\s+to|"
                         r"(?:is|are)\s+(?:expected|scheduled|due|set|slated)\s+to|plans?\s+to)"
                         r"(?![\w])", re.IGNORECASE)
_TXT_PAST = re.compile(r"(?<![\w])(?:was|were|had|did|said|told|went|came|made|took|gave|got|"
                       r"began|fell|rose|sold|bought|paid|won|lost|held|met|left|saw|found|"
                       r"(?:has|have)\s+(?:\w+\s+)?(?:been|\w+ed|\w+en)|\w{3,}ed)(?![\w])",
                       re.IGNORECASE)
_TXT_PRESENT = re.compile(r"(?<![\w])(?:is|are|am|says|say)(?![\w])", re.IGNORECASE)
_NOT_PAST = frozenset({"need", "needed", "red", "bed", "speed", "feed", "seed", "indeed", "united",
                       "limited", "proceed", "exceed", "succeed", "based", "related", "concerned",
                       "interested", "expected", "scheduled", "planned", "proposed", "called",
                       "so-called", "hundred", "fixed", "owned", "listed"})


_TXT_COORD = re.compile(r"\s(?:and|but|while|whereas)\s", re.IGNORECASE)


def tense_from_text(text: str) -> TenseAt:
    """A cheap ``tense_at`` without a parser: the verb form nearest the span in its sentence."""

    def at(start: int, end: int) -> Tense:
        lo = max(text.rfind(ch, 0, start) for ch in ".!?;\n") + 1
        his = [text.find(ch, end) for ch in ".!?;\n"]
        hi = min([h for h in his if h >= 0] or [len(text)])
        # a coordinated clause has its own verb: "moved in on Tuesday and will leave next month"
        for m in _TXT_COORD.finditer(text, lo, hi):
            if m.end() <= start:
                lo = m.end()
            elif m.start() >= end:
                hi = m.start()
                break
        clause = text[lo:hi]
        rel_s, rel_e = start - lo, end - lo
        best: tuple[int, Tense] | None = None
        cues: tuple[tuple[re.Pattern[str], Tense], ...] = (
            (_TXT_FUTURE, "future"), (_TXT_PAST, "past"), (_TXT_PRESENT, "present"))
        for rx, t in cues:
            for m in rx.finditer(clause):
                if rel_s <= m.start() < rel_e:
                    continue
                if t == "past" and m[0].lower() in _NOT_PAST:
                    continue
                dist = min(abs(m.start() - rel_e), abs(m.end() - rel_s))
                if best is None or dist < best[0]:
                    best = (dist, t)
        return best[1] if best else None

    return at


def to_json_lines(text: str, anchor: date | None, *, nlp: Any = None) -> Iterator[dict[str, Any]]:
    """The ``recoupe tag-time --lang en`` output: one JSON-ready dict per expression."""
    tense_at: TenseAt | None = tense_from_doc(nlp(text)) if nlp is not None else None
    for t in tag(text, anchor, tense_at=tense_at):
        yield {
            "start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value,
            "interval_start": t.interval_start.isoformat() if t.interval_start else None,
            "interval_end": t.interval_end.isoformat() if t.interval_end else None,
            "precision": t.precision, "rule": t.rule,
            "anchor": t.anchor.isoformat() if t.anchor else None,
        }

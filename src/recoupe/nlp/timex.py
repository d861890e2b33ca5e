"""French temporal tagger and normaliser (TIMEX3 values, resolved against an anchor date).

A grammar of compiled regular expressions finds candidate expressions; each rule has a handler
that normalises its match against the anchor (usually the publication date). Overlaps are settled
longest-first, then post-passes attach fuzzy modifiers ("fin juillet"), give clock times the date
of the day last mentioned, and join "hier à 10 h" into one TIME.

Direction of underspecified expressions (a bare weekday, month, "12 mars", "l'été") comes from
the tense of the governing verb (``tense_at``):

* past: the most recent such day/month **on or before** the anchor. The anchor day itself counts:
  an article dated Tuesday that says "mardi, le ministre a annoncé" means that Tuesday;
* future: the next one **on or after** the anchor;
* present or unknown: the nearest one (a weekday is never 3.5 days away, so no ties).

"lundi dernier"/"lundi prochain" are strict: strictly before/after the anchor. Without
``tense_at``, :func:`tense_from_text` (a cheap verb-suffix heuristic) is used; pass
``tense_at=lambda s, e: None`` to get the pure nearest rule. Without an anchor, relative values
are left underspecified ("XXXX-07", "XXXX-XX-XX") and intervals are None.
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any, Literal

from recoupe.lang.fr import dates as L
from recoupe.model import Precision, TimeExpr, TimexType
from recoupe.regex_prefilter import first_atoms

Tense = Literal["past", "present", "future"] | None
TenseAt = Callable[[int, int], Tense]

__all__ = ["Tense", "tag", "tense_from_doc", "tense_from_text", "to_json_lines"]

# --------------------------------------------------------------------------- regex building


def _alt(words: object) -> str:
    """Alternation of surface forms, longest first, tolerant of apostrophe and space variants."""
    forms = sorted({str(w) for w in words}, key=len, reverse=True)  # type: ignore[attr-defined]
    out = []
    for w in forms:
        # one pass: replacing ' then ’ turned the class inserted first into ['['’]] (no match)
        e = re.sub("['’]", "['’]", re.escape(w)).replace(r"\ ", r"\s+")
        out.append(e.replace("\\-", r"\s*-\s*") if "\\-" in e and " " not in w else e)
    return "(?:" + "|".join(out) + ")"


B = r"(?<![\w])"
E = r"(?![\w])"
_UNDOTTED_ABBR = {"janv", "févr", "avr", "juil", "sept", "oct", "nov", "déc"}
MONTH = _alt(k for k in L.MONTHS if k not in _UNDOTTED_ABBR)
MONTH_EN = _alt(L.MONTHS_EN)
WEEKDAY = _alt(L.WEEKDAYS)
NUMW = _alt(L.NUMBER_WORDS)
NUM = rf"(?:{NUMW})(?:(?:\s*-\s*et\s*-\s*|\s+et\s+|\s*-\s*|\s+)(?:{NUMW}))*"
VAGUE = _alt(L.VAGUE_QUANTITIES)
COLL = _alt(L.COLLECTIVES)
UNIT = _alt(L.UNITS)
SEASON = _alt(L.SEASONS)
PAST_DIR = _alt(L.PAST_WORDS)
FUT_DIR = _alt(L.FUTURE_WORDS)
DIR = rf"(?:{PAST_DIR}|{FUT_DIR})"
DAYNUM = r"(?:1\s*er|1re|premier|[12]\d|3[01]|0?[1-9])"
YEAR4 = r"(?:1[0-9]\d\d|20\d\d)"
YEAR = rf"(?:{YEAR4}|['’]?\d\d)(?!\d)(?!\s*(?:h|heures?|min|%|ans?|€)(?![\w]))"
APOS = r"['’]"


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.lower().replace("’", "'")).replace(" - ", "-").replace(" -", "-")


def _lookup(table: dict[str, Any], key: str) -> Any:
    k = _norm(key)
    if k in table:
        return table[k]
    return table[re.sub(r"\s*-\s*", "-", k)]


# --------------------------------------------------------------------------- numbers


def words_to_int(words: str) -> int | None:
    """Value of a French cardinal in words ("vingt-deux" -> 22, "deux mille" -> 2000)."""
    toks = [t for t in re.split(r"[\s\-]+", _norm(words)) if t and t != "et"]
    if not toks:
        return None
    total = current = 0
    prev = 0
    for t in toks:
        v = L.NUMBER_WORDS.get(t)
        if v is None:
            return None
        if v == 1000:
            total += max(current, 1) * 1000
            current = 0
        elif v == 100:
            current = max(current, 1) * 100
        elif v == 20 and prev == 4 and current % 100 == 4:
            current = current - 4 + 80  # quatre-vingt(s)
        else:
            current += v
        prev = v
    return total + current


def _quantity(s: str) -> float | None:
    """A number in digits or words; None when vague ("quelques")."""
    s = s.strip()
    if re.fullmatch(r"\d+(?:[.,]\d+)?", s):
        return float(s.replace(",", "."))
    n = words_to_int(s)
    return float(n) if n is not None else None


def _fmt_num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


# --------------------------------------------------------------------------- calendar helpers


def _add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    year = d.year + y
    return date(year, m + 1, min(d.day, calendar.monthrange(year, m + 1)[1]))


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


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


def _two_digit_year(yy: int, anchor: date | None) -> int:
    ref = anchor.year if anchor else 2000
    cands = [c * 100 + yy for c in (ref // 100 - 1, ref // 100, ref // 100 + 1)]
    return min(cands, key=lambda y: (abs(y - ref), y > ref))


def _parse_year(s: str, anchor: date | None) -> int:
    s = s.strip().lstrip("'’")
    return int(s) if len(s) == 4 else _two_digit_year(int(s), anchor)


def _pick(cands: list[date], anchor: date, tense: Tense, strict: str = "") -> date:
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


def _weekday_date(wd: int, anchor: date, tense: Tense, strict: str = "") -> date:
    base = anchor - timedelta(days=(anchor.isoweekday() - wd) % 7)
    return _pick([base - timedelta(7), base, base + timedelta(7)], anchor, tense, strict)


def _month_date(m: int, anchor: date, tense: Tense, strict: str = "") -> date:
    cands = [date(anchor.year + k, m, 1) for k in (-1, 0, 1)]
    first = anchor.replace(day=1)
    return _pick(cands, first, tense, strict)


def _daymonth_date(d: int, m: int, anchor: date, tense: Tense, strict: str = "") -> date:
    cands = []
    for k in (-1, 0, 1):
        try:
            cands.append(date(anchor.year + k, m, d))
        except ValueError:
            continue
    return _pick(cands, anchor, tense, strict)


_FORWARD = re.compile(r"(?:^|\W)(?:" + "|".join(re.escape(w) for w in L.FORWARD_PREPOSITIONS) + r")\s*$")
_BACKWARD = re.compile(r"(?:^|\W)(?:" + "|".join(re.escape(w) for w in L.BACKWARD_PREPOSITIONS) + r")\s*$")


def _prep_direction(c: _Ctx, s: int) -> tuple[str, Tense]:
    """(strict direction, tense) given by a preposition right before ``s``: « d'ici lundi » is
    strictly after the anchor; « depuis mars » on or before it. ("", None) when there is none."""
    before = c.before(s, 14).lower().replace("’", "'")
    if _FORWARD.search(before):
        return "next", None
    if _BACKWARD.search(before):
        return "", "past"
    return "", None


def _direction(word: str | None) -> str:
    if not word:
        return ""
    w = _norm(word)
    if w in L.PAST_WORDS:
        return "last"
    if w in L.FUTURE_WORDS:
        return "next"
    return ""


# --------------------------------------------------------------------------- candidates


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    type: TimexType
    value: str
    istart: date | None = None
    iend: date | None = None
    precision: Precision = "unknown"
    rule: str = ""
    prio: int = 0
    kind: str = ""  # "day", "month", "year", "season", "week", "clock", "part", "rel-unit"...
    clock: str = ""  # "T18:00" / "TEV": date filled later from context


def _day(s: int, e: int, d: date, rule: str, kind: str = "day") -> _Cand:
    return _Cand(s, e, "DATE", d.isoformat(), d, d, "day", rule, kind=kind)


def _month(s: int, e: int, y: int, m: int, rule: str) -> _Cand:
    return _Cand(s, e, "DATE", f"{y:04d}-{m:02d}", date(y, m, 1), _month_end(y, m), "month", rule,
                 kind="month")


def _year(s: int, e: int, y: int, rule: str) -> _Cand:
    return _Cand(s, e, "DATE", f"{y:04d}", date(y, 1, 1), date(y, 12, 31), "year", rule,
                 kind="year")


def _week(s: int, e: int, d: date, rule: str, weekend: bool = False) -> _Cand:
    iso = d.isocalendar()
    monday = d - timedelta(days=d.isoweekday() - 1)
    if weekend:
        return _Cand(s, e, "DATE", f"{iso.year}-W{iso.week:02d}-WE", monday + timedelta(5),
                     monday + timedelta(6), "week", rule, kind="week")
    return _Cand(s, e, "DATE", f"{iso.year}-W{iso.week:02d}", monday, monday + timedelta(6), "week",
                 rule, kind="week")


def _season(s: int, e: int, y: int | None, code: str, rule: str) -> _Cand:
    _, m1, m2 = next(v for v in L.SEASONS.values() if v[0] == code)
    if y is None:
        return _Cand(s, e, "DATE", f"XXXX-{code}", None, None, "season", rule, kind="season")
    end_y = y + 1 if m2 < m1 else y
    return _Cand(s, e, "DATE", f"{y:04d}-{code}", date(y, m1, 1), _month_end(end_y, m2), "season",
                 rule, kind="season")


def _ref(s: int, e: int, value: str, rule: str) -> _Cand:
    return _Cand(s, e, "TIME", value, None, None, "unknown", rule, kind="ref")


class _Ctx:
    """What a handler may look at: the text, the anchor, and the tense oracle."""

    __slots__ = ("anchor", "tense_at", "text")

    def __init__(self, text: str, anchor: date | None, tense_at: TenseAt | None) -> None:
        self.text = text
        self.anchor = anchor
        self.tense_at = tense_at

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


Handler = Callable[[re.Match[str], _Ctx], "_Cand | list[_Cand] | None"]
_RULES: list[tuple[str, re.Pattern[str], Handler, int]] = []


def _rule(name: str, pattern: str, prio: int = 0) -> Callable[[Handler], Handler]:
    def deco(fn: Handler) -> Handler:
        _RULES.append((name, re.compile(pattern, re.IGNORECASE), fn, prio))
        return fn

    return deco


# --------------------------------------------------------------------------- rules: absolute


def _daynum(s: str) -> int:
    s = _norm(s).replace(" ", "")
    return 1 if s in ("1er", "1re", "premier") else int(s)


@_rule("date-full", rf"{B}(?:(?P<le>le|ce)\s+)?(?:(?P<wd>{WEEKDAY})\s+)?(?P<d>{DAYNUM})\s+"
       rf"(?P<m>{MONTH})(?:\s+(?P<y>{YEAR}))?(?:\s+(?P<dir>{DIR}))?{E}", prio=5)
def _r_date_full(m: re.Match[str], c: _Ctx) -> _Cand | None:
    d, mo = _daynum(m["d"]), _lookup(L.MONTHS, m["m"])
    s, e = m.start(), m.end()
    if m["y"]:
        y = _parse_year(m["y"], c.anchor)
        return _day(s, e, date(y, mo, d), "date-full")
    if c.anchor is None:
        return _Cand(s, e, "DATE", f"XXXX-{mo:02d}-{d:02d}", None, None, "day", "date-dm",
                     kind="day")
    date(2000, mo, d)  # validates day/month
    strict = _direction(m["dir"])
    if m["wd"] and not strict:
        # a weekday pins the year: take the candidate whose weekday agrees, nearest first
        wd = _lookup(L.WEEKDAYS, m["wd"])
        for k in (0, -1, 1):
            try:
                cand = date(c.anchor.year + k, mo, d)
            except ValueError:
                continue
            if cand.isoweekday() == wd:
                return _day(s, e, cand, "date-wdm")
    prep_tense: Tense = None
    if not strict:
        strict, prep_tense = _prep_direction(c, s)
    res = _daymonth_date(d, mo, c.anchor, prep_tense or c.tense(s, e), strict)
    return _day(s, e, res, "date-dm")


@_rule("date-numeric", rf"{B}(?P<d>[0-3]?\d)(?P<sep>[/.])(?P<m>[01]?\d)(?P=sep)(?P<y>\d{{4}}|\d\d)"
       rf"(?![\d/])(?!\.\d)", prio=6)
def _r_date_numeric(m: re.Match[str], c: _Ctx) -> _Cand | None:
    y = _parse_year(m["y"], c.anchor)
    return _day(m.start(), m.end(), date(y, int(m["m"]), int(m["d"])), "date-numeric")


@_rule("date-iso", rf"{B}(?P<y>\d{{4}})-(?P<m>[01]\d)-(?P<d>[0-3]\d){E}", prio=6)
def _r_date_iso(m: re.Match[str], c: _Ctx) -> _Cand | None:
    return _day(m.start(), m.end(), date(int(m["y"]), int(m["m"]), int(m["d"])), "date-iso")


@_rule("date-english", rf"{B}(?P<m>{MONTH_EN})\.?\s*(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s*,\s*"
       rf"(?P<y>\d{{4}}){E}", prio=6)
def _r_date_en(m: re.Match[str], c: _Ctx) -> _Cand | None:
    mo = L.MONTHS_EN[m["m"].lower()]
    return _day(m.start(), m.end(), date(int(m["y"]), mo, int(m["d"])), "date-english")


@_rule("date-range", rf"{B}du\s+(?P<d1>{DAYNUM})(?:\s+(?P<m1>{MONTH}))?"
       rf"(?:\s+(?P<y1>{YEAR4}))?\s+au\s+(?P<d2>{DAYNUM})\s+(?P<m2>{MONTH})"
       rf"(?:\s+(?P<y2>{YEAR4}))?(?:\s+(?P<dir>{DIR}))?{E}", prio=8)
def _r_range(m: re.Match[str], c: _Ctx) -> _Cand | None:
    d1, d2 = _daynum(m["d1"]), _daynum(m["d2"])
    m2 = _lookup(L.MONTHS, m["m2"])
    m1 = _lookup(L.MONTHS, m["m1"]) if m["m1"] else m2
    s, e = m.start(), m.end()
    if m["y2"]:
        end = date(int(m["y2"]), m2, d2)
    elif c.anchor is not None:
        end = _daymonth_date(d2, m2, c.anchor, c.tense(s, e), _direction(m["dir"]))
    else:
        return _Cand(s, e, "DURATION", "PXD", None, None, "day", "date-range", kind="range")
    start = date(int(m["y1"]) if m["y1"] else end.year, m1, d1)
    if start > end and not m["y1"]:
        start = start.replace(year=start.year - 1)
    if start > end:
        return None
    n = (end - start).days + 1
    return _Cand(s, e, "DURATION", f"P{n}D", start, end, "day", "date-range", kind="range")


@_rule("date-pair", rf"{B}les\s+(?P<d1>{DAYNUM})\s+et\s+(?P<d2>{DAYNUM})\s+(?P<m>{MONTH})"
       rf"(?:\s+(?P<y>{YEAR4}))?(?:\s+(?P<dir>{DIR}))?{E}", prio=7)
def _r_date_pair(m: re.Match[str], c: _Ctx) -> list[_Cand] | None:
    """"les 6 et 13 avril": two dates ("les 6" and "13 avril")."""
    mo = _lookup(L.MONTHS, m["m"])
    out = []
    for g, s in (("d1", m.start()), ("d2", m.start("d2"))):
        d = _daynum(m[g])
        e = m.end("d1") if g == "d1" else m.end()
        if m["y"]:
            out.append(_day(s, e, date(int(m["y"]), mo, d), "date-pair"))
        elif c.anchor is not None:
            res = _daymonth_date(d, mo, c.anchor, c.tense(s, e), _direction(m["dir"]))
            out.append(_day(s, e, res, "date-pair"))
    return out


@_rule("month", rf"{B}(?P<pre>mois\s+(?:de\s+|d{APOS}\s*))?(?<![\d]-)(?P<m>{MONTH})"
       rf"(?:\s+(?P<y>{YEAR})|\s+(?P<dir>{DIR})|\s+de\s+(?:l{APOS}\s*(?:année|an)|cette\s+année)"
       rf"(?:\s+(?P<ydir>{DIR}))?)?{E}", prio=3)
def _r_month(m: re.Match[str], c: _Ctx) -> _Cand | None:
    mo = _lookup(L.MONTHS, m["m"])
    s, e = m.start(), m.end()
    if m["y"]:
        return _month(s, e, _parse_year(m["y"], c.anchor), mo, "month-year")
    if c.anchor is None:
        return _Cand(s, e, "DATE", f"XXXX-{mo:02d}", None, None, "month", "month", kind="month")
    if m["ydir"] is not None or "année" in m[0].lower() or " an" in m[0].lower():
        shift = {"last": -1, "next": 1}.get(_direction(m["ydir"]), 0)
        return _month(s, e, c.anchor.year + shift, mo, "month-of-year")
    strict, prep_tense = _prep_direction(c, s) if not m["dir"] else ("", None)
    d = _month_date(mo, c.anchor, prep_tense or c.tense(s, e), _direction(m["dir"]) or strict)
    return _month(s, e, d.year, mo, "month-dir" if m["dir"] else "month-prep" if strict or prep_tense else "month")


_YEAR_STOP = re.compile(
    r"\s*(?:[.,]\d|\d|%|€|\$|euros?|francs?|dollars?|habitants|personnes|km|kilomètres|mètres|"
    r"m²|m2|m3|hectares|ha|tonnes|kg|kilos|litres|voix|exemplaires|emplois|salariés|signatures|"
    r"logements|places|spectateurs|visiteurs|élèves|foyers|morts|victimes|soldats|hommes|"
    r"participants|adhérents|manifestants|mètres)(?![\w])", re.IGNORECASE)


@_rule("year", rf"{B}(?P<pre>l{APOS}\s*(?:année|an)\s+)?(?P<y>(?:1[6-9]|20)\d\d){E}", prio=1)
def _r_year(m: re.Match[str], c: _Ctx) -> _Cand | None:
    before = c.before(m.start(), 12)
    if _YEAR_STOP.match(c.text, m.end()) or re.search(r"(?:\d[\s.]?|n°\s*|numéro\s*|[-+/:])$",
                                                      before):
        return None
    return _year(m.start(), m.end(), int(m["y"]), "year")


@_rule("decade", rf"{B}(?:les\s+)?années\s+(?P<y>(?:19|20)?\d0){E}", prio=4)
def _r_decade(m: re.Match[str], c: _Ctx) -> _Cand | None:
    y = m["y"]
    y4 = int(y) if len(y) == 4 else (1900 + int(y) if int(y) >= 20 else 2000 + int(y))
    return _Cand(m.start(), m.end(), "DATE", str(y4)[:3], date(y4, 1, 1), date(y4 + 9, 12, 31),
                 "decade", "decade", kind="decade")


_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def _roman(s: str) -> int:
    vals = [_ROMAN[ch] for ch in s.lower()]
    return sum(-v if i + 1 < len(vals) and v < vals[i + 1] else v for i, v in enumerate(vals))


@_rule("century", rf"{B}(?P<c>[XVI]+|\d{{1,2}})\s*(?:e|è|ème|eme)\s+siècle{E}", prio=4)
def _r_century(m: re.Match[str], c: _Ctx) -> _Cand | None:
    n = int(m["c"]) if m["c"].isdigit() else _roman(m["c"])
    if not 1 <= n <= 22:
        return None
    y0 = (n - 1) * 100 + 1
    return _Cand(m.start(), m.end(), "DATE", f"{n - 1:02d}", date(y0, 1, 1), date(y0 + 99, 12, 31),
                 "unknown", "century", kind="century")


# --------------------------------------------------------------------------- rules: relative days


@_rule("rel-day", rf"{B}(?P<w>avant\s*-\s*hier|après\s*-\s*demain|apres\s*-\s*demain|hier|"
       rf"aujourd{APOS}\s*hui|demain)(?:\s+(?P<wd>{WEEKDAY})(?:\s+(?P<d>{DAYNUM})(?:\s+"
       rf"(?P<m>{MONTH}))?)?)?{E}", prio=4)
def _r_rel_day(m: re.Match[str], c: _Ctx) -> _Cand | None:
    off = _lookup(L.DAY_OFFSETS, m["w"].replace(" ", ""))
    s, e = m.start(), m.end()
    if off == 0 and not m["wd"] and re.match(r"\s*,", c.after(e, 3)) and re.search(
            r"(?:^|[.!?\n»]\s*)$", c.before(s, 4)):
        return _ref(s, e, "PRESENT_REF", "rel-day-generic")  # "Aujourd'hui, la ville a changé"
    if c.anchor is None:
        return _Cand(s, e, "DATE", "XXXX-XX-XX", None, None, "day", "rel-day", kind="day")
    return _day(s, e, c.anchor + timedelta(days=off), "rel-day")


@_rule("weekday", rf"{B}(?:(?P<ce>ce|cette)\s+(?:même\s+)?)?(?P<wd>{WEEKDAY})"
       rf"(?:\s+(?P<dir>{DIR}))?{E}", prio=2)
def _r_weekday(m: re.Match[str], c: _Ctx) -> _Cand | None:
    wd = _lookup(L.WEEKDAYS, m["wd"])
    s, e = m.start(), m.end()
    if c.anchor is None:
        return _Cand(s, e, "DATE", f"XXXX-WXX-{wd}", None, None, "day", "weekday", kind="day")
    strict, prep_tense = _prep_direction(c, s) if not m["dir"] and not m["ce"] else ("", None)
    d = _weekday_date(wd, c.anchor, prep_tense or c.tense(s, e), _direction(m["dir"]) or strict)
    return _day(s, e, d, "weekday-dir" if m["dir"] else "weekday-prep" if strict or prep_tense else "weekday")


_PART = r"(?P<part>matin|matinée|après\s*-\s*midi|apres\s*-\s*midi|soir|soirée|nuit|midi)"


def _part_code(s: str) -> str:
    return "T" + _lookup(L.DAY_PARTS, re.sub(r"\s*-\s*", "-", s))


@_rule("day-part", rf"{B}(?:(?P<rel>avant\s*-\s*hier|hier|demain|aujourd{APOS}\s*hui)|"
       rf"(?P<ce>ce|cette)(?:\s+même)?(?:\s+(?P<cewd>{WEEKDAY}))?(?!\s+(?:soirée|matinée))|(?P<wd>{WEEKDAY})(?:\s+"
       rf"(?P<d>{DAYNUM})\s+(?P<m>{MONTH}))?)\s+(?:en\s+(?:fin|début)\s+(?:de\s+|d{APOS}\s*))?"
       rf"{_PART}{E}", prio=6)
def _r_day_part(m: re.Match[str], c: _Ctx) -> _Cand | None:
    s, e = m.start(), m.end()
    code = _part_code(m["part"])
    if code == "TMI":
        code = "T12:00"
    if c.anchor is None:
        return _Cand(s, e, "TIME", "XXXX-XX-XX" + code, None, None, "day", "day-part", kind="part")
    if m["rel"]:
        d = c.anchor + timedelta(days=_lookup(L.DAY_OFFSETS, m["rel"].replace(" ", "")))
    elif m["cewd"]:
        d = _weekday_date(_lookup(L.WEEKDAYS, m["cewd"]), c.anchor, c.tense(s, e))
    elif m["wd"] and m["d"]:
        d = _daymonth_date(_daynum(m["d"]), _lookup(L.MONTHS, m["m"]), c.anchor, c.tense(s, e))
    elif m["wd"]:
        d = _weekday_date(_lookup(L.WEEKDAYS, m["wd"]), c.anchor, c.tense(s, e))
    else:
        d = c.anchor
    return _Cand(s, e, "TIME", d.isoformat() + code, d, d, "day", "day-part", kind="part")


@_rule("night-of", rf"{B}la\s+nuit\s+(?:de|du)\s+(?P<wd>{WEEKDAY})\s+(?:à|au)\s+(?P<wd2>{WEEKDAY})"
       rf"{E}", prio=7)
def _r_night_of(m: re.Match[str], c: _Ctx) -> _Cand | None:
    s, e = m.start(), m.end()
    if c.anchor is None:
        return _Cand(s, e, "TIME", "XXXX-XX-XXTNI", None, None, "day", "night-of", kind="part")
    d = _weekday_date(_lookup(L.WEEKDAYS, m["wd"]), c.anchor, c.tense(s, e))
    return _Cand(s, e, "TIME", d.isoformat() + "TNI", d, d + timedelta(1), "day", "night-of",
                 kind="part")


@_rule("context-part", rf"{B}(?:la\s+nuit|la\s+soirée|la\s+matinée|le\s+matin\s+même|"
       rf"l{APOS}\s*après\s*-\s*midi|dans\s+la\s+journée)(?!\s+(?:de|du|d{APOS}|des|où|qui)(?![\w]))"
       rf"{E}", prio=1)
def _r_context_part(m: re.Match[str], c: _Ctx) -> _Cand | None:
    w = _norm(m[0])
    code = ("TNI" if "nuit" in w else "TEV" if "soir" in w else "TMO" if "mat" in w
            else "TAF" if "midi" in w else "TDT")
    return _Cand(m.start(), m.end(), "TIME", code, None, None, "day", "context-part", kind="clock",
                 clock=code)


@_rule("clock", rf"{B}(?P<approx>vers\s+)?(?P<h>[01]?\d|2[0-4])\s*(?P<hw>h|heures?)"
       rf"(?:\s*(?P<mi>[0-5]\d)(?:\s*(?:min|minutes))?)?{E}", prio=5)
def _r_clock(m: re.Match[str], c: _Ctx) -> _Cand | None:
    if m["hw"].lower().startswith("heure") and not m["approx"] and not re.search(
            rf"(?:{B}(?:à|vers|dès|jusqu{APOS}à|avant|après|entre|et|de|depuis)\s*)$",
            c.before(m.start(), 12), re.IGNORECASE):
        return None
    h, mi = int(m["h"]), int(m["mi"] or 0)
    return _Cand(m.start("h"), m.end(), "TIME", "", None, None, "day", "clock", kind="clock",
                 clock=f"T{h:02d}:{mi:02d}")


@_rule("clock-word", rf"{B}(?P<approx>vers\s+)?(?P<w>midi|minuit){E}", prio=2)
def _r_clock_word(m: re.Match[str], c: _Ctx) -> _Cand | None:
    if re.search(r"(?:après\s*-\s*|apres\s*-\s*)$", c.before(m.start(), 10), re.IGNORECASE):
        return None
    t = "T12:00" if m["w"].lower() == "midi" else "T24:00"
    return _Cand(m.start("w"), m.end(), "TIME", "", None, None, "day", "clock-word", kind="clock",
                 clock=t)


# --------------------------------------------------------------------------- relative units

_REL_UNITS = r"(?P<u>semaine|mois|année|an|week\s*-?\s*end|trimestre|semestre|décennie|siècle)"


@_rule("rel-unit", rf"{B}(?P<det>la|le|l{APOS}|cette|cet|ce)\s*(?:(?P<pre>même|prochaine?|"
       rf"dernière?|précédente?)\s+)?{_REL_UNITS}(?:\s*-\s*(?P<ci>ci))?(?:\s+(?P<post>{DIR}|"
       rf"en\s+cours))?{E}", prio=3)
def _r_rel_unit(m: re.Match[str], c: _Ctx) -> _Cand | None:
    s, e = m.start(), m.end()
    det = _norm(m["det"])
    pre = _norm(m["pre"] or "")
    direction = _direction(m["post"]) or _direction(pre)
    this = det in ("ce", "cet", "cette") or m["ci"] or (m["post"] and "cours" in m["post"])
    if not direction and not this:
        return None
    if pre == "même":
        return None
    shift = {"last": -1, "next": 1}.get(direction, 0)
    u = _norm(m["u"]).replace(" ", "").replace("-", "")
    if c.anchor is None:
        return _Cand(s, e, "DATE", "PAST_REF" if shift < 0 else "FUTURE_REF" if shift > 0
                     else "PRESENT_REF", None, None, "unknown", "rel-unit", kind="rel-unit")
    a = c.anchor
    if u == "semaine":
        return _week(s, e, a + timedelta(weeks=shift), "rel-unit")
    if u == "weekend":
        sat = a + timedelta(days=(6 - a.isoweekday()) % 7)
        if shift < 0 or (shift == 0 and c.tense(s, e) == "past" and a.isoweekday() < 6):
            sat -= timedelta(7)
        elif shift > 0 and a.isoweekday() >= 6:
            sat += timedelta(7)
        return _week(s, e, sat, "rel-unit", weekend=True)
    if u == "mois":
        d = _add_months(a, shift)
        return _month(s, e, d.year, d.month, "rel-unit")
    if u in ("année", "an"):
        return _year(s, e, a.year + shift, "rel-unit")
    if u == "trimestre":
        q = (a.month - 1) // 3 + shift
        y, q = a.year + q // 4, q % 4
        return _Cand(s, e, "DATE", f"{y}-Q{q + 1}", date(y, 3 * q + 1, 1),
                     _month_end(y, 3 * q + 3), "month", "rel-unit", kind="quarter")
    if u == "semestre":
        h = (a.month - 1) // 6 + shift
        y, h = a.year + h // 2, h % 2
        return _Cand(s, e, "DATE", f"{y}-H{h + 1}", date(y, 6 * h + 1, 1),
                     _month_end(y, 6 * h + 6), "month", "rel-unit", kind="half")
    if u == "décennie":
        y0 = a.year // 10 * 10 + 10 * shift
        return _Cand(s, e, "DATE", str(y0)[:3], date(y0, 1, 1), date(y0 + 9, 12, 31), "decade",
                     "rel-unit", kind="decade")
    y0 = (a.year - 1) // 100 * 100 + 1 + 100 * shift
    return _Cand(s, e, "DATE", f"{(y0 - 1) // 100:02d}", date(y0, 1, 1), date(y0 + 99, 12, 31),
                 "unknown", "rel-unit", kind="century")


@_rule("vague-recent", rf"{B}(?:ces|les)\s+(?P<dir>derniers|dernières|prochains|prochaines)\s+"
       rf"(?P<u>jours|semaines|mois|années|ans|décennies|temps|heures){E}", prio=4)
def _r_vague_recent(m: re.Match[str], c: _Ctx) -> _Cand | None:
    past = m["dir"].lower().startswith("dern")
    return _ref(m.start(), m.end(), "PAST_REF" if past else "FUTURE_REF", "vague-recent")


_REF_WORDS = {**{w: "FUTURE_REF" for w in L.FUTURE_REF_WORDS},
              **{w: "PAST_REF" for w in L.PAST_REF_WORDS},
              **{w: "PRESENT_REF" for w in L.PRESENT_REF_WORDS}}


@_rule("vague-word", rf"{B}(?P<w>{_alt(_REF_WORDS)}|actuels?|actuelles?){E}", prio=2)
def _r_vague_word(m: re.Match[str], c: _Ctx) -> _Cand | None:
    w = _norm(m["w"])
    if w.startswith("actuel") and w != "actuellement" and re.search(
            rf"(?<![\w])(?:l{APOS}|les)\s*$", c.before(m.start(), 5), re.IGNORECASE):
        return None  # "l'actuel ministre": a title, not a time
    value = "PRESENT_REF" if w.startswith("actuel") and w != "actuellement" else _REF_WORDS.get(
        w, "PRESENT_REF")
    return _ref(m.start(), m.end(), value, "vague-word")


# --------------------------------------------------------------------------- seasons, holidays


@_rule("season", rf"{B}(?:(?P<prep>en|d{APOS}|de\s+l{APOS}|l{APOS}|au\s+cours\s+de\s+l{APOS}|"
       rf"pendant\s+l{APOS}|durant\s+l{APOS}|depuis\s+l{APOS}|dès\s+l{APOS}|à\s+l{APOS}|"
       rf"(?:fin|début|mi)\s*-?\s*)\s*)?(?:(?P<this>cet|ce)\s+)?(?P<s>{SEASON})"
       rf"(?:\s+(?P<y>{YEAR4})|\s+(?P<dir>{DIR}))?{E}", prio=3)
def _r_season(m: re.Match[str], c: _Ctx) -> _Cand | None:
    name = _norm(m["s"])
    code, m1, _m2 = L.SEASONS[name]
    prep = _norm(m["prep"] or "")
    if prep == "d'" or (name in ("été", "ete") and not (prep or m["this"] or m["y"] or m["dir"])
                        and not m["s"][0].isupper()):
        return None  # "a été": participle of être; "Jeux d'hiver": not a time
    # the span leaves prepositions and "fin"/"mi-" out (the fuzzy post-pass re-reads those)
    s = m.start("this") if m["this"] else m.start("s")
    e = m.end()
    if m["y"]:
        return _season(s, e, int(m["y"]), code, "season-year")
    definite = bool(m["this"] or m["dir"] or prep.endswith("'") or prep.startswith(("fin", "déb",
                                                                                      "mi")))
    if not definite or c.anchor is None:
        return _season(s, e, None, code, "season-generic")
    a = c.anchor
    y0 = a.year - 1 if (code == "WI" and a.month <= 2) else a.year
    cands = [date(y0 + k, m1, 1) for k in (-1, 0, 1)]
    # where the anchor falls inside a season, "cet été" is that one
    cur = date(y0, m1, 1)
    in_season = cur <= a <= _season(0, 0, y0, code, "").iend  # type: ignore[operator]
    strict = _direction(m["dir"])
    d = cur if in_season and not strict else _pick(cands, a, c.tense(s, e), strict)
    return _season(s, e, d.year, code, "season-dir" if strict else "season")


_HOLIDAY_MOVABLE = {"pâques": 0, "paques": 0, "la pentecôte": 49, "pentecôte": 49,
                    "l'ascension": 39, "le lundi de pâques": 1, "le lundi de pentecôte": 50}


@_rule("holiday", rf"{B}(?:(?P<h>{_alt(L.FIXED_HOLIDAYS)})|(?P<mv>{_alt(_HOLIDAY_MOVABLE)}))"
       rf"(?:\s+(?P<y>{YEAR4})|\s+(?P<dir>{DIR}))?{E}", prio=3)
def _r_holiday(m: re.Match[str], c: _Ctx) -> _Cand | None:
    s, e = m.start(), m.end()

    def on(y: int) -> date:
        if m["h"]:
            mo, d = _lookup(L.FIXED_HOLIDAYS, m["h"])
            return date(y, mo, d)
        return _easter(y) + timedelta(days=_lookup(_HOLIDAY_MOVABLE, m["mv"]))

    if m["y"]:
        return _day(s, e, on(int(m["y"])), "holiday")
    if c.anchor is None:
        return None
    cands = [on(c.anchor.year + k) for k in (-1, 0, 1)]
    return _day(s, e, _pick(cands, c.anchor, c.tense(s, e), _direction(m["dir"])), "holiday")


# --------------------------------------------------------------------------- durations, sets

_QTY = (rf"(?:(?P<num>\d+(?:[.,]\d+)?|{NUM})|(?P<vague>{VAGUE})|(?:une?\s+)?(?P<coll>{COLL})"
        rf"\s+(?:de\s+|d{APOS}\s*))")
_MOD = r"(?P<mod>(?:environ|près\s+de|plus\s+de|moins\s+de|au\s+moins|presque|quelque|à\s+peine)\s+)"


def _duration_value(n: float | None, unit: str, half: bool = False) -> str:
    letter, is_time = _lookup(L.UNITS, unit)
    scale = {"Q": (3, "M"), "S6": (6, "M"), "DE": (10, "Y"), "CE": (100, "Y"), "ML": (1000, "Y")}
    if letter in scale:
        k, letter = scale[letter]
        n = None if n is None else n * k
    if n is None:
        return f"PTX{letter}" if is_time else f"PX{letter}"
    if half:
        if letter == "Y":
            return f"P{_fmt_num(n * 12 + 6)}M"
        if letter == "H":
            return f"PT{_fmt_num(n)}H30M"
        if letter == "D":
            return f"P{_fmt_num(n)}DT12H"
        n += 0.5
    return f"PT{_fmt_num(n)}{letter}" if is_time else f"P{_fmt_num(n)}{letter}"


@_rule("duration", rf"{B}{_MOD}?{_QTY}\s*(?P<demi>demi\s*-\s*)?(?P<u>{UNIT})"
       rf"(?P<half>\s+et\s+demie?)?{E}", prio=2)
def _r_duration(m: re.Match[str], c: _Ctx) -> _Cand | None:
    s, e = m.start(), m.end()
    unit = _norm(m["u"])
    n: float | None
    if m["num"]:
        n = _quantity(m["num"])
        if n is None:
            return None
    elif m["coll"]:
        n = float(_lookup(L.COLLECTIVES, m["coll"]))
    else:
        n = None
        if _norm(m["vague"]) == "des" and unit in ("heure", "heures", "minute", "minutes", "an"):
            return None
    if unit in ("ans", "années") and (
            (not m["mod"] and _AGE_BEFORE.search(c.before(s, 25)))
            or (m["mod"] and re.search(r"(?<![\w])les\s*$", c.before(s, 6), re.IGNORECASE))
            or (m["coll"] and re.search(rf"(?<![\w])d{APOS}\s*$", c.before(s, 4)))):
        return None  # "un chauffeur de 38 ans", "Paul, 53 ans", "les moins de 17 ans": an age
    if m["demi"]:
        n = (n or 1) * 0.5
        if unit.startswith("heure"):
            return _finish_duration(m, c, s, e, "PT30M", None, unit)
    value = _duration_value(n, unit, bool(m["half"]))
    return _finish_duration(m, c, s, e, value, n, unit)


_AGE_BEFORE = re.compile(r"(?:[,(]|\d\s*-|(?<![\w])(?:de|d['’]une|âgée?s?\s+de|agée?s?\s+de|"
                         r"les\s+(?:moins|plus)\s+de))\s*$", re.IGNORECASE)


def _finish_duration(m: re.Match[str], c: _Ctx, s: int, e: int, value: str, n: float | None,
                     unit: str) -> _Cand:
    """Turn "il y a deux ans" / "dans trois jours" / "deux jours plus tard" into a DATE."""
    before = c.before(s, 20)
    after = c.after(e, 20)
    ago = re.search(rf"{B}il\s+y\s+(?:a|avait)\s+$", before, re.IGNORECASE)
    within = re.search(rf"{B}dans\s+$", before, re.IGNORECASE)
    rel_after = re.match(r"\s+(?P<w>plus\s+tard|plus\s+tôt|auparavant|en\s+arrière|"
                         r"(?:avant|après)(?=\s*(?:[,.;:!?)]|$)))(?![\w])", after, re.IGNORECASE)
    letter, is_time = _lookup(L.UNITS, unit)
    if rel_after:
        w = _norm(rel_after["w"])
        val = "FUTURE_REF" if w in ("plus tard", "après") else "PAST_REF"
        return _Cand(s, e + rel_after.end(), "DATE", val, None, None, "unknown", "offset-event",
                     kind="ref")
    if not (ago or within):
        return _Cand(s, e, "DURATION", value, None, None, "unknown", "duration", kind="duration")
    sign = -1 if ago else 1
    start = s - (len(before) - (ago or within).start())  # type: ignore[union-attr]
    if n is None or c.anchor is None or is_time:
        val = "PAST_REF" if sign < 0 else "FUTURE_REF"
        return _Cand(start, e, "DATE", val, None, None, "unknown", "offset-anchor", kind="ref")
    a = c.anchor
    k = round(n) * sign
    rule = "ago" if ago else "in"
    if letter == "D":
        return _day(start, e, a + timedelta(days=k), rule)
    if letter == "W":
        return _week(start, e, a + timedelta(weeks=k), rule)
    if letter in ("M", "Q", "S6"):
        mult = {"M": 1, "Q": 3, "S6": 6}[letter]
        d = _add_months(a, k * mult)
        return _month(start, e, d.year, d.month, rule)
    mult = {"Y": 1, "DE": 10, "CE": 100, "ML": 1000}[letter]
    return _year(start, e, a.year + k * mult, rule)


@_rule("quarter-century", rf"{B}(?P<mod>environ\s+)?un\s+quart\s+de\s+siècle{E}", prio=5)
def _r_quarter_century(m: re.Match[str], c: _Ctx) -> _Cand | None:
    return _Cand(m.start(), m.end(), "DURATION", "P25Y", None, None, "unknown", "duration",
                 kind="duration")


@_rule("duration-noun", rf"{B}(?P<w>{_alt(k for k in L.DURATION_NOUNS if k not in L.UNITS)}){E}",
       prio=1)
def _r_duration_noun(m: re.Match[str], c: _Ctx) -> _Cand | None:
    return _Cand(m.start(), m.end(), "DURATION", L.DURATION_NOUNS[_norm(m["w"])], None, None,
                 "unknown", "duration-noun", kind="duration")


_SET_TARGET = (rf"(?P<wd>{WEEKDAY})s?|(?P<part>matins|soirs|nuits|après\s*-\s*midi|matin|soir|nuit)"
               rf"|(?P<we>week\s*-?\s*ends?)|(?P<m>{MONTH})|(?P<s>{SEASON}|étés)|(?P<u>{UNIT})")


@_rule("set", rf"{B}(?:chaque|tous\s+les|toutes\s+les)\s+(?:(?P<n>\d+|{NUM})\s+)?(?:{_SET_TARGET})"
       rf"{E}", prio=6)
def _r_set(m: re.Match[str], c: _Ctx) -> _Cand | None:
    s, e = m.start(), m.end()
    if m["wd"]:
        v = f"XXXX-WXX-{_lookup(L.WEEKDAYS, m['wd'])}"
    elif m["part"]:
        p = _norm(m["part"]).rstrip("s").replace(" ", "")
        v = "XXXX-XX-XX" + _part_code(p if p != "aprè-midi" else "après-midi")
    elif m["we"]:
        v = "XXXX-WXX-WE"
    elif m["m"]:
        v = f"XXXX-{_lookup(L.MONTHS, m['m']):02d}"
    elif m["s"]:
        v = "XXXX-" + L.SEASONS.get(_norm(m["s"]).rstrip("s"), ("SU",))[0]
    else:
        n = _quantity(m["n"]) if m["n"] else 1.0
        v = _duration_value(n, m["u"])
    return _Cand(s, e, "SET", v, None, None, "unknown", "set", kind="set")


@_rule("set-per", rf"{B}par\s+(?P<u>jour|semaine|mois|an|année|semestre|trimestre|heure){E}",
       prio=1)
def _r_set_per(m: re.Match[str], c: _Ctx) -> _Cand | None:
    """"trois fois par semaine": the unit is the SET (TimeML leaves "par" out)."""
    return _Cand(m.start("u"), m.end(), "SET", _duration_value(1.0, m["u"]), None, None, "unknown",
                 "set-per", kind="set")


@_rule("set-adj", rf"{B}(?P<w>{_alt(L.SET_ADJECTIVES)}){E}", prio=1)
def _r_set_adj(m: re.Match[str], c: _Ctx) -> _Cand | None:
    w = _norm(m["w"])
    if w in ("quotidienne", "quotidiens", "quotidiennes"):
        return None  # "la presse quotidienne", "les quotidiens": newspapers
    if w.startswith("quotidien") and re.search(
            r"(?:le|un|du|au|ce|notre|son|les|des|leur|du\s+grand|grand)\s+$",
            c.before(m.start(), 15), re.IGNORECASE):
        return None  # "le quotidien Le Monde": a newspaper
    return _Cand(m.start(), m.end(), "SET", L.SET_ADJECTIVES[w], None, None, "unknown", "set-adj",
                 kind="set")


# --------------------------------------------------------------------------- post-passes

_FUZZY = re.compile(
    rf"(?P<lead>(?:la|le)\s+)?(?P<fz>début|fin|mi|milieu|courant)(?:\s*-\s*|\s+(?:du\s+|de\s+la\s+|"
    rf"de\s+l{APOS}\s*|des\s+|de\s+|d{APOS}\s*)|\s+)(?P<cur>(?:mois|année|an|semaine)(?![\w]))?",
    re.IGNORECASE)


def _fuzzy_interval(lo: date, hi: date, fz: str) -> tuple[date, date]:
    _, a, b = L.FUZZY_MODIFIERS[fz]
    if lo.month == 1 and lo.day == 1 and hi == date(lo.year, 12, 31):  # a year: whole months
        m1, m2 = 1 + round(a * 12), max(round(b * 12), 1)
        return date(lo.year, m1, 1), _month_end(lo.year, max(m1, m2))
    n = (hi - lo).days + 1
    start = lo + timedelta(days=round(a * n))
    end = lo + timedelta(days=max(round(b * n) - 1, 0))
    return start, min(max(end, start), hi)


def _apply_fuzzy(text: str, cands: list[_Cand], anchor: date | None) -> list[_Cand]:
    """Fold "début"/"mi-"/"fin"/"courant" (and "la fin du mois de") into the following date."""
    by_start = {c.start: i for i, c in enumerate(cands)}
    out = list(cands)
    taken: set[int] = set()
    for m in _FUZZY.finditer(text):
        if m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "-"):
            continue
        fz = _norm(m["fz"])
        pos = m.start("cur") if m["cur"] else m.end()
        lead_l = re.search(rf"l{APOS}\s*$", text[m.start() : pos], re.IGNORECASE)
        if pos not in by_start and lead_l:
            pos = m.start() + lead_l.start()  # "la fin de l'année dernière"
        if pos in by_start and by_start[pos] not in taken:
            idx: int | None = by_start[pos]
            base = out[idx]  # type: ignore[index]
            if base.kind not in ("month", "year", "season", "week", "rel-unit", "decade",
                                 "century", "quarter", "half"):
                continue
        elif m["cur"]:
            if anchor is None:
                continue
            u = _norm(m["cur"])
            if u == "mois":
                base = _month(m.start(), m.end(), anchor.year, anchor.month, "fuzzy")
            elif u == "semaine":
                base = _week(m.start(), m.end(), anchor, "fuzzy")
            else:
                base = _year(m.start(), m.end(), anchor.year, "fuzzy")
            if any(c.start < m.end() and m.start() < c.end for c in out):
                continue
            idx = None
            base.rule = "current"
        else:
            continue
        new = replace(base, start=m.start(), end=base.end, rule="fuzzy-" + base.rule)
        if base.istart and base.iend:
            new.istart, new.iend = _fuzzy_interval(base.istart, base.iend, fz)
        if idx is None:
            out.append(new)
        else:
            out[idx] = new
            taken.add(idx)
    return out


def _fill_clocks(text: str, cands: list[_Cand], anchor: date | None) -> None:
    """Give a clock time ("18 h") a date: the last day mentioned in its paragraph, else a day
    named later in its sentence ("Vers 0 h 40, jeudi"), else the last day of the text so far."""
    ordered = sorted(cands, key=lambda c: c.start)
    last: date | None = None
    last_doc: date | None = None
    last_end = 0
    for i, c in enumerate(ordered):
        if "\n" in text[last_end : c.start]:
            last = None
        if (c.kind == "day" and c.istart and c.istart == c.iend) or (c.kind == "part"
                                                                     and c.istart):
            last = last_doc = c.istart
        if c.kind == "clock":
            d = last
            if d is None:
                for n in ordered[i + 1 :]:
                    if re.search(r"[.!?\n]", text[c.end : n.start]):
                        break
                    if n.kind in ("day", "part") and n.istart:
                        d = n.istart
                        break
            d = d or last_doc or anchor
            if d is None:
                c.value = "XXXX-XX-XX" + c.clock
            else:
                c.value = d.isoformat() + c.clock
                c.istart = c.iend = d
        last_end = c.end


_JOIN = re.compile(r"\s*(?:,\s*)?(?:à|dès)?\s*", re.IGNORECASE)


def _join_day_clock(text: str, cands: list[_Cand]) -> list[_Cand]:
    """Join "hier à 10 h" / "vers 15 h 30, hier" into one TIME."""
    cands = sorted(cands, key=lambda c: c.start)
    out: list[_Cand] = []
    i = 0
    while i < len(cands):
        c = cands[i]
        if i + 1 < len(cands):
            n = cands[i + 1]
            gap = text[c.end : n.start]
            pair = (c, n) if (c.rule == "rel-day" and n.kind == "clock" and n.clock[1:2].isdigit()
                              and re.search(r"(?<![\w])(?:à|dès)\s*$", gap)) else (
                (n, c) if n.rule == "rel-day" and c.kind == "clock" and "," in gap else None)
            if pair and _JOIN.fullmatch(gap) and len(gap) < 8:
                day, clk = pair
                if day.istart is not None:
                    s0 = c.start
                    if clk is c and re.search(r"(?<![\w])vers\s+$", text[max(0, s0 - 6) : s0],
                                              re.IGNORECASE):
                        s0 = s0 - len(re.search(r"vers\s+$", text[max(0, s0 - 6) : s0],
                                                re.IGNORECASE)[0])  # type: ignore[index]
                    out.append(_Cand(s0, n.end, "TIME", day.istart.isoformat() + clk.clock,
                                     day.istart, day.istart, "day", "day-clock", kind="part"))
                    i += 2
                    continue
        out.append(c)
        i += 1
    return out


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Keep non-overlapping candidates, longest first (then rule priority, then leftmost)."""
    chosen: list[_Cand] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), -c.prio, c.start)):
        if all(c.end <= k.start or k.end <= c.start for k in chosen):
            chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


# --------------------------------------------------------------------------- rule prefilter
#
# Every rule starts with ``(?<![\w])``, which stops ``re`` from skipping ahead to a possible first
# character: ``rx.finditer(text)`` tried the whole pattern at every position, a full scan of the
# article per rule for about 20 matches in all. Instead, one scan finds the word starts where some
# rule can begin, and each rule is tried only at those whose first three characters fit its head.
#
# Why the matches are exactly those of ``rx.finditer(text)``:
# * first_atoms() (recoupe.regex_prefilter) reads the rule's parsed pattern and lists the
#   one-character atoms (literals, classes) that its first _HEAD_LEN characters can match,
#   dropping zero-width assertions (which only widens the set); a shorter tuple means the match
#   can end there. The head regex built from them, compiled with the rule's own flags (same case
#   folding, same \w), therefore matches the first characters of every match of the rule: a
#   position it rejects cannot start a match.
# * The start scan is the rules' own leading ``(?<![\w])`` followed by the union of their first
#   atoms: it finds every position where any rule can begin (zero-width, so none is skipped).
# * _replay() redoes finditer from those positions: finditer returns the leftmost position at or
#   after the end of the previous match where the pattern matches, with the same match as
#   ``rx.match(text, p)`` (lookbehind still sees the text before p; no endpos, lookahead sees it
#   all). No rule matches the empty string, so the next search starts at the previous end.
# A rule whose head cannot be worked out (an unmodelled construct, no leading ``(?<![\w])``,
# other flags, a possibly empty match) keeps plain finditer. Written by hand: no library gives
# ``re`` a first-characters prefilter for patterns that open with a lookbehind.

_HEAD_LEN = 3
_RULE_FLAGS = re.compile("", re.IGNORECASE).flags


def _head_regex(rx: re.Pattern[str]) -> tuple[re.Pattern[str], set[str]] | None:
    """The head regex of a rule and its first atoms; None when the rule keeps plain finditer."""
    if rx.flags != _RULE_FLAGS or not rx.pattern.startswith(B):
        return None
    heads = first_atoms(rx, _HEAD_LEN)
    if heads is None:
        return None
    return (re.compile("|".join(sorted("".join(h) for h in heads)), rx.flags),
            {h[0] for h in heads})


class _Prefilter:
    """Per rule, the positions of a text where a match can start (see the comment above)."""

    def __init__(self, rules: list[tuple[str, re.Pattern[str], Handler, int]]) -> None:
        self.rules = list(rules)
        self.heads = [_head_regex(rx) for _name, rx, _fn, _prio in rules]
        firsts = set().union(*(h[1] for h in self.heads if h is not None))
        self.starts = re.compile(B + "(?=" + "|".join(sorted(firsts)) + ")" if firsts else "(?!)",
                                 _RULE_FLAGS)
        self.dispatch: dict[str, tuple[int, ...]] = {}  # first characters -> rules to try there

    def rules_at(self, key: str) -> tuple[int, ...]:
        idx = self.dispatch.get(key)
        if idx is None:
            idx = tuple(i for i, h in enumerate(self.heads) if h is not None and h[0].match(key))
            if len(self.dispatch) < 100_000:
                self.dispatch[key] = idx
        return idx

    def candidates(self, text: str) -> list[list[int] | None]:
        """Ascending start positions per rule; None for a rule that keeps plain finditer."""
        out: list[list[int] | None] = [[] if h is not None else None for h in self.heads]
        dispatch, k = self.dispatch, _HEAD_LEN
        for p in [m.start() for m in self.starts.finditer(text)]:
            key = text[p : p + k]
            idx = dispatch.get(key)
            for i in (self.rules_at(key) if idx is None else idx):
                out[i].append(p)  # type: ignore[union-attr]
        return out


def _replay(rx: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)`` given, in order, every position where a match of ``rx`` can start."""
    end = 0
    for p in starts:
        if p >= end and (m := rx.match(text, p)) is not None:
            yield m
            end = m.end()


_PREFILTER: _Prefilter | None = None


def _rule_matches(text: str) -> Iterator[tuple[re.Match[str], Handler, int]]:
    """Every match of every rule on ``text``, rule by rule, as ``rx.finditer`` gives them."""
    global _PREFILTER
    if _PREFILTER is None or _PREFILTER.rules != _RULES:
        _PREFILTER = _Prefilter(_RULES)
    starts = _PREFILTER.candidates(text)
    for (_name, rx, fn, prio), st in zip(_PREFILTER.rules, starts, strict=True):
        for m in rx.finditer(text) if st is None else _replay(rx, text, st):
            yield m, fn, prio


# --------------------------------------------------------------------------- public API


def tag(text: str, anchor: date | None, *, tense_at: TenseAt | None = None) -> list[TimeExpr]:
    """Find and normalise the temporal expressions of ``text`` against ``anchor``.

    ``tense_at(start, end)`` gives the tense of the clause around a span (see
    :func:`tense_from_doc`); when None, :func:`tense_from_text` guesses it from verb endings.
    Never raises: a rule that fails on odd input is skipped.
    """
    if not isinstance(text, str) or not text:
        return []
    if tense_at is None:
        tense_at = tense_from_text(text)
    ctx = _Ctx(text, anchor, tense_at)
    cands: list[_Cand] = []
    for m, fn, prio in _rule_matches(text):
        try:
            res = fn(m, ctx)
        except (ValueError, KeyError, IndexError, OverflowError, TypeError, StopIteration):
            continue
        for r in (res if isinstance(res, list) else [res] if res else []):
            if 0 <= r.start < r.end <= len(text):
                r.prio = prio
                cands.append(r)
    try:
        chosen = _select(cands)
        chosen = _select(_apply_fuzzy(text, chosen, anchor))
        _fill_clocks(text, chosen, anchor)
        chosen = _join_day_clock(text, chosen)
    except (ValueError, KeyError, IndexError, OverflowError, TypeError):
        chosen = [c for c in _select(cands) if c.kind != "clock"]
    out: list[TimeExpr] = []
    for c in chosen:
        s, e = c.start, c.end
        while e > s and text[e - 1] in " \t\n,;":
            e -= 1
        out.append(TimeExpr(start=s, end=e, text=text[s:e], type=c.type, value=c.value or "XXXX",
                            interval_start=c.istart, interval_end=c.iend, precision=c.precision,
                            rule=c.rule, anchor=anchor))
    return out


# --------------------------------------------------------------------------- tense

_FUT_SUFFIX = re.compile(r"(?:r|ser|aur|fer|ir|ier|iendr|ourr|err|aur)(?:ai|as|a|ons|ez|ont)$")
_COND_SUFFIX = re.compile(r"r(?:ais|ait|ions|iez|aient)$")
_PART_SUFFIX = re.compile(r"(?:é|ée|és|ées|i|ie|is|it|u|ue|us|ert|erte|int|ainte|eint|ort|ris|"
                          r"uit|ait|os)$")


def tense_from_doc(doc: Any) -> TenseAt:
    """Build ``tense_at`` from a parsed spaCy Doc: tense of the verb governing a char span."""

    def verb_of(tok: Any) -> Any:
        cur, seen = tok, 0
        while seen < 12:
            if cur.pos_ in ("VERB", "AUX") and cur.dep_ not in ("aux", "aux:tense", "aux:pass",
                                                                  "cop"):
                return cur
            if cur.dep_ in ("cop",) or cur.head is cur:
                break
            cur = cur.head
            seen += 1
        return cur if cur.pos_ in ("VERB", "AUX") else None

    def tense_of(v: Any, depth: int = 0) -> Tense:
        form = v.text.lower()
        aux = [ch for ch in v.children if ch.dep_ in ("aux", "aux:tense", "aux:pass", "cop")]
        for a in aux:
            lem = a.lemma_.lower()
            at = _morph_tense(a)
            if lem == "aller" and v.morph.get("VerbForm") == ["Inf"]:
                return "future" if at in ("present", None) else None
            if lem in ("avoir", "être") and (v.morph.get("VerbForm") == ["Part"]
                                             or _PART_SUFFIX.search(form)):
                if (a.dep_ == "aux:pass" and lem == "être" and v.lemma_.lower() not in _ETRE_VERBS
                        and not any(ch.dep_ == "expl:comp" for ch in v.children)):
                    return at  # a true passive: "est prévue", "sera jugé"
                if at == "future":
                    return "future"
                if a.morph.get("Mood") == ["Cnd"] or _COND_SUFFIX.search(a.text.lower()):
                    return None
                return "past"
            if a.dep_ == "cop":
                return at
        vf = v.morph.get("VerbForm")
        if vf == ["Inf"] and depth < 3 and v.head is not v and v.head.pos_ in ("VERB", "AUX"):
            if v.head.lemma_.lower() == "aller" and _morph_tense(v.head) == "present":
                return "future"  # "va annoncer"
            return tense_of(v.head, depth + 1)
        if vf == ["Part"] and not aux:
            if any(ch.lower_ in L.PAST_ADVERBS for ch in v.children):
                return "past"  # "un ressortissant déjà sanctionné en mars"
            if v.head is not v and v.head.pos_ in ("VERB", "AUX") and depth < 3:
                return tense_of(v.head, depth + 1)
            return None  # adjectival participle ("la réunion prévue le 15")
        return _morph_tense(v)

    sents: list[Any] = []

    def sentence(i: int) -> Any:
        # Token.sent walks doc.sents from the start on every call: list them once, then bisect
        if not sents:
            sents.extend(doc.sents)
        return sents[max(bisect.bisect_right([x.start for x in sents], i) - 1, 0)]

    def at(start: int, end: int) -> Tense:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        v = verb_of(span.root)
        if v is None:
            sent = sentence(span.root.i)
            v = sent.root if sent.root.pos_ in ("VERB", "AUX") else None
        return tense_of(v) if v is not None else None

    return at


_ETRE_VERBS = frozenset({
    "arriver", "partir", "venir", "mourir", "décéder", "tomber", "naître", "entrer", "sortir",
    "rester", "monter", "descendre", "retourner", "devenir", "revenir", "rentrer", "survenir",
    "intervenir", "parvenir", "passer", "repartir", "ressortir", "redevenir"})


def _morph_tense(tok: Any) -> Tense:
    form = tok.text.lower()
    mood = tok.morph.get("Mood")
    tense = tok.morph.get("Tense")
    if mood == ["Cnd"] or _COND_SUFFIX.search(form):
        return None
    if tense == ["Fut"] or (len(form) > 3 and _FUT_SUFFIX.search(form) and tense != ["Past"]
                            and form not in _NOT_FUTURE):
        return "future"
    if tense in (["Past"], ["Imp"]):
        return "past"
    if tense == ["Pres"]:
        return "present"
    return None


_NOT_FUTURE = frozenset({"va", "a", "voilà", "déclara", "cela", "déjà", "para", "tira"})

_ETRE_PAST = (r"(?:arrivée?s?|partie?s?|venue?s?|morte?s?|décédée?s?|tombée?s?|née?s?|entrée?s?|"
              r"sortie?s?|restée?s?|montée?s?|descendue?s?|retournée?s?|devenue?s?|revenue?s?|"
              r"rentrée?s?|survenue?s?|intervenue?s?|parvenue?s?)")
_TXT_ETRE_PAST = re.compile(
    rf"(?<![\w])(?:(?:s['’]|se\s+)(?:est|sont|était|étaient)\s+(?:\w+\s+)?\w+|(?:est|sont|était|"
    rf"étaient|fut|furent)\s+(?:\w+\s+)?{_ETRE_PAST})(?![\w])", re.IGNORECASE)
_TXT_AUX_PAST = re.compile(
    r"(?<![\w])(?:a|ont|avait|avaient|avons|avez|as|ai|eut)"
    r"\s+(?:(?:été|pas|déjà|aussi|alors|encore|bien|ensuite|également|notamment|toujours|"
    r"finalement|enfin|même|plus|jamais|donc|ainsi|y|en|se|s['’]|l['’]|le|la|les|lui)\s+)*"
    r"\w+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ert|int|ort|uit|ait|os)(?![\w])",
    re.IGNORECASE)
_TXT_ADV_PAST = re.compile(
    r"(?<![\w])(?:" + "|".join(sorted(L.PAST_ADVERBS)) + r")\s+"
    r"\w+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ert|int|ort|uit|os)(?![\w])", re.IGNORECASE)
_TXT_FUT = re.compile(
    r"(?<![\w])(?:\w{2,}(?:er|ir|r|ser|aur|fer|iendr|ourr|err|oir)(?:ai|as|a|ons|ez|ont)|"
    r"va|vont|allons|allez|vais)(?![\w])", re.IGNORECASE)
_TXT_COND = re.compile(r"(?<![\w])\w+r(?:ait|aient)(?![\w])", re.IGNORECASE)
_TXT_NOT_FUT = frozenset({"déclara", "montra", "tira", "para", "cela", "voilà", "déjà", "va"})
_TXT_PAST_SIMPLE = re.compile(r"(?<![\w])\w+(?:èrent|irent|urent|ait|aient)(?![\w])",
                              re.IGNORECASE)


def tense_from_text(text: str) -> TenseAt:
    """A cheap ``tense_at`` without a parser: looks at verb endings in the clause of the span."""

    def at(start: int, end: int) -> Tense:
        lo = max(text.rfind(ch, 0, start) for ch in ".!?;\n«»") + 1
        his = [text.find(ch, end) for ch in ".!?;\n«»"]
        hi = min([h for h in his if h >= 0] or [len(text)])
        clause = text[lo:hi]
        rel = start - lo
        best: tuple[int, Tense] | None = None
        cues: tuple[tuple[re.Pattern[str], Tense], ...] = (
            (_TXT_AUX_PAST, "past"), (_TXT_ETRE_PAST, "past"), (_TXT_ADV_PAST, "past"), (_TXT_COND, None),
            (_TXT_FUT, "future"),
            (_TXT_PAST_SIMPLE, "past"))
        for rx, t in cues:
            for m in rx.finditer(clause):
                w = m[0].lower()
                if t == "future" and w in _TXT_NOT_FUT:
                    continue
                if t == "future" and w in ("va", "vont", "vais", "allons", "allez"):
                    nxt = clause[m.end():m.end() + 20]
                    if not re.match(r"\s+(?:\w+\s+)?\w+(?:er|ir|re)(?![\w])", nxt):
                        continue
                if t == "future" and re.search(r"(?:ait|aient|erai|ais)$", w):
                    continue
                dist = min(abs(m.start() - rel), abs(m.end() - rel))
                if best is None or dist < best[0]:
                    best = (dist, t)
        return best[1] if best else None

    return at


def to_json_lines(text: str, anchor: date | None, *, nlp: Any = None) -> Iterator[dict[str, Any]]:
    """The ``recoupe tag-time`` output: one JSON-ready dict per expression found in ``text``."""
    tense_at: TenseAt | None = None
    if nlp is not None:
        tense_at = tense_from_doc(nlp(text))
    for t in tag(text, anchor, tense_at=tense_at):
        yield {
            "start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value,
            "interval_start": t.interval_start.isoformat() if t.interval_start else None,
            "interval_end": t.interval_end.isoformat() if t.interval_end else None,
            "precision": t.precision, "rule": t.rule,
            "anchor": t.anchor.isoformat() if t.anchor else None,
        }

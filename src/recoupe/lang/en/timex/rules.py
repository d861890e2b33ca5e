"""The English time grammar's rules: each pattern and the handler that normalises its match
against the anchor. Spans follow TimeML: determiners and direction words are in ("last week",
"the 1990s", "two years ago"), prepositions are out ("in March" -> "March")."""

from __future__ import annotations

import re
from datetime import date, timedelta

from recoupe.lang.en import dates as L
from recoupe.lang.en.timex.grammar import (
    B_,
    DAYNUM,
    DIR,
    FUZZY,
    MONTH,
    MONTH_BARE,
    NUM,
    NUMW,
    ORD,
    PART,
    SEASON,
    VAGUE,
    WEEKDAY,
    YEAR4,
    B,
    E,
    _alt,
    _norm,
)
from recoupe.lang.en.timex.normalise import _MOVABLE, _cand, _direction, _quarter, interval, words_to_number
from recoupe.model import TimexType
from recoupe.nlp.timex.calendar import (
    add_months,
    daymonth_date,
    fmt_number,
    iso_week,
    month_date,
    parse_year,
    pick,
    pinned_by_weekday,
    weekday_date,
)
from recoupe.nlp.timex.engine import Cand, Ctx, Rules

RULES = Rules()


def _c(m: re.Match[str], type_: TimexType, value: str, rule: str, kind: str = "",
       start: int | None = None) -> Cand:
    return _cand(m.start() if start is None else start, m.end(), type_, value, rule, kind=kind)


# --------------------------------------------------------------------------- rules: calendar dates


@RULES.rule("date-mdy", rf"{B_}(?:(?P<wd>{WEEKDAY}),?\s+)?(?:{FUZZY})?(?P<m>{MONTH})\.?\s+(?P<d>{DAYNUM})"
       rf"(?:st|nd|rd|th)?(?![\d:])(?:\s*,?\s*(?P<y>{YEAR4}))?{E}", prio=6)
def _r_mdy(m: re.Match[str], c: Ctx) -> Cand | None:
    return _dm(m, c, "date-mdy")


@RULES.rule("date-dmy", rf"{B_}(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<d>{DAYNUM})(?:st|nd|rd|th)?"
       rf"\s+(?:of\s+)?(?P<m>{MONTH})(?:\s*,?\s*(?P<y>{YEAR4}))?{E}", prio=6)
def _r_dmy(m: re.Match[str], c: Ctx) -> Cand | None:
    return _dm(m, c, "date-dmy")


def _dm(m: re.Match[str], c: Ctx, rule: str) -> Cand | None:
    mo, d = L.MONTHS[_norm(m["m"])], int(m["d"])
    if m["y"]:
        return _c(m, "DATE", date(int(m["y"]), mo, d).isoformat(), rule, "day")
    date(2000, mo, d)  # validates the day
    if c.anchor is None:
        return _c(m, "DATE", f"XXXX-{mo:02d}-{d:02d}", rule, "day")
    if m["wd"] and (cand := pinned_by_weekday(d, mo, L.WEEKDAYS[_norm(m["wd"])], c.anchor)) is not None:
        return _c(m, "DATE", cand.isoformat(), rule, "day")
    return _c(m, "DATE", daymonth_date(d, mo, c.anchor, c.tense(m.start(), m.end())).isoformat(),
              rule, "day")


@RULES.rule("date-iso", rf"{B}(?P<y>\d{{4}})-(?P<m>[01]\d)-(?P<d>[0-3]\d){E}", prio=7)
def _r_iso(m: re.Match[str], c: Ctx) -> Cand | None:
    return _c(m, "DATE", date(int(m["y"]), int(m["m"]), int(m["d"])).isoformat(), "date-iso", "day")


@RULES.rule("date-slash", rf"{B}(?P<m>[01]?\d)/(?P<d>[0-3]?\d)/(?P<y>\d{{4}}|\d\d)(?![\d/])", prio=7)
def _r_slash(m: re.Match[str], c: Ctx) -> Cand | None:
    y = parse_year(m["y"], c.anchor)
    return _c(m, "DATE", date(y, int(m["m"]), int(m["d"])).isoformat(), "date-slash", "day")


@RULES.rule("month-year", rf"{B_}(?:{FUZZY})?(?P<m>{MONTH})\.?(?:\s+of)?,?\s+(?P<y>{YEAR4}|['’]\d\d){E}",
       prio=5)
def _r_month_year(m: re.Match[str], c: Ctx) -> Cand | None:
    y = parse_year(m["y"], c.anchor)
    return _c(m, "DATE", f"{y:04d}-{L.MONTHS[_norm(m['m'])]:02d}", "month-year")


_MAY_BEFORE = re.compile(r"(?:\b(?:in|since|until|till|by|of|through|from|to|and|before|after|"
                         r"during|early|late|last|next|this|mid|between|or|end|beginning)\s*-?\s*"
                         r"|[,(]\s*)$", re.IGNORECASE)


@RULES.rule("month", rf"{B_}(?:{FUZZY})?(?:(?P<dir>{DIR})\s+)?(?P<m>{MONTH_BARE}|May){E}"
       rf"(?!\s*\d)", prio=3)
def _r_month(m: re.Match[str], c: Ctx) -> Cand | None:
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
    y = month_date(mo, c.anchor, c.tense(m.start(), m.end()), _direction(m["dir"])).year
    return _c(m, "DATE", f"{y:04d}-{mo:02d}", "month-dir" if m["dir"] else "month")


_YEAR_STOP = re.compile(
    r"\s*(?:[.,]\d|\d|%|percent|per\s+cent|shares|cars|units|people|workers|employees|jobs|"
    r"tons?|barrels|points?|votes|acres|miles|feet|meters|kilometers|pounds|ounces|dollars|yen|"
    r"marks|francs|troops|soldiers|members|copies|students|-?\s*(?:a|per)\s+share|-\w)(?![\w])",
    re.IGNORECASE)


@RULES.rule("year", rf"(?<![\w$£€.,/])(?:(?<=\d{{4}}-)|(?<!-))(?:(?P<fz>{FUZZY}))?"
              rf"(?P<fy>(?:fiscal|FY)\s*(?:year\s+)?)?(?P<y>{YEAR4}){E}",
       prio=1)
def _r_year(m: re.Match[str], c: Ctx) -> Cand | None:
    before = c.before(m.start(), 12)
    if _YEAR_STOP.match(c.text, m.end()) or re.search(
            r"(?:\d[\s.,]?|No\.\s*|number\s+|[$£€#+/:])$", before, re.IGNORECASE):
        return None
    if re.match(r"\s*-\s*(?:(?!(?:1[5-9]|20)\d\d(?!\d))\d|year|month|day|hour)", c.after(m.end(), 8),
                re.IGNORECASE):
        return None
    return _c(m, "DATE", m["y"], "year-fiscal" if m["fy"] else "year")


@RULES.rule("decade", rf"{B_}(?:the\s+)?(?:{FUZZY})?(?P<y>(?:1[5-9]|20)?\d0|['’]\d0)['’]?s{E}", prio=4)
def _r_decade(m: re.Match[str], c: Ctx) -> Cand | None:
    y = m["y"].lstrip("'’")
    y4 = int(y) if len(y) == 4 else (1900 + int(y) if int(y) >= 20 else 2000 + int(y))
    return _c(m, "DATE", str(y4)[:3], "decade")


@RULES.rule("decade-word", rf"{B_}(?:the\s+)?(?:{FUZZY})?(?P<w>twenties|thirties|forties|fifties|sixties|"
       rf"seventies|eighties|nineties){E}", prio=4)
def _r_decade_word(m: re.Match[str], c: Ctx) -> Cand | None:
    if not m[0].lower().startswith(("the", "early", "mid", "late")):
        return None  # "in his forties" is an age
    tens = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
            "nineties"].index(m["w"].lower()) + 2
    return _c(m, "DATE", f"19{tens}", "decade-word")


@RULES.rule("century", rf"{B_}(?:the\s+)?(?:(?P<dir>this|last|next|the\s+past)\s+century|"
       rf"(?P<o>{ORD})\s*-?\s*century){E}", prio=4)
def _r_century(m: re.Match[str], c: Ctx) -> Cand | None:
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


@RULES.rule("quarter", rf"{B_}(?:the\s+)?(?:(?P<fiscal>fiscal)\s+)?(?P<o>first|second|third|fourth|1st|"
       rf"2nd|3rd|4th|last|final)(?:\s*-\s*|\s+)(?:fiscal\s+)?(?P<u>quarter|half|period)"
       rf"(?:\s+(?:of\s+)?(?:(?:fiscal\s+)?(?P<y>{YEAR4})|(?P<ydir>this|last|next)\s+year|"
       rf"the\s+year))?{E}", prio=5)
def _r_quarter(m: re.Match[str], c: Ctx) -> Cand | None:
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


@RULES.rule("quarter-ref", rf"{B_}(?:the\s+)?(?:{_QPRE}\s+)?(?:(?P<o>first|second|third|fourth|1st|2nd|3rd|"
       rf"4th)(?:\s*-\s*|\s+))?(?:fiscal\s+)?(?P<u>quarter|period)(?P<post>\s+a\s+year\s+(?:ago|earlier)|"
       rf"\s+last\s+year|\s+of\s+(?P<y2>{YEAR4}))?{E}", prio=5)
def _r_quarter_ref(m: re.Match[str], c: Ctx) -> Cand | None:
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


@RULES.rule("year-ago", rf"{B_}(?P<w>year\s*-\s*(?:earlier|ago)){E}(?!\s+(?:\w+\s+)?(?:quarter|period))",
       prio=3)
def _r_year_ago(m: re.Match[str], c: Ctx) -> Cand | None:
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


@RULES.rule("spoken-year", rf"{B_}(?:the\s+year\s+)?(?:(?P<c>nineteen|eighteen)\s+(?P<t>{_alt(_TENS)})"
       rf"(?:\s*-\s*|\s+)?(?P<u>{_alt(_UNITS_W)})?|two\s+thousand(?:\s+(?:and\s+)?(?P<u2>"
       rf"{_alt(_UNITS_W)}))?){E}", prio=3)
def _r_spoken_year(m: re.Match[str], c: Ctx) -> Cand | None:
    """Transcripts spell years out: "nineteen ninety-six", "the year two thousand"."""
    if m["c"]:
        y = (1900 if _norm(m["c"]) == "nineteen" else 1800) + _TENS[_norm(m["t"])]
        y += _UNITS_W.get(_norm(m["u"] or ""), 0)
    else:
        if not _norm(m[0]).startswith("the year") and not m["u2"]:
            return None  # "two thousand" alone is a number
        y = 2000 + _UNITS_W.get(_norm(m["u2"] or ""), 0)
    return _c(m, "DATE", str(y), "spoken-year")


@RULES.rule("weekend", rf"{B_}the\s+weekend{E}", prio=2)
def _r_weekend(m: re.Match[str], c: Ctx) -> Cand | None:
    if c.anchor is None:
        return None
    a = c.anchor
    sat = a + timedelta(days=6 - a.isoweekday())  # this week's Saturday
    if c.tense(m.start(), m.end()) == "past" and sat >= a:
        sat -= timedelta(7)
    return _c(m, "DATE", iso_week(sat) + "-WE", "weekend")


# --------------------------------------------------------------------------- rules: relative


@RULES.rule("rel-day", rf"{B_}(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|"
       rf"yesterday|tomorrow)(?:['’]s)?{E}", prio=4)
def _r_rel_day(m: re.Match[str], c: Ctx) -> Cand | None:
    off = L.DAY_OFFSETS[_norm(m["w"])]
    if _norm(m["w"]) == "today" and re.match(r"['’]s\s+\w+", c.text[m.end("w"):m.end("w") + 12]) \
            and not re.match(r"['’]s\s+(?:date|meeting|session|announcement|decision|vote)",
                             c.text[m.end("w"):m.end("w") + 20], re.IGNORECASE):
        return _c(m, "DATE", "PRESENT_REF", "rel-day-generic")  # "today's world"
    if c.anchor is None:
        return _c(m, "DATE", "XXXX-XX-XX", "rel-day", "day")
    return _cand(m.start(), m.end("w"), "DATE", (c.anchor + timedelta(off)).isoformat(), "rel-day",
                 kind="day")


@RULES.rule("day-part", rf"{B_}(?:(?P<fz>early|late)\s+)?(?:(?P<rel>yesterday|today|tomorrow|this|last|"
       rf"the\s+same|that)|(?P<wd>{WEEKDAY}))\s+(?P<p>{PART}){E}", prio=6)
def _r_day_part(m: re.Match[str], c: Ctx) -> Cand | None:
    part = L.DAY_PARTS[_norm(m["p"])]
    rel = _norm(m["rel"] or "")
    if rel in ("the same", "that"):
        return None
    if c.anchor is None:
        return _c(m, "TIME", f"XXXX-XX-XXT{part}", "day-part", "day")
    if m["wd"]:
        d = weekday_date(L.WEEKDAYS[_norm(m["wd"])], c.anchor, c.tense(m.start(), m.end()))
    elif rel == "last":
        if part not in ("NI", "EV"):
            return None  # "last morning" is not said
        d = c.anchor - timedelta(1)
    else:
        d = c.anchor + timedelta({"yesterday": -1, "tomorrow": 1}.get(rel, 0))
    return _c(m, "TIME", f"{d.isoformat()}T{part}", "day-part", "day")


@RULES.rule("tonight", rf"{B_}(?P<w>tonight|overnight){E}", prio=4)
def _r_tonight(m: re.Match[str], c: Ctx) -> Cand | None:
    if _norm(m["w"]) == "overnight":
        return None
    if c.anchor is None:
        return _c(m, "TIME", "XXXX-XX-XXTNI", "tonight", "day")
    return _c(m, "TIME", f"{c.anchor.isoformat()}TNI", "tonight", "day")


@RULES.rule("weekday", rf"{B_}(?:(?P<fz>early|late)\s+)?(?:(?P<dir>{DIR})\s+)?(?P<wd>{WEEKDAY})"
       rf"(?:\s+(?P<dir2>last|next))?{E}", prio=2)
def _r_weekday(m: re.Match[str], c: Ctx) -> Cand | None:
    wd = L.WEEKDAYS[_norm(m["wd"])]
    if m["wd"].endswith(".") and m["wd"][0].islower():
        return None
    if c.anchor is None:
        return _c(m, "DATE", f"XXXX-WXX-{wd}", "weekday", "day")
    strict = _direction(m["dir"]) or _direction(m["dir2"])
    tense = c.tense(m.start(), m.end())
    if _norm(m["dir"] or "") == "this" and not strict:
        tense = tense if tense != "present" else None
    d = weekday_date(wd, c.anchor, tense, strict)
    return _c(m, "DATE", d.isoformat(), "weekday-dir" if strict else "weekday", "day")


_REL_UNIT = r"(?P<u>week|month|year|quarter|weekend|decade|fiscal\s+year|half|season)"


@RULES.rule("rel-unit", rf"{B_}(?P<fz>{FUZZY})?(?:the\s+)?(?P<dir>{DIR})\s+{_REL_UNIT}{E}", prio=4)
def _r_rel_unit(m: re.Match[str], c: Ctx) -> Cand | None:
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
        value = iso_week(a + timedelta(7 * shift))
    elif unit == "weekend":
        d = a + timedelta(7 * shift)
        if shift == 0 and a.isoweekday() == 1 and c.tense(m.start(), m.end()) == "past":
            d = a - timedelta(1)
        value = iso_week(d) + "-WE"
    elif unit == "month":
        value = add_months(a.replace(day=1), shift).strftime("%Y-%m")
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


@RULES.rule("ago", rf"{B}(?:(?:about|some|nearly|almost|roughly|more\s+than|less\s+than|over|just|only)\s+)?"
       rf"(?:{NUM}|(?P<vague>{VAGUE}))\s+{_AGO_UNIT}\s+(?P<w>ago|earlier|before|later|from\s+now|hence)"
       rf"{E}", prio=6)
def _r_ago(m: re.Match[str], c: Ctx) -> Cand | None:
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
            return _cand(start, m.end("u"), "DURATION", _duration(n, unit), "offset")
    sign = 1 if w in ("later", "from now", "hence") else -1
    if n is None:
        return _cand(start, m.end(), "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", "ago-vague")
    if c.anchor is None or not float(n).is_integer():
        return _cand(start, m.end(), "DATE", "XXXX", "ago")
    k, a = int(n) * sign, c.anchor
    if unit in ("second", "minute", "hour"):
        return _cand(start, m.end(), "TIME", "PRESENT_REF", "ago")
    if unit == "day":
        value = (a + timedelta(k)).isoformat()
    elif unit == "week":
        value = iso_week(a + timedelta(7 * k))
    elif unit == "month":
        value = add_months(a.replace(day=1), k).strftime("%Y-%m")
    elif unit == "year":
        value = f"{a.year + k:04d}"
        if k == -1 and _quarter_context(c, start):
            y, q = _last_quarter(a)
            value = f"{y - 1}-Q{q}"  # "a year ago" beside quarterly results: the year-ago quarter
    elif unit == "decade":
        value = f"{(a.year + 10 * k) // 10:03d}"
    else:
        value = f"{(a.year + 100 * k) // 100:02d}"
    return _cand(start, m.end(), "DATE", value, "ago")


def _last_quarter(a: date) -> tuple[int, int]:
    """The last quarter completed on ``a`` (the one results are reported for)."""
    y, q = _quarter(a)
    return (y - 1, 4) if q == 1 else (y, q - 1)


def _quarter_context(c: Ctx, start: int) -> bool:
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
        return f"P{fmt_number(10 * n)}Y"
    if code == "CE":
        return f"P{fmt_number(100 * n)}Y"
    if code == "Q":
        return f"P{fmt_number(3 * n)}M"
    if code == "WE":
        return f"P{fmt_number(n)}WE"
    if code == "NI":
        return f"P{fmt_number(n)}NI"
    if not float(n).is_integer():
        if letter == "Y":
            return f"P{fmt_number(12 * n)}M"
        if letter == "H" and t:
            return f"PT{fmt_number(60 * n)}M"
        if letter == "D":
            return f"PT{fmt_number(24 * n)}H"
    return f"P{t}{fmt_number(n)}{letter}"


_DUR_UNIT = (r"(?P<u>seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|"
             r"century|quarters?|weekends?|nights?)")


@RULES.rule("duration", rf"{B}(?:(?P<the>the)\s+(?P<dir>past|last|next|first|previous|coming|"
       rf"following|final|better\s+part\s+of\s+the|remaining)\s+)?(?:{NUM}|(?P<vague>{VAGUE}))"
       rf"(?P<hy>\s*-\s*|\s+)(?:plus\s+|or\s+so\s+|more\s+|full\s+|straight\s+|consecutive\s+|"
       rf"long\s+)?{_DUR_UNIT}(?:\s*-\s*(?P<old>old))?{E}", prio=3)
def _r_duration(m: re.Match[str], c: Ctx) -> Cand | None:
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


@RULES.rule("duration-bare", rf"{B_}(?P<pre>for|over|in|within|after|recent|the\s+past|the\s+last|"
       rf"the\s+next|the\s+coming|in\s+recent|in\s+coming)\s+(?P<u>years|months|weeks|days|hours|"
       rf"minutes|decades){E}", prio=2)
def _r_duration_bare(m: re.Match[str], c: Ctx) -> Cand | None:
    pre = _norm(m["pre"])
    if pre in ("for", "over", "in", "within", "after"):
        start = m.start("u")  # the preposition stays out of the span
    elif pre.startswith("in "):
        start = m.start("pre") + m["pre"].lower().index(pre.split()[1])
    else:
        start = m.start()
    if "recent" in pre:
        return _cand(start, m.end(), "DATE", "PAST_REF", "recent")
    return _cand(start, m.end(), "DURATION", _duration(None, m["u"]), "duration-vague")


@RULES.rule("ref", rf"{B_}(?P<w>{_alt(L.REF_WORDS)}){E}", prio=1)
def _r_ref(m: re.Match[str], c: Ctx) -> Cand | None:
    w = _norm(m["w"])
    if w in L.WEAK_REF_WORDS:
        return None
    if w == "now" and re.match(r"\s*(?:that|,\s*(?:however|though))\b", c.after(m.end(), 12),
                               re.IGNORECASE):
        return None  # "now that ..." is a conjunction
    return _c(m, "DATE", L.REF_WORDS[w], "ref")


@RULES.rule("season", rf"{B_}(?:(?P<fz>early|late|mid|the\s+middle\s+of)(?:\s*-\s*|\s+))?(?:(?P<dir>{DIR})\s+)?"
       rf"(?P<s>{SEASON})(?:\s+(?:of\s+)?(?P<y>{YEAR4}))?{E}", prio=3)
def _r_season(m: re.Match[str], c: Ctx) -> Cand | None:
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


@RULES.rule("holiday", rf"{B_}(?:(?P<dir>last|next|this)\s+)?(?:(?P<h>{_alt(L.FIXED_HOLIDAYS)})|"
       rf"(?P<mv>{_alt(_MOVABLE)}))(?:\s+(?P<y>{YEAR4}))?{E}", prio=4)
def _r_holiday(m: re.Match[str], c: Ctx) -> Cand | None:
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
    day = pick([on(y - 1), on(y), on(y + 1)], c.anchor, c.tense(m.start(), m.end()))
    return _c(m, "DATE", day.isoformat(), "holiday", "day")


_AMPM = r"(?P<ampm>a\.?\s?m\.?|p\.?\s?m\.?)"
_TZ = r"(?:\s+(?P<tz>EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|ET|PT|local\s+time))?"


# « 1: 30 a. m. » (a tokenised copy spaces the colon) and « 2.30am » (British): the clock still has its
# minutes; both need « am » / « pm » after them, so a figure « 2.30 » alone is no time
@RULES.rule("clock", rf"{B}(?P<h>[01]?\d|2[0-3])(?:(?::\s?|\.)(?P<mi>[0-5]\d))?\s*(?:{_AMPM}|(?P<oc>o['’]clock))"
       rf"{_TZ}(?![\w])", prio=5)
def _r_clock(m: re.Match[str], c: Ctx) -> Cand | None:
    h, mi = int(m["h"]), int(m["mi"] or 0)
    if m["ampm"]:
        if not 1 <= h <= 12:
            return None
        pm = m["ampm"].lower().startswith("p")
        h = (h % 12) + (12 if pm else 0)
    end = m.end()
    day = c.anchor.isoformat() if c.anchor else "XXXX-XX-XX"
    return _cand(m.start(), end, "TIME", f"{day}T{h:02d}:{mi:02d}", "clock", kind="clock")


@RULES.rule("clock-24", rf"{B}(?P<h>[01]\d|2[0-3]):(?P<mi>[0-5]\d){_TZ}(?![\w:])", prio=4)
def _r_clock24(m: re.Match[str], c: Ctx) -> Cand | None:
    if not m["tz"] and not re.search(r"\b(?:at|by|from|until|before|after)\s*$", c.before(m.start(), 8),
                                     re.IGNORECASE):
        return None
    day = c.anchor.isoformat() if c.anchor else "XXXX-XX-XX"
    return _cand(m.start(), m.end(), "TIME", f"{day}T{m['h']}:{m['mi']}", "clock-24", kind="clock")


@RULES.rule("noon", rf"{B_}(?P<w>noon|midday|midnight){E}", prio=3)
def _r_noon(m: re.Match[str], c: Ctx) -> Cand | None:
    day = c.anchor.isoformat() if c.anchor else "XXXX-XX-XX"
    return _c(m, "TIME", f"{day}T{L.DAY_PARTS[_norm(m['w'])]}", "noon", "clock")


@RULES.rule("set", rf"{B_}(?P<w>{_alt(k for k in L.SET_WORDS if not k.startswith(('a ', 'an ')))}){E}",
       prio=2)
def _r_set(m: re.Match[str], c: Ctx) -> Cand | None:
    w = _norm(m["w"])
    if w in ("annual", "annually") or (w in ("weekly", "monthly", "quarterly", "yearly") and re.match(
            r"\s+[a-z]", c.after(m.end(), 3))):
        return None  # an adjective: "a daily newspaper", "annual report"
    return _c(m, "SET", L.SET_WORDS[w], "set")


@RULES.rule("set-every", rf"{B_}(?:every|each)\s+(?:(?P<n>\d+|{NUMW}|other)\s+)?(?:(?P<wd>{WEEKDAY})|"
       rf"(?P<u>seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|quarters?|"
       rf"summers?|winters?|springs?|autumns?|falls?|seasons?|mornings?|nights?|evenings?)){E}",
       prio=4)
def _r_set_every(m: re.Match[str], c: Ctx) -> Cand | None:
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

"""The French time grammar's rules: each pattern and the handler that normalises its match
against the anchor. Spans follow TimeML: « le 12 mars », « il y a deux ans » are in, « depuis »
and « en » are out."""

from __future__ import annotations

import re
from datetime import date, timedelta

from recoupe.lang.fr import dates as L
from recoupe.lang.fr.timex.grammar import (
    APOS,
    COLL,
    DAYNUM,
    DIR,
    MONTH,
    MONTH_EN,
    NUM,
    SEASON,
    UNIT,
    VAGUE,
    WEEKDAY,
    YEAR,
    YEAR4,
    E,
    _alt,
    _lookup,
    _norm,
)
from recoupe.lang.fr.timex.normalise import (
    _day,
    _month,
    _quantity,
    _ref,
    _season,
    _week,
    _year,
)
from recoupe.nlp.timex.calendar import (
    add_months,
    daymonth_date,
    easter,
    fmt_number,
    month_date,
    month_end,
    parse_year,
    pick,
    pinned_by_weekday,
    weekday_date,
)
from recoupe.nlp.timex.engine import B, Cand, Ctx, Rules, Tense

RULES = Rules()

_FORWARD = re.compile(r"(?:^|\W)(?:" + "|".join(re.escape(w) for w in L.FORWARD_PREPOSITIONS) + r")\s*$")
_BACKWARD = re.compile(r"(?:^|\W)(?:" + "|".join(re.escape(w) for w in L.BACKWARD_PREPOSITIONS) + r")\s*$")


def _prep_direction(c: Ctx, s: int) -> tuple[str, Tense]:
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


# --------------------------------------------------------------------------- rules: absolute


def _daynum(s: str) -> int:
    s = _norm(s).replace(" ", "")
    return 1 if s in ("1er", "1re", "premier") else int(s)


@RULES.rule("date-full", rf"{B}(?:(?P<le>le|ce)\s+)?(?:(?P<wd>{WEEKDAY})\s+)?(?P<d>{DAYNUM})\s+"
       rf"(?P<m>{MONTH})(?:\s+(?P<y>{YEAR}))?(?:\s+(?P<dir>{DIR}))?{E}", prio=5)
def _r_date_full(m: re.Match[str], c: Ctx) -> Cand | None:
    d, mo = _daynum(m["d"]), _lookup(L.MONTHS, m["m"])
    s, e = m.start(), m.end()
    if m["y"]:
        y = parse_year(m["y"], c.anchor)
        return _day(s, e, date(y, mo, d), "date-full")
    if c.anchor is None:
        return Cand(s, e, "DATE", f"XXXX-{mo:02d}-{d:02d}", None, None, "day", "date-dm",
                     kind="day")
    date(2000, mo, d)  # validates day/month
    strict = _direction(m["dir"])
    if m["wd"] and not strict and (cand := pinned_by_weekday(d, mo, _lookup(L.WEEKDAYS, m["wd"]), c.anchor)):
        return _day(s, e, cand, "date-wdm")  # a weekday pins the year
    prep_tense: Tense = None
    if not strict:
        strict, prep_tense = _prep_direction(c, s)
    res = daymonth_date(d, mo, c.anchor, prep_tense or c.tense(s, e), strict)
    return _day(s, e, res, "date-dm")


@RULES.rule("date-numeric", rf"{B}(?P<d>[0-3]?\d)(?P<sep>[/.])(?P<m>[01]?\d)(?P=sep)(?P<y>\d{{4}}|\d\d)"
       rf"(?![\d/])(?!\.\d)", prio=6)
def _r_date_numeric(m: re.Match[str], c: Ctx) -> Cand | None:
    y = parse_year(m["y"], c.anchor)
    return _day(m.start(), m.end(), date(y, int(m["m"]), int(m["d"])), "date-numeric")


@RULES.rule("date-iso", rf"{B}(?P<y>\d{{4}})-(?P<m>[01]\d)-(?P<d>[0-3]\d){E}", prio=6)
def _r_date_iso(m: re.Match[str], c: Ctx) -> Cand | None:
    return _day(m.start(), m.end(), date(int(m["y"]), int(m["m"]), int(m["d"])), "date-iso")


@RULES.rule("date-english", rf"{B}(?P<m>{MONTH_EN})\.?\s*(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s*,\s*"
       rf"(?P<y>\d{{4}}){E}", prio=6)
def _r_date_en(m: re.Match[str], c: Ctx) -> Cand | None:
    mo = L.MONTHS_EN[m["m"].lower()]
    return _day(m.start(), m.end(), date(int(m["y"]), mo, int(m["d"])), "date-english")


@RULES.rule("date-range", rf"{B}du\s+(?P<d1>{DAYNUM})(?:\s+(?P<m1>{MONTH}))?"
       rf"(?:\s+(?P<y1>{YEAR4}))?\s+au\s+(?P<d2>{DAYNUM})\s+(?P<m2>{MONTH})"
       rf"(?:\s+(?P<y2>{YEAR4}))?(?:\s+(?P<dir>{DIR}))?{E}", prio=8)
def _r_range(m: re.Match[str], c: Ctx) -> Cand | None:
    d1, d2 = _daynum(m["d1"]), _daynum(m["d2"])
    m2 = _lookup(L.MONTHS, m["m2"])
    m1 = _lookup(L.MONTHS, m["m1"]) if m["m1"] else m2
    s, e = m.start(), m.end()
    if m["y2"]:
        end = date(int(m["y2"]), m2, d2)
    elif c.anchor is not None:
        end = daymonth_date(d2, m2, c.anchor, c.tense(s, e), _direction(m["dir"]))
    else:
        return Cand(s, e, "DURATION", "PXD", None, None, "day", "date-range", kind="range")
    start = date(int(m["y1"]) if m["y1"] else end.year, m1, d1)
    if start > end and not m["y1"]:
        start = start.replace(year=start.year - 1)
    if start > end:
        return None
    n = (end - start).days + 1
    return Cand(s, e, "DURATION", f"P{n}D", start, end, "day", "date-range", kind="range")


@RULES.rule("date-pair", rf"{B}les\s+(?P<d1>{DAYNUM})\s+et\s+(?P<d2>{DAYNUM})\s+(?P<m>{MONTH})"
       rf"(?:\s+(?P<y>{YEAR4}))?(?:\s+(?P<dir>{DIR}))?{E}", prio=7)
def _r_date_pair(m: re.Match[str], c: Ctx) -> list[Cand] | None:
    """"les 6 et 13 avril": two dates ("les 6" and "13 avril")."""
    mo = _lookup(L.MONTHS, m["m"])
    out = []
    for g, s in (("d1", m.start()), ("d2", m.start("d2"))):
        d = _daynum(m[g])
        e = m.end("d1") if g == "d1" else m.end()
        if m["y"]:
            out.append(_day(s, e, date(int(m["y"]), mo, d), "date-pair"))
        elif c.anchor is not None:
            res = daymonth_date(d, mo, c.anchor, c.tense(s, e), _direction(m["dir"]))
            out.append(_day(s, e, res, "date-pair"))
    return out


@RULES.rule("month", rf"{B}(?P<pre>mois\s+(?:de\s+|d{APOS}\s*))?(?<![\d]-)(?P<m>{MONTH})"
       rf"(?:\s+(?P<y>{YEAR})|\s+(?P<dir>{DIR})|\s+de\s+(?:l{APOS}\s*(?:année|an)|cette\s+année)"
       rf"(?:\s+(?P<ydir>{DIR}))?)?{E}", prio=3)
def _r_month(m: re.Match[str], c: Ctx) -> Cand | None:
    mo = _lookup(L.MONTHS, m["m"])
    s, e = m.start(), m.end()
    if m["y"]:
        return _month(s, e, parse_year(m["y"], c.anchor), mo, "month-year")
    if c.anchor is None:
        return Cand(s, e, "DATE", f"XXXX-{mo:02d}", None, None, "month", "month", kind="month")
    if m["ydir"] is not None or "année" in m[0].lower() or " an" in m[0].lower():
        shift = {"last": -1, "next": 1}.get(_direction(m["ydir"]), 0)
        return _month(s, e, c.anchor.year + shift, mo, "month-of-year")
    strict, prep_tense = _prep_direction(c, s) if not m["dir"] else ("", None)
    d = month_date(mo, c.anchor, prep_tense or c.tense(s, e), _direction(m["dir"]) or strict)
    return _month(s, e, d.year, mo, "month-dir" if m["dir"] else "month-prep" if strict or prep_tense else "month")


_YEAR_STOP = re.compile(
    r"\s*(?:[.,]\d|\d|%|€|\$|euros?|francs?|dollars?|habitants|personnes|km|kilomètres|mètres|"
    r"m²|m2|m3|hectares|ha|tonnes|kg|kilos|litres|voix|exemplaires|emplois|salariés|signatures|"
    r"logements|places|spectateurs|visiteurs|élèves|foyers|morts|victimes|soldats|hommes|"
    r"participants|adhérents|manifestants|mètres)(?![\w])", re.IGNORECASE)


@RULES.rule("year", rf"{B}(?P<pre>l{APOS}\s*(?:année|an)\s+)?(?P<y>(?:1[6-9]|20)\d\d){E}", prio=1)
def _r_year(m: re.Match[str], c: Ctx) -> Cand | None:
    before = c.before(m.start(), 12)
    if _YEAR_STOP.match(c.text, m.end()) or re.search(r"(?:\d[\s.]?|n°\s*|numéro\s*|[-+/:])$",
                                                      before):
        return None
    return _year(m.start(), m.end(), int(m["y"]), "year")


@RULES.rule("decade", rf"{B}(?:les\s+)?années\s+(?P<y>(?:19|20)?\d0){E}", prio=4)
def _r_decade(m: re.Match[str], c: Ctx) -> Cand | None:
    y = m["y"]
    y4 = int(y) if len(y) == 4 else (1900 + int(y) if int(y) >= 20 else 2000 + int(y))
    return Cand(m.start(), m.end(), "DATE", str(y4)[:3], date(y4, 1, 1), date(y4 + 9, 12, 31),
                 "decade", "decade", kind="decade")


_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def _roman(s: str) -> int:
    vals = [_ROMAN[ch] for ch in s.lower()]
    return sum(-v if i + 1 < len(vals) and v < vals[i + 1] else v for i, v in enumerate(vals))


@RULES.rule("century", rf"{B}(?P<c>[XVI]+|\d{{1,2}})\s*(?:e|è|ème|eme)\s+siècle{E}", prio=4)
def _r_century(m: re.Match[str], c: Ctx) -> Cand | None:
    n = int(m["c"]) if m["c"].isdigit() else _roman(m["c"])
    if not 1 <= n <= 22:
        return None
    y0 = (n - 1) * 100 + 1
    return Cand(m.start(), m.end(), "DATE", f"{n - 1:02d}", date(y0, 1, 1), date(y0 + 99, 12, 31),
                 "unknown", "century", kind="century")


# --------------------------------------------------------------------------- rules: relative days


@RULES.rule("rel-day", rf"{B}(?P<w>avant\s*-\s*hier|après\s*-\s*demain|apres\s*-\s*demain|hier|"
       rf"aujourd{APOS}\s*hui|demain)(?:\s+(?P<wd>{WEEKDAY})(?:\s+(?P<d>{DAYNUM})(?:\s+"
       rf"(?P<m>{MONTH}))?)?)?{E}", prio=4)
def _r_rel_day(m: re.Match[str], c: Ctx) -> Cand | None:
    off = _lookup(L.DAY_OFFSETS, m["w"].replace(" ", ""))
    s, e = m.start(), m.end()
    if off == 0 and not m["wd"] and re.match(r"\s*,", c.after(e, 3)) and re.search(
            r"(?:^|[.!?\n»]\s*)$", c.before(s, 4)):
        return _ref(s, e, "PRESENT_REF", "rel-day-generic")  # "Aujourd'hui, la ville a changé"
    if c.anchor is None:
        return Cand(s, e, "DATE", "XXXX-XX-XX", None, None, "day", "rel-day", kind="day")
    return _day(s, e, c.anchor + timedelta(days=off), "rel-day")


@RULES.rule("weekday", rf"{B}(?:(?P<ce>ce|cette)\s+(?:même\s+)?)?(?P<wd>{WEEKDAY})"
       rf"(?:\s+(?P<dir>{DIR}))?{E}", prio=2)
def _r_weekday(m: re.Match[str], c: Ctx) -> Cand | None:
    wd = _lookup(L.WEEKDAYS, m["wd"])
    s, e = m.start(), m.end()
    if c.anchor is None:
        return Cand(s, e, "DATE", f"XXXX-WXX-{wd}", None, None, "day", "weekday", kind="day")
    strict, prep_tense = _prep_direction(c, s) if not m["dir"] and not m["ce"] else ("", None)
    d = weekday_date(wd, c.anchor, prep_tense or c.tense(s, e), _direction(m["dir"]) or strict)
    return _day(s, e, d, "weekday-dir" if m["dir"] else "weekday-prep" if strict or prep_tense else "weekday")


_PART = r"(?P<part>matin|matinée|après\s*-\s*midi|apres\s*-\s*midi|soir|soirée|nuit|midi)"


def _part_code(s: str) -> str:
    return "T" + _lookup(L.DAY_PARTS, re.sub(r"\s*-\s*", "-", s))


@RULES.rule("day-part", rf"{B}(?:(?P<rel>avant\s*-\s*hier|hier|demain|aujourd{APOS}\s*hui)|"
       rf"(?P<ce>ce|cette)(?:\s+même)?(?:\s+(?P<cewd>{WEEKDAY}))?(?!\s+(?:soirée|matinée))|(?P<wd>{WEEKDAY})(?:\s+"
       rf"(?P<d>{DAYNUM})\s+(?P<m>{MONTH}))?)\s+(?:en\s+(?:fin|début)\s+(?:de\s+|d{APOS}\s*))?"
       rf"{_PART}{E}", prio=6)
def _r_day_part(m: re.Match[str], c: Ctx) -> Cand | None:
    s, e = m.start(), m.end()
    code = _part_code(m["part"])
    if code == "TMI":
        code = "T12:00"
    if c.anchor is None:
        return Cand(s, e, "TIME", "XXXX-XX-XX" + code, None, None, "day", "day-part", kind="part")
    if m["rel"]:
        d = c.anchor + timedelta(days=_lookup(L.DAY_OFFSETS, m["rel"].replace(" ", "")))
    elif m["cewd"]:
        d = weekday_date(_lookup(L.WEEKDAYS, m["cewd"]), c.anchor, c.tense(s, e))
    elif m["wd"] and m["d"]:
        d = daymonth_date(_daynum(m["d"]), _lookup(L.MONTHS, m["m"]), c.anchor, c.tense(s, e))
    elif m["wd"]:
        d = weekday_date(_lookup(L.WEEKDAYS, m["wd"]), c.anchor, c.tense(s, e))
    else:
        d = c.anchor
    return Cand(s, e, "TIME", d.isoformat() + code, d, d, "day", "day-part", kind="part")


# « la nuit de mercredi à jeudi », « la nuit du mercredi 19 au jeudi 20 août », « la nuit du 19 au 20 août »
@RULES.rule("night-of", rf"{B}la\s+nuit\s+(?:de|du)\s+(?:(?P<wd>{WEEKDAY})(?:\s+(?P<d>{DAYNUM}))?"
       rf"(?:\s+(?P<m1>{MONTH}))?\s+(?:à|au)\s+(?P<wd2>{WEEKDAY})(?:\s+(?P<d2>{DAYNUM}))?"
       rf"|(?P<dn>{DAYNUM})(?:\s+(?P<m2>{MONTH}))?\s+au\s+(?P<dn2>{DAYNUM}))(?:\s+(?P<m>{MONTH}))?"
       rf"{E}", prio=7)
def _r_night_of(m: re.Match[str], c: Ctx) -> Cand | None:
    s, e = m.start(), m.end()
    if c.anchor is None:
        return Cand(s, e, "TIME", "XXXX-XX-XXTNI", None, None, "day", "night-of", kind="part")
    day, month = m["d"] or m["dn"], m["m1"] or m["m2"] or m["m"]
    if day and month:
        d = daymonth_date(_daynum(day), _lookup(L.MONTHS, month), c.anchor, c.tense(s, e))
    elif m["wd"]:
        d = weekday_date(_lookup(L.WEEKDAYS, m["wd"]), c.anchor, c.tense(s, e))
    else:
        return None  # « la nuit du 19 au 20 » without its month: the date ranges rule reads it
    return Cand(s, e, "TIME", d.isoformat() + "TNI", d, d + timedelta(1), "day", "night-of",
                 kind="part")


@RULES.rule("context-part", rf"{B}(?:la\s+nuit|la\s+soirée|la\s+matinée|le\s+matin\s+même|"
       rf"l{APOS}\s*après\s*-\s*midi|dans\s+la\s+journée)(?!\s+(?:de|du|d{APOS}|des|où|qui)(?![\w]))"
       rf"{E}", prio=1)
def _r_context_part(m: re.Match[str], c: Ctx) -> Cand | None:
    w = _norm(m[0])
    code = ("TNI" if "nuit" in w else "TEV" if "soir" in w else "TMO" if "mat" in w
            else "TAF" if "midi" in w else "TDT")
    return Cand(m.start(), m.end(), "TIME", code, None, None, "day", "context-part", kind="clock",
                 clock=code)


@RULES.rule("clock", rf"{B}(?P<approx>vers\s+)?(?P<h>[01]?\d|2[0-4])\s*(?P<hw>h|heures?)"
       rf"(?:\s*(?P<mi>[0-5]\d)(?:\s*(?:min|minutes))?)?{E}", prio=5)
def _r_clock(m: re.Match[str], c: Ctx) -> Cand | None:
    if m["hw"].lower().startswith("heure") and not m["approx"] and not re.search(
            rf"(?:{B}(?:à|vers|dès|jusqu{APOS}à|avant|après|entre|et|de|depuis)\s*)$",
            c.before(m.start(), 12), re.IGNORECASE):
        return None
    h, mi = int(m["h"]), int(m["mi"] or 0)
    return Cand(m.start("h"), m.end(), "TIME", "", None, None, "day", "clock", kind="clock",
                 clock=f"T{h:02d}:{mi:02d}")


@RULES.rule("clock-word", rf"{B}(?P<approx>vers\s+)?(?P<w>midi|minuit){E}", prio=2)
def _r_clock_word(m: re.Match[str], c: Ctx) -> Cand | None:
    if re.search(r"(?:après\s*-\s*|apres\s*-\s*)$", c.before(m.start(), 10), re.IGNORECASE):
        return None
    t = "T12:00" if m["w"].lower() == "midi" else "T24:00"
    return Cand(m.start("w"), m.end(), "TIME", "", None, None, "day", "clock-word", kind="clock",
                 clock=t)


# --------------------------------------------------------------------------- relative units

_REL_UNITS = r"(?P<u>semaine|mois|année|an|week\s*-?\s*end|trimestre|semestre|décennie|siècle)"


@RULES.rule("rel-unit", rf"{B}(?P<det>la|le|l{APOS}|cette|cet|ce)\s*(?:(?P<pre>même|prochaine?|"
       rf"dernière?|précédente?)\s+)?{_REL_UNITS}(?:\s*-\s*(?P<ci>ci))?(?:\s+(?P<post>{DIR}|"
       rf"en\s+cours))?{E}", prio=3)
def _r_rel_unit(m: re.Match[str], c: Ctx) -> Cand | None:
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
        return Cand(s, e, "DATE", "PAST_REF" if shift < 0 else "FUTURE_REF" if shift > 0
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
        d = add_months(a, shift)
        return _month(s, e, d.year, d.month, "rel-unit")
    if u in ("année", "an"):
        return _year(s, e, a.year + shift, "rel-unit")
    if u == "trimestre":
        q = (a.month - 1) // 3 + shift
        y, q = a.year + q // 4, q % 4
        return Cand(s, e, "DATE", f"{y}-Q{q + 1}", date(y, 3 * q + 1, 1),
                     month_end(y, 3 * q + 3), "month", "rel-unit", kind="quarter")
    if u == "semestre":
        h = (a.month - 1) // 6 + shift
        y, h = a.year + h // 2, h % 2
        return Cand(s, e, "DATE", f"{y}-H{h + 1}", date(y, 6 * h + 1, 1),
                     month_end(y, 6 * h + 6), "month", "rel-unit", kind="half")
    if u == "décennie":
        y0 = a.year // 10 * 10 + 10 * shift
        return Cand(s, e, "DATE", str(y0)[:3], date(y0, 1, 1), date(y0 + 9, 12, 31), "decade",
                     "rel-unit", kind="decade")
    y0 = (a.year - 1) // 100 * 100 + 1 + 100 * shift
    return Cand(s, e, "DATE", f"{(y0 - 1) // 100:02d}", date(y0, 1, 1), date(y0 + 99, 12, 31),
                 "unknown", "rel-unit", kind="century")


@RULES.rule("vague-recent", rf"{B}(?:ces|les)\s+(?P<dir>derniers|dernières|prochains|prochaines)\s+"
       rf"(?P<u>jours|semaines|mois|années|ans|décennies|temps|heures){E}", prio=4)
def _r_vague_recent(m: re.Match[str], c: Ctx) -> Cand | None:
    past = m["dir"].lower().startswith("dern")
    return _ref(m.start(), m.end(), "PAST_REF" if past else "FUTURE_REF", "vague-recent")


_REF_WORDS = {**{w: "FUTURE_REF" for w in L.FUTURE_REF_WORDS},
              **{w: "PAST_REF" for w in L.PAST_REF_WORDS},
              **{w: "PRESENT_REF" for w in L.PRESENT_REF_WORDS}}


@RULES.rule("vague-word", rf"{B}(?P<w>{_alt(_REF_WORDS)}|actuels?|actuelles?){E}", prio=2)
def _r_vague_word(m: re.Match[str], c: Ctx) -> Cand | None:
    w = _norm(m["w"])
    if w.startswith("actuel") and w != "actuellement" and re.search(
            rf"(?<![\w])(?:l{APOS}|les)\s*$", c.before(m.start(), 5), re.IGNORECASE):
        return None  # "l'actuel ministre": a title, not a time
    value = "PRESENT_REF" if w.startswith("actuel") and w != "actuellement" else _REF_WORDS.get(
        w, "PRESENT_REF")
    return _ref(m.start(), m.end(), value, "vague-word")


# --------------------------------------------------------------------------- seasons, holidays


@RULES.rule("season", rf"{B}(?:(?P<prep>en|d{APOS}|de\s+l{APOS}|l{APOS}|au\s+cours\s+de\s+l{APOS}|"
       rf"pendant\s+l{APOS}|durant\s+l{APOS}|depuis\s+l{APOS}|dès\s+l{APOS}|à\s+l{APOS}|"
       rf"(?:fin|début|mi)\s*-?\s*)\s*)?(?:(?P<this>cet|ce)\s+)?(?P<s>{SEASON})"
       rf"(?:\s+(?P<y>{YEAR4})|\s+(?P<dir>{DIR}))?{E}", prio=3)
def _r_season(m: re.Match[str], c: Ctx) -> Cand | None:
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
    d = cur if in_season and not strict else pick(cands, a, c.tense(s, e), strict)
    return _season(s, e, d.year, code, "season-dir" if strict else "season")


_HOLIDAY_MOVABLE = {"pâques": 0, "paques": 0, "la pentecôte": 49, "pentecôte": 49,
                    "l'ascension": 39, "le lundi de pâques": 1, "le lundi de pentecôte": 50}


@RULES.rule("holiday", rf"{B}(?:(?P<h>{_alt(L.FIXED_HOLIDAYS)})|(?P<mv>{_alt(_HOLIDAY_MOVABLE)}))"
       rf"(?:\s+(?P<y>{YEAR4})|\s+(?P<dir>{DIR}))?{E}", prio=3)
def _r_holiday(m: re.Match[str], c: Ctx) -> Cand | None:
    s, e = m.start(), m.end()

    def on(y: int) -> date:
        if m["h"]:
            mo, d = _lookup(L.FIXED_HOLIDAYS, m["h"])
            return date(y, mo, d)
        return easter(y) + timedelta(days=_lookup(_HOLIDAY_MOVABLE, m["mv"]))

    if m["y"]:
        return _day(s, e, on(int(m["y"])), "holiday")
    if c.anchor is None:
        return None
    cands = [on(c.anchor.year + k) for k in (-1, 0, 1)]
    return _day(s, e, pick(cands, c.anchor, c.tense(s, e), _direction(m["dir"])), "holiday")


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
            return f"P{fmt_number(n * 12 + 6)}M"
        if letter == "H":
            return f"PT{fmt_number(n)}H30M"
        if letter == "D":
            return f"P{fmt_number(n)}DT12H"
        n += 0.5
    return f"PT{fmt_number(n)}{letter}" if is_time else f"P{fmt_number(n)}{letter}"


@RULES.rule("duration", rf"{B}{_MOD}?{_QTY}\s*(?P<demi>demi\s*-\s*)?(?P<u>{UNIT})"
       rf"(?P<half>\s+et\s+demie?)?{E}", prio=2)
def _r_duration(m: re.Match[str], c: Ctx) -> Cand | None:
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


def _finish_duration(m: re.Match[str], c: Ctx, s: int, e: int, value: str, n: float | None,
                     unit: str) -> Cand:
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
        return Cand(s, e + rel_after.end(), "DATE", val, None, None, "unknown", "offset-event",
                     kind="ref")
    if not (ago or within):
        return Cand(s, e, "DURATION", value, None, None, "unknown", "duration", kind="duration")
    sign = -1 if ago else 1
    start = s - (len(before) - (ago or within).start())  # type: ignore[union-attr]
    if n is None or c.anchor is None or is_time:
        val = "PAST_REF" if sign < 0 else "FUTURE_REF"
        return Cand(start, e, "DATE", val, None, None, "unknown", "offset-anchor", kind="ref")
    a = c.anchor
    k = round(n) * sign
    rule = "ago" if ago else "in"
    if letter == "D":
        return _day(start, e, a + timedelta(days=k), rule)
    if letter == "W":
        return _week(start, e, a + timedelta(weeks=k), rule)
    if letter in ("M", "Q", "S6"):
        mult = {"M": 1, "Q": 3, "S6": 6}[letter]
        d = add_months(a, k * mult)
        return _month(start, e, d.year, d.month, rule)
    mult = {"Y": 1, "DE": 10, "CE": 100, "ML": 1000}[letter]
    return _year(start, e, a.year + k * mult, rule)


@RULES.rule("quarter-century", rf"{B}(?P<mod>environ\s+)?un\s+quart\s+de\s+siècle{E}", prio=5)
def _r_quarter_century(m: re.Match[str], c: Ctx) -> Cand | None:
    return Cand(m.start(), m.end(), "DURATION", "P25Y", None, None, "unknown", "duration",
                 kind="duration")


@RULES.rule("duration-noun", rf"{B}(?P<w>{_alt(k for k in L.DURATION_NOUNS if k not in L.UNITS)}){E}",
       prio=1)
def _r_duration_noun(m: re.Match[str], c: Ctx) -> Cand | None:
    return Cand(m.start(), m.end(), "DURATION", L.DURATION_NOUNS[_norm(m["w"])], None, None,
                 "unknown", "duration-noun", kind="duration")


_SET_TARGET = (rf"(?P<wd>{WEEKDAY})s?|(?P<part>matins|soirs|nuits|après\s*-\s*midi|matin|soir|nuit)"
               rf"|(?P<we>week\s*-?\s*ends?)|(?P<m>{MONTH})|(?P<s>{SEASON}|étés)|(?P<u>{UNIT})")


@RULES.rule("set", rf"{B}(?:chaque|tous\s+les|toutes\s+les)\s+(?:(?P<n>\d+|{NUM})\s+)?(?:{_SET_TARGET})"
       rf"{E}", prio=6)
def _r_set(m: re.Match[str], c: Ctx) -> Cand | None:
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
    return Cand(s, e, "SET", v, None, None, "unknown", "set", kind="set")


@RULES.rule("set-per", rf"{B}par\s+(?P<u>jour|semaine|mois|an|année|semestre|trimestre|heure){E}",
       prio=1)
def _r_set_per(m: re.Match[str], c: Ctx) -> Cand | None:
    """"trois fois par semaine": the unit is the SET (TimeML leaves "par" out)."""
    return Cand(m.start("u"), m.end(), "SET", _duration_value(1.0, m["u"]), None, None, "unknown",
                 "set-per", kind="set")


@RULES.rule("set-adj", rf"{B}(?P<w>{_alt(L.SET_ADJECTIVES)}){E}", prio=1)
def _r_set_adj(m: re.Match[str], c: Ctx) -> Cand | None:
    w = _norm(m["w"])
    if w in ("quotidienne", "quotidiens", "quotidiennes"):
        return None  # "la presse quotidienne", "les quotidiens": newspapers
    if w.startswith("quotidien") and re.search(
            r"(?:le|un|du|au|ce|notre|son|les|des|leur|du\s+grand|grand)\s+$",
            c.before(m.start(), 15), re.IGNORECASE):
        return None  # "le quotidien Le Monde": a newspaper
    return Cand(m.start(), m.end(), "SET", L.SET_ADJECTIVES[w], None, None, "unknown", "set-adj",
                 kind="set")

"""French normalisation: number words, durations, the candidates' values and intervals, and the
post-passes that run once the rules have matched (fuzzy modifiers « fin juillet », clock times
given the day last mentioned, « hier à 10 h » joined into one TIME)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from recoupe.lang.fr import dates as L
from recoupe.lang.fr.timex.grammar import APOS, _norm
from recoupe.model import Precision
from recoupe.nlp.timex.calendar import month_end
from recoupe.nlp.timex.engine import Cand, select

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


# --------------------------------------------------------------------------- candidates


def _day(s: int, e: int, d: date, rule: str, kind: str = "day") -> Cand:
    return Cand(s, e, "DATE", d.isoformat(), d, d, "day", rule, kind=kind)


def _month(s: int, e: int, y: int, m: int, rule: str) -> Cand:
    return Cand(s, e, "DATE", f"{y:04d}-{m:02d}", date(y, m, 1), month_end(y, m), "month", rule,
                 kind="month")


def _year(s: int, e: int, y: int, rule: str) -> Cand:
    return Cand(s, e, "DATE", f"{y:04d}", date(y, 1, 1), date(y, 12, 31), "year", rule,
                 kind="year")


def _week(s: int, e: int, d: date, rule: str, weekend: bool = False) -> Cand:
    iso = d.isocalendar()
    monday = d - timedelta(days=d.isoweekday() - 1)
    if weekend:
        return Cand(s, e, "DATE", f"{iso.year}-W{iso.week:02d}-WE", monday + timedelta(5),
                     monday + timedelta(6), "week", rule, kind="week")
    return Cand(s, e, "DATE", f"{iso.year}-W{iso.week:02d}", monday, monday + timedelta(6), "week",
                 rule, kind="week")


def _season(s: int, e: int, y: int | None, code: str, rule: str) -> Cand:
    _, m1, m2 = next(v for v in L.SEASONS.values() if v[0] == code)
    if y is None:
        return Cand(s, e, "DATE", f"XXXX-{code}", None, None, "season", rule, kind="season")
    end_y = y + 1 if m2 < m1 else y
    return Cand(s, e, "DATE", f"{y:04d}-{code}", date(y, m1, 1), month_end(end_y, m2), "season",
                 rule, kind="season")


def _ref(s: int, e: int, value: str, rule: str) -> Cand:
    return Cand(s, e, "TIME", value, None, None, "unknown", rule, kind="ref")


# --------------------------------------------------------------------------- post-passes

_FUZZY = re.compile(
    rf"(?P<lead>(?:la|le)\s+)?(?P<fz>début|fin|mi|milieu|courant)(?:\s*-\s*|\s+(?:du\s+|de\s+la\s+|"
    rf"de\s+l{APOS}\s*|des\s+|de\s+|d{APOS}\s*)|\s+)(?P<cur>(?:mois|année|an|semaine)(?![\w]))?",
    re.IGNORECASE)


def _fuzzy_interval(lo: date, hi: date, fz: str) -> tuple[date, date]:
    _, a, b = L.FUZZY_MODIFIERS[fz]
    if lo.month == 1 and lo.day == 1 and hi == date(lo.year, 12, 31):  # a year: whole months
        m1, m2 = 1 + round(a * 12), max(round(b * 12), 1)
        return date(lo.year, m1, 1), month_end(lo.year, max(m1, m2))
    n = (hi - lo).days + 1
    start = lo + timedelta(days=round(a * n))
    end = lo + timedelta(days=max(round(b * n) - 1, 0))
    return start, min(max(end, start), hi)


def _apply_fuzzy(text: str, cands: list[Cand], anchor: date | None) -> list[Cand]:
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


def _fill_clocks(text: str, cands: list[Cand], anchor: date | None) -> None:
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


def _join_day_clock(text: str, cands: list[Cand]) -> list[Cand]:
    """Join "hier à 10 h" / "vers 15 h 30, hier" into one TIME."""
    cands = sorted(cands, key=lambda c: c.start)
    out: list[Cand] = []
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
                    out.append(Cand(s0, n.end, "TIME", day.istart.isoformat() + clk.clock,
                                     day.istart, day.istart, "day", "day-clock", kind="part"))
                    i += 2
                    continue
        out.append(c)
        i += 1
    return out




def finish(text: str, cands: list[Cand], anchor: date | None) -> list[Cand]:
    """The kept candidates: overlaps settled, then fuzzy modifiers, clock dates and joins."""
    try:
        chosen = select(cands)
        chosen = select(_apply_fuzzy(text, chosen, anchor))
        _fill_clocks(text, chosen, anchor)
        return _join_day_clock(text, chosen)
    except (ValueError, KeyError, IndexError, OverflowError, TypeError):
        return [c for c in select(cands) if c.kind != "clock"]


def reading(c: Cand) -> tuple[str, date | None, date | None, Precision]:
    """A kept candidate's value (``XXXX`` when a clock found no date), interval and precision."""
    return c.value or "XXXX", c.istart, c.iend, c.precision

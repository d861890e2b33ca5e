"""The French time grammar's building blocks: regular expressions made from the word lists of
:mod:`recoupe.lang.fr.dates` (months, weekdays, number words, units, seasons, direction words)."""

from __future__ import annotations

import re
from typing import Any

from recoupe.lang.fr import dates as L


def _alt(words: object) -> str:
    """Alternation of surface forms, longest first, tolerant of apostrophe and space variants."""
    forms = sorted({str(w) for w in words}, key=len, reverse=True)  # type: ignore[attr-defined]
    out = []
    for w in forms:
        # one pass: replacing ' then ’ turned the class inserted first into ['['’]] (no match)
        e = re.sub("['’]", "['’]", re.escape(w)).replace(r"\ ", r"\s+")
        out.append(e.replace("\\-", r"\s*-\s*") if "\\-" in e and " " not in w else e)
    return "(?:" + "|".join(out) + ")"


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
# a two-digit year is no year when a group of three digits follows it: « le 3 août 80 000 visiteurs »
YEAR = rf"(?:{YEAR4}|['’]?\d\d(?![\s\u00a0\u202f.]\d{{3}}(?!\d)))(?!\d)(?!\s*(?:h|heures?|min|%|ans?|€)(?![\w]))"
APOS = r"['’]"


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.lower().replace("’", "'")).replace(" - ", "-").replace(" -", "-")


def _lookup(table: dict[str, Any], key: str) -> Any:
    k = _norm(key)
    if k in table:
        return table[k]
    return table[re.sub(r"\s*-\s*", "-", k)]

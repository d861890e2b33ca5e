"""The English time grammar's building blocks: regular expressions made from the word lists of
:mod:`recoupe.lang.en.dates` (months, weekdays, numbers, units, seasons, day parts, direction words)."""

from __future__ import annotations

import re

from recoupe.lang.en import dates as L


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

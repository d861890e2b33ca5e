"""Inferring a publication date the article does not state, from a dateline without a year.

News copy often dates its lead event as « lundi 4 septembre » with no year. A weekday with a
day and month pins the year down to one in every few: when the latest year the text mentions,
or the one after it, is such a year, that one (a report names its own year or the last: « la
saison 2013 »); else the latest such year up to ``today`` that is not before it (the article is
written after the events it recalls). A year named with no match near it is a recalled past, not
the date's neighbourhood: the first match after it made a 2026 report on an eclipse that recalls
the one of 1999 a 2009 article, which then stood years away from its story (rss-trends-fr: 12
items so dated, all wrong; 9 now in 2026, 3 whose text names a match's year or the one before kept as
they were, as the copies of an archive read years later). The latest such date in the text
is a lower bound of publication: it is returned as the inferred publication date. Used only
when the metadata, an explicit date in the text and the command line all give none (source
"inferred").
"""

from __future__ import annotations

import re
from datetime import date

from recoupe.lang.fr.dates import MONTHS, WEEKDAYS

_WD = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_MO = "|".join(sorted((m for m in MONTHS if not m.endswith(".")), key=len, reverse=True))
DATELINE = re.compile(rf"\b({_WD})\s+(1er|\d{{1,2}})\s+({_MO})\b(?!\s+\d{{4}})", re.I)
YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")


def infer_published(text: str, *, today: date | None = None) -> date | None:
    today = today or date.today()
    years = [int(y) for y in YEAR.findall(text) if int(y) <= today.year]
    # no match may come before the latest year named (« vendredi 14 août » read in 2026 is
    # 2026-08-14, not 1998-08-14, whether or not the text recalls an older year)
    floor = max(years) if years else today.year - 30
    found: list[date] = []
    for m in DATELINE.finditer(text):
        weekday = WEEKDAYS[m.group(1).lower()]
        day = 1 if m.group(2).lower() == "1er" else int(m.group(2))
        month = MONTHS[m.group(3).lower()]
        candidates = []
        for year in range(floor, today.year + 1):
            try:
                d = date(year, month, day)
            except ValueError:
                continue
            if d.isoweekday() == weekday and d <= today:
                candidates.append(d)
        if candidates:
            # a match in the year the text names or the next: a report names its own year or the
            # last (an archive's copy read years later); else the latest, the named year a recalled past
            found.append(candidates[0] if years and candidates[0].year <= floor + 1 else candidates[-1])
    return max(found) if found else None

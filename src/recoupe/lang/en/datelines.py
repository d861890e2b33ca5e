"""English month names as bylines and datelines write them ("Sept. 12, 2023", "Published 3 March").

Lower-case, abbreviations without their dot (the dot is optional where they are read:
:mod:`recoupe.clean.metadata`, :mod:`recoupe.clean.furniture`). The time tagger's own month table
is :data:`recoupe.lang.en.dates.MONTHS`.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
}
ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
}

"""English month names as bylines and datelines write them ("Sept. 12, 2023", "Published 3 March").

Lower-case, abbreviations without their dot (the dot is optional where they are read:
:mod:`recoupe.clean.metadata`, :mod:`recoupe.clean.furniture`). The time tagger's own month table
is :data:`recoupe.lang.en.dates.MONTHS`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from recoupe.lang.spans import pattern_spans

if TYPE_CHECKING:  # (the packs load without spaCy: `recoupe --help` stays quick)
    from spacy.tokens import Doc

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
}
ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
}


# A dateline opening a paragraph: the place in capitals, a month-first date, the agency in brackets,
# a dash (« HARBOURTON, March 3 (Reuters) - », « WASHINGTON (AP) -- », « SEOUL, Sept. 4 (Yonhap) — »).
# Byline furniture before the story's first sentence: no entity, no claim, no reported words.
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True)) + "|" + "|".join(ABBREVIATIONS)
# (a date or an agency is required: « US - China talks » opening a headline is no dateline)
_DATE = rf"\s*,\s*(?i:{_MONTH})\.?\s+\d{{1,2}}(?:,\s*\d{{4}})?"
# an agency is a name: capitalised, no digits (« UPDATE (3 p.m.) - », « FBI (the bureau) - » are none)
_AGENCY = r"\s*\([A-Z][^()\n\d]{0,29}\)"
# « LONDON, England (CNN) -- », a state's abbreviation with its full stops (« SALEM, Ore. (AP) — »)
_REGION = r"(?:,\s*[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?"
DATELINE = re.compile(rf"(?m)^[ \t]*[A-Z][A-Z'’. -]{{2,40}}?{_REGION}(?:{_DATE}(?:{_AGENCY})?|{_AGENCY})"
                      r"\s*(?:--|[-–—])\s")


def dateline_spans(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of the datelines that open the doc's paragraphs (the dash included)."""
    return pattern_spans(doc, DATELINE)

"""French month names as bylines and datelines write them ("12 févr. 2024", "Publié le 3 mars").

Lower-case, with and without accents, abbreviations without their dot (the dot is optional where
they are read: :mod:`recoupe.clean.metadata`, :mod:`recoupe.clean.furniture`). The time tagger's
own month table is :data:`recoupe.lang.fr.dates.MONTHS`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from recoupe.lang.spans import pattern_spans

if TYPE_CHECKING:  # (the packs load without spaCy: `recoupe --help` stays quick)
    from spacy.tokens import Doc

MONTHS: dict[str, int] = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
}
ABBREVIATIONS: dict[str, int] = {
    "janv": 1, "fév": 2, "fev": 2, "févr": 2, "avr": 4, "juil": 7, "sept": 9, "oct": 10, "nov": 11, "déc": 12,
}


# A dateline opening a paragraph: the place in capitals, a day-first date, the agency in brackets, a dash
# (« PARIS, 3 mars (AFP) – », « BRUXELLES (Reuters) - », « LYON, 1er juin 2024 (AFP) — »). It is byline
# furniture (where and by which wire), no statement of the story.
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True)) + "|" + "|".join(ABBREVIATIONS)
# (a date or an agency is required: « UE - Chine : ... » opening a headline is no dateline)
_DATE = rf"\s*,\s*\d{{1,2}}(?:er)?\s+(?i:{_MONTH})\.?(?:\s+\d{{4}})?"
# an agency is a name: capitalised, no digits (« MISE À JOUR (15 h) - » is none)
_AGENCY = r"\s*\([A-ZÀ-Þ][^()\n\d]{0,29}\)"
DATELINE = re.compile(rf"(?m)^[ \t]*[A-ZÀ-Þ][A-ZÀ-Þ'’. -]{{1,40}}?(?:{_DATE}(?:{_AGENCY})?|{_AGENCY})"
                      r"\s*(?:--|[-–—])\s")


def dateline_spans(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of the datelines that open the doc's paragraphs (the dash included)."""
    return pattern_spans(doc, DATELINE)

"""French month names as bylines and datelines write them ("12 févr. 2024", "Publié le 3 mars").

Lower-case, with and without accents, abbreviations without their dot (the dot is optional where
they are read: :mod:`recoupe.clean.metadata`, :mod:`recoupe.clean.furniture`). The time tagger's
own month table is :data:`recoupe.lang.fr.dates.MONTHS`.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
}
ABBREVIATIONS: dict[str, int] = {
    "janv": 1, "fév": 2, "fev": 2, "févr": 2, "avr": 4, "juil": 7, "sept": 9, "oct": 10, "nov": 11, "déc": 12,
}

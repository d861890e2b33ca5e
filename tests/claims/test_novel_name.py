"""The one « novel name » reading that the slot checks of one language (:func:`_swapped_names`) and of two
(:func:`_places_apart_across`) share: a name the other sentence does not write. Invented names and words."""

from __future__ import annotations

import pytest

from recoupe.claims.status import _novel_name


@pytest.mark.parametrize(("name", "other", "across", "novel"), [
    ("Lorvel", ["le", "maire", "de", "lorvel"], False, False),
    ("Lorvel", ["le", "maire", "de", "cassagne"], False, True),
    # the words many names share are no part of the name sought
    ("Saint-Lorvel", ["saint-cassagne", "a", "brule"], False, True),
    ("Saint-Lorvel", ["le", "maire", "de", "lorvel"], False, False),
    # one language: a one-word name as the start of a longer word (its adjective) is written
    ("Lorvel", ["les", "elus", "lorvelois"], False, False),
    ("Lor", ["les", "elus", "lorvelois"], False, True),
    # two names, sought whole
    ("Val Lorvel", ["le", "val", "de", "lorvel"], False, True),
    # two languages: either word the other's start, both of 5 letters at least
    ("Varnak", ["varnaki", "rebels"], True, False),
    ("Varnakis", ["varnak", "rebels"], True, False),
    ("Vorlak", ["vorl", "rebels"], True, True),
    # a name only one sentence writes, across languages too
    ("Bergstad", ["in", "lorvel"], True, True),
])
def test_novel_name(name: str, other: list[str], across: bool, novel: bool) -> None:
    assert _novel_name(name, other, across=across) is novel


def test_a_placed_name_across_languages_is_novel_beside_its_stem() -> None:
    # « Niger » beside "Nigeria": the gazetteers place both, two countries
    assert _novel_name("Niger", ["in", "nigeria"], across=True)
    # within one language the stem is read whatever the gazetteers say
    assert not _novel_name("Niger", ["au", "nigeria"])

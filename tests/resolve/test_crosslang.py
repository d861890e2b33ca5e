"""Cross-language place keys (recoupe.resolve.crosslang): French and English names of one place."""

from __future__ import annotations

import pytest

from recoupe.resolve.crosslang import fold, place_entity_keys, place_key, same_place


@pytest.mark.parametrize(("fr", "en"), [
    ("Moscou", "Moscow"), ("Corée du Nord", "North Korea"), ("la Corée du Nord", "North Korea"),
    ("Pékin", "Beijing"), ("La Haye", "The Hague"), ("États-Unis", "United States"),
    ("Royaume-Uni", "United Kingdom"), ("Allemagne", "Germany"), ("Londres", "London"),
    ("Varsovie", "Warsaw"), ("Saint-Pétersbourg", "St. Petersburg"), ("Le Caire", "Cairo"),
    ("Séoul", "Seoul"), ("Bruxelles", "Brussels"), ("Genève", "Geneva"), ("Afrique", "Africa"),
    ("Géorgie", "Georgia"),
])
def test_crosslang_french_and_english_names_share_a_key(fr: str, en: str) -> None:
    assert place_key(fr) is not None
    assert place_key(fr) == place_key(en)
    assert same_place(fr, en)


@pytest.mark.parametrize(("a", "b"), [
    ("Moscou", "Pékin"), ("Corée du Nord", "Corée du Sud"), ("North Korea", "South Korea"),
    ("Paris", "London"), ("Autriche", "Australia"),
])
def test_crosslang_different_places_differ(a: str, b: str) -> None:
    assert not same_place(a, b)


def test_crosslang_key_kinds_and_preferences() -> None:
    assert place_key("Corée du Nord") == "country:KP"
    assert place_key("Europe") == "region:150"
    assert place_key("Mexico") == "country:MX"  # the country wins over its capital's name
    assert place_key("Rotterdam") == "city:2747891"  # GeoNames' Dutch Rotterdam, not Rotterdam, NY
    assert place_key("Pékin") == place_key("Peking") != place_key("Pekin, Illinois")
    assert place_key("Moscou") == place_key("MOSCOW") == place_key("moscow")
    assert place_key("Moscou").startswith("city:")


@pytest.mark.parametrize("name", ["", "   ", "Benali", "said", "Dockworkers at the port"])
def test_crosslang_unknown_names_have_no_key(name: str) -> None:
    assert place_key(name) is None
    assert not same_place(name, name)


@pytest.mark.parametrize(("name", "folded"), [
    ("la Corée-du-Nord", "coree du nord"), ("The Hague", "hague"), ("St. Petersburg", "saint petersburg"),
    ("L’Aquila", "aquila"), ("Le Caire", "caire"),
])
def test_crosslang_fold(name: str, folded: str) -> None:
    assert fold(name) == folded


def test_crosslang_entity_keys_only_for_known_places() -> None:
    assert place_entity_keys("LOC", "Corée du Nord") == place_entity_keys("LOC", "North Korea") == [
        ("PLACE:country:KP", "full")]
    assert place_entity_keys("PER", "Georgia") == []
    assert place_entity_keys("LOC", "Dockworkers at the port") == []

from __future__ import annotations

import pytest

from recoupe.claims.contradictions import compare
from recoupe.model import Claim
from recoupe.resolve.places import compatible, lookup


@pytest.mark.parametrize(("name", "country", "kind"), [
    ("Moscou", "RU", "city"), ("Pékin", "CN", "city"), ("Londres", "GB", "city"), ("la Russie", "RU", "country"),
    ("États-Unis", "US", "country"), ("Allemagne", "DE", "country"), ("Genève", "CH", "city"),
])
def test_places_french_names_resolve_offline(name: str, country: str, kind: str) -> None:
    p = lookup(name)
    assert p is not None and p.country == country and p.kind == kind and p.lat is not None


def test_places_unknown_name_is_none() -> None:
    assert lookup("Zzyzxqville") is None


def test_places_city_is_compatible_with_its_country_not_another_city() -> None:
    assert compatible("Russie", "Moscou")
    assert not compatible("Moscou", "Saint-Pétersbourg")
    assert not compatible("France", "Madrid")


def test_places_containment_is_not_a_contradiction() -> None:
    base = dict(text="t", sentence="s", start=0, end=1, subject="X", predicate="rendre", modality="asserted")
    a = Claim(id="a", article_id="a", place="Russie", place_entity="e1", **base)  # type: ignore[arg-type]
    b = Claim(id="b", article_id="b", place="Moscou", place_entity="e2", **base)  # type: ignore[arg-type]
    c = Claim(id="c", article_id="c", place="Madrid", place_entity="e3", **base)  # type: ignore[arg-type]
    assert compare(a, b) is None
    assert compare(b, c) is not None


def test_places_two_hedged_destinations_are_alternatives() -> None:
    base = dict(text="t", sentence="s", start=0, end=1, subject="X", predicate="rendre", modality="speculative",
                planned=True)
    a = Claim(id="a", article_id="a", place="Lyon", place_entity="e1", **base)  # type: ignore[arg-type]
    b = Claim(id="b", article_id="b", place="Marseille", place_entity="e2", **base)  # type: ignore[arg-type]
    assert compare(a, b) is None


def test_places_unknown_place_inside_a_country_is_not_a_conflict() -> None:
    assert compatible("Zzyzxqville", "Russie")
    assert not compatible("Zzyzxqville", "Madrid")


def test_places_index_cached_on_disk_and_rebuilt_when_corrupt(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from recoupe.resolve import places

    monkeypatch.setenv("RECOUPE_CACHE_DIR", str(tmp_path))
    places._index.cache_clear()
    try:
        built = places._index()
        cache = places._cache_file()
        assert cache.parent == tmp_path and cache.exists()
        places._index.cache_clear()
        assert places._index() == built  # read back from the file
        cache.write_bytes(b"not a pickle")
        places._index.cache_clear()
        assert places._index() == built  # a damaged cache is rebuilt, not trusted
        assert places.lookup("Moscou") is not None and places.lookup("Moscou").country == "RU"
    finally:
        places._index.cache_clear()


def test_places_departments_and_regions_are_known_and_never_another_countrys_town() -> None:
    """ISO 3166-2 subdivisions: « Var » is the department, not an alternate name of Varna; a city
    of the same country keeps its name (« Genève » the city, not the canton)."""
    var, gard = lookup("Var"), lookup("le Gard")
    assert var is not None and (var.kind, var.country) == ("region", "FR")
    assert gard is not None and (gard.kind, gard.country) == ("region", "FR")
    geneve = lookup("Genève")
    assert geneve is not None and geneve.kind == "city"


def test_places_a_department_against_a_town_is_no_conflict() -> None:
    """The gazetteer knows towns of 50 000 people: the « Saint-Gilles » it finds is in Belgium, the
    one in the news is in the Gard. A department against a town is never a place conflict; against
    another country it is."""
    base = dict(text="t", sentence="s", start=0, end=1, subject="X", predicate="retrouver", modality="asserted")
    a = Claim(id="a", article_id="a", place="Gard", place_entity="e1", **base)  # type: ignore[arg-type]
    b = Claim(id="b", article_id="b", place="Saint-Gilles", place_entity="e2", **base)  # type: ignore[arg-type]
    c = Claim(id="c", article_id="c", place="Espagne", place_entity="e3", **base)  # type: ignore[arg-type]
    assert compare(a, b) is None
    assert compatible("Gard", "Nîmes") and compatible("Haute-Savoie", "Zzyzxqville")
    hit = compare(a, c)
    assert hit is not None and hit.kind == "place"

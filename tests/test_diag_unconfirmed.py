"""benchmarks.diag_unconfirmed: the class it gives a gold-confirmed group left unconfirmed, on invented claims."""

from __future__ import annotations

from benchmarks.diag_unconfirmed import classify

from recoupe.claims.status import SourceContext
from tests.claims.helpers import claim

SOURCES = {"a1": "a1", "a2": "a2", "a3": "a1"}  # a3 copies a1's wire text
OUTLETS = {"a1": "quai-matin.example", "a2": "cap-soir.example", "a3": "rade-info.example"}


def _classify(*members: object, status: str = "single_source") -> str:
    return classify(list(members), status, SOURCES, SourceContext(), OUTLETS, [])[0]


def test_one_outlet_is_a_grouping_class() -> None:
    a = claim("a1:c1", "Le maire de Brivelle a démissionné mardi", predicate="démissionner", subject="maire")
    b = claim("a1:c2", "Le maire a quitté ses fonctions", predicate="quitter", subject="maire")
    assert _classify(a, b) == "a_one_outlet"


def test_copies_of_one_wire_text_are_one_source() -> None:
    a = claim("a1:c1", "Le maire de Brivelle a démissionné mardi", predicate="démissionner", subject="maire")
    b = claim("a3:c1", "Le maire de Brivelle a démissionné mardi", predicate="démissionner", subject="maire")
    assert _classify(a, b) == "b_copies"


def test_a_hedged_second_outlet_is_a_modality_class() -> None:
    a = claim("a1:c1", "Le maire de Brivelle a démissionné mardi", predicate="démissionner", subject="maire")
    b = claim("a2:c1", "Le maire de Brivelle aurait démissionné", predicate="démissionner", subject="maire",
              modality="conditional")
    assert _classify(a, b) == "c_modality_conditional"


def test_one_named_source_relayed_by_two_outlets_is_a_relay() -> None:
    a = claim("a1:c1", "Le port rouvrira lundi", predicate="rouvrir", subject="port", modality="reported",
              attributed_to="la préfecture")
    b = claim("a2:c1", "Le port rouvrira lundi, selon la préfecture", predicate="rouvrir", subject="port",
              modality="reported", attributed_to="la préfecture")
    assert _classify(a, b) == "c_relay_one_original_source"


def test_a_conflict_is_named_as_the_status() -> None:
    a = claim("a1:c1", "Le maire de Brivelle a démissionné mardi", predicate="démissionner", subject="maire")
    assert _classify(a, status="contradicted") == "e_contradicted"

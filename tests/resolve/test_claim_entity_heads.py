"""An entity's claims (its page, ``claims --entity``) are those it is the actor, theme or place of, not those
where its name stands in a noun's complement: « une habitante de Moscou a raconté … » is no claim of Moscou's.
Text written for the test."""

from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "name", "complement"), [
    ("une habitante de Moscou", "Moscou", True),
    ("un habitant d'Harbourton", "Harbourton", True),
    ("le maire de la Rochelle", "Rochelle", True),
    ("the mayor of Tidewick", "Tidewick", True),
    ("Moscou", "Moscou", False),
    ("Marc Dulac, maire de Lyon", "Marc Dulac", False),
    ("la police de Moscou et Moscou", "Moscou", False),
    ("la police", "Moscou", False),
])
def test_name_in_a_complement(text: str, name: str, complement: bool) -> None:
    from recoupe.resolve.names import in_complement

    assert in_complement(text, name) is complement


def test_entity_claims_exclude_a_modifier_only(store, nlp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from recoupe.pipeline import build

    record = {"title": "Coupure de gaz dans la capitale", "outlet": "Le Veilleur", "published": "2026-03-04",
              "url": "https://example.org/m1",
              "text": "Une habitante de Moscou a raconté la nuit sans chauffage dans son immeuble du centre. "
                      "Moscou a promis de rétablir le gaz avant jeudi, selon la mairie."}
    path = tmp_path / "m.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", "utf-8")
    build(store, [str(path)], nlp=nlp)
    (moscou,) = [e for e in store.entities("Moscou") if e["name"] == "Moscou"]
    about = {c.predicate for c in store.claims(entity_id=moscou["id"])}
    assert "raconter" not in about and about & {"promettre", "rétablir"}
    # the link itself stays (the claim groups read it as it is): only the entity's list leaves the claim out
    told = [c for c in store.claims() if c.predicate == "raconter"]
    assert told and told[0].subject_entity == moscou["id"]

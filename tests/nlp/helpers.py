"""Helpers shared by the claim and modality tests (a parsed doc's claims, one claim's modality)."""

from __future__ import annotations

from typing import Any


def claims_of(nlp: Any, text: str) -> tuple[Any, list[Any]]:
    doc = nlp(text)
    return doc, doc._.claims


def modality_of(nlp: Any, text: str, predicate: str) -> str:
    _, claims = claims_of(nlp, text)
    found = [c for c in claims if c.predicate == predicate]
    assert found, f"no claim with predicate {predicate!r} in {[c.predicate for c in claims]}"
    return str(found[0].modality)

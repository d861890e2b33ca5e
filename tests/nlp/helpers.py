"""Helpers shared by the claim and modality tests of this folder."""

from __future__ import annotations

from typing import Any


def claims_of(nlp: Any, text: str) -> tuple[Any, list[Any]]:
    """A parsed doc and the claims spaCy's pipeline cuts from it."""
    doc = nlp(text)
    return doc, doc._.claims


def claim_texts(nlp: Any, text: str) -> list[str]:
    """The texts of the claims cut from ``text``, in order."""
    doc, claims = claims_of(nlp, text)
    return [doc[c.start:c.end].text for c in sorted(claims, key=lambda c: c.start)]


def modality_of(nlp: Any, text: str, predicate: str) -> str:
    """The modality of the first claim whose predicate is ``predicate``."""
    _, claims = claims_of(nlp, text)
    found = [c for c in claims if c.predicate == predicate]
    assert found, f"no claim with predicate {predicate!r} in {[c.predicate for c in claims]}"
    return str(found[0].modality)

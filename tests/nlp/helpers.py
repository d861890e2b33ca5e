"""Helpers shared by the claim-cutting tests of this folder."""

from __future__ import annotations

from typing import Any


def claim_texts(nlp: Any, text: str) -> list[str]:
    """The texts of the claims spaCy's pipeline cuts from ``text``, in order."""
    doc = nlp(text)
    return [doc[c.start:c.end].text for c in sorted(doc._.claims, key=lambda c: c.start)]

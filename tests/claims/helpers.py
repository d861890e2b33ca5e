"""Claims built by hand for the contradiction tests (sentences written for the tests)."""

from __future__ import annotations

from typing import Any

from recoupe.model import Claim


def claim(cid: str, text: str, **kw: Any) -> Claim:
    """A claim of article ``cid``'s prefix (« a1:c2 » -> article « a1 »), its sentence the text
    unless given, its predicate « faire » unless given."""
    base: dict[str, Any] = dict(id=cid, article_id=cid.split(":")[0], text=text, sentence=kw.pop("sentence", text),
                                start=0, end=len(text), subject=kw.pop("subject", ""),
                                predicate=kw.pop("predicate", "faire"))
    base.update(kw)
    return Claim(**base)

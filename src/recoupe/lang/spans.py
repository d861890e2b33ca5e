"""Token ranges of a doc that a language pack's line pattern matches (datelines): one reader for
every pack, each pack giving only its pattern."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (the packs load without spaCy: `recoupe --help` stays quick)
    from spacy.tokens import Doc


def pattern_spans(doc: Doc, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    """Token ranges of the matches of ``pattern`` (a dash-ended dateline: texts with no dash are skipped)."""
    text = doc.text
    if "-" not in text and "—" not in text and "–" not in text:
        return []
    out = []
    for m in pattern.finditer(text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None and len(span):
            out.append((span.start, span.end))
    return out

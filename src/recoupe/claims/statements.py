"""Attributed statements read whole: the attributed claims of one source gathered into the span of
what that source is said to have said.

Claims are clauses (« X a affirmé que A, et que B parce que C » gives the claims A, B and C, each
under X), because grouping, the timeline and contradictions compare clauses. An analyst reading
who says what, and the gold of attributed statements, count one statement there: the source's
whole content. :func:`statements` gathers, per article, the attributed claims of one source and
relay that nest inside one another or follow each other with nothing between them but punctuation
and a coordinating word (« et », « ou », « puis », « donc », « car », « que »). « mais que » opens a
second statement (a concession is a second thing said); a full stop ends one (each sentence of a
run of unquoted speech is its own statement). Cheap: one pass over an article's sorted claims.
"""

from __future__ import annotations

import re

from recoupe.model import Claim, Statement

# what may lie between two clauses of one content: punctuation, quotation marks, coordinators
_JOIN = re.compile(r"[\s,;:\"«»“”‘’()\-–—]*(?:(?:et|ou|puis|donc|car|que|qu['’])(?![\w])[\s,;:\"«»“”‘’]*)*",
                   re.IGNORECASE)


def joined(text: str, end: int, start: int) -> bool:
    """Do the claims ending at ``end`` and starting at ``start`` belong to one content (nested,
    overlapping, or apart only by punctuation and coordinators)?"""
    return start < end or _JOIN.fullmatch(text[end:start]) is not None


def statements(claims: list[Claim], text: str) -> list[Statement]:
    """The attributed statements of one article from its claims (``text`` = ``Article.text``).
    A statement's modality and cue are those of its widest clause (the one that holds the others);
    an asserted clause, as a statement of its source, is ``reported``."""
    ordered = sorted((c for c in claims if c.attributed_to), key=lambda c: (c.start, -c.end))
    out: list[Statement] = []
    widest: list[Claim] = []
    last: dict[tuple[str, str], int] = {}  # (source, relay) -> index of its latest statement
    for c in ordered:
        key = (c.attributed_to, c.relay)
        k = last.get(key)
        if k is not None and joined(text, out[k].end, c.start):
            st = out[k]
            st.end = max(st.end, c.end)
            st.claims.append(c.id)
            if c.end - c.start > widest[k].end - widest[k].start:
                widest[k] = c
            continue
        last[key] = len(out)
        widest.append(c)
        out.append(Statement(article_id=c.article_id, start=c.start, end=c.end, text="", source=c.attributed_to,
                             source_type=c.source_type, relay=c.relay, cue=c.cue, modality=c.modality, claims=[c.id]))
    for st, w in zip(out, widest, strict=True):
        st.text = text[st.start:st.end]
        # a speech act the article tells as an event (« X dénonce Y », « X annonce sa démission »:
        # asserted, with X as its source) is, as X's statement, what X said
        st.modality, st.cue = "reported" if w.modality == "asserted" else w.modality, w.cue or st.cue
    return out

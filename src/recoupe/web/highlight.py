"""The article body as HTML with its mentions, claims, quotes and dates highlighted.

The text is cut at every annotation boundary; each piece is escaped on its own and wrapped in a
``<span>`` whose classes say which annotations cover it. Raw article text is never inserted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from markupsafe import Markup, escape

_BREAK = re.compile(r"(\n{2,}|\n)")


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    kind: str  # mention | claim | quote | date
    cls: str
    label: str
    ident: str = ""  # claim id, quote index
    entity_id: str = ""


def spans(view: dict[str, Any]) -> list[Span]:
    out: list[Span] = []
    names = {e["id"]: e["name"] for e in view["entities"]}
    for m in view["mentions"]:
        eid = m["entity_id"] or ""
        label = f"{m['type']}: {names.get(eid, m['text'])}" + (f" ({m['role']})" if m["role"] else "")
        out.append(Span(m["start"], m["end"], "mention", f"m m-{m['type']}", label, entity_id=eid))
    for c in view["claims"]:
        by = f", according to {c['attributed_to']}" if c["attributed_to"] else ""
        out.append(Span(c["start"], c["end"], "claim", f"c c-{c['modality']}",
                        f"claim: {c['modality']}{by}", ident=c["id"]))
    for i, q in enumerate(view["quotes"], start=1):
        out.append(Span(q["start"], q["end"], "quote", "q", f"quote: {q['speaker'] or 'speaker unknown'}",
                        ident=str(i)))
    for t in view["timexes"]:
        out.append(Span(t["start"], t["end"], "date", "t", f"date: {t['value']} ({t['precision']})"))
    return out


def _piece(text: str, active: list[Span]) -> str:
    if not active:
        return str(escape(text))
    classes = " ".join(dict.fromkeys(c for s in active for c in s.cls.split()))
    title = " | ".join(dict.fromkeys(s.label for s in active))
    claims = " ".join(s.ident for s in active if s.kind == "claim")
    attrs = f' class="{escape(classes)}" title="{escape(title)}"'
    if claims:
        attrs += f' data-c="{escape(claims)}"'
    html = f"<span{attrs}>{escape(text)}</span>"
    entity = next((s.entity_id for s in active if s.kind == "mention" and s.entity_id), "")
    if entity:
        html = f'<a class="ml" href="/entities/{escape(entity)}">{html}</a>'
    return html


def highlight(text: str, items: list[Span]) -> Markup:
    n = len(text)
    items = [s for s in items if 0 <= s.start < s.end <= n]
    bounds = sorted({0, n, *(s.start for s in items), *(s.end for s in items)})
    starts: dict[int, list[Span]] = {}
    for s in items:
        starts.setdefault(s.start, []).append(s)
    out = ["<p>"]
    for lo, hi in pairwise(bounds):
        for s in starts.get(lo, []):
            if s.kind == "claim":
                out.append(f'<span class="anchor" id="claim-{escape(s.ident)}"></span>')
            elif s.kind == "quote":
                out.append(f'<span class="anchor" id="quote-{escape(s.ident)}"></span>')
        active = [s for s in items if s.start <= lo and hi <= s.end]
        for part in _BREAK.split(text[lo:hi]):
            if not part:
                continue
            if part.startswith("\n\n"):
                out.append("</p>\n<p>")
            elif part == "\n":
                out.append("<br>")
            else:
                out.append(_piece(part, active))
    out.append("</p>")
    return Markup("".join(out).replace("<p></p>", ""))

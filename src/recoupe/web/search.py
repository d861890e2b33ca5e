"""Search (``/search`` and ``/api/search``): SQLite FTS5 over articles, claims and entities.

French-aware: the index folds accents (``remove_diacritics 2``) and each query word becomes a
prefix query on a crude stem, so « négociations » finds « négociation », « négocier »… User
input never reaches FTS5 syntax: only word characters survive, each quoted.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from recoupe.web.common import StoreDep, render

pages = APIRouter(tags=["pages"], include_in_schema=False)
api = APIRouter(tags=["search"])

MAX_TERMS = 8
# longest first; a stem keeps at least 3 characters
_SUFFIXES = sorted({
    "issements", "issement", "ications", "ication", "atrices", "atrice", "ateurs", "ateur", "ations", "ation",
    "ements", "ement", "ments", "ment", "ances", "ance", "ences", "ence", "ables", "able", "ibles", "ible",
    "istes", "iste", "ismes", "isme", "euses", "euse", "eux", "ives", "ive", "ifs", "if", "ites", "ite",
    "ions", "ion", "aient", "ait", "ant", "ants", "antes", "ante", "ees", "ee", "es", "er", "ez", "e", "s", "x",
    "iennes", "ienne", "iens", "ien", "aux", "al", "ales", "ale",
}, key=len, reverse=True)
_STOP = {"le", "la", "les", "un", "une", "des", "du", "de", "et", "ou", "en", "au", "aux", "a", "l", "d",
         "qu", "que", "qui", "sur", "par", "pour", "dans", "ce", "ces", "se", "sa", "son", "ses", "il", "elle"}
Q = Annotated[str, Query(max_length=200, description="Words to find (French-aware, accents optional).")]


def fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


def stem(word: str) -> str:
    """A crude French stem: the folded word less one common inflectional/derivational ending."""
    w = fold(word)
    if len(w) <= 4 or w.isdigit():
        return w
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            return w[: -len(suffix)]
    return w


def fts_query(q: str) -> str:
    """An FTS5 MATCH expression: every word required, each as a quoted prefix of its stem."""
    words = [w for w in re.findall(r"\w+", q) if w.strip("_")]
    words = [w for w in words if fold(w) not in _STOP] or words
    terms = list(dict.fromkeys(stem(w) for w in words))[:MAX_TERMS]
    return " ".join(f'"{t}"*' for t in terms if t and '"' not in t)


def _segments(snippet: str) -> tuple[str, list[list[int]]]:
    """Snippet with U+0002/U+0003 hit markers -> plain text and hit offsets."""
    plain: list[str] = []
    hits: list[list[int]] = []
    pos = 0
    for part in re.split(r"(\x02|\x03)", snippet or ""):
        if part == "\x02":
            hits.append([pos, pos])
        elif part == "\x03":
            if hits:
                hits[-1][1] = pos
        else:
            plain.append(part)
            pos += len(part)
    return "".join(plain), hits


def search_view(store: Any, q: str, limit: int = 20) -> dict[str, Any]:
    match = fts_query(q)
    out: dict[str, Any] = {"q": q, "query": match, "index": True,
                           "articles": [], "claims": [], "entities": []}
    if not match:
        return out
    if not store.has_search_index():
        out["index"] = False
        return out
    found = store.search(match, limit=limit)
    for kind in ("articles", "claims"):
        for r in found[kind]:
            text, hits = _segments(r.pop("snippet"))
            r.pop("rank", None)
            out[kind].append({**r, "snippet": text, "hits": hits})
    for r in found["entities"]:
        r.pop("rank", None)
        r["aliases"] = [a for a in (r.get("aliases") or "").split(",") if a]
        out["entities"].append(r)
    return out


def pieces(text: str, hits: list[list[int]]) -> list[tuple[str, bool]]:
    """(text, is_hit) pieces for the template, which escapes each one."""
    out, pos = [], 0
    for a, b in hits:
        if a > pos:
            out.append((text[pos:a], False))
        out.append((text[a:b], True))
        pos = b
    if pos < len(text):
        out.append((text[pos:], False))
    return out


@api.get("/search", summary="Search articles, claims and entities")
def api_search(store: StoreDep, q: Q, limit: Annotated[int, Query(ge=1, le=100)] = 20) -> dict[str, Any]:
    return search_view(store, q, limit)


@pages.get("/search", response_class=HTMLResponse)
def page_search(request: Request, store: StoreDep, q: Q = "") -> HTMLResponse:
    view = search_view(store, q)
    return render(request, "search.html.j2", view=view, pieces=pieces, q=q, title=f"Search: {q}" if q else "Search")

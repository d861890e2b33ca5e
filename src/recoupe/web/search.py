"""Search (``/search`` and ``/api/search``): SQLite FTS5 over articles, claims and entities.

Language-aware: the index folds accents (``remove_diacritics 2``) and each query word becomes a
prefix query on a crude stem of the query's language pack (French unless the query is clearly
English), so « négociations » finds « négociation », « négocier »… User input never reaches FTS5
syntax: only word characters survive, each quoted.

Names: the query's transliteration key (the one entity resolution files names under,
:func:`recoupe.resolve.names.full_key`) finds the entities it designates whatever the spelling
(« Tchaïkovski » finds « Tchaikovsky »); when the words find nothing, keys sharing most character
trigrams with it (typo tolerance, read from an index range). Their spellings are searched as
phrases.
"""

from __future__ import annotations

import re
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse

from recoupe.clean.language import detect_language
from recoupe.lang import SUPPORTED, Pack, pack
from recoupe.lang.stemming import fold
from recoupe.web.common import StoreDep, render
from recoupe.web.schemas import ERRORS, SearchResults

pages = APIRouter(tags=["pages"], include_in_schema=False)
api = APIRouter(tags=["search"])

MAX_TERMS = 8
Q = Annotated[str, Query(max_length=200, description="Words to find (French-aware, accents optional).")]


def query_pack(q: str) -> Pack:
    """The language pack whose stemmer and stopwords read ``q``: the query's detected language
    when recoupe reads it, else French (a query of a few words is too short to tell)."""
    lang = detect_language(q)
    return pack(lang) if lang in SUPPORTED else pack("fr")


def fts_query(q: str) -> str:
    """An FTS5 MATCH expression: every word required, each as a quoted prefix of its stem."""
    words = [w for w in re.findall(r"\w+", q) if w.strip("_")]
    lang = query_pack(q)
    words = [w for w in words if fold(w) not in lang.search_stop_words] or words
    terms = list(dict.fromkeys(lang.stem(w) for w in words))[:MAX_TERMS]
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


ENTITY_TYPES = ("PER", "LOC", "ORG", "MISC", "WEAPON", "EVENT")
MAX_SPELLINGS = 12
TYPO_CANDIDATES = 300  # keys read per type for typo tolerance: those sharing the key's first two
# letters (an index range, never the table; a typo in the first two letters is not forgiven)
TYPO_MIN_SIMILARITY = 0.5


def trigrams(text: str) -> set[str]:
    padded = f"  {text} "
    return {padded[i:i + 3] for i in range(len(padded) - 2)}


def similarity(a: str, b: str) -> float:
    """Dice coefficient of the character trigrams of two keys (1.0 = same trigrams)."""
    ta, tb = trigrams(a), trigrams(b)
    return 2 * len(ta & tb) / ((len(ta) + len(tb)) or 1)


def name_matches(store: Any, q: str, *, typos: bool = True) -> tuple[list[str], str]:
    """Entities the query designates, and how: "spelling" when the query has the transliteration
    key of one of their names (« Vostotchny » -> "vostochni", as entity resolution keys names),
    else (with ``typos``) "similar" for keys sharing most character trigrams (« Vostchny »)."""
    from recoupe.resolve.names import full_key

    key = full_key(q)
    if len(key.replace(" ", "")) < 3:
        return [], ""
    found: list[str] = []
    for t in ENTITY_TYPES:
        found += store.entity_ids_by_key(f"{t}:{key}", "full")
    if found:
        return list(dict.fromkeys(found)), "spelling"
    if not typos or len(key) < 5:
        return [], ""
    scored: list[tuple[float, str]] = []
    for t in ENTITY_TYPES:
        prefix = f"{t}:"
        for k, eid in store.entity_keys_with_prefix(prefix + key[:2], "full", TYPO_CANDIDATES):
            sim = similarity(key, k[len(prefix):])
            if sim >= TYPO_MIN_SIMILARITY:
                scored.append((sim, eid))
    if not scored:
        return [], ""
    best = max(s for s, _ in scored)
    return list(dict.fromkeys(eid for s, eid in sorted(scored, reverse=True) if s >= best - 0.1)), "similar"


def _phrase(name: str) -> str:
    words = [w for w in re.findall(r"\w+", fold(name)) if w.strip("_")]
    return '"' + " ".join(words) + '"' if words else ""


def search_view(store: Any, q: str, limit: int = 20) -> dict[str, Any]:
    from recoupe.resolve.names import full_key

    match = fts_query(q)
    out: dict[str, Any] = {"q": q, "query": match, "index": True, "spellings": [],
                           "articles": [], "claims": [], "entities": []}
    if not match:
        return out
    if not store.has_search_index():
        out["index"] = False
        return out
    ids, how = name_matches(store, q, typos=False)
    found = None
    if not ids:
        # typo tolerance only when the words find nothing: a common word costs no more than before
        found = store.search(match, limit=limit)
        if not (found["articles"] or found["claims"] or found["entities"]):
            ids, how = name_matches(store, q)
    named = store.entity_names(ids[:MAX_SPELLINGS]) if ids else {}
    # the full spellings only: « Marine Le Pen » is also called « Le Pen » and « Mme Le Pen », which
    # would find every Le Pen; a spelling counts if it has as many name words as the query
    size = len(full_key(q).split())
    spellings = list(dict.fromkeys(n for eid in ids if eid in named for n in named[eid][1]
                                   if len(full_key(n).split()) >= size))[:MAX_SPELLINGS]
    phrases = [p for p in dict.fromkeys(_phrase(n) for n in spellings) if p]
    if phrases:
        # the names the query designates, in every spelling the articles use; a name query is not
        # loosened into its words (« Jean-Marie Le Pen » must not find « Marine Le Pen »)
        match = " OR ".join(phrases) if how == "spelling" else f"({match}) OR " + " OR ".join(phrases)
        out["query"], out["spellings"] = match, spellings
        found = None
    if found is None:
        found = store.search(match, limit=limit)
    for kind in ("articles", "claims"):
        for r in found[kind]:
            text, hits = _segments(r.pop("snippet"))
            r.pop("rank", None)
            out[kind].append({**r, "snippet": text, "hits": hits})
    by_name = [eid for eid in ids if eid in named]
    rows = store.entity_rows(by_name)
    for eid in by_name:
        e = rows[eid]
        out["entities"].append({"id": eid, "name": e["name"], "type": e["type"], "mention_count": e["mention_count"],
                                "aliases": [a for a in named[eid][1] if a != e["name"]], "matched_by": how})
    for r in found["entities"]:
        if r["id"] in rows:
            continue
        r.pop("rank", None)
        r["aliases"] = [a for a in (r.get("aliases") or "").split(",") if a]
        r["matched_by"] = "words"
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


@api.get("/search", summary="Search articles, claims and entities", response_model=SearchResults,
         responses={422: ERRORS[422]})
def api_search(store: StoreDep, q: Q, limit: Annotated[int, Query(ge=1, le=100)] = 20) -> JSONResponse:
    return JSONResponse(search_view(store, q, limit))


@pages.get("/search", response_class=HTMLResponse)
def page_search(request: Request, store: StoreDep, q: Q = "") -> HTMLResponse:
    view = search_view(store, q)
    return render(request, "search.html.j2", view=view, pieces=pieces, q=q, title=f"Search: {q}" if q else "Search")

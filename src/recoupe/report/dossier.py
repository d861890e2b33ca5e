"""``dossier.json``: the contract other tools rely on, built from the store.

The JSON Schema beside this file (``dossier.schema.json``) is published with the package and a
test validates every dossier against it.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import TYPE_CHECKING, Any

from recoupe.claims.contradictions import version_holders
from recoupe.model import Claim
from recoupe.storage import Store, as_row

if TYPE_CHECKING:
    from recoupe.claims.status import GroupStatus

DOSSIER_VERSION = "1.0"


def schema() -> dict[str, Any]:
    return json.loads(resources.files("recoupe.report").joinpath("dossier.schema.json").read_text("utf-8"))


def group_statuses(store: Store) -> dict[str, str]:
    """Status of every claim group of the store (as in the dossier's ``claim_groups``), computed by
    :mod:`recoupe.claims.status` like everywhere else, from one state of the store."""
    return {gid: st.status for gid, st in group_states(store).items()}


def group_states(store: Store) -> dict[str, GroupStatus]:
    """:func:`group_statuses` with all the group's status says (``confirmed_by``: the two claims a
    `confirmed` group rests on), for read sides that mark them as the dossier does."""
    with store.snapshot():
        return _group_statuses(store)


def _group_statuses(store: Store) -> dict[str, GroupStatus]:
    from recoupe.claims.status import conflicts_by_group, group_status, source_context

    members: dict[str, list[Claim]] = {}
    for c in store.claims():
        if c.group_id:
            members.setdefault(c.group_id, []).append(c)
    articles = sorted({c.article_id for ms in members.values() for c in ms})
    sources = store.sources_of(articles)
    context = source_context(store, articles)
    conflicts = conflicts_by_group(store.contradictions())
    return {gid: group_status(ms, sources, conflicts.get(gid, ()), context) for gid, ms in members.items()}


def build_dossier(store: Store) -> dict[str, Any]:
    # one snapshot: a dossier read while a build commits is one state of the store, not rows read
    # before the commit joined to rows read after it
    with store.snapshot():
        return _build_dossier(store)


def _build_dossier(store: Store) -> dict[str, Any]:
    from recoupe.claims.frame import frame_of
    from recoupe.claims.shown import shown_summary
    from recoupe.claims.sources import sourcing
    from recoupe.claims.statements import statements as read_statements
    from recoupe.claims.status import conflicts_by_group, group_status, source_context

    rows = store.article_rows()
    sources = {r["id"]: (r["source_id"] or r["id"]) for r in rows}
    meta = {r["id"]: r for r in rows}
    claim_records = store.claims()
    claims_of: dict[str, list[Claim]] = {}
    for c in claim_records:
        claims_of.setdefault(c.article_id, []).append(c)
    articles = []
    statements = []
    for a in store.articles():
        r = meta[a.id]
        statements.extend(read_statements(claims_of.get(a.id, []), a.text))
        articles.append({
            "id": a.id, "source": a.url or a.origin, "origin": a.origin, "url": a.url, "title": a.title,
            "byline": a.byline, "outlet": a.outlet, "published": a.published.isoformat() if a.published else None,
            "published_source": a.published_source, "language": a.language, "text": a.text,
            "removed_lines": a.removed_lines, "story": r["story_id"], "independent_source": sources[a.id],
            "folded_because": r["source_reason"],
            "sentences": json.loads(r["sentences"]),  # [start, end] of each sentence of text
            "sourcing": sourcing(claims_of.get(a.id, [])),
        })
    entities = []
    for e in store.entities():
        entities.append({
            "id": e["id"], "name": e["name"], "type": e["type"],
            "kb_id": e.get("kb_id") or None,  # the knowledge base given to the build (--kb), when linked
            "kb_label": (e.get("kb_label") or None) if e.get("kb_id") else None,
            "kb_description": (e.get("kb_description") or None) if e.get("kb_id") else None,
            "kb_coordinates": [e["kb_lat"], e["kb_lon"]] if e.get("kb_id") and e.get("kb_lat") is not None else None,
            "aliases": sorted({x["alias"] for x in e["aliases"]}),
            "roles": [{"article": x["article_id"], "role": x["role"]} for x in e["roles"]],
            "mentions": [{"article": m.article_id, "start": m.start, "end": m.end, "text": m.text}
                         for m in store.mentions(entity_id=e["id"])],
        })
    claims = []
    for c in claim_records:
        claims.append({
            "id": c.id, "text": c.text, "subject": c.subject, "subject_entity": c.subject_entity or None,
            "predicate": c.predicate, "object": c.object, "object_entity": c.object_entity or None,
            "place": c.place, "place_entity": c.place_entity or None, "time": c.time, "modality": c.modality,
            "attributed_to": c.attributed_to, "source_type": c.source_type, "relay": c.relay, "cue": c.cue,
            "negated": c.negated,
            "planned": c.planned, "article": c.article_id, "sentence": c.sentence, "start": c.start, "end": c.end,
            "group": c.group_id or None, "attributed_entity": c.attributed_entity or None,
            "frame": frame_of(c, meta[c.article_id]["outlet"] or "", meta[c.article_id]["language"] or "fr").to_json(),
        })
    contradictions = store.contradictions()
    conflicts = conflicts_by_group(contradictions)
    independent = store.sources_of(list(sources))  # outlet-level, for corroboration
    context = source_context(store, list(sources))
    members: dict[str, list[Claim]] = {}
    for c in claim_records:
        if c.group_id:
            members.setdefault(c.group_id, []).append(c)
    groups = []
    for g in store.groups():
        ms = members.get(g["id"], [])
        st = group_status(ms, independent, conflicts.get(g["id"], ()), context)
        # shown by a claim of its confirming pair when confirmed, by one that states a fact else
        summary, summary_claim = shown_summary(ms, st, g["summary"])
        groups.append({
            "id": g["id"], "story": g["story_id"], "summary": summary, "summary_claim": summary_claim,
            "claims": [c.id for c in ms],
            "articles": list(st.articles), "independent_sources": st.independent_sources,
            "firm_sources": st.firm_sources, "modality_per_article": st.cells, "status": st.status,
            "conflicts": list(st.conflicts), "confirmed_by": list(st.confirmed_by),
        })
    quotes = [{"article": q.article_id, "text": q.text, "start": q.start, "end": q.end, "speaker": q.speaker,
               "speaker_entity": q.speaker_entity or None, "speaker_type": q.speaker_type, "cue": q.cue}
              for q in store.quotes()]
    timeline = []
    for ev in store.events():
        timeline.append({
            "article": ev.article_id, "claim": ev.claim_id, "text": ev.text,
            "start": ev.start.isoformat() if ev.start else None, "end": ev.end.isoformat() if ev.end else None,
            "precision": ev.precision, "anchor": ev.anchor.isoformat() if ev.anchor else None,
            "timex": ev.timex, "value": ev.value,
            "reported": meta[ev.article_id]["published"],
        })
    stories = []
    for s in store.stories():
        stories.append({
            "id": s["id"], "label": s["label"], "articles": [r["id"] for r in store.article_rows(s["id"])],
            "outlets": s["outlets"], "first_published": s["first_published"], "last_published": s["last_published"],
            "briefing": [{"kind": b["kind"], "text": b["text"], "citations": b["citations"]}
                         for b in store.briefing(s["id"])],
        })
    return {
        "recoupe": DOSSIER_VERSION,
        "runs": [{"at": r["started_at"], "versions": json.loads(r["versions"]), "added": r["added"]}
                 for r in store.runs()],
        "articles": articles,
        "entities": entities,
        "claims": claims,
        "claim_groups": groups,
        "quotes": quotes,
        # one source's whole reported content (the attributed claims of one statement gathered)
        "statements": [{"article": st.article_id, "text": st.text, "start": st.start, "end": st.end,
                        "source": st.source, "source_type": st.source_type, "relay": st.relay, "cue": st.cue,
                        "modality": st.modality, "claims": st.claims} for st in statements],
        "timeline": timeline,
        "contradictions": [
            {"kind": x["kind"], "story": x["story_id"], "claims": [x["claim_a"], x["claim_b"]],
             "groups": [g for g in (x["group_a"], x["group_b"]) if g], "explanation": x["explanation"],
             **_own_holders(store, x)}
            for x in contradictions
        ],
        "stories": stories,
        "rejections": [as_row(r) for r in store.rejections()],
    }


def _own_holders(store: Store, x: Any) -> dict[str, list[str]]:
    """A claim that tells two sources' versions of one count conflicts with itself: the row names who holds
    each (``holders``), which the claim's one ``attributed_to`` (the last « selon ») does not."""
    if x["claim_a"] != x["claim_b"]:
        return {}
    c = store.claim(x["claim_a"])
    holders = version_holders(c) if c is not None else []
    return {"holders": holders} if holders else {}

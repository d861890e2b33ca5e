"""The briefing: a short extractive summary of each story in which every sentence cites.

Sentences are taken from the articles, never written: for each claim group of the story the
sentence of its most representative claim. Groups are ordered by corroboration: confirmed by
several independent sources first, then single-source, and the contradictions are listed last
with both sides cited.
"""

from __future__ import annotations

from typing import Any

from recoupe.storage import Store

MAX_SENTENCES = 8
_ANAPHORIC = {"il", "elle", "ils", "elles", "ce", "cette", "ces", "celui-ci", "celle-ci", "cela", "ça", "lui"}


def group_status(modalities: list[str], independent: int, contradicted: bool) -> str:
    if contradicted or ("denied" in modalities and len(set(modalities)) > 1):
        return "disputed"
    if modalities and all(m == "denied" for m in modalities):
        return "denied"
    return "confirmed" if independent >= 2 else "single_source"


def build_briefing(store: Store, story_id: str, *, max_sentences: int = MAX_SENTENCES) -> list[dict[str, Any]]:
    """The cited briefing of one story. Groups are ranked in SQL (no story-wide load), and only
    the members of the top groups are read."""
    contradictions = store.contradictions(story_id)
    disputed = {c["group_a"] for c in contradictions} | {c["group_b"] for c in contradictions}
    ranked = []
    for g in store.top_groups(story_id, limit=max_sentences * 5):
        members = store.claims(group_id=g["id"])
        if not members:
            continue
        status = group_status([c.modality for c in members], g["sources"], g["id"] in disputed)
        # the most self-contained sentence: firm, not opening on a pronoun, short
        rep = min(members, key=lambda c: (c.modality not in {"asserted", "reported"},
                                          c.sentence.split(" ", 1)[0].lower() in _ANAPHORIC, len(c.sentence)))
        score = (g["sources"], g["articles"], rep.modality in {"asserted", "reported"}, -len(rep.sentence))
        ranked.append((score, status, rep, members))
    ranked.sort(key=lambda r: r[0], reverse=True)
    out: list[dict[str, Any]] = []
    seen_sentences: set[str] = set()
    for _, status, rep, members in ranked:
        if len(out) >= max_sentences:
            break
        if rep.sentence in seen_sentences or len(rep.sentence) < 40 or (
                rep.sentence.split(" ", 1)[0].lower() in _ANAPHORIC and len(members) == 1):
            continue
        seen_sentences.add(rep.sentence)
        cites = []
        for c in sorted(members, key=lambda c: c.article_id):
            if all(x["article_id"] != c.article_id for x in cites):
                cites.append({"article_id": c.article_id, "claim_id": c.id, "start": c.start, "end": c.end})
        out.append({"kind": status, "text": rep.sentence, "citations": cites})
    for con in contradictions[:4]:
        a, b = store.claim(con["claim_a"]), store.claim(con["claim_b"])
        if a is None or b is None:
            continue
        out.append({
            "kind": "contradiction",
            "text": f"{con['explanation']}: « {a.sentence} » / « {b.sentence} »",
            "citations": [{"article_id": x.article_id, "claim_id": x.id, "start": x.start, "end": x.end} for x in (a, b)],
        })
    return out

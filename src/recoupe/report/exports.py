"""Exports of a store: the dossier as JSON, CSV tables, and the stories TSV (link<TAB>story_id)."""

from __future__ import annotations

import csv
import io
import json
from typing import Any


def to_json(dossier: dict[str, Any]) -> str:
    return json.dumps(dossier, ensure_ascii=False, indent=2)


def stories_tsv(dossier: dict[str, Any]) -> str:
    """One row per article: its URL if known, else its input path, and its story id."""
    out = io.StringIO()
    w = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(["link", "story_id"])
    for a in dossier["articles"]:
        w.writerow([a["url"] or a["origin"], a["story"] or ""])
    return out.getvalue()


def to_graphml(dossier: dict[str, Any]) -> str:
    """The entity network as GraphML: entities are nodes, an edge joins two entities mentioned in
    the same sentence, weighted by how many sentences (and articles) they share."""
    from collections import Counter
    from xml.sax.saxutils import quoteattr

    sentences: dict[tuple[str, int], set[str]] = {}
    bounds = {a["id"]: a.get("sentences") or [] for a in dossier["articles"]}
    for e in dossier["entities"]:
        for m in e["mentions"]:
            spans = bounds.get(m["article"]) or []
            idx = next((i for i, (s0, s1) in enumerate(spans) if s0 <= m["start"] < s1), m["start"] // 400)
            sentences.setdefault((m["article"], idx), set()).add(e["id"])
    weight: Counter[tuple[str, str]] = Counter()
    arts: dict[tuple[str, str], set[str]] = {}
    for (aid, _), ids in sentences.items():
        for a in ids:
            for b in ids:
                if a < b:
                    weight[(a, b)] += 1
                    arts.setdefault((a, b), set()).add(aid)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
           '  <key id="name" for="node" attr.name="name" attr.type="string"/>',
           '  <key id="type" for="node" attr.name="type" attr.type="string"/>',
           '  <key id="mentions" for="node" attr.name="mentions" attr.type="int"/>',
           '  <key id="kb_id" for="node" attr.name="kb_id" attr.type="string"/>',
           '  <key id="weight" for="edge" attr.name="weight" attr.type="int"/>',
           '  <key id="articles" for="edge" attr.name="articles" attr.type="int"/>',
           '  <graph id="entities" edgedefault="undirected">']
    for e in dossier["entities"]:
        kb = f'<data key="kb_id">{_xml(e["kb_id"])}</data>' if e.get("kb_id") else ""
        out.append(f'    <node id={quoteattr(e["id"])}><data key="name">{_xml(e["name"])}</data>'
                   f'<data key="type">{_xml(e["type"])}</data><data key="mentions">{len(e["mentions"])}</data>'
                   f'{kb}</node>')
    for n, ((a, b), w) in enumerate(sorted(weight.items())):
        out.append(f'    <edge id="x{n}" source={quoteattr(a)} target={quoteattr(b)}><data key="weight">{w}</data>'
                   f'<data key="articles">{len(arts[(a, b)])}</data></edge>')
    out += ["  </graph>", "</graphml>", ""]
    return "\n".join(out)


def _xml(text: str) -> str:
    from xml.sax.saxutils import escape

    return escape(text)


CSV_TABLES = {
    # how the date was known and why an article counts as another's source: the report shows both
    # (last: readers of the older columns unchanged)
    "articles": ["id", "source", "title", "byline", "outlet", "published", "language", "story", "independent_source",
                 "published_source", "folded_because"],
    # (status, whether the claim is one of its group's confirming pair, what its source is, and its
    # sentence, as `recoupe claims` and the report show them: last, after the older columns)
    "claims": ["id", "article", "start", "end", "subject", "predicate", "object", "place", "time", "modality",
               "attributed_to", "relay", "cue", "group", "text", "status", "confirms", "source_type", "sentence"],
    "quotes": ["article", "start", "end", "speaker", "cue", "text"],
    "timeline": ["article", "claim", "start", "end", "precision", "anchor", "reported", "timex", "text"],
}


def to_csv(dossier: dict[str, Any], table: str = "claims") -> str:
    out = io.StringIO()
    if table == "mentions":
        w = csv.writer(out, lineterminator="\n")
        w.writerow(["entity", "name", "type", "article", "start", "end", "text"])
        for e in dossier["entities"]:
            for m in e["mentions"]:
                w.writerow([e["id"], e["name"], e["type"], m["article"], m["start"], m["end"], m["text"]])
        return out.getvalue()
    if table == "groups":
        w = csv.writer(out, lineterminator="\n")
        # confirmed_by last: the two claims a confirmed group rests on (readers of the older columns unchanged)
        w.writerow(["id", "story", "status", "independent_sources", "articles", "claims", "summary", "confirmed_by"])
        for g in dossier["claim_groups"]:
            w.writerow([g["id"], g.get("story", ""), g.get("status", ""), g["independent_sources"],
                        " ".join(g["articles"]), " ".join(g["claims"]), g["summary"],
                        " ".join(g.get("confirmed_by", []))])
        return out.getvalue()
    if table == "contradictions":  # the report's first section
        w = csv.writer(out, lineterminator="\n")
        # each side's sentence and source, as the report sets them side by side (last: older columns unchanged)
        w.writerow(["kind", "story", "claims", "groups", "explanation", "sentences", "sources"])
        claims = {c["id"]: c for c in dossier.get("claims", [])}
        for x in dossier["contradictions"]:
            sides = [claims.get(cid, {}) for cid in dict.fromkeys(x["claims"])]
            if x.get("holders"):  # one claim telling two versions: one side, naming who holds each
                sides = [{**c, "attributed_to": " / ".join(x["holders"])} for c in sides]
            w.writerow([x["kind"], x.get("story") or "", " ".join(x["claims"]), " ".join(x.get("groups") or []),
                        x["explanation"], " | ".join(" ".join((c.get("sentence") or "").split()) for c in sides),
                        " | ".join(c.get("attributed_to") or "the article's own voice" for c in sides)])
        return out.getvalue()
    if table == "entities":
        w = csv.writer(out, lineterminator="\n")
        w.writerow(["id", "name", "type", "aliases", "roles", "mentions", "kb_id", "kb_label"])
        for e in dossier["entities"]:
            w.writerow([e["id"], e["name"], e["type"], " | ".join(e["aliases"]),
                        " | ".join(sorted({r["role"] for r in e["roles"]})), len(e["mentions"]),
                        e.get("kb_id") or "", e.get("kb_label") or ""])
        return out.getvalue()
    cols = CSV_TABLES[table]
    dw = csv.DictWriter(out, fieldnames=cols, extrasaction="ignore", lineterminator="\n")
    dw.writeheader()
    groups = {g["id"]: g for g in dossier.get("claim_groups", [])} if table == "claims" else {}
    for row in dossier[table]:
        if table == "claims":
            g = groups.get(row.get("group") or "") or {}
            row = {**row, "status": g.get("status") or "single_source",
                   "confirms": int(row["id"] in g.get("confirmed_by", [])),
                   "sentence": " ".join((row.get("sentence") or "").split())}
        dw.writerow(row)
    return out.getvalue()

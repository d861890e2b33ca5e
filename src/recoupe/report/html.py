"""``report.html``: one self-contained, printable file (no network needed to view it).

Rendered with Jinja2 autoescaping: article text and metadata are untrusted and always escaped.
A strict Content-Security-Policy forbids scripts and remote loads.

What is in doubt comes first: a table of contents (``<nav id="toc">``) leads with the
contradictions, then the disputed claims, then each story (briefing, timeline, sources × claims),
and the articles last. Every sentence of every article carries an anchor (``#s-<article>-<n>``):
a citation lands on the sentence it cites, which is highlighted.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from recoupe.claims.status import matrix_key
from recoupe.report import words

MODALITY_ORDER = ["asserted", "reported", "conditional", "speculative", "denied"]
DOUBT = {"contradicted", "disputed", "denied"}  # statuses listed under "disputed claims"
MATRIX_ROWS = 40
ENTITIES_PER_TYPE = 60


def _env() -> Environment:
    from recoupe.resolve.kb import kb_url

    env = Environment(loader=PackageLoader("recoupe.report", "templates"), autoescape=select_autoescape(["html", "j2"]))
    env.filters["kb_url"] = kb_url
    env.filters["status"] = words.status_label
    env.filters["status_help"] = words.status_help
    env.filters["modality"] = words.modality_label
    env.filters["modality_help"] = words.modality_help
    env.filters["contradiction"] = words.contradiction_label
    env.filters["precision"] = words.precision_label
    env.filters["timex"] = words.timex_words
    env.filters["story_name"] = words.story_name
    env.globals["words"] = words
    return env


def sentence_index(sentences: list[list[int]], offset: int) -> int:
    """Index of the sentence holding character ``offset`` (0 when the article has no sentences)."""
    starts = [s for s, _ in sentences]
    return max(bisect_right(starts, offset) - 1, 0)


def paragraphs(text: str, sentences: list[list[int]]) -> list[list[tuple[str, int | None]]]:
    """The text as paragraphs (split on blank lines) of (piece, sentence index or None) pieces:
    the template wraps each sentence in an element with its anchor."""
    pieces: list[tuple[str, int | None]] = []
    pos = 0
    for k, (s, e) in enumerate(sentences):
        if s < pos or e <= s:
            continue
        if s > pos:
            pieces.append((text[pos:s], None))
        pieces.append((text[s:e], k))
        pos = e
    if pos < len(text):
        pieces.append((text[pos:], None))
    out: list[list[tuple[str, int | None]]] = [[]]
    for piece, sent in pieces:
        parts = piece.split("\n\n")
        for i, part in enumerate(parts):
            if i:
                out.append([])
            if part:
                out[-1].append((part, sent if i == 0 or sent is None else None))
    return [p for p in out if any(t.strip() for t, _ in p)]


def render_report(dossier: dict[str, Any]) -> str:
    articles = {a["id"]: a for a in dossier["articles"]}
    number = {aid: n for n, aid in enumerate(articles, start=1)}
    claims = {c["id"]: c for c in dossier["claims"]}

    def anchor(aid: str, offset: int) -> str:
        a = articles.get(aid)
        k = sentence_index(a["sentences"], offset) if a and a.get("sentences") else 0
        return f"s-{aid}-{k}"

    names = {aid: words.article_name(a["title"], a["text"], a["outlet"]) for aid, a in articles.items()}
    story_names = {s["id"]: words.story_name(s["label"]) for s in dossier["stories"]}

    contradictions = []
    for x in dossier["contradictions"]:
        sides = [claims[cid] for cid in dict.fromkeys(x["claims"]) if cid in claims]
        if x.get("holders"):  # one claim telling two versions: one side, naming who holds each
            sides = [{**c, "attributed_to": " / ".join(x["holders"])} for c in sides]
        contradictions.append({"c": x, "sides": sides, "story": x.get("story")})
    groups_in_doubt = sorted((g for g in dossier["claim_groups"] if g["status"] in DOUBT),
                             key=lambda g: (words.status_rank(g["status"]), -g["independent_sources"], g["id"]))
    doubt = [{"group": g, "claims": [claims[c] for c in g["claims"] if c in claims]} for g in groups_in_doubt]

    def confirming(g: dict[str, Any]) -> set[str]:
        """The articles of the two claims a confirmed group rests on (its cells to mark); the cell's
        modality is already that claim's (recoupe.claims.status.cells, as in the web app)."""
        return {claims[c]["article"] for c in g.get("confirmed_by", []) if c in claims}

    stories = []
    for s in dossier["stories"]:
        aids = s["articles"]
        groups = [g for g in dossier["claim_groups"] if g.get("story") == s["id"]]
        groups.sort(key=lambda g: matrix_key(g["status"], g.get("firm_sources", 0), len(g["articles"]), g["id"]))
        matrix = [{"group": g, "cells": [g["modality_per_article"].get(a, "") for a in aids],
                   "confirms": [a in confirming(g) for a in aids],
                   "confirmed_fact": words.confirmed_fact(g["summary"], [claims[c]["text"] for c in
                                                                         g.get("confirmed_by", []) if c in claims])}
                  for g in groups if len(g["articles"]) > 1 or g["status"] != "single_source"][:MATRIX_ROWS]
        timeline = [e for e in dossier["timeline"] if e["article"] in aids]
        timeline.sort(key=lambda e: (e["start"] is None, e["start"] or "", number[e["article"]]))
        briefing = s["briefing"]  # in the order recoupe.brief gives: conflicts, confirmed, one source, hedged
        stories.append({"s": s, "name": story_names[s["id"]], "articles": [articles[a] for a in aids],
                        "matrix": matrix, "timeline": timeline, "briefing": briefing,
                        "contradictions": [x for x in contradictions if x["story"] == s["id"]]})
    people = defaultdict(list)
    for e in dossier["entities"]:
        people[e["type"]].append(e)
    bodies = {aid: paragraphs(a["text"], a.get("sentences") or []) for aid, a in articles.items()}
    statuses = sorted({g["status"] for g in dossier["claim_groups"]} | {b["kind"] for s in dossier["stories"]
                                                                        for b in s["briefing"]},
                      key=words.status_rank)
    return _env().get_template("report.html.j2").render(
        dossier=dossier, stories=stories, number=number, articles=articles, entities=people,
        quotes=dossier["quotes"], modalities=MODALITY_ORDER, contradictions=contradictions, doubt=doubt,
        anchor=anchor, names=names, story_names=story_names, bodies=bodies, statuses=statuses,
        entities_per_type=ENTITIES_PER_TYPE,
    )

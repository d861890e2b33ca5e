"""``report.html``: one self-contained, printable file (no network needed to view it).

Rendered with Jinja2 autoescaping: article text and metadata are untrusted and always escaped.
A strict Content-Security-Policy forbids scripts and remote loads.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from recoupe.claims.status import matrix_key

MODALITY_ORDER = ["asserted", "reported", "conditional", "speculative", "denied"]


def _env() -> Environment:
    from recoupe.resolve.kb import kb_url

    env = Environment(loader=PackageLoader("recoupe.report", "templates"), autoescape=select_autoescape(["html", "j2"]))
    env.filters["kb_url"] = kb_url
    return env


def render_report(dossier: dict[str, Any]) -> str:
    articles = {a["id"]: a for a in dossier["articles"]}
    number = {aid: n for n, aid in enumerate(articles, start=1)}
    claims = {c["id"]: c for c in dossier["claims"]}
    stories = []
    for s in dossier["stories"]:
        aids = s["articles"]
        groups = [g for g in dossier["claim_groups"] if g.get("story") == s["id"]]
        groups.sort(key=lambda g: matrix_key(g["status"], g.get("firm_sources", 0), len(g["articles"]), g["id"]))
        matrix = [{"group": g, "cells": [g["modality_per_article"].get(a, "") for a in aids]}
                  for g in groups if len(g["articles"]) > 1 or g["status"] != "single_source"][:40]
        timeline = [e for e in dossier["timeline"] if e["article"] in aids]
        contradictions = [
            {"c": x, "sides": [claims[cid] for cid in x["claims"] if cid in claims]}
            for x in dossier["contradictions"] if x.get("story") == s["id"]
        ]
        stories.append({"s": s, "articles": [articles[a] for a in aids], "matrix": matrix,
                        "timeline": timeline, "contradictions": contradictions})
    people = defaultdict(list)
    for e in dossier["entities"]:
        people[e["type"]].append(e)
    return _env().get_template("report.html.j2").render(
        dossier=dossier, stories=stories, number=number, articles=articles, entities=people,
        quotes=dossier["quotes"], modalities=MODALITY_ORDER,
    )

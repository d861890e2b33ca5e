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


CSV_TABLES = {
    "articles": ["id", "source", "title", "byline", "outlet", "published", "language", "story", "independent_source"],
    "claims": ["id", "article", "start", "end", "subject", "predicate", "object", "place", "time", "modality",
               "attributed_to", "relay", "cue", "group", "text"],
    "quotes": ["article", "start", "end", "speaker", "cue", "text"],
    "timeline": ["article", "claim", "start", "end", "precision", "anchor", "reported", "timex", "text"],
}


def to_csv(dossier: dict[str, Any], table: str = "claims") -> str:
    out = io.StringIO()
    if table == "entities":
        w = csv.writer(out, lineterminator="\n")
        w.writerow(["id", "name", "type", "aliases", "roles", "mentions"])
        for e in dossier["entities"]:
            w.writerow([e["id"], e["name"], e["type"], " | ".join(e["aliases"]),
                        " | ".join(sorted({r["role"] for r in e["roles"]})), len(e["mentions"])])
        return out.getvalue()
    cols = CSV_TABLES[table]
    w = csv.DictWriter(out, fieldnames=cols, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for row in dossier[table]:
        w.writerow(row)
    return out.getvalue()

"""MEANTIME's English Wikinews articles as one pile, for hand labels of `confirmed` (issue 13).

    python -m benchmarks.eval_meantime_pile --keep DIR [--json OUT]
    python -m benchmarks.eval_ecb_labels --pile meantime --store DIR/pile.db --gold benchmarks/gold/meantime/labels.json

MEANTIME (``../shared/eval-data/meantime-en``, SOURCE.md) holds 120 English Wikinews articles in four
topics (Airbus/Boeing, Apple, General Motors/Chrysler/Ford, stock markets), dated 2004–2013. Nobody
tuned recoupe on it. Each article is rebuilt from its tokens by :func:`benchmarks.eval_meantime_modality.parse`
(the reader of the modality measure) and written as one JSONL record: the title (sentence 0), the
body (the sentences after the dateline), the creation-time date as ``published``, the Wikinews URL.

Wikinews is one site, but each article is written by other volunteers from other cited reports, often
years apart: each article is given its own outlet (``wikinews-<doc id>``), so the pile asks whether two
articles state one fact. Copies between articles are still caught by the dependence rules. The
figures printed are counts only (groups by status, contradictions by kind, `confirmed` groups whose
articles lie in two topics); precision comes from hand labels (gold README §22).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from typing import Any

from benchmarks.eval_meantime_modality import ROOT, files, parse


def documents(root: Path = ROOT) -> list[tuple[str, dict[str, str]]]:
    """Each article's MEANTIME name (``126311_U.S._automaker_...``) and record (``url``, ``title``,
    ``text``, ``published``, ``outlet``, ``topic``: the corpus folder), in name order."""
    out = []
    for path in files(root):
        doc = parse(path)
        url = ET.parse(path).getroot().get("url") or f"meantime://{doc.name}"
        lines = doc.text.split("\n")
        # title \n dateline \n body, or title \n body when no sentence holds the creation date
        title, body = lines[0], " ".join(lines[2:] if len(lines) > 2 else lines[1:])
        doc_id = doc.name.split("_", 1)[0]
        rec = {"url": url, "title": title, "text": body, "outlet": f"wikinews-{doc_id}",
               "topic": path.parent.name.removeprefix("corpus_")}
        if doc.published is not None:
            rec["published"] = doc.published.isoformat()
        out.append((doc.name, rec))
    return out


def score(dossier: dict[str, Any], records: list[dict[str, str]]) -> dict[str, Any]:
    topic_of_url = {r["url"]: r["topic"] for r in records}
    topic = {a["id"]: topic_of_url.get(a["url"]) for a in dossier["articles"]}
    article = {c["id"]: c["article"] for c in dossier["claims"]}
    status: Counter[str] = Counter(g["status"] for g in dossier["claim_groups"])
    mixed = sum(1 for g in dossier["claim_groups"] if g["status"] == "confirmed"
                and len({topic[article[c]] for c in g["claims"]}) > 1)
    return {"articles": len(dossier["articles"]), "groups": dict(status),
            "confirmed_across_topics": mixed,
            "contradictions": dict(Counter(x["kind"] for x in dossier["contradictions"]))}


def run(keep: Path | None = None) -> dict[str, Any]:
    from recoupe.pipeline import build
    from recoupe.report.dossier import build_dossier
    from recoupe.settings import Settings
    from recoupe.storage import Store

    records = [r for _, r in documents()]
    folder = keep or Path(tempfile.mkdtemp(prefix="meantime-pile-"))
    folder.mkdir(parents=True, exist_ok=True)
    lines = (json.dumps({k: v for k, v in r.items() if k != "topic"}) + "\n" for r in records)
    (folder / "pile.jsonl").write_text("".join(lines), encoding="utf-8")
    db = folder / "pile.db"
    db.unlink(missing_ok=True)
    with Store.open(db) as store:
        build(store, [str(folder / "pile.jsonl")], settings=Settings.load(nlp__n_process=2))
        dossier = build_dossier(store)
    return score(dossier, records)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--keep", type=Path, help="write the pile and its store here")
    ap.add_argument("--json", type=Path, help="write the figures here")
    args = ap.parse_args(argv)
    if not ROOT.exists():
        print(f"MEANTIME not found at {ROOT}; skipped")
        return 0
    res = run(args.keep)
    print(json.dumps(res, indent=1))
    if args.json:
        args.json.write_text(json.dumps(res, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

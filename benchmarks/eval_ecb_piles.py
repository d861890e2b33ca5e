"""ECB+ as a pile of articles: false alarms between two different events (issue 13, item 5).

    python -m benchmarks.eval_ecb_piles [--split test|dev] [--keep DIR]

Each ECB+ topic holds two different but similar events (two earthquakes in Indonesia years apart,
two school attacks, two acquisitions by one firm), told by many English outlets, with no
publication dates. The split's documents are written as one JSONL pile (headline, text, outlet
from the URL that is the file's first sentence) and built as a user would build it
(``recoupe build``, two processes). A contradiction between articles of the two events is
certainly false ("claims about different events never conflict"), and so is a `confirmed` group
whose members come from both events; stories holding both events are counted too. The same-event
contradictions are counted, not judged (ECB+ annotates events, not contradictions).

Develop on ``dev``; ``test`` is the held-out figure. The corpus splits decimals into tokens
("6. 1"): they are joined back, as a page would print them.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from benchmarks.ecb import ECB, read_document

_URL = re.compile(r"(https?://)?[\w.-]+\.[a-z]{2,}(/|$)")


def _detok(tokens: list[str]) -> str:
    s = " ".join(tokens)
    s = re.sub(r" ([,.;:!?%)\]'])", r"\1", s)
    s = re.sub(r"([(\[$]) ", r"\1", s)
    s = s.replace(" n't", "n't").replace(" 's", "'s").replace("`` ", '"').replace(" ''", '"')
    s = re.sub(r"(\w) - (\w)", r"\1-\2", s)
    return re.sub(r"(\d)\. (\d)", r"\1.\2", s)


def pile(split: str, root: Path = ECB) -> list[dict[str, str]]:
    """The split's documents as records (``url``, ``title``, ``text``, ``outlet``, ``event``: the
    ECB+ sub-topic, e.g. ``37ecbplus``; ``doc``: the ECB+ file, e.g. ``37_4ecbplus``), in file order."""
    return [{**r, "doc": name} for name, r in documents(split, root)]


def documents(split: str, root: Path = ECB) -> list[tuple[str, dict[str, str]]]:
    """:func:`pile`'s records (without ``doc``), each with its ECB+ document name (``37_2ecbplus``): what a
    gold labelling the pile's claims is keyed on."""
    out = []
    for path in sorted((root / split).glob("*/*.xml"), key=lambda p: (int(p.parent.name), p.name)):
        doc = read_document(path, set())
        sents = [doc.sentences[k] for k in sorted(doc.sentences)]
        first = _detok(sents[0]).replace(" ", "") if sents else ""
        is_url = bool(_URL.match(first))
        body = [_detok(t) for t in (sents[1:] if is_url else sents)]
        if len(body) < 2:
            continue
        url = (first if first.startswith("http") else "http://" + first) if is_url else f"ecb://{doc.name}"
        host = urlparse(url).netloc.removeprefix("www.") if is_url else ""
        out.append((doc.name, {"url": url, "title": body[0], "text": "\n\n".join(body[1:]),
                               "outlet": host or f"outlet-{doc.name}", "event": doc.subtopic}))
    return out


def score(dossier: dict[str, Any], records: list[dict[str, str]]) -> dict[str, Any]:
    """Contradictions by kind, and those, `confirmed` groups and stories spanning two events."""
    event_of_url = {r["url"]: r["event"] for r in records}
    event = {a["id"]: event_of_url.get(a["url"]) for a in dossier["articles"]}
    article = {c["id"]: c["article"] for c in dossier["claims"]}
    kinds: Counter[str] = Counter()
    across: Counter[str] = Counter()
    for x in dossier["contradictions"]:
        a, b = (article[c] for c in x["claims"][:2])
        kinds[x["kind"]] += 1
        if event[a] != event[b]:
            across[x["kind"]] += 1
    status: Counter[str] = Counter()
    mixed: Counter[str] = Counter()
    for g in dossier["claim_groups"]:
        status[g["status"]] += 1
        if len({event[article[c]] for c in g["claims"]}) > 1:
            mixed[g["status"]] += 1
    stories: dict[str, set[str | None]] = {}
    for a in dossier["articles"]:
        stories.setdefault(a["story"], set()).add(event[a["id"]])
    return {"articles": len(dossier["articles"]), "contradictions": dict(kinds),
            "contradictions_across_events": dict(across), "groups": dict(status),
            "groups_across_events": dict(mixed), "stories": len(stories),
            "stories_across_events": sum(len(v) > 1 for v in stories.values())}


def run(split: str, keep: Path | None = None) -> dict[str, Any]:
    from recoupe.pipeline import build
    from recoupe.report.dossier import build_dossier
    from recoupe.settings import Settings
    from recoupe.storage import Store

    records = pile(split)
    folder = keep or Path(tempfile.mkdtemp(prefix="ecb-pile-"))
    folder.mkdir(parents=True, exist_ok=True)
    lines = (json.dumps({k: v for k, v in r.items() if k not in ("event", "doc")}) + "\n" for r in records)
    (folder / "pile.jsonl").write_text("".join(lines), encoding="utf-8")
    db = folder / "pile.db"
    db.unlink(missing_ok=True)
    with Store.open(db) as store:
        build(store, [str(folder / "pile.jsonl")], settings=Settings.load(nlp__n_process=2))
        dossier = build_dossier(store)
    return {"split": split, **score(dossier, records)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="test", choices=("test", "dev"))
    ap.add_argument("--keep", type=Path, help="write the pile and its store here")
    ap.add_argument("--json", type=Path, help="write the figures here")
    args = ap.parse_args(argv)
    if not ECB.exists():
        print(f"ECB+ not found at {ECB}; skipped")
        return 0
    res = run(args.split, args.keep)
    print(json.dumps(res, indent=1))
    if args.json:
        args.json.write_text(json.dumps(res, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

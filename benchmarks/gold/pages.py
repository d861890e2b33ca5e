"""Gold for attribution and quotes on the French pages of ../shared/eval-data/trafilatura-eval.

    python -m benchmarks.gold.pages dump OUTDIR          # article texts as recoupe reads them
    python -m benchmarks.gold.pages anchor SCRATCH.json  # string annotations -> offset gold
    python -m benchmarks.gold.pages check                # every stored item still anchors

The eval pages may not be copied into this repository, so the gold stored in
``benchmarks/gold/pages/<page>.json`` holds **no text of the page**: each annotated span is kept as
character offsets into the article text recoupe extracts from the page (``Article.text``), with a
short SHA-1 of the span so that a span is found again by its hash if extraction shifts the text
(``locate``). Annotators work on the dumped text in a scratch folder outside the repository and
write exact substrings; ``anchor`` turns them into offsets and refuses any string it cannot find.

Scratch format (one JSON file per page, strings copied exactly from the dumped text)::

    {"page": "<file>.html.gz",
     "quotes": [{"text": "...", "occurrence": 1, "speaker": ["Full Name", "M. Name"], "cue": "lemma"}],
     "attributions": [{"content": "...", "occurrence": 1, "source": ["Full Name"], "relay": ["Medium"],
                       "cue": "lemma or preposition", "modality": "reported"}]}

``speaker``/``source``/``relay`` list every surface form the page uses for that speaker (a name, a
title, a description such as « un habitant »); an empty list means the text does not say who.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
EVAL = ROOT.parent / "shared" / "eval-data" / "trafilatura-eval"
GOLD = Path(__file__).resolve().parent / "pages"
MODALITIES = {"asserted", "reported", "conditional", "speculative", "denied"}


def french_pages(eval_dir: Path = EVAL) -> list[str]:
    """File names (``*.html.gz``) of the French pages, from the set's index."""
    index = eval_dir / "index.tsv"
    if not index.exists():
        return []
    rows = [line.split("\t") for line in index.read_text("utf-8").splitlines()[1:]]
    return sorted(r[5] for r in rows if len(r) > 5 and r[3] == "fr" and r[5])


def page_texts(eval_dir: Path = EVAL) -> Iterator[tuple[str, str]]:
    """(page file name, article text as recoupe's ingest + clean produce it) per French page."""
    from recoupe.clean import clean
    from recoupe.ingest import read_path
    from recoupe.model import RawDocument

    with tempfile.TemporaryDirectory(prefix="recoupe-pages-") as tmp:
        for name in french_pages(eval_dir):
            path = Path(tmp) / name.removesuffix(".gz")
            path.write_bytes(gzip.decompress((eval_dir / "html" / name).read_bytes()))
            for doc in read_path(path, "html"):
                if isinstance(doc, RawDocument):
                    art = clean(doc)
                    if not hasattr(art, "text"):
                        continue
                    yield name, art.text  # type: ignore[union-attr]


def digest(s: str) -> str:
    return hashlib.sha1(s.encode("utf-8")).hexdigest()[:12]


def locate(text: str, start: int, end: int, sha1: str) -> tuple[int, int] | None:
    """Where the stored span is in ``text``: at its offsets, else the nearest window of the same
    length with the same hash (extraction may have shifted the text), else None."""
    if 0 <= start <= end <= len(text) and digest(text[start:end]) == sha1:
        return start, end
    n = end - start
    best = None
    for i in range(0, len(text) - n + 1):
        if digest(text[i:i + n]) == sha1 and (best is None or abs(i - start) < abs(best - start)):
            best = i
    return None if best is None else (best, best + n)


def _find(text: str, needle: str, occurrence: int = 1) -> tuple[int, int]:
    i = -1
    for _ in range(max(occurrence, 1)):
        i = text.find(needle, i + 1)
        if i < 0:
            raise ValueError(f"not in the text (occurrence {occurrence}): {needle[:60]!r}")
    return i, i + len(needle)


def _span(text: str, needle: str, occurrence: int = 1) -> dict[str, Any]:
    s, e = _find(text, needle, occurrence)
    return {"start": s, "end": e, "sha1": digest(text[s:e])}


def _forms(text: str, forms: list[str], near: int) -> list[dict[str, Any]]:
    """Anchor each surface form at its occurrence closest to ``near`` (the annotated item)."""
    out = []
    for f in forms:
        if not f.strip():
            continue
        hits, i = [], text.find(f)
        while i >= 0:
            hits.append(i)
            i = text.find(f, i + 1)
        if not hits:
            raise ValueError(f"speaker/source form not in the text: {f[:60]!r}")
        s = min(hits, key=lambda h: abs(h - near))
        out.append({"start": s, "end": s + len(f), "sha1": digest(f)})
    return out


def anchor(scratch: dict[str, Any], text: str) -> dict[str, Any]:
    """Turn one page's string annotations into the stored offset form (no page text kept)."""
    out: dict[str, Any] = {"page": scratch["page"], "text_sha256": hashlib.sha256(text.encode()).hexdigest(),
                           "text_chars": len(text), "quotes": [], "attributions": []}
    for q in scratch.get("quotes", []):
        span = _span(text, q["text"], q.get("occurrence", 1))
        out["quotes"].append({**span, "speaker": _forms(text, q.get("speaker", []), span["start"]),
                              "cue": q.get("cue", "")})
    for a in scratch.get("attributions", []):
        span = _span(text, a["content"], a.get("occurrence", 1))
        modality = a.get("modality", "reported")
        if modality not in MODALITIES:
            raise ValueError(f"unknown modality {modality!r}")
        out["attributions"].append({**span, "source": _forms(text, a.get("source", []), span["start"]),
                                    "relay": _forms(text, a.get("relay", []), span["start"]),
                                    "cue": a.get("cue", ""), "modality": modality})
    return out


def resolve(gold: dict[str, Any], text: str) -> dict[str, Any] | None:
    """The stored gold with every span located in ``text`` and its surface strings filled in
    (in memory only); None if an item's span can no longer be found."""
    def fill(item: dict[str, Any]) -> dict[str, Any] | None:
        where = locate(text, item["start"], item["end"], item["sha1"])
        if where is None:
            return None
        return {**item, "start": where[0], "end": where[1], "text": text[where[0]:where[1]]}

    out = {**gold, "quotes": [], "attributions": []}
    for kind, people in (("quotes", ("speaker",)), ("attributions", ("source", "relay"))):
        for item in gold[kind]:
            got = fill(item)
            if got is None:
                return None
            for key in people:
                forms = [fill(f) for f in item[key]]
                if any(f is None for f in forms):
                    return None
                got[key] = [f["text"] for f in forms if f]
            out[kind].append(got)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump", help="write each French page's article text to OUTDIR/<page>.txt")
    d.add_argument("outdir", type=Path)
    a = sub.add_parser("anchor", help="convert scratch string annotations into offset gold")
    a.add_argument("scratch", type=Path, nargs="+")
    sub.add_parser("check", help="every stored item still anchors in today's extraction")
    args = ap.parse_args(argv)
    if not EVAL.exists():
        print(f"{EVAL} is absent: nothing to do")
        return 0
    texts = dict(page_texts())
    if args.cmd == "dump":
        args.outdir.mkdir(parents=True, exist_ok=True)
        if ROOT in args.outdir.resolve().parents:
            sys.exit("dump outside the repository: the page texts may not be committed")
        for name, text in texts.items():
            (args.outdir / f"{name.removesuffix('.html.gz')}.txt").write_text(text, "utf-8")
            print(f"{name}\t{len(text)} chars")
        return 0
    if args.cmd == "anchor":
        GOLD.mkdir(exist_ok=True)
        bad = 0
        for path in args.scratch:
            scratch = json.loads(path.read_text("utf-8"))
            try:
                gold = anchor(scratch, texts[scratch["page"]])
            except (KeyError, ValueError) as exc:
                print(f"{path}: {exc}", file=sys.stderr)
                bad += 1
                continue
            (GOLD / f"{scratch['page'].removesuffix('.html.gz')}.json").write_text(
                json.dumps(gold, indent=1, ensure_ascii=False) + "\n", "utf-8")
            print(f"{path.name}: {len(gold['quotes'])} quotes, {len(gold['attributions'])} attributions")
        return 1 if bad else 0
    bad = 0
    for path in sorted(GOLD.glob("*.json")):
        gold = json.loads(path.read_text("utf-8"))
        if resolve(gold, texts.get(gold["page"], "")) is None:
            print(f"{path.name}: some span no longer anchors", file=sys.stderr)
            bad += 1
    print(f"{len(list(GOLD.glob('*.json')))} page gold files, {bad} stale")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())

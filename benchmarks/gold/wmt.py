"""Gold for speakers, sources and relay chains on the French-original articles of WMT14 newstest (issue 14).

    python -m benchmarks.gold.wmt dump OUTDIR            # article texts as recoupe reads them
    python -m benchmarks.gold.wmt anchor SCRATCH.txt     # string annotations -> offset gold
    python -m benchmarks.gold.wmt check                  # every stored item still anchors

Data: ``../shared/eval-data/wmt14-newstest-fr-en/newstest2014-fren-src.fr.sgm``, the 108 docs with
``origlang="fr"`` (real French news of 2013; each ``<seg>`` is a sentence, seg 1 usually the
headline). A doc becomes one JSON Lines record as a news stream would give it: ``title`` = seg 1,
``text`` = the other segs joined by blank lines (one paragraph per sentence: the set keeps no
paragraph boundaries), ``outlet`` = the part of the docid after the number. recoupe's ingest and
clean turn the record into an ``Article``; the gold holds offsets into ``Article.text`` plus a short
SHA-1 per span (same storage and ``locate``/``resolve`` as ``benchmarks/gold/pages.py``), never the
text, and the French seg id(s) each item lies in, so that the gold projects onto the aligned English
file (``project_english``: English seg k of doc d carries the items of French seg k).

Scratch format (outside the repository; one line per item, fields separated by ``|``; strings copied
exactly from the dumped text; ``text#2`` = second occurrence)::

    @doc 1009-lemondefr
    Q | quoted words | speaker form; other form | cue | type
    A | content | source form; other form | relay form | cue | modality | type

``type`` is the speaker's or source's kind: per(son), org(anisation), med(ia), anon(ymous),
doc(ument/data). An empty speaker/source list means the text does not say who.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from benchmarks.gold.pages import MODALITIES, _forms, _span, resolve

ROOT = Path(__file__).resolve().parents[2]
EVAL = ROOT.parent / "shared" / "eval-data" / "wmt14-newstest-fr-en"
FR_FILE = "newstest2014-fren-src.fr.sgm"
EN_FILE = "newstest2014-fren-ref.en.sgm"
GOLD = Path(__file__).resolve().parent / "wmt"
TYPES = {"per": "person", "org": "organisation", "med": "media", "anon": "anonymous", "doc": "document"}

_DOC = re.compile(r'<doc ([^>]*)>(.*?)</doc>', re.S)
_SEG = re.compile(r'<seg id="(\d+)">(.*?)</seg>', re.S)
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def read_sgm(path: Path, origlang: str | None = "fr") -> list[tuple[str, list[tuple[int, str]]]]:
    """(docid, [(seg id, sentence)]) per doc of a WMT SGML file, kept to ``origlang`` if given."""
    import html

    out = []
    for attrs, body in _DOC.findall(path.read_text("utf-8")):
        a = dict(_ATTR.findall(attrs))
        if origlang and a.get("origlang") != origlang:
            continue
        out.append((a["docid"], [(int(k), html.unescape(s).strip()) for k, s in _SEG.findall(body)]))
    return out


def record(docid: str, segs: list[tuple[int, str]]) -> dict[str, str]:
    """The JSON Lines record a doc becomes: headline as title, the other sentences as paragraphs."""
    return {"title": segs[0][1] if segs else "", "text": "\n\n".join(s for _, s in segs[1:]),
            "outlet": docid.split("-", 1)[-1], "url": f"https://www.statmt.org/wmt14/{docid}"}


def write_jsonl(path: Path, eval_dir: Path = EVAL) -> list[str]:
    """Write the French-original docs as one JSONL file; return their docids in line order."""
    docs = read_sgm(eval_dir / FR_FILE)
    path.write_text("".join(json.dumps(record(d, s), ensure_ascii=False) + "\n" for d, s in docs), "utf-8")
    return [d for d, _ in docs]


def article_texts(eval_dir: Path = EVAL) -> Iterator[tuple[str, str]]:
    """(docid, article text as recoupe's ingest + clean produce it) per French-original doc."""
    from recoupe.clean import clean
    from recoupe.ingest import read_path
    from recoupe.model import RawDocument

    with tempfile.TemporaryDirectory(prefix="recoupe-wmt-") as tmp:
        path = Path(tmp) / "wmt14-fr.jsonl"
        ids = write_jsonl(path, eval_dir)
        for doc in read_path(path, "jsonl"):
            if isinstance(doc, RawDocument):
                art = clean(doc)
                if hasattr(art, "text"):
                    n = int(doc.origin.rsplit("#", 1)[1])
                    yield ids[n - 1], art.text  # type: ignore[union-attr]


def seg_offsets(text: str, segs: list[tuple[int, str]]) -> list[tuple[int, int, int]]:
    """(seg id, start, end) of each seg found in the article text, in order (a seg clean dropped
    or the headline when it is not in the text is left out)."""
    out, cursor = [], 0
    for k, s in segs:
        i = text.find(s, cursor)
        if i < 0:
            i = text.find(s)
            if i < 0:
                continue
        else:
            cursor = i + len(s)
        out.append((k, i, i + len(s)))
    return out


def segs_of(spans: list[tuple[int, int, int]], start: int, end: int) -> list[int]:
    """The seg ids a text span overlaps."""
    return [k for k, s, e in spans if s < max(end, start + 1) and start < e]


def parse_scratch(text: str) -> list[dict[str, Any]]:
    """Scratch lines -> one scratch dict per doc (``doc``, ``quotes``, ``attributions``)."""
    docs: list[dict[str, Any]] = []

    def occ(s: str) -> tuple[str, int]:
        m = re.fullmatch(r"(.*)#(\d+)", s, re.S)
        return (m.group(1), int(m.group(2))) if m else (s, 1)

    def forms(s: str) -> list[str]:
        return [f.strip() for f in s.split(";") if f.strip()]

    for n, line in enumerate(text.splitlines(), start=1):
        line = line.rstrip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@doc "):
            docs.append({"doc": line[5:].strip(), "quotes": [], "attributions": []})
            continue
        parts = [p.strip() for p in line.split("|")]
        try:
            if parts[0] == "Q":
                _, q, spk, cue, typ = (parts + [""] * 5)[:5]
                t, o = occ(q)
                docs[-1]["quotes"].append({"text": t, "occurrence": o, "speaker": forms(spk), "cue": cue,
                                           "type": TYPES.get(typ, typ)})
            elif parts[0] == "A":
                _, c, src, relay, cue, mod, typ = (parts + [""] * 7)[:7]
                t, o = occ(c)
                docs[-1]["attributions"].append({"content": t, "occurrence": o, "source": forms(src),
                                                 "relay": forms(relay), "cue": cue,
                                                 "modality": mod or "reported", "type": TYPES.get(typ, typ)})
            else:
                raise ValueError(f"unknown item kind {parts[0]!r}")
        except (IndexError, ValueError) as exc:
            raise ValueError(f"scratch line {n}: {exc}") from exc
    return docs


def anchor(scratch: dict[str, Any], text: str, segs: list[tuple[int, str]]) -> dict[str, Any]:
    """One doc's string annotations -> the stored offset form (no text kept), with seg ids."""
    spans = seg_offsets(text, segs)
    out: dict[str, Any] = {"doc": scratch["doc"], "text_sha256": hashlib.sha256(text.encode()).hexdigest(),
                           "text_chars": len(text), "quotes": [], "attributions": []}
    for q in scratch.get("quotes", []):
        span = _span(text, q["text"], q.get("occurrence", 1))
        if q.get("type") and q["type"] not in TYPES.values():
            raise ValueError(f"unknown speaker type {q['type']!r}")
        out["quotes"].append({**span, "segs": segs_of(spans, span["start"], span["end"]),
                              "speaker": _forms(text, q.get("speaker", []), span["start"]),
                              "cue": q.get("cue", ""), "type": q.get("type", "")})
    for a in scratch.get("attributions", []):
        span = _span(text, a["content"], a.get("occurrence", 1))
        if a.get("modality", "reported") not in MODALITIES:
            raise ValueError(f"unknown modality {a['modality']!r}")
        if a.get("type") and a["type"] not in TYPES.values():
            raise ValueError(f"unknown source type {a['type']!r}")
        out["attributions"].append({**span, "segs": segs_of(spans, span["start"], span["end"]),
                                    "source": _forms(text, a.get("source", []), span["start"]),
                                    "relay": _forms(text, a.get("relay", []), span["start"]),
                                    "cue": a.get("cue", ""), "modality": a.get("modality", "reported"),
                                    "type": a.get("type", "")})
    return out


def load_gold(gold_dir: Path = GOLD) -> list[dict[str, Any]]:
    return [json.loads(p.read_text("utf-8")) for p in sorted(gold_dir.glob("*.json"))]


def project_english(golds: list[dict[str, Any]], eval_dir: Path = EVAL) -> dict[str, dict[int, dict[str, Any]]]:
    """Seg-level projection of the French gold onto the aligned English reference:
    ``{docid: {seg id: {"text": English sentence, "quotes": [...], "attributions": [...]}}}``.
    English seg k of doc d carries the items whose French span lies in (or starts in) seg k; the
    items keep their speaker/source type, cue and modality, not their French offsets."""
    en = dict(read_sgm(eval_dir / EN_FILE))
    out: dict[str, dict[int, dict[str, Any]]] = {}
    for gold in golds:
        segs = dict(en.get(gold["doc"], []))
        doc: dict[int, dict[str, Any]] = {}
        for kind in ("quotes", "attributions"):
            for item in gold[kind]:
                for k in item.get("segs", [])[:1]:
                    if k not in segs:
                        continue
                    slot = doc.setdefault(k, {"text": segs[k], "quotes": [], "attributions": []})
                    keep = {key: v for key, v in item.items() if key not in ("start", "end", "sha1", "speaker",
                                                                              "source", "relay")}
                    keep["n_segs"] = len(item["segs"])
                    keep["has_speaker"] = bool(item.get("speaker") or item.get("source"))
                    keep["has_relay"] = bool(item.get("relay"))
                    slot[kind].append(keep)
        out[gold["doc"]] = doc
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump", help="write each doc's article text to OUTDIR/<docid>.txt")
    d.add_argument("outdir", type=Path)
    a = sub.add_parser("anchor", help="convert scratch string annotations into offset gold")
    a.add_argument("scratch", type=Path, nargs="+")
    sub.add_parser("check", help="every stored item still anchors in today's text")
    args = ap.parse_args(argv)
    if not EVAL.exists():
        print(f"{EVAL} is absent: nothing to do")
        return 0
    texts = dict(article_texts())
    segs = dict(read_sgm(EVAL / FR_FILE))
    if args.cmd == "dump":
        args.outdir.mkdir(parents=True, exist_ok=True)
        if ROOT in args.outdir.resolve().parents:
            sys.exit("dump outside the repository: the article texts may not be committed")
        for name, text in texts.items():
            (args.outdir / f"{name}.txt").write_text(text, "utf-8")
            print(f"{name}\t{len(text)} chars")
        return 0
    if args.cmd == "anchor":
        GOLD.mkdir(exist_ok=True)
        bad = 0
        for path in args.scratch:
            for scratch in parse_scratch(path.read_text("utf-8")):
                try:
                    gold = anchor(scratch, texts[scratch["doc"]], segs[scratch["doc"]])
                except (KeyError, ValueError) as exc:
                    print(f"{path} {scratch['doc']}: {exc}", file=sys.stderr)
                    bad += 1
                    continue
                (GOLD / f"{scratch['doc']}.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n",
                                                            "utf-8")
        golds = load_gold()
        print(f"{len(golds)} docs: {sum(len(g['quotes']) for g in golds)} quotes, "
              f"{sum(len(g['attributions']) for g in golds)} attributions")
        return 1 if bad else 0
    bad = 0
    for gold in load_gold():
        if resolve(gold, texts.get(gold["doc"], "")) is None:
            print(f"{gold['doc']}: some span no longer anchors", file=sys.stderr)
            bad += 1
    print(f"{len(list(GOLD.glob('*.json')))} doc gold files, {bad} stale")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())

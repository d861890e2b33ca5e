"""English attribution scored on PolNeAR (issue 15): content span F1 and source accuracy.

    python -m benchmarks.eval_polnear [--split dev|test|both] [--errors FILE] [--json FILE]

Data: ``../shared/eval-data/polnear-attribution-en/data/{dev,test}`` (read only; nothing of it is
copied into the repository). Each article's ``.txt`` is read whole (its first line is the headline)
by recoupe's English pipeline; one annotator per article, the first alphabetically
(``<article>_<annotator>.ann``), as SOURCE.md suggests.

Each brat ``E`` line is one gold attribution: its Content span (a discontinuous span is taken from
its first start to its last end) and its Source span(s) (absent for implicit sources). Each
recoupe reporting frame (``doc._.frames``) is one prediction: content = its scope, source = its
source phrase as written (before any pronoun is resolved: PolNeAR marks "he" as the source).

* **content** P/R/F1, one-to-one pairing, three settings: ``exact`` (same characters after edge
  punctuation is trimmed), ``overlap`` (the headline: the common characters are at least half of
  the *longer* of the two spans, so a fragment of a long content does not count) and ``lenient``
  (half of the shorter one: the pairing rule of ``benchmarks.scoring.match_spans``);
* **source accuracy** over the ``overlap`` pairs whose gold names a source: the frame's source
  shares at least half of the shorter of its span and one of the gold source's pieces.

``dev`` is the development split (``--errors`` lists its misses); ``test`` is held out: only its
totals are printed, and the rules are never tuned on it. Exits 0 with a message when the data is
absent.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from benchmarks.scoring import PRF, run_splits

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval-data" / "polnear-attribution-en" / "data"
_EDGE = " \t\n,.;:\"'“”‘’()—-"


def read_ann(path: Path) -> list[dict[str, Any]]:
    """The attributions of one brat file: ``{"content": (s, e), "source": [(s, e), ...], "cue": ...}``."""
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    rels: list[dict[str, str]] = []
    for line in path.read_text("utf-8").splitlines():
        if line.startswith("T"):
            tid, info, *_ = [*line.split("\t"), ""]
            label, _, offs = info.partition(" ")
            pieces = [tuple(int(x) for x in p.split()) for p in offs.split(";") if p.strip()]
            spans[tid] = (label, [(p[0], p[1]) for p in pieces if len(p) == 2])
        elif line.startswith("E"):
            _, body = line.split("\t", 1)
            rels.append(dict(part.split(":", 1) for part in body.split()))
    out = []
    for r in rels:
        content = spans.get(r.get("Content", ""), ("", []))[1]
        if not content:
            continue
        out.append({"content": (min(s for s, _ in content), max(e for _, e in content)),
                    "source": spans.get(r.get("Source", ""), ("", []))[1],
                    "cue": spans.get(r.get("Cue", ""), ("", []))[1]})
    return out


def documents(split: str, root: Path = EVAL) -> list[tuple[str, str, list[dict[str, Any]]]]:
    """(article name, text, gold attributions) of a split, one annotator per article."""
    base = root / split
    out = []
    anns = sorted((base / "attributions").glob("*.ann"))
    for txt in sorted((base / "text").glob("*.txt")):
        mine = [a for a in anns if a.stem.rsplit("_", 1)[0] == txt.stem]
        if not mine:
            continue
        out.append((txt.stem, txt.read_text("utf-8"), read_ann(mine[0])))
    return out


def trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in _EDGE:
        s += 1
    while e > s and text[e - 1] in _EDGE:
        e -= 1
    return s, e


def _ov(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def pair(pred: list[tuple[int, int]], gold: list[tuple[int, int]], mode: str) -> list[tuple[int, int]]:
    """One-to-one pairs (pred index, gold index), best overlap first. ``mode``: exact | overlap
    (common part ≥ half of the longer span) | lenient (≥ half of the shorter)."""
    cands = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            ov = _ov(p, g)
            if not ov:
                continue
            longer = max(p[1] - p[0], g[1] - g[0], 1)
            shorter = max(min(p[1] - p[0], g[1] - g[0]), 1)
            ok = (p == g if mode == "exact" else ov / longer >= 0.5 if mode == "overlap" else ov / shorter >= 0.5)
            if ok:
                cands.append((ov / longer, i, j))
    cands.sort(reverse=True)
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for _, i, j in cands:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((i, j))
    return out


def predict(texts: list[str]) -> list[list[dict[str, Any]]]:
    """recoupe's frames of each text: content and source character spans."""
    from recoupe.lang import pack
    from recoupe.nlp.pipeline import load, parse_with_context

    nlp = load(pack("en").model)
    out: list[list[dict[str, Any]]] = [[] for _ in texts]
    for doc, k in parse_with_context(nlp, ((t, None, k) for k, t in enumerate(texts))):
        for f in doc._.frames or []:
            if f.scope_end <= f.scope_start:
                continue
            c = (doc[f.scope_start].idx, doc[f.scope_end - 1].idx + len(doc[f.scope_end - 1]))
            src = ((doc[f.source_start].idx, doc[f.source_end - 1].idx + len(doc[f.source_end - 1]))
                   if f.source_end > f.source_start else (0, 0))
            out[k].append({"content": c, "source": src, "cue": f.cue, "kind": f.kind, "source_text": f.source})
    return out  # type: ignore[return-value]


def score(docs: list[tuple[str, str, list[dict[str, Any]]]], preds: list[list[dict[str, Any]]],
          errors: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    counts = {m: [0, 0, 0] for m in ("exact", "overlap", "lenient")}
    src_n = src_ok = 0
    for (name, text, gold), pred in zip(docs, preds, strict=True):
        g_spans = [trim(text, *g["content"]) for g in gold]
        p_spans = [trim(text, *p["content"]) for p in pred]
        for mode, c in counts.items():
            pairs = pair(p_spans, g_spans, mode)
            c[0] += len(pairs)
            c[1] += len(p_spans) - len(pairs)
            c[2] += len(g_spans) - len(pairs)
            if mode != "overlap":
                continue
            matched = {j: i for i, j in pairs}
            for j, g in enumerate(gold):
                i = matched.get(j)
                if i is None:
                    if errors is not None:
                        errors.append({"doc": name, "kind": "missed", "cue": " ".join(text[a:b] for a, b in g["cue"]),
                                       "content": text[slice(*g_spans[j])][:160]})
                    continue
                if not g["source"]:
                    continue
                p = pred[i]["source"]
                ok = any(_ov(p, s) / max(min(p[1] - p[0], s[1] - s[0]), 1) >= 0.5 for s in g["source"])
                src_n += 1
                src_ok += ok
                if not ok and errors is not None:
                    errors.append({"doc": name, "kind": "source", "content": text[slice(*g_spans[j])][:100],
                                   "gold": " / ".join(text[s:e] for s, e in g["source"]),
                                   "pred": pred[i]["source_text"]})
            if errors is not None:
                used = {i for i, _ in pairs}
                errors.extend({"doc": name, "kind": "spurious", "cue": p["cue"], "frame": p["kind"],
                               "content": text[slice(*p_spans[i])][:160]}
                              for i, p in enumerate(pred) if i not in used)
    return {"docs": len(docs), "gold": sum(len(g) for _, _, g in docs), "pred": sum(len(p) for p in preds),
            **{f"content.{m}": PRF(*c).row() for m, c in counts.items()},
            "source_accuracy": round(src_ok / max(src_n, 1), 4), "source_n": src_n}


def evaluate(split: str, root: Path = EVAL, errors: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    docs = documents(split, root)
    return score(docs, predict([t for _, t, _ in docs]), errors)


def main(argv: list[str] | None = None) -> int:
    return run_splits(argv, __doc__.splitlines()[0], EVAL,
                      "write dev's misses, wrong sources and spurious frames (JSON lines)",
                      evaluate)


if __name__ == "__main__":
    sys.exit(main())

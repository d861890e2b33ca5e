"""French with English on WMT14 newstest fr-en (issue 15, item 4): entities, claim groups and
contradictions across languages.

    python -m benchmarks.eval_crosslang [--origlang fr|en|all] [--json OUT]

Every doc of ``../shared/eval-data/wmt14-newstest-fr-en`` is written twice, its French and its
English version, as two JSON Lines files (``benchmarks.gold.wmt.record``: headline as title, one
paragraph per sentence; the URL carries the language so the two versions are two articles), and
built with recoupe into one temporary store. The two versions are translations, sentence by
sentence: seg k of the French doc says what seg k of the English doc says. Scored from the dossier:

* **stories**: the share of docs whose two versions land in one story (the story engineer's
  measure, reported because claim groups live inside a story);
* **claim groups**: an aligned seg pair (doc d, seg k) *shares a group* when a claim of the French
  seg and a claim of the English seg are in one claim group. Reported over the seg pairs with a
  claim on both sides (``aligned_shared``, the target ≥ 0.80) and over those with a claim on either
  side (``aligned_shared_either``: a side with no claim is a miss); ``misaligned_shared`` is the
  same share for French seg k and English seg k' ≠ k of the same doc (should stay low);
* **contradictions**: contradictions recoupe reports between a claim of French seg k and a claim
  of English seg k (a sentence against its translation: all false), over the aligned seg pairs
  with claims on both sides (target ≤ 1 %); and every contradiction between a doc's two versions;
* **briefings**: of the stories that hold both versions of a doc, the share whose briefing cites
  articles of both languages (``briefing_cites_both``);
* **entities**: ``crosslang_entities`` = entities with mentions in both languages;
  ``crosslang_supported`` = those with a French mention in seg k and an English mention in seg k
  of one doc (the translation of one another: a precision proxy); ``seg_entity_shared`` = aligned
  seg pairs with mentions on both sides that share an entity; ``doc_entity_recall`` = English
  entities of a doc also mentioned in its French version, over the English entities.

Exits 0 with a message when the eval-data folder is absent. No text of the set is written into the
repository (the JSON Lines files live in a temporary folder).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from benchmarks.gold.wmt import EN_FILE, EVAL, FR_FILE, read_sgm, record, seg_offsets

LANGS = ("fr", "en")


def write_pair(folder: Path, eval_dir: Path = EVAL, origlang: str | None = None) -> dict[str, list[str]]:
    """Write ``wmt14-fr.jsonl`` and ``wmt14-en.jsonl`` (docs of ``origlang``, or all); return the
    docids in line order per language."""
    ids: dict[str, list[str]] = {}
    for lang, name in (("fr", FR_FILE), ("en", EN_FILE)):
        docs = read_sgm(eval_dir / name, origlang)
        lines = []
        for docid, segs in docs:
            rec = record(docid, segs)
            rec["url"] = f"{rec['url']}?lang={lang}"
            lines.append(json.dumps(rec, ensure_ascii=False) + "\n")
        (folder / f"wmt14-{lang}.jsonl").write_text("".join(lines), "utf-8")
        ids[lang] = [d for d, _ in docs]
    return ids


def build_pair(eval_dir: Path = EVAL,
               origlang: str | None = None) -> tuple[dict[str, Any], dict[str, list[str]], float]:
    """Build both versions of the docs into one temporary store; the dossier, docids, seconds."""
    from recoupe.pipeline import build
    from recoupe.report.dossier import build_dossier
    from recoupe.storage import Store

    tmp = Path(tempfile.mkdtemp(prefix="recoupe-crosslang-eval-"))
    try:
        ids = write_pair(tmp, eval_dir, origlang)
        t0 = time.perf_counter()
        with Store.open(tmp / "x.db") as s:
            build(s, [str(tmp / "wmt14-fr.jsonl"), str(tmp / "wmt14-en.jsonl")])
            took = time.perf_counter() - t0
            return build_dossier(s), ids, took
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _ratio(ok: int, n: int) -> float:
    return round(ok / max(n, 1), 4)


def score(dossier: dict[str, Any], ids: dict[str, list[str]], segs: dict[str, dict[str, list[tuple[int, str]]]],
          examples: list[dict[str, Any]] | None = None, only: set[str] | None = None) -> dict[str, Any]:
    """The measures of the module docstring, from a dossier of both versions (of the docs in
    ``only`` when given)."""
    # article id -> (lang, docid), and the seg spans of each article's text
    where: dict[str, tuple[str, str]] = {}
    spans: dict[str, list[tuple[int, int, int]]] = {}
    story: dict[tuple[str, str], str] = {}
    for a in dossier["articles"]:
        origin = a["origin"]
        if "#" not in origin:
            continue
        path, line = origin.rsplit("#", 1)
        lang = "en" if path.endswith("wmt14-en.jsonl") else "fr"
        docid = ids[lang][int(line) - 1]
        if only is not None and docid not in only:
            continue
        where[a["id"]] = (lang, docid)
        spans[a["id"]] = seg_offsets(a["text"], segs[lang][docid])
        story[(lang, docid)] = a["story"]

    def seg_of(aid: str, start: int, end: int) -> int | None:
        for k, s, e in spans.get(aid, []):
            if s <= start < e or (start <= s < end):
                return k
        return None

    # claims per (lang, docid, seg)
    claims_at: dict[tuple[str, str, int], list[dict[str, Any]]] = defaultdict(list)
    claim_at: dict[str, tuple[str, str, int]] = {}
    n_claims = {lang: 0 for lang in LANGS}
    for c in dossier["claims"]:
        if c["article"] not in where:
            continue
        lang, docid = where[c["article"]]
        n_claims[lang] += 1
        k = seg_of(c["article"], c["start"], c["end"])
        if k is None:
            continue
        claims_at[(lang, docid, k)].append(c)
        claim_at[c["id"]] = (lang, docid, k)
    docs = sorted(d for d in set(ids["fr"]) & set(ids["en"]) if only is None or d in only)
    same_story = sum(1 for d in docs if story.get(("fr", d)) and story.get(("fr", d)) == story.get(("en", d)))
    both = either = shared = shared_either = 0
    mis_n = mis_shared = 0
    for d in docs:
        keys = sorted({k for (lang, docid, k) in claims_at if docid == d})
        for k in keys:
            fr, en = claims_at.get(("fr", d, k), []), claims_at.get(("en", d, k), [])
            either += 1
            gf = {c["group"] for c in fr if c["group"]}
            ge = {c["group"] for c in en if c["group"]}
            hit = bool(gf & ge)
            shared_either += hit
            if fr and en:
                both += 1
                shared += hit
            elif examples is not None and len(examples) < 400:
                examples.append({"doc": d, "seg": k, "kind": "one side has no claim",
                                 "fr": [c["text"] for c in fr], "en": [c["text"] for c in en]})
            if fr and en and not hit and examples is not None and len(examples) < 400:
                examples.append({"doc": d, "seg": k, "kind": "no shared group",
                                 "fr": [(c["text"], c["predicate"], c["group"]) for c in fr],
                                 "en": [(c["text"], c["predicate"], c["group"]) for c in en]})
            for k2 in keys:
                if k2 == k or not fr:
                    continue
                en2 = claims_at.get(("en", d, k2), [])
                if not en2:
                    continue
                mis_n += 1
                mis_shared += bool(gf & {c["group"] for c in en2 if c["group"]})
    # contradictions
    aligned_contra = doc_contra = 0
    contra_examples = []
    for x in dossier["contradictions"]:
        a, b = (claim_at.get(cid) for cid in x["claims"])
        if a is None or b is None or a[0] == b[0] or a[1] != b[1]:
            continue
        doc_contra += 1
        if a[2] == b[2]:
            aligned_contra += 1
            contra_examples.append({"kind": x["kind"], "doc": a[1], "seg": a[2], "why": x["explanation"]})
    # entities
    ent_langs: dict[str, set[str]] = defaultdict(set)
    ent_segs: dict[str, set[tuple[str, str, int | None]]] = defaultdict(set)
    seg_ents: dict[tuple[str, str, int], set[str]] = defaultdict(set)
    doc_ents: dict[tuple[str, str], set[str]] = defaultdict(set)
    for e in dossier["entities"]:
        for m in e["mentions"]:
            if m["article"] not in where:
                continue
            lang, docid = where[m["article"]]
            ent_langs[e["id"]].add(lang)
            k = seg_of(m["article"], m["start"], m["end"])
            ent_segs[e["id"]].add((lang, docid, k))
            doc_ents[(lang, docid)].add(e["id"])
            if k is not None:
                seg_ents[(lang, docid, k)].add(e["id"])
    cross = [eid for eid, langs in ent_langs.items() if len(langs) == 2]
    supported = sum(1 for eid in cross if any(
        ("en", d, k) in ent_segs[eid] for (lang, d, k) in ent_segs[eid] if lang == "fr" and k is not None))
    seg_both = seg_shared = 0
    for (lang, d, k), es in seg_ents.items():
        if lang != "fr" or ("en", d, k) not in seg_ents:
            continue
        seg_both += 1
        seg_shared += bool(es & seg_ents[("en", d, k)])
    # briefings: the stories holding both versions of a doc, and whether their briefing cites both
    lang_of = {aid: lang for aid, (lang, _) in where.items()}
    bilingual = {story[("fr", d)] for d in docs
                 if story.get(("fr", d)) and story.get(("fr", d)) == story.get(("en", d))}
    cites_both = 0
    for st in dossier["stories"]:
        if st["id"] in bilingual:
            langs = {lang_of.get(c["article_id"]) for b in st["briefing"] for c in b["citations"]}
            cites_both += {"fr", "en"} <= langs
    en_total = sum(len(doc_ents[("en", d)]) for d in docs)
    en_found = sum(len(doc_ents[("en", d)] & doc_ents[("fr", d)]) for d in docs)
    return {
        "docs": len(docs), "same_story": _ratio(same_story, len(docs)),
        "claims": n_claims,
        "aligned_pairs_both": both, "aligned_shared": _ratio(shared, both),
        "aligned_pairs_either": either, "aligned_shared_either": _ratio(shared_either, either),
        "misaligned_pairs": mis_n, "misaligned_shared": _ratio(mis_shared, mis_n),
        "contradictions_aligned": aligned_contra, "contradictions_aligned_rate": _ratio(aligned_contra, both),
        "contradictions_between_versions": doc_contra,
        "contradiction_examples": contra_examples[:10],
        "crosslang_entities": len(cross), "crosslang_supported": _ratio(supported, len(cross)),
        "seg_pairs_with_entities": seg_both, "seg_entity_shared": _ratio(seg_shared, seg_both),
        "doc_entity_recall": _ratio(en_found, en_total), "entities": len(ent_langs),
        "bilingual_stories": len(bilingual), "briefing_cites_both": _ratio(cites_both, len(bilingual)),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--origlang", choices=["fr", "en", "all"], default="all",
                    help="docs first written in this language (default: all 176)")
    ap.add_argument("--json", type=Path, help="write the figures as JSON")
    ap.add_argument("--examples", type=Path, help="write the missed seg pairs (outside the repository)")
    ap.add_argument("--dossier", type=Path, help="write the built dossier (outside the repository)")
    args = ap.parse_args(argv)
    if not (EVAL / FR_FILE).is_file():
        print(f"eval data not found at {EVAL}; nothing to score")
        return 0
    orig = None if args.origlang == "all" else args.origlang
    dossier, ids, took = build_pair(EVAL, orig)
    if args.dossier:
        args.dossier.write_text(json.dumps({"dossier": dossier, "ids": ids}, ensure_ascii=False), "utf-8")
    segs = {lang: dict(read_sgm(EVAL / name, orig)) for lang, name in (("fr", FR_FILE), ("en", EN_FILE))}
    examples: list[dict[str, Any]] | None = [] if args.examples else None
    out: dict[str, Any] = {"build_seconds": round(took, 1)}
    for label, keep in (("all", None), ("origlang=fr", "fr"), ("origlang=en", "en")):
        if orig and keep and keep != orig:
            continue
        out[label] = score(dossier, ids, segs, examples if label == "all" else None,
                           _origlang(keep) if keep else None)
    if args.examples and examples is not None:
        args.examples.write_text(json.dumps(examples, ensure_ascii=False, indent=1), "utf-8")
    for label, r in out.items():
        if not isinstance(r, dict):
            continue
        print(f"== {label}: {r['docs']} docs, claims fr {r['claims']['fr']} / en {r['claims']['en']}, "
              f"same story {r['same_story']:.3f}")
        print(f"   aligned seg pairs sharing a claim group: {r['aligned_shared']:.3f} of {r['aligned_pairs_both']}"
              f" with claims on both sides; {r['aligned_shared_either']:.3f} of {r['aligned_pairs_either']}"
              f" with a claim on either; misaligned {r['misaligned_shared']:.3f} of {r['misaligned_pairs']}")
        print(f"   contradictions sentence/translation: {r['contradictions_aligned']}"
              f" ({r['contradictions_aligned_rate']:.3%}); between the two versions: "
              f"{r['contradictions_between_versions']}")
        print(f"   entities in both languages: {r['crosslang_entities']} (supported by an aligned seg "
              f"{r['crosslang_supported']:.3f}); aligned seg pairs sharing an entity {r['seg_entity_shared']:.3f}"
              f" of {r['seg_pairs_with_entities']}; English entities found in the French version "
              f"{r['doc_entity_recall']:.3f}")
        print(f"   briefings citing both languages: {r['briefing_cites_both']:.3f} of {r['bilingual_stories']}"
              " stories holding both versions of a doc")
    print(f"build: {out['build_seconds']} s")
    if args.json:
        args.json.write_text(json.dumps(out, ensure_ascii=False, indent=1), "utf-8")
    return 0


def _origlang(lang: str) -> set[str]:
    import re

    text = (EVAL / FR_FILE).read_text("utf-8")
    return {m.group(1) for m in re.finditer(r'<doc docid="([^"]+)"[^>]*origlang="' + lang + '"', text)}


if __name__ == "__main__":
    sys.exit(main())

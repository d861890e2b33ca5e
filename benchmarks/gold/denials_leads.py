"""English denial gold in the headline + lead format, on PolNeAR's test split (issue 13).

    python -m benchmarks.gold.denials_leads dump --out DIR             # the units as recoupe reads them
    python -m benchmarks.gold.denials_leads anchor SCRATCH.txt... [--gold OUT]
    python -m benchmarks.gold.denials_leads check [--gold FILE]

**Why PolNeAR's test split.** ``benchmarks.eval_polnear`` develops English attribution on the *dev*
split and holds *test* out (never tuned on); no other gold reads PolNeAR, and no rule of recoupe's
modality has been tuned on it. ``../shared/eval-data/polnear-attribution-en/data/test`` holds 84
articles (US election coverage, 2016, seven outlets); each ``.txt`` has the headline on its first
line, then paragraphs.

**Units** (one JSON record each, the shape of the pairs golds: ``{"text", "url", "published",
"outlet"}``; the url is made up from the outlet's domain and the article's file name, so no two units
share one). Sentences are cut by :func:`sentences` (a stop, ! or ?, maybe a closing quote, then
space and a capital, digit or opening quote; not after a title or month abbreviation or an
initial). Chosen by rule, never by reading recoupe's output:

* ``lead`` — every article: its headline + its first :data:`LEAD_SENTENCES` body sentences, joined as
  :func:`benchmarks.gold.pairs.join_title` does (the cross-checking format);
* ``cue`` — every later body sentence with a word of rejection or disagreement (:data:`CUES`, to
  enrich: leads of political news rarely hold a denial), alone;
* ``neg`` — the later body sentences with a negation (:data:`NEGATION`) and no cue, kept when
  ``sha1(SALT + name:index)`` is 0 mod :data:`NEG_EVERY`, alone (hard negatives).

No text is stored: offsets into the text recoupe's reader and cleaner make of each record and a 12-hex
SHA-1 of each span. Scratch format (outside the repository): ``UNIT|D|exact span|denier``,
``UNIT|R|exact span|denier``, ``UNIT|N|exact span|category``, UNIT as ``dump`` names it.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Any

from benchmarks.gold.denials import DenSpan, anchor_or_check, anchor_spans, stored_spans
from benchmarks.gold.pairs import ROOT, article_text, join_title, norm_link

DATA = ROOT.parent / "shared" / "eval-data" / "polnear-attribution-en"
GOLD = Path(__file__).resolve().parent / "denials" / "polnear-leads.json"
SPLIT = "test"
LEAD_SENTENCES = 3
NEG_EVERY = 4
SALT = "recoupe-denials-leads-2026-12-06:"
OUTLETS = {"breitbart": "breitbart.com", "huff-post": "huffpost.com", "nyt": "nytimes.com",
           "politico": "politico.com", "usa-today": "usatoday.com", "wash-post": "washingtonpost.com",
           "west-journal": "westernjournal.com"}
CUES = re.compile(r"\b(den(y|ies|ied|ying|ial|ials)|reject\w*|dismiss\w*|refut\w*|rebut\w*|false(ly|hoods?)?|"
                  r"lie|lies|lied|lying|push(es|ed)? back|disput\w*|contest\w*|counter(ed|s)?|not true|untrue|"
                  r"never said|baseless|bogus|debunk\w*|slam\w*)\b", re.I)
NEGATION = re.compile(r"\b(not|n't|no|never|nothing|none|neither|nor|refus\w*|declin\w*|without)\b", re.I)
_END = re.compile(r"[.!?][”\"’]?\s+(?=[“\"‘]?[A-Z0-9])")


_ABBREV = {"mr", "mrs", "ms", "dr", "gov", "sen", "rep", "gen", "lt", "col", "sgt", "st", "jr", "sr", "u.s",
           "no", "nov", "oct", "sept", "jan", "feb", "aug", "dec", "vs", "inc", "corp", "co", "rev", "prof"}


def sentences(body: str) -> list[str]:
    out, i = [], 0
    for m in _END.finditer(body):
        word = body[:m.start()].rsplit(None, 1)[-1].lower() if body[:m.start()].strip() else ""
        if word in _ABBREV or (len(word) == 1 and word.isalpha()):
            continue
        out.append(body[i:m.end()].strip())
        i = m.end()
    if body[i:].strip():
        out.append(body[i:].strip())
    return out


def _salted(key: str) -> int:
    return int(hashlib.sha1(f"{SALT}{key}".encode()).hexdigest(), 16)


def _meta(data: Path) -> dict[str, dict[str, str]]:
    with (data / "data" / "metadata.tsv").open(encoding="utf-8", newline="") as f:
        return {row["filename"]: row for row in csv.DictReader(f, delimiter="\t")}


def units(data: Path = DATA) -> dict[str, dict[str, Any]]:
    """unit name (``STEM/lead``, ``STEM/sN``) -> {kind, record} for the rule of the module docstring."""
    meta = _meta(data)
    out: dict[str, dict[str, Any]] = {}
    for path in sorted((data / "data" / SPLIT / "text").glob("*.txt")):
        stem = path.stem
        lines = [" ".join(ln.split()) for ln in path.read_text("utf-8").splitlines() if ln.strip()]
        sents = sentences(" ".join(lines[1:]))
        row = meta.get(stem, {})
        domain = OUTLETS.get(row.get("publisher", ""), "polnear.invalid")
        day = row.get("publication_date", "") or stem.split("_")[1]

        def rec(name: str, text: str, domain: str = domain, day: str = day, stem: str = stem) -> dict[str, str]:
            return {"text": text, "url": f"https://{domain}/polnear-{SPLIT}/{stem}/{name}", "published": day,
                    "outlet": domain}

        lead = join_title(lines[0], " ".join(sents[:LEAD_SENTENCES]))
        out[f"{stem}/lead"] = {"kind": "lead", "record": rec("lead", lead)}
        for i, s in enumerate(sents[LEAD_SENTENCES:], LEAD_SENTENCES):
            if CUES.search(s):
                out[f"{stem}/s{i}"] = {"kind": "cue", "record": rec(f"s{i}", s)}
            elif NEGATION.search(s) and _salted(f"{stem}:{i}") % NEG_EVERY == 0:
                out[f"{stem}/s{i}"] = {"kind": "neg", "record": rec(f"s{i}", s)}
    return out


def readable(data: Path = DATA) -> tuple[dict[str, dict[str, Any]], dict[str, str]]:
    """The units recoupe's reader accepts (it drops a few very short sentences) and their texts."""
    sel, texts = {}, {}
    for k, v in units(data).items():
        try:
            texts[k] = article_text(v["record"])
        except ValueError:
            continue
        sel[k] = v
    return sel, texts


def anchor(lines: list[str], data: Path = DATA) -> dict[str, Any]:
    sel, texts = readable(data)
    spans = anchor_spans(lines, texts, {k: v["record"]["url"] for k, v in sel.items()},
                         lambda rest: (rest.strip(), ""))
    items = [{"key": k, "kind": v["kind"], "link": v["record"]["url"], "published": v["record"]["published"],
              "outlet": v["record"]["outlet"], "chars": len(texts[k])} for k, v in sorted(sel.items())]
    return {"doc": "benchmarks/gold/denials_leads.py; conventions benchmarks/gold/README.md §16",
            "data": "polnear-attribution-en", "split": SPLIT,
            "text": "headline + lead (3 sentences), or one body sentence, as recoupe's cleaner reads it",
            "items": items, "spans": spans}


def load(path: Path = GOLD, data: Path = DATA) -> tuple[list[DenSpan], dict[str, dict[str, str]], dict[str, str]]:
    """(spans, norm link -> record, norm link -> text recoupe reads); raises when a span no longer
    anchors."""
    stored = json.loads(path.read_text("utf-8"))
    by_link = {norm_link(v["record"]["url"]): v["record"] for v in units(data).values()}
    records, texts = {}, {}
    for it in stored["items"]:
        link = norm_link(it["link"])
        records[link] = by_link[link]
        texts[link] = article_text(records[link])
    return stored_spans(stored, texts), records, texts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("cmd", choices=("dump", "anchor", "check"))
    ap.add_argument("files", nargs="*")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--data", type=Path, default=DATA)
    a = ap.parse_args(argv)
    if not a.data.exists():
        print(f"no eval data at {a.data}")
        return 0
    if a.cmd == "dump":
        assert a.out, "--out DIR"
        a.out.mkdir(parents=True, exist_ok=True)
        sel, texts = readable(a.data)
        with (a.out / "units.txt").open("w", encoding="utf-8") as f:
            for key, v in sel.items():
                f.write(f"{key}\t{v['kind']}\n{texts[key]}\n\n")
    else:
        anchor_or_check(a, anchor, load, "units")
    return 0


if __name__ == "__main__":
    sys.exit(main())

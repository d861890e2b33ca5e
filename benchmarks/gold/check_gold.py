"""Consistency checker for the hand-annotated gold standard in benchmarks/gold/sample/.

Stdlib only.  Run from the repository root (or anywhere):

    python benchmarks/gold/check_gold.py [--corpus DIR]

It verifies that every span / text / mention is an exact substring of its article, that
enumerated values (modality, entity type, timex type, event precision, contradiction kind)
are valid, that every id-looking reference (subject, place, attributed_to, relay, speaker,
metonym_for) exists among the entities of some file, that quotes really sit between
quotation marks, that cross-document groups point at claim spans, and prints counts.
Exit status 1 when an ERROR was found; WARN lines are informational.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from datetime import date
from itertools import pairwise
from pathlib import Path

HERE = Path(__file__).resolve().parent
SAMPLE = HERE / "sample"
REPO = HERE.parent.parent
DEFAULT_CORPUS = REPO / "examples"

MODALITIES = {"asserted", "reported", "conditional", "speculative", "denied"}
ENTITY_TYPES = {"PER", "LOC", "ORG", "MISC", "WEAPON", "EVENT"}
TIMEX_TYPES = {"DATE", "TIME", "DURATION", "SET"}
# day|month|year are the brief's values; week and season are documented extensions
PRECISIONS = {"day", "week", "month", "season", "year"}
KINDS = {"place", "date", "number", "direction", "planned_vs_happened", "self"}
ARTICLE_KEYS = ["article", "published", "published_evidence", "title", "removed_lines", "byline",
                "entities", "claims", "quotes", "timexes", "events"]
CLAIM_KEYS = ["span", "subject", "predicate", "object", "place", "time", "modality",
              "attributed_to", "relay", "cue"]

ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
TIMEX_VALUE = re.compile(
    r"^(PAST_REF|PRESENT_REF|FUTURE_REF"
    r"|\d{4}(-\d{2}(-\d{2})?)?"                 # 2023, 2023-09, 2023-09-04
    r"|\d{4}-W\d{2}"                            # 2023-W35
    r"|\d{4}-(SP|SU|FA|WI)"                     # 2023-SU
    r"|\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2}"     # explicit interval
    r"|P(\d+|X)[YMWD]|PT(\d+|X)[HMS])$"         # durations
)
QUOTE_OPEN = "«“\"‘’"
QUOTE_CLOSE = "»”\"’"
SPACES = " \u00a0\u202f\u2009"


class Report:
    def __init__(self) -> None:
        self.errors = 0
        self.warnings = 0

    def error(self, where: str, msg: str) -> None:
        self.errors += 1
        print(f"ERROR [{where}] {msg}")

    def warn(self, where: str, msg: str) -> None:
        self.warnings += 1
        print(f"WARN  [{where}] {msg}")


def occurrences(text: str, sub: str) -> list[int]:
    out, i = [], text.find(sub)
    while i != -1:
        out.append(i)
        i = text.find(sub, i + 1)
    return out


def locate(rep: Report, where: str, text: str, sub: str, occ: int | None, *, what: str,
           warn_ambiguous: bool = True) -> tuple[int, int] | None:
    """Offsets of `sub` in `text` (the occ-th occurrence, 1-based), with checks."""
    if not isinstance(sub, str) or not sub:
        rep.error(where, f"empty or non-string {what}: {sub!r}")
        return None
    hits = occurrences(text, sub)
    if not hits:
        rep.error(where, f"{what} not found in article: {sub!r}")
        return None
    if occ is None:
        if len(hits) > 1 and warn_ambiguous:
            rep.warn(where, f"{what} occurs {len(hits)}x and has no 'occurrence': {sub!r}")
        occ = 1
    if not 1 <= occ <= len(hits):
        rep.error(where, f"{what} occurrence {occ} but only {len(hits)} found: {sub!r}")
        return None
    s = hits[occ - 1]
    return s, s + len(sub)


def id_parts(value: str) -> list[str]:
    """The id-looking parts of a reference ('a+b' joins several ids)."""
    if not value:
        return []
    parts = value.split("+")
    if all(ID_RE.match(p) for p in parts):
        return parts
    return []


def valid_day(s: str) -> bool:
    if not ISO_DAY.match(s or ""):
        return False
    try:
        date.fromisoformat(s)
        return True
    except ValueError:
        return False


def check_article(rep: Report, path: Path, corpus: Path, refs: list, stats: dict,
                  global_entities: dict) -> dict | None:
    where = path.name
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        rep.error(where, f"invalid JSON: {e}")
        return None
    for k in ARTICLE_KEYS:
        if k not in data:
            rep.error(where, f"missing key {k!r}")
    art = data.get("article", "")
    src = corpus / art
    if not src.exists():
        rep.error(where, f"article file not found: {src}")
        return None
    if Path(art).stem != path.stem:
        rep.error(where, f"file name {path.name} does not match article {art}")
    text = src.read_text(encoding="utf-8")
    lines = [ln.strip() for ln in text.splitlines()]
    line_count = Counter(ln for ln in lines if ln)

    # --- metadata -------------------------------------------------------------------
    pub = data.get("published")
    if pub is not None and not valid_day(pub):
        rep.error(where, f"published must be YYYY-MM-DD or null: {pub!r}")
    if not data.get("published_evidence"):
        rep.warn(where, "published_evidence is empty")
    for key in ("title", "byline"):
        v = data.get(key, "")
        if v and v not in line_count:
            rep.error(where, f"{key} is not an exact (stripped) line of the file: {v!r}")
    removed = data.get("removed_lines", [])
    rc = Counter(removed)
    for ln, n in rc.items():
        if ln not in line_count:
            rep.error(where, f"removed line not an exact line of the file: {ln!r}")
        elif n > line_count[ln]:
            rep.error(where, f"removed line listed {n}x but occurs {line_count[ln]}x: {ln!r}")
        if ln in (data.get("title"), data.get("byline")):
            rep.error(where, f"title/byline must not be in removed_lines: {ln!r}")
    # a removed line must not contain any annotated span
    removed_set = set(removed)

    def in_removed(start: int) -> bool:
        ls = text.rfind("\n", 0, start) + 1
        le = text.find("\n", start)
        return text[ls: le if le != -1 else len(text)].strip() in removed_set

    # --- entities -------------------------------------------------------------------
    ids = set()
    n_mentions = n_desc = 0
    for ent in data.get("entities", []):
        eid = ent.get("id", "")
        w = f"{where}:entity:{eid}"
        if not ID_RE.match(eid):
            rep.error(w, "entity id must match [a-z][a-z0-9_]*")
        if eid in ids:
            rep.error(w, "duplicate entity id in file")
        ids.add(eid)
        if ent.get("type") not in ENTITY_TYPES:
            rep.error(w, f"bad entity type {ent.get('type')!r}")
        for k in ("name", "type", "mentions", "roles"):
            if k not in ent:
                rep.error(w, f"missing key {k!r}")
        if not ent.get("mentions") and not ent.get("descriptions"):
            rep.error(w, "entity has neither mentions nor descriptions")
        for lst, label in ((ent.get("mentions", []), "mention"), (ent.get("descriptions", []), "description")):
            if len(set(lst)) != len(lst):
                rep.error(w, f"duplicate {label}s")
            for m in lst:
                if m not in text:
                    rep.error(w, f"{label} not found in article: {m!r}")
                elif all(in_removed(o) for o in occurrences(text, m)):
                    rep.error(w, f"{label} only occurs in removed lines: {m!r}")
        n_mentions += len(ent.get("mentions", []))
        n_desc += len(ent.get("descriptions", []))
        if ent.get("metonym_for"):
            refs.append((w, "metonym_for", ent["metonym_for"]))
        g = global_entities.setdefault(eid, {"types": set(), "names": set(), "files": []})
        g["types"].add(ent.get("type"))
        g["names"].add(ent.get("name"))
        g["files"].append(art)

    # --- claims ---------------------------------------------------------------------
    claim_spans: dict[str, tuple[int, int]] = {}
    offsets = []
    for i, c in enumerate(data.get("claims", [])):
        w = f"{where}:claim[{i}]"
        for k in CLAIM_KEYS:
            if k not in c:
                rep.error(w, f"missing key {k!r}")
        off = locate(rep, w, text, c.get("span", ""), c.get("occurrence"), what="span")
        if off:
            if in_removed(off[0]):
                rep.error(w, "claim span lies in a removed line")
            if c["span"] in claim_spans:
                rep.error(w, f"duplicate claim span {c['span']!r}")
            claim_spans[c["span"]] = off
            offsets.append((off, i))
        if c.get("modality") not in MODALITIES:
            rep.error(w, f"bad modality {c.get('modality')!r}")
        if c.get("time") and not TIMEX_VALUE.match(c["time"]):
            rep.error(w, f"bad time value {c['time']!r}")
        if c.get("modality") != "asserted" and not c.get("cue"):
            rep.warn(w, f"{c.get('modality')} claim without cue")
        if c.get("modality") == "reported" and not c.get("attributed_to"):
            rep.warn(w, "reported claim with empty attributed_to (impersonal hearsay?)")
        if c.get("relay") and not c.get("attributed_to"):
            rep.error(w, "relay without attributed_to")
        for k in ("subject", "place", "attributed_to", "relay"):
            refs.append((w, k, c.get(k, "")))
        if not c.get("predicate"):
            rep.error(w, "empty predicate")
    offsets.sort()
    for (a, ia), (b, ib) in pairwise(offsets):
        if b[0] < a[1]:
            rep.warn(where, f"claim spans overlap: claim[{ia}] and claim[{ib}]")

    # --- quotes ---------------------------------------------------------------------
    for i, q in enumerate(data.get("quotes", [])):
        w = f"{where}:quote[{i}]"
        off = locate(rep, w, text, q.get("text", ""), q.get("occurrence"), what="quote text")
        if off:
            s, e = off
            before = text[:s].rstrip(SPACES)[-1:]
            after = text[e:].lstrip(SPACES)[:1]
            if before not in QUOTE_OPEN or after not in QUOTE_CLOSE:
                rep.error(w, f"quote text is not delimited by quotation marks: {before!r}…{after!r}")
            if in_removed(s):
                rep.error(w, "quote lies in a removed line")
        if not q.get("speaker"):
            rep.error(w, "quote without speaker")
        refs.append((w, "speaker", q.get("speaker", "")))

    # --- timexes --------------------------------------------------------------------
    timex_texts = set()
    seen_timex: set = set()
    for i, t in enumerate(data.get("timexes", [])):
        w = f"{where}:timex[{i}]"
        off = locate(rep, w, text, t.get("text", ""), t.get("occurrence"), what="timex text",
                     warn_ambiguous=True)
        if off:
            if off in seen_timex:
                rep.error(w, f"same timex occurrence annotated twice: {t.get('text')!r}")
            seen_timex.add(off)
            if in_removed(off[0]):
                rep.error(w, "timex lies in a removed line")
            for other in seen_timex:
                if other != off and other[0] < off[1] and off[0] < other[1]:
                    rep.error(w, f"timex overlaps another annotated timex: {t.get('text')!r}")
        timex_texts.add(t.get("text", ""))
        if t.get("type") not in TIMEX_TYPES:
            rep.error(w, f"bad timex type {t.get('type')!r}")
        if not TIMEX_VALUE.match(t.get("value", "")):
            rep.error(w, f"bad timex value {t.get('value')!r}")
        if t.get("type") == "DURATION" and not t.get("value", "").startswith("P"):
            rep.error(w, "DURATION value must start with P")

    # --- events ---------------------------------------------------------------------
    for i, ev in enumerate(data.get("events", [])):
        w = f"{where}:event[{i}]"
        locate(rep, w, text, ev.get("span", ""), ev.get("occurrence"), what="event span")
        tx = ev.get("timex", "")
        if tx not in ev.get("span", ""):
            rep.error(w, f"event timex {tx!r} not inside its span")
        if not any(tx in t or t in tx for t in timex_texts):
            rep.warn(w, f"event timex {tx!r} not among annotated timexes")
        if not (valid_day(ev.get("start", "")) and valid_day(ev.get("end", ""))):
            rep.error(w, f"bad start/end {ev.get('start')!r} {ev.get('end')!r}")
        elif ev["start"] > ev["end"]:
            rep.error(w, "start after end")
        if ev.get("precision") not in PRECISIONS:
            rep.error(w, f"bad precision {ev.get('precision')!r}")

    mods = Counter(c.get("modality") for c in data.get("claims", []))
    stats[art] = {
        "entities": len(data.get("entities", [])),
        "mentions": n_mentions,
        "descriptions": n_desc,
        "claims": len(data.get("claims", [])),
        **{m: mods.get(m, 0) for m in sorted(MODALITIES)},
        "quotes": len(data.get("quotes", [])),
        "timexes": len(data.get("timexes", [])),
        "events": len(data.get("events", [])),
        "removed_lines": len(removed),
    }
    return {"article": art, "claim_spans": claim_spans, "text": text}


def check_cross(rep: Report, path: Path, articles: dict) -> dict:
    where = path.name
    data = json.loads(path.read_text(encoding="utf-8"))
    for k in ("claim_groups", "contradictions", "stories", "independent_sources_note"):
        if k not in data:
            rep.error(where, f"missing key {k!r}")

    def member_ok(w: str, m: dict) -> None:
        art = m.get("article")
        if art not in articles:
            rep.error(w, f"unknown article {art!r}")
        elif m.get("span") not in articles[art]["claim_spans"]:
            rep.error(w, f"span is not a claim span of {art}: {m.get('span')!r}")

    gids = set()
    for g in data.get("claim_groups", []):
        w = f"{where}:{g.get('id')}"
        if g.get("id") in gids:
            rep.error(w, "duplicate group id")
        gids.add(g.get("id"))
        if not g.get("summary"):
            rep.error(w, "empty summary")
        members = g.get("members", [])
        for m in members:
            member_ok(w, m)
        if len({m.get("article") for m in members}) < 2:
            rep.error(w, "a claim group needs members from at least two articles")
        if len({(m.get('article'), m.get('span')) for m in members}) != len(members):
            rep.error(w, "duplicate member")
    for i, c in enumerate(data.get("contradictions", [])):
        w = f"{where}:contradiction[{i}]"
        if c.get("kind") not in KINDS:
            rep.error(w, f"bad kind {c.get('kind')!r}")
        member_ok(w, c.get("a", {}))
        member_ok(w, c.get("b", {}))
        if not c.get("explanation"):
            rep.error(w, "empty explanation")
        if c.get("kind") == "self" and c.get("a", {}).get("article") != c.get("b", {}).get("article"):
            rep.error(w, "kind 'self' needs both sides in the same article")
    seen = Counter()
    for s in data.get("stories", []):
        for art in s:
            seen[art] += 1
            if art not in articles:
                rep.error(where, f"story member not an annotated article: {art!r}")
    for art in articles:
        if seen[art] != 1:
            rep.error(where, f"article {art} appears {seen[art]}x in stories (expected exactly once)")
    return {
        "claim_groups": len(data.get("claim_groups", [])),
        "group_members": sum(len(g.get("members", [])) for g in data.get("claim_groups", [])),
        "contradictions": len(data.get("contradictions", [])),
        "contradiction_kinds": dict(Counter(c.get("kind") for c in data.get("contradictions", []))),
        "stories": len(data.get("stories", [])),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                    help="directory holding the article .txt files (default: examples/)")
    ap.add_argument("--gold", type=Path, default=SAMPLE,
                    help="directory holding the gold .json files (default: benchmarks/gold/sample/)")
    ap.add_argument("--quiet", action="store_true", help="only errors and the summary")
    args = ap.parse_args()
    rep = Report()
    if args.quiet:
        rep.warn = lambda *a, **k: setattr(rep, "warnings", rep.warnings + 1)  # type: ignore[method-assign]

    refs: list = []
    stats: dict = {}
    global_entities: dict = {}
    articles = {}
    files = sorted(p for p in args.gold.glob("*.json") if p.name != "cross.json")
    if not files:
        rep.error("sample", "no gold files found")
    for p in files:
        res = check_article(rep, p, args.corpus, refs, stats, global_entities)
        if res:
            articles[res["article"]] = res
    for src in sorted(args.corpus.glob("*.txt")):
        if src.name not in articles:
            rep.warn("corpus", f"no gold file for {src.name}")

    # global id consistency
    for eid, g in sorted(global_entities.items()):
        if len(g["types"]) > 1:
            rep.error(f"entity:{eid}", f"inconsistent types across files: {sorted(g['types'])}")
        if len(g["names"]) > 1:
            rep.error(f"entity:{eid}", f"inconsistent canonical names across files: {sorted(g['names'])}")
    known = set(global_entities)
    n_refs = 0
    for w, field, value in refs:
        for part in id_parts(value):
            n_refs += 1
            if part not in known:
                rep.error(w, f"{field} {part!r} looks like an entity id but no file defines it")

    cross_stats = {}
    cross = args.gold / "cross.json"
    if cross.exists():
        cross_stats = check_cross(rep, cross, articles)
    else:
        rep.error("cross", "cross.json missing")

    # --- summary --------------------------------------------------------------------
    cols = ["entities", "mentions", "descriptions", "claims", "asserted", "reported", "conditional",
            "speculative", "denied", "quotes", "timexes", "events", "removed_lines"]
    print()
    print("article".ljust(28) + "".join(c[:8].rjust(9) for c in cols))
    tot = Counter()
    for art in sorted(stats):
        print(art.ljust(28) + "".join(str(stats[art][c]).rjust(9) for c in cols))
        tot.update({c: stats[art][c] for c in cols})
    print("TOTAL".ljust(28) + "".join(str(tot[c]).rjust(9) for c in cols))
    print(f"distinct global entity ids: {len(global_entities)} "
          f"(in >=2 files: {sum(1 for g in global_entities.values() if len(g['files']) > 1)}); "
          f"id references checked: {n_refs}")
    if cross_stats:
        print("cross:", json.dumps(cross_stats, ensure_ascii=False))
    print(f"{rep.errors} error(s), {rep.warnings} warning(s)")
    return 1 if rep.errors else 0


if __name__ == "__main__":
    sys.exit(main())

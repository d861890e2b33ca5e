"""English denial gold on full BASIL articles (issue 13: `denied` precision on unseen text).

    python -m benchmarks.gold.denials events                       # the BASIL events no pairs gold uses
    python -m benchmarks.gold.denials dump --out DIR               # their texts as recoupe reads them
    python -m benchmarks.gold.denials anchor SCRATCH.txt... [--gold OUT]  # string annotations -> offsets
    python -m benchmarks.gold.denials check [--gold FILE]          # every stored span still anchors

**Selection.** ``../shared/eval-data/basil-en`` holds 100 events told by three outlets each. The four
cross-checking golds on it (``pairs/basil.json``, ``basil3.json``, ``basilho.json``, ``basilho2.json``)
use 79 of them; this gold takes **all the others** (:func:`unused_events`: 21 events, 63 articles),
numbered by their place in the salted order of :func:`benchmarks.gold.pairs.basil_events` (1-based),
so nothing is chosen by content.

**How an article becomes the text recoupe reads.** Unlike the pairs golds (title + a three-sentence
lead), the whole article is given: one JSON record (:func:`full_record`) ``{"text": TITLE + "\\n\\n" +
PARAGRAPHS, "url", "published": its date, "outlet": its source's domain}``, where each of
``body-paragraphs`` is its sentences joined by a space (spaces collapsed, empty sentences and
paragraphs dropped) and paragraphs are separated by a blank line. Offsets are into the text recoupe's
own reader and cleaner make of that record (:func:`benchmarks.gold.pairs.article_text`): for these
long records the cleaner keeps the headline as the article's title, not in its text, and drops a
few furniture lines, so the gold covers the body as recoupe analyses it.

**What is marked** (conventions: ``benchmarks/gold/README.md`` §15). Every span of those texts where
a source denies, rejects or disputes a claim, with the clause of the claim when the sentence holds
it, in three kinds:

* ``denial`` — a source rejects a claim with a word of rejection: deny, reject (a claim, report or
  assertion), dismiss, dispute, refute, rebut, push back on (reports, criticism), counter that, call
  it false or a lie, assert one's innocence. Issue 13's `denied`.
* ``rebuttal`` — a source's negated counter-statement against a claim with no such word (« the law
  does not discriminate », said against the charge that it does), and an outlet's own « falsely ».
  §12 labels these `reported`/`asserted` with negative polarity: a `denied` prediction there is
  counted apart (tolerated), neither right nor wrong in the strict precision.
* ``negative`` — hard negatives met while reading: negated events and refusals (« will not
  resign », « declined to comment », « did not say »), rejecting a proposal, an offer or a bill,
  « deny » meaning refuse or withhold (« deny service to »), litotes, negated hedges.

No text is stored: each span is its offsets and a 12-hex SHA-1 (:func:`benchmarks.gold.pairs.digest`);
for ``denial`` and ``rebuttal`` the denier's mention nearest the span is stored the same way, or
``"outlet"`` when the outlet itself rejects the claim. Notes are categories, never item text.

Scratch format (outside the repository; strings copied exactly from ``dump`` output)::

    NNN_src|D|exact span|denier (why)
    NNN_src|R|exact span|denier
    NNN_src|N|exact span|category

``NNN`` is the event's number in the salted order, ``src`` one of ``nyt``, ``fox``, ``hpo``; ``D``
denial, ``R`` rebuttal, ``N`` negative.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.gold.pairs import BASIL_OUTLETS, ROOT, article_text, basil_events, digest, find_span, norm_link

DATA = ROOT.parent / "shared" / "eval-data" / "basil-en"
GOLD = Path(__file__).resolve().parent / "denials" / "basil-den.json"
PAIRS_GOLDS = ("basil", "basil3", "basilho", "basilho2")
PAIRS_DIR = Path(__file__).resolve().parent / "pairs"
KINDS = {"D": "denial", "R": "rebuttal", "N": "negative"}


@dataclass
class DenSpan:
    id: str
    item: str        # norm link of the article
    start: int
    end: int
    kind: str        # denial | rebuttal | negative
    note: str        # a category, never item text


def articles(data: Path = DATA) -> dict[str, list[dict[str, Any]]]:
    """triplet uuid -> its articles (the raw BASIL JSON, plus ``_n``: its number 1-3)."""
    out: dict[str, list[dict[str, Any]]] = {}
    for path in sorted((data / "articles").glob("*/*.json")):
        art = json.loads(path.read_text("utf-8"))
        art["_n"] = int(path.stem.rsplit("_", 1)[1])
        out.setdefault(art["triplet-uuid"], []).append(art)
    return out


def full_record(art: dict[str, Any]) -> dict[str, str]:
    """The JSON record recoupe is given for one whole BASIL article (see the module docstring)."""
    paras = [" ".join(" ".join(s.split()) for s in para if s.strip()) for para in art.get("body-paragraphs", [])]
    title = " ".join(art.get("title", "").split())
    text = "\n\n".join([title, *(p for p in paras if p)]) if title else "\n\n".join(p for p in paras if p)
    return {"text": text, "url": art["url"], "published": art["date"],
            "outlet": BASIL_OUTLETS[art["source"].lower()]}


def used_links(gold_dir: Path = PAIRS_DIR) -> set[str]:
    """The norm links of every article the four BASIL pairs golds hold."""
    out: set[str] = set()
    for name in PAIRS_GOLDS:
        stored = json.loads((gold_dir / f"{name}.json").read_text("utf-8"))
        out.update(norm_link(link) for link in stored["items"])
        out.update(norm_link(link) for story in stored["stories"].values() for link in story.get("items", []))
    return out


def unused_events(data: Path = DATA) -> list[tuple[int, str]]:
    """(number in the salted order, triplet uuid) of the events none of whose articles a BASIL pairs
    gold holds."""
    arts, used = articles(data), used_links()
    return [(i, u) for i, u in enumerate(basil_events(data), 1)
            if not any(norm_link(a["url"]) in used for a in arts[u])]


def selection(data: Path = DATA) -> dict[str, dict[str, Any]]:
    """``NNN_src`` -> {link, event, triplet, n, record} for every article of :func:`unused_events`."""
    arts = articles(data)
    out = {}
    for num, uuid in unused_events(data):
        for art in arts[uuid]:
            key = f"{num:03d}_{art['source'].lower()}"
            out[key] = {"link": art["url"], "event": num, "triplet": uuid, "n": art["_n"], "record": full_record(art)}
    return out


# ---------------------------------------------------------------------------------------------
# anchoring and loading


def _denier(text: str, start: int, end: int, who: str) -> dict[str, Any] | str | None:
    """The denier's mention nearest the span (inside it or before it first), or "outlet"."""
    if not who or who.startswith("outlet"):
        return "outlet" if who else None
    for form in (who.split(",")[0].strip(), who.split(",")[0].strip().split()[-1]):
        hits = [i for i in range(len(text)) if text.startswith(form, i)]
        if hits:
            before = [i for i in hits if i < end]
            i = max(before) if before else min(hits)
            return {"start": i, "end": i + len(form), "sha": digest(form)}
    return None


def anchor_spans(lines: list[str], texts: dict[str, str], links: dict[str, str],
                 denier_and_note: Callable[[str], tuple[str, str]]) -> list[dict[str, Any]]:
    """Scratch lines ``key|tag|needle|rest`` as stored spans (offsets and digests into ``texts``),
    shared with §16's gold; ``denier_and_note`` reads a denial's or rebuttal's ``rest``."""
    spans: list[dict[str, Any]] = []
    seen: Counter[str] = Counter()
    errors: list[str] = []
    for raw in lines:
        if not raw.strip() or raw.startswith("#"):
            continue
        key, tag, needle, rest = [*raw.rstrip("\n").split("|"), ""][:4]
        text = texts[key]
        try:
            start, end = find_span(text, needle)
        except ValueError as e:
            errors.append(f"{key}: {e}")
            continue
        seen[key] += 1
        sp: dict[str, Any] = {"id": f"{key}.{seen[key]}", "item": links[key], "start": start, "end": end,
                              "sha": digest(text[start:end]), "kind": KINDS[tag]}
        if tag in ("D", "R"):
            who, note = denier_and_note(rest)
            sp["denier"] = _denier(text, start, end, who)
            sp["note"] = note
        else:
            sp["note"] = rest.strip()
        spans.append(sp)
    if errors:
        raise ValueError("strings not found:\n" + "\n".join(errors))
    return spans


def anchor(lines: list[str], data: Path = DATA) -> dict[str, Any]:
    sel = selection(data)
    texts = {k: article_text(v["record"]) for k, v in sel.items()}

    def denier_and_note(rest: str) -> tuple[str, str]:  # « who (why) »
        who, _, why = rest.partition(" (")
        return who.strip(), why.rstrip(")") if why else ""

    spans = anchor_spans(lines, texts, {k: v["link"] for k, v in sel.items()}, denier_and_note)
    items = [{"key": k, "link": v["link"], "event": v["event"], "triplet": v["triplet"], "n": v["n"],
              "published": v["record"]["published"], "outlet": v["record"]["outlet"], "chars": len(texts[k])}
             for k, v in sorted(sel.items())]
    return {"doc": "benchmarks/gold/denials.py; conventions benchmarks/gold/README.md §15",
            "data": "basil-en", "text": "full article: TITLE\\n\\nPARAGRAPHS, as recoupe's cleaner reads it",
            "items": items, "spans": spans}


def load(path: Path = GOLD, data: Path = DATA) -> tuple[list[DenSpan], dict[str, dict[str, str]], dict[str, str]]:
    """(spans, norm link -> record, norm link -> text recoupe reads); raises when a span no longer
    anchors (its digest differs)."""
    stored = json.loads(path.read_text("utf-8"))
    arts = articles(data)
    by_link = {norm_link(a["url"]): a for group in arts.values() for a in group}
    records, texts = {}, {}
    for it in stored["items"]:
        link = norm_link(it["link"])
        records[link] = full_record(by_link[link])
        texts[link] = article_text(records[link])
    return stored_spans(stored, texts), records, texts


def stored_spans(stored: dict[str, Any], texts: dict[str, str]) -> list[DenSpan]:
    """A stored gold's spans, each checked against the text it was anchored in (its digest); shared
    with §16's gold (``denials_leads``)."""
    spans = []
    for sp in stored["spans"]:
        link = norm_link(sp["item"])
        if digest(texts[link][sp["start"]:sp["end"]]) != sp["sha"]:
            raise ValueError(f"span {sp['id']} no longer anchors")
        spans.append(DenSpan(sp["id"], link, sp["start"], sp["end"], sp["kind"], sp.get("note", "")))
    return spans


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("cmd", choices=("events", "dump", "anchor", "check"))
    ap.add_argument("files", nargs="*")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--data", type=Path, default=DATA)
    a = ap.parse_args(argv)
    if not a.data.exists():
        print(f"no eval data at {a.data}")
        return 0
    if a.cmd == "events":
        for num, uuid in unused_events(a.data):
            print(num, uuid)
    elif a.cmd == "dump":
        assert a.out, "--out DIR"
        a.out.mkdir(parents=True, exist_ok=True)
        for key, v in selection(a.data).items():
            (a.out / f"{key}.txt").write_text(f"URL {v['link']}\n=====\n{article_text(v['record'])}", "utf-8")
    else:
        anchor_or_check(a, anchor, load, "articles")
    return 0


def anchor_or_check(a: argparse.Namespace, anchor_fn: Any, load_fn: Any, unit: str) -> None:
    """The ``anchor`` and ``check`` commands that this gold and §16's (``denials_leads``) share:
    write the spans anchored from the scratch files, or re-anchor the stored gold and count it."""
    if a.cmd == "anchor":
        lines = [ln for f in a.files for ln in Path(f).read_text("utf-8").splitlines()]
        stored = anchor_fn(lines, a.data)
        a.gold.parent.mkdir(parents=True, exist_ok=True)
        a.gold.write_text(json.dumps(stored, ensure_ascii=False, indent=1) + "\n", "utf-8")
        print(f"{len(stored['spans'])} spans -> {a.gold}")
        return
    spans, records, _ = load_fn(a.gold, a.data)
    by = Counter(s.kind for s in spans)
    print(f"{len(records)} {unit}, {len({s.item for s in spans if s.kind == 'denial'})} with a denial; "
          f"spans: {dict(by)}; every span anchors")


if __name__ == "__main__":
    sys.exit(main())

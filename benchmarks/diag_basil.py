"""Diagnosis of BASIL's wrong quote speakers (dev split only), with a cause class for each.

    python -m benchmarks.diag_basil [--split dev] [--out FILE] [--context 160]

For each gold span of ``benchmarks.eval_basil`` whose predicted speaker is wrong or missing, prints
the span, the text around it, the gold speaker, ours, how ours was reached, and a cause class:

* ``group_member``: the gold speaker is no person the article names (a group, a party, an
  outlet, "Obama campaign") and ours is a person the article states to be one of its members
  (``eval_basil.stated_member``): wrong by the headline rule, right by ``speaker_accuracy_stated_group``;
* ``none``: no quote nor frame gives the span a speaker (quote detection, or no frame);
* ``pronoun``: ours came through a pronoun source ("he said") resolved to the wrong person;
* ``role``: ours came through a role or common-noun phrase ("the spokesman", "the resolution");
* ``carried``: the quote has no frame of its own and took a speaker from a quote, a frame or a
  person before it (runs over sentences or paragraphs);
* ``named_other``: a frame or quote names someone else directly (wrong frame chosen, or a misparse).

The other classes also hold spans whose gold is a group ours is no stated member of: they are
marked ``(group)`` and counted apart (``of_which_group_gold``).

Read as a list, not a score: the scorer is :mod:`benchmarks.eval_basil`. Nothing of the data is
written to the repository (``--out`` takes a path outside it, e.g. /tmp).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from benchmarks.eval_basil import EVAL, analysed, described, documents, same_speaker, same_speaker_words, stated_member
from recoupe.resolve.names import fold


def _trace(docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per article: quotes (start, end, resolved speaker, raw source phrase, framed?) and frames
    (content start, end, resolved source, raw source phrase), and the PERSON names."""
    from recoupe.nlp.extract import _Context

    out: list[dict[str, Any]] = [{} for _ in docs]
    for k, doc, res in analysed(docs):
        raw = doc._.quotes or []
        quotes = []
        for q, rq in zip(res.quotes, raw, strict=False):
            src = doc[rq.speaker_start:rq.speaker_end].text if rq.speaker_start >= 0 else ""
            quotes.append((q.start, q.end, q.speaker, src, q.cue))
        ctx = _Context(doc)
        frames = []
        for f in ctx.frames:
            if f.scope_end <= f.scope_start:
                continue
            name = ctx.resolve(f.source_start, f.source_end)
            frames.append((doc[f.scope_start].idx, doc[f.scope_end - 1].idx + len(doc[f.scope_end - 1]), name,
                           doc[f.source_start:f.source_end].text))
        out[k] = {"quotes": quotes, "frames": frames,  # type: ignore[index]
                  "people": sorted({m.text for m in res.mentions if m.type == "PER"}),
                  "described": described(doc)}
    return out


_PRONOUNS = {"he", "she", "they", "him", "her", "them"}


def diagnose(d: dict[str, Any], p: dict[str, Any], s: int, e: int, gold: str) -> dict[str, Any] | None:
    """The error record of one gold span, or None when the speaker is right."""
    q = max(((min(e, qe) - max(s, qs), sp, src, cue) for qs, qe, sp, src, cue in p["quotes"]
             if sp and qs < e and s < qe), default=None)
    via, src = "", ""
    if q is not None:
        got, src, via = q[1], q[2], "quote"
    else:
        mid = (s + e) // 2
        cov = [(fe - fs, name, raw) for fs, fe, name, raw in p["frames"] if name and fs <= mid < fe]
        got, src, via = (min(cov)[1], min(cov)[2], "frame") if cov else ("", "", "")
    if same_speaker(got, gold):
        return None
    people = {fold(x) for x in p["people"]}
    low = src.lower().strip()
    group = not any(same_speaker_words(x, gold) for x in people)  # "Obama campaign" is no person
    if group and stated_member(got, gold, p.get("described", {})):
        cause = "group_member"  # right by ``speaker_accuracy_stated_group``: a stated member of the group
    elif not got:
        cause = "none"
    elif low in _PRONOUNS:
        cause = "pronoun"
    elif via == "quote" and not src:
        cause = "carried"
    elif not any(ch.isupper() for ch in src):
        cause = "role"
    else:
        cause = "named_other"
    return {"doc": d["name"], "cause": cause, "group": group, "gold": gold, "pred": got, "via": via,
            "source": src, "span": d["text"][s:e]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=["dev"], default="dev")  # test stays held out
    ap.add_argument("--out", type=Path, help="write the records here (JSON lines; outside the repository)")
    ap.add_argument("--context", type=int, default=160)
    args = ap.parse_args(argv)
    if not EVAL.exists():
        print(f"{EVAL} is absent: nothing to diagnose")
        return 0
    docs = documents(args.split)
    preds = _trace(docs)
    rows = []
    for d, p in zip(docs, preds, strict=True):
        for s, e, gold in d["gold"]:
            r = diagnose(d, p, s, e, gold)
            if r is not None:
                r["context"] = d["text"][max(0, s - args.context):e + args.context]
                rows.append(r)
    for r in rows:
        tag = r["cause"] + (" (group)" if r["group"] and r["cause"] != "group_member" else "")
        print(f"[{tag}] {r['doc']}  gold={r['gold']!r}  ours={r['pred']!r}  via={r['via']} src={r['source']!r}")
        print("   ", r["context"].replace("\n", " / "))
    counts = Counter(r["cause"] for r in rows)
    groups = Counter(r["cause"] for r in rows if r["group"] and r["cause"] != "group_member")
    print(json.dumps({"wrong": len(rows), "causes": dict(counts.most_common()),
                      "of_which_group_gold": dict(groups.most_common())}, indent=2))
    if args.out:
        args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Why PolNeAR content spans are missed or spurious (issue 15), on the dev split only.

    python -m benchmarks.diag_polnear [--examples N] [--cause CAUSE]

Each gold content that no frame matches (overlap >= half the longer span, as ``eval_polnear``
scores) and each frame that matches no gold content is put under one cause, so that the counts say
which fix is worth most:

* ``boundary:*`` -- a frame overlaps the gold content but not enough: the frame is inside a
  longer gold (``short:multi-sentence`` when the gold runs over a sentence end the frame stops at),
  the gold is inside a longer frame (``long:*``: over sentences, over the cue, the whole
  sentence), the frame is taken by another gold (``nested``), or they are shifted;
* ``undetected:*`` -- no frame overlaps the gold: ``sourceless`` when the gold names no source
  (a frame needs one), else by the cue's kind (``verb-known`` for a lemma of the English
  reporting or attitude verbs that gave no frame, with why: no subject, passive, no content;
  ``verb-unknown``, ``noun``, ``according``, ``no-cue``, ``other``);
* ``spurious:*`` -- a frame no gold overlaps, by the frame's cue.

Counts go to stdout as JSON; ``--examples N`` prints N examples of each cause (eval text on the
terminal only: nothing of it is written to the repository). The test split is never read.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from typing import Any

from benchmarks.eval_polnear import EVAL, _ov, documents, pair, trim

_SUBJ = {"nsubj", "nsubjpass"}
_UNKNOWN: Counter[str] = Counter()  # lemmas of the verb cues that are not reporting verbs


def _tok_range(doc: Any, s: int, e: int) -> tuple[int, int]:
    span = doc.char_span(s, e, alignment_mode="expand")
    return (span.start, span.end) if span is not None else (0, 0)


def _sent_ends(doc: Any) -> list[int]:
    return [s.end_char for s in doc.sents]


def _crosses(ends: list[int], s: int, e: int) -> bool:
    """Does a sentence end fall strictly inside ``[s, e)`` (a few characters from ``e`` aside)?"""
    return any(s < x < e - 3 for x in ends)


def _cue_cause(doc: Any, text: str, g: dict[str, Any]) -> str:
    from recoupe.lang.en.reporting_verbs import ATTITUDE_VERBS, REPORTING_VERBS

    if not g["source"]:
        return "undetected:sourceless"  # "is expected to", "so-called", "it is clear that": a frame needs a source
    if not g["cue"]:
        return "undetected:no-cue"
    cs, ce = g["cue"][0][0], g["cue"][-1][1]
    words = text[cs:ce].lower()
    if "according" in words:
        return "undetected:according"
    a, b = _tok_range(doc, cs, ce)
    toks = [t for t in doc[a:b] if not t.is_punct]
    if not toks:
        return "undetected:other"
    verbs = [t for t in toks if t.pos_ in {"VERB", "AUX"}]
    known = [t for t in verbs if t.lemma_.lower() in REPORTING_VERBS or t.lemma_.lower() in ATTITUDE_VERBS]
    if known:
        t = known[-1]
        if t.dep_ in {"amod", "acl"} and t.tag_ == "VBN":
            why = "participle"
        elif any(c.dep_ == "nsubjpass" for c in t.children):
            why = "passive"
        elif not any(c.dep_ in _SUBJ for c in t.children) and t.dep_ != "conj":
            why = "no-subject"
        elif not any(c.dep_ in {"ccomp", "xcomp", "dobj"} for c in t.children):
            why = "no-complement"
        else:
            why = "has-complement"
        return f"undetected:verb-known:{why}"
    if verbs:
        _UNKNOWN[verbs[-1].lemma_.lower()] += 1
        return "undetected:verb-unknown"
    if any(t.pos_ == "NOUN" for t in toks):
        return "undetected:noun"
    if any(t.pos_ in {"ADJ"} for t in toks):
        return "undetected:adj"
    return "undetected:other"


def diagnose(examples: int = 0, only: str = "", cues: frozenset[str] = frozenset()) -> dict[str, Any]:
    from recoupe.lang import pack
    from recoupe.lang.en.reporting_verbs import ATTITUDE_VERBS, REPORTING_VERBS
    from recoupe.nlp.pipeline import load, parse_with_context
    from recoupe.nlp.quotes import find_quote_spans

    docs = documents("dev", EVAL)
    nlp = load(pack("en").model)
    parsed = {k: doc for doc, k in parse_with_context(nlp, ((t, None, k) for k, (_, t, _) in enumerate(docs)))}
    causes: Counter[str] = Counter()
    cues_missed: Counter[str] = Counter()
    cues_spurious: Counter[str] = Counter()
    shown: dict[str, list[str]] = defaultdict(list)
    by_cue: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # cue:kind -> [matched, unmatched]
    for k, (_, text, gold) in enumerate(docs):
        doc = parsed[k]
        quotes = find_quote_spans(text, "en")
        ends = _sent_ends(doc)
        preds = []
        for f in doc._.frames or []:
            if f.scope_end <= f.scope_start:
                continue
            preds.append((f, trim(text, doc[f.scope_start].idx, doc[f.scope_end - 1].idx + len(doc[f.scope_end - 1]))))
        p_spans = [p for _, p in preds]
        g_spans = [trim(text, *g["content"]) for g in gold]
        pairs = pair(p_spans, g_spans, "overlap")
        used_p = {i for i, _ in pairs}
        used_g = {j for _, j in pairs}
        for j, g in enumerate(gold):
            if j in used_g:
                continue
            gs = g_spans[j]
            over = sorted(((_ov(p, gs), i) for i, p in enumerate(p_spans) if _ov(p, gs)), reverse=True)
            cue = " ".join(text[a:b] for a, b in g["cue"]).lower()
            if not over:
                cause = _cue_cause(doc, text, g)
                cues_missed[cue] += 1
            else:
                i = over[0][1]
                ps = p_spans[i]
                if i in used_p:
                    cause = "boundary:nested"
                elif gs[0] <= ps[0] and ps[1] <= gs[1]:
                    cause = "boundary:short:multi-sentence" if _crosses(ends, *gs) and not _crosses(ends, *ps) \
                        else "boundary:short"
                elif ps[0] <= gs[0] and gs[1] <= ps[1]:
                    cue_in = any(ps[0] <= a < ps[1] for a, _ in g["cue"])
                    cause = ("boundary:long:multi-sentence" if _crosses(ends, *ps) and not _crosses(ends, *gs)
                             else "boundary:long:over-cue" if cue_in else "boundary:long")
                else:
                    cause = "boundary:shifted"
                if examples and len(shown[cause]) < examples and (not only or cause.startswith(only)):
                    shown[cause].append(f"[{cue}] GOLD «{text[slice(*gs)][:200]}» PRED «{text[slice(*ps)][:200]}» "
                                        f"({preds[i][0].kind})")
            causes[cause] += 1
            if not over and examples and len(shown[cause]) < examples and (not only or cause.startswith(only)):
                a, _ = _tok_range(doc, *gs)
                sent = doc[a].sent.text if len(doc) > a else ""
                shown[cause].append(f"[{cue}] GOLD «{text[slice(*gs)][:200]}» SENT «{sent[:250]}»")
        for i, (f, ps) in enumerate(preds):
            by_cue[f"{f.cue}:{f.kind}"][0 if i in used_p else 1] += 1
            host = any(o is not f and o.scope_start <= f.cue_i < o.scope_end for o, _ in preds)
            quoted = any(s <= doc[f.cue_i].idx < e for s, e in quotes)
            cls = "att" if f.cue in ATTITUDE_VERBS else "rep" if f.cue in REPORTING_VERBS else "other"
            where = f"@{cls}:{'nested' if host else 'top'}:{'quoted' if quoted else 'plain'}"
            by_cue[where][0 if i in used_p else 1] += 1
            if f.cue in cues and i not in used_p:
                near = max(g_spans, key=lambda gs: _ov(ps, gs), default=(0, 0))
                shown[f"cue:{f.cue}"].append(f"PRED «{text[slice(*ps)][:150]}» SRC «{f.source}» GOLD «"
                                             f"{text[slice(*near)][:150] if _ov(ps, near) else ''}» SENT «"
                                             f"{doc[f.cue_i].sent.text[:200]}»")
            if i in used_p or any(_ov(ps, gs) for gs in g_spans):
                continue
            cause = f"spurious:{f.kind}"
            causes[cause] += 1
            cues_spurious[f.cue] += 1
            if examples and len(shown[cause]) < examples and (not only or cause.startswith(only)):
                shown[cause].append(f"[{f.cue}] PRED «{text[slice(*ps)][:200]}» SRC «{f.source}» "
                                    f"SENT «{doc[f.cue_i].sent.text[:250]}»")
    sides = Counter(k.split(":")[0] for k in causes.elements())
    out = {"sides": {"undetected (recall only)": sides["undetected"], "boundary (a miss and a spurious frame)":
                     sides["boundary"], "spurious (precision only)": sides["spurious"]},
           "causes": dict(sorted(causes.items(), key=lambda kv: -kv[1])),
           "missed_cues": dict(cues_missed.most_common(60)),
           "spurious_cues": dict(cues_spurious.most_common(30)),
           "frames_by_cue": {k: v for k, v in sorted(by_cue.items(), key=lambda kv: kv[1][0] - kv[1][1])},
           "unknown_verb_lemmas": dict(_UNKNOWN.most_common(120))}
    if examples or cues:
        out["examples"] = dict(shown)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--examples", type=int, default=0)
    ap.add_argument("--cause", default="", help="only examples of causes starting with this")
    ap.add_argument("--cue", action="append", default=[], help="list the unmatched frames of this cue lemma")
    args = ap.parse_args(argv)
    if not (EVAL / "dev").is_dir():
        print("PolNeAR data absent")
        return 0
    print(json.dumps(diagnose(args.examples, args.cause, frozenset(args.cue)), indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())

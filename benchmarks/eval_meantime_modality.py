"""English claims' modality against MEANTIME's event attributes (issue 13, item 2): an outside measure.

    python -m benchmarks.eval_meantime_modality [--root DIR] [--json OUT] [--misses] [--split dev|test|all]

MEANTIME (``../shared/eval-data/meantime-en``, SOURCE.md: 120 English Wikinews articles) annotates
every event mention with ``certainty`` (CERTAIN / PROBABLE / POSSIBLE / UNDERSPECIFIED),
``polarity`` (POS / NEG / UNDERSPECIFIED) and ``time`` (FUTURE / NON_FUTURE / UNDERSPECIFIED), the
attitude of the text toward the event. Nobody tuned recoupe on it.

How an article is built: the tokens are put back into text (PTB quotes and clitics joined, no
whitespace otherwise lost), the title (sentence 0) on the first line, the dateline (sentence 1, when
it holds the creation-time TIMEX3) on the second, the body sentences after it, one space apart. The
DCT (``functionInDocument="CREATION_TIME"``) is the publication date. Each text is parsed by the
English pipeline and read by :func:`recoupe.nlp.extract.analyse`, the per-article step of a build
(so a clause inside quotation marks is `reported`, as in a store).

How a claim meets the gold (decided before any error was read):

* a claim's head is its clause head token (``ClauseClaim.head``: the verb, or the copula of a
  predicative clause); its gold event is the event mention that has a token anchored on a gold
  token overlapping that head's characters. A copula unmatched this way is tried through its
  complement (the word the claim names its predicate by), since MEANTIME anchors « was able »-type
  events on the adjective. Each gold mention is counted once (the first claim that reaches it);
  claims that reach no mention, and mentions no claim reaches, are counted apart.
* **certainty**: recoupe's firm labels (``asserted``, ``reported``, ``denied``: the text or its
  source states the event, or states it is not so) against CERTAIN; hedged labels (``conditional``,
  ``speculative``) against PROBABLE or POSSIBLE. UNDERSPECIFIED and unannotated mentions are left
  out of the score and counted. Reported: binary accuracy, each side's precision and recall, and
  the full table recoupe label x gold certainty.
* **polarity**: a claim is negative when recoupe marks it ``negated`` or ``denied``; scored against
  NEG / POS (UNDERSPECIFIED left out): the precision and recall of negative, and the same with
  ``negated`` alone.
* **time** (secondary): recoupe's ``planned`` against FUTURE / NON_FUTURE (precision and recall of
  future).

The documents are split deterministically (sorted names: even indices dev, odd indices test);
``--misses`` prints the dev split's errors only, so the test half stays a count.
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent.parent / "shared" / "eval-data" / "meantime-en"
FIRM = frozenset({"asserted", "reported", "denied"})
HEDGED = frozenset({"conditional", "speculative"})
LABELS = ("asserted", "reported", "denied", "conditional", "speculative")
CERTAINTIES = ("CERTAIN", "PROBABLE", "POSSIBLE", "UNDERSPECIFIED", "")

# PTB tokens that attach to the token before / after them
_NO_SPACE_BEFORE = frozenset({",", ".", ";", ":", "!", "?", ")", "]", "%", "'s", "'S", "n't", "'re", "'ve",
                              "'ll", "'d", "'m", "'", "''", "...", "-RRB-"})
_NO_SPACE_AFTER = frozenset({"(", "[", "$", "``", "-LRB-"})
_SURFACE = {"``": '"', "''": '"', "-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]"}


@dataclass(slots=True)
class Mention:
    m_id: str
    spans: list[tuple[int, int]]  # character spans of its anchor tokens
    certainty: str
    polarity: str
    time: str


@dataclass(slots=True)
class MDoc:
    name: str
    text: str
    published: date | None
    mentions: list[Mention] = field(default_factory=list)


def parse(path: Path) -> MDoc:
    """One MEANTIME file: rebuilt text, DCT and event mentions with character spans."""
    root = ET.parse(path).getroot()
    tokens = root.findall("token")
    markables = root.find("Markables")
    dct: date | None = None
    dct_tokens: set[str] = set()
    if markables is not None:
        for tx in markables.findall("TIMEX3"):
            if tx.get("functionInDocument") == "CREATION_TIME":
                dct_tokens = {a.get("t_id", "") for a in tx.findall("token_anchor")}
                try:
                    dct = date.fromisoformat(tx.get("value", "")[:10])
                except ValueError:
                    dct = None  # (one malformed upstream value: no anchor rather than a wrong one)
    out: list[str] = []
    spans: dict[str, tuple[int, int]] = {}
    pos = 0
    prev_sent: str | None = None
    prev_tok = ""
    dateline_sent = next((t.get("sentence") for t in tokens if t.get("t_id") in dct_tokens), None)
    in_quote = False  # a straight « " » token opens and closes by turns: it sticks to the quoted words
    for t in tokens:
        form = t.text or ""
        surface = _SURFACE.get(form, form)
        sent = t.get("sentence")
        closing = form == '"' and in_quote
        if prev_sent is None:
            sep = ""
        elif sent != prev_sent:
            sep = "\n" if prev_sent == "0" or prev_sent == dateline_sent else " "
        elif form in _NO_SPACE_BEFORE or closing or prev_tok in _NO_SPACE_AFTER or (prev_tok == '"' and in_quote):
            sep = ""
        else:
            sep = " "
        if form == '"':
            in_quote = not in_quote
        out.append(sep)
        pos += len(sep)
        spans[t.get("t_id", "")] = (pos, pos + len(surface))
        out.append(surface)
        pos += len(surface)
        prev_sent, prev_tok = sent, form
    doc = MDoc(path.stem, "".join(out), dct)
    if markables is not None:
        for em in markables.findall("EVENT_MENTION"):
            anchors = [spans[a.get("t_id", "")] for a in em.findall("token_anchor") if a.get("t_id", "") in spans]
            if anchors:
                doc.mentions.append(Mention(em.get("m_id", ""), anchors, em.get("certainty", ""),
                                            em.get("polarity", ""), em.get("time", "")))
    return doc


def files(root: Path) -> list[Path]:
    return sorted((root / "intra_cross-doc_annotation").glob("corpus_*/*.xml"), key=lambda p: p.name)


def split(paths: list[Path], which: str) -> list[Path]:
    if which == "dev":
        return paths[0::2]
    if which == "test":
        return paths[1::2]
    return paths


@dataclass(slots=True)
class Pair:
    doc: str
    mention: Mention
    modality: str
    negated: bool
    planned: bool
    text: str  # the claim's span (printed by --misses, never stored)
    head: str


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return min(a[1], b[1]) > max(a[0], b[0])


def _mention_at(doc: MDoc, span: tuple[int, int], taken: set[str]) -> Mention | None:
    return next((m for m in doc.mentions if m.m_id not in taken and any(_overlap(span, s) for s in m.spans)), None)


def pairs_of(doc: MDoc, nlp: Any) -> tuple[list[Pair], int]:
    """The (claim, gold mention) pairs of one article, and how many claims found no mention."""
    from recoupe.model import Article
    from recoupe.nlp.extract import analyse
    from recoupe.nlp.pipeline import parse_with_context

    article = Article(id=doc.name, origin=doc.name, text=doc.text, title=doc.text.split("\n", 1)[0],
                      published=doc.published, language="en")
    parsed, _ = next(parse_with_context(nlp, [(doc.text, doc.published, None)]))
    analysis = analyse(parsed, article)
    out: list[Pair] = []
    taken: set[str] = set()
    unmapped = 0
    for cc, claim in zip(parsed._.claims or [], analysis.claims, strict=True):
        tok = parsed[cc.head]
        m = _mention_at(doc, (tok.idx, tok.idx + len(tok)), taken)
        if m is None and tok.lemma_.lower() != cc.predicate:  # a copula: its complement names the event
            comp = next((c for c in tok.children if c.dep_ in {"attr", "acomp"}), None)
            if comp is not None:
                m = _mention_at(doc, (comp.idx, comp.idx + len(comp)), taken)
        if m is None:
            unmapped += 1
            continue
        taken.add(m.m_id)
        out.append(Pair(doc.name, m, claim.modality, claim.negated, claim.planned, claim.text, tok.text))
    return out, unmapped


def _pr(tp: int, predicted: int, gold: int) -> dict[str, Any]:
    return {"p": round(tp / predicted, 4) if predicted else None, "r": round(tp / gold, 4) if gold else None,
            "tp": tp, "predicted": predicted, "gold": gold}


def score(pairs: list[Pair], n_claims: int, n_mentions: int) -> dict[str, Any]:
    """The figures of the module docstring from the mapped pairs (pure: testable without a model)."""
    table: Counter[tuple[str, str]] = Counter((p.modality, p.mention.certainty) for p in pairs)
    cert = [p for p in pairs if p.mention.certainty in {"CERTAIN", "PROBABLE", "POSSIBLE"}]
    binary: Counter[tuple[str, str]] = Counter(
        ("firm" if p.mention.certainty == "CERTAIN" else "hedged", "hedged" if p.modality in HEDGED else "firm")
        for p in cert)
    right = binary[("firm", "firm")] + binary[("hedged", "hedged")]

    def side(lab: str) -> dict[str, Any]:
        return _pr(binary[(lab, lab)], sum(v for (_, q), v in binary.items() if q == lab),
                   sum(v for (g, _), v in binary.items() if g == lab))

    pol = [p for p in pairs if p.mention.polarity in {"POS", "NEG"}]

    def negative(strict: bool) -> dict[str, Any]:
        pred = [p for p in pol if p.negated or (not strict and p.modality == "denied")]
        tp = sum(p.mention.polarity == "NEG" for p in pred)
        res = _pr(tp, len(pred), sum(p.mention.polarity == "NEG" for p in pol))
        res["accuracy"] = round((len(pol) - (len(pred) - tp) - (res["gold"] - tp)) / len(pol), 4) if pol else None
        return res

    tm = [p for p in pairs if p.mention.time in {"FUTURE", "NON_FUTURE"}]
    fut = [p for p in tm if p.planned]
    return {
        "claims": n_claims, "mentions": n_mentions, "mapped": len(pairs),
        "certainty": {"n": len(cert), "right": right, "accuracy": round(right / len(cert), 4) if cert else None,
                      "firm": side("firm"), "hedged": side("hedged"),
                      "binary": {f"{g}>{q}": v for (g, q), v in sorted(binary.items())},
                      "left_out": sum(p.mention.certainty not in {"CERTAIN", "PROBABLE", "POSSIBLE"} for p in pairs)},
        "table": {f"{m}>{c or '-'}": v for (m, c), v in sorted(table.items())},
        "polarity": {"n": len(pol), "negative": negative(False), "negated_only": negative(True)},
        "time": {"n": len(tm), "future": _pr(sum(p.mention.time == "FUTURE" for p in fut), len(fut),
                                             sum(p.mention.time == "FUTURE" for p in tm))},
    }


def _f(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"


def report(name: str, res: dict[str, Any]) -> None:
    c = res["certainty"]
    print(f"[{name}] claims {res['claims']}, gold event mentions {res['mentions']}, mapped {res['mapped']}")
    print(f"  certainty (firm/hedged vs CERTAIN/PROBABLE+POSSIBLE) accuracy {_f(c['accuracy'])} "
          f"({c['right']}/{c['n']}; {c['left_out']} mapped with no or underspecified certainty)")
    for lab in ("firm", "hedged"):
        v = c[lab]
        print(f"    {lab:<7} P {_f(v['p'])} R {_f(v['r'])} "
              f"(tp {v['tp']}, predicted {v['predicted']}, gold {v['gold']})")
    print("    gold\\pred   firm hedged")
    for g in ("firm", "hedged"):
        print(f"    {g:<10}{c['binary'].get(f'{g}>firm', 0):>6}{c['binary'].get(f'{g}>hedged', 0):>7}")
    print("  recoupe label x gold certainty: " + "  ".join(f"{k} {v}" for k, v in res["table"].items()))
    for key, label in (("negative", "negated or denied"), ("negated_only", "negated only")):
        v = res["polarity"][key]
        print(f"  polarity NEG ({label}): P {_f(v['p'])} R {_f(v['r'])} (tp {v['tp']}, predicted {v['predicted']}, "
              f"gold {v['gold']}), accuracy {_f(v['accuracy'])} over {res['polarity']['n']}")
    v = res["time"]["future"]
    print(f"  time FUTURE (planned): P {_f(v['p'])} R {_f(v['r'])} (tp {v['tp']}, predicted {v['predicted']}, "
          f"gold {v['gold']}) over {res['time']['n']}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", type=Path, default=ROOT)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--misses", action="store_true", help="print the dev split's errors")
    ap.add_argument("--split", choices=("dev", "test", "all"),
                    help="score only this half (or all); by default dev, test and all are printed")
    a = ap.parse_args(argv)
    paths = files(a.root)
    if not paths:
        print(f"no MEANTIME data at {a.root}")
        return 0
    from recoupe.lang import pack
    from recoupe.nlp.pipeline import load

    nlp = load(pack("en").model)
    dev = {p.stem for p in split(paths, "dev")}
    if a.split in {"dev", "test"}:
        paths = split(paths, a.split)  # (only the half asked for is parsed)
    per_doc: dict[str, tuple[list[Pair], int, int]] = {}
    for path in paths:
        doc = parse(path)
        got, unmapped = pairs_of(doc, nlp)
        per_doc[doc.name] = (got, len(got) + unmapped, len(doc.mentions))
    results = {}
    for name, keep in (("dev", lambda d: d in dev), ("test", lambda d: d not in dev), ("all", lambda d: True)):
        if a.split is not None and name != a.split:
            continue
        sel = [v for d, v in per_doc.items() if keep(d)]
        results[name] = score([p for got, _, _ in sel for p in got], sum(n for _, n, _ in sel),
                              sum(m for _, _, m in sel))
        report(name, results[name])
    if a.misses:
        for d in sorted(dev):
            for p in per_doc.get(d, ([], 0, 0))[0]:
                cert_wrong = (p.mention.certainty == "CERTAIN" and p.modality in HEDGED) or (
                    p.mention.certainty in {"PROBABLE", "POSSIBLE"} and p.modality in FIRM)
                neg = p.negated or p.modality == "denied"
                pol_wrong = p.mention.polarity in {"POS", "NEG"} and neg != (p.mention.polarity == "NEG")
                if cert_wrong or pol_wrong:
                    print(f"{'C' if cert_wrong else ' '}{'P' if pol_wrong else ' '} {d[:30]:<31}"
                          f"{p.mention.certainty}/{p.mention.polarity} -> {p.modality}{'-neg' if p.negated else ''} "
                          f"[{p.head}] {p.text[:150]!r}")
    if a.json:
        a.json.write_text(json.dumps(results, indent=1) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

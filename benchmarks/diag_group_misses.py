"""Why two gold spans of one fact, told by two outlets, end in two recoupe groups (issue 13).

    python -m benchmarks.diag_group_misses --gold benchmarks/gold/pairs/G.json --store DIR/pairs.db
                                           [--show] [--json F]

``DIR`` is a store kept by ``benchmarks.eval_pairs --keep DIR`` on the same gold. Every gold same-fact pair of
spans of two outlets whose spans ``benchmarks.eval_pairs`` maps to claims of two groups (or leaves unmapped)
gets the first class that applies, in this order, read through the grouping's own functions
(:mod:`recoupe.claims.groups`):

* ``no_claim``: a span maps to no claim;
* ``nested``: a span's claim is much longer than the span (:data:`NESTED_RATIO`) and does not open at it: the
  span's fact is a relative or participial clause inside a claim of another fact, an extraction miss;
* ``story``: the two articles are in two recoupe stories;
* ``language``: the two claims are of two languages;
* ``count_one_side``: one claim gives a count, the other none (``_Features.counted``);
* ``veto_<name>``: a frame veto of the pair (``never_linked`` split into ``planned`` / ``occurrence`` /
  ``counterfactual``; ``cannot_be_one_fact``'s ``short``, ``when``, ``person``, ``other_acts``, ``told_of_two``,
  ``same_fact``; ``pair_apart``; ``other`` for the rest of ``cannot_be_one_fact``);
* ``split``: the lemma rule links the two, the split pass cut them apart;
* ``same_event``: one event (the same verb, a paraphrase class, a verb and its action noun), overlap under
  the threshold;
* ``paraphrase_doers``: predicates of no one event, two subject entities;
* ``paraphrase``: predicates of no one event.

``--show`` prints each missed pair with its claims (the texts are the eval set's: to the terminal only,
never on a blind gold)."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from benchmarks.eval_pairs import map_spans
from benchmarks.gold.pairs import data_of, load
from recoupe.claims import groups as G
from recoupe.model import Claim

# a claim this many times longer than the span it carries (plus a few words) tells more than the span's fact
NESTED_RATIO = 1.6
NESTED_SLACK = 20
# a claim that opens this close to its span's start is the span's own clause, however long
OPENS_AT = 5


def nested(span_start: int, span_end: int, claim: Claim) -> bool:
    """Is the span's fact told inside a longer claim that opens elsewhere (« après un accident ayant fait
    N morts, le pays envoie un avion »: the span « ayant fait N morts », the claim the sending)?"""
    longer = (claim.end - claim.start) > NESTED_RATIO * (span_end - span_start) + NESTED_SLACK
    return longer and abs(claim.start - span_start) > OPENS_AT


def _veto(fa: Any, fb: Any) -> str:
    """The name of the first frame veto that keeps two claims apart, "" for none."""
    x, y = fa.claim, fb.claim
    if G.planned_apart(x, y) and not G._declared(fa, fb):
        return "veto_planned"
    if G.another_occurrence(fa, fb):
        return "veto_occurrence"
    if fa.counterfactual != fb.counterfactual:
        return "veto_counterfactual"
    checks = (
        ("short", fa.short or fb.short),
        ("when", fa.when != fb.when and not G._grouping_period(fa.when, fb.when)),
        ("person", G.another_person(x.subject, x.subject_entity, y.subject, y.subject_entity)),
        ("other_acts", G.other_acts(fa.verb, fa.infinitive, fb.verb, fb.infinitive)),
        ("told_of_two", G._told_of_two(x, y)),
        ("same_fact", not G.same_fact_possible(fa.verb, x.subject_entity, x.object_entity, fa.polarity,
                                               fb.verb, y.subject_entity, y.object_entity, fb.polarity)),
        ("pair_apart", G.pair_apart(x, y)),
    )
    for name, hit in checks:
        if hit:
            return f"veto_{name}"
    return "veto_other" if G.cannot_be_one_fact(fa, fb) else ""


def classify(x: Claim | None, y: Claim | None, spans: tuple[tuple[int, int], tuple[int, int]],
             stories: tuple[str, str], published: tuple[str, str] = ("", "")) -> str:
    """The class of one missed pair: the two spans' claims (None: unmapped), the spans' (start, end), the
    two articles' recoupe stories and publication days (ISO, "" when unknown)."""
    if x is None or y is None:
        return "no_claim"
    if nested(*spans[0], x) or nested(*spans[1], y):
        return "nested"
    if stories[0] != stories[1]:
        return "story"
    if x.language != y.language:
        return "language"
    fa, fb = G._Features(x, published[0]), G._Features(y, published[1])
    if fa.counted != fb.counted:
        return "count_one_side"
    veto = _veto(fa, fb)
    if veto:
        return veto
    if G.rule_link(fa, fb):
        return "split"
    if fa.verb == fb.verb or G._one_event(fa.verb, fb.verb):
        return "same_event"
    if x.subject_entity and y.subject_entity and x.subject_entity != y.subject_entity:
        return "paraphrase_doers"
    return "paraphrase"


def misses(gold: Any, dossier: dict[str, Any], store: Any, show: bool = False) -> tuple[Counter[str], int]:
    """The class counts of the gold's missed same-fact pairs across outlets, and how many such pairs are
    grouped."""
    m = map_spans(gold, dossier)
    group = {c["id"]: (c["group"] or c["id"]) for c in dossier["claims"]}
    published = {a["id"]: str(a.get("published") or "") for a in dossier["articles"]}
    story = store.stories_of(published)
    out: Counter[str] = Counter()
    grouped = 0
    for pair, same in gold.pairs().items():
        a, b = sorted(pair)
        sa, sb = gold.spans[a], gold.spans[b]
        if not same or sa.outlet == sb.outlet:
            continue
        ca, cb = m.get(a), m.get(b)
        if ca is not None and cb is not None and group[ca] == group[cb]:
            grouped += 1
            continue
        x = store.claim(ca) if ca is not None else None
        y = store.claim(cb) if cb is not None else None
        arts = (x.article_id if x else "", y.article_id if y else "")
        cls = classify(x, y, ((sa.start, sa.end), (sb.start, sb.end)),
                       (story.get(arts[0], arts[0]), story.get(arts[1], arts[1])),
                       (published.get(arts[0], ""), published.get(arts[1], "")))
        out[cls] += 1
        if show:
            print(f"{cls:20} {sa.fact}")
            for sp, c in ((sa, x), (sb, y)):
                print(f"   [{sp.outlet}] {sp.text[:110]}\n      -> {c.predicate if c else None} | "
                      f"{c.subject if c else None} | {c.text[:100] if c else None}")
    return out, grouped


def main(argv: list[str] | None = None) -> int:
    from recoupe.report.dossier import build_dossier
    from recoupe.storage import Store

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, required=True)
    ap.add_argument("--store", type=Path, required=True, help="pairs.db kept by eval_pairs --keep on that gold")
    ap.add_argument("--show", action="store_true", help="print each missed pair (never on a blind gold)")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    gold, _ = load(args.gold, data_of(json.loads(args.gold.read_text("utf-8"))))
    with Store.open(args.store) as s:
        counts, grouped = misses(gold, build_dossier(s), s, args.show)
    res = {"grouped": grouped, "missed": sum(counts.values()), "classes": dict(counts.most_common())}
    print(json.dumps(res, ensure_ascii=False))
    if args.json:
        args.json.write_text(json.dumps(res, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

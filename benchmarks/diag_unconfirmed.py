"""Why a fact the pairs gold confirms ends in a recoupe group that is not `confirmed` (issue 13).

    python -m benchmarks.diag_unconfirmed --gold benchmarks/gold/pairs/G.json --store DIR/pairs.db
                                          [--show] [--counts-only] [--json F]

For every recoupe group whose mapped gold spans (``benchmarks.eval_pairs``' mapping) have a gold-confirmed
fact as their most frequent fact and whose status is not ``confirmed``, one class:

* ``a_split``: its firm members come from one independent source (a grouping miss when the fact's spans of
  other outlets map to claims of other groups: ``a_split``; ``a_alone`` when none of them maps to a claim
  of another outlet at all: the fact is not grouped because it is not read elsewhere);
  ``_confirmed_elsewhere`` when another group of the fact is ``confirmed``;
* ``b_dependent``: at least two outlets, but one independent source (copies folded by the store's
  ``source_id``), or their only pairs are of articles judged one text (:func:`~recoupe.claims.status.dependent`),
  copied sentences or one quotation (:func:`~recoupe.claims.status.source_roots` folding them);
* ``c_modality``: at least two outlets, but those of all but one state it hedged (conditional,
  speculative) or deny it; ``c_relay``: firm in two outlets but one original source (one ``said:X``);
* ``d_<guard>``: two firm sources, but :func:`~recoupe.claims.status.confirming_part` finds no pair: the
  guard that refuses the pair closest to confirming (fewest refusals) is named;
* ``e_<what>``: the rest (figures that disagree, an update, a conflict, a status the group got from a
  denial).

``--show`` prints each group's members and the refusals of its best pair (the texts are the eval set's:
to the terminal only). ``--counts-only`` prints the class counts alone (for the held-out golds)."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from benchmarks.eval_pairs import map_spans
from benchmarks.gold.pairs import data_of, load


def pair_refusals(firm: Sequence[Any], i: int, j: int, sources: Mapping[str, str], context: Any,
                  part_of: Mapping[str, int]) -> list[str]:
    """The names of the tests of :func:`recoupe.claims.status.confirming_part` that refuse the pair
    (i, j) of firm members (empty: it confirms). Mirrors that function's ``linked`` and pair filters."""
    from recoupe.claims import status as st
    from recoupe.claims.contest import urged_infinitive
    from recoupe.claims.groups import _Features, cannot_be_one_fact, rule_link
    from recoupe.claims.shown import bare_fragment, opens_as_fragment, subject_named_in, subjects_apart
    from recoupe.resolve.places import named_apart

    a, b = firm[i], firm[j]
    ca, cb = st._content(a), st._content(b)
    fa, fb = _Features(a), _Features(b)
    shared = ca & cb
    out: list[str] = []
    tests: list[tuple[str, Callable[[], bool]]] = [
        ("frame_part", lambda: part_of.get(a.id) != part_of.get(b.id)),
        ("not_linked_cohesion", lambda: not st._linked(a, b, ca, cb)),
        ("no_rule_link", lambda: not (rule_link(fa, fb) or rule_link(fb, fa)
                                      or st._verb_and_noun(a.predicate, b.predicate)
                                      or st._one_act_one_count(a, b))),
        ("cannot_be_one_fact", lambda: cannot_be_one_fact(fa, fb)),
        ("named_apart", lambda: named_apart(a.text, b.text)),
        ("other_actors", lambda: st._other_actors(a, b, shared) or st._other_actors(b, a, shared)),
        ("other_described_actors", lambda: st._other_described_actors(a, b, shared)
         or st._other_described_actors(b, a, shared)),
        ("other_acts_on_other_things", lambda: st._other_acts_on_other_things(a, b)
         or st._other_acts_on_other_things(b, a)),
        ("actor_guessed", lambda: st._actor_guessed(a, b, shared) or st._actor_guessed(b, a, shared)),
        ("participle_of_another", lambda: st._participle_of_another(a, b) or st._participle_of_another(b, a)),
        ("urged_infinitive", lambda: urged_infinitive(a) != urged_infinitive(b)),
        ("told_apart", lambda: st.told_apart(st._marks(a), st._marks(b))),
        ("en_days_apart", lambda: st._en_days_apart(a, b)),
        ("habitual", lambda: st._habitual(a) != st._habitual(b)),
        ("tally_against_one", lambda: st._tally_against_one(a, b) or st._tally_against_one(b, a)),
        ("measured_apart", lambda: st._measured_apart(a, b)),
        ("counted_at_two_places", lambda: st._counted_at_two_places(a, b)),
        ("one_count_of_two_events", lambda: st._one_count_of_two_events(a, b)),
        ("killer_not_told", lambda: st._killer_not_told(a, b) or st._killer_not_told(b, a)),
        ("relays", lambda: bool(context.cited) and st._relays(a, b, sources, context.cited)),
        ("dependent_articles", lambda: bool(context.runs) and context.dependent(a.article_id, b.article_id)),
    ]
    for name, test in tests:
        if test():
            out.append(name)

    def fragment_refused() -> bool:
        if not opens_as_fragment(a) or not opens_as_fragment(b):
            return False
        bare_a = bare_fragment(a) and not subject_named_in(a, b)
        bare_b = bare_fragment(b) and not subject_named_in(b, a)
        return bare_a or bare_b or subjects_apart(a, b)

    if fragment_refused():
        out.append("fragments_untold")
    return out


def _folded_by(firm: Sequence[Any], sources: Mapping[str, str]) -> str:
    """Which rule of :func:`~recoupe.claims.status.source_roots` leaves firm members of two outlets one
    source: an outlet citing a source not counted in its own voice, an unnamed or role-told speaker
    not counted beside a named one (``citing_or_unnamed``), or copies, one quotation, copied sentences
    folding two keys (``copies_or_quotation``)."""
    from recoupe.claims import status as st

    keys = [st.original_source(c, sources) for c in firm]
    outlets = [sources.get(c.article_id, c.article_id) for c in firm]
    citing = {o for o, k in zip(outlets, keys, strict=True) if k.startswith("said:")}
    named = any(k.startswith("said:") and k != st.UNNAMED for k in keys)
    kept = {k for o, k in zip(outlets, keys, strict=True)
            if not (k.startswith("outlet:") and o in citing) and not (k == st.UNNAMED and named)}
    return "citing_or_unnamed" if len(kept) < 2 else "copies_or_quotation"


def classify(members: Sequence[Any], status: str, sources: Mapping[str, str], context: Any,
             outlet_of: Mapping[str, str], conflicts: Sequence[str]) -> tuple[str, dict[str, Any]]:
    """(class, details) of one non-confirmed group: see the module's docstring."""
    from recoupe.claims import status as st

    detail: dict[str, Any] = {}
    if status in ("contradicted", "disputed"):
        return "e_" + status, detail
    outlets = {outlet_of.get(c.article_id, c.article_id) for c in members}
    indep = {sources.get(c.article_id, c.article_id) for c in members}
    firmly = [c for c in members if st.states_firmly(c)]
    firm_indep = {sources.get(c.article_id, c.article_id) for c in firmly}
    if len(outlets) < 2:
        return "a_one_outlet", detail
    if len(indep) < 2:
        return "b_copies", detail
    if len(firm_indep) < 2:
        unfirm = [c for c in members if sources.get(c.article_id, c.article_id) not in firm_indep]
        if any(c.modality in st.FIRM for c in unfirm):
            return "d_states_firmly(question/label/aim/eventless)", detail
        return "c_modality_" + "+".join(sorted({c.modality for c in unfirm})), detail
    roots = st.source_roots(members, sources, context)
    kinds = {r for r in roots if r is not None}
    if len(kinds) < 2:
        keys = {st.original_source(c, sources) for c in firmly}
        if len(keys) < 2 or all(k.startswith("said:") for k in keys):
            return "c_relay_one_original_source", detail
        return "b_" + _folded_by(firmly, sources), detail
    if "update" in conflicts:
        return "e_update", detail
    if st.disagreeing_figures(members):
        return "e_disagreeing_figures", detail
    # the pair test: the firm members that confirming_part keeps
    firm = sorted((c for c in members if st.states_firmly(c) and st._substantive(c) and not st._one_of_a_cut_set(c)),
                  key=lambda c: c.id)
    if len({sources.get(c.article_id, c.article_id) for c in firm}) < 2:
        return "d_not_substantive", detail
    root_of = dict(zip([c.id for c in firm], st.source_roots(firm, sources, context), strict=True))
    part_of = st._parts_without_frames(sorted(members, key=lambda c: c.id))
    best: tuple[int, list[str], tuple[str, str]] | None = None
    for k, a in enumerate(firm):
        for b in firm[k + 1:]:
            if sources.get(a.article_id, a.article_id) == sources.get(b.article_id, b.article_id):
                continue
            if root_of[a.id] is None or root_of[b.id] is None or root_of[a.id] == root_of[b.id]:
                continue
            i, j = firm.index(a), firm.index(b)
            refused = pair_refusals(firm, i, j, sources, context, part_of)
            key = (len(refused), refused, (a.id, b.id))
            if best is None or key[:1] < best[:1]:
                best = key
    if best is None:
        return "b_" + _folded_by(firm, sources) + "_of_substantive", detail
    detail["refusals"] = best[1]
    detail["pair"] = best[2]
    if not best[1]:
        return "e_pair_ok_but_not_confirmed", detail
    return "d_" + "+".join(best[1]), detail


def diagnose(gold_path: Path, store_path: Path, show: bool = False) -> dict[str, Any]:
    from recoupe.claims.status import conflicts_by_group, source_context
    from recoupe.report.dossier import build_dossier
    from recoupe.storage import Store

    gold, _ = load(gold_path, data_of(json.loads(gold_path.read_text("utf-8"))))
    with Store.open(store_path) as store:
        dossier = build_dossier(store)
        m = map_spans(gold, dossier)
        claims = store.claims()
        by_id = {c.id: c for c in claims}
        members: dict[str, list[Any]] = defaultdict(list)
        for c in claims:
            if c.group_id:
                members[c.group_id].append(c)
        rows = store.article_rows()
        articles = [r["id"] for r in rows]
        sources = store.sources_of(articles)
        outlet_of = {a.id: (a.outlet or a.id) for a in store.articles()}
        context = source_context(store, articles)
        conflicts = conflicts_by_group(store.contradictions())
    status = {g["id"]: g["status"] for g in dossier["claim_groups"]}
    facts_in: dict[str, Counter[str]] = defaultdict(Counter)
    for sid, cid in m.items():
        if cid is not None and by_id[cid].group_id:
            facts_in[by_id[cid].group_id][gold.spans[sid].fact] += 1
    # per gold fact, the outlets whose spans map to a grouped claim, by group
    fact_groups: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for sid, cid in m.items():
        if cid is not None:
            c = by_id[cid]
            fact_groups[gold.spans[sid].fact][c.group_id or c.id].add(outlet_of.get(c.article_id, ""))
    classes: Counter[str] = Counter()
    shown: list[str] = []
    for gid, facts in sorted(facts_in.items()):
        fact = sorted(facts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        if not gold.facts.get(fact, {}).get("confirmed") or status.get(gid) == "confirmed":
            continue
        cls, detail = classify(members[gid], status.get(gid, "?"), sources, context, outlet_of,
                               sorted(conflicts.get(gid, ())))
        if cls == "a_one_outlet":
            mine = {outlet_of.get(c.article_id, "") for c in members[gid]}
            elsewhere = [g for g, outs in fact_groups[fact].items() if g != gid and outs - mine]
            cls = "a_split" if elsewhere else "a_alone"
            if any(status.get(g) == "confirmed" for g in elsewhere):
                cls += "_confirmed_elsewhere"  # the fact is shown confirmed by another group
            detail["other_groups"] = elsewhere
        classes[cls] += 1
        if show:
            shown.append(f"{cls} {gid} ({status.get(gid)}) fact {fact} {detail}")
            for c in sorted(members[gid], key=lambda c: c.id):
                shown.append(f"    [{c.id} {outlet_of.get(c.article_id, '')} {c.modality}"
                             f"{' <' + c.attributed_to + '>' if c.attributed_to else ''}] « {c.text[:110]} »")
    return {"classes": dict(classes.most_common()), "total": sum(classes.values()), "shown": shown}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, required=True)
    ap.add_argument("--store", type=Path, required=True, help="a store eval_pairs --keep built (DIR/pairs.db)")
    ap.add_argument("--show", action="store_true", help="print each group (the eval set's texts: terminal only)")
    ap.add_argument("--counts-only", action="store_true")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    res = diagnose(args.gold, args.store, args.show and not args.counts_only)
    print(f"{args.gold.name}: {res['total']} gold-confirmed groups not confirmed")
    for k, v in res["classes"].items():
        print(f"  {v:4d}  {k}")
    if args.show and not args.counts_only:
        print("\n".join(res["shown"]))
    if args.json:
        args.json.write_text(json.dumps({k: v for k, v in res.items() if k != "shown"}, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Story clustering diagnostics on the rss-trends-fr labels: where the errors are, and a fast replay.

    python -m benchmarks.diag_stories capture [--data rss|wmt|basil] [--out FILE]  # build once, keep what
                                                                                    # assign_story saw
    python -m benchmarks.diag_stories replay [--in FILE ...] [--set key=value ...] [--errors N] [--orders N]

``capture`` builds the five labelled days with the library (in this process, the settings of the
build) and records, for every article integrated, the inputs of
:func:`recoupe.resolve.stories.assign_story` (terms, date, meaning vector, language, event signals),
its link and title. Nothing of the eval data goes into the repo: the capture is written to a
temporary folder (default ``/tmp/recoupe-stories-capture.pkl``). ``--data wmt``, ``--data basil`` and
``--data ecb-dev`` capture the other story sets instead (the 352 WMT14 fr-en articles, gold the doc id; the
300 BASIL articles, gold the event; the ECB+ dev pile of :mod:`benchmarks.eval_ecb_piles`, gold the ECB+
event), with their gold ids in the capture, so that a change is replayed on all the sets in seconds; their
replay prints pairwise P/R/F1 against those ids (for WMT, the share of docs whose two versions share a
story and the article pairs of different docs merged; for ECB+, the stories holding two events).

``capture --dated`` builds the five days one at a time, the items that state no publication date dated by
the day they were collected (as ``eval_stories --dated``): report time known, so that « samedi » resolves
and the event days (``stories.day_veto``) can be replayed.

``replay`` runs the captured articles, in the build's order, through
:func:`recoupe.resolve.stories.assign_story` against an in-memory store (seconds instead of a
build), scores them against the gold (all items, tune days 14-16, held-out days 17-18) and with
``--errors N`` prints the N biggest false merges (predicted stories mixing gold stories) and the N
most split gold stories, by title (``--tune-only`` restricts the error lists to tune-day items, so
that nothing is learned from the held-out days). The titles are printed to the terminal only.

``replay --explain N`` takes the N most split gold stories (with ``--tune-only``, of the tune days)
and prints, for each item outside the predicted story that holds most of them, the parts of its
similarity to that story (capped tf-idf cosine, meaning cosine, headline share, their blend) and
its blend against its own story without it (:func:`components`): a weak link to its event, or a
smaller story of near-identical items that wins it by a narrow or a wide margin.

``replay --breakdown`` splits the pairs found, missed and false of the tune days and of the
held-out days by the gold story's size and kind (:func:`breakdown`).

``replay --orders N`` replays each capture in N canonical orders (:func:`reorder`: the build's, then
salted hashes of the ids within each date) and prints each split's mean and spread: single-pass
clustering depends on the order, and a change is judged on the mean, not on one order.

``replay --group-merges`` tries a story-level second pass (:func:`group_merges`): a story of 2+
articles goes into the story every one of them, read alone against the final stories
(:func:`rescore`), would have joined, when that story is some times bigger (a sub-event's few
articles beside its event's story); it prints each split's score after it, by threshold and
size ratio.

``replay --set reread=N`` adds N re-reading passes after the forward pass: every article is taken
out of its story and assigned again against the final stories, in the same order, with
:func:`recoupe.resolve.stories.reread_story` (what a build does once, ``stories.reread``; the
claim stages it reruns play no part in the stories). Without ``--set reread`` it follows the setting
(on: one pass); ``reread=0`` is the forward pass alone. Each pass is followed by the second pass of
``stories.reread_again`` (``--set reread_again=0``: none).
``--set merge_share=1`` replays the merge pass without its second rule (``stories.merge_share``: a
story of 3+ articles that part of them scored, every one naming a rare entity of the bigger story).
``capture`` builds with the pass off, so that the records are what the forward pass read.
"""

from __future__ import annotations

import argparse
import hashlib
import inspect
import json
import pickle
import tempfile
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path
from typing import Any

from benchmarks.eval_stories import (
    DATA,
    DAYS,
    HELD_OUT_DAYS,
    TUNE_DAYS,
    news_files,
    norm_link,
    read_gold,
    read_gold_days,
    score,
)

CAPTURE = Path(tempfile.gettempdir()) / "recoupe-stories-capture.pkl"
# keyword arguments of assign_story that the capture keeps as the build computed them
SIGNALS = ("events", "places", "figures", "acts", "lead", "areas", "deeds", "days")  # recorded as the build passed them


def capture(out: Path, data: str = "rss", dated: bool = False) -> None:
    import recoupe.pipeline as pipeline
    import recoupe.resolve.stories as stories
    from recoupe.claims.groups import count_keys
    from recoupe.settings import Settings
    from recoupe.storage import Store

    records: list[dict[str, Any]] = []
    original = stories.assign_story
    original_integrate = pipeline.integrate
    current: dict[str, Any] = {}

    def spy(store, article_id, terms, published, label, **kw):
        current.update(article_id=article_id, terms=Counter(terms), published=published, label=label,
                       meaning=kw.get("meaning"), language=kw.get("language", ""),
                       **{k: kw[k] for k in SIGNALS if k in kw})
        return original(store, article_id, terms, published, label, **kw)

    def integrate(store, item, settings, reread=None):
        current.clear()
        story = original_integrate(store, item, settings, reread)
        a = item.analysis
        keys: set[str] = set()
        for c in a.claims:
            c.lemmas = item.claim_lemmas.get(c.id, [])
            keys |= count_keys(c)
        current.update(url=item.raw.fields.get("url", ""), title=item.article.title, story=story, keys=sorted(keys),
                       mentions=[(m.entity_id, m.type, m.text) for m in a.mentions],
                       claims=[(c.predicate, c.place, c.place_entity, c.time, c.subject_entity, c.text, c.sentence,
                               c.subject) for c in a.claims],
                       times=[(e.start, e.end, e.precision) for e in a.events])
        records.append(dict(current))
        return story

    stories.assign_story = spy
    pipeline.integrate = integrate
    gold: dict[str, str] = {}
    try:
        with tempfile.TemporaryDirectory() as tmp:
            files = [str(p) for p in news_files(DATA)]
            if data != "rss":
                files, gold = _other_set(data, Path(tmp))
            store = Store.open(Path(tmp) / "s.db")
            if dated and data == "rss":  # one build a day, undated items dated by their day (eval_stories --dated)
                for f, day in zip(files, DAYS, strict=True):
                    pipeline.build(store, [f], published=date.fromisoformat(day),
                                   settings=Settings.load(stories__reread=False))
            else:
                pipeline.build(store, files, settings=Settings.load(stories__reread=False))
            store.close()
    finally:
        stories.assign_story = original
        pipeline.integrate = original_integrate
    _lead_meanings(records)
    payload: Any = records if data == "rss" else {"set": data, "records": records, "gold": gold}
    out.write_bytes(pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL))
    print(f"captured {len(records)} articles of {data} into {out}")


def _lead_meanings(records: list[dict[str, Any]]) -> None:
    """Encode, in the capture, the article-without-its-lead of every article whose lead another
    article shares (:class:`recoupe.resolve.stories.Lead`), so that a replay in any order finds it
    computed and never loads the encoder."""
    from recoupe.nlp.meaning import embed, to_bytes

    leads = [r["lead"] for r in records if r.get("lead") is not None]
    count = Counter(x.key for x in leads)
    for x in leads:
        x.used = False
        if (count[x.key] >= 2 or x.live) and x.meaning is None:
            x.meaning = to_bytes(embed([x.text])[0])


def _other_set(data: str, tmp: Path) -> tuple[list[str], dict[str, str]]:
    """The JSON Lines file the scorer of ``data`` (wmt, basil) builds, and its gold (link -> id)."""
    path = tmp / f"{data}.jsonl"
    if data == "wmt":
        from benchmarks.eval_stories import wmt_items

        items = wmt_items()
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r, _, _ in items), "utf-8")
        return [str(path)], {norm_link(r["url"]): d for r, d, _ in items}
    if data == "basil":
        from benchmarks.eval_basil_stories import read_basil, write_jsonl

        basil = read_basil()
        write_jsonl(path, basil)
        return [str(path)], {norm_link(x["record"]["url"]): x["event"] for x in basil}
    if data == "ecb-dev":  # the ECB+ dev pile (benchmarks.eval_ecb_piles), gold the ECB+ event
        from benchmarks.eval_ecb_piles import pile

        records = pile("dev")
        lines = (json.dumps({k: v for k, v in r.items() if k not in ("event", "doc")}) + "\n" for r in records)
        path.write_text("".join(lines), "utf-8")
        return [str(path)], {norm_link(r["url"]): r["event"] for r in records}
    raise SystemExit(f"unknown set {data!r}: rss, wmt, basil or ecb-dev")


def replay(records: list[dict[str, Any]], params: dict[str, Any], keep: dict[str, Any] | None = None) -> dict[str, str]:
    """link -> story id after replaying ``records`` into a fresh in-memory store. ``keep``, when
    given, receives the store (``store``), each article's posted terms (``posted``) and the
    settings it was replayed with (``params``), for :func:`explain`."""
    from recoupe.nlp.meaning import USE_M3
    from recoupe.resolve import stories
    from recoupe.settings import Settings
    from recoupe.storage import Store

    settings = Settings.load()
    p = {k.removeprefix("stories."): v for k, v in settings.values.items() if k.startswith("stories.")} | params
    store = Store.open(":memory:")
    out: dict[str, str] = {}
    named = ("threshold", "window_days", "meaning_weight", "time_decay", "time_grace_days", "cross_language_margin",
             "meaning_candidates")
    accepted = inspect.signature(stories.assign_story).parameters
    extra = {k: v for k, v in p.items() if k in accepted and k not in named}  # the other stories.* settings
    reread = int(p.pop("reread", 0))  # re-reading passes after the forward one (the setting: 1)
    again = float(p.pop("reread_again", 0.0))  # each followed by the second pass of stories.reread_again
    merge_ratio = float(p.pop("merge_ratio", 0.0))  # the merge pass after the last re-reading (stories.merge_ratio)
    posted_by: dict[str, tuple[str, dict[str, float]]] = {}
    add_to_story = store.add_to_story

    def spy_add(story_id: str, article_id: str, terms: dict[str, float], published: Any) -> None:
        posted_by[article_id] = (story_id, dict(terms))
        add_to_story(story_id, article_id, terms, published)

    store.add_to_story = spy_add  # type: ignore[method-assign]
    calls = []
    with store.transaction():
        for i, r in enumerate(records):
            store.db.execute("INSERT INTO articles (id, seq, origin, url, text, published) VALUES (?,?,'',?,'',?)",
                             (r["article_id"], i + 1, r["url"],
                              r["published"].isoformat() if r["published"] else None))
            if r["meaning"] is not None:
                store.set_article_meaning(r["article_id"], USE_M3, r["meaning"])
            signals = {k: r[k] for k in SIGNALS if k in r}
            if signals.get("lead") is not None and "live" not in vars(signals["lead"]):
                signals["lead"].live = stories.live_page(r["label"])  # a capture made before live pages
            if "events" not in signals:  # a capture made before the build passed them
                signals["events"] = stories.event_classes(
                    [c[0] for c in r["claims"]] + [t[2:] for t in r["terms"] if t.startswith("L:")])
                signals["places"] = stories.specific_places(r["mentions"])
            if "races" not in signals and "race_veto" in extra:  # a capture made before the build passed them
                signals["races"] = stories.race_keys(r["label"]) if r["language"] == "fr" else frozenset()
            if "acts" not in signals and "mentions" in r:  # a capture made before the build passed them
                signals["acts"] = stories.headline_acts(r["label"], r["mentions"], [(c[0], c[4]) for c in r["claims"]])
            if "areas" not in signals and "place_apart_veto" in extra and "mentions" in r:
                signals["areas"] = stories.place_areas(r["mentions"])  # a capture made before the build passed them
            if "deeds" not in signals and "place_apart_veto" in extra and "claims" in r:  # an older capture
                signals["deeds"] = stories.apart_events(c[0] for c in r["claims"])
            if "figures" not in signals and "keys" in r:
                signals["figures"] = stories.figure_keys(r["keys"], r["language"])
            kw = dict(threshold=p["threshold"],
                      window_days=p["window_days"], meaning=r["meaning"], meaning_weight=p["meaning_weight"],
                      language=r["language"], time_decay=p["time_decay"], time_grace_days=p["time_grace_days"],
                      cross_language_margin=p["cross_language_margin"], meaning_candidates=p["meaning_candidates"],
                      **signals, **extra)
            stories.assign_story(store, r["article_id"], r["terms"], r["published"], r["label"], **kw)
            calls.append((r, kw))
        last = stories.MergeReads()  # what each article's last reading scored (decayed, live)
        for _ in range(reread):  # the library's re-reading pass (pipeline.reread_stories), stories only
            margins: dict[str, float] = {}
            touched = _reread_pass(store, calls, posted_by, None, margins if again else None, last)
            if again and touched:  # its second pass over the articles the first may have unsettled
                unsettled = {a for a, m in margins.items() if m <= again}
                _reread_pass(store, calls, posted_by,
                             lambda a, s, t=touched, u=unsettled: s in t or a in u, None, last)
        merged: dict[str, str] = {}
        if reread and merge_ratio:
            members: dict[str, list[str]] = defaultdict(list)
            reads = last.last()
            for aid, (sid, _) in reads.items():
                members[sid].append(aid)
            share = float(p.get("merge_share", 1.0))
            terms_of = {r["article_id"]: r["terms"] for r in records}
            rare = float(p.get("merge_rare", 0.01))
            merged = stories.story_merges(
                members, {a: sc for a, (_, sc) in reads.items()}, store.story_size, p["threshold"], merge_ratio,
                (lambda a, b: stories.rare_entity_shared(store, terms_of[a], b, rare)) if share < 1 else None,
                share)
    for r in records:
        row = store.db.execute("SELECT story_id FROM articles WHERE id=?", (r["article_id"],)).fetchone()
        out[norm_link(r["url"])] = merged.get(row[0], row[0])
    if keep is not None:
        keep.update(store=store, posted={a: t for a, (_, t) in posted_by.items()}, params=p, calls=calls,
                    posted_by=posted_by)
    return out


def rescore(keep: dict[str, Any]) -> tuple[dict[str, str], dict[str, dict[str, float]]]:
    """Each replayed article read once more against the final stories, as the re-reading pass
    reads it (:func:`recoupe.resolve.stories.reread_story`), keeping what it scored each candidate
    story (its own taken without it): link -> story, link -> {story: similarity}. An article that
    stays writes nothing; the few that still move, move (a last re-reading step)."""
    from recoupe.resolve import stories

    store, posted_by = keep["store"], keep["posted_by"]
    where: dict[str, str] = {}
    scored: dict[str, dict[str, float]] = {}
    for r, kw in keep["calls"]:
        sid, posted = posted_by[r["article_id"]]
        got: dict[str, float] = {}
        rest = {k: v for k, v in kw.items() if k != "meaning"}
        link = norm_link(r["url"])
        where[link] = stories.reread_story(store, r["article_id"], sid, posted, r["terms"], r["published"],
                                           r["label"], meaning=r["meaning"], scored=got, **rest)
        scored[link] = {k: v for k, v in got.items() if k != where[link]}
    return where, scored


def group_merges(pred: dict[str, str], scored: dict[str, dict[str, float]], threshold: float,
                 ratio: float = 1.0) -> dict[str, str]:
    """A story-level merge, as a second pass would make it: a story A of 2+ articles goes into the
    story B where every one of its articles, read alone, would have gone (each scored B at
    ``threshold`` or more: the lowest of their scores is the highest of any story), when B holds at
    least ``ratio`` times as many articles. One hop: a story that takes another is not moved
    itself. Returns ``pred`` with A's articles in B (``scored``: :func:`rescore`)."""
    members: dict[str, list[str]] = defaultdict(list)
    for x, s in pred.items():
        members[s].append(x)
    into: dict[str, str] = {}
    for a, xs in sorted(members.items()):
        if len(xs) < 2:
            continue
        lows: dict[str, float] = {}
        for b in set.intersection(*(set(scored.get(x, {})) for x in xs)) - {a}:
            lows[b] = min(scored[x][b] for x in xs)
        if not lows:
            continue
        b = max(sorted(lows), key=lows.__getitem__)
        if lows[b] >= threshold and len(members[b]) >= ratio * len(xs):
            into[a] = b
    return {x: into[s] if s in into and into[s] not in into else s for x, s in pred.items()}


def _reread_pass(store: Any, calls: list[tuple[dict[str, Any], dict[str, Any]]],
                 posted_by: dict[str, tuple[str, dict[str, float]]], select: Any, margins: dict[str, float] | None,
                 last: Any = None) -> set[str]:
    """One re-reading pass as :func:`recoupe.pipeline.reread_stories` makes it (stories only): the
    articles ``select(article id, story id)`` accepts (or all), ``margins`` and ``last`` (article ->
    its story and the other stories it scored at the threshold or more, decayed:
    :class:`recoupe.resolve.stories.MergeReads`) filled as there (the replay drops no empty story);
    returns the stories an article left or joined."""
    from recoupe.resolve import stories

    touched: set[str] = set()
    scored: dict[str, float] = {}
    decayed: dict[str, float] = {}
    for r, kw in calls:
        sid, posted = posted_by[r["article_id"]]
        if select is not None and not select(r["article_id"], sid):
            continue
        rest = {k: v for k, v in kw.items() if k != "meaning"}
        new = stories.reread_story(store, r["article_id"], sid, posted, r["terms"], r["published"], r["label"],
                                   meaning=r["meaning"], scored=scored if margins is not None or last is not None
                                   else None, decayed=decayed if last is not None else None, **rest)
        if last is not None:
            last.read(r["article_id"], new, decayed, kw["threshold"], new != sid and store.story_size(new) == 1)
        if new != sid:
            touched |= {sid, new}
        elif margins is not None:
            kept = scored.get(sid, 0.0) if store.story_size(sid) > 1 else kw["threshold"]
            margins[r["article_id"]] = kept - max((v for k, v in scored.items() if k != sid), default=0.0)
    return touched


def components(store: Any, r: dict[str, Any], story_id: str, posted: dict[str, float] | None,
               p: dict[str, Any]) -> dict[str, float]:
    """What the similarity of article ``r`` (a capture record, read as the last replay read it)
    to ``story_id`` is made of: the capped tf-idf cosine (``tfidf``), the meaning cosine with the
    centroid (``meaning``), the headline share (``headline``) and the blend without the vetoes and
    bonuses (``sim``). With ``posted`` (the article's own story), the story is taken without it."""
    import math

    from recoupe.nlp.meaning import cosine as meaning_cosine
    from recoupe.nlp.meaning import from_bytes, sum_from_bytes
    from recoupe.resolve import stories

    terms, mv = r["terms"], r["meaning"]
    if r.get("lead") is not None and r["lead"].used:
        terms, mv = r["lead"].terms, r["lead"].meaning
    vec = stories.article_vector(store, terms)
    story = dict(store.story_terms(story_id))
    centroid = sum_from_bytes(store.story_meaning(story_id) or b"")
    if posted is not None:
        story = {t: w for t, w in ((t, w - posted.get(t, 0.0)) for t, w in story.items()) if w >= 1e-9}
        if mv is not None and len(centroid):
            centroid = centroid - from_bytes(mv)
    spread = p.get("term_spread", 0.0)
    tfidf = (stories.spread_cosine(vec, story, lambda: stories.l2_norm(story), spread) if spread
             else stories.cosine(vec, story))
    meaning = meaning_cosine(from_bytes(mv), centroid) if mv is not None and len(centroid) else 0.0
    words = stories.headline_words(r["label"])
    n = max(store.article_total(), 1)
    hdf = store.df([f"h:{w}" for w in words])
    idf = {w: math.log((n + stories.BACKGROUND_DOCS) / (hdf.get(f"h:{w}", 0) + 1)) for w in words}
    headline = stories.headline_share(words, idf, story)
    w = p.get("meaning_weight", 0.0)
    sim = (1 - w) * tfidf + w * meaning + p.get("headline_weight", 0.0) * headline
    return {"tfidf": tfidf, "meaning": meaning, "headline": headline, "sim": sim}


def explain(pred: dict[str, str], records: list[dict[str, Any]], keep: dict[str, Any], n: int,
            tune_only: bool = False) -> None:
    """For the ``n`` most split gold stories: each item outside the predicted story that holds most
    of them, with the parts of its similarity to that story and to its own story (without it):
    whether it was a weak link, or a smaller story that won it (printed to the terminal only)."""
    gold, days = read_gold(), read_gold_days()
    by_link = {norm_link(r["url"]): r for r in records}
    by_gold: dict[str, list[str]] = defaultdict(list)
    for x, g in gold.items():
        if x in pred and x in by_link and (not tune_only or days.get(x) in TUNE_DAYS):
            by_gold[g].append(x)

    def missed(xs: list[str]) -> int:
        return len(xs) * (len(xs) - 1) // 2 - sum(k * (k - 1) // 2 for k in Counter(pred[x] for x in xs).values())

    store, p = keep["store"], keep["params"]
    print("\n== why the most split gold stories are split (against the main story | against its own) ==")
    for g, xs in sorted(by_gold.items(), key=lambda kv: (-missed(kv[1]), kv[0]))[:n]:
        main = Counter(pred[x] for x in xs).most_common(1)[0][0]
        print(f"-- {g}: {len(xs)} items, {missed(xs)} missed pairs; main story {main} "
              f"({store.story_size(main)} articles)")
        for x in sorted(xs):
            if pred[x] == main:
                continue
            r = by_link[x]
            a = components(store, r, main, None, p)
            o = components(store, r, pred[x], keep["posted"].get(r["article_id"]), p)
            print(f"   main: tfidf {a['tfidf']:.2f} meaning {a['meaning']:.2f} headline {a['headline']:.2f} "
                  f"= {a['sim']:.2f} | own {pred[x]} ({store.story_size(pred[x])}): {o['sim']:.2f} | "
                  f"{r['title'][:70]}")


def reorder(records: list[dict[str, Any]], seed: int) -> list[dict[str, Any]]:
    """The records in another canonical order: by publication date (undated first) as the build
    sorts them, but within a date by a salted hash of the article id instead of the id itself.
    Single-pass clustering depends on the order; the build's order is one draw among these
    (seed 0 keeps it), so a change is judged on the mean over several draws, not on one."""
    if seed == 0:
        return records
    salt = str(seed).encode()
    return sorted(records, key=lambda r: (r["published"].isoformat() if r["published"] else "",
                                          hashlib.sha1(salt + r["article_id"].encode()).hexdigest()))


def scores(pred: dict[str, str], payload: Any) -> dict[str, float]:
    """Pairwise F1 by split: rss ``all`` / ``tune`` / ``held-out``, or the set's name (and WMT's
    linked docs)."""
    if isinstance(payload, dict):
        gold = payload["gold"]
        sc = score({x: pred.get(x, f"__dropped__:{x}") for x in gold}, gold)["pairwise"]
        out = {payload["set"]: sc["f1"]}
        if payload["set"] == "wmt":
            docs: dict[str, set[str]] = defaultdict(set)
            for x, d in gold.items():
                docs[d].add(pred.get(x, x))
            out["wmt linked"] = sum(len(v) == 1 for v in docs.values()) / len(docs)
            out["wmt other pairs"] = sc["fp"]
        return out
    gold, days = read_gold(), read_gold_days()
    filled = {x: pred.get(x, f"__dropped__:{x}") for x in gold}
    out = {"all": score(filled, gold)["pairwise"]["f1"]}
    for label, split in (("tune", TUNE_DAYS), ("held-out", HELD_OUT_DAYS)):
        part = {x: g for x, g in gold.items() if days.get(x) in split}
        out[label] = score({x: filled[x] for x in part}, part)["pairwise"]["f1"]
    return out


def report_other(pred: dict[str, str], gold: dict[str, str], data: str) -> None:
    """Pairwise and B-cubed F1 of a replayed WMT or BASIL capture against its gold ids."""
    s = score({x: pred.get(x, f"__dropped__:{x}") for x in gold}, gold)
    pw, b3 = s["pairwise"], s["bcubed"]
    print(f"{data:<16} pw P {pw['p']:.3f} R {pw['r']:.3f} F1 {pw['f1']:.3f}   B3 F1 {b3['f1']:.3f}", end="")
    if data == "wmt":
        docs: dict[str, set[str]] = defaultdict(set)
        for x, d in gold.items():
            docs[d].add(pred.get(x, x))
        linked = sum(len(v) == 1 for v in docs.values())
        print(f"   linked {linked}/{len(docs)}, pairs of different docs merged {pw['fp']}", end="")
    if data.startswith("ecb"):
        events: dict[str, set[str]] = defaultdict(set)
        for x, e in gold.items():
            events[pred.get(x, x)].add(e)
        print(f"   stories {len(events)}, holding two events {sum(len(v) > 1 for v in events.values())}", end="")
    print()


def report(pred: dict[str, str], records: list[dict[str, Any]], errors: int, tune_only: bool = False) -> None:
    gold = read_gold()
    days = read_gold_days()
    filled = {x: pred.get(x, f"__dropped__:{x}") for x in gold}
    rows = {"all": score(filled, gold)}
    for label, split in (("tune 14-16", TUNE_DAYS), ("held-out 17-18", HELD_OUT_DAYS)):
        part = {x: g for x, g in gold.items() if days.get(x) in split}
        rows[label] = score({x: filled[x] for x in part}, part)
    for name, s in rows.items():
        pw, b3 = s["pairwise"], s["bcubed"]
        print(f"{name:<16} pw P {pw['p']:.3f} R {pw['r']:.3f} F1 {pw['f1']:.3f}   B3 F1 {b3['f1']:.3f}")
    if not errors:
        return
    title = {norm_link(r["url"]): f"{r['published']} {r['title'][:90]}" for r in records}
    by_pred: dict[str, list[str]] = defaultdict(list)
    by_gold: dict[str, list[str]] = defaultdict(list)
    for x in gold:
        if tune_only and days.get(x) not in TUNE_DAYS:
            continue
        by_pred[filled[x]].append(x)
        by_gold[gold[x]].append(x)

    def false_pairs(xs: list[str]) -> int:
        c = Counter(gold[x] for x in xs)
        n = len(xs)
        return n * (n - 1) // 2 - sum(k * (k - 1) // 2 for k in c.values())

    def missed_pairs(xs: list[str]) -> int:
        c = Counter(filled[x] for x in xs)
        n = len(xs)
        return n * (n - 1) // 2 - sum(k * (k - 1) // 2 for k in c.values())

    print("\n== biggest false merges (false pairs; gold story: titles) ==")
    for sid, xs in sorted(by_pred.items(), key=lambda kv: -false_pairs(kv[1]))[:errors]:
        print(f"-- {sid}: {len(xs)} items, {false_pairs(xs)} false pairs")
        for g, n in Counter(gold[x] for x in xs).most_common(6):
            ex = next(x for x in xs if gold[x] == g)
            print(f"   [{g} x{n}] {title.get(ex, ex)}")
    print("\n== most split gold stories (missed pairs; predicted story: titles) ==")
    for g, xs in sorted(by_gold.items(), key=lambda kv: -missed_pairs(kv[1]))[:errors]:
        print(f"-- {g}: {len(xs)} items, {missed_pairs(xs)} missed pairs")
        for s, n in Counter(filled[x] for x in xs).most_common(8):
            ex = next(x for x in xs if filled[x] == s)
            print(f"   [{s} x{n}] {title.get(ex, ex)}")


def size_class(n: int) -> str:
    """The size classes of :func:`breakdown`."""
    return "1" if n == 1 else "2-4" if n <= 4 else "5-11" if n <= 11 else "12-24" if n <= 24 else "25+"


def breakdown(pred: dict[str, str], gold: dict[str, str], days: dict[str, str]) -> dict[str, Counter[str]]:
    """Where the pairwise errors of ``pred`` lie, over the items of ``gold`` (link -> story; ``days``:
    link -> day): found (``tp``) and missed (``fn``) same-story pairs by the gold story's size class
    (``size:<class>``) and kind (``kind:one-day`` / ``kind:multi-day``, by the days of its items), and
    false pairs (``fp``, half to each side's gold story) by the same classes, singletons included
    (``kind:singleton``). The totals are under ``all``. Pairwise F1 counts pairs, so a few large gold
    stories weigh most: this says how much."""
    size = Counter(gold.values())
    spans: dict[str, set[str]] = defaultdict(set)
    for x, g in gold.items():
        spans[g].add(days.get(x, ""))

    def kind(g: str) -> str:
        return "singleton" if size[g] == 1 else "multi-day" if len(spans[g]) > 1 else "one-day"

    out: dict[str, Counter[str]] = defaultdict(Counter)
    items = sorted(gold)
    for i, a in enumerate(items):
        for b in items[i + 1:]:
            same, together = gold[a] == gold[b], pred.get(a, "\0" + a) == pred.get(b, "\0" + b)
            if same:
                k = "tp" if together else "fn"
                for label in ("all", f"size:{size_class(size[gold[a]])}", f"kind:{kind(gold[a])}"):
                    out[label][k] += 1
            elif together:
                out["all"]["fp"] += 1
                for g in (gold[a], gold[b]):
                    out[f"size:{size_class(size[g])}"]["fp"] += 0.5  # type: ignore[assignment]
                    out[f"kind:{kind(g)}"]["fp"] += 0.5  # type: ignore[assignment]
    return out


def report_breakdown(pred: dict[str, str]) -> None:
    """:func:`breakdown` of the tune days and of the held-out days, each scored on its own items."""
    gold, days = read_gold(), read_gold_days()
    for label, split in (("tune 14-16", TUNE_DAYS), ("held-out 17-18", HELD_OUT_DAYS)):
        part = {x: g for x, g in gold.items() if days.get(x) in split}
        print(f"\n== {label}: same-story pairs found (tp) / missed (fn), false pairs (fp, half to each side) ==")
        for key, c in sorted(breakdown(pred, part, days).items()):
            print(f"   {key:<16} tp {c['tp']:6.0f}  fn {c['fn']:6.0f}  fp {c['fp']:6.1f}")


def _fmt(split_scores: dict[str, float]) -> str:
    return "  ".join(f"{k} {v:.3f}" for k, v in split_scores.items())


def _value(v: str) -> Any:
    for cast in (int, float):
        try:
            return cast(v)
        except ValueError:
            pass
    return v


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("capture")
    c.add_argument("--out", type=Path, default=CAPTURE)
    c.add_argument("--data", default="rss", choices=("rss", "wmt", "basil", "ecb-dev"),
                   help="which labelled set to build")
    c.add_argument("--dated", action="store_true", help="rss: build day by day, undated items dated by their day")
    r = sub.add_parser("replay")
    r.add_argument("--in", dest="inp", type=Path, nargs="+", default=[CAPTURE],
                   help="captures to replay (rss, wmt, basil: each scored against its own gold)")
    r.add_argument("--set", nargs="*", default=[], help="stories.* settings (without the prefix): key=value")
    r.add_argument("--errors", type=int, default=0)
    r.add_argument("--tune-only", action="store_true", help="error lists from tune-day items only")
    r.add_argument("--explain", type=int, default=0,
                   help="for the N most split gold stories, the parts of each stray item's similarity to the "
                        "story holding most of them and to its own")
    r.add_argument("--breakdown", action="store_true",
                   help="pairs found, missed and false by gold story size and kind, tune and held-out days")
    r.add_argument("--group-merges", action="store_true",
                   help="score the one-hop story merge of group_merges at a few thresholds and size ratios")
    r.add_argument("--orders", type=int, default=0,
                   help="also replay N canonical orders (salted hashes) and print each split's mean and spread")
    args = ap.parse_args(argv)
    if args.cmd == "capture":
        capture(args.out, args.data, args.dated)
        return
    params = {k: _value(v) for k, v in (s.split("=", 1) for s in args.set)}
    for path in args.inp:
        payload = pickle.loads(path.read_bytes())
        records = payload["records"] if isinstance(payload, dict) else payload
        if args.orders:
            runs = [scores(replay(reorder(records, seed), params), payload) for seed in range(args.orders)]
            for key in runs[0]:
                xs = [r[key] for r in runs]
                mean = sum(xs) / len(xs)
                sd = (sum((x - mean) ** 2 for x in xs) / max(len(xs) - 1, 1)) ** 0.5
                print(f"{key:<16} mean {mean:.3f} sd {sd:.3f} over {len(xs)} orders  "
                      f"(min {min(xs):.3f} max {max(xs):.3f})")
        elif args.group_merges:
            keep: dict[str, Any] = {}
            replay(records, params, keep)
            where, got = rescore(keep)
            print(f"{path.name}: as replayed {_fmt(scores(where, payload))}")
            for t in (0.35, 0.4, 0.45):
                for ratio in (1, 2, 3):
                    merged = group_merges(where, got, t, ratio)
                    n = sum(1 for x in where if merged[x] != where[x])
                    print(f"  threshold {t} ratio {ratio}: {n:4d} articles moved, {_fmt(scores(merged, payload))}")
        elif isinstance(payload, dict):
            report_other(replay(records, params), payload["gold"], payload["set"])
        else:
            keep = {}
            pred = replay(records, params, keep)
            report(pred, records, args.errors, args.tune_only)
            if args.explain:
                explain(pred, records, keep, args.explain, args.tune_only)
            if args.breakdown:
                report_breakdown(pred)


if __name__ == "__main__":
    main()

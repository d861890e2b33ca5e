"""Blind gold for quote speakers on French RSS news items (issue 14): quotes and who the text says spoke.

    python -m benchmarks.gold.rssquotes dump OUTDIR [--items N]   # the selected items' texts as recoupe reads them
    python -m benchmarks.gold.rssquotes anchor SCRATCH.txt...     # string annotations -> offset gold
    python -m benchmarks.gold.rssquotes check                     # every stored span still anchors

Each command takes ``--set first`` (default: ``rssquotes/quotes.json``, days 2026-08-14..18, below),
``--set second`` (``rssquotes/quotes2.json``, :func:`candidates2`: days 2026-08-19..21, items
never seen on the first days nor in any gold, taken outlet by outlet) or ``--set third``
(``rssquotes/quotes3.json``, :func:`candidates3`: days 2026-08-14..18 again, items in neither
speaker gold nor any cross-checking gold, in a salted SHA-1 order taken outlet by outlet) or
``--set fourth`` (``rssquotes/quotes4.json``, :func:`candidates4`: days 2026-08-14..18 first, then
2026-08-21, items in none of the three speaker golds nor any cross-checking gold, in another salted
SHA-1 order taken outlet by outlet) or ``--set fifth`` (``rssquotes/quotes5.json``, :func:`candidates5`:
items first seen on 2026-08-19..21 first, then those of 2026-08-14..18, items in none of the four
speaker golds nor any cross-checking gold, in a fifth salted SHA-1 order taken outlet by outlet) or
``--set sixth`` (``rssquotes/quotes6.json``, :func:`candidates6`: items of 2026-08-14..18 first, then
those first seen on 2026-08-19..21, items in none of the five speaker golds nor any cross-checking
gold, in a sixth salted SHA-1 order taken outlet by outlet) or ``--set seventh``
(``rssquotes/quotes7.json``, :func:`candidates7`: items in none of the six speaker golds, those in no
cross-checking gold first, then those a cross-checking gold holds, each part days 2026-08-14..18
first, in a seventh salted SHA-1 order taken outlet by outlet).

Source: ``../shared/eval-data/rss-trends-fr``, days 2026-08-14..18 (title + summary of each item of
French outlets). Selection (:func:`candidates`): the items (deduplicated by link, first day kept)
whose link is in **none** of ``benchmarks/gold/pairs/*.json`` and whose text holds a stretch between
« », “ ” or " ", ordered by the SHA-1 of their normalised link (an order unrelated to outlet, day
or topic); the gold covers a prefix of that order (``selection.items`` in the gold file), every
item of it, also those whose marks turned out to be titles or terms (they carry no quote and any
predicted quote there is a false positive).

An item becomes the JSON record of ``benchmarks.gold.pairs.record`` (``TITLE. LEAD`` as ``text``):
the record the cross-checking gold gives recoupe for the same stream; offsets are into the text
recoupe's own reader and cleaner make of it (``benchmarks.gold.pairs.article_text``). **No item
text is stored**: ``rssquotes/quotes.json`` keeps, per item, its day, news_id and link, and per
quote the offsets + 12-hex SHA-1 of the span and of each speaker form (``benchmarks/gold/pages.py``
storage, ``locate``/``resolve``), the cue lemma and the speaker type.

Scratch format (outside the repository; the ``Q`` lines of ``benchmarks/gold/wmt.py``; strings
copied exactly from the dumped text; ``text#2`` = second occurrence; an ``@doc`` line with no ``Q``
line = an item annotated as holding no quote)::

    @doc 2026-08-18 569
    Q | quoted words | speaker form; other form | cue | type

``type``: per(son), org(anisation), med(ia), anon(ymous), doc(ument); empty speaker and type when the
item does not say who spoke. Conventions: ``benchmarks/gold/README.md`` §14.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.gold.pages import _forms, _span, resolve
from benchmarks.gold.pairs import DAYS, article_text, norm_link, outlet_of, record, stream_items
from benchmarks.gold.wmt import TYPES, parse_scratch

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "eval-data" / "rss-trends-fr"
PAIRS = Path(__file__).resolve().parent / "pairs"
GOLD = Path(__file__).resolve().parent / "rssquotes" / "quotes.json"
# The second blind gold (README §14): days no earlier gold drew from, items never seen on the
# first gold's days, links in no cross-checking gold nor in the first speaker gold.
GOLD2 = Path(__file__).resolve().parent / "rssquotes" / "quotes2.json"
DAYS2 = ("2026-08-19", "2026-08-20", "2026-08-21")
# The third blind gold (README §14): items of the first gold's days that neither speaker gold nor
# any cross-checking gold holds (:func:`candidates3`).
GOLD3 = Path(__file__).resolve().parent / "rssquotes" / "quotes3.json"
# The fourth blind gold (README §14): items of the first gold's days, then of 2026-08-21, that none
# of the three speaker golds nor any cross-checking gold holds (:func:`candidates4`).
GOLD4 = Path(__file__).resolve().parent / "rssquotes" / "quotes4.json"
DAYS4 = (*DAYS, "2026-08-21")
# The fifth blind gold (README §14): items first seen on 2026-08-19..21 (the days least used), then
# those of 2026-08-14..18, that none of the four speaker golds nor any cross-checking gold holds
# (:func:`candidates5`).
GOLD5 = Path(__file__).resolve().parent / "rssquotes" / "quotes5.json"
DAYS5 = (*DAYS, *DAYS2)
# The sixth blind gold (README §14): items of 2026-08-14..18 first, then those first seen on
# 2026-08-19..21, that none of the five speaker golds nor any cross-checking gold holds
# (:func:`candidates6`).
GOLD6 = Path(__file__).resolve().parent / "rssquotes" / "quotes6.json"
# The seventh blind gold (README §14): the items of the eight days that none of the six speaker golds
# holds; those in no cross-checking gold first (too few remain), then those a cross-checking gold
# holds (:func:`candidates7`).
GOLD7 = Path(__file__).resolve().parent / "rssquotes" / "quotes7.json"
MARKED = re.compile(r'«[^»]{1,400}»|“[^”]{1,400}”|"[^"]{1,400}"')
_URL = re.compile(r'https?://[^"\s]+')


def doc_id(day: str, item: dict[str, Any]) -> str:
    return f"{day} {item['news_id']}"


def used_links(pairs_dir: Path = PAIRS) -> set[str]:
    """Every link (normalised) that any cross-checking gold file mentions: items already read."""
    out: set[str] = set()
    for path in sorted(pairs_dir.glob("*.json")):
        raw = path.read_text("utf-8")
        for k, v in json.loads(raw).get("items", {}).items():
            out.update({norm_link(k), norm_link(v.get("link", k))})
        out.update(norm_link(m) for m in _URL.findall(raw))
    return out


def gold_links(path: Path) -> set[str]:
    """The (normalised) links of a speaker gold's items."""
    if not path.exists():
        return set()
    return {norm_link(g["link"]) for g in load_gold(path)["items"]}


def candidates(data: Path = DATA, days: tuple[str, ...] | list[str] = DAYS,
               pairs_dir: Path | None = PAIRS,
               exclude: set[str] | None = None) -> list[tuple[str, str, dict[str, Any]]]:
    """(norm link, day, item) of the unread items holding a marked stretch, in SHA-1-of-link order;
    ``exclude``: further links (normalised) that count as read; ``pairs_dir`` None: the
    cross-checking golds' links count as unread."""
    used = (used_links(pairs_dir) if pairs_dir is not None else set()) | (exclude or set())
    out = []
    for link, (day, item) in stream_items(data, days).items():
        if link in used:
            continue
        if MARKED.search(record(day, item)["text"]):
            out.append((link, day, item))
    return sorted(out, key=lambda x: hashlib.sha1(x[0].encode()).hexdigest())


def anchor(scratch: dict[str, Any], text: str, day: str, item: dict[str, Any]) -> dict[str, Any]:
    """One item's string annotations -> the stored offset form (no text kept)."""
    out: dict[str, Any] = {"doc": scratch["doc"], "day": day, "news_id": item["news_id"], "link": item["link"],
                           "text_sha256": hashlib.sha256(text.encode()).hexdigest(), "text_chars": len(text),
                           "quotes": []}
    for q in scratch.get("quotes", []):
        if q.get("type") and q["type"] not in TYPES.values():
            raise ValueError(f"unknown speaker type {q['type']!r}")
        if bool(q.get("speaker")) != bool(q.get("type")):
            raise ValueError(f"a speaker needs a type and a type a speaker: {q['text'][:60]!r}")
        span = _span(text, q["text"], q.get("occurrence", 1))
        out["quotes"].append({**span, "speaker": _forms(text, q.get("speaker", []), span["start"]),
                              "cue": q.get("cue", ""), "type": q.get("type", "")})
    return out


def load_gold(path: Path = GOLD) -> dict[str, Any]:
    return json.loads(path.read_text("utf-8"))


def candidates2(data: Path = DATA, pairs_dir: Path = PAIRS,
                first: Path = GOLD) -> list[tuple[str, str, dict[str, Any]]]:
    """The second gold's candidates: items of ``DAYS2`` holding a marked stretch whose link is in no
    cross-checking gold, not in the first speaker gold and on none of the first gold's days; spread
    over outlets: the first of each outlet (SHA-1-of-link order) first, then the second of each, ...
    (within a round, SHA-1 order), so that no outlet fills the prefix the gold covers."""
    earlier = set(stream_items(data, DAYS))
    return _outlet_rounds(candidates(data, DAYS2, pairs_dir, exclude=earlier | gold_links(first)))


def _outlet_rounds(cands: list[tuple[str, str, dict[str, Any]]]) -> list[tuple[str, str, dict[str, Any]]]:
    """``cands`` (in their order) taken outlet by outlet: the first of each outlet, then the second
    of each, ... (within a round, the order of ``cands``)."""
    seen: Counter[str] = Counter()
    rank = []
    for _, _, item in cands:
        rank.append(seen[outlet_of(item["link"])])
        seen[outlet_of(item["link"])] += 1
    return [c for _, c in sorted(zip(rank, cands, strict=True), key=lambda x: x[0])]


def candidates3(data: Path = DATA, pairs_dir: Path = PAIRS, first: Path = GOLD,
                second: Path = GOLD2) -> list[tuple[str, str, dict[str, Any]]]:
    """The third gold's candidates: items of the first gold's days (``DAYS``, the days least used
    for speakers) holding a marked stretch whose link is in no cross-checking gold and in neither
    speaker gold; ordered by the SHA-1 of ``"quotes3 " + norm link`` (a salted order, so that the
    prefix is not the run of items that follows the first gold's prefix in its own SHA-1 order),
    then taken outlet by outlet as in :func:`candidates2`."""
    out = candidates(data, DAYS, pairs_dir, exclude=gold_links(first) | gold_links(second))
    out.sort(key=lambda x: hashlib.sha1(f"quotes3 {x[0]}".encode()).hexdigest())
    return _outlet_rounds(out)


def candidates4(data: Path = DATA, pairs_dir: Path = PAIRS,
                golds: tuple[Path, ...] = (GOLD, GOLD2, GOLD3)) -> list[tuple[str, str, dict[str, Any]]]:
    """The fourth gold's candidates: items of ``DAYS4`` (deduplicated by link, first day kept)
    holding a marked stretch whose link is in no cross-checking gold and in none of ``golds``; those
    of the days 2026-08-14..18 first, then those first seen on 2026-08-21, each part ordered by the
    SHA-1 of ``"quotes4 " + norm link`` (a salt of its own, so that the prefix is not a run any
    earlier annotator may have glimpsed) and taken outlet by outlet as in :func:`candidates2`."""
    return _salted(data, DAYS4, pairs_dir, golds, "quotes4", DAYS)


def candidates5(data: Path = DATA, pairs_dir: Path = PAIRS,
                golds: tuple[Path, ...] = (GOLD, GOLD2, GOLD3, GOLD4)) -> list[tuple[str, str, dict[str, Any]]]:
    """The fifth gold's candidates: items of ``DAYS5`` (deduplicated by link, first day kept)
    holding a marked stretch whose link is in no cross-checking gold and in none of ``golds``; those
    first seen on 2026-08-19..21 (the days fewest speaker items came from) first, then those of
    2026-08-14..18, each part ordered by the SHA-1 of ``"quotes5 " + norm link`` (a salt of its own)
    and taken outlet by outlet as in :func:`candidates2`."""
    return _salted(data, DAYS5, pairs_dir, golds, "quotes5", DAYS2)


def candidates6(data: Path = DATA, pairs_dir: Path = PAIRS,
                golds: tuple[Path, ...] = (GOLD, GOLD2, GOLD3, GOLD4, GOLD5)) -> list[tuple[str, str, dict[str, Any]]]:
    """The sixth gold's candidates: items of ``DAYS5`` (deduplicated by link, first day kept)
    holding a marked stretch whose link is in no cross-checking gold and in none of ``golds``; those
    of 2026-08-14..18 (where most unread items remain) first, then those first seen on
    2026-08-19..21, each part ordered by the SHA-1 of ``"quotes6 " + norm link`` (a salt of its own)
    and taken outlet by outlet as in :func:`candidates2`."""
    return _salted(data, DAYS5, pairs_dir, golds, "quotes6", DAYS)


def candidates7(data: Path = DATA, pairs_dir: Path = PAIRS, golds: tuple[Path, ...] = (
        GOLD, GOLD2, GOLD3, GOLD4, GOLD5, GOLD6)) -> list[tuple[str, str, dict[str, Any]]]:
    """The seventh gold's candidates: items of ``DAYS5`` (deduplicated by link, first day kept) holding
    a marked stretch whose link is in none of ``golds``; first those whose link is in no
    cross-checking gold either, then (only 66 of those remained) those a cross-checking gold holds;
    within each of the two parts, the items of 2026-08-14..18 first, then those first seen on
    2026-08-19..21, each ordered by the SHA-1 of ``"quotes7 " + norm link`` (a salt of its own) and
    taken outlet by outlet as in :func:`candidates2`."""
    read: set[str] = set()
    for path in golds:
        read |= gold_links(path)
    every = candidates(data, DAYS5, None, exclude=read)
    every.sort(key=lambda x: hashlib.sha1(f"quotes7 {x[0]}".encode()).hexdigest())
    pairs = used_links(pairs_dir)
    out: list[tuple[str, str, dict[str, Any]]] = []
    for part in ([c for c in every if c[0] not in pairs], [c for c in every if c[0] in pairs]):
        out += _outlet_rounds([c for c in part if c[1] in DAYS]) + _outlet_rounds([c for c in part if c[1] not in DAYS])
    return out


def _salted(data: Path, days: tuple[str, ...], pairs_dir: Path, golds: tuple[Path, ...], salt: str,
            first: tuple[str, ...]) -> list[tuple[str, str, dict[str, Any]]]:
    """The candidates of ``days`` not in ``golds`` (nor in a cross-checking gold), ordered by the SHA-1
    of ``salt + " " + norm link``: those of the days ``first`` first, each part taken outlet by outlet."""
    read: set[str] = set()
    for path in golds:
        read |= gold_links(path)
    out = candidates(data, days, pairs_dir, exclude=read)
    out.sort(key=lambda x: hashlib.sha1(f"{salt} {x[0]}".encode()).hexdigest())
    return (_outlet_rounds([c for c in out if c[1] in first])
            + _outlet_rounds([c for c in out if c[1] not in first]))


# gold file -> (its days, its candidate selection)
Candidates = list[tuple[str, str, dict[str, Any]]]
SETS: dict[str, tuple[Path, tuple[str, ...], Callable[[], Candidates]]] = {
    "first": (GOLD, DAYS, candidates), "second": (GOLD2, DAYS2, candidates2), "third": (GOLD3, DAYS, candidates3),
    "fourth": (GOLD4, DAYS4, candidates4), "fifth": (GOLD5, DAYS5, candidates5),
    "sixth": (GOLD6, DAYS5, candidates6), "seventh": (GOLD7, DAYS5, candidates7)}


def gold_records(gold: dict[str, Any], data: Path = DATA) -> list[tuple[dict[str, Any], dict[str, str]]]:
    """(gold item, JSON record recoupe is given) per gold item, in the gold's order."""
    items = stream_items(data, gold["days"])
    out = []
    for g in gold["items"]:
        day, item = items[norm_link(g["link"])]
        out.append((g, record(day, item)))
    return out


def located(g: dict[str, Any], text: str) -> dict[str, Any] | None:
    """The gold item with spans and speaker forms found in ``text`` (``pages.resolve``)."""
    return resolve({**g, "attributions": []}, text)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump", help="write the first N candidate items' texts to OUTDIR/items.txt")
    d.add_argument("outdir", type=Path)
    d.add_argument("--items", type=int, default=159)
    a = sub.add_parser("anchor", help="convert scratch string annotations into offset gold")
    a.add_argument("scratch", type=Path, nargs="+")
    c = sub.add_parser("check", help="every stored span still anchors in today's text")
    for p in (d, a, c):
        p.add_argument("--set", choices=sorted(SETS), default="first",
                       help="which gold: first (quotes.json, days 14-18), second (quotes2.json, days 19-21) "
                            "third (quotes3.json, days 14-18, items of neither earlier gold) or fourth "
                            "(quotes4.json, days 14-18 then 21, items of none of the three earlier golds) or fifth "
                            "(quotes5.json, days 19-21 then 14-18, items of none of the four earlier golds) or sixth "
                            "(quotes6.json, days 14-18 then 19-21, items of none of the five earlier golds) or seventh "
                            "(quotes7.json, items of none of the six earlier golds, those of no pairs gold first)")
    args = ap.parse_args(argv)
    gold_path, days, select = SETS[args.set]
    if not DATA.exists():
        print(f"{DATA} is absent: nothing to do")
        return 0
    if args.cmd == "dump":
        if ROOT in args.outdir.resolve().parents or args.outdir.resolve() == ROOT:
            sys.exit("dump outside the repository: the item texts may not be committed")
        args.outdir.mkdir(parents=True, exist_ok=True)
        with (args.outdir / "items.txt").open("w", encoding="utf-8") as out:
            for _, day, item in select()[:args.items]:
                out.write(f"@doc {doc_id(day, item)}\n{article_text(record(day, item))}\n\n")
        print(f"{args.items} items -> {args.outdir / 'items.txt'}")
        return 0
    if args.cmd == "anchor":
        scratch = {s["doc"]: s for path in args.scratch for s in parse_scratch(path.read_text("utf-8"))}
        cands = select()
        by_id = {doc_id(day, item): (day, item) for _, day, item in cands}
        items, bad = [], 0
        for sid, s in scratch.items():
            if sid not in by_id:
                print(f"{sid}: not an unread candidate item", file=sys.stderr)
                bad += 1
                continue
            day, item = by_id[sid]
            try:
                items.append(anchor(s, article_text(record(day, item)), day, item))
            except ValueError as exc:
                print(f"{sid}: {exc}", file=sys.stderr)
                bad += 1
        if bad:
            return 1
        order = [doc_id(day, item) for _, day, item in cands]
        items.sort(key=lambda g: order.index(g["doc"]))
        if [g["doc"] for g in items] != order[:len(items)]:
            print("the annotated items are not a prefix of the candidate order", file=sys.stderr)
            return 1
        gold: dict[str, Any] = {"version": 1, "data": "rss-trends-fr", "days": list(days),
                "selection": {"order": "sha1(norm link)", "items": len(items), "candidates": len(order)},
                "items": items}
        if args.set == "second":
            gold["selection"]["order"] = "outlet rounds, sha1(norm link) within a round"
            gold["selection"]["excluded"] = "links of pairs/*.json, of quotes.json and of days 2026-08-14..18"
        if args.set == "third":
            gold["selection"]["order"] = "outlet rounds, sha1('quotes3 ' + norm link) within a round"
            gold["selection"]["excluded"] = "links of pairs/*.json, of quotes.json and of quotes2.json"
        if args.set == "fourth":
            gold["selection"]["order"] = ("days 2026-08-14..18 first, then 2026-08-21; each part in outlet rounds, "
                                          "sha1('quotes4 ' + norm link) within a round")
            gold["selection"]["excluded"] = "links of pairs/*.json, of quotes.json, quotes2.json and quotes3.json"
        if args.set == "fifth":
            gold["selection"]["order"] = ("items first seen on days 2026-08-19..21 first, then those of "
                                          "2026-08-14..18; each part in outlet rounds, "
                                          "sha1('quotes5 ' + norm link) within a round")
            gold["selection"]["excluded"] = ("links of pairs/*.json, of quotes.json, quotes2.json, quotes3.json "
                                             "and quotes4.json")
        if args.set == "sixth":
            gold["selection"]["order"] = ("days 2026-08-14..18 first, then items first seen on 2026-08-19..21; "
                                          "each part in outlet rounds, sha1('quotes6 ' + norm link) within a round")
            gold["selection"]["excluded"] = ("links of pairs/*.json, of quotes.json, quotes2.json, quotes3.json, "
                                             "quotes4.json and quotes5.json")
        if args.set == "seventh":
            unread = sum(1 for c in cands if c[0] not in used_links())
            gold["selection"]["order"] = (
                f"first the {unread} items in no pairs/*.json, then those a pairs/*.json holds (too few unread "
                "remained); within each part days 2026-08-14..18 first, then items first seen on 2026-08-19..21; "
                "each of those in outlet rounds, sha1('quotes7 ' + norm link) within a round")
            gold["selection"]["excluded"] = ("links of quotes.json, quotes2.json, quotes3.json, quotes4.json, "
                                             "quotes5.json and quotes6.json")
            gold["selection"]["unread_items"] = unread
        gold_path.parent.mkdir(exist_ok=True)
        gold_path.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", "utf-8")
        qs = [q for g in items for q in g["quotes"]]
        print(f"{len(items)} items: {len(qs)} quotes, {sum(1 for q in qs if q['speaker'])} with a speaker")
        return 0
    bad = 0
    gold = load_gold(gold_path)
    for g, rec in gold_records(gold):
        if located(g, article_text(rec)) is None:
            print(f"{g['doc']}: some span no longer anchors", file=sys.stderr)
            bad += 1
    print(f"{len(gold['items'])} items, {bad} stale")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())

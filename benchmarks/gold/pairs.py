"""Gold for cross-checking (issue 13): same-fact pairs, contradictions, updates, modality, confirmed.

    python -m benchmarks.gold.pairs dump STORY_ID|FILE.ann... --out DIR  # item texts as recoupe reads them
    python -m benchmarks.gold.pairs anchor SCRATCH.ann... [--gold OUT --days D,D]  # strings -> offset gold
    python -m benchmarks.gold.pairs check [--gold FILE]                  # every stored span still anchors
    python -m benchmarks.gold.pairs scratch --out DIR [--gold FILE]      # the stored gold back as .ann files
    python -m benchmarks.gold.pairs select --data basil-en --events N --out DIR  # BASIL .ann skeletons

Source: stories of the French RSS stream ``../shared/eval-data/rss-trends-fr`` (days 14-18 Aug
2026, the days of the human story gold ``benchmarks/gold/stories/``) told by several outlets.

**How an RSS item becomes an article.** Each item (deduplicated by link, its first day kept) is
one JSON record ``{"text": TITLE + ". " + LEAD, "url": link, "published": day, "outlet": host}``
(:func:`record`). The title is put into ``text`` because recoupe's record reader analyses the
title only when the lead is short (``clean._clean_text`` prepends it under 300 characters), and
the headline is where most of a story's figures are; ". " is added only when the title does not
end with . ! ? … or a closing quote after one. No ``title`` field is given, so the text recoupe
analyses is exactly that string (:func:`article_text` runs recoupe's own ingest + clean on the
record and the anchoring refuses a text that differs from it).

The eval items may not be copied into this repository: ``benchmarks/gold/pairs/rss.json`` keeps
every span as character offsets into that text plus a 12-hex SHA-1 of the span (as
``benchmarks/gold/pages.py``), and each item as its link, day and news_id, so the text is rebuilt
from ``../shared/eval-data``. Annotators work on ``dump`` output in a folder outside the
repository and write exact strings; ``anchor`` turns them into offsets and refuses any string it
cannot find. The conventions are in ``benchmarks/gold/README.md`` §12.

**BASIL** (``pairs/basil.json``, English). ``../shared/eval-data/basil-en`` holds 100 events, each
told by three outlets (NYT, Fox News, HuffPost) in full text. One BASIL article becomes one record
the same way: ``{"text": TITLE + ". " + LEAD, "url", "published": its date, "outlet"}``, where the
lead is the first :data:`BASIL_SENTENCES` sentences of ``body-paragraphs`` (flattened; empty
sentences and a sentence that only repeats the title skipped: :func:`basil_lead`) and the outlet
is the source's domain (:data:`BASIL_OUTLETS`). Events are taken in the order of a salted SHA-1
of their triplet uuid (:func:`basil_events`), whatever their content; ``select`` writes the
first N as ``.ann`` skeletons (a story per event, its three items as ``item LINK`` lines).

A story is either one of the human story gold's ids (``rss.json``) or declared in the ``.ann`` file
by its items (``item DAY NEWS_ID`` or ``item LINK`` lines): that is how ``pairs/heldout.json``
(days 19-21, which have no story gold) is made. The gold file records its data folder and days,
and such a story its item links, so every reader rebuilds it without the story gold.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "eval-data" / "rss-trends-fr"
DAYS = ("2026-08-14", "2026-08-15", "2026-08-16", "2026-08-17", "2026-08-18")
STORIES = ROOT / "benchmarks" / "gold" / "stories" / "rss-trends-fr-2026-08-14_18.tsv"
GOLD = Path(__file__).resolve().parent / "pairs" / "rss.json"
HELDOUT = Path(__file__).resolve().parent / "pairs" / "heldout.json"
MODALITIES = ("asserted", "reported", "conditional", "speculative", "denied")
POLARITIES = ("positive", "negative")
KINDS = ("quantity", "place", "date", "direction", "denial", "planned_vs_happened", "attribution")
FIRM = ("asserted", "reported")
BASIL = "basil-en"
BASIL_SENTENCES = 3
BASIL_SALT = "recoupe-basil-pairs-2026-12-05:"
BASIL_OUTLETS = {"nyt": "nytimes.com", "fox": "foxnews.com", "hpo": "huffpost.com"}


# ---------------------------------------------------------------------------------------------
# items and texts


def norm_link(link: str) -> str:
    """Same key as benchmarks.eval_stories.norm_link (kept here so the gold loads without it)."""
    link = link.strip()
    parts = urlsplit(link)
    if not parts.scheme or not parts.netloc:
        return link
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, parts.query, ""))


def outlet_of(link: str) -> str:
    host = (urlsplit(link).hostname or "").lower()
    for prefix in ("www.", "m.", "amp."):
        host = host.removeprefix(prefix)
    return host


def join_title(title: str, lead: str) -> str:
    """``TITLE. LEAD`` (no dot added after a title that already ends a sentence)."""
    title, lead = " ".join((title or "").split()), " ".join((lead or "").split())
    if not lead:
        return title
    if not title:
        return lead
    end = title.rstrip("»”\"' \u00a0")
    sep = " " if end.endswith((".", "!", "?", "…")) else ". "
    return f"{title}{sep}{lead}"


def record(day: str, item: dict[str, Any]) -> dict[str, str]:
    """The JSON record recoupe is given for one RSS item (or one BASIL article, whose outlet is
    its source's domain)."""
    outlet = BASIL_OUTLETS[item["source"]] if "triplet" in item else outlet_of(item["link"])
    return {"text": join_title(item.get("title", ""), item.get("summary", "")), "url": item["link"],
            "published": day, "outlet": outlet}


def basil_lead(article: dict[str, Any], n: int = BASIL_SENTENCES) -> str:
    """The first ``n`` sentences of a BASIL article's ``body-paragraphs`` (flattened, spaces
    collapsed), joined by a space; empty sentences and a sentence equal to the title are skipped
    (some articles open their body with the headline again)."""
    title = " ".join(article.get("title", "").split())
    out: list[str] = []
    for sentence in (s for para in article.get("body-paragraphs", []) for s in para):
        sentence = " ".join(sentence.split())
        if sentence and sentence != title:
            out.append(sentence)
        if len(out) == n:
            break
    return " ".join(out)


def basil_items(data: Path) -> dict[str, tuple[str, dict[str, Any]]]:
    """norm link -> (date, item) for the 300 BASIL articles: an item in the RSS items' shape
    (title, summary = :func:`basil_lead`, link, news_id = the article's number 1-3 in its
    triplet) plus its triplet uuid and source."""
    out: dict[str, tuple[str, dict[str, Any]]] = {}
    for path in sorted((data / "articles").glob("*/*.json")):
        art = json.loads(path.read_text("utf-8"))
        item = {"title": " ".join(art["title"].split()), "summary": basil_lead(art), "link": art["url"],
                "news_id": int(path.stem.rsplit("_", 1)[1]), "triplet": art["triplet-uuid"],
                "source": art["source"].lower()}
        out[norm_link(art["url"])] = (art["date"], item)
    return out


def basil_events(data: Path) -> list[str]:
    """The BASIL triplet uuids in the order of ``sha1(BASIL_SALT + uuid)``: the selection order
    (the first N are taken, nothing is chosen by content)."""
    uuids = {item["triplet"] for _, item in basil_items(data).values()}
    return sorted(uuids, key=lambda u: hashlib.sha1((BASIL_SALT + u).encode("utf-8")).hexdigest())


def is_basil(data: Path) -> bool:
    return data.name.startswith("basil")


def article_text(rec: dict[str, str]) -> str:
    """The text recoupe analyses for ``rec`` (its own record reader and cleaner)."""
    import tempfile

    from recoupe.clean import clean
    from recoupe.ingest import read_path
    from recoupe.model import RawDocument

    with tempfile.TemporaryDirectory(prefix="recoupe-pairs-") as tmp:
        path = Path(tmp) / "item.jsonl"
        path.write_text(json.dumps(rec, ensure_ascii=False) + "\n", "utf-8")
        for doc in read_path(path, "jsonl"):
            if isinstance(doc, RawDocument):
                art = clean(doc)
                text = getattr(art, "text", None)
                if text is not None:
                    return str(text)
    raise ValueError(f"recoupe rejects the record of {rec['url']}")


def stream_items(data: Path = DATA, days: tuple[str, ...] | list[str] = DAYS) -> dict[str, tuple[str, dict[str, Any]]]:
    """norm link -> (first day, item) over ``days`` (default: the five days of ``rss.json``); for
    BASIL, every article (``days`` unused)."""
    if is_basil(data):
        return basil_items(data)
    out: dict[str, tuple[str, dict[str, Any]]] = {}
    for day in days:
        for item in json.loads((data / day / "news.json").read_text("utf-8")):
            out.setdefault(norm_link(item["link"]), (day, item))
    return out


def data_of(stored: dict[str, Any]) -> Path:
    """The eval-data folder a stored gold was made from (``data`` names it under
    ``../shared/eval-data``)."""
    return ROOT.parent / "shared" / "eval-data" / stored.get("data", "rss-trends-fr")


def resolve_item(ref: str, items: dict[str, tuple[str, dict[str, Any]]]) -> str:
    """An ``item`` line's reference (``LINK`` or ``DAY NEWS_ID``) -> the norm link of the item."""
    words = ref.split()
    if len(words) == 1:
        link = norm_link(words[0])
        if link not in items:
            raise ValueError(f"no item with link {words[0]!r} in the days read")
        return link
    day, nid = words[0], int(words[1])
    for link, (first, item) in items.items():
        if item["news_id"] == nid and first == day:
            return link
    raise ValueError(f"no item {day} #{nid} (or it repeats an earlier day's link)")


def story_links(path: Path = STORIES) -> dict[str, list[str]]:
    """story id -> its links (norm) in the human story gold."""
    out: dict[str, list[str]] = {}
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            out.setdefault(row["story_id"], []).append(norm_link(row["link"]))
    return out


def digest(s: str) -> str:
    return hashlib.sha1(s.encode("utf-8")).hexdigest()[:12]


def _find(text: str, needle: str, occurrence: int = 1) -> tuple[int, int]:
    i = -1
    for _ in range(max(occurrence, 1)):
        i = text.find(needle, i + 1)
        if i < 0:
            raise ValueError(f"not in the text (occurrence {occurrence}): {needle[:70]!r}")
    return i, i + len(needle)


# ---------------------------------------------------------------------------------------------
# the gold in memory


@dataclass
class Span:
    id: str
    story: str
    item: str            # norm link of the item (the article)
    start: int
    end: int
    text: str
    fact: str
    modality: str
    polarity: str
    source: str          # who it is attributed to ("" = the outlet's own voice)
    outlet: str
    copy_of: str = ""    # norm link of the item whose wire text this one copies


@dataclass
class Gold:
    spans: dict[str, Span] = field(default_factory=dict)
    facts: dict[str, dict[str, Any]] = field(default_factory=dict)   # fact id -> {story, desc, confirmed}
    contradictions: list[dict[str, Any]] = field(default_factory=list)  # {a, b, kind, note}
    updates: list[dict[str, Any]] = field(default_factory=list)         # {a, b, note}
    articles: dict[str, dict[str, str]] = field(default_factory=dict)  # norm link -> record

    def pairs(self) -> dict[frozenset[str], bool]:
        """Every pair of annotated spans of one story: True = same fact."""
        by_story: dict[str, list[Span]] = {}
        for s in self.spans.values():
            by_story.setdefault(s.story, []).append(s)
        out = {}
        for spans in by_story.values():
            for a, b in combinations(sorted(spans, key=lambda s: s.id), 2):
                out[frozenset((a.id, b.id))] = a.fact == b.fact
        return out


def independent_firm_sources(spans: list[Span]) -> set[str]:
    """The independent sources that state a fact firmly: an asserted span counts for its outlet,
    a reported span for its original source (its outlet when it has none); conditional,
    speculative and denied spans never count, nor a span whose item copies another item's wire
    text (the copied item already counts)."""
    out = set()
    for s in spans:
        if s.modality not in FIRM or s.copy_of:
            continue
        out.add(f"source:{s.source.lower()}" if s.modality == "reported" and s.source else f"outlet:{s.outlet}")
    return out


def is_confirmed(fact: str, gold: Gold) -> bool:
    """Issue 13's `confirmed`: >= 2 independent firm sources, and none of its spans in a
    contradiction (a fact told with conflicting figures is contradicted, one that a party denies
    is disputed: neither is confirmed)."""
    spans = [s for s in gold.spans.values() if s.fact == fact]
    ids = {s.id for s in spans}
    if any(c["a"] in ids or c["b"] in ids for c in gold.contradictions):
        return False
    return len(independent_firm_sources(spans)) >= 2


# ---------------------------------------------------------------------------------------------
# the annotators' scratch format


SHORT = {"a": "asserted", "r": "reported", "c": "conditional", "s": "speculative", "d": "denied"}
_SAME_LEN = str.maketrans({"\u2019": "'", "\u00a0": " ", "\u202f": " ", "\u2018": "'"})


def parse_scratch(text: str) -> list[dict[str, Any]]:
    """Stories of one ``.ann`` file (see README §12 for the line format)."""
    stories: list[dict[str, Any]] = []
    cur: dict[str, Any] | None = None
    for n, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        head, _, rest = line.partition(" | ") if " | " in line else (line, "", "")
        words = head.split()
        where = f"line {n}"
        if words[0] == "story":
            cur = {"story": words[1], "desc": rest.strip(), "copies": {}, "spans": [], "facts": {},
                   "confirmed": {}, "contradictions": [], "updates": [], "items": []}
            stories.append(cur)
            continue
        if cur is None:
            raise ValueError(f"{where}: no story yet")
        if words[0] == "item":  # the story declared by its items: "item DAY NEWS_ID" or "item LINK"
            if len(words) not in (2, 3):
                raise ValueError(f"{where}: 'item DAY NEWS_ID' or 'item LINK'")
            cur["items"].append(" ".join(words[1:]))
        elif words[0] == "copy":
            cur["copies"][int(words[1])] = int(words[2])
        elif words[0] == "fact":
            cur["facts"][words[1]] = rest.strip()
        elif words[0] == "confirmed":
            cur["confirmed"][words[1]] = {"value": words[2] == "yes", "why": rest.strip()}
        elif words[0] == "span":
            label, item, fact, mod = words[1], int(words[2]), words[3], words[4]
            m, _, source = mod.partition(":")
            if m not in SHORT:
                raise ValueError(f"{where}: unknown modality {m!r}")
            needle, occ = rest, 1
            if " @" in rest and rest.rsplit(" @", 1)[1].isdigit():
                needle, occ_s = rest.rsplit(" @", 1)
                occ = int(occ_s)
            cur["spans"].append({"label": label, "item": item, "fact": fact, "modality": SHORT[m],
                                 "source": source, "polarity": "negative" if "neg" in words[5:] else "positive",
                                 "text": needle, "occurrence": occ})
        elif words[0] in ("X", "U"):
            left, _, right = rest.partition(";")
            a, b = left.split(), right.split()
            if not a or not b:
                raise ValueError(f"{where}: pairs need 'A ... ; B ...'")
            kind = words[1] if words[0] == "X" else ""
            if words[0] == "X" and kind not in KINDS:
                raise ValueError(f"{where}: unknown contradiction kind {kind!r}")
            for x in a:
                for y in b:
                    (cur["contradictions"] if words[0] == "X" else cur["updates"]).append(
                        {"a": x, "b": y, **({"kind": kind} if kind else {})})
        else:
            raise ValueError(f"{where}: unknown line {words[0]!r}")
    return stories


def find_span(text: str, needle: str, occurrence: int = 1) -> tuple[int, int]:
    """Exact match first; else the same-length folding of typographic apostrophes and no-break
    spaces (the offsets stay those of the real text)."""
    try:
        return _find(text, needle, occurrence)
    except ValueError:
        return _find(text.translate(_SAME_LEN), needle.translate(_SAME_LEN), occurrence)


def story_order(links: list[str], items: dict[str, tuple[str, dict[str, Any]]]) -> list[str]:
    """A story's items in index order: by day, then news_id."""
    return sorted(links, key=lambda x: (items[x][0], items[x][1]["news_id"]))


def anchor(stories: list[dict[str, Any]], data: Path = DATA,
           days: tuple[str, ...] | list[str] = DAYS) -> dict[str, Any]:
    """Scratch stories -> the stored gold (offsets + hashes, no text). Raises on any miss.
    Stories that declare their items need no story gold; the others are ids of ``STORIES``."""
    items = stream_items(data, days)
    links = story_links() if any(not st.get("items") for st in stories) else {}
    out: dict[str, Any] = {"version": 1, "data": data.name, "days": list(days), "items": {},
                           "stories": {}, "facts": {}, "spans": [], "contradictions": [], "updates": []}
    errors = []
    for st in stories:
        sid = st["story"]
        declared = [resolve_item(ref, items) for ref in st.get("items", [])]
        if len(set(declared)) != len(declared):
            errors.append(f"{sid}: an item is declared twice")
        order = story_order(declared or links[sid], items)
        out["stories"][sid] = {"desc": st["desc"], **({"items": order} if declared else {})}
        texts: dict[int, str] = {}

        def key(i: int, order: list[str] = order, texts: dict[int, str] = texts, sid: str = sid) -> str:
            day, item = items[order[i]]
            rec = record(day, item)
            if i not in texts:
                texts[i] = article_text(rec)
                if texts[i] != rec["text"]:
                    raise ValueError(f"{sid}.{i}: recoupe's text differs from the record's")
            out["items"].setdefault(order[i], {"day": day, "news_id": item["news_id"], "outlet": rec["outlet"],
                                               "link": item["link"], "text_chars": len(texts[i]),
                                               "text_sha1": digest(texts[i]),
                                               **({"triplet": item["triplet"]} if "triplet" in item else {})})
            return order[i]

        labels = set()
        for sp in st["spans"]:
            sid_span = f"{sid}.{sp['label']}"
            if sp["label"] in labels:
                errors.append(f"{sid_span}: label used twice")
            labels.add(sp["label"])
            link = key(sp["item"])
            try:
                s, e = find_span(texts[sp["item"]], sp["text"], sp["occurrence"])
            except ValueError as exc:
                errors.append(f"{sid_span}: {exc}")
                continue
            fact = f"{sid}.{sp['fact']}"
            out["facts"].setdefault(fact, {"story": sid, "desc": st["facts"].get(sp["fact"], "")})
            copy = st["copies"].get(sp["item"])
            out["spans"].append({"id": sid_span, "story": sid, "item": link, "start": s, "end": e,
                                 "sha1": digest(texts[sp["item"]][s:e]), "fact": fact,
                                 "modality": sp["modality"], "polarity": sp["polarity"],
                                 "source": sp["source"], "copy_of": key(copy) if copy is not None else ""})
        for kind in ("contradictions", "updates"):
            for pair in st[kind]:
                a, b = f"{sid}.{pair['a']}", f"{sid}.{pair['b']}"
                if pair["a"] not in labels or pair["b"] not in labels:
                    errors.append(f"{sid}: {kind} names an unknown span: {pair}")
                out[kind].append({**pair, "a": a, "b": b})
        for fid, conf in st["confirmed"].items():
            out["facts"][f"{sid}.{fid}"]["confirmed_override"] = conf
    seen: dict[frozenset[str], str] = {}
    for kind in ("contradictions", "updates"):
        for pair in out[kind]:
            key = frozenset((pair["a"], pair["b"]))
            if len(key) < 2 or key in seen:
                errors.append(f"{kind}: {pair['a']} / {pair['b']} is a self pair or listed twice "
                              f"({seen.get(key, kind)})")
            seen[key] = kind
    if errors:
        raise ValueError("\n".join(errors))
    gold = to_gold(out, {})
    for fid, fact in out["facts"].items():
        rule = is_confirmed(fid, gold)
        fact["confirmed"] = fact.get("confirmed_override", {}).get("value", rule)
    return out


def to_gold(stored: dict[str, Any], texts: dict[str, str]) -> Gold:
    """The stored gold as a :class:`Gold` (span texts filled from ``texts``: link -> text)."""
    g = Gold(facts=stored["facts"], contradictions=stored["contradictions"], updates=stored["updates"])
    for sp in stored["spans"]:
        text = texts.get(sp["item"], "")
        g.spans[sp["id"]] = Span(id=sp["id"], story=sp["story"], item=sp["item"], start=sp["start"], end=sp["end"],
                                 text=text[sp["start"]:sp["end"]], fact=sp["fact"], modality=sp["modality"],
                                 polarity=sp["polarity"], source=sp["source"],
                                 outlet=stored["items"][sp["item"]]["outlet"], copy_of=sp["copy_of"])
    return g


def rebuild(stored: dict[str, Any], data: Path | None = None) -> tuple[dict[str, dict[str, str]], list[str]]:
    """The records of the gold's items (link -> record) and the spans that no longer anchor
    (``data`` defaults to the gold's own folder, its days are the gold's)."""
    items = stream_items(data or data_of(stored), stored.get("days", DAYS))
    records = {}
    for link in stored["items"]:
        day, item = items[link]
        records[link] = record(day, item)
    stale = [sp["id"] for sp in stored["spans"]
             if digest(records[sp["item"]]["text"][sp["start"]:sp["end"]]) != sp["sha1"]]
    return records, stale


def load(path: Path = GOLD, data: Path | None = None) -> tuple[Gold, dict[str, Any]]:
    """The gold with its span texts, and the stored form (``records`` added: link -> record)."""
    stored = json.loads(path.read_text("utf-8"))
    records, stale = rebuild(stored, data)
    if stale:
        raise ValueError(f"{len(stale)} span(s) no longer anchor, e.g. {stale[:3]}: run `check`")
    g = to_gold(stored, {k: r["text"] for k, r in records.items()})
    g.articles = records
    return g, stored


def to_scratch(stored: dict[str, Any], data: Path | None = None) -> dict[str, str]:
    """The stored gold back in the scratch ``.ann`` format (story id -> file text), rebuilt from
    the eval data, so that the gold can be edited and anchored again."""
    data = data or data_of(stored)
    records, stale = rebuild(stored, data)
    if stale:
        raise ValueError(f"{len(stale)} span(s) no longer anchor: {stale[:3]}")
    items = stream_items(data, stored.get("days", DAYS))
    links = {sid: meta["items"] for sid, meta in stored["stories"].items() if "items" in meta}
    if len(links) < len(stored["stories"]):
        links = {**story_links(), **links}
    letter = {v: k for k, v in SHORT.items()}
    out: dict[str, list[str]] = {}
    index: dict[str, dict[str, int]] = {}
    for sid, meta in stored["stories"].items():
        order = story_order(links[sid], items)
        index[sid] = {link: i for i, link in enumerate(order)}
        out[sid] = [f"story {sid} | {meta['desc']}"]
        out[sid] += [f"item {items[link][1]['link']}" if "triplet" in items[link][1]  # BASIL: by link
                     else f"item {items[link][0]} {items[link][1]['news_id']}" for link in meta.get("items", [])]
        copies = {(sp["item"], sp["copy_of"]) for sp in stored["spans"] if sp["story"] == sid and sp["copy_of"]}
        out[sid] += [f"copy {index[sid][a]} {index[sid][b]}" for a, b in sorted(copies)]
        out[sid] += [f"fact {fid.split('.', 1)[1]} | {f['desc']}" for fid, f in stored["facts"].items()
                     if f["story"] == sid and f.get("desc")]
        out[sid] += [f"confirmed {fid.split('.', 1)[1]} {'yes' if f['confirmed_override']['value'] else 'no'} | "
                     f"{f['confirmed_override']['why']}" for fid, f in stored["facts"].items()
                     if f["story"] == sid and "confirmed_override" in f]
    for sp in stored["spans"]:
        text = records[sp["item"]]["text"]
        needle = text[sp["start"]:sp["end"]]
        occ, i = 0, -1
        while True:  # which occurrence of the exact string this span is (1-based)
            i = text.find(needle, i + 1)
            if i < 0 or i > sp["start"]:
                break
            occ += 1
        mod = letter[sp["modality"]] + (f":{sp['source']}" if sp["source"] else "")
        neg = " neg" if sp["polarity"] == "negative" else ""
        label = sp["id"].split(".", 1)[1]
        fact = sp["fact"].split(".", 1)[1]
        out[sp["story"]].append(f"span {label} {index[sp['story']][sp['item']]} {fact} {mod}{neg} | {needle}"
                                + (f" @{occ}" if occ > 1 else ""))
    for kind in ("contradictions", "updates"):
        for p in stored[kind]:
            sid = p["a"].split(".", 1)[0]
            a, b = p["a"].split(".", 1)[1], p["b"].split(".", 1)[1]
            out[sid].append(f"X {p['kind']} | {a} ; {b}" if kind == "contradictions" else f"U | {a} ; {b}")
    return {sid: "\n".join(lines) + "\n" for sid, lines in out.items()}


def counts(g: Gold) -> dict[str, Any]:
    pairs = g.pairs()
    facts = Counter(s.fact for s in g.spans.values())
    kinds = Counter(c.get("kind", "") for c in g.contradictions)
    return {"stories": len({s.story for s in g.spans.values()}), "articles": len({s.item for s in g.spans.values()}),
            "spans": len(g.spans), "facts": len(facts), "facts_multi_span": sum(1 for v in facts.values() if v > 1),
            "facts_confirmed": sum(1 for f in facts if g.facts.get(f, {}).get("confirmed")),
            "pairs": len(pairs), "same_pairs": sum(pairs.values()), "different_pairs": len(pairs) - sum(pairs.values()),
            "contradictions": len(g.contradictions), "contradictions_by_kind": dict(sorted(kinds.items())),
            "updates": len(g.updates),
            "modalities": dict(sorted(Counter(s.modality for s in g.spans.values()).items()))}


def _story_orders(args_stories: list[str], items: dict[str, tuple[str, dict[str, Any]]]) -> dict[str, list[str]]:
    """``dump``'s arguments -> story id -> its links in index order: a story gold id, or a
    ``.ann`` file whose stories declare their items."""
    out: dict[str, list[str]] = {}
    links: dict[str, list[str]] | None = None
    for arg in args_stories:
        if arg.endswith(".ann"):
            for st in parse_scratch(Path(arg).read_text("utf-8")):
                out[st["story"]] = story_order([resolve_item(r, items) for r in st["items"]], items)
        else:
            links = links if links is not None else story_links()
            out[arg] = story_order(links[arg], items)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump", help="write the items of stories to OUT/<story>.txt (outside the repository)")
    d.add_argument("stories", nargs="+", help="story gold ids, or .ann files whose stories declare their items")
    d.add_argument("--out", type=Path, required=True)
    d.add_argument("--days", default=",".join(DAYS), help="comma-separated days read (default: rss.json's)")
    d.add_argument("--data", default=DATA.name, help="eval-data folder name (rss-trends-fr, basil-en)")
    a = sub.add_parser("anchor", help="scratch .ann files -> the stored gold (default benchmarks/gold/pairs/rss.json)")
    a.add_argument("scratch", type=Path, nargs="+")
    a.add_argument("--gold", type=Path, default=GOLD, help="the gold file written")
    a.add_argument("--days", default=",".join(DAYS), help="comma-separated days read (default: rss.json's)")
    a.add_argument("--data", default=DATA.name, help="eval-data folder name (rss-trends-fr, basil-en)")
    c = sub.add_parser("check", help="every stored span still anchors")
    c.add_argument("--gold", type=Path, default=GOLD)
    x = sub.add_parser("scratch", help="write the stored gold back as .ann files (outside the repository)")
    x.add_argument("--out", type=Path, required=True)
    x.add_argument("--gold", type=Path, default=GOLD)
    e = sub.add_parser("select", help="the first N BASIL events (salted SHA-1 order) as .ann skeletons")
    e.add_argument("--data", default=BASIL)
    e.add_argument("--events", type=int, required=True)
    e.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    if args.cmd in ("check", "scratch"):
        data = data_of(json.loads(args.gold.read_text("utf-8")))
    else:
        data = DATA.parent / args.data
    if not data.exists():
        print(f"{data} is absent: nothing to do")
        return 0
    if args.cmd in ("dump", "scratch", "select") and (ROOT in args.out.resolve().parents or args.out.resolve() == ROOT):
        sys.exit("write outside the repository: the eval texts may not be committed")
    if args.cmd == "scratch":
        args.out.mkdir(parents=True, exist_ok=True)
        for sid, text in to_scratch(json.loads(args.gold.read_text("utf-8"))).items():
            (args.out / f"{sid}.ann").write_text(text, "utf-8")
        return 0
    if args.cmd == "select":
        args.out.mkdir(parents=True, exist_ok=True)
        items = basil_items(data)
        for n, uuid in enumerate(basil_events(data)[:args.events]):
            links = story_order([k for k, (_, it) in items.items() if it["triplet"] == uuid], items)
            lines = [f"# event {n + 1} in the salted order", f"story bs{uuid[:8]} | "]
            lines += [f"item {items[link][1]['link']}" for link in links]
            (args.out / f"bs{uuid[:8]}.ann").write_text("\n".join(lines) + "\n", "utf-8")
        return 0
    days = [] if is_basil(data) or not hasattr(args, "days") else args.days.split(",")
    if args.cmd == "dump":
        args.out.mkdir(parents=True, exist_ok=True)
        items = stream_items(data, days)
        for sid, order in _story_orders(args.stories, items).items():
            with (args.out / f"{sid}.txt").open("w", encoding="utf-8") as f:
                for i, link in enumerate(order):
                    day, item = items[link]
                    rec = record(day, item)
                    f.write(f"== {sid}.{i} {day} {rec['outlet']} #{item['news_id']} {item['link']}\n"
                            f"{article_text(rec)}\n\n")
        return 0
    if args.cmd == "anchor":
        stories = [st for p in args.scratch for st in parse_scratch(p.read_text("utf-8"))]
        try:
            stored = anchor(stories, data, days)
        except ValueError as exc:
            print(exc, file=sys.stderr)
            return 1
        args.gold.parent.mkdir(exist_ok=True)
        args.gold.write_text(json.dumps(stored, indent=1, ensure_ascii=False) + "\n", "utf-8")
        print(json.dumps(counts(to_gold(stored, {})), indent=1))
        return 0
    stored = json.loads(args.gold.read_text("utf-8"))
    _, stale = rebuild(stored)
    print(f"{len(stored['spans'])} spans, {len(stale)} stale" + (f": {stale[:10]}" if stale else ""))
    return 1 if stale else 0


if __name__ == "__main__":
    raise SystemExit(main())

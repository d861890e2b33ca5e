"""ECB+ cross-document event coreference (issue 15): the English check of claim alignment.

    python -m benchmarks.eval_ecb [--split test|dev] [--json OUT]

Setting (SOURCE.md, "How to score"): **gold event mentions**, singletons included, all the
documents of the split scored as one corpus-level document (cross-document links count), MUC, B³,
CEAF-e and the CoNLL F1 (:mod:`benchmarks.coref`). Entities are not scored here.

Each annotated sentence is parsed with recoupe's English pipeline (``en_core_web_sm`` through
:func:`recoupe.nlp.pipeline.load`, the time tagger included); a gold mention becomes an
:class:`recoupe.claims.events.EventMention` (head lemma, action class, participants, place, time)
and each document gets a meaning vector (:mod:`recoupe.nlp.meaning`, USE v3 on its headline and
lead). Rows:

* ``lemma``: same-lemma clustering (the head's lemma), the published baseline's method, in four
  scopes: the whole corpus, within gold topics, within gold sub-topics, within recoupe's
  document clusters;
* ``recoupe``: :func:`recoupe.claims.events.cluster_events` within recoupe's document clusters
  (:func:`recoupe.claims.events.cluster_documents` on :func:`recoupe.claims.events.document_vectors`,
  inside each gold topic, or over the whole split with no gold topic: ``recoupe_docs_no_topics``),
  and the same within gold sub-topics and within gold topics.

The thresholds were chosen on the dev topics (``--split dev``); the test topics are reported.
Exits 0 with a message when the data folder is absent. No text of the set is written anywhere.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from typing import Any

import numpy as np

from benchmarks.coref import conll
from benchmarks.ecb import ECB, Document, Mention, read_split
from recoupe.claims.events import EventMention, cluster_documents, cluster_events, document_vectors, mention_of

Clustering = dict[Hashable, Hashable]


def parse(docs: Sequence[Document]) -> tuple[list[tuple[Mention, EventMention]], dict[str, np.ndarray]]:
    """Every gold event mention with its recoupe reading, and each document's meaning vector."""
    from recoupe.lang import pack
    from recoupe.nlp.meaning import embed, meaning_text
    from recoupe.nlp.pipeline import load

    nlp = load(pack("en").model)
    out: list[tuple[Mention, EventMention]] = []
    texts = []
    for d in docs:
        # the headline and lead: the first sentences (an ECB+ file's sentence 0 is its URL)
        first = [s for s in sorted(d.sentences) if not (d.name.endswith("ecbplus") and s == 0)][:4]
        title = " ".join(d.sentences[first[0]]) if first else ""
        texts.append(meaning_text(title, " ".join(" ".join(d.sentences[s]) for s in first)))
        wanted = d.selected
        parsed = {}
        for s, sdoc in zip(wanted, nlp.pipe(" ".join(d.sentences[s]) for s in wanted), strict=True):
            parsed[s] = sdoc
        for m in d.mentions:
            if not m.is_event:
                continue
            sdoc = parsed[m.sentence]
            words = d.sentences[m.sentence]
            start = sum(len(w) + 1 for w in words[:m.tokens[0]])
            end = sum(len(w) + 1 for w in words[:m.tokens[-1] + 1]) - 1
            span = sdoc.char_span(start, end, alignment_mode="expand")
            if span is None or not len(span):
                span = sdoc[0:1]
            out.append((m, mention_of(span, m.id, m.doc)))
    vecs = embed(texts)
    return out, {d.name: vecs[i] for i, d in enumerate(docs)}


def lemma_clusters(items: Sequence[tuple[Mention, EventMention]], scope: Callable[[Mention], str]) -> Clustering:
    """Same head lemma within the same scope: one cluster (the head alone: "open" of "open fire")."""
    return {m.id: (scope(m), e.lemma.split(" ")[0]) for m, e in items}


def recoupe_clusters(items: Sequence[tuple[Mention, EventMention]], scope: Callable[[Mention], str]) -> Clustering:
    by: dict[str, list[EventMention]] = {}
    for m, e in items:
        by.setdefault(scope(m), []).append(e)
    out: Clustering = {}
    for key, group in sorted(by.items()):
        for mid, cid in cluster_events(group).items():
            out[mid] = (key, cid)
    return out


def content_words(d: Document) -> Counter[str]:
    """The words a document's tf-idf vector counts: lower-cased, alphanumeric, 3 letters or more,
    not English stop words (an ECB+ file's sentence 0, its URL, left out)."""
    from recoupe.lang import pack

    stop = pack("en").stop_words
    return Counter(w.lower() for s, words in sorted(d.sentences.items())
                   if not (d.name.endswith("ecbplus") and s == 0)
                   for w in words if w.isalnum() and len(w) > 2 and w.lower() not in stop)


def doc_scopes(docs: Sequence[Document], vecs: dict[str, np.ndarray], *, within_topics: bool = True) -> dict[str, str]:
    """Each document's predicted cluster: recoupe's document clustering inside each gold topic
    (``within_topics``), or over the whole split (no gold topic used)."""
    out: dict[str, str] = {}
    by_topic: dict[str, list[Document]] = {}
    for d in docs:
        by_topic.setdefault(d.topic if within_topics else "", []).append(d)
    for topic, group in sorted(by_topic.items()):
        blended = document_vectors({d.name: vecs[d.name] for d in group}, {d.name: content_words(d) for d in group})
        for name, cid in cluster_documents(blended).items():
            out[name] = f"{topic}:{cid}"
    return out


def run(split: str) -> dict[str, Any]:
    t0 = time.perf_counter()
    docs = read_split(split)
    items, vecs = parse(docs)
    parsed_s = time.perf_counter() - t0
    gold = {m.id: m.gold for m, _ in items}
    predicted = doc_scopes(docs, vecs)
    predicted_all = doc_scopes(docs, vecs, within_topics=False)
    scopes: dict[str, Callable[[Mention], str]] = {
        "corpus": lambda m: "",
        "gold_topic": lambda m: m.topic,
        "gold_subtopic": lambda m: m.subtopic,
        "recoupe_docs": lambda m: predicted[m.doc],
        "recoupe_docs_no_topics": lambda m: predicted_all[m.doc],
    }
    rows: dict[str, Any] = {}
    for name, scope in scopes.items():
        rows[f"lemma/{name}"] = conll(gold, lemma_clusters(items, scope))
    for name in ("gold_topic", "gold_subtopic", "recoupe_docs", "recoupe_docs_no_topics"):
        rows[f"recoupe/{name}"] = conll(gold, recoupe_clusters(items, scopes[name]))
    sub_gold = {d.name: d.subtopic for d in docs}
    doc_rows = conll(sub_gold, dict(predicted))
    doc_rows_all = conll(sub_gold, dict(predicted_all))
    return {
        "split": split, "documents": len(docs), "event_mentions": len(items),
        "gold_clusters": len(set(gold.values())),
        "setting": "gold event mentions, singletons included, corpus-level (cross-document links count)",
        "rows": rows,
        "document_clusters_vs_gold_subtopics": {"clusters": len(set(predicted.values())),
                                                "b3": doc_rows["b3"], "conll": doc_rows["conll"]},
        "document_clusters_no_topics_vs_gold_subtopics": {"clusters": len(set(predicted_all.values())),
                                                          "b3": doc_rows_all["b3"]},
        "seconds": {"parse": round(parsed_s, 1), "total": round(time.perf_counter() - t0, 1)},
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="test", choices=("test", "dev"))
    ap.add_argument("--json", default="")
    args = ap.parse_args(argv)
    if not ECB.exists():
        print(f"ECB+ not found at {ECB}; skipped")
        return 0
    res = run(args.split)
    print(f"ECB+ {res['split']}: {res['documents']} docs, {res['event_mentions']} gold event mentions, "
          f"{res['gold_clusters']} gold clusters ({res['setting']})")
    print(f"{'row':28} {'MUC':>6} {'B3':>6} {'CEAF-e':>6} {'CoNLL':>6}")
    for name, r in res["rows"].items():
        print(f"{name:28} {r['muc']['f1']:6.2f} {r['b3']['f1']:6.2f} {r['ceaf_e']['f1']:6.2f} {r['conll']['f1']:6.2f}")
    dc = res["document_clusters_vs_gold_subtopics"]
    da = res["document_clusters_no_topics_vs_gold_subtopics"]
    print(f"document clusters: {dc['clusters']} inside gold topics (B3 F1 {dc['b3']['f1']} against the gold "
          f"sub-topics), {da['clusters']} without topics (B3 F1 {da['b3']['f1']}); {res['seconds']}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(res, fh, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())

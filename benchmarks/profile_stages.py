"""CPU time per stage of a build, per article: where recoupe's time goes beside spaCy's.

    python -m benchmarks.profile_stages [--articles 300] [--real] [--cprofile FILE]

Wall-clock ratios need a quiet machine; CPU time (``time.process_time``) does not, or much less.
On the bench's texts (:func:`benchmarks.bench.make_corpus`, same seed), in one process:

1. reading and cleaning (``recoupe.pipeline._articles``);
2. spaCy: the tokenizer and each component of the pipeline, batch by batch as ``nlp.pipe``
   runs them (spaCy's own components, then recoupe's);
3. records: :func:`recoupe.nlp.analyse.analyse_article` in its parts (claims and mentions, content
   lemmas, the MinHash signature, the sentence encoder);
4. the pickling an article costs between processes (to a worker and back, and the canonical
   order's spill);
5. integration in its parts (entities, stories, claim groups, contradictions, sources, the rows),
   commits (full-text rows and the commit itself), the re-reading pass and the split pass that
   ``build`` runs after the last article, briefings.

``--real`` also runs ``build`` as the bench does (``nlp.n_process`` 2, the model loaded first) and
bare ``nlp.pipe`` with 2 processes, and reports each side's CPU: the driver's own
(``process_time``) and its workers' (``RUSAGE_CHILDREN``). On 2 cores the wall-clock ratio cannot
beat the CPU ratio: every CPU second of the driver is one the workers do not get.
"""

from __future__ import annotations

import argparse
import pickle
import resource
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from itertools import islice
from pathlib import Path
from typing import Any

CPU: dict[str, float] = defaultdict(float)


@contextmanager
def timed(stage: str) -> Iterator[None]:
    t0 = time.process_time()
    try:
        yield
    finally:
        CPU[stage] += time.process_time() - t0


def wrap(owner: Any, name: str, stage: str) -> Callable[[], None]:
    """Time every call of ``owner.name`` under ``stage`` (the wrapped functions do not call each
    other: no time is counted twice). Returns the undo."""
    inner = getattr(owner, name)

    def timed_call(*args: Any, **kwargs: Any) -> Any:
        with timed(stage):
            return inner(*args, **kwargs)

    setattr(owner, name, timed_call)
    return lambda: setattr(owner, name, inner)


def children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def real_build(texts: list[dict[str, str]], folder: Path, processes: int) -> list[str]:
    """CPU of both sides of the bench, driver and workers apart."""
    import spacy

    from recoupe.nlp.pipeline import load
    from recoupe.pipeline import build
    from recoupe.settings import Settings
    from recoupe.storage import Store

    settings = Settings.load(nlp__n_process=processes)
    nlp = spacy.load(settings["nlp.model"])
    ours = load(settings["nlp.model"])
    lines = []
    n = len(texts)
    c0, w0, t0 = time.process_time(), children_cpu(), time.perf_counter()
    for _ in nlp.pipe([t["text"] for t in texts], n_process=processes, batch_size=settings["nlp.batch_size"]):
        pass
    bare = (time.process_time() - c0, children_cpu() - w0, time.perf_counter() - t0)
    with Store.open(folder / "real.db") as store:
        c0, w0, t0 = time.process_time(), children_cpu(), time.perf_counter()
        build(store, [str(folder / "in")], settings=settings, nlp=ours)
        mine = (time.process_time() - c0, children_cpu() - w0, time.perf_counter() - t0)
    for name, (drv, wrk, wall) in (("bare nlp.pipe", bare), ("recoupe build", mine)):
        lines.append(f"| {name} | {drv * 1000 / n:.1f} | {wrk * 1000 / n:.1f} | {(drv + wrk) * 1000 / n:.1f} "
                     f"| {wall:.1f} |")
    ratio = (bare[0] + bare[1]) / (mine[0] + mine[1])
    lines.append(f"\nCPU ratio (bare total / recoupe total): **{ratio:.3f}**")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--real", action="store_true", help="also time the bench's two sides, driver and workers")
    ap.add_argument("--processes", type=int, default=2)
    ap.add_argument("--cprofile", type=Path, help="cProfile the per-stage run into this file")
    ap.add_argument("--cprofile-part", choices=["all", "driver", "worker"], default="all",
                    help="what --cprofile covers: everything, the driver's stages (clean, integrate, commit, "
                         "briefings) or the workers' (spaCy, components, records, encoder)")
    args = ap.parse_args(argv)

    from benchmarks.bench import make_corpus, write_corpus
    from recoupe import pipeline
    from recoupe.nlp.pipeline import load
    from recoupe.settings import Settings
    from recoupe.storage import Store

    texts = make_corpus(args.articles)
    tmp = Path(tempfile.mkdtemp(prefix="recoupe-profile-"))
    write_corpus(texts, tmp / "in")
    settings = Settings.load(nlp__n_process=1)
    nlp = load(settings["nlp.model"])
    from recoupe.nlp.analyse import import_per_article_stage

    import_per_article_stage()  # the encoder and modules loaded outside the clocks, as before a fork
    import cProfile

    profiler = cProfile.Profile()

    def profiling(part: str) -> None:  # switch the profiler on for the parts asked for
        if args.cprofile and args.cprofile_part in {"all", part}:
            profiler.enable()
        else:
            profiler.disable()

    profiling("driver")

    store = Store.open(tmp / "profile.db")
    summary = pipeline.BuildSummary()
    with timed("1 read + clean"):
        cleaned = list(pipeline._articles(pipeline._documents([str(tmp / "in")], "auto",
                                                              settings["ingest.max_bytes"], summary),
                                          store, None, summary, settings["nlp.max_chars"]))
    with timed("1b canonical order (spill, sort, replay)"):
        cleaned = list(pipeline.canonical_order(cleaned))
    n = len(cleaned)

    # 2. spaCy, component by component, batch by batch as nlp.pipe does
    profiling("worker")
    from spacy.tokenizer import Tokenizer

    from recoupe.nlp.extensions import TEXT_KEY, register

    register()
    # as parse_with_context does: spaCy's own tokenizer keeps the text verbatim, so the doc carries it
    # (without it, text_of rebuilt doc.text from every token, ~0.3 ms an article, in recoupe_entities)
    verbatim = type(nlp.tokenizer) is Tokenizer
    batch_size = settings["nlp.batch_size"]
    docs_all: list[Any] = []
    it = iter(cleaned)
    while True:
        chunk = list(islice(it, batch_size))
        if not chunk:
            break
        with timed("2 spaCy tokenizer"):
            docs = []
            for _, art in chunk:
                d = nlp.make_doc(art.text)
                d._.anchor = art.published
                if verbatim:
                    d.user_data[TEXT_KEY] = art.text
                docs.append(d)
        for name, proc in nlp.pipeline:
            stage = f"3 ours {name}" if name.startswith("recoupe_") else f"2 spaCy {name}"
            with timed(stage):
                if hasattr(proc, "pipe"):
                    docs = list(proc.pipe(docs, batch_size=batch_size))
                else:
                    docs = [proc(d) for d in docs]
        docs_all.extend(docs)

    # 3. records, in the parts of analyse_article
    from recoupe.claims.sources import signature
    from recoupe.nlp import analyse as an
    from recoupe.nlp.extract import analyse

    items = []
    vectors: list[bytes] = []
    for i, (doc, (raw, art)) in enumerate(zip(docs_all, cleaned, strict=True)):
        if i % an.MEANING_CHUNK == 0:  # as analyse_docs does: a chunk's vectors in one call
            with timed("5 encoder (headline + lead)"):
                vectors = an.meanings([a for _, a in cleaned[i:i + an.MEANING_CHUNK]])
        with timed("4 records: claims, mentions, quotes (extract)"):
            analysis = analyse(doc, art)
        with timed("4 records: content lemmas"):
            content, story_term = an._content_lemmas(doc)
            from collections import Counter

            terms = Counter(f"L:{lem}" for lem, ok in zip(content, story_term, strict=True) if ok)
            chars = an.token_chars(doc)
            lemmas = {c.id: sorted(an._lemmas(chars, content, c.start, c.end)) for c in analysis.claims}
        with timed("4 records: MinHash signature"):
            sig = signature(art.text)
        items.append(an.Analysed(raw, art, analysis, terms, lemmas, sig, vectors[i % an.MEANING_CHUNK]))
    del docs_all

    # 4. pickling between processes
    profiling("driver")
    with timed("6 pickle: cleaned article to a worker (dumps + loads)"):
        for pair in cleaned:
            pickle.loads(pickle.dumps(pair, protocol=pickle.HIGHEST_PROTOCOL))
    with timed("6 pickle: records back to the driver (dumps + loads)"):
        for item in items:
            pickle.loads(pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL))
    size = sum(len(pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL)) for item in items) / n

    # 5. integration, its parts timed where they are called
    import recoupe.claims.contradictions as contra
    import recoupe.claims.groups as groups
    import recoupe.claims.sources as sources
    import recoupe.resolve.entities as entities
    import recoupe.resolve.stories as stories
    from recoupe.storage.store import Store as StoreClass

    undo = [
        wrap(entities, "resolve_article", "7 integrate: entities (resolve_article)"),
        wrap(stories, "assign_story", "7 integrate: stories (assign_story)"),
        wrap(groups, "assign_group", "7 integrate: claim groups (assign_group)"),
        wrap(contra, "find_for", "7 integrate: contradictions (find_for)"),
        wrap(sources, "fold_source", "7 integrate: wire copies (fold_source)"),
        wrap(StoreClass, "save_analysis", "7 integrate: rows (add_raw, add_article, save_analysis)"),
        wrap(StoreClass, "add_article", "7 integrate: rows (add_raw, add_article, save_analysis)"),
        wrap(StoreClass, "add_raw", "7 integrate: rows (add_raw, add_article, save_analysis)"),
    ]
    total_integrate = 0.0
    reread = pipeline.Spill() if settings["stories.reread"] else None
    try:
        for k in range(0, n, pipeline.COMMIT_EVERY):
            c0 = time.process_time()
            with pipeline.fewer_collections(), store.transaction():  # as build integrates a batch
                for item in items[k:k + pipeline.COMMIT_EVERY]:
                    with timed("7 integrate (all)"):
                        if not pipeline.already_stored(store, item):
                            mine: list[pipeline.StoryInput] = []
                            with store.savepoint():
                                pipeline.integrate(store, item, settings, mine)
                            if reread is not None:
                                reread.extend(mine)
                c1 = time.process_time()
            CPU["8 commit (full-text rows + commit)"] += time.process_time() - c1
            total_integrate += c1 - c0
    finally:
        for u in undo:
            u()
    # the build's tail, as build runs it: the re-reading pass, then the split pass (claim groups)
    with timed("8 re-reading pass (reread_stories)"), pipeline.fewer_collections():
        if reread is not None:
            pipeline.reread_stories(store, reread, settings)
            reread.close()
    with timed("8 split pass (split_components)"), pipeline.fewer_collections():
        pipeline.split_components(store, settings)
    with timed("9 briefings"), pipeline.fewer_collections():
        pipeline.refresh_briefings(store, settings)
    store.close()
    profiler.disable()
    if args.cprofile:
        profiler.dump_stats(str(args.cprofile))

    inner = sum(v for k, v in CPU.items() if k.startswith("7 integrate:"))
    CPU["7 integrate: the rest (links, df, meaning row)"] = CPU.pop("7 integrate (all)") - inner
    lines = [f"CPU per article (ms), {n} articles of `make_corpus` (one process, "
             f"`python -m benchmarks.profile_stages --articles {args.articles}`); records pickled: "
             f"{size / 1024:.1f} KiB an article", "", "| stage | ms / article |", "|---|---:|"]
    spacy_total = sum(v for k, v in CPU.items() if k.startswith("2 "))
    for k in sorted(CPU):
        lines.append(f"| {k[2:]} | {CPU[k] * 1000 / n:.2f} |")
    ours = sum(CPU.values()) - spacy_total
    # the model's own stages as recoupe runs them: its French lemmatizer on arrays (recoupe.nlp.lemmatizer,
    # the same lemmas; bare spaCy's took ~16 ms an article on these texts)
    lines.append(f"| **spaCy (the model's stages, as recoupe runs them)** | **{spacy_total * 1000 / n:.1f}** |")
    lines.append(f"| **recoupe on top** | **{ours * 1000 / n:.1f}** |")
    lines.append("| of which in the driver (clean, order, integrate, commit, re-reading, split, briefings, unpickle) | "
                 f"{(sum(v for k, v in CPU.items() if k[0] in '1789')) * 1000 / n:.1f} |")
    print("\n".join(lines), flush=True)
    if args.real:
        real = real_build(texts, tmp, args.processes)
        print("\n| side (2 processes) | driver CPU ms/article | workers CPU ms/article | total | wall s |\n"
              "|---|---:|---:|---:|---:|")
        print("\n".join(real))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The command line: a thin, typed layer over the library (Typer + Rich).

Heavy modules (spaCy, trafilatura) are imported inside the commands, so ``recoupe --help``
answers at once. Domain errors (:class:`RecoupeError`) are printed as one line with their code;
exit status 0 = all good, 1 = done but some inputs were rejected, 2 = could not run.
"""

from __future__ import annotations

import json
import shlex
import sys
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer
from rich.console import Console

from recoupe.errors import E, RecoupeError

if TYPE_CHECKING:
    from recoupe.storage import Store


def _quiet_flags() -> None:
    """Typer prints a flag's value type on every help screen (``--help <bool>``, ``--json <bool>``):
    noise for a switch. Flags show no type; options taking a value keep theirs."""
    from typer.core import TyperOption

    original = TyperOption.display_type_rich
    if getattr(original, "_recoupe_quiet", False):
        return

    def display_type_rich(self: TyperOption, ctx: typer.Context) -> str | None:
        return None if self.is_flag else original(self, ctx)

    display_type_rich._recoupe_quiet = True  # type: ignore[attr-defined]
    # monkey-patched; typer's annotation names click's Context, the function is given typer's
    TyperOption.display_type_rich = display_type_rich  # type: ignore[method-assign,assignment]


_quiet_flags()
app = typer.Typer(add_completion=False, no_args_is_help=True, help="Cross-check the news: build a sourced knowledge "
                                                                   "base from articles.")
out = Console()
err = Console(stderr=True, soft_wrap=True)  # one message per line, never cut (logs, grep)

DbOption = Annotated[Path, typer.Option("--db", help="The SQLite store.")]


def _version(value: bool) -> None:
    if value:
        from recoupe import __version__

        out.print(f"recoupe {__version__}", highlight=False)
        raise typer.Exit()


@app.callback()
def _main(version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                                help="Print recoupe's version and exit.")] = False) -> None:
    """Cross-check the news: build a sourced knowledge base from articles."""


class Fmt(str, Enum):  # noqa: UP042 - StrEnum would change str() and format() of members
    auto = "auto"
    text = "text"
    html = "html"
    json = "json"
    jsonl = "jsonl"
    feed = "feed"
    warc = "warc"


class ExportFmt(str, Enum):  # noqa: UP042 - as Fmt
    json = "json"
    csv = "csv"
    stories_tsv = "stories-tsv"
    graphml = "graphml"


def _fail(exc: RecoupeError) -> NoReturn:
    err.print(f"[bold red]error[/] {exc}", highlight=False, markup=True)
    raise typer.Exit(2)


def _date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        _fail(RecoupeError(E.E020, value=value))


def _open(db: Path, *, create: bool = False):
    from recoupe.storage import Store

    try:
        return Store.open(db, create=create)
    except RecoupeError as exc:
        _fail(exc)


@contextmanager
def _reading(db: Path) -> Iterator[Store]:
    """The store, read as one snapshot (:meth:`recoupe.storage.Store.snapshot`): a listing made while a
    build commits shows one state of the store, never rows of two."""
    store = _open(db)
    try:
        with store.snapshot():
            yield store
    finally:
        store.close()


class _PlainProgress:
    """Progress as plain lines, for a build whose standard error is no terminal (a log file, a job,
    nohup): the bar is off there, and a build of thousands of articles would say nothing for many
    minutes. A line when the stage changes, then at most one every :attr:`every` seconds."""

    every = 30.0
    clock = staticmethod(time.monotonic)

    def __init__(self) -> None:
        self.stage = ""
        self.last = 0.0

    def __call__(self, stage: str, done: int, total: int | None) -> None:
        now = self.clock()
        if stage == self.stage and now - self.last < self.every:
            return
        self.stage, self.last = stage, now
        count = f": {done}" + (f" of {total}" if total else "") if done or total else ""
        err.print(f"{stage}{count}", highlight=False, markup=False)


@app.command()
def build(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders or globs of articles.")],
    db: DbOption = Path("recoupe.db"),
    out_dir: Annotated[Path | None, typer.Option("--out", help="Write report.html and dossier.json here.")] = None,
    published: Annotated[str | None,
                         typer.Option(help="Publication date (YYYY-MM-DD) for articles that state none.")] = None,
    fmt: Annotated[Fmt,
                   typer.Option("--format", help="Input format; auto detects by extension and content.")] = Fmt.auto,
    config: Annotated[Path | None, typer.Option(help="A TOML file of settings overlaying the defaults.")] = None,
    processes: Annotated[int | None, typer.Option("--processes", "-j", help="spaCy processes (default: nlp.n_process; "
                                                                            "0 = one per core, capped by "
                                                                            "memory).")] = None,
    engine: Annotated[str,
                      typer.Option(help="local, or ray to run the per-article stages on a Ray cluster.")] = "local",
    address: Annotated[str | None, typer.Option(help="With --engine ray: the cluster address (default: start Ray "
                                                     "locally).")] = None,
    kb: Annotated[Path | None, typer.Option("--kb", help="A knowledge-base file (JSONL/JSON, CSV/TSV, Wikidata dump; "
                                                         ".gz/.bz2) whose ids are added to entities (default: "
                                                         "entities.kb).")] = None,
    outlet: Annotated[str | None, typer.Option(help="Outlet of articles whose record or page names none.")] = None,
    title: Annotated[str | None,
                     typer.Option(help="Title of articles whose record or page gives none (one article).")] = None,
) -> None:
    """Ingest and analyse articles into the store; with --out, write the report and dossier."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from recoupe.pipeline import build as run_build
    from recoupe.settings import Settings

    when = _date(published)
    try:
        overrides = {"nlp__n_process": processes} if processes is not None else {}
        settings = Settings.load(config, **overrides)
        store = _open(db, create=True)
        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      console=err, transient=True, disable=not err.is_terminal) as bar:
            task = bar.add_task("reading inputs", total=None)

            plain = _PlainProgress() if not err.is_terminal else None
            if plain is not None:
                plain("reading inputs", 0, None)  # loading the language models alone takes a minute

            def progress(stage: str, done: int, total: int | None) -> None:
                bar.update(task, description=stage, completed=done, total=total)
                if plain is not None:
                    plain(stage, done, total)

            if engine not in {"local", "ray"}:
                err.print(f"unknown engine '{engine}'; use local or ray")
                raise typer.Exit(2)
            summary = run_build(store, inputs, fmt=fmt.value, published=when, settings=settings, progress=progress,
                                engine=engine, address=address, kb=kb,
                                exclude=[out_dir] if out_dir is not None else [],
                                defaults={"outlet": outlet or "", "title": title or ""})
        unwritten = None
        if out_dir is not None:
            from recoupe.report import write_outputs

            try:
                write_outputs(store, out_dir)
            except OSError as exc:  # the build is stored: say so below, then why the report is missing
                unwritten = RecoupeError(E.E065, path=exc.filename or out_dir, reason=exc.strerror or exc)
    except RecoupeError as exc:
        _fail(exc)
    with store.snapshot():  # the four counts of one state, should another build be committing
        held = {t: store.count(t) for t in ("articles", "entities", "claims", "stories")}
    err.print(f"added {summary.added} article(s), {summary.skipped} already in the store, "
              f"{len(summary.rejected)} rejected; store {db}: {held['articles']} articles, "
              f"{held['entities']} entities, {held['claims']} claims, {held['stories']} stories",
              highlight=False)
    if summary.moved:
        err.print(f"re-reading: {summary.moved} article(s) moved to another story", highlight=False)
    if summary.kb is not None:
        k = summary.kb
        err.print(f"knowledge base {k.source} ({k.entries} entries): "
                  f"{k.checked} entit{'y' if k.checked == 1 else 'ies'} "
                  f"checked{' (all: a KB new to this store)' if k.rechecked_all else ''}, {k.linked} linked, "
                  f"{k.ambiguous} ambiguous (left unlinked), {k.unmatched} without an entry; "
                  f"{k.store_linked} entities of the store carry a KB id", highlight=False, markup=False)
    for w in summary.warnings:
        err.print(f"  warning {w.reason}", highlight=False, markup=False)
    for r in summary.rejected:
        err.print(f"  rejected {r.reason}", highlight=False, markup=False)
    if summary.rejected:
        counts = ", ".join(f"{code}: {n}" for code, n in sorted(summary.by_reason().items()))
        err.print(f"rejections by reason: {counts}", highlight=False)
    if unwritten is not None:
        store.close()
        _fail(unwritten)
    if out_dir is not None:
        err.print(f"wrote {out_dir / 'report.html'} and {out_dir / 'dossier.json'}", highlight=False)
    store.close()
    if summary.rejected:
        raise typer.Exit(1)


@app.command()
def export(
    db: DbOption,
    fmt: Annotated[ExportFmt, typer.Option(
        "--format", help="json, csv, stories-tsv or graphml (entity network).")] = ExportFmt.json,
    output: Annotated[Path | None,
                      typer.Option("-o", "--output", help="File to write (default: standard output).")] = None,
    table: Annotated[str, typer.Option(help="With --format csv: articles, entities, mentions, claims, groups, "
                                            "contradictions, quotes or timeline.")] = "claims",
) -> None:
    """Export the store as the dossier JSON, a CSV table, the stories TSV or the entity network (GraphML)."""
    from recoupe.report.dossier import build_dossier
    from recoupe.report.exports import CSV_TABLES, stories_tsv, to_csv, to_graphml, to_json

    with _reading(db) as store:
        dossier = build_dossier(store)
        if fmt is ExportFmt.json:
            text = to_json(dossier)
        elif fmt is ExportFmt.stories_tsv:
            text = stories_tsv(dossier)
        elif fmt is ExportFmt.graphml:
            text = to_graphml(dossier)
        else:
            extra = ["entities", "mentions", "groups", "contradictions"]
            if table not in CSV_TABLES and table not in extra:
                err.print(f"unknown table '{table}'; choose one of {', '.join([*CSV_TABLES, *extra])}")
                raise typer.Exit(2)
            text = to_csv(dossier, table)
    # written once the snapshot is closed: a slow pipe must not hold the read open (the WAL could not be
    # checkpointed while a build commits)
    if output is None:
        sys.stdout.write(text)
    else:
        try:
            output.write_text(text, encoding="utf-8")
        except OSError as exc:
            _fail(RecoupeError(E.E065, path=output, reason=exc.strerror or exc))


# -- reading the store: entities, claims, timeline ---------------------------------------------
JsonFlag = Annotated[bool, typer.Option("--json", help="One JSON object per line (codes, not words) instead of text.")]
LimitOpt = Annotated[int, typer.Option("--limit", "-n", help="Show at most this many (0: all).")]
EntityOpt = Annotated[str | None, typer.Option("--entity", help="Only what involves this entity (name or alias).")]
StatusOpt = Annotated[str | None, typer.Option(
    "--status", help="Only claims whose group has this status: confirmed, single_source, hedged, disputed, "
                     "contradicted (several: comma-separated; « single source » as printed works too). A denial "
                     "is a modality: --modality denied.")]


def _entity_id(store, db: Path, name: str | None) -> str | None:
    if not name:
        return None
    rows = store.entities(name)
    if not rows:
        _fail(RecoupeError(E.E060, name=name, path=db))
    return str(rows[0]["id"])


def _statuses(value: str | None) -> set[str] | None:
    from recoupe.claims.status import MEANING
    from recoupe.report.words import status_label

    # the labels the claims and the report print (« single source ») name their status too
    by_label = {status_label(code).lower(): code for code in MEANING}
    words = [" ".join(v.replace("-", " ").split()).lower() for v in (value or "").split(",")]
    wanted = {by_label.get(w, w) for w in words if w} if value else None
    # a typo would list nothing, as if no claim had that status; so would a report label that is no
    # group's status (« denied », « contradiction »): only the group statuses are choices
    for v in sorted(wanted or ()):
        _choice("status", v, MEANING)
    return wanted


def _choice(what: str, value: str, choices: Iterable[str]) -> None:
    """Fail (E061) on a value that is none of ``choices``: a filter on a misspelt code shows nothing."""
    known = list(choices)
    if value not in known:
        _fail(RecoupeError(E.E061, what=what, value=value, choices=", ".join(known)))


def _group_status(store):
    """group id -> status, computed as the dossier computes it (the read side's own function)."""
    from recoupe.report.dossier import group_statuses

    return group_statuses(store)


def _group_states(store):
    """group id -> its whole status (with ``confirmed_by``), as the dossier computes it."""
    from recoupe.report.dossier import group_states

    return group_states(store)


def _wrap(text: str, indent: int = 4, hang: int | None = None) -> str:
    """``text`` filled to the terminal's width (at most 120), words never cut."""
    import shutil
    import textwrap

    width = max(40, min(shutil.get_terminal_size((100, 24)).columns, 120))
    return textwrap.fill(" ".join(text.split()), width=width, initial_indent=" " * indent,
                         subsequent_indent=" " * (indent if hang is None else hang), break_on_hyphens=False)


def _say(text: str, indent: int = 0) -> None:
    """One item's line(s), wrapped here (Rich would cut at its own width), no markup read."""
    out.print(_wrap(text, indent, hang=indent + 2 if indent == 0 else None), markup=False, highlight=False,
              soft_wrap=True)


def _print_json(items: list[dict]) -> None:
    for item in items:
        sys.stdout.write(json.dumps(item, ensure_ascii=False) + "\n")


@app.command()
def entities(
    db: DbOption,
    entity: Annotated[str | None, typer.Option("--entity", help="Only entities with this name or alias.")] = None,
    etype: Annotated[str | None,
                     typer.Option("--type", help="Only this type: PER, ORG, LOC, MISC, WEAPON, EVENT.")] = None,
    limit: LimitOpt = 50,
    as_json: JsonFlag = False,
) -> None:
    """Entities, most mentioned first: names, spellings, roles."""
    from recoupe.report.words import ENTITY_TYPES

    with _reading(db) as store:
        rows = store.entities(entity)
        if entity and not rows:
            _fail(RecoupeError(E.E060, name=entity, path=db))
        if etype:
            _choice("type", etype.upper(), ENTITY_TYPES)
            rows = [r for r in rows if r["type"] == etype.upper()]
        total = len(rows)
        rows = rows[:limit] if limit > 0 else rows
        items = [{"id": r["id"], "name": r["name"], "type": r["type"], "mentions": r["mention_count"],
                  "aliases": sorted({a["alias"] for a in r["aliases"]} - {r["name"]}),
                  "roles": sorted({x["role"] for x in r["roles"]}), "kb_id": r.get("kb_id") or None} for r in rows]
    # printed once the snapshot is closed (a paused pager must not hold the read open)
    if as_json:
        _print_json(items)
        return
    for it in items:
        _say(f"{it['name']} ({ENTITY_TYPES.get(it['type'], it['type'])}, {it['mentions']} mentions)")
        if it["aliases"]:
            _say("also written: " + " · ".join(it["aliases"]), 4)
        if it["roles"]:
            _say("roles: " + " · ".join(it["roles"]), 4)
    _more(len(items), total)


def _none(what: str, **filters: str | None) -> None:
    """Say on stderr that nothing matched, and under which filters: an empty answer reads as a fault."""
    given = [f"--{k} {shlex.quote(v)}" for k, v in filters.items() if v]
    err.print(f"no {what} matches {' '.join(given)}" if given else f"no {what} in this store", highlight=False)


def _more(shown: int, total: int) -> None:
    if shown < total:
        err.print(f"{shown} of {total} shown; --limit 0 shows all, --json for machines", highlight=False)


@app.command()
def claims(
    db: DbOption,
    entity: Annotated[str | None, typer.Option(
        "--entity", help="Only claims about this entity (name or alias) and claims it makes.")] = None,
    status: StatusOpt = None,
    modality: Annotated[str | None, typer.Option(help="Only claims stated this way: asserted, reported, conditional, "
                                                      "speculative, denied.")] = None,
    limit: LimitOpt = 20,
    as_json: JsonFlag = False,
) -> None:
    """Claims as their sentences, with status, modality and source; what is in doubt first.

    A confirmed group rests on two claims of two sources: those are marked « confirmed », its other
    members « in a confirmed group »."""
    from recoupe.report.words import MODALITIES, modality_label, status_label, status_rank

    if modality:
        _choice("modality", modality, MODALITIES)
    wanted = _statuses(status)  # checked before the statuses are computed
    with _reading(db) as store:
        eid = _entity_id(store, db, entity)
        items = store.claims(entity_id=eid) if eid else store.claims()
        if eid:  # what it says too, as its web page lists « claims attributed to » beside « claims about »
            names = {str(r["alias"]) for r in store.entity_aliases(eid)} | {str((store.entity_row(eid) or {})["name"])}
            seen = {c.id for c in items}
            by = store.claims_attributed_to(names, limit=store.count("claims"), entity_id=eid)
            items += [c for c in by if c.id not in seen]
        states = _group_states(store)
        briefs = store.article_briefs({c.article_id for c in items})
        rows: list[dict[str, Any]] = []
        for c in items:
            state = states.get(c.group_id)
            st = state.status if state else "single_source"
            if (wanted and st not in wanted) or (modality and c.modality != modality):
                continue
            b = briefs.get(c.article_id) or {}
            # a confirmed group rests on two claims of two sources (its confirmed_by); its other members
            # are not confirmed by that, as the briefing, the report and the web app show
            rows.append({"id": c.id, "status": st, "confirms": bool(state) and c.id in state.confirmed_by,
                         "modality": c.modality, "sentence": c.sentence, "clause": c.text,
                         "attributed_to": c.attributed_to, "article": c.article_id, "outlet": b.get("outlet") or "",
                         "published": b.get("published"), "group": c.group_id or None})
        rows.sort(key=lambda r: (status_rank(r["status"]), not r["confirms"], r["article"], r["id"]))
    # printed once the snapshot is closed (a paused pager must not hold the read open)
    total = len(rows)
    rows = rows[:limit] if limit > 0 else rows
    if as_json:
        _print_json(rows)
        return
    if not rows:
        _none("claim", entity=entity, status=status, modality=modality)
    for r in rows:
        source = f"according to {r['attributed_to']}" if r["attributed_to"] else "in the article's own voice"
        where = " · ".join(x for x in (r["outlet"], r["published"] or "", r["article"][:8]) if x)
        label = status_label(r["status"])
        if r["status"] == "confirmed" and not r["confirms"]:
            label = f"in a {label} group, not its confirming pair"
        _say(f"[{label}] {modality_label(r['modality'])}, {source} — {where}")
        _say(r["sentence"], 4)
        # Several claims can share one sentence: name the part this one is, or they read as repeats.
        clause = " ".join((r["clause"] or "").split())
        if clause and clause.rstrip(" .") != " ".join(r["sentence"].split()).rstrip(" ."):
            _say(f"claim: {clause}", 6)
    _more(len(rows), total)


@app.command()
def timeline(
    db: DbOption,
    entity: EntityOpt = None,
    status: StatusOpt = None,
    limit: LimitOpt = 50,
    as_json: JsonFlag = False,
) -> None:
    """Dated events in order: when it happened (event time) apart from when it was published."""
    from recoupe.report.words import precision_label, timex_words

    wanted = _statuses(status)
    with _reading(db) as store:
        eid = _entity_id(store, db, entity)
        published = {r["id"]: r["published"] for r in store.article_rows()}
        statuses = _group_status(store) if wanted else {}
        groups = {c.id: c.group_id for c in store.claims()} if wanted else {}
        rows = []
        for e in store.events(entity_id=eid):
            st = statuses.get(groups.get(e.claim_id, ""), "single_source") if wanted else None
            if wanted and st not in wanted:
                continue
            rows.append({"start": e.start.isoformat() if e.start else None, "end": e.end.isoformat() if e.end else None,
                         "precision": e.precision, "value": e.value, "timex": e.timex, "what": e.text,
                         "published": published.get(e.article_id), "article": e.article_id, "claim": e.claim_id,
                         **({"status": st} if st else {})})
    # printed once the snapshot is closed (a paused pager must not hold the read open)
    total = len(rows)
    rows = rows[:limit] if limit > 0 else rows
    if as_json:
        _print_json(rows)
        return
    if not rows:
        _none("dated event", entity=entity, status=status)
    for r in rows:
        when = timex_words(r["value"]) if r["start"] else "undated"
        _say(f"{when} ({precision_label(r['precision'])}; « {r['timex']} ») — published {r['published'] or '?'}"
             f" · {r['article'][:8]}")
        _say(r["what"], 4)
    _more(len(rows), total)


@app.command("tag-time")
def tag_time(
    file: Annotated[str, typer.Argument(help="A text file, or - for standard input.")],
    anchor: Annotated[str | None,
                      typer.Option(help="The date relative expressions are resolved against (YYYY-MM-DD).")] = None,
    parse: Annotated[bool, typer.Option(help="Parse with spaCy so verb tense decides direction.")] = True,
    lang: Annotated[str | None, typer.Option("--lang", help="fr or en (default: detected from the text).")] = None,
) -> None:
    """Tag and normalise French or English temporal expressions: one JSON object per line."""
    when = _date(anchor)
    if file == "-":
        text = sys.stdin.read()
    else:
        p = Path(file)
        if not p.exists():
            _fail(RecoupeError(E.E001, path=file))
        from recoupe.ingest.text import decode

        # as `build` reads it: a Latin-1 or UTF-16 file decoded as UTF-8 lost its accented date words
        text = decode(p.read_bytes())
    if lang is None:
        from recoupe.clean.language import detect_language
        from recoupe.lang.routing import pipeline_language

        lang = pipeline_language(detect_language(text), text) or "fr"
    from recoupe.lang import SUPPORTED

    if lang not in SUPPORTED:
        _fail(RecoupeError(E.E085, path=file, language=lang, reason="given with --lang",
                           supported=", ".join(SUPPORTED)))
    from recoupe.nlp.timex import to_json_lines

    nlp = None
    if parse:
        from recoupe.lang.routing import load_for

        nlp = load_for(lang)
    for obj in to_json_lines(text, when, nlp=nlp, lang=lang):
        sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


@app.command()
def watch(
    folder: Annotated[Path, typer.Argument(help="The folder to follow.")],
    db: DbOption = Path("recoupe.db"),
    published: Annotated[str | None, typer.Option(help="Publication date for articles that state none.")] = None,
    config: Annotated[Path | None, typer.Option(help="A TOML file of settings overlaying the defaults.")] = None,
    kb: Annotated[Path | None, typer.Option("--kb", help="A knowledge-base file whose ids are added to entities "
                                                         "(default: entities.kb).")] = None,
) -> None:
    """Keep a store current: ingest new or changed files of FOLDER as they appear (Ctrl-C stops)."""
    from recoupe.settings import Settings
    from recoupe.watch import watch_folder

    if not folder.is_dir():
        _fail(RecoupeError(E.E001, path=folder))
    when = _date(published)
    store = _open(db, create=True)
    try:
        settings = Settings.load(config, **({"entities__kb": str(kb)} if kb is not None else {}))
        added = watch_folder(store, folder, settings=settings, published=when,
                             say=lambda m: err.print(m, highlight=False, markup=False))
    except KeyboardInterrupt:
        added = None
    except RecoupeError as exc:
        _fail(exc)
    finally:
        store.close()
    err.print("stopped; the store is consistent" + (f" ({added} article(s) added)" if added is not None else ""))


@app.command()
def serve(
    db: DbOption,
    host: Annotated[str, typer.Option(help="Address to bind; the default serves this machine only.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
    token: Annotated[str | None, typer.Option(envvar="RECOUPE_TOKEN", help="Enables the writing endpoints "
                                                                           "(upload/paste) for requests bearing this "
                                                                           "token.")] = None,
    workers: Annotated[int,
                       typer.Option(min=1, help="Server processes; one per core serves that many pages at once.")] = 1,
) -> None:
    """Serve the analyst's web app (stories, entities, articles, search, JSON API) over a store."""
    from recoupe.web.server import run

    store = _open(db)
    store.close()
    run(db, host=host, port=port, token=token, workers=workers)


def main() -> None:
    app()


if __name__ == "__main__":
    main()

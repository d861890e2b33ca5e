"""The command line: a thin, typed layer over the library (Typer + Rich).

Heavy modules (spaCy, trafilatura) are imported inside the commands, so ``recoupe --help``
answers at once. Domain errors (:class:`RecoupeError`) are printed as one line with their code;
exit status 0 = all good, 1 = done but some inputs were rejected, 2 = could not run.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.console import Console
from rich.table import Table

from recoupe.errors import E, RecoupeError

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Cross-check the news: build a sourced knowledge base from articles.")
out = Console()
err = Console(stderr=True, soft_wrap=True)  # one message per line, never cut (logs, grep)

DbOption = Annotated[Path, typer.Option("--db", help="The SQLite store.")]


class Fmt(str, Enum):
    auto = "auto"
    text = "text"
    html = "html"
    json = "json"
    jsonl = "jsonl"
    feed = "feed"
    warc = "warc"


class ExportFmt(str, Enum):
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


def _open(db: Path, *, create: bool = False):  # type: ignore[no-untyped-def]
    from recoupe.storage import Store

    try:
        return Store.open(db, create=create)
    except RecoupeError as exc:
        _fail(exc)


@app.command()
def build(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders or globs of articles.")],
    db: DbOption = Path("recoupe.db"),
    out_dir: Annotated[Path | None, typer.Option("--out", help="Write report.html and dossier.json here.")] = None,
    published: Annotated[str | None, typer.Option(help="Publication date (YYYY-MM-DD) for articles that state none.")] = None,
    fmt: Annotated[Fmt, typer.Option("--format", help="Input format; auto detects by extension and content.")] = Fmt.auto,
    config: Annotated[Path | None, typer.Option(help="A TOML file of settings overlaying the defaults.")] = None,
    processes: Annotated[int | None, typer.Option("--processes", "-j", help="spaCy processes (default: nlp.n_process).")] = None,
    engine: Annotated[str, typer.Option(help="local, or ray to run the per-article stages on a Ray cluster.")] = "local",
    address: Annotated[str | None, typer.Option(help="With --engine ray: the cluster address (default: start Ray locally).")] = None,
    kb: Annotated[Path | None, typer.Option("--kb", help="A knowledge-base file (JSONL/JSON, CSV/TSV, Wikidata dump; .gz/.bz2) whose ids are added to entities (default: entities.kb).")] = None,
) -> None:
    """Ingest and analyse articles into the store; with --out, write the report and dossier."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from recoupe.pipeline import build as run_build
    from recoupe.settings import Settings

    when = _date(published)
    try:
        overrides = {"nlp__n_process": processes} if processes else {}
        settings = Settings.load(config, **overrides)
        store = _open(db, create=True)
        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      console=err, transient=True, disable=not err.is_terminal) as bar:
            task = bar.add_task("reading inputs", total=None)

            def progress(stage: str, done: int, total: int | None) -> None:
                bar.update(task, description=stage, completed=done, total=total)

            if engine not in {"local", "ray"}:
                err.print(f"unknown engine '{engine}'; use local or ray")
                raise typer.Exit(2)
            summary = run_build(store, inputs, fmt=fmt.value, published=when, settings=settings, progress=progress,
                                engine=engine, address=address, kb=kb)
        if out_dir is not None:
            write_outputs(store, out_dir)
    except RecoupeError as exc:
        _fail(exc)
    err.print(f"added {summary.added} article(s), {summary.skipped} already in the store, "
              f"{len(summary.rejected)} rejected; store {db}: {store.count('articles')} articles, "
              f"{store.count('entities')} entities, {store.count('claims')} claims, {store.count('stories')} stories",
              highlight=False)
    if summary.kb is not None:
        k = summary.kb
        err.print(f"knowledge base {k.source} ({k.entries} entries): {k.checked} entit{'y' if k.checked == 1 else 'ies'} "
                  f"checked{' (all: a KB new to this store)' if k.rechecked_all else ''}, {k.linked} linked, "
                  f"{k.ambiguous} ambiguous (left unlinked), {k.unmatched} without an entry; "
                  f"{k.store_linked} entities of the store carry a KB id", highlight=False, markup=False)
    for r in summary.rejected:
        err.print(f"  rejected {r.reason}", highlight=False, markup=False)
    if summary.rejected:
        counts = ", ".join(f"{code}: {n}" for code, n in sorted(summary.by_reason().items()))
        err.print(f"rejections by reason: {counts}", highlight=False)
    if out_dir is not None:
        err.print(f"wrote {out_dir / 'report.html'} and {out_dir / 'dossier.json'}", highlight=False)
    store.close()
    if summary.rejected:
        raise typer.Exit(1)


def write_outputs(store, out_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from recoupe.report.dossier import build_dossier
    from recoupe.report.exports import to_json
    from recoupe.report.html import render_report

    out_dir.mkdir(parents=True, exist_ok=True)
    dossier = build_dossier(store)
    (out_dir / "dossier.json").write_text(to_json(dossier), encoding="utf-8")
    (out_dir / "report.html").write_text(render_report(dossier), encoding="utf-8")


@app.command()
def export(
    db: DbOption,
    fmt: Annotated[ExportFmt, typer.Option("--format", help="json, csv, stories-tsv or graphml (entity network).")] = ExportFmt.json,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="File to write (default: standard output).")] = None,
    table: Annotated[str, typer.Option(help="With --format csv: articles, entities, mentions, claims, groups, quotes or timeline.")] = "claims",
) -> None:
    """Export the store as the dossier JSON, a CSV table, the stories TSV or the entity network (GraphML)."""
    from recoupe.report.dossier import build_dossier
    from recoupe.report.exports import CSV_TABLES, stories_tsv, to_csv, to_graphml, to_json

    store = _open(db)
    dossier = build_dossier(store)
    if fmt is ExportFmt.json:
        text = to_json(dossier)
    elif fmt is ExportFmt.stories_tsv:
        text = stories_tsv(dossier)
    elif fmt is ExportFmt.graphml:
        text = to_graphml(dossier)
    else:
        extra = ["entities", "mentions", "groups"]
        if table not in CSV_TABLES and table not in extra:
            err.print(f"unknown table '{table}'; choose one of {', '.join([*CSV_TABLES, *extra])}")
            raise typer.Exit(2)
        text = to_csv(dossier, table)
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")


@app.command()
def entities(db: DbOption, entity: Annotated[str | None, typer.Option("--entity", help="Filter by name or alias.")] = None) -> None:
    """Entities with their aliases and roles."""
    store = _open(db)
    rows = store.entities(entity)
    if entity and not rows:
        _fail(RecoupeError(E.E060, name=entity, path=db))
    t = Table("id", "name", "type", "mentions", "aliases", "roles", title="Entities")
    for r in rows:
        t.add_row(r["id"], r["name"], r["type"], str(r["mention_count"]),
                  " · ".join(sorted({a["alias"] for a in r["aliases"]})),
                  " · ".join(sorted({x["role"] for x in r["roles"]})))
    out.print(t)


@app.command()
def claims(db: DbOption, entity: Annotated[str | None, typer.Option("--entity", help="Claims by or about this entity.")] = None) -> None:
    """Claims with who, what, modality and attribution."""
    store = _open(db)
    if entity:
        rows = store.entities(entity)
        if not rows:
            _fail(RecoupeError(E.E060, name=entity, path=db))
        items = store.claims(entity_id=rows[0]["id"])
    else:
        items = store.claims()
    t = Table("group", "modality", "subject", "predicate", "object", "attributed to", "article", title="Claims")
    for c in items:
        t.add_row(c.group_id, c.modality, c.subject, c.predicate, c.object[:60], c.attributed_to, c.article_id[:8])
    out.print(t)


@app.command()
def timeline(db: DbOption, entity: Annotated[str | None, typer.Option("--entity", help="Events involving this entity.")] = None) -> None:
    """Dated events: event time, precision, and the report time apart."""
    store = _open(db)
    eid = None
    if entity:
        rows = store.entities(entity)
        if not rows:
            _fail(RecoupeError(E.E060, name=entity, path=db))
        eid = rows[0]["id"]
    published = {r["id"]: r["published"] for r in store.article_rows()}
    t = Table("start", "end", "precision", "event", "reported", "article", title="Timeline")
    for e in store.events(entity_id=eid):
        t.add_row(str(e.start), str(e.end), e.precision, e.text[:90], published.get(e.article_id) or "?", e.article_id[:8])
    out.print(t)


@app.command("tag-time")
def tag_time(
    file: Annotated[str, typer.Argument(help="A text file, or - for standard input.")],
    anchor: Annotated[str | None, typer.Option(help="The date relative expressions are resolved against (YYYY-MM-DD).")] = None,
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
        text = p.read_bytes().decode("utf-8", errors="replace")
    if lang is None:
        from recoupe.clean.language import detect_language
        from recoupe.lang.routing import pipeline_language

        lang = pipeline_language(detect_language(text), text) or "fr"
    if lang not in ("fr", "en"):
        _fail(RecoupeError(E.E080, path=file, language=lang, reason="given with --lang", supported="fr, en"))
    if lang == "en":
        from recoupe.lang.en.timex import to_json_lines
    else:
        from recoupe.nlp.timex import to_json_lines  # type: ignore[assignment]
    nlp = None
    if parse:
        from recoupe.lang.routing import load_for

        nlp = load_for(lang)
    for obj in to_json_lines(text, when, nlp=nlp):
        sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


@app.command()
def watch(
    folder: Annotated[Path, typer.Argument(help="The folder to follow.")],
    db: DbOption = Path("recoupe.db"),
    published: Annotated[str | None, typer.Option(help="Publication date for articles that state none.")] = None,
    config: Annotated[Path | None, typer.Option(help="A TOML file of settings overlaying the defaults.")] = None,
    kb: Annotated[Path | None, typer.Option("--kb", help="A knowledge-base file whose ids are added to entities (default: entities.kb).")] = None,
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
    token: Annotated[str | None, typer.Option(envvar="RECOUPE_TOKEN", help="Enables the writing endpoints (upload/paste) for requests bearing this token.")] = None,
    workers: Annotated[int, typer.Option(min=1, help="Server processes; one per core serves that many pages at once.")] = 1,
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

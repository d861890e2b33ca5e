from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from recoupe.cli.app import app

runner = CliRunner()


def test_cli_help_does_not_import_spacy() -> None:
    code = ("import sys; from recoupe.cli.app import app; from typer.testing import CliRunner; "
            "r = CliRunner().invoke(app, ['--help']); assert r.exit_code == 0, r.output; "
            "assert 'spacy' not in sys.modules and 'trafilatura' not in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_cli_bad_date_is_a_clear_error(tmp_path: Path) -> None:
    r = runner.invoke(app, ["build", str(tmp_path), "--db", str(tmp_path / "x.db"), "--published", "12/09/2023"])
    assert r.exit_code == 2 and "E020" in r.output


def test_cli_query_on_missing_store_is_a_clear_error(tmp_path: Path) -> None:
    r = runner.invoke(app, ["entities", "--db", str(tmp_path / "none.db")])
    assert r.exit_code == 2 and "E032" in r.output


@pytest.mark.model
def test_cli_build_rejects_bad_files_and_goes_on(tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "empty.txt").write_text("   \n")
    (corpus / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (corpus / "ok.txt").write_text(
        "Le conseil municipal a voté jeudi un budget en hausse, porté par les investissements dans les transports.\n\n"
        "L'opposition a dénoncé un endettement excessif, a indiqué son porte-parole.\n", encoding="utf-8")
    db = tmp_path / "s.db"
    r = runner.invoke(app, ["build", str(corpus), "--db", str(db), "--published", "2024-03-01",
                            "--out", str(tmp_path / "out")])
    assert r.exit_code == 1, r.output
    assert "empty.txt" in r.output and "image.txt" in r.output and "added 1 article" in r.output
    assert (tmp_path / "out" / "report.html").exists()
    again = runner.invoke(app, ["build", str(corpus / "ok.txt"), "--db", str(db)])
    assert again.exit_code == 0 and "added 0 article(s), 1 already" in again.output
    tsv = runner.invoke(app, ["export", "--db", str(db), "--format", "stories-tsv"])
    assert tsv.output.splitlines()[1].endswith("\ts1") and "ok.txt" in tsv.output
    for cmd in (["entities"], ["claims"], ["timeline"]):
        res = runner.invoke(app, [*cmd, "--db", str(db)])
        assert res.exit_code == 0, res.output


def test_cli_build_bad_kb_is_a_clear_error_naming_file_and_line(tmp_path: Path) -> None:
    kb = tmp_path / "kb.jsonl"
    kb.write_text('{"id": "Q1", "label": "Jeanne Roussel", "type": "PER"}\n{"id": "Q2", "label": "X y", "type": '
                  '"GPE"}\n',
                  encoding="utf-8")
    r = runner.invoke(app, ["build", str(tmp_path), "--db", str(tmp_path / "x.db"), "--kb", str(kb)])
    assert r.exit_code == 2 and "E071" in r.output and f"{kb}' line 2" in " ".join(r.output.split()), r.output
    cfg = tmp_path / "settings.toml"  # the same file given by the entities.kb setting
    cfg.write_text(f'[entities]\nkb = "{tmp_path / "missing.jsonl"}"\n', encoding="utf-8")
    r = runner.invoke(app, ["build", str(tmp_path), "--db", str(tmp_path / "x.db"), "--config", str(cfg)])
    assert r.exit_code == 2 and "E070" in r.output and "missing.jsonl" in r.output, r.output


@pytest.mark.model
def test_cli_build_with_kb_links_entities_across_builds(tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    import json

    import jsonschema

    from recoupe.report.dossier import schema

    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "a1.txt").write_text(
        "Le ministre de l'Intérieur, Gérald Darmanin, a rencontré lundi à Lyon la maire Hélène Vasseur pour "
        "évoquer la sécurité des transports.\n\nSelon le ministère, Gérald Darmanin a promis des renforts policiers "
        "avant l'été. La maire a salué un engagement important.\n", encoding="utf-8")
    later = tmp_path / "a2.txt"
    later.write_text(
        "La Première ministre Élisabeth Borne a annoncé mardi à Marseille un plan d'investissement pour les ports, "
        "a indiqué Matignon.\n\nÉlisabeth Borne a précisé que le plan serait présenté au Parlement en octobre, "
        "selon son entourage.\n", encoding="utf-8")
    kb = tmp_path / "kb.csv"
    kb.write_text("id,label,aliases,type,description,lat,lon\n"
                  "Q3052772,Gérald Darmanin,G. Darmanin,PER,homme politique,,\n"
                  "Q456,Lyon,,LOC,ville de France,45.76,4.84\n"
                  "Q2624,Élisabeth Borne,Elisabeth Borne,PER,,,\n"
                  "LOCAL-7,Hélène Vasseur,,PER,,,\n"
                  "Q8023,Hélène Vasseur,,PER,une homonyme,,\n", encoding="utf-8")
    db, out = tmp_path / "s.db", tmp_path / "out"
    r = runner.invoke(app, ["build", str(corpus), "--db", str(db), "--published", "2024-03-01", "--kb", str(kb),
                            "--out", str(out)])
    assert r.exit_code == 0, r.output
    said = " ".join(r.output.split())
    assert "2 linked, 1 ambiguous (left unlinked)" in said, said
    dossier = json.loads((out / "dossier.json").read_text("utf-8"))
    jsonschema.validate(dossier, schema())
    by_name = {e["name"]: e for e in dossier["entities"]}
    assert by_name["Gérald Darmanin"]["kb_id"] == "Q3052772" and by_name["Lyon"]["kb_coordinates"] == [45.76, 4.84]
    assert by_name["Hélène Vasseur"]["kb_id"] is None  # two entries share the name
    assert 'href="https://www.wikidata.org/wiki/Q456"' in (out / "report.html").read_text("utf-8")
    # a later build: only the new entities are checked, and linked
    r = runner.invoke(app, ["build", str(later), "--db", str(db), "--published", "2024-03-02", "--kb", str(kb)])
    assert r.exit_code == 0 and "(all: a KB new to this store)" not in r.output, r.output
    rows = runner.invoke(app, ["export", "--db", str(db), "--format", "csv", "--table", "entities"]).output.splitlines()
    assert rows[0].endswith(",kb_id,kb_label")
    assert any(row.startswith(("e", "E")) and "Élisabeth Borne" in row and ",Q2624," in row for row in rows), rows
    graph = runner.invoke(app, ["export", "--db", str(db), "--format", "graphml"]).output
    assert '<data key="kb_id">Q2624</data>' in graph
    # building again changes nothing
    before = runner.invoke(app, ["export", "--db", str(db), "--format", "json"]).output
    r = runner.invoke(app, ["build", str(corpus), str(later), "--db", str(db), "--kb", str(kb)])
    assert r.exit_code == 0 and "0 entities checked" in " ".join(r.output.split()), r.output
    assert runner.invoke(app, ["export", "--db", str(db), "--format", "json"]).output == before


@pytest.mark.model
def test_cli_build_outlet_and_title_options_fill_what_the_input_lacks(tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    import json

    (tmp_path / "note.txt").write_text(
        "Le conseil municipal a voté jeudi un budget en hausse, porté par les investissements dans les "
        "transports. L'opposition a dénoncé un endettement excessif, a indiqué son porte-parole.\n", encoding="utf-8")
    (tmp_path / "rec.jsonl").write_text(json.dumps({
        "title": "Le budget adopté", "outlet": "Le Courrier du Val", "published": "2024-03-01",
        "text": "Le conseil régional a adopté vendredi son budget après un long débat sur les lycées et les "
                "transports, a indiqué la présidente de la région."}, ensure_ascii=False) + "\n", encoding="utf-8")
    db = tmp_path / "s.db"
    r = runner.invoke(app, ["build", str(tmp_path / "note.txt"), str(tmp_path / "rec.jsonl"), "--db", str(db),
                            "--published", "2024-03-01", "--outlet", "La Gazette", "--title", "Budget municipal"])
    assert r.exit_code == 0, r.output
    from recoupe.storage import Store

    with Store.open(db, create=False) as store:
        got = {a.origin.rsplit("/", 1)[-1].split(":")[0]: (a.outlet, a.title) for a in store.articles()}
    assert got["note.txt"] == ("La Gazette", "Budget municipal")
    assert next(v for k, v in got.items() if k.startswith("rec.jsonl")) == ("Le Courrier du Val", "Le budget adopté")


def test_cli_claims_marks_only_the_confirming_pair(tmp_path: Path) -> None:
    from tests.report.confirming import HEDGED, PAIR, POOL, confirming_store

    db = tmp_path / "pair.db"
    confirming_store(db).close()
    r = runner.invoke(app, ["claims", "--db", str(db), "--json", "--limit", "0"])
    assert r.exit_code == 0, r.output
    rows = {row["id"]: row for row in map(json.loads, r.output.splitlines())}
    assert {i for i, row in rows.items() if row["confirms"]} == set(PAIR)
    assert all(row["status"] == "confirmed" for row in rows.values())  # the group's status, for every member
    text = runner.invoke(app, ["claims", "--db", str(db), "--limit", "0"], terminal_width=200).output
    heads = [line for line in text.splitlines() if line.startswith("[")]
    assert sum(h.startswith("[confirmed]") for h in heads) == 2
    assert sum(h.startswith("[in a confirmed group, not its confirming pair]") for h in heads) == 2
    # the pair first, the members that do not confirm after
    assert heads[0].startswith("[confirmed]") and heads[1].startswith("[confirmed]")
    assert text.index(POOL["p3"][0][:40]) > text.index(POOL["p2"][0][:40]) and HEDGED[1][:30] in text


def test_cli_build_says_its_progress_when_stderr_is_no_terminal(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Run from a job or into a log file, a long build still tells where it is, in plain lines: one
    when its stage changes, at most one every 30 s within a stage."""
    import recoupe.cli.app as cli
    import recoupe.pipeline as pipeline

    clock = iter([0.0, 1.0, 2.0, 40.0, 41.0, 41.5, 42.0])
    monkeypatch.setattr(cli._PlainProgress, "clock", staticmethod(lambda: next(clock)))

    def fake_build(store, inputs, *, progress=None, **kw):  # type: ignore[no-untyped-def]
        assert progress is not None
        for done in (32, 64, 96):  # at 1 s, 2 s, 40 s
            progress("analysing articles", done, None)
        progress("grouping claims", 0, None)
        progress("writing briefings", 0, None)
        return pipeline.BuildSummary(added=96)

    monkeypatch.setattr(pipeline, "build", fake_build)
    r = runner.invoke(cli.app, ["build", str(tmp_path), "--db", str(tmp_path / "s.db")])
    assert r.exit_code == 0, r.output
    lines = [line for line in r.output.splitlines() if not line.startswith("added ")]
    assert lines == ["reading inputs", "analysing articles: 32", "analysing articles: 96", "grouping claims",
                     "writing briefings"]


def test_cli_tag_time_reads_a_latin1_file_as_build_does(tmp_path: Path) -> None:
    """A Latin-1 file was decoded as UTF-8: « février » became « f\ufffdvrier » and its date was lost."""
    p = tmp_path / "note.txt"
    p.write_bytes("Le conseil se réunira le 3 février 2025 à Lantosque.\n".encode("latin-1"))
    r = runner.invoke(app, ["tag-time", str(p), "--no-parse"])
    assert r.exit_code == 0, r.output
    values = [json.loads(line)["value"] for line in r.output.splitlines()]
    assert "2025-02-03" in values


def test_cli_version() -> None:
    from recoupe import __version__

    r = runner.invoke(app, ["--version"])
    assert r.exit_code == 0 and r.output.strip() == f"recoupe {__version__}"

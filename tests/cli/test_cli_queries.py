"""`recoupe claims | entities | timeline` on a store built by hand (no spaCy), and the help screens."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from recoupe.cli.app import app
from tests.web.conftest import build_store

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("cli") / "s.db"
    build_store(path).close()
    return str(path)


def _json_lines(output: str) -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_cli_claims_show_sentence_status_modality_and_source(db: str) -> None:
    r = runner.invoke(app, ["claims", "--db", db], env={"COLUMNS": "80"})
    assert r.exit_code == 0, r.output
    lines = r.output.splitlines()
    assert all(len(line) <= 80 for line in lines)
    # what is in doubt first: the disputed meeting (G1 is contradicted by a3:c1), in words
    assert lines[0].startswith("[disputed] ")
    assert "according to Dmitri Peskov" in r.output and "in the article's own voice" in r.output
    assert "Kim Jong Un n'a pas rencontré Vladimir Poutine à Vladivostok, a affirmé Dmitri Peskov" in \
        " ".join(r.output.split())
    assert "single source" in r.output and "single_source" not in r.output  # words, not codes
    flat = " ".join(r.output.split())
    # a claim that is one part of its sentence is named; a claim that is the whole sentence is not repeated
    assert "claim: Kim Jong Un a rencontré Vladimir Poutine à Vladivostok" in flat
    assert "claim: Les négociations pourraient reprendre en octobre" not in flat


def test_cli_claims_json_keeps_codes_and_filters(db: str) -> None:
    rows = _json_lines(runner.invoke(app, ["claims", "--db", db, "--json", "--limit", "0"]).output)
    assert len(rows) == 8 and {r["status"] for r in rows} >= {"disputed", "single_source"}
    assert {"sentence", "status", "modality", "attributed_to", "outlet", "article"} <= set(rows[0])
    disputed = _json_lines(runner.invoke(app, ["claims", "--db", db, "--json", "--status", "disputed"]).output)
    assert disputed and all(r["status"] == "disputed" for r in disputed)
    assert {r["id"] for r in disputed} == {"a1:c1", "a2:c1", "a3:c1", "a4:c1"}  # a4 contradicts itself
    two = _json_lines(runner.invoke(app, ["claims", "--db", db, "--json", "-n", "2"]).output)
    assert len(two) == 2
    peskov = _json_lines(runner.invoke(app, ["claims", "--db", db, "--json", "--entity", "Kremlin"]).output)
    assert [r["id"] for r in peskov] == ["a3:c2"]
    denied = _json_lines(runner.invoke(app, ["claims", "--db", db, "--json", "--modality", "denied"]).output)
    assert [r["id"] for r in denied] == ["a3:c1"]


def test_cli_entities_text_json_type_and_limit(db: str) -> None:
    r = runner.invoke(app, ["entities", "--db", db, "--type", "PER", "--limit", "1"])
    assert r.exit_code == 0
    assert r.output.startswith("Kim Jong Un (person, ") and "also written: Kim Jong-un" in r.output
    assert "1 of " in r.output  # says how many were left out
    rows = _json_lines(runner.invoke(app, ["entities", "--db", db, "--json", "--entity", "Peskov"]).output)
    assert rows == [{"id": "E5", "name": "Dmitri Peskov", "type": "PER", "mentions": 1, "aliases": [],
                     "roles": ["porte-parole du Kremlin"], "kb_id": None}]


def test_cli_timeline_in_words_with_event_and_report_time(db: str) -> None:
    r = runner.invoke(app, ["timeline", "--db", db])
    assert r.exit_code == 0
    assert "Monday 4 September 2023 (to the day; « lundi 4 septembre ») — published 2023-09-05" in r.output
    assert "October 2023 (to the month" in r.output
    rows = _json_lines(runner.invoke(app, ["timeline", "--db", db, "--json", "--status", "disputed"]).output)
    assert {r["claim"] for r in rows} == {"a1:c1", "a3:c1"} and all(r["status"] == "disputed" for r in rows)
    assert rows[0]["value"] == "2023-09-04"  # codes in the JSON
    rows = _json_lines(runner.invoke(app, ["timeline", "--db", db, "--json", "--entity", "Peskov"]).output)
    assert rows == []


@pytest.mark.parametrize("command", [[], ["build"], ["claims"], ["entities"], ["timeline"], ["tag-time"],
                                     ["export"], ["serve"], ["watch"]])
def test_cli_help_screens_show_no_type_for_flags(command: list[str]) -> None:
    r = runner.invoke(app, [*command, "--help"], env={"COLUMNS": "100"})
    assert r.exit_code == 0, r.output
    assert "<bool>" not in r.output
    assert "Show this message and exit." in r.output


def test_cli_unknown_entity_is_a_clear_error(db: str, tmp_path: Path) -> None:
    r = runner.invoke(app, ["claims", "--db", db, "--entity", "Nobody Here"])
    assert r.exit_code == 2 and "E060" in r.output


@pytest.mark.parametrize(("args", "what", "value"), [
    (["claims", "--status", "confirmd"], "status", "confirmd"),
    (["claims", "--status", "confirmed,hedgd"], "status", "hedgd"),
    (["timeline", "--status", "contested"], "status", "contested"),
    # report labels that no group's status ever is: they too would list nothing
    (["claims", "--status", "denied"], "status", "denied"),
    (["timeline", "--status", "contradiction"], "status", "contradiction"),
    (["claims", "--modality", "assertd"], "modality", "assertd"),
    (["entities", "--type", "PERSON"], "type", "PERSON"),
])
def test_cli_a_misspelt_filter_is_an_error_not_an_empty_list(db: str, args: list[str], what: str,
                                                              value: str) -> None:
    r = runner.invoke(app, [*args, "--db", db], env={"COLUMNS": "200"})
    assert r.exit_code == 2 and "E061" in r.output, r.output
    assert f"unknown {what} '{value}'" in r.output
    ok = runner.invoke(app, [args[0], "--db", db, *({"claims": ["--status", "confirmed,single_source"],
                                                     "timeline": ["--status", "hedged"],
                                                     "entities": ["--type", "per"]}[args[0]])])
    assert ok.exit_code == 0, ok.output


def test_cli_export_to_a_folder_that_does_not_exist_names_the_file(db: str, tmp_path: Path) -> None:
    target = tmp_path / "no-such-folder" / "claims.csv"
    r = runner.invoke(app, ["export", "--db", db, "--format", "csv", "-o", str(target)], env={"COLUMNS": "200"})
    assert r.exit_code == 2 and "E065" in r.output and str(target) in r.output, r.output
    assert r.exception is None or isinstance(r.exception, SystemExit)  # no traceback


@pytest.mark.parametrize("content", [None, "[nlp\nbatch_size = "])
def test_cli_a_settings_file_missing_or_broken_names_the_file(tmp_path: Path, content: str | None) -> None:
    config = tmp_path / "settings.toml"
    if content is not None:
        config.write_text(content, encoding="utf-8")
    r = runner.invoke(app, ["build", str(tmp_path), "--db", str(tmp_path / "s.db"), "--config", str(config)],
                      env={"COLUMNS": "200"})
    assert r.exit_code == 2 and "E042" in r.output and str(config) in r.output, r.output
    assert ("No such file" if content is None else "line 1") in r.output


def test_cli_build_out_that_cannot_be_written_says_so_after_the_summary(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import recoupe.pipeline as pipeline

    monkeypatch.setattr(pipeline, "build", lambda store, inputs, **kw: pipeline.BuildSummary(added=2))
    out = tmp_path / "report-here"
    out.write_text("a file where the report folder should go", encoding="utf-8")
    r = runner.invoke(app, ["build", str(tmp_path), "--db", str(tmp_path / "s.db"), "--out", str(out)],
                      env={"COLUMNS": "200"})
    assert r.exit_code == 2 and "E065" in r.output and str(out) in r.output, r.output
    assert r.output.index("added 2 article(s)") < r.output.index("E065")  # the build itself is stored


def test_cli_status_filter_takes_the_label_it_prints(db: str) -> None:
    # `recoupe claims` prints « [single source] »: typed back as seen, it is the same filter
    code = _json_lines(runner.invoke(app, ["claims", "--db", db, "--json", "-n", "0",
                                           "--status", "single_source"]).output)
    assert code
    for typed in ("single source", "Single-Source", "single source, disputed"):
        r = runner.invoke(app, ["claims", "--db", db, "--json", "-n", "0", "--status", typed])
        assert r.exit_code == 0, r.output
        rows = _json_lines(r.output)
        assert [x for x in rows if x["status"] == "single_source"] == code, typed


def test_cli_status_help_lists_exactly_the_statuses_it_takes() -> None:
    import re

    from recoupe.claims.status import MEANING

    help_text = " ".join(runner.invoke(app, ["claims", "--help"], env={"COLUMNS": "300"}).output.split())
    listed = re.search(r"this status: ([a-z_, ]+) \(several", help_text)
    assert listed is not None, help_text
    assert {w.strip() for w in listed.group(1).split(",")} == set(MEANING)  # « denied » is a modality


def test_cli_claims_of_an_entity_include_what_it_says(db: str) -> None:
    # Kim Jong Un's own words (a1:c4, attributed to him) beside the claims about him, as on his web page
    rows = _json_lines(runner.invoke(app, ["claims", "--db", db, "--json", "-n", "0",
                                           "--entity", "Kim Jong Un"]).output)
    ids = [r["id"] for r in rows]
    assert "a1:c4" in ids and "a1:c1" in ids and len(ids) == len(set(ids))


def test_cli_an_empty_answer_says_so_and_names_the_filters(db: str) -> None:
    r = runner.invoke(app, ["timeline", "--db", db, "--entity", "Dmitri Peskov"], env={"COLUMNS": "200"})
    assert r.exit_code == 0 and "no dated event matches --entity 'Dmitri Peskov'" in r.output, r.output
    r = runner.invoke(app, ["claims", "--db", db, "--status", "confirmed", "--modality", "denied"],
                      env={"COLUMNS": "200"})
    assert r.exit_code == 0 and "no claim matches --status confirmed --modality denied" in r.output, r.output
    # --json stays machine output: nothing printed, no message mixed in
    r = runner.invoke(app, ["claims", "--db", db, "--json", "--status", "confirmed", "--modality", "denied"])
    assert r.output.strip() == ""


@pytest.mark.parametrize("command", [["claims"], ["build", "nothing-here.txt"]])
def test_cli_a_folder_given_as_the_store_says_so(tmp_path: Path, command: list[str]) -> None:
    r = runner.invoke(app, [*command, "--db", str(tmp_path)], env={"COLUMNS": "300"})
    assert r.exit_code == 2 and "E030" in r.output and "it is a folder" in r.output, r.output
    assert str(tmp_path / "recoupe.db") in r.output

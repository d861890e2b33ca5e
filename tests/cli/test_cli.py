from __future__ import annotations

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
    r = runner.invoke(app, ["build", str(corpus), "--db", str(db), "--published", "2024-03-01", "--out", str(tmp_path / "out")])
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

"""The README's tour: the command it names exists, and every input it uses ships with the repository."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

from typer.testing import CliRunner

from recoupe.cli.app import app

ROOT = Path(__file__).resolve().parents[2]
OUTPUTS = {"--db", "--out", "-o", "--output"}  # what follows these is written, not read
MADE_BY_THE_USER = {"inbox/"}  # `recoupe watch` follows a folder the user fills


def _tour() -> list[list[str]]:
    text = (ROOT / "README.md").read_text("utf-8")
    block = re.search(r"## A short tour.*?```\n(.*?)```", text, re.S).group(1)  # type: ignore[union-attr]
    return [shlex.split(line.split("  #", 1)[0]) for line in block.splitlines() if line.strip()]


def test_cli_readme_tour_runs_the_installed_command_on_shipped_inputs() -> None:
    commands = _tour()
    assert len(commands) >= 8
    for argv in commands:
        assert argv[0] == ".venv/bin/recoupe", argv
        skip = False
        for arg in argv[2:]:
            if skip or arg.startswith("-"):
                skip = arg in OUTPUTS or arg in {"--anchor", "--format", "--table", "--status", "--entity",
                                                "--type", "--limit"}
                continue
            if "/" in arg and arg not in MADE_BY_THE_USER:
                assert (ROOT / arg).exists(), f"the tour uses {arg}, which does not ship"


def test_cli_readme_tour_commands_and_options_exist() -> None:
    runner = CliRunner()
    for argv in _tour():
        r = runner.invoke(app, [argv[1], "--help"], env={"COLUMNS": "200"})
        assert r.exit_code == 0, argv
        for opt in (a.split("=")[0] for a in argv[2:] if a.startswith("--")):
            assert opt in r.output, (argv[1], opt)

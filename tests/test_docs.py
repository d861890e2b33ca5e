"""Docs that are tested: the README's first commands and the Python API example run."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_docs_readme_opens_with_make_demo_then_make_test() -> None:
    lines = [ln.strip() for ln in (ROOT / "README.md").read_text("utf-8").splitlines()]
    commands = [ln for ln in lines if ln.startswith("make ")]
    assert commands[:2] == ["make demo", "make test"]


def test_docs_every_setting_is_documented() -> None:
    from recoupe.settings import SETTINGS

    assert all(s.help.strip() for s in SETTINGS)


@pytest.mark.model
@pytest.mark.slow
def test_docs_python_api_example_runs(tmp_path, capsys, nlp) -> None:  # type: ignore[no-untyped-def]
    code = re.search(r"```python\n(.*?)```", (ROOT / "docs" / "python-api.md").read_text("utf-8"), re.S).group(1)  # type: ignore[union-attr]
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        (tmp_path / "examples").symlink_to(ROOT / "examples")
        exec(compile(code, "python-api.md", "exec"), {})
    finally:
        os.chdir(cwd)
    out = capsys.readouterr().out
    assert "5 articles added" in out and "report:" in out
    assert (tmp_path / "build" / "api-example" / "report.html").exists()


def test_docs_readme_languages_paragraph_says_what_is_read() -> None:
    """The README's « Languages » paragraph names every language recoupe parses and the rejection of
    the others (it once said every article went through the French pipeline)."""
    from recoupe.lang import SUPPORTED

    names = {"fr": "French", "en": "English"}
    readme = (ROOT / "README.md").read_text("utf-8")
    paragraph = readme[readme.index("**Languages.**"):].split("\n\n", 1)[0]
    assert set(SUPPORTED) <= set(names)
    assert all(names[code] in paragraph for code in SUPPORTED)
    assert "E085" in paragraph and "same French pipeline" not in paragraph

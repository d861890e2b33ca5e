"""discover(): files, folders, globs, hidden entries, missing inputs, symlink loops."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from recoupe.ingest import discover
from recoupe.model import Rejection


def _tree(tmp_path: Path) -> Path:
    (tmp_path / "b").mkdir()
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "b" / "c.html").write_text("x")
    (tmp_path / "b" / "a.json").write_text("x")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "secret.txt").write_text("x")
    (tmp_path / ".dotfile.txt").write_text("x")
    return tmp_path


def test_ingest_discover_folder_recursive_sorted_skips_hidden(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    found = list(discover([str(root)]))
    assert found == [root / "a.txt", root / "b" / "a.json", root / "b" / "c.html"]


def test_ingest_discover_missing_input_is_e001(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text("x")
    found = list(discover([str(tmp_path / "nope.txt"), str(tmp_path / "ok.txt")]))
    assert isinstance(found[0], Rejection) and found[0].code == "E001"
    assert "nope.txt" in found[0].reason and found[0].reason.startswith("[E001]")
    assert found[1] == tmp_path / "ok.txt"


def test_ingest_discover_glob(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    found = list(discover([str(root / "**" / "*.json"), str(root / "*.nomatch")]))
    assert found[0] == root / "b" / "a.json"
    assert isinstance(found[1], Rejection) and found[1].code == "E001"


def test_ingest_discover_dedupes_files_reached_twice(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    found = list(discover([str(root / "a.txt"), str(root)]))
    assert found.count(root / "a.txt") == 1


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks")
def test_ingest_discover_symlink_loop_does_not_crash(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    os.symlink(root, root / "b" / "loop")
    os.symlink(root / "b" / "self", root / "b" / "self")  # a link to itself
    found = list(discover([str(root)]))
    paths = [f for f in found if isinstance(f, Path)]
    rejections = [f for f in found if isinstance(f, Rejection)]
    assert paths == [root / "a.txt", root / "b" / "a.json", root / "b" / "c.html"]
    assert rejections and all(r.code == "E002" for r in rejections)


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root reads everything")
def test_ingest_discover_unreadable_folder_is_e002(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "x.txt").write_text("x")
    locked.chmod(0)
    try:
        found = list(discover([str(tmp_path)]))
    finally:
        locked.chmod(0o755)
    assert [f.code for f in found if isinstance(f, Rejection)] == ["E002"]


def test_ingest_discover_rejects_a_bare_string_as_caller_bug() -> None:
    with pytest.raises(TypeError):
        list(discover("examples"))  # type: ignore[arg-type]

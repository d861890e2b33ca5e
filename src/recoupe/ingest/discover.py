"""Turn the user's inputs (files, folders, glob patterns) into a sorted stream of file paths.

Folders are walked recursively in sorted order; hidden files and folders (name starting with ``.``)
are skipped. A missing input yields ``Rejection(E001)``; an unreadable folder or a symlink loop
yields ``Rejection(E002)`` and the walk goes on. Each file is yielded once even when two inputs
reach it (the first spelling wins). Paths in ``exclude`` (the store's own files, the report folder)
are skipped silently, folders with everything under them: a store kept inside its input folder is
not an input.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from recoupe.errors import E
from recoupe.model import Rejection

_GLOB_CHARS = set("*?[")


def _rejection(code: E, path: str, **kw: object) -> Rejection:
    return Rejection(origin=path, code=code.name, reason=code.format(path=path, **kw))


def _walk(root: Path, seen_dirs: set[tuple[int, int]], seen_files: set[str],
          excluded: frozenset[str]) -> Iterator[Path | Rejection]:
    if _real(root) in excluded:
        return
    try:
        st = root.stat()
    except OSError as exc:
        yield _rejection(E.E002, str(root), reason=exc.strerror or str(exc))
        return
    key = (st.st_dev, st.st_ino)
    if key in seen_dirs:
        yield _rejection(E.E002, str(root), reason="symlink loop (folder already visited)")
        return
    seen_dirs.add(key)
    try:
        with os.scandir(root) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        yield _rejection(E.E002, str(root), reason=exc.strerror or str(exc))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()  # follows symlinks
            is_file = entry.is_file()
        except OSError as exc:
            yield _rejection(E.E002, str(path), reason=exc.strerror or str(exc))
            continue
        if is_dir:
            yield from _walk(path, seen_dirs, seen_files, excluded)
        elif is_file:
            yield from _file(path, seen_files, excluded)
        elif entry.is_symlink():
            yield _rejection(E.E002, str(path), reason="broken or looping symlink")


def _real(path: Path | str) -> str:
    try:
        return os.path.realpath(path)
    except (OSError, RuntimeError, ValueError):
        return str(path)


def _file(path: Path, seen_files: set[str], excluded: frozenset[str]) -> Iterator[Path]:
    key = _real(path)
    if key in excluded:
        return
    if key not in seen_files:
        seen_files.add(key)
        yield path


def discover(inputs: Iterable[str], *, exclude: Iterable[str | Path] = ()) -> Iterator[Path | Rejection]:
    """Yield every input file (sorted within a folder or a glob) or a Rejection for a bad input;
    never a path of ``exclude`` nor anything under one."""
    if isinstance(inputs, str | Path):
        raise TypeError("discover() takes an iterable of inputs, e.g. [path], not a single path")
    excluded = frozenset(_real(p) for p in exclude)
    seen_dirs: set[tuple[int, int]] = set()
    seen_files: set[str] = set()
    for item in inputs:
        spec = os.fspath(item)
        path = Path(spec).expanduser()
        if not os.path.lexists(path) and _GLOB_CHARS & set(spec):
            matches = sorted(glob.glob(os.path.expanduser(spec), recursive=True))
            matches = [m for m in matches if not any(
                part.startswith(".") and part not in (".", "..") for part in Path(m).parts)]
            if not matches:
                yield _rejection(E.E001, spec)
            for m in matches:
                mp = Path(m)
                if mp.is_dir():
                    yield from _walk(mp, seen_dirs, seen_files, excluded)
                elif mp.is_file():
                    yield from _file(mp, seen_files, excluded)
            continue
        if path.is_dir():
            yield from _walk(path, seen_dirs, seen_files, excluded)
        elif path.is_file():
            yield from _file(path, seen_files, excluded)
        elif os.path.lexists(path):
            if path.is_symlink():
                yield _rejection(E.E002, spec, reason="broken or looping symlink")
            else:
                yield _rejection(E.E002, spec, reason="not a regular file or folder")
        else:
            yield _rejection(E.E001, spec)

"""Indexes built from offline name data, kept on disk between runs.

The gazetteer (:mod:`recoupe.resolve.places`) and the cross-language place index
(:mod:`recoupe.resolve.crosslang`) each fold some 100-200k names (2-3 s); a build pays for that
once per installation, not once per run. The file is keyed by what the index is built from (data
package versions, the building code), so any change rebuilds it; ``RECOUPE_CACHE_DIR`` overrides
the folder.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any


def cache_file(name: str, parts: Iterable[str]) -> Path:
    """Where the index ``name`` built from ``parts`` is kept."""
    h = hashlib.sha256()
    for part in parts:
        h.update(part.encode())
    root = os.environ.get("RECOUPE_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "recoupe")
    return Path(root) / f"{name}-{h.hexdigest()[:16]}.pickle"


def cached_index(cache: Path, build: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    """The index read from ``cache``, else built and written there (a damaged or unreadable file
    is rebuilt, not trusted; a read-only home works without the cache)."""
    try:
        with cache.open("rb") as fh:
            idx = pickle.load(fh)
        if isinstance(idx, dict):
            return idx
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
        pass  # absent, unreadable or from another version: rebuild
    idx = build()
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump(idx, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, cache)
    except OSError:
        pass
    return idx

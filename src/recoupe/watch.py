"""``recoupe watch DIR --db FILE``: keep a store current with a folder.

New or changed files are ingested as they appear, after a debounce (a file being written is
read once it has stopped changing); deleted files are left in the store, and said so. Each
article is committed in its own transaction, so stopping (Ctrl-C) never leaves half an article.
Built on watchfiles (inotify on Linux, with a polling fallback).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from recoupe.settings import Settings
from recoupe.storage import Store

Say = Callable[[str], None]


def watch_folder(store: Store, folder: Path, *, settings: Settings | None = None, published=None,
                 stop: threading.Event | None = None, debounce_ms: int = 1500, say: Say = print, nlp=None) -> int:
    """Build the folder, then follow its changes until ``stop`` is set (or Ctrl-C); return articles added."""
    from watchfiles import Change, watch

    from recoupe.pipeline import build

    settings = settings or Settings.load()
    if nlp is None:
        from recoupe.nlp.pipeline import load

        nlp = load(settings["nlp.model"])
    first = build(store, [str(folder)], published=published, settings=settings, nlp=nlp)
    added = first.added
    say(f"watching {folder}: {first.added} article(s) added, {first.skipped} already stored, "
        f"{len(first.rejected)} rejected")
    for changes in watch(folder, debounce=debounce_ms, stop_event=stop, rust_timeout=500, yield_on_timeout=False,
                         raise_interrupt=False):
        fresh = sorted({p for c, p in changes if c in (Change.added, Change.modified) and Path(p).is_file()
                        and not Path(p).name.startswith(".")})
        for c, p in sorted(changes):
            if c == Change.deleted:
                say(f"{p} was deleted: its articles stay in the store")
        if not fresh:
            continue
        summary = build(store, fresh, published=published, settings=settings, nlp=nlp)
        added += summary.added
        say(f"{len(fresh)} file(s) changed: {summary.added} article(s) added, {summary.skipped} already stored, "
            f"{len(summary.rejected)} rejected")
        for r in summary.rejected:
            say(f"  rejected {r.reason}")
    return added

"""recoupe watch: new files are ingested as they appear, deletions are reported, stopping is clean."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from recoupe.storage import Store

pytestmark = [pytest.mark.model, pytest.mark.slow]

TEXT = ("Le conseil régional a adopté vendredi un plan d'investissement dans les lignes ferroviaires, "
        "a indiqué sa présidente, qui promet des trains plus fréquents dès la rentrée.\n\n"
        "L'opposition a dénoncé un calendrier irréaliste et réclame une étude indépendante.\n")


def test_watch_ingests_new_files_and_reports_deletions(tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    from recoupe.watch import watch_folder

    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "first.txt").write_text(TEXT, encoding="utf-8")
    messages: list[str] = []
    stop = threading.Event()
    store = Store.open(tmp_path / "w.db")
    worker = threading.Thread(target=watch_folder, args=(store, folder),
                              kwargs={"stop": stop, "debounce_ms": 200, "say": messages.append, "nlp": nlp})
    worker.start()
    try:
        deadline = time.time() + 60
        while not any(m.startswith("watching") for m in messages) and time.time() < deadline:
            time.sleep(0.1)
        (folder / "second.txt").write_text(TEXT.replace("régional", "départemental"), encoding="utf-8")
        while not any("1 article(s) added" in m and "changed" in m for m in messages) and time.time() < deadline:
            time.sleep(0.1)
        (folder / "first.txt").unlink()
        while not any("deleted" in m for m in messages) and time.time() < deadline:
            time.sleep(0.1)
    finally:
        stop.set()
        worker.join(timeout=30)
    assert not worker.is_alive()
    assert any("1 article(s) added" in m and "changed" in m for m in messages), messages
    assert any("first.txt was deleted" in m for m in messages), messages
    with Store.open(tmp_path / "w.db") as s:
        assert s.count("articles") == 2  # the deleted file's article stays

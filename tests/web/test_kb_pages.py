"""Knowledge-base ids on the entity page and in the JSON API (hand-built store, no spaCy)."""

from __future__ import annotations

import re
from pathlib import Path

from recoupe.resolve.kb import KBEntry
from recoupe.web.server import create_app
from tests.web.conftest import TestClient, build_store


def test_web_entity_page_shows_the_kb_id_and_links_wikidata_qids_only(tmp_path: Path) -> None:
    db = tmp_path / "kb.db"
    s = build_store(db)
    with s.transaction():
        s.create_entity("E7", "Port-Lumière", "LOC")  # a place the offline gazetteer does not know
        s.add_alias("E7", "Port-Lumière", "a1", 1)
        s.set_entity_kb([
            ("E1", "linked", KBEntry("Q7183", "Kim Jong-un", "PER", "dirigeant <b>nord-coréen</b>")),
            ("E5", "linked", KBEntry("press-42", "Dmitri Peskov", "PER")),
            ("E2", "ambiguous", None),
            ("E7", "linked", KBEntry("Q9999999", "Port-Lumière", "LOC", "", 48.5, -2.75)),
        ])
    s.close()
    with TestClient(create_app(db), raise_server_exceptions=False) as c:
        html = c.get("/entities/E1").text
        assert re.search(r'<a href="https://www\.wikidata\.org/wiki/Q7183" rel="[^"]*">Q7183</a>', html)
        assert "dirigeant &lt;b&gt;nord-coréen&lt;/b&gt;" in html  # KB text is escaped like the rest
        other = c.get("/entities/E5").text
        assert "<b>press-42</b>" in other and "wikidata.org" not in other  # not a QID: no link
        assert "several entries match" in c.get("/entities/E2").text
        plain = c.get("/entities/E3").text
        assert 'id="kb"' not in plain and "wikidata.org" not in plain
        place = c.get("/entities/E7").text
        assert "48.5, -2.75 (from the knowledge base)" in place and "Map unavailable" not in place
        api = c.get("/api/entities/E1").json()
        assert api["entity"]["kb_id"] == "Q7183"
        assert api["kb"] == {"id": "Q7183", "label": "Kim Jong-un", "description": "dirigeant <b>nord-coréen</b>",
                             "url": "https://www.wikidata.org/wiki/Q7183", "status": "linked"}
        assert c.get("/api/entities/E3").json()["kb"] is None

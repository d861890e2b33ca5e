"""The web app on the real sample build (the trained pipeline: marked ``model``)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from recoupe.web.server import create_app
from tests.web.conftest import TestClient

pytestmark = [pytest.mark.model, pytest.mark.slow]


def test_web_sample_every_view_renders(sample_build: tuple[Path, dict[str, Any]]) -> None:
    db, dossier = sample_build
    with TestClient(create_app(db), raise_server_exceptions=False) as c:
        stories = c.get("/api/stories").json()["stories"]
        assert {s["id"] for s in stories} == {s["id"] for s in dossier["stories"]}
        assert c.get("/").status_code == 200
        for s in stories:
            view = c.get(f"/api/stories/{s['id']}").json()
            assert c.get(f"/stories/{s['id']}").status_code == 200
            for b in view["briefing"]:
                for cite in b["citations"]:
                    assert cite["quote"] and cite["n"]
        for a in dossier["articles"]:
            page = c.get(f"/articles/{a['id']}")
            assert page.status_code == 200 and 'class="anchor" id="claim-' in page.text
            assert c.get(f"/api/articles/{a['id']}").json()["article"]["text"] == a["text"]
        for e in dossier["entities"][:15]:
            assert c.get(f"/entities/{e['id']}").status_code == 200
            assert c.get(f"/api/entities/{e['id']}").json()["entity"]["name"] == e["name"]
        found = c.get("/api/search", params={"q": "négociations"}).json()
        assert found["articles"] and found["claims"]
        top = max(dossier["entities"], key=lambda e: len(e["mentions"]))
        assert top["id"] in {e["id"] for e in c.get("/api/search", params={"q": top["name"]}).json()["entities"]}


def test_web_sample_add_article_runs_the_real_pipeline(sample_build: tuple[Path, dict[str, Any]], nlp: Any,
                                                       tmp_path: Path) -> None:
    db = tmp_path / "copy.db"
    shutil.copy(sample_build[0], db)
    text = ("Le président français Emmanuel Macron a rencontré mardi à Paris le chancelier allemand Olaf Scholz, "
            "a annoncé l'Élysée. Les deux dirigeants ont évoqué la guerre en Ukraine et les livraisons "
            "d'armes, selon un communiqué publié à l'issue de la réunion. Aucun accord n'a été signé, "
            "a précisé un conseiller, qui a demandé à ne pas être nommé.")
    with TestClient(create_app(db, token="tok", nlp=nlp), raise_server_exceptions=False) as c:
        auth = {"Authorization": "Bearer tok"}
        r = c.post("/api/articles", json={"text": text, "title": "Macron reçoit Scholz",
                                          "published": "2023-09-19", "outlet": "Exemple"}, headers=auth)
        assert r.status_code == 201, r.text
        (aid,) = r.json()["articles"]
        page = c.get(f"/articles/{aid}").text
        assert "Macron reçoit Scholz" in page and "Emmanuel Macron" in page
        again = c.post("/api/articles", json={"text": text, "title": "Macron reçoit Scholz",
                                              "published": "2023-09-19", "outlet": "Exemple"}, headers=auth)
        assert again.status_code == 200 and again.json()["skipped"] == 1
        assert c.get("/api/search", params={"q": "Scholz"}).json()["articles"][0]["id"] == aid

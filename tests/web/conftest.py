"""Web fixtures: a small store built by hand through ``Store`` methods (fast, no spaCy)."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

with warnings.catch_warnings():
    # starlette warns (UserWarning) at import when the TestClient runs on httpx rather than httpx2;
    # the project pins httpx, and pytest turns warnings into errors.
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from recoupe.model import Article, ArticleAnalysis, Claim, Event, Mention, Quote, RawDocument, TimeExpr
from recoupe.storage import Store

HOSTILE_TITLE = "<script>alert(1)</script> Une brève"
HOSTILE_IMG = "<img src=x onerror=alert(1)>"
HOSTILE_LINK = "javascript:alert(1)"

A1 = ("Le dirigeant nord-coréen Kim Jong Un a rencontré Vladimir Poutine à Vladivostok lundi 4 septembre. "
      "Les deux hommes ont évoqué des livraisons d'armes, selon la Maison Blanche.\n\n"
      "« Nous voulons la paix », a déclaré Kim Jong Un. Les négociations pourraient reprendre en octobre.")
A2 = ("Kim Jong-un a rencontré Vladimir Poutine à Vladivostok lundi 4 septembre. "
      "Les deux hommes ont évoqué des livraisons d'armes, selon la Maison Blanche.")
A3 = ("Le Kremlin a démenti toute livraison d'armes. Kim Jong Un n'a pas rencontré Vladimir Poutine à "
      "Vladivostok, a affirmé Dmitri Peskov, porte-parole du Kremlin, mardi 5 septembre.")
A4 = (f"Texte piégé {HOSTILE_IMG} et un lien {HOSTILE_LINK} dans le corps. "
      "Kim Jong Un <b>gras</b> a parlé.")


def _span(text: str, sub: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(sub, start + 1)
    return start, start + len(sub)


def _sentences(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for i, ch in enumerate(text):
        if ch in ".»" and (i + 1 == len(text) or text[i + 1] in " \n"):
            out.append((start, i + 1))
            start = i + 2
    if start < len(text):
        out.append((start, len(text)))
    return out


def _mention(aid: str, text: str, sub: str, etype: str, eid: str, nth: int = 0, role: str = "") -> Mention:
    s, e = _span(text, sub, nth)
    return Mention(aid, s, e, sub, etype, eid, role)  # type: ignore[arg-type]


def _claim(cid: str, aid: str, text: str, clause: str, sentence: str, **kw: object) -> Claim:
    s, e = _span(text, clause)
    return Claim(id=cid, article_id=aid, text=clause, sentence=sentence, start=s, end=e, **kw)  # type: ignore[arg-type]


def build_store(path: Path | str) -> Store:
    s = Store.open(path)
    with s.transaction():
        arts = [
            Article("a1", "corpus/a1.txt", A1, title="Kim Jong Un et Poutine se rencontrent à Vladivostok",
                    outlet="Le Monde", url="https://example.org/a1", published=date(2023, 9, 5),
                    published_source="metadata", language="fr", removed_lines=["Partager sur Facebook", "Publicité"]),
            Article("a2", "corpus/a2.txt", A2, title="Rencontre Kim-Poutine (AFP)", outlet="Ouest-France",
                    published=date(2023, 9, 5), language="fr"),
            Article("a3", "corpus/a3.txt", A3, title="Le Kremlin dément", outlet="Libération",
                    published=date(2023, 9, 6), language="fr"),
            Article("a4", "/secret/path/a4.txt", A4, title=HOSTILE_TITLE, outlet="<b>Outlet</b>",
                    url=HOSTILE_LINK, byline=HOSTILE_IMG, published=date(2023, 9, 7), language="fr",
                    removed_lines=[HOSTILE_IMG]),
        ]
        for a in arts:
            s.add_raw(a.id, RawDocument(a.origin, "text", a.text.encode()))
            s.add_article(a, _sentences(a.text), analysed_by="test")
        for eid, name, etype in [("E1", "Kim Jong Un", "PER"), ("E2", "Vladimir Poutine", "PER"),
                                 ("E3", "Vladivostok", "LOC"), ("E4", "Kremlin", "ORG"),
                                 ("E5", "Dmitri Peskov", "PER"), ("E6", f"Kim {HOSTILE_IMG}", "PER")]:
            s.create_entity(eid, name, etype)
        s.add_alias("E1", "Kim Jong Un", "a1", 2)
        s.add_alias("E1", "Kim Jong-un", "a2", 1)
        s.add_alias("E1", "Kim Jong Un", "a3", 1)
        s.add_alias("E2", "Vladimir Poutine", "a1", 1)
        s.add_alias("E2", "Vladimir Poutine", "a2", 1)
        s.add_alias("E2", "Vladimir Poutine", "a3", 1)
        s.add_alias("E3", "Vladivostok", "a1", 1)
        s.add_alias("E3", "Vladivostok", "a3", 1)
        s.add_alias("E4", "Kremlin", "a3", 2)
        s.add_alias("E5", "Dmitri Peskov", "a3", 1)
        s.add_alias("E6", f"Kim {HOSTILE_IMG}", "a4", 1)
        s.add_role("E1", "a1", "dirigeant nord-coréen")
        s.add_role("E5", "a3", "porte-parole du Kremlin")
        s.add_role("E6", "a4", HOSTILE_TITLE)

        s1 = "Le dirigeant nord-coréen Kim Jong Un a rencontré Vladimir Poutine à Vladivostok lundi 4 septembre."
        s1b = "Les deux hommes ont évoqué des livraisons d'armes, selon la Maison Blanche."
        analyses = [
            ArticleAnalysis(
                "a1",
                mentions=[_mention("a1", A1, "Kim Jong Un", "PER", "E1", role="dirigeant nord-coréen"),
                          _mention("a1", A1, "Vladimir Poutine", "PER", "E2"),
                          _mention("a1", A1, "Vladivostok", "LOC", "E3"),
                          _mention("a1", A1, "Kim Jong Un", "PER", "E1", nth=1)],
                claims=[
                    _claim("a1:c1", "a1", A1, "Kim Jong Un a rencontré Vladimir Poutine à Vladivostok", s1,
                           subject="Kim Jong Un", predicate="rencontrer", object="Vladimir Poutine",
                           place="Vladivostok", time="2023-09-04", subject_entity="E1", object_entity="E2",
                           place_entity="E3", group_id="G1"),
                    _claim("a1:c2", "a1", A1, "Les deux hommes ont évoqué des livraisons d'armes", s1b,
                           subject="Les deux hommes", predicate="évoquer", modality="reported",
                           attributed_to="Maison Blanche", cue="selon", group_id="G2"),
                    _claim("a1:c3", "a1", A1, "Les négociations pourraient reprendre en octobre",
                           "Les négociations pourraient reprendre en octobre.", subject="Les négociations",
                           predicate="reprendre", modality="conditional", group_id="G3"),
                    _claim("a1:c4", "a1", A1, "Nous voulons la paix", "« Nous voulons la paix », a déclaré Kim Jong "
                                                                      "Un.",
                           subject="Nous", predicate="vouloir", modality="reported", attributed_to="Kim Jong Un",
                           cue="déclarer", group_id="G4"),
                ],
                quotes=[Quote("a1", "Nous voulons la paix", *_span(A1, "Nous voulons la paix"), speaker="Kim Jong Un",
                              cue="a déclaré", speaker_entity="E1")],
                timexes=[TimeExpr(*_span(A1, "lundi 4 septembre"), "lundi 4 septembre", "DATE", "2023-09-04",
                                  date(2023, 9, 4), date(2023, 9, 4), "day", "weekday+day", date(2023, 9, 5)),
                         TimeExpr(*_span(A1, "en octobre"), "en octobre", "DATE", "2023-10", date(2023, 10, 1),
                                  date(2023, 10, 31), "month", "month", date(2023, 9, 5))],
                events=[Event("a1", "a1:c1", "Kim Jong Un a rencontré Vladimir Poutine", date(2023, 9, 4),
                              date(2023, 9, 4), "day", date(2023, 9, 5), "lundi 4 septembre", "2023-09-04"),
                        Event("a1", "a1:c3", "Les négociations pourraient reprendre", date(2023, 10, 1),
                              date(2023, 10, 31), "month", date(2023, 9, 5), "en octobre", "2023-10")],
            ),
            ArticleAnalysis(
                "a2",
                mentions=[_mention("a2", A2, "Kim Jong-un", "PER", "E1"),
                          _mention("a2", A2, "Vladimir Poutine", "PER", "E2"),
                          _mention("a2", A2, "Vladivostok", "LOC", "E3")],
                claims=[_claim("a2:c1", "a2", A2, "Kim Jong-un a rencontré Vladimir Poutine à Vladivostok",
                               A2.split(". ")[0] + ".", subject="Kim Jong-un", predicate="rencontrer",
                               subject_entity="E1", object_entity="E2", group_id="G1")],
            ),
            ArticleAnalysis(
                "a3",
                mentions=[_mention("a3", A3, "Kremlin", "ORG", "E4"),
                          _mention("a3", A3, "Kim Jong Un", "PER", "E1"),
                          _mention("a3", A3, "Vladimir Poutine", "PER", "E2"),
                          _mention("a3", A3, "Vladivostok", "LOC", "E3"),
                          _mention("a3", A3, "Dmitri Peskov", "PER", "E5", role="porte-parole du Kremlin"),
                          _mention("a3", A3, "Kremlin", "ORG", "E4", nth=1)],
                claims=[_claim("a3:c1", "a3", A3, "Kim Jong Un n'a pas rencontré Vladimir Poutine à Vladivostok",
                               A3[A3.index("Kim"):], subject="Kim Jong Un", predicate="rencontrer",
                               modality="denied", negated=True, attributed_to="Dmitri Peskov", cue="affirmer",
                               subject_entity="E1", object_entity="E2", group_id="G1"),
                        _claim("a3:c2", "a3", A3, "Le Kremlin a démenti toute livraison d'armes",
                               "Le Kremlin a démenti toute livraison d'armes.", subject="Le Kremlin",
                               predicate="démentir", subject_entity="E4", group_id="G5")],
                events=[Event("a3", "a3:c1", "Kim Jong Un n'a pas rencontré Poutine", date(2023, 9, 4), None, "day",
                              date(2023, 9, 6), "lundi", "2023-09-04")],
            ),
            ArticleAnalysis(
                "a4",
                mentions=[_mention("a4", A4, "Kim Jong Un", "PER", "E6")],
                claims=[_claim("a4:c1", "a4", A4, f"Texte piégé {HOSTILE_IMG}", A4.split(". ")[0] + ".",
                               subject=HOSTILE_TITLE, predicate="piéger", attributed_to=HOSTILE_IMG,
                               subject_entity="E6", group_id="G9")],
                quotes=[Quote("a4", HOSTILE_LINK, *_span(A4, HOSTILE_LINK), speaker=HOSTILE_TITLE,
                              speaker_entity="E6")],
            ),
        ]
        for an in analyses:
            s.save_analysis(an)
        s.set_source("a2", "a1", "wire copy: 92% shingles shared with a1")
        s.create_story("S1", "Kim Jong Un rencontre Poutine")
        s.create_story("S2", HOSTILE_TITLE)
        for aid, sid, day in [("a1", "S1", 5), ("a2", "S1", 5), ("a3", "S1", 6), ("a4", "S2", 7)]:
            s.add_to_story(sid, aid, {"L:test": 1.0}, date(2023, 9, day))
        for gid, sid, pred, summary in [("G1", "S1", "rencontrer", "Kim Jong Un rencontre Vladimir Poutine"),
                                        ("G2", "S1", "évoquer", "livraisons d'armes évoquées"),
                                        ("G3", "S1", "reprendre", "reprise des négociations"),
                                        ("G4", "S1", "vouloir", "la paix"),
                                        ("G5", "S1", "démentir", "le Kremlin dément"),
                                        ("G9", "S2", "piéger", HOSTILE_IMG)]:
            s.create_group(gid, sid, pred, summary, [])
        c = {x.id: x for x in s.claims()}
        s.add_contradiction("S1", "denial", c["a1:c1"], c["a3:c1"], "one says they met, the other denies it")
        s.add_contradiction("S2", "denial", c["a4:c1"], c["a4:c1"], HOSTILE_IMG)
        s.set_briefing("S1", [
            {"kind": "disputed", "text": s1, "citations": [
                {"article_id": "a1", "claim_id": "a1:c1", "start": c["a1:c1"].start, "end": c["a1:c1"].end},
                {"article_id": "a3", "claim_id": "a3:c1", "start": c["a3:c1"].start, "end": c["a3:c1"].end}]},
            {"kind": "single_source", "text": s1b, "citations": [
                {"article_id": "a1", "claim_id": "a1:c2", "start": c["a1:c2"].start, "end": c["a1:c2"].end}]},
        ])
        s.set_briefing("S2", [{"kind": "single_source", "text": HOSTILE_TITLE + " " + HOSTILE_IMG, "citations": [
            {"article_id": "a4", "claim_id": "a4:c1", "start": c["a4:c1"].start, "end": c["a4:c1"].end}]}])
        for sid in ("S1", "S2"):
            s.mark_clean(sid)
    return s


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("web") / "web.db"
    build_store(path).close()
    return path


@pytest.fixture
def fresh_db(tmp_path: Path) -> Path:
    path = tmp_path / "fresh.db"
    build_store(path).close()
    return path


@pytest.fixture(scope="session")
def client(web_db: Path) -> Iterator[TestClient]:
    from recoupe.web.server import create_app

    with TestClient(create_app(web_db), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """One headless chromium for a browser test module (Debian's, driven by Playwright)."""
    from playwright.sync_api import sync_playwright

    from tests.web.test_browser import CHROMIUM, CHROMIUM_ARGS

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()

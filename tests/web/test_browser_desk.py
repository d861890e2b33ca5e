"""What the analyst's desk promises, checked in a real browser (Debian's chromium, Playwright) on
the sample build: the report leads with the contradictions and its citations land on their
sentence; the timeline's labels overlap nothing; a transliteration variant finds the name; the
API reference renders with nothing fetched from elsewhere; the schema is typed.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import live_app
from tests.web.test_browser import CHROMIUM

pytestmark = [
    pytest.mark.browser, pytest.mark.model, pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is missing: run `make browser-deps`"),
    pytest.mark.skipif(importlib.util.find_spec("playwright") is None,
                       reason="the playwright package is missing: run `make browser-deps`"),
]


@pytest.fixture(scope="module")
def server(sample_build: tuple[Path, dict[str, Any]]) -> Iterator[str]:
    from recoupe.web.server import create_app

    with live_app(create_app(sample_build[0])) as url:
        yield url


@pytest.fixture(scope="module")
def report(sample_build: tuple[Path, dict[str, Any]], tmp_path_factory: pytest.TempPathFactory) -> Path:
    from recoupe.report.html import render_report

    path = tmp_path_factory.mktemp("report") / "report.html"
    path.write_text(render_report(sample_build[1]), encoding="utf-8")
    return path


def _page(browser: Any, origin: str, problems: list[str]) -> Any:
    """A page that records console errors and any request leaving ``origin``."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, device_scale_factor=1)
    page = context.new_page()
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("request", lambda r: problems.append(f"remote: {r.url}")
            if not r.url.startswith((origin, "data:")) else None)
    return page


def _boxes_overlap(a: dict[str, float], b: dict[str, float], slack: float = 0.5) -> bool:
    return (a["x"] + a["width"] - slack > b["x"] and b["x"] + b["width"] - slack > a["x"]
            and a["y"] + a["height"] - slack > b["y"] and b["y"] + b["height"] - slack > a["y"])


def test_web_browser_report_leads_with_contradictions(report: Path, browser: Any) -> None:
    from playwright.sync_api import expect

    problems: list[str] = []
    page = _page(browser, "file:", problems)
    page.goto(report.as_uri())
    nav = page.locator("nav#toc")
    expect(nav).to_be_visible()
    first = nav.locator("a").first
    expect(first).to_have_text("Contradictions (7)")
    # the page's order follows the contents: contradictions, disputes, stories, then the articles
    tops = [page.locator(sel).bounding_box()["y"] for sel in  # type: ignore[index]
            ("#contradictions", "#disputed", "section.story", "#how-to-read", "#articles")]
    assert tops == sorted(tops)
    # the count in the summary is a link to them
    page.locator("p.meta a", has_text="7 contradictions").first.click()
    assert page.evaluate("location.hash") == "#contradictions"
    assert problems == []


def test_web_browser_report_citation_lands_on_its_sentence(report: Path, browser: Any,
                                                           sample_build: tuple[Path, dict[str, Any]]) -> None:
    problems: list[str] = []
    page = _page(browser, "file:", problems)
    page.goto(report.as_uri())
    cite = page.locator("#contradictions a.cite").first
    href = cite.get_attribute("href")
    assert href and href.startswith("#s-")
    claim_sentence = cite.locator("xpath=..").inner_text()
    cite.click()
    target = page.locator(":target")
    assert target.get_attribute("class") == "sent"  # a sentence, not the top of the article
    box = target.bounding_box()
    assert box is not None and -2 <= box["y"] < 900  # scrolled into view
    landed = " ".join(target.inner_text().split())
    assert landed and landed[:40] in " ".join(claim_sentence.split())
    assert problems == []


def test_web_browser_timeline_labels_overlap_nothing(server: str, browser: Any,
                                                     sample_build: tuple[Path, dict[str, Any]]) -> None:
    problems: list[str] = []
    page = _page(browser, server, problems)
    story = sample_build[1]["stories"][0]["id"]
    page.goto(f"{server}/stories/{story}#timeline")
    svg = page.locator("svg.timeline")
    labels = [b for b in (x.bounding_box() for x in svg.locator("text.label").all()) if b]
    marks = [b for b in (x.bounding_box() for x in svg.locator(".mark").all()) if b]
    assert len(labels) == len(sample_build[1]["timeline"]) and marks
    texts = svg.locator("text.label").all_text_contents()
    assert all(len(t) > 20 for t in texts)  # the claim, not « mardi »
    for i, a in enumerate(labels):
        for b in labels[i + 1:]:
            assert not _boxes_overlap(a, b), (a, b)
        for m in marks:
            assert not _boxes_overlap(a, m), (a, m)
    chart = svg.bounding_box()
    assert chart is not None
    assert all(chart["x"] - 1 <= b["x"] and b["x"] + b["width"] <= chart["x"] + chart["width"] + 1 for b in labels)
    # the events are spread: no more than a third of them in the last tenth of the axis
    events = [b for b in (x.bounding_box() for x in svg.locator(".mark:not(.report)").all()) if b]
    xs = sorted(m["x"] for m in events)
    right = chart["x"] + 0.9 * chart["width"]
    assert sum(x > right for x in xs) <= len(xs) / 3
    assert problems == []


def test_web_browser_search_finds_a_transliteration_variant(server: str, browser: Any) -> None:
    from playwright.sync_api import expect

    problems: list[str] = []
    page = _page(browser, server, problems)
    page.goto(f"{server}/")
    box = page.get_by_role("searchbox", name="Search")
    box.fill("Vostotchny")  # the articles write « Vostochny »
    box.press("Enter")
    page.wait_for_url("**/search?q=*")
    expect(page.locator("#spellings")).to_contain_text("Vostochny")
    expect(page.locator(".results mark", has_text="Vostochny").first).to_be_visible()
    names = page.locator(".results section").first.locator("a.ent").all_inner_texts()
    assert "Vostochny" in names
    # a full name does not widen to another person of the same family
    box = page.get_by_role("searchbox", name="Search")
    box.fill("Kim Jong Un")
    box.press("Enter")
    page.wait_for_url("**/search?q=Kim*")
    assert "Kim Jong-il" not in page.locator(".results section").first.inner_text()
    assert problems == []


def test_web_browser_api_docs_render_offline_with_typed_schemas(server: str, browser: Any) -> None:
    from playwright.sync_api import expect

    problems: list[str] = []
    page = _page(browser, server, problems)
    page.goto(f"{server}/docs")
    expect(page.locator("h1")).to_have_text("API reference")
    expect(page.locator("section.op")).to_have_count(8)  # with the two lists (GET /api/entities, /api/articles)
    expect(page.locator("#schema-Story")).to_be_visible()
    # the story endpoint's answer links to its typed schema, whose fields are typed in turn
    page.locator("section.op", has_text="/api/stories/{story_id}").locator("a", has_text="Story").first.click()
    assert page.evaluate("location.hash") == "#schema-Story"
    matrix_row = page.locator("#schema-Story tr", has_text="matrix")
    expect(matrix_row).to_contain_text("list of MatrixRow")
    spec = page.evaluate("fetch('/openapi.json').then(r => r.json())")
    assert spec["paths"]["/api/search"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/SearchResults"}
    assert problems == []  # nothing fetched from another origin, no console error

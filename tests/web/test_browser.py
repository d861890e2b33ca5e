"""End to end in a real browser: Debian's chromium driven by Playwright, on the sample build.

Needs ``make browser-deps`` (chromium + the pinned playwright wheel); skipped with the reason
otherwise. Screenshots go to ``test-artifacts/`` at the repository root.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import live_app

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
VIEWPORTS = {"phone": {"width": 390, "height": 844}, "wide": {"width": 1400, "height": 900}}

pytestmark = [
    pytest.mark.browser, pytest.mark.model, pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is missing: run `make browser-deps`"),
    pytest.mark.skipif(importlib.util.find_spec("playwright") is None,
                       reason="the playwright package is missing: run `make browser-deps`"),
]


@pytest.fixture(scope="module")
def live_server(sample_build: tuple[Path, dict[str, Any]]) -> Iterator[str]:
    from recoupe.web.server import create_app

    with live_app(create_app(sample_build[0])) as url:
        yield url


@pytest.mark.parametrize("viewport", sorted(VIEWPORTS))
def test_web_browser_journey(live_server: str, browser: Any, viewport: str) -> None:
    """Stories -> search -> story -> citation -> article -> entity, with no console error (CSP)."""
    from playwright.sync_api import expect

    ARTIFACTS.mkdir(exist_ok=True)
    context = browser.new_context(viewport=VIEWPORTS[viewport], base_url=live_server,
                                  device_scale_factor=1, locale="fr-FR")
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("response", lambda r: problems.append(f"{r.status}: {r.url}") if r.status >= 400 else None)
    page.on("requestfailed", lambda r: problems.append(f"failed: {r.url}"))
    page.on("request", lambda r: problems.append(f"remote: {r.url}") if not r.url.startswith(live_server) else None)

    def shot(name: str) -> None:
        page.screenshot(path=str(ARTIFACTS / f"{viewport}-{name}.png"), full_page=True)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= VIEWPORTS[viewport]["width"] + 1, f"{name}: page is {width}px wide"

    # stories
    page.goto("/")
    expect(page.locator("h1")).to_have_text("Stories")
    expect(page.locator(".card").first).to_be_visible()
    shot("1-stories")

    # search
    box = page.get_by_role("searchbox", name="Search")
    box.fill("négociations")
    box.press("Enter")
    page.wait_for_url("**/search?q=*")
    expect(page.locator("h1")).to_contain_text("négociations")
    expect(page.locator(".results mark").first).to_be_visible()
    shot("2-search")

    # a story
    page.goto("/")
    page.locator(".card-title").first.click()
    page.wait_for_url("**/stories/*")
    expect(page.locator("#briefing h2")).to_have_text("Briefing")
    expect(page.locator("svg.timeline")).to_be_visible()
    expect(page.locator("svg.network")).to_be_visible()
    expect(page.locator("table.matrix")).to_be_visible()
    # the sample's one confirmed group: its two confirming claims are marked in the matrix and the briefing
    expect(page.locator("table.matrix td.cell.confirms")).to_have_count(2)
    expect(page.locator("ol.briefing a.cite.confirms")).to_have_count(2)
    cite = page.locator("ol.briefing a.cite").first
    quote = cite.get_attribute("data-tip")
    assert quote
    if viewport == "wide":
        cite.hover()
        expect(page.locator(".tip")).to_have_text(quote)
    shot("3-story")

    # follow a citation to its article: the cited claim is highlighted
    cite.click()
    page.wait_for_url("**/articles/*#claim-*")
    expect(page.locator(".body .hl").first).to_be_visible()
    highlighted = " ".join(page.locator(".body .hl").all_inner_texts())
    assert quote.split()[0] in highlighted
    expect(page.locator("dl.metadata")).to_be_visible()
    shot("4-article")

    # an entity named in the article
    page.locator("aside .ent-PER").first.click()
    page.wait_for_url("**/entities/*")
    expect(page.locator("h1")).to_be_visible()
    expect(page.locator("#aliases h2")).to_have_text("Names and where they were seen")
    expect(page.locator("#aliases li").first).to_be_visible()
    shot("5-entity")

    context.close()
    assert problems == []


@pytest.fixture(scope="module")
def writable_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A hand-built store served with a token and a stand-in builder (no spaCy needed)."""
    from recoupe.model import Article, RawDocument
    from recoupe.pipeline import BuildSummary
    from recoupe.storage import Store
    from recoupe.web.server import create_app
    from tests.web.conftest import build_store

    db = tmp_path_factory.mktemp("writable") / "w.db"
    build_store(db).close()

    def fake_build(store: Store, inputs: list[str]) -> BuildSummary:
        body = Path(inputs[0]).read_text("utf-8")
        with store.transaction():
            store.add_raw("n1", RawDocument(inputs[0], "json", body.encode()))
            store.add_article(Article("n1", inputs[0], body, title="Collé depuis le navigateur"), [], "fake")
        return BuildSummary(added=1, added_ids=["n1"])

    app = create_app(db, token="s3cret")
    app.state.build = fake_build
    with live_app(app) as url:
        yield url


def test_web_browser_add_form_sends_the_token(writable_server: str, browser: Any) -> None:
    from playwright.sync_api import expect

    ARTIFACTS.mkdir(exist_ok=True)
    context = browser.new_context(viewport=VIEWPORTS["phone"], base_url=writable_server)
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.goto("/articles/new")
    page.get_by_label("Token").fill("wrong")
    page.get_by_label("Text").fill("Un texte collé dans le formulaire.")
    page.get_by_role("button", name="Add").click()
    expect(page.locator("#add-status")).to_contain_text("not valid")
    problems.clear()  # the 403 above is logged by the browser as a failed resource
    page.get_by_label("Token").fill("s3cret")
    page.get_by_role("button", name="Add").click()
    page.wait_for_url("**/articles/n1")
    expect(page.locator("h1")).to_have_text("Collé depuis le navigateur")
    page.screenshot(path=str(ARTIFACTS / "phone-6-added.png"), full_page=True)
    context.close()
    assert problems == []


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The hand-built store, whose article a4 carries script tags, event handlers and javascript: links."""
    from recoupe.web.server import create_app
    from tests.web.conftest import build_store

    db = tmp_path_factory.mktemp("hostile") / "h.db"
    build_store(db).close()
    with live_app(create_app(db)) as url:
        yield url


def _watch(page: Any) -> list[str]:
    fired: list[str] = []
    page.on("dialog", lambda d: (fired.append(f"dialog: {d.message}"), d.dismiss()))
    page.on("pageerror", lambda e: fired.append(f"error: {e}"))
    return fired


@pytest.mark.parametrize("path", ["/articles/a4", "/stories/S2", "/entities/E6", "/search?q=piégé"])
def test_web_browser_hostile_content_stays_inert(hostile_server: str, browser: Any, path: str) -> None:
    context = browser.new_context(viewport=VIEWPORTS["wide"], base_url=hostile_server)
    page = context.new_page()
    fired = _watch(page)
    page.goto(path)
    page.wait_for_load_state("networkidle")
    page.mouse.move(200, 200)
    for link in page.locator("a").all()[:50]:  # no link may point to javascript:
        assert not (link.get_attribute("href") or "").lower().startswith("javascript:")
    assert page.locator("img[src=x]").count() == 0
    context.close()
    assert fired == []


def test_web_browser_hostile_report_is_inert(tmp_path: Path, browser: Any) -> None:
    from recoupe.report.dossier import build_dossier
    from recoupe.report.html import render_report
    from tests.web.conftest import HOSTILE_TITLE, build_store

    store = build_store(tmp_path / "r.db")
    report = tmp_path / "report.html"
    report.write_text(render_report(build_dossier(store)), encoding="utf-8")
    store.close()
    context = browser.new_context(viewport=VIEWPORTS["phone"])
    page = context.new_page()
    fired = _watch(page)
    page.goto(report.as_uri())
    assert HOSTILE_TITLE in page.inner_text("body")  # shown as text, not run
    assert page.locator("img[src=x]").count() == 0
    context.close()
    assert fired == []

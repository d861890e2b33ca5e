"""The index pages in a real browser (Debian's chromium, Playwright): a store with more entities than
one page shows a page of them and links to the next and previous ones. Hand-built store, no spaCy."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from typing import Any

import pytest

from tests.conftest import live_app
from tests.web.test_browser import CHROMIUM, VIEWPORTS

pytestmark = [
    pytest.mark.browser, pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is missing: run `make browser-deps`"),
    pytest.mark.skipif(importlib.util.find_spec("playwright") is None,
                       reason="the playwright package is missing: run `make browser-deps`"),
]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from recoupe.storage import Store
    from recoupe.web.server import create_app
    from tests.web.conftest import build_store

    db = tmp_path_factory.mktemp("paging") / "p.db"
    build_store(db).close()  # six entities of its own
    with Store.open(db) as s, s.transaction():
        for k in range(214):
            s.create_entity(f"X{k:04d}", f"Witness {k:04d}", "PER")
    with live_app(create_app(db)) as url:
        yield url


@pytest.mark.parametrize("viewport", sorted(VIEWPORTS))
def test_web_browser_entities_index_pages_forward_and_back(server: str, browser: Any, viewport: str) -> None:
    from playwright.sync_api import expect

    context = browser.new_context(viewport=VIEWPORTS[viewport], base_url=server, device_scale_factor=1)
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("response", lambda r: problems.append(f"{r.status}: {r.url}") if r.status >= 400 else None)
    page.goto("/entities")
    items = page.locator(".entity-list li")
    expect(items).to_have_count(100)
    expect(page.locator(".pager")).to_contain_text("1–100 of 220")
    expect(page.get_by_role("link", name="← previous")).to_have_count(0)
    page.get_by_role("link", name="next →").click()
    page.wait_for_url("**/entities?offset=100")
    expect(items).to_have_count(100)
    page.get_by_role("link", name="next →").click()
    page.wait_for_url("**/entities?offset=200")
    expect(items).to_have_count(20)
    expect(page.locator(".pager")).to_contain_text("201–220 of 220")
    expect(page.get_by_role("link", name="next →")).to_have_count(0)
    page.get_by_role("link", name="← previous").click()
    page.wait_for_url("**/entities?offset=100")
    expect(page.locator(".pager")).to_be_visible()
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= VIEWPORTS[viewport]["width"] + 1, f"the page is {width}px wide"
    context.close()
    assert problems == []

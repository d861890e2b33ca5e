"""Screenshots of the report and of the story, entity and article pages, for docs/ (``make screenshots``).

    python -m tests.web.screenshots [--db build/sample.db] [--report build/sample/report.html] [--out docs]

Drives Debian's chromium (/usr/bin/chromium) with Playwright, as the browser tests do; serves the
web app on a free loopback port for the duration. Nothing is fetched from the network.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from tests.conftest import live_app
from tests.web.test_browser import CHROMIUM, CHROMIUM_ARGS

WIDTH, HEIGHT = 1280, 900


def _ids(db: Path) -> dict[str, str]:
    """The pages worth showing: the largest story, its most mentioned person, an article that has
    claims, quotes and dates."""
    from recoupe.storage import Store

    with Store.open(db, create=False, readonly=True) as store:
        story = max(store.stories(), key=lambda s: s["size"])
        people = [e for e in store.entities() if e["type"] == "PER"] or store.entities()
        entity = max(people, key=lambda e: e["mention_count"])
        rows = store.article_rows(story["id"])
        article = max(rows, key=lambda r: (len(store.quotes(article_id=r["id"])) > 0,
                                           len(store.claims(article_id=r["id"]))))
    return {"story": story["id"], "entity": entity["id"], "article": article["id"]}


def take(db: Path, report: Path, out: Path) -> list[Path]:
    from playwright.sync_api import sync_playwright

    from recoupe.web.server import create_app

    out.mkdir(parents=True, exist_ok=True)
    ids = _ids(db)
    written: list[Path] = []
    with live_app(create_app(db)) as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": WIDTH, "height": HEIGHT}, device_scale_factor=1,
                                locale="fr-FR")
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith((url, "file:", "data:"))
                   else r.abort())
        shots = [("report", report.resolve().as_uri(), False),
                 ("story", f"{url}/stories/{ids['story']}", False),
                 ("story-timeline", f"{url}/stories/{ids['story']}#timeline", False),
                 ("entity", f"{url}/entities/{ids['entity']}", False),
                 ("article", f"{url}/articles/{ids['article']}", False)]
        for name, target, full in shots:
            page.goto(target)
            page.wait_for_load_state("load")
            if "#" in target:
                page.locator("#" + target.split("#", 1)[1]).scroll_into_view_if_needed()
            path = out / f"screenshot-{name}.png"
            page.screenshot(path=str(path), full_page=full)
            written.append(path)
        browser.close()
    return written


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, default=Path("build/sample.db"))
    ap.add_argument("--report", type=Path, default=Path("build/sample/report.html"))
    ap.add_argument("--out", type=Path, default=Path("docs"))
    args = ap.parse_args(argv)
    if not CHROMIUM.exists():
        print(f"{CHROMIUM} is missing: run `make browser-deps`", file=sys.stderr)
        return 2
    for path in take(args.db, args.report, args.out):
        print(path)
    print(json.dumps({"db": str(args.db), "report": str(args.report)}), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Stories: the list (``/``) and one story (``/stories/{id}``), as pages and as JSON."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from recoupe.web.common import Id, StoreDep, not_found, render
from recoupe.web.svg import network_svg, timeline_svg
from recoupe.web.views import MATRIX_ROWS, stories_view, story_view

pages = APIRouter(tags=["pages"], include_in_schema=False)
api = APIRouter(tags=["stories"])


@api.get("/stories", summary="All stories, largest first")
def api_stories(store: StoreDep) -> dict[str, Any]:
    return stories_view(store)


@api.get("/stories/{story_id}", summary="One story: briefing, timeline, network, matrix, contradictions")
def api_story(store: StoreDep, story_id: Id) -> dict[str, Any]:
    view = story_view(store, story_id)
    if view is None:
        raise not_found("story", story_id)
    return view


@pages.get("/", response_class=HTMLResponse)
def page_stories(request: Request, store: StoreDep) -> HTMLResponse:
    return render(request, "stories.html.j2", view=stories_view(store), title="Stories")


@pages.get("/stories/{story_id}", response_class=HTMLResponse)
def page_story(request: Request, store: StoreDep, story_id: Id) -> HTMLResponse:
    view = story_view(store, story_id)
    if view is None:
        raise not_found("story", story_id)
    matrix = [m for m in view["matrix"] if m["articles"] > 1 or m["status"] != "single_source"]
    singles = [m for m in view["matrix"] if m not in matrix]
    return render(
        request, "story.html.j2", view=view, title=view["story"]["label"] or view["story"]["id"],
        timeline=timeline_svg(view["timeline"]), network=network_svg(view["network"]),
        matrix=matrix[:MATRIX_ROWS], hidden_rows=max(0, len(matrix) - MATRIX_ROWS), singles=singles[:MATRIX_ROWS],
    )

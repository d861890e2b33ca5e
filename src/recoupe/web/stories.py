"""Stories: the list (``/``, ``/stories``) and one story (``/stories/{id}``), as pages and as JSON."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse

from recoupe.report.words import status_rank
from recoupe.web.common import Id, Limit, Offset, StoreDep, not_found, render
from recoupe.web.schemas import ERRORS, Story, StoryList
from recoupe.web.svg import network_svg, timeline_svg
from recoupe.web.views import IN_DOUBT, MATRIX_ROWS, PAGE, rejections_view, stories_view, story_view

pages = APIRouter(tags=["pages"], include_in_schema=False)
api = APIRouter(tags=["stories"])


@api.get("/stories", summary="All stories, largest first", response_model=StoryList,
         responses={422: ERRORS[422]})
def api_stories(store: StoreDep, limit: Limit = PAGE, offset: Offset = 0) -> JSONResponse:
    return JSONResponse(stories_view(store, limit, offset))


@api.get("/stories/{story_id}", summary="One story: briefing, timeline, network, matrix, contradictions",
         response_model=Story, responses=ERRORS)
def api_story(store: StoreDep, story_id: Id) -> JSONResponse:
    view = story_view(store, story_id)
    if view is None:
        raise not_found("story", story_id)
    return JSONResponse(view)


@pages.get("/", response_class=HTMLResponse)
@pages.get("/stories", response_class=HTMLResponse)
def page_stories(request: Request, store: StoreDep, limit: Limit = PAGE, offset: Offset = 0) -> HTMLResponse:
    # the inputs the build could not use, as the report lists them: a user who gave 50 files sees why 48 show
    return render(request, "stories.html.j2", view=stories_view(store, limit, offset), title="Stories",
                  rejections=rejections_view(store))


@pages.get("/stories/{story_id}", response_class=HTMLResponse)
def page_story(request: Request, store: StoreDep, story_id: Id) -> HTMLResponse:
    view = story_view(store, story_id)
    if view is None:
        raise not_found("story", story_id)
    matrix = [m for m in view["matrix"] if m["articles"] > 1 or m["status"] != "single_source"]
    singles = [m for m in view["matrix"] if m not in matrix]
    doubt = [m for m in view["matrix"] if m["status"] in IN_DOUBT]
    statuses = sorted({m["status"] for m in view["matrix"]} | {b["kind"] for b in view["briefing"]}, key=status_rank)
    return render(
        request, "story.html.j2", view=view, title=view["story"]["name"],
        timeline=timeline_svg(view["timeline"]), network=network_svg(view["network"]),
        matrix=matrix[:MATRIX_ROWS], hidden_rows=max(0, len(matrix) - MATRIX_ROWS), singles=singles[:MATRIX_ROWS],
        doubt=doubt[:MATRIX_ROWS], statuses=statuses, numbers={a["id"]: a["n"] for a in view["articles"]},
    )

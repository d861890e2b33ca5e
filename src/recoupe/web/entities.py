"""Entities: the list (``/entities``) and one entity (``/entities/{id}``): names, aliases and where
they were seen, roles, claims, quotes."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse

from recoupe.web.common import Id, Limit, Offset, StoreDep, not_found, render
from recoupe.web.schemas import ERRORS, EntityList, EntityPage
from recoupe.web.views import PAGE, entities_view, entity_view

pages = APIRouter(tags=["pages"], include_in_schema=False)
api = APIRouter(tags=["entities"])


@api.get("/entities", summary="All entities, most mentioned first", response_model=EntityList,
         responses={422: ERRORS[422]})
def api_entities(store: StoreDep, limit: Limit = PAGE, offset: Offset = 0) -> JSONResponse:
    return JSONResponse(entities_view(store, limit, offset))


@pages.get("/entities", response_class=HTMLResponse)
def page_entities(request: Request, store: StoreDep, limit: Limit = PAGE, offset: Offset = 0) -> HTMLResponse:
    return render(request, "entities.html.j2", view=entities_view(store, limit, offset), title="Entities")


@api.get("/entities/{entity_id}", summary="One entity with its aliases, roles, claims and quotes",
         response_model=EntityPage, responses=ERRORS)
def api_entity(store: StoreDep, entity_id: Id) -> JSONResponse:
    view = entity_view(store, entity_id)
    if view is None:
        raise not_found("entity", entity_id)
    return JSONResponse(view)


@pages.get("/entities/{entity_id}", response_class=HTMLResponse)
def page_entity(request: Request, store: StoreDep, entity_id: Id) -> HTMLResponse:
    view = entity_view(store, entity_id)
    if view is None:
        raise not_found("entity", entity_id)
    return render(request, "entity.html.j2", view=view, title=view["entity"]["name"])

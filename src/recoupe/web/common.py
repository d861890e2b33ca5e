"""What the routers share: the per-request store, the template environment, API errors."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse
from jinja2 import Environment, PackageLoader

from recoupe.storage import Store
from recoupe.web.views import PAGE, PAGE_MAX

# Ids are content hashes or short codes (``E12``, ``S3``, ``a1b2...``): nothing else is looked up,
# and ids are only ever SQL parameters, never file paths.
ID_PATTERN = r"^[A-Za-z0-9_.:-]{1,80}$"
Id = Annotated[str, PathParam(pattern=ID_PATTERN, description="A record id.")]
# an index's page: at most PAGE_MAX items, so that no request reads a whole large store
Limit = Annotated[int, Query(ge=1, le=PAGE_MAX, description=f"How many per page (at most {PAGE_MAX}).")]
Offset = Annotated[int, Query(ge=0, description="How many to skip: the page's start.")]

_env: Environment | None = None


def env() -> Environment:
    """The Jinja2 environment: autoescaping on for every template, whatever its name."""
    global _env
    if _env is None:
        e = Environment(loader=PackageLoader("recoupe.web", "templates"), autoescape=True,
                        trim_blocks=True, lstrip_blocks=True)
        e.filters["label"] = lambda s: str(s or "").replace("_", " ")
        e.filters["safe_url"] = safe_url
        from recoupe.report import words

        for name in ("status", "status_help", "modality", "modality_help", "precision"):
            e.filters[name] = getattr(words, f"{name}_label" if not name.endswith("_help") else name)
        e.filters["contradiction"] = words.contradiction_label
        e.filters["timex"] = words.timex_words
        e.filters["story_name"] = words.story_name
        e.globals["article_name"] = words.article_name
        e.globals["words"] = words
        e.globals["default_page"] = PAGE
        _env = e
    return _env


def safe_url(url: str | None) -> str:
    """An article's URL if it is plain http(s); '' otherwise (no ``javascript:`` links)."""
    u = (url or "").strip()
    return u if u.lower().startswith(("http://", "https://")) and not any(c in u for c in "\"'<> \t\n") else ""


def render(request: Request, name: str, status_code: int = 200, **ctx: Any) -> HTMLResponse:
    state = request.app.state
    page = env().get_template(name).render(
        writable=state.token is not None, q=ctx.pop("q", ""), **ctx)
    return HTMLResponse(page, status_code=status_code)


class ApiError(Exception):
    """An error with an HTTP status, turned into the one error shape by the server."""

    def __init__(self, status: int, message: str, code: str | None = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code
        self.headers = headers or {}


def not_found(kind: str, ident: str) -> ApiError:
    return ApiError(404, f"no {kind} with id '{ident}' in this store")


def open_store(request: Request) -> Iterator[Store]:
    """A read-only connection for one request (WAL: readers work while a build writes), reading one
    snapshot: a page built while a build commits shows one state of the store."""
    path: Path = request.app.state.db_path
    store = Store.open(path, create=False, readonly=True)
    try:
        with store.snapshot():
            yield store
    finally:
        store.close()


StoreDep = Annotated[Store, Depends(open_store)]

"""The app factory, the one error shape, security headers, and ``run`` for ``recoupe serve``.

Every error, HTML page or API, validation or crash, becomes
``{"error": {"code": "...", "message": "...", "status": N}}`` (a browser asking for HTML gets the
same fields in a page). Messages never carry stack traces or file paths. Every response carries a
strict Content-Security-Policy (no inline script, nothing from another origin), ``nosniff`` and a
``Referrer-Policy``.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from recoupe.errors import E, RecoupeError
from recoupe.storage import Store
from recoupe.web.common import ApiError, env

log = logging.getLogger("recoupe.web")

MAX_UPLOAD_BYTES = 5 * 1024 * 1024

SECURITY_HEADERS: dict[str, str] = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
        "form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
}

CODES: dict[int, str] = {
    400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
    405: "method_not_allowed", 406: "not_acceptable", 413: "payload_too_large",
    415: "unsupported_media_type", 422: "validation_error", 429: "too_many_requests",
    500: "internal_error", 503: "unavailable",
}


class SecurityHeaders:
    """Pure ASGI middleware adding :data:`SECURITY_HEADERS` to every response it sees."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {k.lower() for k, _ in headers}
                for k, v in SECURITY_HEADERS.items():
                    if k.lower().encode() not in present:
                        headers.append((k.lower().encode(), v.encode()))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _wants_html(request: Request) -> bool:
    path = request.url.path
    if path.startswith("/api") or path == "/openapi.json" or request.method not in ("GET", "HEAD"):
        return False
    return "text/html" in request.headers.get("accept", "")


def error_response(request: Request, status: int, message: str, code: str | None = None,
                   headers: dict[str, str] | None = None) -> Response:
    body = {"error": {"code": code or CODES.get(status, "error"), "message": message, "status": status}}
    all_headers = {**SECURITY_HEADERS, **(headers or {})}
    if _wants_html(request):
        page = env().get_template("error.html.j2").render(error=body["error"], writable=False, q="")
        return HTMLResponse(page, status_code=status, headers=all_headers)
    return JSONResponse(body, status_code=status, headers=all_headers)


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors()[:5]:
        loc = [str(x) for x in err.get("loc", ())]
        where = f"{loc[0]} parameter '{'.'.join(loc[1:])}'" if len(loc) > 1 else ".".join(loc) or "request"
        parts.append(f"{where}: {err.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> Response:
        return error_response(request, exc.status, exc.message, exc.code, exc.headers)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        default = {404: "no such page or resource", 405: "method not allowed on this resource"}
        message = exc.detail if isinstance(exc.detail, str) and exc.status_code not in default \
            else default.get(exc.status_code, str(exc.detail))
        return error_response(request, exc.status_code, message, headers=dict(exc.headers or {}))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        return error_response(request, 422, _validation_message(exc))

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        if isinstance(exc, RecoupeError) and exc.code == "E032":
            return error_response(request, 503, "the store is not available", "unavailable")
        return error_response(request, 500, "internal error; the server log has the details")


def _prepare_store(db_path: Path) -> bool:
    """Bring the store to the current schema (adds the search index); False if it is read-only."""
    try:
        with Store.open(db_path, create=False):
            return True
    except sqlite3.OperationalError as exc:
        log.warning("store %s could not be migrated (%s); search may be unavailable", db_path.name, exc)
        return False


def create_app(db_path: Path, *, token: str | None = None, max_upload_bytes: int = MAX_UPLOAD_BYTES,
               nlp: Any = None) -> FastAPI:
    """The web app over the store at ``db_path``; ``token`` enables adding articles."""
    from recoupe.web import apidocs, articles, entities, search, stories

    db_path = Path(db_path)
    if not db_path.exists():
        raise RecoupeError(E.E032, path=str(db_path))
    _prepare_store(db_path)
    app = FastAPI(
        title="recoupe",
        summary="Sourced knowledge base built from news articles: stories, entities, claims.",
        version="1.0",
        docs_url=None, redoc_url=None, swagger_ui_oauth2_redirect_url=None,
    )
    app.state.db_path = db_path
    app.state.token = token or None
    app.state.max_upload_bytes = max_upload_bytes
    app.state.nlp = nlp
    app.state.build = None  # tests may inject a builder (store, paths) -> BuildSummary
    _install_error_handlers(app)
    app.add_middleware(SecurityHeaders)
    static = Path(__file__).parent / "static"
    app.mount("/static", StaticFiles(directory=static), name="static")
    for module in (stories, entities, articles, search):
        app.include_router(module.api, prefix="/api")
        app.include_router(module.pages)
    app.include_router(apidocs.pages)  # /docs: the reference, server-rendered (no CDN, no script)
    return app


_ENV_DB, _ENV_TOKEN = "RECOUPE_SERVE_DB", "RECOUPE_SERVE_TOKEN"


def app_from_env() -> FastAPI:
    """The app of one worker process of ``recoupe serve --workers N``: uvicorn starts each worker
    by importing this factory, so the store path and token come through the environment."""
    return create_app(Path(os.environ[_ENV_DB]), token=os.environ.get(_ENV_TOKEN) or None)


def run(db: Path, *, host: str = "127.0.0.1", port: int = 8000, token: str | None = None,
        workers: int = 1) -> None:
    """Serve the app with uvicorn (``recoupe serve``); binds this machine only by default.

    One process serves pages one core's worth at a time (Python's GIL); ``workers`` processes
    (uvicorn's own supervisor) each open the store, which SQLite's WAL lets many readers share."""
    import uvicorn

    if host not in ("127.0.0.1", "localhost", "::1") and token:
        log.warning("writing is enabled on %s without TLS: put a TLS proxy in front", host)
    options: dict[str, Any] = {"host": host, "port": port, "server_header": False, "proxy_headers": False,
                               "log_level": "info"}
    if workers > 1:
        os.environ[_ENV_DB] = str(Path(db).resolve())
        if token:
            os.environ[_ENV_TOKEN] = token
        uvicorn.run("recoupe.web.server:app_from_env", factory=True, workers=workers, **options)
    else:
        uvicorn.run(create_app(db, token=token), **options)

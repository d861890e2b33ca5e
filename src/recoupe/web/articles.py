"""Articles: the list (``/articles``), one article (``/articles/{id}``) and adding articles (``POST /api/articles``).

Adding is off unless the server was given a token; a request must then carry
``Authorization: Bearer <token>``. The body is either JSON (``{"text": ..., "title": ...}``,
pasted text) or the raw bytes of a file (``X-Filename`` names it; only its extension is used).
The body is written to a fresh temporary directory under a fixed name and handed to
:func:`recoupe.pipeline.build`; no client-supplied name ever becomes a path.
"""

from __future__ import annotations

import hmac
import json
import re
import shutil
import tempfile
import threading
from pathlib import Path, PurePath
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse
from starlette.concurrency import run_in_threadpool

from recoupe.errors import RecoupeError
from recoupe.storage import Store
from recoupe.web.common import ApiError, Id, Limit, Offset, StoreDep, not_found, render
from recoupe.web.highlight import highlight, spans
from recoupe.web.schemas import ERRORS, AddResult, ArticleList, ArticlePage, Error
from recoupe.web.views import PAGE, article_view, articles_view

pages = APIRouter(tags=["pages"], include_in_schema=False)
api = APIRouter(tags=["articles"])

SUFFIXES = {".txt", ".text", ".md", ".html", ".htm", ".xhtml", ".json", ".jsonl", ".ndjson", ".xml",
            ".rss", ".atom", ".warc", ".gz"}
TYPE_SUFFIX = {"text/html": ".html", "application/xhtml+xml": ".html", "application/rss+xml": ".rss",
               "application/atom+xml": ".atom", "application/xml": ".xml", "text/xml": ".xml",
               "application/x-ndjson": ".jsonl", "application/warc": ".warc"}
JSON_FIELDS = ("text", "title", "url", "outlet", "published", "byline")
_write_lock = threading.Lock()


@api.get("/articles", summary="All articles, latest first", response_model=ArticleList,
         responses={422: ERRORS[422]})
def api_articles(store: StoreDep, limit: Limit = PAGE, offset: Offset = 0) -> JSONResponse:
    return JSONResponse(articles_view(store, limit, offset))


@pages.get("/articles", response_class=HTMLResponse)
def page_articles(request: Request, store: StoreDep, limit: Limit = PAGE, offset: Offset = 0) -> HTMLResponse:
    return render(request, "articles.html.j2", view=articles_view(store, limit, offset), title="Articles")


@api.get("/articles/{article_id}", summary="One article: text, metadata, mentions, claims, quotes, dates",
         response_model=ArticlePage, responses=ERRORS)
def api_article(store: StoreDep, article_id: Id) -> JSONResponse:
    view = article_view(store, article_id)
    if view is None:
        raise not_found("article", article_id)
    return JSONResponse(view)


@pages.get("/articles/new", response_class=HTMLResponse)
def page_add(request: Request) -> HTMLResponse:
    if request.app.state.token is None:
        raise ApiError(404, "adding articles is disabled on this server; start it with --token to enable it",
                       "disabled")
    return render(request, "add.html.j2", title="Add an article",
                  max_mb=request.app.state.max_upload_bytes / 1_000_000)


@pages.get("/articles/{article_id}", response_class=HTMLResponse)
def page_article(request: Request, store: StoreDep, article_id: Id) -> HTMLResponse:
    view = article_view(store, article_id)
    if view is None:
        raise not_found("article", article_id)
    a = view["article"]
    return render(request, "article.html.j2", view=view, title=a["title"] or a["id"],
                  body=highlight(a["text"], spans(view)), origin_name=PurePath(a["origin"]).name)


# -- adding articles ---------------------------------------------------------------------------
def _check_token(request: Request) -> None:
    token: str | None = request.app.state.token
    if token is None:
        raise ApiError(404, "adding articles is disabled on this server; start it with --token to enable it",
                       "disabled")
    auth = request.headers.get("authorization", "")
    scheme, _, given = auth.partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise ApiError(401, "this endpoint needs 'Authorization: Bearer <token>'",
                       headers={"WWW-Authenticate": "Bearer"})
    if not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise ApiError(403, "the token is not valid for this server")


async def _read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise ApiError(413, f"the upload is larger than the limit of {limit} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise ApiError(413, f"the upload is larger than the limit of {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _suffix(name: str, content_type: str) -> str:
    suffix = PurePath(name.replace("\\", "/")).suffix.lower() if name else ""
    if suffix in SUFFIXES:
        return suffix
    return TYPE_SUFFIX.get(content_type, ".txt")


def _payload(body: bytes, content_type: str, filename: str) -> tuple[bytes, str, str]:
    """(bytes to write, extension, display name) for the request body."""
    display = re.sub(r"[^\w.\- ]", "_", PurePath(filename.replace("\\", "/")).name)[:80] if filename else ""
    if content_type == "application/json":
        try:
            data = json.loads(body)
        except (ValueError, RecursionError) as exc:  # bad JSON, bad UTF-8, a 5,000-digit number
            raise ApiError(422, "the body is not valid JSON") from exc
        if not isinstance(data, dict) or not isinstance(data.get("text"), str) or not data["text"].strip():
            raise ApiError(422, "body field 'text': a non-empty string is required")
        bad = [k for k in data if k not in JSON_FIELDS]
        if bad:
            raise ApiError(422, f"unknown body field(s) {', '.join(map(repr, bad[:5]))}; "
                                f"known: {', '.join(JSON_FIELDS)}")
        if any(not isinstance(v, str) for v in data.values()):
            raise ApiError(422, "every body field must be a string")
        record = json.dumps(data, ensure_ascii=False).encode("utf-8")
        return record, ".json", display or "pasted text"
    if not body.strip():
        raise ApiError(422, "the body is empty")
    return body, _suffix(filename, content_type), display or "upload"


UPLOAD_WRITE_WAIT_S = 60  # an upload waits this long for a build's write lock, then answers 503


def _build(request: Request, path: Path) -> tuple[Any, list[str]]:
    state = request.app.state
    with _write_lock, Store.open(state.db_path, create=False) as store:
        store.write_wait = UPLOAD_WRITE_WAIT_S
        if state.build is None:
            from recoupe.nlp.pipeline import load
            from recoupe.pipeline import build
            from recoupe.settings import Settings

            if state.nlp is None:
                state.nlp = load(Settings.load()["nlp.model"])
            summary = build(store, [str(path)], nlp=state.nlp)
        else:
            summary = state.build(store, [str(path)])
        added = list(summary.added_ids)  # not the store's newest articles: a build may be writing too
    return summary, added


@api.post(
    "/articles", status_code=201, summary="Add an article (needs the server's token)", response_model=AddResult,
    openapi_extra={"requestBody": {"required": True, "content": {
        "application/json": {"schema": {"type": "object", "required": ["text"], "properties": {
            k: {"type": "string"} for k in JSON_FIELDS}}},
        "application/octet-stream": {"schema": {"type": "string", "format": "binary"}},
    }}, "parameters": [{"name": "X-Filename", "in": "header", "required": False,
                        "schema": {"type": "string"}, "description": "Name of the uploaded file (its extension picks "
                                                                     "the reader)."}]},
    responses={200: {"model": AddResult, "description": "Nothing new: every article was already in the store"},
               401: {"model": Error, "description": "No bearer token"},
               403: {"model": Error, "description": "Wrong token"},
               404: {"model": Error, "description": "Adding is disabled (no token configured)"},
               413: {"model": Error, "description": "Body too large"},
               422: {"model": Error, "description": "Invalid body or article rejected"}},
)
async def api_add_article(request: Request) -> JSONResponse:
    _check_token(request)
    body = await _read_body(request, request.app.state.max_upload_bytes)
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    data, suffix, display = _payload(body, content_type, request.headers.get("x-filename", ""))
    tmp = Path(tempfile.mkdtemp(prefix="recoupe-upload-"))
    try:
        path = tmp / f"upload{suffix}"
        path.write_bytes(data)
        try:
            summary, added = await run_in_threadpool(_build, request, path)
        except RecoupeError as exc:  # the store stayed locked by a long build (E033): try later
            raise ApiError(503, str(exc).replace(str(path), display), exc.code.lower(),
                           headers={"Retry-After": "30"}) from None
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    rejected = [{"code": r.code, "reason": r.reason.replace(str(path), display).replace(str(tmp), "")}
                for r in summary.rejected]
    result = {"added": summary.added, "skipped": summary.skipped, "rejected": rejected,
              "articles": added, "stories": sorted(summary.stories_touched)}
    if summary.added == 0 and rejected:
        raise ApiError(422, "; ".join(r["reason"] for r in rejected)[:500], "rejected")
    return JSONResponse(result, status_code=201 if summary.added else 200)

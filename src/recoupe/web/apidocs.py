"""``/docs``: the API reference, rendered on the server from the app's own OpenAPI schema.

No script, no CDN, no bundled third-party assets: every endpoint with its parameters, request
body, responses, and each response's fields as a readable tree of types (``$ref`` resolved).
The machine-readable schema stays at ``/openapi.json``.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from recoupe.web.common import render

pages = APIRouter(tags=["pages"], include_in_schema=False)
METHODS = ("get", "post", "put", "patch", "delete")
MAX_DEPTH = 6


def _ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


def type_of(schema: dict[str, Any]) -> str:
    """A one-line type: ``string``, ``integer | null``, ``list of Claim``, ``Story``…"""
    if "$ref" in schema:
        return _ref_name(schema["$ref"])
    for key in ("anyOf", "oneOf"):
        if key in schema:
            return " | ".join(type_of(s) for s in schema[key])
    t = schema.get("type", "any")
    if t == "array":
        return f"list of {type_of(schema.get('items', {}))}"
    if t == "object" and "additionalProperties" in schema and isinstance(schema["additionalProperties"], dict):
        return f"map of string to {type_of(schema['additionalProperties'])}"
    if "enum" in schema:
        return " | ".join(repr(v) for v in schema["enum"])
    if "const" in schema:
        return repr(schema["const"])
    fmt = schema.get("format")
    return f"{t} ({fmt})" if fmt else str(t)


def _referenced(schema: dict[str, Any]) -> list[str]:
    """Component names a schema refers to directly (through lists, maps and unions too)."""
    if "$ref" in schema:
        return [_ref_name(schema["$ref"])]
    out: list[str] = []
    for key in ("anyOf", "oneOf", "allOf"):
        for s in schema.get(key, []):
            out += _referenced(s)
    if isinstance(schema.get("items"), dict):
        out += _referenced(schema["items"])
    if isinstance(schema.get("additionalProperties"), dict):
        out += _referenced(schema["additionalProperties"])
    return out


def fields_of(name: str, components: dict[str, Any]) -> list[dict[str, Any]]:
    comp = components.get(name, {})
    required = set(comp.get("required", []))
    return [{"name": k, "type": type_of(v), "required": k in required,
             "description": v.get("description", ""), "refs": _referenced(v)}
            for k, v in comp.get("properties", {}).items()]


def reference(spec: dict[str, Any]) -> dict[str, Any]:
    """The template's view of an OpenAPI document: operations in path order, and every schema
    component they reach, each with its fields."""
    components = spec.get("components", {}).get("schemas", {})
    ops = []
    reached: list[str] = []
    for path, item in spec.get("paths", {}).items():
        for method in METHODS:
            op = item.get(method)
            if op is None:
                continue
            params = [{"name": p["name"], "in": p["in"], "required": p.get("required", False),
                       "type": type_of(p.get("schema", {})), "description": p.get("description", "")}
                      for p in op.get("parameters", [])]
            body = [{"media": media, "type": type_of(c.get("schema", {}))}
                    for media, c in op.get("requestBody", {}).get("content", {}).items()]
            responses = []
            for status, r in op.get("responses", {}).items():
                schema = r.get("content", {}).get("application/json", {}).get("schema", {})
                responses.append({"status": status, "description": r.get("description", ""),
                                  "type": type_of(schema) if schema else ""})
                reached += _referenced(schema)
            ops.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                        "tag": (op.get("tags") or [""])[0], "params": params, "body": body,
                        "responses": responses,
                        "id": f"{method}-{path}".replace("/", "-").replace("{", "").replace("}", "")})
    seen: list[str] = []
    todo = list(dict.fromkeys(reached))
    while todo:
        name = todo.pop(0)
        if name in seen or name not in components:
            continue
        seen.append(name)
        for f in fields_of(name, components):
            todo += [r for r in f["refs"] if r not in seen]
    schemas = [{"name": n, "description": components[n].get("description", ""), "fields": fields_of(n, components)}
               for n in seen]
    return {"title": spec.get("info", {}).get("title", ""), "version": spec.get("info", {}).get("version", ""),
            "summary": spec.get("info", {}).get("summary", ""), "operations": ops, "schemas": schemas}


@pages.get("/docs", response_class=HTMLResponse)
def page_docs(request: Request) -> HTMLResponse:
    return render(request, "docs.html.j2", title="API", ref=reference(request.app.openapi()))

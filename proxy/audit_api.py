"""The read-only audit API under /audit, for keys with the auditor role (client keys get 403).

    GET /audit/records?since=&until=&tenant=&vendor=&region=&action=&rule=&entity_type=&data_class=
                       &request_id=&limit=&cursor=         -> {"records": [{"index", "record"}], "next_cursor"}
    GET /audit/checkpoint                                  -> the latest signed checkpoint (text/plain note)
    GET /audit/proof/inclusion?index=&size=                -> {"index", "size", "hashes": [base64]}
    GET /audit/proof/consistency?old=&new=                 -> {"old", "new", "hashes": [base64]}
    GET /audit/keys                                        -> {"keys": ["name+hash+base64", ...]}

Everything returned is already in the log (fingerprints, never values); auditors verify it with
`guanqia audit verify` and the published keys, trusting nothing the proxy says.
"""

from __future__ import annotations

import base64
from dataclasses import asdict
from typing import Any, Awaitable, Callable

from aiohttp import web

from proxy.errors import BadRequest, GuanqiaError

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
FILTERS = ("since", "until", "tenant", "vendor", "region", "action", "rule", "entity_type", "data_class",
           "request_id")


def add_routes(app: web.Application) -> None:
    app.router.add_get("/audit/records", _auditor(records))
    app.router.add_get("/audit/checkpoint", _auditor(checkpoint))
    app.router.add_get("/audit/proof/inclusion", _auditor(inclusion))
    app.router.add_get("/audit/proof/consistency", _auditor(consistency))
    app.router.add_get("/audit/keys", _auditor(keys))


def _auditor(handler: Handler) -> Handler:
    async def wrapped(request: web.Request) -> web.StreamResponse:
        from proxy.ops import openai_error
        from proxy.pipeline import GATEWAY
        try:
            request.app[GATEWAY].keyring.authenticate(request.headers, "auditor")
            return await handler(request)
        except GuanqiaError as error:
            return openai_error(error)
        except ValueError as error:  # the log rejects a bad time, cursor or tree size with ValueError
            return openai_error(BadRequest("invalid-parameter", str(error)[:200]))
    return wrapped


def _log(request: web.Request) -> Any:
    from proxy.ops import AUDIT_LOG
    return request.app[AUDIT_LOG]


def _int(request: web.Request, name: str, default: int | None = None) -> int:
    raw = request.query.get(name)
    if raw is None:
        if default is None:
            raise BadRequest("missing-parameter", f"Query parameter {name} is required.")
        return default
    try:
        value = int(raw)
    except ValueError:
        raise BadRequest("invalid-parameter", f"Query parameter {name} must be an integer.") from None
    if value < 0:
        raise BadRequest("invalid-parameter", f"Query parameter {name} must not be negative.")
    return value


async def records(request: web.Request) -> web.Response:
    from audit.query import QueryFilters
    from proxy.ops import json_response
    unknown = set(request.query) - set(FILTERS) - {"limit", "cursor"}
    if unknown:
        raise BadRequest("invalid-parameter", f"Unknown query parameter {sorted(unknown)[0]}.")
    filters = QueryFilters(**{k: request.query[k] for k in FILTERS if k in request.query})
    limit = min(_int(request, "limit", 100), 1000)
    rows, cursor = await _log(request).query(filters, limit=limit, cursor=request.query.get("cursor"))
    return json_response({"records": [{"index": i, "record": asdict(r)} for i, r in rows],
                          "next_cursor": cursor})


async def checkpoint(request: web.Request) -> web.Response:
    note = await _log(request).latest_checkpoint()
    return web.Response(body=note, content_type="text/plain", charset="utf-8")


async def inclusion(request: web.Request) -> web.Response:
    from proxy.ops import json_response
    index, size = _int(request, "index"), _int(request, "size")
    if index >= size:
        raise BadRequest("invalid-parameter", "index must be smaller than size.")
    proof = await _log(request).inclusion_proof(index, size)
    return json_response({"index": index, "size": size, "hashes": [base64.b64encode(h).decode() for h in proof]})


async def consistency(request: web.Request) -> web.Response:
    from proxy.ops import json_response
    old, new = _int(request, "old"), _int(request, "new")
    if old > new:
        raise BadRequest("invalid-parameter", "old must not exceed new.")
    proof = await _log(request).consistency_proof(old, new)
    return json_response({"old": old, "new": new, "hashes": [base64.b64encode(h).decode() for h in proof]})


async def keys(request: web.Request) -> web.Response:
    from proxy.ops import json_response
    return json_response({"keys": list(_log(request).public_keys())})

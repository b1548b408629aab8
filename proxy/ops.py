"""Operations endpoints and lifecycle: /healthz, /readyz, /metrics, /v1/models, the scan API, policy reload.

Graceful shutdown lives in `serve()`: SIGTERM marks the proxy draining (readyz turns 503 so the load
balancer stops sending), stops accepting, lets in-flight requests and streams finish up to the drain
deadline, then closes stores (final audit checkpoint). SIGHUP reloads the policy.
"""

from __future__ import annotations

import asyncio
import functools
import gc
import logging
import signal
from typing import Any, Awaitable, Callable

import orjson
from aiohttp import web

from proxy.config import Config
from proxy.logs import safe_exception
from proxy.errors import BadRequest, GuanqiaError, NotFound
from proxy.inspection import INLINE_CHARS
from proxy.pipeline import GATEWAY
from proxy.telemetry import Telemetry

CONFIG: web.AppKey[Config] = web.AppKey("config", Config)
TELEMETRY: web.AppKey[Telemetry] = web.AppKey("telemetry", Telemetry)
POLICY_HOLDER: web.AppKey[Any] = web.AppKey("policy_holder", object)
AUDIT_LOG: web.AppKey[Any] = web.AppKey("audit_log", object)

log = logging.getLogger("guanqia.ops")


def add_routes(app: web.Application) -> None:
    """The operations routes, then (last) the catch-all that answers unknown paths and methods."""
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/readyz", readyz)
    app.router.add_get("/metrics", metrics)
    app.router.add_get("/v1/models", guarded(models))
    app.router.add_post("/v1/guanqia/scan", guarded(scan))
    from proxy import audit_api
    audit_api.add_routes(app)
    app.router.add_route("*", "/{tail:.*}", unexpected_path)


def json_response(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    return web.Response(body=orjson.dumps(data), status=status, content_type="application/json",
                        headers=headers)


def openai_error(error: GuanqiaError, request_id: str = "") -> web.Response:
    body = {"error": {"message": error.message, "type": error.error_type, "param": None, "code": error.code}}
    headers = {"x-request-id": request_id} if request_id else None
    return json_response(body, error.status, headers)


def guarded(handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
            ) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
    """A handler whose refusals (GuanqiaError) answer in the OpenAI error shape with a request id.

    Per handler rather than an app middleware: a middleware wraps every request, the proxied calls too
    (~5 us each), and those already answer every error in their own protocol."""
    @functools.wraps(handler)
    async def wrapped(request: web.Request) -> web.StreamResponse:
        try:
            return await handler(request)
        except GuanqiaError as error:
            return _error_response(request, error)
    return wrapped


async def unexpected_path(request: web.Request) -> web.StreamResponse:
    """The catch-all route (registered last, so every real route matches first): an unknown path is a
    404 and a known path with another method a 405, in the OpenAI error shape instead of aiohttp's
    text pages, and with a request id the caller can quote."""
    allowed: set[str] = set()
    for resource in request.app.router.resources():
        if resource is not request.match_info.route.resource:
            allowed |= (await resource.resolve(request))[1]
    error = GuanqiaError("method-not-allowed", "Method not allowed for this endpoint.", status=405) if allowed \
        else NotFound("unknown-path", "No such endpoint.")
    return _error_response(request, error)


def _error_response(request: web.Request, error: GuanqiaError) -> web.Response:
    from proxy.exchange import request_id_from
    return openai_error(error, request_id_from(request.headers.get("x-request-id")))


async def healthz(request: web.Request) -> web.Response:
    return json_response({"status": "alive"})


async def readyz(request: web.Request) -> web.Response:
    """Ready when config and policy are loaded, the audit store is writable and we are not draining."""
    app = request.app
    detail: dict[str, Any] = {"config": app[CONFIG].source}
    ready = True
    gw = app.get(GATEWAY)
    if gw is None:
        return json_response({"status": "starting", **detail}, 503)
    holder = app[POLICY_HOLDER]
    policy = holder.current
    detail["policy"] = {"id": policy.ref.id, "version": policy.ref.version, "sha256": policy.ref.sha256,
                        "last_reload_error": getattr(holder, "last_error", None) or None}
    try:
        detail["audit"] = await app[AUDIT_LOG].readiness()
    except Exception:
        detail["audit"] = {"ok": False}
    if not gw.audit.healthy:
        ready = False
    if gw.draining:
        ready = False
        detail["draining"] = True
    return json_response({"status": "ready" if ready else "not-ready", **detail}, 200 if ready else 503)


async def metrics(request: web.Request) -> web.Response:
    registry = request.app[TELEMETRY].registry
    if registry is None:
        return openai_error(NotFound("metrics-disabled", "Prometheus metrics are disabled in the config."))
    from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
    return web.Response(body=generate_latest(registry), headers={"Content-Type": CONTENT_TYPE_LATEST})


async def models(request: web.Request) -> web.Response:
    """The models this client may use, in OpenAI's list shape (Anthropic SDKs accept it too)."""
    gw = request.app[GATEWAY]
    client = gw.keyring.authenticate(request.headers, "client")
    names = gw.router.models_for(client)
    data = [{"id": m, "object": "model", "created": 0, "owned_by": "guanqia", "type": "model",
             "display_name": m, "created_at": "1970-01-01T00:00:00Z"} for m in names]
    return json_response({"object": "list", "data": data, "has_more": False,
                          "first_id": names[0] if names else None, "last_id": names[-1] if names else None})


async def scan(request: web.Request) -> web.Response:
    """POST {"text": "..."} with a security-role key: the findings `guanqia scan` prints, never values."""
    gw = request.app[GATEWAY]
    gw.keyring.authenticate(request.headers, "security")
    from proxy.body import read_json_body
    body = await read_json_body(request, gw.config.limits.max_body_bytes)
    try:
        data = orjson.loads(body)
    except orjson.JSONDecodeError:
        raise BadRequest("invalid-json", "The body is not valid JSON.") from None
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        raise BadRequest("missing-field", "Send {\"text\": \"...\"}.")
    policy = gw.policies.current
    scanner = gw.scanner_for(policy)
    if scanner is None:
        raise GuanqiaError("inspection-disabled", "Inspection is disabled in this proxy's config.", status=409)
    text = data["text"]
    if len(text) > INLINE_CHARS:    # a big text off the loop, like a big prompt (docs/operations.md)
        findings = await gw.inspection_pool.run(scanner.scan, text, chars=len(text))
    else:
        findings = scanner.scan(text)
    return json_response({"findings": [
        {**f.to_json(), "data_class": policy.data_class(f.type)} for f in findings]})


async def watch_policy(holder: Any, telemetry: Telemetry, interval: float = 1.0) -> None:
    """Poll the policy file; a failed reload keeps the old policy and counts in a metric."""
    failures = getattr(holder, "failures", 0)
    while True:
        await asyncio.sleep(interval)
        try:
            holder.reload()
        except Exception:
            log.error("policy-reload-crashed", extra={"error": safe_exception()})
            telemetry.policy_reload_failures.add(1)
        now = getattr(holder, "failures", 0)
        if now > failures:
            telemetry.policy_reload_failures.add(now - failures)
            log.error("policy-reload-failed", extra={"reason": "invalid policy kept out; previous policy serves"})
        failures = now


def install_signal_handlers(loop: asyncio.AbstractEventLoop, app: web.Application,
                            stop: asyncio.Event) -> None:
    def on_term() -> None:
        gw = app.get(GATEWAY)
        if gw is not None:
            gw.draining = True
        stop.set()

    def on_hup() -> None:
        holder = app.get(POLICY_HOLDER)
        if holder is not None:
            ok = holder.reload(force=True)
            log.info("policy-reload", extra={"reason": "SIGHUP", "status": "ok" if ok else "kept-previous"})

    loop.add_signal_handler(signal.SIGTERM, on_term)
    loop.add_signal_handler(signal.SIGINT, on_term)
    loop.add_signal_handler(signal.SIGHUP, on_hup)


YOUNG_GC_THRESHOLD = 10_000
"""Allocations (net) between young-generation collections once serving; Python's default is 700."""


def settle_heap() -> None:
    """Once start-up is done: what it built (config, policy, detectors, modules) lives until exit, so it
    is moved out of the collector's sight (`gc.freeze`) instead of being re-scanned by every full
    collection; and the young generation is collected per 10,000 net allocations rather than 700, so a
    request (a few hundred objects, nearly all freed by reference counting) no longer pays for a
    collection every few requests. Cycles are still collected, only less often."""
    gc.collect()
    gc.freeze()
    _, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_GC_THRESHOLD, middle, old)


def make_runner(app: web.Application, config: Config) -> web.AppRunner:
    """The server settings every way of running the proxy shares (serve, the test harness, benches):
    cancel handlers of vanished clients, decode bodies ourselves, header limits, drain deadline."""
    return web.AppRunner(app, handler_cancellation=True, auto_decompress=False, access_log=None,
                         max_field_size=config.limits.max_header_bytes,
                         max_line_size=config.limits.max_header_bytes,
                         shutdown_timeout=config.limits.drain_seconds)


class ListenError(Exception):
    """The listening socket could not be bound; other start-up OSErrors (files, keys) are not this."""


async def serve(config: Config, *, ready: Callable[[str], None] | None = None) -> None:
    """Run until SIGTERM/SIGINT, then drain for up to `limits.drain_seconds`."""
    from proxy.app import build_app
    runner = make_runner(build_app(config), config)
    app = runner.app
    await runner.setup()
    site = web.TCPSite(runner, config.host, config.port, backlog=1024, reuse_address=True)
    try:
        await site.start()
    except OSError as error:
        await runner.cleanup()
        raise ListenError(error.strerror or str(error)) from error
    settle_heap()
    stop = asyncio.Event()
    install_signal_handlers(asyncio.get_running_loop(), app, stop)
    if ready is not None:
        ready(site.name)
    try:
        await stop.wait()
    finally:
        log.info("draining", extra={"reason": "signal", "count": 0})
        await runner.cleanup()

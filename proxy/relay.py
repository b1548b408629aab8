"""Relay: answers, vendor failures and refusals back to the client — each audited before the last byte.

Streamed answers are written event by event as they arrive (restored through the adapter's rewriter);
only the protocol's terminating event is held until the audit record is durable. If the client goes
away, the upstream read is abandoned (which cancels the vendor call) and the record says so.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

import aiohttp
import orjson
from aiohttp import web
from multidict import CIMultiDict

from proxy.errors import AuditUnavailable, GuanqiaError
from proxy.exchange import Exchange
from proxy.gateway import Gateway
from proxy.inspection import INLINE_CHARS
from proxy.protocols.base import ProtocolAdapter, Restorer, SseEvent
from proxy.sse import SseDecoder
from proxy.upstream import Answer, scrub, vendor_error_message

log = logging.getLogger("guanqia.access")
audit_log = logging.getLogger("guanqia.audit")

TERMINAL_EVENTS = frozenset({"message_stop", "response.completed", "response.failed", "response.incomplete"})


def is_terminal(event: SseEvent) -> bool:
    return event.data == "[DONE]" or event.event in TERMINAL_EVENTS


async def audit(gw: Gateway, ex: Exchange) -> None:
    """Append the exchange's record and wait until it is durable; raise AuditUnavailable otherwise."""
    if ex.audited:
        return
    ex.audited = True
    start = time.perf_counter()
    with gw.telemetry.stage(ex, "audit"):
        try:
            await gw.audit.append_leaf(ex.to_leaf())
        except Exception:
            audit_log.error("audit-append-failed", extra={"request_id": ex.request_id})
            raise AuditUnavailable("audit-unavailable", "The audit store is unavailable; retry later.") from None
    gw.telemetry.audit_lag.record((time.perf_counter() - start) * 1000.0)


async def audit_quietly(gw: Gateway, ex: Exchange) -> None:
    """For exchanges that already failed: record what we can, never raise."""
    try:
        await audit(gw, ex)
    except GuanqiaError:
        pass


def _headers(ex: Exchange, extra: dict[str, str] | None = None) -> dict[str, str]:
    out = {"x-request-id": ex.request_id}
    if extra:
        out.update(extra)
    return out


async def refuse(request: web.Request, gw: Gateway, ex: Exchange, adapter: ProtocolAdapter,
                 error: GuanqiaError) -> web.Response:
    ex.status = error.status
    ex.error_code = error.code
    await audit_quietly(gw, ex)
    body = adapter.error_body(error.status, error.error_type, error.code, error.message, ex.request_id)
    ex.bytes_out = len(body)
    return web.Response(status=error.status, body=body, content_type="application/json",
                        headers=_headers(ex, error.headers))


async def vendor_failure(request: web.Request, gw: Gateway, ex: Exchange, adapter: ProtocolAdapter,
                         answer: Answer) -> web.Response:
    """The last candidate's own error (429, 5xx), passed through with its message and without credentials."""
    assert ex.target is not None
    body = scrub(await answer.read(), ex.target.vendor)
    ex.status = answer.status
    ex.error_code = "upstream-rate-limited" if answer.status == 429 else "upstream-error"
    return await _vendor_error_response(gw, ex, adapter, answer, body)


async def _vendor_error_response(gw: Gateway, ex: Exchange, adapter: ProtocolAdapter, answer: Answer,
                                 body: bytes) -> web.Response:
    message = vendor_error_message(body) or f"The vendor answered with status {answer.status}."
    out = adapter.error_body(answer.status, "api_error" if answer.status >= 500 else "invalid_request_error",
                             ex.error_code, message, ex.request_id)
    extra = {k: v for k, v in answer.headers.items() if k.lower() == "retry-after"}
    ex.bytes_out = len(out)
    await audit_quietly(gw, ex)
    return web.Response(status=answer.status, body=out, content_type="application/json",
                        headers=_headers(ex, extra))


async def answer(request: web.Request, gw: Gateway, ex: Exchange, adapter: ProtocolAdapter,
                 answer: Answer, restorer: Restorer | None) -> web.StreamResponse:
    assert ex.target is not None
    if answer.status >= 400:
        body = scrub(await answer.read(), ex.target.vendor)
        ex.status = answer.status
        ex.error_code = "vendor-error"
        return await _vendor_error_response(gw, ex, adapter, answer, body)
    if answer.streamed:
        return await _stream(request, gw, ex, adapter, answer, restorer)
    with gw.telemetry.stage(ex, "stream"):
        try:
            raw = await answer.read()
        except (aiohttp.ClientError, OSError, asyncio.TimeoutError):
            answer.close()
            raise_upstream_broken()
        decoded = _require_json_object(raw)
        if restorer is not None and len(raw) > INLINE_CHARS:
            # a big answer under response rules is scanned off the loop, like a big prompt (docs/operations.md)
            body, usage = await gw.inspection_pool.run(adapter.restore_body, raw, restorer, decoded,
                                                        chars=len(raw))
        else:
            body, usage = adapter.restore_body(raw, restorer, decoded)
    ex.prompt_tokens, ex.completion_tokens = usage.prompt_tokens, usage.completion_tokens
    ex.status = answer.status
    ex.bytes_out = len(body)
    await audit(gw, ex)
    return web.Response(status=answer.status, body=body, headers=_answer_headers(ex, answer))


def _answer_headers(ex: Exchange, answer: Answer) -> CIMultiDict[str]:
    """The vendor's forwarded headers (upstream.FORWARDED_RESPONSE_*; its first Content-Type, else JSON's)
    and our request id, as one copy of the answer's case-insensitive dict: a plain dict built by a
    comprehension, merged and converted again by the Response cost ~1.5 us more (docs/benchmarks.md,
    fourteenth round)."""
    headers = answer.headers.copy()
    headers["Content-Type"] = headers.get("content-type", "application/json")  # one, as before
    headers["x-request-id"] = ex.request_id
    return headers


def _require_json_object(raw: bytes) -> dict[str, Any]:
    """The answer decoded (handed on to `restore_body`, which then does not decode it again).

    A 200 that is not a JSON object (an HTML error page, a truncated body) is the vendor's failure,
    not an answer: relaying it would hand the client junk (and unrestored pseudonyms) as a success."""
    try:
        decoded = orjson.loads(raw)
    except orjson.JSONDecodeError:
        decoded = None
    if not isinstance(decoded, dict):
        from proxy.errors import UpstreamError
        raise UpstreamError("upstream-bad-response", "The vendor's answer was not valid JSON.")
    return decoded


def raise_upstream_broken() -> None:
    from proxy.errors import UpstreamError
    raise UpstreamError("upstream-broken", "The vendor connection broke before the answer was complete.")


async def _stream(request: web.Request, gw: Gateway, ex: Exchange, adapter: ProtocolAdapter,
                  answer: Answer, restorer: Restorer | None) -> web.StreamResponse:
    ex.streamed = True
    response = _EventStream(status=answer.status, headers=_headers(ex, {
        "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-cache",
        "X-Accel-Buffering": "no"}))
    decoder = SseDecoder()
    rewriter = adapter.event_rewriter(restorer)
    held: list[SseEvent] = []
    seen_events = 0
    # Without a restorer the rewriter only watches (EventRewriter's contract), so plain data events can
    # go out as the bytes they arrived in instead of being decoded and re-encoded.
    passthrough = restorer is None
    ex.status = answer.status
    try:
        with gw.telemetry.stage(ex, "stream"):
            await response.prepare(request)
            try:
                async for chunk in answer.chunks():
                    plain = b""
                    if passthrough and not held:
                        plain, count, chunk = decoder.take_plain(chunk)
                        seen_events += count
                    events = decoder.feed(chunk)
                    seen_events += len(events)
                    await _emit(response, ex, [e for ev in events for e in rewriter.rewrite(ev)], held, plain)
                tail = decoder.close()
                seen_events += len(tail)
                await _emit(response, ex, [e for ev in tail for e in rewriter.rewrite(ev)], held)
                await _emit(response, ex, rewriter.finish(), held)
            except GuanqiaError as error:   # a response rule refused the answer (or could not inspect it)
                ex.error_code, ex.status = error.code, error.status
                await audit_quietly(gw, ex)
                await _write_error(response, adapter, ex, error.message, error.error_type)
                return response
            except (aiohttp.ClientPayloadError, aiohttp.ServerDisconnectedError, aiohttp.ClientOSError,
                    asyncio.TimeoutError) as exc:
                ex.error_code = "upstream-timeout" if isinstance(exc, asyncio.TimeoutError) else "upstream-reset"
                ex.status = 502
                await audit_quietly(gw, ex)
                await _write_error(response, adapter, ex, "The vendor stream broke off; the answer is incomplete.")
                return response
            if not seen_events:
                ex.error_code, ex.status = "upstream-bad-response", 502
                await audit_quietly(gw, ex)
                await _write_error(response, adapter, ex, "The vendor sent no events; there is no answer.")
                return response
        usage = rewriter.usage
        ex.prompt_tokens, ex.completion_tokens = usage.prompt_tokens, usage.completion_tokens
        try:
            await audit(gw, ex)
        except AuditUnavailable as error:
            ex.error_code, ex.status = error.code, error.status
            await _write_error(response, adapter, ex, error.message)
            return response
        data = b"".join(event.encode() for event in held)
        ex.bytes_out += len(data)
        await response.write_eof(data)   # the held terminal event and the end of the body: one write
    except (ConnectionResetError, aiohttp.ClientConnectionResetError):
        ex.error_code = "client-disconnected"
        ex.status = 499
        await audit_quietly(gw, ex)
    finally:
        answer.close()
    return response


class _EventStream(web.StreamResponse):
    """An event-stream response whose status and headers leave with its first bytes (one write, not two);
    the first bytes are the first events, so nothing reaches the client later than before."""

    _send_headers_immediately = False


async def _emit(response: web.StreamResponse, ex: Exchange, events: list[SseEvent],
                held: list[SseEvent], plain: bytes = b"") -> None:
    """Forward what one upstream chunk produced in one write, as it arrived (`plain`: events passed
    through as raw bytes, which come first); the terminal event (and anything after it) is held until
    the audit record is durable."""
    out: list[bytes] = [plain] if plain else []
    for event in events:
        if held or is_terminal(event):
            held.append(event)
        else:
            out.append(event.encode())
    if out:
        data = b"".join(out)
        ex.bytes_out += len(data)
        await response.write(data)


async def _write_error(response: web.StreamResponse, adapter: ProtocolAdapter, ex: Exchange,
                       message: str, error_type: str = "api_error") -> None:
    """End a broken stream with the protocol's error event and no terminating event."""
    events = adapter.error_events(error_type, ex.error_code or "upstream-reset", message, ex.request_id)
    try:
        await response.write(b"".join(event.encode() for event in events))
        await response.write_eof()
    except (ConnectionResetError, aiohttp.ClientConnectionResetError):
        pass


def access_log(ex: Exchange) -> None:
    if not log.isEnabledFor(logging.INFO):
        return
    counts: dict[str, int] = {}
    for _, f in ex.flat_findings:
        counts[f.type] = counts.get(f.type, 0) + 1
    log.info("request", extra={
        "request_id": ex.request_id, "tenant": ex.client.tenant if ex.client else "",
        "key_id": ex.client.key_id if ex.client else "", "endpoint": ex.endpoint,
        "model": ex.call.model if ex.call else "", "vendor": ex.target.vendor.name if ex.target else "",
        "region": ex.target.vendor.region if ex.target else "",
        "action": str(ex.decision.action) if ex.decision else "", "rule": ex.decision.rule if ex.decision else "",
        "status": ex.status, "upstream_status": ex.upstream_status, "latency_ms": round(ex.elapsed_ms(), 3),
        "stages_ms": {k: round(v, 3) for k, v in ex.stage_ms.items()}, "bytes_in": ex.bytes_in,
        "bytes_out": ex.bytes_out, "streamed": ex.streamed, "findings": counts, "error": ex.error_code,
        "attempts": ex.attempts,
    })

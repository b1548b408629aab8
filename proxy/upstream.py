"""Upstream: sends a rebuilt request to one vendor endpoint and hands back its answer, headers first.

Two implementations of one interface: `HttpUpstream` (real vendors over aiohttp, one connection pool per
vendor, connect / first-byte / total timeouts, credentials added here and nowhere else) and the in-process
echo vendor. Failover decisions live in the pipeline; this module only classifies outcomes.
"""

from __future__ import annotations

import asyncio
import email.utils
import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import AsyncIterator, Mapping, Protocol
from urllib.parse import quote

import aiohttp
from multidict import CIMultiDict

from proxy.config import Vendor
from proxy.errors import UpstreamError, UpstreamTimeout
from proxy.protocols.base import Call, ProtocolAdapter, SseEvent
from proxy.routing import Target

USER_AGENT = "guanqia/0.1"
# Headers a client may send that the vendor needs; everything else (the client's own key included) stays here.
FORWARDED_REQUEST_HEADERS = ("anthropic-version", "anthropic-beta", "openai-beta", "accept-language")
# Headers of the vendor's answer the client may see. No cookies, no vendor ids that could carry credentials.
FORWARDED_RESPONSE_HEADERS = ("content-type", "retry-after", "anthropic-version")
FORWARDED_RESPONSE_PREFIXES = ("x-ratelimit-", "anthropic-ratelimit-")
RETRYABLE_STATUS = frozenset({429, 500, 502, 503, 504, 529})


class Retryable(Exception):
    """The vendor could not take the call (connect error, 5xx, 429): another candidate may.

    `answer` holds the vendor's own error answer (already read) when there was one, so the last failure
    can be passed through to the client.
    """

    def __init__(self, code: str, answer: Answer | None = None, retry_after: float | None = None) -> None:
        super().__init__(code)
        self.code = code
        self.answer = answer
        self.retry_after = retry_after


@dataclass
class Answer:
    """A vendor answer whose headers have arrived; the body is read or streamed by the caller."""

    status: int
    headers: CIMultiDict[str]
    streamed: bool
    _body: bytes | None = field(default=None, repr=False)
    _chunks: AsyncIterator[bytes] | None = field(default=None, repr=False)
    _response: aiohttp.ClientResponse | None = field(default=None, repr=False)

    async def read(self) -> bytes:
        if self._body is None:
            assert self._response is not None
            self._body = await self._response.read()
        return self._body

    def chunks(self) -> AsyncIterator[bytes]:
        """The body as it arrives: the underlying iterator itself (no generator layer per chunk)."""
        if self._chunks is not None:
            return self._chunks
        if self._response is not None:
            return self._response.content.iter_any()
        return _whole(self._body)

    def close(self) -> None:
        """Release (or abort, if unread) the upstream connection; cancels an in-flight vendor stream."""
        if self._response is not None:
            self._response.close()


async def _whole(body: bytes | None) -> AsyncIterator[bytes]:
    if body:
        yield body


class Upstream(Protocol):
    async def send(self, target: Target, adapter: ProtocolAdapter, call: Call, body: bytes,
                   headers: Mapping[str, str], path: str) -> Answer:
        """Return the answer once headers arrived; raise Retryable, UpstreamError or UpstreamTimeout."""
        ...


class EchoUpstream:
    """The built-in echo vendors: answer with exactly the body that would have left the building."""

    async def send(self, target: Target, adapter: ProtocolAdapter, call: Call, body: bytes,
                   headers: Mapping[str, str], path: str) -> Answer:
        out = adapter.echo(call, body, target.model)
        if isinstance(out, bytes):
            return Answer(200, CIMultiDict({"content-type": "application/json"}), False, _body=out)
        return Answer(200, CIMultiDict({"content-type": "text/event-stream"}), True, _chunks=_events(out))


async def _events(events: list[SseEvent]) -> AsyncIterator[bytes]:
    for event in events:
        yield event.encode()
        await asyncio.sleep(0)


class HttpUpstream:
    """Real vendors. One ClientSession (connection pool) per vendor, created lazily, closed at shutdown."""

    def __init__(self) -> None:
        self._sessions: dict[str, aiohttp.ClientSession] = {}

    def _session(self, vendor: Vendor) -> aiohttp.ClientSession:
        session = self._sessions.get(vendor.name)
        if session is None or session.closed:
            t = vendor.timeouts
            session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=vendor.max_connections, ttl_dns_cache=300),
                timeout=aiohttp.ClientTimeout(total=t.total, sock_connect=t.connect, connect=t.connect),
                # No skip_auto_headers: upstream_headers always sets User-Agent (and Content-Type, Accept),
                # and a skip list costs every request two header-dict copies inside aiohttp.
                auto_decompress=True, trust_env=False,
                # A vendor's cookies would be replayed for every tenant sharing this pool; keeping none
                # also spares the jar's per-request filtering and parsing.
                cookie_jar=aiohttp.DummyCookieJar(),
            )
            self._sessions[vendor.name] = session
        return session

    async def close(self) -> None:
        for session in self._sessions.values():
            await session.close()
        self._sessions.clear()

    async def send(self, target: Target, adapter: ProtocolAdapter, call: Call, body: bytes,
                   headers: Mapping[str, str], path: str) -> Answer:
        vendor = target.vendor
        url = upstream_url(vendor, path, target.model)
        out_headers = upstream_headers(vendor, headers)
        session = self._session(vendor)
        task = asyncio.current_task()
        assert task is not None
        expiry = _Expiry(task)
        timer = task.get_loop().call_later(vendor.timeouts.first_byte, expiry)
        try:
            response = await session.post(url, data=body, headers=out_headers, allow_redirects=False)
        except asyncio.CancelledError:
            if expiry.fired and task.uncancel() <= expiry.cancelling:
                raise UpstreamTimeout("upstream-timeout", "The vendor did not answer in time.") from None
            raise
        except TimeoutError:
            raise UpstreamTimeout("upstream-timeout", "The vendor did not answer in time.") from None
        except (aiohttp.ClientConnectionError, OSError):
            raise Retryable("upstream-unreachable") from None
        except aiohttp.ClientError:
            raise Retryable("upstream-unreachable") from None
        else:
            if expiry.fired:        # the headers won the race against the deadline: withdraw its cancel
                task.uncancel()
        finally:
            timer.cancel()
        answer_headers = CIMultiDict[str]()
        for name, value in response.headers.items():
            lname = name.lower()
            if lname in FORWARDED_RESPONSE_HEADERS or lname.startswith(FORWARDED_RESPONSE_PREFIXES):
                answer_headers.add(name, value)
        streamed = response.content_type == "text/event-stream"
        answer = Answer(response.status, answer_headers, streamed, _response=response)
        if response.status in RETRYABLE_STATUS:
            try:
                await answer.read()
            except (aiohttp.ClientError, OSError, TimeoutError):
                answer._body = b""
            finally:
                response.release()
            raise Retryable("upstream-unavailable" if response.status != 429 else "upstream-rate-limited",
                            answer, _retry_after(response.headers.get("Retry-After")))
        return answer


class _Expiry:
    """The first-byte deadline: cancels the sending task when it passes, as `asyncio.timeout` would
    (same cancel, same `uncancel` bookkeeping in `send`), with one timer and none of its state machine:
    `asyncio.timeout` costs ~9 us a request under uvloop, this ~1.5 us."""

    __slots__ = ("fired", "cancelling", "_task")

    def __init__(self, task: asyncio.Task[object]) -> None:
        self.fired = False
        self.cancelling = task.cancelling()
        """Cancellations already requested before the deadline was set: those are not ours to absorb."""
        self._task = task

    def __call__(self) -> None:
        self.fired = True
        self._task.cancel()


def upstream_url(vendor: Vendor, path: str, model: str) -> str:
    """Vendor URL for an endpoint path such as "/v1/chat/completions" (the leading /v1 is the base_url's)."""
    suffix = path[3:] if path.startswith("/v1/") else path
    if vendor.protocol == "azure-openai" and vendor.api_version:
        deployment = quote(model, safe="")
        return f"{vendor.base_url}/deployments/{deployment}{suffix}?api-version={vendor.api_version}"
    return vendor.base_url + suffix


def upstream_headers(vendor: Vendor, client_headers: Mapping[str, str]) -> dict[str, str]:
    """Built from an allow-list, so nothing of the client's (its Guanqia key included) leaks upstream."""
    out = {"Content-Type": "application/json", "Accept": "application/json, text/event-stream",
           "User-Agent": USER_AGENT}
    for name in FORWARDED_REQUEST_HEADERS:
        value = client_headers.get(name)
        if value:
            out[name] = value
    if vendor.protocol == "anthropic":
        out.setdefault("anthropic-version", "2023-06-01")
    for name in ("traceparent", "tracestate", "x-request-id"):
        value = client_headers.get(name)
        if value:
            out[name] = value
    out.update(dict(vendor.headers))
    key = vendor.credential()
    if key:
        if vendor.auth == "bearer":
            out["Authorization"] = f"Bearer {key}"
        elif vendor.auth == "api-key":
            out["api-key"] = key
        else:
            out["x-api-key"] = key
    return out


def scrub(body: bytes, vendor: Vendor) -> bytes:
    """Remove the vendor's credential from an error body it sent back (some echo the key prefix)."""
    key = vendor.credential()
    if key and len(key) >= 8 and key.encode() in body:
        body = body.replace(key.encode(), b"[redacted-credential]")
    return body


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:  # RFC 9110 also allows an HTTP-date
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


def vendor_error_message(body: bytes) -> str:
    """The vendor's own error message, if its body is a recognisable JSON error."""
    try:
        data = json.loads(body)
    except ValueError:
        return ""
    if isinstance(data, dict):
        err = data.get("error")
        if isinstance(err, dict) and isinstance(err.get("message"), str):
            return str(err["message"])[:500]
        if isinstance(data.get("message"), str):
            return str(data["message"])[:500]
    return ""


__all__ = ["Answer", "EchoUpstream", "HttpUpstream", "Retryable", "Upstream", "UpstreamError", "scrub",
           "upstream_url", "upstream_headers", "vendor_error_message"]

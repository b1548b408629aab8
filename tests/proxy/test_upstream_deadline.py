"""The first-byte deadline of HttpUpstream.send: a late vendor is a 504, a caller's cancel stays a cancel."""

from __future__ import annotations

import asyncio
import time
from typing import AsyncIterator

import pytest
from aiohttp import web

from proxy.config import Timeouts, Vendor
from proxy.errors import UpstreamTimeout
from proxy.protocols import ENDPOINTS
from proxy.protocols.base import Call
from proxy.routing import Target
from proxy.upstream import HttpUpstream

ADAPTER = ENDPOINTS["/v1/chat/completions"]
CALL = Call("openai.chat", "m", False, {"model": "m", "messages": []})


class SlowVendor:
    """Answers after `delay` seconds (the request headers are allow-listed, so the test sets it here)."""

    def __init__(self) -> None:
        self.url = ""
        self.delay = 0.0


@pytest.fixture
async def slow_vendor() -> AsyncIterator[SlowVendor]:
    vendor = SlowVendor()

    async def chat(request: web.Request) -> web.Response:
        await asyncio.sleep(vendor.delay)
        return web.json_response({"choices": []})

    app = web.Application()
    app.router.add_post("/v1/chat/completions", chat)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        vendor.url = f"http://127.0.0.1:{port}/v1"
        yield vendor
    finally:
        await runner.cleanup()


def _target(slow: SlowVendor, first_byte: float, delay: float) -> Target:
    slow.delay = delay
    vendor = Vendor("slow", "openai", slow.url, "cn-mainland", "CN",
                    timeouts=Timeouts(connect=2, first_byte=first_byte, total=10))
    return Target(vendor, "m")


async def _send(up: HttpUpstream, target: Target) -> int:
    answer = await up.send(target, ADAPTER, CALL, b"{}", {}, "/v1/chat/completions")
    try:
        return answer.status
    finally:
        answer.close()


async def test_headers_in_time_leave_no_cancellation_behind(slow_vendor: SlowVendor) -> None:
    up = HttpUpstream()
    try:
        assert await _send(up, _target(slow_vendor, 2.0, 0.0)) == 200
        task = asyncio.current_task()
        assert task is not None and task.cancelling() == 0
        await asyncio.sleep(0)   # a leftover cancel request would raise here
    finally:
        await up.close()


async def test_late_headers_are_an_upstream_timeout(slow_vendor: SlowVendor) -> None:
    up = HttpUpstream()
    try:
        with pytest.raises(UpstreamTimeout):
            await _send(up, _target(slow_vendor, 0.2, 1.0))
        task = asyncio.current_task()
        assert task is not None and task.cancelling() == 0, "the deadline's own cancel is absorbed"
        await asyncio.sleep(0)
    finally:
        await up.close()


async def test_a_callers_cancel_is_not_turned_into_a_timeout(slow_vendor: SlowVendor) -> None:
    up = HttpUpstream()
    try:
        sending = asyncio.create_task(_send(up, _target(slow_vendor, 5.0, 1.0)))
        await asyncio.sleep(0.2)
        sending.cancel()
        with pytest.raises(asyncio.CancelledError):
            await sending
    finally:
        await up.close()


async def test_a_cancel_racing_the_deadline_stays_a_cancel(slow_vendor: SlowVendor) -> None:
    """The deadline passes and the caller cancels before the task runs again: still the caller's cancel."""
    up = HttpUpstream()
    try:
        sending = asyncio.create_task(_send(up, _target(slow_vendor, 0.2, 1.0)))
        await asyncio.sleep(0.1)
        asyncio.get_running_loop().call_later(0.15, sending.cancel)   # due just after the deadline
        time.sleep(0.3)      # the loop is blocked: both fall due and then run in that order
        with pytest.raises(asyncio.CancelledError):
            await sending
    finally:
        await up.close()

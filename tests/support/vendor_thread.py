"""A FakeVendor on a loopback port in a background thread, for tests that run `guanqia serve` as a process."""

from __future__ import annotations

import asyncio
import threading

from aiohttp import web

from tests.support.fake_vendor import FakeVendor


class VendorThread:
    def __init__(self) -> None:
        self.vendor = FakeVendor()
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, daemon=True, name="fake-vendor")
        self._runner: web.AppRunner | None = None
        self.url = ""

    def start(self) -> VendorThread:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self.loop).result(timeout=30)
        return self

    async def _start(self) -> None:
        self._runner = web.AppRunner(self.vendor.app, handler_cancellation=True, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.url = f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}"  # type: ignore[union-attr]

    def stop(self) -> None:
        if self._runner is not None:
            asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self.loop).result(timeout=30)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(timeout=10)
        self.loop.close()

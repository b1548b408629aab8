"""A vendor that answers with exactly the bytes a test scripts, on a raw socket: garbage, truncated bodies,
wrong content types, junk SSE lines, connections closed mid-answer. aiohttp's own server would refuse to
misbehave this way, so this one speaks HTTP/1.1 by hand."""

from __future__ import annotations

import asyncio
import threading
from dataclasses import dataclass, field


@dataclass
class Raw:
    parts: list[bytes]
    """Written in order, `gap` seconds apart; the connection is closed after the last one."""
    gap: float = 0.0


@dataclass
class RawVendor:
    scripts: list[Raw] = field(default_factory=list)
    requests: list[bytes] = field(default_factory=list)
    """Every request received (head and body), as raw bytes."""
    port: int = 0

    def __post_init__(self) -> None:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True, name="raw-vendor")
        self._server: asyncio.Server | None = None
        self._handlers: set[asyncio.Task[None]] = set()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> RawVendor:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self._loop).result(timeout=10)
        return self

    async def _start(self) -> None:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._handlers.add(task)
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n"):
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value.strip())
            body = await reader.readexactly(length)
            self.requests.append(head + body)
            script = self.scripts.pop(0) if self.scripts else Raw([ok_json(b'{"error": "unscripted"}', 500)])
            for n, part in enumerate(script.parts):
                if n and script.gap:
                    await asyncio.sleep(script.gap)
                writer.write(part)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.CancelledError):
            pass
        finally:
            self._handlers.discard(task)
            writer.close()

    def stop(self) -> None:
        async def _stop() -> None:
            """Cancel answers still in progress (a scripted stall) so nothing runs on a closed loop."""
            if self._server is not None:
                self._server.close()
            handlers = list(self._handlers)
            for task in handlers:
                task.cancel()
            await asyncio.gather(*handlers, return_exceptions=True)
        asyncio.run_coroutine_threadsafe(_stop(), self._loop).result(timeout=10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._loop.close()


def ok_json(body: bytes, status: int = 200, content_type: str = "application/json",
            length: int | None = None, extra: str = "") -> bytes:
    """A complete HTTP/1.1 response head plus body; `length` may lie about the body size."""
    n = len(body) if length is None else length
    return (f"HTTP/1.1 {status} X\r\nContent-Type: {content_type}\r\nContent-Length: {n}\r\n{extra}"
            f"Connection: close\r\n\r\n").encode() + body


def sse_head(status: int = 200) -> bytes:
    return f"HTTP/1.1 {status} OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n".encode()

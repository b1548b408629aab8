"""A scriptable in-process vendor speaking OpenAI and Anthropic wire formats, for tests and benches.

Each request is recorded (headers and body as received) so tests can assert exactly what left the proxy.
Behaviour per request is scripted by pushing `Script`s; with none queued it answers normally.
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web
from multidict import CIMultiDict


@dataclass
class Script:
    status: int = 200
    delay: float = 0.0
    """Seconds before the response headers."""
    chunk_delay: float = 0.0
    reset_after: int | None = None
    """Streamed: drop the connection after this many events."""
    body: bytes | None = None
    """Raw body to answer with (garbage, vendor error JSON...)."""
    headers: dict[str, str] = field(default_factory=dict)
    reply: str | None = None
    """Reply text instead of the default."""
    tool_args: str | None = None
    """Answer with a tool call whose arguments are this JSON string."""


@dataclass
class Seen:
    path: str
    headers: CIMultiDict[str]
    """Case-insensitive, as HTTP headers are."""
    body: dict[str, Any]


class FakeVendor:
    def __init__(self) -> None:
        self.seen: list[Seen] = []
        self.scripts: list[Script] = []
        self.cancelled = 0
        self.completed_streams = 0
        self.app = web.Application()
        self.app.router.add_post("/v1/chat/completions", self.chat)
        self.app.router.add_post("/v1/messages", self.messages)
        self.app.router.add_post("/v1/embeddings", self.embeddings)

    def push(self, *scripts: Script) -> None:
        self.scripts.extend(scripts)

    def _next(self) -> Script:
        return self.scripts.pop(0) if self.scripts else Script()

    async def _record(self, request: web.Request) -> dict[str, Any]:
        body = await request.json()
        self.seen.append(Seen(request.path, CIMultiDict(request.headers), body))
        return body  # type: ignore[no-any-return]

    @staticmethod
    def _user_text(body: dict[str, Any]) -> str:
        msgs = body.get("messages") or []
        last = msgs[-1]["content"] if msgs else ""
        if isinstance(last, list):
            return "".join(p.get("text", "") for p in last if isinstance(p, dict))
        return str(last)

    async def chat(self, request: web.Request) -> web.StreamResponse:
        body = await self._record(request)
        script = self._next()
        await asyncio.sleep(script.delay)
        if script.body is not None or script.status != 200:
            return web.Response(status=script.status, body=script.body or b'{"error": {"message": "vendor says no", '
                                b'"type": "server_error"}}', headers=script.headers, content_type="application/json")
        reply = script.reply if script.reply is not None else "echo: " + self._user_text(body)
        if not body.get("stream"):
            message: dict[str, Any] = {"role": "assistant", "content": reply}
            if script.tool_args is not None:
                message = {"role": "assistant", "content": None, "tool_calls": [{
                    "id": "call_1", "type": "function",
                    "function": {"name": "lookup", "arguments": script.tool_args}}]}
            return web.json_response({
                "id": "chatcmpl-fake", "object": "chat.completion", "created": 1, "model": body["model"],
                "choices": [{"index": 0, "message": message, "finish_reason": "stop"}],
                "usage": {"prompt_tokens": 11, "completion_tokens": 7, "total_tokens": 18}})
        resp = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await resp.prepare(request)
        pieces = [reply[i:i + 3] for i in range(0, len(reply), 3)] or [""]
        try:
            for n, piece in enumerate(pieces):
                if script.reset_after is not None and n >= script.reset_after:
                    assert request.transport is not None
                    request.transport.close()
                    return resp
                delta: dict[str, Any] = {"content": piece} if n else {"role": "assistant", "content": piece}
                chunk = {"id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": 1,
                         "model": body["model"], "choices": [{"index": 0, "delta": delta, "finish_reason": None}]}
                await resp.write(f"data: {json.dumps(chunk, ensure_ascii=False)}\n\n".encode())
                await asyncio.sleep(script.chunk_delay)
            end = {"id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": 1, "model": body["model"],
                   "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}
            await resp.write(f"data: {json.dumps(end)}\n\n".encode())
            if (body.get("stream_options") or {}).get("include_usage"):
                usage = {"id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": 1,
                         "model": body["model"], "choices": [],
                         "usage": {"prompt_tokens": 11, "completion_tokens": 7, "total_tokens": 18}}
                await resp.write(f"data: {json.dumps(usage)}\n\n".encode())
            await resp.write(b"data: [DONE]\n\n")
            self.completed_streams += 1
        except asyncio.CancelledError:
            self.cancelled += 1
            raise
        except (ConnectionResetError, RuntimeError):
            self.cancelled += 1
            return resp
        return resp

    async def messages(self, request: web.Request) -> web.StreamResponse:
        body = await self._record(request)
        script = self._next()
        await asyncio.sleep(script.delay)
        if script.body is not None or script.status != 200:
            return web.Response(status=script.status, body=script.body or b'{"type": "error", "error": '
                                b'{"type": "api_error", "message": "vendor says no"}}', headers=script.headers,
                                content_type="application/json")
        reply = script.reply if script.reply is not None else "echo: " + self._user_text(body)
        if not body.get("stream"):
            return web.json_response({
                "id": "msg_fake", "type": "message", "role": "assistant", "model": body["model"],
                "content": [{"type": "text", "text": reply}], "stop_reason": "end_turn", "stop_sequence": None,
                "usage": {"input_tokens": 11, "output_tokens": 7}})
        resp = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await resp.prepare(request)

        async def send(event: str, data: dict[str, Any]) -> None:
            await resp.write(f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n".encode())
            await asyncio.sleep(script.chunk_delay)

        await send("message_start", {"type": "message_start", "message": {
            "id": "msg_fake", "type": "message", "role": "assistant", "model": body["model"], "content": [],
            "stop_reason": None, "stop_sequence": None, "usage": {"input_tokens": 11, "output_tokens": 0}}})
        await send("content_block_start", {"type": "content_block_start", "index": 0,
                                           "content_block": {"type": "text", "text": ""}})
        for i in range(0, len(reply), 3):
            await send("content_block_delta", {"type": "content_block_delta", "index": 0,
                                               "delta": {"type": "text_delta", "text": reply[i:i + 3]}})
        await send("content_block_stop", {"type": "content_block_stop", "index": 0})
        await send("message_delta", {"type": "message_delta", "delta": {"stop_reason": "end_turn",
                                     "stop_sequence": None}, "usage": {"output_tokens": 7}})
        await send("message_stop", {"type": "message_stop"})
        self.completed_streams += 1
        return resp

    async def embeddings(self, request: web.Request) -> web.Response:
        body = await self._record(request)
        inputs = body["input"] if isinstance(body["input"], list) else [body["input"]]
        return web.json_response({"object": "list", "model": body["model"], "data": [
            {"object": "embedding", "index": i, "embedding": [0.1, 0.2, 0.3]} for i in range(len(inputs))],
            "usage": {"prompt_tokens": 3, "total_tokens": 3}})

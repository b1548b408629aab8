"""A fast fake OpenAI-compatible vendor: fixed answers to chat completions, streamed or not.

Run as its own process (`python -m bench.common.fakevendor --port P`). It parses the JSON body (so
every proxy pays the same upstream cost a real vendor imposes: a full body read) and answers with a
fixed reply; streamed answers are `--chunks` SSE events followed by a finish event and `[DONE]`.
Nothing here inspects or stores the prompt.
"""

from __future__ import annotations

import argparse
import asyncio

import orjson
from aiohttp import web

REPLY = "好的，这是一个固定的基准测试回答。The quick brown fox jumps over the lazy dog. "


def _completion(model: str, reply: str) -> bytes:
    return orjson.dumps({
        "id": "chatcmpl-bench", "object": "chat.completion", "created": 1, "model": model,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": reply}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 100, "completion_tokens": 20, "total_tokens": 120}})


def _chunk(model: str, delta: dict[str, str], finish: str | None = None) -> bytes:
    return b"data: " + orjson.dumps({
        "id": "chatcmpl-bench", "object": "chat.completion.chunk", "created": 1, "model": model,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}) + b"\n\n"


class Vendor:
    """Pre-renders nothing per model: answers are cheap enough to build per request, like a real server."""

    def __init__(self, chunks: int, chunk_delay: float) -> None:
        self.chunks = chunks
        self.chunk_delay = chunk_delay

    async def chat(self, request: web.Request) -> web.StreamResponse:
        body = orjson.loads(await request.read())
        model = str(body.get("model", "bench-model"))
        if not body.get("stream"):
            return web.Response(body=_completion(model, REPLY), content_type="application/json")
        resp = web.StreamResponse(headers={"Content-Type": "text/event-stream", "Cache-Control": "no-cache"})
        await resp.prepare(request)
        step = max(1, len(REPLY) // self.chunks)
        pieces = [REPLY[i * step:(i + 1) * step] if i < self.chunks - 1 else REPLY[i * step:]
                  for i in range(self.chunks)]
        for n, piece in enumerate(pieces):
            await resp.write(_chunk(model, {"role": "assistant", "content": piece} if n == 0 else {"content": piece}))
            if self.chunk_delay:
                await asyncio.sleep(self.chunk_delay)
        await resp.write(_chunk(model, {}, "stop"))
        await resp.write(b"data: [DONE]\n\n")
        await resp.write_eof()
        return resp

    async def models(self, request: web.Request) -> web.Response:
        return web.json_response({"object": "list", "data": [{"id": "bench-model", "object": "model"}]})


async def healthz(request: web.Request) -> web.Response:
    return web.Response(text="ok")


def build(chunks: int, chunk_delay: float) -> web.Application:
    vendor = Vendor(chunks, chunk_delay)
    app = web.Application(client_max_size=64 * 1024 * 1024)
    for prefix in ("/v1", ""):
        app.router.add_post(f"{prefix}/chat/completions", vendor.chat)
        app.router.add_get(f"{prefix}/models", vendor.models)
    app.router.add_get("/healthz", healthz)
    return app


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--chunks", type=int, default=16, help="SSE content events per streamed answer")
    parser.add_argument("--chunk-delay", type=float, default=0.0, help="seconds between streamed events")
    args = parser.parse_args()
    try:
        import uvloop
        uvloop.install()
    except ImportError:
        pass
    web.run_app(build(args.chunks, args.chunk_delay), host=args.host, port=args.port, access_log=None,
                print=None, backlog=2048)


if __name__ == "__main__":
    main()

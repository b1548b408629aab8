"""The baseline: a bare aiohttp pass-through proxy with no auth, no parsing, no inspection, no audit.

It reads the request body, forwards it with one shared ClientSession and streams the answer back chunk
by chunk. This is the floor any aiohttp-based proxy stands on; Guanqia's "inspection off" throughput is
judged as a fraction of it, measured in the same run on the same machine.
"""

from __future__ import annotations

import argparse
from collections.abc import AsyncIterator

import aiohttp
from aiohttp import web

UPSTREAM = web.AppKey("upstream", str)
SESSION = web.AppKey("session", aiohttp.ClientSession)
HOP_BY_HOP = frozenset({"connection", "keep-alive", "transfer-encoding", "content-length", "host",
                        "content-encoding", "upgrade", "proxy-authorization", "te", "trailer"})


async def forward(request: web.Request) -> web.StreamResponse:
    body = await request.read()
    headers = {k: v for k, v in request.headers.items() if k.lower() not in HOP_BY_HOP}
    url = request.app[UPSTREAM] + request.rel_url.path_qs
    async with request.app[SESSION].post(url, data=body, headers=headers) as up:
        resp = web.StreamResponse(status=up.status, headers={
            k: v for k, v in up.headers.items() if k.lower() not in HOP_BY_HOP})
        await resp.prepare(request)
        async for chunk in up.content.iter_any():
            await resp.write(chunk)
        await resp.write_eof()
        return resp


async def _session(app: web.Application) -> AsyncIterator[None]:
    connector = aiohttp.TCPConnector(limit=1000, ttl_dns_cache=300)
    app[SESSION] = aiohttp.ClientSession(connector=connector, auto_decompress=False,
                                         timeout=aiohttp.ClientTimeout(total=600))
    yield
    await app[SESSION].close()


async def healthz(request: web.Request) -> web.Response:
    return web.Response(text="ok")


def build(upstream: str) -> web.Application:
    app = web.Application(client_max_size=64 * 1024 * 1024)
    app[UPSTREAM] = upstream.rstrip("/")
    app.cleanup_ctx.append(_session)
    app.router.add_post("/{tail:.*}", forward)
    app.router.add_get("/healthz", healthz)
    return app


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--upstream", required=True, help="base URL, e.g. http://127.0.0.1:9001")
    args = parser.parse_args()
    try:
        import uvloop
        uvloop.install()
    except ImportError:
        pass
    web.run_app(build(args.upstream), host=args.host, port=args.port, access_log=None, print=None,
                backlog=2048, auto_decompress=False)


if __name__ == "__main__":
    main()

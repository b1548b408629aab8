"""Load generator: its own process, one aiohttp client, closed-loop or fixed-rate, JSON results on stdout.

Closed loop (`--concurrency C --duration D`): C workers each send the next request as soon as the last
one finished; after `--warmup` seconds the latency of every request is kept. Fixed rate (`--rate R`):
requests start on a schedule regardless of answers (open loop, like real traffic), at most
`--max-inflight` at once; a start skipped because that cap is reached is counted as `shed`, the sign
that the rate is not sustainable. In rate mode a JSON line is printed every `--report-every` seconds.

Latency is request start to last byte; time to first byte (TTFB) is request start to the first body
bytes of a streamed answer. A streamed answer counts as an error unless it ends with `data: [DONE]`;
a plain one unless it is 200 with a `choices` list. Error details carry status codes and exception class
names, never bodies.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import aiohttp
import orjson

from bench.common.stats import summarize


@dataclass
class Window:
    """Results gathered since the last report."""

    latencies: list[float] = field(default_factory=list)
    ttfbs: list[float] = field(default_factory=list)
    errors: Counter[str] = field(default_factory=Counter)
    shed: int = 0
    started: float = field(default_factory=time.perf_counter)

    def report(self, now: float) -> dict[str, Any]:
        elapsed = max(now - self.started, 1e-9)
        out: dict[str, Any] = {"requests": len(self.latencies), "errors": sum(self.errors.values()),
                               "error_kinds": dict(self.errors), "shed": self.shed, "elapsed_s": elapsed,
                               "rps": len(self.latencies) / elapsed}
        out.update(summarize(self.latencies, "lat"))
        out.update(summarize(self.ttfbs, "ttfb"))
        return out


class Generator:
    def __init__(self, url: str, key: str, body_plain: bytes, body_stream: bytes, timeout: float) -> None:
        self.url = url
        self.headers = {"Authorization": f"Bearer {key}", "Content-Type": "application/json"}
        self.bodies = {False: body_plain, True: body_stream}
        self.timeout = aiohttp.ClientTimeout(total=timeout)
        self.window = Window()
        self.recording = False
        self.completed = 0
        """Every answered request, warm-up included: the denominator of CPU per request."""
        self.session: aiohttp.ClientSession | None = None

    async def one(self, stream: bool) -> None:
        assert self.session is not None
        start = time.perf_counter()
        ttfb = None
        try:
            async with self.session.post(self.url, data=self.bodies[stream], headers=self.headers,
                                         timeout=self.timeout) as resp:
                if stream:
                    tail = b""
                    async for chunk in resp.content.iter_any():
                        if ttfb is None:
                            ttfb = time.perf_counter() - start
                        tail = (tail + chunk)[-64:]
                    ok = resp.status == 200 and tail.rstrip().endswith(b"data: [DONE]")
                else:
                    data = await resp.read()
                    ok = resp.status == 200 and isinstance(orjson.loads(data).get("choices"), list)
                kind = "" if ok else f"status-{resp.status}" if resp.status != 200 else "bad-body"
        except Exception as exc:  # noqa: BLE001 - every failure is a data point, never a crash of the generator
            kind = type(exc).__name__
        end = time.perf_counter()
        self.completed += 1
        if not self.recording:
            return
        if kind:
            self.window.errors[kind] += 1
            return
        self.window.latencies.append(end - start)
        if ttfb is not None:
            self.window.ttfbs.append(ttfb)


async def closed_loop(gen: Generator, stream: bool, concurrency: int, warmup: float, duration: float) -> dict[str, Any]:
    stop_at = time.perf_counter() + warmup + duration

    async def worker() -> None:
        while time.perf_counter() < stop_at:
            await gen.one(stream)

    async def arm() -> None:
        await asyncio.sleep(warmup)
        gen.window = Window()
        gen.recording = True

    await asyncio.gather(arm(), *(worker() for _ in range(concurrency)))
    # Requests in flight at the deadline finish late; the window ends at the last completion.
    return gen.window.report(time.perf_counter())


async def fixed_rate(gen: Generator, rate: float, max_inflight: int, warmup: float, duration: float,
                     report_every: float) -> dict[str, Any]:
    """Alternate streamed and plain requests at `rate` per second; print a JSON line per window."""
    inflight: set[asyncio.Task[None]] = set()
    total = Window()
    start = time.perf_counter()
    gen.recording = True
    next_report = start + warmup + report_every
    armed = False
    n = 0
    while True:
        now = time.perf_counter()
        if not armed and now >= start + warmup:
            gen.window, armed = Window(), True
        if now >= start + warmup + duration:
            break
        due = start + n / rate
        if due > now:
            await asyncio.sleep(due - now)
            continue
        n += 1
        if armed and now >= next_report:
            _merge(total, gen.window)
            print(json.dumps({"window": gen.window.report(now), "inflight": len(inflight)}), flush=True)
            gen.window = Window()
            next_report += report_every
        if len(inflight) >= max_inflight:
            gen.window.shed += 1
            continue
        task = asyncio.create_task(gen.one(stream=n % 2 == 0))
        inflight.add(task)
        task.add_done_callback(inflight.discard)
    if inflight:
        await asyncio.wait(inflight)
    now = time.perf_counter()
    if gen.window.latencies or gen.window.errors:
        print(json.dumps({"window": gen.window.report(now), "inflight": 0}), flush=True)
    _merge(total, gen.window)
    total.started = start + warmup
    return total.report(now)


def _merge(into: Window, part: Window) -> None:
    into.latencies += part.latencies
    into.ttfbs += part.ttfbs
    into.errors.update(part.errors)
    into.shed += part.shed


def request_body(model: str, prompt: str, stream: bool) -> bytes:
    return orjson.dumps({"model": model, "messages": [{"role": "user", "content": prompt}], "stream": stream,
                         "max_tokens": 64})


async def run(args: argparse.Namespace, prompt: str) -> tuple[dict[str, Any], int]:
    gen = Generator(args.url, args.key, request_body(args.model, prompt, False),
                    request_body(args.model, prompt, True), args.timeout)
    limit = args.max_inflight if args.rate else args.concurrency
    connector = aiohttp.TCPConnector(limit=limit, force_close=False, ttl_dns_cache=300)
    async with aiohttp.ClientSession(connector=connector, auto_decompress=False) as session:
        gen.session = session
        if args.rate:
            result = await fixed_rate(gen, args.rate, args.max_inflight, args.warmup, args.duration,
                                      args.report_every)
        else:
            result = await closed_loop(gen, args.stream, args.concurrency, args.warmup, args.duration)
        return result, gen.completed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", required=True, help="full chat completions URL")
    parser.add_argument("--key", default="sk-bench")
    parser.add_argument("--model", default="bench-model")
    parser.add_argument("--prompt-file", required=True)
    parser.add_argument("--stream", action="store_true")
    parser.add_argument("--concurrency", type=int, default=1)
    parser.add_argument("--duration", type=float, default=10.0)
    parser.add_argument("--warmup", type=float, default=1.0)
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--rate", type=float, default=0.0, help="fixed request rate (open loop); 0 = closed loop")
    parser.add_argument("--max-inflight", type=int, default=256)
    parser.add_argument("--report-every", type=float, default=30.0)
    args = parser.parse_args()
    try:
        import uvloop
        uvloop.install()
    except ImportError:
        pass
    with open(args.prompt_file, encoding="utf-8") as fh:
        prompt = fh.read()
    result, completed = asyncio.run(run(args, prompt))
    print(json.dumps({"summary": {**result, "completed_all": completed}}), flush=True)
    sys.exit(0)


if __name__ == "__main__":
    main()

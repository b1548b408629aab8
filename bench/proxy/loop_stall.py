"""Does one big prompt stall everybody else? Small-request and /healthz latency with and without big bodies.

    .venv/bin/python bench/proxy/loop_stall.py                                  # this tree, 1 MB prompts
    .venv/bin/python bench/proxy/loop_stall.py --tree before=/tmp/gq-before --big-kb 1024 5120 --rounds 3

Each tree is served by its own Guanqia process (`python -P -m proxy serve`, the tree on PYTHONPATH, inspection
on, the builtin policy), so a change and its start commit are measured side by side in one run, rounds
interleaved. The vendor is the fake OpenAI vendor of bench/proxy/run.py (its own process: it reads the whole
body and answers a short fixed reply, as a real vendor would); `--vendor echo` uses the built-in echo vendor
instead, which builds a reply as big as the prompt on the proxy's loop (the demo vendor's cost, not inspection's). The load comes from this process, not the proxy's, so a stalled proxy
loop cannot stall the clock that measures it. Per tree and phase:

- `quiet`: small (1 KB) chat requests on a fixed schedule (`--rate` per second, open loop: a request starts on
  time even when earlier ones have not answered) and a /healthz probe every `--probe-ms`, for `--quiet-s`;
- `big N KB`: the same two streams while `--big-count` prompts of N KB are sent one after another (the phase
  lasts until the last one answers).

Printed: small-request p50 / p99 / max, /healthz max, and each big request's own latency (median), plus any
request that did not answer 200. Prompts are Faker zh_CN prose with a made-up name, phone and e-mail.

`--threshold` measures, in this process and without a proxy, what proxy.inspection.INLINE_CHARS trades: scan CPU
time by prompt size, the cost of one hop to a worker thread and back, and the Python memory peak of parsing and
scanning a big body (tracemalloc, so that scan runs slower than usual; its time is not reported).
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import secrets
import shutil
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Awaitable

import aiohttp
import orjson
import yaml

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.common import procs
from bench.common.prompts import make_prompt
from bench.common.stats import percentile
from bench.common.targets import start_vendor

MODEL = "bench-model"
OUT = ROOT / "bench" / "out" / "loop_stall"


@dataclass
class Phase:
    """Latencies (seconds) gathered in one phase against one tree."""

    small: list[float] = field(default_factory=list)
    probes: list[float] = field(default_factory=list)
    big: list[float] = field(default_factory=list)
    failures: dict[str, int] = field(default_factory=dict)

    def fail(self, what: str) -> None:
        self.failures[what] = self.failures.get(what, 0) + 1

    def summary(self) -> dict[str, Any]:
        small = sorted(self.small)
        return {"small_n": len(small), "small_p50_ms": percentile(small, 50) * 1e3,
                "small_p99_ms": percentile(small, 99) * 1e3, "small_max_ms": max(small, default=0.0) * 1e3,
                "healthz_n": len(self.probes), "healthz_max_ms": max(self.probes, default=0.0) * 1e3,
                "big_n": len(self.big), "big_median_ms": statistics.median(self.big) * 1e3 if self.big else 0.0,
                "failures": dict(self.failures)}


def start_tree(out: Path, name: str, tree: Path, max_body: int,
               vendor_url: str | None) -> tuple[procs.Service, str]:
    """Serve `tree` with inspection on and the fake vendor at `vendor_url` (None: the built-in echo vendor);
    return the service and a client key."""
    port = procs.free_port()
    data_dir = out / "data" / name
    shutil.rmtree(data_dir, ignore_errors=True)
    key = "sk-gq-stall-" + secrets.token_urlsafe(16)
    cfg = {
        "version": 1, "listen": {"host": "127.0.0.1", "port": port}, "data_dir": str(data_dir),
        "policy": "builtin", "inspection": True,
        "limits": {"max_body_bytes": max_body, "max_header_bytes": 16384, "drain_seconds": 5},
        "vendors": {"stall-vendor": {"protocol": "echo", "region": "cn-mainland", "jurisdiction": "CN",
                                     "inference_scope": "cn-mainland", "models": [MODEL]}},
        "routes": [{"model": MODEL, "to": ["stall-vendor"]}],
        "clients": [{"id": "stall", "key_sha256": hashlib.sha256(key.encode()).hexdigest(), "tenant": "bench",
                     "roles": ["client"], "models": ["*"]}],
    }
    if vendor_url is not None:
        cfg["vendors"]["stall-vendor"] = {  # type: ignore[index]
            "protocol": "openai", "base_url": f"{vendor_url}/v1", "region": "cn-mainland", "jurisdiction": "CN",
            "inference_scope": "cn-mainland", "credentials": {"env": "BENCH_VENDOR_KEY"},
            "timeouts": {"connect": 5, "first_byte": 300, "total": 600}, "models": [MODEL]}
    config = out / "config" / f"{name}.yaml"
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text(yaml.safe_dump(cfg, sort_keys=False), encoding="utf-8")
    # -P: the tree on PYTHONPATH, not the working directory, provides proxy/, audit/, policies/, detectors/.
    svc = procs.start(name, [str(procs.PYTHON), "-P", "-m", "proxy", "serve", "--config", str(config),
                             "--log-level", "WARNING"],
                      f"http://127.0.0.1:{port}", "/healthz", out / "logs" / f"{name}.log",
                      env={"PYTHONPATH": str(tree.resolve()), "BENCH_VENDOR_KEY": "sk-vendor-bench"})
    return svc, key


def chat_body(prompt: str) -> bytes:
    return orjson.dumps({"model": MODEL, "messages": [{"role": "user", "content": prompt}]})


async def _timed(request: Any, phase: Phase, into: list[float], label: str) -> None:
    """Time one request (an aiohttp request context) into ``into``; a failure is counted, not timed."""
    t0 = time.perf_counter()
    try:
        async with request as resp:
            await resp.read()
            if resp.status != 200:
                phase.fail(f"{label} {resp.status}")
                return
    except (aiohttp.ClientError, asyncio.TimeoutError) as error:
        phase.fail(f"{label} {type(error).__name__}")
        return
    into.append(time.perf_counter() - t0)


def _post(session: aiohttp.ClientSession, url: str, headers: dict[str, str], body: bytes,
          phase: Phase, into: list[float], label: str) -> Awaitable[None]:
    return _timed(session.post(url, data=body, headers=headers), phase, into, label)


def _probe(session: aiohttp.ClientSession, url: str, phase: Phase) -> Awaitable[None]:
    return _timed(session.get(url), phase, phase.probes, "healthz")


async def _every(period: float, stop: asyncio.Event, make: Any, tasks: list[asyncio.Task[None]]) -> None:
    """Start `make()` every `period` seconds on a fixed schedule (open loop) until `stop` is set."""
    start = time.perf_counter()
    n = 0
    while not stop.is_set():
        tasks.append(asyncio.create_task(make()))
        n += 1
        delay = start + n * period - time.perf_counter()
        if delay > 0:
            try:
                await asyncio.wait_for(stop.wait(), delay)
            except asyncio.TimeoutError:
                pass


async def run_phase(base_url: str, key: str, small: bytes, big: bytes | None, args: argparse.Namespace) -> Phase:
    phase = Phase()
    url = base_url + "/v1/chat/completions"
    headers = {"Authorization": f"Bearer {key}", "Content-Type": "application/json"}
    timeout = aiohttp.ClientTimeout(total=args.timeout)
    stop = asyncio.Event()
    tasks: list[asyncio.Task[None]] = []
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(timeout=timeout, connector=connector) as session:
        streams = [
            asyncio.create_task(_every(1 / args.rate, stop,
                                       lambda: _post(session, url, headers, small, phase, phase.small, "small"),
                                       tasks)),
            asyncio.create_task(_every(args.probe_ms / 1000, stop,
                                       lambda: _probe(session, base_url + "/healthz", phase), tasks)),
        ]
        if big is None:
            await asyncio.sleep(args.quiet_s)
        else:
            await asyncio.sleep(args.lead_s)   # the small stream runs before the first big body arrives
            for _ in range(args.big_count):
                await _post(session, url, headers, big, phase, phase.big, "big")
        stop.set()
        await asyncio.gather(*streams)
        await asyncio.gather(*tasks)
    return phase


def fmt_row(tree: str, label: str, s: dict[str, Any]) -> str:
    fails = ", ".join(f"{k}: {v}" for k, v in sorted(s["failures"].items())) or "-"
    big = f"{s['big_median_ms']:9.0f}" if s["big_n"] else f"{'-':>9}"
    return (f"{tree:<10} {label:<12} {s['small_n']:5.0f} {s['small_p50_ms']:8.1f} {s['small_p99_ms']:8.1f} "
            f"{s['small_max_ms']:8.1f} {s['healthz_max_ms']:9.1f} {big}   {fails}")


def _median_summary(summaries: list[dict[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k in summaries[0]:
        if k == "failures":
            merged: dict[str, int] = {}
            for s in summaries:
                for kind, n in s[k].items():
                    merged[kind] = merged.get(kind, 0) + n
            out[k] = merged
        else:
            out[k] = statistics.median(s[k] for s in summaries)
    return out


async def main_async(args: argparse.Namespace, services: dict[str, tuple[procs.Service, str]]) -> dict[str, Any]:
    small = chat_body(make_prompt(1024, seed=3))
    bigs = {kb: chat_body(make_prompt(kb * 1024, seed=11)) for kb in args.big_kb}
    labels = ["quiet", *(f"big {kb} KB" for kb in args.big_kb)]
    results: dict[str, dict[str, list[dict[str, Any]]]] = {t: {lab: [] for lab in labels} for t in services}
    for r in range(args.rounds):
        for tree, (svc, key) in services.items():
            for label in labels:
                body = None if label == "quiet" else bigs[int(label.split()[1])]
                phase = await run_phase(svc.base_url, key, small, body, args)
                s = phase.summary()
                results[tree][label].append(s)
                print(f"  round {r + 1} {fmt_row(tree, label, s)}", flush=True)
    return results


def threshold_table(sizes_kb: list[int]) -> None:
    """Scan CPU per size (median of repeats), thread-hop cost, memory peak of a big body's parse + scan."""
    import tracemalloc
    from concurrent.futures import ThreadPoolExecutor

    from detectors import Scanner
    scanner = Scanner()
    scanner.scan("warm-up 预热 13800138000")
    for kb in sizes_kb:
        text = make_prompt(kb * 1024, seed=11)
        times = []
        for _ in range(max(3, min(50, 2048 // kb))):
            t0 = time.process_time()
            scanner.scan(text)
            times.append(time.process_time() - t0)
        print(f"scan {kb:6d} KB ({len(text):8d} characters): {statistics.median(times) * 1e3:9.2f} ms CPU")
    pool = ThreadPoolExecutor(1)

    async def hops(n: int) -> float:
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(pool, len, "x")
        t0 = time.process_time()
        for _ in range(n):
            await loop.run_in_executor(pool, len, "x")
        return (time.process_time() - t0) / n
    hop = statistics.median(asyncio.run(hops(2000)) for _ in range(5))
    print(f"hop to a worker thread and back: {hop * 1e6:.0f} us CPU (median of 5 x 2000)")
    pool.shutdown()
    for kb in (1024, 10240):
        body = chat_body(make_prompt(kb * 1024, seed=11))
        tracemalloc.start()
        found = scanner.scan(orjson.loads(body)["messages"][0]["content"])
        _now, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"memory peak of parse + scan, {len(body) / 2**20:.0f} MiB body: {peak / 2**20:.0f} MiB "
              f"({len(found)} findings)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tree", action="append", default=[], metavar="NAME=PATH",
                        help="serve another source tree too (a worktree of the start commit)")
    parser.add_argument("--big-kb", type=int, nargs="+", default=[1024], help="big prompt sizes in KB")
    parser.add_argument("--big-count", type=int, default=3, help="big prompts per phase, one after another")
    parser.add_argument("--rate", type=float, default=20.0, help="small requests per second")
    parser.add_argument("--probe-ms", type=float, default=100.0, help="/healthz probe period")
    parser.add_argument("--quiet-s", type=float, default=5.0, help="length of the phase without big bodies")
    parser.add_argument("--lead-s", type=float, default=0.5, help="small traffic before the first big body")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=300.0)
    parser.add_argument("--vendor", choices=("fake", "echo"), default="fake")
    parser.add_argument("--threshold", action="store_true",
                        help="only the in-process scan-cost / thread-hop / memory table (no proxy)")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    if args.threshold:
        threshold_table([1, 4, 16, 32, 64, 128, 1024, 10240])
        return 0
    trees = {"current": ROOT}
    for spec in args.tree:
        name, _, where = spec.partition("=")
        trees[name] = Path(where)
    max_body = max(16 * 1024 * 1024, max(args.big_kb) * 1024 * 2)
    services: dict[str, tuple[procs.Service, str]] = {}
    vendor: procs.Service | None = None
    try:
        if args.vendor == "fake":
            vendor = start_vendor(args.out, chunks=4, chunk_delay=0.0)
        for name, src in trees.items():
            services[name] = start_tree(args.out, name, src, max_body, vendor.base_url if vendor else None)
        print(f"{'':10} {'tree':<10} {'phase':<12} {'small':>5} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8} "
              f"{'hz max ms':>9} {'big ms':>9}   failures", flush=True)
        results = asyncio.run(main_async(args, services))
    finally:
        for svc, _key in services.values():
            procs.stop(svc)
        if vendor is not None:
            procs.stop(vendor)
    print(f"\nmedians over {args.rounds} round(s)")
    print(f"{'tree':<10} {'phase':<12} {'small':>5} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8} {'hz max ms':>9} "
          f"{'big ms':>9}   failures")
    for tree, phases in results.items():
        for label, runs in phases.items():
            print(fmt_row(tree, label, _median_summary(runs)))
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / f"loop-stall-{time.strftime('%Y%m%dT%H%M%SZ', time.gmtime())}.json"
    path.write_text(json.dumps({"argv": sys.argv[1:], "trees": {k: str(v) for k, v in trees.items()},
                                "results": results}, indent=1), encoding="utf-8")
    print(f"\nwritten {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Instructions per proxied request, counted by callgrind: an A/B of source trees that load cannot move.

    .venv/bin/python bench/proxy/instructions.py --tree before=/tmp/gq-before --tree after=/tmp/gq-after
    .venv/bin/python bench/proxy/instructions.py --tree now=. --stream --stub none

On a shared machine CPU time per request moves by +-20 % between rounds of the same target; instruction
counts do not (only the event loop's batching varies a little). Each measurement runs the fake vendor,
Guanqia (inspection off, the bench/proxy config, an audit stub of bench/proxy/audit_stubs.py; default
`no-audit`, which leaves the audit disk out) and a closed-loop client at concurrency 16 in ONE process
under `valgrind --tool=callgrind`, twice: with `--small` and `--large` measured requests after the same
warm-up. The difference of the two totals over the difference in requests is the instructions of one
request for client + vendor + proxy, start-up cancelled out. `--bare` measures the bare aiohttp
pass-through the same way, so "minus bare" is what Guanqia adds to a request. Needs valgrind; each
measurement takes a few minutes (valgrind runs ~50x slower), two run in parallel.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def child(args: argparse.Namespace) -> None:
    """The measured process: vendor, proxy (or the bare pass-through) and client on one uvloop."""
    sys.path.append(str(ROOT))
    import aiohttp
    import uvloop
    from aiohttp import web

    from bench.common import targets
    from bench.common.fakevendor import build as build_vendor
    from bench.common.loadgen import request_body
    from bench.common.procs import free_port
    from bench.common.prompts import make_prompt

    os.environ["BENCH_VENDOR_KEY"] = "sk-vendor-bench"
    if not args.bare:
        from bench.proxy.audit_stubs import apply
        apply(args.stub)

    async def run() -> None:
        tmp = Path(tempfile.mkdtemp(prefix="gq-instr-"))
        vport, pport = free_port(), free_port()
        vendor = web.AppRunner(build_vendor(16, 0.0), access_log=None)
        await vendor.setup()
        await web.TCPSite(vendor, "127.0.0.1", vport).start()
        key = targets.guanqia_config(tmp / "c.yaml", pport, f"http://127.0.0.1:{vport}", tmp / "data", False)
        if args.bare:
            from bench.common.passthrough import build as build_bare
            proxy = web.AppRunner(build_bare(f"http://127.0.0.1:{vport}"), access_log=None, auto_decompress=False)
        else:
            from proxy.config import load_config
            from proxy.app import build_app
            from proxy.logs import configure
            from proxy.ops import make_runner, settle_heap
            configure("WARNING")
            config = load_config(str(tmp / "c.yaml"))
            proxy = make_runner(build_app(config), config)
        await proxy.setup()
        await web.TCPSite(proxy, "127.0.0.1", pport, backlog=1024).start()
        if not args.bare:
            settle_heap()
        body = request_body(targets.MODEL, make_prompt(1024), args.stream)
        url = f"http://127.0.0.1:{pport}/v1/chat/completions"
        headers = {"Authorization": f"Bearer {key}", "Content-Type": "application/json"}
        async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=64)) as session:
            async def batch(n: int) -> None:
                left = [n]

                async def worker() -> None:
                    while left[0] > 0:
                        left[0] -= 1
                        async with session.post(url, data=body, headers=headers) as r:
                            data = await r.read()
                            if r.status != 200 or (args.stream and not data.endswith(b"data: [DONE]\n\n")):
                                raise SystemExit(f"bad answer: {r.status}")
                await asyncio.gather(*(worker() for _ in range(args.concurrency)))
            await batch(args.warmup)
            await batch(args.requests)
        await proxy.cleanup()
        await vendor.cleanup()

    uvloop.install()
    asyncio.run(run())


def count(tree: Path | None, requests: int, args: argparse.Namespace, out: Path) -> int:
    """Instructions (callgrind's I refs) of one child run with `requests` measured requests."""
    argv = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", str(ROOT / ".venv" / "bin" / "python"),
            "-P", __file__, "--child", "--requests", str(requests), "--warmup", str(args.warmup),
            "--concurrency", str(args.concurrency), "--stub", args.stub]
    argv += (["--stream"] if args.stream else []) + (["--bare"] if tree is None else [])
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONPATH=str((tree or ROOT).resolve()))
    done = subprocess.run(argv, capture_output=True, text=True, env=env, check=False)
    match = _REFS.search(done.stderr)
    if done.returncode != 0 or not match:
        raise SystemExit(f"callgrind run failed ({tree or 'bare'}, {requests}): {done.stderr[-600:]}")
    return int(match.group(1).replace(",", ""))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tree", action="append", default=[], metavar="NAME=PATH", help="repeatable")
    parser.add_argument("--bare", action="store_true", help="also count the bare aiohttp pass-through")
    parser.add_argument("--stub", default="no-audit", help="audit stub (bench/proxy/audit_stubs.py)")
    parser.add_argument("--stream", action="store_true")
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--warmup", type=int, default=100)
    parser.add_argument("--small", type=int, default=100)
    parser.add_argument("--large", type=int, default=500)
    parser.add_argument("--requests", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args)
        return 0
    trees: dict[str, Path | None] = {}
    for spec in args.tree:
        name, sep, path = spec.partition("=")
        if not sep or not (Path(path) / "proxy" / "__main__.py").exists():
            parser.error(f"--tree wants NAME=PATH of a source tree with proxy/: {spec!r}")
        trees[name] = Path(path)
    if args.bare or not trees:
        trees["bare-aiohttp"] = None
    out = Path(tempfile.mkdtemp(prefix="gq-callgrind-"))
    jobs = [(name, tree, n) for name, tree in trees.items() for n in (args.small, args.large)]
    with ThreadPoolExecutor(max_workers=2) as pool:
        totals = dict(zip(((name, n) for name, _, n in jobs), pool.map(
            lambda job: count(job[1], job[2], args, out / f"{job[0]}-{job[2]}.out"), jobs)))
    per_request = {name: (totals[name, args.large] - totals[name, args.small]) / (args.large - args.small)
                   for name in trees}
    print(f"instructions per request ({'streamed' if args.stream else 'plain'}, concurrency {args.concurrency}, "
          f"1 KB, stub {args.stub}; client + vendor + proxy in one process; callgrind)")
    bare = per_request.get("bare-aiohttp")
    for name, value in per_request.items():
        extra = f"   minus bare {value - bare:>10,.0f}" if bare is not None and name != "bare-aiohttp" else ""
        print(f"{name:<14} {value:>12,.0f}{extra}")
    print(json.dumps({"per_request": per_request, "totals": {f"{k[0]}@{k[1]}": v for k, v in totals.items()}}))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Where the default level's request-path wait goes: one append at a time, split at each hand-off.

    .venv/bin/python bench/audit/handoff.py --tree before=/tmp/gq-before --tree after=.
    .venv/bin/python bench/audit/handoff.py --tree after=. --synchronous NORMAL --rounds 6

Each tree runs in its own process (its `audit` package first on sys.path), under uvloop as `guanqia
serve` runs, on a fresh SQLite log in a temporary directory next to the checkout (same disk) that first
gets `--prefill` records. Then `--appends` appends at concurrency 1, each after `--work-us` of CPU as the
rest of a request. Every append is cut at these moments (time.perf_counter, which is one clock in both
threads): the record encoded (`Leaf.from_record` returned), the batch handed to the store's thread
(IoThread.submit or .post called), the thread starting and finishing the transaction, the thread's
hand-back running on the loop, the caller resumed. Per process the medians of the parts are printed, and
`loop_cpu`: the loop thread's CPU time (time.thread_time) from the call to the resumption, i.e. what
the event loop spends per append (the transaction's CPU is the thread's, `sqlite_cpu`). The trees
alternate round by round and the medians over rounds are printed. Monkey-patched timing wrappers add
about 1 us per part; they are the same in every tree.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import asyncio, json, sys, tempfile, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
import uvloop
import audit.journal as J, audit.log as L, audit.sqlite as S, audit.writer as W
from audit import AuditConfig, AuditLog, AuditRecord
from audit.store import Leaf

marks = {}

def before(owner, name, key):
    orig = getattr(owner, name)
    def wrapped(*a, **k):
        marks[key] = time.perf_counter()
        return orig(*a, **k)
    setattr(owner, name, wrapped)

encode = Leaf.from_record.__func__
def from_record(cls, record):
    try:
        return encode(cls, record)
    finally:
        marks["encoded"] = time.perf_counter()
L.Leaf.from_record = classmethod(from_record)
before(J.IoThread, "submit", "handed")
if hasattr(J.IoThread, "post"):
    before(J.IoThread, "post", "handed")
transaction = S.SqliteStore._append
def _append(self, leaves, at=None):
    marks["t_start"] = time.perf_counter(); c = time.thread_time()
    try:
        return transaction(self, leaves, at)
    finally:
        marks["t_end"] = time.perf_counter(); marks["t_cpu"] = time.thread_time() - c
S.SqliteStore._append = _append
before(J, "_settle", "back")
if hasattr(W.GroupCommitWriter, "_committed"):
    before(W.GroupCommitWriter, "_committed", "back")

def rec(i):
    return AuditRecord(time=f"2026-11-24T10:00:00.{i % 1000000:06d}Z", request_id=f"req_{i:010d}",
                       tenant="hr", key_id="app-1", client_addr="10.0.0.7", endpoint="openai.chat",
                       protocol="openai", model_requested="deepseek-chat", vendor="deepseek",
                       model_routed="deepseek-chat", region="cn-mainland", jurisdiction="CN", action="allow",
                       rule="default-allow", policy_id="builtin", policy_version="1", policy_sha256="0" * 64,
                       upstream_status=200, status=200, latency_ms=12.5, prompt_tokens=10, completion_tokens=5,
                       bytes_in=300, bytes_out=500, attempts=("deepseek",))

def spin(us):
    end = time.perf_counter() + us / 1e6
    while time.perf_counter() < end:
        pass

async def main(sync, prefill, n, work, tmp):
    with tempfile.TemporaryDirectory(dir=tmp) as d:
        log = await AuditLog.open(AuditConfig.from_mapping({"sqlite_synchronous": sync}, Path(d)))
        for i in range(prefill):
            await log.append(rec(i))
        parts = []
        for i in range(prefill, prefill + n):
            r = rec(i)
            spin(work)
            c0 = time.thread_time(); t0 = time.perf_counter()
            await log.append(r)
            t1 = time.perf_counter(); c1 = time.thread_time()
            m = marks
            parts.append({"encode": m["encoded"] - t0, "to_thread_call": m["handed"] - m["encoded"],
                          "thread_wake": m["t_start"] - m["handed"], "transaction": m["t_end"] - m["t_start"],
                          "hand_back": m["back"] - m["t_end"], "resume": t1 - m["back"], "total": t1 - t0,
                          "loop_cpu": c1 - c0, "sqlite_cpu": m["t_cpu"]})
        await log.close()
    print(json.dumps({k: sorted(p[k] for p in parts)[len(parts) // 2] * 1e6 for k in parts[0]}))

uvloop.run(main(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5]), sys.argv[6]))
"""


def run_once(tree: str, sync: str, prefill: int, n: int, work: float) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-c", CHILD, tree, sync, str(prefill), str(n), str(work), str(ROOT / "bench")],
                         capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise SystemExit(f"{tree}: {out.stderr[-800:]}")
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tree", action="append", required=True, help="NAME=PATH of a source tree; repeatable")
    ap.add_argument("--synchronous", default="FULL", help="the store's synchronous setting (NORMAL: no fsync)")
    ap.add_argument("--rounds", type=int, default=4)
    ap.add_argument("--appends", type=int, default=800)
    ap.add_argument("--prefill", type=int, default=3000)
    ap.add_argument("--work-us", type=float, default=500.0)
    args = ap.parse_args()
    trees = [t.split("=", 1) for t in args.tree]
    print(f"$ .venv/bin/python bench/audit/handoff.py {' '.join(sys.argv[1:])}")
    print(f"load average at start {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    runs: dict[str, list[dict[str, float]]] = {name: [] for name, _ in trees}
    for r in range(args.rounds):
        order = trees if r % 2 == 0 else list(reversed(trees))
        for name, path in order:
            runs[name].append(run_once(str(Path(path).resolve()), args.synchronous, args.prefill, args.appends,
                                       args.work_us))
    print(f"load average at end {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"synchronous={args.synchronous}: median over {args.rounds} rounds of each round's median, us")
    results: dict[str, Any] = {}
    for name, _ in trees:
        med = {k: statistics.median(x[k] for x in runs[name]) for k in runs[name][0]}
        results[name] = med
        print(f"  {name:<8} " + "  ".join(f"{k} {v:.0f}" for k, v in med.items()))
    print(json.dumps({"command": " ".join(sys.argv[1:]), "results": results}))


if __name__ == "__main__":
    main()

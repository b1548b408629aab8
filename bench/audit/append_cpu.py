"""CPU per audit append (all threads of the process), SQLite store, N concurrent appenders: trees side by side.

    .venv/bin/python bench/audit/append_cpu.py --tree before=/tmp/gq-before --tree after=.
    .venv/bin/python bench/audit/append_cpu.py --tree after=. --strace   # syscalls per append too
    .venv/bin/python bench/audit/append_cpu.py --tree after=. --audit '{"durability": "process-crash"}'

Each tree runs in its own process (its `audit` package first on sys.path) against a fresh log in a
temporary directory; the trees alternate for `--rounds` rounds and the medians are printed. What is
measured is what the proxy pays per request for its record: Leaf.from_record, the writer's group commit
and the SQLite transaction with synchronous=FULL, or whatever `--audit` configures (the fsync's wait is
not CPU, so the figure is the process's user + system time divided by the records appended). A tree
older than the `--audit` keys it is given fails to open the log: compare such set-ups on new trees only.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

CHILD = r"""
import asyncio, json, resource, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from audit import AuditConfig, AuditLog, AuditRecord

def rec(i):
    return AuditRecord(time=f"2026-11-24T10:00:00.{i % 1000000:06d}Z", request_id=f"req_{i:010d}",
                       tenant="hr", key_id="app-1", client_addr="10.0.0.7", endpoint="openai.chat",
                       protocol="openai", model_requested="deepseek-chat", vendor="deepseek",
                       model_routed="deepseek-chat", region="cn-mainland", jurisdiction="CN", action="allow",
                       rule="default-allow", policy_id="builtin", policy_version="1", policy_sha256="0" * 64,
                       upstream_status=200, status=200, latency_ms=12.5, prompt_tokens=10, completion_tokens=5,
                       bytes_in=300, bytes_out=500, attempts=("deepseek",))

async def main(data, n, conc):
    log = await AuditLog.open(AuditConfig.from_mapping(json.loads(sys.argv[6]), Path(data)))
    counter = iter(range(10 ** 9))
    async def worker(k):
        for _ in range(k):
            await log.append(rec(next(counter)))
    await asyncio.gather(*(worker(n // conc // 10) for _ in range(conc)))  # warm-up
    ready = Path(data) / "ready"
    ready.write_text("1")
    await asyncio.sleep(float(sys.argv[5]))  # strace attaches meanwhile
    r0, t0 = resource.getrusage(resource.RUSAGE_SELF), time.perf_counter()
    await asyncio.gather(*(worker(n // conc) for _ in range(conc)))
    r1, t1 = resource.getrusage(resource.RUSAGE_SELF), time.perf_counter()
    done = n // conc * conc
    cpu = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
    sys_us = (r1.ru_stime - r0.ru_stime) / done * 1e6
    print(json.dumps({"cpu_us": cpu / done * 1e6, "sys_us": sys_us, "per_s": done / (t1 - t0),
                      "batches": log.writer.batches}))
    await log.close()

if sys.argv[7] == "uvloop":
    import uvloop
    uvloop.run(main(sys.argv[2], int(sys.argv[3]), int(sys.argv[4])))
else:
    asyncio.run(main(sys.argv[2], int(sys.argv[3]), int(sys.argv[4])))
"""


def run_once(tree: str, n: int, conc: int, strace: bool, audit: str = "{}", loop: str = "uvloop") -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as data:
        pause = "1.0" if strace else "0"
        proc = subprocess.Popen([sys.executable, "-c", CHILD, tree, data, str(n), str(conc), pause, audit, loop],
                                stdout=subprocess.PIPE, text=True)
        trace = None
        if strace:
            ready = Path(data) / "ready"
            while not ready.exists():
                if proc.poll() is not None:
                    break
            out = Path(data) / "strace.txt"
            trace = subprocess.Popen(["strace", "-f", "-c", "-o", str(out), "-p", str(proc.pid)],
                                     stderr=subprocess.DEVNULL)
        stdout, _ = proc.communicate()
        result: dict[str, Any] = json.loads(stdout.strip().splitlines()[-1])
        if trace is not None:
            trace.wait()
            result["syscalls"] = _syscalls(out.read_text(), n)
        return result


def _syscalls(text: str, n: int) -> dict[str, float]:
    """strace -c's table as calls per append (includes the close at the end: a small constant)."""
    out: dict[str, float] = {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 5 and parts[0][0].isdigit() and not line.startswith("100"):
            out[parts[-1]] = round(int(parts[3]) / n, 2)
    return dict(sorted(out.items(), key=lambda kv: -kv[1]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tree", action="append", required=True, help="NAME=PATH of a source tree; repeatable")
    ap.add_argument("--records", type=int, default=3000)
    ap.add_argument("--concurrency", default="1,16")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--strace", action="store_true", help="one extra traced run per tree and concurrency")
    ap.add_argument("--audit", default="{}", help='the audit section as JSON, e.g. \'{"durability": "process-crash"}\' '
                    "(default: the default config, SQLite with synchronous=FULL)")
    ap.add_argument("--loop", choices=("uvloop", "asyncio"), default="uvloop",
                    help="the event loop (guanqia serve runs uvloop; figures before 30 Nov used asyncio's)")
    args = ap.parse_args()
    trees = [t.split("=", 1) for t in args.tree]
    print(f"load average {os.getloadavg()[0]:.1f}, {args.records} records, {args.rounds} rounds, audit {args.audit}, "
          f"{args.loop}")
    for conc in (int(c) for c in args.concurrency.split(",")):
        runs: dict[str, list[dict[str, Any]]] = {name: [] for name, _ in trees}
        for _ in range(args.rounds):
            for name, path in trees:
                runs[name].append(run_once(str(Path(path).resolve()), args.records, conc, False, args.audit, args.loop))
        for name, path in trees:
            cpu = statistics.median(r["cpu_us"] for r in runs[name])
            sys_us = statistics.median(r["sys_us"] for r in runs[name])
            rate = statistics.median(r["per_s"] for r in runs[name])
            line = f"c{conc:<3} {name:<8} CPU {cpu:7.1f} us/append (system {sys_us:5.1f})  {rate:7.0f} appends/s"
            if args.strace:
                traced = run_once(str(Path(path).resolve()), args.records, conc, True, args.audit, args.loop)
                line += f"  syscalls/append {sum(traced['syscalls'].values()):.1f} {traced['syscalls']}"
            print(line, flush=True)


if __name__ == "__main__":
    main()

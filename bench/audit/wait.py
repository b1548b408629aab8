"""Request-path audit wait: how long `await log.append(record)` takes, with and without the durability journal.

    .venv/bin/python bench/audit/wait.py                       # 60 rounds x 10 appends per set-up
    .venv/bin/python bench/audit/wait.py --rounds 40 --work-us 0

This is the time a request spends in the proxy's audit stage: from handing the record over until it
is durable (issue 5 item 7: <= 0.2 ms p50). Set-ups, each a fresh SQLite log in the same directory,
run through `AuditLog` under uvloop (as `guanqia serve` runs):

  baseline   store commit with synchronous=FULL (the default without the journal)
  journal    `journal: true`: one O_DSYNC write to the durability journal; the store commits with
             synchronous=NORMAL behind it
  process    `durability: process-crash`: the record's write into the journal (no fsync on the request
             path; fsyncs follow within sync_delay_ms)
  normal     synchronous=NORMAL and no journal: the not-durable reference (survives a process crash,
             not a power loss)

The set-ups alternate round by round (each round: `--per-round` appends per concurrent appender, in
rotating order), so the shared disk's other traffic falls on all of them alike. Each log first gets
`--prefill` records: in a fresh SQLite log every commit grows the WAL, and an fdatasync that changes
the file size costs a second device flush (the file system journals the size); once the WAL has
reached its checkpoint size and restarted, commits overwrite it in place, as in a running proxy. Before each append an
appender spends `--work-us` of CPU, as the rest of a request would (the proxy spends ~0.5-1 ms of CPU
per request at concurrency 1). Records are built before timing; the figure is the wait alone.
Results go to bench/out/ as JSON.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from audit import AuditConfig, AuditLog  # noqa: E402
from audit.verify import verify_store  # noqa: E402
from bench.audit.run import pct, sample_record  # noqa: E402

SETUPS: dict[str, dict[str, Any]] = {
    "baseline (store commit, synchronous=FULL)": {},
    "journal (journal: true)": {"journal": True},
    "process (durability: process-crash)": {"durability": "process-crash"},
    "normal (synchronous=NORMAL, not durable)": {"sqlite_synchronous": "NORMAL"},
}


def busy(us: float) -> None:
    """The rest of a request's work, on the CPU like the proxy's (a sleep would let the CPU idle)."""
    end = time.perf_counter_ns() + us * 1000
    while time.perf_counter_ns() < end:
        pass


async def measure(tmp: Path, rounds: int, per_round: int, concurrency: int,
                  work_us: float, prefill: int = 0) -> dict[str, dict[str, float]]:
    logs = {}
    for k, (name, extra) in enumerate(SETUPS.items()):
        cfg = AuditConfig.from_mapping({"path": f"c{concurrency}-{k}.db", **extra}, tmp)
        logs[name] = (cfg, await AuditLog.open(cfg))
    names = list(SETUPS)
    lat: dict[str, list[float]] = {n: [] for n in names}
    counter = 0
    for _, log in logs.values():  # a log that has been running: its WAL has grown and restarted
        for start in range(0, prefill, 256):
            await asyncio.gather(*(log.append(sample_record(counter + i)) for i in range(min(256, prefill - start))))
            counter += 256
        await log.writer.flush()
    try:
        for r in range(-1, rounds):  # round -1 warms up and is not counted
            for k in range(len(names)):
                name = names[(r + k) % len(names)]
                log = logs[name][1]
                recs = [[sample_record(counter + a * per_round + i) for i in range(per_round)]
                        for a in range(concurrency)]
                counter += per_round * concurrency

                async def appender(batch: list[Any], log: AuditLog = log, name: str = name, r: int = r) -> None:
                    for rec in batch:
                        busy(work_us)
                        t = time.perf_counter_ns()
                        await log.append(rec)
                        if r >= 0:
                            lat[name].append((time.perf_counter_ns() - t) / 1000)
                await asyncio.gather(*(appender(b) for b in recs))
                await log.writer.flush()  # the store has caught up before the next set-up's round
    finally:
        for cfg, log in logs.values():
            await log.close()
    out = {}
    for name, (cfg, _) in logs.items():
        reader = await AuditLog.open(cfg, writable=False)
        try:
            report = await verify_store(reader.store, reader.verifiers, origin=cfg.origin)
        finally:
            await reader.close()
        if not report.ok:
            raise SystemExit(f"{name}: the log does not verify: {report.summary()}")
        v = lat[name]
        out[name] = {"appends": len(v), "p50_us": pct(v, 50), "p90_us": pct(v, 90), "p99_us": pct(v, 99),
                     "records_verified": report.size}
    return out


def run(args: argparse.Namespace) -> dict[str, Any]:
    try:
        import uvloop
        runner: Any = uvloop.run
    except ImportError:
        runner = asyncio.run
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="gq-audit-wait-", dir=args.dir) as tmp:
        for c in [int(x) for x in str(args.concurrency).split(",")]:
            results[str(c)] = runner(measure(Path(tmp), args.rounds, args.per_round, c, args.work_us,
                                             args.prefill))
    return results


def report(results: dict[str, Any]) -> None:
    print(f"{'set-up':<44} {'appenders':>9} {'appends':>8} {'p50 us':>8} {'p90 us':>8} {'p99 us':>8}")
    for c, rows in results.items():
        base = rows[next(iter(SETUPS))]["p50_us"]
        for name, r in rows.items():
            verdict = ""
            if name.startswith(("journal", "process")):
                verdict = f"  x{base / r['p50_us']:.2f} vs baseline p50" + (
                    f"   [target <= 200 us p50: {'PASS' if r['p50_us'] <= 200 else 'MISS'}]" if c == "1" else "")
            print(f"{name:<44} {c:>9} {r['appends']:>8} {r['p50_us']:>8.0f} {r['p90_us']:>8.0f} "
                  f"{r['p99_us']:>8.0f}{verdict}")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--rounds", type=int, default=60)
    p.add_argument("--per-round", type=int, default=10, help="appends per appender per round")
    p.add_argument("--concurrency", default="1", help="comma-separated numbers of concurrent appenders (the CPU "
                   "work of all appenders shares one event loop, so above 1 the wait includes queueing)")
    p.add_argument("--prefill", type=int, default=3000,
                   help="records appended to each log before measuring, so its SQLite WAL has grown to the "
                        "checkpoint size and restarted, as in a proxy that has been running (0: fresh logs)")
    p.add_argument("--work-us", type=float, default=500,
                   help="CPU work before each append, as the rest of a request (default 500 us)")
    p.add_argument("--dir", type=Path, default=ROOT / "bench" / "out", help="where the logs go (the disk measured)")
    args = p.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    command = "bench/audit/wait.py " + " ".join(sys.argv[1:])
    print(f"$ .venv/bin/python {command}")
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    results = run(args)
    report(results)
    out = ROOT / "bench" / "out"
    path = out / f"audit-wait-{time.strftime('%Y%m%dT%H%M%S')}.json"
    path.write_text(json.dumps({"command": command, "results": results}, indent=1) + "\n")
    print(f"\nresults: {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()

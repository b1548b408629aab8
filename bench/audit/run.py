"""Audit log benchmark: group-commit appends vs one commit per record, on SQLite and PostgreSQL; verify speed.

    .venv/bin/python bench/audit/run.py                  # both stores, about a minute
    .venv/bin/python bench/audit/run.py --stores sqlite,sqlite-journal,sqlite-process  # no PostgreSQL needed
    .venv/bin/python bench/audit/run.py --records 50000 --appenders 128 --verify-records 200000

Figures, each next to its baseline measured in the same run on the same machine:

* request-path CPU: what an append costs the event loop before it waits (canonical encoding + leaf
  hash + enqueue), p50/p99 in microseconds; the issue's target is <= 0.2 ms p50.
* appends/s and append latency p50/p99 with N concurrent appenders (each a "request" appending one
  record after another, as the proxy does), through AuditLog (group commit, fsync/WAL-flush per batch),
  vs the baseline: one INSERT + COMMIT per record with the same durability settings.
* request-path wait, with and without the durability journal (bench/audit/wait.py, run first).
* verify records/s over a log of V records (hash every body, recompute the tree, check every signed
  checkpoint), vs the baseline: reading the same rows without checking anything.

PostgreSQL runs against --dsn (default the local test database) in a throwaway schema that is dropped.
Results are printed and written as JSON under bench/out/.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import platform
import sqlite3
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from audit import AuditConfig, AuditLog, AuditRecord, FindingSummary
from audit.store import Leaf
from audit.verify import CHUNK, verify_store


def sample_record(i: int) -> AuditRecord:
    """A typical record: two finding types with fingerprints, as a redacted chat request produces."""
    return AuditRecord(
        time=f"2026-11-24T10:{(i // 60) % 60:02d}:{i % 60:02d}.{i % 1000000:06d}Z", request_id=f"req_{i:012d}",
        tenant="payments", key_id="app-1", client_addr="10.0.0.7", endpoint="openai.chat", protocol="openai",
        model_requested="deepseek-chat", vendor="deepseek", model_routed="deepseek-chat", region="cn-mainland",
        jurisdiction="CN", action="redact", rule="mask-personal", policy_id="builtin", policy_version="3",
        policy_sha256="ab" * 32,
        findings=(FindingSummary("CN_PHONE", "personal", 2, "redact", ("1f" * 16, "2e" * 16)),
                  FindingSummary("CN_ID_CARD", "sensitive_personal", 1, "redact", ("3d" * 16,))),
        upstream_status=200, status=200, latency_ms=412.733, prompt_tokens=850, completion_tokens=120,
        bytes_in=3400, bytes_out=1800, streamed=True, attempts=("deepseek",),
        trace_id="0af7651916cd43dd8448eb211c80319c", span_id="b7ad6b7169203331")


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, max(0, round(p / 100 * len(values)) - 1))]


def request_path_cpu(n: int) -> dict[str, float]:
    """Synchronous work an append does on the event loop before awaiting the commit."""
    recs = [sample_record(i) for i in range(n)]
    times = []
    for r in recs:
        t = time.perf_counter_ns()
        Leaf.from_record(r)
        times.append((time.perf_counter_ns() - t) / 1000)
    # enqueue cost: creating the future and appending to the pending list (measured on a live loop)
    async def enqueue() -> list[float]:
        loop = asyncio.get_running_loop()
        pending: list[Any] = []
        out = []
        for _ in range(n):
            t = time.perf_counter_ns()
            fut = loop.create_future()
            pending.append((None, fut))
            out.append((time.perf_counter_ns() - t) / 1000)
        return out
    enq = asyncio.run(enqueue())
    total = [a + b for a, b in zip(times, enq)]
    return {"encode_hash_p50_us": pct(times, 50), "encode_hash_p99_us": pct(times, 99),
            "request_path_p50_us": pct(total, 50), "request_path_p99_us": pct(total, 99)}


async def group_commit(cfg: AuditConfig, records: int, appenders: int) -> dict[str, float]:
    log = await AuditLog.open(cfg)
    lat: list[float] = []
    per = records // appenders

    async def appender(a: int) -> None:
        for k in range(per):
            r = sample_record(a * per + k)
            t = time.perf_counter()
            await log.append(r)
            lat.append(time.perf_counter() - t)
    try:
        t0 = time.perf_counter()
        await asyncio.gather(*(appender(a) for a in range(appenders)))
        elapsed = time.perf_counter() - t0
        batches = log.writer.batches
    finally:
        await log.close()
    n = per * appenders
    return {"records": n, "appends_per_s": n / elapsed, "latency_p50_ms": pct(lat, 50) * 1e3,
            "latency_p99_ms": pct(lat, 99) * 1e3, "mean_batch": n / max(batches, 1)}


def sqlite_baseline(path: Path, records: int) -> dict[str, float]:
    """One INSERT + COMMIT per record, WAL + synchronous=FULL: what durability costs without batching."""
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("CREATE TABLE r (idx INTEGER PRIMARY KEY, body BLOB)")
    body = Leaf.from_record(sample_record(0)).body
    lat = []
    t0 = time.perf_counter()
    for i in range(records):
        t = time.perf_counter()
        db.execute("BEGIN")
        db.execute("INSERT INTO r VALUES (?, ?)", (i, body))
        db.execute("COMMIT")
        lat.append(time.perf_counter() - t)
    elapsed = time.perf_counter() - t0
    db.close()
    return {"records": records, "appenders": 1, "appends_per_s": records / elapsed, "latency_p50_ms": pct(lat, 50) * 1e3,
            "latency_p99_ms": pct(lat, 99) * 1e3}


async def pg_baseline(dsn: str, schema: str, records: int, appenders: int) -> dict[str, float]:
    """One INSERT per transaction (commit waits for the WAL flush), same concurrency, no batching."""
    import asyncpg
    pool = await asyncpg.create_pool(dsn, min_size=1, max_size=8)
    await pool.execute(f'CREATE TABLE "{schema}".baseline (idx bigint PRIMARY KEY, body bytea)')
    body = Leaf.from_record(sample_record(0)).body
    lat: list[float] = []
    per = records // appenders

    async def appender(a: int) -> None:
        for k in range(per):
            t = time.perf_counter()
            async with pool.acquire() as con:
                await con.execute(f'INSERT INTO "{schema}".baseline VALUES ($1, $2)', a * per + k, body)
            lat.append(time.perf_counter() - t)
    t0 = time.perf_counter()
    await asyncio.gather(*(appender(a) for a in range(appenders)))
    elapsed = time.perf_counter() - t0
    await pool.close()
    n = per * appenders
    return {"records": n, "appenders": appenders, "appends_per_s": n / elapsed,
            "latency_p50_ms": pct(lat, 50) * 1e3, "latency_p99_ms": pct(lat, 99) * 1e3}


async def fill(cfg: AuditConfig, n: int) -> None:
    log = await AuditLog.open(cfg)
    try:
        for start in range(0, n, 4096):
            await asyncio.gather(*(log.append(sample_record(i)) for i in range(start, min(n, start + 4096))))
    finally:
        await log.close()


async def verify_speed(cfg: AuditConfig, n: int) -> dict[str, float]:
    await fill(cfg, n)
    log = await AuditLog.open(cfg, writable=False)
    try:
        t0 = time.perf_counter()
        rows = 0
        for start in range(0, n, CHUNK):
            rows += len(await log.store.scan(start, min(n, start + CHUNK)))
        read_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        report = await verify_store(log.store, log.verifiers, origin=cfg.origin)
        verify_s = time.perf_counter() - t0
    finally:
        await log.close()
    if not report.ok:
        raise SystemExit(f"verify failed on a clean log: {report.summary()}")
    return {"records": report.size, "checkpoints": report.checkpoints, "verify_per_s": n / verify_s,
            "baseline_read_per_s": rows / read_s}


async def drop_schema(dsn: str, schema: str) -> None:
    import asyncpg
    con = await asyncpg.connect(dsn)
    try:
        await con.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
    finally:
        await con.close()


async def run_store(store: str, args: argparse.Namespace, tmp: Path) -> dict[str, Any]:
    out: dict[str, Any] = {}
    schemas: list[str] = []

    def cfg(name: str, **extra: Any) -> AuditConfig:
        if store == "postgres":
            schema = f"bench_audit_{name}_{uuid.uuid4().hex[:8]}"
            schemas.append(schema)
            section: dict[str, Any] = {"store": "postgres", "dsn": args.dsn, "schema": schema}
        else:
            section = {"store": "sqlite", "path": f"{name}.db", "journal": store != "sqlite"}
            if store == "sqlite-process":
                section["durability"] = "process-crash"
        section.update(extra)
        return AuditConfig.from_mapping(section, tmp / store / name)
    try:
        levels = [int(a) for a in str(args.appenders).split(",")]
        out["group_commit"] = {a: await group_commit(cfg(f"append{a}"), args.records, a) for a in levels}
        if store.startswith("sqlite"):
            (tmp / "baseline").mkdir(exist_ok=True)
            out["baseline"] = sqlite_baseline(tmp / "baseline" / f"{store}.db", args.baseline_records)
        else:
            c = cfg("baseline")
            log = await AuditLog.open(c)  # creates the schema
            await log.close()
            out["baseline"] = await pg_baseline(args.dsn, c.schema, args.baseline_records, levels[0])
        if store in ("sqlite", "postgres"):  # behind the journal it is the same store: verify reads only it
            out["verify"] = await verify_speed(cfg("verify", checkpoint_records=10_000), args.verify_records)
    finally:
        for s in schemas:
            await drop_schema(args.dsn, s)
    return out


def levels_label(r: dict[str, Any]) -> str:
    return str(next(iter(r["group_commit"])))


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--stores", default="sqlite,sqlite-journal,postgres",
                   help="sqlite-journal: SQLite behind the durability journal (journal: true); sqlite-process: "
                        "the same with durability: process-crash")
    p.add_argument("--wait-rounds", type=int, default=60,
                   help="rounds of bench/audit/wait.py (request-path wait with and without the journal); 0 skips")
    p.add_argument("--records", type=int, default=20_000)
    p.add_argument("--appenders", default="64,256", help="comma-separated concurrency levels")
    p.add_argument("--baseline-records", type=int, default=2_000)
    p.add_argument("--verify-records", type=int, default=100_000)
    p.add_argument("--dsn", default="postgresql://127.0.0.1:5432/test")
    args = p.parse_args()
    command = "bench/audit/run.py " + " ".join(sys.argv[1:])
    results: dict[str, Any] = {"command": command, "python": platform.python_version(),
                               "machine": platform.machine(), "cpus": __import__("os").cpu_count()}
    cpu = request_path_cpu(20_000)
    results["request_path"] = cpu
    print(f"$ .venv/bin/python {command}")
    print(f"request-path CPU per append (encode + leaf hash + enqueue): p50 {cpu['request_path_p50_us']:.1f} us, "
          f"p99 {cpu['request_path_p99_us']:.1f} us   [target <= 200 us p50: "
          f"{'PASS' if cpu['request_path_p50_us'] <= 200 else 'MISS'}]")
    if args.wait_rounds:
        from bench.audit import wait
        print("\nrequest-path wait (append until durable), concurrency 1, 500 us of CPU per request between appends:")
        w = argparse.Namespace(rounds=args.wait_rounds, per_round=10, concurrency="1", work_us=500.0, prefill=3000,
                               dir=ROOT / "bench" / "out")
        w.dir.mkdir(parents=True, exist_ok=True)
        results["wait"] = wait.run(w)
        wait.report(results["wait"])
    with tempfile.TemporaryDirectory(prefix="gq-audit-bench-") as tmpdir:
        for store in [s for s in args.stores.split(",") if s]:
            r = asyncio.run(run_store(store, args, Path(tmpdir)))
            results[store] = r
            b, v = r["baseline"], r.get("verify")
            print(f"\n[{store}]")
            for a, g in r["group_commit"].items():
                print(f"  group commit,              {a:>3} appenders {g['appends_per_s']:>8,.0f} records/s   latency p50 "
                      f"{g['latency_p50_ms']:.2f} ms  p99 {g['latency_p99_ms']:.2f} ms   mean batch "
                      f"{g['mean_batch']:.0f}   [target >= 5,000/s: "
                      f"{'PASS' if g['appends_per_s'] >= 5000 else 'MISS'}]")
            first = next(iter(r["group_commit"].values()))
            print(f"  baseline, 1 commit/record, {b['appenders']:>3} appenders {b['appends_per_s']:>8,.0f} records/s   "
                  f"latency p50 {b['latency_p50_ms']:.2f} ms  p99 {b['latency_p99_ms']:.2f} ms   "
                  f"(group commit, {levels_label(r)} appenders: x{first['appends_per_s'] / b['appends_per_s']:.1f})")
            if v is None:
                continue
            print(f"  verify                                     {v['verify_per_s']:>8,.0f} records/s over {v['records']:,} records, "
                  f"{v['checkpoints']} checkpoints   [target >= 50,000/s: "
                  f"{'PASS' if v['verify_per_s'] >= 50000 else 'MISS'}]")
            print(f"  baseline, plain read of the same rows      {v['baseline_read_per_s']:>8,.0f} rows/s")
    out = ROOT / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"audit-{time.strftime('%Y%m%dT%H%M%S')}.json"
    path.write_text(json.dumps(results, indent=1) + "\n")
    print(f"\nresults: {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()

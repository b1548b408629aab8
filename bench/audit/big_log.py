"""A 100k-record SQLite audit log: the store's CPU per commit while it grows, then the auditor's reads on it.

    PYTHONPATH=/tmp/gq-base .venv/bin/python -P bench/audit/big_log.py build /tmp/log-base
    PYTHONPATH=. .venv/bin/python -P bench/audit/big_log.py build /tmp/log-after
    PYTHONPATH=. .venv/bin/python -P bench/audit/big_log.py reads /tmp/log-base /tmp/log-after

`build` writes `--records` records in commits of `--batch` through the tree's own `SqliteStore._append`
(synchronous=NORMAL, so the fsync's wait is not in it) with request ids from the tree's own
`fresh_request_id`, and prints the thread CPU per commit (user + system: the WAL writes are system time).
`reads` times the queries and proof reads an auditor makes on two such logs, alternating between them in one
process so that both see the same load; each log is read with the SQL of its own layout (the `tree` table
of (level, idx), or `tree_nodes` keyed by completion order), and the records queries are the store's.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from audit import merkle
from audit.query import QueryFilters, where_clause

WHEN = "2026-12-01T05:00:00.{:06d}Z"


def build(out: Path, records: int, batch: int) -> None:
    from audit.record import AuditRecord
    from audit.sqlite import SqliteStore
    from audit.store import Leaf
    from proxy.exchange import fresh_request_id

    out.mkdir(parents=True, exist_ok=True)
    path = out / "audit.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    store = SqliteStore(path, synchronous="NORMAL")
    store._connect()
    cpu: list[float] = []
    for first in range(0, records, batch):
        leaves = [Leaf.from_record(AuditRecord(
            time=WHEN.format(n % 1_000_000), request_id=fresh_request_id(), tenant="bench", key_id="k_bench",
            client_addr="127.0.0.1", endpoint="openai.chat", protocol="openai", model_requested="gpt-4o-mini",
            vendor="echo-us", model_routed="gpt-4o-mini", region="us", jurisdiction="US", action="allow",
            rule="default", policy_id="bench", policy_version="1", policy_sha256="ab" * 32,
            upstream_status=200, status=200, latency_ms=1.234, prompt_tokens=12, completion_tokens=5,
            bytes_in=1024, bytes_out=400, attempts=("echo-us",), trace_id="ab" * 16, span_id="cd" * 8))
            for n in range(first, min(first + batch, records))]
        start = time.thread_time()
        store._append(leaves)
        cpu.append(time.thread_time() - start)
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.db.close()
    tail = cpu[-len(cpu) // 5:]
    print(f"{records} records in commits of {batch}: "
          f"thread CPU per commit {1e6 * statistics.fmean(cpu):.1f} us "
          f"(last fifth {1e6 * statistics.fmean(tail):.1f} us), {path.stat().st_size / 1e6:.1f} MB")


def reads(dirs: list[Path], seed: int) -> None:
    dbs = [sqlite3.connect(d / "audit.db") for d in dirs]
    new = [db.execute("SELECT 1 FROM sqlite_master WHERE name = 'tree_nodes'").fetchone() is not None
           for db in dbs]
    size = [int(db.execute("SELECT size FROM head").fetchone()[0]) for db in dbs]
    ids = [[r for (r,) in db.execute("SELECT request_id FROM records WHERE idx % 500 = 7")] for db in dbs]
    rng = random.Random(seed)

    def query(k: int, f: QueryFilters, after: int = -1) -> object:
        where, args = where_clause(f, after, lambda n: "?", "instr({col}, {arg}) > 0")
        return dbs[k].execute(f"SELECT idx, body FROM records WHERE {where} ORDER BY idx LIMIT ?",
                              (*args, 101)).fetchall()

    def nodes(k: int, want: list[tuple[int, int]]) -> object:
        if new[k]:
            return [dbs[k].execute("SELECT hash FROM tree_nodes WHERE key = ?",
                                   (((((i + 1) << lv) - 1) << 6) | lv,)).fetchone() for lv, i in want]
        return [dbs[k].execute("SELECT hash FROM tree WHERE level = ? AND idx = ?", n).fetchone()
                for n in want]

    def scan(k: int, start: int, end: int) -> object:
        if new[k]:
            return dbs[k].execute(
                "SELECT t.key >> 6, t.hash, r.body FROM tree_nodes t "
                "LEFT JOIN records r ON r.idx = t.key >> 6 "
                "WHERE t.key >= ? AND t.key < ? AND t.key & 63 = 0 ORDER BY t.key",
                (start << 6, end << 6)).fetchall()
        return dbs[k].execute(
            "SELECT t.idx, t.hash, r.body FROM tree t LEFT JOIN records r ON r.idx = t.idx "
            "WHERE t.level = 0 AND t.idx >= ? AND t.idx < ? ORDER BY t.idx", (start, end)).fetchall()

    def orphans(k: int) -> object:
        join = "tree_nodes t ON t.key = r.idx << 6" if new[k] else "tree t ON t.level = 0 AND t.idx = r.idx"
        return dbs[k].execute(f"SELECT r.idx FROM records r LEFT JOIN {join} WHERE t.hash IS NULL LIMIT 10"
                              ).fetchall()

    cases: list[tuple[str, Callable[[int], object], int]] = [
        ("request_id lookup", lambda k: query(k, QueryFilters(request_id=rng.choice(ids[k]))), 300),
        ("tenant + action, page of 100 after idx 50000",
         lambda k: query(k, QueryFilters(tenant="bench", action="allow"), 50_000), 100),
        ("time range of 1000 records, page of 100",
         lambda k: query(k, QueryFilters(since=WHEN.format(40_000), until=WHEN.format(41_000))), 10),
        ("inclusion proof nodes, random leaf",
         lambda k: nodes(k, merkle.needed_nodes(merkle.inclusion_ranges(rng.randrange(size[k]), size[k]))),
         500),
        ("consistency proof nodes, random old size",
         lambda k: nodes(k, merkle.needed_nodes(
             merkle.consistency_ranges(rng.randrange(1, size[k]), size[k]))),
         300),
        ("scan of 1000 leaves with bodies (verify)",
         lambda k: scan(k, *(lambda s: (s, s + 1000))(rng.randrange(size[k] - 1000))), 60),
        ("orphans over the whole log (verify)", orphans, 6),
    ]
    print("median ms: " + "   ".join(f"{d}" for d in dirs))
    for name, fn, reps in cases:
        times: list[list[float]] = [[] for _ in dbs]
        for rep in range(reps):
            for k in (range(len(dbs)) if rep % 2 else reversed(range(len(dbs)))):
                start = time.perf_counter()
                fn(k)
                times[k].append(time.perf_counter() - start)
        print(f"  {name:46}" + "".join(f"{1e3 * statistics.median(t):10.3f}" for t in times))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("what", choices=("build", "reads"))
    ap.add_argument("dirs", nargs="+", type=Path)
    ap.add_argument("--records", type=int, default=100_000)
    ap.add_argument("--batch", type=int, default=8)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    if args.what == "build":
        build(args.dirs[0], args.records, args.batch)
    else:
        reads(args.dirs, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())

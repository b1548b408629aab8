"""CPU of each statement of the SQLite store's append transaction, one record per commit, in a tight loop.

    .venv/bin/python bench/audit/txn_parts.py --synchronous NORMAL
    # system calls per commit: the difference of two traced runs, divided by the extra commits
    strace -c -f -o /tmp/a.txt .venv/bin/python bench/audit/txn_parts.py --prefill 1000 --appends 0
    strace -c -f -o /tmp/b.txt .venv/bin/python bench/audit/txn_parts.py --prefill 1000 --appends 500

The same statements as `SqliteStore._append` (audit/sqlite.py), timed one by one with time.thread_time on
a fresh database next to the checkout (same disk) after `--prefill` records, so the WAL has reached its
checkpoint size and restarted as in a running proxy. Prints the median of each part in microseconds.
This is the transaction's own cost, with warm caches; on the store's thread between requests it is higher
(bench/audit/handoff.py measures it there).
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from audit.merkle import Frontier  # noqa: E402
from audit.record import AuditRecord  # noqa: E402
from audit.sqlite import SCHEMA, TREE_SCHEMA, insert_rows, node_key  # noqa: E402
from audit.store import Leaf, extend  # noqa: E402

PARTS = ("begin", "head_read", "frontier", "hashing", "tree_insert", "record_insert", "head_update", "commit")


def record(i: int) -> AuditRecord:
    return AuditRecord(time=f"2026-11-24T10:00:00.{i % 1000000:06d}Z", request_id=f"req_{i:010d}", tenant="hr",
                       key_id="app-1", client_addr="10.0.0.7", endpoint="openai.chat", protocol="openai",
                       model_requested="deepseek-chat", vendor="deepseek", model_routed="deepseek-chat",
                       region="cn-mainland", jurisdiction="CN", action="allow", rule="default-allow",
                       policy_id="builtin", policy_version="1", policy_sha256="0" * 64, upstream_status=200,
                       status=200, latency_ms=12.5, prompt_tokens=10, completion_tokens=5, bytes_in=300,
                       bytes_out=500, attempts=("deepseek",))


def append(db: sqlite3.Connection, leaves: list[Leaf], times: dict[str, list[float]] | None) -> None:
    marks = [time.thread_time()]

    def mark() -> None:
        marks.append(time.thread_time())

    db.execute("BEGIN IMMEDIATE"); mark()
    size, raw = db.execute("SELECT size, frontier FROM head WHERE id = 1").fetchone(); mark()
    frontier = Frontier.from_bytes(size, raw); mark()
    nodes = extend(frontier, leaves); mark()
    insert_rows(db, "tree_nodes (key, hash)", 2, [(node_key(lv, i), h) for lv, i, h in nodes], 999); mark()
    insert_rows(db, "records", 11, [leaf.columns(size + i) for i, leaf in enumerate(leaves)], 999); mark()
    db.execute("UPDATE head SET size = ?, frontier = ? WHERE id = 1", (frontier.size, frontier.to_bytes())); mark()
    db.execute("COMMIT"); mark()
    if times is not None:
        for k, name in enumerate(PARTS):
            times[name].append(marks[k + 1] - marks[k])
        times["total"].append(marks[-1] - marks[0])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--synchronous", default="NORMAL")
    ap.add_argument("--prefill", type=int, default=3000)
    ap.add_argument("--appends", type=int, default=1000)
    args = ap.parse_args()
    leaves = [Leaf.from_record(record(i)) for i in range(args.prefill + args.appends)]
    with tempfile.TemporaryDirectory(dir=ROOT / "bench") as d:
        db = sqlite3.connect(Path(d) / "audit.db", isolation_level=None, check_same_thread=False)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute(f"PRAGMA synchronous={args.synchronous}")
        db.executescript(SCHEMA)
        for statement in TREE_SCHEMA:
            db.execute(statement)
        for leaf in leaves[: args.prefill]:
            append(db, [leaf], None)
        times: dict[str, list[float]] = {name: [] for name in (*PARTS, "total")}
        for leaf in leaves[args.prefill:]:
            append(db, [leaf], times)
        db.close()
    if args.appends:
        print(f"synchronous={args.synchronous}, {args.appends} commits of one record, median CPU us: "
              + "  ".join(f"{k} {statistics.median(v) * 1e6:.1f}" for k, v in times.items()))


if __name__ == "__main__":
    main()

"""Time-window pages of the auditor's query on a big SQLite log: the store's plan beside a plain walk in log order.

    PYTHONPATH=. .venv/bin/python -P bench/audit/big_log.py build /tmp/log100k
    PYTHONPATH=. .venv/bin/python -P bench/audit/window_query.py /tmp/log100k

Why: `guanqia audit query --since/--until` pages in log order, and a plain `ORDER BY idx LIMIT n` with the
time as a filter walks every record from the cursor to the window (tens of ms deep in a 100k log). The store
now starts at the window's first record when that is cheaper (audit/sqlite.py, `_window_is_nearer`). Both
plans run alternately on the same file, best of 7, and must return the same rows. Windows are given in
record positions of big_log's synthetic times (one per microsecond).
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import time
from collections.abc import Callable
from pathlib import Path

from audit.query import QueryFilters, where_clause
from audit.sqlite import SqliteStore

WHEN = "2026-12-01T05:00:00.{:06d}Z"
Rows = list[tuple[int, bytes]]


def plain_walk(db: sqlite3.Connection) -> Callable[[QueryFilters, int, int], Rows]:
    def run(f: QueryFilters, after: int, limit: int) -> Rows:
        where, args = where_clause(f, after, lambda n: "?", "instr({col}, {arg}) > 0")
        return db.execute(f"SELECT idx, body FROM records WHERE {where} ORDER BY idx LIMIT ?",
                          (*args, limit)).fetchall()
    return run


def best_ms(fn: Callable[[QueryFilters, int, int], Rows], f: QueryFilters, after: int) -> tuple[float, Rows]:
    best, rows = float("inf"), []
    for _ in range(7):
        start = time.perf_counter()
        rows = fn(f, after, 100)
        best = min(best, time.perf_counter() - start)
    return best * 1e3, rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("log", type=Path, help="a directory written by big_log.py build")
    args = ap.parse_args()
    db = sqlite3.connect(args.log / "audit.db")
    size = int(db.execute("SELECT size FROM head").fetchone()[0])
    store = object.__new__(SqliteStore)  # the store's query method on this connection, nothing else opened
    store._db = db  # noqa: SLF001 - a bench reaching into the store on purpose
    plans = {"plain walk": plain_walk(db), "store": store._query}  # noqa: SLF001
    at = lambda share: WHEN.format(int(size * share))  # noqa: E731
    cases = [
        ("1% window at 40%", QueryFilters(since=at(0.40), until=at(0.41)), -1),
        ("1% window at 90%", QueryFilters(since=at(0.90), until=at(0.91)), -1),
        ("since 50%", QueryFilters(since=at(0.50)), -1),
        ("since 50%, second page", QueryFilters(since=at(0.50)), int(size * 0.50) + 99),
        ("since 1%", QueryFilters(since=at(0.01)), -1),
        ("since the last 0.1%", QueryFilters(since=at(0.999)), -1),
        ("until 1%", QueryFilters(until=at(0.01)), -1),
        ("until 99%", QueryFilters(until=at(0.99)), -1),
        ("no time filter", QueryFilters(), -1),
        ("empty window after the end", QueryFilters(since=WHEN.format(size + 1)), -1),
    ]
    print(f"{size} records; best of 7, ms per page of 100")
    print(f"  {'window':32}{'plain walk':>12}{'store':>10}{'ratio':>8}")
    for name, f, after in cases:
        (walk_ms, walk_rows), (store_ms, store_rows) = (best_ms(plans[p], f, after) for p in plans)
        assert walk_rows == store_rows, f"{name}: the two plans returned different rows"
        print(f"  {name:32}{walk_ms:12.3f}{store_ms:10.3f}{walk_ms / store_ms:8.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())

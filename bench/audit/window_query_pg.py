"""Time-window pages on a 100k-row PostgreSQL records table: what the planner does with the store's query.

    PYTHONPATH=. .venv/bin/python -P bench/audit/window_query_pg.py [--dsn postgresql://127.0.0.1:5432/test]

Why: the SQLite store steers its time-window pages itself (bench/audit/window_query.py); the PostgreSQL store
leaves it to the planner. This fills a scratch schema with the store's records table and indexes (100k rows,
synthetic times one per microsecond, generated in SQL), runs the store's own WHERE clause before and after
ANALYZE (autovacuum's analyze keeps statistics like these in a live database), prints best-of-7 ms and the
plan, and drops the schema.
"""
from __future__ import annotations

import argparse
import asyncio
import sys
import time

import asyncpg

from audit.query import QueryFilters, where_clause

WHEN = "2026-12-01T05:00:00.{:06d}Z"


async def run(dsn: str) -> None:
    con = await asyncpg.connect(dsn)
    await con.execute("DROP SCHEMA IF EXISTS gq_winq CASCADE; CREATE SCHEMA gq_winq")
    await con.execute("""CREATE TABLE gq_winq.records (idx bigint PRIMARY KEY, body bytea NOT NULL, time text NOT NULL,
    tenant text NOT NULL, vendor text NOT NULL, region text NOT NULL, action text NOT NULL,
    rule text NOT NULL, request_id text NOT NULL, entity_types text NOT NULL, data_classes text NOT NULL);
    CREATE INDEX records_time ON gq_winq.records (time); CREATE INDEX records_request ON gq_winq.records (request_id);""")
    await con.execute("""INSERT INTO gq_winq.records SELECT i, decode(repeat('ab', 300), 'hex'),
      '2026-12-01T05:00:00.' || lpad(i::text, 6, '0') || 'Z', 'bench', 'v', 'cn', 'allow', 'r', 'req_' || i, ',', ','
      FROM generate_series(0, 99999) i""")
    for analyzed in (False, True):
        if analyzed:
            await con.execute("ANALYZE gq_winq.records")
        for name, f in [("1% at 90%", QueryFilters(since=WHEN.format(90000), until=WHEN.format(91000))),
                        ("since last 0.1%", QueryFilters(since=WHEN.format(99900))),
                        ("since 1%", QueryFilters(since=WHEN.format(1000))),
                        ("empty", QueryFilters(since=WHEN.format(200000)))]:
            where, args = where_clause(f, -1, lambda n: f"${n}", "strpos({col}, {arg}) > 0")
            sql = f"SELECT idx, body FROM gq_winq.records WHERE {where} ORDER BY idx LIMIT ${len(args)+1}"
            best = 1e9
            for _ in range(7):
                t = time.perf_counter(); rows = await con.fetch(sql, *args, 100); best = min(best, time.perf_counter()-t)
            plan = await con.fetch("EXPLAIN " + sql, *args, 100)
            print(f"analyzed={analyzed} {name:16} {best*1e3:8.3f} ms rows={len(rows)} plan: {plan[1][0].strip()[:70] if len(plan)>1 else plan[0][0][:70]}")
    await con.execute("DROP SCHEMA gq_winq CASCADE")
    await con.close()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dsn", default="postgresql://127.0.0.1:5432/test")
    asyncio.run(run(ap.parse_args().dsn))
    return 0


if __name__ == "__main__":
    sys.exit(main())

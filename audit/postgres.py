"""PostgreSQL audit store (asyncpg): one log shared by every proxy instance, appends serialized.

Choice: ONE log per schema, written by all instances. Each group-commit transaction starts with
`SELECT ... FROM head WHERE id = 1 FOR UPDATE`; that row lock serializes appenders across instances,
so the tree grows in one order and auditors follow one log with one checkpoint series (signed by any
instance, all holding the same key). The lock is held for one batch insert (COPY) and one commit; with
group commit every instance amortizes it over its whole batch, which keeps the throughput of several
instances near that of one. Per-instance logs would scale further but make auditors reconcile N logs.

Durability: COMMIT returns after the WAL flush (synchronous_commit = on, forced per transaction so a
server default of off cannot weaken it).
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import Any

import asyncpg

from audit.merkle import EMPTY_ROOT, Frontier, NodeId
from audit.query import QueryFilters, where_clause
from audit.store import RECORD_COLUMNS, Leaf, Row, StoreUnavailable, TreeHead, extend

SCHEMA = """
CREATE SCHEMA IF NOT EXISTS {s};
CREATE TABLE IF NOT EXISTS {s}.tree (level smallint NOT NULL, idx bigint NOT NULL, hash bytea NOT NULL,
    PRIMARY KEY (level, idx));
CREATE TABLE IF NOT EXISTS {s}.records (idx bigint PRIMARY KEY, body bytea NOT NULL, time text NOT NULL,
    tenant text NOT NULL, vendor text NOT NULL, region text NOT NULL, action text NOT NULL,
    rule text NOT NULL, request_id text NOT NULL, entity_types text NOT NULL, data_classes text NOT NULL);
CREATE INDEX IF NOT EXISTS records_time ON {s}.records (time);
CREATE INDEX IF NOT EXISTS records_request ON {s}.records (request_id);
CREATE TABLE IF NOT EXISTS {s}.head (id int PRIMARY KEY CHECK (id = 1), size bigint NOT NULL,
    frontier bytea NOT NULL, pruned_below bigint NOT NULL DEFAULT 0);
INSERT INTO {s}.head (id, size, frontier, pruned_below) VALUES (1, 0, '\\x', 0) ON CONFLICT DO NOTHING;
CREATE TABLE IF NOT EXISTS {s}.checkpoints (id bigserial PRIMARY KEY, size bigint NOT NULL, note bytea NOT NULL);
"""


class PostgresStore:
    def __init__(self, pool: asyncpg.Pool, schema: str) -> None:
        self.pool = pool
        self.schema = schema
        self.s = f'"{schema}"'

    @classmethod
    async def open(cls, dsn: str, schema: str, *, pool_size: int = 4, create: bool = True) -> PostgresStore:
        try:
            pool = await asyncpg.create_pool(dsn, min_size=1, max_size=pool_size)
        except (OSError, asyncpg.PostgresError) as exc:
            raise StoreUnavailable(f"postgres audit store: cannot connect: {type(exc).__name__}") from None
        store = cls(pool, schema)
        try:
            async with pool.acquire() as con:
                if create:
                    # Serialize concurrent first starts: CREATE ... IF NOT EXISTS races on the catalog.
                    async with con.transaction():
                        await con.execute("SELECT pg_advisory_xact_lock(hashtext($1))", "guanqia-audit:" + schema)
                        await con.execute(SCHEMA.format(s=store.s))
                else:
                    found = await con.fetchval("SELECT to_regclass($1)", f"{store.s}.head")
                    if found is None:
                        raise StoreUnavailable(f"postgres audit store: no audit log in schema {schema}")
        except BaseException:
            await pool.close()
            raise
        return store

    async def _fetch(self, sql: str, *args: Any) -> list[asyncpg.Record]:
        try:
            async with self.pool.acquire() as con:
                return list(await con.fetch(sql, *args))
        except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError) as exc:
            raise StoreUnavailable(f"postgres audit store: {type(exc).__name__}") from None

    async def append(self, leaves: Sequence[Leaf]) -> TreeHead:
        try:
            async with self.pool.acquire() as con, con.transaction():
                await con.execute("SET LOCAL synchronous_commit = on")
                row = await con.fetchrow(f"SELECT size, frontier FROM {self.s}.head WHERE id = 1 FOR UPDATE")
                size = int(row["size"])
                frontier = Frontier.from_bytes(size, bytes(row["frontier"]))
                nodes = extend(frontier, leaves)
                await con.copy_records_to_table("tree", schema_name=self.schema, records=nodes,
                                                columns=("level", "idx", "hash"))
                await con.copy_records_to_table(
                    "records", schema_name=self.schema, columns=RECORD_COLUMNS,
                    records=[leaf.columns(size + i) for i, leaf in enumerate(leaves)])
                await con.execute(f"UPDATE {self.s}.head SET size = $1, frontier = $2 WHERE id = 1",
                                  frontier.size, frontier.to_bytes())
        except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError) as exc:
            raise StoreUnavailable(f"postgres audit store: {type(exc).__name__}") from None
        return TreeHead(frontier.size, frontier.root())

    async def head(self) -> TreeHead:
        rows = await self._fetch(f"SELECT size, frontier FROM {self.s}.head WHERE id = 1")
        size = int(rows[0]["size"])
        return TreeHead(size, Frontier.from_bytes(size, bytes(rows[0]["frontier"])).root() if size else EMPTY_ROOT)

    async def size(self) -> int:
        rows = await self._fetch(f"SELECT size FROM {self.s}.head WHERE id = 1")
        return int(rows[0]["size"])

    async def nodes(self, ids: Sequence[NodeId]) -> dict[NodeId, bytes]:
        if not ids:
            return {}
        rows = await self._fetch(
            f"SELECT t.level, t.idx, t.hash FROM {self.s}.tree t "
            "JOIN unnest($1::smallint[], $2::bigint[]) AS w(level, idx) ON t.level = w.level AND t.idx = w.idx",
            [lv for lv, _ in ids], [i for _, i in ids])
        return {(int(r["level"]), int(r["idx"])): bytes(r["hash"]) for r in rows}

    async def scan(self, start: int, end: int) -> list[Row]:
        # Two index range scans on two connections, merged here: the server runs them in parallel and
        # neither pays for a join (measured ~2x faster than the LEFT JOIN for verification).
        leaves, bodies = await asyncio.gather(
            self._fetch(f"SELECT idx, hash FROM {self.s}.tree WHERE level = 0 AND idx >= $1 AND idx < $2 "
                        "ORDER BY idx", start, end),
            self._fetch(f"SELECT idx, body FROM {self.s}.records WHERE idx >= $1 AND idx < $2", start, end))
        by_idx = {r[0]: r[1] for r in bodies}
        return [Row(r[0], r[1], by_idx.get(r[0])) for r in leaves]

    async def orphans(self, size: int, limit: int = 10) -> list[int]:
        rows = await self._fetch(
            f"SELECT r.idx FROM {self.s}.records r LEFT JOIN {self.s}.tree t ON t.level = 0 AND t.idx = r.idx "
            "WHERE t.idx IS NULL OR r.idx >= $1 ORDER BY r.idx LIMIT $2", size, limit)
        return [int(r[0]) for r in rows]

    async def query(self, filters: QueryFilters, after: int, limit: int) -> list[tuple[int, bytes]]:
        where, args = where_clause(filters, after, lambda n: f"${n}", "strpos({col}, {arg}) > 0")
        rows = await self._fetch(
            f"SELECT idx, body FROM {self.s}.records WHERE {where} ORDER BY idx LIMIT ${len(args) + 1}",
            *args, limit)
        return [(int(r[0]), bytes(r[1])) for r in rows]

    async def put_checkpoint(self, size: int, note: bytes) -> None:
        await self._fetch(f"INSERT INTO {self.s}.checkpoints (size, note) VALUES ($1, $2)", size, note)

    async def checkpoints(self) -> list[tuple[int, bytes]]:
        rows = await self._fetch(f"SELECT size, note FROM {self.s}.checkpoints ORDER BY id")
        return [(int(r[0]), bytes(r[1])) for r in rows]

    async def prune(self, before_time: str) -> int:
        try:
            async with self.pool.acquire() as con, con.transaction():
                row = await con.fetchrow(f"SELECT size, pruned_below FROM {self.s}.head WHERE id = 1 FOR UPDATE")
                keep = await con.fetchval(f"SELECT MIN(idx) FROM {self.s}.records WHERE time >= $1",
                                          before_time)
                cut = int(row["size"]) if keep is None else int(keep)
                if cut <= int(row["pruned_below"]):
                    return 0
                status = await con.execute(f"DELETE FROM {self.s}.records WHERE idx < $1", cut)
                await con.execute(f"UPDATE {self.s}.head SET pruned_below = $1 WHERE id = 1", cut)
                return int(status.split()[-1])
        except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError) as exc:
            raise StoreUnavailable(f"postgres audit store: {type(exc).__name__}") from None

    async def pruned_below(self) -> int:
        rows = await self._fetch(f"SELECT pruned_below FROM {self.s}.head WHERE id = 1")
        return int(rows[0][0])

    async def ping(self) -> None:
        await self._fetch(f"SELECT size FROM {self.s}.head WHERE id = 1")

    async def close(self) -> None:
        await self.pool.close()

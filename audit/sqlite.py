"""SQLite audit store: the embedded default, one file in WAL mode, one writer thread.

Durability: WAL with synchronous=FULL, so every COMMIT fsyncs the WAL before returning; `append`
therefore returns only once the batch survives power loss, not just a process crash (NORMAL would
only survive the latter, and the proxy promises an answered request is audited). The cost is one
fsync per *batch*, not per record: the group-commit writer (audit/writer.py) puts every record that
arrived while the previous commit was in flight into the next transaction. With the durability
journal (audit/journal.py) the journal holds the durable copy and the store commits with NORMAL;
`sync` then makes the store durable before the journal lets go of records, and `append(at=n)`
refuses a batch numbered from anything but the log's size, so the journal's indexes are the log's.

All calls run on one dedicated thread that owns the connection (sqlite3 releases the GIL during I/O,
so the event loop keeps serving); it hands each result back with one `call_soon_threadsafe`
(audit.journal.IoThread), not through an executor's concurrent future, which cost an extra wake-up
and lock hand-off per commit; `append_then` hands a commit's outcome straight to the group-commit
writer's callback, which releases the batch's callers in that loop iteration. Writers take BEGIN IMMEDIATE and read the head inside the
transaction, so a second process on the same file (a CLI) cannot fork the tree.

Group commits at synchronous=FULL (the default) are split in two: the transaction runs on the event loop's
thread on a second connection with synchronous=NORMAL, then the store's thread fdatasyncs the WAL file and
only then hands the outcome back. That is what FULL does inside COMMIT (NORMAL plus one sync of the WAL
after the commit; the checkpoints' syncs are the same in both), so the batch is just as durable when its
callers are released. Why: a transaction on the store's thread takes and drops the GIL at every step while
the loop's thread is busy serving, and under load that contention cost 2-4x the transaction's own CPU
(bench/audit/gil_contention.py; docs/benchmarks.md, twelfth round). The loop's
connection never waits for a lock (busy timeout 0): when another connection holds the write lock (a
checkpoint note, pruning, a CLI) the batch goes to the store's thread as before. Its automatic WAL
checkpoint is off, so a checkpoint never stalls the loop; the store's thread runs a passive one every
`LOOP_CHECKPOINT_COMMITS` commits, queued after that batch's sync so the batch is released first.
"""

from __future__ import annotations

import asyncio
import os
import sqlite3
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from audit.journal import IoThread
from audit.merkle import EMPTY_ROOT, Frontier, NodeId
from audit.query import QueryFilters, where_clause
from audit.store import Leaf, Row, StoreUnavailable, TreeHead, extend

T = TypeVar("T")

SCHEMA = """
CREATE TABLE IF NOT EXISTS records (idx INTEGER PRIMARY KEY, body BLOB NOT NULL, time TEXT NOT NULL,
    tenant TEXT NOT NULL, vendor TEXT NOT NULL, region TEXT NOT NULL, action TEXT NOT NULL,
    rule TEXT NOT NULL, request_id TEXT NOT NULL, entity_types TEXT NOT NULL, data_classes TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS records_time ON records (time);
CREATE INDEX IF NOT EXISTS records_request ON records (request_id);
CREATE TABLE IF NOT EXISTS head (id INTEGER PRIMARY KEY CHECK (id = 1), size INTEGER NOT NULL,
    frontier BLOB NOT NULL, pruned_below INTEGER NOT NULL DEFAULT 0);
INSERT OR IGNORE INTO head (id, size, frontier, pruned_below) VALUES (1, 0, x'', 0);
CREATE TABLE IF NOT EXISTS checkpoints (id INTEGER PRIMARY KEY AUTOINCREMENT, size INTEGER NOT NULL,
    note BLOB NOT NULL);
"""

# The tree's nodes, keyed by the order in which appends complete them. Node (level, idx) covers leaves
# [idx * 2**level, (idx + 1) * 2**level) and is completed by its last leaf; key = (last leaf << 6) | level
# grows with every append, so a commit's nodes go at the end of one B-tree (one or two dirty pages)
# instead of at the end of one region per level of a (level, idx) key (one page per level, ~5 more WAL
# frames per commit of 5 records: docs/benchmarks.md, ninth round). `tree` is a view with the old
# table's shape and triggers that write through it, so SQL written for the old layout (an older
# `guanqia audit verify`, the tamper tests) reads and writes the same nodes.
NODE_KEY_SQL = "(((({idx} + 1) << {level}) - 1) << 6) | {level}"
TREE_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS tree_nodes (key INTEGER PRIMARY KEY, hash BLOB NOT NULL)",
    "CREATE VIEW IF NOT EXISTS tree (level, idx, hash) AS "
    "SELECT key & 63, (((key >> 6) + 1) >> (key & 63)) - 1, hash FROM tree_nodes",
    "CREATE TRIGGER IF NOT EXISTS tree_insert INSTEAD OF INSERT ON tree BEGIN "
    f"INSERT INTO tree_nodes (key, hash) VALUES ({NODE_KEY_SQL.format(idx='NEW.idx', level='NEW.level')}, "
    "NEW.hash); END",
    "CREATE TRIGGER IF NOT EXISTS tree_delete INSTEAD OF DELETE ON tree BEGIN "
    f"DELETE FROM tree_nodes WHERE key = {NODE_KEY_SQL.format(idx='OLD.idx', level='OLD.level')}; END",
    "CREATE TRIGGER IF NOT EXISTS tree_update INSTEAD OF UPDATE ON tree BEGIN "
    f"UPDATE tree_nodes SET key = {NODE_KEY_SQL.format(idx='NEW.idx', level='NEW.level')}, hash = NEW.hash "
    f"WHERE key = {NODE_KEY_SQL.format(idx='OLD.idx', level='OLD.level')}; END",
)
LEGACY_TREE = """CREATE TABLE IF NOT EXISTS tree (level INTEGER NOT NULL, idx INTEGER NOT NULL,
    hash BLOB NOT NULL, PRIMARY KEY (level, idx)) WITHOUT ROWID"""
"""The layout before tree_nodes (kept for tests of the migration)."""


def node_key(level: int, idx: int) -> int:
    """`tree_nodes.key` of node (level, idx): its last leaf's index, then its level (see TREE_SCHEMA)."""
    return ((((idx + 1) << level) - 1) << 6) | level


ROWS_PER_INSERT = 64
"""Rows per INSERT statement at most: each row count is its own prepared statement, so a cap keeps the
shapes few (two tables x 64, inside the connection's statement cache) however batch sizes vary."""


@lru_cache(maxsize=2 * ROWS_PER_INSERT)
def _insert_sql(table: str, columns: int, rows: int) -> str:
    """INSERT of `rows` rows of `columns` values; cached per shape, as batches repeat sizes."""
    one = "(" + ",".join("?" * columns) + ")"
    return f"INSERT INTO {table} VALUES " + ",".join([one] * rows)


def insert_rows(db: sqlite3.Connection, table: str, columns: int, rows: Sequence[Sequence[object]],
                max_params: int) -> None:
    """Insert a batch's rows with one statement per `max_params` values (one bind and one step each)
    instead of an executemany's step and reset per row: the store's thread holds the GIL for that
    Python-level loop on every commit (docs/benchmarks.md, ninth round)."""
    per = max(1, min(ROWS_PER_INSERT, max_params // columns))
    for at in range(0, len(rows), per):
        chunk = rows[at:at + per]
        db.execute(_insert_sql(table, columns, len(chunk)), [v for row in chunk for v in row])



def time_conditions(filters: QueryFilters) -> tuple[str, list[object]]:
    """The `since` / `until` part of a query alone ("" if it has none), for the time index's lookups."""
    f = filters.normalized()
    conds: list[str] = []
    args: list[object] = []
    if f.since:
        conds.append("time >= ?")
        args.append(f.since)
    if f.until:
        conds.append("time < ?")
        args.append(f.until)
    return " AND ".join(conds), args


LOOP_CHECKPOINT_COMMITS = 64
"""Loop commits between two passive WAL checkpoints on the store's thread (~10 WAL frames a commit of a
few records, so about SQLite's own automatic checkpoint at 1000 frames)."""


def _busy(exc: sqlite3.Error) -> bool:
    """Another connection holds the write lock: the batch is retried on the store's thread, which waits.
    The primary result code, not the message: extended codes (SQLITE_BUSY_SNAPSHOT ...) keep it in the low byte."""
    return (getattr(exc, "sqlite_errorcode", 0) & 0xFF) in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)


_sync_data = getattr(os, "fdatasync", os.fsync)
"""fdatasync where the platform has it (Linux), as SQLite itself uses; fsync elsewhere (macOS)."""


def _checkpointed(result: None, exc: BaseException | None) -> None:
    """A passive checkpoint that failed is retried 64 commits later; a store that really fails shows at the
    next commit, which is what the writer reports."""


class SqliteStore:
    def __init__(self, path: Path, *, synchronous: str = "FULL", create: bool = True,
                 busy_ms: int = 5000) -> None:
        self.path = path
        self._busy = busy_ms / 1000.0
        self._synchronous = synchronous
        self._create = create
        self._io = IoThread("audit-sqlite")
        self._db: sqlite3.Connection | None = None
        self._max_params = 999
        """SQLite's limit on parameters per statement (999 before 3.32), read from the connection."""
        self._loop_db: sqlite3.Connection | None = None
        """The connection the loop's thread commits group-commit batches on (FULL only, see the module doc)."""
        self._wal_fd = -1
        self._loop_commits = 0
        self._legacy = False
        """The file still has the (level, idx) `tree` table: opened without `create`, it is read as it is."""

    @classmethod
    async def open(cls, path: Path, *, synchronous: str = "FULL", create: bool = True,
                   busy_ms: int = 5000) -> SqliteStore:
        store = cls(path, synchronous=synchronous, create=create, busy_ms=busy_ms)
        await store._run(store._connect)
        return store

    def _run(self, fn: Callable[..., T], *args: Any) -> asyncio.Future[T]:
        """Queue `fn` on the store's thread now (a coroutine would queue it one loop iteration later,
        when first awaited); the future raises StoreUnavailable for any SQLite error."""
        return self._io.submit(self._guarded, fn, *args)

    def _guarded(self, fn: Callable[..., T], *args: Any) -> T:
        try:
            return fn(*args)
        except sqlite3.Error as exc:
            raise StoreUnavailable(f"sqlite audit store {self.path}: {type(exc).__name__}: {exc}") from None

    def _connect(self) -> None:
        if not self._create and not self.path.exists():
            raise sqlite3.OperationalError("no audit log at this path")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=self._busy,
                             cached_statements=4 * ROWS_PER_INSERT)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute(f"PRAGMA synchronous={self._synchronous}")
        db.executescript(SCHEMA)
        self._legacy = self._tree_layout(db)
        self._max_params = db.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
        self._db = db
        if self._synchronous.upper() in ("FULL", "2") and self._create and not self._legacy:
            loop_db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=0,
                                      cached_statements=4 * ROWS_PER_INSERT)
            loop_db.execute("PRAGMA synchronous=NORMAL")
            loop_db.execute("PRAGMA wal_autocheckpoint=0")
            self._wal_fd = os.open(f"{self.path}-wal", os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
            self._loop_db = loop_db

    def _tree_layout(self, db: sqlite3.Connection) -> bool:
        """Create tree_nodes (a new file) or move an old file's `tree` table into it (one transaction,
        once); True when an old file opened without `create` is left as it is and read in its layout."""
        def kind() -> str | None:
            row = db.execute("SELECT type FROM sqlite_master WHERE name = 'tree'").fetchone()
            return None if row is None else str(row[0])

        if kind() == "view":
            return False
        if kind() == "table" and not self._create:
            return True
        db.execute("BEGIN IMMEDIATE")
        try:
            if kind() == "table":
                db.execute(TREE_SCHEMA[0])
                db.execute("INSERT INTO tree_nodes (key, hash) SELECT "
                           f"{NODE_KEY_SQL.format(idx='idx', level='level')} AS k, hash FROM tree ORDER BY k")
                db.execute("DROP TABLE tree")
            for statement in TREE_SCHEMA:
                db.execute(statement)
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
        return False

    @property
    def db(self) -> sqlite3.Connection:
        if self._db is None:
            raise sqlite3.ProgrammingError("store is closed")
        return self._db

    # -- writes ------------------------------------------------------------------------------------

    def _append(self, leaves: Sequence[Leaf], at: int | None = None,
                db: sqlite3.Connection | None = None) -> TreeHead:
        db = self.db if db is None else db
        db.execute("BEGIN IMMEDIATE")
        try:
            size, raw = db.execute("SELECT size, frontier FROM head WHERE id = 1").fetchone()
            if at is not None and size != at:
                raise sqlite3.IntegrityError(f"the log has {size} records, these were numbered from {at}")
            frontier = Frontier.from_bytes(size, raw)
            nodes = extend(frontier, leaves)
            if self._legacy:
                insert_rows(db, "tree (level, idx, hash)", 3, nodes, self._max_params)
            else:
                insert_rows(db, "tree_nodes (key, hash)", 2,
                            [(((((i + 1) << level) - 1) << 6) | level, h) for level, i, h in nodes],
                            self._max_params)
            insert_rows(db, "records", 11, [leaf.columns(i) for i, leaf in enumerate(leaves, size)],
                        self._max_params)
            db.execute("UPDATE head SET size = ?, frontier = ? WHERE id = 1",
                       (frontier.size, frontier.to_bytes()))
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
        return TreeHead.after(frontier)

    def append(self, leaves: Sequence[Leaf], *, at: int | None = None) -> asyncio.Future[TreeHead]:
        """The transaction is queued on the store's thread when this returns (see `_run`)."""
        return self._run(self._append, leaves, at)

    def append_then(self, leaves: Sequence[Leaf], done: Callable[[TreeHead | None, BaseException | None], None]
                    ) -> None:
        """`append` for the group-commit writer: the transaction is queued now and `done(head, None)` or
        `done(None, StoreUnavailable)` runs on the loop as the thread's hand-back, so the batch's callers
        are released in that same loop iteration (no future in between to wake a task)."""
        loop_db = self._loop_db
        if loop_db is not None:
            try:
                head = self._append(leaves, None, loop_db)
            except sqlite3.Error as exc:
                if not _busy(exc):
                    error = StoreUnavailable(f"sqlite audit store {self.path}: {type(exc).__name__}: {exc}")
                    asyncio.get_running_loop().call_soon(done, None, error)
                    return
            else:
                self._io.post(self._guarded, (self._make_durable, head), done)
                self._loop_commits += 1
                if self._loop_commits % LOOP_CHECKPOINT_COMMITS == 0:  # after this batch is released
                    self._io.post(self._guarded, (self._checkpoint,), _checkpointed)
                return
        self._io.post(self._guarded, (self._append, leaves), done)

    def _make_durable(self, head: TreeHead) -> TreeHead:
        """The store's thread's half of a loop commit: the WAL's sync that FULL would have done in COMMIT."""
        _sync_data(self._wal_fd)
        return head

    def _checkpoint(self) -> None:
        self.db.execute("PRAGMA wal_checkpoint(PASSIVE)")

    def _sync(self) -> int:
        """One write transaction committed with synchronous=FULL: its WAL fsync makes every earlier
        commit durable too (they precede it in the WAL), whatever the connection's own setting."""
        db = self.db
        db.execute("PRAGMA synchronous=FULL")
        try:
            db.execute("BEGIN IMMEDIATE")
            try:
                size = int(db.execute("SELECT size FROM head WHERE id = 1").fetchone()[0])
                db.execute("UPDATE head SET size = size WHERE id = 1")
                db.execute("COMMIT")
            except BaseException:
                if db.in_transaction:
                    db.execute("ROLLBACK")
                raise
        finally:
            db.execute(f"PRAGMA synchronous={self._synchronous}")
        return size

    async def sync(self) -> int:
        """Make every committed record durable (with synchronous=NORMAL commits are not); return how many
        records the log durably holds."""
        return await self._run(self._sync)

    def _put_checkpoint(self, size: int, note: bytes) -> None:
        self.db.execute("INSERT INTO checkpoints (size, note) VALUES (?, ?)", (size, note))

    async def put_checkpoint(self, size: int, note: bytes) -> None:
        await self._run(self._put_checkpoint, size, note)

    def _prune(self, before_time: str) -> int:
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            size, low = db.execute("SELECT size, pruned_below FROM head WHERE id = 1").fetchone()
            keep = db.execute("SELECT MIN(idx) FROM records WHERE time >= ?", (before_time,)).fetchone()[0]
            cut = size if keep is None else keep
            n = 0
            if cut > low:
                n = db.execute("DELETE FROM records WHERE idx < ?", (cut,)).rowcount
                db.execute("UPDATE head SET pruned_below = ? WHERE id = 1", (cut,))
            db.execute("COMMIT")
            return n
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise

    async def prune(self, before_time: str) -> int:
        return await self._run(self._prune, before_time)

    # -- reads -------------------------------------------------------------------------------------

    def _head(self) -> TreeHead:
        size, raw = self.db.execute("SELECT size, frontier FROM head WHERE id = 1").fetchone()
        return TreeHead(size, Frontier.from_bytes(size, raw).root() if size else EMPTY_ROOT)

    async def head(self) -> TreeHead:
        return await self._run(self._head)

    async def size(self) -> int:
        return await self._run(lambda: int(self.db.execute("SELECT size FROM head WHERE id = 1").fetchone()[0]))

    def _nodes(self, ids: Sequence[NodeId]) -> dict[NodeId, bytes]:
        out: dict[NodeId, bytes] = {}
        for level, idx in ids:
            if self._legacy:
                row = self.db.execute("SELECT hash FROM tree WHERE level = ? AND idx = ?",
                                      (level, idx)).fetchone()
            else:
                row = self.db.execute("SELECT hash FROM tree_nodes WHERE key = ?",
                                      (node_key(level, idx),)).fetchone()
            if row is not None:
                out[(level, idx)] = row[0]
        return out

    async def nodes(self, ids: Sequence[NodeId]) -> dict[NodeId, bytes]:
        return await self._run(self._nodes, list(ids))

    def _scan(self, start: int, end: int) -> list[Row]:
        if self._legacy:
            rows = self.db.execute(
                "SELECT t.idx, t.hash, r.body FROM tree t LEFT JOIN records r ON r.idx = t.idx "
                "WHERE t.level = 0 AND t.idx >= ? AND t.idx < ? ORDER BY t.idx", (start, end)).fetchall()
        else:  # the leaves' keys are idx << 6; the nodes between them (level > 0) are skipped
            rows = self.db.execute(
                "SELECT t.key >> 6, t.hash, r.body FROM tree_nodes t "
                "LEFT JOIN records r ON r.idx = t.key >> 6 "
                "WHERE t.key >= ? AND t.key < ? AND t.key & 63 = 0 ORDER BY t.key",
                (max(start, 0) << 6, max(end, 0) << 6)).fetchall()
        return [Row(i, h, b) for i, h, b in rows]

    async def scan(self, start: int, end: int) -> list[Row]:
        return await self._run(self._scan, start, end)

    def _orphans(self, limit: int) -> list[int]:
        join = ("tree t ON t.level = 0 AND t.idx = r.idx" if self._legacy
                else "tree_nodes t ON t.key = r.idx << 6")
        rows = self.db.execute(f"SELECT r.idx FROM records r LEFT JOIN {join} WHERE t.hash IS NULL "
                               "ORDER BY r.idx LIMIT ?", (limit,)).fetchall()
        return [r[0] for r in rows]

    async def orphans(self, limit: int = 10) -> list[int]:
        return await self._run(self._orphans, limit)

    def _query(self, filters: QueryFilters, after: int, limit: int) -> list[tuple[int, bytes]]:
        times, time_args = time_conditions(filters)
        if times and self._window_is_nearer(times, time_args, after):
            # start at the first record in the window: its smallest idx, read on the time index (which
            # holds idx, so only the window's entries are read); "+idx" so SQLite walks from this bound
            where, args = where_clause(filters, after, lambda n: "?", "instr({col}, {arg}) > 0", "+idx")
            where += (" AND idx >= (SELECT MIN(idx) FROM records INDEXED BY records_time "
                      f"WHERE idx > ? AND {times})")
            args += [after, *time_args]
        else:
            where, args = where_clause(filters, after, lambda n: "?", "instr({col}, {arg}) > 0")
        rows = self.db.execute(f"SELECT idx, body FROM records WHERE {where} ORDER BY idx LIMIT ?",
                               (*args, limit)).fetchall()
        return [(i, b) for i, b in rows]

    def _window_is_nearer(self, times: str, time_args: list[object], after: int) -> bool:
        """Whether reading a time window costs less than walking the log from the cursor to it.

        Why: a page is read in log order (ORDER BY idx LIMIT n), so SQLite walks the primary key from the
        cursor and tests each record's time; a one-hour window deep in a 100k-record log cost 40-50 ms of
        walking past the records before it, while a wide window next to the cursor is best walked. Both
        costs are estimated from the window's two ends on the time index (two lookups): the walk passes
        about `first - after` records, the window holds about `last - first` (times follow idx closely,
        though not strictly: a long stream's record lands after shorter ones, which is why the bound the
        query then uses is the window's smallest idx, not a position found by search)."""
        ends = [self.db.execute(f"SELECT idx FROM records INDEXED BY records_time WHERE {times} "
                                f"ORDER BY time {order} LIMIT 1", time_args).fetchone() for order in ("", "DESC")]
        if ends[0] is None or ends[1] is None:
            return True  # an empty window: its MIN is NULL and the query ends at once
        first, last = int(ends[0][0]), int(ends[1][0])
        return first - after > abs(last - first) + 1

    async def query(self, filters: QueryFilters, after: int, limit: int) -> list[tuple[int, bytes]]:
        return await self._run(self._query, filters, after, limit)

    def _checkpoints(self) -> list[tuple[int, bytes]]:
        return [(s, bytes(n)) for s, n in self.db.execute("SELECT size, note FROM checkpoints ORDER BY id")]

    async def checkpoints(self) -> list[tuple[int, bytes]]:
        return await self._run(self._checkpoints)

    async def pruned_below(self) -> int:
        return await self._run(lambda: int(self.db.execute("SELECT pruned_below FROM head").fetchone()[0]))

    async def close(self) -> None:
        if self._loop_db is not None:
            loop_db, self._loop_db = self._loop_db, None
            await self._io.call(loop_db.close)
            os.close(self._wal_fd)
            self._wal_fd = -1
        if self._db is not None:
            db, self._db = self._db, None
            await self._io.call(db.close)
        self._io.stop()

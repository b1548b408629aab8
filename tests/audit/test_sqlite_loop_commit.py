"""Group commits on the loop's own connection, made durable by the store's thread (audit/sqlite.py).

What a user relies on: an append through the log returns only once its record is in the file (a second
connection, like `guanqia audit verify`, reads it); a writer holding the lock elsewhere (a CLI, a checkpoint
note) makes the batch wait on the store's thread instead of failing it or stalling the loop; the WAL is
checkpointed into the database file although the loop's connection never checkpoints; and the log still
verifies end to end.
"""

from __future__ import annotations

import asyncio
import sqlite3
import threading
import time
from pathlib import Path

from audit import AuditConfig, AuditLog
from audit.sqlite import LOOP_CHECKPOINT_COMMITS, SqliteStore
from audit.store import Leaf
from tests.audit.conftest import write_config
from tests.audit.support import record, run_cli

SECTION = {"store": "sqlite", "path": "audit/audit.db", "checkpoint_records": 16}


def _config(tmp_path: Path) -> AuditConfig:
    return AuditConfig.from_mapping(dict(SECTION), tmp_path / "data")


def _count(path: Path) -> int:
    db = sqlite3.connect(path)
    try:
        return int(db.execute("SELECT COUNT(*) FROM records").fetchone()[0])
    finally:
        db.close()


async def test_an_acknowledged_append_is_in_the_file_for_another_connection(tmp_path: Path) -> None:
    cfg = _config(tmp_path)
    log = await AuditLog.open(cfg)
    try:
        for i in range(5):
            idx = await log.append(record(i))
            assert idx == i
            assert _count(cfg.sqlite_path) == i + 1
    finally:
        await log.close()


async def test_a_writer_holding_the_lock_elsewhere_delays_the_batch_without_failing_it(tmp_path: Path) -> None:
    cfg = _config(tmp_path)
    log = await AuditLog.open(cfg)
    try:
        await log.append(record(0))
        other = sqlite3.connect(cfg.sqlite_path, isolation_level=None, check_same_thread=False)
        other.execute("BEGIN IMMEDIATE")
        released = threading.Event()

        def release() -> None:
            time.sleep(0.3)
            other.execute("COMMIT")
            released.set()

        threading.Thread(target=release, daemon=True).start()
        ticks = 0

        async def tick() -> None:  # the loop keeps running while the batch waits for the lock
            nonlocal ticks
            while not released.is_set():
                ticks += 1
                await asyncio.sleep(0.01)

        ticker = asyncio.ensure_future(tick())
        started = time.monotonic()
        idx = await log.append(record(1))
        waited = time.monotonic() - started
        await ticker
        other.close()
        assert idx == 1
        assert waited >= 0.25          # it waited for the other writer's COMMIT ...
        assert ticks >= 10             # ... on the store's thread, not on the loop
        assert _count(cfg.sqlite_path) == 2
    finally:
        await log.close()
    done = run_cli("verify", "--config", str(write_config(tmp_path / "g.yaml", tmp_path / "data", dict(SECTION))))
    assert done.returncode == 0, done.stdout + done.stderr


async def test_the_wal_is_checkpointed_into_the_database_file(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    store = await SqliteStore.open(path)
    size_before = path.stat().st_size
    done: list[int] = []
    try:
        for i in range(LOOP_CHECKPOINT_COMMITS * 3):
            fut: asyncio.Future[None] = asyncio.get_running_loop().create_future()

            def settle(head: object, exc: BaseException | None, fut: asyncio.Future[None] = fut) -> None:
                assert exc is None, exc
                fut.set_result(None)

            store.append_then([Leaf.from_record(record(i))], settle)
            await fut
            done.append(i)
        grown = path.stat().st_size - size_before   # before close, whose own checkpoint would hide it
    finally:
        await store.close()
    assert len(done) == LOOP_CHECKPOINT_COMMITS * 3
    assert grown > 4096 * 10   # pages copied back by the passive checkpoints while the log was open
    assert _count(path) == len(done)

"""Group commit straight into the store (the default level): what the request path's hand-offs promise.

The wait of an answer for its record at low concurrency is mostly hand-offs between the event loop and
the store's thread, so the writer keeps them to what the commit needs: an idle writer hands a record to
the store at once, and a checkpoint that falls due does not hold up the callers of later commits.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from audit import AuditConfig, AuditLog
from tests.audit.support import record


def sqlite_cfg(data_dir: Path, **extra: Any) -> AuditConfig:
    return AuditConfig.from_mapping({"store": "sqlite", **extra}, data_dir)


async def test_idle_writer_commits_the_first_record_without_waiting_for_the_loop(tmp_path: Path) -> None:
    """Two records appended in the same loop iteration: the first is already with the store when the
    second arrives, so they are two commits (a writer that started its batch a loop iteration later
    would have put both into one). Both are durable and numbered in order."""
    log = await AuditLog.open(sqlite_cfg(tmp_path))
    try:
        before = log.writer.batches
        first = asyncio.ensure_future(log.append(record(0)))
        second = asyncio.ensure_future(log.append(record(1)))
        assert await asyncio.wait_for(asyncio.gather(first, second), 10) == [0, 1]
        assert log.writer.batches - before == 2
        rows = await log.store.scan(0, 2)
        assert [r.idx for r in rows] == [0, 1] and all(r.body for r in rows)
    finally:
        await log.close()


async def test_records_queued_behind_a_commit_share_the_next_one(tmp_path: Path) -> None:
    """Group commit is kept: what arrives while a commit is in flight goes into one next commit."""
    log = await AuditLog.open(sqlite_cfg(tmp_path))
    try:
        before = log.writer.batches
        got = await asyncio.wait_for(asyncio.gather(*(log.append(record(i)) for i in range(20))), 10)
        assert sorted(got) == list(range(20))
        assert log.writer.batches - before == 2  # the first record alone, then the 19 queued behind it
    finally:
        await log.close()


async def test_a_checkpoint_being_stored_does_not_hold_up_later_commits(tmp_path: Path) -> None:
    """With a checkpoint due after every record and storing it stalled, appends still complete; the
    checkpoints are stored once the stall ends, and close waits for them."""
    log = await AuditLog.open(sqlite_cfg(tmp_path, checkpoint_records=1))
    release = asyncio.Event()
    put = log.store.put_checkpoint
    stalled = 0

    async def slow_put(size: int, note: bytes) -> None:
        nonlocal stalled
        stalled += 1
        await release.wait()
        await put(size, note)

    log.store.put_checkpoint = slow_put  # type: ignore[method-assign]
    try:
        assert await asyncio.wait_for(log.append(record(0)), 10) == 0
        assert await asyncio.wait_for(log.append(record(1)), 10) == 1, "the second commit waited for a checkpoint"
        assert stalled >= 1
        release.set()
        await asyncio.wait_for(log.writer.flush(), 10)
        assert max(size for size, _ in await log.store.checkpoints()) == 2
    finally:
        release.set()
        await log.close()


@pytest.mark.parametrize("failing_calls", [1, 3])
async def test_a_failed_commit_fails_its_callers_and_the_next_batch_still_runs(tmp_path: Path,
                                                                              failing_calls: int) -> None:
    """The callers of a failed transaction get AuditUnavailable; records queued behind it are committed
    by the next transaction once the store takes writes again, in order, with no gap."""
    from audit import AuditUnavailable

    log = await AuditLog.open(sqlite_cfg(tmp_path))
    store = log.store
    real = type(store)._append
    calls = 0

    def flaky(self: Any, leaves: Any, at: int | None = None) -> Any:
        nonlocal calls
        calls += 1
        if calls <= failing_calls:
            import sqlite3
            raise sqlite3.OperationalError("disk I/O error")
        return real(self, leaves, at)

    store._append = flaky.__get__(store)  # type: ignore[attr-defined]
    try:
        outcomes = await asyncio.wait_for(asyncio.gather(*(log.append(record(i)) for i in range(6)),
                                                         return_exceptions=True), 10)
        failed = [o for o in outcomes if isinstance(o, AuditUnavailable)]
        done = [o for o in outcomes if isinstance(o, int)]
        assert failed and len(failed) + len(done) == 6
        assert done == list(range(len(done)))
        assert log.writer.healthy == bool(done and outcomes[-1] == done[-1])
    finally:
        store._append = real.__get__(store)  # type: ignore[attr-defined]
        await log.close()


async def test_appenders_that_append_again_at_once_share_commits(tmp_path: Path) -> None:
    """Eight appenders in a closed loop (as a load test drives the log): after the first record of the
    burst goes alone, each commit takes one record of every appender, not one straggler and then the
    rest, batch after batch."""
    log = await AuditLog.open(sqlite_cfg(tmp_path))
    counter = iter(range(10_000))

    async def appender() -> None:
        for _ in range(10):
            await log.append(record(next(counter)))

    try:
        before = log.writer.batches
        await asyncio.wait_for(asyncio.gather(*(appender() for _ in range(8))), 30)
        assert log.writer.batches - before <= 12, f"{log.writer.batches - before} commits for 80 records"
        assert [r.idx for r in await log.store.scan(0, 80)] == list(range(80))
    finally:
        await log.close()

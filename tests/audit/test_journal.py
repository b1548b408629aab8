"""The durability journal (`journal: true`): answered records survive kill -9 while only the journal holds
them, a torn tail is ignored, damage is refused, the tree is the one a plain log builds, one owner.

The crash tests run a real child process that appends and prints each record as soon as `append`
returns (that is when the proxy would answer), then SIGKILL it and reopen the log as `guanqia serve`
would. `stall` holds every store insert forever, so everything answered is only in the journal.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from audit import AuditConfig, AuditConfigError, AuditLog, AuditUnavailable, QueryFilters, StoreUnavailable, merkle
from audit.journal import FRAME_OVERHEAD, decode_segment, encode
from audit.record import canonical_bytes, record_from_bytes
from audit.verify import verify_store
from audit.writer import DeferredSyncWriter
from tests.audit.support import record

ROOT = Path(__file__).resolve().parents[2]
CHILD = """
import asyncio, json, sys
from pathlib import Path
from audit import AuditConfig, AuditLog
from tests.audit.support import record

class Stalled:
    def __init__(self, inner):
        self.inner = inner
    async def append(self, leaves, **kw):
        await asyncio.Event().wait()
    def __getattr__(self, name):
        return getattr(self.inner, name)

async def main():
    cfg = AuditConfig.from_mapping(json.loads(sys.argv[1]), Path(sys.argv[2]))
    log = await AuditLog.open(cfg)
    if sys.argv[3] == "stall":
        log.writer.store = Stalled(log.writer.store)
    async def one(i):
        rec = record(i)
        idx = await log.append(rec)
        sys.stdout.write(f"{idx} {rec.request_id}\\n")
        sys.stdout.flush()
    n = 0
    while True:
        await asyncio.gather(*(one(n + k) for k in range(1 + n % 7)))
        n += 1 + n % 7

asyncio.run(main())
"""


def section(tmp: Path, **extra: Any) -> dict[str, Any]:
    return {"store": "sqlite", "path": "audit/audit.db", "journal": True, "journal_segment_mib": 1,
            "checkpoint_records": 64, **extra}


def crash(sec: dict[str, Any], data_dir: Path, mode: str, answers: int) -> dict[int, str]:
    """Run the appending child until it has answered `answers` records, SIGKILL it; index -> request id."""
    proc = subprocess.Popen([sys.executable, "-c", CHILD, json.dumps(sec), str(data_dir), mode], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    answered: dict[int, str] = {}
    deadline = time.monotonic() + 60
    while len(answered) < answers and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        idx, rid = line.split()
        answered[int(idx)] = rid
    os.kill(proc.pid, signal.SIGKILL)  # mid-load: a batch is likely being written
    out, err = proc.communicate(timeout=10)
    for line in out.splitlines():  # answered before the kill, read after it
        idx, rid = line.split()
        answered[int(idx)] = rid
    assert len(answered) >= answers, err[-2000:]
    return answered



async def assert_log_verifies(cfg: AuditConfig, *, size: int, all_signed: bool = False) -> None:
    """An auditor's read-only open of the log verifies, with exactly `size` records (all under a checkpoint)."""
    reader = await AuditLog.open(cfg, writable=False)
    try:
        report = await verify_store(reader.store, reader.verifiers, origin=cfg.origin)
        assert report.ok and report.size == size, report.summary()
        assert not all_signed or report.unsigned == 0, report.summary()
    finally:
        await reader.close()

async def check_recovered(cfg: AuditConfig, answered: dict[int, str]) -> int:
    """Reopen as the proxy would (replay), check every answered record and the log; return the size."""
    log = await AuditLog.open(cfg)
    try:
        rows, _ = await log.query(QueryFilters(), limit=1_000_000)
        stored = {i: r.request_id for i, r in rows}
        wrong = {i: rid for i, rid in answered.items() if stored.get(i) != rid}
        assert not wrong, f"{len(wrong)} answered records missing or at another index, e.g. {sorted(wrong)[:3]}"
        size = len(rows)
        assert await log.append(record(10**6)) == size  # the log goes on where the journal ended
    finally:
        await log.close()
    await assert_log_verifies(cfg, size=size + 1, all_signed=True)
    return size


@pytest.mark.slow
@pytest.mark.parametrize("durability", ["power-loss", "process-crash"])
@pytest.mark.parametrize("mode", ["stall", "live"])
async def test_sigkill_during_journal_writes_loses_no_answered_record(mode: str, durability: str,
                                                                     tmp_path: Path) -> None:
    """stall: the store never got any record, so all come back from the journal; live: the store was
    a few milliseconds behind, as in the proxy. 1 MiB segments, so the journal switched segments.
    process-crash: answered once written into the journal, before any fsync; kill -9 loses none."""
    sec = section(tmp_path, durability=durability)
    data_dir = tmp_path / "data"
    answered = crash(sec, data_dir, mode, answers=1500)
    cfg = AuditConfig.from_mapping(sec, data_dir)
    if mode == "stall":
        before = await AuditLog.open(cfg, writable=False)  # a reader does not replay
        try:
            assert await before.store.size() == 0, "the store had none of them: all come from the journal"
        finally:
            await before.close()
    size = await check_recovered(cfg, answered)
    assert size >= len(answered)


def chain_end(path: Path) -> tuple[int, int, int]:
    """(byte offset where the segment's intact frames end, next index, highest seq) of a segment file."""
    seg = decode_segment(path.read_bytes())
    last = seg.entries[-1]
    return seg.end, last.index + 1, max(e.seq for e in (*seg.entries, *seg.beyond))


def newest_segment(cfg: AuditConfig) -> Path:
    paths = [cfg.journal_base.with_name(cfg.journal_base.name + f".{k}") for k in (0, 1)]
    return max(paths, key=lambda p: max((e.index for e in decode_segment(p.read_bytes()).entries), default=-1))


@pytest.mark.slow
async def test_torn_last_journal_entry_is_ignored(tmp_path: Path) -> None:
    """A crash mid-write leaves half a frame after the last intact one: it is dropped (its request was
    never answered: answers wait for the write), everything before it is replayed."""
    sec = section(tmp_path)
    data_dir = tmp_path / "data"
    answered = crash(sec, data_dir, "stall", answers=300)
    cfg = AuditConfig.from_mapping(sec, data_dir)
    seg = newest_segment(cfg)
    end, nxt, seq = chain_end(seg)
    torn = encode(nxt, seq + 1, canonical_bytes(record(nxt)))
    with open(seg, "r+b") as f:
        f.seek(end)
        f.write(torn[: len(torn) // 2])
    size = await check_recovered(cfg, answered)
    assert size == nxt, "exactly the intact frames were replayed, the torn one was not"


@pytest.mark.slow
async def test_damaged_answered_entry_is_refused_not_skipped(tmp_path: Path) -> None:
    """A bad frame followed by intact frames of the same batch is damage, not a torn tail: replaying
    only up to it would silently drop answered records, so opening the log fails instead."""
    sec = section(tmp_path)
    data_dir = tmp_path / "data"
    crash(sec, data_dir, "stall", answers=300)
    cfg = AuditConfig.from_mapping(sec, data_dir)
    seg = newest_segment(cfg)
    data = bytearray(seg.read_bytes())
    entries = decode_segment(bytes(data)).entries
    k = next(k for k in range(1, len(entries) - 1) if entries[k - 1].seq == entries[k].seq == entries[k + 1].seq)
    offset = sum(FRAME_OVERHEAD + len(e.body) for e in entries[:k])
    data[offset + FRAME_OVERHEAD + 12] ^= 0x01  # one bit of the body of an answered record
    seg.write_bytes(bytes(data))
    with pytest.raises(StoreUnavailable, match="journal"):
        await AuditLog.open(cfg)


async def test_the_tree_is_the_one_a_plain_log_builds(tmp_path: Path) -> None:
    """Same records, same order: identical indexes, leaves and root with and without the journal."""
    recs = [record(i) for i in range(37)]
    roots = []
    for journal in (False, True):
        cfg = AuditConfig.from_mapping({"path": f"audit/{journal}.db", "journal": journal,
                                        "checkpoint_records": 10}, tmp_path)
        log = await AuditLog.open(cfg)
        try:
            for k in range(0, 37, 6):
                await asyncio.gather(*(log.append(r) for r in recs[k:k + 6]))
        finally:
            await log.close()
        log = await AuditLog.open(cfg, writable=False)
        try:
            rows, _ = await log.query(QueryFilters(), limit=100)
            assert [(i, r) for i, r in rows] == list(enumerate(recs))
            roots.append(await log.root_at(37))
        finally:
            await log.close()
    assert roots[0] == roots[1] == merkle.root([merkle.leaf_hash(canonical_bytes(r)) for r in recs])


class WriteFailing:
    """The real store, except that every append fails like a full disk while `failing` is set."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.failing = True

    async def append(self, leaves: Any, **kw: Any) -> Any:
        if self.failing:
            raise OSError(28, "No space left on device")
        return await self.inner.append(leaves, **kw)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


async def wait_for(cond: Any, seconds: float = 5.0) -> bool:
    deadline = time.monotonic() + seconds
    while not cond() and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
    return bool(cond())


async def test_store_that_cannot_write_keeps_answered_records_in_the_journal(tmp_path: Path) -> None:
    """The record is durable in the journal, so its request is answered; the store's failure makes the
    log unhealthy (the proxy refuses new requests) until the store takes the backlog, by itself."""
    cfg = AuditConfig.from_mapping(section(tmp_path), tmp_path / "data")
    log = await AuditLog.open(cfg)
    try:
        failing = WriteFailing(log.store)
        log.writer.store = failing
        assert await log.append(record(0)) == 0
        assert await log.append(record(1)) == 1
        assert await wait_for(lambda: not log.healthy), "a store that cannot write makes the log unhealthy"
        assert (await log.readiness())["ok"] is False
        failing.failing = False
        assert await wait_for(lambda: log.healthy), "recovered without any request"
        rows, _ = await log.query(QueryFilters(), limit=10)
        assert [r.request_id for _, r in rows] == [record(0).request_id, record(1).request_id]
    finally:
        await log.close()


class Stalling:
    """The real store, except that appends wait until `go` is set (a store far behind the journal)."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.go = asyncio.Event()

    async def append(self, leaves: Any, **kw: Any) -> Any:
        await self.go.wait()
        return await self.inner.append(leaves, **kw)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


@pytest.mark.parametrize("durability", ["power-loss", "process-crash"])
async def test_full_journal_waits_for_the_store_then_goes_on(durability: str, tmp_path: Path) -> None:
    """Both segments full of records the store has not taken: later appends wait (they neither fail nor
    overwrite the older segment) until the store has them durably, then go on at the right indexes."""
    cfg = AuditConfig.from_mapping(section(tmp_path, durability=durability, checkpoint_records=100000),
                                   tmp_path / "data")
    log = await AuditLog.open(cfg)
    try:
        stalling = Stalling(log.store)
        log.writer.store = stalling
        per_segment = (1 << 20) // (FRAME_OVERHEAD + len(canonical_bytes(record(0))))
        n = 2 * per_segment + 300
        appends = [asyncio.ensure_future(log.append(record(i))) for i in range(n)]
        await asyncio.sleep(1.0)
        answered = sum(a.done() for a in appends)
        assert per_segment < answered < n, (per_segment, answered, n)
        assert not any(a.done() and a.exception() is not None for a in appends)
        stalling.go.set()
        indexes = await asyncio.wait_for(asyncio.gather(*appends), 60)
        assert sorted(indexes) == list(range(n))
    finally:
        await log.close()
    await assert_log_verifies(cfg, size=n)


async def test_one_process_owns_the_journal(tmp_path: Path) -> None:
    """A second writer on the same log (another proxy) appends nothing while the first holds the
    journal, and takes over, at the right index, once the first has closed."""
    cfg = AuditConfig.from_mapping(section(tmp_path), tmp_path / "data")
    first = await AuditLog.open(cfg)
    second = await AuditLog.open(cfg)
    try:
        assert await first.append(record(0)) == 0
        assert not second.healthy
        with pytest.raises(AuditUnavailable):
            await second.append(record(1))
        assert await first.append(record(2)) == 1
        await first.close()
        assert await second.append(record(3)) == 2
        assert second.healthy
    finally:
        await second.close()
    await assert_log_verifies(cfg, size=3)


def test_journal_config(tmp_path: Path) -> None:
    assert AuditConfig.from_mapping({"journal": True}, tmp_path).sqlite_synchronous == "NORMAL"
    assert AuditConfig.from_mapping({"journal": True, "sqlite_synchronous": "FULL"},
                                    tmp_path).sqlite_synchronous == "FULL"
    assert AuditConfig.from_mapping({}, tmp_path).sqlite_synchronous == "FULL"
    with pytest.raises(AuditConfigError, match=r"audit\.journal"):
        AuditConfig.from_mapping({"store": "postgres", "journal": True}, tmp_path)
    with pytest.raises(AuditConfigError, match=r"audit\.journal"):
        AuditConfig.from_mapping({"journal": "yes"}, tmp_path)


# -- durability process-crash: answered once written, fsynced behind the answer ------------------------


async def process_crash_log(tmp_path: Path, *, sync_delay_ms: int) -> tuple[AuditLog, DeferredSyncWriter]:
    """A writable log at the process-crash level, and its writer (whose journal the tests intercept)."""
    cfg = AuditConfig.from_mapping(section(tmp_path, durability="process-crash", sync_delay_ms=sync_delay_ms),
                                   tmp_path / "data")
    log = await AuditLog.open(cfg)
    assert isinstance(log.writer, DeferredSyncWriter)
    return log, log.writer

async def test_process_crash_answers_before_the_fsync_which_follows_within_the_delay(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The append returns with the frame in the kernel and no fsync yet; one fsync covering it starts
    `sync_delay_ms` later, and a checkpoint handed to an auditor never covers unsynced records."""
    log, writer = await process_crash_log(tmp_path, sync_delay_ms=50)
    try:
        journal = writer.journal
        real_sync = journal.sync
        synced_at: list[float] = []

        def sync(fds: Any) -> None:
            synced_at.append(time.monotonic())
            real_sync(fds)
        monkeypatch.setattr(journal, "sync", sync)
        start = time.monotonic()
        assert await log.append(record(0)) == 0
        assert not synced_at, "the answer does not wait for an fsync"
        assert await wait_for(lambda: writer._synced == 1, 5.0)
        assert len(synced_at) == 1 and synced_at[0] - start >= 0.045
        assert await log.append(record(1)) == 1
        await log.latest_checkpoint()
        assert writer._synced == 2, "the checkpoint handed out covers only synced records"
    finally:
        await log.close()


async def test_process_crash_sync_failure_fails_closed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A failed fsync may have lost written records: the log turns unhealthy (the proxy refuses new
    requests) and retries; once an fsync succeeds it is healthy again."""
    log, writer = await process_crash_log(tmp_path, sync_delay_ms=1)
    try:
        journal = writer.journal
        real_sync = journal.sync
        failing = [True]

        def sync(fds: Any) -> None:
            if failing[0]:
                raise OSError(5, "Input/output error")
            real_sync(fds)
        monkeypatch.setattr(journal, "sync", sync)
        await log.append(record(0))
        assert await wait_for(lambda: not log.healthy), "a failed fsync makes the log unhealthy"
        failing[0] = False
        assert await wait_for(lambda: log.healthy, 5.0), "a later fsync succeeds by itself"
        assert writer._synced == 1
    finally:
        await log.close()


@pytest.mark.slow
@pytest.mark.parametrize("where", ["middle", "first"])
async def test_process_crash_power_loss_gap_ends_the_replay(where: str, tmp_path: Path,
                                                            caplog: pytest.LogCaptureFixture) -> None:
    """After a power loss an unsynced frame may be gone while later ones reached the disk. With
    process-crash durability that is the documented loss, not damage: the replay ends at the gap, the
    warning says how many answered records were lost (indexes, no content) and the log verifies. With
    power-loss durability the same bytes are refused. `first`: the segment's frame at offset 0 is the
    one lost, so no frame of that segment is kept at all."""
    sec = section(tmp_path, durability="process-crash")
    data_dir = tmp_path / "data"
    crash(sec, data_dir, "stall", answers=300)
    cfg = AuditConfig.from_mapping(sec, data_dir)
    seg = newest_segment(cfg)
    data = bytearray(seg.read_bytes())
    entries = decode_segment(bytes(data)).entries
    k = len(entries) // 2 if where == "middle" else 0
    offset = sum(FRAME_OVERHEAD + len(e.body) for e in entries[:k])
    data[offset + FRAME_OVERHEAD + 12] ^= 0x01  # the page holding record k never reached the disk
    seg.write_bytes(bytes(data))
    strict = AuditConfig.from_mapping(section(tmp_path), data_dir)
    with pytest.raises(StoreUnavailable, match="journal"):
        await AuditLog.open(strict)
    caplog.set_level("WARNING", logger="guanqia.audit")
    log = await AuditLog.open(cfg)
    try:
        rows, _ = await log.query(QueryFilters(), limit=1_000_000)
        kept = [(i, r) for i, r in rows if i >= entries[0].index]
        assert kept == [(e.index, record_from_bytes(e.body)) for e in entries[:k]]
        assert len(rows) == entries[k].index
    finally:
        await log.close()
    lost = entries[-1].index - entries[k].index + 1
    warned = [r.getMessage() for r in caplog.records if "are lost" in r.getMessage()]
    assert len(warned) == 1 and f" {lost} answered records (indexes {entries[k].index}..{entries[-1].index})" \
        in warned[0], warned
    assert "req_" not in warned[0], "the warning names indexes, never record content"
    await assert_log_verifies(cfg, size=entries[k].index)


SYNC_WAITERS = """
import asyncio, json, sys
from pathlib import Path
from audit import AuditConfig, AuditLog
from tests.audit.support import record

async def main():
    log = await AuditLog.open(AuditConfig.from_mapping(json.loads(sys.argv[1]), Path(sys.argv[2])))
    async def one(i):
        await log.append(record(i))
        await asyncio.sleep(0)
    for n in range(0, 3000, 10):
        await asyncio.gather(*(one(n + k) for k in range(10)))
        if n % 100 == 0:
            await log.latest_checkpoint()
    await log.close()

asyncio.run(main())
"""


@pytest.mark.slow
def test_process_crash_sync_waiters_never_spin(tmp_path: Path) -> None:
    """Checkpoints (every record here) and appends wait for fsyncs all the time: a waiter resuming
    before the fsync's bookkeeping ran used to re-await the finished future without yielding, a busy
    loop that froze the event loop for good. A child process, so a regression fails instead of hanging."""
    sec = section(tmp_path, durability="process-crash", sync_delay_ms=1, checkpoint_records=1)
    try:
        done = subprocess.run([sys.executable, "-c", SYNC_WAITERS, json.dumps(sec), str(tmp_path / "data")],
                              cwd=ROOT, capture_output=True, text=True, timeout=60, check=False)
    except subprocess.TimeoutExpired:
        pytest.fail("the event loop froze: a sync waiter spun (killed after 60 s; it takes under 2 s)")
    assert done.returncode == 0, done.stderr[-2000:]


@pytest.mark.parametrize("durability", ["power-loss", "process-crash"])
async def test_failed_journal_write_fails_closed_then_recovers_without_traffic(
        durability: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """ENOSPC / EIO from the journal's write: that append raises (the proxy answers 503, never unaudited)
    and the log turns unhealthy, so the proxy refuses every later request before appending. No append
    can then prove the journal works again: the log's probe must, or the proxy would stay down."""
    cfg = AuditConfig.from_mapping(section(tmp_path, durability=durability), tmp_path / "data")
    log = await AuditLog.open(cfg)
    try:
        assert await log.append(record(0)) == 0
        journal = log.writer.journal  # type: ignore[union-attr]
        real_write = journal.write
        failing = [True]

        def write(*args: Any) -> bool:
            if failing[0]:
                raise OSError(28, "No space left on device")
            return real_write(*args)
        monkeypatch.setattr(journal, "write", write)
        with pytest.raises(AuditUnavailable):
            await log.append(record(1))
        assert not log.healthy
        failing[0] = False
        assert await wait_for(lambda: log.healthy, 5.0), "the probe finds the journal writable again"
        assert await log.append(record(2)) == 1, "the failed record took no index"
    finally:
        await log.close()
    await assert_log_verifies(cfg, size=2)


def test_durability_config(tmp_path: Path) -> None:
    assert AuditConfig.from_mapping({}, tmp_path).durability == "power-loss"
    cfg = AuditConfig.from_mapping({"durability": "process-crash"}, tmp_path)
    assert cfg.journal and cfg.sqlite_synchronous == "NORMAL" and cfg.sync_delay_ms == 10
    with pytest.raises(AuditConfigError, match=r"audit\.durability"):
        AuditConfig.from_mapping({"durability": "process-crash", "journal": False}, tmp_path)
    with pytest.raises(AuditConfigError, match=r"audit\.durability"):
        AuditConfig.from_mapping({"store": "postgres", "durability": "process-crash"}, tmp_path)
    with pytest.raises(AuditConfigError, match=r"audit\.durability"):
        AuditConfig.from_mapping({"durability": "fast"}, tmp_path)
    with pytest.raises(AuditConfigError, match=r"audit\.sync_delay_ms"):
        AuditConfig.from_mapping({"durability": "process-crash", "sync_delay_ms": 0}, tmp_path)

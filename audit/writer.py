"""Group commit: concurrent appends share one durable write; each caller resumes once its record is durable.

GroupCommitWriter makes records durable in the store itself (one transaction per batch);
JournaledWriter makes them durable in the durability journal first and lets the store catch up.

There is no timer: while one commit is in flight, every record that arrives queues up, and the next
commit takes them all (up to `max_batch`). Under load the batch grows with the commit latency, so
throughput scales with concurrency while an idle proxy still commits each record at once.

Failure: if a commit raises, every caller of that batch gets AuditUnavailable and `healthy` goes
False until a later commit (or the background probe) succeeds — the proxy answers 503 meanwhile.
"""

from __future__ import annotations

import asyncio
import logging
import time
from abc import ABC, abstractmethod
from collections.abc import Awaitable, Callable, Sequence
from functools import partial
from typing import cast

from audit.config import AuditConfig
from audit.journal import FRAME_OVERHEAD, Entry, IoThread, Journal, JournalFull
from audit.merkle import leaf_hash
from audit.store import AuditStore, Leaf, StoreUnavailable, SyncableStore, TreeHead

log = logging.getLogger("guanqia.audit")
STORE_RETRY_SECONDS = 1.0
INSERT_DELAY_SECONDS = 0.005


class AuditUnavailable(Exception):
    """The record could not be made durable; carries no record content."""


OnCommit = Callable[[TreeHead], "Awaitable[object] | None"]
"""Told each committed head; returns an awaitable only when it has work to do (a checkpoint is due), so
a commit that needs nothing costs no task."""


class GroupCommitWriter:
    """Group commit straight into the store: each batch is one transaction, its callers resume once it
    is durable.

    The request path's wait at low concurrency is mostly hand-offs, so there are as few as the commit
    allows: an append that finds the writer idle hands its batch to the store's thread at once (not a
    loop iteration later from a task), and the commit's outcome comes back as one callback on the loop
    (`SqliteStore.append_then`) that releases every caller of the batch and starts the next batch, so a
    caller resumes in the loop iteration after the thread's hand-back. When fewer records are queued
    than were just released, the next batch starts one iteration later, after the released callers ran
    (see `_committed`). Stores without `append_then` (PostgreSQL) are awaited through their coroutine.
    """

    def __init__(self, store: AuditStore, *, max_batch: int = 1024, on_commit: OnCommit | None = None) -> None:
        self.store = store
        self.max_batch = max_batch
        self.on_commit = on_commit
        self.healthy = True
        self._pending: list[tuple[Leaf, asyncio.Future[int]]] = []
        self._inflight = False
        """A batch's transaction is running; appends queue for the next one."""
        self._after: set[asyncio.Future[object]] = set()
        """What `on_commit` started and has not finished (checkpoints being signed)."""
        self._idle: list[asyncio.Future[None]] = []
        """`flush` callers waiting for the batch in flight."""
        self._awaiting: asyncio.Future[None] | None = None
        """The task awaiting a store without `append_then`."""
        self._closed = False
        self.batches = 0
        self.appended = 0

    async def append(self, leaf: Leaf) -> int:
        """The leaf index, once the record is committed; raises AuditUnavailable otherwise."""
        if self._closed:
            raise AuditUnavailable("audit log is closed")
        fut: asyncio.Future[int] = asyncio.get_running_loop().create_future()
        self._pending.append((leaf, fut))
        if not self._inflight:
            self._commit_next()
        # no shield needed: a client disconnect cancels only `fut`; the record is committed all the same
        return await fut

    def _commit_next(self) -> None:
        """Start the transaction of the next batch (up to max_batch queued records)."""
        batch = self._pending[: self.max_batch]
        del self._pending[: self.max_batch]
        self._inflight = True
        leaves = [leaf for leaf, _ in batch]
        done = partial(self._committed, batch)
        # looked up on the type: a wrapper that forwards unknown attributes (a test's failing store)
        # must be called through its own `append`
        post = getattr(type(self.store), "append_then", None)
        if post is None:
            # kept: the loop holds tasks only weakly, and this one must not be collected mid-commit
            self._awaiting = asyncio.ensure_future(self._commit_awaiting(leaves, done))
            return
        try:
            post(self.store, leaves, done)
        except Exception as exc:  # noqa: BLE001 - reported like a failed commit, one loop iteration later
            asyncio.get_running_loop().call_soon(done, None, exc)

    async def _commit_awaiting(self, leaves: list[Leaf], done: Callable[[TreeHead | None, BaseException | None], None]
                               ) -> None:
        """Stores without `append_then` (PostgreSQL): the commit awaited in a task that hands its outcome
        to the same callback as soon as it resumes (as many loop iterations as awaiting it in a loop did)."""
        try:
            head = await self.store.append(leaves)
        except BaseException as exc:  # noqa: BLE001 - the callers learn of any failure; cancellation goes on
            done(None, exc)
            if not isinstance(exc, Exception):
                raise
            return
        done(head, None)

    def _committed(self, batch: list[tuple[Leaf, asyncio.Future[int]]], head: TreeHead | None,
                   exc: BaseException | None) -> None:
        """On the loop, once the batch's transaction is over: release its callers, start the next batch."""
        if exc is not None or head is None:
            self.healthy = False
            log.error("audit store append failed: %s", type(exc).__name__)
            for _, fut in batch:
                if not fut.done():
                    fut.set_exception(AuditUnavailable("audit store unavailable"))
        else:
            self.healthy = True
            self.batches += 1
            self.appended += len(batch)
            first = head.size - len(batch)
            for k, (_, fut) in enumerate(batch):
                if not fut.done():
                    fut.set_result(first + k)
            if self.on_commit is not None:
                self._start_after_commit(head)
        if len(self._pending) >= len(batch):
            self._commit_next()
            return
        # Fewer records queued than callers just released: stay busy until those callers have run (their
        # wake-ups are queued before this callback). Appenders that append again at once then share one
        # commit with what is queued; starting it now would send a straggler (or the lone first record
        # of a burst, which an idle writer commits at once) alone, and the rest behind it, batch after batch.
        asyncio.get_running_loop().call_soon(self._settle_idle)

    def _settle_idle(self) -> None:
        """One loop iteration after a commit that left nothing queued: commit what the released callers
        appended meanwhile, or go idle."""
        if self._pending:
            self._commit_next()
            return
        self._inflight = False
        for waiter in self._idle:
            if not waiter.done():
                waiter.set_result(None)
        self._idle.clear()

    def _start_after_commit(self, head: TreeHead) -> None:
        """Run `on_commit` behind the callers just released; a failure is logged (a late checkpoint is
        retried on the next commit or tick), never raised into the commit path."""
        assert self.on_commit is not None
        try:
            work = self.on_commit(head)
            if work is None:
                return
            task = asyncio.ensure_future(work)
        except Exception as exc:  # noqa: BLE001 - see the docstring
            log.error("audit checkpoint failed: %s", type(exc).__name__)
            return
        self._after.add(task)
        task.add_done_callback(self._after_done)

    def _after_done(self, task: asyncio.Future[object]) -> None:
        self._after.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("audit checkpoint failed: %s", type(task.exception()).__name__)

    async def start(self) -> None:
        """Nothing to recover: every answered record is already in the store."""

    async def settled(self) -> None:
        """Records are readable from the store as soon as `append` returns."""

    async def harden(self) -> None:
        """Every answered record is already as durable as the store's commits make it."""

    async def probe(self) -> None:
        """Nothing beyond the store to check: the log's probe has just written to it."""

    async def flush(self) -> None:
        """Wait until everything queued so far is committed (or failed) and the checkpoints those
        commits started are stored."""
        while self._inflight or self._after:
            if self._inflight:
                waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
                self._idle.append(waiter)
                await waiter
            else:
                await asyncio.wait(list(self._after))

    async def close(self) -> None:
        self._closed = True
        await self.flush()


class JournalBackedWriter(ABC):
    """What both journal levels share: the durability journal (audit/journal.py) in front, the store
    catching up behind it.

    The index is assigned here, so this process must be the log's only writer: SQLite only, and the
    journal's lock file says which process that is (a second one refuses appends until the first lets
    go). A background task inserts the journaled records into the store in index order, each batch
    with `at=` its first index, so the tree is exactly the one GroupCommitWriter would have built. The
    store commits without an fsync; it is synced before the journal reuses a segment and on close. On
    start, journaled records the store lacks are replayed (the ones it has must match).

    Health: False while the journal cannot write, the store cannot take the backlog or another
    process owns the journal — the proxy then refuses new requests (fail closed). Records already in
    the journal stay there and are inserted once the store is back (retried every second).

    Subclasses say how a record gets into the journal (`append`): JournaledWriter group-commits
    O_DSYNC writes on the journal's thread; DeferredSyncWriter writes on the loop and fsyncs later.
    """

    def __init__(self, store: SyncableStore, journal: Journal, *, max_batch: int = 1024,
                 on_commit: OnCommit | None = None) -> None:
        self.store = store
        self.journal = journal
        self.max_batch = max_batch
        self.on_commit = on_commit
        self.batches = 0
        self.appended = 0
        self._io: IoThread | None = None
        self._active = False
        self._journal_ok = True
        self._store_ok = True
        self._closed = False
        self._backlog: list[Leaf] = []
        """Durable in the journal, not yet in the store; the first has index `_stored`."""
        self._next = 0
        """Index of the next record."""
        self._stored = 0
        """Records the store holds (committed, maybe not yet durable there)."""
        self._durable = 0
        """Records the store holds durably (synced)."""
        self._sync_below = 0
        """Sync the store once it holds this many records (the journal switched segments)."""
        self._itask: asyncio.Task[None] | None = None
        self._retry: asyncio.Task[None] | None = None
        self._progress = asyncio.Event()
        self._activation = asyncio.Lock()
        self._timer: asyncio.TimerHandle | None = None
        self.insert_delay = INSERT_DELAY_SECONDS

    @abstractmethod
    async def append(self, leaf: Leaf) -> int:
        """The leaf index, once the record is in the journal as the level requires; raises
        AuditUnavailable otherwise."""

    # -- state -------------------------------------------------------------------------------------

    @property
    def healthy(self) -> bool:
        return self._active and self._journal_ok and self._store_ok

    @healthy.setter
    def healthy(self, value: bool) -> None:
        """The log's probe reports that the store took an empty write: try the backlog again now."""
        self._store_ok = value
        if value:
            self._kick()

    @property
    def lag(self) -> int:
        """Records durable in the journal that the store does not hold yet."""
        return self._next - self._stored

    def _notify(self) -> None:
        self._progress.set()
        self._progress = asyncio.Event()

    async def _wait(self, done: Callable[[], bool]) -> bool:
        """Wait until `done()`; False as soon as the store is failing instead."""
        while not done():
            if not self._store_ok:
                return False
            event = self._progress
            self._kick()
            await event.wait()
        return True

    # -- start: take the journal, replay what the store lacks ---------------------------------------

    async def start(self) -> None:
        if self._io is None:
            self._io = IoThread("audit-journal")
        if not await self._activate():
            log.warning("audit journal %s is held by another process (a running proxy?); appends from this "
                        "one are refused until it exits", self.journal.base)

    async def _activate(self) -> bool:
        assert self._io is not None
        async with self._activation:
            if self._active:
                return True
            if not await self._io.call(self.journal.try_lock):
                return False
            try:
                await self._io.call(self.journal.open)
                entries = await self._io.call(self._scan)
                await self._replay(entries)
                self._durable = await self.store.sync()
                await self._io.call(self.journal.reset)
            except BaseException:
                await self._io.call(self.journal.close)  # let go of the lock: a later attempt starts over
                raise
            self._next = self._stored = self._sync_below = self._durable
            self._active = True
            return True

    def _scan(self) -> list[Entry]:
        return self.journal.scan()

    async def _replay(self, entries: Sequence[Entry]) -> None:
        """Insert the journal's records the store does not hold; those it holds must be the same bytes."""
        size = await self.store.size()
        held = [e for e in entries if e.index < size]
        if held:
            stored = await self.store.nodes([(0, e.index) for e in held])
            for e in held:
                if stored.get((0, e.index)) != leaf_hash(e.body):
                    raise StoreUnavailable(f"audit journal {self.journal.base} and the store disagree at record "
                                           f"{e.index}; find out why before moving the journal aside")
        todo = [e for e in entries if e.index >= size]
        self._check_nothing_after(max(size, entries[-1].index + 1) if entries else size,
                                  entries[-1].seq if entries else -1)
        if not todo:
            return
        if todo[0].index != size:
            raise StoreUnavailable(f"audit journal {self.journal.base} starts at record {todo[0].index} but the "
                                   f"store ends at {size}: records in between are lost")
        for k in range(0, len(todo), self.max_batch):
            part = todo[k:k + self.max_batch]
            await self.store.append([Leaf.from_body(e.body) for e in part], at=part[0].index)
        log.warning("audit journal: replayed records %d..%d into the store", todo[0].index, todo[-1].index)

    # -- the request path's shared part ---------------------------------------------------------

    def _journaled(self, first: int, leaves: list[Leaf], switched: bool, *, synced: bool = True) -> None:
        """Bookkeeping once records `first`... are in the journal (durably unless `synced` is False:
        the journal's health is then the fsync's to report): the store catches up behind."""
        if synced:
            self._journal_ok = True
            self.batches += 1
        self._next = first + len(leaves)
        self.appended += len(leaves)
        self._backlog.extend(leaves)
        if switched:  # the other segment is reused once the store holds everything before `first`
            self._sync_below = max(self._sync_below, first)
        self._kick_later()

    async def _write_with_room(self, write: Callable[[int], Awaitable[bool]]) -> tuple[int, bool]:
        """`write(first)` — a write into the journal of records numbered from `first` (the next index),
        returning whether it switched segments — retried when the journal is full: rare, the store fell
        a whole segment behind; it is made durable up to `first`, so the other segment may be reused,
        then the write runs again. (first, switched); raises JournalFull if the store fails meanwhile."""
        while True:
            first = self._next
            try:
                return first, await write(first)
            except JournalFull:
                self._sync_below = max(self._sync_below, first)
                if not await self._wait(lambda: self._durable >= first):
                    raise

    def _check_nothing_after(self, end: int, seq: int) -> None:
        """Frames of answered batches beyond what the replay keeps are damage: only the one batch being
        written at the crash may be torn. Covers what the per-segment check cannot see: a bad first frame
        of a segment (nothing kept there to compare against)."""
        if len({e.seq for e in self.journal.after(end, seq)}) > 1:
            raise StoreUnavailable(f"audit journal {self.journal.base}: intact frames of answered batches lie "
                                   f"beyond record {end}, after a bad frame; find out why before moving it aside")

    async def _take_over(self) -> None:
        """Activate now (the journal's owner went away); AuditUnavailable if that is not possible."""
        try:
            taken = self._io is not None and await self._activate()
        except Exception as exc:  # noqa: BLE001 - the replay's failure modes are open-ended
            log.error("audit journal replay failed: %s", type(exc).__name__)
            raise AuditUnavailable("audit journal unavailable") from None
        if not taken:
            raise AuditUnavailable("audit journal is held by another process")

    # -- behind the request path: the store catches up --------------------------------------------

    def _kick_later(self) -> None:
        """Insert into the store a little later, in one transaction with whatever arrives meanwhile:
        fewer, bigger store commits, and less of them overlapping the next journal write (the SQLite
        thread's work slows the journal's by contending for CPU, GIL and disk)."""
        if self._timer is None and self._itask is None:
            self._timer = asyncio.get_running_loop().call_later(self.insert_delay, self._kick)

    def _kick(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._itask is None and self._active and (self._backlog or self._durable < self._sync_below):
            self._itask = asyncio.create_task(self._catch_up())

    async def _catch_up(self) -> None:
        try:
            while True:
                if self._backlog:
                    part = self._backlog[: self.max_batch]
                    head = await self.store.append(part, at=self._stored)
                    del self._backlog[: len(part)]
                    self._stored = head.size
                    self._store_ok = True
                    self._notify()
                    if self.on_commit is not None:
                        try:
                            work = self.on_commit(head)
                            if work is not None:
                                await work
                        except Exception as exc:  # noqa: BLE001 - a late checkpoint is retried later
                            log.error("audit checkpoint failed: %s", type(exc).__name__)
                elif self._durable < self._sync_below <= self._stored:
                    self._durable = await self.store.sync()
                    self._notify()
                else:
                    return
        except Exception as exc:  # noqa: BLE001 - the store's failure mode is open-ended
            self._store_ok = False
            log.error("audit store append failed: %s (records stay in the journal)", type(exc).__name__)
            if self._retry is None or self._retry.done():
                self._retry = asyncio.create_task(self._retry_store())
        finally:
            self._itask = None
            self._notify()

    async def _retry_store(self) -> None:
        """Once a second, until the store takes the backlog again."""
        while not self._store_ok and not self._closed:
            await asyncio.sleep(STORE_RETRY_SECONDS)
            try:
                await self._drop_stored()
            except Exception:  # noqa: BLE001, S112 - still down; the failure was logged when it began
                continue
            self._store_ok = True
            self._kick()
            if self._itask is not None:
                await asyncio.shield(self._itask)

    async def _drop_stored(self) -> None:
        """A commit reported as failed may have landed: drop the backlog's records the store holds."""
        size = await self.store.size()
        if size <= self._stored:
            return
        ids = [(0, i) for i in range(self._stored, min(size, self._stored + len(self._backlog)))]
        got = await self.store.nodes(ids)
        n = 0
        while n < len(ids) and got.get(ids[n]) == self._backlog[n].hash:
            n += 1
        del self._backlog[:n]
        self._stored += n

    # -- reads and shutdown ------------------------------------------------------------------------

    async def settled(self) -> None:
        """Wait until every record appended so far is in the store (reads see it), or the store fails."""
        target = self._next
        await self._wait(lambda: self._stored >= target)

    async def harden(self) -> None:
        """Every answered record is already durable in the journal."""

    async def probe(self) -> None:
        """While unhealthy (the proxy then refuses requests, so no append would ever clear a failed
        journal write): a durable write into the journal's free space; raises if it still fails."""
        if self._io is None or not self._active:
            return
        fd = await self._io.call(self.journal.probe)  # on the thread that writes, so never beside a write
        await self._io.call(self.journal.sync, (fd,))
        self._journal_ok = True

    async def flush(self) -> None:
        await self.settled()

    async def close(self) -> None:
        """Drain; if the store holds everything, sync it and empty the journal; let go of the journal."""
        self._closed = True
        await self.flush()
        for pending in (self._retry, self._timer):
            if pending is not None:
                pending.cancel()
        if self._io is None:
            return
        try:
            if self._active:
                if not self._backlog and self._store_ok:
                    self._durable = await self.store.sync()
                    await self._io.call(self.journal.reset)
                else:
                    log.error("audit store behind by %d records at close; they stay in the journal %s",
                              self.lag, self.journal.base)
        except Exception as exc:  # noqa: BLE001 - the journal keeps the records; replayed at the next start
            log.error("audit journal close: %s", type(exc).__name__)
        finally:
            await self._io.call(self.journal.close)
            self._io.stop()
            self._io = None


class JournaledWriter(JournalBackedWriter):
    """durability power-loss with `journal: true`: group commit into the journal on its thread.

    `append` returns once the record's batch is durable in the journal: one O_DSYNC write of
    preallocated blocks, with the SQLite insert moved behind the answer. Records that arrive while a
    write is in flight go into the next write together.
    """

    def __init__(self, store: SyncableStore, journal: Journal, *, max_batch: int = 1024,
                 on_commit: OnCommit | None = None) -> None:
        super().__init__(store, journal, max_batch=max_batch, on_commit=on_commit)
        self._pending: list[tuple[Leaf, asyncio.Future[int]]] = []
        self._jtask: asyncio.Task[None] | None = None

    async def append(self, leaf: Leaf) -> int:
        """The leaf index, once the record is durable in the journal; raises AuditUnavailable otherwise."""
        if self._closed:
            raise AuditUnavailable("audit log is closed")
        if not self._active:
            await self._take_over()
        fut: asyncio.Future[int] = asyncio.get_running_loop().create_future()
        self._pending.append((leaf, fut))
        if self._jtask is None:
            # the first write goes to the journal thread now, not one loop iteration later in the task
            self._jtask = asyncio.create_task(self._drain(self._submit()))
        # no shield needed: a client disconnect cancels only `fut`; the record is written all the same
        return await fut

    def _take(self) -> list[tuple[Leaf, asyncio.Future[int]]]:
        """The next batch: up to max_batch records and what the journal takes in one write."""
        room = self.journal.capacity()
        n = 0
        while n < min(len(self._pending), self.max_batch):
            room -= FRAME_OVERHEAD + len(self._pending[n][0].body)
            if room < 0 and n:
                break
            n += 1
        batch = self._pending[:n]
        del self._pending[:n]
        return batch

    def _submit(self) -> tuple[list[tuple[Leaf, asyncio.Future[int]]], int, asyncio.Future[bool]]:
        """Hand the next batch to the journal thread: (batch, its first index, the write's outcome)."""
        assert self._io is not None
        batch = self._take()
        first = self._next
        written = self._io.submit(self.journal.write, first, [leaf.body for leaf, _ in batch], self._durable)
        return batch, first, written

    async def _drain(self, inflight: tuple[list[tuple[Leaf, asyncio.Future[int]]], int,
                                           asyncio.Future[bool]] | None) -> None:
        try:
            while inflight is not None:
                batch, first, written = inflight
                try:
                    switched = await self._written(first, batch, written)
                except Exception as exc:  # noqa: BLE001 - callers get one type; the position is not advanced
                    self._journal_ok = False
                    log.error("audit journal write failed: %s", type(exc).__name__)
                    for _, fut in batch:
                        if not fut.done():
                            fut.set_exception(AuditUnavailable("audit journal unavailable"))
                else:
                    self._journaled(first, [leaf for leaf, _ in batch], switched)
                    for k, (_, fut) in enumerate(batch):
                        if not fut.done():
                            fut.set_result(first + k)
                inflight = self._submit() if self._pending else None
        finally:
            self._jtask = None

    async def _written(self, first: int, batch: list[tuple[Leaf, asyncio.Future[int]]],
                       written: asyncio.Future[bool]) -> bool:
        """Whether the write switched segments, once it is durable (written again, by the full-journal
        rule, if the journal was full). Nothing else writes while this batch is in flight, so the index
        stays `first`."""
        try:
            return await written
        except JournalFull:
            pass
        bodies = [leaf.body for leaf, _ in batch]

        async def write(at: int) -> bool:
            assert self._io is not None and at == first
            return await self._io.submit(self.journal.write, at, bodies, self._durable)

        return (await self._write_with_room(write))[1]

    async def flush(self) -> None:
        while self._jtask is not None:
            await asyncio.shield(self._jtask)
        await super().flush()


class DeferredSyncWriter(JournalBackedWriter):
    """durability process-crash: the answer waits for the record's write() into the journal, not an fsync.

    `append` numbers the record and writes its frame into the journal on the event loop itself (one
    pwrite into the page cache, no thread hand-off, no wake-up) and returns: from then on the record
    survives a crash of this process (kill -9), because the kernel holds it. An fdatasync of the journal
    is group-committed on the journal's thread, due `sync_delay` seconds after the first record it
    covers was written (the loop's timer, or the next append once overdue); a power loss or kernel
    crash can lose the records answered since the last fsync that completed (about `sync_delay` plus
    one fsync, plus the thread's wait for a CPU on a loaded host). The store catches up
    behind the journal as with JournaledWriter, and is synced before a journal segment is reused, so
    the segment switch rule is unchanged.

    `batches` counts the journal's fsyncs (each covers every record written before it started).
    """

    def __init__(self, store: SyncableStore, journal: Journal, *, max_batch: int = 1024,
                 sync_delay: float = 0.01,
                 on_commit: OnCommit | None = None) -> None:
        super().__init__(store, journal, max_batch=max_batch, on_commit=on_commit)
        self.sync_delay = sync_delay
        self._synced = 0
        """Records durable in the journal (or the store) up to this index."""
        self._sync_timer: asyncio.TimerHandle | None = None
        self._syncing: asyncio.Future[bool] | None = None
        """The fsync in flight: True or False once `_sync_done` has taken its outcome into account (not
        the thread's own future, whose callbacks may still be pending when an awaiting task resumes)."""
        self._unsynced_since: float | None = None
        """time.monotonic() of the first write that no fsync started so far covers."""

    def _scan(self) -> list[Entry]:
        return self.journal.scan(strict=False)

    def _check_nothing_after(self, end: int, seq: int) -> None:
        """Answered records can be missing after a power loss here: said by `_replay`, not refused."""

    async def _replay(self, entries: Sequence[Entry]) -> None:
        """As JournaledWriter's, then say how many answered records a power loss took (indexes only)."""
        await super()._replay(entries)
        size = await self.store.size()
        lost = self.journal.lost_after(size, entries[-1].seq if entries else -1)
        if lost is not None:
            first, last = lost
            log.warning("audit journal %s: %d answered records (indexes %d..%d) were not synced before a power "
                        "loss or kernel crash and are lost (durability process-crash); the log goes on at %d",
                        self.journal.base, last - first + 1, first, last, size)

    async def _activate(self) -> bool:
        active = await super()._activate()
        self._synced = max(self._synced, self._next)
        return active

    async def append(self, leaf: Leaf) -> int:
        """The leaf index, once the record's frame is in the kernel; raises AuditUnavailable otherwise.

        Does not suspend (unless the journal is full): a caller appending in a tight loop with no other
        await holds off the background fsync's completion and the store's catch-up until it yields;
        the proxy awaits network I/O between one request's record and the next."""
        if self._closed:
            raise AuditUnavailable("audit log is closed")
        if not self._active:
            await self._take_over()
        index = self._next
        try:
            try:
                switched = self.journal.write(index, (leaf.body,), self._durable)
            except JournalFull:
                index, switched = await self._write_with_room(lambda at: self._write_here(at, leaf.body))
        except JournalFull:
            raise AuditUnavailable("audit store unavailable") from None
        except Exception as exc:  # noqa: BLE001 - callers get one type; the position is not advanced
            self._journal_ok = False
            log.error("audit journal write failed: %s", type(exc).__name__)
            raise AuditUnavailable("audit journal unavailable") from None
        self._journaled(index, [leaf], switched, synced=False)
        now = time.monotonic()  # not loop.time(): uvloop's is cached per iteration, stale in a busy one
        if self._unsynced_since is None:
            self._unsynced_since = now
            if self._syncing is None and self._sync_timer is None:
                self._sync_timer = asyncio.get_running_loop().call_later(self.sync_delay, self._start_sync)
        elif self._syncing is None and now - self._unsynced_since >= self.sync_delay:
            # the timer is late (a busy loop runs timers only between its callbacks): keep the bound
            if self._sync_timer is not None:
                self._sync_timer.cancel()
            self._start_sync()
        return index

    async def _write_here(self, index: int, body: bytes) -> bool:
        """The journal write of `append`, on the loop, as an awaitable for `_write_with_room`."""
        return self.journal.write(index, (body,), self._durable)

    # -- background fsync --------------------------------------------------------------------------

    def _start_sync(self) -> None:
        self._sync_timer = None
        if self._syncing is not None or self._io is None or not self._active:
            return
        target = self._next
        self._unsynced_since = None
        outcome: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        self._syncing = outcome
        running = self._io.submit(self.journal.sync, self.journal.take_dirty())
        running.add_done_callback(lambda fut: self._sync_done(fut, target, outcome))

    def _sync_done(self, fut: asyncio.Future[None], target: int, outcome: asyncio.Future[bool]) -> None:
        self._syncing = None
        ok = not fut.cancelled() and fut.exception() is None
        outcome.set_result(ok)
        if not ok:
            # after a failed fsync the kernel may have dropped the dirty pages: refuse new requests
            # (fail closed) and keep trying
            self._journal_ok = False
            log.error("audit journal sync failed: %s", "cancelled" if fut.cancelled()
                      else type(fut.exception()).__name__)
            # Linux reports a writeback error once and may mark the pages clean: a retried fdatasync
            # succeeding does not prove these records reached the disk, so have the store (its own
            # fsync) hold them durably as well
            self._sync_below = max(self._sync_below, target)
            self._kick()
            self.journal.mark_all_dirty()
            if self._unsynced_since is None:
                self._unsynced_since = time.monotonic()
            delay = STORE_RETRY_SECONDS
        else:
            self._journal_ok = True
            self._synced = max(self._synced, target)
            self.batches += 1
            self._notify()
            if self._unsynced_since is None:
                return
            delay = max(0.0, self._unsynced_since + self.sync_delay - time.monotonic())
        if not self._closed:
            self._sync_timer = asyncio.get_running_loop().call_later(delay, self._start_sync)

    async def sync_journal(self) -> None:
        """Make every record written so far durable in the journal now (close, a checkpoint signed).
        Only those written before the call: under steady load `_next` keeps moving and would never be met."""
        target = self._next
        while self._io is not None and self._active and self._synced < target:
            if self._syncing is None:
                if self._sync_timer is not None:
                    self._sync_timer.cancel()
                self._start_sync()
            syncing = self._syncing
            if syncing is None:
                return
            if not await asyncio.shield(syncing):  # logged by _sync_done; the writer is unhealthy
                raise AuditUnavailable("audit journal sync failed")

    async def harden(self) -> None:
        await self.sync_journal()

    async def probe(self) -> None:
        """As JournaledWriter's, but the probe's write runs on the loop, where this writer's writes run;
        the journal turns healthy once that write and a sync covering every earlier record succeed."""
        if self._io is None or not self._active:
            return
        fd = self.journal.probe()
        await self.sync_journal()
        await self._io.call(self.journal.sync, (fd,))
        self._journal_ok = True

    async def close(self) -> None:
        """Sync the journal (records the store lacks stay there durably), then close as JournaledWriter."""
        self._closed = True
        try:
            await self.sync_journal()
        except AuditUnavailable:
            log.error("audit journal sync failed at close")
        if self._sync_timer is not None:
            self._sync_timer.cancel()
            self._sync_timer = None
        await super().close()


def make_writer(cfg: AuditConfig, store: AuditStore, *, on_commit: OnCommit | None = None
                ) -> GroupCommitWriter | JournalBackedWriter:
    """The writer the config asks for: the durability journal in front of SQLite, or plain group commit."""
    if cfg.journal:
        if not hasattr(store, "sync"):
            raise AuditUnavailable(f"the {cfg.store} store cannot sit behind the durability journal")
        syncable = cast(SyncableStore, store)
        if cfg.durability == "process-crash":
            return DeferredSyncWriter(syncable, Journal(cfg.journal_base, cfg.journal_segment_mib << 20, dsync=False),
                                      max_batch=cfg.max_batch, sync_delay=cfg.sync_delay_ms / 1000.0,
                                      on_commit=on_commit)
        return JournaledWriter(syncable, Journal(cfg.journal_base, cfg.journal_segment_mib << 20),
                               max_batch=cfg.max_batch, on_commit=on_commit)
    return GroupCommitWriter(store, max_batch=cfg.max_batch, on_commit=on_commit)

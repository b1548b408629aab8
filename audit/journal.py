"""Durability journal: the request path's durable copy of each record, written ahead of the store.

Why: the answer then waits for one O_DSYNC overwrite of already-written blocks (~0.12-0.2 ms p50 on
the development VM, bench/audit/durable_write.py) instead of a SQLite insert plus an fdatasync of the
WAL (10-20 % more once the WAL has grown, twice as much while it grows). The store inserts the record
afterwards without an fsync of its own. The measured gain end to end is modest (docs/audit.md, Speed).

Layout: two *segments* `<base>.0` and `<base>.1`, each `segment_bytes` long and zero-filled with real
writes at creation (so later writes never allocate or convert extents, and O_DSYNC has only data to
flush), plus `<base>.lock`, flock-ed by the one process that owns the journal. Records are written as
frames, back to back, one pwrite per group-commit batch:

    magic "GQJ1" | length u32 | seq u64 | index u64 | crc32 u32 | body (the record's canonical bytes)

little-endian; the CRC covers the 24 header bytes before it and the body. `index` is the record's
leaf index, `seq` counts write attempts (a restart continues above every seq on disk), so a scan can
tell the current frames from stale ones left by an earlier pass over the segment or by a failed write.

A segment is scanned from offset 0 while frames are intact (magic, length, CRC), their indexes are
consecutive and their seq does not decrease. A torn frame (a crash mid-write) fails its CRC and ends
the scan; it belongs to the batch whose write never returned, so no caller was answered for it. Intact
frames behind the break that belong to answered batches mean damage, not a torn tail: the scan then
refuses (the proxy does not start) rather than drop answered records silently.

Writing fills one segment, then switches to the other, which is only allowed once every record in the
other segment is durable in the store (the writer asks the store to sync when a switch happens, so
that is normally long done). `reset` invalidates both segments once the store holds everything.

With `dsync=False` (durability process-crash) the segments are opened without O_DSYNC: `write` runs
on the event loop and returns once the frame is in the kernel, and `sync` (an fdatasync of the
segments written since the last one, on the journal's thread) makes it durable later. A power loss
can then leave any unsynced frame missing while later ones reached the disk, so `scan(strict=False)`
ends the chain at such a hole instead of refusing it as damage, and `lost_after` says which answered
records that took (the writer logs it). The default `scan()` still refuses such a journal.
"""

from __future__ import annotations

import fcntl
import os
import queue
import struct
import threading
import zlib
from asyncio import AbstractEventLoop, Future, get_running_loop
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from audit.store import StoreUnavailable

T = TypeVar("T")

MAGIC = b"GQJ1"
HEADER = struct.Struct("<4sIQQ")
CRC = struct.Struct("<I")
FRAME_OVERHEAD = HEADER.size + CRC.size
ZERO_CHUNK = 1 << 20


class JournalError(StoreUnavailable):
    """The journal cannot take this batch, or is damaged; the message names the journal, never a record."""


class JournalFull(JournalError):
    """The current segment is full and the other one still holds records the store has not made durable."""


@dataclass(frozen=True, slots=True)
class Entry:
    index: int
    seq: int
    body: bytes


def encode(index: int, seq: int, body: bytes) -> bytes:
    head = HEADER.pack(MAGIC, len(body), seq, index)
    return head + CRC.pack(zlib.crc32(body, zlib.crc32(head))) + body


def _frame_at(data: bytes, pos: int) -> tuple[Entry, int] | None:
    """The intact frame at `pos` and the position after it, or None (no magic, bad length or CRC)."""
    end = len(data)
    if pos + FRAME_OVERHEAD > end:
        return None
    head = bytes(data[pos:pos + HEADER.size])
    magic, length, seq, index = HEADER.unpack(head)
    if magic != MAGIC or length > end - pos - FRAME_OVERHEAD:
        return None
    (crc,) = CRC.unpack_from(data, pos + HEADER.size)
    body = bytes(data[pos + FRAME_OVERHEAD:pos + FRAME_OVERHEAD + length])
    if zlib.crc32(body, zlib.crc32(head)) != crc:
        return None
    return Entry(index, seq, body), pos + FRAME_OVERHEAD + length


@dataclass(frozen=True, slots=True)
class Segment:
    """What one segment holds: the chain from offset 0, where it ends, and intact frames after that."""

    entries: list[Entry]
    end: int
    beyond: list[Entry]

    def damage(self) -> str | None:
        """Why the chain's end is not a torn tail, or None. Only the batch being written at a crash can
        be torn, and it was never answered; intact frames of the chain's own last batch (same seq) or of
        two later batches behind the break mean an answered record is damaged."""
        if not self.entries:
            return None
        last = self.entries[-1].seq
        later = {e.seq for e in self.beyond if e.seq >= last}
        if last in later or len(later) > 1:
            return f"a bad frame at byte {self.end} is followed by intact frames of answered batches"
        return None


def decode_segment(data: bytes) -> Segment:
    """The intact, consecutive frames at the start of one segment's bytes, and what lies beyond them."""
    out: list[Entry] = []
    pos = 0
    while (got := _frame_at(data, pos)) is not None:
        e, after = got
        if out and (e.index != out[-1].index + 1 or e.seq < out[-1].seq):
            break
        out.append(e)
        pos = after
    beyond: list[Entry] = []
    at = data.find(MAGIC, pos)
    while at >= 0:
        got = _frame_at(data, at)
        if got is not None:
            beyond.append(got[0])
        at = data.find(MAGIC, at + 1)
    return Segment(out, pos, beyond)


def chain(segments: Sequence[Sequence[Entry]]) -> list[Entry]:
    """The records both segments hold, in index order: for an index written twice the later write
    (higher seq) wins, and the chain ends at the first gap or at a frame older than the one before it."""
    best: dict[int, Entry] = {}
    for entries in segments:
        for e in entries:
            if e.index not in best or e.seq > best[e.index].seq:
                best[e.index] = e
    out: list[Entry] = []
    for index in sorted(best):
        e = best[index]
        if out and (index != out[-1].index + 1 or e.seq < out[-1].seq):
            break
        out.append(e)
    return out


class Journal:
    """The two segment files and their write position; every method does blocking I/O (run it on an
    IoThread), and only the process holding the lock may call anything but `try_lock`."""

    def __init__(self, base: Path, segment_bytes: int, *, dsync: bool = True) -> None:
        self.base = base
        self.segment_bytes = segment_bytes
        self.dsync = dsync
        """True: every `write` is durable when it returns (O_DSYNC). False (durability process-crash): a
        write only reaches the kernel; `sync` makes what was written durable."""
        self._dirty: set[int] = set()
        """Segments written since the last `take_dirty` (without O_DSYNC)."""
        self.paths = (base.with_name(base.name + ".0"), base.with_name(base.name + ".1"))
        self._lock_fd: int | None = None
        self._fds: list[int] = []
        self._current = 0
        self._pos = 0
        self._top = [-1, -1]
        """Highest index written into each segment since it was last (re)started."""
        self._seq = 0
        self._scanned: list[Segment] = []
        """What the last `scan` decoded (for `lost_after`)."""

    # -- ownership ---------------------------------------------------------------------------------

    def try_lock(self) -> bool:
        """Take the journal for this process; False if another process holds it."""
        if self._lock_fd is not None:
            return True
        self.base.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.base.with_name(self.base.name + ".lock"), os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return False
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        self._lock_fd = fd
        return True

    def open(self) -> None:
        """Create missing segments (zero-filled, synced, directory synced) and open both (with O_DSYNC
        unless writes are synced separately). Without O_DSYNC the segments are read into the page
        cache, so that a write of a few hundred bytes on the event loop never waits for a disk read."""
        created = False
        for path in self.paths:
            try:
                size = path.stat().st_size
            except FileNotFoundError:
                size = -1
            if size != self.segment_bytes:
                self._zero_fill(path)
                created = True
        if created:
            dfd = os.open(self.base.parent, os.O_RDONLY)
            try:
                os.fsync(dfd)
            finally:
                os.close(dfd)
        flags = os.O_RDWR | (os.O_DSYNC if self.dsync else 0)
        self._fds = [os.open(p, flags) for p in self.paths]
        if not self.dsync:
            for fd in self._fds:
                os.posix_fadvise(fd, 0, self.segment_bytes, os.POSIX_FADV_WILLNEED)

    def _zero_fill(self, path: Path) -> None:
        tmp = path.with_name(path.name + ".new")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            zeros = bytes(ZERO_CHUNK)
            left = self.segment_bytes
            while left:
                left -= os.write(fd, zeros[:min(left, ZERO_CHUNK)])
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)

    def close(self) -> None:
        for fd in self._fds:
            os.close(fd)
        self._fds = []
        if self._lock_fd is not None:
            os.close(self._lock_fd)  # releases the flock
            self._lock_fd = None

    # -- recovery ----------------------------------------------------------------------------------

    def scan(self, *, strict: bool = True) -> list[Entry]:
        """Every record the journal holds, in index order (see `chain`); raises JournalError if a
        segment is damaged rather than torn. Moves `seq` past every intact frame on disk.

        strict=False (durability process-crash): records are answered before they are synced, so after
        a power loss any unsynced frame may be missing while later ones survived; the chain then ends
        at the first gap, as after a torn tail, instead of refusing; `lost_after` tells what it dropped."""
        segments = [decode_segment(os.pread(fd, self.segment_bytes, 0)) for fd in self._fds]
        if strict:
            for path, seg in zip(self.paths, segments, strict=True):
                if (why := seg.damage()) is not None:
                    raise JournalError(f"audit journal {path}: {why}")
        self._scanned = segments
        self._seq = max([self._seq, *(e.seq for s in segments for e in (*s.entries, *s.beyond))])
        return chain([s.entries for s in segments])

    def lost_after(self, end: int, seq: int) -> tuple[int, int] | None:
        """After `scan(strict=False)`: the first and last index of the answered records a power loss
        took, or None. `end`: the log's size after the replay; `seq`: the seq of the last frame kept
        (-1 if none). Any intact frame on disk past `end` written after that frame was answered, and so
        was every index before it: all of them are gone from the log. (With no frame kept, frames left
        by an earlier run that lost records itself can be counted too: the figure is then an upper bound.)"""
        top = max((e.index for e in self.after(end, seq)), default=-1)
        return (end, top) if top >= end else None

    def after(self, end: int, seq: int) -> list[Entry]:
        """After a scan: the intact frames on disk that the replay cannot use, written after the last
        frame it kept (seq above `seq`) for indexes from `end` on."""
        return [e for s in self._scanned for e in (*s.entries, *s.beyond) if e.index >= end and e.seq > seq]

    def reset(self) -> None:
        """Forget every record (the store holds them durably): invalidate both segments' first frame."""
        blank = bytes(FRAME_OVERHEAD)
        for fd in self._fds:
            os.pwrite(fd, blank, 0)
            if not self.dsync:
                os.fdatasync(fd)
        self._current, self._pos, self._top = 0, 0, [-1, -1]
        self._dirty.clear()

    # -- the request path --------------------------------------------------------------------------

    def capacity(self) -> int:
        """The most bytes one `write` may take (a quarter segment, so a switch always has room)."""
        return self.segment_bytes // 4

    def write(self, first_index: int, bodies: Sequence[bytes], durable_below: int) -> bool:
        """Make the bodies (indexes first_index, first_index + 1, ...) durable; True if this write
        switched segments. `durable_below`: every record with a lower index is durable in the store."""
        self._seq += 1
        seq = self._seq
        data = b"".join(encode(first_index + k, seq, b) for k, b in enumerate(bodies))
        if len(data) > self.capacity():
            raise JournalError(f"audit journal {self.base}: batch of {len(data)} bytes exceeds a quarter segment")
        switched = False
        if self._pos + len(data) > self.segment_bytes:
            other = 1 - self._current
            if self._top[other] >= durable_below:
                raise JournalFull(f"audit journal {self.base}: both segments hold records the store has "
                                  "not made durable yet")
            self._current, self._pos, self._top[other] = other, 0, -1
            switched = True
        n = os.pwrite(self._fds[self._current], data, self._pos)
        if n != len(data):
            raise JournalError(f"audit journal {self.base}: short write ({n} of {len(data)} bytes)")
        self._pos += n
        self._top[self._current] = first_index + len(bodies) - 1
        if not self.dsync:
            self._dirty.add(self._current)
        return switched

    def probe(self) -> int:
        """Write zeros over the next frame's header and return the file descriptor to sync: proof that
        the journal takes writes again after a failure. The bytes there belong to no record the scan
        keeps (the chain ends at the write position), so overwriting them loses nothing. Call it where
        `write` is called (same thread), never beside it."""
        n = min(FRAME_OVERHEAD, self.segment_bytes - self._pos)
        fd = self._fds[self._current]
        if n and os.pwrite(fd, bytes(n), self._pos) != n:
            raise JournalError(f"audit journal {self.base}: short write")
        return fd

    def take_dirty(self) -> list[int]:
        """The file descriptors written since the last call: what a `sync` started now must flush.
        Called by the thread that writes, so the set is never shared with the syncing thread."""
        fds = [self._fds[k] for k in sorted(self._dirty)]
        self._dirty.clear()
        return fds

    def mark_all_dirty(self) -> None:
        """After a failed sync: the next one flushes both segments again."""
        self._dirty.update(range(len(self._fds)))

    @staticmethod
    def sync(fds: Sequence[int]) -> None:
        """Make everything written to these segments before the call durable (one fdatasync each:
        data only, the preallocated files never change size)."""
        for fd in fds:
            os.fdatasync(fd)


Done = Callable[[Any, BaseException | None], None]
"""What the IoThread's thread hands back to the loop: called with (result, None) or (None, exception)."""


class IoThread:
    """One thread that runs blocking calls in order; the caller's event loop resumes when each is done.

    A dedicated thread handing results back with `call_soon_threadsafe` costs ~17 us per call under
    uvloop, against ~40 us for `run_in_executor`; the journal's whole budget is 200 us. `post` hands
    the result straight to a callback on the loop: one loop iteration less than awaiting `submit`'s
    future (whose done-callbacks, a waiting task's wake-up included, run one iteration after it is set).
    """

    def __init__(self, name: str) -> None:
        self._queue: queue.SimpleQueue[tuple[Callable[..., Any], tuple[Any, ...], Done,
                                             AbstractEventLoop] | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (item := self._queue.get()) is not None:
            fn, args, done, loop = item
            try:
                result = fn(*args)
            except BaseException as exc:  # noqa: BLE001 - handed to the awaiting caller as is
                loop.call_soon_threadsafe(done, None, exc)
            else:
                loop.call_soon_threadsafe(done, result, None)

    def submit(self, fn: Callable[..., T], *args: Any) -> Future[T]:
        """Queue the call at once; the future completes on the caller's loop."""
        loop = get_running_loop()
        fut: Future[T] = loop.create_future()
        self._queue.put((fn, args, partial(_settle, fut), loop))
        return fut

    def post(self, fn: Callable[..., T], args: tuple[Any, ...], done: Callable[[T | None, BaseException | None], None]
             ) -> None:
        """Queue the call at once; `done(result, None)` or `done(None, exception)` then runs on the caller's
        loop, as the thread's one hand-back (`done` must not raise)."""
        self._queue.put((fn, args, done, get_running_loop()))

    async def call(self, fn: Callable[..., T], *args: Any) -> T:
        return await self.submit(fn, *args)

    def stop(self) -> None:
        self._queue.put(None)
        self._thread.join(timeout=10)


def _settle(fut: Future[Any], result: Any, exc: BaseException | None) -> None:
    if fut.done():
        return
    if exc is not None:
        fut.set_exception(exc)
    else:
        fut.set_result(result)

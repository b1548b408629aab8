"""Offload: run a long CPU-bound call (a big prompt's scan) in a worker thread so the event loop keeps serving.

While a 1 MB prompt is scanned (about 0.3 s of ordinary text on the 2-core VM, seconds of crafted text), an
inline scan holds the loop: every other request and the /healthz probe wait. In a worker thread the scan still
needs the GIL, but the interpreter hands it back to the loop every switch interval, so the loop keeps turning
at a few milliseconds' delay. The first offloaded call lowers that interval from Python's 5 ms to `SWITCH_S`
(process-wide; it only matters while two threads want the GIL): the loop waits about half as long per turn
(docs/operations.md). A single long C call (one regex pass over megabytes) still holds the GIL to its end.

The pool is bounded twice: at most `threads` scans run and `queue` more wait, and the calls that wait hold at
most `queue_chars` characters between them; one more is refused at once with `InspectionBusy` (503 +
Retry-After) instead of being held. The count bounds how many requests sit parked; the characters bound how
long the last of them waits (a scan's time follows its length), so sixty 64 KB prompts queue behind each other
while a few 10 MB ones cannot pile up. A call that finds a worker free is always taken, however long, so the
longest body the limits allow can still be inspected. A slot is freed when the thread finishes, not when the
caller stops waiting: a client that disconnects while its scan runs does not make room for another one until
the scan is really over (a queued one is dropped, and its characters freed, at once).

Pools are process-wide, one per (threads, queue) setting, so test processes that run many proxies (each on its
own event loop) share them; the admission count is a plain counter under a `threading.Lock` for that reason.

The workers are daemon threads, not a `ThreadPoolExecutor`'s: the interpreter joins an executor's threads at exit,
so a scan still running when the drain deadline cancelled its request (a crafted 10 MB body of digits takes
close to a minute) held the process past `limits.drain_seconds` and into the supervisor's SIGKILL, skipping the
final audit checkpoint's orderly close. A daemon worker is simply abandoned at exit; its request was already
cancelled, answered nothing and forwarded nothing, so no work is lost that anyone waits for.
"""

from __future__ import annotations

import asyncio
from queue import SimpleQueue
import sys
import threading
from concurrent.futures import Future
from dataclasses import dataclass
from functools import partial
from typing import Any, Callable, TypeVar

from proxy.errors import GuanqiaError

T = TypeVar("T")

SWITCH_S = 0.001
"""GIL switch interval while big scans may run (Python's default is 0.005)."""

DEFAULT_QUEUE_CHARS = 8 * 1024 * 1024
"""Characters that may wait for a worker, all calls together: about 7 s of scanning Chinese prose on one core
of the development VM (1.1-1.2 M characters a second), so the last call in the queue still starts well within
any client's timeout."""


@dataclass(slots=True)
class _Job:
    future: Future[Any]
    fn: Callable[..., Any]
    args: tuple[Any, ...]
    queued_chars: int
    """What this call adds to the waiting characters until a worker takes it (0 if it found a worker free)."""


class InspectionBusy(GuanqiaError):
    """Too many big prompts are being inspected or waiting: refused before any work, nothing forwarded."""

    status = 503
    error_type = "overloaded_error"


class Offload:
    """A bounded worker pool: `run` awaits `fn(*args)` in a thread; exceptions propagate unchanged."""

    def __init__(self, threads: int, queue: int, queue_chars: int = DEFAULT_QUEUE_CHARS) -> None:
        self.threads = threads
        self.queue = queue
        self.queue_chars = queue_chars
        self._work: SimpleQueue[_Job] = SimpleQueue()
        self._workers: list[threading.Thread] = []
        self._lock = threading.Lock()
        self._taken = 0
        self._queued_chars = 0
        self._switch_set = False

    @property
    def taken(self) -> int:
        """Calls running or queued now (what the count bound counts)."""
        return self._taken

    @property
    def queued_chars(self) -> int:
        """Characters of the calls waiting for a worker now (what the character bound counts)."""
        return self._queued_chars

    async def run(self, fn: Callable[..., T], *args: Any, chars: int = 0) -> T:
        """`fn(*args)` in a worker; `chars` is the size of the text it works on (0: count the call only)."""
        with self._lock:
            queued = 0
            if self._taken >= self.threads:  # every worker is busy: this call would wait
                if self._taken - self.threads >= self.queue or self._queued_chars + chars > self.queue_chars:
                    raise InspectionBusy("inspection-busy",
                                         "Too many large requests are being inspected; retry later.",
                                         headers={"Retry-After": "1"})
                queued = chars
            self._taken += 1
            self._queued_chars += queued
        if not self._switch_set:
            self._switch_set = True
            if sys.getswitchinterval() > SWITCH_S:
                sys.setswitchinterval(SWITCH_S)
        future: Future[T] = Future()
        job = _Job(future, fn, args, queued)
        future.add_done_callback(partial(self._release, job))
        try:
            self._start_worker()
            self._work.put(job)
        except BaseException:
            future.cancel()
            raise
        return await asyncio.wrap_future(future)

    def _start_worker(self) -> None:
        """One more daemon worker while fewer than `threads` exist (threads start on first use)."""
        if len(self._workers) >= self.threads:
            return
        with self._lock:
            if len(self._workers) < self.threads:
                worker = threading.Thread(target=self._serve, name=f"guanqia-inspect_{len(self._workers)}",
                                          daemon=True)
                worker.start()
                self._workers.append(worker)

    def _serve(self) -> None:
        """A worker's loop: a call whose caller gave up before it started is dropped (its slot freed by the
        cancel); a started one runs to its end, and only then frees its slot."""
        while True:
            job = self._work.get()
            self._unqueue(job)
            future = job.future
            if not future.set_running_or_notify_cancel():
                continue
            try:
                result = job.fn(*job.args)
            except BaseException as exc:  # noqa: BLE001 - handed to the caller unchanged
                future.set_exception(exc)
            else:
                future.set_result(result)
            del job, future

    def _unqueue(self, job: _Job) -> None:
        with self._lock:
            self._stop_counting(job)

    def _release(self, job: _Job, _future: Future[Any]) -> None:
        with self._lock:
            self._taken -= 1
            self._stop_counting(job)

    def _stop_counting(self, job: _Job) -> None:
        """The call waits no more (a worker took it, or its caller left first): its characters stop counting.
        Whichever of the two comes first does it; the lock is held."""
        self._queued_chars -= job.queued_chars
        job.queued_chars = 0


_pools: dict[tuple[int, int, int], Offload] = {}
_pools_lock = threading.Lock()


def shared_offload(threads: int, queue: int, queue_chars: int = DEFAULT_QUEUE_CHARS) -> Offload:
    """The process-wide pool for this setting (threads start on first use, so an unused pool costs nothing)."""
    key = (threads, queue, queue_chars)
    pool = _pools.get(key)
    if pool is None:
        with _pools_lock:
            pool = _pools.get(key)
            if pool is None:
                pool = _pools[key] = Offload(threads, queue, queue_chars)
    return pool

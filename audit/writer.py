"""Group commit: concurrent appends share one store transaction; each caller resumes once it is durable.

There is no timer: while one commit is in flight, every record that arrives queues up, and the next
commit takes them all (up to `max_batch`). Under load the batch grows with the commit latency, so
throughput scales with concurrency while an idle proxy still commits each record at once.

Failure: if a commit raises, every caller of that batch gets AuditUnavailable and `healthy` goes
False until a later commit (or the background probe) succeeds — the proxy answers 503 meanwhile.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from audit.store import AuditStore, Leaf, TreeHead

log = logging.getLogger("guanqia.audit")


class AuditUnavailable(Exception):
    """The record could not be made durable; carries no record content."""


class GroupCommitWriter:
    def __init__(self, store: AuditStore, *, max_batch: int = 1024,
                 on_commit: Callable[[TreeHead], Awaitable[None]] | None = None) -> None:
        self.store = store
        self.max_batch = max_batch
        self.on_commit = on_commit
        self.healthy = True
        self._pending: list[tuple[Leaf, asyncio.Future[int]]] = []
        self._task: asyncio.Task[None] | None = None
        self._closed = False
        self.batches = 0
        self.appended = 0

    async def append(self, leaf: Leaf) -> int:
        """The leaf index, once the record is committed; raises AuditUnavailable otherwise."""
        if self._closed:
            raise AuditUnavailable("audit log is closed")
        fut: asyncio.Future[int] = asyncio.get_running_loop().create_future()
        self._pending.append((leaf, fut))
        if self._task is None:
            self._task = asyncio.create_task(self._drain())
        # shield: a client disconnect cancels the request, not the commit its record is part of
        return await asyncio.shield(fut)

    async def _drain(self) -> None:
        try:
            while self._pending:
                batch = self._pending[: self.max_batch]
                del self._pending[: self.max_batch]
                try:
                    head = await self.store.append([leaf for leaf, _ in batch])
                except Exception as exc:  # noqa: BLE001 - the store's failure mode is open-ended; callers get one type
                    self.healthy = False
                    log.error("audit store append failed: %s", type(exc).__name__)
                    for _, fut in batch:
                        if not fut.done():
                            fut.set_exception(AuditUnavailable("audit store unavailable"))
                    continue
                self.healthy = True
                self.batches += 1
                self.appended += len(batch)
                first = head.size - len(batch)
                for k, (_, fut) in enumerate(batch):
                    if not fut.done():
                        fut.set_result(first + k)
                if self.on_commit is not None:
                    try:
                        await self.on_commit(head)
                    except Exception as exc:  # noqa: BLE001 - a late checkpoint is retried on the next commit or tick
                        log.error("audit checkpoint failed: %s", type(exc).__name__)
        finally:
            self._task = None

    async def flush(self) -> None:
        """Wait until everything queued so far is committed (or failed)."""
        while self._task is not None:
            await asyncio.shield(self._task)

    async def close(self) -> None:
        self._closed = True
        await self.flush()

"""AuditLog: the facade the proxy and the CLI use — append with group commit, checkpoints, reads, proofs.

Lifecycle: `open` loads (or creates) the keys and the store and signs a checkpoint at once if the log
grew since the last one (e.g. after a crash); a background task signs a checkpoint every
`checkpoint_seconds` when the log grew and prunes by retention once an hour; `close` drains the writer
and signs a final checkpoint. `open(..., writable=False)` is the auditor's view: it never creates a key
or a table and never writes.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable
from datetime import UTC, datetime, timedelta
from typing import Any

from audit import merkle
from audit.checkpoint import PRUNED_EXTENSION, Checkpoint
from audit.config import AuditConfig
from audit.fingerprint import Fingerprinter
from audit.keys import KeyFiles
from audit.query import QueryFilters, parse_cursor
from audit.record import AuditRecord, record_from_bytes
from audit.signing import Signer, Verifier
from audit.store import AuditStore, Leaf, StoreUnavailable, TreeHead, newest
from audit.writer import AuditUnavailable, make_writer

log = logging.getLogger("guanqia.audit")
RETENTION_EVERY_SECONDS = 3600.0
PROBE_EVERY_SECONDS = 1.0


async def open_store(cfg: AuditConfig, *, create: bool = True) -> AuditStore:
    if cfg.store == "postgres":
        from audit.postgres import PostgresStore
        return await PostgresStore.open(cfg.dsn, cfg.schema, pool_size=cfg.pool_size, create=create)
    from audit.sqlite import SqliteStore
    return await SqliteStore.open(cfg.sqlite_path, synchronous=cfg.sqlite_synchronous.upper(), create=create,
                                  busy_ms=cfg.sqlite_busy_ms)


def key_files(cfg: AuditConfig) -> KeyFiles:
    return KeyFiles(cfg.resolve(cfg.signing_key_file), cfg.resolve(cfg.verifier_keys_file), cfg.key_name)



async def cancel_tasks(*tasks: asyncio.Task[None] | None) -> None:
    """Cancel background tasks and wait until each has really stopped (a close must not race them)."""
    for task in tasks:
        if task is not None:
            task.cancel()
            try:
                await task
            except asyncio.CancelledError:
                pass

class AuditLog:
    def __init__(self, cfg: AuditConfig, store: AuditStore, signer: Signer | None,
                 verifiers: list[Verifier], fingerprinter: Fingerprinter | None, *, writable: bool) -> None:
        self.cfg = cfg
        self.store = store
        self.signer = signer
        self.verifiers = verifiers
        self._fingerprinter = fingerprinter
        self.writable = writable
        self.writer = make_writer(cfg, store, on_commit=self._after_commit)
        self._checkpointed = -1
        self._signed_low = 0
        """Retention watermark in our newest checkpoint."""
        self._checkpoint_time = time.monotonic()
        self._checkpoint_lock = asyncio.Lock()
        self._key_mtime = self._signing_key_mtime()
        self._background: asyncio.Task[None] | None = None
        self._probe: asyncio.Task[None] | None = None
        self._closing: asyncio.Future[None] | None = None

    @classmethod
    async def open(cls, cfg: AuditConfig, *, writable: bool = True) -> AuditLog:
        signer, verifiers = key_files(cfg).load(create=writable)
        fp_file = cfg.resolve(cfg.fingerprint_key_file)
        fingerprinter = Fingerprinter.from_file(fp_file, create=writable) if writable or fp_file.exists() \
            else None
        store = await open_store(cfg, create=writable)
        self = cls(cfg, store, signer, verifiers, fingerprinter, writable=writable)
        if writable:
            await self.writer.start()  # the durability journal replays what a crash left out of the store
            cps = await store.checkpoints()
            if cps:
                size, note = newest(cps)
                self._checkpointed = size
                self._signed_low = Checkpoint.parse_text(note.decode().rsplit("\n\n", 1)[0] + "\n").pruned_below
            await self.checkpoint()
            if cfg.retention_days:
                await self.prune()
            self._background = asyncio.create_task(self._tick())
        return self

    # -- request path ------------------------------------------------------------------------------

    @property
    def fingerprinter(self) -> Fingerprinter:
        if self._fingerprinter is None:
            raise FileNotFoundError("no fingerprint key file for this audit log")
        return self._fingerprinter

    @property
    def healthy(self) -> bool:
        return self.writer.healthy

    async def append(self, record: AuditRecord) -> int:
        """The record's leaf index once it is durable; raises AuditUnavailable otherwise."""
        return await self.append_leaf(Leaf.from_record(record))

    async def append_leaf(self, leaf: Leaf) -> int:
        """`append` for a record already encoded (the writer process gets canonical bytes, not records)."""
        if not self.writable:
            raise AuditUnavailable("audit log opened read-only")
        try:
            return await self.writer.append(leaf)
        except AuditUnavailable:
            self._start_probe()
            raise

    # -- checkpoints -------------------------------------------------------------------------------

    def _after_commit(self, head: TreeHead) -> Awaitable[bytes | None] | None:
        """The checkpoint to sign after this commit, if one is due; None (no coroutine, no task) otherwise."""
        if head.size - max(self._checkpointed, 0) >= self.cfg.checkpoint_records:
            return self.checkpoint(head)
        return None

    async def checkpoint(self, head: TreeHead | None = None, *, signers: list[Signer] | None = None,
                         force: bool = False) -> bytes | None:
        """Sign and store a checkpoint of `head` (default: the current head) unless one exists for it."""
        if self.signer is None:
            raise AuditUnavailable("no signing key: the log is open read-only")
        async with self._checkpoint_lock:
            if head is None:
                head = await self.store.head()
            low = await self.store.pruned_below()
            if head.size <= self._checkpointed and low <= self._signed_low and not force:
                return None
            # durability process-crash: the store may hold records the journal has not fsynced yet; a
            # checkpoint over them, read by an auditor before a power loss, would later look like a fork
            await self.writer.harden()
            ext = (f"{PRUNED_EXTENSION}{low}",) if low else ()
            note = Checkpoint(self.cfg.origin, head.size, head.root, ext).sign(signers or [self.signer])
            await self.store.put_checkpoint(head.size, note)
            self._checkpointed = max(self._checkpointed, head.size)
            self._signed_low = max(self._signed_low, low)
            self._checkpoint_time = time.monotonic()
            return note

    def _signing_key_mtime(self) -> int:
        try:
            return self.cfg.resolve(self.cfg.signing_key_file).stat().st_mtime_ns
        except OSError:
            return 0

    def _reload_keys_if_rotated(self) -> None:
        """Pick up `guanqia audit rotate-key` run next to a live proxy: sign with the new key from now on."""
        mtime = self._signing_key_mtime()
        if mtime and mtime != self._key_mtime:
            signer, verifiers = key_files(self.cfg).load(create=False)
            if signer is not None:
                self.signer, self.verifiers = signer, verifiers
                self._key_mtime = mtime
                log.info("audit signing key reloaded: %s", signer.verifier.vkey())

    async def _tick(self) -> None:
        last_prune = time.monotonic()
        while True:
            await asyncio.sleep(min(self.cfg.checkpoint_seconds, 1.0))
            now = time.monotonic()
            try:
                self._reload_keys_if_rotated()
                if now - self._checkpoint_time >= self.cfg.checkpoint_seconds:
                    self._checkpoint_time = now
                    await self.checkpoint()
                if self.cfg.retention_days and now - last_prune >= RETENTION_EVERY_SECONDS:
                    last_prune = now
                    await self.prune()
            except Exception as exc:  # noqa: BLE001 - keep ticking; the request path reports store health
                log.error("audit background task failed: %s", type(exc).__name__)

    def _start_probe(self) -> None:
        if self._probe is None or self._probe.done():
            self._probe = asyncio.create_task(self._probe_until_healthy())

    async def _probe_until_healthy(self) -> None:
        """While unhealthy, try the store once a second so the proxy recovers without traffic.

        The probe is an empty append: the same write transaction a batch runs (lock, head read, head
        write, commit), not a read or a lock check, so a store that answers but cannot commit stays down.
        """
        while not self.writer.healthy:
            await asyncio.sleep(PROBE_EVERY_SECONDS)
            try:
                await self.store.append([])
                await self.writer.probe()
            except Exception:  # noqa: BLE001, S112 - still down; the failure was logged when it began
                continue
            self.writer.healthy = True

    async def rotate_key(self, new_name: str) -> bytes:
        """New signing key; the hand-over checkpoint is co-signed by the old and the new key."""
        old, new = key_files(self.cfg).rotate(new_name)
        self.signer = new
        self.verifiers = key_files(self.cfg).verifiers()
        self._key_mtime = self._signing_key_mtime()
        note = await self.checkpoint(signers=[old, new], force=True)
        assert note is not None
        return note

    async def prune(self, now: datetime | None = None, before: str | None = None) -> int:
        """Prune record bodies older than retention (or `before`, record time format), then sign a
        checkpoint carrying the new watermark so verification accepts exactly these gaps."""
        if before is None:
            cutoff = (now or datetime.now(UTC)) - timedelta(days=self.cfg.retention_days)
            before = cutoff.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        n = await self.store.prune(before)
        await self.checkpoint()
        return n

    # -- reads -------------------------------------------------------------------------------------

    async def readiness(self) -> dict[str, Any]:
        head = await self.store.head()
        cps = await self.store.checkpoints()
        return {"ok": self.healthy, "writable": self.healthy and self.writable, "store": self.cfg.store,
                "size": head.size, "checkpoint_size": newest(cps)[0] if cps else None,
                "checkpoint_age_s": round(time.monotonic() - self._checkpoint_time, 3)}

    async def query(self, filters: QueryFilters, limit: int = 100,
                    cursor: str | None = None) -> tuple[list[tuple[int, AuditRecord]], str | None]:
        await self.writer.settled()
        rows = await self.store.query(filters, parse_cursor(cursor), limit + 1)
        more = len(rows) > limit
        rows = rows[:limit]
        out = [(i, record_from_bytes(b)) for i, b in rows]
        return out, (str(rows[-1][0]) if more and rows else None)

    async def latest_checkpoint(self) -> bytes:
        """The newest signed checkpoint; a writable log first signs one over anything committed since.

        Auditors asking for "the checkpoint" want every durable record covered, not the one from up to
        checkpoint_seconds ago.
        """
        if self.writable and self.signer is not None:
            await self.writer.settled()  # `checkpoint` syncs the journal first (durability process-crash)
            note = await self.checkpoint()
            if note is not None:
                return note
        cps = await self.store.checkpoints()
        if not cps and self.writable:
            note = await self.checkpoint(force=True)
            assert note is not None
            return note
        if not cps:
            raise StoreUnavailable("the log has no checkpoint yet")
        return newest(cps)[1]

    async def _proof(self, ranges: list[tuple[int, int]]) -> list[bytes]:
        got = await self.store.nodes(merkle.needed_nodes(ranges))
        try:
            return merkle.proof_from_nodes(ranges, got.__getitem__)
        except KeyError as missing:
            raise StoreUnavailable(f"tree node {missing} is missing from the store") from None

    async def inclusion_proof(self, index: int, size: int) -> list[bytes]:
        head = await self.store.head()
        if size > head.size:
            raise ValueError(f"the log has only {head.size} records")
        return await self._proof(merkle.inclusion_ranges(index, size))

    async def consistency_proof(self, old: int, new: int) -> list[bytes]:
        head = await self.store.head()
        if new > head.size:
            raise ValueError(f"the log has only {head.size} records")
        return await self._proof(merkle.consistency_ranges(old, new))

    async def root_at(self, size: int) -> bytes:
        """MTH of the first `size` leaves, from stored nodes."""
        if size == 0:
            return merkle.EMPTY_ROOT
        ids = merkle.range_nodes(0, size)
        got = await self.store.nodes(ids)
        return merkle.fold([got[i] for i in ids])

    def public_keys(self) -> list[str]:
        return [v.vkey() for v in self.verifiers]

    async def close(self) -> None:
        """Drain the writer, sign a final checkpoint, close the store. Idempotent: a later call (also one
        made while the first is running) waits for the first and returns; the store's thread is gone
        after it, and a second pass would wait forever for it to answer."""
        if self._closing is None:
            self._closing = asyncio.ensure_future(self._close())
        await asyncio.shield(self._closing)

    async def _close(self) -> None:
        await cancel_tasks(self._background, self._probe)
        try:
            if self.writable:
                await self.writer.close()
                if self.writer.healthy:
                    await self.checkpoint()
        finally:
            await self.store.close()

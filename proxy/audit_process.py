"""The audit log in a child process that `guanqia serve` starts and supervises (`audit.writer_process`).

Why: the proxy is one event loop, and on a small host that loop is the bottleneck. The durable append
(leaf hash, group commit, SQLite on its thread, checkpoints) cost it about 0.13 ms of CPU per request,
and the store thread's Python work contended with it for the GIL. Here the same code (audit.AuditLog:
writer, journal, store, signing, checkpoints, retention) runs in a child process on another core; the
proxy encodes the record, hands the bytes over and awaits the acknowledgement. The total work grows a
little (the hand-over); the gain is a second core, not less work.

Semantics are AuditLog's: the acknowledgement is sent once the child's `append` returned, i.e. the record
is durable at the configured durability, so an answer is still released only after its record is. If
the child dies, every unacknowledged record fails with AuditUnavailable (the request path's 503),
`healthy` is False until a new child has opened the log (journal replay / store recovery continue the
chain), and the supervisor restarts it with a backoff. Closing sends `close` behind every record
already handed over: the child drains its writer, signs the final checkpoint, replies and exits.

Wire: a socketpair private to parent and child (no path in the filesystem, so nothing else can connect),
frames of HEADER (payload length, kind, number) + payload:

    parent -> child  APPEND  number = sequence, payload = the record's canonical bytes
                     CALL    number = call id, payload = pickle((method, args, kwargs))
    child -> parent  ACKS    number = count, payload = count x ACK (sequence, leaf index or -1: failed)
                     HEALTH  number = 1 healthy, 0 not
                     REPLY   number = call id, payload = pickle((True, value) or (False, exception))

Everything the proxy hands over in one loop iteration goes out in one write, and the child answers the
records of one of its loop iterations in one ACKS frame. pickle is safe here because only this module,
in the parent and its own child, ever writes to the pair.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import os
import pickle
import signal
import socket
import struct
import subprocess
import sys
import time
from collections import deque
from functools import partial
from pathlib import Path
from typing import Any, cast

from audit.config import AuditConfig
from audit.fingerprint import Fingerprinter
from audit.log import AuditLog, cancel_tasks, key_files
from audit.query import QueryFilters
from audit.record import AuditRecord, canonical_bytes
from audit.signing import NoteError
from audit.store import Leaf, StoreUnavailable
from audit.writer import AuditUnavailable

log = logging.getLogger("guanqia.audit")

HEADER = struct.Struct("<IBQ")
ACK = struct.Struct("<qq")
APPEND, CALL, ACKS, HEALTH, REPLY = range(1, 6)
CHILD_ARGV: tuple[str, ...] = ("-P", "-m", "proxy.audit_process")
"""How the child is started (after sys.executable): bench/proxy/audit_stubs.py swaps in its launcher."""
RESTART_MIN_SECONDS = 0.2
RESTART_MAX_SECONDS = 5.0
HEALTH_EVERY_SECONDS = 0.1
"""The child's heartbeat: a HEALTH frame this often, changed or not (the parent's watchdog listens)."""
CLOSE_SECONDS = 60.0
CALLS = frozenset({"readiness", "query", "latest_checkpoint", "inclusion_proof", "consistency_proof",
                   "root_at", "checkpoint", "prune", "rotate_key", "close"})
"""AuditLog methods the parent may call; anything else is refused by the child."""
_PASSED = (OSError, StoreUnavailable, AuditUnavailable, NoteError, ValueError, KeyError)
"""Exceptions handed back as they are (the same messages the in-process log raises); others as their type."""


class _Framed(asyncio.Protocol):
    """HEADER-framed messages over a stream; `frame` gets each complete one, in order."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self._buf = bytearray()

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.Transport, transport)  # uvloop's is not an asyncio.Transport subclass

    def data_received(self, data: bytes) -> None:
        buf = self._buf
        buf += data
        pos, end, size = 0, len(buf), HEADER.size
        while end - pos >= size:
            length, kind, number = HEADER.unpack_from(buf, pos)
            stop = pos + size + length
            if stop > end:
                break
            self.frame(kind, number, bytes(buf[pos + size:stop]))
            pos = stop
        del buf[:pos]

    def frame(self, kind: int, number: int, payload: bytes) -> None:
        raise NotImplementedError


# -- the proxy's side ------------------------------------------------------------------------------------


class _Link(_Framed):
    """The parent's end of one child's socket: appends out in one write per loop iteration, acks in."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        super().__init__()
        self._loop = loop
        self._out: list[bytes] = []
        self._flush_due = False
        self._seq = 0
        self._waiting: dict[int, asyncio.Future[int]] = {}
        self._calls: dict[int, asyncio.Future[bytes]] = {}
        self.child_healthy = False
        self.lost = False
        self.closed: asyncio.Future[None] = loop.create_future()
        self.heard = time.monotonic()
        """When the child last wrote anything (its heartbeat comes every HEALTH_EVERY_SECONDS)."""

    @property
    def next_seq(self) -> int:
        return self._seq

    def oldest_append(self) -> int | None:
        """The sequence of the oldest record still waiting for its acknowledgement (sequences ascend)."""
        return next(iter(self._waiting), None)

    def data_received(self, data: bytes) -> None:
        self.heard = time.monotonic()
        super().data_received(data)

    def append(self, body: bytes) -> asyncio.Future[int]:
        seq = self._seq
        self._seq = seq + 1
        fut: asyncio.Future[int] = self._loop.create_future()
        self._waiting[seq] = fut
        self._send(HEADER.pack(len(body), APPEND, seq), body)
        return fut

    def call(self, payload: bytes) -> asyncio.Future[bytes]:
        seq = self._seq
        self._seq = seq + 1
        fut: asyncio.Future[bytes] = self._loop.create_future()
        self._calls[seq] = fut
        self._send(HEADER.pack(len(payload), CALL, seq), payload)
        return fut

    def _send(self, head: bytes, payload: bytes) -> None:
        self._out += (head, payload)
        if not self._flush_due:
            self._flush_due = True
            self._loop.call_soon(self._flush)

    def _flush(self) -> None:
        self._flush_due = False
        out, self._out = self._out, []
        if self.transport is not None and not self.lost:
            self.transport.write(b"".join(out))

    def frame(self, kind: int, number: int, payload: bytes) -> None:
        if kind == ACKS:
            waiting = self._waiting
            for seq, index in ACK.iter_unpack(payload):
                fut = waiting.pop(seq, None)
                if fut is None or fut.done():
                    continue  # the request went away; its record is in the log all the same
                if index >= 0:
                    fut.set_result(index)
                else:
                    fut.set_exception(AuditUnavailable("audit store unavailable"))
        elif kind == HEALTH:
            self.child_healthy = bool(number)
        elif kind == REPLY:
            call = self._calls.pop(number, None)
            if call is not None and not call.done():
                call.set_result(payload)

    def connection_lost(self, exc: Exception | None) -> None:
        """The child is gone: nothing it had not acknowledged is known to be durable."""
        self.abandon()
        if not self.closed.done():
            self.closed.set_result(None)

    def abandon(self) -> None:
        """Fail everything waiting on this child (AuditUnavailable: the request path's 503) and send no more."""
        self.lost = True
        self.child_healthy = False
        futures: list[asyncio.Future[Any]] = [*self._waiting.values(), *self._calls.values()]
        for fut in futures:
            if not fut.done():
                fut.set_exception(AuditUnavailable("audit writer process unavailable"))
        self._waiting.clear()
        self._calls.clear()


class AuditProcess:
    """What the proxy needs of AuditLog (append, healthy, readiness, the auditor API's reads and proofs,
    checkpoint, prune, rotate_key, close), served by a supervised child process that owns the log."""

    def __init__(self, cfg: AuditConfig, *, log_level: str = "WARNING") -> None:
        self.cfg = cfg
        self.writable = True
        self.restarts = 0
        self._log_level = log_level
        self._link: _Link | None = None
        self._proc: asyncio.subprocess.Process | None = None
        self._fingerprinter: Fingerprinter | None = None
        self._supervisor: asyncio.Task[None] | None = None
        self._watchdog: asyncio.Task[None] | None = None
        self._closing: asyncio.Future[None] | None = None

    @classmethod
    async def open(cls, cfg: AuditConfig, *, log_level: str | None = None) -> AuditProcess:
        """Start the child and open the log there; its start-up errors are raised here, as AuditLog.open's."""
        level = log_level or logging.getLevelName(logging.getLogger().getEffectiveLevel())
        self = cls(cfg, log_level=str(level))
        await self._spawn()
        try:
            # the child has created the key if it was missing
            self._fingerprinter = Fingerprinter.from_file(cfg.resolve(cfg.fingerprint_key_file), create=False)
        except BaseException:
            await self.close()  # no child left behind a proxy that failed to start
            raise
        self._supervisor = asyncio.create_task(self._supervise())
        self._watchdog = asyncio.create_task(self._watch())
        return self

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None else None

    @property
    def fingerprinter(self) -> Fingerprinter:
        assert self._fingerprinter is not None
        return self._fingerprinter

    @property
    def healthy(self) -> bool:
        link = self._link
        return link is not None and link.child_healthy and not link.lost

    async def append(self, record: AuditRecord) -> int:
        """The record's leaf index once the child reports it durable; AuditUnavailable otherwise."""
        link = self._link
        if link is None or link.lost or self._closing is not None:
            raise AuditUnavailable("audit writer process unavailable")
        return await link.append(canonical_bytes(record))

    async def append_leaf(self, leaf: Leaf) -> int:
        """`append` of a record already encoded: the child gets its canonical bytes, as for `append`."""
        link = self._link
        if link is None or link.lost or self._closing is not None:
            raise AuditUnavailable("audit writer process unavailable")
        return await link.append(leaf.body)

    # -- the child's lifecycle -----------------------------------------------------------------------

    async def _spawn(self) -> None:
        """Start a child, open the log in it and make it the live link; raise what its open raised."""
        loop = asyncio.get_running_loop()
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        root = str(Path(__file__).resolve().parents[1])
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH", "")) if p)
        try:
            proc = await asyncio.create_subprocess_exec(
                sys.executable, *CHILD_ARGV, str(theirs.fileno()), self._log_level,
                pass_fds=(theirs.fileno(),), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, env=env,
                start_new_session=True)
        except BaseException:
            ours.close()
            raise
        finally:
            theirs.close()
        _, link = await loop.create_unix_connection(lambda: _Link(loop), sock=ours)
        try:
            await _result(link.call(pickle.dumps(("open", (self.cfg,), {}))))
        except BaseException:
            if link.transport is not None:
                link.transport.close()
            await proc.wait()
            raise
        self._proc, self._link = proc, link

    async def _supervise(self) -> None:
        """Restart the child whenever it exits while the proxy is serving (backoff up to 5 s)."""
        delay = RESTART_MIN_SECONDS
        while True:
            proc, link = self._proc, self._link
            assert proc is not None and link is not None
            status = await proc.wait()
            await link.closed
            log.error("audit writer process exited with status %s; restarting it", status)
            while True:
                await asyncio.sleep(delay)
                try:
                    await self._spawn()
                except Exception as exc:  # noqa: BLE001 - keep trying; requests answer 503 meanwhile
                    log.error("audit writer process failed to start: %s", type(exc).__name__)
                    delay = min(delay * 2, RESTART_MAX_SECONDS)
                    continue
                self.restarts += 1
                delay = RESTART_MIN_SECONDS
                break

    async def _watch(self) -> None:
        """Kill a child that is alive but wedged, so the supervisor replaces it and requests fail fast.

        Two signs, both measured against `writer_stall_seconds`: the child has written nothing (not even
        its heartbeat: its loop is stuck, or the process is stopped), or a record handed over that long
        ago is still unacknowledged (its append is stuck, e.g. on a hung disk, while the loop runs). The
        age of a record is known without a timestamp per record: once per tick the watchdog notes the
        next sequence number, and any record below the note taken a stall ago is overdue."""
        stall = self.cfg.writer_stall_seconds
        tick = min(1.0, stall / 4)
        marks: deque[tuple[float, int]] = deque()
        watched: _Link | None = None
        while True:
            await asyncio.sleep(tick)
            link, proc = self._link, self._proc
            if link is None or proc is None or link.lost or self._closing is not None:
                continue
            if link is not watched:  # a new child numbers its records from 0 again
                watched = link
                marks.clear()
            now = time.monotonic()
            marks.append((now, link.next_seq))
            while len(marks) > 1 and now - marks[1][0] >= stall:
                marks.popleft()
            oldest = link.oldest_append()
            if now - link.heard >= stall:
                why = f"silent for {now - link.heard:.1f} s"
            elif oldest is not None and now - marks[0][0] >= stall and oldest < marks[0][1]:
                why = f"a record unacknowledged for over {stall:g} s"
            else:
                continue
            log.error("audit writer process %s is wedged (%s); killing it, it will be restarted", proc.pid, why)
            link.abandon()
            try:
                proc.kill()
            except ProcessLookupError:
                pass

    # -- everything else: one request, one reply ------------------------------------------------------

    async def _call(self, name: str, *args: Any, **kwargs: Any) -> Any:
        link = self._link
        if link is None or link.lost:
            raise AuditUnavailable("audit writer process unavailable")
        return await _result(link.call(pickle.dumps((name, args, kwargs))))

    async def readiness(self) -> dict[str, Any]:
        detail: dict[str, Any] = await self._call("readiness")
        detail["ok"] = detail["ok"] and self.healthy
        detail["writable"] = detail["writable"] and self.healthy
        detail["process"] = {"pid": self.pid, "restarts": self.restarts}
        return detail

    async def query(self, filters: QueryFilters, limit: int = 100,
                    cursor: str | None = None) -> tuple[list[tuple[int, AuditRecord]], str | None]:
        page: tuple[list[tuple[int, AuditRecord]], str | None]
        page = await self._call("query", filters, limit, cursor)
        return page

    async def latest_checkpoint(self) -> bytes:
        note: bytes = await self._call("latest_checkpoint")
        return note

    async def checkpoint(self, *, force: bool = False) -> bytes | None:
        note: bytes | None = await self._call("checkpoint", force=force)
        return note

    async def inclusion_proof(self, index: int, size: int) -> list[bytes]:
        proof: list[bytes] = await self._call("inclusion_proof", index, size)
        return proof

    async def consistency_proof(self, old: int, new: int) -> list[bytes]:
        proof: list[bytes] = await self._call("consistency_proof", old, new)
        return proof

    async def root_at(self, size: int) -> bytes:
        root: bytes = await self._call("root_at", size)
        return root

    async def prune(self, before: str | None = None) -> int:
        n: int = await self._call("prune", before=before)
        return n

    async def rotate_key(self, new_name: str) -> bytes:
        note: bytes = await self._call("rotate_key", new_name)
        return note

    def public_keys(self) -> list[str]:
        """From the published verifier file, which the child (or `guanqia audit rotate-key`) appends to."""
        return [v.vkey() for v in key_files(self.cfg).verifiers()]

    async def close(self) -> None:
        """Stop restarting; the child drains every record handed over, signs the final checkpoint and exits.
        Idempotent, like AuditLog.close."""
        if self._closing is None:
            self._closing = asyncio.ensure_future(self._close())
        await asyncio.shield(self._closing)

    async def _close(self) -> None:
        await cancel_tasks(self._watchdog, self._supervisor)
        link, proc = self._link, self._proc
        if link is not None and not link.lost:
            try:
                await asyncio.wait_for(self._call("close"), CLOSE_SECONDS)
            except (AuditUnavailable, asyncio.TimeoutError) as exc:
                log.error("audit writer process did not close cleanly: %s", type(exc).__name__)
            if link.transport is not None:
                link.transport.close()
        if proc is not None:
            try:
                await asyncio.wait_for(proc.wait(), CLOSE_SECONDS)
            except asyncio.TimeoutError:
                proc.kill()  # the journal / store recovery continues the chain at the next start
                await proc.wait()


async def _result(reply: asyncio.Future[bytes]) -> Any:
    ok, value = pickle.loads(await reply)  # noqa: S301 - written only by our own child (module docstring)
    if ok:
        return value
    raise value


# -- the child's side -----------------------------------------------------------------------------------


class _Server(_Framed):
    """The child's end: opens the log on the parent's first call, appends, acknowledges in batches."""

    def __init__(self, loop: asyncio.AbstractEventLoop, done: asyncio.Future[None]) -> None:
        super().__init__()
        self._loop = loop
        self._done = done
        self.log: AuditLog | None = None
        self._acks: list[bytes] = []
        self._flush_due = False
        self._pending: set[asyncio.Future[int]] = set()
        self._calls: set[asyncio.Future[None]] = set()
        self._health = -1
        self._watch: asyncio.Task[None] | None = None
        self._closing: asyncio.Task[None] | None = None

    def frame(self, kind: int, number: int, payload: bytes) -> None:
        if kind == APPEND:
            self._append(number, payload)
        elif kind == CALL:
            name, args, kwargs = pickle.loads(payload)  # noqa: S301 - from our own parent (module docstring)
            task = asyncio.ensure_future(self._serve_call(number, name, args, kwargs))
            self._calls.add(task)  # the loop holds tasks only weakly
            task.add_done_callback(self._calls.discard)

    def _append(self, seq: int, body: bytes) -> None:
        if self.log is None or self._closing is not None:
            self._ack(seq, None)
            return
        try:
            leaf = Leaf.from_canonical(body)
        except Exception as exc:  # noqa: BLE001 - refused like a failed commit; logged without content
            log.error("audit record from the proxy could not be decoded: %s", type(exc).__name__)
            self._ack(seq, None)
            return
        task = asyncio.ensure_future(self.log.append_leaf(leaf))
        self._pending.add(task)
        task.add_done_callback(partial(self._ack, seq))

    def _ack(self, seq: int, task: asyncio.Future[int] | None) -> None:
        index = -1
        if task is not None:
            self._pending.discard(task)
            if not task.cancelled() and task.exception() is None:
                index = task.result()
        self._acks.append(ACK.pack(seq, index))
        if not self._flush_due:
            self._flush_due = True
            self._loop.call_soon(self._flush)

    def _flush(self) -> None:
        self._flush_due = False
        acks, self._acks = self._acks, []
        parts = [HEADER.pack(len(acks) * ACK.size, ACKS, len(acks)), *acks] if acks else []
        healthy = int(self.log is not None and self.log.healthy)
        if healthy != self._health:
            self._health = healthy
            parts.append(HEADER.pack(0, HEALTH, healthy))
        if parts and self.transport is not None and not self.transport.is_closing():
            self.transport.write(b"".join(parts))

    async def _watch_health(self) -> None:
        """The heartbeat: health every tick, changed or not, which also reports the writer turning healthy
        again from its background probe (not only on an append)."""
        while True:
            await asyncio.sleep(HEALTH_EVERY_SECONDS)
            self._health = -1
            self._flush()

    async def _serve_call(self, number: int, name: str, args: tuple[Any, ...],
                          kwargs: dict[str, Any]) -> None:
        try:
            if name == "open":
                value: Any = await self._open(*args)
            elif name == "close":
                await self._shut()
                value = None
            elif name not in CALLS or self.log is None:
                raise AuditUnavailable(f"the audit writer process does not serve {name!r}")
            else:
                value = await getattr(self.log, name)(*args, **kwargs)
            reply = pickle.dumps((True, value))
        except Exception as exc:  # noqa: BLE001 - handed to the caller, which raises it
            failed = AuditUnavailable(f"audit call failed: {type(exc).__name__}")
            passed = exc if isinstance(exc, _PASSED) else failed
            try:
                reply = pickle.dumps((False, passed))
            except Exception:  # noqa: BLE001 - an exception that does not pickle: its type is enough
                reply = pickle.dumps((False, failed))
        self._flush()  # acknowledgements first: a `close` reply promises every record was answered
        if self.transport is not None and not self.transport.is_closing():
            self.transport.write(HEADER.pack(len(reply), REPLY, number) + reply)
        if name in ("open", "close") and (name == "close" or self.log is None):
            self._finish()

    async def _open(self, cfg: AuditConfig) -> int:
        self._watch = asyncio.ensure_future(self._watch_health())  # beating while a long replay runs too
        self.log = await AuditLog.open(cfg)
        settle_heap()
        return os.getpid()

    async def _shut(self) -> None:
        """Every record handed over is answered, then the log drains its writer and signs its checkpoint."""
        if self._closing is None:
            self._closing = asyncio.ensure_future(self._drain_and_close())
        await asyncio.shield(self._closing)

    async def _drain_and_close(self) -> None:
        if self._watch is not None:
            self._watch.cancel()
        while self._pending:
            await asyncio.wait(list(self._pending))
        if self.log is not None:
            await self.log.close()

    def _finish(self) -> None:
        if self.transport is not None:
            self.transport.close()
        self._exit(None)

    def connection_lost(self, exc: Exception | None) -> None:
        """The parent is gone (or closed us): drain and close the log all the same, then exit."""
        if self._closing is None and self.log is not None:
            asyncio.ensure_future(self._shut()).add_done_callback(self._exit)
        elif self._closing is not None:
            self._closing.add_done_callback(self._exit)
        else:
            self._exit(None)

    def _exit(self, _: object) -> None:
        if not self._done.done():
            self._done.set_result(None)


def settle_heap() -> None:
    """As the proxy does once serving (proxy.ops.settle_heap): the opened log lives until exit."""
    gc.collect()
    gc.freeze()
    _, middle, old = gc.get_threshold()
    gc.set_threshold(10_000, middle, old)


async def _serve_child(fd: int) -> None:
    loop = asyncio.get_running_loop()
    done: asyncio.Future[None] = loop.create_future()
    sock = socket.socket(fileno=fd)
    await loop.create_unix_connection(lambda: _Server(loop, done), sock=sock)
    await done


def _ignore(signum: int, frame: object) -> None:
    """SIGTERM / SIGINT sent to the whole group (a terminal's ^C, a container stop): the parent drains
    first and then closes the socket, which is what ends this process."""


def child_main(argv: list[str]) -> int:
    fd, level = int(argv[0]), (argv[1] if len(argv) > 1 else "WARNING")
    signal.signal(signal.SIGTERM, _ignore)
    signal.signal(signal.SIGINT, _ignore)
    from proxy.logs import configure
    configure(level)
    try:
        import uvloop
        uvloop.install()
    except ImportError:
        pass
    started = time.monotonic()
    try:
        asyncio.run(_serve_child(fd))
    except Exception as exc:  # noqa: BLE001 - one line, no traceback that could quote a value
        log.error("audit writer process failed: %s after %.1f s", type(exc).__name__,
                  time.monotonic() - started)
        return 1
    return 0


__all__ = ["AuditProcess", "CHILD_ARGV", "child_main"]

if __name__ == "__main__":
    sys.exit(child_main(sys.argv[1:]))

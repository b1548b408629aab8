"""Verify an audit log against its signed checkpoints, trusting nothing but the verifier keys.

What is checked, in one pass over the leaves in index order:

1. every checkpoint is signed by a trusted key, for this log's origin;
2. leaf indexes are contiguous from 0 (a gap is a deleted record);
3. every record present hashes to its leaf (a mismatch is an edited or swapped record);
4. a record missing at or above the retention watermark signed in a checkpoint is a deleted record;
5. the tree recomputed from the leaves has, at each checkpoint's size, that checkpoint's root
   (catches records rewritten together with their leaf hashes, reordering and replacement);
6. no checkpoint is larger than the log (truncated tail), and no record sits outside the tree;
7. an externally kept checkpoint (`trusted`), if given, is consistent with the log.

The result names the first problem: the record index and a stable code with a sentence. It never
prints record contents. Record bodies are hashed as stored; they are never re-encoded.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from dataclasses import dataclass, field

from audit import merkle
from audit.checkpoint import Checkpoint, open_checkpoint
from audit.merkle import Frontier, NodeId
from audit.signing import NoteError, Verifier
from audit.store import AuditStore, Row

CHUNK = 20_000


@dataclass(frozen=True)
class Problem:
    code: str
    """Stable kebab-case: record-edited, record-deleted, leaf-missing, record-outside-tree, log-truncated,
    checkpoint-mismatch, checkpoint-signature, checkpoint-origin, checkpoint-inconsistent, head-mismatch."""
    message: str
    index: int | None = None

    def __str__(self) -> str:
        where = f"record {self.index}: " if self.index is not None else ""
        return f"{where}{self.message} [{self.code}]"


@dataclass
class Report:
    size: int = 0
    checked: int = 0
    """Record bodies hashed and compared."""
    pruned: int = 0
    """Leaves whose bodies were removed by retention (below the watermark)."""
    checkpoints: int = 0
    latest: Checkpoint | None = None
    unsigned: int = 0
    """Leaves after the latest checkpoint (signed within checkpoint_seconds by a running proxy)."""
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        if self.problems:
            return f"FAIL: {self.problems[0]}"
        cp = f"checkpoint size {self.latest.size}" if self.latest else "no checkpoint"
        return (f"OK: {self.size} records, {self.checked} verified, {self.pruned} pruned by retention, "
                f"{self.checkpoints} checkpoints verified (latest: {cp}), {self.unsigned} not yet checkpointed")


def open_checkpoints(notes: Sequence[tuple[int | None, bytes]], verifiers: list[Verifier],
                     origin: str | None) -> tuple[list[Checkpoint], Problem | None]:
    """Parse and verify every stored checkpoint; the first bad one is a problem."""
    out: list[Checkpoint] = []
    for n, (size, note) in enumerate(notes):
        try:
            cp = open_checkpoint(note, verifiers, origin)
        except NoteError as exc:
            code = "checkpoint-origin" if "is for log" in str(exc) else "checkpoint-signature"
            label = f"checkpoint #{n + 1} (size {size})" if size is not None else "trusted checkpoint"
            return out, Problem(code, f"{label}: {exc}")
        if size is not None and cp.size != size:
            return out, Problem("checkpoint-signature", f"checkpoint #{n + 1} is stored as size {size} but "
                                                        f"signs size {cp.size}")
        out.append(cp)
    return out, None


class TreeCheck:
    """Sans-IO core: feed rows in index order, then `finish`. Stops at the first problem."""

    def __init__(self, checkpoints: list[Checkpoint], first: int = 0, last: int | None = None,
                 trusted: Sequence[Checkpoint] = ()) -> None:
        self.by_size: dict[int, list[Checkpoint]] = {}
        for cp in checkpoints:
            self.by_size.setdefault(cp.size, []).append(cp)
        self.trusted: dict[int, list[Checkpoint]] = {}
        for cp in trusted:
            self.trusted.setdefault(cp.size, []).append(cp)
            self.by_size.setdefault(cp.size, [])
        self.sizes = sorted(self.by_size)
        # Only a *signed* watermark excuses a missing body: the one in the database could be moved.
        self.pruned_below = max((c.pruned_below for c in [*checkpoints, *trusted]), default=0)
        self.first, self.last = first, last
        self.frontier = Frontier()
        self.report = Report(checkpoints=len(checkpoints))
        self.report.latest = max(checkpoints, key=lambda c: c.size) if checkpoints else None
        self._interval: list[bytes] = []
        """Leaf hashes since the last checkpoint that matched, to locate a mismatch."""
        self._interval_start = 0
        self.mismatch: tuple[int, int, list[bytes]] | None = None
        self._check_size(0)

    @property
    def failed(self) -> bool:
        return bool(self.report.problems)

    def fail(self, problem: Problem) -> None:
        self.report.problems.append(problem)

    def feed(self, rows: Sequence[Row]) -> None:
        if self.failed:
            return
        f = self.frontier
        first, last = self.first, self.last if self.last is not None else 1 << 62
        interval = self._interval
        sizes = self.by_size
        sha256 = hashlib.sha256
        checked = 0
        for row in rows:
            i = f.size
            if row.idx != i:
                self.fail(Problem("leaf-missing", "missing from the tree: the log skips from "
                                  f"{i - 1} to {row.idx} (records deleted)", i))
                break
            body = row.body
            if not first <= i < last:
                pass  # outside the requested range: only the leaf hash takes part
            elif body is None:
                if i >= self.pruned_below:
                    self.fail(Problem("record-deleted", "record is missing but is newer than the retention "
                                      f"watermark {self.pruned_below} (deleted)", i))
                    break
                self.report.pruned += 1
            elif sha256(b"\x00" + body).digest() != row.hash:  # RFC 6962 leaf hash
                self.fail(Problem("record-edited", "contents do not match the leaf hash the log committed "
                                  "to (record edited or swapped)", i))
                break
            else:
                checked += 1
            f.push(row.hash)
            interval.append(row.hash)
            if f.size in sizes:
                self._check_size(f.size)
                interval = self._interval
                if self.failed:
                    break
        self.report.checked += checked

    def _check_size(self, size: int) -> None:
        got = self.frontier.root()
        for cp in self.trusted.get(size, []):
            if cp.root != got:
                self.fail(Problem("checkpoint-inconsistent", f"the log's first {size} records are not the ones "
                                  "the trusted checkpoint signed (log replaced or rewritten)"))
                return
        for cp in self.by_size.get(size, []):
            if cp.root != got:
                self.mismatch = (self._interval_start, size, self._interval)
                self.fail(Problem("checkpoint-mismatch", f"records {self._interval_start}..{size - 1} do not "
                                  f"hash to the root signed in the checkpoint of size {size} (records rewritten, "
                                  "reordered or replaced)", self._interval_start))
                return
        if self.by_size.get(size):
            self._interval = []
            self._interval_start = size

    def finish(self, claimed_size: int) -> Report:
        n = self.frontier.size
        self.report.size = n
        if not self.failed and self.sizes and self.sizes[-1] > n:
            self.fail(Problem("log-truncated", f"missing: the log holds {n} records but a checkpoint signs "
                              f"{self.sizes[-1]} (tail truncated or log replaced)", n))
        if not self.failed and n < claimed_size:  # more is fine: a live log grew while we read it
            self.fail(Problem("head-mismatch", f"missing: the tree head claims {claimed_size} records but only "
                              f"{n} leaves are stored (tail deleted)", n))
        if self.report.latest is not None:
            self.report.unsigned = max(0, n - self.report.latest.size)
        return self.report


async def locate(mismatch: tuple[int, int, list[bytes]],
                 nodes: Callable[[Sequence[NodeId]], Awaitable[dict[NodeId, bytes]]]) -> int | None:
    """First leaf pair whose stored parent node disagrees with the leaves (rows swapped or replaced).

    Only useful when the attacker rewrote leaves but not the interior nodes; otherwise None.
    """
    start, end, leaves = mismatch
    first_pair = start + (start & 1)
    ids = [(1, j >> 1) for j in range(first_pair, end - 1, 2)]
    stored = await nodes(ids) if ids else {}
    for level, k in ids:
        j = k << 1
        want = stored.get((level, k))
        if want is not None and want != merkle.node_hash(leaves[j - start], leaves[j + 1 - start]):
            return j
    return None


async def rows_of(store: AuditStore, size: int, chunk: int = CHUNK) -> AsyncIterator[list[Row]]:
    """Chunks of rows in index order; the next chunk is fetched while the caller checks this one."""
    starts = list(range(0, size, chunk))
    if not starts:
        return
    ahead = asyncio.ensure_future(store.scan(0, min(size, chunk)))
    for k, start in enumerate(starts):
        rows = await ahead
        if k + 1 < len(starts):
            nxt = starts[k + 1]
            ahead = asyncio.ensure_future(store.scan(nxt, min(size, nxt + chunk)))
        try:
            yield rows
        except GeneratorExit:
            if not ahead.done():
                ahead.cancel()
            raise


async def verify_store(store: AuditStore, verifiers: list[Verifier], *, origin: str | None = None,
                       first: int = 0, last: int | None = None, trusted: Sequence[bytes] = ()) -> Report:
    """Verify a live store (see the module docstring); `first`/`last` limit which bodies are hashed."""
    claimed = await store.size()
    notes = await store.checkpoints()
    cps, problem = open_checkpoints(notes, verifiers, origin)
    trusted_cps, problem2 = open_checkpoints([(None, n) for n in trusted], verifiers, origin) \
        if trusted else ([], None)
    check = TreeCheck(cps, first, last, trusted=trusted_cps)
    if problem is not None or problem2 is not None:
        check.fail(problem or problem2)  # type: ignore[arg-type]
        return check.finish(claimed)
    # A snapshot: the head read first, then every leaf up to it (or up to a larger checkpoint, to report
    # truncation). Leaves appended meanwhile by a live proxy are simply not part of this verification.
    scan_to = max(claimed, max((c.size for c in [*cps, *trusted_cps]), default=0))
    async for rows in rows_of(store, scan_to):
        check.feed(rows)
        if check.failed:
            break
    report = check.finish(claimed)
    if check.mismatch is not None:
        where = await locate(check.mismatch, store.nodes)
        if where is not None:
            report.problems[0] = Problem("checkpoint-mismatch", f"record {where} or {where + 1} differs from "
                                         "the tree the log signed (stored parent hash disagrees: records "
                                         "swapped or replaced)", where)
    if report.ok:
        orphans = await store.orphans(1)
        if orphans:
            report.problems.append(Problem("record-outside-tree", "record is not part of the tree "
                                           "(inserted behind the log's back)", orphans[0]))
    return report

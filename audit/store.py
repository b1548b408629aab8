"""AuditStore: the persistence contract every audit store implements (SQLite, PostgreSQL).

A store persists bytes and tree nodes; it never decides what is valid. `append` is the one write on
the request path and must be atomic and durable: the records, the tree nodes they complete and the new
tree head are committed in one transaction, or nothing is. The head (size + frontier) is read *inside*
that transaction under the store's write lock, so several writers (proxy instances sharing one
PostgreSQL log, or a CLI next to a proxy on one SQLite file) always extend the same tree.

Tables (same shape in both stores):

    tree(level, idx, hash)             every completed perfect subtree; level 0 = leaf hashes (SQLite: a
                                       view of tree_nodes(key, hash), keyed by completion order)
    records(idx, body, time, tenant, vendor, region, action, rule, request_id, entity_types,
            data_classes)              canonical record bytes + columns for queries (derived, unsigned)
    head(id = 1, size, frontier, pruned_below)
    checkpoints(id, size, note)        signed notes, oldest first
"""

from __future__ import annotations

from collections.abc import Awaitable, Sequence
from dataclasses import dataclass
from typing import NamedTuple, Protocol

import orjson

from audit.merkle import Frontier, NodeId, leaf_hash
from audit.query import QueryFilters
from audit.record import AuditRecord, canonical_bytes, record_from_bytes


class Leaf(NamedTuple):
    """One record ready to store: its canonical bytes, leaf hash and the query columns.

    A named tuple, not a frozen dataclass: just as immutable, and one is built per request on the
    request path, where a frozen dataclass's __init__ (object.__setattr__ per field) costs 1.8 us
    against 0.3 us."""

    body: bytes
    hash: bytes
    time: str
    tenant: str
    vendor: str
    region: str
    action: str
    rule: str
    request_id: str
    entity_types: str
    """",CN_PHONE,EMAIL," — delimited so a substring test matches whole names only."""
    data_classes: str

    @classmethod
    def from_record(cls, record: AuditRecord) -> Leaf:
        body = canonical_bytes(record)
        types = classes = ""
        if record.findings:
            names = sorted({f.type for f in record.findings})
            types = "," + ",".join(names) + ","
            used = sorted({f.data_class for f in record.findings if f.data_class})
            classes = "," + ",".join(used) + "," if used else ""
        return cls(body, leaf_hash(body), record.time, record.tenant, record.vendor, record.region,
                   record.action, record.rule, record.request_id, types, classes)

    @classmethod
    def from_body(cls, body: bytes) -> Leaf:
        """A leaf for stored canonical bytes (a journal replay): the bytes are kept exactly as they are,
        never re-encoded, so the leaf hash is the one the record was answered with."""
        derived = cls.from_record(record_from_bytes(body))
        return cls(body, leaf_hash(body), *(getattr(derived, f) for f in _COLUMN_FIELDS))

    @classmethod
    def from_canonical(cls, body: bytes) -> Leaf:
        """A leaf for bytes `canonical_bytes` just made in the proxy (serve's writer process receives
        these): the columns are read from the JSON as `from_record` derives them, without building the
        record and encoding it again (20 us against 4 us). Raises ValueError when they are not a record
        object; the bytes are not otherwise validated (the proxy encoded them from a record)."""
        try:
            obj = orjson.loads(body)
            findings = obj["findings"]
            types = classes = ""
            if findings:
                types = "," + ",".join(sorted({f["type"] for f in findings})) + ","
                used = sorted({f["data_class"] for f in findings if f["data_class"]})
                classes = "," + ",".join(used) + "," if used else ""
            return cls(body, leaf_hash(body), obj["time"], obj["tenant"], obj["vendor"], obj["region"],
                       obj["action"], obj["rule"], obj["request_id"], types, classes)
        except (orjson.JSONDecodeError, TypeError, KeyError):
            raise ValueError("not a canonical audit record") from None

    def columns(self, idx: int) -> tuple[int, bytes, str, str, str, str, str, str, str, str, str]:
        return (idx, self.body, self.time, self.tenant, self.vendor, self.region, self.action, self.rule,
                self.request_id, self.entity_types, self.data_classes)


_COLUMN_FIELDS = ("time", "tenant", "vendor", "region", "action", "rule", "request_id", "entity_types",
                  "data_classes")


class TreeHead:
    """A log's size and root. Immutable; equal when size and root are.

    `after(frontier)` keeps the frontier's hashes and computes the root on first use: a commit returns
    a head on every batch, but only a checkpoint (one per `checkpoint_records` records or per tick)
    reads its root, and folding a frontier of ~log2(n) hashes cost the store's thread ~20-30 us of
    GIL-holding CPU per commit for nothing (bench/proxy/audit_share.py; docs/benchmarks.md)."""

    __slots__ = ("size", "_root", "_hashes")
    size: int
    _root: bytes | None
    _hashes: tuple[bytes, ...] | None

    def __init__(self, size: int, root: bytes) -> None:
        object.__setattr__(self, "size", size)
        object.__setattr__(self, "_root", root)
        object.__setattr__(self, "_hashes", None)

    @classmethod
    def after(cls, frontier: Frontier) -> TreeHead:
        """The head of a log whose frontier this is; the hashes are copied, so later appends to the
        frontier do not change this head."""
        head = cls.__new__(cls)
        object.__setattr__(head, "size", frontier.size)
        object.__setattr__(head, "_root", None)
        object.__setattr__(head, "_hashes", tuple(frontier.hashes))
        return head

    @property
    def root(self) -> bytes:
        root: bytes | None = self._root
        if root is None:
            root = Frontier(self.size, list(self._hashes or ())).root()
            object.__setattr__(self, "_root", root)
        return root

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"TreeHead is immutable (cannot set {name!r})")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"TreeHead is immutable (cannot delete {name!r})")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, TreeHead):
            return NotImplemented
        return self.size == other.size and self.root == other.root

    def __hash__(self) -> int:
        return hash((self.size, self.root))

    def __repr__(self) -> str:
        return f"TreeHead(size={self.size!r}, root={self.root!r})"


@dataclass(frozen=True, slots=True)
class Row:
    """One leaf as read back for verification; `body` is None when the record is absent."""

    idx: int
    hash: bytes
    body: bytes | None


RECORD_COLUMNS = ("idx", "body", "time", "tenant", "vendor", "region", "action", "rule", "request_id",
                  "entity_types", "data_classes")


def newest(notes: Sequence[tuple[int, bytes]]) -> tuple[int, bytes]:
    """The checkpoint with the largest size (the last stored among equals). With several instances
    signing, storage order is not size order."""
    return max(reversed(notes), key=lambda n: n[0])


def extend(frontier: Frontier, leaves: Sequence[Leaf]) -> list[tuple[int, int, bytes]]:
    """Append leaves to the frontier (mutated) and return every node they complete, leaves included."""
    return frontier.extend(leaf.hash for leaf in leaves)


class StoreUnavailable(Exception):
    """The store cannot be reached or refused a write; the message names the store, never a record."""


class AuditStore(Protocol):
    def append(self, leaves: Sequence[Leaf], *, at: int | None = None) -> Awaitable[TreeHead]:
        """Commit the leaves (indexes head.size, head.size + 1, ...) durably; return the new head.

        A coroutine function, or (SQLite) a function that starts the commit at once and returns a future.

        With no leaves it must still run a real write transaction (lock, head read, head write,
        commit): that is the health probe, so a store that takes locks but cannot write stays unhealthy.
        `at`: the index the caller numbered the first leaf with; if the log's size differs, nothing is
        written and StoreUnavailable is raised (the durability journal numbers records before they
        reach the store).
        """
        ...

    async def head(self) -> TreeHead: ...

    async def size(self) -> int:
        """The head's size alone (verification must not trust, or choke on, the stored frontier)."""
        ...

    async def nodes(self, ids: Sequence[NodeId]) -> dict[NodeId, bytes]:
        """Stored tree nodes by (level, index); missing ones are absent from the result."""
        ...

    async def scan(self, start: int, end: int) -> list[Row]:
        """Leaves with start <= idx < end in index order, each with its record body (or None)."""
        ...

    async def orphans(self, limit: int = 10) -> list[int]:
        """Indexes of records that have no leaf (inserted behind the tree's back)."""
        ...

    async def query(self, filters: QueryFilters, after: int, limit: int) -> list[tuple[int, bytes]]:
        """(idx, body) of records matching the filters with idx > after, ascending."""
        ...

    async def put_checkpoint(self, size: int, note: bytes) -> None: ...

    async def checkpoints(self) -> list[tuple[int, bytes]]:
        """(size, signed note), in the order they were stored."""
        ...

    async def prune(self, before_time: str) -> int:
        """Delete record bodies of the oldest prefix of the log older than `before_time`; keep hashes."""
        ...

    async def pruned_below(self) -> int:
        """Records with idx below this may have been deleted by retention."""
        ...

    async def close(self) -> None: ...


class SyncableStore(AuditStore, Protocol):
    """A store whose commits may be cheaper than durable (SQLite with synchronous=NORMAL behind the
    durability journal); `sync` makes everything committed durable and returns the log's size."""

    async def sync(self) -> int: ...

"""RFC 6962 / RFC 9162 Merkle tree hashing, proofs and their verification: pure functions, no I/O.

Hashes (RFC 6962 §2.1), SHA-256 with domain separation so a leaf can never pass for a node:

    leaf  = SHA-256(0x00 || record bytes)
    node  = SHA-256(0x01 || left || right)
    MTH({}) = SHA-256("")

The tree over n leaves splits at k, the largest power of two smaller than n: MTH(D[n]) =
node(MTH(D[0:k]), MTH(D[k:n])). Every *perfect* subtree (2**level leaves starting at a multiple of
2**level) is stored once as node (level, index); level 0 holds the leaf hashes. Any range that a proof
needs decomposes into O(log n) stored nodes (`range_nodes`), so proofs never rehash leaves.

`Frontier` is the incremental state of the log (Go tlog's "compact range"): the roots of the perfect
subtrees covering [0, size), largest first. Appending a leaf is O(log n) and yields exactly the nodes
that became complete, which the store writes in the same transaction as the record.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

HASH_SIZE = 32
EMPTY_ROOT = hashlib.sha256(b"").digest()
_sha256 = hashlib.sha256
NodeId = tuple[int, int]
"""(level, index): the perfect subtree over leaves [index * 2**level, (index + 1) * 2**level)."""


def leaf_hash(data: bytes) -> bytes:
    # RFC 6962 §2.1: MTH({d(0)}) = SHA-256(0x00 || d(0))
    return hashlib.sha256(b"\x00" + data).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    # RFC 6962 §2.1: SHA-256(0x01 || MTH(D[0:k]) || MTH(D[k:n]))
    return hashlib.sha256(b"\x01" + left + right).digest()


def _split(n: int) -> int:
    """The largest power of two strictly smaller than n (n >= 2)."""
    return 1 << ((n - 1).bit_length() - 1)


def root(leaves: Sequence[bytes]) -> bytes:
    """MTH over leaf hashes (already hashed with `leaf_hash`)."""
    if not leaves:
        return EMPTY_ROOT
    f = Frontier()
    for h in leaves:
        f.append(h)
    return f.root()


@dataclass
class Frontier:
    """Roots of the perfect subtrees covering leaves [0, size), largest (leftmost) first."""

    size: int = 0
    hashes: list[bytes] = field(default_factory=list)

    def append(self, leaf: bytes) -> list[tuple[int, int, bytes]]:
        """Add one leaf hash; return the nodes completed by it as (level, index, hash), leaf included."""
        return self.extend((leaf,))

    def extend(self, leaves: Iterable[bytes]) -> list[tuple[int, int, bytes]]:
        """Add leaf hashes in order; return every node they complete as (level, index, hash), leaves included.
        Runs in every audit commit on the store's thread (holding the GIL), hence one loop with the node hash
        inline rather than a list per leaf and two pops per merge."""
        hashes = self.hashes
        index = self.size
        done: list[tuple[int, int, bytes]] = []
        for h in leaves:
            done.append((0, index, h))
            i, level = index, 0
            while i & 1:  # each trailing 1 bit of the index: a pair of equal-sized subtrees that now merge
                h = _sha256(b"\x01" + hashes.pop() + h).digest()
                i >>= 1
                level += 1
                done.append((level, i, h))
            hashes.append(h)
            index += 1
        self.size = index
        return done

    def push(self, leaf: bytes) -> None:
        """`append` without reporting the completed nodes: the verifier's hot loop."""
        hashes = self.hashes
        hashes.append(leaf)
        index = self.size
        while index & 1:
            right = hashes.pop()
            hashes[-1] = _sha256(b"\x01" + hashes[-1] + right).digest()
            index >>= 1
        self.size += 1

    def root(self) -> bytes:
        if not self.hashes:
            return EMPTY_ROOT
        h = self.hashes[-1]
        for left in reversed(self.hashes[:-1]):
            h = node_hash(left, h)
        return h

    def to_bytes(self) -> bytes:
        """Serialized: the concatenated hashes; the size is stored beside it (it fixes the levels)."""
        return b"".join(self.hashes)

    @classmethod
    def from_bytes(cls, size: int, data: bytes) -> Frontier:
        count = size.bit_count()
        if len(data) != count * HASH_SIZE:
            raise ValueError(f"frontier of size {size} needs {count} hashes, got {len(data)} bytes")
        return cls(size, [data[i:i + HASH_SIZE] for i in range(0, len(data), HASH_SIZE)])


def range_nodes(lo: int, hi: int) -> list[NodeId]:
    """The stored perfect subtrees that cover [lo, hi), left to right (greedy, largest aligned first)."""
    out: list[NodeId] = []
    while lo < hi:
        level = (lo & -lo).bit_length() - 1 if lo else (hi - lo).bit_length() - 1
        while (1 << level) > hi - lo:
            level -= 1
        out.append((level, lo >> level))
        lo += 1 << level
    return out


def fold(hashes: Sequence[bytes]) -> bytes:
    """MTH of a range from its `range_nodes` hashes: right-to-left, as the tree splits (RFC 6962 §2.1)."""
    h = hashes[-1]
    for left in reversed(hashes[:-1]):
        h = node_hash(left, h)
    return h


def inclusion_ranges(index: int, size: int) -> list[tuple[int, int]]:
    """Leaf ranges whose MTHs form the audit path of leaf `index` in a tree of `size` (RFC 6962 §2.1.1)."""
    if not 0 <= index < size:
        raise ValueError(f"index {index} not in a tree of size {size}")
    out: list[tuple[int, int]] = []
    lo, hi, m = 0, size, index
    while hi - lo > 1:
        k = _split(hi - lo)
        if m < k:
            out.append((lo + k, hi))
            hi = lo + k
        else:
            out.append((lo, lo + k))
            lo, m = lo + k, m - k
    out.reverse()  # PATH lists the sibling nearest the leaf first
    return out


def consistency_ranges(old: int, new: int) -> list[tuple[int, int]]:
    """Leaf ranges whose MTHs form the consistency proof from `old` to `new` (RFC 6962 §2.1.2)."""
    if not 0 <= old <= new:
        raise ValueError(f"no consistency proof from {old} to {new}")
    if old == 0 or old == new:
        return []
    out: list[tuple[int, int]] = []
    lo, hi, m, complete = 0, new, old, True
    while True:
        n = hi - lo
        if m == n:
            if not complete:
                out.append((lo, hi))
            break
        k = _split(n)
        if m <= k:
            out.append((lo + k, hi))
            hi = lo + k
        else:
            out.append((lo, lo + k))
            lo, m, complete = lo + k, m - k, False
    out.reverse()  # SUBPROOF appends on the way out, so the deepest range comes first
    return out


def proof_from_nodes(ranges: Iterable[tuple[int, int]], lookup: Callable[[NodeId], bytes]) -> list[bytes]:
    """Turn proof ranges into hashes using stored nodes (`lookup` raises KeyError if one is missing)."""
    return [fold([lookup(n) for n in range_nodes(lo, hi)]) for lo, hi in ranges]


def needed_nodes(ranges: Iterable[tuple[int, int]]) -> list[NodeId]:
    """Every stored node a proof over `ranges` reads, to fetch them in one query."""
    return [n for lo, hi in ranges for n in range_nodes(lo, hi)]


def verify_inclusion(leaf: bytes, index: int, size: int, proof: Sequence[bytes], root_hash: bytes) -> bool:
    """RFC 9162 §2.1.3.2: does `proof` show leaf hash `leaf` at `index` in the tree with `root_hash`?"""
    if not 0 <= index < size:
        return False
    fn, sn = index, size - 1
    r = leaf
    for p in proof:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            if not fn & 1:
                while fn and not fn & 1:
                    fn >>= 1
                    sn >>= 1
        else:
            r = node_hash(r, p)
        fn >>= 1
        sn >>= 1
    return sn == 0 and r == root_hash


def verify_consistency(old: int, new: int, old_root: bytes, new_root: bytes, proof: Sequence[bytes]) -> bool:
    """RFC 9162 §2.1.4.2: is the tree (`new`, `new_root`) an append-only extension of (`old`, `old_root`)?"""
    if not 0 <= old <= new:
        return False
    if old == new:
        return not proof and old_root == new_root
    if old == 0:
        return not proof  # every tree extends the empty one
    if not proof:
        return False
    path = list(proof)
    if old & (old - 1) == 0:  # old is a power of two: its root is the first node of the path
        path.insert(0, old_root)
    fn, sn = old - 1, new - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            fr = node_hash(c, fr)
            sr = node_hash(c, sr)
            if not fn & 1:
                while fn and not fn & 1:
                    fn >>= 1
                    sn >>= 1
        else:
            sr = node_hash(sr, c)
        fn >>= 1
        sn >>= 1
    return fr == old_root and sr == new_root and sn == 0

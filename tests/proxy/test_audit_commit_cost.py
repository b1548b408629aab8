"""The SQLite audit commit behind every answered request: cheaper, with the same tree.

Each commit returns the log's new head; its root is now folded from the frontier only when read (a
checkpoint), and the completed nodes are collected in one pass. These tests append through the real store
and check every head, node and root against the full RFC 6962 computation.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from audit import merkle
from audit.merkle import Frontier, leaf_hash
from audit.sqlite import SqliteStore
from audit.store import Leaf, TreeHead


def _leaf(n: int) -> Leaf:
    body = b'{"request_id":"req-%06d","tenant":"demo"}' % n
    return Leaf(body, leaf_hash(body), "2026-11-30T21:00:00.000000Z", "demo", "echo-cn", "cn-mainland", "allow",
                "", f"req-{n:06d}", "", "")


def test_every_commit_head_and_stored_node_match_the_full_tree(tmp_path: Path) -> None:
    async def scenario() -> None:
        store = await SqliteStore.open(tmp_path / "a.db")
        try:
            hashes: list[bytes] = []
            heads: list[TreeHead] = []
            for batch in (1, 1, 2, 3, 5, 8, 1, 13, 4, 16, 7):      # sizes crossing several powers of two
                leaves = [_leaf(len(hashes) + i) for i in range(batch)]
                head = await store.append(leaves)
                hashes.extend(leaf.hash for leaf in leaves)
                heads.append(head)
                assert head == TreeHead(len(hashes), merkle.root(hashes))
                assert head == await store.head()
            for size, head in zip((1, 2, 4, 7, 12, 20, 21, 34, 38, 54, 61), heads):
                assert (head.size, head.root) == (size, merkle.root(hashes[:size]))   # later commits left it alone
            ids = merkle.range_nodes(0, len(hashes))
            stored = await store.nodes(ids + [(0, i) for i in range(len(hashes))])
            for i, h in enumerate(hashes):
                assert stored[(0, i)] == h
            for level, idx in ids:
                assert stored[(level, idx)] == merkle.root(hashes[idx << level:(idx + 1) << level])
        finally:
            await store.close()

    asyncio.run(scenario())


def test_a_commit_folds_no_root_until_one_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folds: list[int] = []
    fold = Frontier.root

    def counting(self: Frontier) -> bytes:
        folds.append(self.size)
        return fold(self)

    async def scenario() -> None:
        store = await SqliteStore.open(tmp_path / "a.db")
        try:
            await store.append([_leaf(0), _leaf(1), _leaf(2)])
            want = merkle.root([_leaf(i).hash for i in range(5)])
            monkeypatch.setattr(Frontier, "root", counting)
            head = await store.append([_leaf(3), _leaf(4)])
            assert folds == []
            assert head.root == head.root == want
            assert folds == [5]                                      # once, then kept
            with pytest.raises(AttributeError):
                head.size = 6
        finally:
            await store.close()

    asyncio.run(scenario())


@pytest.mark.parametrize("max_params", [250_000, 30])
def test_batches_cut_into_several_inserts_store_every_row(tmp_path: Path, max_params: int) -> None:
    """A batch's rows go in multi-row INSERTs of at most ROWS_PER_INSERT rows (and SQLite's parameter
    limit, forced down to 30 here: 2 records or 10 nodes per statement); batches above, at and below the
    cut store every record and node, in order, as the full tree has them."""
    from audit.sqlite import ROWS_PER_INSERT

    async def scenario() -> None:
        store = await SqliteStore.open(tmp_path / "a.db")
        store._max_params = max_params
        try:
            hashes: list[bytes] = []
            for batch in (ROWS_PER_INSERT + 1, 1, ROWS_PER_INSERT, 3 * ROWS_PER_INSERT + 7, 0, 2):
                leaves = [_leaf(len(hashes) + i) for i in range(batch)]
                head = await store.append(leaves)
                hashes.extend(leaf.hash for leaf in leaves)
                assert head == TreeHead(len(hashes), merkle.root(hashes)) == await store.head()
            rows = await store.scan(0, len(hashes) + 1)
            assert [(r.idx, r.hash, r.body) for r in rows] == \
                [(i, h, _leaf(i).body) for i, h in enumerate(hashes)]
            ids = merkle.range_nodes(0, len(hashes))
            stored = await store.nodes(ids)
            for level, idx in ids:
                assert stored[(level, idx)] == merkle.root(hashes[idx << level:(idx + 1) << level])
            assert await store.orphans() == []
        finally:
            await store.close()

    asyncio.run(scenario())

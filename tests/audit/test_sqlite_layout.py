"""SQLite's tree nodes keyed by completion order (`tree_nodes`), the `tree` view over them, and the move
of a file written in the old (level, idx) layout: the same nodes, the same proofs, a log that verifies.

`guanqia audit verify` runs on the migrated log through the CLI, and the SQL the old store ran is run
against a new file through the view, so an older verifier reads what this one writes.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from audit import AuditConfig, AuditLog, merkle
from audit.merkle import leaf_hash
from audit.record import canonical_bytes
from audit.sqlite import LEGACY_TREE, SCHEMA, SqliteStore, node_key
from audit.store import Leaf
from audit.verify import verify_store
from tests.audit.conftest import write_config
from tests.audit.support import record, run_cli


def _config(tmp_path: Path) -> tuple[AuditConfig, dict[str, Any]]:
    section = {"store": "sqlite", "path": "audit/audit.db", "checkpoint_records": 8}
    return AuditConfig.from_mapping(section, tmp_path / "data"), section


def _layout(path: Path) -> dict[str, str]:
    db = sqlite3.connect(path)
    try:
        return {name: kind for kind, name in db.execute("SELECT type, name FROM sqlite_master")}
    finally:
        db.close()


def _tree_rows(path: Path) -> list[tuple[int, int, bytes]]:
    """Every node, as the old layout's SQL reads it (through the view on a new file)."""
    db = sqlite3.connect(path)
    try:
        rows = db.execute("SELECT level, idx, hash FROM tree ORDER BY level, idx")
        return [(lv, i, bytes(h)) for lv, i, h in rows]
    finally:
        db.close()


async def _write_legacy_log(cfg: AuditConfig, n: int) -> list[bytes]:
    """A log as the store before tree_nodes wrote it: the old `tree` table, records appended into it
    (a store opened without `create` keeps a file's old layout and writes in it), one checkpoint."""
    path = cfg.sqlite_path
    path.parent.mkdir(parents=True)
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.executescript(SCHEMA)
    db.execute(LEGACY_TREE)
    db.close()
    store = await SqliteStore.open(path, create=False)
    bodies = [canonical_bytes(record(i)) for i in range(n)]
    for k in range(0, n, 7):
        await store.append([Leaf.from_body(b) for b in bodies[k:k + 7]])
    await store.close()
    assert _layout(path)["tree"] == "table"
    return bodies


async def test_new_file_keys_nodes_by_completion_order_behind_a_tree_view(tmp_path: Path) -> None:
    store = await SqliteStore.open(tmp_path / "a.db")
    hashes: list[bytes] = []
    try:
        for batch in (3, 1, 9, 4):
            leaves = [Leaf.from_record(record(len(hashes) + i)) for i in range(batch)]
            await store.append(leaves)
            hashes.extend(leaf.hash for leaf in leaves)
        keys = [k for (k,) in store.db.execute("SELECT key FROM tree_nodes ORDER BY rowid")]
    finally:
        await store.close()
    assert keys == sorted(keys)                                          # appended in key order
    assert len(keys) == sum(len(hashes) >> lv for lv in range(5)) == 32  # every perfect subtree of 17 leaves
    layout = _layout(tmp_path / "a.db")
    assert layout["tree"] == "view" and layout["tree_nodes"] == "table"
    rows = _tree_rows(tmp_path / "a.db")                                # the old SQL, through the view
    want = sorted((lv, i) for lv in range(5) for i in range(len(hashes) >> lv))
    assert [(lv, i) for lv, i, _ in rows] == want
    for lv, i, h in rows:
        assert h == merkle.root(hashes[i << lv:(i + 1) << lv])
    assert node_key(3, 1) == (15 << 6) | 3                               # (3, 1) is completed by leaf 15


async def test_old_layout_is_read_as_it_is_without_create_and_moved_when_writable(tmp_path: Path) -> None:
    cfg, section = _config(tmp_path)
    bodies = await _write_legacy_log(cfg, 23)
    hashes = [leaf_hash(b) for b in bodies]
    before = _tree_rows(cfg.sqlite_path)

    reader = await SqliteStore.open(cfg.sqlite_path, create=False)     # an auditor's read-only open
    try:
        rows = await reader.scan(0, 100)
        assert [(r.idx, r.hash, r.body) for r in rows] == list(zip(range(23), hashes, bodies))
        assert (await reader.head()).root == merkle.root(hashes)
        assert await reader.nodes([(4, 0), (2, 4)]) == {(4, 0): merkle.root(hashes[:16]),
                                                        (2, 4): merkle.root(hashes[16:20])}
    finally:
        await reader.close()
    assert _layout(cfg.sqlite_path)["tree"] == "table"                 # left as it was

    log = await AuditLog.open(cfg)                                      # writable: the nodes move once
    try:
        assert "tree_nodes" in _layout(cfg.sqlite_path)
        assert _tree_rows(cfg.sqlite_path) == before                    # every node, same place, same hash
        more = [record(i) for i in range(23, 30)]                       # (a record's client address is drawn)
        for rec in more:
            await log.append(rec)
        await log.writer.flush()
        hashes += [leaf_hash(canonical_bytes(rec)) for rec in more]
        head = await log.store.head()
        assert (head.size, head.root) == (30, merkle.root(hashes))
        proof = await log.inclusion_proof(5, 30)
        assert merkle.verify_inclusion(hashes[5], 5, 30, proof, head.root)
        assert await log.store.orphans() == []
        report = await verify_store(log.store, log.verifiers, origin=cfg.origin)
        assert report.ok, report.problems
    finally:
        await log.close()

    done = run_cli("verify", "--config", str(write_config(tmp_path / "g.yaml", tmp_path / "data", section)))
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("op", ["delete", "update"])
async def test_tampering_through_the_view_reaches_the_nodes(tmp_path: Path, op: str) -> None:
    """What the tamper vectors do with the old SQL still changes the stored nodes (and is caught)."""
    cfg, _ = _config(tmp_path)
    log = await AuditLog.open(cfg)
    try:
        for i in range(12):
            await log.append(record(i))
        await log.writer.flush()
        await log.checkpoint()
    finally:
        await log.close()
    db = sqlite3.connect(cfg.sqlite_path, isolation_level=None)
    if op == "delete":
        db.execute("DELETE FROM tree WHERE level = 0 AND idx = ?", (4,))
    else:
        db.execute("UPDATE tree SET hash = ? WHERE level = 0 AND idx = ?", (b"\x01" * 32, 4))
    db.close()
    log = await AuditLog.open(cfg, writable=False)
    try:
        got = await log.store.nodes([(0, 4), (0, 5)])
        assert (0, 4) not in got if op == "delete" else got[(0, 4)] == b"\x01" * 32
        report = await verify_store(log.store, log.verifiers, origin=cfg.origin)
        assert not report.ok
    finally:
        await log.close()

"""AuditLog through its real interface, on SQLite and PostgreSQL: durability, checkpoints, proofs, query."""

from __future__ import annotations

import asyncio
import random
import sqlite3
from collections.abc import Sequence
from datetime import UTC
from pathlib import Path
from typing import Any

import pytest

from audit import AuditConfig, AuditLog, AuditUnavailable, QueryFilters, merkle
from audit.checkpoint import open_checkpoint
from audit.record import canonical_bytes
from audit.signing import NoteError
from audit.store import AuditStore, Leaf, TreeHead
from audit.verify import verify_store
from tests.audit.support import Raw, append_stored, filled_log, phone_finding, record


async def test_concurrent_appends_share_commits_and_get_distinct_indexes(audit_cfg: AuditConfig) -> None:
    log = await AuditLog.open(audit_cfg)
    try:
        recs = [record(i) for i in range(300)]
        indexes = await asyncio.gather(*(log.append(r) for r in recs))
        assert sorted(indexes) == list(range(300))
        assert log.writer.batches < 300 / 4  # group commit: many records per transaction
        rows, _ = await log.query(QueryFilters(), limit=1000)
        by_index = {i: r for i, r in rows}
        assert all(by_index[idx] == r for idx, r in zip(indexes, recs))
    finally:
        await log.close()


async def test_records_survive_reopen_and_close_signs_final_checkpoint(audit_cfg: AuditConfig) -> None:
    recs = await filled_log(audit_cfg, 21)
    log = await AuditLog.open(audit_cfg, writable=False)
    try:
        cp = open_checkpoint(await log.latest_checkpoint(), log.verifiers, audit_cfg.origin)
        assert cp.size == 21
        assert cp.root == merkle.root([merkle.leaf_hash(canonical_bytes(r)) for r in recs])
        sizes = [s for s, _ in await log.store.checkpoints()]
        # filled_log commits batches of 5: a checkpoint follows the first commit that makes 8 or more
        # records since the last one, plus one of the empty log at first open and one on close (behind
        # the journal the store's commits are not the journal's batches, so only the ends are fixed)
        if audit_cfg.journal:
            assert sizes[0] == 0 and sizes[-1] == 21 and sizes == sorted(sizes)
        else:
            assert sizes == [0, 10, 20, 21]
        report = await verify_store(log.store, log.verifiers, origin=audit_cfg.origin)
        assert report.ok, report.summary()
        assert report.checked == 21 and report.unsigned == 0
    finally:
        await log.close()


async def test_close_twice_returns_and_keeps_the_log(audit_cfg: AuditConfig) -> None:
    """A second close (a shutdown path that closes what an error path already closed) returns at once
    instead of waiting for the store's stopped thread, and changes nothing."""
    log = await AuditLog.open(audit_cfg)
    assert await log.append(record(0)) == 0
    await log.close()
    await asyncio.wait_for(log.close(), 5.0)
    await asyncio.wait_for(asyncio.gather(log.close(), log.close()), 5.0)
    with pytest.raises(AuditUnavailable):
        await log.append(record(1))
    reopened = await AuditLog.open(audit_cfg, writable=False)
    try:
        assert (await reopened.store.head()).size == 1
    finally:
        await reopened.close()


async def test_close_while_closing_waits_for_the_first(audit_cfg: AuditConfig) -> None:
    log = await AuditLog.open(audit_cfg)
    await log.append(record(0))
    first = asyncio.ensure_future(log.close())
    await asyncio.sleep(0)
    await asyncio.wait_for(log.close(), 5.0)
    assert first.done()
    await first


async def test_inclusion_and_consistency_proofs_verify_against_signed_checkpoints(audit_cfg: AuditConfig) -> None:
    recs = await filled_log(audit_cfg, 21)
    log = await AuditLog.open(audit_cfg, writable=False)
    try:
        cps = {cp.size: cp for cp in (open_checkpoint(n, log.verifiers) for _, n in await log.store.checkpoints())}
        new = cps[21]
        for i in (0, 7, 8, 20):
            proof = await log.inclusion_proof(i, 21)
            assert merkle.verify_inclusion(merkle.leaf_hash(canonical_bytes(recs[i])), i, 21, proof, new.root)
            other = merkle.leaf_hash(canonical_bytes(recs[(i + 1) % 21]))
            assert not merkle.verify_inclusion(other, i, 21, proof, new.root)
        for old in (10, 20):
            proof = await log.consistency_proof(old, 21)
            assert merkle.verify_consistency(old, 21, cps[old].root, new.root, proof)
        with pytest.raises(ValueError):
            await log.inclusion_proof(3, 22)
    finally:
        await log.close()


async def test_query_filters_and_paging(audit_cfg: AuditConfig) -> None:
    log = await AuditLog.open(audit_cfg)
    try:
        for i in range(12):
            kw: dict[str, Any] = {}
            if i == 4:
                kw = {"findings": (phone_finding("f" * 32, data_class="sensitive_personal"),), "action": "redact",
                      "rule": "mask-phones"}
            if i == 9:
                kw = {"vendor": "openai", "region": "us", "jurisdiction": "US", "action": "block",
                      "upstream_status": 0}
            await log.append(record(i, **kw))
        rows, cur = await log.query(QueryFilters(tenant="payments"), limit=4)
        assert [i for i, _ in rows] == [1, 3, 5, 7] and cur == "7"
        rows, cur = await log.query(QueryFilters(tenant="payments"), limit=4, cursor=cur)
        assert [i for i, _ in rows] == [9, 11] and cur is None
        assert [i for i, _ in (await log.query(QueryFilters(entity_type="CN_PHONE")))[0]] == [4]
        assert [i for i, _ in (await log.query(QueryFilters(entity_type="CN_PHON")))[0]] == []
        assert [i for i, _ in (await log.query(QueryFilters(data_class="sensitive_personal")))[0]] == [4]
        assert [i for i, _ in (await log.query(QueryFilters(rule="mask-phones")))[0]] == [4]
        assert [i for i, _ in (await log.query(QueryFilters(region="us", action="block")))[0]] == [9]
        assert [i for i, _ in (await log.query(QueryFilters(vendor="openai")))[0]] == [9]
        assert [i for i, _ in (await log.query(QueryFilters(request_id="req_0000000003")))[0]] == [3]
        since = record(2).time
        until = record(5).time
        assert [i for i, _ in (await log.query(QueryFilters(since=since, until=until)))[0]] == [2, 3, 4]
    finally:
        await log.close()


async def test_time_windows_page_exactly_when_times_are_out_of_log_order(audit_cfg: AuditConfig) -> None:
    """Records land in completion order, so a long stream's record (an early time) comes after shorter
    ones; a time window must still page through exactly its records, near the cursor or deep in the log."""
    rng = random.Random(11)
    n = 400
    times = list(range(n))
    for i in rng.sample(range(20, n), 40):  # long requests: their records land up to 30 places late
        j = max(0, i - rng.randint(1, 30))
        times.insert(j, times.pop(i))
    log = await AuditLog.open(audit_cfg)
    try:
        for t in times:
            await log.append(record(t))
        stamp = [record(t).time for t in times]
        windows = [(None, None), (100, 110), (350, 390), (0, 5), (395, None), (None, 12), (None, 390), (500, None)]
        for lo, hi in windows:
            since = record(lo).time if lo is not None else None
            until = record(hi).time if hi is not None else None
            want = [i for i, t in enumerate(stamp) if (since is None or t >= since) and (until is None or t < until)]
            got: list[int] = []
            cursor = None
            while True:
                rows, cursor = await log.query(QueryFilters(since=since, until=until), limit=7, cursor=cursor)
                got += [i for i, _ in rows]
                if cursor is None:
                    break
            assert got == want, (lo, hi)
    finally:
        await log.close()


async def test_key_rotation_keeps_old_checkpoints_verifiable(audit_cfg: AuditConfig) -> None:
    await filled_log(audit_cfg, 10)
    log = await AuditLog.open(audit_cfg)
    try:
        old_key = log.public_keys()[0]
        handover = await log.rotate_key("guanqia-audit-2027")
        for i in range(10, 14):
            await log.append(record(i))
    finally:
        await log.close()
    log = await AuditLog.open(audit_cfg, writable=False)
    try:
        keys = log.public_keys()
        assert keys[0] == old_key and len(keys) == 2 and keys[1].startswith("guanqia-audit-2027+")
        # the hand-over checkpoint verifies with either key alone
        old_v, new_v = log.verifiers
        assert open_checkpoint(handover, [old_v]).size == open_checkpoint(handover, [new_v]).size == 10
        last = await log.latest_checkpoint()
        assert open_checkpoint(last, [new_v]).size == 14
        with pytest.raises(NoteError):
            open_checkpoint(last, [old_v])  # the retired key signs nothing new
        report = await verify_store(log.store, log.verifiers, origin=audit_cfg.origin)
        assert report.ok, report.summary()
        only_new = await verify_store(log.store, [new_v], origin=audit_cfg.origin)
        assert not only_new.ok and only_new.problems[0].code == "checkpoint-signature"
    finally:
        await log.close()
    signing = audit_cfg.resolve(audit_cfg.signing_key_file).read_text()
    assert "guanqia-audit-2027" in signing and signing.count("PRIVATE+KEY") == 1


async def test_retention_prunes_bodies_and_what_remains_verifies(new_section: Any, data_dir: Path) -> None:
    cfg = AuditConfig.from_mapping(new_section(checkpoint_records=4, retention_days=180), data_dir)
    log = await AuditLog.open(cfg)
    try:
        for i in range(6):
            await append_stored(log, record(i, time=f"2026-01-0{i + 1}T00:00:00.000000Z"))
        for i in range(6, 10):
            await append_stored(log, record(i, time=f"2026-11-2{i - 6}T00:00:00.000000Z"))
        from datetime import datetime
        pruned = await log.prune(now=datetime(2026, 11, 30, tzinfo=UTC))
        assert pruned == 6
        rows, _ = await log.query(QueryFilters(), limit=100)
        assert [i for i, _ in rows] == [6, 7, 8, 9]
        proof = await log.inclusion_proof(2, 8)  # proofs still work: leaf hashes are kept
        cps = {s: n for s, n in await log.store.checkpoints()}
        cp = open_checkpoint(cps[8], log.verifiers)
        assert merkle.verify_inclusion((await log.store.scan(2, 3))[0].hash, 2, 8, proof, cp.root)
    finally:
        await log.close()
    log = await AuditLog.open(cfg, writable=False)
    try:
        report = await verify_store(log.store, log.verifiers, origin=cfg.origin)
        assert report.ok, report.summary()
        assert (report.pruned, report.checked) == (6, 4)
        from audit.export import export, verify_export
        await export(log, data_dir / "bundle")
        offline = verify_export(data_dir / "bundle", log.verifiers)
        assert offline.ok and (offline.pruned, offline.checked) == (6, 4), offline.summary()
        # deleting a record newer than the retention watermark is still tampering
        await Raw(cfg).run("DELETE FROM {records} WHERE idx = ?", 8)
        report = await verify_store(log.store, log.verifiers, origin=cfg.origin)
        assert report.problems[0].code == "record-deleted" and report.problems[0].index == 8
    finally:
        await log.close()


async def test_read_only_open_creates_nothing(audit_cfg: AuditConfig) -> None:
    from audit.store import StoreUnavailable
    with pytest.raises(StoreUnavailable):
        await AuditLog.open(audit_cfg, writable=False)
    assert not audit_cfg.resolve(audit_cfg.signing_key_file).exists()


async def test_fingerprints_are_keyed_and_key_file_is_private(audit_cfg: AuditConfig, data_dir: Path) -> None:
    log = await AuditLog.open(audit_cfg)
    try:
        a = log.fingerprinter.fingerprint("CN_PHONE", "13800138000")
        assert a == log.fingerprinter.fingerprint("CN_PHONE", "13800138000")
        assert len(a) == 32 and "13800138000" not in a
        assert a != log.fingerprinter.fingerprint("CN_ID_CARD", "13800138000")
    finally:
        await log.close()
    key_file = audit_cfg.resolve(audit_cfg.fingerprint_key_file)
    assert key_file.stat().st_mode & 0o777 == 0o600
    assert audit_cfg.resolve(audit_cfg.signing_key_file).stat().st_mode & 0o777 == 0o600
    from audit.fingerprint import Fingerprinter
    assert Fingerprinter(b"k" * 32).fingerprint("CN_PHONE", "13800138000") != a


@pytest.mark.parametrize("store_kind", ["sqlite"], indirect=True)
async def test_fail_closed_while_sqlite_is_locked_then_recovers(new_section: Any, data_dir: Path) -> None:
    cfg = AuditConfig.from_mapping(new_section(sqlite_busy_ms=50), data_dir)
    log = await AuditLog.open(cfg)
    try:
        assert await log.append(record(0)) == 0
        blocker = sqlite3.connect(cfg.sqlite_path, isolation_level=None)
        blocker.execute("BEGIN EXCLUSIVE")
        with pytest.raises(AuditUnavailable):
            await log.append(record(1))
        assert not log.healthy
        assert (await log.readiness())["ok"] is False
        blocker.execute("ROLLBACK")
        blocker.close()
        for _ in range(50):
            if log.healthy:
                break
            await asyncio.sleep(0.1)
        assert log.healthy  # the probe recovered without traffic
        assert await log.append(record(2)) == 1
    finally:
        await log.close()


@pytest.mark.postgres
@pytest.mark.parametrize("store_kind", ["postgres"], indirect=True)
async def test_fail_closed_while_postgres_refuses_then_recovers(new_section: Any, data_dir: Path) -> None:
    cfg = AuditConfig.from_mapping(new_section(), data_dir)
    log = await AuditLog.open(cfg)
    raw = Raw(cfg)
    try:
        assert await log.append(record(0)) == 0
        await raw.run("ALTER TABLE {records} RENAME TO records_away")
        with pytest.raises(AuditUnavailable):
            await log.append(record(1))
        assert not log.healthy
        await raw.run(f'ALTER TABLE "{cfg.schema}".records_away RENAME TO records')
        assert await log.append(record(2)) == 1
        assert log.healthy
    finally:
        await log.close()


@pytest.mark.postgres
@pytest.mark.parametrize("store_kind", ["postgres"], indirect=True)
async def test_two_instances_share_one_postgres_log(new_section: Any, tmp_path: Path) -> None:
    """Two proxies (separate data dirs, one key) append at once; the shared log verifies as one tree."""
    section = new_section(checkpoint_records=50)
    a_cfg = AuditConfig.from_mapping(section, tmp_path / "a")
    a = await AuditLog.open(a_cfg)
    key_dir = tmp_path / "b" / "keys"
    key_dir.mkdir(parents=True)
    for name in ("audit-signing.key", "audit-verifiers.txt", "fingerprint.key"):
        (key_dir / name).write_bytes((tmp_path / "a" / "keys" / name).read_bytes())
    b = await AuditLog.open(AuditConfig.from_mapping(section, tmp_path / "b"))
    try:
        got = await asyncio.gather(*(log.append(record(i)) for i in range(400) for log in [(a, b)[i % 2]]))
        assert sorted(got) == list(range(400))
    finally:
        await a.close()
        await b.close()
    log = await AuditLog.open(a_cfg, writable=False)
    try:
        report = await verify_store(log.store, log.verifiers, origin=a_cfg.origin)
        assert report.ok and report.size == 400, report.summary()
    finally:
        await log.close()


class WriteFailing:
    """The real store, except that every write transaction fails (reads and locks still work)."""

    def __init__(self, inner: AuditStore) -> None:
        self.inner = inner
        self.failing = True

    async def append(self, leaves: Sequence[Leaf], *, at: int | None = None) -> TreeHead:
        if self.failing:
            raise OSError(28, "No space left on device")
        return await self.inner.append(leaves, at=at)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


async def test_store_that_answers_but_cannot_write_stays_unhealthy(audit_cfg: AuditConfig) -> None:
    if audit_cfg.journal:
        pytest.skip("behind the journal the append succeeds; test_journal.py covers a store that cannot write")
    log = await AuditLog.open(audit_cfg)
    wrapped = WriteFailing(log.store)
    log.store = log.writer.store = wrapped
    try:
        with pytest.raises(AuditUnavailable):
            await log.append(record(0))
        await asyncio.sleep(2.5)  # more than two probe periods
        assert not log.healthy
        wrapped.failing = False
        for _ in range(30):
            if log.healthy:
                break
            await asyncio.sleep(0.1)
        assert log.healthy  # recovered by the probe, without any request
        assert await log.append(record(1)) == 0
    finally:
        await log.close()
    reopened = await AuditLog.open(audit_cfg, writable=False)
    try:
        assert (await verify_store(reopened.store, reopened.verifiers)).ok
    finally:
        await reopened.close()


async def test_verify_while_the_log_is_being_written(audit_cfg: AuditConfig) -> None:
    """Auditors verify a live proxy's log: records appended meanwhile are not mistaken for tampering."""
    log = await AuditLog.open(audit_cfg)
    try:
        for k in range(0, 200, 50):
            await asyncio.gather(*(log.append(record(i)) for i in range(k, k + 50)))
        reader = await AuditLog.open(audit_cfg, writable=False)
        try:
            async def keep_writing() -> None:
                for i in range(200, 400):
                    await log.append(record(i))
            writer = asyncio.create_task(keep_writing())
            reports = []
            while not writer.done():
                reports.append(await verify_store(reader.store, reader.verifiers, origin=audit_cfg.origin))
            await writer
            await log.writer.flush()  # behind the journal the store catches up just after the answers
            reports.append(await verify_store(reader.store, reader.verifiers, origin=audit_cfg.origin))
        finally:
            await reader.close()
        assert all(r.ok for r in reports), [r.summary() for r in reports if not r.ok][:1]
        assert reports[-1].size == 400
    finally:
        await log.close()

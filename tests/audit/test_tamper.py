"""Every tampering in vectors/tamper.yaml is detected, by the library and by `guanqia audit verify`."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import yaml

from audit import AuditConfig, AuditLog, merkle
from audit.checkpoint import Checkpoint
from audit.merkle import Frontier, leaf_hash
from audit.signing import Signer
from audit.verify import verify_store
from tests.audit.conftest import write_config
from tests.audit.support import Raw, filled_log, record, run_cli

CASES = yaml.safe_load((Path(__file__).parent / "vectors" / "tamper.yaml").read_text())


async def rebuild_tree(raw: Raw) -> None:
    """Recompute every tree node and the head from the stored bodies, as a thorough attacker would."""
    rows = await raw.run("SELECT idx, body FROM {records} ORDER BY idx")
    f = Frontier()
    nodes = []
    for _, body in rows:
        nodes += f.append(leaf_hash(bytes(body)))
    await raw.run("DELETE FROM {tree}")
    for level, idx, h in nodes:
        await raw.run("INSERT INTO {tree} (level, idx, hash) VALUES (?, ?, ?)", level, idx, h)
    await raw.run("UPDATE {head} SET size = ?, frontier = ?", f.size, f.to_bytes())


async def resign(raw: Raw) -> None:
    """Replace every checkpoint by one over the *current* tree, signed by a same-named foreign key."""
    attacker = Signer.generate("guanqia-audit")
    rows = await raw.run("SELECT id, size FROM {checkpoints}")
    leaves = [bytes(h) for (h,) in await raw.run("SELECT hash FROM {tree} WHERE level = 0 ORDER BY idx")]
    for cid, size in rows:
        note = Checkpoint("guanqia.local/audit", size, merkle.root(leaves[:size])).sign([attacker])
        await raw.run("UPDATE {checkpoints} SET note = ? WHERE id = ?", note, cid)


async def apply(step: dict[str, Any], raw: Raw, cfg: AuditConfig, other: AuditConfig) -> AuditConfig:
    """Run one step; returns the config whose store the auditor now looks at."""
    if "sql" in step:
        await raw.run(step["sql"], *step.get("args", []))
        return cfg
    op = step["op"]
    if op == "edit_field":
        rec = json.loads(await raw.body(step["idx"]))
        rec[step["field"]] = step["value"]
        body = json.dumps(rec, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
        await raw.run("UPDATE {records} SET body = ? WHERE idx = ?", body, step["idx"])
    elif op == "rehash_leaf":
        h = leaf_hash(await raw.body(step["idx"]))
        await raw.run("UPDATE {tree} SET hash = ? WHERE level = 0 AND idx = ?", h, step["idx"])
    elif op == "swap":
        a, b = step["a"], step["b"]
        ba, bb = await raw.body(a), await raw.body(b)
        await raw.run("UPDATE {records} SET body = ? WHERE idx = ?", bb, a)
        await raw.run("UPDATE {records} SET body = ? WHERE idx = ?", ba, b)
        if step["leaves"]:
            ha, hb = leaf_hash(ba), leaf_hash(bb)
            await raw.run("UPDATE {tree} SET hash = ? WHERE level = 0 AND idx = ?", hb, a)
            await raw.run("UPDATE {tree} SET hash = ? WHERE level = 0 AND idx = ?", ha, b)
    elif op == "rebuild_tree":
        await rebuild_tree(raw)
    elif op == "resign":
        await resign(raw)
    elif op == "insert_copy":
        row = await raw.run("SELECT * FROM {records} WHERE idx = ?", step["of"])
        values = list(row[0])
        values[0] = step["idx"]
        await raw.run("INSERT INTO {records} VALUES (?,?,?,?,?,?,?,?,?,?,?)", *values)
    elif op == "replace_log":
        if step["same_key"]:
            # the insider reuses the real key: a log with the same key files but other records
            keys = other.data_dir / "keys"
            keys.mkdir(parents=True, exist_ok=True)
            for name in ("audit-signing.key", "audit-verifiers.txt"):
                (keys / name).write_bytes((cfg.data_dir / "keys" / name).read_bytes())
        log = await AuditLog.open(other)
        try:
            for i in range(25):
                await log.append(record(1000 + i))
        finally:
            await log.close()
        # the auditor's config still names the original key files; only the store is swapped
        return replace(other, data_dir=cfg.data_dir, path=other.sqlite_path)
    else:
        raise AssertionError(f"unknown op {op}")
    return cfg


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
async def test_tampering_is_detected(case: dict[str, Any], new_section: Any, tmp_path: Path, data_dir: Path) -> None:
    section = new_section(checkpoint_records=8)
    cfg = AuditConfig.from_mapping(section, data_dir)
    await filled_log(cfg, 20)
    log = await AuditLog.open(cfg, writable=False)
    try:
        clean = await verify_store(log.store, log.verifiers, origin=cfg.origin)
        assert clean.ok, clean.summary()
        saved = await log.latest_checkpoint()  # what a careful auditor kept from an earlier visit
        pubkey = log.public_keys()[0]
    finally:
        await log.close()
    (tmp_path / "saved.note").write_bytes(saved)

    other_section = new_section(checkpoint_records=8)
    other = AuditConfig.from_mapping(other_section, tmp_path / "other")
    target = cfg
    for step in case["steps"]:
        target = await apply(step, Raw(cfg), cfg, other)
    trusted = [saved] if case.get("trusted") else []

    # the library
    log = await AuditLog.open(target, writable=False)
    try:
        report = await verify_store(log.store, log.verifiers, origin=cfg.origin, trusted=trusted)
    finally:
        await log.close()
    assert not report.ok, f"{case['name']} went undetected"
    problem = report.problems[0]
    assert (problem.code, problem.index) == (case["wantErr"], case["wantIndex"]), str(problem)

    # the CLI, as an auditor runs it: the operator's config, the key pinned on the command line
    target_section = dict(section)
    if target is not cfg:
        target_section = {**other_section, "path": str(other.sqlite_path)} if other.store == "sqlite" \
            else other_section
    config = write_config(tmp_path / "auditor.yaml", data_dir, target_section)
    args = ["verify", "--config", str(config), "--pubkey", pubkey]
    if trusted:
        args += ["--checkpoint", str(tmp_path / "saved.note")]
    done = run_cli(*args)
    assert done.returncode == 1, done.stdout + done.stderr
    assert done.stdout.startswith("FAIL: ") and f"[{case['wantErr']}]" in done.stdout
    if case["wantIndex"] is not None:
        assert f"record {case['wantIndex']}:" in done.stdout
    assert "someone-else" not in done.stdout + done.stderr  # problems name records, never contents


async def test_untampered_log_verifies_through_the_cli(audit_cfg: AuditConfig, config_file: Path) -> None:
    await filled_log(audit_cfg, 20)
    done = run_cli("verify", "--config", str(config_file))
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith("OK: 20 records, 20 verified")
    ranged = run_cli("verify", "--config", str(config_file), "--from", "5", "--to", "9")
    assert ranged.returncode == 0 and "4 verified" in ranged.stdout

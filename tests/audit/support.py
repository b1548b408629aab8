"""Helpers for audit tests: synthetic records, the CLI as a subprocess, raw store access for tampering."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from faker import Faker

from audit import AuditConfig, AuditLog, AuditRecord, FindingSummary

fake = Faker("zh_CN")
Faker.seed(5)
GUANQIA = str(Path(sys.executable).parent / "guanqia")


def record(i: int, **kw: Any) -> AuditRecord:
    """A synthetic record; `i` makes time and request id unique and ordered."""
    base: dict[str, Any] = {
        "time": f"2026-11-24T10:{(i // 60) % 60:02d}:{i % 60:02d}.{i % 1000000:06d}Z",
        "request_id": f"req_{i:010d}", "tenant": "payments" if i % 2 else "hr", "key_id": "app-1",
        "client_addr": fake.ipv4_private(), "endpoint": "openai.chat", "protocol": "openai",
        "model_requested": "deepseek-chat", "vendor": "deepseek", "model_routed": "deepseek-chat",
        "region": "cn-mainland", "jurisdiction": "CN", "action": "allow", "rule": "default-allow",
        "policy_id": "builtin", "policy_version": "1", "policy_sha256": "0" * 64, "upstream_status": 200, "status": 200,
        "latency_ms": 12.5, "prompt_tokens": 10, "completion_tokens": 5, "bytes_in": 300, "bytes_out": 500,
        "attempts": ("deepseek",)}
    base.update(kw)
    return AuditRecord(**base)


def phone_finding(fp: str, action: str = "redact", data_class: str = "personal") -> FindingSummary:
    return FindingSummary(type="CN_PHONE", data_class=data_class, count=1, action=action, fingerprints=(fp,))


async def filled_log(cfg: AuditConfig, n: int) -> list[AuditRecord]:
    """Append n records (concurrently, so group commit is exercised), then close (final checkpoint).

    Each group of 5 is one store commit on every kind of store (behind the journal the store catches
    up a few milliseconds after the answer; `flush` waits for it), so checkpoints land at the same sizes.
    """
    import asyncio
    log = await AuditLog.open(cfg)
    recs = [record(i) for i in range(n)]
    try:
        for k in range(0, n, 5):
            await asyncio.gather(*(log.append(r) for r in recs[k:k + 5]))
            await log.writer.flush()
    finally:
        await log.close()
    return recs


async def append_stored(log: AuditLog, rec: AuditRecord) -> int:
    """Append and wait until the store holds the record in a commit of its own (as without the journal)."""
    idx = await log.append(rec)
    await log.writer.flush()
    return idx


def run_cli(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run([GUANQIA, "audit", *args], capture_output=True, text=True, timeout=timeout, check=False)


class Raw:
    """Direct SQL on a store's tables, bypassing the log: what an attacker with DB access can do.

    Statements use `?` placeholders and `{records}`, `{tree}`, `{head}`, `{checkpoints}` table names.
    """

    def __init__(self, cfg: AuditConfig) -> None:
        self.cfg = cfg

    def _tables(self) -> dict[str, str]:
        prefix = f'"{self.cfg.schema}".' if self.cfg.store == "postgres" else ""
        return {t: prefix + t for t in ("records", "tree", "head", "checkpoints")}

    async def run(self, sql: str, *args: Any) -> list[tuple[Any, ...]]:
        sql = sql.format(**self._tables())
        if self.cfg.store == "postgres":
            import asyncpg
            n = 0
            parts = sql.split("?")
            sql = parts[0] + "".join(f"${(n := n + 1)}" + p for p in parts[1:])
            con = await asyncpg.connect(self.cfg.dsn)
            try:
                return [tuple(r) for r in await con.fetch(sql, *args)]
            finally:
                await con.close()
        db = sqlite3.connect(self.cfg.sqlite_path, isolation_level=None)
        try:
            return [tuple(r) for r in db.execute(sql, args).fetchall()]
        finally:
            db.close()

    async def body(self, idx: int) -> bytes:
        return bytes((await self.run("SELECT body FROM {records} WHERE idx = ?", idx))[0][0])

    async def many(self, statements: Sequence[tuple[str, tuple[Any, ...]]]) -> None:
        for sql, args in statements:
            await self.run(sql, *args)

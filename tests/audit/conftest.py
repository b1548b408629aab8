"""Audit fixtures: every store test runs against SQLite, SQLite behind the durability journal (with each
durability level), and the real local PostgreSQL.

PostgreSQL tests use a fresh schema per test (named after the xdist worker and a random suffix) and
drop it afterwards, so parallel runs never share a log.
"""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from audit import AuditConfig

PG_DSN = os.environ.get("GUANQIA_TEST_PG_DSN", "postgresql://127.0.0.1:5432/test")


def drop_schema(schema: str) -> None:
    import asyncpg

    async def run() -> None:
        con = await asyncpg.connect(PG_DSN)
        try:
            await con.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        finally:
            await con.close()
    asyncio.run(run())


@pytest.fixture(params=["sqlite", "sqlite-journal", "sqlite-process",
                        pytest.param("postgres", marks=pytest.mark.postgres)])
def store_kind(request: pytest.FixtureRequest) -> str:
    """sqlite-journal: SQLite behind the durability journal (`journal: true`); sqlite-process: the same
    journal with `durability: process-crash` (answers wait for the write, fsyncs follow in the background)."""
    return str(request.param)


@pytest.fixture
def new_section(store_kind: str, tmp_path: Path) -> Iterator[Any]:
    """A factory of audit sections for fresh, independent logs of the parametrized store kind."""
    schemas: list[str] = []
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")

    def make(**extra: Any) -> dict[str, Any]:
        if store_kind == "postgres":
            schema = f"gq_audit_{worker}_{uuid.uuid4().hex[:12]}".lower()
            schemas.append(schema)
            section: dict[str, Any] = {"store": "postgres", "dsn": PG_DSN, "schema": schema}
        else:
            section = {"store": "sqlite", "path": f"audit/{uuid.uuid4().hex[:8]}.db"}
            if store_kind == "sqlite-journal":
                section["journal"] = True
            elif store_kind == "sqlite-process":
                section["durability"] = "process-crash"
        section.update(extra)
        return section
    yield make
    for schema in schemas:
        drop_schema(schema)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def section(new_section: Any) -> dict[str, Any]:
    return dict(new_section(checkpoint_records=8))


@pytest.fixture
def audit_cfg(section: dict[str, Any], data_dir: Path) -> AuditConfig:
    return AuditConfig.from_mapping(section, data_dir)


def write_config(path: Path, data_dir: Path, section: dict[str, Any]) -> Path:
    """A serve config file, as an operator would write it, that `guanqia audit` reads."""
    limits = {"max_body_bytes": 1048576, "max_header_bytes": 16384, "drain_seconds": 5}
    path.write_text(yaml.safe_dump({"version": 1, "data_dir": str(data_dir), "limits": limits, "audit": section}))
    return path


@pytest.fixture
def config_file(tmp_path: Path, data_dir: Path, section: dict[str, Any]) -> Path:
    return write_config(tmp_path / "guanqia.yaml", data_dir, section)

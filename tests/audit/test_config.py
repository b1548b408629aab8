"""The audit section of the serve config: defaults, paths under the data dir, and mistakes named by key."""

from __future__ import annotations

from pathlib import Path

import pytest

from audit import AuditConfig, AuditConfigError


def test_defaults_live_under_the_data_dir(tmp_path: Path) -> None:
    cfg = AuditConfig.from_mapping({}, tmp_path)
    assert cfg.store == "sqlite" and cfg.fail_closed and cfg.retention_days == 180
    assert not cfg.writer_process  # the log stays in the proxy's process unless told otherwise
    assert AuditConfig.from_mapping({"writer_process": True}, tmp_path).writer_process
    assert cfg.sqlite_path == tmp_path / "audit" / "audit.db"
    assert cfg.resolve(cfg.signing_key_file) == tmp_path / "keys" / "audit-signing.key"
    absolute = AuditConfig.from_mapping({"path": str(tmp_path / "elsewhere.db")}, tmp_path / "data")
    assert absolute.sqlite_path == tmp_path / "elsewhere.db"


@pytest.mark.parametrize(("section", "names"), [
    ({"stroe": "sqlite"}, "audit.stroe"),
    ({"store": "mysql"}, "audit.store"),
    ({"fail_closed": "yes"}, "audit.fail_closed"),
    ({"retention_days": -1}, "audit.retention_days"),
    ({"checkpoint_seconds": 0}, "audit.checkpoint_seconds"),
    ({"schema": "Robert'); DROP TABLE"}, "audit.schema"),
    ({"key_name": "two words"}, "audit.key_name"),
    ({"sqlite_synchronous": "OFF"}, "audit.sqlite_synchronous"),
    ({"writer_process": "no"}, "audit.writer_process"),
])
def test_mistakes_name_the_key(section: dict[str, object], names: str, tmp_path: Path) -> None:
    with pytest.raises(AuditConfigError, match=names.replace(".", r"\.")):
        AuditConfig.from_mapping(section, tmp_path)

"""AuditConfig: the `audit:` section of the serve config (documented key by key in docs/audit.md).

Relative paths resolve against the proxy's data dir, so `guanqia serve` and `guanqia audit ...` given
the same config file find the same log and keys.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

STORES = ("sqlite", "postgres")
DURABILITY = ("power-loss", "process-crash")
_SYNC = ("FULL", "NORMAL", "EXTRA")
_IDENT = re.compile(r"[a-z_][a-z0-9_]{0,62}")


class AuditConfigError(ValueError):
    """A mistake in the audit section; the message names the key and what was expected."""


@dataclass(frozen=True)
class AuditConfig:
    data_dir: Path
    store: str = "sqlite"
    path: Path = Path("audit/audit.db")
    """SQLite file."""
    dsn: str = "postgresql://127.0.0.1:5432/guanqia"
    schema: str = "guanqia_audit"
    """PostgreSQL schema holding the log's tables (one log per schema)."""
    pool_size: int = 4
    fail_closed: bool = True
    """True: no record, no answer (503). False: serve and log the failure (not recommended)."""
    origin: str = "guanqia.local/audit"
    """First line of every checkpoint: the log's name."""
    key_name: str = "guanqia-audit"
    signing_key_file: Path = Path("keys/audit-signing.key")
    verifier_keys_file: Path = Path("keys/audit-verifiers.txt")
    fingerprint_key_file: Path = Path("keys/fingerprint.key")
    checkpoint_records: int = 1000
    """Sign a checkpoint after this many new records ..."""
    checkpoint_seconds: float = 10.0
    """... or after this many seconds if the log grew, whichever comes first; and always on close."""
    retention_days: int = 180
    """Record bodies older than this are pruned (hashes and checkpoints stay); 0 keeps everything."""
    max_batch: int = 1024
    """Largest group commit (records per transaction)."""
    sqlite_synchronous: str = "FULL"
    sqlite_busy_ms: int = 5000
    """How long an append waits for another process's lock on the SQLite file before failing."""
    journal: bool = False
    """SQLite only: make each record durable in a preallocated journal next to the database (one
    O_DSYNC write per batch) and let the store commit without an fsync of its own (audit/journal.py)."""
    journal_segment_mib: int = 16
    """Size of each of the journal's two segment files."""
    durability: str = "power-loss"
    """What an answered request's record survives. "power-loss": the answer waits for an fsync (the
    store's commit, or the journal's O_DSYNC write). "process-crash" (SQLite, implies the journal): the
    answer waits only for the record's write() into the journal file; fsyncs are group-committed in
    the background, due `sync_delay_ms` after a record's write (PostgreSQL's synchronous_commit =
    off, MySQL's innodb_flush_log_at_trx_commit = 2)."""
    sync_delay_ms: int = 10
    """durability process-crash: the longest a written record waits before an fsync covering it starts."""
    writer_process: bool = False
    """`guanqia serve` only: run this log (writer, journal, store, signing, checkpoints) in a child process
    it supervises, so the durable append uses a second core instead of the proxy's event loop
    (proxy/audit_process.py). Off by default: on this machine class (2 cores shared with the load) it won
    only plain concurrency 16 and lost at concurrency 1 and on streamed answers (docs/benchmarks.md,
    eighth round). False: in the proxy's own process, as the CLI always does."""
    writer_stall_seconds: float = 15.0
    """writer_process only: a child silent this long (it sends a heartbeat every 0.1 s), or one that has
    left a record unacknowledged this long, is treated as dead: the requests waiting on it answer 503 and
    it is killed and restarted, instead of every request hanging behind a wedged writer."""

    @classmethod
    def from_mapping(cls, section: Mapping[str, Any], data_dir: Path) -> AuditConfig:
        known = {f for f in cls.__dataclass_fields__ if f != "data_dir"}
        unknown = set(section) - known
        if unknown:
            raise AuditConfigError(f"audit.{min(unknown)}: unknown key (known: {', '.join(sorted(known))})")
        d = cls.__dataclass_fields__
        out: dict[str, Any] = {"data_dir": Path(data_dir)}
        for name, value in section.items():
            default = d[name].default
            if isinstance(default, Path):
                if not isinstance(value, str) or not value:
                    raise AuditConfigError(f"audit.{name}: expected a path")
                p = Path(value).expanduser()
                out[name] = p
            elif isinstance(default, bool):
                if not isinstance(value, bool):
                    raise AuditConfigError(f"audit.{name}: expected true or false")
                out[name] = value
            elif isinstance(default, int):
                if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                    raise AuditConfigError(f"audit.{name}: expected a non-negative integer")
                out[name] = value
            elif isinstance(default, float):
                if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
                    raise AuditConfigError(f"audit.{name}: expected a positive number of seconds")
                out[name] = float(value)
            else:
                if not isinstance(value, str) or not value:
                    raise AuditConfigError(f"audit.{name}: expected a non-empty string")
                out[name] = value
        if out.get("durability") == "process-crash" and "journal" not in section:
            out["journal"] = True  # the journal is where the record is written before the answer
        if out.get("journal") and "sqlite_synchronous" not in section:
            out["sqlite_synchronous"] = "NORMAL"  # the journal holds the durable copy
        cfg = cls(**out)
        if cfg.store not in STORES:
            raise AuditConfigError(f"audit.store: expected one of {', '.join(STORES)} (got {cfg.store!r})")
        if not _IDENT.fullmatch(cfg.schema):
            raise AuditConfigError("audit.schema: expected a lower-case SQL identifier")
        if cfg.sqlite_synchronous.upper() not in _SYNC:
            raise AuditConfigError(f"audit.sqlite_synchronous: expected one of {', '.join(_SYNC)}")
        if cfg.max_batch < 1 or cfg.checkpoint_records < 1 or cfg.pool_size < 1:
            raise AuditConfigError("audit.max_batch, checkpoint_records and pool_size must be at least 1")
        if cfg.durability not in DURABILITY:
            raise AuditConfigError(f"audit.durability: expected one of {', '.join(DURABILITY)} "
                                   f"(got {cfg.durability!r})")
        if cfg.durability == "process-crash" and (cfg.store != "sqlite" or not cfg.journal):
            raise AuditConfigError("audit.durability: process-crash needs store sqlite with the journal (the record "
                                   "is written into the journal before the answer)")
        if cfg.sync_delay_ms < 1:
            raise AuditConfigError("audit.sync_delay_ms must be at least 1")
        if cfg.journal and cfg.store != "sqlite":
            raise AuditConfigError("audit.journal: only for store sqlite (the journal numbers records before the "
                                   "store sees them, so it needs the log's only writer; a PostgreSQL log is "
                                   "shared by instances)")
        if cfg.journal_segment_mib < 1:
            raise AuditConfigError("audit.journal_segment_mib must be at least 1")
        if any(c.isspace() for c in cfg.origin):
            raise AuditConfigError("audit.origin: must not contain spaces")
        if "+" in cfg.key_name or any(c.isspace() for c in cfg.key_name):
            raise AuditConfigError("audit.key_name: must not contain '+' or spaces")
        return cfg

    def resolve(self, p: Path) -> Path:
        return p if p.is_absolute() else self.data_dir / p

    @property
    def sqlite_path(self) -> Path:
        return self.resolve(self.path)

    @property
    def journal_base(self) -> Path:
        """The journal's files are this path plus `.0`, `.1` and `.lock`, next to the database."""
        p = self.sqlite_path
        return p.with_name(p.name + ".journal")

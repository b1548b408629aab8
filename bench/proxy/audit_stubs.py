"""`guanqia serve` with parts of the audit append stubbed out: a diagnostic launcher, never a deployment.

    GUANQIA_AUDIT_STUB=<stub> python -P bench/proxy/audit_stubs.py serve --config FILE   (PYTHONPATH=tree)

Stubs, each removing one more layer of the per-request audit work (bench/proxy/audit_share.py measures
them side by side):

    none      as served
    no-sql    the store's transaction is skipped (a head is returned without SQLite); the writer, its
              thread hand-offs and the record building still run
    no-write  the leaf is built (canonical bytes, leaf hash: Exchange.to_leaf on the request path) and
              AuditLog.append / append_leaf return at once; no writer, no thread
    no-audit  relay.audit returns at once: no record is built at all

The stubbed proxy answers without a durable record: it exists only to measure what each layer costs.
A stub that no longer matches the tree (a renamed function) fails at start-up rather than measuring
something else. Serve's audit writer child (`audit.writer_process`) is started through this launcher as
well, so `no-sql` and `no-write` act where the log is, and the batch report comes from there.
"""

from __future__ import annotations

import os
import sys
from typing import Any

STUBS = ("none", "no-sql", "no-write", "no-audit")


def apply(stub: str) -> None:
    if stub not in STUBS:
        raise SystemExit(f"GUANQIA_AUDIT_STUB must be one of {', '.join(STUBS)} (got {stub!r})")
    if stub == "no-audit":
        from proxy import relay

        async def audit(gw: Any, ex: Any) -> None:
            ex.audited = True

        relay.audit = audit  # type: ignore[assignment]
    elif stub == "no-write":
        from audit.log import AuditLog
        from audit.store import Leaf

        async def append(self: AuditLog, record: Any) -> int:
            Leaf.from_record(record)
            return 0

        async def append_leaf(self: AuditLog, leaf: Any) -> int:
            return 0

        AuditLog.append = append  # type: ignore[method-assign]
        if hasattr(AuditLog, "append_leaf"):  # the writer child decodes the leaf, then appends it
            AuditLog.append_leaf = append_leaf  # type: ignore[method-assign]
    elif stub == "no-sql":
        from audit.sqlite import SqliteStore
        from audit.store import TreeHead
        size: list[int] = []

        def _append(self: SqliteStore, leaves: Any, at: int | None = None, db: Any = None) -> TreeHead:
            if not size:
                size.append(int(self.db.execute("SELECT size FROM head WHERE id = 1").fetchone()[0]))
            size[0] += len(leaves)
            return TreeHead(size[0], b"\0" * 32)

        if not callable(getattr(SqliteStore, "_append", None)):
            raise SystemExit("audit/sqlite.py has no SqliteStore._append: update the no-sql stub")
        SqliteStore._append = _append  # type: ignore[method-assign]


def report_batches() -> None:
    """At exit, print how many records each store commit took (group commit's batch size) to stderr."""
    import atexit

    from audit.log import AuditLog
    opened: list[AuditLog] = []
    original = AuditLog.open.__func__  # type: ignore[attr-defined]

    async def open_(cls: type[AuditLog], *args: Any, **kwargs: Any) -> AuditLog:
        log = await original(cls, *args, **kwargs)
        opened.append(log)
        return log

    def report() -> None:
        for log in opened:
            batches, appended = getattr(log.writer, "batches", 0), getattr(log.writer, "appended", 0)
            print(f"audit-writer batches={batches} appended={appended}", file=sys.stderr, flush=True)

    AuditLog.open = classmethod(open_)  # type: ignore[method-assign, assignment]
    atexit.register(report)


CHILD = "audit-writer-child"
"""argv[1] of this launcher started as serve's audit writer child (proxy/audit_process.py)."""


def main() -> int:
    apply(os.environ.get("GUANQIA_AUDIT_STUB", "none"))
    report_batches()
    if sys.argv[1:2] == [CHILD]:
        from proxy.audit_process import child_main
        return child_main(sys.argv[2:])
    try:
        from proxy import audit_process
    except ImportError:  # a tree from before the writer child: the log is in the proxy's process
        pass
    else:  # the writer child runs this launcher too, so the stub and the batch report apply in it
        audit_process.CHILD_ARGV = ("-P", os.path.abspath(__file__), CHILD)
    from proxy.cli import main as cli
    return cli()


if __name__ == "__main__":
    sys.exit(main())

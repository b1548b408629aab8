"""Serve's audit writer child whose appends never finish while a flag file exists: a hung disk, as the
proxy sees it (the child's event loop keeps running and sending its heartbeat).

Started by tests/proxy/test_audit_process.py through proxy.audit_process.CHILD_ARGV; the flag's path comes
in GUANQIA_TEST_STUCK_FLAG.
"""

from __future__ import annotations

import asyncio
import os
import sys

from audit.log import AuditLog
from audit.store import Leaf


def main(argv: list[str]) -> int:
    flag = os.environ["GUANQIA_TEST_STUCK_FLAG"]
    append_leaf = AuditLog.append_leaf

    async def stuck_while_flagged(self: AuditLog, leaf: Leaf) -> int:
        if os.path.exists(flag):
            await asyncio.Event().wait()  # nothing sets it: the append hangs like a write to a hung disk
        return await append_leaf(self, leaf)

    AuditLog.append_leaf = stuck_while_flagged  # type: ignore[method-assign]
    from proxy.audit_process import child_main
    return child_main(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

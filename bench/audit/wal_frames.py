"""Pages a SQLite audit commit writes, by table: the WAL frames of `--commits` commits of `--batch` records.

    .venv/bin/python bench/audit/wal_frames.py --prefill 20000 --batch 5
    PYTHONPATH=/tmp/gq-base .venv/bin/python -P bench/audit/wal_frames.py      # another tree's store

Every dirty page is one 4 KB frame appended to the WAL at COMMIT (and copied back into the database file
at the next WAL checkpoint), so frames per commit is what the store's thread writes, checksums and later
checkpoints per batch: a count that load cannot move, unlike the CPU time it costs. The records are the
shape the bench proxy writes, their request ids made by the tree's own `fresh_request_id` (as Guanqia
makes them when the client sends none). Frames are mapped to tables through SQLite's dbstat table.
"""

from __future__ import annotations

import argparse
import collections
import struct
import sys
import tempfile
from pathlib import Path

from audit.record import AuditRecord
from audit.sqlite import SqliteStore
from audit.store import Leaf
from proxy.exchange import fresh_request_id

WAL_HEADER, FRAME_HEADER = 32, 24


def record(n: int) -> AuditRecord:
    return AuditRecord(
        time=f"2026-12-01T05:{n // 60_000_000 % 60:02d}:{n // 1_000_000 % 60:02d}.{n % 1_000_000:06d}Z",
        request_id=fresh_request_id(), tenant="bench", key_id="k_bench", client_addr="127.0.0.1",
        endpoint="openai.chat", protocol="openai", model_requested="gpt-4o-mini", vendor="echo-us",
        model_routed="gpt-4o-mini", region="us", jurisdiction="US", action="allow", rule="default",
        policy_id="bench", policy_version="1", policy_sha256="ab" * 32, upstream_status=200, status=200,
        latency_ms=1.234, prompt_tokens=12, completion_tokens=5, bytes_in=1024, bytes_out=400,
        attempts=("echo-us",), trace_id="ab" * 16, span_id="cd" * 8)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--prefill", type=int, default=20_000, help="records in the log before measuring")
    ap.add_argument("--batch", type=int, default=5, help="records per commit")
    ap.add_argument("--commits", type=int, default=200)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(dir=Path(__file__).resolve().parent) as tmp:
        path = Path(tmp) / "audit.db"
        store = SqliteStore(path, synchronous="NORMAL")
        store._connect()
        db = store.db
        n = 0
        while n < args.prefill:
            step = min(100, args.prefill - n)
            store._append([Leaf.from_record(record(n + i)) for i in range(step)])
            n += step
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.execute("PRAGMA wal_autocheckpoint=0")            # keep every frame of the measured commits
        batches = [[Leaf.from_record(record(n + k * args.batch + i)) for i in range(args.batch)]
                   for k in range(args.commits)]
        for leaves in batches:
            store._append(leaves)
        data = Path(str(path) + "-wal").read_bytes()
        page_size = int(db.execute("PRAGMA page_size").fetchone()[0])
        pages = [struct.unpack_from(">I", data, at)[0]
                 for at in range(WAL_HEADER, len(data) - FRAME_HEADER + 1, FRAME_HEADER + page_size)]
        owner = dict(db.execute("SELECT pageno, name FROM dbstat").fetchall())
        db.close()
    per = collections.Counter(owner.get(p, "(free)") for p in pages)
    print(f"WAL frames per commit of {args.batch} records, log of {args.prefill} records, "
          f"{args.commits} commits")
    for name, count in per.most_common():
        print(f"  {name:18} {count / args.commits:6.2f}")
    print(f"  {'total':18} {len(pages) / args.commits:6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

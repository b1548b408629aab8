"""What a SQLite group commit costs on a thread while another thread runs Python, against the same commit alone.

    PYTHONPATH=. .venv/bin/python -P bench/audit/gil_contention.py [--commits 2500] [--batch 7]

Why: the store's thread meets a busy event loop under load. sqlite3 drops the GIL around each step and has
to win it back from the busy thread, which inflates the commit's CPU and wall time; this prints both cases
(CPU per commit of the committing thread, wall per commit) for synchronous=NORMAL and FULL, so the choice
of where the transaction runs (audit/sqlite.py: on the loop's own connection) rests on a figure.
"""

from __future__ import annotations

import argparse
import tempfile
import threading
import time
from pathlib import Path

from audit.record import AuditRecord
from audit.sqlite import SqliteStore
from audit.store import Leaf
from proxy.exchange import fresh_request_id


def leaves(n: int, first: int) -> list[Leaf]:
    return [Leaf.from_record(AuditRecord(
        time=f"2026-12-01T05:00:00.{(first + i) % 1_000_000:06d}Z", request_id=fresh_request_id(),
        tenant="bench", key_id="k_bench", client_addr="127.0.0.1", endpoint="openai.chat", protocol="openai",
        model_requested="gpt-4o-mini", vendor="echo-us", model_routed="gpt-4o-mini", region="us",
        jurisdiction="US", action="allow", rule="default", policy_id="bench", policy_version="1",
        policy_sha256="ab" * 32, upstream_status=200, status=200, latency_ms=1.234, prompt_tokens=12,
        completion_tokens=5, bytes_in=1024, bytes_out=400, attempts=("echo-us",), trace_id="ab" * 16,
        span_id="cd" * 8)) for i in range(n)]


def commit_all(path: Path, synchronous: str, batches: list[list[Leaf]]) -> tuple[float, float]:
    """Thread CPU and wall seconds per commit, run on the calling thread."""
    store = SqliteStore(path, synchronous=synchronous)
    store._connect()
    cpu0, wall0 = time.thread_time(), time.perf_counter()
    for batch in batches:
        store._append(batch)
    cpu, wall = time.thread_time() - cpu0, time.perf_counter() - wall0
    store.db.close()
    return cpu / len(batches), wall / len(batches)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--commits", type=int, default=2500)
    ap.add_argument("--batch", type=int, default=7)
    args = ap.parse_args()
    batches = [leaves(args.batch, k * args.batch) for k in range(args.commits)]
    for synchronous in ("NORMAL", "FULL"):
        with tempfile.TemporaryDirectory() as tmp:
            alone = commit_all(Path(tmp) / "alone.db", synchronous, batches)
            result: list[tuple[float, float]] = []
            thread = threading.Thread(target=lambda: result.append(
                commit_all(Path(tmp) / "contended.db", synchronous, batches)))
            thread.start()
            while thread.is_alive():  # a busy main thread running bytecode, as the event loop under load
                for _ in range(1000):
                    pass
            contended = result[0]
        print(f"synchronous={synchronous}, commits of {args.batch}: alone {alone[0] * 1e6:.1f} us CPU, "
              f"{alone[1] * 1e6:.1f} us wall; on a thread against a busy thread {contended[0] * 1e6:.1f} us CPU, "
              f"{contended[1] * 1e6:.1f} us wall (CPU x{contended[0] / alone[0]:.2f})")


if __name__ == "__main__":
    main()

"""How long does making ~600 bytes durable take on this disk? Four ways, side by side, interleaved.

    .venv/bin/python bench/audit/durable_write.py                 # 500 rounds, in a temp dir under bench/out
    .venv/bin/python bench/audit/durable_write.py --rounds 1000 --dir /var/lib/guanqia

Issue 5 wants a request's audit record durable before its answer (item 4) and the audit cost on the
request path <= 0.2 ms p50 (item 7). This probe decides whether any write path can do both here:

  (a) sqlite FULL    one INSERT + COMMIT in a WAL database with synchronous=FULL (what the store does),
                     in a fresh database: the WAL grows with every commit
  (a') the same      after 3,000 commits, so the WAL has reached its checkpoint size and restarted:
                     commits overwrite WAL blocks in place, as in a log that has been running a while
  (b) fdatasync      pwrite of the record at the end of a preallocated, zero-filled (really written,
                     so no unwritten-extent conversion) append-only file, then fdatasync
  (c) O_DSYNC        the same write on a file opened with O_DSYNC (the write returns once durable)
  (d) O_DIRECT       one 4 KiB-aligned block written with O_DIRECT|O_DSYNC, bypassing the page cache
  (n) sqlite NORMAL  the not-durable reference: WAL, synchronous=NORMAL (no fsync on commit)

Each round runs every method once, in a rotating order, so the disk's other traffic (the machine is
shared) falls on all of them alike. Prints p50/p90/p99 per method in microseconds, the filesystem and
device it ran on, and writes the figures as JSON under bench/out/.
"""

from __future__ import annotations

import argparse
import json
import mmap
import os
import platform
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RECORD = 600
BLOCK = 4096


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, max(0, round(p / 100 * len(values)) - 1))]


def zero_filled(path: Path, size: int, flags: int = 0) -> int:
    """A file of `size` zero bytes, really written and fsynced, so later writes overwrite allocated,
    initialised blocks (an fdatasync then has no extent or size metadata to commit)."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o600)
    chunk = b"\0" * (1 << 20)
    for _ in range(size // len(chunk)):
        os.write(fd, chunk)
    os.fsync(fd)
    os.close(fd)
    return os.open(path, os.O_RDWR | flags)


def sqlite_commit(path: Path, synchronous: str, payload: bytes, grown: bool = False) -> Callable[[], None]:
    """grown: commit 3,000 records first, so the WAL has reached its checkpoint size and been restarted
    (as in a log that has been running): later commits overwrite WAL blocks instead of growing the file."""
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute(f"PRAGMA synchronous={synchronous}")
    db.execute("CREATE TABLE r (idx INTEGER PRIMARY KEY, body BLOB)")

    def step() -> None:
        db.execute("BEGIN IMMEDIATE")
        db.execute("INSERT INTO r (body) VALUES (?)", (payload,))
        db.execute("COMMIT")
    if grown:
        db.execute("PRAGMA synchronous=OFF")
        for _ in range(3000):
            step()
        db.execute(f"PRAGMA synchronous={synchronous}")
    return step


def appender(fd: int, payload: bytes, size: int, sync: Callable[[int], None] | None) -> Callable[[], None]:
    pos = [0]

    def step() -> None:
        if pos[0] + len(payload) > size:
            pos[0] = 0
        os.pwrite(fd, payload, pos[0])
        pos[0] += len(payload)
        if sync is not None:
            sync(fd)
    return step


def direct(path: Path, size: int) -> Callable[[], None] | str:
    """O_DIRECT|O_DSYNC 4 KiB blocks; returns a reason string if the filesystem refuses O_DIRECT."""
    try:
        fd = zero_filled(path, size, os.O_DIRECT | os.O_DSYNC)
    except OSError as exc:
        return f"O_DIRECT refused: {exc.strerror}"
    buf = mmap.mmap(-1, BLOCK)  # page-aligned, as O_DIRECT requires
    buf[:RECORD] = os.urandom(RECORD)
    pos = [0]

    def step() -> None:
        if pos[0] + BLOCK > size:
            pos[0] = 0
        os.pwritev(fd, [buf], pos[0])
        pos[0] += BLOCK
    try:
        step()
    except OSError as exc:
        return f"O_DIRECT write refused: {exc.strerror}"
    return step


def describe(where: Path) -> dict[str, str]:
    def run(*cmd: str) -> str:
        try:
            return subprocess.run(cmd, capture_output=True, text=True, timeout=10, check=False).stdout.strip()
        except OSError:
            return ""
    dev = run("findmnt", "-n", "-o", "SOURCE", "-T", str(where))
    blk = Path("/sys/block") / Path(dev).name / "queue"
    cache = (blk / "write_cache").read_text().strip() if (blk / "write_cache").exists() else "?"
    return {"df": run("df", "-T", str(where)), "findmnt": run("findmnt", "-T", str(where)),
            "write_cache": cache, "kernel": platform.release(),
            "load_average": " ".join(f"{x:.2f}" for x in os.getloadavg())}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--rounds", type=int, default=500)
    p.add_argument("--dir", type=Path, default=ROOT / "bench" / "out",
                   help="where the test files go (the filesystem being measured)")
    p.add_argument("--file-mib", type=int, default=8)
    args = p.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    size = args.file_mib << 20
    payload = os.urandom(RECORD)
    with tempfile.TemporaryDirectory(prefix="gq-durable-", dir=args.dir) as tmp:
        t = Path(tmp)
        methods: dict[str, Callable[[], None]] = {
            "(a) sqlite WAL synchronous=FULL commit": sqlite_commit(t / "full.db", "FULL", payload),
            "(a') the same, WAL grown and restarted before": sqlite_commit(t / "grown.db", "FULL", payload, True),
            "(b) pwrite + fdatasync, zero-filled file": appender(zero_filled(t / "b.journal", size), payload, size,
                                                                os.fdatasync),
            "(c) pwrite, O_DSYNC, zero-filled file": appender(zero_filled(t / "c.journal", size, os.O_DSYNC),
                                                              payload, size, None),
        }
        d = direct(t / "d.journal", size)
        skipped = {}
        if isinstance(d, str):
            skipped["(d) O_DIRECT|O_DSYNC 4 KiB block"] = d
        else:
            methods["(d) O_DIRECT|O_DSYNC 4 KiB block"] = d
        methods["(n) sqlite WAL synchronous=NORMAL (not durable)"] = sqlite_commit(t / "normal.db", "NORMAL", payload)
        names = list(methods)
        lat: dict[str, list[float]] = {n: [] for n in names}
        for n in names:  # warm-up
            for _ in range(5):
                methods[n]()
        for r in range(args.rounds):
            for k in range(len(names)):
                n = names[(r + k) % len(names)]
                t0 = time.perf_counter_ns()
                methods[n]()
                lat[n].append((time.perf_counter_ns() - t0) / 1000)
        env = describe(t)
    command = "bench/audit/durable_write.py " + " ".join(sys.argv[1:])
    print(f"$ .venv/bin/python {command}")
    print(f"{args.rounds} rounds, {RECORD}-byte records, methods interleaved; load average {env['load_average']}")
    print(env["df"])
    print(env["findmnt"])
    print(f"device write cache: {env['write_cache']}; kernel {env['kernel']}\n")
    print(f"{'method':<52} {'p50 us':>8} {'p90 us':>8} {'p99 us':>8}  target p50 <= 200 us")
    rows = {}
    for n in names:
        v = lat[n]
        rows[n] = {"p50_us": pct(v, 50), "p90_us": pct(v, 90), "p99_us": pct(v, 99)}
        verdict = "" if n.startswith("(n)") else ("PASS" if rows[n]["p50_us"] <= 200 else "MISS")
        print(f"{n:<52} {rows[n]['p50_us']:>8.0f} {rows[n]['p90_us']:>8.0f} {rows[n]['p99_us']:>8.0f}  {verdict}")
    for n, why in skipped.items():
        print(f"{n:<52} skipped: {why}")
    out = ROOT / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"audit-durable-write-{time.strftime('%Y%m%dT%H%M%S')}.json"
    path.write_text(json.dumps({"command": command, "rounds": args.rounds, "record_bytes": RECORD, "env": env,
                                "results": rows, "skipped": skipped}, indent=1) + "\n")
    print(f"\nresults: {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()

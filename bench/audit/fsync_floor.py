"""The floor under any power-loss-safe audit wait: a bare 300-byte write + fdatasync on the data dir's disk.

    .venv/bin/python bench/audit/fsync_floor.py                      # 400 writes in bench/out
    .venv/bin/python bench/audit/fsync_floor.py --dir /var/lib/guanqia --writes 1000

Two loops, interleaved write by write so the disk's other traffic falls on both alike: `append`
(os.write at the end of the file, which grows, so each fdatasync also commits the new size) and
`overwrite` (os.pwrite into a preallocated, zero-filled file, as the durability journal and a
steady-state SQLite WAL do). No Python objects, no threads, no event loop: what is left is the
kernel and the device. proxy_wait.py imports `measure` to print it in the same run as the stage.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RECORD = b"x" * 300


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, max(0, round(p / 100 * len(values)) - 1))]


def measure(directory: Path, writes: int = 400) -> dict[str, dict[str, float]]:
    """p50 / p99 in microseconds of write + fdatasync, per loop."""
    directory.mkdir(parents=True, exist_ok=True)
    times: dict[str, list[float]] = {"append": [], "overwrite": []}
    with tempfile.TemporaryDirectory(prefix="gq-fsync-floor-", dir=directory) as tmp:
        grow = os.open(Path(tmp) / "append", os.O_WRONLY | os.O_CREAT, 0o600)
        pre = os.open(Path(tmp) / "overwrite", os.O_WRONLY | os.O_CREAT, 0o600)
        try:
            os.write(pre, bytes(len(RECORD) * writes))
            os.fsync(pre)
            for i in range(writes):
                t = time.perf_counter_ns()
                os.write(grow, RECORD)
                os.fdatasync(grow)
                times["append"].append((time.perf_counter_ns() - t) / 1000)
                t = time.perf_counter_ns()
                os.pwrite(pre, RECORD, i * len(RECORD))
                os.fdatasync(pre)
                times["overwrite"].append((time.perf_counter_ns() - t) / 1000)
        finally:
            os.close(grow)
            os.close(pre)
    return {k: {"p50_us": pct(v, 50), "p99_us": pct(v, 99), "writes": len(v)} for k, v in times.items()}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--dir", type=Path, default=ROOT / "bench" / "out", help="a directory on the disk to measure")
    p.add_argument("--writes", type=int, default=400)
    args = p.parse_args()
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}, {args.writes} writes of "
          f"{len(RECORD)} B in {args.dir}")
    for name, r in measure(args.dir, args.writes).items():
        print(f"{name:<10} write + fdatasync  p50 {r['p50_us']:7.0f} us  p99 {r['p99_us']:7.0f} us")


if __name__ == "__main__":
    main()

"""durability process-crash: how long an answered record stays exposed to a power loss before its fsync ends.

    .venv/bin/python bench/audit/sync_window.py                        # 64 appenders, 400 records each
    .venv/bin/python bench/audit/sync_window.py --appenders 1 --records 3000 --work-us 500

With `durability: process-crash` a record is answered once it is written into the journal; a power
loss or kernel crash before the fsync covering it completes can lose it. This measures that window
through AuditLog under uvloop, as `guanqia serve` runs: for every background fsync, the time from the
oldest record it covers being written to the fsync's end (the window), and the fsync's own duration.
The configured bound is `sync_delay_ms` until the fsync starts; an fsync still in flight, the disk
and a busy event loop add to it, which is why the tail is printed too.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from audit import AuditConfig, AuditLog  # noqa: E402
from audit.writer import DeferredSyncWriter  # noqa: E402
from bench.audit.run import pct, sample_record  # noqa: E402
from bench.audit.wait import busy  # noqa: E402


async def measure(directory: Path, appenders: int, records: int, work_us: float, delay_ms: int) -> dict[str, Any]:
    cfg = AuditConfig.from_mapping({"durability": "process-crash", "sync_delay_ms": delay_ms}, directory)
    log = await AuditLog.open(cfg)
    writer = log.writer
    assert isinstance(writer, DeferredSyncWriter)
    windows: list[float] = []
    fsyncs: list[float] = []
    real_sync = writer.journal.sync
    real_start = writer._start_sync  # noqa: SLF001 - the benchmark watches the writer's own timing

    def timed_sync(fds: Any) -> None:
        t = time.monotonic()
        real_sync(fds)
        fsyncs.append(time.monotonic() - t)

    def start() -> None:
        oldest = writer._unsynced_since  # noqa: SLF001
        real_start()
        syncing = writer._syncing  # noqa: SLF001
        if oldest is not None and syncing is not None:
            syncing.add_done_callback(lambda _: windows.append(time.monotonic() - oldest))

    writer.journal.sync = timed_sync  # type: ignore[method-assign]
    writer._start_sync = start  # type: ignore[method-assign]  # noqa: SLF001
    counter = iter(range(10**9))

    async def appender() -> None:
        for _ in range(records):
            busy(work_us)
            await log.append(sample_record(next(counter)))
            await asyncio.sleep(0)
    try:
        await asyncio.gather(*(appender() for _ in range(appenders)))
    finally:
        await log.close()
    ms = [w * 1000 for w in windows]
    fs = [f * 1000 for f in fsyncs]
    return {"fsyncs": len(fs), "window_p50_ms": pct(ms, 50), "window_p99_ms": pct(ms, 99), "window_max_ms": max(ms),
            "fsync_p50_ms": pct(fs, 50), "fsync_p99_ms": pct(fs, 99), "fsync_max_ms": max(fs)}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--appenders", type=int, default=64)
    p.add_argument("--records", type=int, default=400, help="records per appender")
    p.add_argument("--work-us", type=float, default=0, help="CPU work before each append (the rest of a request)")
    p.add_argument("--sync-delay-ms", type=int, default=10)
    p.add_argument("--dir", type=Path, default=ROOT / "bench" / "out")
    args = p.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    print(f"$ .venv/bin/python bench/audit/sync_window.py {' '.join(sys.argv[1:])}")
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    try:
        import uvloop
        runner: Any = uvloop.run
    except ImportError:
        runner = asyncio.run
    with tempfile.TemporaryDirectory(prefix="gq-sync-window-", dir=args.dir) as tmp:
        r = runner(measure(Path(tmp), args.appenders, args.records, args.work_us, args.sync_delay_ms))
    print(f"{r['fsyncs']} fsyncs; exposed window (oldest covered write -> fsync done) p50 {r['window_p50_ms']:.1f} "
          f"p99 {r['window_p99_ms']:.1f} max {r['window_max_ms']:.1f} ms; fsync alone p50 {r['fsync_p50_ms']:.1f} "
          f"p99 {r['fsync_p99_ms']:.1f} max {r['fsync_max_ms']:.1f} ms (sync_delay_ms {args.sync_delay_ms})")


if __name__ == "__main__":
    main()

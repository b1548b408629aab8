"""The audit stage of real requests through `guanqia serve`, with and without the durability journal.

    .venv/bin/python bench/audit/proxy_wait.py                     # 4 rounds x 4 s per set-up, concurrency 1
    .venv/bin/python bench/audit/proxy_wait.py --rounds 6 --seconds 5 --stream
    .venv/bin/python bench/audit/proxy_wait.py --baseline /tmp/gq-before   # + the set-ups from an older tree

Four proxies run side by side against the fake vendor (inspection off, 1 KB prompts, access log on):
`full` (the default audit: SQLite commit with synchronous=FULL), `journal` (`audit.journal: true`),
`process` (`audit.durability: process-crash`: the answer waits for the record's write into the
journal, fsyncs follow in the background) and `normal` (synchronous=NORMAL without the journal: a
SQLite commit with no fsync, survives a process crash but has no bounded fsync delay). The load
generator drives them one after the other at concurrency 1, in rotating order, round after round, so
the shared machine's other work falls on all of them alike. Per set-up it prints the access log's
`audit` stage (from handing the record to the log until it is durable: the request-path wait of issue
5 item 7) and the whole request latency as the client saw it, p50 and p99 in milliseconds. Between
rounds, bench/audit/fsync_floor.py measures a bare 300-byte write + fdatasync on the same disk: the
floor under the two power-loss-safe set-ups, printed beside them. `--baseline DIR` adds each set-up
the older source tree DIR knows (its `audit` package first on PYTHONPATH, the same proxy code), named
`<set-up>@base`, driven in the same rotation.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.audit.fsync_floor import measure as fsync_floor  # noqa: E402
from bench.audit.run import pct  # noqa: E402
from bench.common import procs, targets  # noqa: E402
from bench.common.prompts import make_prompt  # noqa: E402

SETUPS: dict[str, dict[str, object]] = {
    "full": {},
    "journal": {"journal": True},
    "process": {"durability": "process-crash"},
    "normal": {"sqlite_synchronous": "NORMAL"},
}
SURVIVES = {"full": "power loss", "journal": "power loss", "process": "kill -9; fsync <= 10 ms later",
            "normal": "kill -9; fsync at WAL checkpoints"}


def audit_stages(log: Path) -> list[float]:
    out = []
    for line in log.read_text(errors="replace").splitlines():
        if '"stages_ms"' not in line:
            continue
        try:
            rec = json.loads(line)
        except ValueError:
            continue
        ms = rec.get("stages_ms", {}).get("audit")
        if ms is not None and rec.get("status") == 200:
            out.append(float(ms))
    return out


def load(target: targets.Target, prompt: Path, seconds: float, stream: bool) -> dict[str, Any]:
    argv = [str(procs.PYTHON), "-m", "bench.common.loadgen", "--url", target.chat_url, "--key", target.key,
            "--model", targets.MODEL, "--prompt-file", str(prompt), "--concurrency", "1",
            "--warmup", "0.5", "--duration", str(seconds)] + (["--stream"] if stream else [])
    done = subprocess.run(argv, capture_output=True, text=True, cwd=ROOT, timeout=seconds + 120, check=False)
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith("{")]
    if done.returncode != 0 or not lines:
        raise SystemExit(f"load generator failed for {target.name}: {done.stderr[-800:]}")
    return dict(json.loads(lines[-1])["summary"])


def start_baseline(out: Path, name: str, vendor: procs.Service, audit: dict[str, object], tree: Path) -> targets.Target:
    """A proxy whose `audit` package comes from another source tree (start_guanqia, plus PYTHONPATH)."""
    port = procs.free_port()
    data_dir = out / "data" / name
    shutil.rmtree(data_dir, ignore_errors=True)
    config = out / "config" / f"{name}.yaml"
    key = targets.guanqia_config(config, port, vendor.base_url, data_dir, False, audit)
    svc = procs.start(name, [str(procs.GUANQIA), "serve", "--config", str(config), "--log-level", "INFO"],
                      f"http://127.0.0.1:{port}", "/healthz", out / "logs" / f"{name}.log",
                      env={"BENCH_VENDOR_KEY": "sk-vendor-bench", "PYTHONPATH": str(tree)})
    return targets.Target(name, svc.base_url + "/v1/chat/completions", key, svc, config)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--rounds", type=int, default=4)
    p.add_argument("--seconds", type=float, default=4.0, help="load per set-up per round")
    p.add_argument("--stream", action="store_true")
    p.add_argument("--floor-writes", type=int, default=300, help="bare write + fdatasync samples per round")
    p.add_argument("--baseline", type=Path, help="an older source tree: its set-ups run too, as <set-up>@base")
    args = p.parse_args()
    out = ROOT / "bench" / "out" / "audit-proxy-wait"
    out.mkdir(parents=True, exist_ok=True)
    prompt = out / "prompt-1k.txt"
    prompt.write_text(make_prompt(1024), encoding="utf-8")
    command = "bench/audit/proxy_wait.py " + " ".join(sys.argv[1:])
    print(f"$ .venv/bin/python {command}")
    print(f"load average at start {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    vendor = targets.start_vendor(out, 16, 0.0)
    running: dict[str, targets.Target] = {}
    setups = dict(SETUPS)
    if args.baseline is not None:
        known = (args.baseline / "audit" / "config.py").read_text()
        setups.update({f"{n}@base": a for n, a in SETUPS.items() if all(f"    {k}:" in known for k in a)})
    client: dict[str, list[dict[str, Any]]] = {n: [] for n in setups}
    floor: dict[str, list[dict[str, float]]] = {"append": [], "overwrite": []}
    try:
        for name, audit in setups.items():
            if name.endswith("@base"):
                running[name] = start_baseline(out, f"audit-{name}", vendor, audit, args.baseline.resolve())
            else:
                running[name] = targets.start_guanqia(out, f"audit-{name}", vendor, inspection=False, audit=audit,
                                                      log_level="INFO")
        names = list(setups)
        for r in range(args.rounds):
            for k in range(len(names)):
                name = names[(r + k) % len(names)]
                client[name].append(load(running[name], prompt, args.seconds, args.stream))
            for kind, f in fsync_floor(out / "data", args.floor_writes).items():
                floor[kind].append(f)
    finally:
        for t in running.values():
            if t.service:
                procs.stop(t.service)
        procs.stop(vendor)
    print(f"load average at end {' '.join(f'{x:.2f}' for x in os.getloadavg())}\n")
    print(f"{'set-up':<14} {'requests':>8} {'audit p50 ms':>12} {'audit p99 ms':>12} {'request p50 ms':>14} "
          f"{'request p99 ms':>14}  <= 0.2 ms p50  answered record survives")
    results: dict[str, Any] = {}
    for name in setups:
        stages = audit_stages(out / "logs" / f"audit-{name}.log")
        lat50 = sorted(c["lat_p50_ms"] for c in client[name])
        lat99 = sorted(c["lat_p99_ms"] for c in client[name])
        results[name] = {"requests": len(stages), "audit_p50_ms": pct(stages, 50), "audit_p99_ms": pct(stages, 99),
                         "request_p50_ms_median_of_rounds": lat50[len(lat50) // 2],
                         "request_p99_ms_median_of_rounds": lat99[len(lat99) // 2]}
        r = results[name]
        verdict = "PASS" if r["audit_p50_ms"] <= 0.2 else "MISS"
        print(f"{name:<14} {r['requests']:>8} {r['audit_p50_ms']:>12.3f} {r['audit_p99_ms']:>12.3f} "
              f"{r['request_p50_ms_median_of_rounds']:>14.3f} {r['request_p99_ms_median_of_rounds']:>14.3f}  "
              f"{verdict:<13}  {SURVIVES[name.split('@')[0]]}")
    print("\nfloor, same disk, same run (bench/audit/fsync_floor.py, 300 B write + fdatasync; median over rounds "
          "of each round's p50 / p99):")
    for kind, rounds in floor.items():
        p50 = statistics.median(f["p50_us"] for f in rounds) / 1000
        p99 = statistics.median(f["p99_us"] for f in rounds) / 1000
        results[f"fsync_floor_{kind}"] = {"p50_ms": p50, "p99_ms": p99, "rounds": len(rounds)}
        print(f"  {kind:<10} p50 {p50:.3f} ms   p99 {p99:.3f} ms")
    base, j = results["full"]["audit_p50_ms"], results["journal"]["audit_p50_ms"]
    print(f"\njournal vs full, audit stage p50: x{base / j:.2f}   (request latencies: median over rounds of each "
          "round's p50/p99)")
    path = ROOT / "bench" / "out" / f"audit-proxy-wait-{time.strftime('%Y%m%dT%H%M%S')}.json"
    path.write_text(json.dumps({"command": command, "stream": args.stream, "baseline": str(args.baseline or ""),
                                "results": results}, indent=1) + "\n")
    print(f"results: {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()

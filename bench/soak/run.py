"""Soak: Guanqia at the highest sustainable rate for N minutes, then the audit log must verify.

    .venv/bin/python bench/soak/run.py                 # 10 minutes, inspection on, default policy
    .venv/bin/python bench/soak/run.py --minutes 3

1. Find the rate: the proxy's saturated throughput is measured closed-loop (concurrency 32) for plain
   and streamed chat completions against a fake vendor in its own process. Starting from `--headroom`
   (90 %) of the 50/50 mix of the two, 15-second open-loop probes step the rate down by 15 % until one
   is sustained: nothing shed, no error, p99 within `--p99-limit-ms`. The soak runs at `--margin` (85 %)
   of that rate, because a 15-second probe misses the slower stretches a 10-minute run meets (GC, WAL
   checkpoints, neighbours on a shared machine). `--rate` skips the search.
2. Soak: an open-loop load generator alternates streamed and plain requests at that rate. Every
   `--report-every` seconds (30) it prints throughput, p99 latency, errors, shed starts (the rate was not
   sustained) and the proxy's resident memory.
3. Verdict: zero errors, nothing shed, RSS growth after warm-up within `--rss-growth-limit-mib`, and
   `guanqia audit verify --config <cfg>` passing on the log the soak wrote (after a graceful stop, so
   the final checkpoint is in). Exit 0 only if all hold.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.common import procs, stats, targets
from bench.common.prompts import make_prompt

OUT = ROOT / "bench" / "out"


def loadgen_argv(target: targets.Target, prompt: Path, *extra: str) -> list[str]:
    return [str(procs.PYTHON), "-m", "bench.common.loadgen", "--url", target.chat_url, "--key", target.key,
            "--model", targets.MODEL, "--prompt-file", str(prompt), *extra]


def calibrate(target: targets.Target, prompt: Path, seconds: float) -> tuple[float, dict[str, float]]:
    """Saturated req/s for plain and streamed requests, and the 50/50 mix rate they imply."""
    found: dict[str, float] = {}
    for mode in ("plain", "stream"):
        argv = loadgen_argv(target, prompt, "--concurrency", "32", "--warmup", "2", "--duration", str(seconds))
        if mode == "stream":
            argv.append("--stream")
        done = subprocess.run(argv, capture_output=True, text=True, cwd=ROOT, timeout=seconds + 120, check=False)
        summary = json.loads(done.stdout.strip().splitlines()[-1])["summary"]
        if summary["errors"]:
            raise RuntimeError(f"errors during calibration ({mode}): {summary['error_kinds']}")
        found[mode] = summary["rps"]
        print(f"  calibration {mode:<6}: {summary['rps']:.0f} req/s saturated, "
              f"p99 {summary['lat_p99_ms']:.1f} ms", flush=True)
    mix = 2 / (1 / found["plain"] + 1 / found["stream"])
    return mix, found


def sustained_rate(target: targets.Target, prompt: Path, start: float, p99_limit_ms: float) -> float:
    """Step down from `start` until a 15 s open-loop probe sheds nothing, errs never and meets the p99 limit."""
    rate = start
    for _ in range(8):
        argv = loadgen_argv(target, prompt, "--rate", str(rate), "--warmup", "3", "--duration", "12",
                            "--report-every", "1000")
        done = subprocess.run(argv, capture_output=True, text=True, cwd=ROOT, timeout=180, check=False)
        summary = json.loads(done.stdout.strip().splitlines()[-1])["summary"]
        ok = summary["shed"] == 0 and summary["errors"] == 0 and summary["lat_p99_ms"] <= p99_limit_ms
        print(f"  probe {rate:6.0f} req/s: p99 {summary['lat_p99_ms']:7.1f} ms, shed {summary['shed']}, "
              f"errors {summary['errors']} -> {'sustained' if ok else 'too fast'}", flush=True)
        if ok:
            return rate
        rate = max(1.0, round(rate * 0.85))
    return rate


def verify_audit(config: Path, log_path: Path) -> tuple[int, str]:
    argv = [str(procs.GUANQIA), "audit", "verify", "--config", str(config)]
    done = subprocess.run(argv, capture_output=True, text=True, cwd=ROOT, timeout=600, check=False)
    output = (done.stdout + done.stderr).strip()
    log_path.write_text(output + "\n", encoding="utf-8")
    return done.returncode, output


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--rate", type=float, default=0.0, help="requests per second; 0 = calibrate")
    parser.add_argument("--headroom", type=float, default=0.9,
                        help="first probe, as a fraction of saturated throughput")
    parser.add_argument("--p99-limit-ms", type=float, default=250.0, help="a probe above this is not sustained")
    parser.add_argument("--margin", type=float, default=0.85, help="soak at this fraction of the probed rate")
    parser.add_argument("--calibrate-seconds", type=float, default=10.0)
    parser.add_argument("--inspection", choices=("on", "off"), default="on")
    parser.add_argument("--size-kb", type=float, default=1.0)
    parser.add_argument("--report-every", type=float, default=30.0)
    parser.add_argument("--warmup", type=float, default=10.0, help="seconds before windows are reported")
    parser.add_argument("--max-inflight", type=int, default=256)
    parser.add_argument("--rss-growth-limit-mib", type=float, default=25.0)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    out: Path = args.out / "soak-run"
    out.mkdir(parents=True, exist_ok=True)
    prompt = out / "prompt.txt"
    prompt.write_text(make_prompt(int(args.size_kb * 1024)), encoding="utf-8")
    name = f"guanqia-{args.inspection}"
    started_at = time.time()
    print(f"bench/soak: {platform.node()} {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f}; "
          f"{args.minutes:g} min, inspection {args.inspection}, {args.size_kb:g} KB prompts", flush=True)

    vendor = targets.start_vendor(out, 16, 0.0)
    target = targets.start_guanqia(out, name, vendor, inspection=args.inspection == "on")
    assert target.service is not None and target.config_path is not None
    windows: list[dict[str, Any]] = []
    summary: dict[str, Any] = {}
    calibration: dict[str, float] = {}
    try:
        rate = args.rate
        if not rate:
            mix, calibration = calibrate(target, prompt, args.calibrate_seconds)
            probed = sustained_rate(target, prompt, max(1.0, round(mix * args.headroom)), args.p99_limit_ms)
            rate = max(1.0, round(probed * args.margin))
            calibration["probed_rate"] = probed
            calibration["soak_rate"] = rate
            print(f"  soak rate: {rate:.0f} req/s ({rate / mix:.0%} of the {mix:.0f} req/s saturated 50/50 mix)",
                  flush=True)
        rss_start = stats.sample(target.service.pid).rss_bytes
        gen = subprocess.Popen(
            loadgen_argv(target, prompt, "--rate", str(rate), "--duration", str(args.minutes * 60),
                         "--warmup", str(args.warmup), "--report-every", str(args.report_every),
                         "--max-inflight", str(args.max_inflight)),
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
        print(f"\n{'t (s)':>6} {'req/s':>7} {'p50 ms':>7} {'p99 ms':>7} {'errors':>6} {'shed':>5} {'RSS MiB':>8}",
              flush=True)
        t0 = time.monotonic()
        assert gen.stdout is not None
        for line in gen.stdout:
            data = json.loads(line)
            if "summary" in data:
                summary = data["summary"]
                continue
            w = data["window"]
            w["t_s"] = time.monotonic() - t0
            w["rss_bytes"] = stats.sample(target.service.pid).rss_bytes
            windows.append(w)
            print(f"{w['t_s']:>6.0f} {w['rps']:>7.0f} {w['lat_p50_ms']:>7.1f} {w['lat_p99_ms']:>7.1f} "
                  f"{w['errors']:>6} {w['shed']:>5} {w['rss_bytes'] / 2**20:>8.1f}", flush=True)
        gen.wait(timeout=120)
        if gen.returncode != 0:
            assert gen.stderr is not None
            raise RuntimeError(f"load generator failed: {gen.stderr.read()[-800:]}")
        peak = stats.sample(target.service.pid).peak_rss_bytes
        cpu = stats.sample(target.service.pid).cpu_s
    finally:
        procs.stop(target.service, grace=30)
        procs.stop(vendor)

    print(f"\ntotal: {summary.get('requests', 0)} requests in {summary.get('elapsed_s', 0):.0f} s "
          f"({summary.get('rps', 0):.0f} req/s), p50 {summary.get('lat_p50_ms', math.nan):.1f} ms, "
          f"p99 {summary.get('lat_p99_ms', math.nan):.1f} ms, peak RSS {peak / 2**20:.1f} MiB, "
          f"proxy CPU {cpu:.0f} s")
    verdicts: list[tuple[str, bool, str]] = []
    errors = int(summary.get("errors", 0))
    verdicts.append(("zero errors", errors == 0, f"{errors} {summary.get('error_kinds', {})}"))
    shed = int(summary.get("shed", 0))
    verdicts.append(("rate sustained (nothing shed)", shed == 0, f"{shed} starts shed"))
    if len(windows) >= 2:
        first, last = windows[0]["rss_bytes"], windows[-1]["rss_bytes"]
        growth = (last - first) / 2**20
        verdicts.append((f"RSS growth <= {args.rss_growth_limit_mib:g} MiB", growth <= args.rss_growth_limit_mib,
                         (f"{first / 2**20:.1f} -> {last / 2**20:.1f} MiB ({growth:+.1f} MiB after warm-up; "
                          f"{rss_start / 2**20:.1f} MiB before load)")))
    else:
        verdicts.append(("RSS growth measured", False, "fewer than two report windows: run longer"))
    status, output = verify_audit(target.config_path, out / "audit-verify.txt")
    verdicts.append(("guanqia audit verify", status == 0, f"exit {status}: {output.splitlines()[-1] if output else ''}"))
    print("\n== verdict")
    for label, ok, detail in verdicts:
        print(f"{'PASS' if ok else 'FAIL'}  {label:<32} {detail}")
    print(f"\naudit verify output:\n{output}")

    report = {"started_at": started_at, "finished_at": time.time(), "host": platform.node(),
              "cpus": os.cpu_count(), "load_average_end": os.getloadavg(), "args": vars(args) | {"out": str(args.out)},
              "calibration_rps": calibration, "windows": windows, "summary": summary, "peak_rss_bytes": peak,
              "cpu_seconds": cpu, "audit_verify": {"exit": status, "output": output},
              "verdicts": [{"check": c, "ok": ok, "detail": d} for c, ok, d in verdicts]}
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime(started_at))
    text = json.dumps(report, indent=1, default=str).replace("NaN", "null")
    (args.out / f"soak-{stamp}.json").write_text(text, encoding="utf-8")
    (args.out / "soak-latest.json").write_text(text, encoding="utf-8")
    print(f"results: {args.out / f'soak-{stamp}.json'}")
    return 0 if all(ok for _, ok, _ in verdicts) else 1


if __name__ == "__main__":
    sys.exit(main())

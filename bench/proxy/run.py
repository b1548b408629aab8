"""Proxy overhead benchmark: direct vs bare aiohttp vs Guanqia (inspection off / on) vs LiteLLM, one run.

    .venv/bin/python bench/proxy/run.py            # full matrix, about 12 minutes
    .venv/bin/python bench/proxy/run.py --quick    # about a minute: concurrency 1 and 16, 1 KB prompts

Every target talks to the same fake OpenAI-compatible vendor (its own process). For each cell of the
matrix (streamed or not x prompt size x concurrency) the targets are measured back to back, so that
drift in the machine's background load hits them alike. The load generator is its own process per
cell. Figures printed per target: throughput and its ratio to the bare aiohttp pass-through, p50/p99
latency and what the proxy adds to the direct call, streaming time to first byte added, CPU time of
the proxy per request (its whole process tree, which holds Guanqia's audit writer child, and its root
process alone), the load average per cell, and at the end each proxy's peak RSS. Results are also written as JSON under
bench/out/. The issue's targets for Guanqia with inspection off are checked and printed as PASS/MISS.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import shutil
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.common import procs, profile, stats, targets
from bench.common.prompts import make_prompt
from bench.common.targets import Target

OUT = ROOT / "bench" / "out"
ALL_TARGETS = ("direct", "bare-aiohttp", "guanqia-off", "guanqia-on", "litellm")
# Diagnostic targets, only when named in --targets: where does inspection-off latency go?
EXTRA_TARGETS = ("guanqia-off-nosync", "guanqia-off-journal", "guanqia-off-crash", "guanqia-off-child")
"""guanqia-off-nosync: audit on SQLite with synchronous=NORMAL (WAL, no fsync per commit): the same work
without waiting for the disk, which isolates the durability cost from the proxy's CPU cost.
guanqia-off-journal: audit with `journal: true` (records made durable in the audit journal, the store
commits behind it; docs/audit.md).
guanqia-off-crash: the journal with `durability: process-crash` (an answer waits for its record's write
into the journal, the fsync follows within `fsync_interval_ms`): what the durable-before-answer rule costs.
guanqia-off-child: the audit log in serve's writer child process (`writer_process: true`) instead of the
proxy's own process: the same work spread over two cores, so the two-process trade is measured in one run."""
# The targets for Guanqia with inspection off.
TARGET_ADDED_P50_MS = 1.0
TARGET_THROUGHPUT_RATIO = 0.70
TARGET_TTFB_ADDED_MS = 2.0


@dataclass(frozen=True)
class Cell:
    stream: bool
    size: int
    concurrency: int

    @property
    def label(self) -> str:
        kind = "streamed" if self.stream else "not streamed"
        return f"{kind}, {self.size // 1024} KB prompt, concurrency {self.concurrency}"


@dataclass
class Measurement:
    target: str
    cell: Cell
    result: dict[str, Any]
    cpu_s: float = math.nan
    cpu_ms_per_req: float = math.nan
    """The whole process tree (Guanqia: the proxy and its audit writer child)."""
    own_cpu_ms_per_req: float = math.nan
    """The target's own process only (Guanqia: the proxy's event loop, without the writer child)."""
    load: float = math.nan
    """1-minute load average when the measurement ended."""
    vendor_cpu_ms_per_req: float = math.nan
    derived: dict[str, float] = field(default_factory=dict)
    rounds: list[dict[str, float]] = field(default_factory=list)
    """Per round (--rounds > 1): its req/s and CPU ms per request, before the medians were taken."""


def run_cell(target: Target, cell: Cell, prompt_file: Path, vendor: procs.Service, warmup: float,
             duration: float) -> Measurement:
    argv = [str(procs.PYTHON), "-m", "bench.common.loadgen", "--url", target.chat_url, "--key", target.key,
            "--model", targets.MODEL, "--prompt-file", str(prompt_file), "--concurrency", str(cell.concurrency),
            "--warmup", str(warmup), "--duration", str(duration)] + (["--stream"] if cell.stream else [])
    before = stats.sample(target.service.pid) if target.service else None
    vendor_before = stats.sample(vendor.pid)
    done = subprocess.run(argv, capture_output=True, text=True, cwd=ROOT, timeout=warmup + duration + 120, check=False)
    after = stats.sample(target.service.pid) if target.service else None
    vendor_after = stats.sample(vendor.pid)
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"load generator failed for {target.name} ({cell.label}): {done.stderr[-800:]}")
    result = json.loads(lines[-1])["summary"]
    m = Measurement(target.name, cell, result)
    completed = max(int(result["completed_all"]), 1)
    m.vendor_cpu_ms_per_req = (vendor_after.cpu_s - vendor_before.cpu_s) / completed * 1e3
    if before and after:
        m.cpu_s = after.cpu_s - before.cpu_s
        m.cpu_ms_per_req = m.cpu_s / completed * 1e3
        m.own_cpu_ms_per_req = (after.own_cpu_s - before.own_cpu_s) / completed * 1e3
    m.load = os.getloadavg()[0]
    return m


_SUMMED = frozenset({"requests", "errors", "shed", "completed_all"})


def _median(values: list[Any]) -> float:
    finite = sorted(v for v in values if isinstance(v, (int, float)) and math.isfinite(v))
    if not finite:
        return math.nan
    mid = len(finite) // 2
    return finite[mid] if len(finite) % 2 else (finite[mid - 1] + finite[mid]) / 2


def combine(runs: list[Measurement]) -> Measurement:
    """One measurement from several rounds of a target in a cell: the median of every figure (counts
    summed), so a round in which other jobs took the CPUs does not decide the cell on a shared machine."""
    if len(runs) == 1:
        return runs[0]
    first = runs[0]
    result: dict[str, Any] = {}
    for key, value in first.result.items():
        values = [r.result.get(key) for r in runs]
        if key in _SUMMED:
            result[key] = sum(int(v or 0) for v in values)
        elif key == "error_kinds":
            kinds: dict[str, int] = {}
            for v in values:
                for kind, n in (v or {}).items():
                    kinds[kind] = kinds.get(kind, 0) + n
            result[key] = kinds
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            result[key] = _median(values)
        else:
            result[key] = value
    m = Measurement(first.target, first.cell, result)
    m.cpu_s = sum(r.cpu_s for r in runs)
    m.cpu_ms_per_req = _median([r.cpu_ms_per_req for r in runs])
    m.own_cpu_ms_per_req = _median([r.own_cpu_ms_per_req for r in runs])
    m.load = _median([r.load for r in runs])
    m.vendor_cpu_ms_per_req = _median([r.vendor_cpu_ms_per_req for r in runs])
    m.rounds = [{"rps": r.result["rps"], "cpu_ms_per_req": r.cpu_ms_per_req,
                 "own_cpu_ms_per_req": r.own_cpu_ms_per_req, "load": r.load} for r in runs]
    return m


def derive(cell_results: dict[str, Measurement]) -> None:
    """Added latency vs direct and throughput ratio vs the bare pass-through, per target."""
    base = cell_results.get("direct")
    bare = cell_results.get("bare-aiohttp")
    for m in cell_results.values():
        r = m.result
        if base:
            b = base.result
            m.derived["added_p50_ms"] = r["lat_p50_ms"] - b["lat_p50_ms"]
            m.derived["added_p99_ms"] = r["lat_p99_ms"] - b["lat_p99_ms"]
            if m.cell.stream:
                m.derived["added_ttfb_p50_ms"] = r["ttfb_p50_ms"] - b["ttfb_p50_ms"]
        if bare and bare.result["rps"] > 0:
            m.derived["throughput_vs_bare"] = r["rps"] / bare.result["rps"]


def fmt(value: float, digits: int = 2) -> str:
    return "-" if value is None or (isinstance(value, float) and math.isnan(value)) else f"{value:.{digits}f}"


def print_cell(cell: Cell, cell_results: dict[str, Measurement]) -> None:
    loads = [m.load for m in cell_results.values()]
    print(f"\n== {cell.label} (load average {_median(loads):.2f}; CPU ms/req: whole process tree, "
          f"and its root process alone)")
    w = max([13, *(len(name) for name in cell_results)])
    head = (f"{'target':<{w}} {'req/s':>8} {'x bare':>7} {'p50 ms':>8} {'+p50':>7} {'p99 ms':>8} {'+p99':>7} "
            f"{'+TTFB':>7} {'CPU ms/req':>10} {'root only':>9} {'errors':>6}")
    print(head)
    for name, m in cell_results.items():
        r, d = m.result, m.derived
        print(f"{name:<{w}} {r['rps']:>8.0f} {fmt(d.get('throughput_vs_bare', math.nan)):>7} "
              f"{fmt(r['lat_p50_ms']):>8} {fmt(d.get('added_p50_ms', math.nan)):>7} {fmt(r['lat_p99_ms']):>8} "
              f"{fmt(d.get('added_p99_ms', math.nan)):>7} {fmt(d.get('added_ttfb_p50_ms', math.nan)):>7} "
              f"{fmt(m.cpu_ms_per_req, 3):>10} {fmt(m.own_cpu_ms_per_req, 3):>9} {r['errors']:>6}")
    sys.stdout.flush()


def check_targets(results: list[Measurement]) -> list[dict[str, Any]]:
    """The issue's three targets for inspection off, judged cell by cell.

    Latency and TTFB are judged at concurrency 1, where they measure the proxy's own work; at higher
    concurrency they measure queueing on a 2-core machine that also runs the load generator and the vendor.
    Throughput is judged at every concurrency.
    """
    checks = []
    for m in results:
        if m.target != "guanqia-off":
            continue
        d = m.derived
        if m.cell.concurrency == 1:
            checks.append({"check": "added p50 <= 1 ms", "cell": m.cell.label, "value": d.get("added_p50_ms"),
                           "ok": d.get("added_p50_ms", math.inf) <= TARGET_ADDED_P50_MS})
            if m.cell.stream:
                checks.append({"check": "TTFB added <= 2 ms", "cell": m.cell.label,
                               "value": d.get("added_ttfb_p50_ms"),
                               "ok": d.get("added_ttfb_p50_ms", math.inf) <= TARGET_TTFB_ADDED_MS})
        if "throughput_vs_bare" in d:
            checks.append({"check": "throughput >= 70% of bare", "cell": m.cell.label,
                           "value": d["throughput_vs_bare"],
                           "ok": d["throughput_vs_bare"] >= TARGET_THROUGHPUT_RATIO})
    return checks


def start_guanqia_tree(out: Path, name: str, vendor: procs.Service, tree: Path) -> Target:
    """Guanqia with inspection off served from another source tree (an export of an older commit), so a
    change is measured against its own before in the same run: `--tree before=/tmp/gq-before`."""
    port = procs.free_port()
    data_dir = out / "data" / name
    shutil.rmtree(data_dir, ignore_errors=True)
    config = out / "config" / f"{name}.yaml"
    key = targets.guanqia_config(config, port, vendor.base_url, data_dir, inspection=False)
    # -P: the tree on PYTHONPATH, not the working directory, provides proxy/, audit/, policies/, detectors/.
    svc = procs.start(name, [str(procs.PYTHON), "-P", "-m", "proxy", "serve", "--config", str(config),
                             "--log-level", "WARNING"],
                      f"http://127.0.0.1:{port}", "/healthz", out / "logs" / f"{name}.log",
                      env={"BENCH_VENDOR_KEY": "sk-vendor-bench", "PYTHONPATH": str(tree.resolve())})
    return Target(name, svc.base_url + "/v1/chat/completions", key, svc, config)


def start_targets(out: Path, vendor: procs.Service, wanted: list[str],
                  trees: dict[str, Path] | None = None) -> tuple[list[Target], dict[str, str]]:
    started: list[Target] = []
    skipped: dict[str, str] = {}
    launchers = {
        "direct": lambda: targets.direct(vendor),
        "bare-aiohttp": lambda: targets.start_passthrough(out, vendor),
        "guanqia-off": lambda: targets.start_guanqia(out, "guanqia-off", vendor, inspection=False),
        "guanqia-on": lambda: targets.start_guanqia(out, "guanqia-on", vendor, inspection=True),
        "litellm": lambda: targets.start_litellm(out, vendor),
        "guanqia-off-nosync": lambda: targets.start_guanqia(out, "guanqia-off-nosync", vendor, inspection=False,
                                                            audit={"sqlite_synchronous": "NORMAL"}),
        "guanqia-off-journal": lambda: targets.start_guanqia(out, "guanqia-off-journal", vendor, inspection=False,
                                                             audit={"journal": True}),
        "guanqia-off-crash": lambda: targets.start_guanqia(out, "guanqia-off-crash", vendor, inspection=False,
                                                           audit={"journal": True, "durability": "process-crash"}),
        "guanqia-off-child": lambda: targets.start_guanqia(out, "guanqia-off-child", vendor, inspection=False,
                                                           audit={"writer_process": True}),
    }
    for name, tree in (trees or {}).items():
        launchers[name] = lambda name=name, tree=tree: start_guanqia_tree(out, name, vendor, tree)
    for name in [*wanted, *(trees or {})]:
        t0 = time.monotonic()
        try:
            started.append(launchers[name]())
            print(f"  started {name} in {time.monotonic() - t0:.1f} s", flush=True)
        except procs.StartError as error:
            skipped[name] = str(error)
            print(f"  SKIPPED {name}: {error}", flush=True)
    return started, skipped


def _finite(value: Any) -> Any:
    """NaN (a figure that does not apply, e.g. TTFB of a plain answer) becomes null: strict JSON."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_finite(v) for v in value]
    return value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="about one minute: concurrency 1 and 16, 1 KB")
    parser.add_argument("--targets", default=",".join(ALL_TARGETS), help="comma-separated subset of "
                        + ", ".join(ALL_TARGETS + EXTRA_TARGETS))
    parser.add_argument("--concurrency", default="1,16,64")
    parser.add_argument("--sizes-kb", default="1,64")
    parser.add_argument("--modes", default="plain,stream",
                        help="comma-separated subset of plain, stream (default: both)")
    parser.add_argument("--duration", type=float, default=8.0, help="measured seconds per target and cell")
    parser.add_argument("--warmup", type=float, default=1.5)
    parser.add_argument("--chunks", type=int, default=16, help="SSE content events per streamed answer")
    parser.add_argument("--chunk-delay", type=float, default=0.0)
    parser.add_argument("--check", action="store_true", help="exit 1 when an inspection-off target is missed")
    parser.add_argument("--profile", default="", help="comma-separated targets to sample with py-spy during "
                        "the run (their figures then include the sampler's small overhead)")
    parser.add_argument("--rounds", type=int, default=1, help="measure every target this many times per cell, "
                        "interleaved, and report the medians (steadier figures on a shared machine)")
    parser.add_argument("--tree", action="append", default=[], metavar="NAME=PATH",
                        help="also measure Guanqia (inspection off) served from the source tree PATH, as target "
                        "NAME; repeatable (before/after comparisons in one run)")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    if args.rounds < 1:
        parser.error("--rounds must be at least 1")
    trees: dict[str, Path] = {}
    for spec in args.tree:
        name, sep, path = spec.partition("=")
        if not sep or not name or not (Path(path) / "proxy" / "__main__.py").exists():
            parser.error(f"--tree wants NAME=PATH of a source tree with proxy/: {spec!r}")
        trees[name] = Path(path)
    if args.quick:
        args.concurrency, args.sizes_kb, args.duration, args.warmup = "1,16", "1", 1.5, 0.5
    wanted = [t.strip() for t in args.targets.split(",") if t.strip()]
    unknown = set(wanted) - set(ALL_TARGETS) - set(EXTRA_TARGETS)
    if unknown:
        parser.error(f"unknown target(s): {', '.join(sorted(unknown))}")
    concurrencies = [int(c) for c in args.concurrency.split(",")]
    sizes = [int(float(s) * 1024) for s in args.sizes_kb.split(",")]
    modes = [m.strip() == "stream" for m in args.modes.split(",")]
    out: Path = args.out / "proxy-run"
    out.mkdir(parents=True, exist_ok=True)

    started_at = time.time()
    print(f"bench/proxy: {platform.node()} {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f}, "
          f"Python {platform.python_version()}", flush=True)
    vendor = targets.start_vendor(out, args.chunks, args.chunk_delay)
    started, skipped = start_targets(out, vendor, wanted, trees)
    prompt_files: dict[int, Path] = {}
    for size in sizes:
        prompt_files[size] = out / f"prompt-{size // 1024}k.txt"
        prompt_files[size].write_text(make_prompt(size), encoding="utf-8")

    recordings: dict[str, profile.Recording] = {}
    for target in started:
        if target.name in args.profile.split(",") and target.service:
            recordings[target.name] = profile.record(target.service.pid, out / f"profile-{target.name}.txt")
    results: list[Measurement] = []
    try:
        for stream in modes:
            for size in sizes:
                for conc in concurrencies:
                    cell = Cell(stream, size, conc)
                    runs: dict[str, list[Measurement]] = {target.name: [] for target in started}
                    for _ in range(args.rounds):   # rounds interleave the targets, like the targets a cell
                        for target in started:
                            if target.service and not target.service.alive():
                                raise RuntimeError(f"{target.name} died:\n{procs.tail(target.service.log_path)}")
                            runs[target.name].append(run_cell(target, cell, prompt_files[size], vendor,
                                                              args.warmup, args.duration))
                    cell_results = {name: combine(measured) for name, measured in runs.items()}
                    derive(cell_results)
                    print_cell(cell, cell_results)
                    results.extend(cell_results.values())
        peaks = {t.name: stats.sample(t.service.pid).peak_rss_bytes for t in started if t.service}
        cpu_total = {t.name: stats.sample(t.service.pid).cpu_s for t in started if t.service}
        profiles = {name: profile.summarize(rec.stop()) for name, rec in recordings.items()}
    finally:
        for rec in recordings.values():
            rec.stop()
        for target in started:
            if target.service:
                procs.stop(target.service)
        procs.stop(vendor)

    print("\n== peak RSS (kernel high-water mark, whole process tree)")
    for name, peak in peaks.items():
        print(f"{name:<20} {peak / 2**20:8.1f} MiB")
    checks = check_targets(results)
    if checks:
        print("\n== targets, Guanqia with inspection off")
        for c in checks:
            print(f"{'PASS' if c['ok'] else 'MISS'}  {c['check']:<28} {fmt(c['value']):>6}  ({c['cell']})")
    for name, reason in skipped.items():
        print(f"\n{name} was not measured: {reason}")
    for name, summary in profiles.items():
        print("\n" + profile.format_summary(name, summary))
    errors = {m.target: m.result["errors"] for m in results if m.result["errors"]}
    if errors:
        print(f"\nERRORS during the run (the figures of those targets are not valid): {errors}")

    report = {
        "started_at": started_at, "finished_at": time.time(), "host": platform.node(), "cpus": os.cpu_count(),
        "load_average_end": os.getloadavg(), "python": platform.python_version(), "args": vars(args) | {"out": str(args.out)},
        "targets": [t.name for t in started], "skipped": skipped,
        "cells": [{"target": m.target, **asdict(m.cell), "result": m.result, "derived": m.derived,
                   "cpu_ms_per_req": m.cpu_ms_per_req, "own_cpu_ms_per_req": m.own_cpu_ms_per_req,
                   "load_average": m.load, "vendor_cpu_ms_per_req": m.vendor_cpu_ms_per_req,
                   "rounds": m.rounds}
                  for m in results],
        "peak_rss_bytes": peaks, "cpu_seconds_total": cpu_total, "checks": checks, "profiles": profiles,
    }
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime(started_at))
    path = args.out / f"proxy-{'quick-' if args.quick else ''}{stamp}.json"
    text = json.dumps(_finite(report), indent=1, default=str, allow_nan=False)
    path.write_text(text, encoding="utf-8")
    (args.out / "proxy-latest.json").write_text(text, encoding="utf-8")
    print(f"\nresults: {path}")
    if errors:
        return 1
    if args.check and not all(c["ok"] for c in checks):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

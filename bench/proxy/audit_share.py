"""What the audit append costs a proxied request: CPU per request with its layers stubbed out, one run.

    .venv/bin/python bench/proxy/audit_share.py                       # plain, concurrency 16, 1 KB
    .venv/bin/python bench/proxy/audit_share.py --stream --concurrency 64 --rounds 5
    .venv/bin/python bench/proxy/audit_share.py --tree /tmp/gq-before # Guanqia from another source tree

Guanqia (inspection off, the bench/proxy config) is started once per stub of bench/proxy/audit_stubs.py
(as served; no SQLite transaction; no writer; no audit record at all) against one fake vendor; every
round measures each of them in turn with the same closed-loop load, and the medians are printed. The
differences between neighbouring rows are the costs of the layers: SQLite work, the writer and its
thread hand-offs, building the record. The stubbed proxies answer without durable records: this is a
measurement, not a configuration. Each stub's batch size (records per store commit) is read from its log.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.common import procs, stats, targets  # noqa: E402
from bench.common.prompts import make_prompt  # noqa: E402
from bench.proxy.audit_stubs import STUBS  # noqa: E402

OUT = ROOT / "bench" / "out" / "audit-share"


def start(out: Path, stub: str, vendor: procs.Service, tree: Path) -> targets.Target:
    port = procs.free_port()
    data_dir = out / "data" / stub
    shutil.rmtree(data_dir, ignore_errors=True)
    config = out / "config" / f"{stub}.yaml"
    key = targets.guanqia_config(config, port, vendor.base_url, data_dir, inspection=False)
    launcher = str(ROOT / "bench" / "proxy" / "audit_stubs.py")
    svc = procs.start(stub, [str(procs.PYTHON), "-P", launcher, "serve", "--config", str(config),
                             "--log-level", "WARNING"],
                      f"http://127.0.0.1:{port}", "/healthz", out / "logs" / f"{stub}.log",
                      env={"BENCH_VENDOR_KEY": "sk-vendor-bench", "PYTHONPATH": str(tree.resolve()),
                           "GUANQIA_AUDIT_STUB": stub})
    return targets.Target(stub, svc.base_url + "/v1/chat/completions", key, svc, config)


def measure(target: targets.Target, prompt: Path, args: argparse.Namespace) -> tuple[float, float]:
    """(CPU ms per request of the proxy, requests per second) for one closed-loop run."""
    assert target.service is not None
    argv = [str(procs.PYTHON), "-m", "bench.common.loadgen", "--url", target.chat_url, "--key", target.key,
            "--model", targets.MODEL, "--prompt-file", str(prompt), "--concurrency", str(args.concurrency),
            "--warmup", str(args.warmup), "--duration", str(args.duration)]
    argv += ["--stream"] if args.stream else []
    before = stats.sample(target.service.pid)
    done = subprocess.run(argv, capture_output=True, text=True, cwd=ROOT, check=False,
                          timeout=args.warmup + args.duration + 120)
    after = stats.sample(target.service.pid)
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"load generator failed for {target.name}: {done.stderr[-800:]}")
    summary = json.loads(lines[-1])["summary"]
    if summary["errors"]:
        raise RuntimeError(f"{target.name}: {summary['errors']} errors ({summary['error_kinds']})")
    return (after.cpu_s - before.cpu_s) / max(int(summary["completed_all"]), 1) * 1e3, float(summary["rps"])


def batch_size(log: Path) -> float:
    for line in reversed(log.read_text(errors="replace").splitlines()):
        if line.startswith("audit-writer batches="):
            batches, appended = (int(part.split("=")[1]) for part in line.split()[1:3])
            return appended / batches if batches else float("nan")
    return float("nan")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tree", type=Path, default=ROOT, help="source tree to serve Guanqia from")
    parser.add_argument("--stubs", default=",".join(STUBS),
                        help="comma-separated subset of " + ", ".join(STUBS))
    parser.add_argument("--stream", action="store_true")
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--size-kb", type=float, default=1.0)
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--duration", type=float, default=4.0)
    parser.add_argument("--warmup", type=float, default=1.0)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    stubs = [s.strip() for s in args.stubs.split(",") if s.strip()]
    if set(stubs) - set(STUBS):
        parser.error(f"unknown stub(s): {', '.join(sorted(set(stubs) - set(STUBS)))}")
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    prompt = out / "prompt.txt"
    prompt.write_text(make_prompt(int(args.size_kb * 1024)), encoding="utf-8")
    vendor = targets.start_vendor(out, 16, 0.0)
    started: list[targets.Target] = []
    results: dict[str, list[tuple[float, float]]] = {}
    try:
        for stub in stubs:
            started.append(start(out, stub, vendor, args.tree))
        for _ in range(args.rounds):
            for target in started:
                results.setdefault(target.name, []).append(measure(target, prompt, args))
    finally:
        for target in started:
            if target.service is not None:
                procs.stop(target.service)
        procs.stop(vendor)
    load = os.getloadavg()[0]
    print(f"audit share: {'streamed' if args.stream else 'plain'}, concurrency {args.concurrency}, "
          f"{args.size_kb:g} KB, {args.rounds} rounds x {args.duration:g} s, tree {args.tree}, "
          f"load average {load:.1f}")
    print(f"{'stub':<10} {'CPU ms/req':>10} {'rounds':<34} {'req/s':>7} {'batch':>6}")
    medians: dict[str, float] = {}
    for name, runs in results.items():
        cpu = [c for c, _ in runs]
        medians[name] = statistics.median(cpu)
        batch = batch_size(out / "logs" / f"{name}.log") if name in ("none", "no-sql") else float("nan")
        print(f"{name:<10} {medians[name]:>10.3f} {' '.join(f'{c:.3f}' for c in cpu):<34} "
              f"{statistics.median(r for _, r in runs):>7.0f} {batch:>6.1f}")
    if "none" in medians and "no-audit" in medians:
        share = medians["none"] - medians["no-audit"]
        print(f"audit append: {share:.3f} ms of {medians['none']:.3f} ms per request "
              f"({share / medians['none'] * 100:.0f} %)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

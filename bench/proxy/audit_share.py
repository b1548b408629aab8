"""What the audit append costs a proxied request: CPU per request with its layers stubbed out, one run.

    .venv/bin/python bench/proxy/audit_share.py                       # plain, concurrency 16, 1 KB
    .venv/bin/python bench/proxy/audit_share.py --stream --concurrency 64 --rounds 5
    .venv/bin/python bench/proxy/audit_share.py --tree /tmp/gq-before # Guanqia from another source tree
    .venv/bin/python bench/proxy/audit_share.py --stubs no-audit,none --bare \
        --tree before=/tmp/gq-before --tree after=/tmp/gq-after  # a change, stub by stub, in one run

Guanqia (inspection off, the bench/proxy config) is started once per stub of bench/proxy/audit_stubs.py
(as served; no SQLite transaction; no writer; no audit record at all) against one fake vendor; every
round measures each of them in turn with the same closed-loop load, and the medians are printed. The
differences between neighbouring rows are the costs of the layers: SQLite work, the writer and its
thread hand-offs, building the record. The stubbed proxies answer without durable records: this is a
measurement, not a configuration. Each stub's batch size (records per store commit) is read from its log.

With several `--tree NAME=PATH`, every stub runs from every tree, interleaved in each round, and the
change of each tree against the first is printed per stub as the median of the per-round ratios (the
same round's load hits both): `no-audit` isolates the proxy's own request path from the audit disk.
`--bare` adds the bare aiohttp pass-through (bench/common/passthrough.py) to every round as a yardstick,
and each row's req/s against it in the same round ("x bare", median of the rounds). CPU per request is
the whole process tree's (serve's audit writer child included); "root" is the proxy process alone.
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


def start(out: Path, stub: str, vendor: procs.Service, tree: Path, name: str = "") -> targets.Target:
    """Guanqia from `tree` with `stub` applied, as target `name` (default: the stub's name)."""
    name = name or stub
    port = procs.free_port()
    data_dir = out / "data" / name
    shutil.rmtree(data_dir, ignore_errors=True)
    config = out / "config" / f"{name}.yaml"
    key = targets.guanqia_config(config, port, vendor.base_url, data_dir, inspection=False)
    launcher = str(ROOT / "bench" / "proxy" / "audit_stubs.py")
    svc = procs.start(name, [str(procs.PYTHON), "-P", launcher, "serve", "--config", str(config),
                             "--log-level", "WARNING"],
                      f"http://127.0.0.1:{port}", "/healthz", out / "logs" / f"{name}.log",
                      env={"BENCH_VENDOR_KEY": "sk-vendor-bench", "PYTHONPATH": str(tree.resolve()),
                           "GUANQIA_AUDIT_STUB": stub})
    return targets.Target(name, svc.base_url + "/v1/chat/completions", key, svc, config)


def parse_trees(specs: list[str]) -> dict[str, Path]:
    """`--tree` values, `PATH` or `NAME=PATH`, as names to source trees (default: this checkout)."""
    trees: dict[str, Path] = {}
    for spec in specs:
        name, sep, path = spec.partition("=")
        if not sep:
            name, path = "", spec
        tree = Path(path)
        if not (tree / "proxy" / "__main__.py").exists():
            raise SystemExit(f"--tree wants a source tree with proxy/: {spec!r}")
        trees[name or f"tree{len(trees) + 1}"] = tree
    return trees or {"": ROOT}


def measure(target: targets.Target, prompt: Path, args: argparse.Namespace) -> tuple[float, float, float]:
    """(CPU ms per request of the whole process tree, requests per second, CPU ms per request of the root
    process alone) for one closed-loop run: Guanqia's audit writer child is in the first, not the last."""
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
    n = max(int(summary["completed_all"]), 1)
    own = (after.own_cpu_s - before.own_cpu_s) / n * 1e3
    return (after.cpu_s - before.cpu_s) / n * 1e3, float(summary["rps"]), own


def batch_size(log: Path) -> float:
    for line in reversed(log.read_text(errors="replace").splitlines()):
        if line.startswith("audit-writer batches="):
            batches, appended = (int(part.split("=")[1]) for part in line.split()[1:3])
            return appended / batches if batches else float("nan")
    return float("nan")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tree", action="append", default=[], metavar="[NAME=]PATH",
                        help="source tree to serve Guanqia from (default: this checkout); repeatable")
    parser.add_argument("--bare", action="store_true", help="also measure the bare aiohttp pass-through")
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
    trees = parse_trees(args.tree)
    load_start = os.getloadavg()[0]
    vendor = targets.start_vendor(out, 16, 0.0)
    started: list[targets.Target] = []
    results: dict[str, list[tuple[float, float, float]]] = {}
    try:
        if args.bare:
            started.append(targets.start_passthrough(out, vendor))
        for tree_name, tree in trees.items():
            for stub in stubs:
                started.append(start(out, stub, vendor, tree, f"{tree_name}-{stub}" if tree_name else stub))
        for _ in range(args.rounds):
            for target in started:
                results.setdefault(target.name, []).append(measure(target, prompt, args))
    finally:
        for target in started:
            if target.service is not None:
                procs.stop(target.service)
        procs.stop(vendor)
    load = os.getloadavg()[0]
    where = ", ".join(f"{n + ' = ' if n else ''}{t}" for n, t in trees.items())
    print(f"audit share: {'streamed' if args.stream else 'plain'}, concurrency {args.concurrency}, "
          f"{args.size_kb:g} KB, {args.rounds} rounds x {args.duration:g} s, tree {where}, "
          f"load average {load_start:.1f} at the start, {load:.1f} at the end")
    w = max([10, *(len(name) for name in results)])
    print("CPU ms/req: the whole process tree (proxy + audit writer child); root: the proxy process alone")
    print(f"{'stub':<{w}} {'CPU ms/req':>10} {'rounds':<34} {'root':>6} {'req/s':>7} {'x bare':>6} "
          f"{'batch':>6}")
    medians: dict[str, float] = {}
    bare = results.get("bare-aiohttp")
    for name, runs in results.items():
        cpu = [c for c, _, _ in runs]
        medians[name] = statistics.median(cpu)
        batch = batch_size(out / "logs" / f"{name}.log") if name.endswith(("none", "no-sql")) else float("nan")
        # per round against the bare pass-through measured in the same round, then the median
        vs_bare = statistics.median(r[1] / b[1] for r, b in zip(runs, bare)) if bare else float("nan")
        root = statistics.median(o for _, _, o in runs)
        print(f"{name:<{w}} {medians[name]:>10.3f} {' '.join(f'{c:.3f}' for c in cpu):<34} {root:>6.3f} "
              f"{statistics.median(r for _, r, _ in runs):>7.0f} {vs_bare:>6.2f} {batch:>6.1f}")
    for tree_name in trees:
        prefix = f"{tree_name}-" if tree_name else ""
        if f"{prefix}none" in medians and f"{prefix}no-audit" in medians:
            share = medians[f"{prefix}none"] - medians[f"{prefix}no-audit"]
            print(f"audit append{' (' + tree_name + ')' if tree_name else ''}: {share:.3f} ms of "
                  f"{medians[prefix + 'none']:.3f} ms per request ({share / medians[prefix + 'none'] * 100:.0f} %)")
    first, *others = trees
    for other in others:
        for stub in stubs:
            a, b = results[f"{first}-{stub}"], results[f"{other}-{stub}"]
            cpu_ratio = statistics.median(y[0] / x[0] for x, y in zip(a, b))
            rps_ratio = statistics.median(y[1] / x[1] for x, y in zip(a, b))
            print(f"{other} vs {first}, {stub}: CPU per request x{cpu_ratio:.3f}, req/s x{rps_ratio:.3f} "
                  f"(medians of {len(a)} per-round ratios)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Instructions per scan, counted by callgrind: an A/B of detector trees that machine load cannot move.

    .venv/bin/python bench/detect/instructions.py --tree before=/tmp/gq-base --tree after=. [--text 64k]

Why: the machine is shared, and CPU time per scan moves by +-20 % between rounds of the same tree; callgrind's
instruction count does not. Each tree's `detectors` package is imported in a child process under
`valgrind --tool=callgrind` that builds the default scanner, scans the text twice to warm up, then scans it
`--small` and (in a second child) `--large` more times; the difference of the two totals over the difference
in scans is the instructions of one scan, start-up cancelled out. The collector is off during the measured
scans (as in bench/detect/run.py's timings): whether a full collection of the loaded word lists falls between
the two counts depends on how much each tree allocates, and one such collection moved the 64 KB figure by 8 %.
Texts are bench/detect/run.py's: `2k` (the prompt), `64k` (mixed), `dense` (eval test documents to 64 KB).
Needs valgrind (~50x slower than native); the children of one tree run in parallel.
"""

from __future__ import annotations

import argparse
import gc
import os
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")
TEXTS = ("2k", "64k", "dense")


def make_text(name: str) -> str:
    """The named bench text (see module docstring)."""
    sys.path.insert(0, str(HERE))
    from run import dense_text, mixed_text
    if name == "2k":
        return mixed_text(2048)
    if name == "64k":
        return mixed_text(64 * 1024, seed=64 * 1024)
    return dense_text(64 * 1024)


def child(tree: Path, text_name: str, scans: int) -> None:
    """The measured process: import `tree`'s detectors, warm up, then `scans` scans."""
    text = make_text(text_name)
    sys.path.insert(0, str(tree))
    import detectors
    scanner = detectors.default_scanner()
    for _ in range(2):
        scanner.scan(text)
    gc.collect()
    gc.disable()  # a full collection (~55 M instructions with the word lists loaded) lands in one child or not
    for _ in range(scans):
        scanner.scan(text)


def count(tree: Path, text_name: str, scans: int, out: Path) -> int:
    """Instructions (callgrind's I refs) of one child run."""
    argv = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable, "-P", __file__,
            "--child", str(tree), "--text", text_name, "--scans", str(scans)]
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    done = subprocess.run(argv, capture_output=True, text=True, env=env, cwd=str(tree))
    m = _REFS.search(done.stderr)
    if done.returncode != 0 or m is None:
        raise SystemExit(f"callgrind run failed ({tree}, {scans}): {done.stderr[-600:]}")
    return int(m.group(1).replace(",", ""))


def per_scan(tree: Path, text_name: str, small: int, large: int, outdir: Path) -> float:
    """Instructions of one scan: the difference of a `large` and a `small` run over the scans between."""
    with ThreadPoolExecutor(2) as pool:
        a = pool.submit(count, tree, text_name, small, outdir / f"{tree.name}-{text_name}-{small}.out")
        b = pool.submit(count, tree, text_name, large, outdir / f"{tree.name}-{text_name}-{large}.out")
        return (b.result() - a.result()) / (large - small)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--scans", type=int, default=0, help=argparse.SUPPRESS)
    ap.add_argument("--tree", action="append", default=[], help="label=path of a checkout (repeatable)")
    ap.add_argument("--text", action="append", choices=TEXTS, help="bench text(s) to scan (default: 64k)")
    ap.add_argument("--small", type=int, default=1, help="measured scans in the first child")
    ap.add_argument("--large", type=int, default=4, help="measured scans in the second child")
    args = ap.parse_args()
    if args.child is not None:
        child(args.child, (args.text or ["64k"])[0], args.scans)
        return 0
    trees = [(label, Path(path).resolve()) for label, _, path in (t.partition("=") for t in args.tree)]
    if not trees:
        raise SystemExit("give at least one --tree label=path")
    outdir = Path(tempfile.mkdtemp(prefix="gq-detect-callgrind-"))
    for text_name in args.text or ["64k"]:
        first: float | None = None
        for label, tree in trees:
            n = per_scan(tree, text_name, args.small, args.large, outdir)
            rel = "" if first is None else f"  {n / first:6.3f}x of {trees[0][0]}"
            first = n if first is None else first
            print(f"{text_name:6} {label:12} {n / 1e6:10.2f} M instructions per scan{rel}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

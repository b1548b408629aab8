"""Detection speed of two checkouts side by side: this one against a baseline, interleaved in one process.

    git worktree add /tmp/gq-base <commit>          # or any other checkout of the repo
    .venv/bin/python bench/detect/ab.py /tmp/gq-base [--quick]

Why: the machine is shared and its speed drifts by 2x within minutes (another job's load, a busy sibling
core), so two runs of bench/detect/run.py minutes apart cannot tell a 20 % change from noise. Here the
baseline's `detectors` package is loaded under another name (a copy with its imports rewritten, in a temporary
directory) and every repetition scans the same text with the baseline, then with this checkout, on one core;
the ratio of the medians is what changed. Prints CPU milliseconds per scan and MB/s for the texts of
run.py (2 KB, 64 KB, 1 MB) and for the eval corpus's test documents joined to 64 KB (dense: a name, address or
number in every line), then the PERSON / ORG / ADDRESS recognizers on their own at 64 KB.
"""

from __future__ import annotations

import argparse
import gc
import os
import re
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from importlib import import_module
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from run import dense_text, mixed_text  # noqa: E402

ALIAS = "detectors_baseline"


def load_baseline(checkout: Path, into: Path) -> object:
    """The baseline checkout's `detectors` package, importable as ALIAS (a rewritten copy under `into`)."""
    src = checkout / "detectors"
    if not (src / "__init__.py").is_file():
        raise SystemExit(f"{checkout}: no detectors package there")
    dst = into / ALIAS
    shutil.copytree(src, dst, ignore=shutil.ignore_patterns("__pycache__"))
    imports = re.compile(r"\b(from|import) detectors\b")
    dotted = re.compile(r"([\"'])detectors\.")
    for py in dst.rglob("*.py"):
        code = py.read_text(encoding="utf-8")
        py.write_text(dotted.sub(rf"\1{ALIAS}.", imports.sub(rf"\1 {ALIAS}", code)), encoding="utf-8")
    sys.path.insert(0, str(into))
    return import_module(ALIAS)


def cpu_medians(a: Callable[[str], object], b: Callable[[str], object], text: str, reps: int) -> tuple[float, float]:
    """Median CPU seconds of `a` and of `b` on `text`, alternating a, b, a, b ... after one warm-up each.

    An untimed full collection before every timed call: with both trees loaded a full pass costs 45-65 ms and comes
    about every fourth 1 MB scan, and with strict alternation it kept landing on the same side (up to 13 % of
    apparent difference between identical detectors)."""
    a(text)
    b(text)
    ta: list[float] = []
    tb: list[float] = []
    for _ in range(reps):
        gc.collect()
        t0 = time.process_time()
        a(text)
        ta.append(time.process_time() - t0)
        gc.collect()
        t0 = time.process_time()
        b(text)
        tb.append(time.process_time() - t0)
    return statistics.median(ta), statistics.median(tb)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("baseline", type=Path, help="another checkout of the repository (e.g. a git worktree)")
    ap.add_argument("--quick", action="store_true", help="fewer repetitions")
    args = ap.parse_args()
    try:
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    except (AttributeError, OSError):
        pass
    import detectors

    with tempfile.TemporaryDirectory() as tmp:
        base = load_baseline(args.baseline.resolve(), Path(tmp))
        old, new = base.default_scanner(), detectors.default_scanner()  # type: ignore[attr-defined]
        texts = {
            "2 KB prompt": mixed_text(2048),
            "64 KB": mixed_text(64 * 1024, seed=64 * 1024),
            "1 MB": mixed_text(1024 * 1024, seed=1024 * 1024),
            "64 KB dense (eval test docs)": dense_text(64 * 1024),
        }
        scale = 0.2 if args.quick else 1.0
        print(f"baseline {args.baseline}, this checkout {ROOT}; CPU time, median of alternating runs, one core")
        print(f"{'text':30} {'baseline ms':>12} {'this ms':>10} {'MB/s before':>12} {'after':>7} {'speed-up':>9}")
        for label, text in texts.items():
            mb = len(text.encode()) / 1e6
            reps = max(3, int(scale * (300 if mb < 0.01 else 21 if mb < 0.3 else 5)))
            ta, tb = cpu_medians(old.scan, new.scan, text, reps)
            print(f"{label:30} {ta * 1e3:12.3f} {tb * 1e3:10.3f} {mb / ta:12.2f} {mb / tb:7.2f} {ta / tb:8.2f}x")
        print("\nrecognizers on their own, 64 KB (CPU ms)")
        for label in ("64 KB", "64 KB dense (eval test docs)"):
            text = texts[label]
            for mod, fn in (("names", "find_names"), ("org", "find_orgs"), ("address", "find_addresses")):
                a = getattr(import_module(f"{ALIAS}.recognizers.{mod}"), fn)
                b = getattr(import_module(f"detectors.recognizers.{mod}"), fn)
                ta, tb = cpu_medians(a, b, text, max(3, int(scale * 21)))
                print(f"  {label:30} {fn:15} {ta * 1e3:8.3f} -> {tb * 1e3:8.3f}  {ta / tb:5.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

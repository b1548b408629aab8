"""Instructions per SQLite audit commit (`SqliteStore._append`), counted by callgrind: an A/B of source trees.

    .venv/bin/python bench/proxy/commit_instructions.py --tree base=/tmp/gq-base --tree after=. --batch 5

The commit is what the store's thread runs for every group-commit batch while holding the GIL for its Python
parts (head read, frontier, completed nodes, rows, head write). Wall-clock and CPU time of it move by ±30 %
on the shared VM; the instruction count does not. Each tree runs twice under `valgrind --tool=callgrind`
with the same prefill (300 commits) and `--small` / `--large` measured commits of `--batch` synthetic
records (synchronous=NORMAL: the fsync is a system call, not user instructions); the difference of the totals
over the difference in commits is one commit, start-up cancelled out. The record bodies are built before
the measured commits but inside the difference, so compare trees with the same batch, not absolute shares.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def child(commits: int, batch: int) -> None:
    """The measured process: prefill, then `commits` commits of `batch` records each."""
    from audit.merkle import leaf_hash
    from audit.sqlite import SqliteStore
    from audit.store import Leaf

    def leaves(first: int) -> list[Leaf]:
        out = []
        for n in range(first, first + batch):
            body = b'{"request_id":"req-%08d","tenant":"bench","x":"%s"}' % (n, b"a" * 500)
            out.append(Leaf(body, leaf_hash(body), f"2026-11-30T21:{n // 60_000_000 % 60:02d}:00.{n % 1_000_000:06d}Z",
                            "bench", "echo-cn", "cn-mainland", "allow", "", f"req-{n:08d}", "", ""))
        return out

    with tempfile.TemporaryDirectory() as tmp:
        store = SqliteStore(Path(tmp) / "audit.db", synchronous="NORMAL")
        store._connect()
        for k in range(300):
            store._append(leaves(k * batch))
        base = 300 * batch
        batches = [leaves(base + k * batch) for k in range(commits)]
        for one in batches:
            store._append(one)
        store.db.close()


def count(tree: Path, commits: int, batch: int) -> int:
    with tempfile.NamedTemporaryFile(suffix=".out") as out:
        run = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out.name}", sys.executable,
                              "-P", str(Path(__file__).resolve()), "--child", str(commits), "--batch", str(batch)],
                             capture_output=True, text=True, env={"PYTHONPATH": str(tree.resolve()), "PATH": "/usr/bin:/bin"},
                             check=True)
    found = _REFS.search(run.stderr)
    if found is None:
        raise SystemExit(f"no instruction count from callgrind: {run.stderr[-500:]}")
    return int(found.group(1).replace(",", ""))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tree", action="append", default=[], metavar="NAME=PATH", help="repeatable")
    parser.add_argument("--batch", type=int, default=5, help="records per commit")
    parser.add_argument("--small", type=int, default=50)
    parser.add_argument("--large", type=int, default=250)
    parser.add_argument("--child", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.batch)
        return 0
    trees = [(t.split("=", 1) if "=" in t else (t, t)) for t in (args.tree or [f"now={ROOT}"])]
    jobs = [(name, Path(path), n) for name, path in trees for n in (args.small, args.large)]
    with ThreadPoolExecutor(2) as pool:
        counts = list(pool.map(lambda job: count(job[1], job[2], args.batch), jobs))
    first = None
    for i, (name, _) in enumerate(trees):
        per = (counts[2 * i + 1] - counts[2 * i]) / (args.large - args.small)
        first = per if first is None else first
        print(f"{name:10} {per:12,.0f} instructions / commit of {args.batch}  ({per / args.batch:,.0f} / record)"
              f"  x{per / first:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

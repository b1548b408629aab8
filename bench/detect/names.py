"""Speed of the PERSON / ADDRESS / ORG recognizers beside jieba's POS tagger on the same text.

    .venv/bin/python bench/detect/names.py [--quick]

The baseline is what a tagger-based design would pay before recognising anything: jieba.posseg
over the whole text (its nr / ns / nt tags are what such a design would use). Printed side by side
in one run: p50 / p99 for a 2 KB prompt, and throughput in MB/s (UTF-8 bytes) on 64 KB, 256 KB and
1 MB documents, with time per MB at 1 MB over time per MB at 64 KB as a linearity check. The text
is synthetic (``bench/detect/synth_zh.py``: Faker zh_CN / zh_TW / en_US, fixed seed) with names,
addresses, organisations and hard negatives at prompt-like density. Not a test: figures only.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from synth_zh import generate

from detectors.recognizers.address import AddressRecognizer
from detectors.recognizers.names import PersonRecognizer
from detectors.recognizers.org import OrgRecognizer


def corpus(n_bytes: int, seed: int = 11) -> str:
    """Concatenated synthetic documents of at least ``n_bytes`` UTF-8 bytes."""
    parts: list[str] = []
    size = 0
    batch = 0
    while size < n_bytes:
        for d in generate(200, seed + batch):
            parts.append(d.text)
            size += len(d.text.encode())
            if size >= n_bytes:
                break
        batch += 1
    return "".join(parts)


def prompt_2kb(seed: int = 3) -> str:
    text = corpus(2048, seed)
    while len(text.encode()) > 2048:
        text = text[:-1]
    return text


def ours() -> Callable[[str], int]:
    recs = (PersonRecognizer(), AddressRecognizer(), OrgRecognizer())
    for r in recs:
        r.load()

    def run(text: str) -> int:
        return sum(len(r.analyze(text, [])) for r in recs)

    return run


def jieba_posseg() -> Callable[[str], int]:
    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)
    jieba.initialize()

    def run(text: str) -> int:
        return sum(1 for p in jieba.posseg.cut(text) if p.flag in ("nr", "ns", "nt"))

    return run


def latency(fn: Callable[[str], int], text: str, n: int) -> tuple[float, float]:
    samples = []
    for _ in range(n):
        t0 = time.perf_counter()
        fn(text)
        samples.append(time.perf_counter() - t0)
    samples.sort()
    return statistics.median(samples) * 1000, samples[int(0.99 * (len(samples) - 1))] * 1000


def throughput(fn: Callable[[str], int], text: str, repeat: int) -> tuple[float, float]:
    """Best (wall clock, CPU time of this process) throughput in MB/s; the machine may be shared."""
    wall = cpu = float("inf")
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        fn(text)
        wall = min(wall, time.perf_counter() - t0)
        cpu = min(cpu, time.process_time() - c0)
    size = len(text.encode())
    return size / wall / 1e6, size / max(cpu, 1e-9) / 1e6


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="fewer repetitions and no 1 MB document")
    args = ap.parse_args()
    mine, base = ours(), jieba_posseg()
    small = prompt_2kb()
    n = 50 if args.quick else 300
    mine(small), base(small)
    p50, p99 = latency(mine, small, n)
    b50, b99 = latency(base, small, max(10, n // 10))
    print(f"2 KB prompt ({len(small)} chars): recognizers p50 {p50:.3f} ms p99 {p99:.3f} ms | "
          f"jieba.posseg p50 {b50:.3f} ms p99 {b99:.3f} ms | x{b50 / p50:.1f}")
    sizes = [64 * 1024, 256 * 1024] + ([] if args.quick else [1024 * 1024])
    per_mb: dict[int, float] = {}
    for size in sizes:
        text = corpus(size)
        ours_mbs, ours_cpu = throughput(mine, text, 2 if args.quick else 3)
        base_mbs, base_cpu = throughput(base, text, 1)
        per_mb[size] = 1 / ours_cpu
        print(f"{size // 1024:>5} KB: recognizers {ours_mbs:6.2f} MB/s [CPU {ours_cpu:6.2f}] | "
              f"jieba.posseg {base_mbs:5.2f} MB/s [CPU {base_cpu:5.2f}] | x{ours_cpu / base_cpu:.1f} (CPU)")
    if len(per_mb) > 1:
        first, last = per_mb[sizes[0]], per_mb[sizes[-1]]
        print(f"linearity (CPU): time per MB at {sizes[-1] // 1024} KB / at {sizes[0] // 1024} KB = {last / first:.2f}")


if __name__ == "__main__":
    main()

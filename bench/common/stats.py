"""Latency summaries and process measurements (CPU time, peak RSS) shared by the benchmark scripts."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import psutil


def percentile(sorted_values: list[float], p: float) -> float:
    """Nearest-rank percentile of an already sorted list; NaN when empty (so a missing figure is visible)."""
    if not sorted_values:
        return math.nan
    rank = max(1, math.ceil(p / 100 * len(sorted_values)))
    return sorted_values[min(rank, len(sorted_values)) - 1]


def summarize(latencies_s: list[float], prefix: str) -> dict[str, float]:
    values = sorted(latencies_s)
    return {f"{prefix}_p50_ms": percentile(values, 50) * 1e3, f"{prefix}_p99_ms": percentile(values, 99) * 1e3,
            f"{prefix}_mean_ms": (sum(values) / len(values) * 1e3) if values else math.nan}


@dataclass(frozen=True)
class ProcSample:
    cpu_s: float
    """User + system CPU seconds of the process and all its descendants (LiteLLM forks workers)."""
    own_cpu_s: float
    """User + system CPU seconds of the process alone (Guanqia's proxy without its audit writer child)."""
    rss_bytes: int
    """Current resident set size of the process tree."""
    peak_rss_bytes: int
    """Sum of the kernel's per-process high-water marks (VmHWM) over the tree."""


def _tree(pid: int) -> list[psutil.Process]:
    root = psutil.Process(pid)
    try:
        return [root, *root.children(recursive=True)]
    except psutil.Error:
        return [root]


def _vm_hwm(pid: int) -> int:
    """Peak RSS from /proc: the kernel tracks it, so no sampling can miss a short spike."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def sample(pid: int) -> ProcSample:
    cpu, own, rss, peak = 0.0, 0.0, 0, 0
    for proc in _tree(pid):
        try:
            times = proc.cpu_times()
            cpu += times.user + times.system
            if proc.pid == pid:
                own = times.user + times.system
            rss += proc.memory_info().rss
            peak += _vm_hwm(proc.pid)
        except psutil.Error:
            continue
    return ProcSample(cpu, own, rss, peak)

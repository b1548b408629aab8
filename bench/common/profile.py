"""Sampling profiles of a running proxy with py-spy, summarised as where the CPU time goes.

Only samples of the thread holding the GIL are kept (`--gil`): idle waits and C code that released the
GIL (socket writes, SQLite I/O in the audit thread) do not count, so shares are of Python CPU time.

py-spy attaches to the process by pid (no code change, no restart) and writes collapsed stacks
("frame;frame;frame count" per line). The summary names each function as `file:function` and ranks
them by self time (samples where the function itself was on top) and inclusive time (anywhere on the
stack), so a regression points at a line of code rather than at "the proxy is slow".

py-spy is not a project dependency; install it where the benchmark can find it:
    python3 -m venv bench/out/tools-venv && bench/out/tools-venv/bin/pip install py-spy
"""

from __future__ import annotations

import re
import shutil
import signal
import subprocess
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TOOLS_PY_SPY = ROOT / "bench" / "out" / "tools-venv" / "bin" / "py-spy"
_FRAME = re.compile(r"^(?P<func>.*?) \((?P<file>[^()]*?)(?::(?P<line>\d+))?\)$")


def py_spy() -> str | None:
    if TOOLS_PY_SPY.exists():
        return str(TOOLS_PY_SPY)
    return shutil.which("py-spy")


@dataclass
class Recording:
    proc: subprocess.Popen[bytes]
    out: Path

    def stop(self) -> Path:
        """SIGINT makes py-spy write its file and exit."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        return self.out


def record(pid: int, out: Path, rate: int = 250) -> Recording:
    exe = py_spy()
    if exe is None:
        raise RuntimeError("py-spy not found; " + __doc__.split("install it where the benchmark can find it:")[1].strip())
    out.parent.mkdir(parents=True, exist_ok=True)
    log = open(out.with_suffix(".log"), "wb")  # noqa: SIM115 - py-spy writes to it until stopped
    proc = subprocess.Popen([exe, "record", "--pid", str(pid), "--rate", str(rate), "--format", "raw", "--gil",
                             "--output", str(out)], stdout=log, stderr=subprocess.STDOUT)
    return Recording(proc, out)


def _name(frame: str) -> str:
    m = _FRAME.match(frame.strip())
    if not m:
        return frame.strip()
    file = m.group("file")
    for marker in ("/site-packages/", "/lib/python3.11/"):
        if marker in file:
            file = file.split(marker, 1)[1]
            break
    else:
        try:
            file = str(Path(file).resolve().relative_to(ROOT))
        except ValueError:
            pass
    return f"{file}:{m.group('func')}"


def summarize(collapsed: Path, top: int = 25) -> dict[str, list[tuple[str, float]]]:
    """Top functions by self and inclusive share of all samples, and the share spent per top-level package."""
    self_t: Counter[str] = Counter()
    incl: Counter[str] = Counter()
    ours: Counter[str] = Counter()
    total = 0
    for line in collapsed.read_text(encoding="utf-8", errors="replace").splitlines():
        stack, _, count_s = line.rpartition(" ")
        if not stack or not count_s.isdigit():
            continue
        count = int(count_s)
        frames = [_name(f) for f in stack.split(";") if f and not f.startswith("process ") and
                  not f.startswith("thread ")]
        if not frames:
            continue
        total += count
        self_t[frames[-1]] += count
        for name in set(frames):
            incl[name] += count
        for name in reversed(frames):  # innermost frame of our own code: who asked for the time
            if name.split("/", 1)[0] in ("proxy", "policies", "detectors", "audit"):
                ours[name] += count
                break
        else:
            ours["(outside guanqia code: event loop, aiohttp internals)"] += count
    if not total:
        return {"self": [], "inclusive": [], "innermost_own": []}

    def share(c: Counter[str]) -> list[tuple[str, float]]:
        return [(name, n / total) for name, n in c.most_common(top)]

    return {"self": share(self_t), "inclusive": share(incl), "innermost_own": share(ours),
            "samples": [("total", float(total))]}


def format_summary(name: str, summary: dict[str, list[tuple[str, float]]]) -> str:
    lines = [f"== profile of {name} (py-spy, share of samples)"]
    for title, key in (("innermost Guanqia frame (who asked for the time)", "innermost_own"),
                       ("self time", "self"), ("inclusive time", "inclusive")):
        lines.append(f"-- {title}")
        lines += [f"  {share * 100:5.1f}%  {fn}" for fn, share in summary.get(key, [])]
    return "\n".join(lines)

"""Worst-case scan cost: every recognizer on crafted input at growing sizes, in CPU time.

    .venv/bin/python bench/detect/worst_case.py [--quick] [--only org,address] [--inputs '区局,路1号']
    .venv/bin/python bench/detect/worst_case.py --base /tmp/gq-base [--sizes 1M] [--reps 5] ...   # A/B, same run

Why: every prompt is scanned inline and a client chooses the text, so a pattern or a walk whose cost grows
faster than the text (a suffix repeated a million times, a separator run a regex backtracks over) is a
denial-of-service lever. Each crafted input repeats one recognizer's trigger words, suffixes or separators
(or mixes them at random) up to 64 KB / 256 KB / 1 MB (UTF-8 bytes); each recognizer, the normalization and
the whole scan are timed on it. A row is flagged ``SUPERLINEAR`` when time(1 MB) / time(256 KB) > 5 (4x the
text, so ~4 is linear) and ``SLOW`` when under 1 MB/s. With ``--base`` the baseline checkout's detectors
(loaded under another name, see ab.py) run on the same text right before this checkout's: before -> after in
one run.
A size is skipped (``-``) once the previous size took over ``--budget`` seconds: its growth is already known.
"""
from __future__ import annotations

import argparse
import gc
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

SIZES = {"16K": 16 * 1024, "64K": 64 * 1024, "256K": 256 * 1024, "1M": 1024 * 1024}

# name -> the unit repeated (or a callable giving the text for a size in bytes)
UNITS: dict[str, str] = {
    "区": "区", "局": "局", "区局": "区局", "路": "路", "号": "号", "路1号": "路1号", "路1号楼": "路1号楼",
    "和区有限公司": "和区有限公司", "有限公司": "有限公司", "大厦": "大厦", "省市区县": "省市区县", "村": "村",
    "镇村": "镇村", "银行": "银行", "分行": "分行", "医院": "医院", "株式会社": "株式会社", "店）": "店）",
    "先生女士总": "先生女士总", "张": "张", "张伟": "张伟", "姓名：": "姓名：", "@": "@", "a@": "a@", "://": "://",
    "=": "=", "a=": "a=", "密码": "密码", "密码：": "密码：", "password": "password ", "1-": "1-", "1 ": "1 ",
    "1.": "1.", "digits": "1", "1号": "1号", "a": "a", "A": "A", "-": "-", "\\": "\\", "/": "/", ".": ".",
    "base64": "QUJDREVGR0g=", "Ab ": "Ab ", "Co. ": "Co. ", "Bank of ": "Bank of ",
    "No. 1 Road, ": "No. 1 Road, ",
    "spaced": "a b c ", "zero-width": "\u200b", "zw-digits": "1\u200b", "brackets": "（(", "brackets2": "[{<",
    "quotes": "\"'", "newline": "\n", "tab": "\t", "全角": "１２３ａｂｃ", "BEGIN": "-----BEGIN ",
    "eyJ": "eyJ.", "key=": "key=", "sk-": "sk-", "def ": "def ", "{;": "{;", "机密": "机密",
    "http://": "http://a",
    # as many anchors as the density cap examines, then a walk's length of name characters: its worst case
    "银行x8+甲x16": "银行" * 8 + "甲" * 16, "甲乙市局": "甲乙市局", "路1号x8+甲x32": "路1号" * 8 + "甲" * 32,
    "甲乙路1号": "甲乙路1号", "省1号": "北京市海淀区某路1号",
    # anchors spaced so that each is crowded but none is padding: every walk crosses the most anchors it may
    "1号甲乙": "1号甲乙", "银行甲乙": "银行甲乙", "平安保险公司": "平安保险公司",
    # padding written to hide the value after it (each must still be found: tests/detectors/test_crowd_padding.py)
    "1号x20+地址": "1号" * 20 + "北京市朝阳区八里庄路19号", "银行x20+机构": "银行" * 20 + "深圳市腾云信息技术有限公司",
    # findings of two scores, one after the other: the overlap resolution's worst order
    "phone+email": "13812345678 a@b.cn ", "name+phone": "张伟，13812345678，",
}


def _random_mix(seed: int) -> Callable[[int], str]:
    tokens = [u for u in UNITS.values() if u not in ("\u200b",)]

    def make(size: int) -> str:
        rng = random.Random(seed)
        parts: list[str] = []
        n = 0
        while n < size:
            tok = rng.choice(tokens) * rng.randint(1, 6)
            parts.append(tok)
            n += len(tok.encode())
        return "".join(parts)
    return make


def _no_spaces(size: int) -> str:
    rng = random.Random(11)
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"
    return "".join(rng.choice(alphabet) for _ in range(size))


def _name_then_weak(size: int) -> str:
    """One organisation name, then 局 after filler: the public-body precheck once searched back to the name."""
    head, unit = "华为技术有限公司", "局甲甲甲"
    return head + unit * max(1, (size - len(head.encode())) // len(unit.encode()))


GENERATED: dict[str, Callable[[int], str]] = {
    "mix-1": _random_mix(1), "mix-2": _random_mix(2), "mix-3": _random_mix(3), "long-line": _no_spaces,
    "名+局甲甲甲": _name_then_weak,
}


def crafted(name: str, size: int) -> str:
    """The input ``name`` at ``size`` UTF-8 bytes (whole repetitions of its unit, at least one)."""
    if name in GENERATED:
        return GENERATED[name](size)
    unit = UNITS[name]
    return unit * max(1, size // len(unit.encode()))


def targets(pkg: object) -> dict[str, Callable[[str], object]]:
    """Label -> callable(text): the normalization, each recognizer and the whole scan of package ``pkg``."""
    from importlib import import_module

    name = pkg.__name__  # type: ignore[attr-defined]
    scanner = pkg.default_scanner()  # type: ignore[attr-defined]
    normalize = import_module(f"{name}.normalize").normalize
    base = import_module(f"{name}.recognizers.base")
    run_other = import_module(f"{name}.scanner").Scanner._run_other
    out: dict[str, Callable[[str], object]] = {"normalize": normalize}
    for rec in scanner.recognizers:
        label = str(getattr(rec, "name", type(rec).__name__))
        if isinstance(rec, base.ViewRecognizer):
            out[label] = (lambda r: lambda view: r.match_view(view))(rec)
        else:
            out[label] = (lambda r: lambda view: run_other(r, view))(rec)
    out["scan"] = scanner.scan
    return out


def _cpu(fn: Callable[[Any], object], arg: object) -> float:
    t0 = time.process_time()
    fn(arg)
    return time.process_time() - t0


def _cpu_median(fn: Callable[[Any], object], arg: object, reps: int) -> float:
    """Median CPU seconds of ``reps`` calls, each after an untimed full collection (see ab.py's cpu_medians: a
    collection landing inside one side's call is most of the noise between identical trees)."""
    times = []
    for _ in range(max(1, reps)):
        gc.collect()
        times.append(_cpu(fn, arg))
    return statistics.median(times)


def main(argv: Iterable[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="16K / 64K / 256K, flag on time(256K) / time(64K)")
    ap.add_argument("--sizes", default="", help="comma-separated from 16K,64K,256K,1M")
    ap.add_argument("--only", default="", help="recognizer labels, comma-separated (scan, zh_org ...)")
    ap.add_argument("--inputs", default="", help="comma-separated input names (default: all)")
    ap.add_argument("--base", type=Path, help="a baseline checkout: its detectors run before this one's")
    ap.add_argument("--budget", type=float, default=6.0, help="skip the next size after a run this long (s)")
    ap.add_argument("--all-rows", action="store_true", help="every row, not only flagged or > 0.05 s ones")
    ap.add_argument("--reps", type=int, default=1, help="time each call this many times, print the median")
    args = ap.parse_args(list(argv) if argv is not None else None)
    try:
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    except (AttributeError, OSError):
        pass
    sizes = [s for s in (args.sizes.split(",") if args.sizes else
                         (["16K", "64K", "256K"] if args.quick else ["64K", "256K", "1M"]))]
    names = args.inputs.split(",") if args.inputs else [*UNITS, *GENERATED]
    only = set(args.only.split(",")) if args.only else None

    import detectors
    from detectors.normalize import normalize

    with tempfile.TemporaryDirectory() as tmp:
        sides: list[tuple[str, dict[str, Callable[[str], object]]]] = []
        if args.base is not None:
            from ab import load_baseline
            sides.append(("before", targets(load_baseline(args.base.resolve(), Path(tmp)))))
        sides.append(("after" if args.base is not None else "this", targets(detectors)))
        labels = [k for k in sides[-1][1] if only is None or k in only]
        hdr = "  ".join(f"{s:>8}" for s in sizes)
        print(f"CPU seconds per call (one core); MB/s at the largest size; flag at time({sizes[-1]}) / "
              f"time({sizes[-2]}) > 5 or < 1 MB/s")
        print(f"{'input':14} {'recognizer':20} {'side':6} {hdr}  {'MB/s':>8}  flags")
        flagged = 0
        for name in names:
            texts = {s: crafted(name, SIZES[s]) for s in sizes}
            views = {s: normalize(t) for s, t in texts.items()}
            for label in labels:
                for side, fns in sides:
                    fn = fns.get(label)
                    if fn is None:
                        continue
                    base_side = args.base is not None and side == "before"
                    times: list[float | None] = []
                    for s in sizes:
                        if times and times[-1] is not None and times[-1] > args.budget:
                            times.append(None)
                            continue
                        arg: object = texts[s] if label in ("normalize", "scan") else (
                            views[s] if not base_side else _base_view(fns, texts[s]))
                        times.append(_cpu_median(fn, arg, args.reps))
                    flags = _flags(times, [len(texts[s].encode()) for s in sizes])
                    done = [(t, s) for t, s in zip(times, sizes) if t is not None]
                    mbs = len(texts[done[-1][1]].encode()) / 1e6 / max(done[-1][0], 1e-9)
                    if flags:
                        flagged += 1
                    if flags or args.all_rows or max(t for t, _ in done) > 0.05 or args.base is not None:
                        cells = "  ".join(f"{t:8.3f}" if t is not None else f"{'-':>8}" for t in times)
                        print(f"{name!r:14} {label:20} {side:6} {cells}  {mbs:8.2f}  {' '.join(flags)}",
                              flush=True)
        print(f"{flagged} flagged rows")
    return 0


def _base_view(fns: dict[str, Callable[[str], object]], text: str) -> object:
    """The baseline's own view of ``text`` (its recognizers take its View type)."""
    return fns["normalize"](text)


def _flags(times: list[float | None], sizes: list[int]) -> list[str]:
    flags: list[str] = []
    done = [(t, b) for t, b in zip(times, sizes) if t is not None]
    if len(done) < len(times):
        flags.append("SLOW")  # a size skipped over the budget
    if len(done) >= 2:
        (t0, b0), (t1, b1) = done[-2], done[-1]
        if t1 > 0.02 and t1 / max(t0, 1e-6) > 1.25 * b1 / b0:
            flags.append(f"SUPERLINEAR({t1 / max(t0, 1e-6):.1f}x)")
    t, b = done[-1]
    if "SLOW" not in flags and b / 1e6 / max(t, 1e-9) < 1.0:
        flags.append("SLOW")
    return flags


if __name__ == "__main__":
    raise SystemExit(main())

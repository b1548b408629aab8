"""Precision on real source code: scan `.py` files that hold no secrets and count credential / identifier findings.

    python -m bench.eval.code_negatives                          # the default package set, counts per MB
    python -m bench.eval.code_negatives --show 40                # also list findings (type, detector, file:line)
    python -m bench.eval.code_negatives --roots /usr/lib/python3.11/email --json

Library code is a good negative corpus: it is full of `password=`, `token`, `key =`, hex digests, version
strings, IP examples and doc-string samples, but (test fixtures aside) holds no real credential. Every finding
of a type below is a candidate false alarm to judge by hand; the count per MB is the figure to re-measure.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import detectors

ROOT = Path(__file__).resolve().parents[2]
SITE = ROOT / ".venv" / "lib" / f"python{sys.version_info.major}.{sys.version_info.minor}" / "site-packages"
DEFAULT_ROOTS = [SITE / p for p in ("aiohttp", "presidio_analyzer", "cryptography", "stdnum", "anthropic/lib",
                                    "openai/lib", "openai/_utils", "faker/providers/internet", "faker/providers/bank")]
DEFAULT_ROOTS += [Path(f"/usr/lib/python3.11/{p}") for p in ("email", "http", "urllib", "ssl.py", "smtplib.py",
                                                             "ftplib.py", "imaplib.py", "poplib.py", "netrc.py",
                                                             "getpass.py", "hashlib.py", "hmac.py", "secrets.py",
                                                             "ipaddress.py", "logging", "sqlite3", "xmlrpc")]
TYPES = ("API_KEY", "PASSWORD", "JWT", "DB_CONNECTION_STRING", "PRIVATE_KEY", "BANK_CARD", "CN_ID_CARD", "CN_PHONE",
         "IP_ADDRESS", "EMAIL")
MAX_FILE = 512 * 1024
"""Larger files (generated tables) are skipped: they say little about hand-written code and dominate the time."""


def py_files(roots: list[Path]) -> list[Path]:
    """Every `.py` file under the roots (a root may be a file), sorted, de-duplicated."""
    out: set[Path] = set()
    for root in roots:
        if root.is_file() and root.suffix == ".py":
            out.add(root)
        elif root.is_dir():
            out.update(p for p in root.rglob("*.py") if p.is_file())
    return sorted(p for p in out if p.stat().st_size <= MAX_FILE)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--roots", nargs="*", type=Path, default=DEFAULT_ROOTS)
    ap.add_argument("--show", type=int, default=0, help="list up to N findings (public library code only)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    files = py_files(args.roots)
    counts: Counter[str] = Counter()
    shown: list[str] = []
    size = 0
    t0 = time.perf_counter()
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        size += len(text.encode("utf-8"))
        for f in detectors.scan(text):
            if f.type not in TYPES:
                continue
            counts[f.type] += 1
            if len(shown) < args.show:
                line = text.count("\n", 0, f.start) + 1
                value = text[f.start:f.end].replace("\n", "\\n")
                shown.append(f"{f.type:<21} {f.detector:<40} {path}:{line}  {value[:70]}")
    secs = time.perf_counter() - t0
    mb = size / 1e6
    result = {"files": len(files), "mb": round(mb, 3), "seconds": round(secs, 1), "total": sum(counts.values()),
              "per_mb": round(sum(counts.values()) / mb, 2) if mb else 0.0,
              "by_type": {t: counts[t] for t in TYPES if counts[t]}}
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print("\n".join(shown))
        print(f"{result['files']} files, {result['mb']} MB, {result['seconds']} s: {result['total']} findings "
              f"({result['per_mb']} per MB)")
        for t in TYPES:
            if counts[t]:
                print(f"  {t:<21} {counts[t]:>5}  {counts[t] / mb:7.2f} per MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

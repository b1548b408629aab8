"""Fuzz the scanner for a fixed wall-clock time and report what broke (nothing, one hopes).

    .venv/bin/python bench/detect/fuzz.py --minutes 10 [--seed N]

Inputs are random mixes of value fragments (phones, IDs, keys, DSNs, base64 blobs), evasion characters
(full-width digits, zero-width, Chinese numerals, \\u escapes, %XX, homoglyphs), lone surrogates, control
characters and CJK text, occasionally mutated by splicing. Invariants checked per input: no exception,
offsets inside the text, findings sorted and non-overlapping, and masking every finding leaves no finding
whose value was masked.
Prints a summary line; exits 1 if any invariant failed (the failing input is written as JSON).
"""

from __future__ import annotations

import argparse
import base64
import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from detectors import scan

FRAGMENTS = [
    "13800138000", "+86 138-0013-8000", "１３８００１３８０００", "一三八〇〇一三八〇〇〇", "11010519491231002X",
    "6222021234567892", "4111 1111 1111 1111", "zhang.wei@example.com", "a＠b．cn", "192.168.1.1", "fe80::1",
    "sk-ant-api03-" + "A" * 90 + "AA", "AKIAIOSFODNN7EXAMPLE", "LTAI4G1vpOwCHohMgljmYy5W", "password=Tr0ub4dor&3",
    "密码：Abc@12345", "postgres://u:p4ss@db.example.com/x", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlc2ln",
    "-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----", "A123456(3)", "A123456789", "粤B·D12345",
    "91350100M000100Y43", "护照 E12345678", "【机密】", "```python\ndef f():\n    return 1\n```", "王小明", "李女士",
    "北京市朝阳区建国路88号3栋1201室", "示例科技有限公司", "\\u0031\\u0033\\u0038", "%31%33%38", "010-65529988",
    "138.1234.5678", "138/1234/5678", "138 1234\n5678", "zh\u0430ng.wei@corp-example.cn",
    "\U0001d7cf\U0001d7d1\U0001d7d6",
    "sk-proj-\u0391m7Xv2Lp9Rt4Wz8Ky3Nb6Hc1Jd5Fg0\u0391eR4t7Yu1Io3Pa", "Москва Αθήνα",
    base64.b64encode("身份证 11010519491231002X".encode()).decode(),
    base64.urlsafe_b64encode(b"OPENAI_API_KEY=sk-proj-Qm7Xv2Lp9Rt4Wz8Ky3Nb6Hc1Jd5Fg0Ae").decode().rstrip("="),
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk",
]


_KEY_RNG = random.Random(5)  # fixed, so a seed replays the same fragments


def _key_material(lines: int) -> str:
    """Base64 lines long enough to be key material (the 4-character block above never yields a found key)."""
    return "\n".join(base64.b64encode(_KEY_RNG.randbytes(48)).decode() for _ in range(lines))


FRAGMENTS += [  # found keys: whole, cut short, mismatched labels, JSON-escaped, lone BEGIN / END lines
    "-----BEGIN PRIVATE KEY-----\n" + _key_material(2) + "\n-----END PRIVATE KEY-----",
    "-----BEGIN RSA PRIVATE KEY-----\n" + _key_material(3),
    "-----BEGIN OPENSSH PRIVATE KEY-----\n" + _key_material(1) + "\n-----END PRIVATE KEY-----",
    "-----BEGIN EC PRIVATE KEY-----\\n" + _key_material(2).replace("\n", "\\n") + "\\n-----END EC PRIVATE KEY-----",
    "-----END PRIVATE KEY-----", "-----BEGIN PRIVATE KEY-----", _key_material(1),
]
NOISE = ["\u200b", "\ufeff", "\u00ad", " ", "-", "\n", "\r\n", "\t", "\x00", "\x07", "\ud800", "\udfff", "😀", "〇",
         "\u0430", "\u0391", "+", "/", "壹", "\\u", "%", "%E5", "\\ud83d", "(", "（", ")", "）", ":", "=", "@", ".",
         "的", "是", "号", "室", "a", "Z", "9"]


def random_text(rng: random.Random) -> str:
    parts: list[str] = []
    for _ in range(rng.randint(0, 30)):
        r = rng.random()
        if r < 0.35:
            frag = rng.choice(FRAGMENTS)
            if rng.random() < 0.3:  # sprinkle evasions inside the fragment
                chars = list(frag)
                for _ in range(rng.randint(1, 3)):
                    chars.insert(rng.randint(0, len(chars)), rng.choice(NOISE))
                frag = "".join(chars)
            parts.append(frag)
        elif r < 0.8:
            parts.append(rng.choice(NOISE) * rng.randint(1, 3))
        else:
            parts.append("".join(chr(rng.randint(0, 0x10FFFF)) for _ in range(rng.randint(1, 8))))
    text = "".join(parts)
    if text and rng.random() < 0.2:  # splice a slice of itself somewhere
        a, b = sorted(rng.sample(range(len(text) + 1), 2)) if len(text) > 1 else (0, len(text))
        pos = rng.randint(0, len(text))
        text = text[:pos] + text[a:b] + text[pos:]
    return text


def check(text: str) -> str | None:
    """The first broken invariant, or None."""
    findings = scan(text)
    last_end = 0
    for f in findings:
        if not 0 <= f.start < f.end <= len(text):
            return f"offsets out of range: {f}"
        if f.start < last_end:
            return f"overlap or unsorted at {f}"
        last_end = f.end
    masked = list(text)
    for f in findings:
        for i in range(f.start, f.end):
            masked[i] = "\u2588"
    again = scan("".join(masked))
    for g in again:
        for f in findings:
            if g.start < f.end and f.start < g.end and g.type == f.type:
                return f"masked value found again: {g}"
    return None


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--minutes", type=float, default=10.0)
    ap.add_argument("--seed", type=int, default=int(time.time()))
    ap.add_argument("--out", default="fuzz-failure.json")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    deadline = time.monotonic() + args.minutes * 60
    n = 0
    chars = 0
    failures = 0
    while time.monotonic() < deadline:
        text = random_text(rng)
        n += 1
        chars += len(text)
        try:
            problem = check(text)
        except Exception as exc:  # any exception is a finding of the fuzzer
            problem = f"exception {type(exc).__name__}: {exc}"
        if problem:
            failures += 1
            if failures <= 20:
                with open(args.out, "a", encoding="utf-8") as f:
                    f.write(json.dumps({"problem": problem, "text": text}, ensure_ascii=True) + "\n")
    print(f"fuzz: seed={args.seed} minutes={args.minutes} inputs={n} chars={chars} failures={failures}")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())

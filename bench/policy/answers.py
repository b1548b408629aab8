"""Cost of `direction: response` rules: CPU to pass one answer through the AnswerGuard, beside the
same answer passed through untouched (no response rules: the guard is never built).

Run: .venv/bin/python bench/policy/answers.py [--n 30] [--size 2048]

Answers are synthetic Chinese/English customer-service text holding an ID number, a phone and a bank
card every ~800 characters (Faker zh_CN, fixed seed). Printed per answer size: ms per answer whole
(non-streamed) and streamed in 4-character deltas (a typical token), and the latency a streamed
channel carries while response rules are in force (the window, in characters).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from faker import Faker

import policies
from detectors import default_scanner
from policies.facts import Destination, Facts
from proxy import answer_guard
from proxy.answer_guard import AnswerGuard

POLICY = Path(policies.__file__).parent / "examples" / "answers-checked.yaml"
CN = Destination("echo-cn", "echo-cn", "cn-mainland", "CN", "cn-mainland")


def answer_text(size: int, seed: int = 11) -> str:
    fake = Faker("zh_CN")
    Faker.seed(seed)
    parts: list[str] = []
    n = 0
    while sum(map(len, parts)) < size:
        parts.append(fake.paragraph(nb_sentences=6))
        if n % 3 == 0:
            parts.append(f"客户身份证 {fake.ssn()}，手机 {fake.phone_number()}，卡号 6222021234567890128。")
        parts.append("Please confirm the order status and reply to the customer by email today. ")
        n += 1
    return "".join(parts)[:size]


_POLICY = policies.load(POLICY)
_SCANNER = default_scanner()
_FACTS = Facts(tenant="payments", endpoint="openai.chat", model="echo-cn", destination=CN, direction="response")


def guard() -> AnswerGuard:
    """A fresh guard per answer, as the proxy builds one per request."""
    return AnswerGuard(None, _SCANNER, _POLICY, _FACTS, lambda t, v: f"{t}:{hash(v) & 0xffff:x}", b"k" * 32)


def timed(fn: object, n: int) -> float:
    runs = []
    for _ in range(n):
        start = time.process_time()
        fn()  # type: ignore[operator]
        runs.append(time.process_time() - start)
    return statistics.median(runs) * 1000


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=30)
    ap.add_argument("--size", type=int, action="append")
    args = ap.parse_args()
    sizes = args.size or [512, 2048, 8192]
    guard().restore("warm up 13812345678")
    print(f"window {answer_guard.WINDOW} chars, step {answer_guard.STEP}, context {answer_guard.CONTEXT}")
    print(f"{'answer':>8} | {'no rules ms':>11} | {'whole ms':>9} | {'streamed ms':>11} | {'µs/char streamed':>16}")
    for size in sizes:
        text = answer_text(size)
        deltas = [text[i:i + 4] for i in range(0, len(text), 4)]

        def plain() -> None:
            "".join(deltas)

        def whole() -> None:
            guard().restore(text)

        def streamed() -> None:
            s = guard().stream()
            out = [s.feed(d) for d in deltas]
            out.append(s.flush())

        base, w, st = timed(plain, args.n), timed(whole, args.n), timed(streamed, args.n)
        print(f"{size:>8} | {base:>11.3f} | {w:>9.3f} | {st:>11.3f} | {st * 1000 / size:>16.2f}")


if __name__ == "__main__":
    main()

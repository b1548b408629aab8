"""Policy evaluation speed: decide() p50/p99 for a realistic request, beside a trivial baseline.

Run: .venv/bin/python bench/policy/run.py [--n 20000]
Target (issue 4 item 8): decide() p50 <= 20 us after detection (also shown: a policy with a rule in
shadow, which decides twice: once as enforced, once with its shadow rules on). The baseline builds a Decision with one
Treatment per finding and no rule evaluation at all, i.e. the floor of any policy engine with this API.
Also printed, for context: transform.apply() on a ~2 KB prompt with 8 findings (pseudonymize), and
restoring a streamed answer of that size in 20-character deltas, beside a plain str.replace baseline.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import policies
from policies.decision import Action, Decision, Treatment
from policies.facts import Destination, Facts, FindingFact

US = Destination("echo-us", "echo-us", "us", "US", "us")
CN = Destination("echo-cn", "echo-cn", "cn-mainland", "CN", "cn-mainland")
MIX = [("CN_PHONE", "personal"), ("CN_PHONE", "personal"), ("CN_ID_CARD", "sensitive_personal"),
       ("PERSON", "personal"), ("PERSON", "personal"), ("EMAIL", "personal"), ("API_KEY", "credential"),
       ("ADDRESS", "personal")]


def realistic(i: int, dest: Destination) -> Facts:
    """A chat request with 8 findings (two people, contact data, an ID card, a leaked key)."""
    findings = tuple(FindingFact(t, c, n % 3, f"{t}:{i}:{n}") for n, (t, c) in enumerate(MIX))
    return Facts(tenant="payments", endpoint="openai.chat", model="echo-us", destination=dest, findings=findings)


def baseline(facts: Facts, _ref: object = policies.load_builtin().ref) -> Decision:
    keep = Treatment(Action.ALLOW)
    return Decision(Action.ALLOW, "default", _ref, tuple(keep for _ in facts.findings))  # type: ignore[arg-type]


def measure(fn: object, inputs: list[Facts], rounds: int) -> list[float]:
    call = fn  # type: ignore[assignment]
    out: list[float] = []
    clock = time.perf_counter_ns
    for r in range(rounds):
        f = inputs[r % len(inputs)]
        t0 = clock()
        call(f)  # type: ignore[operator]
        out.append((clock() - t0) / 1000)
    return out


def transform_rows(n: int) -> list[tuple[str, list[float]]]:
    from detectors.finding import Finding
    from policies import transform
    values = [("CN_PHONE", "13812345678"), ("PERSON", "张伟"), ("EMAIL", "zhang.wei@example.com"),
              ("CN_PHONE", "13987654321"), ("PERSON", "李娜"), ("CN_LANDLINE", "010-87654321"),
              ("EMAIL", "li.na@example.cn"), ("CN_PHONE", "13812345678")]
    filler = "请根据以下客户信息撰写一封回访邮件，语气正式，说明我们的服务改进。" * 3
    text, findings = "", []
    for kind, value in values:
        text += filler[:60]
        findings.append(Finding(kind, len(text), len(text) + len(value), 1.0, "bench"))
        text += value
    text += filler * 8
    decision = Decision(Action.PSEUDONYMIZE, "p", policies.load_builtin().ref,
                        tuple(Treatment(Action.PSEUDONYMIZE, "placeholder") for _ in findings))
    key = transform.tenant_key(b"bench", "payments")
    out, restorer = transform.apply([text], [findings], decision, key=key)
    assert restorer is not None
    answer = out[0]
    deltas = [answer[i:i + 20] for i in range(0, len(answer), 20)]

    def apply_once(_: object) -> None:
        transform.apply([text], [findings], decision, key=key)

    def restore_stream(_: object) -> None:
        stream = restorer.stream()
        for d in deltas:
            stream.feed(d)
        stream.flush()

    def replace_baseline(_: object) -> None:
        for d in deltas:
            d.replace("[CN_PHONE_x]", "13812345678")

    dummy = [realistic(0, US)]
    return [(f"apply() {len(text)} chars, 8 pseudonyms", measure(apply_once, dummy, n)),
            (f"stream restore {len(answer)} chars/20-char deltas", measure(restore_stream, dummy, n)),
            ("  baseline: str.replace per delta", measure(replace_baseline, dummy, n))]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=20000)
    args = parser.parse_args()
    policy = policies.load_builtin()
    inputs = [realistic(i, US if i % 2 else CN) for i in range(1000)]
    plan_inputs = [[realistic(i, US), realistic(i, CN)] for i in range(1000)]
    for f in inputs[:50]:
        policy.decide(f)   # warm the per-destination context cache, as the first requests do
    shadowed = policies.load(Path(policies.__file__).parent / "examples" / "rule-in-shadow.yaml")
    for f in inputs[:50]:
        shadowed.decide(f)
    rows = [("baseline (no rules)", measure(baseline, inputs, args.n)),
            ("decide() builtin default, 8 findings", measure(policy.decide, inputs, args.n)),
            ("plan() 2 candidates, 8 findings", measure(policy.plan, plan_inputs, args.n)),  # type: ignore[arg-type]
            ("decide() with a shadow: true rule", measure(shadowed.decide, inputs, args.n))]
    text_rows = transform_rows(max(1000, args.n // 10))
    cold = policies.load_builtin()
    first = measure(cold.decide, inputs[:1], 1)[0]
    print(f"policy {policy.ref.id} v{policy.ref.version}; {args.n} calls each; python {sys.version.split()[0]}")
    print(f"{'case':<44} {'p50 us':>8} {'p99 us':>8} {'x baseline':>11}")
    for table in (rows, text_rows):
        base = statistics.median(table[-1 if table is text_rows else 0][1])
        for name, samples in table:
            samples.sort()
            p50, p99 = statistics.median(samples), samples[int(len(samples) * 0.99)]
            print(f"{name:<44} {p50:>8.2f} {p99:>8.2f} {p50 / base:>11.1f}")
    print(f"{'first decide() on a fresh policy (cold)':<44} {first:>8.2f}")
    target = statistics.median(sorted(rows[1][1]))
    print(f"target decide() p50 <= 20 us: {'met' if target <= 20 else 'NOT met'} ({target:.2f} us)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

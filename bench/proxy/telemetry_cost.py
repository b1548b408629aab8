"""What the per-request OpenTelemetry work costs, with and without anyone receiving the spans.

    .venv/bin/python bench/proxy/telemetry_cost.py

Replays the telemetry calls one proxied request makes (a request span, the six stage spans with their
latency histogram, traceparent injection, the closing attributes and counters) through
`proxy.telemetry.Telemetry`, in three set-ups measured side by side in one process:

- as served today with no exporter configured (spans are recorded, then dropped; Prometheus reader on);
- the same with a tracer whose sampler records nothing (what "no exporter" could cost);
- the same with `prometheus: false` (no metric reader: instruments are still called);
- both: unsampled tracer and no metric reader;
- the bare loop (baseline: the loop and the fake exchange alone).

Prints microseconds per request; the difference is the CPU the request path can save.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.sampling import ALWAYS_OFF

from proxy.telemetry import STAGES, Telemetry


def fake_exchange() -> Any:
    vendor = SimpleNamespace(name="bench-vendor", region="cn-mainland")
    return SimpleNamespace(
        request_id="req-0123456789abcdef", endpoint="chat", trace_id="", span_id="", stage_ms={},
        decision=SimpleNamespace(action="allow", rule="default"), error_code="",
        target=SimpleNamespace(vendor=vendor), client=SimpleNamespace(tenant="bench"),
        call=SimpleNamespace(model="bench-model"), status=200, streamed=False, flat_findings=[],
        elapsed_ms=lambda: 1.0)


def one_request(tel: Telemetry) -> None:
    ex = fake_exchange()
    with tel.request_span(ex, {}) as span:
        for name in STAGES:
            with tel.stage(ex, name):
                if name == "upstream":
                    tel.inject({})
        tel.finish(span, ex)


def bare(_: Telemetry) -> None:
    fake_exchange()


def measure(setups: list[tuple[str, Callable[[Telemetry], None], Telemetry]], n: int,
            rounds: int = 7) -> dict[str, float]:
    """CPU microseconds per request, best of `rounds`, set-ups interleaved round by round.

    Process CPU time rather than wall time, and the minimum rather than the median: on a shared machine
    other processes preempt us, which inflates wall time but not our own CPU time.
    """
    runs: dict[str, list[float]] = {label: [] for label, _, _ in setups}
    for label, fn, tel in setups:
        for _ in range(200):
            fn(tel)
    for _ in range(rounds):
        for label, fn, tel in setups:
            start = time.process_time()
            for _ in range(n):
                fn(tel)
            runs[label].append((time.process_time() - start) / n * 1e6)
    return {label: min(values) for label, values in runs.items()}


def _unsampled(tel: Telemetry) -> Telemetry:
    tel.tracer_provider = TracerProvider(sampler=ALWAYS_OFF)
    tel.tracer = tel.tracer_provider.get_tracer("guanqia")
    return tel


def main() -> int:
    n = 3000
    served = Telemetry({"service_name": "bench"})
    unsampled = _unsampled(Telemetry({"service_name": "bench"}))
    no_reader = Telemetry({"service_name": "bench", "prometheus": False})
    neither = _unsampled(Telemetry({"service_name": "bench", "prometheus": False}))
    figures = measure([("baseline: loop + fake exchange", bare, served),
                       ("Telemetry as served (no exporter)", one_request, served),
                       ("sampler ALWAYS_OFF", one_request, unsampled),
                       ("prometheus: false", one_request, no_reader),
                       ("ALWAYS_OFF + prometheus: false", one_request, neither)], n)
    base = figures["baseline: loop + fake exchange"]
    rows = list(figures.items())
    print(f"{'set-up':<36} {'us/request':>10} {'minus baseline':>15}")
    for label, us in rows:
        print(f"{label:<36} {us:>10.1f} {us - base:>15.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

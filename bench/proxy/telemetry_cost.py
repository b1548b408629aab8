"""What the per-request telemetry work costs, as served and when someone receives spans or metrics.

    .venv/bin/python bench/proxy/telemetry_cost.py

Replays the telemetry calls one proxied request makes (a request span, the six stages with their
latency histogram, traceparent injection, the closing attributes and counters) through
`proxy.telemetry.Telemetry`, in these set-ups measured side by side in one process:

- as served with no exporter configured (requests untraced; /metrics from proxy.metrics' own state);
- the same with `prometheus: false` (no /metrics: instruments keep no state);
- with an OpenTelemetry metric reader attached (as with `otlp_endpoint`): every sample also goes
  through the OpenTelemetry metrics SDK;
- traced: a span exporter attached (spans recorded and handed to a do-nothing exporter);
- the bare loop (baseline: the loop and the fake exchange alone).

Prints microseconds per request; the difference to the baseline is what telemetry costs a request.
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

from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace.export import SpanExporter, SpanExportResult

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


class _NoExport(SpanExporter):
    """Receives spans and drops them: the cost of recording without the cost of a network."""

    def export(self, spans: Any) -> SpanExportResult:
        return SpanExportResult.SUCCESS


def main() -> int:
    n = 3000
    served = Telemetry({"service_name": "bench"})
    no_prometheus = Telemetry({"service_name": "bench", "prometheus": False})
    otel_reader = Telemetry({"service_name": "bench"}, metric_readers=(InMemoryMetricReader(),))
    traced = Telemetry({"service_name": "bench"}, span_exporter=_NoExport())
    figures = measure([("baseline: loop + fake exchange", bare, served),
                       ("as served (no exporter)", one_request, served),
                       ("prometheus: false", one_request, no_prometheus),
                       ("+ OpenTelemetry metric reader", one_request, otel_reader),
                       ("traced (span exporter attached)", one_request, traced)], n)
    base = figures["baseline: loop + fake exchange"]
    rows = list(figures.items())
    print(f"{'set-up':<36} {'us/request':>10} {'minus baseline':>15}")
    for label, us in rows:
        print(f"{label:<36} {us:>10.1f} {us - base:>15.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Bound instruments (Counter.bind, Histogram.bind, Telemetry.finish's bound series) record exactly what the
unbound calls record: the same series keys, bucket counts, sums and /metrics text."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from opentelemetry.sdk.resources import Resource
from opentelemetry.trace import INVALID_SPAN
from prometheus_client import CollectorRegistry, generate_latest

from proxy import telemetry as telemetry_module
from proxy.exchange import Exchange
from proxy.metrics import Metrics
from proxy.telemetry import Telemetry


class FakeOtel:
    def __init__(self) -> None:
        self.calls: list[tuple[str, float, dict[str, Any] | None]] = []

    def add(self, amount: float, attributes: Any = None) -> None:
        self.calls.append(("add", amount, dict(attributes) if attributes else None))

    def record(self, value: float, attributes: Any = None) -> None:
        self.calls.append(("record", value, dict(attributes) if attributes else None))


class FakeMeter:
    def __init__(self) -> None:
        self.otel = FakeOtel()

    def create_counter(self, *args: Any, **kwargs: Any) -> FakeOtel:
        return self.otel

    def create_histogram(self, *args: Any, **kwargs: Any) -> FakeOtel:
        return self.otel


def exposition(metrics: Metrics) -> bytes:
    registry = CollectorRegistry()
    registry.register(metrics)
    return generate_latest(registry)


def record_both_ways(keep: bool) -> tuple[Metrics, Metrics, FakeMeter, FakeMeter]:
    resource = Resource.create({"service.name": "t"})
    meters = FakeMeter(), FakeMeter()
    plain, bound = (Metrics(keep=keep, meter=m, resource=resource, scope="s") for m in meters)  # type: ignore[arg-type]
    samples = [(3.0, {"a": "x"}), (-1.0, {"a": "x"}), (0.0, {"a": "y"}), (5.0, {"a": "x"}), (7000.0, {"a": "y"})]
    counter, histogram = plain.counter("c"), plain.histogram("h", unit="ms")
    for value, attrs in samples:
        counter.add(value, attrs)
        histogram.record(value, attrs)
    counter_b, histogram_b = bound.counter("c"), bound.histogram("h", unit="ms")
    adders = {a: counter_b.bind({"a": a}) for a in ("x", "y")}
    records = {a: histogram_b.bind({"a": a}) for a in ("x", "y")}
    again = histogram_b.bind({"a": "x"})      # a second binding of one set shares its series
    for n, (value, attrs) in enumerate(samples):
        adders[attrs["a"]](value)
        (again if n == 3 else records[attrs["a"]])(value)
    histogram_b.record(1.0, {"a": "x"})       # and an unbound record after them lands in it too
    histogram.record(1.0, {"a": "x"})
    return plain, bound, meters[0], meters[1]


def test_bound_records_the_same_series_and_exposition() -> None:
    plain, bound, _, _ = record_both_ways(keep=True)
    assert exposition(bound) == exposition(plain)
    assert b'h_milliseconds_count{a="x"' in exposition(bound) and b"c_total" in exposition(bound)
    h_plain, h_bound = plain._instruments[1], bound._instruments[1]
    assert h_bound.series == h_plain.series and len(h_bound.series) == 2      # type: ignore[union-attr]


def test_bound_forwards_the_same_samples_to_opentelemetry() -> None:
    for keep in (True, False):
        _, bound, plain_meter, bound_meter = record_both_ways(keep=keep)
        assert bound_meter.otel.calls == plain_meter.otel.calls and len(plain_meter.otel.calls) == 9
        if not keep:
            assert exposition(bound) == b""


def finished(tel: Telemetry, endpoint: str, status: int) -> None:
    ex = Exchange("req_test0001", endpoint, "openai", "127.0.0.1")
    ex.status = status
    ex.decision = SimpleNamespace(action="allow", rule="r")  # type: ignore[assignment]
    tel.finish(INVALID_SPAN, ex)


def request_series(tel: Telemetry) -> dict[frozenset[tuple[str, Any]], float]:
    return {k: v for k, v in tel.requests.values.items()}


def test_finish_counts_every_series_past_the_bound_cap(monkeypatch: Any) -> None:
    monkeypatch.setattr(telemetry_module, "BOUND_SERIES", 2)
    tel = Telemetry({"prometheus": True})
    for status in (200, 200, 404, 500, 500, 503):
        finished(tel, "openai.chat", status)
    for endpoint in ("a", "b", "c", "c"):
        finished(tel, endpoint, 200)
    counts = {dict(k)["status"] + "@" + dict(k)["endpoint"]: v for k, v in request_series(tel).items()}
    assert counts == {"200@openai.chat": 2, "404@openai.chat": 1, "500@openai.chat": 2, "503@openai.chat": 1,
                      "200@a": 1, "200@b": 1, "200@c": 2}
    assert all(dict(k) == {"action": "allow", "vendor": "", "status": dict(k)["status"],
                           "endpoint": dict(k)["endpoint"]} for k in request_series(tel))
    latency = {dict(k)["endpoint"]: sum(state[0]) for k, state in tel.request_latency.series.items()}
    assert latency == {"openai.chat": 6, "a": 1, "b": 1, "c": 2}
    assert len(tel._request_count) == 2 and len(tel._request_time) == 2
    tel.shutdown()

"""Telemetry: OpenTelemetry traces and metrics whose attributes come from an allow-list (never values).

Settings (`telemetry:` in the serve config)::

    telemetry:
      service_name: guanqia
      otlp_endpoint: http://127.0.0.1:4318   # OTLP/HTTP traces and metrics; omit to disable export
      prometheus: true                       # GET /metrics in Prometheus text format (default true)

Any other key is a config error (`proxy.config` checks the section when the config is loaded).

Providers are private to each app (never the global ones), so tests can run several proxies side by side
with in-memory exporters.
"""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from random import getrandbits
from time import perf_counter
from typing import TYPE_CHECKING, Any, Callable, ContextManager, Iterator, Mapping

from opentelemetry import trace
from opentelemetry.context import Context
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import MetricReader, PeriodicExportingMetricReader
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor, SimpleSpanProcessor, SpanExporter
from opentelemetry.sdk.trace.id_generator import RandomIdGenerator
from opentelemetry.sdk.trace.sampling import ALWAYS_OFF, ParentBased
from opentelemetry.trace import SpanKind, Status, StatusCode, TraceFlags
from opentelemetry.trace.propagation.tracecontext import TraceContextTextMapPropagator
from prometheus_client import CollectorRegistry

from proxy.config import TELEMETRY_KEYS
from proxy.metrics import Metrics

if TYPE_CHECKING:
    from proxy.exchange import Exchange

STAGES = ("receive", "detect", "decide", "upstream", "stream", "audit")
SPAN_ATTRIBUTES = frozenset({
    "guanqia.request_id", "guanqia.tenant", "guanqia.endpoint", "guanqia.vendor", "guanqia.region",
    "guanqia.model", "guanqia.action", "guanqia.rule", "guanqia.status", "guanqia.error",
    "guanqia.findings", "guanqia.streamed", "guanqia.attempt",
})
"""Every span attribute must be one of these or `guanqia.findings.<TYPE>` (a count)."""

BOUND_SERIES = 1024
"""How many attribute sets finish() keeps bound (they are few; the cap only guards memory)."""

_PROPAGATOR = TraceContextTextMapPropagator()
_UNTRACED: ContextVar[str | None] = ContextVar("guanqia_untraced_traceparent", default=None)
"""The traceparent of the current request when it is not traced (no OpenTelemetry span exists for it)."""
_SPAN_MASK = (1 << 64) - 1


class Telemetry:
    def __init__(self, settings: Mapping[str, Any] | None = None, *,
                 span_exporter: SpanExporter | None = None,
                 metric_readers: tuple[MetricReader, ...] = ()) -> None:
        settings = dict(settings or {})
        unknown = sorted(set(map(str, settings)) - set(TELEMETRY_KEYS))
        if unknown:  # load_config refuses these first; this guards callers that build settings themselves
            raise ValueError(f"telemetry: unknown key {unknown[0]!r} (allowed: {', '.join(TELEMETRY_KEYS)})")
        resource = Resource.create({"service.name": str(settings.get("service_name", "guanqia"))})
        endpoint = settings.get("otlp_endpoint")
        # With nowhere to export spans, recording them is pure cost (~75 us a request); ids are still made
        # and `traceparent` still reaches the vendor, and a caller's sampled trace is still recorded.
        exporting = span_exporter is not None or bool(endpoint)
        self.tracer_provider = TracerProvider(resource=resource,
                                              sampler=None if exporting else ParentBased(ALWAYS_OFF))
        otel_readers: list[MetricReader] = list(metric_readers)
        if span_exporter is not None:
            self.tracer_provider.add_span_processor(SimpleSpanProcessor(span_exporter))
        if endpoint:
            from opentelemetry.exporter.otlp.proto.http.metric_exporter import OTLPMetricExporter
            from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
            base = str(endpoint).rstrip("/")
            self.tracer_provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter(f"{base}/v1/traces")))
            otel_readers.append(PeriodicExportingMetricReader(OTLPMetricExporter(f"{base}/v1/metrics")))
        self._fast_unsampled = not exporting
        """Untraced requests skip the SDK's span machinery (see request_span); only valid with ALWAYS_OFF."""
        self._ids = self.tracer_provider.id_generator
        self._random_ids = type(self._ids) is RandomIdGenerator
        """The SDK's default generator: an untraced request draws its trace and span id in one call."""
        self._untraced_flags = format(TraceFlags.RANDOM_TRACE_ID if self._ids.is_trace_id_random()
                                      else TraceFlags.DEFAULT, "02x")
        # /metrics is served from our own cheap instrument state (proxy.metrics); the OpenTelemetry SDK
        # instruments are fed only when an OpenTelemetry reader (OTLP, a test's in-memory reader) exists.
        self.meter_provider = MeterProvider(resource=resource, metric_readers=otel_readers)
        prometheus = bool(settings.get("prometheus", True))
        self.metrics = Metrics(keep=prometheus, resource=resource, scope="guanqia",
                               meter=self.meter_provider.get_meter("guanqia") if otel_readers else None)
        self.registry: CollectorRegistry | None = None
        if prometheus:
            self.registry = CollectorRegistry()
            self.registry.register(self.metrics)
        self.tracer = self.tracer_provider.get_tracer("guanqia")
        self.requests = self.metrics.counter("guanqia_requests", description="Requests by action, vendor, status")
        self.stage_latency = self.metrics.histogram("guanqia_stage_duration", unit="ms",
                                                    description="Latency per pipeline stage")
        self.request_latency = self.metrics.histogram("guanqia_request_duration", unit="ms")
        self.findings = self.metrics.counter("guanqia_findings", description="Findings by entity type")
        self.upstream_errors = self.metrics.counter("guanqia_upstream_errors")
        self.audit_lag = self.metrics.histogram("guanqia_audit_lag", unit="ms",
                                                description="Time from request end to durable audit record")
        self.policy_reload_failures = self.metrics.counter("guanqia_policy_reload_failures")
        self._stage_record = {name: self.stage_latency.bind({"stage": name}) for name in STAGES}
        """Per stage, the histogram's record with its series key made once (six records a request)."""
        self._request_count: dict[tuple[str, str, str, str], Callable[[float], None]] = {}
        self._request_time: dict[str, Callable[[float], None]] = {}
        """finish()'s counter and histogram bound per attribute set, made on first use (bounded sets:
        actions x vendors x statuses x endpoints; at most BOUND_SERIES kept, then unbound calls)."""

    def shutdown(self) -> None:
        self.tracer_provider.shutdown()
        self.meter_provider.shutdown()

    def request_span(self, ex: Exchange, headers: Mapping[str, str]) -> ContextManager[trace.Span]:
        if self._fast_unsampled and "traceparent" not in headers:
            # A root span the ParentBased(ALWAYS_OFF) sampler would drop: the same ids and flags as the SDK
            # makes, without its span, sampler and context layers (~6 us); `inject` sends the traceparent.
            return _Untraced(self, ex)
        return self._traced_span(ex, headers)

    @contextmanager
    def _traced_span(self, ex: Exchange, headers: Mapping[str, str]) -> Iterator[trace.Span]:
        parent: Context = _PROPAGATOR.extract(dict(headers))
        with self.tracer.start_as_current_span("guanqia.request", context=parent, kind=SpanKind.SERVER,
                                               end_on_exit=True, record_exception=False,
                                               set_status_on_exception=False) as span:
            ctx = span.get_span_context()
            ex.trace_id = format(ctx.trace_id, "032x")
            ex.span_id = format(ctx.span_id, "016x")
            safe_set(span, "guanqia.request_id", ex.request_id)
            safe_set(span, "guanqia.endpoint", ex.endpoint)
            yield span

    def stage(self, ex: Exchange, name: str) -> _Stage | _Timer:
        """A child span per stage when the request is traced; its duration always goes to the stage
        histogram and the access log. An untraced request makes no child spans (they would be dropped):
        it gets the bare timer."""
        if _UNTRACED.get() is not None:
            return _Timer(self, ex, name)
        return _Stage(self, ex, name)

    def _record_stage(self, ex: Exchange, name: str, ms: float) -> None:
        """A stage's duration into the access log's stage_ms and the stage histogram."""
        stage_ms = ex.stage_ms
        stage_ms[name] = stage_ms.get(name, 0.0) + ms
        record = self._stage_record.get(name)
        if record is not None:
            record(ms)
        else:
            self.stage_latency.record(ms, {"stage": name})

    def inject(self, headers: dict[str, str]) -> None:
        """Add W3C traceparent/tracestate of the current span (the upstream span) to vendor headers."""
        untraced = _UNTRACED.get()
        if untraced is not None:
            headers["traceparent"] = untraced
            return
        _PROPAGATOR.inject(headers)

    def finish(self, span: trace.Span, ex: Exchange) -> None:
        """Attributes and metrics for a finished exchange: counts by type, never values."""
        action = str(ex.decision.action) if ex.decision else ("error" if ex.error_code else "")
        vendor = ex.target.vendor.name if ex.target else ""
        counts: dict[str, int] = {}
        for _, f in ex.flat_findings:
            counts[f.type] = counts.get(f.type, 0) + 1
        if span.is_recording():
            attrs: dict[str, str | int | float | bool] = {
                "guanqia.tenant": ex.client.tenant if ex.client else "", "guanqia.vendor": vendor,
                "guanqia.region": ex.target.vendor.region if ex.target else "",
                "guanqia.model": ex.call.model if ex.call else "", "guanqia.action": action,
                "guanqia.rule": ex.decision.rule if ex.decision else "", "guanqia.status": ex.status,
                "guanqia.error": ex.error_code, "guanqia.streamed": ex.streamed,
                "guanqia.findings": sum(counts.values())}
            for key, value in attrs.items():
                safe_set(span, key, value)
            for entity_type, n in counts.items():
                safe_set(span, f"guanqia.findings.{entity_type}", n)
            if ex.status >= 500:
                span.set_status(Status(StatusCode.ERROR, ex.error_code))
        for entity_type, n in counts.items():
            self.findings.add(n, {"type": entity_type})
        endpoint = ex.endpoint
        series = (action, vendor, str(ex.status), endpoint)
        count = self._request_count.get(series)
        if count is None:
            attributes = {"action": action, "vendor": vendor, "status": series[2], "endpoint": endpoint}
            if len(self._request_count) >= BOUND_SERIES:
                self.requests.add(1, attributes)
            else:
                count = self._request_count[series] = self.requests.bind(attributes)
        if count is not None:
            count(1)
        elapsed = ex.elapsed_ms()
        latency = self._request_time.get(endpoint)
        if latency is None:
            if len(self._request_time) >= BOUND_SERIES:
                self.request_latency.record(elapsed, {"endpoint": endpoint})
                return
            latency = self._request_time[endpoint] = self.request_latency.bind({"endpoint": endpoint})
        latency(elapsed)


class _Untraced:
    """The context manager of an untraced request (a class: a generator-based one costs twice as much)."""

    __slots__ = ("_token",)

    def __init__(self, tel: Telemetry, ex: Exchange) -> None:
        bits = getrandbits(192) if tel._random_ids else 0
        trace_id, span_id = bits >> 64, bits & _SPAN_MASK
        if not trace_id or not span_id:   # another generator, or an invalid (zero) id drawn: as the SDK does
            trace_id, span_id = tel._ids.generate_trace_id(), tel._ids.generate_span_id()
        traceparent = f"00-{trace_id:032x}-{span_id:016x}-{tel._untraced_flags}"
        ex.trace_id, ex.span_id = traceparent[3:35], traceparent[36:52]
        self._token = _UNTRACED.set(traceparent)

    def __enter__(self) -> trace.Span:
        return trace.INVALID_SPAN

    def __exit__(self, *exc: Any) -> None:
        _UNTRACED.reset(self._token)


class _Timer:
    """Telemetry.stage of an untraced request: the duration only (a class: a generator-based context
    manager costs twice as much). It runs six times a request."""

    __slots__ = ("_tel", "_ex", "_name", "_start")

    def __init__(self, tel: Telemetry, ex: Exchange, name: str) -> None:
        self._tel, self._ex, self._name = tel, ex, name

    def __enter__(self) -> trace.Span:
        self._start = perf_counter()
        return trace.INVALID_SPAN

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        ms = (perf_counter() - self._start) * 1000.0
        name = self._name
        stage_ms = self._ex.stage_ms
        stage_ms[name] = stage_ms.get(name, 0.0) + ms
        record = self._tel._stage_record.get(name)
        if record is not None:
            record(ms)
        else:
            self._tel.stage_latency.record(ms, {"stage": name})


class _Stage:
    """Telemetry.stage of a request that may be traced: a child span when the current span records."""

    __slots__ = ("_tel", "_ex", "_name", "_start", "_child")

    def __init__(self, tel: Telemetry, ex: Exchange, name: str) -> None:
        self._tel, self._ex, self._name = tel, ex, name
        self._child: Any = None

    def __enter__(self) -> trace.Span:
        self._start = perf_counter()
        current = trace.get_current_span()
        if current.is_recording():
            self._child = self._tel.tracer.start_as_current_span(self._name, record_exception=False,
                                                                 set_status_on_exception=False)
            return self._child.__enter__()  # type: ignore[no-any-return]
        return current

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        try:
            if self._child is not None:
                self._child.__exit__(exc_type, exc, tb)
        finally:
            self._tel._record_stage(self._ex, self._name, (perf_counter() - self._start) * 1000.0)


def safe_set(span: trace.Span, key: str, value: str | int | float | bool) -> None:
    """Refuse attributes outside the allow-list: a new attribute must be reviewed, not slipped in."""
    if key not in SPAN_ATTRIBUTES and not key.startswith("guanqia.findings."):
        raise ValueError(f"span attribute {key!r} is not on the allow-list")
    span.set_attribute(key, value)

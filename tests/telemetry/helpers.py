"""Read what the proxy's in-memory OpenTelemetry exporters collected: spans by name, metric points."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

from opentelemetry.sdk.trace import ReadableSpan

from tests.support.proxy_thread import ProxyThread


def request_spans(gq: ProxyThread, at_least: int = 1, timeout: float = 5.0) -> list[ReadableSpan]:
    """Request spans end when the handler returns, a moment after the client saw the last byte: wait."""
    deadline = time.monotonic() + timeout
    while True:
        spans = [s for s in gq.spans.get_finished_spans() if s.name == "guanqia.request"]
        if len(spans) >= at_least or time.monotonic() > deadline:
            return spans
        time.sleep(0.02)


def children(gq: ProxyThread, parent: ReadableSpan) -> list[ReadableSpan]:
    ctx = parent.get_span_context()
    assert ctx is not None
    return [s for s in gq.spans.get_finished_spans() if s.parent is not None and s.context is not None
            and s.parent.span_id == ctx.span_id and s.context.trace_id == ctx.trace_id]


def points(gq: ProxyThread, name: str) -> Iterator[tuple[dict[str, Any], Any]]:
    """(attributes, data point) for every point of the named metric."""
    data = gq.metrics.get_metrics_data()
    for rm in data.resource_metrics if data else ():
        for sm in rm.scope_metrics:
            for metric in sm.metrics:
                if metric.name == name:
                    for p in metric.data.data_points:
                        yield dict(p.attributes or {}), p


def total(gq: ProxyThread, name: str, **attrs: str) -> float:
    """Sum of a counter (or count of a histogram) over the points whose attributes include `attrs`."""
    out = 0.0
    for pattrs, p in points(gq, name):
        if all(pattrs.get(k) == v for k, v in attrs.items()):
            out += p.count if hasattr(p, "bucket_counts") else p.value
    return out

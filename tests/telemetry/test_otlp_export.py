"""OTLP export, configured in the serve config, received by a real (tiny) OTLP/HTTP collector: the spans and
metrics arrive, and the bytes on the wire hold no value that was in the prompt."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
from opentelemetry.proto.collector.metrics.v1.metrics_service_pb2 import ExportMetricsServiceRequest
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest

from tests.support.proxy_thread import CLIENT_KEY, ProxyThread

PHONE = "13912345678"
EMAIL = "wang.fang@corp-example.cn"


class Collector(ThreadingHTTPServer):
    def __init__(self) -> None:
        self.received: dict[str, list[bytes]] = {}
        super().__init__(("127.0.0.1", 0), _Handler)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _Handler(BaseHTTPRequestHandler):
    server: Collector

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        self.server.received.setdefault(self.path, []).append(body)
        self.send_response(200)
        self.send_header("Content-Type", "application/x-protobuf")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the test reads what was received, not an access log."""


@pytest.fixture
def collector() -> Iterator[Collector]:
    server = Collector()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def test_spans_and_metrics_are_exported_over_otlp_without_values(tmp_path: Path, collector: Collector) -> None:
    gq = ProxyThread(tmp_path, telemetry={"otlp_endpoint": collector.url, "service_name": "guanqia-test"}).start()
    try:
        r = httpx.post(f"{gq.url}/v1/chat/completions", headers={"Authorization": f"Bearer {CLIENT_KEY}"},
                       json={"model": "fake-us", "messages": [{"role": "user", "content": f"{PHONE} {EMAIL}"}]},
                       timeout=30)
        assert r.status_code == 200
    finally:
        gq.stop()   # shutting the providers down flushes both exporters
    traces, metrics = collector.received.get("/v1/traces", []), collector.received.get("/v1/metrics", [])
    assert traces and metrics
    names: set[str] = set()
    attributes: dict[str, object] = {}
    for raw in traces:
        request = ExportTraceServiceRequest.FromString(raw)
        for rs in request.resource_spans:
            service = {a.key: a.value.string_value for a in rs.resource.attributes}["service.name"]
            assert service == "guanqia-test"
            for ss in rs.scope_spans:
                for span in ss.spans:
                    names.add(span.name)
                    if span.name == "guanqia.request":
                        attributes = {a.key: a.value for a in span.attributes}
    assert {"guanqia.request", "receive", "detect", "decide", "upstream", "stream", "audit"} <= names
    assert attributes["guanqia.vendor"].string_value == "fake-us"  # type: ignore[attr-defined]
    assert attributes["guanqia.findings.CN_PHONE"].int_value == 1  # type: ignore[attr-defined]
    metric_names = {m.name for raw in metrics for rm in ExportMetricsServiceRequest.FromString(raw).resource_metrics
                    for sm in rm.scope_metrics for m in sm.metrics}
    assert {"guanqia_requests", "guanqia_stage_duration", "guanqia_findings", "guanqia_audit_lag"} <= metric_names
    wire = b"".join(traces + metrics)
    for value in (PHONE, EMAIL):
        assert value.encode() not in wire

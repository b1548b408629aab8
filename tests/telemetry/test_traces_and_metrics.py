"""OpenTelemetry through the running proxy: one span per request with a child per stage, W3C trace context
carried to the vendor (and continued from the client), the metrics operators alert on, and /metrics."""

from __future__ import annotations

import re
from collections.abc import Iterator

import httpx
import pytest

from tests.support.fake_vendor import Script
from tests.support.proxy_thread import CLIENT_KEY, ProxyThread
from tests.telemetry.helpers import children, points, request_spans, total

PHONE = "13912345678"
EMAIL = "li.na@corp-example.cn"
PROMPT = f"请回电 {PHONE}，邮件 {EMAIL}"
STAGES = {"receive", "detect", "decide", "upstream", "stream", "audit"}


@pytest.fixture
def http(gq: ProxyThread) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=gq.url, timeout=30, headers={"Authorization": f"Bearer {CLIENT_KEY}"}) as client:
        yield client


def chat(model: str, text: str = PROMPT, **extra: object) -> dict[str, object]:
    return {"model": model, "messages": [{"role": "user", "content": text}], **extra}


@pytest.mark.parametrize("stream", [False, True])
def test_one_request_span_with_a_child_per_stage(gq: ProxyThread, http: httpx.Client, stream: bool) -> None:
    r = http.post("/v1/chat/completions", json=chat("fake-us", stream=stream))
    assert r.status_code == 200
    r.read()
    spans = request_spans(gq)
    assert len(spans) == 1
    root = spans[0]
    assert {s.name for s in children(gq, root)} == STAGES
    attrs = dict(root.attributes or {})
    assert attrs["guanqia.tenant"] == "payments"
    assert attrs["guanqia.vendor"] == "fake-us"
    assert attrs["guanqia.region"] == "us"
    assert attrs["guanqia.action"] == "redact"
    assert attrs["guanqia.findings.CN_PHONE"] == 1
    assert attrs["guanqia.findings.EMAIL"] == 1
    assert attrs["guanqia.streamed"] is stream
    assert attrs["guanqia.request_id"] == r.headers["x-request-id"]


def test_span_attributes_never_hold_values(gq: ProxyThread, http: httpx.Client) -> None:
    for model in ("fake-us", "fake-cn", "echo-us"):
        assert http.post("/v1/chat/completions", json=chat(model)).status_code == 200
    everything = " ".join(f"{s.name} {dict(s.attributes or {})} {[e.attributes for e in s.events]}"
                          for s in gq.spans.get_finished_spans())
    assert "guanqia.findings.CN_PHONE" in everything   # the counts are there ...
    for value in (PHONE, EMAIL, "li.na", "请回电"):
        assert value not in everything                  # ... the values are not


def test_traceparent_reaches_the_vendor_in_the_proxys_trace(gq: ProxyThread, http: httpx.Client) -> None:
    assert http.post("/v1/chat/completions", json=chat("fake-cn")).status_code == 200
    sent = gq.vendor.seen[-1].headers["traceparent"]
    _, trace_id, span_id, _ = sent.split("-")
    root = request_spans(gq)[0]
    assert trace_id == format(root.context.trace_id, "032x")
    upstream = next(s for s in children(gq, root) if s.name == "upstream")
    assert span_id == format(upstream.context.span_id, "016x"), "the vendor call is a child of the upstream stage"


def test_incoming_traceparent_is_continued(gq: ProxyThread, http: httpx.Client) -> None:
    trace_id, parent = "4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7"
    r = http.post("/v1/chat/completions", json=chat("fake-cn"),
                  headers={"traceparent": f"00-{trace_id}-{parent}-01"})
    assert r.status_code == 200
    root = request_spans(gq)[0]
    assert format(root.context.trace_id, "032x") == trace_id
    assert root.parent is not None and format(root.parent.span_id, "016x") == parent
    assert gq.vendor.seen[-1].headers["traceparent"].split("-")[1] == trace_id


def test_malformed_traceparent_starts_a_new_trace(gq: ProxyThread, http: httpx.Client) -> None:
    r = http.post("/v1/chat/completions", json=chat("fake-cn"), headers={"traceparent": "00-zz-not-a-trace"})
    assert r.status_code == 200
    root = request_spans(gq)[0]
    assert root.parent is None
    assert re.fullmatch(r"00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}", gq.vendor.seen[-1].headers["traceparent"])


def test_metrics_by_action_vendor_status_stage_type_and_errors(gq: ProxyThread, http: httpx.Client) -> None:
    assert http.post("/v1/chat/completions", json=chat("fake-us")).status_code == 200          # redact
    assert http.post("/v1/chat/completions", json=chat("fake-cn", "你好")).status_code == 200   # allow
    assert http.post("/v1/chat/completions", json=chat("dead-only")).status_code == 502
    gq.vendor.push(Script(status=429, headers={"Retry-After": "0"}))
    assert http.post("/v1/chat/completions", json=chat("fake-cn")).status_code == 429

    assert total(gq, "guanqia_requests", action="redact", vendor="fake-us", status="200") == 1
    assert total(gq, "guanqia_requests", action="allow", vendor="fake-cn", status="200") == 1
    assert total(gq, "guanqia_requests", vendor="dead-cn", status="502") == 1
    assert total(gq, "guanqia_requests", vendor="fake-cn", status="429") == 1
    stages = {a["stage"] for a, _ in points(gq, "guanqia_stage_duration")}
    assert stages == STAGES
    assert total(gq, "guanqia_stage_duration", stage="detect") == 4
    assert total(gq, "guanqia_findings", type="CN_PHONE") >= 3
    assert total(gq, "guanqia_upstream_errors", vendor="dead-cn", code="upstream-unreachable") == 1
    assert total(gq, "guanqia_upstream_errors", vendor="fake-cn", code="upstream-rate-limited") == 1
    assert total(gq, "guanqia_audit_lag") == 4, "every answered request records its audit lag"
    for attrs, _ in points(gq, "guanqia_requests"):
        assert PHONE not in str(attrs)


def test_prometheus_endpoint_serves_the_same_metrics(gq: ProxyThread, http: httpx.Client) -> None:
    assert http.post("/v1/chat/completions", json=chat("fake-us")).status_code == 200
    assert http.post("/v1/chat/completions", json=chat("dead-only")).status_code == 502
    r = httpx.get(f"{gq.url}/metrics")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/plain")
    text = r.text
    def sample(pattern: str) -> float:
        m = re.search(pattern, text, re.MULTILINE)
        assert m, f"{pattern!r} not in /metrics:\n{text[:3000]}"
        return float(m.group(1))
    assert sample(r'^guanqia_requests_total\{[^}]*action="redact"[^}]*status="200"[^}]*vendor="fake-us"[^}]*\} (\S+)') == 1
    assert sample(r'^guanqia_findings_total\{[^}]*type="CN_PHONE"[^}]*\} (\S+)') >= 1
    assert sample(r'^guanqia_upstream_errors_total\{[^}]*vendor="dead-cn"[^}]*\} (\S+)') == 1
    assert sample(r'^guanqia_stage_duration\w*_count\{[^}]*stage="detect"[^}]*\} (\S+)') == 2
    assert sample(r'^guanqia_audit_lag\w*_count\{?[^}\n]*\}? (\S+)') == 2
    assert PHONE not in text and EMAIL not in text

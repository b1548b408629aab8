"""/metrics keeps the names and labels dashboards were built on, with our own Prometheus name rules.

The family names, unit suffixes and label names below are what the OpenTelemetry Prometheus exporter
produced when proxy/metrics.py borrowed its private `_mapping` module; the proxy must not need that
module (a private API that may change in any release), and the exposition must not change.
"""

from __future__ import annotations

import re
import subprocess
import sys

import httpx
import pytest

from proxy.metrics import label_name, metric_name, unit_suffix
from tests.support.proxy_thread import CLIENT_KEY, ProxyThread

EXPECTED_FAMILIES = {
    ("target_info", "gauge"),
    ("guanqia_requests_total", "counter"),
    ("guanqia_findings_total", "counter"),
    ("guanqia_upstream_errors_total", "counter"),
    ("guanqia_stage_duration_milliseconds", "histogram"),
    ("guanqia_request_duration_milliseconds", "histogram"),
    ("guanqia_audit_lag_milliseconds", "histogram"),
}
SCOPE_LABELS = {"otel_scope_name", "otel_scope_schema_url", "otel_scope_version"}
EXPECTED_LABELS = {
    "target_info": {"service_name", "service_instance_id", "telemetry_sdk_language", "telemetry_sdk_name",
                    "telemetry_sdk_version"},
    "guanqia_requests_total": SCOPE_LABELS | {"action", "endpoint", "status", "vendor"},
    "guanqia_findings_total": SCOPE_LABELS | {"type"},
    "guanqia_upstream_errors_total": SCOPE_LABELS | {"code", "vendor"},
    "guanqia_stage_duration_milliseconds_bucket": SCOPE_LABELS | {"stage", "le"},
    "guanqia_request_duration_milliseconds_bucket": SCOPE_LABELS | {"endpoint", "le"},
    "guanqia_audit_lag_milliseconds_bucket": SCOPE_LABELS | {"le"},
}


def test_metrics_endpoint_names_and_labels_are_unchanged(gq: ProxyThread) -> None:
    chat = {"model": "fake-us", "messages": [{"role": "user", "content": "请回电 13912345678"}]}
    with httpx.Client(base_url=gq.url, timeout=30, headers={"Authorization": f"Bearer {CLIENT_KEY}"}) as http:
        assert http.post("/v1/chat/completions", json=chat).status_code == 200
        assert http.post("/v1/chat/completions", json={**chat, "model": "dead-only"}).status_code == 502
    text = httpx.get(f"{gq.url}/metrics").text
    families = set(re.findall(r"^# TYPE (\S+) (\S+)$", text, re.MULTILINE))
    assert families == EXPECTED_FAMILIES
    labels: dict[str, set[str]] = {}
    for name, body in re.findall(r"^(\w+)\{([^}]*)\}", text, re.MULTILINE):
        labels.setdefault(name, set()).update(re.findall(r'(\w+)="', body))
    for name, expected in EXPECTED_LABELS.items():
        assert labels.get(name) == expected, name


@pytest.mark.parametrize(("raw", "expected"), [
    ("guanqia_requests", "guanqia_requests"),
    ("http.server.duration", "http_server_duration"),
    ("9lives.total-count", "_lives_total_count"),
    ("keeps:colons", "keeps:colons"),
    ("a..b", "a_b"),
])
def test_metric_name(raw: str, expected: str) -> None:
    assert metric_name(raw) == expected


@pytest.mark.parametrize(("raw", "expected"), [
    ("service.name", "service_name"),
    ("telemetry.sdk.language", "telemetry_sdk_language"),
    ("9weird.key-a", "_weird_key_a"),
    ("no:colons", "no_colons"),
    ("stage", "stage"),
])
def test_label_name(raw: str, expected: str) -> None:
    assert label_name(raw) == expected


@pytest.mark.parametrize(("raw", "expected"), [
    ("ms", "milliseconds"), ("", ""), ("1", ""), ("By", "bytes"), ("%", "percent"), ("{request}", ""),
    ("m/s", "meters_per_second"), ("KiBy/h", "kibibytes_per_hour"), ("/s", "per_second"),
    ("weird unit!", "weird_unit"), ("us", "microseconds"),
])
def test_unit_suffix(raw: str, expected: str) -> None:
    assert unit_suffix(raw) == expected


def test_the_exporters_private_module_is_not_imported() -> None:
    code = "import sys, proxy.telemetry; print(any(m.startswith('opentelemetry.exporter.prometheus') for m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"

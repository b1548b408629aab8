"""Run a real Guanqia proxy (and a fake vendor) on loopback ports in a background thread.

A thread with its own event loop lets the official SDKs' sync clients (which block) and async clients
(in the test's own loop) talk to the proxy over real sockets, exactly as applications do.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import logging
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from aiohttp import web
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from proxy.app import build_app
from proxy.ops import make_runner
from proxy.config import EMBEDDED_DEFAULT, Config, hash_key, load_config
from proxy.logs import JsonFormatter
from proxy.telemetry import Telemetry
from tests.support.fake_vendor import FakeVendor

CLIENT_KEY = "sk-test-client-0123456789"
SECURITY_KEY = "sk-test-security-0123456789"
AUDITOR_KEY = "sk-test-auditor-0123456789"
OTHER_TENANT_KEY = "sk-test-other-tenant-0123456789"
VENDOR_KEY = "sk-vendor-secret-abcdef123456"
"""What the fake vendors expect as their credential; it must never reach a client, a log or the audit."""


def config_for_tests(vendor_url: str, data_dir: Path, key_file: Path, **overrides: Any) -> dict[str, Any]:
    """The embedded default's echo vendors plus fake real vendors, and keys for every role."""
    cfg: dict[str, Any] = {
        "version": 1,
        "data_dir": str(data_dir),
        "vendors": {
            **EMBEDDED_DEFAULT["vendors"],
            "fake-cn": {"protocol": "openai", "base_url": f"{vendor_url}/v1", "region": "cn-mainland",
                        "jurisdiction": "CN", "credentials": {"file": str(key_file)},
                        "timeouts": {"connect": 2, "first_byte": 5, "total": 30}},
            "fake-us": {"protocol": "openai", "base_url": f"{vendor_url}/v1", "region": "us",
                        "jurisdiction": "US", "credentials": {"file": str(key_file)},
                        "timeouts": {"connect": 2, "first_byte": 5, "total": 30}},
            "fake-anthropic": {"protocol": "anthropic", "base_url": f"{vendor_url}/v1", "region": "us",
                               "jurisdiction": "US", "credentials": {"file": str(key_file)}},
            "slow-cn": {"protocol": "openai", "base_url": f"{vendor_url}/v1", "region": "cn-mainland",
                        "jurisdiction": "CN", "credentials": {"file": str(key_file)},
                        "timeouts": {"connect": 2, "first_byte": 1, "total": 10}},
            "dead-cn": {"protocol": "openai", "base_url": "http://127.0.0.1:9/v1", "region": "cn-mainland",
                        "jurisdiction": "CN", "timeouts": {"connect": 1, "first_byte": 2, "total": 5}},
        },
        "routes": [
            {"model": "echo-cn", "to": ["echo-cn"]},
            {"model": "echo-us", "to": ["echo-us"]},
            {"model": "fake-cn", "to": ["fake-cn"]},
            {"model": "fake-us", "to": ["fake-us"]},
            {"model": "claude-*", "to": ["fake-anthropic"]},
            {"model": "slow-cn", "to": ["slow-cn"]},
            {"model": "dead-only", "to": ["dead-cn"]},
            {"model": "failover", "to": ["dead-cn", {"vendor": "fake-cn", "model": "fake-model-b"}]},
            {"model": "flaky", "to": ["fake-cn", {"vendor": "echo-cn", "model": "echo-cn"}]},
        ],
        "clients": [
            {"id": "test-client", "key_sha256": hash_key(CLIENT_KEY), "tenant": "payments",
             "roles": ["client"], "models": ["*"]},
            {"id": "test-other", "key_sha256": hash_key(OTHER_TENANT_KEY), "tenant": "research",
             "roles": ["client"], "models": ["echo-*"]},
            {"id": "test-security", "key_sha256": hash_key(SECURITY_KEY), "tenant": "secops",
             "roles": ["security"], "models": []},
            {"id": "test-auditor", "key_sha256": hash_key(AUDITOR_KEY), "tenant": "audit",
             "roles": ["auditor"], "models": []},
        ],
        "limits": {"max_body_bytes": 1_000_000, "drain_seconds": 5},
        # in the proxy's process (serve's default), so tests can reach into the store;
        # tests/proxy/test_audit_process.py covers the writer process
        "audit": {"writer_process": False},
    }
    cfg.update(overrides)
    return cfg


class ProxyThread:
    def __init__(self, tmp: Path, **overrides: Any) -> None:
        self.tmp = tmp
        self.overrides = overrides
        self.vendor = FakeVendor()
        self.spans = InMemorySpanExporter()
        self.metrics = InMemoryMetricReader()
        self.log_stream = io.StringIO()
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, daemon=True, name="guanqia-test-proxy")
        self.app: web.Application | None = None
        self._runners: list[web.AppRunner] = []
        self.url = ""
        self.vendor_url = ""
        self.config: Config | None = None

    def start(self) -> ProxyThread:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self.loop).result(timeout=120)
        return self

    async def _start(self) -> None:
        vrunner = web.AppRunner(self.vendor.app, handler_cancellation=True, access_log=None)
        await vrunner.setup()
        vsite = web.TCPSite(vrunner, "127.0.0.1", 0)
        await vsite.start()
        self._runners.append(vrunner)
        self.vendor_url = f"http://127.0.0.1:{vsite._server.sockets[0].getsockname()[1]}"  # type: ignore[union-attr]
        key_file = self.tmp / "vendor.key"
        key_file.write_text(VENDOR_KEY + "\n")
        path = self.tmp / "guanqia.yaml"
        path.write_text(yaml.safe_dump(config_for_tests(self.vendor_url, self.tmp / "data", key_file, **self.overrides),
                                       allow_unicode=True))
        self.config = load_config(path)
        handler = logging.StreamHandler(self.log_stream)
        handler.setFormatter(JsonFormatter(strict=True))
        logging.getLogger().addHandler(handler)
        logging.getLogger().setLevel(logging.INFO)
        self._log_handler = handler
        telemetry = Telemetry(self.config.telemetry, span_exporter=self.spans, metric_readers=(self.metrics,))
        self.app = build_app(self.config, telemetry=telemetry)
        runner = make_runner(self.app, self.config)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        self._runners.insert(0, runner)
        self.url = f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}"  # type: ignore[union-attr]

    def run(self, coro: Any, timeout: float = 30) -> Any:
        """Run a coroutine on the proxy's loop (to poke at its state) and return the result."""
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout=timeout)

    def stop(self) -> None:
        """Drain and stop; a second call (a test that stopped it, then the fixture) does nothing."""
        if self.loop.is_closed():
            return

        async def _stop() -> None:
            for runner in self._runners:
                await runner.cleanup()
        try:
            asyncio.run_coroutine_threadsafe(_stop(), self.loop).result(timeout=30)
        finally:
            logging.getLogger().removeHandler(self._log_handler)
            self.loop.call_soon_threadsafe(self.loop.stop)
            self._thread.join(timeout=10)
            self.loop.close()

    @property
    def log_lines(self) -> list[str]:
        return [line for line in self.log_stream.getvalue().splitlines() if line]


@contextlib.contextmanager
def proxy_with_policy(tmp: Path, policy: Path, **overrides: Any) -> Iterator[ProxyThread]:
    """A running test proxy serving a copy of `policy` (the copy can be edited to test reloads)."""
    copy = tmp / "policy.yaml"
    shutil.copy(policy, copy)
    proxy = ProxyThread(tmp, policy=str(copy), **overrides).start()
    try:
        yield proxy
    finally:
        proxy.stop()


def audit_record(gq: ProxyThread, request_id: str) -> dict[str, Any]:
    """The one audit record of a request, read through the auditor HTTP API."""
    import httpx
    r = httpx.get(f"{gq.url}/audit/records", params={"request_id": request_id},
                  headers={"Authorization": f"Bearer {AUDITOR_KEY}"})
    records = r.json()["records"]
    assert len(records) == 1, records
    return records[0]["record"]  # type: ignore[no-any-return]

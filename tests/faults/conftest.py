"""A proxy whose `raw` model goes to a RawVendor (besides the usual fake and echo vendors)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from proxy.config import EMBEDDED_DEFAULT
from tests.support.raw_vendor import RawVendor
from tests.support.proxy_thread import AUDITOR_KEY, ProxyThread


@pytest.fixture
def gq_raw(tmp_path: Path, raw: RawVendor) -> Iterator[ProxyThread]:
    vendors: dict[str, Any] = {
        **EMBEDDED_DEFAULT["vendors"],
        "raw-cn": {"protocol": "openai", "base_url": f"{raw.url}/v1", "region": "cn-mainland", "jurisdiction": "CN",
                   "timeouts": {"connect": 2, "first_byte": 2, "total": 10}},
        "raw-short": {"protocol": "openai", "base_url": f"{raw.url}/v1", "region": "cn-mainland",
                      "jurisdiction": "CN", "timeouts": {"connect": 2, "first_byte": 1, "total": 2}},
    }
    routes = [{"model": "raw", "to": ["raw-cn"]}, {"model": "raw-short", "to": ["raw-short"]}, {"model": "raw-then-echo", "to": ["raw-cn", "echo-cn"]},
              {"model": "echo-cn", "to": ["echo-cn"]}]
    proxy = ProxyThread(tmp_path, vendors=vendors, routes=routes).start()
    try:
        yield proxy
    finally:
        proxy.stop()


def audited_ids(gq: ProxyThread) -> dict[str, dict[str, Any]]:
    """request id -> audit record, read back through the auditor API."""
    r = httpx.get(f"{gq.url}/audit/records?limit=1000", headers={"Authorization": f"Bearer {AUDITOR_KEY}"},
                  timeout=30)
    assert r.status_code == 200, r.text
    return {row["record"]["request_id"]: row["record"] for row in r.json()["records"]}

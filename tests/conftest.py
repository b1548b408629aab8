"""Shared fixtures: a running proxy with a fake vendor, official SDK clients pointed at it."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest

from tests.support.proxy_thread import CLIENT_KEY, ProxyThread
from tests.support.raw_vendor import RawVendor


@pytest.fixture
def gq(tmp_path: Path) -> Iterator[ProxyThread]:
    proxy = ProxyThread(tmp_path).start()
    try:
        yield proxy
    finally:
        proxy.stop()


@pytest.fixture
def openai_client(gq: ProxyThread):  # type: ignore[no-untyped-def]
    import openai
    with openai.OpenAI(base_url=f"{gq.url}/v1", api_key=CLIENT_KEY, max_retries=0, timeout=30) as client:
        yield client


@pytest.fixture
def anthropic_client(gq: ProxyThread):  # type: ignore[no-untyped-def]
    import anthropic
    with anthropic.Anthropic(base_url=gq.url, api_key=CLIENT_KEY, max_retries=0, timeout=30) as client:
        yield client


@pytest.fixture
def raw() -> Iterator[RawVendor]:
    """A raw-socket vendor that can misbehave in ways aiohttp will not (see tests/support/raw_vendor.py)."""
    vendor = RawVendor().start()
    try:
        yield vendor
    finally:
        vendor.stop()

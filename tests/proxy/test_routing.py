"""Failover, 429 with Retry-After, streaming relay and client disconnects, over real sockets."""

from __future__ import annotations

import json
import time

import httpx
import openai

from tests.support.fake_vendor import Script
from tests.support.proxy_thread import CLIENT_KEY, ProxyThread

MSG = [{"role": "user", "content": "hello there"}]


def audit_records(gq: ProxyThread) -> list[dict[str, object]]:
    from audit.query import QueryFilters
    from proxy.ops import AUDIT_LOG
    assert gq.app is not None
    rows, _ = gq.run(gq.app[AUDIT_LOG].query(QueryFilters(), limit=1000, cursor=None))
    from dataclasses import asdict
    return [asdict(r) for _, r in rows]


def test_connect_error_fails_over_to_next_candidate(gq: ProxyThread, openai_client: openai.OpenAI) -> None:
    reply = openai_client.chat.completions.create(model="failover", messages=MSG)  # type: ignore[arg-type]
    assert reply.choices[0].message.content == "echo: hello there"
    assert gq.vendor.seen[-1].body["model"] == "fake-model-b", "the route's upstream model name is used"
    record = audit_records(gq)[-1]
    assert record["attempts"] == ("dead-cn", "fake-cn")
    assert record["vendor"] == "fake-cn" and record["status"] == 200


def test_vendor_sees_our_user_agent_and_json_headers(gq: ProxyThread, openai_client: openai.OpenAI) -> None:
    openai_client.chat.completions.create(model="fake-cn", messages=MSG)  # type: ignore[arg-type]
    headers = gq.vendor.seen[-1].headers
    assert headers["User-Agent"] == "guanqia/0.1", "the client's (and aiohttp's) user agent stay here"
    assert headers["Content-Type"] == "application/json"
    assert headers.getall("User-Agent") == ["guanqia/0.1"]


def test_429_honours_retry_after_and_fails_over(gq: ProxyThread, openai_client: openai.OpenAI) -> None:
    gq.vendor.push(Script(status=429, headers={"Retry-After": "30"},
                          body=b'{"error": {"message": "rate limited", "type": "rate_limit"}}'))
    first = openai_client.chat.completions.create(model="flaky", messages=MSG)  # type: ignore[arg-type]
    assert json.loads(first.choices[0].message.content or "")["model"] == "echo-cn", "answered by the next vendor"
    seen = len(gq.vendor.seen)
    openai_client.chat.completions.create(model="flaky", messages=MSG)  # type: ignore[arg-type]
    assert len(gq.vendor.seen) == seen, "fake-cn is cooling down for Retry-After seconds and is skipped"


def test_5xx_on_last_candidate_passes_vendor_status_through(gq: ProxyThread) -> None:
    gq.vendor.push(Script(status=503, body=b'{"error": {"message": "overloaded", "type": "server_error"}}'))
    r = httpx.post(f"{gq.url}/v1/chat/completions", json={"model": "fake-cn", "messages": MSG},
                   headers={"Authorization": f"Bearer {CLIENT_KEY}"})
    assert r.status_code == 503
    assert "overloaded" in r.json()["error"]["message"]


def test_stream_is_relayed_event_by_event(gq: ProxyThread) -> None:
    gq.vendor.push(Script(reply="0123456789" * 6, chunk_delay=0.05))
    arrivals: list[float] = []
    with httpx.stream("POST", f"{gq.url}/v1/chat/completions", timeout=30,
                      json={"model": "fake-cn", "messages": MSG, "stream": True},
                      headers={"Authorization": f"Bearer {CLIENT_KEY}"}) as r:
        assert r.headers["content-type"].startswith("text/event-stream")
        for line in r.iter_lines():
            if line.startswith("data: "):
                arrivals.append(time.monotonic())
    assert len(arrivals) >= 20
    assert arrivals[-1] - arrivals[0] > 0.5, "events arrive spread out as the vendor sends them, not buffered"


def test_client_disconnect_cancels_upstream(gq: ProxyThread) -> None:
    gq.vendor.push(Script(reply="x" * 600, chunk_delay=0.05))
    with httpx.stream("POST", f"{gq.url}/v1/chat/completions", timeout=30,
                      json={"model": "fake-cn", "messages": MSG, "stream": True},
                      headers={"Authorization": f"Bearer {CLIENT_KEY}"}) as r:
        lines = r.iter_lines()
        for _ in range(3):
            next(lines)
    deadline = time.monotonic() + 10
    while gq.vendor.cancelled == 0 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert gq.vendor.cancelled == 1, "the upstream call was cancelled when the client went away"
    assert gq.vendor.completed_streams == 0
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        records = audit_records(gq)
        if records and records[-1]["status"] == 499:
            break
        time.sleep(0.05)
    assert records[-1]["status"] == 499 and records[-1]["error_class"] == "client-disconnected"


def test_upstream_reset_mid_stream_ends_with_an_error_event(gq: ProxyThread) -> None:
    gq.vendor.push(Script(reply="y" * 90, reset_after=3))
    events: list[str] = []
    with httpx.stream("POST", f"{gq.url}/v1/chat/completions", timeout=30,
                      json={"model": "fake-cn", "messages": MSG, "stream": True},
                      headers={"Authorization": f"Bearer {CLIENT_KEY}"}) as r:
        events = [line for line in r.iter_lines() if line.startswith("data: ")]
    assert "data: [DONE]" not in events, "a broken answer must not look complete"
    assert "error" in json.loads(events[-1][6:]), "the client learns the stream broke"
    assert audit_records(gq)[-1]["error_class"] == "upstream-reset"


def test_models_lists_only_what_the_client_may_use(gq: ProxyThread) -> None:
    from tests.support.proxy_thread import OTHER_TENANT_KEY
    with openai.OpenAI(base_url=f"{gq.url}/v1", api_key=OTHER_TENANT_KEY, max_retries=0) as client:
        ids = {m.id for m in client.models.list()}
    assert ids == {"echo-cn", "echo-us"}


def test_health_and_readiness(gq: ProxyThread) -> None:
    assert httpx.get(f"{gq.url}/healthz").status_code == 200
    ready = httpx.get(f"{gq.url}/readyz")
    assert ready.status_code == 200
    detail = ready.json()
    assert detail["policy"]["sha256"]
    assert detail["audit"]

"""The audit store failing under a running proxy: disk full, a store raising ENOSPC, a store that stalls.

Defined behaviour: fail closed. No answer reaches the client before its record is durable; while the store
is known to be down, requests are refused with 503 before anything is sent to a vendor; /readyz says so;
once the store recovers the proxy serves again and the log still verifies.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import errno
import json
import time
from collections.abc import Sequence
from typing import Any

import httpx
import pytest

from audit import cli as audit_cli
from proxy.pipeline import GATEWAY
from tests.faults.conftest import audited_ids
from tests.support.proxy_thread import CLIENT_KEY, ProxyThread

AUTH = {"Authorization": f"Bearer {CLIENT_KEY}"}
PROMPT = "请联系 13812345678 确认订单"


def post(gq: ProxyThread, stream: bool = False, model: str = "fake-cn") -> httpx.Response:
    return httpx.post(f"{gq.url}/v1/chat/completions", headers=AUTH, timeout=30,
                      json={"model": model, "stream": stream, "messages": [{"role": "user", "content": PROMPT}]})


def wait_ready(gq: ProxyThread, ready: bool, timeout: float = 10) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while True:
        r = httpx.get(f"{gq.url}/readyz", timeout=10)
        if (r.status_code == 200) == ready or time.monotonic() > deadline:
            assert (r.status_code == 200) == ready, r.text
            return r.json()  # type: ignore[no-any-return]
        time.sleep(0.1)


def audit_log(gq: ProxyThread) -> Any:
    """The running proxy's AuditLog (typed as the gateway's AuditSink protocol, hence Any here)."""
    assert gq.app is not None
    return gq.app[GATEWAY].audit


def sqlite_exec(gq: ProxyThread, sql: str) -> Any:
    """Run SQL on the audit store's thread's connection, and on the loop's connection that group commits go
    through (on the loop's thread), so a per-connection PRAGMA reaches every write; the first's rows."""
    store = audit_log(gq).store

    async def run() -> Any:
        loop_db = getattr(store, "_loop_db", None)
        if loop_db is not None:
            loop_db.execute(sql).fetchall()
        return await store._run(lambda: store.db.execute(sql).fetchall())
    return gq.run(run())


def verify_log(gq: ProxyThread) -> int:
    return audit_cli.main(["verify", "--config", str(gq.tmp / "guanqia.yaml")])


def test_disk_full_fails_closed_every_answer_audited_and_recovers(gq: ProxyThread) -> None:
    """SQLite's max_page_count makes every write that needs a new page fail with SQLITE_FULL — the same
    error a full disk gives — without needing a tiny filesystem. Small writes may still fit in free space
    (as on a nearly full disk), so answers and refusals interleave; the invariant is that no answer is
    given whose record is not durable, and the log verifies afterwards."""
    answered = [post(gq)]
    assert answered[0].status_code == 200
    pages = sqlite_exec(gq, "PRAGMA page_count")[0][0]
    sqlite_exec(gq, f"PRAGMA max_page_count = {pages}")
    refused: list[httpx.Response] = []
    voided: list[httpx.Response] = []  # streams already under way when their record failed
    for _ in range(300):
        streamed = len(refused) % 2 == 1
        r = post(gq, stream=streamed)
        if r.status_code == 503:
            refused.append(r)
            if len(refused) == 6:
                break
            continue
        assert r.status_code == 200
        if streamed:
            events, done = sse_events(r.text)
            if not done:  # a stream's headers go out before its record: a failed record voids its end instead
                assert events and "error" in events[-1], "a stream without a durable record must end in an error"
                voided.append(r)
                continue
        answered.append(r)
    assert len(refused) == 6, "the store never filled up"
    for r in refused:
        assert r.json()["error"]["code"] == "audit-unavailable" and "13812345678" not in r.text
        assert "choices" not in r.json(), "an answer whose record failed is withheld"
    not_ready = []
    for _ in range(20):      # right after a failed write the store is known down (a probe may revive it later)
        if post(gq).status_code == 503:
            ready = httpx.get(f"{gq.url}/readyz", timeout=10)
            if ready.status_code == 503:
                not_ready.append(ready.json())
                break
    assert not_ready and not_ready[0]["audit"]["ok"] is False

    sqlite_exec(gq, "PRAGMA max_page_count = 1073741823")
    wait_ready(gq, ready=True)
    after = post(gq)
    assert after.status_code == 200
    records = audited_ids(gq)
    for r in [*answered, after]:
        assert r.headers["x-request-id"] in records, "an answered request lost its audit record"
    for r in [*refused, *voided]:
        assert records.get(r.headers["x-request-id"], {}).get("status") != 200
    assert verify_log(gq) == 0


class FailingStore:
    """Wraps the real store; `append` raises like a full disk while `failing` is set."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.failing = True

    async def append(self, leaves: Sequence[Any]) -> Any:
        if self.failing:
            raise OSError(errno.ENOSPC, "No space left on device")
        return await self.inner.append(leaves)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


def install(gq: ProxyThread, store: Any) -> None:
    audit = audit_log(gq)
    audit.writer.store = store
    audit.store = store


def sse_events(text: str) -> tuple[list[dict[str, Any]], bool]:
    events = [json.loads(line[6:]) for line in text.splitlines()
              if line.startswith("data: ") and line != "data: [DONE]"]
    return events, "data: [DONE]" in text


def test_stream_whose_record_cannot_be_written_never_looks_complete(gq: ProxyThread) -> None:
    failing = FailingStore(audit_log(gq).store)
    install(gq, failing)
    r = post(gq, stream=True)
    events, done = sse_events(r.text)
    assert not done, "no terminating event without a durable record"
    assert "error" in events[-1], "the client learns the answer is void"
    seen = len(gq.vendor.seen)
    assert post(gq).status_code == 503 and post(gq, stream=True).status_code == 503
    assert len(gq.vendor.seen) == seen
    failing.failing = False
    wait_ready(gq, ready=True)
    ok = post(gq, stream=True)
    _, done = sse_events(ok.text)
    assert done and ok.headers["x-request-id"] in audited_ids(gq)


def test_stream_audit_failure_names_the_audit_store(gq: ProxyThread) -> None:
    install(gq, FailingStore(audit_log(gq).store))
    events, done = sse_events(post(gq, stream=True).text)
    assert not done and events[-1]["error"]["code"] == "audit-unavailable"


def test_store_that_pings_but_cannot_write_forwards_nothing(gq: ProxyThread) -> None:
    """Reads and locks still work (the store answers); only commits fail, as on a full disk."""
    failing = FailingStore(audit_log(gq).store)
    install(gq, failing)
    assert post(gq).status_code == 503           # this one was forwarded; its answer is withheld
    seen = len(gq.vendor.seen)
    deadline = time.monotonic() + 2.5            # more than two probe periods
    statuses = []
    while time.monotonic() < deadline:
        statuses.append(post(gq).status_code)
        time.sleep(0.05)
    assert set(statuses) == {503}
    assert len(gq.vendor.seen) == seen, "nothing may leave while the audit store cannot write"


class GatedStore:
    """Wraps the real store; `append` waits until the test opens the gate (a stalled disk or database)."""

    def __init__(self, inner: Any, gate: asyncio.Event) -> None:
        self.inner = inner
        self.gate = gate
        self.waiting = 0

    async def append(self, leaves: Sequence[Any]) -> Any:
        self.waiting += len(leaves)
        await self.gate.wait()
        return await self.inner.append(leaves)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


@pytest.mark.parametrize("stream", [False, True])
def test_slow_store_holds_the_answer_until_the_record_is_durable(gq: ProxyThread, stream: bool) -> None:
    async def make_gate() -> asyncio.Event:
        return asyncio.Event()
    gate: asyncio.Event = gq.run(make_gate())
    gated = GatedStore(audit_log(gq).store, gate)
    install(gq, gated)
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        pending = [pool.submit(post, gq, stream) for _ in range(2)]
        deadline = time.monotonic() + 10
        while gated.waiting < 1 and time.monotonic() < deadline:
            time.sleep(0.02)
        assert gated.waiting >= 1, "the record reached the store"
        assert not any(f.done() for f in pending), "no answer is complete before its record is durable"
        assert httpx.get(f"{gq.url}/healthz", timeout=5).status_code == 200, "a stalled store blocks no one else"
        gq.loop.call_soon_threadsafe(gate.set)
        responses = [f.result(timeout=30) for f in pending]
    assert [r.status_code for r in responses] == [200, 200]
    if stream:
        assert all(sse_events(r.text)[1] for r in responses)
    records = audited_ids(gq)
    assert all(r.headers["x-request-id"] in records for r in responses)

"""Big prompts are inspected in a worker thread: the loop keeps serving, findings and fail-closed stay the same.

The proxy's scanner is wrapped by `Gate`, which records the thread each scan ran on and can hold or crash the
scan of a big text, so "the loop keeps serving while a big body is inspected" is tested by order of events
(the small request answers while the big one is provably still being scanned), never by a timing bound.
"""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Iterator

import httpx
import pytest
from faker import Faker

from detectors.finding import Finding
from proxy.inspection import TextScanner
from proxy.pipeline import GATEWAY
from tests.support.proxy_thread import CLIENT_KEY, SECURITY_KEY, ProxyThread, audit_record

BIG = 16384
"""Characters above which the proxy scans off the loop (proxy.inspection.INLINE_CHARS), repeated here so the
tests describe behaviour and also run against a tree without that constant."""
HEADERS = {"Authorization": f"Bearer {CLIENT_KEY}"}


class Gate:
    """A scanner wrapper: records (length, thread name) per scan; big scans can be held or made to crash."""

    def __init__(self, inner: TextScanner, *, hold: bool = False, crash: bool = False) -> None:
        self.inner = inner
        self.hold = hold
        self.crash = crash
        self.scans: list[tuple[int, str]] = []
        self.big_started = threading.Event()
        self.release = threading.Event()

    def scan(self, text: str) -> list[Finding]:
        self.scans.append((len(text), threading.current_thread().name))
        if len(text) > BIG:
            self.big_started.set()
            if self.hold:
                self.release.wait(30)       # bounded: a proxy that scans on its loop is stuck this long at most
            if self.crash:
                raise RuntimeError("synthetic detector crash")
        return self.inner.scan(text)


def big_prompt(seed: int = 5) -> str:
    """Made-up zh_CN prose over BIG characters with a synthetic name and mobile number near each end."""
    fake = Faker("zh_CN")
    fake.seed_instance(seed)
    parts = ["请联系张伟，手机13812345678。"]
    while sum(map(len, parts)) < BIG + 4000:
        parts.append(fake.sentence(nb_words=12))
    parts.append("另请转告李娜，电话13987654321，谢谢。")
    return "".join(parts)


def chat(gq: ProxyThread, model: str, content: str, timeout: float = 60) -> httpx.Response:
    return httpx.post(f"{gq.url}/v1/chat/completions", headers=HEADERS, timeout=timeout,
                      json={"model": model, "messages": [{"role": "user", "content": content}]})


def gate(gq: ProxyThread, **kw: Any) -> Gate:
    gw = gq.app[GATEWAY]  # type: ignore[index]
    assert gw.base_scanner is not None
    g = Gate(gw.base_scanner, **kw)
    gw.base_scanner = g
    return g


@pytest.fixture
def held(gq: ProxyThread) -> Iterator[Gate]:
    g = gate(gq, hold=True)
    try:
        yield g
    finally:
        g.release.set()


def test_healthz_and_a_small_request_answer_while_a_big_body_is_inspected(gq: ProxyThread, held: Gate) -> None:
    with ThreadPoolExecutor(1) as pool:
        big = pool.submit(chat, gq, "echo-cn", big_prompt())
        assert held.big_started.wait(30), "the big body was never scanned"
        try:
            health = httpx.get(f"{gq.url}/healthz", timeout=10)
            small = chat(gq, "echo-cn", "请联系王芳，手机13700001234", timeout=10)
        except httpx.TimeoutException:
            pytest.fail("the proxy did not answer while a big body was being inspected")
        assert not big.done(), "the big request must still be held in its scan"
        held.release.set()
        answer = big.result(timeout=60)
    assert health.status_code == 200 and small.status_code == 200, (health.text, small.text)
    assert answer.status_code == 200, answer.text
    threads = {n: name for n, name in held.scans}
    assert any(n > BIG and name.startswith("guanqia-inspect") for n, name in held.scans), threads
    assert all(name == "guanqia-test-proxy" for n, name in held.scans if n <= BIG), threads


def test_big_body_findings_and_redactions_are_those_of_an_inline_scan(
        gq: ProxyThread, monkeypatch: pytest.MonkeyPatch) -> None:
    g = gate(gq)
    prompt = big_prompt(seed=9)
    off = chat(gq, "echo-us", prompt)
    monkeypatch.setattr("proxy.inspection.INLINE_CHARS", 10 ** 9)   # the same prompt, scanned on the loop
    inline = chat(gq, "echo-us", prompt)
    assert off.status_code == 200 and inline.status_code == 200, (off.text, inline.text)
    assert [name.startswith("guanqia-inspect") for _n, name in g.scans] == [True, False]
    sent_off = off.json()["choices"][0]["message"]["content"]
    sent_inline = inline.json()["choices"][0]["message"]["content"]
    assert sent_off == sent_inline
    assert "13812345678" not in sent_off and "[CN_PHONE_1]" in sent_off and "[PERSON_1]" in sent_off
    rec_off = audit_record(gq, off.headers["x-request-id"])
    rec_inline = audit_record(gq, inline.headers["x-request-id"])
    assert rec_off["findings"] == rec_inline["findings"] and rec_off["findings"]


def test_a_crash_in_the_worker_fails_closed(gq: ProxyThread) -> None:
    g = gate(gq, crash=True)
    r = chat(gq, "fake-cn", big_prompt())
    assert r.status_code == 500, r.text
    assert r.json()["error"]["code"] == "inspection-failed"
    assert "13812345678" not in r.text and "Traceback" not in r.text
    assert gq.vendor.seen == [], "nothing was forwarded uninspected"
    assert audit_record(gq, r.headers["x-request-id"])["error_class"] == "inspection-failed"
    assert [name.startswith("guanqia-inspect") for _n, name in g.scans] == [True]
    assert not any("13812345678" in line for line in gq.log_lines)


def test_big_bodies_beyond_the_queue_are_refused_not_held(tmp_path: Path) -> None:
    gq = ProxyThread(tmp_path, limits={"max_body_bytes": 1_000_000, "drain_seconds": 5,
                                       "inspection_threads": 1, "inspection_queue": 0}).start()
    g = gate(gq, hold=True)
    try:
        with ThreadPoolExecutor(1) as pool:
            first = pool.submit(chat, gq, "echo-cn", big_prompt())
            assert g.big_started.wait(30)
            second = chat(gq, "fake-cn", big_prompt(seed=6), timeout=10)
            small = chat(gq, "echo-cn", "手机13700001234", timeout=10)
            g.release.set()
            assert first.result(timeout=60).status_code == 200
        assert second.status_code == 503, second.text
        assert second.json()["error"]["code"] == "inspection-busy"
        assert second.headers["Retry-After"] == "1"
        assert gq.vendor.seen == []
        assert audit_record(gq, second.headers["x-request-id"])["error_class"] == "inspection-busy"
        assert small.status_code == 200, "small prompts are scanned inline, outside the bound"
        assert chat(gq, "echo-cn", big_prompt(seed=7)).status_code == 200, "the slot is free again"
    finally:
        g.release.set()
        gq.stop()


def _wait_until(cond: Any, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not cond():
        assert time.monotonic() < deadline, "condition not reached"
        time.sleep(0.01)


def test_a_burst_of_big_prompts_waits_for_the_worker_instead_of_being_refused(tmp_path: Path) -> None:
    """Sixteen clients sending ~20 K-character prompts at once (a RAG app) are all answered with the default
    limits; the count of 4 that used to bound the queue refused most of them with 503."""
    gq = ProxyThread(tmp_path).start()
    g = gate(gq, hold=True)
    pool = gq.app[GATEWAY].inspection_pool  # type: ignore[index]
    try:
        with ThreadPoolExecutor(16) as clients:
            first = clients.submit(chat, gq, "echo-cn", big_prompt(seed=20))
            assert g.big_started.wait(30)
            rest = [clients.submit(chat, gq, "echo-cn", big_prompt(seed=21 + k)) for k in range(15)]
            _wait_until(lambda: pool.taken == 16)   # all queued behind the held scan, none refused yet
            assert 15 * BIG < pool.queued_chars < 15 * (BIG + 6000)
            g.release.set()
            answers = [first.result(timeout=120)] + [f.result(timeout=120) for f in rest]
        assert [r.status_code for r in answers] == [200] * 16, [r.text[:200] for r in answers if r.status_code != 200]
        assert pool.taken == 0 and pool.queued_chars == 0
    finally:
        g.release.set()
        gq.stop()


def test_big_prompts_beyond_the_waiting_characters_are_refused(tmp_path: Path) -> None:
    """`limits.inspection_queue_chars` bounds what waits: the prompt that would pass it gets 503 at once,
    nothing forwarded; one that fits still waits, and the running scan never counts against it."""
    limit = BIG + 6000     # room for one big prompt waiting, not two
    gq = ProxyThread(tmp_path, limits={"max_body_bytes": 1_000_000, "drain_seconds": 5,
                                       "inspection_queue_chars": limit}).start()
    g = gate(gq, hold=True)
    pool = gq.app[GATEWAY].inspection_pool  # type: ignore[index]
    try:
        with ThreadPoolExecutor(2) as clients:
            first = clients.submit(chat, gq, "echo-cn", big_prompt(seed=40) * 3)    # 3x the budget: a free worker takes it
            assert g.big_started.wait(30)
            waiting = clients.submit(chat, gq, "echo-cn", big_prompt(seed=41))
            _wait_until(lambda: pool.taken == 2)
            refused = chat(gq, "fake-cn", big_prompt(seed=42), timeout=10)
            g.release.set()
            assert first.result(timeout=120).status_code == 200
            assert waiting.result(timeout=120).status_code == 200
        assert refused.status_code == 503, refused.text
        assert refused.json()["error"]["code"] == "inspection-busy"
        assert refused.headers["Retry-After"] == "1"
        assert gq.vendor.seen == [], "the refused prompt went nowhere"
        assert audit_record(gq, refused.headers["x-request-id"])["error_class"] == "inspection-busy"
        assert "13812345678" not in refused.text
    finally:
        g.release.set()
        gq.stop()


def test_the_scan_endpoint_scans_a_big_text_off_the_loop_with_the_same_findings(gq: ProxyThread) -> None:
    g = gate(gq)
    text = big_prompt(seed=8)
    r = httpx.post(f"{gq.url}/v1/guanqia/scan", headers={"Authorization": f"Bearer {SECURITY_KEY}"},
                   json={"text": text}, timeout=60)
    assert r.status_code == 200, r.text
    assert [name.startswith("guanqia-inspect") for _n, name in g.scans] == [True]
    expected = [(f.type, f.start, f.end) for f in g.inner.scan(text)]
    assert [(f["type"], f["start"], f["end"]) for f in r.json()["findings"]] == expected
    assert ("CN_PHONE", 8, 19) in expected

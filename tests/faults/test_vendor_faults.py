"""What neighbours do wrong on the vendor side — slow, resetting, garbage, rate limiting — and what the
caller gets for it. Every test also checks that each answered request left its audit record."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import httpx
import pytest

from tests.faults.conftest import audited_ids
from tests.support.raw_vendor import Raw, RawVendor, ok_json, sse_head
from tests.support.fake_vendor import Script
from tests.support.proxy_thread import CLIENT_KEY, ProxyThread

AUTH = {"Authorization": f"Bearer {CLIENT_KEY}"}


def chat(model: str, stream: bool = False, text: str = "你好") -> dict[str, Any]:
    return {"model": model, "stream": stream, "messages": [{"role": "user", "content": text}]}


def post(gq: ProxyThread, body: dict[str, Any], timeout: float | httpx.Timeout = 30) -> httpx.Response:
    return httpx.post(f"{gq.url}/v1/chat/completions", json=body, headers=AUTH, timeout=timeout)


def completion(text: str) -> bytes:
    return json.dumps({"id": "c", "object": "chat.completion", "created": 1, "model": "raw", "choices": [
        {"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}]}).encode()


def chunk(text: str) -> bytes:
    return ("data: " + json.dumps({"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "raw",
            "choices": [{"index": 0, "delta": {"content": text}, "finish_reason": None}]}) + "\n\n").encode()


def stream_text(r: httpx.Response) -> tuple[str, list[dict[str, Any]], bool]:
    """(content, parsed events, saw [DONE]) of an OpenAI SSE answer."""
    events, done = [], False
    for line in r.text.splitlines():
        if line == "data: [DONE]":
            done = True
        elif line.startswith("data: "):
            try:
                events.append(json.loads(line[6:]))
            except ValueError:
                continue
    text = "".join(c["delta"].get("content") or "" for e in events for c in e.get("choices", []))
    return text, events, done


def assert_all_audited(gq: ProxyThread, *responses: httpx.Response) -> dict[str, dict[str, Any]]:
    records = audited_ids(gq)
    for r in responses:
        assert r.headers["x-request-id"] in records, f"no audit record for the answered {r.status_code}"
    return records


# -- slow ------------------------------------------------------------------------------------------------

def test_streamed_call_with_no_first_byte_in_time_is_504(gq: ProxyThread) -> None:
    gq.vendor.push(Script(delay=3))
    r = post(gq, chat("slow-cn", stream=True))
    assert r.status_code == 504
    assert r.json()["error"]["code"] == "upstream-timeout"
    assert assert_all_audited(gq, r)[r.headers["x-request-id"]]["status"] == 504


def test_slow_stream_past_the_first_byte_timeout_is_still_relayed(gq: ProxyThread) -> None:
    reply = "慢慢来，一个字一个字地说完。"
    gq.vendor.push(Script(reply=reply, chunk_delay=0.25))   # ~1.5 s of streaming; first_byte is 1 s
    r = post(gq, chat("slow-cn", stream=True))
    assert r.status_code == 200
    text, _, done = stream_text(r)
    assert text == reply and done
    assert assert_all_audited(gq, r)[r.headers["x-request-id"]]["status"] == 200


def test_body_that_stalls_past_the_total_timeout_is_an_error_not_a_hang(gq_raw: ProxyThread, raw: RawVendor) -> None:
    whole = ok_json(completion("说到一半停住了"))
    raw.scripts.append(Raw([whole[:len(whole) - 20], whole[len(whole) - 20:]], gap=4))   # total timeout is 2 s
    r = post(gq_raw, chat("raw-short"))
    assert r.status_code in (502, 504), r.text
    assert r.json()["error"]["code"] in ("upstream-broken", "upstream-timeout")
    assert "说到一半" not in r.text
    assert assert_all_audited(gq_raw, r)[r.headers["x-request-id"]]["status"] == r.status_code


def test_stream_that_stalls_past_the_total_timeout_ends_with_an_error_event(gq_raw: ProxyThread,
                                                                            raw: RawVendor) -> None:
    raw.scripts.append(Raw([sse_head(), chunk("你"), chunk("好"), b"data: [DONE]\n\n"], gap=1.5))
    r = post(gq_raw, chat("raw-short", stream=True))
    assert r.status_code == 200
    text, events, done = stream_text(r)
    assert not done and "error" in events[-1], "a stalled stream must not look complete"
    assert text.startswith("你")
    assert assert_all_audited(gq_raw, r)[r.headers["x-request-id"]]["error_class"] in ("upstream-timeout",
                                                                                      "upstream-reset")


# -- resets ----------------------------------------------------------------------------------------------

def test_body_cut_short_is_502_never_a_partial_200(gq_raw: ProxyThread, raw: RawVendor) -> None:
    raw.scripts.append(Raw([ok_json(completion("这句话没说完")[:40], length=400)]))
    r = post(gq_raw, chat("raw"))
    assert r.status_code == 502 and r.json()["error"]["code"] == "upstream-broken"
    assert "这句话" not in r.text
    assert assert_all_audited(gq_raw, r)[r.headers["x-request-id"]]["error_class"] == "upstream-broken"


def test_reset_before_headers_fails_over_to_the_next_vendor(gq_raw: ProxyThread, raw: RawVendor) -> None:
    raw.scripts.append(Raw([]))          # accept, read the request, close without a byte
    r = post(gq_raw, chat("raw-then-echo"))
    assert r.status_code == 200, r.text
    assert json.loads(r.json()["choices"][0]["message"]["content"])["messages"][0]["content"] == "你好"
    record = assert_all_audited(gq_raw, r)[r.headers["x-request-id"]]
    assert record["vendor"] == "echo-cn"


def test_reset_mid_stream_after_restored_text_is_audited_as_broken(gq: ProxyThread) -> None:
    gq.vendor.push(Script(reply="一二三四五六七八九十" * 3, reset_after=4, chunk_delay=0.01))
    r = post(gq, chat("fake-cn", stream=True))
    text, events, done = stream_text(r)
    assert not done and "error" in events[-1]
    assert text == ("一二三四五六七八九十" * 3)[:12], "everything received before the reset was relayed"
    assert assert_all_audited(gq, r)[r.headers["x-request-id"]]["error_class"] == "upstream-reset"


# -- garbage ---------------------------------------------------------------------------------------------

GARBAGE = {
    "html": ok_json(b"<html><body>502 Bad Gateway</body></html>"),
    "truncated-json": ok_json(completion("半句")[:30]),
    "empty": ok_json(b""),
    "html-content-type": ok_json(b"<html>maintenance</html>", content_type="text/html"),
}


@pytest.mark.parametrize("kind", sorted(GARBAGE))
def test_garbage_200_is_502_in_the_callers_shape(gq_raw: ProxyThread, raw: RawVendor, kind: str) -> None:
    raw.scripts.append(Raw([GARBAGE[kind]]))
    r = post(gq_raw, chat("raw"))
    assert_all_audited(gq_raw, r)
    assert r.status_code == 502
    assert r.headers["content-type"].startswith("application/json")
    assert r.json()["error"]["code"] == "upstream-bad-response"


def test_valid_json_with_a_wrong_content_type_is_relayed(gq_raw: ProxyThread, raw: RawVendor) -> None:
    raw.scripts.append(Raw([ok_json(completion("内容没问题"), content_type="text/plain")]))
    r = post(gq_raw, chat("raw"))
    assert r.status_code == 200
    assert r.json()["choices"][0]["message"]["content"] == "内容没问题"
    assert_all_audited(gq_raw, r)


def test_sse_junk_lines_are_skipped_and_the_answer_completes(gq_raw: ProxyThread, raw: RawVendor) -> None:
    raw.scripts.append(Raw([sse_head(), chunk("你"), b"garbage without a field\n\n", b": keep-alive\n\n",
                            b"data: {not json\n\n", chunk("好"), b"\xff\xfe\x00 binary\n\n", b"event: \n\n",
                            b"data: [DONE]\n\n"], gap=0.01))
    r = post(gq_raw, chat("raw", stream=True))
    assert r.status_code == 200
    text, _, done = stream_text(r)
    assert text == "你好" and done
    assert assert_all_audited(gq_raw, r)[r.headers["x-request-id"]]["status"] == 200


def test_stream_without_a_single_event_ends_with_an_error_event(gq_raw: ProxyThread, raw: RawVendor) -> None:
    raw.scripts.append(Raw([sse_head(), b"<html>this is not an event stream</html>"]))
    r = post(gq_raw, chat("raw", stream=True))
    assert_all_audited(gq_raw, r)
    _, events, done = stream_text(r)
    assert not done and events and "error" in events[-1]


# -- rate limiting ---------------------------------------------------------------------------------------

def test_429_on_the_last_candidate_passes_retry_after_to_the_caller(gq: ProxyThread) -> None:
    gq.vendor.push(Script(status=429, headers={"Retry-After": "7"}))
    r = post(gq, chat("fake-cn"))
    assert r.status_code == 429 and r.headers["retry-after"] == "7"
    assert r.json()["error"]["code"] == "upstream-rate-limited"
    assert assert_all_audited(gq, r)[r.headers["x-request-id"]]["status"] == 429


def _cooldown_skips_vendor(gq: ProxyThread, retry_after: str) -> None:
    gq.vendor.push(Script(status=429, headers={"Retry-After": retry_after}))
    first = post(gq, chat("flaky"))
    assert first.status_code == 200            # failed over to echo-cn
    seen = len(gq.vendor.seen)
    second = post(gq, chat("flaky"))
    assert second.status_code == 200
    assert len(gq.vendor.seen) == seen, "the rate-limited vendor is left alone while it cools down"
    assert_all_audited(gq, first, second)


def test_429_retry_after_seconds_cools_the_vendor_down(gq: ProxyThread) -> None:
    _cooldown_skips_vendor(gq, "60")


def test_429_retry_after_http_date_cools_the_vendor_down(gq: ProxyThread) -> None:
    _cooldown_skips_vendor(gq, format_datetime(datetime.now(UTC) + timedelta(seconds=60), usegmt=True))


# -- client gone -----------------------------------------------------------------------------------------

def test_client_gone_before_the_vendor_answered_is_audited_as_499(gq: ProxyThread) -> None:
    gq.vendor.push(Script(delay=3))
    with pytest.raises(httpx.ReadTimeout):
        post(gq, chat("fake-cn"), timeout=httpx.Timeout(30, read=0.5))
    deadline = time.monotonic() + 10
    records: dict[str, dict[str, Any]] = {}
    while time.monotonic() < deadline:
        records = audited_ids(gq)
        if any(r["status"] == 499 for r in records.values()):
            break
        time.sleep(0.1)
    assert [r["error_class"] for r in records.values() if r["status"] == 499] == ["client-disconnected"]

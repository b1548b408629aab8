"""Streamed tool calls under a pseudonymize policy: the vendor streams tool-call arguments in 3-character
pieces with a pseudonym split across them; the client must get the real value back, in valid JSON, and never
a half placeholder. Vendor side is a raw-socket vendor scripted event by event (OpenAI and Anthropic)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from proxy.config import EMBEDDED_DEFAULT
from tests.adversarial.support import POLICIES, post
from tests.support.raw_vendor import Raw, RawVendor, ok_json, sse_head
from tests.support.proxy_thread import ProxyThread

PHONE = "13812345678"
PROMPT = f"帮我给 {PHONE} 发短信"


@pytest.fixture
def gq_us(tmp_path: Path, raw: RawVendor) -> Iterator[ProxyThread]:
    vendors: dict[str, Any] = {
        **EMBEDDED_DEFAULT["vendors"],
        "raw-us": {"protocol": "openai", "base_url": f"{raw.url}/v1", "region": "us", "jurisdiction": "US",
                   "timeouts": {"connect": 2, "first_byte": 5, "total": 10}},
        "raw-anthropic-us": {"protocol": "anthropic", "base_url": f"{raw.url}/v1", "region": "us",
                             "jurisdiction": "US", "timeouts": {"connect": 2, "first_byte": 5, "total": 10}},
    }
    routes = [{"model": "raw-us", "to": ["raw-us"]}, {"model": "claude-raw", "to": ["raw-anthropic-us"]}]
    policy = tmp_path / "policy.yaml"
    policy.write_bytes((POLICIES / "examples" / "pseudonymize-and-restore.yaml").read_bytes())
    gq = ProxyThread(tmp_path, vendors=vendors, routes=routes, policy=str(policy)).start()
    try:
        yield gq
    finally:
        gq.stop()


def learn_token(gq: ProxyThread, raw: RawVendor) -> str:
    """Send the prompt once; the pseudonym the vendor received is what it will use in its answer."""
    raw.scripts.append(Raw([ok_json(json.dumps({"id": "c", "object": "chat.completion", "created": 1, "model": "m",
                                                 "choices": [{"index": 0, "finish_reason": "stop", "message": {
                                                     "role": "assistant", "content": "ok"}}]}).encode())]))
    r = post(gq, "/v1/chat/completions", {"model": "raw-us", "messages": [{"role": "user", "content": PROMPT}]})
    assert r.status_code == 200, r.text
    sent = raw.requests[-1].decode("utf-8", "replace")
    assert PHONE not in sent
    token = re.search(r"\[CN_PHONE_[a-z2-9]{6}\]", sent)
    assert token, sent
    return token.group(0)


def pieces(text: str, n: int = 3) -> list[str]:
    return [text[i:i + n] for i in range(0, len(text), n)]


def sse(data: dict[str, Any], event: str | None = None) -> bytes:
    head = f"event: {event}\n" if event else ""
    return f"{head}data: {json.dumps(data, ensure_ascii=False)}\n\n".encode()


def test_openai_streamed_tool_call_arguments_are_restored(gq_us: ProxyThread, raw: RawVendor) -> None:
    token = learn_token(gq_us, raw)
    arguments = json.dumps({"to": token, "text": "您好"}, ensure_ascii=False)

    def chunk(delta: dict[str, Any], finish: str | None = None) -> bytes:
        return sse({"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m",
                    "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]})

    events = [sse_head(), chunk({"role": "assistant", "content": None, "tool_calls": [
        {"index": 0, "id": "call_1", "type": "function", "function": {"name": "send_sms", "arguments": ""}}]})]
    events += [chunk({"tool_calls": [{"index": 0, "function": {"arguments": p}}]}) for p in pieces(arguments)]
    events += [chunk({}, "tool_calls"), b"data: [DONE]\n\n"]
    raw.scripts.append(Raw(events, gap=0.005))
    r = post(gq_us, "/v1/chat/completions", {"model": "raw-us", "stream": True,
                                             "messages": [{"role": "user", "content": PROMPT}]})
    assert r.status_code == 200
    got = ""
    for line in r.text.splitlines():
        if line.startswith("data: {"):
            for choice in json.loads(line[6:])["choices"]:
                for call in choice["delta"].get("tool_calls") or []:
                    part = call.get("function", {}).get("arguments") or ""
                    assert "[CN_PH" not in part, f"a partial placeholder escaped: {part!r}"
                    got += part
    assert json.loads(got) == {"to": PHONE, "text": "您好"}
    assert token not in r.text


def test_anthropic_streamed_tool_use_input_is_restored(gq_us: ProxyThread, raw: RawVendor) -> None:
    token = learn_token(gq_us, raw)
    partial = json.dumps({"to": token}, ensure_ascii=False)
    events = [sse_head(),
              sse({"type": "message_start", "message": {"id": "m", "type": "message", "role": "assistant",
                   "model": "m", "content": [], "stop_reason": None, "stop_sequence": None,
                   "usage": {"input_tokens": 1, "output_tokens": 0}}}, "message_start"),
              sse({"type": "content_block_start", "index": 0, "content_block": {
                  "type": "tool_use", "id": "tu_1", "name": "send_sms", "input": {}}}, "content_block_start")]
    events += [sse({"type": "content_block_delta", "index": 0, "delta": {"type": "input_json_delta",
                                                                         "partial_json": p}}, "content_block_delta")
               for p in pieces(partial)]
    events += [sse({"type": "content_block_stop", "index": 0}, "content_block_stop"),
               sse({"type": "message_delta", "delta": {"stop_reason": "tool_use", "stop_sequence": None},
                    "usage": {"output_tokens": 5}}, "message_delta"),
               sse({"type": "message_stop"}, "message_stop")]
    raw.scripts.append(Raw(events, gap=0.005))
    r = post(gq_us, "/v1/messages", {"model": "claude-raw", "max_tokens": 50, "stream": True,
                                     "messages": [{"role": "user", "content": PROMPT}]})
    assert r.status_code == 200, r.text
    got = ""
    for line in r.text.splitlines():
        if line.startswith("data: {"):
            event = json.loads(line[6:])
            if event["type"] == "content_block_delta":
                part = event["delta"].get("partial_json", "")
                assert "[CN_PH" not in part, f"a partial placeholder escaped: {part!r}"
                got += part
    assert json.loads(got) == {"to": PHONE}
    assert token not in r.text

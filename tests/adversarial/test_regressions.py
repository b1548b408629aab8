"""Regression cases for failures users reported in other LLM gateways, run against the real proxy.

Each test names the reported failure it guards against; docs/security.md lists them with what they show.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.adversarial.support import AUTH, luhn, post, proxy_on, records, treatment
from tests.support.fake_vendor import Script
from tests.support.proxy_thread import ProxyThread

PHONE = "13812345678"
NAME = "张伟"
EMAIL = "zhang.wei@corp-example.cn"
PROMPT = f"请给{NAME}回电话 {PHONE}，或发邮件到 {EMAIL}。"
PLACEHOLDER = re.compile(r"\[[A-Z_]+_[a-z2-9]{6}\]")


@pytest.fixture
def pseudo(tmp_path: Path) -> Iterator[ProxyThread]:
    gq = proxy_on(tmp_path, "examples/pseudonymize-and-restore.yaml")
    try:
        yield gq
    finally:
        gq.stop()


def sse_data(text: str) -> list[dict[str, Any]]:
    return [json.loads(line[6:]) for line in text.splitlines()
            if line.startswith("data: ") and line != "data: [DONE]"]


# -- 1. a value split across two streamed chunks leaks or fails to restore --------------------------------

def test_openai_stream_restores_placeholders_split_over_3_char_chunks(pseudo: ProxyThread) -> None:
    r = post(pseudo, "/v1/chat/completions", {"model": "fake-us", "stream": True,
                                              "messages": [{"role": "user", "content": PROMPT}]})
    sent = pseudo.vendor.seen[-1].body["messages"][0]["content"]
    assert PHONE not in sent and NAME not in sent and EMAIL not in sent
    pieces = [c["delta"].get("content") or "" for e in sse_data(r.text) for c in e["choices"]]
    assert "".join(pieces) == "echo: " + PROMPT
    for piece in pieces:
        assert "[" not in piece or not re.search(r"\[[A-Z_]*$", piece), f"a partial placeholder escaped: {piece!r}"
    assert not any(PLACEHOLDER.search(p) for p in pieces)


def test_anthropic_stream_restores_placeholders_split_over_3_char_chunks(pseudo: ProxyThread) -> None:
    r = post(pseudo, "/v1/messages", {"model": "claude-x", "max_tokens": 50, "stream": True,
                                      "messages": [{"role": "user", "content": PROMPT}]})
    sent = json.dumps(pseudo.vendor.seen[-1].body, ensure_ascii=False)
    assert PHONE not in sent and NAME not in sent
    text = "".join(e["delta"].get("text", "") for e in sse_data(r.text) if e["type"] == "content_block_delta")
    assert text == "echo: " + PROMPT
    assert not PLACEHOLDER.search(r.text)


def test_placeholder_at_the_very_end_of_a_stream_is_restored(pseudo: ProxyThread) -> None:
    post(pseudo, "/v1/chat/completions", {"model": "fake-us", "messages": [{"role": "user", "content": PROMPT}]})
    phone_token = re.search(r"\[CN_PHONE_[a-z2-9]{6}\]", pseudo.vendor.seen[-1].body["messages"][0]["content"])
    assert phone_token
    pseudo.vendor.push(Script(reply="好的，我会打 " + phone_token.group(0)))
    r = post(pseudo, "/v1/chat/completions", {"model": "fake-us", "stream": True,
                                              "messages": [{"role": "user", "content": PROMPT}]})
    text = "".join(c["delta"].get("content") or "" for e in sse_data(r.text) for c in e["choices"])
    assert text == "好的，我会打 " + PHONE


# -- 2. tool-call arguments forwarded unmasked --------------------------------------------------------------

def test_openai_tool_call_arguments_and_tool_results_are_inspected(gq: ProxyThread) -> None:
    body = {"model": "fake-us", "messages": [
        {"role": "user", "content": "查一下这个客户"},
        {"role": "assistant", "content": None, "tool_calls": [{"id": "call_1", "type": "function", "function": {
            "name": "lookup", "arguments": json.dumps({"phone": PHONE, "email": EMAIL})}}]},
        {"role": "tool", "tool_call_id": "call_1", "content": json.dumps({"owner": NAME, "mobile": PHONE},
                                                                          ensure_ascii=False)},
        {"role": "user", "content": "总结一下"}]}
    r = post(gq, "/v1/chat/completions", body)
    assert r.status_code == 200
    sent = json.dumps(gq.vendor.seen[-1].body, ensure_ascii=False)
    assert PHONE not in sent and EMAIL not in sent
    args = json.loads(gq.vendor.seen[-1].body["messages"][1]["tool_calls"][0]["function"]["arguments"])
    assert args == {"phone": "[CN_PHONE_1]", "email": "[EMAIL_1]"}, "arguments stay valid JSON, values masked"


def test_anthropic_tool_use_input_and_tool_result_are_inspected(gq: ProxyThread) -> None:
    body = {"model": "claude-x", "max_tokens": 50, "messages": [
        {"role": "user", "content": "查一下这个客户"},
        {"role": "assistant", "content": [{"type": "tool_use", "id": "tu_1", "name": "lookup",
                                           "input": {"phone": PHONE, "nested": {"email": EMAIL}}}]},
        {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "tu_1",
                                      "content": [{"type": "text", "text": f"机主手机 {PHONE}"}]}]}]}
    r = post(gq, "/v1/messages", body)
    assert r.status_code == 200, r.text
    sent = json.dumps(gq.vendor.seen[-1].body, ensure_ascii=False)
    assert PHONE not in sent and EMAIL not in sent
    assert gq.vendor.seen[-1].body["messages"][1]["content"][0]["input"]["nested"]["email"] == "[EMAIL_1]"


def test_tool_call_arguments_in_the_answer_are_restored(pseudo: ProxyThread) -> None:
    post(pseudo, "/v1/chat/completions", {"model": "fake-us", "messages": [{"role": "user", "content": PROMPT}]})
    token = re.search(r"\[CN_PHONE_[a-z2-9]{6}\]", pseudo.vendor.seen[-1].body["messages"][0]["content"])
    assert token
    pseudo.vendor.push(Script(tool_args=json.dumps({"dial": token.group(0)})))
    r = post(pseudo, "/v1/chat/completions", {"model": "fake-us", "messages": [{"role": "user", "content": PROMPT}]})
    call = r.json()["choices"][0]["message"]["tool_calls"][0]
    assert json.loads(call["function"]["arguments"]) == {"dial": PHONE}


# -- 3. one endpoint skipping inspection that another applies -----------------------------------------------

ENDPOINTS: dict[str, dict[str, Any]] = {
    "/v1/chat/completions": {"messages": [{"role": "user", "content": f"请回电 {PHONE}"}]},
    "/v1/completions": {"prompt": f"请回电 {PHONE}"},
    "/v1/responses": {"input": f"请回电 {PHONE}"},
    "/v1/embeddings": {"input": f"请回电 {PHONE}"},
    "/v1/messages": {"max_tokens": 10, "messages": [{"role": "user", "content": f"请回电 {PHONE}"}]},
    "/v1/messages/count_tokens": {"messages": [{"role": "user", "content": f"请回电 {PHONE}"}]},
}


@pytest.mark.parametrize("path", sorted(ENDPOINTS))
def test_every_endpoint_gives_the_same_phone_the_same_treatment(gq: ProxyThread, path: str) -> None:
    r = post(gq, path, {"model": "echo-us", **ENDPOINTS[path]})
    assert r.status_code == 200, r.text
    assert PHONE not in r.text
    record = records(gq)[r.headers["x-request-id"]]
    assert treatment(record) == [("CN_PHONE", 1, "redact")]
    assert record["vendor"] == "echo-us"
    if path not in ("/v1/embeddings", "/v1/messages/count_tokens"):   # the echo shows what left
        assert "[CN_PHONE_1]" in r.text


def test_embeddings_reach_the_vendor_redacted(gq: ProxyThread) -> None:
    r = post(gq, "/v1/embeddings", {"model": "fake-us", "input": [f"请回电 {PHONE}", "无害的句子"]})
    assert r.status_code == 200
    assert gq.vendor.seen[-1].body["input"] == ["请回电 [CN_PHONE_1]", "无害的句子"]


# -- 4. content arrays inspected less than plain strings ----------------------------------------------------

@pytest.mark.parametrize("content", [
    f"请回电 {PHONE}",
    [{"type": "text", "text": f"请回电 {PHONE}"}],
    [{"type": "text", "text": "请回电"}, {"type": "text", "text": f" {PHONE}"}],
    [{"type": "text", "text": f"请回电 {PHONE}", "cache_control": {"type": "ephemeral"}}],
])
def test_content_arrays_are_inspected_like_strings(gq: ProxyThread, content: Any) -> None:
    r = post(gq, "/v1/chat/completions", {"model": "fake-us", "messages": [
        {"role": "system", "content": content}, {"role": "user", "content": content}]})
    assert r.status_code == 200
    sent = json.dumps(gq.vendor.seen[-1].body, ensure_ascii=False)
    assert PHONE not in sent and sent.count("[CN_PHONE_1]") == 2


# -- 5. 19-digit UnionPay cards missed ---------------------------------------------------------------------

@pytest.mark.parametrize("card", [luhn("621226220100123456"), luhn("622848001234567"), luhn("62148300001234567")])
def test_unionpay_cards_of_16_to_19_digits_are_caught(gq: ProxyThread, card: str) -> None:
    spaced = " ".join(card[i:i + 4] for i in range(0, len(card), 4))
    r = post(gq, "/v1/chat/completions", {"model": "fake-us", "messages": [
        {"role": "user", "content": f"卡号 {card}，另一张 {spaced}"}]})
    assert r.status_code == 200
    sent = gq.vendor.seen[-1].body["messages"][0]["content"]
    assert card not in sent and spaced not in sent and sent.count("[BANK_CARD_") == 2


# -- 6. order numbers and timestamps taken for phones -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "订单号 20261130123456789 已发货",
    "订单编号：138123456789012",
    "时间戳 1732950000123",
    "created_at=1732950123",
    "请于 2026-11-30 13:45:12 前回复，单号 202611301345120001",
    "用户ID 13812345678901",
    "版本 v13.8.1234.5678",
    f"流水号 {luhn('621226220100123456')[:-1]}9",
])
def test_order_numbers_and_timestamps_pass_untouched(gq: ProxyThread, text: str) -> None:
    r = post(gq, "/v1/chat/completions", {"model": "fake-us", "messages": [{"role": "user", "content": text}]})
    assert r.status_code == 200
    assert gq.vendor.seen[-1].body["messages"][0]["content"] == text
    assert treatment(records(gq)[r.headers["x-request-id"]]) == []


# -- 7. detector errors silently failing open ---------------------------------------------------------------

EXPLODING_POLICY = """\
schema: guanqia.policy/v1
id: exploding-detector
version: "1"
detectors:
  - type: INTERNAL_CODE
    class: "tests.adversarial.recognizers:ExplodingRecognizer"
    data_class: confidential
rules:
  - id: internal-codes-redacted
    when: {entity: INTERNAL_CODE}
    action: redact
default: {action: allow}
"""


def test_a_crashing_third_party_detector_fails_closed(tmp_path: Path) -> None:
    gq = proxy_on(tmp_path, "", text=EXPLODING_POLICY)
    try:
        for path, body in (("/v1/chat/completions", {"model": "fake-cn", "stream": True,
                                                     "messages": [{"role": "user", "content": f"号码 {PHONE}"}]}),
                           ("/v1/messages", {"model": "claude-x", "max_tokens": 5,
                                             "messages": [{"role": "user", "content": f"号码 {PHONE}"}]})):
            r = post(gq, path, body)
            assert r.status_code == 500, r.text
            assert PHONE not in r.text and "Traceback" not in r.text
            if path == "/v1/messages":
                assert r.json()["type"] == "error"
            else:
                assert r.json()["error"]["code"] == "inspection-failed"
            assert records(gq)[r.headers["x-request-id"]]["error_class"] == "inspection-failed"
        assert gq.vendor.seen == [], "nothing was forwarded uninspected"
        assert not any(PHONE in line for line in gq.log_lines)
    finally:
        gq.stop()


# -- 8. PII written to logs (on the error paths the happy-path test does not reach) -------------------------

def test_error_paths_log_no_values(tmp_path: Path) -> None:
    gq = proxy_on(tmp_path, "examples/pseudonymize-and-restore.yaml")
    card = luhn("621226220100123456")
    try:
        post(gq, "/v1/chat/completions", {"model": "fake-us", "messages": [{"role": "user", "content": f"卡 {card}"}]})
        httpx.post(f"{gq.url}/v1/chat/completions", content=f'{{"model": "fake-cn", "messages": "{PHONE}'.encode(),
                   headers={**AUTH, "content-type": "application/json"})
        post(gq, "/v1/chat/completions", {"model": "fake-cn", "messages": [{"role": PHONE, "content": EMAIL}]})
        httpx.post(f"{gq.url}/v1/chat/completions?api_key={PHONE}", json={"model": "fake-cn"})
        httpx.post(f"{gq.url}/v1/chat/completions", json={"model": "fake-cn"},
                   headers={"Authorization": f"Bearer {PHONE}"})
        gq.vendor.push(Script(status=400, body=json.dumps({"error": {"message": f"bad {EMAIL}"}}).encode()))
        post(gq, "/v1/chat/completions", {"model": "fake-cn", "messages": [{"role": "user", "content": EMAIL}]})
        gq.vendor.push(Script(reply=f"{NAME} {PHONE}", reset_after=2))
        post(gq, "/v1/chat/completions", {"model": "fake-cn", "stream": True,
                                         "messages": [{"role": "user", "content": EMAIL}]})
        lines = gq.log_lines
        assert len(lines) >= 8
        for line in lines:
            json.loads(line)
            for value in (PHONE, EMAIL, card, NAME, "zhang.wei"):
                assert value not in line, f"{value!r} logged: {line}"
    finally:
        gq.stop()


def test_unknown_model_name_is_not_logged_verbatim(gq: ProxyThread) -> None:
    r = post(gq, "/v1/chat/completions", {"model": f"给{NAME}打{PHONE}", "messages": [{"role": "user", "content": "hi"}]})
    assert r.status_code == 404
    assert not any(PHONE in line for line in gq.log_lines)
    assert PHONE not in json.dumps(records(gq)[r.headers["x-request-id"]], ensure_ascii=False)
    assert not any(PHONE in str(s.attributes) for s in gq.spans.get_finished_spans())


# -- 9. vendor-extra fields: preserved for the vendor, so they must be inspected too ----------------------

@pytest.mark.parametrize("path, body", [
    ("/v1/chat/completions", {"model": "fake-us", "messages": [{"role": "user", "content": "hi"}],
                              "x_vendor_extra": {"note": [PHONE]}}),
    ("/v1/chat/completions", {"model": "fake-us", "messages": [
        {"role": "user", "content": [{"type": "text", "text": "hi", "extra": PHONE}]}]}),
    ("/v1/messages", {"model": "claude-x", "max_tokens": 5, "messages": [{"role": "user", "content": "hi"}],
                      "x_vendor_extra": PHONE}),
])
def test_vendor_extra_fields_are_inspected(gq: ProxyThread, path: str, body: dict[str, Any]) -> None:
    r = post(gq, path, body)
    assert r.status_code in (200, 403)
    assert r.status_code == 403 or PHONE not in json.dumps(gq.vendor.seen[-1].body)

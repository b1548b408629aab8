"""Values inside structured tool payloads keep their key's context.

Tool-call arguments written with escapes (Python's `json.dumps` default) and tool inputs sent as objects
are inspected leaf by leaf; a password or a passport number is recognisable only by the key it sits
under, so the scan reads each leaf as `key: value`. Without that, these values reached a foreign vendor.
All values are synthetic."""

from __future__ import annotations

import json
from typing import Any

from tests.support.proxy_thread import ProxyThread

PASSWORD = "Tq8#vLm2!Wz"
PASSPORT = "E73920481"


def _tool_messages(arguments: str) -> list[dict[str, Any]]:
    return [{"role": "user", "content": "帮我登录一下系统"},
            {"role": "assistant", "content": None,
             "tool_calls": [{"id": "call_1", "type": "function",
                             "function": {"name": "login", "arguments": arguments}}]},
            {"role": "tool", "tool_call_id": "call_1", "content": "ok"}]


def test_password_in_escaped_tool_arguments_is_redacted(gq: ProxyThread, openai_client: Any) -> None:
    arguments = json.dumps({"username": "魏晓梅", "password": PASSWORD})   # ensure_ascii: CJK as \\u escapes
    assert "\\u" in arguments
    openai_client.chat.completions.create(model="fake-cn", messages=_tool_messages(arguments))
    sent = gq.vendor.seen[-1].body["messages"][1]["tool_calls"][0]["function"]["arguments"]
    args = json.loads(sent)
    assert PASSWORD not in sent and args["password"].startswith("[PASSWORD_"), sent
    assert args["username"] == "魏晓梅"                  # personal data may go to a mainland vendor


def test_passport_in_escaped_tool_result_is_redacted_abroad(gq: ProxyThread, openai_client: Any) -> None:
    messages = _tool_messages(json.dumps({"q": "查询证件"}))
    messages[2]["content"] = json.dumps({"traveller": {"passport_no": PASSPORT, "city": "北京"}})  # 北京 escaped
    openai_client.chat.completions.create(model="fake-us", messages=messages)
    sent = gq.vendor.seen[-1].body["messages"][2]["content"]
    assert PASSPORT not in sent, sent


def test_password_in_anthropic_tool_use_input_is_redacted(gq: ProxyThread, anthropic_client: Any) -> None:
    anthropic_client.messages.create(
        model="claude-test", max_tokens=64,
        messages=[{"role": "user", "content": "连上数据库"},
                  {"role": "assistant", "content": [{"type": "tool_use", "id": "toolu_1", "name": "db_connect",
                                                     "input": {"host": "db.internal", "user": "app",
                                                               "password": PASSWORD}}]},
                  {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_1",
                                                "content": "connected"}]}])
    sent = json.dumps(gq.vendor.seen[-1].body["messages"][1]["content"][0]["input"], ensure_ascii=False)
    assert PASSWORD not in sent, sent
    assert "db.internal" in sent                          # the key's label is never written into the body

"""Request parts that carry text are inspected, not counted opaque (issue 2, the proxy path).

MCP calls and results, server-tool results sent back (code execution, bash, text editor, web fetch,
web search), Responses shell and patch items and MCP tool listings, and text files sent inline as
data URLs used to be counted as opaque parts: the default policy then blocked them abroad without
looking, and to a mainland vendor they went without their key-value context. Each is sent here
through the official SDK to the proxy with the built-in policy: a secret in it is redacted, a phone
number going abroad becomes a placeholder, and nothing else in the body changes. What truly cannot
be read (images, PDFs, encrypted output) is still opaque and still blocked abroad. All values are
synthetic.
"""

from __future__ import annotations

import base64
import copy
import json
import re
import shutil
from pathlib import Path
from typing import Any

import anthropic
import openai
import pytest

import policies
from tests.support.fake_vendor import Script
from tests.support.proxy_thread import CLIENT_KEY, ProxyThread

PASSWORD = "Hn7#wQx4!Lp2"
PHONES = [f"1391846{n:04d}" for n in range(3, 40, 3)]
"""Distinct synthetic mainland mobile numbers, one per field."""


def only_values_replaced(original: Any, sent: Any, values: list[str]) -> None:
    """`sent` has `original`'s shape; a string differs only where it held one of `values`, and then
    none of them is left in it."""
    if isinstance(original, dict):
        assert isinstance(sent, dict) and list(sent) == list(original), (original, sent)
        for key in original:
            only_values_replaced(original[key], sent[key], values)
    elif isinstance(original, list):
        assert isinstance(sent, list) and len(sent) == len(original), (original, sent)
        for before, after in zip(original, sent):
            only_values_replaced(before, after, values)
    elif isinstance(original, str) and original != sent:
        assert isinstance(sent, str) and any(v in original for v in values), (original, sent)
        assert not any(v in sent for v in values), sent
    else:
        assert sent == original


def data_url(text: str, media: str = "text/plain") -> str:
    return f"data:{media};base64," + base64.b64encode(text.encode()).decode()


def decoded(url: str) -> tuple[str, str]:
    head, _, data = url.partition(",")
    return head, base64.b64decode(data).decode()


# ---- Anthropic Messages ----------------------------------------------------------------------------

def _claude(anthropic_client: anthropic.Anthropic, messages: list[Any]) -> Any:
    """The beta endpoint, as an MCP-connector client calls it."""
    return anthropic_client.beta.messages.create(model="claude-test", max_tokens=64, messages=messages,
                                                 betas=["mcp-client-2025-04-04"])


def _sent_messages(gq: ProxyThread) -> Any:
    return gq.vendor.seen[-1].body["messages"]


def _assistant_turn(*blocks: dict[str, Any]) -> list[dict[str, Any]]:
    return [{"role": "user", "content": "查一下客户资料"},
            {"role": "assistant", "content": list(blocks)},
            {"role": "user", "content": "继续"}]


def test_mcp_tool_use_and_result_are_inspected(gq: ProxyThread,
                                               anthropic_client: anthropic.Anthropic) -> None:
    messages = _assistant_turn(
        {"type": "mcp_tool_use", "id": "mcptoolu_1", "name": "crm_login", "server_name": "crm",
         "input": {"account": "ops", "password": PASSWORD, "note": f"回电 {PHONES[0]}"}},
        {"type": "mcp_tool_result", "tool_use_id": "mcptoolu_1", "is_error": False,
         "content": [{"type": "text", "text": f"客户手机 {PHONES[1]}"}]},
        {"type": "mcp_tool_result", "tool_use_id": "mcptoolu_2", "content": f"备用电话 {PHONES[2]}"})
    _claude(anthropic_client, copy.deepcopy(messages))
    sent = _sent_messages(gq)
    only_values_replaced(messages, sent, [PASSWORD, *PHONES[:3]])
    blocks = sent[1]["content"]
    assert blocks[0]["input"]["password"] != PASSWORD and "[CN_PHONE_" in blocks[0]["input"]["note"]
    assert "[CN_PHONE_" in blocks[1]["content"][0]["text"] and "[CN_PHONE_" in blocks[2]["content"]


def test_code_execution_results_are_inspected(gq: ProxyThread, anthropic_client: anthropic.Anthropic) -> None:
    messages = _assistant_turn(
        {"type": "server_tool_use", "id": "srvtoolu_1", "name": "code_execution",
         "input": {"code": "print(lookup())"}},
        {"type": "code_execution_tool_result", "tool_use_id": "srvtoolu_1",
         "content": {"type": "code_execution_result", "return_code": 0, "stdout": f"phone={PHONES[0]}\n",
                     "stderr": "", "content": [{"type": "code_execution_output", "file_id": "file_011"}]}},
        {"type": "bash_code_execution_tool_result", "tool_use_id": "srvtoolu_2",
         "content": {"type": "bash_code_execution_result", "return_code": 1, "stdout": "",
                     "stderr": f"warning: 联系人 {PHONES[1]} 重复", "content": []}},
        {"type": "text_editor_code_execution_tool_result", "tool_use_id": "srvtoolu_3",
         "content": {"type": "text_editor_code_execution_view_result", "file_type": "text",
                     "content": f"name,phone\n客户甲,{PHONES[2]}\n", "num_lines": 2, "start_line": 1,
                     "total_lines": 2}},
        {"type": "text_editor_code_execution_tool_result", "tool_use_id": "srvtoolu_4",
         "content": {"type": "text_editor_code_execution_str_replace_result",
                     "lines": [f"DB_PASSWORD={PASSWORD}", f"tel: {PHONES[3]}"], "new_lines": 2,
                     "new_start": 1, "old_lines": 2, "old_start": 1}},
        {"type": "text_editor_code_execution_tool_result", "tool_use_id": "srvtoolu_5",
         "content": {"type": "text_editor_code_execution_tool_result_error", "error_code": "unavailable",
                     "error_message": f"cannot open notes of {PHONES[4]}"}})
    _claude(anthropic_client, copy.deepcopy(messages))
    sent = _sent_messages(gq)
    only_values_replaced(messages, sent, [PASSWORD, *PHONES[:5]])
    blocks = sent[1]["content"]
    assert blocks[1]["content"]["stdout"].startswith("phone=[CN_PHONE_")
    assert blocks[1]["content"]["content"] == [{"type": "code_execution_output", "file_id": "file_011"}]
    assert PASSWORD not in blocks[4]["content"]["lines"][0]


def test_web_fetch_and_search_results_are_inspected(gq: ProxyThread,
                                                    anthropic_client: anthropic.Anthropic) -> None:
    messages = _assistant_turn(
        {"type": "web_fetch_tool_result", "tool_use_id": "srvtoolu_1",
         "content": {"type": "web_fetch_result", "url": "https://example.invalid/contacts",
                     "retrieved_at": "2025-06-01T08:00:00Z",
                     "content": {"type": "document", "title": "联系我们",
                                 "source": {"type": "text", "media_type": "text/plain",
                                            "data": f"客服热线 {PHONES[0]}，工作日 9:00-18:00"}}}},
        {"type": "web_search_tool_result", "tool_use_id": "srvtoolu_2",
         "content": [{"type": "web_search_result", "title": f"联系方式 {PHONES[1]} - 个人主页",
                      "url": "https://example.invalid/p/1", "page_age": "2025-05-30",
                      "encrypted_content": ""}]})
    _claude(anthropic_client, copy.deepcopy(messages))
    sent = _sent_messages(gq)
    only_values_replaced(messages, sent, PHONES[:2])
    assert "[CN_PHONE_" in sent[1]["content"][0]["content"]["content"]["source"]["data"]
    assert "[CN_PHONE_" in sent[1]["content"][1]["content"][0]["title"]


@pytest.mark.parametrize("block", [
    {"type": "web_search_tool_result", "tool_use_id": "srvtoolu_1",
     "content": [{"type": "web_search_result", "title": "新闻", "url": "https://example.invalid/n",
                  "encrypted_content": "EqwBCkYIBxgCKkCm3xVbq9"}]},
    {"type": "code_execution_tool_result", "tool_use_id": "srvtoolu_1",
     "content": {"type": "encrypted_code_execution_result", "return_code": 0, "stderr": "",
                 "encrypted_stdout": "EpoBCkYIBxgCKkB1c2Vy", "content": []}},
    {"type": "text_editor_code_execution_tool_result", "tool_use_id": "srvtoolu_1",
     "content": {"type": "text_editor_code_execution_view_result", "file_type": "image",
                 "content": "iVBORw0KGgo"}},
    {"type": "web_fetch_tool_result", "tool_use_id": "srvtoolu_1",
     "content": {"type": "web_fetch_result", "url": "https://example.invalid/a.pdf",
                 "content": {"type": "document",
                             "source": {"type": "base64", "media_type": "application/pdf",
                                        "data": "JVBERi0x"}}}},
    {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": "iVBORw0KGgo"}},
], ids=["web-search-encrypted", "code-encrypted-stdout", "editor-image", "fetched-pdf", "image"])
def test_what_cannot_be_read_is_still_opaque_and_blocked_abroad(
        gq: ProxyThread, anthropic_client: anthropic.Anthropic, block: dict[str, Any]) -> None:
    seen = len(gq.vendor.seen)
    with pytest.raises(anthropic.PermissionDeniedError) as info:
        _claude(anthropic_client, _assistant_turn(block))
    assert "opaque-abroad-blocked" in str(info.value.body) or "cannot be inspected" in str(info.value.body)
    assert len(gq.vendor.seen) == seen


def test_server_tool_blocks_in_the_answer_are_restored(tmp_path: Path) -> None:
    """Under a pseudonymising policy the vendor sees tags; the server-tool blocks it answers with
    (an MCP call and its result, code output, search titles) come back with the real value, and a
    sealed `encrypted_content` comes back byte for byte."""
    policy = tmp_path / "policy.yaml"
    shutil.copy(Path(policies.__file__).parent / "examples" / "pseudonymize-and-restore.yaml", policy)
    gq = ProxyThread(tmp_path, policy=str(policy)).start()
    prompt = [{"role": "user", "content": f"查一下 {PHONES[0]} 的订单"}]
    try:
        with anthropic.Anthropic(base_url=gq.url, api_key=CLIENT_KEY, max_retries=0, timeout=30) as client:
            _claude(client, prompt)
            found = re.search(r"\[CN_PHONE_[a-z2-9]{6}\]", gq.vendor.seen[-1].body["messages"][0]["content"])
            assert found, "the phone left as a pseudonym"
            tag, sealed = found.group(), "EqwBCkYIBxgCKkCm3xVbq9"
            gq.vendor.push(Script(body=json.dumps({
                "id": "msg_1", "type": "message", "role": "assistant", "model": "claude-test",
                "stop_reason": "end_turn", "stop_sequence": None,
                "usage": {"input_tokens": 9, "output_tokens": 9},
                "content": [
                    {"type": "mcp_tool_use", "id": "mcptoolu_1", "name": "orders", "server_name": "crm",
                     "input": {"phone": tag}},
                    {"type": "mcp_tool_result", "tool_use_id": "mcptoolu_1", "is_error": False,
                     "content": [{"type": "text", "text": f"{tag} 有 2 笔订单"}]},
                    {"type": "code_execution_tool_result", "tool_use_id": "srvtoolu_1",
                     "content": {"type": "code_execution_result", "stdout": f"{tag}: 2\n", "stderr": "",
                                 "return_code": 0, "content": []}},
                    {"type": "web_search_tool_result", "tool_use_id": "srvtoolu_2",
                     "content": [{"type": "web_search_result", "title": f"{tag} 归属地",
                                  "url": "https://example.invalid/", "encrypted_content": sealed,
                                  "page_age": None}]},
                    {"type": "text", "text": f"{tag} 有 2 笔订单。"}]}).encode()))
            reply = _claude(client, prompt)
    finally:
        gq.stop()
    blocks = json.loads(reply.to_json())["content"]
    assert blocks[0]["input"] == {"phone": PHONES[0]}
    assert blocks[1]["content"][0]["text"] == f"{PHONES[0]} 有 2 笔订单"
    assert blocks[2]["content"]["stdout"] == f"{PHONES[0]}: 2\n"
    assert blocks[3]["content"][0]["title"] == f"{PHONES[0]} 归属地"
    assert blocks[3]["content"][0]["encrypted_content"] == sealed
    assert tag not in json.dumps(blocks)


# ---- OpenAI Responses (the echo vendor answers with exactly the body it received) ------------------

def _responses(openai_client: openai.OpenAI, items: list[dict[str, Any]]) -> Any:
    reply = openai_client.responses.create(model="echo-us", input=items)  # type: ignore[arg-type]
    return json.loads(reply.output_text)["input"]


def test_shell_and_patch_items_are_inspected(openai_client: openai.OpenAI) -> None:
    items: list[dict[str, Any]] = [
        {"role": "user", "content": "整理一下通讯录"},
        {"type": "shell_call", "call_id": "call_1", "status": "completed",
         "action": {"commands": [f"grep {PHONES[0]} contacts.csv", "wc -l contacts.csv"],
                    "timeout_ms": 1000}},
        {"type": "shell_call_output", "call_id": "call_1",
         "output": [{"stdout": f"客户甲,{PHONES[1]}\n", "stderr": "",
                     "outcome": {"type": "exit", "exit_code": 0}},
                    {"stdout": "1\n", "stderr": f"DB_PASSWORD={PASSWORD}", "outcome": {"type": "timeout"}}]},
        {"type": "apply_patch_call", "call_id": "call_2", "status": "completed",
         "operation": {"type": "update_file", "path": "contacts.csv",
                       "diff": f"@@\n-客户甲,{PHONES[2]}\n+客户甲,{PHONES[3]}\n"}},
        {"type": "apply_patch_call_output", "call_id": "call_2", "status": "completed",
         "output": f"updated contacts.csv ({PHONES[4]})"},
    ]
    sent = _responses(openai_client, copy.deepcopy(items))
    only_values_replaced(items, sent, [PASSWORD, *PHONES[:5]])
    assert sent[1]["action"]["commands"][0].startswith("grep [CN_PHONE_")
    assert "[CN_PHONE_" in sent[3]["operation"]["diff"] and PASSWORD not in sent[2]["output"][1]["stderr"]


def test_mcp_approval_reason_is_inspected(openai_client: openai.OpenAI) -> None:
    items: list[dict[str, Any]] = [
        {"role": "user", "content": "查一下客户"},
        {"type": "mcp_approval_request", "id": "mcpr_1", "server_label": "crm", "name": "find_customer",
         "arguments": json.dumps({"phone": PHONES[6]})},
        {"type": "mcp_approval_response", "approval_request_id": "mcpr_1", "approve": True,
         "reason": f"可以，客户电话是 {PHONES[7]}"},
    ]
    sent = _responses(openai_client, copy.deepcopy(items))
    only_values_replaced(items, sent, PHONES[6:8])
    assert sent[2]["reason"].startswith("可以，客户电话是 [CN_PHONE_") and sent[2]["approve"] is True


def test_mcp_tool_listing_and_call_error_are_inspected(openai_client: openai.OpenAI) -> None:
    items: list[dict[str, Any]] = [
        {"role": "user", "content": "有哪些工具"},
        {"type": "mcp_list_tools", "id": "mcpl_1", "server_label": "crm",
         "tools": [{"name": "find_customer", "description": f"查客户；测试号码 {PHONES[0]}",
                    "input_schema": {"type": "object", "properties": {
                        "phone": {"type": "string", "description": f"例如 {PHONES[1]}"}}}}]},
        {"type": "mcp_call", "id": "mcp_1", "server_label": "crm", "name": "find_customer",
         "arguments": json.dumps({"phone": PHONES[2]}),
         "error": {"type": "mcp_tool_execution_error", "content": [{"type": "text",
                                                                     "text": f"no customer {PHONES[3]}"}]}},
    ]
    sent = _responses(openai_client, copy.deepcopy(items))
    only_values_replaced(items, sent, PHONES[:4])
    assert "[CN_PHONE_" in sent[1]["tools"][0]["description"]


def test_inline_text_file_is_inspected_and_images_stay_opaque(openai_client: openai.OpenAI) -> None:
    text = f"编号,电话\nA-01,{PHONES[0]}\n"
    items: list[dict[str, Any]] = [{"role": "user", "content": [
        {"type": "input_text", "text": "看看这个文件"},
        {"type": "input_file", "filename": "contacts.csv", "file_data": data_url(text, "text/csv")}]}]
    sent = _responses(openai_client, copy.deepcopy(items))
    head, got = decoded(sent[0]["content"][1]["file_data"])
    assert head == "data:text/csv;base64" and PHONES[0] not in got
    assert got.startswith("编号,电话\nA-01,[CN_PHONE_") and got.endswith("]\n")
    with pytest.raises(openai.PermissionDeniedError):
        _responses(openai_client, [{"role": "user", "content": [
            {"type": "input_text", "text": "看看这张图"},
            {"type": "input_image", "image_url": "data:image/png;base64,iVBORw0KGgo"}]}])


# ---- OpenAI Chat Completions: file parts ---------------------------------------------------------

def _file_part(url: str, name: str = "notes.txt") -> dict[str, Any]:
    return {"type": "file", "file": {"filename": name, "file_data": url}}


def _chat(openai_client: openai.OpenAI, model: str, part: dict[str, Any]) -> None:
    messages: list[Any] = [{"role": "user", "content": [{"type": "text", "text": "总结附件"}, part]}]
    openai_client.chat.completions.create(model=model, messages=messages)


@pytest.mark.parametrize("media", ["text/plain", "text/markdown", "text/csv", "application/json",
                                   "text/plain;charset=utf-8"])
def test_text_file_part_is_inspected_and_reencoded(gq: ProxyThread, openai_client: openai.OpenAI,
                                                   media: str) -> None:
    text = json.dumps({"contact": f"电话 {PHONES[0]}", "password": PASSWORD}, ensure_ascii=False)
    _chat(openai_client, "fake-us", _file_part(data_url(text, media)))
    part = gq.vendor.seen[-1].body["messages"][0]["content"][1]
    assert part["type"] == "file" and part["file"]["filename"] == "notes.txt" and list(part["file"]) == [
        "filename", "file_data"]
    head, got = decoded(part["file"]["file_data"])
    assert head == f"data:{media};base64"
    assert PHONES[0] not in got and PASSWORD not in got and "[CN_PHONE_" in got
    assert list(json.loads(got)) == ["contact", "password"]


def test_text_file_to_the_mainland_keeps_personal_data_and_loses_secrets(
        gq: ProxyThread, openai_client: openai.OpenAI) -> None:
    text = f"联系人电话 {PHONES[0]}\npassword: {PASSWORD}\n"
    _chat(openai_client, "fake-cn", _file_part(data_url(text)))
    _, got = decoded(gq.vendor.seen[-1].body["messages"][0]["content"][1]["file"]["file_data"])
    assert PHONES[0] in got and PASSWORD not in got
    clean = data_url("会议纪要：下周一上午十点开会。\n")
    _chat(openai_client, "fake-us", _file_part(clean))
    assert gq.vendor.seen[-1].body["messages"][0]["content"][1]["file"]["file_data"] == clean   # untouched


def test_other_keys_of_a_text_file_part_are_inspected_too(gq: ProxyThread,
                                                          openai_client: openai.OpenAI) -> None:
    """Once a text file is no longer opaque, nothing next to its data may ride along unseen."""
    part = _file_part(data_url("会议纪要"))
    part["file"]["note"] = f"联系 {PHONES[0]}"
    _chat(openai_client, "fake-us", part)
    sent = gq.vendor.seen[-1].body["messages"][0]["content"][1]["file"]
    assert PHONES[0] not in sent["note"] and "[CN_PHONE_" in sent["note"]


@pytest.mark.parametrize("part", [
    _file_part("data:application/pdf;base64,JVBERi0xLjQK", "a.pdf"),
    _file_part(data_url("电话").replace("text/plain", "text/plain;charset=gbk")),
    _file_part("data:text/plain,%E7%94%B5%E8%AF%9D"),
    {"type": "file", "file": {"file_id": "file-abc123"}},
    {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0KGgo"}},
], ids=["pdf", "gbk-text", "not-base64", "file-id", "image"])
def test_files_that_are_not_inline_utf8_text_stay_opaque(gq: ProxyThread, openai_client: openai.OpenAI,
                                                        part: dict[str, Any]) -> None:
    seen = len(gq.vendor.seen)
    with pytest.raises(openai.PermissionDeniedError):
        _chat(openai_client, "fake-us", part)
    assert len(gq.vendor.seen) == seen


def test_text_smuggled_under_a_sealed_key_does_not_leave_unchecked(gq: ProxyThread,
                                                                    openai_client: openai.OpenAI) -> None:
    """`encrypted_content` is skipped only while it looks like ciphertext: a client field of that name holding
    a phone number and a password reaches a US vendor redacted, like any other unknown field."""
    openai_client.chat.completions.create(
        model="fake-us", messages=[{"role": "user", "content": "你好"}],
        extra_body={"encrypted_content": f"客户 {PHONES[5]} 密码：{PASSWORD}"})
    sent = gq.vendor.seen[-1].body["encrypted_content"]
    assert PHONES[5] not in sent and PASSWORD not in sent and sent.startswith("客户 [CN_PHONE_")

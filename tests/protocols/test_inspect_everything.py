"""No endpoint and no text-bearing field skips inspection (issue 6, adversarial).

Each body below puts a distinct phone number in every field position a vendor would read; every
one of them must come back inside a segment, and every segment's path must point at its text.
"""

from __future__ import annotations

import base64
import json
from typing import Any, Callable

import pytest

from proxy.protocols import ENDPOINTS
from proxy.protocols._json import DATA_URL, EMBEDDED
from proxy.protocols.base import Call


class Phones:
    """Hands out distinct valid-looking mainland mobile numbers and remembers them."""

    def __init__(self) -> None:
        self.issued: list[str] = []

    def __call__(self, before: str = "电话 ", after: str = "") -> str:
        number = f"1391234{len(self.issued):04d}"
        self.issued.append(number)
        return f"{before}{number}{after}"


def resolve(body: Any, path: tuple[str | int, ...]) -> Any:
    node = body
    for step in path:
        if step == EMBEDDED:
            node = json.loads(node)
            continue
        if step == DATA_URL and isinstance(node, str):
            node = base64.b64decode(node.partition(",")[2]).decode()
            continue
        node = node[step]
    return node


def text_file(text: str, media: str = "text/plain") -> str:
    return f"data:{media};base64," + base64.b64encode(text.encode()).decode()


def chat_body(p: Phones) -> dict[str, Any]:
    return {
        "model": "gpt-4o",
        "messages": [
            {"role": "system", "content": p()},
            {"role": "developer", "content": [{"type": "text", "text": p()}]},
            {"role": "user", "name": p("", ""), "content": p()},
            {"role": "user", "content": [
                {"type": "text", "text": p()},
                {"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA"}},
                {"type": "file", "file": {"filename": p(), "file_data": text_file(p())}},
            ]},
            {"role": "assistant", "content": p(), "refusal": p(), "reasoning_content": p(), "tool_calls": [
                {"id": "call_1", "type": "function",
                 "function": {"name": "lookup", "arguments": json.dumps({"phone": p("", "")})}},
                {"id": "call_2", "type": "custom", "custom": {"name": "grep", "input": p()}},
            ]},
            {"role": "tool", "tool_call_id": "call_1", "content": json.dumps({"owner": p("张三 ")})},
            {"role": "tool", "tool_call_id": "call_2", "content": [{"type": "text", "text": p()}]},
            {"role": "assistant", "content": None, "function_call": {
                "name": "legacy", "arguments": json.dumps({"n": [p("", "")]})}},
            {"role": "function", "name": "legacy", "content": p()},
        ],
        "tools": [{"type": "function", "function": {
            "name": "lookup", "description": p(),
            "parameters": {"type": "object", "properties": {
                "phone": {"type": "string", "description": p(), "enum": [p("", "")]},
                "hidden": {"type": p("", ""), "default": p()}}}}}],
        "functions": [{"name": "legacy", "description": p()}],
        "response_format": {"type": "json_schema", "json_schema": {
            "name": "answer", "description": p(), "schema": {"type": "object", "title": p()}}},
        "prediction": {"type": "content", "content": p()},
        "stop": [p()],
        "web_search_options": {"user_location": {"type": "approximate", "approximate": {"city": p()}}},
        "user": p("", ""), "safety_identifier": p("", ""), "metadata": {"ticket": p()},
        "stream": True, "stream_options": {"include_usage": True},
    }


def completions_body(p: Phones) -> dict[str, Any]:
    return {"model": "gpt-3.5-turbo-instruct", "prompt": [p(), p()], "suffix": p(), "stop": p(),
            "user": p("", ""), "metadata": {"k": p()}}


def completions_string_body(p: Phones) -> dict[str, Any]:
    return {"model": "gpt-3.5-turbo-instruct", "prompt": p()}


def embeddings_body(p: Phones) -> dict[str, Any]:
    return {"model": "text-embedding-3-small", "input": [p(), p()], "user": p("", "")}


def embeddings_string_body(p: Phones) -> dict[str, Any]:
    return {"model": "text-embedding-3-small", "input": p()}


def responses_body(p: Phones) -> dict[str, Any]:
    return {
        "model": "gpt-4.1",
        "instructions": p(),
        "input": [
            {"role": "user", "content": p()},
            {"type": "message", "role": "user", "content": [
                {"type": "input_text", "text": p()},
                {"type": "input_image", "image_url": "https://example.invalid/a.png"},
                {"type": "input_file", "file_id": "file_1"},
                {"type": "input_file", "filename": p(), "file_data": text_file(p(), "text/csv")},
            ]},
            {"type": "message", "role": "assistant", "content": [
                {"type": "output_text", "text": p(), "annotations": []},
                {"type": "refusal", "refusal": p()}]},
            {"type": "function_call", "call_id": "c1", "name": "lookup",
             "arguments": json.dumps({"q": p("", "")})},
            {"type": "function_call_output", "call_id": "c1", "output": p()},
            {"type": "function_call_output", "call_id": "c2",
             "output": [{"type": "input_text", "text": p()}]},
            {"type": "custom_tool_call", "call_id": "c3", "name": "grep", "input": p()},
            {"type": "custom_tool_call_output", "call_id": "c3", "output": p()},
            {"type": "mcp_call", "id": "m1", "server_label": "crm", "name": "find",
             "arguments": json.dumps({"who": p()}), "output": p()},
            {"type": "mcp_approval_request", "id": "m2", "server_label": "crm", "name": "find",
             "arguments": json.dumps({"who": p()})},
            {"type": "code_interpreter_call", "id": "ci", "code": f"print('{p()}')"},
            {"type": "reasoning", "id": "r1", "summary": [{"type": "summary_text", "text": p()}]},
            {"type": "web_search_call", "id": "w1", "status": "completed",
             "action": {"type": "search", "query": p()}},
            {"type": "file_search_call", "id": "f1", "status": "completed", "queries": [p()],
             "results": [{"file_id": "file_2", "text": p()}]},
            {"type": "local_shell_call", "id": "l1", "call_id": "l1", "status": "completed",
             "action": {"type": "exec", "command": ["echo", p()]}},
            {"type": "local_shell_call_output", "id": "l2", "output": p()},
            {"type": "shell_call", "call_id": "s1", "action": {"commands": [f"grep {p('', '')} a.csv"]}},
            {"type": "shell_call_output", "call_id": "s1", "output": [
                {"stdout": p(), "stderr": p(), "outcome": {"type": "exit", "exit_code": 0}}]},
            {"type": "apply_patch_call", "call_id": "a1", "status": "completed",
             "operation": {"type": "update_file", "path": p("", ".txt"), "diff": p("+电话 ")}},
            {"type": "apply_patch_call_output", "call_id": "a1", "status": "completed", "output": p()},
            {"type": "mcp_list_tools", "id": "ml1", "server_label": "crm", "error": p(), "tools": [
                {"name": p("find_", ""), "description": p(),
                 "input_schema": {"type": "object", "properties": {"q": {"description": p()}}}}]},
            {"type": "mcp_call", "id": "m3", "server_label": "crm", "name": "find", "arguments": "{}",
             "error": {"type": "mcp_tool_execution_error", "content": [{"type": "text", "text": p()}]}},
            {"type": "item_reference", "id": "msg_1"},
        ],
        "tools": [{"type": "function", "name": "lookup", "description": p(),
                   "parameters": {"type": "object", "properties": {"q": {"type": "string",
                                                                          "description": p()}}}}],
        "text": {"format": {"type": "json_schema", "name": "out", "schema": {"description": p()}}},
        "prompt": {"id": "pmpt_1", "variables": {"customer": p(),
                                                 "note": {"type": "input_text", "text": p()}}},
        "user": p("", ""), "metadata": {"ticket": p()},
    }


def responses_string_body(p: Phones) -> dict[str, Any]:
    return {"model": "gpt-4.1", "input": p(), "instructions": p()}


def anthropic_body(p: Phones) -> dict[str, Any]:
    return {
        "model": "claude-sonnet-4-5", "max_tokens": 100,
        "system": [{"type": "text", "text": p()}],
        "messages": [
            {"role": "user", "content": p()},
            {"role": "user", "content": [
                {"type": "text", "text": p()},
                {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": "AAAA"}},
                {"type": "document", "title": p(), "context": p(),
                 "source": {"type": "text", "media_type": "text/plain", "data": p()}},
                {"type": "document",
                 "source": {"type": "content", "content": [{"type": "text", "text": p()}]}},
                {"type": "document", "source": {"type": "base64", "media_type": "application/pdf",
                                                "data": "JVBER"}},
                {"type": "search_result", "title": p(), "source": p(),
                 "content": [{"type": "text", "text": p()}]},
            ]},
            {"role": "assistant", "content": [
                {"type": "thinking", "thinking": p(), "signature": "sig"},
                {"type": "text", "text": p()},
                {"type": "tool_use", "id": "tu1", "name": "lookup",
                 "input": {"phone": p("", ""), "nested": [{"type": p("", "")}]}},
            ]},
            {"role": "user", "content": [
                {"type": "tool_result", "tool_use_id": "tu1", "content": p()},
                {"type": "tool_result", "tool_use_id": "tu2", "content": [{"type": "text", "text": p()}]},
            ]},
            {"role": "assistant", "content": [
                {"type": "mcp_tool_use", "id": "mt1", "name": "find", "server_name": "crm",
                 "input": {"phone": p("", "")}},
                {"type": "mcp_tool_result", "tool_use_id": "mt1", "content": [{"type": "text", "text": p()}]},
                {"type": "mcp_tool_result", "tool_use_id": "mt2", "content": p()},
                {"type": "code_execution_tool_result", "tool_use_id": "st1", "content": {
                    "type": "code_execution_result", "stdout": p(), "stderr": p(), "return_code": 0,
                    "content": [{"type": "code_execution_output", "file_id": "file_1"}]}},
                {"type": "bash_code_execution_tool_result", "tool_use_id": "st2", "content": {
                    "type": "bash_code_execution_result", "stdout": p(), "stderr": p(), "return_code": 0,
                    "content": []}},
                {"type": "code_execution_tool_result", "tool_use_id": "st3", "content": {
                    "type": "encrypted_code_execution_result", "encrypted_stdout": "EpoB", "stderr": p(),
                    "return_code": 0, "content": []}},
                {"type": "text_editor_code_execution_tool_result", "tool_use_id": "st4", "content": {
                    "type": "text_editor_code_execution_view_result", "file_type": "text", "content": p()}},
                {"type": "text_editor_code_execution_tool_result", "tool_use_id": "st5", "content": {
                    "type": "text_editor_code_execution_str_replace_result", "lines": [p(), p()]}},
                {"type": "text_editor_code_execution_tool_result", "tool_use_id": "st6", "content": {
                    "type": "text_editor_code_execution_tool_result_error", "error_code": "unavailable",
                    "error_message": p()}},
                {"type": "web_fetch_tool_result", "tool_use_id": "st7", "content": {
                    "type": "web_fetch_result", "url": p("https://example.invalid/", ""),
                    "content": {"type": "document", "title": p(),
                                "source": {"type": "text", "media_type": "text/plain", "data": p()}}}},
                {"type": "web_search_tool_result", "tool_use_id": "st8", "content": [
                    {"type": "web_search_result", "title": p(), "url": p("https://example.invalid/", ""),
                     "page_age": p(), "encrypted_content": "EqwB"}]},
                {"type": "web_search_tool_result", "tool_use_id": "st9",
                 "content": {"type": "web_search_tool_result_error", "error_code": "unavailable"}},
            ]},
        ],
        "tools": [{"name": "lookup", "description": p(),
                   "input_schema": {"type": "object", "properties": {
                       "phone": {"type": "string", "description": p()}}}}],
        "stop_sequences": [p()],
        "metadata": {"user_id": p("", "")},
        "stream": True,
    }


def anthropic_string_system_body(p: Phones) -> dict[str, Any]:
    return {"model": "claude-sonnet-4-5", "max_tokens": 10, "system": p(),
            "messages": [{"role": "user", "content": p()}]}


def count_tokens_body(p: Phones) -> dict[str, Any]:
    body = anthropic_body(p)
    del body["max_tokens"], body["stream"]
    return body


CASES: list[tuple[str, Callable[[Phones], dict[str, Any]], int]] = [
    ("/v1/chat/completions", chat_body, 1),
    ("/v1/completions", completions_body, 0),
    ("/v1/completions", completions_string_body, 0),
    ("/v1/embeddings", embeddings_body, 0),
    ("/v1/embeddings", embeddings_string_body, 0),
    ("/v1/responses", responses_body, 2),    # input_image, input_file by id
    ("/v1/responses", responses_string_body, 0),
    ("/v1/messages", anthropic_body, 4),      # image, PDF, encrypted stdout, encrypted page
    ("/v1/messages", anthropic_string_system_body, 0),
    ("/v1/messages/count_tokens", count_tokens_body, 4),
]


def parse(path: str, body: dict[str, Any]) -> Call:
    return ENDPOINTS[path].parse(json.dumps(body, ensure_ascii=False).encode())


@pytest.mark.parametrize(("path", "build", "opaque"), CASES,
                         ids=[f"{path}:{build.__name__}" for path, build, _ in CASES])
def test_a_phone_in_every_text_field_is_a_segment(path: str, build: Callable[[Phones], dict[str, Any]],
                                                  opaque: int) -> None:
    phones = Phones()
    body = build(phones)
    call = parse(path, body)
    texts = "\n".join(segment.text for segment in call.segments)
    missed = [number for number in phones.issued if number not in texts]
    assert missed == [], f"not inspected: {missed}"
    assert call.opaque == opaque


@pytest.mark.parametrize(("path", "build"), [(p, b) for p, b, _ in CASES],
                         ids=[f"{path}:{build.__name__}" for path, build, _ in CASES])
def test_every_segment_path_points_at_its_text(path: str, build: Callable[[Phones], dict[str, Any]]) -> None:
    body = build(Phones())
    call = parse(path, body)
    assert call.segments
    for segment in call.segments:
        assert resolve(body, segment.path) == segment.text


def test_same_paths_without_v1_prefix_use_the_same_adapters() -> None:
    for path, adapter in list(ENDPOINTS.items()):
        if path.startswith("/v1/"):
            assert ENDPOINTS[path[3:]] is adapter


def test_escaped_json_in_tool_arguments_is_inspected_decoded() -> None:
    """`json.dumps` escapes Chinese by default; detectors must see the characters, not `\\u5f20`."""
    arguments = json.dumps({"name": "张三", "addr": "北京市朝阳区"})  # ensure_ascii=True
    assert "\\u" in arguments
    body = {"model": "m", "messages": [
        {"role": "assistant", "content": None, "tool_calls": [
            {"id": "c", "type": "function", "function": {"name": "f", "arguments": arguments}}]},
        {"role": "tool", "tool_call_id": "c", "content": json.dumps({"result": "张三的手机"})}]}
    call = parse("/v1/chat/completions", body)
    assert {s.text for s in call.segments} == {"张三", "北京市朝阳区", "张三的手机"}
    assert {s.kind for s in call.segments} == {"tool_arguments", "tool_result"}


def test_type_values_that_are_not_vocabulary_are_inspected() -> None:
    body = {"model": "m", "messages": [{"role": "user", "content": "hi"}],
            "tools": [{"type": "function", "function": {"name": "f", "parameters": {
                "type": "object", "properties": {"a": {"type": "13912340000"}}}}}]}
    texts = [s.text for s in parse("/v1/chat/completions", body).segments]
    assert "13912340000" in texts
    assert "object" not in texts and "function" not in texts

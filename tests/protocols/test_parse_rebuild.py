"""Parsing requests (stream flags, opaque parts, clear errors) and rebuilding them for upstream."""

from __future__ import annotations

import base64
import json
from typing import Any

import orjson
import pytest

from proxy.errors import BadRequest
from proxy.protocols import ENDPOINTS
from proxy.protocols.base import Call

SECRET = "13912349999"


def parse(path: str, body: dict[str, Any] | bytes) -> Call:
    raw = body if isinstance(body, bytes) else json.dumps(body, ensure_ascii=False).encode()
    return ENDPOINTS[path].parse(raw)


MINIMAL = {
    "/v1/chat/completions": {"model": "m", "messages": [{"role": "user", "content": "hi"}]},
    "/v1/completions": {"model": "m", "prompt": "hi"},
    "/v1/embeddings": {"model": "m", "input": "hi"},
    "/v1/responses": {"model": "m", "input": "hi"},
    "/v1/messages": {"model": "m", "max_tokens": 5, "messages": [{"role": "user", "content": "hi"}]},
    "/v1/messages/count_tokens": {"model": "m", "messages": [{"role": "user", "content": "hi"}]},
}


@pytest.mark.parametrize("path", MINIMAL)
@pytest.mark.parametrize(("raw", "code"), [
    (b"{not json", "invalid-json"),
    (b"\xff\xfe{}", "invalid-json"),
    (b"[1, 2]", "invalid-json"),
    (b'{"model": NaN}', "invalid-json"),
    (b"", "invalid-json"),
])
def test_malformed_bodies_are_bad_requests(path: str, raw: bytes, code: str) -> None:
    with pytest.raises(BadRequest) as caught:
        ENDPOINTS[path].parse(raw)
    assert caught.value.code == code and caught.value.status == 400


@pytest.mark.parametrize("path", MINIMAL)
def test_missing_model_is_named(path: str) -> None:
    body = dict(MINIMAL[path])
    del body["model"]
    with pytest.raises(BadRequest) as caught:
        parse(path, body)
    assert caught.value.code == "missing-field" and "model" in caught.value.message


@pytest.mark.parametrize(("path", "body", "code", "field"), [
    ("/v1/chat/completions", {"model": "m"}, "missing-field", "messages"),
    ("/v1/chat/completions", {"model": "m", "messages": {"role": "user"}}, "invalid-field", "messages"),
    ("/v1/chat/completions", {"model": 7, "messages": []}, "invalid-field", "model"),
    ("/v1/chat/completions", {"model": "m", "messages": [{"role": "user", "content": 5}]}, "invalid-field",
     "messages[0].content"),
    ("/v1/chat/completions", {"model": "m", "messages": [], "stream": "yes"}, "invalid-field", "stream"),
    ("/v1/completions", {"model": "m"}, "missing-field", "prompt"),
    ("/v1/completions", {"model": "m", "prompt": [{"a": 1}]}, "invalid-field", "prompt[0]"),
    ("/v1/embeddings", {"model": "m"}, "missing-field", "input"),
    ("/v1/embeddings", {"model": "m", "input": 12}, "invalid-field", "input"),
    ("/v1/responses", {"model": "m", "input": 12}, "invalid-field", "input"),
    ("/v1/responses", {"model": "m", "input": ["x"]}, "invalid-field", "input[0]"),
    ("/v1/messages", {"model": "m", "max_tokens": 1}, "missing-field", "messages"),
    ("/v1/messages", {"model": "m", "messages": [{"role": "user", "content": 3}]}, "invalid-field",
     "messages[0].content"),
    ("/v1/messages", {"model": "m", "messages": [], "system": 3}, "invalid-field", "system"),
    ("/v1/messages/count_tokens", {"model": "m", "messages": [], "tools": {}}, "invalid-field", "tools"),
])
def test_wrong_shapes_name_the_field(path: str, body: dict[str, Any], code: str, field: str) -> None:
    with pytest.raises(BadRequest) as caught:
        parse(path, body)
    assert caught.value.code == code
    assert field in caught.value.message


def test_error_messages_never_quote_the_body() -> None:
    bodies = [
        {"model": SECRET, "messages": SECRET},
        {"model": "m", "messages": [{"role": "user", "content": [{"type": "text", "text": 1}], SECRET: 1}]},
        {"model": "m", "messages": [{"role": "user", "content": 13912349999}]},
    ]
    for body in bodies:
        with pytest.raises(BadRequest) as caught:
            parse("/v1/chat/completions", body)
        assert SECRET not in caught.value.message and SECRET not in str(caught.value)
    with pytest.raises(BadRequest) as caught:
        ENDPOINTS["/v1/messages"].parse(f'{{"model": "{SECRET}", '.encode())
    assert SECRET not in caught.value.message


def test_stream_and_include_usage_flags() -> None:
    call = parse("/v1/chat/completions", {**MINIMAL["/v1/chat/completions"], "stream": True,
                                          "stream_options": {"include_usage": True}})
    assert call.stream and call.include_usage and call.endpoint == "openai.chat" and call.model == "m"
    call = parse("/v1/completions", {**MINIMAL["/v1/completions"], "stream": True})
    assert call.stream and not call.include_usage
    assert parse("/v1/messages", {**MINIMAL["/v1/messages"], "stream": True}).stream
    assert not parse("/v1/embeddings", MINIMAL["/v1/embeddings"]).stream


@pytest.mark.parametrize(("path", "body", "opaque"), [
    ("/v1/embeddings", {"model": "m", "input": [1, 2, 3]}, 1),
    ("/v1/embeddings", {"model": "m", "input": [[1, 2], [3], "text"]}, 2),
    ("/v1/completions", {"model": "m", "prompt": [[1, 2], [3, 4]]}, 2),
    ("/v1/chat/completions", {"model": "m", "messages": [{"role": "user", "content": [
        {"type": "input_audio", "input_audio": {"data": "AA", "format": "wav"}},
        {"type": "file", "file": {"file_id": "f"}},
        {"type": "image_url", "image_url": {"url": "https://x.invalid/a.png"}},
        {"type": "something_new", "x": "y"}]}]}, 4),
    ("/v1/chat/completions", {"model": "m", "messages": [{"role": "user", "content": [
        {"type": "file", "file": {"filename": "a.txt", "file_data": "data:text/plain;base64,5L2g5aW9"}},
        {"type": "file", "file": {"file_data": "data:text/plain;base64,5L2g5aW9", "file_id": "f"}},
        {"type": "file", "file": {"file_data": "data:text/plain;base64,//79"}},          # not UTF-8
        {"type": "file", "file": {"file_data": "data:text/plain;base64,5L2g5a W9"}},     # not strict base64
        {"type": "file", "file": {"file_data": "data:application/pdf;base64,JVBERi0x"}},
        {"type": "file", "file": "a.txt"}]}]}, 5),
    ("/v1/responses", {"model": "m", "input": [
        {"type": "reasoning", "id": "r", "summary": [], "encrypted_content": "gAAA"},
        {"type": "future_item"}, {"role": "user", "content": [{"type": "input_audio"}]}]}, 3),
    ("/v1/messages", {"model": "m", "messages": [{"role": "user", "content": [
        {"type": "image", "source": {"type": "url", "url": "https://x.invalid/a.png"}},
        {"type": "redacted_thinking", "data": "xx"},
        {"type": "tool_result", "tool_use_id": "t", "content": [
            {"type": "image",
             "source": {"type": "base64", "data": "AA", "media_type": "image/png"}}]}]}]}, 3),
])
def test_parts_that_cannot_be_read_are_counted_opaque(path: str, body: dict[str, Any], opaque: int) -> None:
    assert parse(path, body).opaque == opaque


def test_token_ids_are_not_text() -> None:
    call = parse("/v1/embeddings", {"model": "m", "input": [[1, 2], "电话13912340000"]})
    assert [s.text for s in call.segments] == ["电话13912340000"]
    assert [s.path for s in call.segments] == [("input", 1)]


def test_big_integers_and_unicode_survive_parse() -> None:
    raw = b'{"model":"m","prompt":"hi","seed":123456789012345678901234567890}'
    call = parse("/v1/completions", raw)
    rebuilt = json.loads(ENDPOINTS["/v1/completions"].rebuild(call, {}, "m2"))
    assert rebuilt["seed"] == 123456789012345678901234567890 and rebuilt["model"] == "m2"


CHAT = {
    "model": "client-model",
    "messages": [{"role": "system", "content": "You are helpful."},
                 {"role": "user", "content": [
                     {"type": "text", "text": f"Call me at {SECRET}", "x_extra": 1},
                     {"type": "image_url", "image_url": {"url": "https://a.invalid"}}]}],
    "tools": [{"type": "function", "function": {"name": "f", "parameters": {"type": "object"}}}],
    "response_format": {"type": "json_object"},
    "reasoning_effort": "low", "temperature": 0.7, "top_p": 1e-05, "logit_bias": {"50256": -100},
    "vendor_extra": {"nested": [1, 2.5, None, True, "文本"]},
}


def test_rebuild_replaces_only_changed_texts_and_the_model() -> None:
    adapter = ENDPOINTS["/v1/chat/completions"]
    call = parse("/v1/chat/completions", CHAT)
    index = next(i for i, s in enumerate(call.segments) if SECRET in s.text)
    texts = {i: s.text for i, s in enumerate(call.segments)}
    texts[index] = "Call me at [CN_PHONE_1]"
    out = json.loads(adapter.rebuild(call, texts, "upstream-model"))
    expected = json.loads(json.dumps(CHAT))
    expected["model"] = "upstream-model"
    expected["messages"][1]["content"][0]["text"] = "Call me at [CN_PHONE_1]"
    assert out == expected
    assert list(out) == list(CHAT)  # key order kept
    assert call.body == CHAT  # the parsed call is not mutated: a failover rebuilds from it again


def test_rebuild_without_changes_keeps_everything_but_the_model() -> None:
    for path, body in MINIMAL.items():
        call = parse(path, {**body, "unknown_field": {"a": [1, "b"]}})
        out = json.loads(ENDPOINTS[path].rebuild(call, {}, "other"))
        assert out == {**body, "unknown_field": {"a": [1, "b"]}, "model": "other"}


def test_rebuild_writes_edits_inside_escaped_json_arguments_back_as_json() -> None:
    arguments = json.dumps({"name": "张三", "phone": SECRET, "n": 3})
    body = {"model": "m", "messages": [{"role": "assistant", "tool_calls": [
        {"id": "c", "type": "function", "function": {"name": "f", "arguments": arguments}}]}]}
    adapter = ENDPOINTS["/v1/chat/completions"]
    call = parse("/v1/chat/completions", body)
    texts = {i: s.text.replace(SECRET, "[CN_PHONE_1]").replace("张三", "[PERSON_1]")
             for i, s in enumerate(call.segments)}
    out = orjson.loads(adapter.rebuild(call, texts, "m"))
    sent = json.loads(out["messages"][0]["tool_calls"][0]["function"]["arguments"])
    assert sent == {"name": "[PERSON_1]", "phone": "[CN_PHONE_1]", "n": 3}


def test_rebuild_in_anthropic_tool_use_input_and_system() -> None:
    body = {"model": "claude", "max_tokens": 9, "system": f"Operator {SECRET}",
            "messages": [{"role": "assistant", "content": [
                {"type": "tool_use", "id": "t", "name": "f", "input": {"to": [SECRET], "type": SECRET}}]}]}
    adapter = ENDPOINTS["/v1/messages"]
    call = parse("/v1/messages", body)
    assert len([s for s in call.segments if SECRET in s.text]) == 3
    texts = {i: s.text.replace(SECRET, "[P]") for i, s in enumerate(call.segments)}
    out = json.loads(adapter.rebuild(call, texts, "claude-x"))
    assert SECRET not in json.dumps(out)
    assert out["system"] == "Operator [P]"
    assert out["messages"][0]["content"][0]["input"] == {"to": ["[P]"], "type": "[P]"}
    assert out["max_tokens"] == 9 and out["model"] == "claude-x"


def test_lone_surrogates_parse_and_rebuild_to_valid_utf8_json() -> None:
    raw = b'{"model": "m", "messages": [{"role": "user", "content": "bad \\ud800 half"}]}'
    call = parse("/v1/chat/completions", raw)
    assert call.segments[0].text == "bad \ud800 half"
    out = ENDPOINTS["/v1/chat/completions"].rebuild(call, {}, "m")
    out.decode("utf-8")
    assert json.loads(out)["messages"][0]["content"] == "bad \ud800 half"


def test_duplicate_keys_cannot_smuggle_an_uninspected_value() -> None:
    raw = (b'{"model": "m", "messages": [{"role": "user", "content": "' + SECRET.encode()
           + b'", "content": "harmless"}]}')
    call = parse("/v1/chat/completions", raw)
    sent = ENDPOINTS["/v1/chat/completions"].rebuild(call, {}, "m")
    assert [s.text for s in call.segments] == ["harmless"] and SECRET.encode() not in sent


def test_tool_arguments_given_as_an_object_are_inspected_and_rebuilt() -> None:
    body = {"model": "m", "messages": [{"role": "assistant", "tool_calls": [
        {"id": "c", "type": "function", "function": {"name": "f", "arguments": {"to": SECRET}}}]}]}
    call = parse("/v1/chat/completions", body)
    assert [(s.text, s.kind) for s in call.segments] == [(SECRET, "tool_arguments")]
    out = json.loads(ENDPOINTS["/v1/chat/completions"].rebuild(call, {0: "[P]"}, "m"))
    assert out["messages"][0]["tool_calls"][0]["function"]["arguments"] == {"to": "[P]"}


def test_a_key_named_like_the_embedded_marker_is_an_ordinary_key() -> None:
    body = {"model": "m", "messages": [{"role": "user", "content": "hi"}], "metadata": {"$json": SECRET}}
    call = parse("/v1/chat/completions", body)
    index = next(i for i, s in enumerate(call.segments) if s.text == SECRET)
    out = json.loads(ENDPOINTS["/v1/chat/completions"].rebuild(call, {index: "[P]"}, "m"))
    assert out["metadata"] == {"$json": "[P]"}


def test_a_key_named_like_the_data_url_marker_is_an_ordinary_key() -> None:
    body = {"model": "m", "messages": [{"role": "user", "content": "hi"}], "metadata": {"$data": SECRET}}
    call = parse("/v1/chat/completions", body)
    index = next(i for i, s in enumerate(call.segments) if s.text == SECRET)
    out = json.loads(ENDPOINTS["/v1/chat/completions"].rebuild(call, {index: "[P]"}, "m"))
    assert out["metadata"] == {"$data": "[P]"}


def test_a_text_file_is_rebuilt_in_its_own_envelope() -> None:
    head = "data:text/markdown;charset=UTF-8;base64,"
    text = f"# 联系\n电话 {SECRET}\n"
    url = head + base64.b64encode(text.encode()).decode()
    body = {"model": "m", "messages": [{"role": "user", "content": [
        {"type": "file", "file": {"filename": "a.md", "file_data": url}}]}]}
    call = parse("/v1/chat/completions", body)
    assert call.opaque == 0 and [s.text for s in call.segments] == [text, "a.md"]
    out = json.loads(ENDPOINTS["/v1/chat/completions"].rebuild(call, {0: text.replace(SECRET, "[P]")}, "m"))
    sent = out["messages"][0]["content"][0]["file"]["file_data"]
    assert sent.startswith(head) and base64.b64decode(sent[len(head):]).decode() == "# 联系\n电话 [P]\n"
    untouched = json.loads(ENDPOINTS["/v1/chat/completions"].rebuild(call, {}, "m"))
    assert untouched["messages"] == body["messages"]

"""Putting real values back into answers: whole bodies and streams, a placeholder cut anywhere."""

from __future__ import annotations

import json
from typing import Any

import pytest

from proxy.protocols import ENDPOINTS
from proxy.protocols.base import SseEvent
from tests.protocols.helpers import PHONE, PLACEHOLDER, MapRestorer, splits

NAME_TOKEN, NAME = "[PERSON_1]", '王"小\\明\n'
"""A value that must be escaped inside JSON: quote, backslash, newline."""
RESTORER = MapRestorer({PLACEHOLDER: PHONE, NAME_TOKEN: NAME})
TEXT = f"请拨打 {PLACEHOLDER} 找 {NAME_TOKEN}。"
REAL = f"请拨打 {PHONE} 找 {NAME}。"
ARGS = json.dumps({"phone": PLACEHOLDER, "who": NAME_TOKEN, "n": [1, 2]})
REAL_ARGS = {"phone": PHONE, "who": NAME, "n": [1, 2]}

chat = ENDPOINTS["/v1/chat/completions"]
completions = ENDPOINTS["/v1/completions"]
responses = ENDPOINTS["/v1/responses"]
messages = ENDPOINTS["/v1/messages"]


def dumps(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode()


def ev(data: Any, event: str = "") -> SseEvent:
    return SseEvent(data=data if isinstance(data, str) else json.dumps(data, ensure_ascii=False), event=event)


def run(adapter: Any, events: list[SseEvent], restorer: Any = RESTORER) -> tuple[list[SseEvent], Any]:
    rewriter = adapter.event_rewriter(restorer)
    out: list[SseEvent] = []
    for event in events:
        out.extend(rewriter.rewrite(event))
    out.extend(rewriter.finish())
    return out, rewriter


# ---- whole answers -------------------------------------------------------------------------------

CHAT_ANSWER = {
    "id": "chatcmpl-1", "object": "chat.completion", "created": 1, "model": "m",
    "choices": [{"index": 0, "finish_reason": "tool_calls", "message": {
        "role": "assistant", "content": TEXT, "refusal": None,
        "tool_calls": [{"id": "c1", "type": "function", "function": {"name": "dial", "arguments": ARGS}}]}}],
    "usage": {"prompt_tokens": 11, "completion_tokens": 7, "total_tokens": 18}, "service_tier": "default",
}


def test_chat_body_restores_content_and_json_arguments() -> None:
    body, usage = chat.restore_body(dumps(CHAT_ANSWER), RESTORER)
    answer = json.loads(body)
    message = answer["choices"][0]["message"]
    assert message["content"] == REAL
    assert json.loads(message["tool_calls"][0]["function"]["arguments"]) == REAL_ARGS
    assert (usage.prompt_tokens, usage.completion_tokens) == (11, 7)
    assert answer["service_tier"] == "default"


def test_bodies_without_placeholders_or_restorer_come_back_byte_identical() -> None:
    raw = dumps({**CHAT_ANSWER, "choices": [{"index": 0, "message": {"role": "assistant", "content": "hi"}}]})
    assert chat.restore_body(raw, RESTORER)[0] is raw
    raw = dumps(CHAT_ANSWER)
    body, usage = chat.restore_body(raw, None)
    assert body is raw and usage.prompt_tokens == 11
    assert chat.restore_body(b"<html>bad gateway</html>", RESTORER)[0] == b"<html>bad gateway</html>"


def test_legacy_function_call_and_completions_text() -> None:
    answer = {"choices": [{"index": 0, "message": {"role": "assistant", "content": None,
                                                   "function_call": {"name": "f", "arguments": ARGS}}}]}
    out = json.loads(chat.restore_body(dumps(answer), RESTORER)[0])
    assert json.loads(out["choices"][0]["message"]["function_call"]["arguments"]) == REAL_ARGS
    answer = {"id": "c", "object": "text_completion", "choices": [{"index": 0, "text": TEXT}],
              "usage": {"prompt_tokens": 3, "completion_tokens": 4, "total_tokens": 7}}
    body, usage = completions.restore_body(dumps(answer), RESTORER)
    assert json.loads(body)["choices"][0]["text"] == REAL and usage.completion_tokens == 4


def test_responses_body_restores_messages_and_function_calls() -> None:
    answer = {"id": "resp_1", "object": "response", "output": [
        {"type": "reasoning", "id": "r", "summary": [{"type": "summary_text", "text": TEXT}]},
        {"type": "message", "id": "m", "role": "assistant", "content": [
            {"type": "output_text", "text": TEXT, "annotations": []}]},
        {"type": "function_call", "id": "f", "call_id": "c", "name": "dial", "arguments": ARGS}],
        "usage": {"input_tokens": 20, "output_tokens": 9, "total_tokens": 29}}
    body, usage = responses.restore_body(dumps(answer), RESTORER)
    out = json.loads(body)["output"]
    assert out[0]["summary"][0]["text"] == REAL and out[1]["content"][0]["text"] == REAL
    assert json.loads(out[2]["arguments"]) == REAL_ARGS
    assert (usage.prompt_tokens, usage.completion_tokens) == (20, 9)


def test_anthropic_body_restores_text_thinking_and_tool_input() -> None:
    answer = {"id": "msg_1", "type": "message", "role": "assistant", "model": "c", "content": [
        {"type": "thinking", "thinking": TEXT, "signature": "s"},
        {"type": "text", "text": TEXT},
        {"type": "tool_use", "id": "t", "name": "dial", "input": json.loads(ARGS)}],
        "usage": {"input_tokens": 5, "cache_read_input_tokens": 100, "cache_creation_input_tokens": 10,
                  "output_tokens": 8}}
    body, usage = messages.restore_body(dumps(answer), RESTORER)
    out = json.loads(body)["content"]
    assert out[0]["thinking"] == REAL and out[1]["text"] == REAL and out[2]["input"] == REAL_ARGS
    assert (usage.prompt_tokens, usage.completion_tokens) == (115, 8)


def test_usage_of_embeddings_and_count_tokens() -> None:
    body = dumps({"object": "list", "data": [], "usage": {"prompt_tokens": 6, "total_tokens": 6}})
    assert ENDPOINTS["/v1/embeddings"].restore_body(body, None)[1].prompt_tokens == 6
    counted = ENDPOINTS["/v1/messages/count_tokens"].restore_body(b'{"input_tokens": 42}', None)
    assert counted[1].prompt_tokens == 42


# ---- streams: OpenAI chat ------------------------------------------------------------------------

HEAD = {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 1, "model": "m"}


def chat_chunk(delta: dict[str, Any], finish: str | None = None, index: int = 0) -> SseEvent:
    choice = {"index": index, "delta": delta, "logprobs": None, "finish_reason": finish}
    return ev({**HEAD, "choices": [choice]})


def chat_text(events: list[SseEvent], key: str = "content") -> str:
    out = ""
    for event in events:
        if event.data == "[DONE]":
            continue
        for choice in json.loads(event.data)["choices"]:
            out += choice["delta"].get(key) or ""
    return out


def chat_args(events: list[SseEvent]) -> dict[int, str]:
    args: dict[int, str] = {}
    for event in events:
        if event.data == "[DONE]":
            continue
        for choice in json.loads(event.data)["choices"]:
            for call in choice["delta"].get("tool_calls") or []:
                args[call["index"]] = args.get(call["index"], "") + call["function"].get("arguments", "")
    return args


@pytest.mark.parametrize(("first", "second"), list(splits(TEXT)))
def test_chat_content_split_anywhere_is_restored(first: str, second: str) -> None:
    events = [chat_chunk({"role": "assistant", "content": ""}), chat_chunk({"content": first}),
              chat_chunk({"content": second}), chat_chunk({}, "stop"),
              ev({**HEAD, "choices": [], "usage": {"prompt_tokens": 3, "completion_tokens": 5}}),
              ev("[DONE]")]
    out, rewriter = run(chat, events)
    assert chat_text(out) == REAL
    assert out[-1].data == "[DONE]" and '"usage"' in out[-2].data
    assert rewriter.usage.completion_tokens == 5
    # forwarded as they arrive: the first content chunk carries all of its text but a possible
    # placeholder start, and no event is swallowed
    assert chat_text(out[:2]) == RESTORER.stream().feed(first)
    assert len(out) == len(events)


@pytest.mark.parametrize("cut", range(1, len(ARGS)))
def test_chat_tool_arguments_split_anywhere_are_restored_as_valid_json(cut: int) -> None:
    events = [
        chat_chunk({"role": "assistant", "tool_calls": [
            {"index": 0, "id": "c0", "type": "function", "function": {"name": "a", "arguments": ""}}]}),
        chat_chunk({"tool_calls": [{"index": 0, "function": {"arguments": ARGS[:cut]}}]}),
        chat_chunk({"tool_calls": [{"index": 1, "id": "c1", "type": "function",
                                    "function": {"name": "b", "arguments": ARGS[:cut]}}]}),
        chat_chunk({"tool_calls": [{"index": 0, "function": {"arguments": ARGS[cut:]}}]}),
        chat_chunk({"tool_calls": [{"index": 1, "function": {"arguments": ARGS[cut:]}}]}),
        chat_chunk({}, "tool_calls"), ev("[DONE]")]
    out, _ = run(chat, events)
    args = chat_args(out)
    assert json.loads(args[0]) == REAL_ARGS and json.loads(args[1]) == REAL_ARGS


def test_chat_text_held_back_at_the_end_is_flushed_before_done() -> None:
    events = [chat_chunk({"content": "call " + PLACEHOLDER[:5]}), ev("[DONE]")]
    out, _ = run(chat, events)
    assert chat_text(out) == "call " + PLACEHOLDER[:5]
    assert out[-1].data == "[DONE]"
    out, _ = run(chat, events[:1])  # upstream ended without [DONE]: finish() releases it
    assert chat_text(out) == "call " + PLACEHOLDER[:5]


def test_chat_final_chunk_with_text_and_finish_reason_keeps_order() -> None:
    events = [chat_chunk({"content": "A [CN_PH"}), chat_chunk({"content": "ONE_1] B"}, "stop"), ev("[DONE]")]
    out, _ = run(chat, events)
    assert chat_text(out) == f"A {PHONE} B"
    assert json.loads(out[-2].data)["choices"][0]["finish_reason"] == "stop"


def test_chat_choices_are_separate_channels() -> None:
    events = [chat_chunk({"content": "x [CN_"}, index=0), chat_chunk({"content": "y [CN_PHONE"}, index=1),
              chat_chunk({"content": "PHONE_1]"}, "stop", index=0),
              chat_chunk({"content": "_1]"}, "stop", index=1)]
    out, _ = run(chat, events)
    by_choice: dict[int, str] = {}
    for event in out:
        for choice in json.loads(event.data)["choices"]:
            piece = choice["delta"].get("content") or ""
            by_choice[choice["index"]] = by_choice.get(choice["index"], "") + piece
    assert by_choice == {0: f"x {PHONE}", 1: f"y {PHONE}"}


def test_pass_through_without_restorer_keeps_events_and_reads_usage() -> None:
    events = [chat_chunk({"content": TEXT}), ev({**HEAD, "choices": [], "usage": {
        "prompt_tokens": 9, "completion_tokens": 2, "total_tokens": 11}}), ev("[DONE]")]
    out, rewriter = run(chat, events, None)
    assert all(a is b for a, b in zip(out, events)) and len(out) == len(events)
    assert (rewriter.usage.prompt_tokens, rewriter.usage.completion_tokens) == (9, 2)


@pytest.mark.parametrize(("first", "second"), list(splits(TEXT)))
def test_completions_stream_split_anywhere(first: str, second: str) -> None:
    head = {"id": "cmpl", "object": "text_completion", "created": 1, "model": "m"}
    events = [ev({**head, "choices": [{"index": 0, "text": first, "finish_reason": None}]}),
              ev({**head, "choices": [{"index": 0, "text": second, "finish_reason": "stop"}]}), ev("[DONE]")]
    out, _ = run(completions, events)
    text = "".join(c["text"] for e in out if e.data != "[DONE]" for c in json.loads(e.data)["choices"])
    assert text == REAL


# ---- streams: OpenAI Responses -------------------------------------------------------------------

PLACE = {"item_id": "msg_1", "output_index": 0, "content_index": 0}


@pytest.mark.parametrize(("first", "second"), list(splits(TEXT)))
def test_responses_text_split_anywhere(first: str, second: str) -> None:
    events = [ev({"type": "response.output_text.delta", **PLACE, "delta": d, "sequence_number": n},
                 "response.output_text.delta") for n, d in enumerate((first, second))]
    events.append(ev({"type": "response.output_text.done", **PLACE, "text": TEXT, "sequence_number": 2},
                     "response.output_text.done"))
    events.append(ev({"type": "response.completed", "sequence_number": 3, "response": {
        "id": "r", "output": [{"type": "message", "content": [{"type": "output_text", "text": TEXT}]}],
        "usage": {"input_tokens": 4, "output_tokens": 6, "total_tokens": 10}}}, "response.completed"))
    out, rewriter = run(responses, events)
    data = [json.loads(e.data) for e in out]
    deltas = "".join(d["delta"] for d in data if d["type"] == "response.output_text.delta")
    assert deltas == REAL
    assert [d["text"] for d in data if d["type"] == "response.output_text.done"] == [REAL]
    assert data[-1]["response"]["output"][0]["content"][0]["text"] == REAL
    assert rewriter.usage.completion_tokens == 6


@pytest.mark.parametrize("cut", range(1, len(ARGS)))
def test_responses_function_arguments_split_anywhere(cut: int) -> None:
    place = {"item_id": "fc_1", "output_index": 1}
    events = [ev({"type": "response.function_call_arguments.delta", **place, "delta": piece})
              for piece in (ARGS[:cut], ARGS[cut:])]
    events.append(ev({"type": "response.function_call_arguments.done", **place, "arguments": ARGS}))
    events.append(ev({"type": "response.output_item.done", "output_index": 1, "item": {
        "type": "function_call", "id": "fc_1", "call_id": "c", "name": "dial", "arguments": ARGS}}))
    out, _ = run(responses, events)
    data = [json.loads(e.data) for e in out]
    streamed = "".join(d["delta"] for d in data if d["type"].endswith(".delta"))
    assert json.loads(streamed) == REAL_ARGS
    done = [d for d in data if d["type"] == "response.function_call_arguments.done"][0]
    assert json.loads(done["arguments"]) == REAL_ARGS
    assert json.loads(data[-1]["item"]["arguments"]) == REAL_ARGS


def test_responses_pass_through_reads_usage_from_completed() -> None:
    events = [ev({"type": "response.output_text.delta", **PLACE, "delta": TEXT}),
              ev({"type": "response.completed",
                  "response": {"usage": {"input_tokens": 8, "output_tokens": 1}}}, "response.completed")]
    out, rewriter = run(responses, events, None)
    assert out == events and rewriter.usage.prompt_tokens == 8


# ---- streams: Anthropic messages -----------------------------------------------------------------

def anthropic_stream(blocks: list[tuple[str, list[str]]]) -> list[SseEvent]:
    """message_start, then per block (kind, deltas): start/deltas/stop, then message_delta/message_stop."""
    out = [ev({"type": "message_start", "message": {
        "id": "msg", "type": "message", "role": "assistant", "model": "c", "content": [],
        "usage": {"input_tokens": 12, "cache_read_input_tokens": 3, "output_tokens": 1}}}, "message_start")]
    starts = {"text": {"type": "text", "text": ""}, "thinking": {"type": "thinking", "thinking": ""},
              "tool_use": {"type": "tool_use", "id": "t", "name": "dial", "input": {}}}
    delta_kinds = {"text": ("text_delta", "text"), "thinking": ("thinking_delta", "thinking"),
                   "tool_use": ("input_json_delta", "partial_json")}
    for index, (kind, pieces) in enumerate(blocks):
        out.append(ev({"type": "content_block_start", "index": index, "content_block": starts[kind]},
                      "content_block_start"))
        delta_type, field = delta_kinds[kind]
        out += [ev({"type": "content_block_delta", "index": index, "delta": {"type": delta_type, field: p}},
                   "content_block_delta") for p in pieces]
        out.append(ev({"type": "content_block_stop", "index": index}, "content_block_stop"))
    out.append(ev({"type": "message_delta", "delta": {"stop_reason": "end_turn", "stop_sequence": None},
                   "usage": {"output_tokens": 30}}, "message_delta"))
    out.append(ev({"type": "message_stop"}, "message_stop"))
    return out


def block_texts(events: list[SseEvent]) -> dict[int, str]:
    texts: dict[int, str] = {}
    for event in events:
        data = json.loads(event.data)
        if data["type"] == "content_block_delta":
            delta = data["delta"]
            piece = delta.get("text", delta.get("thinking", delta.get("partial_json", "")))
            texts[data["index"]] = texts.get(data["index"], "") + piece
    return texts


@pytest.mark.parametrize(("first", "second"), list(splits(TEXT)))
def test_anthropic_text_and_thinking_split_anywhere(first: str, second: str) -> None:
    events = anthropic_stream([("thinking", [first, second]), ("text", [first, second])])
    out, rewriter = run(messages, events)
    assert block_texts(out) == {0: REAL, 1: REAL}
    assert [e.event for e in out][-1] == "message_stop"
    assert all(e.event == json.loads(e.data)["type"] for e in out)
    assert (rewriter.usage.prompt_tokens, rewriter.usage.completion_tokens) == (15, 30)


@pytest.mark.parametrize("cut", range(1, len(ARGS)))
def test_anthropic_tool_input_json_split_anywhere(cut: int) -> None:
    out, _ = run(messages, anthropic_stream([("text", ["ok"]), ("tool_use", [ARGS[:cut], ARGS[cut:]])]))
    assert json.loads(block_texts(out)[1]) == REAL_ARGS


def test_anthropic_held_text_flushed_before_block_stop_and_message_stop() -> None:
    out, _ = run(messages, anthropic_stream([("text", ["tail [CN_PHO"])]))
    kinds = [e.event for e in out]
    assert block_texts(out) == {0: "tail [CN_PHO"}
    last_delta = max(i for i, k in enumerate(kinds) if k == "content_block_delta")
    assert kinds.index("content_block_stop") > last_delta
    truncated = [e for e in anthropic_stream([("text", ["x [CN_PHO"])]) if e.event != "content_block_stop"]
    out, _ = run(messages, truncated)
    kinds = [e.event for e in out]
    assert block_texts(out) == {0: "x [CN_PHO"} and kinds[-1] == "message_stop"


def test_anthropic_pass_through_reads_usage() -> None:
    events = anthropic_stream([("text", [TEXT])])
    out, rewriter = run(messages, events, None)
    assert out == events
    assert (rewriter.usage.prompt_tokens, rewriter.usage.completion_tokens) == (15, 30)


def test_error_event_in_the_middle_of_a_stream_passes_untouched() -> None:
    error = ev({"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}, "error")
    out, _ = run(messages, [error])
    assert out == [error]


@pytest.mark.parametrize(("first", "second"), list(splits(TEXT)))
def test_chat_reasoning_content_of_openai_compatible_vendors_is_restored(first: str, second: str) -> None:
    events = [chat_chunk({"role": "assistant", "reasoning_content": first}),
              chat_chunk({"reasoning_content": second}), chat_chunk({"content": "ok"}),
              chat_chunk({}, "stop"), ev("[DONE]")]
    out, _ = run(chat, events)
    assert chat_text(out, "reasoning_content") == REAL and chat_text(out) == "ok"
    answer = {"choices": [{"index": 0, "message": {"role": "assistant", "content": "ok",
                                                   "reasoning_content": TEXT}}]}
    restored = json.loads(chat.restore_body(dumps(answer), RESTORER)[0])
    assert restored["choices"][0]["message"]["reasoning_content"] == REAL


def test_tool_arguments_sent_as_objects_by_some_vendors_are_restored() -> None:
    answer = {"choices": [{"index": 0, "message": {"role": "assistant", "tool_calls": [
        {"id": "c", "type": "function", "function": {"name": "f", "arguments": json.loads(ARGS)}}]}}]}
    out = json.loads(chat.restore_body(dumps(answer), RESTORER)[0])
    assert out["choices"][0]["message"]["tool_calls"][0]["function"]["arguments"] == REAL_ARGS


# ---- server-tool results, MCP calls, shell and patch calls in answers ------------------------------

SEALED = "EqwBCkYIBxgCKkCm3xVbq9[CN_PHONE_1]"
"""A vendor-sealed value: never restored, even if it happens to hold a placeholder's spelling."""
ESCAPED = json.dumps({"who": "\u4eba " + NAME_TOKEN})
"""JSON written with escapes (as `json.dumps` does): restored as JSON text."""


def _server_blocks() -> list[dict[str, Any]]:
    return [
        {"type": "mcp_tool_use", "id": "mcptoolu_1", "name": "find", "server_name": "crm",
         "input": {"phone": PLACEHOLDER}},
        {"type": "mcp_tool_result", "tool_use_id": "mcptoolu_1", "is_error": False,
         "content": [{"type": "text", "text": TEXT}]},
        {"type": "code_execution_tool_result", "tool_use_id": "srvtoolu_1",
         "content": {"type": "code_execution_result", "stdout": TEXT, "stderr": ESCAPED, "return_code": 0,
                     "content": []}},
        {"type": "web_search_tool_result", "tool_use_id": "srvtoolu_2",
         "content": [{"type": "web_search_result", "title": TEXT, "url": "https://example.invalid/",
                      "encrypted_content": SEALED}]},
    ]


def _check_server_blocks(blocks: list[dict[str, Any]]) -> None:
    assert blocks[0]["input"] == {"phone": PHONE}
    assert blocks[1]["content"][0]["text"] == REAL
    assert blocks[2]["content"]["stdout"] == REAL
    assert json.loads(blocks[2]["content"]["stderr"]) == {"who": "\u4eba " + NAME}  # valid JSON still
    assert blocks[3]["content"][0]["title"] == REAL and blocks[3]["content"][0]["encrypted_content"] == SEALED


def test_anthropic_server_tool_blocks_restored_whole_and_streamed() -> None:
    answer = {"id": "msg_1", "type": "message", "role": "assistant", "model": "m",
              "content": _server_blocks(), "usage": {"input_tokens": 1, "output_tokens": 1}}
    body, _ = messages.restore_body(dumps(answer), RESTORER)
    _check_server_blocks(json.loads(body)["content"])
    events = [ev({"type": "content_block_start", "index": i, "content_block": block}, "content_block_start")
              for i, block in enumerate(_server_blocks())]
    out, _ = run(messages, events)
    _check_server_blocks([json.loads(e.data)["content_block"] for e in out])


def test_responses_shell_and_patch_calls_restored() -> None:
    items: list[dict[str, Any]] = [
        {"type": "shell_call", "id": "sh_1", "call_id": "c1", "status": "completed",
         "action": {"commands": [f"grep {PLACEHOLDER} a.csv"], "timeout_ms": 1000}},
        {"type": "shell_call_output", "id": "sho_1", "call_id": "c1",
         "output": [{"stdout": TEXT, "stderr": "", "outcome": {"type": "exit", "exit_code": 0}}]},
        {"type": "apply_patch_call", "id": "ap_1", "call_id": "c2", "status": "completed",
         "operation": {"type": "update_file", "path": "a.csv", "diff": f"+{NAME_TOKEN}\n"}},
    ]
    answer = {"id": "resp_1", "object": "response", "output": items}
    restored = json.loads(responses.restore_body(dumps(answer), RESTORER)[0])["output"]
    assert restored[0]["action"]["commands"] == [f"grep {PHONE} a.csv"]
    assert restored[1]["output"][0]["stdout"] == REAL and restored[2]["operation"]["diff"] == f"+{NAME}\n"
    done = [ev({"type": "response.output_item.done", "output_index": 0, "item": item}) for item in items]
    out, _ = run(responses, done)
    assert [json.loads(e.data)["item"] for e in out] == restored

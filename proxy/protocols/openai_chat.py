"""OpenAI `POST /v1/chat/completions`.

Inspected (each a `Segment`): message `content` (string, or `text`/`refusal` parts) of every role,
message `name`, assistant `refusal` and `reasoning_content`/`reasoning`,
`tool_calls[].function.arguments` and `custom.input`, legacy `function_call` arguments,
`tools`/`functions` definitions and the `response_format` schema (every string leaf except
identifier-like `type` values), `prediction` content, `stop` sequences, `web_search_options` (a user
location is whereabouts), `user`, `safety_identifier`, `prompt_cache_key` and `metadata`.
Tool-call arguments and tool results that hold escaped JSON are inspected decoded (`_json.EMBEDDED`).
`file` parts whose `file_data` is a base64 data URL of a UTF-8 text type (text/plain, text/markdown,
text/csv, application/json, ...) are inspected decoded, with their `filename`, and re-encoded when
changed (`_dataurl`). Opaque (counted, never inspected): image and audio parts, file parts by
`file_id` or holding anything but text (a PDF), and any content part type we do not know — an
unknown part is refused by policy like an image rather than forwarded unseen.
"""

from __future__ import annotations

from typing import Any

from proxy.protocols import _echo
from proxy.protocols._answer import restore_answer
from proxy.protocols._chunks import ChunkRewriter
from proxy.protocols._json import (
    SegmentList, dumps, invalid, objects_in, open_request, optional_bool, require_list,
)
from proxy.protocols._stream import Channels, openai_usage, restore_key, restore_leaves
from proxy.protocols._wire import OpenAIWire
from proxy.protocols.base import Call, JsonObject, Restorer, SseEvent, Usage

_KIND_BY_ROLE = {"system": "system", "developer": "system", "tool": "tool_result", "function": "tool_result"}
_TEXT_PARTS = {"text": "text", "refusal": "refusal"}
_REASONING = ("reasoning_content", "reasoning")
"""Reasoning text OpenAI-compatible vendors add to assistant messages and deltas (DeepSeek, Qwen,
Moonshot, Zhipu use `reasoning_content`; vLLM/OpenRouter-style servers use `reasoning`)."""
_DELTA_TEXTS = ("content", "refusal", *_REASONING)
"""Streamed text fields of a chat delta; each is its own restore channel per choice."""


def walk_metadata(body: dict[str, Any], out: SegmentList) -> None:
    """Identifiers and free-form metadata that reach the vendor (`user` is often an e-mail)."""
    for key in ("user", "safety_identifier", "prompt_cache_key"):
        value = body.get(key)
        if value is not None:          # absent (the usual case): no path built, no call
            out.text((key,), value, "metadata")
    metadata = body.get("metadata")
    if isinstance(metadata, dict):
        out.leaves(metadata, ("metadata",), "metadata", frozenset())


def wants_stream_usage(body: dict[str, Any]) -> bool:
    """`stream_options.include_usage`: the client asked for a final usage chunk."""
    options = body.get("stream_options")
    return isinstance(options, dict) and options.get("include_usage") is True


def walk_stop(body: dict[str, Any], out: SegmentList) -> None:
    """`stop`: a string or a list of strings, sent to the vendor like prompt text."""
    stop = body.get("stop")
    if isinstance(stop, list):
        for i, item in enumerate(stop):
            out.text(("stop", i), item)
    elif stop is not None:
        out.text(("stop",), stop)


def walk_content(content: Any, path: tuple[str | int, ...], kind: str, out: SegmentList) -> None:
    """A message `content`: a string or a list of typed parts."""
    if content is None:
        return
    take = out.json_text if kind == "tool_result" else out.text
    if isinstance(content, str):
        take(path, content, kind)
        return
    if not isinstance(content, list):
        raise invalid(path, "a string or an array of content parts")
    for j, part in enumerate(content):
        part_path = (*path, j)
        if isinstance(part, str):
            take(part_path, part, kind)
            continue
        if not isinstance(part, dict):
            raise invalid(part_path, "an object")
        part_type = part.get("type")
        text_key = _TEXT_PARTS.get(part_type) if isinstance(part_type, str) else None
        if text_key is not None:
            take((*part_path, text_key), part.get(text_key), kind)
        elif part_type == "file":
            out.inline_file(part.get("file"), (*part_path, "file"), kind)
        else:
            out.opaque += 1


def walk_tools(body: dict[str, Any], out: SegmentList) -> None:
    for key in ("tools", "functions"):
        tools = body.get(key)
        if tools is None:
            continue
        if not isinstance(tools, list):
            raise invalid((key,), "an array")
        out.leaves(tools, (key,), "tool_definition")


class OpenAIChat(OpenAIWire):
    name = "openai.chat"

    def parse(self, body: bytes) -> Call:
        obj, model, out = open_request(body)
        messages = require_list(obj, "messages")
        for i, message in enumerate(messages):
            if not isinstance(message, dict):
                raise invalid(("messages", i), "an object")
            role = message.get("role")
            kind = _KIND_BY_ROLE.get(role, "text") if isinstance(role, str) else "text"
            content = message.get("content")
            if content is not None:
                walk_content(content, ("messages", i, "content"), kind, out)
            # the optional fields below are absent from most messages: no path built, no call then
            refusal, name = message.get("refusal"), message.get("name")
            if refusal is not None:
                out.text(("messages", i, "refusal"), refusal)
            if name is not None:
                out.text(("messages", i, "name"), name, "metadata")
            for key in _REASONING:
                if isinstance(message.get(key), str):
                    out.text(("messages", i, key), message[key])
            if "tool_calls" in message or "function_call" in message:
                self._walk_tool_calls(message, i, out)
        walk_tools(obj, out)
        response_format = obj.get("response_format")
        if isinstance(response_format, dict):
            out.leaves(response_format, ("response_format",), "tool_definition")
        prediction = obj.get("prediction")
        if isinstance(prediction, dict):
            walk_content(prediction.get("content"), ("prediction", "content"), "text", out)
        web_search = obj.get("web_search_options")
        if isinstance(web_search, dict):
            out.leaves(web_search, ("web_search_options",), "metadata")
        walk_stop(obj, out)
        walk_metadata(obj, out)
        return Call(self.name, model, optional_bool(obj, "stream"), obj, out.segments, out.opaque,
                    wants_stream_usage(obj))

    @staticmethod
    def _walk_tool_calls(message: dict[str, Any], i: int, out: SegmentList) -> None:
        calls = message.get("tool_calls")
        if calls is not None:
            if not isinstance(calls, list):
                raise invalid(("messages", i, "tool_calls"), "an array")
            for k, call in enumerate(calls):
                if not isinstance(call, dict):
                    raise invalid(("messages", i, "tool_calls", k), "an object")
                function = call.get("function")
                if isinstance(function, dict):
                    out.json_text(("messages", i, "tool_calls", k, "function", "arguments"),
                                  function.get("arguments"), "tool_arguments")
                custom = call.get("custom")
                if isinstance(custom, dict):
                    out.text(("messages", i, "tool_calls", k, "custom", "input"), custom.get("input"),
                             "tool_arguments")
        legacy = message.get("function_call")
        if isinstance(legacy, dict):
            out.json_text(("messages", i, "function_call", "arguments"), legacy.get("arguments"),
                          "tool_arguments")

    def restore_body(self, body: bytes, restorer: Restorer | None,
                     decoded: JsonObject | None = None) -> tuple[bytes, Usage]:
        return restore_answer(body, restorer, openai_usage, restore_completion, decoded)

    def event_rewriter(self, restorer: Restorer | None) -> ChatRewriter:
        return ChatRewriter(restorer)

    def echo(self, call: Call, sent_body: bytes, model: str) -> bytes | list[SseEvent]:
        text = sent_body.decode("utf-8", "replace")
        ident = _echo.echo_id("chatcmpl-echo", sent_body)
        created = _echo.now()
        prompt = _echo.estimate_tokens(text)
        usage = {"prompt_tokens": prompt, "completion_tokens": prompt, "total_tokens": 2 * prompt}
        if not call.stream:
            return dumps({
                "id": ident, "object": "chat.completion", "created": created, "model": model,
                "choices": [{"index": 0, "message": {"role": "assistant", "content": text, "refusal": None},
                             "logprobs": None, "finish_reason": "stop"}],
                "usage": usage, "system_fingerprint": "guanqia-echo",
            })
        head = {"id": ident, "object": "chat.completion.chunk", "created": created, "model": model,
                "system_fingerprint": "guanqia-echo"}
        with_usage = {"usage": None} if call.include_usage else {}
        deltas: list[dict[str, Any]] = [{"role": "assistant", "content": ""}]
        deltas += [{"content": piece} for piece in _echo.split_text(text)]
        events = [SseEvent(dumps({**head, "choices": [{"index": 0, "delta": delta, "logprobs": None,
                                                         "finish_reason": None}], **with_usage}).decode())
                  for delta in deltas]
        last = {"index": 0, "delta": {}, "logprobs": None, "finish_reason": "stop"}
        events.append(SseEvent(dumps({**head, "choices": [last], **with_usage}).decode()))
        if call.include_usage:
            events.append(SseEvent(dumps({**head, "choices": [], "usage": usage}).decode()))
        events.append(SseEvent("[DONE]"))
        return events


def restore_completion(answer: JsonObject, restorer: Restorer) -> bool:
    """Restore every choice's message of a chat completion in place."""
    changed = False
    for choice in objects_in(answer.get("choices")):
        message = choice.get("message")
        if isinstance(message, dict):
            changed |= restore_message(message, restorer)
    return changed


def restore_message(message: dict[str, Any], restorer: Restorer) -> bool:
    """Restore an assistant message in place: content, refusal, tool-call arguments, audio transcript."""
    changed = restore_key(message, "content", restorer)
    changed |= restore_key(message, "refusal", restorer)
    for key in _REASONING:
        changed |= restore_key(message, key, restorer)
    for call in objects_in(message.get("tool_calls")):
        function = call.get("function")
        if isinstance(function, dict):
            changed |= restore_key(function, "arguments", restorer, json_text=True)
            arguments = function.get("arguments")
            if isinstance(arguments, (dict, list)):
                restored = restore_leaves(arguments, restorer)
                if restored is not arguments:
                    function["arguments"] = restored
                    changed = True
        custom = call.get("custom")
        if isinstance(custom, dict):
            changed |= restore_key(custom, "input", restorer)
    legacy = message.get("function_call")
    if isinstance(legacy, dict):
        changed |= restore_key(legacy, "arguments", restorer, json_text=True)
    audio = message.get("audio")
    if isinstance(audio, dict):
        changed |= restore_key(audio, "transcript", restorer)
    return changed


class ChatRewriter(ChunkRewriter):
    """Channels: ("content"|"refusal"|reasoning key, choice) and ("tool", choice, tool index)."""

    __slots__ = ()

    def _restore_choice(self, channels: Channels, choice: JsonObject) -> bool:
        index = choice.get("index", 0)
        delta = choice.get("delta")
        changed = _feed_delta(channels, index, delta) if isinstance(delta, dict) else False
        if choice.get("finish_reason") is not None:
            tail = _flush_choice(channels, index)
            if tail:
                # held-back text follows this chunk's own delta text, in the same chunk
                if not isinstance(delta, dict):
                    delta = choice["delta"] = {}
                _merge_delta(delta, tail)
                changed = True
        return changed

    def _leftover_choices(self, channels: Channels) -> list[JsonObject]:
        indexes = sorted({key[1] for key in channels.keys() if isinstance(key, tuple)}, key=str)
        tails = [(index, _flush_choice(channels, index)) for index in indexes]
        return [{"index": index, "delta": tail, "logprobs": None, "finish_reason": None}
                for index, tail in tails if tail]


def _feed_delta(channels: Channels, index: Any, delta: dict[str, Any]) -> bool:
    changed = False
    for key in _DELTA_TEXTS:
        text = delta.get(key)
        if isinstance(text, str) and text:
            out = channels.feed((key, index), text)
            if out != text:
                delta[key] = out
                changed = True
    for position, call in enumerate(objects_in(delta.get("tool_calls"))):
        function = call.get("function")
        if isinstance(function, dict):
            args = function.get("arguments")
            if isinstance(args, str) and args:
                tool = call.get("index", position)
                channels.meta[("tool", index, tool)] = tool
                out = channels.feed(("tool", index, tool), args, json_text=True)
                if out != args:
                    function["arguments"] = out
                    changed = True
    return changed


def _merge_delta(delta: dict[str, Any], tail: dict[str, Any]) -> None:
    """Append flushed text (`_flush_choice`) to a chunk's delta, tool calls matched by index."""
    for key in _DELTA_TEXTS:
        if key in tail:
            delta[key] = (delta.get(key) or "") + tail[key]
    calls = tail.get("tool_calls")
    if not calls:
        return
    present = delta.get("tool_calls")
    if not isinstance(present, list):
        present = delta["tool_calls"] = []
    for call in calls:
        match = next((c for c in objects_in(present) if c.get("index") == call["index"]), None)
        if match is None:
            present.append(call)
            continue
        function = match.get("function")
        if not isinstance(function, dict):
            function = match["function"] = {}
        function["arguments"] = (function.get("arguments") or "") + call["function"]["arguments"]


def _flush_choice(channels: Channels, index: Any) -> dict[str, Any]:
    """Held-back text of one choice as a delta object ({} when nothing was held back)."""
    delta: dict[str, Any] = {}
    for key in _DELTA_TEXTS:
        text = channels.flush((key, index))
        if text:
            delta[key] = text
    calls: list[dict[str, Any]] = []
    for channel in channels.keys():
        if isinstance(channel, tuple) and channel[0] == "tool" and channel[1] == index:
            args = channels.flush(channel)
            if args:
                calls.append({"index": channels.meta.get(channel, 0), "function": {"arguments": args}})
    if calls:
        delta["tool_calls"] = calls
    return delta

"""OpenAI `POST /v1/responses`.

Inspected: `instructions` (a string or items); `input` as a string or as items — messages (string
content or `input_text`/`output_text`/`refusal` parts, `input_file` parts holding a base64 text data
URL), `function_call` arguments, `function_call_output` and `custom_tool_call_output` output (string
or parts), `custom_tool_call` input, `mcp_call` arguments/output/error, `mcp_approval_response` reason, `mcp_approval_request`
arguments, `mcp_list_tools` tools (names, descriptions, schemas) and error, `code_interpreter_call`
code, `web_search_call` / `file_search_call` / `local_shell_call` / `shell_call` actions, queries and
results, `local_shell_call_output` output, `shell_call_output` stdout/stderr, `apply_patch_call`
path and diff, `apply_patch_call_output` output, reasoning summaries and reasoning text; `tools` and
`text.format` (string leaves except identifier-like `type` values); `prompt.variables`; `user`,
`safety_identifier`, `metadata`. Opaque: image/audio parts, file parts by id or URL or holding
anything but text, reasoning `encrypted_content`, and every item or part type we do not know.
`item_reference`, `previous_response_id` and `conversation` only point at state the vendor already
holds.
"""

from __future__ import annotations

from typing import Any

from proxy.protocols import _echo
from proxy.protocols._answer import restore_answer, restore_walked
from proxy.protocols._errors import with_request_id
from proxy.protocols._json import SegmentList, dumps, invalid, objects_in, open_request, optional_bool
from proxy.protocols._stream import Channels, has_usage, openai_usage, parse_data, restore_key, with_data
from proxy.protocols._wire import OpenAIWire
from proxy.protocols.base import Call, JsonObject, Restorer, SseEvent, Usage
from proxy.protocols.openai_chat import walk_metadata

Path = tuple[str | int, ...]
_KIND_BY_ROLE = {"system": "system", "developer": "system"}
_TEXT_PARTS = {"input_text": "text", "output_text": "text", "text": "text", "refusal": "refusal",
               "summary_text": "text", "reasoning_text": "text"}


def walk_parts(content: Any, path: Path, kind: str, out: SegmentList) -> None:
    if content is None:
        return
    if isinstance(content, str):
        if kind == "tool_result":
            out.json_text(path, content, kind)
        else:
            out.text(path, content, kind)
        return
    if not isinstance(content, list):
        raise invalid(path, "a string or an array of content parts")
    for j, part in enumerate(content):
        if not isinstance(part, dict):
            raise invalid((*path, j), "an object")
        part_type = part.get("type")
        key = _TEXT_PARTS.get(part_type) if isinstance(part_type, str) else None
        if key is not None:
            out.text((*path, j, key), part.get(key), kind)
        elif part_type == "input_file":
            out.inline_file(part, (*path, j), kind)
        else:
            out.opaque += 1  # input_image, input_audio, unknown


def walk_error(error: Any, path: Path, out: SegmentList) -> None:
    """An MCP error: a string, or an object (`mcp_tool_execution_error` content, a message)."""
    if isinstance(error, (dict, list)):
        out.leaves(error, path, "tool_result")
    else:
        out.text(path, error, "tool_result")


def walk_shell_output(output: Any, path: Path, out: SegmentList) -> None:
    """`shell_call_output.output`: one {stdout, stderr, outcome} entry per command."""
    if output is None:
        return
    if not isinstance(output, list):
        raise invalid(path, "an array")
    for k, entry in enumerate(output):
        if not isinstance(entry, dict):
            raise invalid((*path, k), "an object")
        out.json_text((*path, k, "stdout"), entry.get("stdout"), "tool_result")
        out.json_text((*path, k, "stderr"), entry.get("stderr"), "tool_result")


def walk_item(item: dict[str, Any], path: Path, out: SegmentList) -> None:
    item_type = item.get("type")
    if item_type in (None, "message"):
        role = item.get("role")
        kind = _KIND_BY_ROLE.get(role, "text") if isinstance(role, str) else "text"
        walk_parts(item.get("content"), (*path, "content"), kind, out)
    elif item_type in ("function_call", "mcp_approval_request"):
        out.json_text((*path, "arguments"), item.get("arguments"), "tool_arguments")
    elif item_type == "custom_tool_call":
        out.text((*path, "input"), item.get("input"), "tool_arguments")
    elif item_type in ("function_call_output", "custom_tool_call_output"):
        walk_parts(item.get("output"), (*path, "output"), "tool_result", out)
    elif item_type == "mcp_call":
        out.json_text((*path, "arguments"), item.get("arguments"), "tool_arguments")
        out.json_text((*path, "output"), item.get("output"), "tool_result")
        walk_error(item.get("error"), (*path, "error"), out)
    elif item_type == "mcp_list_tools":
        if item.get("tools") is not None:
            out.leaves(item["tools"], (*path, "tools"), "tool_definition")
        walk_error(item.get("error"), (*path, "error"), out)
    elif item_type == "shell_call":
        action = item.get("action")
        if action is not None:
            out.leaves(action, (*path, "action"), "tool_arguments", frozenset())
    elif item_type == "shell_call_output":
        walk_shell_output(item.get("output"), (*path, "output"), out)
    elif item_type == "apply_patch_call":
        operation = item.get("operation")
        if isinstance(operation, dict):
            out.text((*path, "operation", "path"), operation.get("path"), "tool_arguments")
            out.text((*path, "operation", "diff"), operation.get("diff"), "tool_arguments")
        elif operation is not None:
            raise invalid((*path, "operation"), "an object")
    elif item_type == "apply_patch_call_output":
        out.text((*path, "output"), item.get("output"), "tool_result")
    elif item_type == "mcp_approval_response":
        out.text((*path, "reason"), item.get("reason"), "text")  # the user's words on why they approve or not
    elif item_type in ("web_search_call", "local_shell_call", "computer_call"):
        action = item.get("action")
        if action is not None:
            out.leaves(action, (*path, "action"), "tool_arguments", frozenset())
    elif item_type == "file_search_call":
        for key in ("queries", "results"):
            if item.get(key) is not None:
                out.leaves(item[key], (*path, key), "tool_result", frozenset())
    elif item_type == "local_shell_call_output":
        out.text((*path, "output"), item.get("output"), "tool_result")
    elif item_type == "code_interpreter_call":
        out.text((*path, "code"), item.get("code"), "tool_arguments")
    elif item_type == "reasoning":
        walk_parts(item.get("summary"), (*path, "summary"), "text", out)
        walk_parts(item.get("content"), (*path, "content"), "text", out)
        if item.get("encrypted_content"):
            out.opaque += 1
    elif item_type != "item_reference":
        out.opaque += 1


class OpenAIResponses(OpenAIWire):
    name = "openai.responses"

    def parse(self, body: bytes) -> Call:
        obj, model, out = open_request(body)
        instructions = obj.get("instructions")
        if isinstance(instructions, list):
            for i, item in enumerate(instructions):
                if not isinstance(item, dict):
                    raise invalid(("instructions", i), "an object")
                walk_item(item, ("instructions", i), out)
        else:
            out.text(("instructions",), instructions, "system")
        items = obj.get("input")
        if isinstance(items, str):
            out.text(("input",), items)
        elif isinstance(items, list):
            for i, item in enumerate(items):
                if not isinstance(item, dict):
                    raise invalid(("input", i), "an object")
                walk_item(item, ("input", i), out)
        elif items is not None:
            raise invalid(("input",), "a string or an array of items")
        tools = obj.get("tools")
        if tools is not None:
            if not isinstance(tools, list):
                raise invalid(("tools",), "an array")
            out.leaves(tools, ("tools",), "tool_definition")
        text = obj.get("text")
        if isinstance(text, dict) and isinstance(text.get("format"), dict):
            out.leaves(text["format"], ("text", "format"), "tool_definition")
        prompt = obj.get("prompt")
        if isinstance(prompt, dict) and isinstance(prompt.get("variables"), dict):
            for key, value in prompt["variables"].items():
                path: Path = ("prompt", "variables", key)
                if isinstance(value, str):
                    out.text(path, value)
                elif isinstance(value, dict) and value.get("type") == "input_text":
                    out.text((*path, "text"), value.get("text"))
                else:
                    out.opaque += 1
        walk_metadata(obj, out)
        return Call(self.name, model, optional_bool(obj, "stream"), obj, out.segments, out.opaque,
                    include_usage=True)

    def restore_body(self, body: bytes, restorer: Restorer | None,
                     decoded: JsonObject | None = None) -> tuple[bytes, Usage]:
        return restore_answer(body, restorer, openai_usage, restore_response, decoded)

    def event_rewriter(self, restorer: Restorer | None) -> ResponsesRewriter:
        return ResponsesRewriter(restorer)

    def error_events(self, error_type: str, code: str, message: str, request_id: str) -> list[SseEvent]:
        """Responses streams fail with an `error` event (`type`, `code`, `message`)."""
        data = {"type": "error", "code": code, "message": with_request_id(message, request_id),
                "param": None, "sequence_number": 0}
        return [SseEvent(data=dumps(data).decode(), event="error")]

    def echo(self, call: Call, sent_body: bytes, model: str) -> bytes | list[SseEvent]:
        text = sent_body.decode("utf-8", "replace")
        ident = _echo.echo_id("resp_echo", sent_body)
        item_id = _echo.echo_id("msg_echo", sent_body)
        tokens = _echo.estimate_tokens(text)
        part = {"type": "output_text", "text": text, "annotations": [], "logprobs": []}
        item = {"id": item_id, "type": "message", "status": "completed", "role": "assistant",
                "content": [part]}
        usage = {"input_tokens": tokens,
                 "input_tokens_details": {"cached_tokens": 0, "cache_write_tokens": 0},
                 "output_tokens": tokens, "output_tokens_details": {"reasoning_tokens": 0},
                 "total_tokens": 2 * tokens}
        response: dict[str, Any] = {
            "id": ident, "object": "response", "created_at": _echo.now(), "status": "completed",
            "error": None, "incomplete_details": None, "instructions": None, "model": model,
            "output": [item], "parallel_tool_calls": True, "temperature": 1.0, "tool_choice": "auto",
            "tools": [], "top_p": 1.0, "metadata": {}, "text": {"format": {"type": "text"}},
            "usage": usage,
        }
        if not call.stream:
            return dumps(response)
        pending = {**response, "status": "in_progress", "output": [], "usage": None}
        empty_part = {**part, "text": ""}
        place = {"item_id": item_id, "output_index": 0, "content_index": 0}
        frames: list[dict[str, Any]] = [
            {"type": "response.created", "response": pending},
            {"type": "response.in_progress", "response": pending},
            {"type": "response.output_item.added", "output_index": 0,
             "item": {**item, "status": "in_progress", "content": []}},
            {"type": "response.content_part.added", **place, "part": empty_part},
        ]
        frames += [{"type": "response.output_text.delta", **place, "delta": piece, "logprobs": []}
                   for piece in _echo.split_text(text)]
        frames += [
            {"type": "response.output_text.done", **place, "text": text, "logprobs": []},
            {"type": "response.content_part.done", **place, "part": part},
            {"type": "response.output_item.done", "output_index": 0, "item": item},
            {"type": "response.completed", "response": response},
        ]
        return [SseEvent(data=dumps({**frame, "sequence_number": n}).decode(), event=frame["type"])
                for n, frame in enumerate(frames)]


_WALKED_ANSWERS = frozenset({"shell_call", "shell_call_output", "apply_patch_call"})
"""Output items restored where a request's item of that type is inspected (commands, output, diffs)."""


def restore_item(item: dict[str, Any], restorer: Restorer) -> bool:
    if item.get("type") in _WALKED_ANSWERS:
        return restore_walked(item, lambda out: walk_item(item, (), out), restorer)
    changed = restore_key(item, "arguments", restorer, json_text=True)
    for key in ("input", "output"):
        changed |= restore_key(item, key, restorer)
    for key in ("content", "summary"):
        for part in objects_in(item.get(key)):
            changed |= restore_key(part, "text", restorer)
            changed |= restore_key(part, "refusal", restorer)
    return changed


def restore_response(response: dict[str, Any], restorer: Restorer) -> bool:
    changed = False
    for item in objects_in(response.get("output")):
        changed |= restore_item(item, restorer)
    return changed


_STREAMED = {
    "response.output_text.delta": ("response.output_text.done", "text"),
    "response.refusal.delta": ("response.refusal.done", "refusal"),
    "response.function_call_arguments.delta": ("response.function_call_arguments.done", "arguments"),
    "response.custom_tool_call_input.delta": ("response.custom_tool_call_input.done", "input"),
    "response.mcp_call_arguments.delta": ("response.mcp_call_arguments.done", "arguments"),
    "response.reasoning_summary_text.delta": ("response.reasoning_summary_text.done", "text"),
    "response.reasoning_text.delta": ("response.reasoning_text.done", "text"),
}
"""delta event type → (its done event type, the done event's full-text field)."""
_DONE = {done: (delta, field) for delta, (done, field) in _STREAMED.items()}
_JSON_TEXT = frozenset({"response.function_call_arguments.done", "response.mcp_call_arguments.done"})
"""Channels (named by their done event) whose text is JSON: restored values must be escaped."""
_PLACE = ("item_id", "output_index", "content_index", "summary_index")
_FINAL = frozenset({"response.completed", "response.incomplete", "response.failed"})


def _channel(family: str, data: dict[str, Any]) -> tuple[Any, ...]:
    return (family, *(data.get(key) for key in _PLACE))


class ResponsesRewriter:
    """One channel per (text kind, item, part); each `*.done` event flushes its channel first."""

    __slots__ = ("usage", "_channels", "_restorer")

    def __init__(self, restorer: Restorer | None) -> None:
        self.usage = Usage()
        self._restorer = restorer
        self._channels = Channels(restorer) if restorer is not None else None

    def rewrite(self, event: SseEvent) -> list[SseEvent]:
        channels, restorer = self._channels, self._restorer
        if channels is None or restorer is None:
            if event.event in _FINAL or has_usage(event.data):
                self._take_usage(parse_data(event))
            return [event]
        data = parse_data(event)
        if not isinstance(data, dict):
            return [event]
        kind = data.get("type")
        if not isinstance(kind, str):
            return [event]
        if kind in _STREAMED:
            text = data.get("delta")
            if isinstance(text, str) and text:
                family = _STREAMED[kind][0]
                restored = channels.feed(_channel(family, data), text, json_text=family in _JSON_TEXT)
                if restored != text:
                    data["delta"] = restored
                    return [with_data(event, data)]
            return [event]
        if kind in _DONE:
            delta_type, field = _DONE[kind]
            out: list[SseEvent] = []
            tail = channels.flush(_channel(kind, data))
            if tail:
                synthetic = {"type": delta_type, **{k: data[k] for k in _PLACE if k in data},
                             "delta": tail, "sequence_number": data.get("sequence_number", 0)}
                if delta_type == "response.output_text.delta":
                    synthetic["logprobs"] = []
                out.append(SseEvent(data=dumps(synthetic).decode(), event=event.event or delta_type))
            changed = restore_key(data, field, restorer, json_text=kind in _JSON_TEXT)
            out.append(with_data(event, data) if changed else event)
            return out
        changed = False
        if kind == "response.content_part.done" or kind == "response.reasoning_summary_part.done":
            part = data.get("part")
            if isinstance(part, dict):
                changed = restore_key(part, "text", restorer) | restore_key(part, "refusal", restorer)
        elif kind == "response.output_item.done":
            item = data.get("item")
            if isinstance(item, dict):
                changed = restore_item(item, restorer)
        elif kind in _FINAL:
            self._take_usage(data)
            response = data.get("response")
            if isinstance(response, dict):
                changed = restore_response(response, restorer)
        return [with_data(event, data) if changed else event]

    def finish(self) -> list[SseEvent]:
        return []  # every streamed text ends with its *.done event, which flushes it

    def _take_usage(self, data: Any) -> None:
        if isinstance(data, dict) and isinstance(data.get("response"), dict):
            usage = openai_usage(data["response"].get("usage"))
            if usage is not None:
                self.usage = usage

"""Anthropic `POST /v1/messages`.

Inspected: `system` (string or text blocks); message `content` (string or blocks): `text`,
`thinking`, `tool_use`/`server_tool_use`/`mcp_tool_use` `input` (every string leaf), `tool_result`
and `mcp_tool_result` content (string or blocks, recursively; escaped JSON decoded), `document`
blocks with a `text` or `content` source plus their `title` and `context`, `search_result` blocks,
server-tool results sent back: code execution and bash `stdout`/`stderr`, text editor views, lines
and error messages, `web_fetch_tool_result` URL and fetched document, `web_search_tool_result`
titles, URLs and page ages; `tools` (every string leaf except identifier-like `type` values);
`stop_sequences`; `metadata`.
Opaque: images, documents with base64/url/file sources, `redacted_thinking`, encrypted code output
(`encrypted_stdout`), each web search result's `encrypted_content`, an editor's view of an image or
PDF, and every block or result type we do not know.
The answer's server-tool results and `mcp_tool_use` inputs are restored where a request's would be
inspected (`restore_walked`).
"""

from __future__ import annotations

from typing import Any, Callable

from proxy.protocols import _echo
from proxy.protocols._answer import restore_answer, restore_walked
from proxy.protocols._json import (
    SegmentList, dumps, invalid, objects_in, open_request, optional_bool, require_list,
)
from proxy.protocols._stream import (
    Channels, anthropic_prompt_tokens, anthropic_usage, has_usage, int_of, parse_data, restore_key,
    restore_leaves, with_data,
)
from proxy.protocols._wire import AnthropicWire
from proxy.protocols.base import Call, JsonObject, Restorer, SseEvent, Usage

Path = tuple[str | int, ...]


def walk_blocks(content: Any, path: Path, kind: str, out: SegmentList) -> None:
    """A `content` value: a string or a list of content blocks."""
    if content is None:
        return
    if isinstance(content, str):
        out.text(path, content, kind)
        return
    if not isinstance(content, list):
        raise invalid(path, "a string or an array of content blocks")
    for j, block in enumerate(content):
        if not isinstance(block, dict):
            raise invalid((*path, j), "an object")
        walk_block(block, (*path, j), kind, out)


def walk_block(block: dict[str, Any], path: Path, kind: str, out: SegmentList) -> None:
    block_type = block.get("type")
    if block_type == "text":
        take = out.json_text if kind == "tool_result" else out.text
        take((*path, "text"), block.get("text"), kind)
    elif block_type == "thinking":
        out.text((*path, "thinking"), block.get("thinking"), kind)
    elif block_type in _TOOL_USES:
        if "input" in block:
            out.leaves(block["input"], (*path, "input"), "tool_arguments", frozenset())
    elif block_type in ("tool_result", "mcp_tool_result"):
        content = block.get("content")
        if isinstance(content, str):
            out.json_text((*path, "content"), content, "tool_result")
        else:
            walk_blocks(content, (*path, "content"), "tool_result", out)
    elif block_type == "document":
        out.text((*path, "title"), block.get("title"), kind)
        out.text((*path, "context"), block.get("context"), kind)
        source = block.get("source")
        if isinstance(source, dict) and source.get("type") == "text":
            out.text((*path, "source", "data"), source.get("data"), kind)
        elif isinstance(source, dict) and source.get("type") == "content":
            walk_blocks(source.get("content"), (*path, "source", "content"), kind, out)
        else:
            out.opaque += 1
    elif block_type == "search_result":
        out.text((*path, "title"), block.get("title"), kind)
        out.text((*path, "source"), block.get("source"), kind)
        walk_blocks(block.get("content"), (*path, "content"), kind, out)
    elif block_type in SERVER_RESULTS:
        SERVER_RESULTS[block_type](block.get("content"), (*path, "content"), out)
    else:
        out.opaque += 1  # image, redacted_thinking, container_upload, unknown


def _walk_execution(content: Any, path: Path, out: SegmentList) -> None:
    """Code execution / bash results: stdout and stderr. Output files (`file_id`) are the vendor's
    own container's; an encrypted stdout is opaque."""
    result = _object(content, path)
    result_type = result.get("type")
    if result_type in ("code_execution_result", "bash_code_execution_result",
                       "encrypted_code_execution_result"):
        out.json_text((*path, "stdout"), result.get("stdout"), "tool_result")
        out.json_text((*path, "stderr"), result.get("stderr"), "tool_result")
        if result.get("encrypted_stdout"):
            out.opaque += 1
    elif result_type not in ("code_execution_tool_result_error", "bash_code_execution_tool_result_error"):
        out.opaque += 1


def _walk_editor(content: Any, path: Path, out: SegmentList) -> None:
    """Text editor results: a viewed text file, replaced lines, an error message."""
    result = _object(content, path)
    result_type = result.get("type")
    if result_type == "text_editor_code_execution_view_result":
        if result.get("file_type", "text") == "text":
            out.json_text((*path, "content"), result.get("content"), "tool_result")
        else:
            out.opaque += 1  # an image or a PDF the editor viewed
    elif result_type == "text_editor_code_execution_str_replace_result":
        lines = result.get("lines")
        if lines is not None:
            if not isinstance(lines, list):
                raise invalid((*path, "lines"), "an array")
            for k, line in enumerate(lines):
                out.text((*path, "lines", k), line, "tool_result")
    elif result_type == "text_editor_code_execution_tool_result_error":
        out.text((*path, "error_message"), result.get("error_message"), "tool_result")
    elif result_type != "text_editor_code_execution_create_result":
        out.opaque += 1


def _walk_fetch(content: Any, path: Path, out: SegmentList) -> None:
    """A fetched page: its URL and the document block holding it (text inspected, a PDF opaque)."""
    result = _object(content, path)
    result_type = result.get("type")
    if result_type == "web_fetch_result":
        out.text((*path, "url"), result.get("url"), "tool_result")
        document = result.get("content")
        if document is not None:
            walk_block(_object(document, (*path, "content")), (*path, "content"), "tool_result", out)
    elif result_type != "web_fetch_tool_result_error":
        out.opaque += 1


def _walk_search(content: Any, path: Path, out: SegmentList) -> None:
    """Web search results: titles, URLs and page ages are text; each page's `encrypted_content` is
    opaque (the vendor's own, sent back sealed)."""
    if isinstance(content, dict):  # an error object
        if content.get("type") != "web_search_tool_result_error":
            out.opaque += 1
        return
    if not isinstance(content, list):
        raise invalid(path, "an array of results or an error object")
    for k, result in enumerate(content):
        result = _object(result, (*path, k))
        if result.get("type") != "web_search_result":
            out.opaque += 1
            continue
        for key in ("title", "url", "page_age"):
            out.text((*path, k, key), result.get(key), "tool_result")
        if result.get("encrypted_content"):
            out.opaque += 1


def _object(value: Any, path: Path) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise invalid(path, "an object")
    return value


_TOOL_USES = frozenset({"tool_use", "server_tool_use", "mcp_tool_use"})
"""Blocks whose `input` is a tool's arguments: every string leaf is inspected."""

SERVER_RESULTS: dict[str, Callable[[Any, Path, SegmentList], None]] = {
    "code_execution_tool_result": _walk_execution,
    "bash_code_execution_tool_result": _walk_execution,
    "text_editor_code_execution_tool_result": _walk_editor,
    "web_fetch_tool_result": _walk_fetch,
    "web_search_tool_result": _walk_search,
}
"""Results of the vendor's server tools, sent back in later turns: their `content` walkers."""


def walk_request(obj: dict[str, Any], out: SegmentList) -> None:
    system = obj.get("system")
    if system is not None:
        walk_blocks(system, ("system",), "system", out)
    for i, message in enumerate(require_list(obj, "messages")):
        if not isinstance(message, dict):
            raise invalid(("messages", i), "an object")
        walk_blocks(message.get("content"), ("messages", i, "content"), "text", out)
    tools = obj.get("tools")
    if tools is not None:
        if not isinstance(tools, list):
            raise invalid(("tools",), "an array")
        out.leaves(tools, ("tools",), "tool_definition")
    stops = obj.get("stop_sequences")
    if stops is not None:
        if not isinstance(stops, list):
            raise invalid(("stop_sequences",), "an array")
        for i, stop in enumerate(stops):
            out.text(("stop_sequences", i), stop)
    metadata = obj.get("metadata")
    if isinstance(metadata, dict):
        out.leaves(metadata, ("metadata",), "metadata", frozenset())


class AnthropicMessages(AnthropicWire):
    name = "anthropic.messages"

    def parse(self, body: bytes) -> Call:
        obj, model, out = open_request(body)
        walk_request(obj, out)
        return Call(self.name, model, optional_bool(obj, "stream"), obj, out.segments, out.opaque,
                    include_usage=True)

    def restore_body(self, body: bytes, restorer: Restorer | None,
                     decoded: JsonObject | None = None) -> tuple[bytes, Usage]:
        return restore_answer(body, restorer, anthropic_usage, restore_message, decoded)

    def event_rewriter(self, restorer: Restorer | None) -> MessagesRewriter:
        return MessagesRewriter(restorer)

    def echo(self, call: Call, sent_body: bytes, model: str) -> bytes | list[SseEvent]:
        text = sent_body.decode("utf-8", "replace")
        ident = _echo.echo_id("msg_echo", sent_body)
        tokens = _echo.estimate_tokens(text)
        if not call.stream:
            return dumps({"id": ident, "type": "message", "role": "assistant", "model": model,
                          "content": [{"type": "text", "text": text}], "stop_reason": "end_turn",
                          "stop_sequence": None, "usage": {"input_tokens": tokens, "output_tokens": tokens}})
        message: dict[str, Any] = {
            "id": ident, "type": "message", "role": "assistant", "model": model, "content": [],
            "stop_reason": None, "stop_sequence": None, "usage": {"input_tokens": tokens, "output_tokens": 1}}
        frames: list[tuple[str, dict[str, Any]]] = [
            ("message_start", {"type": "message_start", "message": message}),
            ("content_block_start", {"type": "content_block_start", "index": 0,
                                     "content_block": {"type": "text", "text": ""}}),
            ("ping", {"type": "ping"}),
        ]
        frames += [("content_block_delta", {"type": "content_block_delta", "index": 0,
                                            "delta": {"type": "text_delta", "text": piece}})
                   for piece in _echo.split_text(text)]
        frames += [
            ("content_block_stop", {"type": "content_block_stop", "index": 0}),
            ("message_delta", {"type": "message_delta",
                               "delta": {"stop_reason": "end_turn", "stop_sequence": None},
                               "usage": {"output_tokens": tokens}}),
            ("message_stop", {"type": "message_stop"}),
        ]
        return [SseEvent(data=dumps(data).decode(), event=name) for name, data in frames]


def restore_message(message: JsonObject, restorer: Restorer) -> bool:
    """Restore every content block of a message in place."""
    changed = False
    for block in objects_in(message.get("content")):
        changed |= restore_block(block, restorer)
    return changed


def restore_block(block: dict[str, Any], restorer: Restorer) -> bool:
    block_type = block.get("type")
    if block_type == "text":
        return restore_key(block, "text", restorer)
    if block_type == "thinking":
        return restore_key(block, "thinking", restorer)
    if block_type in _TOOL_USES and "input" in block:
        restored = restore_leaves(block["input"], restorer)
        if restored is not block["input"] and restored != block["input"]:
            block["input"] = restored
            return True
    if block_type == "mcp_tool_result" or block_type in SERVER_RESULTS:
        return restore_walked(block, lambda out: walk_block(block, (), "text", out), restorer)
    return False


_DELTA_FIELD = {"text_delta": "text", "input_json_delta": "partial_json", "thinking_delta": "thinking"}


class MessagesRewriter:
    """One channel per content block index; `content_block_stop` flushes it.

    `input_json_delta.partial_json` is restored as raw JSON text (placeholders sit inside strings).
    """

    __slots__ = ("usage", "_channels", "_restorer")

    def __init__(self, restorer: Restorer | None) -> None:
        self.usage = Usage()
        self._restorer = restorer
        self._channels = Channels(restorer) if restorer is not None else None

    def rewrite(self, event: SseEvent) -> list[SseEvent]:
        channels, restorer = self._channels, self._restorer
        if channels is None or restorer is None:
            if event.event in ("message_start", "message_delta") or has_usage(event.data):
                self._take_usage(parse_data(event))
            return [event]
        data = parse_data(event)
        if not isinstance(data, dict):
            return [event]
        kind = data.get("type")
        if kind in ("message_start", "message_delta"):
            self._take_usage(data)
            return [event]
        if kind == "content_block_delta":
            delta = data.get("delta")
            if isinstance(delta, dict):
                delta_type = delta.get("type")
                field = _DELTA_FIELD.get(delta_type) if isinstance(delta_type, str) else None
                text = delta.get(field) if field else None
                if field and isinstance(text, str) and text:
                    index = data.get("index", 0)
                    channels.meta[index] = (delta_type, field)
                    restored = channels.feed(index, text, json_text=delta_type == "input_json_delta")
                    if restored != text:
                        delta[field] = restored
                        return [with_data(event, data)]
            return [event]
        if kind == "content_block_start":
            # a server tool's result arrives whole here (tool inputs and text stream as deltas)
            block = data.get("content_block")
            if isinstance(block, dict) and restore_block(block, restorer):
                return [with_data(event, data)]
            return [event]
        if kind == "content_block_stop":
            index = data.get("index", 0)
            tail = channels.flush(index)
            if tail:
                return [self._delta_event(index, tail, channels), event]
            return [event]
        if kind == "message_stop":
            return [*self.finish(), event]
        return [event]

    def finish(self) -> list[SseEvent]:
        channels = self._channels
        if channels is None:
            return []
        out = []
        for index in channels.keys():
            tail = channels.flush(index)
            if tail:
                out.append(self._delta_event(index, tail, channels))
        return out

    @staticmethod
    def _delta_event(index: Any, text: str, channels: Channels) -> SseEvent:
        delta_type, field = channels.meta.get(index, ("text_delta", "text"))
        data = {"type": "content_block_delta", "index": index, "delta": {"type": delta_type, field: text}}
        return SseEvent(data=dumps(data).decode(), event="content_block_delta")

    def _take_usage(self, data: Any) -> None:
        if not isinstance(data, dict):
            return
        if data.get("type") == "message_start":
            message = data.get("message")
            usage = anthropic_usage(message.get("usage")) if isinstance(message, dict) else None
            if usage is not None:
                self.usage = usage
        elif data.get("type") == "message_delta":
            raw = data.get("usage")
            if isinstance(raw, dict):
                prompt = anthropic_prompt_tokens(raw) or self.usage.prompt_tokens
                self.usage = Usage(prompt, int_of(raw.get("output_tokens")))

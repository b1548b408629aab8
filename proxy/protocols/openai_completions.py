"""OpenAI legacy `POST /v1/completions`.

Inspected: `prompt` (a string, or each string of a list), `suffix`, `stop`, `user`/`metadata`. Token-id
prompts (a list of integers, or a list of such lists) cannot be read as text: each counts as opaque.
"""

from __future__ import annotations

from typing import Any, Mapping

from proxy.errors import BadRequest
from proxy.protocols import _echo
from proxy.protocols._errors import openai_error_body, openai_error_events
from proxy.protocols._json import (
    SegmentList, dumps, invalid, load_answer, load_object, optional_bool, rebuild_body, require_str,
)
from proxy.protocols._stream import Channels, has_usage, openai_usage, parse_data, restore_key, with_data
from proxy.protocols.base import Call, Restorer, SseEvent, Usage
from proxy.protocols.openai_chat import walk_metadata, walk_stop


def walk_text_or_tokens(value: Any, key: str, kind: str, out: SegmentList) -> None:
    """`prompt` / `input`: string | list[str] | list[int] | list[list[int]]."""
    if isinstance(value, str):
        out.text((key,), value, kind)
        return
    if not isinstance(value, list):
        raise invalid((key,), "a string or an array")
    if value and all(isinstance(item, int) and not isinstance(item, bool) for item in value):
        out.opaque += 1
        return
    for i, item in enumerate(value):
        if isinstance(item, str):
            out.text((key, i), item, kind)
        elif isinstance(item, list) and all(isinstance(t, int) and not isinstance(t, bool) for t in item):
            out.opaque += 1
        else:
            raise invalid((key, i), "a string or an array of token ids")


class OpenAICompletions:
    name = "openai.completions"
    protocol = "openai"

    def parse(self, body: bytes) -> Call:
        obj = load_object(body)
        model = require_str(obj, "model")
        if "prompt" not in obj:
            raise BadRequest("missing-field", "missing required field: prompt")
        out = SegmentList()
        walk_text_or_tokens(obj["prompt"], "prompt", "text", out)
        out.text(("suffix",), obj.get("suffix"))
        walk_stop(obj, out)
        walk_metadata(obj, out)
        options = obj.get("stream_options")
        include_usage = isinstance(options, dict) and options.get("include_usage") is True
        stream = optional_bool(obj, "stream")
        return Call(self.name, model, stream, obj, out.segments, out.opaque, include_usage)

    def rebuild(self, call: Call, texts: Mapping[int, str], model: str) -> bytes:
        return rebuild_body(call, texts, model)

    def restore_body(self, body: bytes, restorer: Restorer | None) -> tuple[bytes, Usage]:
        answer = load_answer(body)
        if not isinstance(answer, dict):
            return body, Usage()
        usage = openai_usage(answer.get("usage")) or Usage()
        if restorer is None:
            return body, usage
        changed = False
        choices = answer.get("choices")
        for choice in choices if isinstance(choices, list) else ():
            if isinstance(choice, dict):
                changed |= restore_key(choice, "text", restorer)
        return (dumps(answer) if changed else body), usage

    def event_rewriter(self, restorer: Restorer | None) -> CompletionsRewriter:
        return CompletionsRewriter(restorer)

    def error_body(self, status: int, error_type: str, code: str, message: str, request_id: str) -> bytes:
        return openai_error_body(error_type, code, message, request_id)

    def error_events(self, error_type: str, code: str, message: str, request_id: str) -> list[SseEvent]:
        return openai_error_events(error_type, code, message, request_id)

    def echo(self, call: Call, sent_body: bytes, model: str) -> bytes | list[SseEvent]:
        text = sent_body.decode("utf-8", "replace")
        ident = _echo.echo_id("cmpl-echo", sent_body)
        created = _echo.now()
        tokens = _echo.estimate_tokens(text)
        usage = {"prompt_tokens": tokens, "completion_tokens": tokens, "total_tokens": 2 * tokens}
        head = {"id": ident, "object": "text_completion", "created": created, "model": model}
        if not call.stream:
            return dumps({**head, "choices": [{"text": text, "index": 0, "logprobs": None,
                                               "finish_reason": "stop"}], "usage": usage})
        events = [SseEvent(dumps({**head, "choices": [{"text": piece, "index": 0, "logprobs": None,
                                                       "finish_reason": None}]}).decode())
                  for piece in _echo.split_text(text)]
        events.append(SseEvent(dumps({**head, "choices": [{"text": "", "index": 0, "logprobs": None,
                                                           "finish_reason": "stop"}]}).decode()))
        if call.include_usage:
            events.append(SseEvent(dumps({**head, "choices": [], "usage": usage}).decode()))
        events.append(SseEvent("[DONE]"))
        return events


class CompletionsRewriter:
    """One channel per choice index; the chunk carrying `finish_reason` flushes it."""

    __slots__ = ("usage", "_channels", "_envelope")

    def __init__(self, restorer: Restorer | None) -> None:
        self.usage = Usage()
        self._channels = Channels(restorer) if restorer is not None else None
        self._envelope: dict[str, Any] = {}

    def rewrite(self, event: SseEvent) -> list[SseEvent]:
        channels = self._channels
        if channels is None:
            if has_usage(event.data):
                self._take_usage(parse_data(event))
            return [event]
        data = parse_data(event)
        if not isinstance(data, dict):
            return [*self.finish(), event] if event.data == "[DONE]" else [event]
        self._take_usage(data)
        self._envelope = {k: v for k, v in data.items() if k not in ("choices", "usage")}
        out: list[SseEvent] = []
        changed = False
        choices = data.get("choices")
        for choice in choices if isinstance(choices, list) else ():
            if not isinstance(choice, dict):
                continue
            index = choice.get("index", 0)
            text = choice.get("text")
            if isinstance(text, str) and text:
                restored = channels.feed(index, text)
                if restored != text:
                    choice["text"] = restored
                    changed = True
            if choice.get("finish_reason") is not None:
                tail = channels.flush(index)
                if tail:
                    choice["text"] = (choice.get("text") or "") + tail
                    changed = True
        out.append(with_data(event, data) if changed else event)
        return out

    def finish(self) -> list[SseEvent]:
        channels = self._channels
        if channels is None:
            return []
        out = []
        for index in channels.keys():
            tail = channels.flush(index)
            if tail:
                out.append(SseEvent(dumps({**self._envelope, "choices": [
                    {"text": tail, "index": index, "logprobs": None, "finish_reason": None}]}).decode()))
        return out

    def _take_usage(self, data: Any) -> None:
        if isinstance(data, dict):
            usage = openai_usage(data.get("usage"))
            if usage is not None:
                self.usage = usage

"""OpenAI legacy `POST /v1/completions`.

Inspected: `prompt` (a string, or each string of a list), `suffix`, `stop`, `user`/`metadata`. Token-id
prompts (a list of integers, or a list of such lists) cannot be read as text: each counts as opaque.
"""

from __future__ import annotations

from typing import Any

from proxy.protocols import _echo
from proxy.protocols._answer import restore_answer
from proxy.protocols._chunks import ChunkRewriter
from proxy.protocols._json import (
    SegmentList, dumps, invalid, objects_in, open_request, optional_bool, require_present,
)
from proxy.protocols._stream import Channels, openai_usage, restore_key
from proxy.protocols._wire import OpenAIWire
from proxy.protocols.base import Call, JsonObject, Restorer, SseEvent, Usage
from proxy.protocols.openai_chat import walk_metadata, walk_stop, wants_stream_usage


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


class OpenAICompletions(OpenAIWire):
    name = "openai.completions"

    def parse(self, body: bytes) -> Call:
        obj, model, out = open_request(body)
        walk_text_or_tokens(require_present(obj, "prompt"), "prompt", "text", out)
        out.text(("suffix",), obj.get("suffix"))
        walk_stop(obj, out)
        walk_metadata(obj, out)
        return Call(self.name, model, optional_bool(obj, "stream"), obj, out.segments, out.opaque,
                    wants_stream_usage(obj))

    def restore_body(self, body: bytes, restorer: Restorer | None,
                     decoded: JsonObject | None = None) -> tuple[bytes, Usage]:
        return restore_answer(body, restorer, openai_usage, restore_choices, decoded)

    def event_rewriter(self, restorer: Restorer | None) -> CompletionsRewriter:
        return CompletionsRewriter(restorer)

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


def restore_choices(answer: JsonObject, restorer: Restorer) -> bool:
    """Restore every choice's `text` of a completion in place."""
    changed = False
    for choice in objects_in(answer.get("choices")):
        changed |= restore_key(choice, "text", restorer)
    return changed


class CompletionsRewriter(ChunkRewriter):
    """One channel per choice index; the chunk carrying `finish_reason` flushes it."""

    __slots__ = ()

    def _restore_choice(self, channels: Channels, choice: JsonObject) -> bool:
        index = choice.get("index", 0)
        text = choice.get("text")
        changed = False
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
        return changed

    def _leftover_choices(self, channels: Channels) -> list[JsonObject]:
        tails = [(index, channels.flush(index)) for index in channels.keys()]
        return [{"text": tail, "index": index, "logprobs": None, "finish_reason": None}
                for index, tail in tails if tail]

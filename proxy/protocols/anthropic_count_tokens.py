"""Anthropic `POST /v1/messages/count_tokens`.

The request carries the whole prompt to the vendor, so it is parsed and inspected exactly like
`/v1/messages`; the answer (`{"input_tokens": N}`) has no text to restore.
"""

from __future__ import annotations

from typing import Mapping

from proxy.protocols import _echo
from proxy.protocols._errors import anthropic_error_body, anthropic_error_events
from proxy.protocols._json import SegmentList, dumps, load_answer, load_object, rebuild_body, require_str
from proxy.protocols._stream import int_of
from proxy.protocols.anthropic_messages import walk_request
from proxy.protocols.base import Call, Restorer, SseEvent, Usage


class AnthropicCountTokens:
    name = "anthropic.count_tokens"
    protocol = "anthropic"

    def parse(self, body: bytes) -> Call:
        obj = load_object(body)
        model = require_str(obj, "model")
        out = SegmentList()
        walk_request(obj, out)
        return Call(self.name, model, False, obj, out.segments, out.opaque)

    def rebuild(self, call: Call, texts: Mapping[int, str], model: str) -> bytes:
        return rebuild_body(call, texts, model)

    def restore_body(self, body: bytes, restorer: Restorer | None) -> tuple[bytes, Usage]:
        answer = load_answer(body)
        tokens = int_of(answer.get("input_tokens")) if isinstance(answer, dict) else 0
        return body, Usage(tokens, 0)

    def event_rewriter(self, restorer: Restorer | None) -> _NoStream:
        return _NoStream()

    def error_body(self, status: int, error_type: str, code: str, message: str, request_id: str) -> bytes:
        return anthropic_error_body(error_type, code, message, request_id)

    def error_events(self, error_type: str, code: str, message: str, request_id: str) -> list[SseEvent]:
        return anthropic_error_events(error_type, code, message, request_id)

    def echo(self, call: Call, sent_body: bytes, model: str) -> bytes | list[SseEvent]:
        return dumps({"input_tokens": _echo.estimate_tokens(sent_body.decode("utf-8", "replace"))})


class _NoStream:
    __slots__ = ("usage",)

    def __init__(self) -> None:
        self.usage = Usage()

    def rewrite(self, event: SseEvent) -> list[SseEvent]:
        return [event]

    def finish(self) -> list[SseEvent]:
        return []

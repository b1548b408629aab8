"""Anthropic `POST /v1/messages/count_tokens`.

The request carries the whole prompt to the vendor, so it is parsed and inspected exactly like
`/v1/messages`; the answer (`{"input_tokens": N}`) has no text to restore.
"""

from __future__ import annotations

from proxy.protocols import _echo
from proxy.protocols._json import dumps, load_answer, open_request
from proxy.protocols._stream import NoStreamRewriter, int_of
from proxy.protocols._wire import AnthropicWire
from proxy.protocols.anthropic_messages import walk_request
from proxy.protocols.base import Call, JsonObject, Restorer, SseEvent, Usage


class AnthropicCountTokens(AnthropicWire):
    name = "anthropic.count_tokens"

    def parse(self, body: bytes) -> Call:
        obj, model, out = open_request(body)
        walk_request(obj, out)
        return Call(self.name, model, False, obj, out.segments, out.opaque)

    def restore_body(self, body: bytes, restorer: Restorer | None,
                     decoded: JsonObject | None = None) -> tuple[bytes, Usage]:
        answer = load_answer(body) if decoded is None else decoded
        tokens = int_of(answer.get("input_tokens")) if isinstance(answer, dict) else 0
        return body, Usage(tokens, 0)

    def event_rewriter(self, restorer: Restorer | None) -> NoStreamRewriter:
        return NoStreamRewriter()

    def echo(self, call: Call, sent_body: bytes, model: str) -> bytes | list[SseEvent]:
        return dumps({"input_tokens": _echo.estimate_tokens(sent_body.decode("utf-8", "replace"))})


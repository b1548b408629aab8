"""OpenAI `POST /v1/embeddings`.

Inspected: `input` (a string or each string of a list) and `user`. Token-id inputs are opaque.
Answers carry vectors, not text: nothing to restore; usage is `prompt_tokens`.
"""

from __future__ import annotations

import base64
import struct
from typing import Any

from proxy.protocols import _echo
from proxy.protocols._json import dumps, load_answer, open_request, require_present
from proxy.protocols._stream import NoStreamRewriter, openai_usage
from proxy.protocols._wire import OpenAIWire
from proxy.protocols.base import Call, JsonObject, Restorer, SseEvent, Usage
from proxy.protocols.openai_chat import walk_metadata
from proxy.protocols.openai_completions import walk_text_or_tokens


class OpenAIEmbeddings(OpenAIWire):
    name = "openai.embeddings"

    def parse(self, body: bytes) -> Call:
        obj, model, out = open_request(body)
        walk_text_or_tokens(require_present(obj, "input"), "input", "input", out)
        walk_metadata(obj, out)
        return Call(self.name, model, False, obj, out.segments, out.opaque)

    def restore_body(self, body: bytes, restorer: Restorer | None,
                     decoded: JsonObject | None = None) -> tuple[bytes, Usage]:
        if b'"usage"' not in body:
            return body, Usage()
        answer = load_answer(body) if decoded is None else decoded
        usage = openai_usage(answer.get("usage")) if isinstance(answer, dict) else None
        return body, usage or Usage()

    def event_rewriter(self, restorer: Restorer | None) -> NoStreamRewriter:
        return NoStreamRewriter()

    def echo(self, call: Call, sent_body: bytes, model: str) -> bytes | list[SseEvent]:
        """One deterministic 8-dimension vector per input item, from a hash of the item as sent."""
        sent = load_answer(sent_body)
        items: list[Any] = []
        fmt: Any = None
        if isinstance(sent, dict):
            raw = sent.get("input")
            fmt = sent.get("encoding_format")
            if isinstance(raw, str) or (isinstance(raw, list) and raw and isinstance(raw[0], int)):
                items = [raw]
            elif isinstance(raw, list):
                items = raw
        data = []
        tokens = 0
        for index, item in enumerate(items):
            key = item.encode() if isinstance(item, str) else dumps(item)
            tokens += _echo.estimate_tokens(item) if isinstance(item, str) else len(item)
            floats = _echo.vector(key)
            embedding: Any = floats
            if fmt == "base64":
                embedding = base64.b64encode(struct.pack(f"<{len(floats)}f", *floats)).decode()
            data.append({"object": "embedding", "index": index, "embedding": embedding})
        return dumps({"object": "list", "data": data, "model": model,
                      "usage": {"prompt_tokens": tokens, "total_tokens": tokens}})


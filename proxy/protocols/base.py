"""ProtocolAdapter: the contract every wire protocol (OpenAI chat, Anthropic messages, ...) implements.

An adapter is sans-IO: it turns request bytes into a `Call` (with every text-bearing field listed as a
`Segment`), rebuilds the body from transformed texts, rewrites answers (restoring pseudonyms), renders
errors in the protocol's own shape, and builds the echo vendor's answers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping, Protocol, Sequence

JsonObject = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Segment:
    """One text-bearing field of the request body."""

    path: tuple[str | int, ...]
    """JSON path from the body root, e.g. ("messages", 0, "content", 1, "text"). A "$json" step
    (`_json.EMBEDDED`) enters the JSON document held in a string field (escaped tool arguments); a
    last "$data" step (`_json.DATA_URL`) is the text decoded from a base64 data URL (an inline file)."""
    text: str = field(repr=False)
    kind: str = "text"
    """What the field is: "text", "system", "tool_definition", "tool_arguments", "tool_result", "input",
    "metadata" (user ids, metadata values, message names)."""
    label: str = ""
    """The JSON key a leaf of a structured value sits under (tool-call arguments, tool_use input,
    metadata). Detection reads the leaf as `label: text`, so a value named by its key alone (a
    password, a passport number) keeps the context a key-value rule needs; the label is never
    transformed or forwarded differently, it only informs the scan."""


@dataclass(slots=True)
class Call:
    """A parsed request. `body` is the decoded JSON kept as-is, so unknown fields survive rebuild."""

    endpoint: str
    """Adapter name, e.g. "openai.chat"."""
    model: str
    stream: bool
    body: JsonObject = field(repr=False)
    segments: list[Segment] = field(default_factory=list, repr=False)
    opaque: int = 0
    """Parts that cannot be inspected (images, audio, binary or referenced files, encrypted content)."""
    include_usage: bool = False
    """Client asked for usage in the stream (OpenAI stream_options.include_usage)."""


@dataclass(frozen=True, slots=True)
class SseEvent:
    """One server-sent event. `data` is the raw data text (multi-line data joined with "\\n")."""

    data: str = field(repr=False)
    event: str = ""
    id: str = ""
    retry: int | None = None

    def encode(self) -> bytes:
        if not self.event and not self.id and self.retry is None and "\n" not in self.data:
            return b"data: " + self.data.encode() + b"\n\n"  # the common event, without the line loop
        lines: list[str] = []
        if self.event:
            lines.append(f"event: {self.event}")
        if self.id:
            lines.append(f"id: {self.id}")
        if self.retry is not None:
            lines.append(f"retry: {self.retry}")
        for line in self.data.split("\n"):
            lines.append(f"data: {line}")
        return ("\n".join(lines) + "\n\n").encode()


@dataclass(slots=True)
class Usage:
    prompt_tokens: int = 0
    completion_tokens: int = 0


class StreamRestorer(Protocol):
    """Per-channel streaming restore state (policies/transform.py implements it)."""

    def feed(self, delta: str) -> str:
        """Return the text safe to emit now; a possible partial placeholder at the end is held back."""
        ...

    def flush(self) -> str:
        """Return everything held back (end of the channel)."""
        ...


class Restorer(Protocol):
    """Maps pseudonyms in an answer back to the real values of this request."""

    def restore(self, text: str) -> str: ...

    def stream(self) -> StreamRestorer: ...


class EventRewriter(Protocol):
    """Stateful rewriter of one streamed answer: restores text deltas, tracks usage.

    Built without a restorer, a rewriter returns every event unchanged and reads only named events and
    events whose data mentions "usage": the relay relies on that to pass other data-only events through
    as raw bytes without showing them to the rewriter (`SseDecoder.take_plain`)."""

    usage: Usage

    def rewrite(self, event: SseEvent) -> list[SseEvent]:
        """Events to send for this upstream event (held-back text is emitted before finish events)."""
        ...

    def finish(self) -> list[SseEvent]:
        """Events to send at end of stream if anything is still held back (normally empty)."""
        ...


class ProtocolAdapter(Protocol):
    name: str
    """"openai.chat", "openai.completions", "openai.responses", "openai.embeddings", "anthropic.messages"."""
    protocol: str
    """Wire family: "openai" or "anthropic"."""

    def parse(self, body: bytes) -> Call:
        """Raise proxy.errors.BadRequest ("invalid-json", "missing-field", ...) on bad input."""
        ...

    def rebuild(self, call: Call, texts: Mapping[int, str], model: str) -> bytes:
        """Body to send upstream: segment i's text replaced by texts[i] (others untouched), model set."""
        ...

    def restore_body(self, body: bytes, restorer: Restorer | None,
                     decoded: JsonObject | None = None) -> tuple[bytes, Usage]:
        """Non-streamed answer: restore every text field (content, tool-call arguments); extract usage.
        `decoded`: the caller's own decoding of `body` (a JSON object), so it is not decoded twice; it
        may be restored in place."""
        ...

    def event_rewriter(self, restorer: Restorer | None) -> EventRewriter: ...

    def error_body(self, status: int, error_type: str, code: str, message: str, request_id: str) -> bytes:
        """The protocol's own error shape (OpenAI {"error": {...}}, Anthropic {"type": "error", ...})."""
        ...

    def error_events(self, error_type: str, code: str, message: str, request_id: str) -> list[SseEvent]:
        """A failure in the middle of a stream, in the shape this protocol's SDKs raise on
        (OpenAI chat: a data-only `{"error": ...}`; Responses: `event: error`; Anthropic: `event: error`)."""
        ...

    def echo(self, call: Call, sent_body: bytes, model: str) -> bytes | list[SseEvent]:
        """The echo vendor's answer: `sent_body` (exactly what left) as the reply text; events if streamed."""
        ...

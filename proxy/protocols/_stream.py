"""Per-channel streaming restore state shared by the event rewriters.

A channel is one independently streamed text (a choice's content, one tool call's arguments, one
Anthropic content block, one Responses output part). Each gets its own `StreamRestorer`, so a
placeholder split across two deltas of the same channel is restored, and held-back text is
released (`flush`) just before that channel's end event.
"""

from __future__ import annotations

import copy
from typing import Any, Hashable

import orjson

from proxy.protocols._json import dumps, string_leaves
from proxy.protocols._jsontext import JsonTextStream, restore_json_text
from proxy.protocols.base import Restorer, SseEvent, StreamRestorer, Usage


class Channels:
    __slots__ = ("_restorer", "_open", "meta")

    def __init__(self, restorer: Restorer) -> None:
        self._restorer = restorer
        self._open: dict[Hashable, StreamRestorer] = {}
        self.meta: dict[Hashable, Any] = {}
        """What the adapter needs to synthesise a delta for a channel when it flushes it."""

    def feed(self, key: Hashable, delta: str, json_text: bool = False) -> str:
        """Restore one delta of a channel; `json_text` channels carry raw JSON (tool arguments)."""
        state = self._open.get(key)
        if state is None:
            restorer = self._restorer
            state = JsonTextStream(restorer) if json_text else restorer.stream()
            self._open[key] = state
        return state.feed(delta)

    def flush(self, key: Hashable) -> str:
        state = self._open.pop(key, None)
        return state.flush() if state is not None else ""

    def keys(self) -> list[Hashable]:
        return list(self._open)


class NoStreamRewriter:
    """For endpoints that never stream (embeddings, count_tokens): events, if any, pass through."""

    __slots__ = ("usage",)

    def __init__(self) -> None:
        self.usage = Usage()

    def rewrite(self, event: SseEvent) -> list[SseEvent]:
        return [event]

    def finish(self) -> list[SseEvent]:
        return []


def parse_data(event: SseEvent) -> Any:
    """The event's JSON data, or None (sentinels like [DONE], keep-alives, non-JSON)."""
    data = event.data
    if not data or data[0] != "{":
        return None
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError:
        return None


def with_data(event: SseEvent, data: Any) -> SseEvent:
    return SseEvent(data=dumps(data).decode(), event=event.event, id=event.id, retry=event.retry)


def restore_leaves(value: Any, restorer: Restorer) -> Any:
    """`value` with every string leaf restored (tool_use inputs); same object when nothing changed."""
    if isinstance(value, str):
        return restorer.restore(value)
    changed: list[tuple[tuple[str | int, ...], str]] = []
    for path, text in string_leaves(value, (), frozenset()):
        restored = restorer.restore(text)
        if restored != text:
            changed.append((path, restored))
    if not changed:
        return value
    out = copy.deepcopy(value)
    for path, text in changed:
        node = out
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = text
    return out


def has_usage(data: str) -> bool:
    """Cheap pre-check on raw event data: a non-null `usage` object is present."""
    at = data.find('"usage"')
    while at >= 0:
        rest = data[at + 7:at + 16].lstrip(" \t:")
        if rest[:1] == "{":
            return True
        at = data.find('"usage"', at + 7)
    return False


def restore_key(obj: dict[str, Any], key: str, restorer: Restorer, json_text: bool = False) -> bool:
    """Restore obj[key] in place when it is a string; True when it changed. `json_text` for
    fields holding JSON (tool-call arguments), so restored values are escaped properly."""
    value = obj.get(key)
    if isinstance(value, str) and value:
        restored = restore_json_text(value, restorer) if json_text else restorer.restore(value)
        if restored != value:
            obj[key] = restored
            return True
    return False


def int_of(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def openai_usage(raw: Any) -> Usage | None:
    if not isinstance(raw, dict):
        return None
    prompt = raw.get("prompt_tokens", raw.get("input_tokens"))
    completion = raw.get("completion_tokens", raw.get("output_tokens"))
    return Usage(int_of(prompt), int_of(completion))


def anthropic_usage(raw: Any) -> Usage | None:
    if not isinstance(raw, dict):
        return None
    return Usage(anthropic_prompt_tokens(raw), int_of(raw.get("output_tokens")))


def anthropic_prompt_tokens(raw: dict[str, Any]) -> int:
    """Input tokens including prompt-cache reads and writes (all are prompt the vendor processed)."""
    return (int_of(raw.get("input_tokens")) + int_of(raw.get("cache_creation_input_tokens"))
            + int_of(raw.get("cache_read_input_tokens")))

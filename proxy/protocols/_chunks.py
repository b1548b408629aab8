"""Streams of OpenAI chunks (chat and legacy completions): `{id, ..., choices, usage}` then `[DONE]`.

Both endpoints stream the same envelope and differ only in what a choice carries (a `delta` object
or a `text` string). This base handles the envelope — usage, `[DONE]`, held-back text released
before it — and leaves each choice to the subclass.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any

from proxy.protocols._json import dumps, objects_in
from proxy.protocols._stream import Channels, has_usage, openai_usage, parse_data, with_data
from proxy.protocols.base import JsonObject, Restorer, SseEvent, Usage


class ChunkRewriter(ABC):
    """An `EventRewriter` for chunk streams; subclasses say how one choice is restored and flushed."""

    __slots__ = ("usage", "_channels", "_envelope")

    def __init__(self, restorer: Restorer | None) -> None:
        self.usage = Usage()
        self._channels = Channels(restorer) if restorer is not None else None
        self._envelope: JsonObject = {}
        """The last chunk without `choices`/`usage`: the frame for chunks `finish` synthesises."""

    @abstractmethod
    def _restore_choice(self, channels: Channels, choice: JsonObject) -> bool:
        """Restore one streamed choice in place (flushing it on `finish_reason`); True when changed."""

    @abstractmethod
    def _leftover_choices(self, channels: Channels) -> list[JsonObject]:
        """A choice object for each channel still holding text back (flushed now)."""

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
        self._envelope = {key: value for key, value in data.items() if key not in ("choices", "usage")}
        changed = False
        for choice in objects_in(data.get("choices")):
            changed |= self._restore_choice(channels, choice)
        return [with_data(event, data) if changed else event]

    def finish(self) -> list[SseEvent]:
        """Normally empty: every choice ends with a finish_reason chunk, which flushes it."""
        channels = self._channels
        if channels is None:
            return []
        return [SseEvent(dumps({**self._envelope, "choices": [choice]}).decode())
                for choice in self._leftover_choices(channels)]

    def _take_usage(self, data: Any) -> None:
        if isinstance(data, dict):
            usage = openai_usage(data.get("usage"))
            if usage is not None:
                self.usage = usage

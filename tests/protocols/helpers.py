"""Test doubles and builders shared by the protocol adapter tests."""

from __future__ import annotations

from typing import Iterable, Mapping

from proxy.protocols.base import SseEvent

PHONE = "13812345678"
PLACEHOLDER = "[CN_PHONE_1]"


class MapRestorer:
    """A Restorer that maps placeholder tokens to values, holding back any suffix that could start one."""

    def __init__(self, mapping: Mapping[str, str]) -> None:
        self.mapping = dict(mapping)

    def restore(self, text: str) -> str:
        for token, value in self.mapping.items():
            text = text.replace(token, value)
        return text

    def stream(self) -> "MapStream":
        return MapStream(self)


class MapStream:
    def __init__(self, owner: MapRestorer) -> None:
        self.owner = owner
        self.held = ""

    def feed(self, delta: str) -> str:
        text = self.owner.restore(self.held + delta)
        keep = 0
        for token in self.owner.mapping:
            for size in range(min(len(token) - 1, len(text)), 0, -1):
                if text.endswith(token[:size]):
                    keep = max(keep, size)
                    break
        self.held = text[len(text) - keep:] if keep else ""
        return text[:len(text) - keep] if keep else text

    def flush(self) -> str:
        text, self.held = self.owner.restore(self.held), ""
        return text


def splits(text: str) -> Iterable[tuple[str, str]]:
    """Every way to cut `text` in two non-empty pieces."""
    for cut in range(1, len(text)):
        yield text[:cut], text[cut:]


def events_data(events: list[SseEvent]) -> list[str]:
    return [event.data for event in events]

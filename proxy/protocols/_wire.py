"""What every adapter of one wire family shares: the family name, its error shapes, the JSON rebuild.

An adapter names its family by subclassing `OpenAIWire` or `AnthropicWire`, so a new endpoint of an
existing family cannot render errors in the other family's shape by mistake.
"""

from __future__ import annotations

from typing import Mapping

from proxy.protocols._errors import (
    anthropic_error_body, anthropic_error_events, openai_error_body, openai_error_events,
)
from proxy.protocols._json import rebuild_body
from proxy.protocols.base import Call, SseEvent


class JsonWire:
    """Every protocol we speak sends a JSON object: `rebuild` is the same edit-at-paths for all."""

    def rebuild(self, call: Call, texts: Mapping[int, str], model: str) -> bytes:
        return rebuild_body(call, texts, model)


class OpenAIWire(JsonWire):
    protocol = "openai"

    def error_body(self, status: int, error_type: str, code: str, message: str, request_id: str) -> bytes:
        return openai_error_body(error_type, code, message, request_id)

    def error_events(self, error_type: str, code: str, message: str, request_id: str) -> list[SseEvent]:
        return openai_error_events(error_type, code, message, request_id)


class AnthropicWire(JsonWire):
    protocol = "anthropic"

    def error_body(self, status: int, error_type: str, code: str, message: str, request_id: str) -> bytes:
        return anthropic_error_body(error_type, code, message, request_id)

    def error_events(self, error_type: str, code: str, message: str, request_id: str) -> list[SseEvent]:
        return anthropic_error_events(error_type, code, message, request_id)

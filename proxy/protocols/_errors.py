"""Error bodies and stream error events in the OpenAI and Anthropic shapes.

OpenAI: `{"error": {"message", "type", "param": null, "code"}}`; the request id is appended to the
message (`... (request id: req_...)`), because the SDKs surface `error.message` but ignore extra
fields. Anthropic: `{"type": "error", "error": {"type", "message", "code"}, "request_id"}` (`code`
is our kebab-case code, an extra field the SDK keeps in `body`). The HTTP layer
should also send the id as `x-request-id` (read by the openai SDK) and `request-id` (anthropic SDK).
"""

from __future__ import annotations

from proxy.protocols._json import dumps
from proxy.protocols.base import SseEvent

_OPENAI_TYPES = {
    "not_found_error": "invalid_request_error",
    "request_too_large": "invalid_request_error",
    "api_error": "server_error",
    "overloaded_error": "server_error",
    "timeout_error": "timeout",
    "rate_limit_error": "rate_limit_exceeded",
}
"""GuanqiaError.error_type (Anthropic-flavoured names) → the `type` OpenAI itself uses."""

_ANTHROPIC_TYPES = {
    "server_error": "api_error",
    "timeout": "timeout_error",
    "rate_limit_exceeded": "rate_limit_error",
    "insufficient_quota": "rate_limit_error",
}


def with_request_id(message: str, request_id: str) -> str:
    """The message OpenAI SDKs surface, carrying the id a user quotes to support."""
    return f"{message} (request id: {request_id})" if request_id else message


def openai_error(error_type: str, code: str, message: str, request_id: str) -> dict[str, object]:
    return {"error": {"message": with_request_id(message, request_id),
                      "type": _OPENAI_TYPES.get(error_type, error_type),
                      "param": None, "code": code}}


def openai_error_body(error_type: str, code: str, message: str, request_id: str) -> bytes:
    return dumps(openai_error(error_type, code, message, request_id))


def openai_error_events(error_type: str, code: str, message: str, request_id: str) -> list[SseEvent]:
    """What OpenAI sends when a stream fails midway: a data-only event with an `error` object."""
    body = openai_error_body(error_type, code, message, request_id).decode()
    return [SseEvent(data=body)]


def anthropic_error(error_type: str, code: str, message: str, request_id: str) -> dict[str, object]:
    return {"type": "error",
            "error": {"type": _ANTHROPIC_TYPES.get(error_type, error_type), "message": message,
                      "code": code},
            "request_id": request_id or None}


def anthropic_error_body(error_type: str, code: str, message: str, request_id: str) -> bytes:
    return dumps(anthropic_error(error_type, code, message, request_id))


def anthropic_error_events(error_type: str, code: str, message: str, request_id: str) -> list[SseEvent]:
    body = anthropic_error_body(error_type, code, message, request_id).decode()
    return [SseEvent(data=body, event="error")]

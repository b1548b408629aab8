"""Errors in each protocol's own shape, as the official SDKs surface them (bodies and mid-stream)."""

from __future__ import annotations

import json
from typing import Any, Iterator

import anthropic
import httpx
import httpx2
import openai
import pytest

from proxy.protocols import ENDPOINTS
from proxy.protocols.base import SseEvent
from proxy.sse import encode_events

REQUEST_ID = "req_0123456789abcdef"


class Refusing:
    """A transport answering every call with one adapter's error body (status) or a broken stream."""

    def __init__(self, status: int, error_type: str, code: str, stream_first: SseEvent | None = None) -> None:
        self.status, self.error_type, self.code = status, error_type, code
        self.stream_first = stream_first

    def __call__(self, request: Any) -> Any:
        http = httpx2 if isinstance(request, httpx2.Request) else httpx
        adapter = ENDPOINTS[request.url.path]
        headers = {"x-request-id": REQUEST_ID, "request-id": REQUEST_ID}
        if self.stream_first is not None:
            events = [self.stream_first, *adapter.error_events(self.error_type, self.code, "stream broke",
                                                               REQUEST_ID)]
            return http.Response(200, content=encode_events(events),
                                 headers={**headers, "content-type": "text/event-stream"})
        body = adapter.error_body(self.status, self.error_type, self.code, "model not allowed", REQUEST_ID)
        headers["content-type"] = "application/json"
        return http.Response(self.status, content=body, headers=headers)


def openai_client(transport: Refusing) -> openai.OpenAI:
    return openai.OpenAI(base_url="http://gq.invalid/v1", api_key="k", max_retries=0,
                         http_client=httpx.Client(transport=httpx.MockTransport(transport)))


def anthropic_client(transport: Refusing) -> anthropic.Anthropic:
    return anthropic.Anthropic(base_url="http://gq.invalid", api_key="k", max_retries=0,
                               http_client=httpx2.Client(transport=httpx2.MockTransport(transport)))


@pytest.mark.parametrize(("status", "error_type", "exc"), [
    (400, "invalid_request_error", openai.BadRequestError),
    (401, "authentication_error", openai.AuthenticationError),
    (403, "permission_error", openai.PermissionDeniedError),
    (404, "not_found_error", openai.NotFoundError),
    (429, "rate_limit_error", openai.RateLimitError),
    (502, "api_error", openai.InternalServerError),
])
def test_openai_sdk_raises_the_right_error_with_code_and_request_id(status: int, error_type: str,
                                                                      exc: type[Exception]) -> None:
    with openai_client(Refusing(status, error_type, "some-code")) as client:
        with pytest.raises(exc) as caught:
            client.chat.completions.create(model="m", messages=[{"role": "user", "content": "x"}])
    error: Any = caught.value
    assert error.code == "some-code" and REQUEST_ID in error.message
    assert error.request_id == REQUEST_ID


@pytest.mark.parametrize(("status", "error_type", "exc", "wire_type"), [
    (400, "invalid_request_error", anthropic.BadRequestError, "invalid_request_error"),
    (403, "permission_error", anthropic.PermissionDeniedError, "permission_error"),
    (502, "server_error", anthropic.InternalServerError, "api_error"),
    (504, "timeout", anthropic.APIStatusError, "timeout_error"),
])
def test_anthropic_sdk_raises_with_anthropic_error_types(status: int, error_type: str,
                                                         exc: type[Exception], wire_type: str) -> None:
    with anthropic_client(Refusing(status, error_type, "blocked-by-policy")) as client:
        with pytest.raises(exc) as caught:
            client.messages.create(model="m", max_tokens=5, messages=[{"role": "user", "content": "x"}])
    error: Any = caught.value
    assert error.status_code == status
    assert error.body["type"] == "error" and error.body["error"]["type"] == wire_type
    assert error.body["error"]["code"] == "blocked-by-policy" and error.request_id == REQUEST_ID


def test_openai_chat_stream_error_is_raised_by_the_sdk() -> None:
    first = SseEvent(json.dumps({"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m",
                                 "choices": [{"index": 0, "delta": {"content": "partial"},
                                              "finish_reason": None}]}))
    with openai_client(Refusing(200, "api_error", "upstream-reset", first)) as client:
        stream = client.chat.completions.create(model="m", stream=True,
                                                messages=[{"role": "user", "content": "x"}])
        with pytest.raises(openai.APIError) as caught:
            list(stream)
    assert "stream broke" in str(caught.value)


def test_responses_stream_error_is_an_error_event() -> None:
    first = SseEvent(json.dumps({"type": "response.output_text.delta", "item_id": "m", "output_index": 0,
                                 "content_index": 0, "delta": "partial", "logprobs": [],
                                 "sequence_number": 0}), event="response.output_text.delta")
    with openai_client(Refusing(200, "api_error", "upstream-reset", first)) as client:
        events = list(client.responses.create(model="m", input="x", stream=True))
    assert events[-1].type == "error"
    assert events[-1].code == "upstream-reset"  # type: ignore[union-attr]


def test_anthropic_stream_error_is_raised_by_the_sdk() -> None:
    first = SseEvent(json.dumps({"type": "message_start", "message": {
        "id": "m", "type": "message", "role": "assistant", "model": "c", "content": [], "stop_reason": None,
        "stop_sequence": None, "usage": {"input_tokens": 1, "output_tokens": 1}}}), event="message_start")
    with anthropic_client(Refusing(200, "api_error", "upstream-reset", first)) as client:
        with pytest.raises(anthropic.APIStatusError) as caught:
            list(client.messages.create(model="m", max_tokens=5, stream=True,
                                        messages=[{"role": "user", "content": "x"}]))
    assert "stream broke" in str(caught.value)


def test_error_shapes_on_the_wire() -> None:
    openai_shape = ENDPOINTS["/v1/embeddings"]
    body = json.loads(openai_shape.error_body(413, "request_too_large", "body-too-large", "too big",
                                              REQUEST_ID))
    assert body == {"error": {"message": f"too big (request id: {REQUEST_ID})",
                              "type": "invalid_request_error", "param": None, "code": "body-too-large"}}
    anthropic_shape = ENDPOINTS["/v1/messages/count_tokens"]
    body = json.loads(anthropic_shape.error_body(404, "not_found_error", "unknown-model", "no such model",
                                                 REQUEST_ID))
    assert body == {"type": "error", "error": {"type": "not_found_error", "message": "no such model",
                                               "code": "unknown-model"}, "request_id": REQUEST_ID}

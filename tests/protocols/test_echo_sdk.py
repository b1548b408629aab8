"""Echo answers, parsed by the official `openai` and `anthropic` SDKs themselves.

The SDK clients talk to an in-process httpx transport that plays the echo vendor with the adapters
(parse the request, answer with `echo`), so every answer goes through the SDKs' own response and
SSE parsing, streamed and not. The reply text must be exactly the body the vendor received.
"""

from __future__ import annotations

import base64
import json
import struct
from typing import Any, Iterator

import anthropic
import httpx
import httpx2
import openai
import pytest
from anthropic.types import Message, RawMessageStreamEvent
from openai.types import Completion, CreateEmbeddingResponse
from openai.types.chat import ChatCompletion, ChatCompletionChunk
from openai.types.responses import Response, ResponseStreamEvent
from pydantic import TypeAdapter

from proxy.protocols import ENDPOINTS
from proxy.protocols.base import SseEvent
from proxy.sse import decode_all, encode_events

PROMPT = "请回拨 13912340000，谢谢 — “quotes” and \\ backslash"


class EchoVendor:
    """Records what each request sent, answers like the built-in echo vendor."""

    def __init__(self, prefix: str = "/v1") -> None:
        self.prefix = prefix
        self.sent: list[bytes] = []

    def __call__(self, request: Any) -> Any:
        """Works for `httpx` (openai SDK) and `httpx2` (anthropic SDK) requests alike."""
        http = httpx2 if isinstance(request, httpx2.Request) else httpx
        path = request.url.path
        adapter = ENDPOINTS[path]
        body = request.content
        self.sent.append(body)
        call = adapter.parse(body)
        out = adapter.echo(call, body, call.model)
        if isinstance(out, bytes):
            return http.Response(200, content=out, headers={"content-type": "application/json"})
        return http.Response(200, content=encode_events(out), headers={"content-type": "text/event-stream"})


@pytest.fixture
def vendor() -> EchoVendor:
    return EchoVendor()


@pytest.fixture
def oa(vendor: EchoVendor) -> Iterator[openai.OpenAI]:
    http = httpx.Client(transport=httpx.MockTransport(vendor))
    with openai.OpenAI(base_url="http://echo.invalid/v1", api_key="sk-test", http_client=http,
                       max_retries=0) as client:
        yield client


@pytest.fixture
def an(vendor: EchoVendor) -> Iterator[anthropic.Anthropic]:
    http = httpx2.Client(transport=httpx2.MockTransport(vendor))
    with anthropic.Anthropic(base_url="http://echo.invalid", api_key="sk-test", http_client=http,
                             max_retries=0) as client:
        yield client


def test_chat_echo_returns_the_exact_body(oa: openai.OpenAI, vendor: EchoVendor) -> None:
    answer = oa.chat.completions.create(model="echo-us", messages=[{"role": "user", "content": PROMPT}])
    assert answer.choices[0].message.content == vendor.sent[-1].decode()
    assert json.loads(answer.choices[0].message.content)["messages"][0]["content"] == PROMPT
    assert answer.usage is not None and answer.usage.prompt_tokens > 0
    assert answer.model == "echo-us" and answer.choices[0].finish_reason == "stop"


@pytest.mark.parametrize("include_usage", [False, True])
def test_chat_echo_streams_the_exact_body(oa: openai.OpenAI, vendor: EchoVendor, include_usage: bool) -> None:
    options = {"stream_options": {"include_usage": True}} if include_usage else {}
    chunks = list(oa.chat.completions.create(model="echo-us", messages=[{"role": "user", "content": PROMPT}],
                                             stream=True, **options))  # type: ignore[call-overload]
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == vendor.sent[-1].decode()
    assert len([c for c in chunks if c.choices and c.choices[0].delta.content]) > 1
    assert [c.choices[0].finish_reason for c in chunks if c.choices][-1] == "stop"
    usage = [c.usage for c in chunks if c.usage is not None]
    assert (len(usage) == 1 and usage[0].total_tokens > 0) if include_usage else usage == []


def test_completions_echo(oa: openai.OpenAI, vendor: EchoVendor) -> None:
    answer = oa.completions.create(model="echo-cn", prompt=PROMPT)
    assert answer.choices[0].text == vendor.sent[-1].decode()
    chunks = list(oa.completions.create(model="echo-cn", prompt=[PROMPT, "二"], stream=True,
                                        stream_options={"include_usage": True}))
    assert "".join(c.choices[0].text for c in chunks if c.choices) == vendor.sent[-1].decode()
    assert chunks[-1].usage is not None and chunks[-1].usage.prompt_tokens > 0


@pytest.mark.parametrize("encoding_format", [None, "float", "base64"])
def test_embeddings_echo_is_deterministic(oa: openai.OpenAI, encoding_format: str | None) -> None:
    kwargs: dict[str, Any] = {"encoding_format": encoding_format} if encoding_format else {}
    first = oa.embeddings.create(model="echo-cn", input=["甲", "乙"], **kwargs)
    again = oa.embeddings.create(model="echo-cn", input=["甲", "乙"], **kwargs)
    if encoding_format == "base64":
        raw = [base64.b64decode(d.embedding) for d in first.data]  # type: ignore[arg-type]
        vectors = [list(struct.unpack("<8f", item)) for item in raw]
    else:
        vectors = [d.embedding for d in first.data]
    assert len(vectors) == 2 and all(len(v) == 8 for v in vectors) and vectors[0] != vectors[1]
    assert [d.embedding for d in first.data] == [d.embedding for d in again.data]
    assert first.usage.prompt_tokens > 0
    single = oa.embeddings.create(model="echo-cn", input=[1, 2, 3], encoding_format="float")
    assert len(single.data) == 1


def test_responses_echo(oa: openai.OpenAI, vendor: EchoVendor) -> None:
    answer = oa.responses.create(model="echo-us", input=PROMPT, instructions="be brief")
    assert answer.output_text == vendor.sent[-1].decode()
    assert answer.usage is not None and answer.usage.input_tokens > 0
    events = list(oa.responses.create(model="echo-us", input=[{"role": "user", "content": PROMPT}],
                                      stream=True))
    deltas = "".join(e.delta for e in events if e.type == "response.output_text.delta")
    assert deltas == vendor.sent[-1].decode()
    assert events[-1].type == "response.completed"
    assert events[-1].response.output_text == deltas
    assert [e.sequence_number for e in events] == list(range(len(events)))


def test_responses_stream_helper_accumulates_the_echo(oa: openai.OpenAI, vendor: EchoVendor) -> None:
    with oa.responses.stream(model="echo-us", input=PROMPT) as stream:
        final = stream.get_final_response()
    assert final.output_text == vendor.sent[-1].decode()


def test_anthropic_echo(an: anthropic.Anthropic, vendor: EchoVendor) -> None:
    message = an.messages.create(model="echo-us", max_tokens=64, system="sys",
                                 messages=[{"role": "user", "content": PROMPT}])
    assert message.content[0].type == "text"
    assert message.content[0].text == vendor.sent[-1].decode()
    assert message.usage.input_tokens > 0 and message.stop_reason == "end_turn"


def test_anthropic_echo_streams(an: anthropic.Anthropic, vendor: EchoVendor) -> None:
    with an.messages.stream(model="echo-us", max_tokens=64,
                            messages=[{"role": "user", "content": PROMPT}]) as stream:
        text = "".join(stream.text_stream)
        final = stream.get_final_message()
    assert text == vendor.sent[-1].decode()
    assert final.content[0].type == "text" and final.content[0].text == text
    assert final.usage.output_tokens > 0
    raw = list(an.messages.create(model="echo-us", max_tokens=64, stream=True,
                                  messages=[{"role": "user", "content": PROMPT}]))
    assert [e.type for e in raw][0] == "message_start" and raw[-1].type == "message_stop"


def test_anthropic_count_tokens_echo(an: anthropic.Anthropic) -> None:
    counted = an.messages.count_tokens(model="echo-us", messages=[{"role": "user", "content": PROMPT}])
    assert counted.input_tokens > 0


def _call(path: str, body: dict[str, Any]) -> tuple[Any, bytes]:
    raw = json.dumps(body, ensure_ascii=False).encode()
    adapter = ENDPOINTS[path]
    return adapter.echo(adapter.parse(raw), raw, "echo-us"), raw


def test_echo_answers_validate_against_sdk_types() -> None:
    """Also checked directly against the pydantic types (strict about required fields)."""
    user = [{"role": "user", "content": PROMPT}]
    out, raw = _call("/v1/chat/completions", {"model": "x", "messages": user})
    assert ChatCompletion.model_validate_json(out).choices[0].message.content == raw.decode()
    events, raw = _call("/v1/chat/completions", {"model": "x", "stream": True, "stream_options": {
        "include_usage": True}, "messages": [{"role": "user", "content": PROMPT}]})
    assert events[-1].data == "[DONE]"
    for event in events[:-1]:
        ChatCompletionChunk.model_validate_json(event.data)
    out, raw = _call("/v1/completions", {"model": "x", "prompt": PROMPT})
    assert Completion.model_validate_json(out).choices[0].text == raw.decode()
    out, _ = _call("/v1/embeddings", {"model": "x", "input": PROMPT})
    assert len(CreateEmbeddingResponse.model_validate_json(out).data) == 1
    out, raw = _call("/v1/responses", {"model": "x", "input": PROMPT})
    assert Response.model_validate_json(out).output_text == raw.decode()
    events, raw = _call("/v1/responses", {"model": "x", "input": PROMPT, "stream": True})
    response_event: TypeAdapter[Any] = TypeAdapter(ResponseStreamEvent)
    parsed = [response_event.validate_json(e.data) for e in events]
    assert [p.type for p in parsed] == [e.event for e in events]
    assert parsed[-1].response.output_text == raw.decode()
    events, raw = _call("/v1/completions", {"model": "x", "prompt": PROMPT, "stream": True})
    # OpenAI itself sends "finish_reason": null mid-stream, which the SDK's Completion literal omits
    # (its stream parser is lenient); only the last chunk is checked strictly.
    chunks = [json.loads(e.data) for e in events if e.data != "[DONE]"]
    assert "".join(c["choices"][0]["text"] for c in chunks) == raw.decode()
    assert Completion.model_validate(chunks[-1]).choices[0].finish_reason == "stop"
    out, raw = _call("/v1/messages", {"model": "x", "max_tokens": 5, "messages": [{"role": "user",
                                                                                  "content": PROMPT}]})
    assert Message.model_validate_json(out).content[0].text == raw.decode()  # type: ignore[union-attr]
    events, _ = _call("/v1/messages", {"model": "x", "max_tokens": 5, "stream": True,
                                       "messages": [{"role": "user", "content": PROMPT}]})
    stream_event: TypeAdapter[Any] = TypeAdapter(RawMessageStreamEvent)
    kinds = [stream_event.validate_json(e.data).type for e in events if e.event != "ping"]
    assert kinds[0] == "message_start" and kinds[-1] == "message_stop"
    assert all(e.event == json.loads(e.data)["type"] for e in events)


def test_streamed_echo_survives_the_sse_round_trip() -> None:
    events, raw = _call("/v1/chat/completions", {"model": "x", "stream": True,
                                                 "messages": [{"role": "user", "content": "多行\n文本\r\n"}]})
    assert isinstance(events, list) and all(isinstance(e, SseEvent) for e in events)
    wire = encode_events(events)
    assert decode_all([wire[i:i + 7] for i in range(0, len(wire), 7)]) == events
    text = "".join(json.loads(e.data)["choices"][0]["delta"].get("content", "")
                   for e in events if e.data != "[DONE]")
    assert text == raw.decode()

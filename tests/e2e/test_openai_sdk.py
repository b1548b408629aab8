"""The official `openai` SDK against a running proxy: only base_url and the key change."""

from __future__ import annotations

import json

import openai
import pytest

from tests.support.proxy_thread import CLIENT_KEY, VENDOR_KEY, ProxyThread

PROMPT = "Summarise our Q3 roadmap in three bullet points."


def test_chat_echo_returns_exactly_what_left(openai_client: openai.OpenAI) -> None:
    reply = openai_client.chat.completions.create(
        model="echo-cn", messages=[{"role": "user", "content": PROMPT}],
        temperature=0.2, extra_body={"vendor_extra": {"keep": True}},
        response_format={"type": "json_object"})
    sent = json.loads(reply.choices[0].message.content or "")
    assert sent["messages"] == [{"role": "user", "content": PROMPT}]
    assert sent["model"] == "echo-cn"
    # Unknown and optional fields travel unchanged.
    assert sent["vendor_extra"] == {"keep": True}
    assert sent["response_format"] == {"type": "json_object"}
    assert sent["temperature"] == 0.2


def test_chat_streamed_echo(openai_client: openai.OpenAI) -> None:
    stream = openai_client.chat.completions.create(
        model="echo-cn", messages=[{"role": "user", "content": PROMPT}], stream=True,
        stream_options={"include_usage": True})
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert json.loads(text)["messages"][0]["content"] == PROMPT
    assert len([c for c in chunks if c.choices]) > 1, "an echo stream arrives in several chunks"
    assert any(c.usage is not None for c in chunks), "usage chunk kept"


async def test_async_client_streamed_and_not(gq: ProxyThread) -> None:
    async with openai.AsyncOpenAI(base_url=f"{gq.url}/v1", api_key=CLIENT_KEY, max_retries=0) as client:
        reply = await client.chat.completions.create(model="fake-cn",
                                                     messages=[{"role": "user", "content": PROMPT}])
        assert reply.choices[0].message.content == "echo: " + PROMPT
        assert reply.usage is not None and reply.usage.prompt_tokens == 11
        stream = await client.chat.completions.create(model="fake-cn", stream=True,
                                                      messages=[{"role": "user", "content": PROMPT}])
        parts = [c.choices[0].delta.content or "" async for c in stream if c.choices]
        assert "".join(parts) == "echo: " + PROMPT
        assert len(parts) > 3, "streamed chunk by chunk, not buffered into one"


def test_vendor_gets_its_key_never_the_client_key(gq: ProxyThread, openai_client: openai.OpenAI) -> None:
    openai_client.chat.completions.create(model="fake-cn", messages=[{"role": "user", "content": PROMPT}])
    seen = gq.vendor.seen[-1]
    assert seen.headers["Authorization"] == f"Bearer {VENDOR_KEY}"
    assert all(CLIENT_KEY not in v for v in seen.headers.values())
    assert "traceparent" in {k.lower() for k in seen.headers}


def test_upstream_model_name_and_tools_preserved(gq: ProxyThread, openai_client: openai.OpenAI) -> None:
    tools = [{"type": "function", "function": {"name": "lookup", "description": "Find an order",
                                               "parameters": {"type": "object", "properties": {
                                                   "order": {"type": "string"}}}}}]
    openai_client.chat.completions.create(model="failover", tools=tools,  # type: ignore[arg-type]
                                          messages=[{"role": "user", "content": PROMPT}])
    seen = gq.vendor.seen[-1].body
    assert seen["model"] == "fake-model-b"
    assert seen["tools"] == tools


def test_completions_embeddings_responses(openai_client: openai.OpenAI) -> None:
    comp = openai_client.completions.create(model="echo-cn", prompt=PROMPT, max_tokens=5)
    assert json.loads(comp.choices[0].text)["prompt"] == PROMPT
    emb = openai_client.embeddings.create(model="echo-cn", input=["a", "b"])
    assert len(emb.data) == 2 and len(emb.data[0].embedding) > 0
    resp = openai_client.responses.create(model="echo-cn", input=PROMPT, instructions="Be brief.")
    sent = json.loads(resp.output_text)
    assert sent["input"] == PROMPT and sent["instructions"] == "Be brief."
    with openai_client.responses.stream(model="echo-cn", input=PROMPT) as stream:
        text = "".join(e.delta for e in stream if e.type == "response.output_text.delta")
    assert json.loads(text)["input"] == PROMPT


def test_models_lists_what_this_client_may_use(gq: ProxyThread) -> None:
    from tests.support.proxy_thread import OTHER_TENANT_KEY
    with openai.OpenAI(base_url=f"{gq.url}/v1", api_key=OTHER_TENANT_KEY, max_retries=0) as other:
        ids = {m.id for m in other.models.list()}
    assert ids == {"echo-cn", "echo-us"}

"""The official `anthropic` SDK against a running proxy: only base_url and the key change."""

from __future__ import annotations

import json

import anthropic

from tests.support.proxy_thread import CLIENT_KEY, ProxyThread

PROMPT = "Draft a polite reminder about the project deadline."


def test_messages_echo(anthropic_client: anthropic.Anthropic) -> None:
    msg = anthropic_client.messages.create(model="echo-cn", max_tokens=64, system="You are terse.",
                                           messages=[{"role": "user", "content": PROMPT}],
                                           metadata={"user_id": "u-1"})
    block = msg.content[0]
    assert block.type == "text"
    sent = json.loads(block.text)
    assert sent["system"] == "You are terse."
    assert sent["messages"] == [{"role": "user", "content": PROMPT}]
    assert sent["metadata"] == {"user_id": "u-1"}


def test_messages_stream_echo(anthropic_client: anthropic.Anthropic) -> None:
    with anthropic_client.messages.stream(model="echo-cn", max_tokens=64,
                                          messages=[{"role": "user", "content": PROMPT}]) as stream:
        text = "".join(stream.text_stream)
        final = stream.get_final_message()
    assert json.loads(text)["messages"][0]["content"] == PROMPT
    assert final.stop_reason is not None


def test_real_anthropic_vendor_streamed(gq: ProxyThread, anthropic_client: anthropic.Anthropic) -> None:
    with anthropic_client.messages.stream(model="claude-test", max_tokens=64,
                                          messages=[{"role": "user", "content": PROMPT}]) as stream:
        text = "".join(stream.text_stream)
        final = stream.get_final_message()
    assert text == "echo: " + PROMPT
    assert final.usage.output_tokens == 7
    seen = gq.vendor.seen[-1]
    assert seen.path == "/v1/messages"
    assert seen.headers.get("anthropic-version")
    assert CLIENT_KEY not in json.dumps(dict(seen.headers))


async def test_async_messages(gq: ProxyThread) -> None:
    async with anthropic.AsyncAnthropic(base_url=gq.url, api_key=CLIENT_KEY, max_retries=0) as client:
        msg = await client.messages.create(model="claude-test", max_tokens=64,
                                           messages=[{"role": "user", "content": PROMPT}])
        assert msg.content[0].type == "text" and msg.content[0].text == "echo: " + PROMPT
        async with client.messages.stream(model="claude-test", max_tokens=64,
                                          messages=[{"role": "user", "content": PROMPT}]) as stream:
            text = "".join([t async for t in stream.text_stream])
        assert text == "echo: " + PROMPT


def test_count_tokens_is_inspected_and_answered(anthropic_client: anthropic.Anthropic) -> None:
    result = anthropic_client.messages.count_tokens(model="echo-cn",
                                                    messages=[{"role": "user", "content": PROMPT}])
    assert result.input_tokens > 0

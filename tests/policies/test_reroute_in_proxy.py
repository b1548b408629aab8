"""Reroute through the running proxy: personal data asked of a US model is answered by the in-region
vendor, and the client — the official SDK — cannot tell, streamed or not."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import openai
import pytest

import policies
from tests.support.proxy_thread import CLIENT_KEY, ProxyThread, audit_record, proxy_with_policy

POLICY = Path(policies.__file__).parent / "examples" / "personal-data-stays-in-china.yaml"
PERSONAL = "请把合同寄给客户，手机 13912345678。"
HARMLESS = "Summarise the attached release notes in three bullet points."


@pytest.fixture
def rerouting(tmp_path: Path) -> Iterator[ProxyThread]:
    with proxy_with_policy(tmp_path, POLICY) as proxy:
        yield proxy


def test_personal_data_to_us_model_is_answered_in_china(rerouting: ProxyThread) -> None:
    gq = rerouting
    with openai.OpenAI(base_url=f"{gq.url}/v1", api_key=CLIENT_KEY, max_retries=0) as client:
        raw = client.chat.completions.with_raw_response.create(
            model="fake-us", messages=[{"role": "user", "content": PERSONAL}])
        reply = raw.parse()
    # The echo vendor in mainland China answered with the body it received: the prompt, unredacted.
    sent = json.loads(reply.choices[0].message.content or "")
    assert sent["messages"][0]["content"] == PERSONAL
    assert sent["model"] == "echo-cn"
    assert gq.vendor.seen == [], "nothing went to the US vendor"
    assert reply.object == "chat.completion" and reply.choices[0].finish_reason == "stop"
    record = audit_record(gq, raw.headers["x-request-id"])
    assert record["action"] == "reroute" and record["rule"] == "personal-rerouted-to-china"
    assert record["vendor"] == "echo-cn" and record["rerouted_from"] == "fake-us"
    assert record["model_requested"] == "fake-us" and record["region"] == "cn-mainland"


def test_rerouted_stream_looks_like_any_stream(rerouting: ProxyThread) -> None:
    gq = rerouting
    with openai.OpenAI(base_url=f"{gq.url}/v1", api_key=CLIENT_KEY, max_retries=0) as client:
        stream = client.chat.completions.create(model="fake-us", stream=True,
                                                messages=[{"role": "user", "content": PERSONAL}])
        text = "".join(c.choices[0].delta.content or "" for c in stream if c.choices)
    assert json.loads(text)["messages"][0]["content"] == PERSONAL
    assert gq.vendor.seen == []


def test_prompt_without_personal_data_goes_where_asked(rerouting: ProxyThread) -> None:
    gq = rerouting
    with openai.OpenAI(base_url=f"{gq.url}/v1", api_key=CLIENT_KEY, max_retries=0) as client:
        reply = client.chat.completions.create(model="fake-us", messages=[{"role": "user", "content": HARMLESS}])
    assert reply.choices[0].message.content == "echo: " + HARMLESS
    assert len(gq.vendor.seen) == 1 and gq.vendor.seen[0].body["model"] == "fake-us"

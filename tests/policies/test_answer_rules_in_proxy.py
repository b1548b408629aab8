"""`direction: response` rules enforced by the running proxy on what the vendor answers, through the
official SDKs: masked values in answers (whole and streamed, split across chunks), a withheld answer
with the rule's message, and an audit record that says what the answer held without holding it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any
from pathlib import Path

import anthropic
import openai
import pytest

import policies
from tests.support.fake_vendor import Script
from tests.support.proxy_thread import CLIENT_KEY, ProxyThread, audit_record, proxy_with_policy

POLICY = Path(policies.__file__).parent / "examples" / "answers-checked.yaml"
ID_CARD = "11010519491231002X"          # synthetic: valid check digit, no real person
MASKED_ID = "110***********002X"
API_KEY = "sk-proj-4fK9xQ2mZ7bT1vN8cR3wY6hL0pS5jD2gA9eU4iO7"
ANSWER_WITH_ID = "查询结果：该客户的身份证号是 " + ID_CARD + "，已完成实名认证，可以办理开户。"
PADDING = "以下是部署步骤的详细说明，请按顺序执行每一步并在完成后确认结果。" * 4


@pytest.fixture
def gq(tmp_path: Path) -> Iterator[ProxyThread]:
    with proxy_with_policy(tmp_path, POLICY) as proxy:
        yield proxy


def openai_client(gq: ProxyThread) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{gq.url}/v1", api_key=CLIENT_KEY, max_retries=0)


def test_id_number_in_an_answer_reaches_the_client_masked(gq: ProxyThread) -> None:
    gq.vendor.push(Script(reply=ANSWER_WITH_ID))
    with openai_client(gq) as client:
        raw = client.chat.completions.with_raw_response.create(
            model="fake-us", messages=[{"role": "user", "content": "查一下这个客户的实名状态"}])
        reply = raw.parse()
    assert reply.choices[0].message.content == ANSWER_WITH_ID.replace(ID_CARD, MASKED_ID)
    record = audit_record(gq, raw.headers["x-request-id"])
    assert record["action"] == "allow" and record["status"] == 200
    assert record["response_action"] == "redact" and record["response_rule"] == "answer-identity-masked"
    [summary] = record["response_findings"]  # type: ignore[misc]
    assert summary["type"] == "CN_ID_CARD" and summary["count"] == 1 and summary["action"] == "redact"
    assert len(summary["fingerprints"]) == 1
    assert ID_CARD not in json.dumps(record, ensure_ascii=False)
    assert ID_CARD not in "\n".join(gq.log_lines)


def test_streamed_answer_is_masked_even_when_the_value_is_split_across_chunks(gq: ProxyThread) -> None:
    answer = PADDING * 2 + ANSWER_WITH_ID + PADDING * 2
    gq.vendor.push(Script(reply=answer))          # the fake vendor streams 3 characters per event
    with openai_client(gq) as client:
        stream = client.chat.completions.create(
            model="fake-us", stream=True, messages=[{"role": "user", "content": "查一下这个客户"}])
        deltas = [c.choices[0].delta.content or "" for c in stream if c.choices]
    assert "".join(deltas) == answer.replace(ID_CARD, MASKED_ID)
    assert not any(ID_CARD[:6] in d and ID_CARD[-4:] in d for d in deltas)
    assert len([d for d in deltas if d]) >= 5, "the answer still streams in pieces"


def test_key_in_an_answer_withholds_it_with_the_rules_message(gq: ProxyThread) -> None:
    gq.vendor.push(Script(reply="把环境变量设为 " + API_KEY + " 后重启服务。"))
    with openai_client(gq) as client, pytest.raises(openai.PermissionDeniedError) as info:
        client.chat.completions.create(model="fake-us", messages=[{"role": "user", "content": "怎么部署？"}])
    error = info.value
    assert error.status_code == 403
    body = json.dumps(error.body, ensure_ascii=False)
    assert "模型回答中包含密钥或密码" in body and API_KEY not in body and API_KEY[:12] not in body
    record = audit_record(gq, error.response.headers["x-request-id"])
    assert record["status"] == 403 and record["response_action"] == "block"
    assert record["response_rule"] == "answer-credentials-blocked"
    assert record["error_class"] == "answer-credentials-blocked"


def test_streamed_answer_with_a_key_stops_before_the_key(gq: ProxyThread) -> None:
    gq.vendor.push(Script(reply=PADDING + "密钥是 " + API_KEY + " 请妥善保管。" + PADDING))
    received: list[str] = []
    with openai_client(gq) as client:
        stream = client.chat.completions.create(
            model="fake-us", stream=True, messages=[{"role": "user", "content": "怎么部署？"}])
        with pytest.raises(openai.APIError) as info:
            for chunk in stream:
                if chunk.choices:
                    received.append(chunk.choices[0].delta.content or "")
    text = "".join(received)
    assert text and PADDING.startswith(text[:20]), "what came before the key was streamed"
    assert "sk-proj" not in text and API_KEY[-8:] not in text
    assert "withheld" in str(info.value) or "拦截" in str(info.value)


def test_anthropic_streamed_answer_is_masked(gq: ProxyThread) -> None:
    answer = PADDING + ANSWER_WITH_ID
    gq.vendor.push(Script(reply=answer))
    with anthropic.Anthropic(base_url=gq.url, api_key=CLIENT_KEY, max_retries=0) as client:
        with client.messages.stream(model="claude-test", max_tokens=200,
                                    messages=[{"role": "user", "content": "查一下"}]) as stream:
            text = "".join(stream.text_stream)
            final = stream.get_final_message()
    assert text == answer.replace(ID_CARD, MASKED_ID)
    assert final.content[0].text == text  # type: ignore[union-attr]


def test_tool_call_arguments_in_an_answer_are_inspected(gq: ProxyThread) -> None:
    gq.vendor.push(Script(tool_args=json.dumps({"id_number": ID_CARD, "note": "开户"}, ensure_ascii=False)))
    with openai_client(gq) as client:
        reply = client.chat.completions.create(
            model="fake-us", messages=[{"role": "user", "content": "帮我开户"}],
            tools=[{"type": "function", "function": {"name": "lookup", "parameters": {"type": "object"}}}])
    args = json.loads(reply.choices[0].message.tool_calls[0].function.arguments)  # type: ignore[index]
    assert args == {"id_number": MASKED_ID, "note": "开户"}


def test_answers_are_not_touched_where_no_response_rule_applies(gq: ProxyThread, tmp_path: Path) -> None:
    # A phone number in an answer: the policy has no response rule for it, so it passes as written.
    gq.vendor.push(Script(reply="请拨打 13812345678 联系客服。"))
    with openai_client(gq) as client:
        raw = client.chat.completions.with_raw_response.create(
            model="fake-us", messages=[{"role": "user", "content": "客服电话？"}])
    assert raw.parse().choices[0].message.content == "请拨打 13812345678 联系客服。"
    record = audit_record(gq, raw.headers["x-request-id"])
    assert record["response_action"] == "allow" and record["response_findings"][0]["type"] == "CN_PHONE"  # type: ignore[index]


def test_responses_stream_deltas_and_final_text_agree(gq: ProxyThread) -> None:
    # echo-cn answers with the body it received: the prompt went to the mainland unredacted, so the
    # ID number comes back in the answer, where the response rule masks it in deltas and final text alike.
    with openai_client(gq) as client:
        events = list(client.responses.create(model="echo-cn", stream=True, input=PADDING + ANSWER_WITH_ID))
    deltas = "".join(e.delta for e in events if e.type == "response.output_text.delta")  # type: ignore[union-attr]
    done = [e for e in events if e.type == "response.output_text.done"]
    completed = [e for e in events if e.type == "response.completed"]
    assert MASKED_ID in deltas and ID_CARD not in deltas
    assert done and done[0].text == deltas  # type: ignore[union-attr]
    assert completed and completed[0].response.output_text == deltas  # type: ignore[union-attr]
    assert json.loads(deltas)["input"] == (PADDING + ANSWER_WITH_ID).replace(ID_CARD, MASKED_ID)


def test_audit_report_counts_answers_redacted_and_withheld(gq: ProxyThread, tmp_path: Path) -> None:
    from tests.audit.support import run_cli
    gq.vendor.push(Script(reply=ANSWER_WITH_ID), Script(reply="密钥 " + API_KEY))
    with openai_client(gq) as client:
        client.chat.completions.create(model="fake-us", messages=[{"role": "user", "content": "查询"}])
        with pytest.raises(openai.PermissionDeniedError):
            client.chat.completions.create(model="fake-us", messages=[{"role": "user", "content": "部署"}])
    gq.stop()                 # a clean stop signs the checkpoint the report covers
    out = tmp_path / "report.note"
    done = run_cli("report", "--config", str(tmp_path / "guanqia.yaml"), "--since", "2000-01-01",
                   "--until", "2100-01-01", "--out", str(out))
    assert done.returncode == 0, done.stderr
    totals = json.loads(out.read_text().rsplit("\n\n", 1)[0])["totals"]
    assert (totals["requests"], totals["answers_redacted"], totals["answers_blocked"]) == (2, 1, 1)


def test_a_big_answer_is_checked_off_the_event_loop_with_the_same_result(gq: ProxyThread,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """An answer over 16 K characters is scanned in the inspection worker, as a big prompt is: the proxy's
    loop keeps serving meanwhile, and the client gets the same masked answer as from an inline scan."""
    import threading

    from proxy.answer_guard import AnswerGuard

    threads: list[str] = []
    scan = AnswerGuard.scan

    def recording_scan(self: AnswerGuard, text: str) -> list[Any]:
        threads.append(threading.current_thread().name)
        return scan(self, text)

    monkeypatch.setattr(AnswerGuard, "scan", recording_scan)
    answer = PADDING * 70 + ANSWER_WITH_ID + PADDING * 70
    assert len(answer) > 16384
    gq.vendor.push(Script(reply=answer))
    with openai_client(gq) as client:
        reply = client.chat.completions.create(model="fake-us", messages=[{"role": "user", "content": "长文"}])
    assert reply.choices[0].message.content == answer.replace(ID_CARD, MASKED_ID)
    assert threads and all(name.startswith("guanqia-inspect") for name in threads)

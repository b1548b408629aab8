"""Policies through the running proxy: pseudonymize-and-restore with the official SDK, hot reload under load."""

from __future__ import annotations

import concurrent.futures
import json
import re
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import openai
import pytest

import policies
from tests.support.fake_vendor import Script
from tests.support.proxy_thread import CLIENT_KEY, ProxyThread

ROOT = Path(policies.__file__).parent
PROMPT = "请给张伟回电话 13812345678，或发邮件到 zhang.wei@corp-example.cn。"


def proxy_with(tmp_path: Path, policy: Path) -> ProxyThread:
    return ProxyThread(tmp_path, policy=str(policy)).start()


@pytest.fixture
def pseudonymizing(tmp_path: Path) -> Iterator[ProxyThread]:
    policy = tmp_path / "policy.yaml"
    shutil.copy(ROOT / "examples" / "pseudonymize-and-restore.yaml", policy)
    gq = proxy_with(tmp_path, policy)
    try:
        yield gq
    finally:
        gq.stop()


def client(gq: ProxyThread) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{gq.url}/v1", api_key=CLIENT_KEY, max_retries=0, timeout=30)


def test_vendor_sees_pseudonyms_client_gets_real_values(pseudonymizing: ProxyThread) -> None:
    gq = pseudonymizing
    with client(gq) as c:
        reply = c.chat.completions.create(model="fake-us", messages=[{"role": "user", "content": PROMPT}])
    sent = gq.vendor.seen[-1].body["messages"][0]["content"]
    assert "13812345678" not in sent and "zhang.wei" not in sent and "张伟" not in sent
    assert re.search(r"\[CN_PHONE_[a-z2-9]{6}\]", sent) and re.search(r"\[PERSON_[a-z2-9]{6}\]", sent)
    assert re.search(r"[a-z]+\.[a-z]+\d\d@example\.(com|cn)", sent)   # a realistic fake e-mail
    assert reply.choices[0].message.content == "echo: " + PROMPT


def test_streamed_answer_restored_across_chunks(pseudonymizing: ProxyThread) -> None:
    gq = pseudonymizing
    with client(gq) as c:
        stream = c.chat.completions.create(model="fake-us", stream=True,
                                           messages=[{"role": "user", "content": PROMPT}])
        parts = [ch.choices[0].delta.content or "" for ch in stream if ch.choices]
    assert "".join(parts) == "echo: " + PROMPT
    assert len(parts) > 3


def test_id_card_abroad_blocked_in_the_callers_protocol(pseudonymizing: ProxyThread) -> None:
    gq = pseudonymizing
    seen = len(gq.vendor.seen)
    with client(gq) as c, pytest.raises(openai.PermissionDeniedError) as info:
        c.chat.completions.create(model="fake-us", messages=[{"role": "user", "content": "身份证 11010519491231002X"}])
    assert "11010519491231002X" not in str(info.value.body)
    assert "敏感个人信息" in str(info.value.body) and "sensitive personal data" in str(info.value.body)
    assert len(gq.vendor.seen) == seen   # nothing left the building


def test_id_card_to_echo_us_blocked_and_to_echo_cn_allowed(pseudonymizing: ProxyThread) -> None:
    """The issue's own example, with the echo vendors: the echo shows exactly what left."""
    prompt = "身份证 11010519491231002X"
    with client(pseudonymizing) as c:
        with pytest.raises(openai.PermissionDeniedError):
            c.chat.completions.create(model="echo-us", messages=[{"role": "user", "content": prompt}])
        reply = c.chat.completions.create(model="echo-cn", messages=[{"role": "user", "content": prompt}])
    assert json.loads(reply.choices[0].message.content or "")["messages"][0]["content"] == prompt


def test_tool_call_arguments_restored(pseudonymizing: ProxyThread) -> None:
    gq = pseudonymizing
    with client(gq) as c:
        c.chat.completions.create(model="fake-us", messages=[{"role": "user", "content": PROMPT}])
        sent = gq.vendor.seen[-1].body["messages"][0]["content"]
        person = re.search(r"\[PERSON_[a-z2-9]{6}\]", sent)
        assert person is not None
        gq.vendor.push(Script(tool_args=json.dumps({"name": person.group(0), "note": "回电"}, ensure_ascii=False)))
        reply = c.chat.completions.create(model="fake-us", messages=[{"role": "user", "content": PROMPT}])
    calls = reply.choices[0].message.tool_calls
    assert calls and json.loads(calls[0].function.arguments) == {"name": "张伟", "note": "回电"}


def reload_failures(gq: ProxyThread) -> float:
    data = gq.metrics.get_metrics_data()
    total = 0.0
    for rm in data.resource_metrics if data else ():
        for sm in rm.scope_metrics:
            for metric in sm.metrics:
                if metric.name == "guanqia_policy_reload_failures":
                    total += sum(p.value for p in metric.data.data_points)
    return total


def test_hot_reload_under_load_swaps_and_drops_nothing(tmp_path: Path) -> None:
    policy = tmp_path / "policy.yaml"
    shutil.copy(ROOT / "builtin" / "default.yaml", policy)
    gq = proxy_with(tmp_path, policy)
    body = {"model": "echo-us", "messages": [{"role": "user", "content": "请回电 13812345678"}]}
    headers = {"Authorization": f"Bearer {CLIENT_KEY}"}
    try:
        with httpx.Client(base_url=gq.url, headers=headers, timeout=30) as http:
            def send(_: int) -> int:
                return http.post("/v1/chat/completions", json=body).status_code

            first = http.post("/v1/chat/completions", json=body).json()
            assert "[CN_PHONE_1]" in first["choices"][0]["message"]["content"]
            blocking = policy.read_text(encoding="utf-8").replace(
                "cross_border: true}\n    action: redact\n    style: placeholder\n\n  - id: confidential",
                "cross_border: true}\n    action: block\n\n  - id: confidential")
            assert blocking != policy.read_text(encoding="utf-8")
            statuses: list[int] = []
            with concurrent.futures.ThreadPoolExecutor(4) as pool:
                futures = [pool.submit(send, i) for i in range(40)]
                policy.write_text(blocking.replace('version: "1.0.0"', 'version: "2.0.0"'), encoding="utf-8")
                statuses += [f.result() for f in futures]
                deadline = time.monotonic() + 15
                while time.monotonic() < deadline and send(0) != 403:
                    time.sleep(0.2)
                statuses += list(pool.map(send, range(20)))
            assert set(statuses) <= {200, 403}, statuses   # every request answered by one policy or the other
            assert statuses[-20:] == [403] * 20
            blocked = http.post("/v1/chat/completions", json=body)
            assert blocked.status_code == 403 and "13812345678" not in blocked.text
            assert blocked.json()["error"]["code"] == "personal-abroad-redacted", blocked.text

            policy.write_text("schema: guanqia.policy/v1\nid: broken\nversion: '3'\nrulez: []\n", encoding="utf-8")
            deadline = time.monotonic() + 15
            ready = http.get("/readyz").json()
            while time.monotonic() < deadline and not ready["policy"]["last_reload_error"]:
                time.sleep(0.2)
                ready = http.get("/readyz").json()
            error = ready["policy"]["last_reload_error"]
            assert error and f"{policy}:4:1: unknown key 'rulez'" in error, error
            assert ready["policy"]["version"] == "2.0.0"
            assert send(0) == 403   # the previous valid policy keeps serving
            assert any("policy-reload-failed" in line for line in gq.log_lines)
            assert "13812345678" not in "".join(gq.log_lines)
            assert reload_failures(gq) >= 1
    finally:
        gq.stop()

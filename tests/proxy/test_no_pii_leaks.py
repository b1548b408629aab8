"""PII-free by construction: drive the whole proxy with synthetic PII and secrets, then search every log
line, span, metric, audit record and stored byte for each value fed in. None may appear."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import openai
from faker import Faker

from tests.support.fake_vendor import Script
from tests.support.proxy_thread import AUDITOR_KEY, CLIENT_KEY, SECURITY_KEY, VENDOR_KEY, ProxyThread


def synthetic_values() -> dict[str, str]:
    fake = Faker("zh_CN")
    fake.seed_instance(20261130)
    return {
        "name": fake.name(),
        "id_card": fake.ssn(),
        "phone": fake.phone_number(),
        "email": fake.email(),
        "api_key": "sk-proj-" + fake.pystr(min_chars=40, max_chars=40),
        "password": "Pw!" + fake.pystr(min_chars=12, max_chars=12),
        "address": fake.address().split(" ")[0],
    }


def prompt(v: dict[str, str]) -> str:
    return (f"客户{v['name']}，身份证号{v['id_card']}，手机{v['phone']}，邮箱{v['email']}，"
            f"住址{v['address']}。数据库密码：{v['password']} 以及 OPENAI_API_KEY={v['api_key']}")


def test_no_value_reaches_logs_spans_metrics_or_audit(gq: ProxyThread, tmp_path: Path) -> None:
    values = synthetic_values()
    text = prompt(values)
    with openai.OpenAI(base_url=f"{gq.url}/v1", api_key=CLIENT_KEY, max_retries=0) as client:
        for model in ("echo-us", "echo-cn", "fake-us", "fake-cn"):
            for stream in (False, True):
                try:
                    r = client.chat.completions.create(model=model, stream=stream,  # type: ignore[call-overload]
                                                       messages=[{"role": "user", "content": text}])
                    if stream:
                        list(r)
                except openai.APIStatusError:
                    pass  # blocked by policy: also must leave no trace of the values
        gq.vendor.push(Script(tool_args=json.dumps({"phone": values["phone"]})))
        client.chat.completions.create(model="fake-cn", messages=[{"role": "user", "content": text}])
        gq.vendor.push(Script(status=400, body=json.dumps(
            {"error": {"message": f"bad input near {values['phone']}", "type": "invalid_request_error"}}).encode()))
        try:
            client.chat.completions.create(model="fake-cn", messages=[{"role": "user", "content": text}])
        except openai.BadRequestError:
            pass
    httpx.post(f"{gq.url}/v1/guanqia/scan", json={"text": text}, headers={"Authorization": f"Bearer {SECURITY_KEY}"})
    records = httpx.get(f"{gq.url}/audit/records?limit=1000", headers={"Authorization": f"Bearer {AUDITOR_KEY}"})
    assert records.status_code == 200 and len(records.json()["records"]) >= 10

    gq.metrics.collect()
    haystacks = {
        "log": "\n".join(gq.log_lines),
        "spans": "\n".join(s.to_json() for s in gq.spans.get_finished_spans()),
        "metrics": gq.metrics.get_metrics_data().to_json() if gq.metrics.get_metrics_data() else "",
        "prometheus": httpx.get(f"{gq.url}/metrics").text,
        "audit-api": records.text,
    }
    assert haystacks["log"] and haystacks["spans"], "the flow produced logs and spans to search"
    assert gq.config is not None
    for path in Path(gq.config.data_dir).rglob("*"):
        if path.is_file():
            haystacks[f"file:{path.name}"] = path.read_bytes().decode("utf-8", "replace")
    secrets = {**values, "vendor_key": VENDOR_KEY, "client_key": CLIENT_KEY}
    for where, hay in haystacks.items():
        for label, value in secrets.items():
            assert value not in hay, f"{label} appeared in {where}"
            digits = "".join(ch for ch in value if ch.isdigit())
            if label in ("phone", "id_card") and len(digits) >= 11:
                assert digits not in hay.replace("-", "").replace(" ", ""), f"{label} digits appeared in {where}"

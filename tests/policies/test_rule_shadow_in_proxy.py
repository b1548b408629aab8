"""A rule marked `shadow: true`, through the running proxy with the official SDK: the request is handled
as if the rule were absent, and the audit record says what the rule would have done."""

from __future__ import annotations

import json
from pathlib import Path

import openai

import policies
from tests.support.proxy_thread import CLIENT_KEY, audit_record, proxy_with_policy

POLICY = Path(policies.__file__).parent / "examples" / "rule-in-shadow.yaml"
CODE = ("请帮我优化这段代码：\n```python\ndef settle(orders):\n    total = 0\n    for order in orders:\n"
        "        if order.status == \"paid\":\n            total += order.amount\n    return total\n```\n")


def test_shadow_rule_is_audited_but_not_enforced(tmp_path: Path) -> None:
    with proxy_with_policy(tmp_path, POLICY) as gq, \
            openai.OpenAI(base_url=f"{gq.url}/v1", api_key=CLIENT_KEY, max_retries=0) as client:
        raw = client.chat.completions.with_raw_response.create(
            model="echo-us", messages=[{"role": "user", "content": CODE + "回电 13812345678"}])
        sent = json.loads(raw.parse().choices[0].message.content or "")
        # The code left unchanged (the shadow rule would have blocked it); the enforced rule still redacted.
        assert sent["messages"][0]["content"] == CODE + "回电 [CN_PHONE_1]"
        record = audit_record(gq, raw.headers["x-request-id"])
    assert record["action"] == "redact" and record["rule"] == "personal-abroad-redacted"
    assert record["shadow"] is False
    assert record["shadow_action"] == "block" and record["shadow_rule"] == "source-code-abroad-blocked"

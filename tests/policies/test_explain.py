"""`explain`: the trace names the outcome, every rule tried and why, and never prints a full value."""

from __future__ import annotations

from pathlib import Path

import policies
from policies.explain import explain
from policies.testing import Destinations, Detector, evaluate

ROOT = Path(policies.__file__).parent


def trace(policy_file: str, vendor: str, text: str, **kw: object) -> str:
    policy = policies.load(ROOT / policy_file)
    dest = Destinations().get(vendor, vendor)
    outcome = evaluate(policy, Detector(policy), [text], tenant=str(kw.get("tenant", "demo")),
                       endpoint="openai.chat", model=vendor, destination=dest,
                       opaque_parts=int(kw.get("opaque", 0)))  # type: ignore[call-overload]
    return "\n".join(explain(policy, outcome))


def test_block_shows_rule_message_and_no_sent_text() -> None:
    out = trace("examples/foreign-vendors-no-personal-data.yaml", "echo-us", "邮箱 li.na@example.com")
    assert "outcome  block by personal-abroad-blocked (reason personal-data-abroad)" in out
    assert "message  含个人信息" in out
    assert "sent" not in out
    assert "li.na@example.com" not in out


def test_reroute_shows_target() -> None:
    out = trace("examples/personal-data-stays-in-china.yaml", "echo-us", "手机 13812345678")
    assert "outcome  reroute" in out and "reroute  -> vendor=echo-cn model=echo-cn" in out
    assert "13812345678" not in out


def test_shadow_mode_is_visible() -> None:
    out = trace("examples/shadow-rollout.yaml", "echo-us", "手机 13812345678")
    assert "mode shadow" in out and "[shadow: forwarded unchanged]" in out
    assert "13812345678" not in out


def test_access_refusal_and_request_rules_explained() -> None:
    out = trace("builtin/default.yaml", "echo-us", "看看这张图", opaque=1)
    assert "request rule opaque-abroad-blocked -> block (matched)" in out
    assert "request rule bulk-personal-abroad-blocked -> no match: count 0 is not more than 20" in out
    assert "findings none" in out
    hr = trace("examples/foreign-vendors-no-personal-data.yaml", "echo-us", "hello", tenant="hr")
    assert "access   BLOCK region-not-allowed (tenants)" in hr

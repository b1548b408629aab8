"""Per-request work the proxy no longer repeats, pinned with the results it must keep giving.

Each test drives the real interface (a policy decision, an adapter's restore_body, the telemetry of an
untraced request) and checks both that the repeated work is gone and that the outcome is the one the
full computation gives.
"""

from __future__ import annotations

import re
from pathlib import Path

import orjson

import policies
from policies.decision import Action
from policies.engine import Policy
from policies.facts import Destination, Facts, FindingFact
from proxy.exchange import Exchange
from proxy.protocols import ENDPOINTS
from proxy.telemetry import Telemetry

US = Destination("echo-us", "echo-us", "us", "US", "us")
CN = Destination("echo-cn", "echo-cn", "cn-mainland", "CN", "cn-mainland")


def _facts(dest: Destination, *, opaque: int = 0, tenant: str = "demo",
           findings: tuple[FindingFact, ...] = ()) -> Facts:
    return Facts(tenant, "openai.chat", "m", dest, findings, opaque)


def _load(tmp_path: Path, body: str) -> Policy:
    path = tmp_path / "p.yaml"
    path.write_text("schema: guanqia.policy/v1\nid: t\nversion: '1'\n" + body, encoding="utf-8")
    return policies.load(path)


def test_a_decision_without_findings_is_made_once_per_context_and_opaque_count() -> None:
    policy = policies.load_builtin()
    first = policy.decide(_facts(CN))
    assert policy.decide(_facts(CN)) is first                      # kept, not decided again
    assert first == policies.load_builtin().decide(_facts(CN))    # and what a fresh policy decides
    # the opaque-part count is part of the key: the builtin policy blocks uninspectable parts abroad
    assert policy.decide(_facts(US)).action == Action.ALLOW
    blocked = policy.decide(_facts(US, opaque=1))
    assert blocked.action == Action.BLOCK and blocked.rule == "opaque-abroad-blocked"
    assert policy.decide(_facts(US)).action == Action.ALLOW
    # findings are never served from the finding-less decision
    phone = (FindingFact("CN_PHONE", "personal", 0, "p1"),)
    with_phone = policy.decide(_facts(US, findings=phone))
    assert with_phone.treatments and with_phone == policies.load_builtin().decide(_facts(US, findings=phone))


def test_a_kept_decision_still_carries_what_shadow_rules_would_have_done(tmp_path: Path) -> None:
    policy = _load(tmp_path, """
request_rules:
  - {id: new-opaque, shadow: true, when: {opaque_parts: {more_than: 0}}, action: block}
default: {action: allow}
""")
    for _ in range(2):
        clean = policy.decide(_facts(CN))
        assert (clean.action, clean.shadow_action, clean.shadow_rule) == (Action.ALLOW, "", "")
        seen = policy.decide(_facts(CN, opaque=1))
        assert (seen.action, seen.shadow_action, seen.shadow_rule) == (Action.ALLOW, "block", "new-opaque")


def test_restore_body_uses_the_callers_decoding_of_the_answer() -> None:
    chat = ENDPOINTS["/v1/chat/completions"]
    raw = orjson.dumps({"choices": [{"index": 0, "message": {"role": "assistant", "content": "hi"}}],
                        "usage": {"prompt_tokens": 3, "completion_tokens": 4, "total_tokens": 7}})
    decoded = orjson.loads(raw)
    decoded["usage"]["prompt_tokens"] = 30         # only the caller's object says 30
    body, usage = chat.restore_body(raw, None, decoded)
    assert body is raw and (usage.prompt_tokens, usage.completion_tokens) == (30, 4)
    assert chat.restore_body(raw, None)[1].prompt_tokens == 3   # without it, the body is decoded as before
    for path in ("/v1/completions", "/v1/responses", "/v1/messages", "/v1/embeddings",
                 "/v1/messages/count_tokens"):
        adapter = ENDPOINTS[path]
        assert adapter.restore_body(raw, None, orjson.loads(raw))[0] is raw


def test_an_untraced_request_gets_valid_ids_that_match_the_traceparent_sent_upstream() -> None:
    telemetry = Telemetry({})
    seen: set[str] = set()
    for n in range(50):
        ex = Exchange(f"req_test{n:04d}", "openai.chat", "openai", "127.0.0.1")
        with telemetry.request_span(ex, {}):
            headers: dict[str, str] = {}
            telemetry.inject(headers)
            with telemetry.stage(ex, "receive"):
                pass
        assert re.fullmatch(r"[0-9a-f]{32}", ex.trace_id) and int(ex.trace_id, 16) != 0
        assert re.fullmatch(r"[0-9a-f]{16}", ex.span_id) and int(ex.span_id, 16) != 0
        assert headers == {"traceparent": f"00-{ex.trace_id}-{ex.span_id}-02"}
        assert set(ex.stage_ms) == {"receive"}
        seen.add(ex.trace_id)
    assert len(seen) == 50
    after: dict[str, str] = {}
    telemetry.inject(after)                         # outside the request nothing untraced is left behind
    assert "traceparent" not in after or not after["traceparent"].endswith(ex.span_id + "-02")

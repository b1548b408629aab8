"""Adapters together with the real detectors and transform: nothing planted in any field leaves.

For every endpoint, a phone number in every text-bearing field is found by the real scanner (through
`proxy.inspection.inspect`, as the pipeline runs it), redacted or pseudonymized by
`policies.transform.apply`, and the body `rebuild` produces for upstream contains none of them.
"""

from __future__ import annotations

import json
from typing import Any, Callable

import pytest

from detectors import default_scanner
from policies import transform
from policies.decision import Action, Decision, PolicyRef, Treatment
from proxy.inspection import inspect
from proxy.protocols import ENDPOINTS
from tests.protocols.test_inspect_everything import CASES, Phones

POLICY = PolicyRef("test", "1", "0" * 64)


def outgoing(path: str, body: dict[str, Any], action: Action) -> tuple[bytes, Any]:
    adapter = ENDPOINTS[path]
    call = adapter.parse(json.dumps(body, ensure_ascii=False).encode())
    texts = [s.text for s in call.segments]
    found = inspect(texts, default_scanner(), lambda kind, value: "fp", lambda kind: "personal")
    count = sum(len(f) for f in found.per_segment)
    decision = Decision(action, "r", POLICY, treatments=tuple(Treatment(action) for _ in range(count)))
    new_texts, restorer = transform.apply(texts, found.per_segment, decision, key=b"k" * 32)
    changed = {i: t for i, (t, old) in enumerate(zip(new_texts, texts)) if t != old}
    return adapter.rebuild(call, changed, "upstream"), restorer


@pytest.mark.parametrize(("path", "build"), [(p, b) for p, b, _ in CASES],
                         ids=[f"{path}:{build.__name__}" for path, build, _ in CASES])
@pytest.mark.parametrize("action", [Action.REDACT, Action.PSEUDONYMIZE])
def test_no_planted_phone_reaches_the_vendor(path: str, build: Callable[[Phones], dict[str, Any]],
                                             action: Action) -> None:
    phones = Phones()
    sent, restorer = outgoing(path, build(phones), action)
    leaked = [number for number in phones.issued if number.encode() in sent]
    assert leaked == []
    body = json.loads(sent)
    assert body["model"] == "upstream"
    assert (restorer is not None) == (action == Action.PSEUDONYMIZE)


def test_pseudonymized_tool_arguments_round_trip_through_an_answer() -> None:
    """What the vendor saw comes back in the model's tool call; the client gets the real number."""
    phones = Phones()
    arguments = json.dumps({"note": "请联系张三", "phone": phones("", "")})  # escaped Chinese
    body = {"model": "m", "messages": [{"role": "assistant", "tool_calls": [
        {"id": "c", "type": "function", "function": {"name": "f", "arguments": arguments}}]}]}
    sent, restorer = outgoing("/v1/chat/completions", body, Action.PSEUDONYMIZE)
    assert restorer is not None and phones.issued[0].encode() not in sent
    seen = json.loads(json.loads(sent)["messages"][0]["tool_calls"][0]["function"]["arguments"])
    answer = {"choices": [{"index": 0, "message": {"role": "assistant", "content": None, "tool_calls": [
        {"id": "c2", "type": "function", "function": {"name": "dial", "arguments": json.dumps(seen)}}]}}]}
    restored, _ = ENDPOINTS["/v1/chat/completions"].restore_body(json.dumps(answer).encode(), restorer)
    message = json.loads(restored)["choices"][0]["message"]
    assert json.loads(message["tool_calls"][0]["function"]["arguments"])["phone"] == phones.issued[0]

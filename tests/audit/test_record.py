"""The canonical encoding is the Merkle leaf: its bytes must never change for a given record."""

from __future__ import annotations

import hashlib
from typing import Any

import orjson
from hypothesis import given, settings
from hypothesis import strategies as st

from audit.record import AuditRecord, FindingSummary, canonical_bytes, record_from_bytes, record_to_dict

# sha256 of the canonical bytes below, computed before the encoder was rewritten for speed
KNOWN = "cff14809051cbf5ef87ea7600f437cfb9d90265d41aae79f9e96db54113fd5c6"


def known_record() -> AuditRecord:
    return AuditRecord(
        time="2026-11-24T10:00:00.123456Z", request_id="req_0000000001", tenant="hr", key_id="app-1",
        client_addr="10.0.0.7", endpoint="openai.chat", protocol="openai", model_requested="deepseek-chat",
        vendor="deepseek", region="cn-mainland", action="redact", rule="mask-personal", latency_ms=412.733,
        findings=(FindingSummary("CN_PHONE", "personal", 2, "redact", ("1f" * 16, "2e" * 16)),),
        response_findings=(FindingSummary("PERSON", "personal", 1, "allow"),), attempts=("deepseek", "qwen-bj"),
        shadow=True, streamed=True, status=200)


def test_known_answer() -> None:
    assert hashlib.sha256(canonical_bytes(known_record())).hexdigest() == KNOWN


def more_shapes() -> list[AuditRecord]:
    """Every optional field absent; every field set (two findings, one without a class or fingerprints);
    escapes, astral and non-BMP characters, a tiny float."""
    base: dict[str, Any] = dict(time="2026-11-24T10:00:00.123456Z", request_id="req_0000000002", tenant="财务",
                                key_id="app-2", client_addr="10.0.0.8", endpoint="anthropic.messages",
                                protocol="anthropic", model_requested="claude")
    return [
        AuditRecord(**base),
        AuditRecord(**base, vendor="qwen-bj", model_routed="qwen-max", region="cn-mainland", jurisdiction="CN",
                    rerouted_from="openai-us", action="block", rule="规则-身份证", policy_id="p", policy_version="3",
                    policy_sha256="ab" * 32, opaque_parts=2, upstream_status=502, status=503, latency_ms=0.1,
                    prompt_tokens=7, completion_tokens=0, bytes_in=2048, bytes_out=0, error_class="upstream-failed",
                    trace_id="0" * 32, span_id="1" * 16, shadow_action="redact", shadow_rule="r2",
                    response_action="redact", response_rule="rr", attempts=("openai-us", "qwen-bj"),
                    findings=(FindingSummary("CN_ID", "sensitive-personal", 3, "block", ("aa" * 16,)),
                              FindingSummary("EMAIL", "", 1, "allow")),
                    response_findings=(FindingSummary("PERSON", "personal", 1, "redact", ("bb" * 16, "cc" * 16)),)),
        AuditRecord(**{**base, "tenant": "emoji \U0001F600 \"q\" \\ \u2028 \x00 tab\t"}, latency_ms=1e-7),
    ]


# sha256 of each of more_shapes(), computed with the encoder of 95c6e69 (orjson OPT_SORT_KEYS over record_to_dict)
MORE_KNOWN = ["d5343a784075b39bd18cc6548a6322151c2b491f041684e2a042154eb79f4ad3",
              "0f0446793c674b943232ebcc97b28218a3b0c2fb010b86eeefb5f7702aa99cd7",
              "86ffb978ef1d3aa915553873e366f049ae08574091596bc6e476f0ca5439e682"]


def test_known_answers_for_more_shapes() -> None:
    assert [hashlib.sha256(canonical_bytes(r)).hexdigest() for r in more_shapes()] == MORE_KNOWN


def test_the_reference_is_sorted_at_every_level() -> None:
    """The property test's reference must itself be the documented encoding, or it proves nothing."""
    body = canonical_bytes(more_shapes()[1])
    obj = orjson.loads(body)
    assert list(obj) == sorted(obj) and len(obj) == len(AuditRecord.__dataclass_fields__)
    assert all(list(f) == sorted(f) for f in (*obj["findings"], *obj["response_findings"]))
    assert b" " not in body.split(b'"tenant"')[0] and "财务".encode() in body


text = st.text(max_size=12)
findings = st.tuples(*[st.builds(FindingSummary, text, text, st.integers(0, 99), text,
                                 st.tuples(text, text))] * 2).map(lambda t: t[: len(t[0].type) % 3])


finding = st.builds(FindingSummary, text, text, st.integers(0, 10**6), text, st.lists(text, max_size=3).map(tuple))
any_record = st.builds(
    AuditRecord, time=text, request_id=text, tenant=text, key_id=text, client_addr=text, endpoint=text,
    protocol=text, model_requested=text, vendor=text, model_routed=text, region=text, jurisdiction=text,
    rerouted_from=text, action=text, rule=text, policy_id=text, policy_version=text, policy_sha256=text,
    shadow=st.booleans(), findings=st.lists(finding, max_size=3).map(tuple), opaque_parts=st.integers(0, 9),
    upstream_status=st.integers(0, 599), status=st.integers(0, 599),
    latency_ms=st.floats(allow_nan=False, allow_infinity=False), prompt_tokens=st.integers(0, 2**40),
    completion_tokens=st.integers(0, 2**40), bytes_in=st.integers(0, 2**40), bytes_out=st.integers(0, 2**40),
    streamed=st.booleans(), error_class=text, attempts=st.lists(text, max_size=3).map(tuple), trace_id=text,
    span_id=text, shadow_action=text, shadow_rule=text, response_action=text, response_rule=text,
    response_findings=st.lists(finding, max_size=3).map(tuple))


def test_the_strategy_sets_every_field() -> None:
    """A field added to AuditRecord without a strategy here would only ever be tested at its default."""
    assert set(any_record.wrapped_strategy.kwargs) == set(AuditRecord.__dataclass_fields__)  # type: ignore[attr-defined]


@settings(max_examples=300, deadline=None)
@given(rec=any_record)
def test_every_field_same_bytes_as_sorting_the_plain_dict(rec: AuditRecord) -> None:
    """Any value in any field, findings or none on either side: the documented bytes, and they decode back."""
    body = canonical_bytes(rec)
    assert body == orjson.dumps(record_to_dict(rec), option=orjson.OPT_SORT_KEYS)
    assert record_from_bytes(body) == rec


@settings(max_examples=200, deadline=None)
@given(tenant=text, rule=text, latency=st.floats(0, 1e6), status=st.integers(0, 599), found=findings,
       answer=findings, attempts=st.lists(text, max_size=3).map(tuple), shadow=st.booleans())
def test_same_bytes_as_sorting_the_plain_dict(tenant: str, rule: str, latency: float, status: int,
                                              found: tuple[FindingSummary, ...], answer: tuple[FindingSummary, ...],
                                              attempts: tuple[str, ...], shadow: bool) -> None:
    """The fast encoder is byte for byte the documented one: every field, keys sorted at every level."""
    rec = AuditRecord(time="2026-11-24T10:00:00.000001Z", request_id="req_1", tenant=tenant, key_id="k",
                      client_addr="10.0.0.1", endpoint="openai.chat", protocol="openai", model_requested="m",
                      rule=rule, latency_ms=latency, status=status, findings=found, response_findings=answer,
                      attempts=attempts, shadow=shadow)
    body = canonical_bytes(rec)
    assert body == orjson.dumps(record_to_dict(rec), option=orjson.OPT_SORT_KEYS)
    assert record_from_bytes(body) == rec


def test_a_leaf_from_canonical_bytes_has_the_columns_and_hash_of_one_from_the_record() -> None:
    """serve's writer process builds leaves from the proxy's bytes; queries must find them the same way."""
    import pytest

    from audit.store import Leaf
    from tests.audit.support import phone_finding, record
    email = FindingSummary(type="EMAIL", data_class="", count=2, action="allow", fingerprints=("e" * 32,))
    for rec in (record(1), record(2, findings=(phone_finding("a" * 32), email)),
                record(3, findings=(email,), tenant="研发部", rule="规则-1")):
        assert Leaf.from_canonical(canonical_bytes(rec)) == Leaf.from_record(rec)
    for junk in (b"", b"[]", b'{"time": 1}', b"not json"):
        with pytest.raises(ValueError):
            Leaf.from_canonical(junk)

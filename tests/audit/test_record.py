"""The canonical encoding is the Merkle leaf: its bytes must never change for a given record."""

from __future__ import annotations

import hashlib

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


text = st.text(max_size=12)
findings = st.tuples(*[st.builds(FindingSummary, text, text, st.integers(0, 99), text,
                                 st.tuples(text, text))] * 2).map(lambda t: t[: len(t[0].type) % 3])


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

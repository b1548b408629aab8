"""The read-only /audit API of a running proxy: auditor tokens only, and everything it returns verifies."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from audit import merkle
from audit.checkpoint import open_checkpoint
from audit.signing import Verifier
from tests.support.proxy_thread import AUDITOR_KEY, CLIENT_KEY, ProxyThread

AUDITOR = {"Authorization": f"Bearer {AUDITOR_KEY}"}


@pytest.fixture(params=[False, True], ids=["in-process", "writer-process"])
def gq(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[ProxyThread]:
    """Both ways serve can hold the log: the API answers the same from the writer child."""
    proxy = ProxyThread(tmp_path, audit={"writer_process": request.param}).start()
    try:
        yield proxy
    finally:
        proxy.stop()


def chat(gq: ProxyThread, rid: str) -> httpx.Response:
    return httpx.post(f"{gq.url}/v1/chat/completions", timeout=30,
                      headers={"Authorization": f"Bearer {CLIENT_KEY}", "x-request-id": rid},
                      json={"model": "echo-cn", "messages": [{"role": "user", "content": "请联系 13912345678"}]})


def test_auditor_reads_records_and_verifies_proofs_with_the_published_key(gq: ProxyThread) -> None:
    for n in range(5):
        assert chat(gq, f"api-test-{n:04d}").status_code == 200
    keys = httpx.get(f"{gq.url}/audit/keys", headers=AUDITOR, timeout=10).json()["keys"]
    verifiers = [Verifier.parse(k) for k in keys]
    note = httpx.get(f"{gq.url}/audit/checkpoint", headers=AUDITOR, timeout=10)
    assert note.status_code == 200
    cp = open_checkpoint(note.content, verifiers)
    assert cp.size >= 5

    page = httpx.get(f"{gq.url}/audit/records", headers=AUDITOR, timeout=10,
                     params={"request_id": "api-test-0003"}).json()
    [(row)] = page["records"]
    assert row["record"]["tenant"] == "payments" and "13912345678" not in str(page)
    phone = [f for f in row["record"]["findings"] if f["type"] == "CN_PHONE"]
    assert phone and len(phone[0]["fingerprints"][0]) == 32

    # the record as served is only trusted through its inclusion proof in the signed checkpoint
    from audit.record import canonical_bytes, record_from_dict
    leaf = merkle.leaf_hash(canonical_bytes(record_from_dict(row["record"])))
    proof = httpx.get(f"{gq.url}/audit/proof/inclusion", headers=AUDITOR, timeout=10,
                      params={"index": row["index"], "size": cp.size}).json()
    hashes = [base64.b64decode(h) for h in proof["hashes"]]
    assert merkle.verify_inclusion(leaf, row["index"], cp.size, hashes, cp.root)

    assert chat(gq, "api-test-later").status_code == 200
    consistency = httpx.get(f"{gq.url}/audit/proof/consistency", headers=AUDITOR, timeout=10,
                            params={"old": 1, "new": cp.size}).json()
    assert len(consistency["hashes"]) >= 1


def test_client_keys_cannot_read_the_audit_log(gq: ProxyThread) -> None:
    for path in ("/audit/records", "/audit/checkpoint", "/audit/keys"):
        r = httpx.get(f"{gq.url}{path}", headers={"Authorization": f"Bearer {CLIENT_KEY}"}, timeout=10)
        assert r.status_code == 403, path
    assert httpx.get(f"{gq.url}/audit/records", timeout=10).status_code == 401


def test_records_filter_and_page(gq: ProxyThread) -> None:
    for n in range(3):
        assert chat(gq, f"api-page-{n:04d}").status_code == 200
    first = httpx.get(f"{gq.url}/audit/records", headers=AUDITOR, timeout=10,
                      params={"tenant": "payments", "limit": 2}).json()
    assert len(first["records"]) == 2 and first["next_cursor"] is not None
    rest = httpx.get(f"{gq.url}/audit/records", headers=AUDITOR, timeout=10,
                     params={"tenant": "payments", "limit": 2, "cursor": first["next_cursor"]}).json()
    assert [r["record"]["request_id"] for r in rest["records"]] == ["api-page-0002"]
    assert httpx.get(f"{gq.url}/audit/records", headers=AUDITOR, timeout=10,
                     params={"bogus": "1"}).status_code == 400

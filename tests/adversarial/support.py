"""Helpers for the adversarial suite: a proxy on a chosen policy, raw requests, audit read-back."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import httpx

import policies
from tests.support.proxy_thread import AUDITOR_KEY, CLIENT_KEY, ProxyThread

POLICIES = Path(policies.__file__).parent
AUTH = {"Authorization": f"Bearer {CLIENT_KEY}", "anthropic-version": "2023-06-01"}


def proxy_on(tmp_path: Path, policy: str | Path, text: str | None = None) -> ProxyThread:
    """A proxy serving a shipped policy ("examples/x.yaml") or a policy text written to the tmp dir."""
    path = tmp_path / "policy.yaml"
    if text is not None:
        path.write_text(text, encoding="utf-8")
    else:
        shutil.copy(POLICIES / policy, path)
    return ProxyThread(tmp_path, policy=str(path)).start()


def post(gq: ProxyThread, path: str, body: dict[str, Any], **headers: str) -> httpx.Response:
    return httpx.post(f"{gq.url}{path}", json=body, headers={**AUTH, **headers}, timeout=30)


def records(gq: ProxyThread) -> dict[str, dict[str, Any]]:
    """request id -> audit record, read back through the auditor API."""
    r = httpx.get(f"{gq.url}/audit/records?limit=1000", headers={"Authorization": f"Bearer {AUDITOR_KEY}"},
                  timeout=30)
    assert r.status_code == 200, r.text
    return {row["record"]["request_id"]: row["record"] for row in r.json()["records"]}


def treatment(record: dict[str, Any]) -> list[tuple[str, int, str]]:
    """What the audit says was found and done: (type, count, action), sorted."""
    return sorted((f["type"], f["count"], f["action"]) for f in record["findings"])


def luhn(prefix: str) -> str:
    """Append the Luhn check digit (bank cards)."""
    total = 0
    for i, ch in enumerate(reversed(prefix)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return prefix + str((10 - total % 10) % 10)

"""The policy file deleted or corrupted under a serving proxy: the last valid policy keeps deciding,
/readyz names the problem, the reload-failure metric counts it, and no answered request goes unaudited."""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import policies
from tests.faults.conftest import audited_ids
from tests.support.proxy_thread import CLIENT_KEY, ProxyThread
from tests.telemetry.helpers import total

AUTH = {"Authorization": f"Bearer {CLIENT_KEY}"}
PHONE = "13812345678"


@pytest.fixture
def policy_file(tmp_path: Path) -> Path:
    path = tmp_path / "policy.yaml"
    shutil.copy(Path(policies.__file__).parent / "builtin" / "default.yaml", path)
    return path


@pytest.fixture
def served(tmp_path: Path, policy_file: Path) -> Iterator[ProxyThread]:
    gq = ProxyThread(tmp_path, policy=str(policy_file)).start()
    try:
        yield gq
    finally:
        gq.stop()


def redacted_abroad(gq: ProxyThread) -> httpx.Response:
    """The default policy's signature: a phone sent to a US vendor arrives as a typed placeholder."""
    r = httpx.post(f"{gq.url}/v1/chat/completions", headers=AUTH, timeout=30,
                   json={"model": "fake-us", "messages": [{"role": "user", "content": f"请回电 {PHONE}"}]})
    assert r.status_code == 200, r.text
    sent = gq.vendor.seen[-1].body["messages"][0]["content"]
    assert PHONE not in sent and "[CN_PHONE_1]" in sent
    return r


def wait_for_error(gq: ProxyThread, timeout: float = 10) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while True:
        ready = httpx.get(f"{gq.url}/readyz", timeout=10).json()
        if ready["policy"]["last_reload_error"] or time.monotonic() > deadline:
            return ready  # type: ignore[no-any-return]
        time.sleep(0.1)


def test_deleted_policy_file_keeps_the_last_policy_serving(served: ProxyThread, policy_file: Path) -> None:
    answered = [redacted_abroad(served)]
    before = httpx.get(f"{served.url}/readyz").json()["policy"]
    policy_file.unlink()
    ready = wait_for_error(served)
    assert ready["policy"]["last_reload_error"], "readyz names the missing policy file"
    assert ready["policy"]["sha256"] == before["sha256"]
    assert total(served, "guanqia_policy_reload_failures") >= 1
    answered.append(redacted_abroad(served))
    records = audited_ids(served)
    assert all(r.headers["x-request-id"] in records for r in answered)
    assert {records[r.headers["x-request-id"]]["policy_sha256"] for r in answered} == {before["sha256"]}


@pytest.mark.parametrize("garbage", [
    b"schema: guanqia.policy/v1\nid: x\nversion: '2'\nrules: [\n",            # YAML syntax error
    b"\x00\xff\xfe binary junk",                                               # not text at all
    b"",                                                                       # truncated to nothing
    b"schema: guanqia.policy/v1\nid: x\nversion: '2'\nrules:\n  - id: r\n    action: obliterate\n",
])
def test_corrupted_policy_file_keeps_the_last_policy_serving(served: ProxyThread, policy_file: Path,
                                                             garbage: bytes) -> None:
    answered = [redacted_abroad(served)]
    policy_file.write_bytes(garbage)
    ready = wait_for_error(served)
    error = ready["policy"]["last_reload_error"]
    assert error and str(policy_file) in error
    assert ready["policy"]["id"] == "builtin-default"
    assert httpx.get(f"{served.url}/readyz").status_code == 200, "a bad edit does not take the proxy out"
    assert total(served, "guanqia_policy_reload_failures") == 1
    answered.append(redacted_abroad(served))
    records = audited_ids(served)
    assert all(r.headers["x-request-id"] in records for r in answered)


@pytest.mark.parametrize("class_path", [
    "no_such_package.recognizers:Missing",
    "tests.adversarial.recognizers:BrokenAtBuild",
    "tests.adversarial.recognizers:NotARecognizer",
])
def test_policy_whose_detector_class_cannot_be_built_is_refused_at_reload(served: ProxyThread, policy_file: Path,
                                                                           class_path: str) -> None:
    """A syntactically valid policy naming a detector class that does not import (or builds nothing) must be
    refused at reload like any invalid policy — not accepted and then fail every request."""
    answered = [redacted_abroad(served)]
    policy_file.write_text(
        "schema: guanqia.policy/v1\nid: broken-plugin\nversion: '2'\ndetectors:\n"
        f"  - type: INTERNAL_CODE\n    class: '{class_path}'\n"
        "rules:\n  - id: r\n    when: {entity: INTERNAL_CODE}\n    action: redact\ndefault: {action: allow}\n",
        encoding="utf-8")
    ready = wait_for_error(served)
    error = ready["policy"]["last_reload_error"]
    assert error and f"{policy_file}:5:5: invalid detector" in error, error
    assert ready["policy"]["id"] == "builtin-default"
    assert total(served, "guanqia_policy_reload_failures") == 1
    answered.append(redacted_abroad(served))
    records = audited_ids(served)
    assert all(r.headers["x-request-id"] in records for r in answered)

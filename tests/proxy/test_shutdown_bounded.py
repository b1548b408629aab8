"""SIGTERM ends `guanqia serve` within the drain deadline even while a worker thread still scans a huge prompt.

A prompt of a few megabytes of digit groups takes tens of seconds to scan (every group is a candidate number);
the drain deadline cancels its request, and the process must then close the audit log and exit instead of
waiting for the abandoned scan to finish.
"""

from __future__ import annotations

import signal
import subprocess
import threading
import time
from pathlib import Path

import httpx
import pytest

from tests.proxy.test_lifecycle import GUANQIA, start_serve, vendor  # noqa: F401 - `vendor` is a fixture
from tests.support.proxy_thread import CLIENT_KEY
from tests.support.vendor_thread import VendorThread

DRAIN_S = 1.0


def _digit_prompt(megabytes: float) -> str:
    """Synthetic digit groups (no real numbers: a counter), the slowest ordinary text for the detectors."""
    groups = int(megabytes * 1_000_000 / 11)
    return " ".join(f"{(i * 7919) % 10_000_000_000:010d}" for i in range(groups))


@pytest.mark.slow
def test_sigterm_exits_within_the_drain_deadline_while_a_big_scan_runs(tmp_path: Path, vendor: VendorThread) -> None:
    proc, url = start_serve(tmp_path, vendor.url, limits={"max_body_bytes": 10_485_760, "drain_seconds": DRAIN_S})
    outcome: list[object] = []

    def send() -> None:
        try:
            r = httpx.post(f"{url}/v1/chat/completions", timeout=120,
                           json={"model": "fake-cn", "messages": [{"role": "user", "content": _digit_prompt(6)}]},
                           headers={"Authorization": f"Bearer {CLIENT_KEY}"})
            outcome.append(r.status_code)
        except httpx.TransportError as exc:
            outcome.append(type(exc).__name__)

    sender = threading.Thread(target=send, daemon=True)
    try:
        sender.start()
        time.sleep(3.0)                          # 6 MB over loopback: sent, and well into a scan of tens of seconds
        assert not outcome, f"the big prompt was answered before SIGTERM: {outcome}"
        assert httpx.get(f"{url}/healthz", timeout=5).status_code == 200   # the scan runs off the event loop
        proc.send_signal(signal.SIGTERM)
        sent = time.monotonic()
        out, err = proc.communicate(timeout=60)
        took = time.monotonic() - sent
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    assert took < DRAIN_S + 10, f"exit took {took:.1f} s after SIGTERM with drain_seconds {DRAIN_S}"
    sender.join(10)
    assert outcome and outcome[0] != 200, "the cancelled request was never answered as a success"
    verify = subprocess.run([GUANQIA, "audit", "verify", "--config", str(tmp_path / "guanqia.yaml")],
                            capture_output=True, text=True, timeout=60)
    assert verify.returncode == 0, verify.stdout + verify.stderr


"""`guanqia serve` as a real process: banner, SIGTERM drains in-flight streams, SIGHUP, exit status."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Iterator

import httpx
import pytest
import yaml

from tests.support.fake_vendor import Script
from tests.support.proxy_thread import CLIENT_KEY, VENDOR_KEY, config_for_tests
from tests.support.vendor_thread import VendorThread

GUANQIA = str(Path(sys.executable).with_name("guanqia"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def vendor() -> Iterator[VendorThread]:
    v = VendorThread().start()
    try:
        yield v
    finally:
        v.stop()


def start_serve(tmp_path: Path, vendor_url: str, **overrides: object) -> tuple[subprocess.Popen[str], str]:
    key_file = tmp_path / "vendor.key"
    key_file.write_text(VENDOR_KEY)
    port = free_port()
    cfg = config_for_tests(vendor_url, tmp_path / "data", key_file, listen={"host": "127.0.0.1", "port": port},
                      **overrides)
    path = tmp_path / "guanqia.yaml"
    path.write_text(yaml.safe_dump(cfg, allow_unicode=True))
    proc = subprocess.Popen([GUANQIA, "serve", "--config", str(path)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            _, err = proc.communicate()
            raise AssertionError(f"serve exited {proc.returncode}: {err}")
        try:
            if httpx.get(f"{url}/readyz", timeout=1).status_code == 200:
                return proc, url
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    proc.kill()
    proc.communicate()
    raise AssertionError("serve did not become ready")


@pytest.mark.slow
def test_sigterm_lets_inflight_stream_finish_then_exits(tmp_path: Path, vendor: VendorThread) -> None:
    proc, url = start_serve(tmp_path, vendor.url)
    try:
        vendor.vendor.push(Script(reply="z" * 60, chunk_delay=0.1))
        got: list[str] = []
        with httpx.stream("POST", f"{url}/v1/chat/completions", timeout=30,
                          json={"model": "fake-cn", "stream": True, "messages": [{"role": "user", "content": "hi"}]},
                          headers={"Authorization": f"Bearer {CLIENT_KEY}"}) as r:
            lines = r.iter_lines()
            got.append(next(lines))
            proc.send_signal(signal.SIGTERM)
            time.sleep(0.3)
            with pytest.raises(httpx.TransportError):
                httpx.get(f"{url}/healthz", timeout=2)
            got.extend(lines)
        assert "data: [DONE]" in got, "the in-flight stream finished after SIGTERM"
        out, _ = proc.communicate(timeout=20)
        assert proc.returncode == 0
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.communicate()
    assert "listening on" in out and "policy" in out
    verify = subprocess.run([GUANQIA, "audit", "verify", "--config", str(tmp_path / "guanqia.yaml")],
                            capture_output=True, text=True, timeout=60)
    assert verify.returncode == 0, verify.stdout + verify.stderr


def test_embedded_default_refuses_non_loopback(tmp_path: Path) -> None:
    r = subprocess.run([GUANQIA, "serve", "--host", "0.0.0.0", "--port", str(free_port())],
                       capture_output=True, text=True, timeout=60, cwd=tmp_path,
                       env={**os.environ, "GUANQIA_DATA_DIR": str(tmp_path / "data")})
    assert r.returncode == 2
    assert "loopback" in r.stderr


def test_invalid_config_names_the_key_path(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("vendors:\n  x: {protocol: openai, base_url: 'http://h', region: us, jurisdiction: US, colour: red}\n")
    r = subprocess.run([GUANQIA, "serve", "--config", str(path)], capture_output=True, text=True, timeout=60)
    assert r.returncode == 2
    assert "vendors.x" in r.stderr and "colour" in r.stderr

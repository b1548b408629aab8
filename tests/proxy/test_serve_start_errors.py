"""`guanqia serve` that cannot start says why in one line, with its own exit status, never a traceback.

Operators read these lines in `journalctl` or `kubectl logs`: "cannot listen" must mean the socket, not a
missing key file, and an unreachable audit database must not look like a crash.
"""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import yaml

from tests.support.proxy_thread import VENDOR_KEY, config_for_tests

GUANQIA = str(Path(sys.executable).with_name("guanqia"))


def serve_fails(tmp_path: Path, port: int, **overrides: object) -> tuple[int, str]:
    key_file = tmp_path / "vendor.key"
    key_file.write_text(VENDOR_KEY)
    cfg = config_for_tests("http://127.0.0.1:9", tmp_path / "data", key_file,
                           listen={"host": "127.0.0.1", "port": port}, **overrides)
    path = tmp_path / "guanqia.yaml"
    path.write_text(yaml.safe_dump(cfg, allow_unicode=True))
    done = subprocess.run([GUANQIA, "serve", "--config", str(path)], capture_output=True, text=True, timeout=120)
    assert "Traceback" not in done.stderr, done.stderr
    return done.returncode, done.stderr


def test_port_in_use_is_a_listen_failure(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = int(taken.getsockname()[1])
        code, err = serve_fails(tmp_path, port)
    assert code == 3
    assert f"error: listen-failed: cannot listen on 127.0.0.1:{port}" in err


def test_unreachable_audit_database_is_named_not_a_crash(tmp_path: Path) -> None:
    code, err = serve_fails(tmp_path, 0, audit={"store": "postgres", "dsn": "postgresql://nobody@127.0.0.1:9/none"})
    assert code == 3
    assert "error: audit-store-unavailable:" in err
    assert "listen-failed" not in err


def test_key_file_that_cannot_be_created_names_the_file_not_the_socket(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("a file where the key directory should be")
    code, err = serve_fails(tmp_path, 0, audit={"signing_key_file": str(blocker / "audit-signing.key")})
    assert code == 3
    assert "error: start-failed:" in err and str(blocker) in err
    assert "listen-failed" not in err

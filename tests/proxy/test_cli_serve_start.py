"""`guanqia serve` start-up failures through the real CLI: one line on stderr, no traceback, and the exit
status of the CLI rule (2 bad options or config, 3 the environment failed).

An unexpected exception during start-up used to print a Python traceback and exit 1, which reads as "the
answer is no" to a supervisor script; a bad --port wrapped around (70000 listened on 4464).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

GUANQIA = str(Path(sys.executable).with_name("guanqia"))


def serve(tmp_path: Path, *args: str, **config: object) -> tuple[int, str, str]:
    """Run `guanqia serve` on a config (embedded-default vendors) and an ephemeral port; it must stop."""
    path = tmp_path / "guanqia.yaml"
    path.write_text(yaml.safe_dump({"version": 1, "data_dir": str(tmp_path / "data"), **config}))
    done = subprocess.run([GUANQIA, "serve", "--config", str(path), "--port", "0", *args],
                          capture_output=True, text=True, timeout=120)
    assert "Traceback" not in done.stderr, done.stderr
    return done.returncode, done.stdout, done.stderr


def test_data_dir_that_cannot_be_created(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("a file where the data directory should be")
    code, _, err = serve(tmp_path, data_dir=str(blocker / "data"))
    assert code == 3
    assert err.strip() == f"error: start-failed: Not a directory: {blocker / 'data'}"


def test_broken_sqlite_store_is_unavailable_not_a_crash(tmp_path: Path) -> None:
    db = tmp_path / "data" / "audit" / "audit.db"
    db.parent.mkdir(parents=True)
    db.write_bytes(b"not a database, " * 512)
    code, _, err = serve(tmp_path)
    assert code == 3
    assert err.startswith("error: audit-store-unavailable:") and len(err.strip().splitlines()) == 1


def test_invalid_audit_signing_key_file(tmp_path: Path) -> None:
    keys = tmp_path / "data" / "keys"
    keys.mkdir(parents=True)
    (keys / "audit-signing.key").write_text("PRIVATE+KEY+not-really-a-key\n")
    code, _, err = serve(tmp_path)
    assert code == 3
    assert err.startswith("error: start-failed: an audit key file under") and "signer key" in err
    assert "not-really-a-key" not in err


def test_unexpected_error_is_one_line_with_its_type_and_place_never_the_content(tmp_path: Path) -> None:
    # A pseudonym key file that is not hex: bytes.fromhex raises a ValueError nobody anticipated.
    secret = tmp_path / "pseudonym.key"
    secret.write_text("zz-secret-material-zz\n")
    code, _, err = serve(tmp_path, secrets={"pseudonym_key_file": str(secret)})
    assert code == 3
    assert err.startswith("error: start-failed: internal-error: ValueError at proxy/") and err.count("\n") == 1
    assert "secret-material" not in err


def test_bad_options_exit_2(tmp_path: Path) -> None:
    for option in (("--port", "70000"), ("--port", "http"), ("--log-level", "chatty")):
        done = subprocess.run([GUANQIA, "serve", *option], capture_output=True, text=True, timeout=60)
        assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr
        assert f"argument {option[0]}" in done.stderr

"""One exit-code rule for every `guanqia` command (proxy/cli.py, the README's table), through the real CLI.

0 ok; 1 the answer is no; 2 the command or a file it was given is wrong (missing, unreadable or invalid);
3 the input is fine but the environment failed (audit store, an output that cannot be written, a bug).
A file that cannot be read used to give 1 (`policy check`), 2 (`policy test`, `scan`) or 3 with a
misleading "audit store unavailable" (`audit verify --checkpoint`, `audit verify-report`).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

GUANQIA = str(Path(sys.executable).with_name("guanqia"))
BUILTIN_POLICIES = str(Path(__file__).resolve().parents[2] / "policies" / "builtin")
NOT_VALID_POLICY = "id: x\ndetectors:\n  - type: lower\n    keywords: [a]\n"


def run(*args: str, stdin: bytes = b"", stdout: int | None = subprocess.PIPE) -> tuple[int, str]:
    done = subprocess.run([GUANQIA, *args], input=stdin, stdout=stdout, stderr=subprocess.PIPE, timeout=120)
    err = done.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err, err
    return done.returncode, err


@pytest.fixture
def log_config(tmp_path: Path) -> Path:
    """A serve config whose data dir holds an empty, signed audit log (`audit prune` creates it)."""
    config = tmp_path / "guanqia.yaml"
    config.write_text(f"version: 1\ndata_dir: {tmp_path / 'data'}\n", encoding="utf-8")
    code, err = run("audit", "prune", "--config", str(config))
    assert code == 0, err
    return config


def test_top_level_usage() -> None:
    assert run()[0] == 2
    assert run("--help")[0] == 0
    assert run("no-such-command")[0] == 2


def test_policy_check(tmp_path: Path) -> None:
    invalid = tmp_path / "invalid.yaml"
    invalid.write_text(NOT_VALID_POLICY, encoding="utf-8")
    code, err = run("policy", "check", str(tmp_path / "missing.yaml"))
    assert code == 2 and "missing.yaml: cannot read" in err
    assert run("policy", "check", str(tmp_path))[0] == 2                 # a directory
    assert run("policy", "check", str(invalid))[0] == 1                  # read, and invalid: the check fails
    assert run("policy", "check", "builtin")[0] == 0
    assert run("policy", "check", "builtin", "--config", str(tmp_path / "missing.yaml"))[0] == 2


def test_policy_test_and_explain(tmp_path: Path) -> None:
    assert run("policy", "test", str(tmp_path / "missing_test.yaml"))[0] == 2
    code, err = run("policy", "test", BUILTIN_POLICIES, "--config", str(tmp_path / "missing.yaml"))
    assert code == 2 and "missing.yaml: cannot read" in err and "internal-error" not in err
    explain = ("policy", "explain", "--model", "echo-us", "--vendor", "echo-us")
    code, err = run(*explain, "--config", str(tmp_path / "missing.yaml"), "hi")
    assert code == 2 and "missing.yaml: cannot read" in err
    assert run(*explain, "--policy", str(tmp_path / "missing.yaml"), "hi")[0] == 2
    assert run(*explain, "hi")[0] == 0


def test_scan(tmp_path: Path) -> None:
    assert run("scan", str(tmp_path / "missing.txt"))[0] == 2
    assert run("scan", str(tmp_path))[0] == 2
    assert run("scan", "--policy", str(tmp_path / "missing.yaml"), stdin=b"x")[0] == 2
    assert run("scan", "--exit-code", stdin="手机 13812345678".encode())[0] == 1
    assert run("scan", stdin=b"nothing here")[0] == 0
    with open("/dev/full", "wb") as full:
        code, err = run("scan", stdin=b"nothing here", stdout=full.fileno())
    assert code == 3 and "input/output" in err


def test_serve_config_that_cannot_be_read(tmp_path: Path) -> None:
    code, err = run("serve", "--config", str(tmp_path / "missing.yaml"))
    assert code == 2 and err.startswith("error: config-invalid:") and "cannot read" in err


def test_audit_inputs_that_cannot_be_read_are_usage_errors(tmp_path: Path, log_config: Path) -> None:
    cfg = ("--config", str(log_config))
    code, err = run("audit", "verify", *cfg, "--checkpoint", str(tmp_path / "kept.note"))
    assert code == 2 and "checkpoint" in err and "kept.note: cannot read" in err and "unavailable" not in err
    code, err = run("audit", "verify-report", *cfg, str(tmp_path / "report.note"))
    assert code == 2 and "report.note: cannot read" in err and "unavailable" not in err
    assert run("audit", "verify", "--config", str(tmp_path / "missing.yaml"))[0] == 2
    pubkey = (log_config.parent / "data" / "keys" / "audit-verifiers.txt").read_text().split()[0]
    code, err = run("audit", "verify", "--export", str(tmp_path / "no-bundle"), "--pubkey", pubkey)
    assert code == 2 and "not a directory" in err
    (tmp_path / "empty-bundle").mkdir()
    code, err = run("audit", "verify", "--export", str(tmp_path / "empty-bundle"), "--pubkey", pubkey)
    assert code == 2 and "cannot read" in err and "manifest.json" in err


def test_audit_outputs_that_cannot_be_written_are_environment_errors(tmp_path: Path, log_config: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    cfg = ("--config", str(log_config))
    code, err = run("audit", "export", *cfg, "--out", str(blocker / "bundle"))
    assert code == 3 and str(blocker) in err and "unavailable" not in err
    code, err = run("audit", "report", *cfg, "--since", "2020-01-01", "--until", "2030-01-01",
                    "--out", str(blocker / "report.note"))
    assert code == 3 and str(blocker) in err


def test_audit_answers(tmp_path: Path, log_config: Path) -> None:
    cfg = ("--config", str(log_config))
    assert run("audit", "verify", *cfg)[0] == 0
    assert run("audit", "query", *cfg, "--tenant", "nobody")[0] == 0          # no match is ok
    code, err = run("audit", "find-value", *cfg, "--type", "CN_PHONE", "13812345678")
    assert code == 1 and "no request carried this value" in err                # the answer is no
    assert run("audit", "nonsense")[0] == 2
    empty = tmp_path / "empty.yaml"
    empty.write_text(f"version: 1\ndata_dir: {tmp_path / 'nothing'}\n", encoding="utf-8")
    code, err = run("audit", "query", "--config", str(empty))
    assert code == 3 and "unavailable" in err


def test_audit_keys(tmp_path: Path, log_config: Path) -> None:
    done = subprocess.run([GUANQIA, "audit", "keys", "--config", str(log_config)], capture_output=True, timeout=60)
    assert done.returncode == 0 and done.stdout.decode().startswith("guanqia-audit+")
    empty = tmp_path / "empty.yaml"
    empty.write_text(f"version: 1\ndata_dir: {tmp_path / 'nothing'}\n", encoding="utf-8")
    done = subprocess.run([GUANQIA, "audit", "keys", "--config", str(empty)], capture_output=True, timeout=60)
    err = done.stderr.decode()
    assert done.returncode == 3 and done.stdout == b""                       # nothing a script could pin
    assert "no verifier keys" in err and str(tmp_path / "nothing" / "keys" / "audit-verifiers.txt") in err
    (tmp_path / "nothing" / "keys").mkdir(parents=True)
    (tmp_path / "nothing" / "keys" / "audit-verifiers.txt").write_text("not a key\n")
    code, err = run("audit", "keys", "--config", str(empty))
    assert code == 3 and "not a verifier key file" in err

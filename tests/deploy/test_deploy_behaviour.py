"""deploy/ pieces that can run here: health-check one-liners, the key maker, and the docs that explain them.

No container engine runs on this machine, so the Dockerfile's and compose's health-check commands are
executed as the plain Python they are, against a real HTTP server on a free port; the key files
`deploy/make_keys.py` writes are read back by the same code the proxy and the audit log use at start-up.
"""

from __future__ import annotations

import http.server
import re
import socket
import stat
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"


def _dockerfile_healthcheck() -> list[str]:
    text = (DEPLOY / "Dockerfile").read_text(encoding="utf-8").replace("\\\n", " ")
    line = next(ln for ln in text.splitlines() if ln.startswith("HEALTHCHECK"))
    return list(yaml.safe_load(line.split(" CMD ", 1)[1].strip()))


def _compose_healthcheck() -> list[str]:
    compose = yaml.safe_load((DEPLOY / "docker-compose.yml").read_text(encoding="utf-8"))
    return list(compose["services"]["guanqia"]["healthcheck"]["test"][1:])


class _Probe(http.server.BaseHTTPRequestHandler):
    statuses: ClassVar[dict[str, int]] = {}

    def do_GET(self) -> None:
        status = self.statuses.get(self.path, 404)
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(b"{}")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def probe_server() -> Iterator[tuple[int, dict[str, int]]]:
    statuses: dict[str, int] = {}
    handler = type("Probe", (_Probe,), {"statuses": statuses})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1], statuses
    finally:
        server.shutdown()
        server.server_close()


def _run_check(command: list[str], port: int) -> int:
    """Run a health-check command as the container would, with its port moved to the test server's."""
    assert command[0] == "python" and "127.0.0.1:8080" in command[-1]
    argv = [sys.executable, *command[1:-1], command[-1].replace("127.0.0.1:8080", f"127.0.0.1:{port}")]
    return subprocess.run(argv, capture_output=True, timeout=30, check=False).returncode


@pytest.mark.parametrize("which,path", [("dockerfile", "/healthz"), ("compose", "/readyz")])
def test_health_check_commands_pass_on_200_and_fail_otherwise(
        probe_server: tuple[int, dict[str, int]], which: str, path: str) -> None:
    port, statuses = probe_server
    command = _dockerfile_healthcheck() if which == "dockerfile" else _compose_healthcheck()
    statuses[path] = 200
    assert _run_check(command, port) == 0
    statuses[path] = 503            # draining or audit store down: the check must fail
    assert _run_check(command, port) != 0


def test_health_check_fails_when_nothing_listens() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]   # bound, never listening: connection refused
        assert _run_check(_dockerfile_healthcheck(), port) != 0


def _make_keys(out: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(DEPLOY / "make_keys.py"), str(out)], capture_output=True,
                          text=True, timeout=60, check=False, cwd=ROOT)


def test_make_keys_writes_files_the_proxy_and_audit_log_read(tmp_path: Path) -> None:
    from audit.fingerprint import Fingerprinter
    from audit.keys import KeyFiles
    from proxy.app import load_or_create_key

    # Several fresh key sets: a parser that mishandles some encodings (e.g. '+' inside base64) shows up.
    fingerprints = set()
    for n in range(8):
        out = tmp_path / f"keys-{n}"
        done = _make_keys(out)
        assert done.returncode == 0, done.stderr
        signer, verifiers = KeyFiles(out / "audit-signing.key", out / "audit-verifiers.txt",
                                     "guanqia-audit").load(create=False)
        assert signer is not None and verifiers == [signer.verifier]
        fp = Fingerprinter.from_file(out / "fingerprint.key", create=False)
        fingerprints.add(fp.fingerprint("CN_PHONE", "13800138000"))
        assert len(load_or_create_key(out / "pseudonym.key")) == 32
        for secret in ("audit-signing.key", "fingerprint.key", "pseudonym.key"):
            assert stat.S_IMODE((out / secret).stat().st_mode) == 0o600, secret
    assert len(fingerprints) == 8, "each key set must key its own fingerprints"


def test_make_keys_never_replaces_an_existing_key(tmp_path: Path) -> None:
    assert _make_keys(tmp_path).returncode == 0
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    again = _make_keys(tmp_path)
    assert again.returncode == 0, again.stderr
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before
    assert again.stdout.count("kept") == 4


def test_make_keys_refuses_a_corrupt_signing_key_without_printing_it(tmp_path: Path) -> None:
    bogus = "PRIVATE+KEY+guanqia-audit+deadbeef+not-base64-at-all"
    (tmp_path / "audit-signing.key").write_text(bogus + "\n")
    done = _make_keys(tmp_path)
    assert done.returncode == 2
    assert "not-base64" not in done.stdout + done.stderr
    assert (tmp_path / "audit-signing.key").read_text() == bogus + "\n"


def test_deploy_doc_covers_every_artefact_and_says_what_was_not_built() -> None:
    doc = (ROOT / "docs" / "deploy.md").read_text(encoding="utf-8")
    artefacts = [p.relative_to(ROOT).as_posix() for p in DEPLOY.rglob("*")
                 if p.is_file() and p.name != ".gitignore" and "__pycache__" not in p.parts]
    named_dirs = {"deploy/k8s/"}
    missing = [a for a in artefacts if a not in doc and not any(a.startswith(d) for d in named_dirs)]
    assert not missing, f"docs/deploy.md does not mention {missing}"
    for k8s_file in (DEPLOY / "k8s").glob("*.yaml"):
        kinds = {d["kind"] for d in yaml.safe_load_all(k8s_file.read_text(encoding="utf-8")) if d}
        for kind in kinds - {"Kustomization"}:
            assert re.search(rf"\b{kind}\b", doc), f"docs/deploy.md does not explain the {kind}"
    # The image was built and run on stand-in bases only: the doc must not claim an official-base build.
    assert "no image has been built from the official" in doc


def test_both_builders_get_the_same_allow_listed_context() -> None:
    """BuildKit reads deploy/Dockerfile.dockerignore, the legacy builder only the root .dockerignore:
    if the two drift, one builder ships .venv or secrets in data/ into the build context."""
    def rules(path: Path) -> list[str]:
        lines = path.read_text(encoding="utf-8").splitlines()
        return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]

    assert rules(ROOT / ".dockerignore") == rules(DEPLOY / "Dockerfile.dockerignore")
    assert rules(ROOT / ".dockerignore")[0] == "**"

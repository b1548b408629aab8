"""Start, health-check and stop the processes a benchmark measures; free loopback ports."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYTHON = ROOT / ".venv" / "bin" / "python"
GUANQIA = ROOT / ".venv" / "bin" / "guanqia"


class StartError(RuntimeError):
    """A service did not become healthy; the message ends with the tail of its log."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Service:
    name: str
    proc: subprocess.Popen[bytes]
    base_url: str
    log_path: Path

    @property
    def pid(self) -> int:
        return self.proc.pid

    def alive(self) -> bool:
        return self.proc.poll() is None


def healthy(url: str, timeout: float = 2.0) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as resp:
            return bool(200 <= resp.status < 300)
    except (urllib.error.URLError, OSError, ValueError):
        return False


def start(name: str, argv: Sequence[str], base_url: str, health_path: str, log_path: Path,
          env: dict[str, str] | None = None, timeout: float = 120.0) -> Service:
    """Spawn `argv` with stdout+stderr to `log_path`, and wait until `health_path` answers 2xx."""
    log_path.parent.mkdir(parents=True, exist_ok=True)
    log = open(log_path, "wb")  # noqa: SIM115 - the child process owns it for its whole life
    proc = subprocess.Popen(list(argv), stdout=log, stderr=subprocess.STDOUT, cwd=ROOT,
                            env={**os.environ, **(env or {})}, start_new_session=True)
    service = Service(name, proc, base_url, log_path)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise StartError(f"{name} exited with status {proc.returncode}:\n{tail(log_path)}")
        if healthy(base_url + health_path):
            return service
        time.sleep(0.2)
    stop(service)
    raise StartError(f"{name} did not answer {health_path} within {timeout:.0f} s:\n{tail(log_path)}")


def stop(service: Service, grace: float = 10.0) -> None:
    """SIGTERM the service's process group, then SIGKILL it after `grace` seconds."""
    if service.proc.poll() is not None:
        return
    try:
        os.killpg(service.proc.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        service.proc.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(service.proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        service.proc.wait(timeout=5)


def tail(path: Path, lines: int = 15) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"

"""kill -9 under load: every answered request has its record, and the log verifies (before and after restart).

Runs the real `guanqia serve` as a subprocess on both stores, drives it with concurrent chat requests
(each with its own x-request-id), SIGKILLs it mid-load, then checks with `guanqia audit` only.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import signal
import socket
import subprocess
import time
from pathlib import Path
from typing import Any

import aiohttp
import pytest
import yaml

from tests.audit.support import GUANQIA, run_cli

KEY = "sk-crash-test-0123456789"
pytestmark = pytest.mark.slow


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def serve_config(path: Path, data_dir: Path, port: int, audit: dict[str, Any]) -> Path:
    path.write_text(yaml.safe_dump({
        "version": 1, "data_dir": str(data_dir), "listen": {"host": "127.0.0.1", "port": port},
        "limits": {"max_body_bytes": 1048576, "max_header_bytes": 16384, "drain_seconds": 5},
        "vendors": {"echo-cn": {"protocol": "echo", "region": "cn-mainland", "jurisdiction": "CN",
                                "models": ["echo-cn"]}},
        "routes": [{"model": "echo-cn", "to": ["echo-cn"]}],
        "clients": [{"id": "crash", "key_sha256": hashlib.sha256(KEY.encode()).hexdigest(), "tenant": "crash",
                     "roles": ["client"], "models": ["*"]}],
        "audit": audit}))
    return path


async def start(config: Path, port: int, log: Path) -> subprocess.Popen[bytes]:
    with open(log, "ab") as out:  # noqa: ASYNC230 - a test helper; nothing else runs on this loop yet
        proc = subprocess.Popen([GUANQIA, "serve", "--config", str(config)],  # noqa: ASYNC220
                                stdout=out, stderr=out)
    deadline = time.monotonic() + 60
    async with aiohttp.ClientSession() as http:
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise AssertionError(f"serve exited with {proc.returncode}: {log.read_text()[-2000:]}")
            try:
                async with http.get(f"http://127.0.0.1:{port}/readyz") as r:
                    if r.status == 200:
                        return proc
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.2)
    proc.kill()
    raise AssertionError("proxy did not become ready")


async def load(port: int, answered: list[str], stop: asyncio.Event, worker: int) -> None:
    url = f"http://127.0.0.1:{port}/v1/chat/completions"
    n = 0
    async with aiohttp.ClientSession() as http:
        while not stop.is_set():
            rid = f"crash-{worker:03d}-{n:06d}"
            n += 1
            body = {"model": "echo-cn", "stream": n % 3 == 0,
                    "messages": [{"role": "user", "content": f"第{n}次请求"}]}
            try:
                async with http.post(url, json=body, headers={"Authorization": f"Bearer {KEY}",
                                                              "x-request-id": rid}) as r:
                    data = await r.read()
                    complete = r.status == 200 and (b"[DONE]" in data if body["stream"] else b"choices" in data)
                    if complete:
                        answered.append(rid)
            except (aiohttp.ClientError, TimeoutError):
                return  # the proxy is gone


@pytest.mark.parametrize("writer_process", [True, False], ids=["writer-process", "in-process"])
async def test_sigkill_under_load_loses_no_answered_record(new_section: Any, tmp_path: Path,
                                                           writer_process: bool) -> None:
    """writer-process (serve's default): the proxy dies, its writer child sees the socket close, answers
    what it was handed and closes the log; in-process: the log dies with the proxy mid-batch."""
    port = free_port()
    config = serve_config(tmp_path / "serve.yaml", tmp_path / "data", port,
                          new_section(checkpoint_seconds=0.5, writer_process=writer_process))
    serve_log = tmp_path / "serve.log"
    proc = await start(config, port, serve_log)
    answered: list[str] = []
    stop = asyncio.Event()
    workers = [asyncio.create_task(load(port, answered, stop, w)) for w in range(16)]
    # kill once enough answers are in (a loaded CI host may need more than the usual second or two), never
    # before load has run a while: requests in flight, a batch possibly mid-commit
    loop = asyncio.get_running_loop()
    started = loop.time()
    while loop.time() - started < 30.0 and (len(answered) <= 60 or loop.time() - started < 1.5):
        await asyncio.sleep(0.1)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    stop.set()
    await asyncio.gather(*workers)
    assert len(answered) > 50, f"too little load before the kill: {serve_log.read_text()[-2000:]}"

    crashed = run_cli("verify", "--config", str(config))
    assert crashed.returncode == 0, crashed.stdout + crashed.stderr

    proc = await start(config, port, serve_log)  # restart: signs a checkpoint over the unsigned tail
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=30) == 0

    after = run_cli("verify", "--config", str(config))
    assert after.returncode == 0 and "0 not yet checkpointed" in after.stdout, after.stdout + after.stderr
    listed = run_cli("query", "--config", str(config), "--tenant", "crash", "--format", "jsonl",
                     "--limit", "1000000")
    recorded = {json.loads(line)["record"]["request_id"] for line in listed.stdout.splitlines()}
    missing = set(answered) - recorded
    assert not missing, f"{len(missing)} answered requests have no audit record, e.g. {sorted(missing)[:3]}"

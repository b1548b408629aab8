"""The audit log in serve's writer child (proxy/audit_process.py): acknowledgements, readiness, a SIGKILLed
child under load (503s, restart, the chain goes on and verifies), and a drained shutdown.

The records are synthetic: invented request ids and one made-up phone number per prompt.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import aiohttp
import httpx
import pytest

from audit import AuditConfig, AuditLog, QueryFilters
from proxy.ops import AUDIT_LOG
from tests.audit.support import GUANQIA
from tests.support.proxy_thread import CLIENT_KEY, ProxyThread

CHAT = {"model": "echo-cn", "messages": [{"role": "user", "content": "请回电 13912345678"}]}


def writer_proxy(tmp_path: Path, **audit: Any) -> ProxyThread:
    return ProxyThread(tmp_path, audit={"writer_process": True, "checkpoint_records": 16, **audit}).start()


def child_pid(gq: ProxyThread) -> int:
    assert gq.app is not None
    pid = gq.app[AUDIT_LOG].pid
    assert isinstance(pid, int)
    return pid


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a zombie is gone for our purposes: the parent reaps it
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            return fh.read().split(") ", 1)[1][0] != "Z"
    except OSError:
        return False


def logged_ids(gq: ProxyThread) -> list[str]:
    """Every request id in the log, read with a read-only AuditLog after the proxy stopped."""
    assert gq.config is not None
    cfg = AuditConfig.from_mapping(dict(gq.config.audit), gq.config.data_dir)

    async def read() -> list[str]:
        log = await AuditLog.open(cfg, writable=False)
        ids: list[str] = []
        cursor = None
        try:
            while True:
                rows, cursor = await log.query(QueryFilters(), limit=1000, cursor=cursor)
                ids += [r.request_id for _, r in rows]
                if cursor is None:
                    return ids
        finally:
            await log.close()
    return asyncio.run(read())


def verify(gq: ProxyThread) -> subprocess.CompletedProcess[str]:
    return subprocess.run([GUANQIA, "audit", "verify", "--config", str(gq.tmp / "guanqia.yaml")],
                          capture_output=True, text=True, timeout=120)


def chat(gq: ProxyThread, rid: str) -> httpx.Response:
    return httpx.post(f"{gq.url}/v1/chat/completions", json=CHAT, timeout=30,
                      headers={"Authorization": f"Bearer {CLIENT_KEY}", "x-request-id": rid})


def test_records_are_acknowledged_by_the_child_and_readiness_names_it(tmp_path: Path) -> None:
    gq = writer_proxy(tmp_path)
    try:
        pid = child_pid(gq)
        assert pid != os.getpid() and alive(pid)
        for n in range(20):
            r = chat(gq, f"proc-ack-{n:03d}")
            assert r.status_code == 200
        ready = httpx.get(f"{gq.url}/readyz", timeout=10).json()
        assert ready["status"] == "ready"
        assert ready["audit"]["size"] == 20 and ready["audit"]["process"] == {"pid": pid, "restarts": 0}
        assert "13912345678" not in "\n".join(gq.log_lines)
    finally:
        gq.stop()
    assert not alive(pid)
    assert sorted(logged_ids(gq)) == [f"proc-ack-{n:03d}" for n in range(20)]
    assert verify(gq).returncode == 0


async def _load(url: str, stop: asyncio.Event, worker: int, answered: list[str], refused: list[int]) -> None:
    n = 0
    async with aiohttp.ClientSession() as http:
        while not stop.is_set():
            rid = f"proc-kill-{worker:02d}-{n:05d}"
            n += 1
            async with http.post(f"{url}/v1/chat/completions", json=CHAT,
                                 headers={"Authorization": f"Bearer {CLIENT_KEY}", "x-request-id": rid}) as r:
                await r.read()
                if r.status == 200:
                    answered.append(rid)
                else:
                    refused.append(r.status)
                    await asyncio.sleep(0.01)


@pytest.mark.parametrize("durability", ["power-loss", "process-crash"])
def test_sigkill_of_the_child_mid_load_fails_closed_restarts_and_the_chain_verifies(
        tmp_path: Path, durability: str) -> None:
    extra = {"durability": durability} if durability == "process-crash" else {}
    gq = writer_proxy(tmp_path, **extra)
    answered: list[str] = []
    refused: list[int] = []
    try:
        first = child_pid(gq)

        async def drive() -> None:
            stop = asyncio.Event()
            workers = [asyncio.create_task(_load(gq.url, stop, w, answered, refused)) for w in range(8)]
            await asyncio.sleep(1.0)
            os.kill(first, signal.SIGKILL)
            await asyncio.sleep(3.0)
            stop.set()
            await asyncio.gather(*workers)
        asyncio.run(drive())
        deadline = time.monotonic() + 30
        while httpx.get(f"{gq.url}/readyz", timeout=10).status_code != 200:
            assert time.monotonic() < deadline, "the writer child was not restarted"
            time.sleep(0.1)
        assert child_pid(gq) != first and gq.app is not None and gq.app[AUDIT_LOG].restarts == 1
        assert chat(gq, "proc-kill-after").status_code == 200
    finally:
        gq.stop()
    assert refused and set(refused) == {503}, "requests in flight when the child died fail closed"
    assert len(answered) > 50
    done = verify(gq)
    assert done.returncode == 0, done.stdout + done.stderr
    logged = logged_ids(gq)
    assert len(logged) == len(set(logged)), "no record twice"
    missing = (set(answered) | {"proc-kill-after"}) - set(logged)
    assert not missing, f"{len(missing)} answered requests have no record"


def test_shutdown_drains_every_answered_record_and_the_child_exits(tmp_path: Path) -> None:
    gq = writer_proxy(tmp_path)
    answered: list[str] = []
    refused: list[int] = []
    pid = child_pid(gq)

    async def burst() -> None:
        stop = asyncio.Event()
        workers = [asyncio.create_task(_load(gq.url, stop, w, answered, refused)) for w in range(16)]
        await asyncio.sleep(1.0)
        stop.set()
        await asyncio.gather(*workers)
    asyncio.run(burst())
    gq.stop()
    assert not refused and not alive(pid)
    assert sorted(logged_ids(gq)) == sorted(answered)
    done = verify(gq)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_child_ignores_a_group_sigterm_and_exits_when_the_proxy_closes(tmp_path: Path) -> None:
    """A terminal's ^C or a container stop signals the whole group: the proxy drains first, then the child."""
    gq = writer_proxy(tmp_path)
    try:
        pid = child_pid(gq)
        os.kill(pid, signal.SIGTERM)
        os.kill(pid, signal.SIGINT)
        time.sleep(0.3)
        assert alive(pid)
        assert chat(gq, "proc-term-0").status_code == 200
    finally:
        gq.stop()
    assert not alive(pid)
    assert logged_ids(gq) == ["proc-term-0"]


def _wait_ready(gq: ProxyThread, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while httpx.get(f"{gq.url}/readyz", timeout=10).status_code != 200:
        assert time.monotonic() < deadline, "the writer child was not restarted"
        time.sleep(0.1)


def _refused_then_replaced(gq: ProxyThread, first: int, rid: str, then: Callable[[], None] = lambda: None) -> None:
    """The request waiting on the wedged child fails closed within a few stalls; the child is killed and
    a new one serves (`then` runs as soon as the answer is in, before the new child takes records)."""
    started = time.monotonic()
    r = chat(gq, rid)
    took = time.monotonic() - started
    then()
    assert r.status_code == 503, r.text
    assert "13912345678" not in r.text
    assert took < 8, f"the request waited {took:.1f} s on a wedged writer (stall 1 s)"
    _wait_ready(gq)
    assert not alive(first), "the wedged child was not killed"
    assert child_pid(gq) != first and gq.app is not None and gq.app[AUDIT_LOG].restarts == 1


@pytest.mark.parametrize("wedge", ["stopped", "stuck-append"])
def test_a_wedged_child_is_killed_after_the_stall_and_replaced(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, wedge: str) -> None:
    """A child alive but wedged must not hang every request: stopped (SIGSTOP; a blocked loop in life, no
    heartbeat), or with its loop running but one append that never finishes (a hung disk)."""
    from proxy import audit_process
    flag = tmp_path / "appends-hang"
    launcher = Path(__file__).resolve().parents[1] / "support" / "stuck_audit_child.py"
    monkeypatch.setattr(audit_process, "CHILD_ARGV", ("-P", str(launcher)))
    monkeypatch.setenv("GUANQIA_TEST_STUCK_FLAG", str(flag))
    gq = writer_proxy(tmp_path, writer_stall_seconds=1.0)
    try:
        first = child_pid(gq)
        assert chat(gq, "wedge-before").status_code == 200
        if wedge == "stopped":
            os.kill(first, signal.SIGSTOP)
        else:
            flag.touch()
        _refused_then_replaced(gq, first, "wedge-during", then=lambda: flag.unlink(missing_ok=True))
        assert chat(gq, "wedge-after").status_code == 200
        sign = "silent" if wedge == "stopped" else "unacknowledged"
        assert any("wedged" in line and sign in line for line in gq.log_lines)
    finally:
        gq.stop()
    done = verify(gq)
    assert done.returncode == 0, done.stdout + done.stderr
    logged = logged_ids(gq)
    assert {"wedge-before", "wedge-after"} <= set(logged) and len(logged) == len(set(logged))
    if wedge == "stuck-append":
        assert "wedge-during" not in logged  # its append never reached the journal

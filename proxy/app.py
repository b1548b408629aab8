"""Build the aiohttp Application: collaborators as AppKeys, resources in cleanup_ctx, the route table."""

from __future__ import annotations

import functools
import os
import secrets
from pathlib import Path
from typing import Any, AsyncIterator

from aiohttp import web

from proxy import ops
from proxy.auth import KeyRing
from proxy.config import Config
from proxy.errors import GuanqiaError
from proxy.gateway import Gateway
from proxy.pipeline import GATEWAY, handle
from proxy.protocols import ENDPOINTS
from proxy.routing import Router
from proxy.telemetry import Telemetry


def build_app(config: Config, *, telemetry: Telemetry | None = None) -> web.Application:
    """The proxy as an aiohttp app. Heavy resources (scanner, policy, audit log) load in cleanup_ctx."""
    app = web.Application(client_max_size=config.limits.max_body_bytes + 1)
    app[ops.CONFIG] = config
    app[ops.TELEMETRY] = telemetry or Telemetry(config.telemetry)
    app.cleanup_ctx.append(_gateway_ctx)
    for path, adapter in ENDPOINTS.items():
        app.router.add_post(path, functools.partial(handle, adapter=adapter))
    ops.add_routes(app)   # last: it ends with the catch-all for unknown paths and methods
    return app


def load_or_create_key(path: Path, size: int = 32) -> bytes:
    """A secret key file under the data dir, created 0600 on first start."""
    if path.exists():
        return bytes.fromhex(path.read_text(encoding="ascii").strip())
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_bytes(size)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(key.hex() + "\n")
    return key


async def _gateway_ctx(app: web.Application) -> AsyncIterator[None]:
    import asyncio

    from audit import AuditConfig, AuditLog
    from policies.reload import PolicyHolder

    config = app[ops.CONFIG]
    telemetry = app[ops.TELEMETRY]
    config.data_dir.mkdir(parents=True, exist_ok=True)
    holder = PolicyHolder(config.policy_path())
    audit_config = AuditConfig.from_mapping(dict(config.audit), config.data_dir)
    audit_log: Any
    if audit_config.writer_process:
        from proxy.audit_process import AuditProcess
        audit_log = await AuditProcess.open(audit_config)
    else:
        audit_log = await AuditLog.open(audit_config)
    scanner = None
    if config.inspection:
        from detectors import Scanner
        scanner = Scanner()
        scanner.scan("warm-up 预热 13800138000")
    key_file = Path(config.pseudonym_key_file) if config.pseudonym_key_file else \
        config.data_dir / "keys" / "pseudonym.key"
    gw = Gateway(
        config=config, keyring=KeyRing(config.clients), router=Router(config.routes, config.vendors),
        policies=holder, audit=audit_log, telemetry=telemetry, base_scanner=scanner,
        pseudonym_secret=load_or_create_key(key_file), fingerprinter=audit_log.fingerprinter,
        fail_closed=audit_config.fail_closed,
    )
    app[GATEWAY] = gw
    app[ops.POLICY_HOLDER] = holder
    app[ops.AUDIT_LOG] = audit_log
    watcher = asyncio.create_task(ops.watch_policy(holder, telemetry))
    try:
        yield
    finally:
        watcher.cancel()
        await gw.http.close()
        await audit_log.close()
        telemetry.shutdown()


__all__ = ["build_app", "GuanqiaError"]

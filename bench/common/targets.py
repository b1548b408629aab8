"""The things a benchmark sends traffic to: the fake vendor itself, the bare pass-through, Guanqia, LiteLLM.

Each launcher starts its process, waits for its health endpoint and returns a `Target` naming the chat
completions URL and the client key to use. Guanqia gets a config written for the run: one OpenAI-
compatible vendor in cn-mainland (the fake), one route, one client key, a fresh data directory.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import shutil
from dataclasses import dataclass
from pathlib import Path

import yaml

from bench.common import procs
from bench.common.procs import GUANQIA, PYTHON, Service

MODEL = "bench-model"


@dataclass
class Target:
    name: str
    chat_url: str
    key: str
    service: Service | None
    """None for "direct": the vendor is the destination, not a proxy."""
    config_path: Path | None = None


def start_vendor(out: Path, chunks: int, chunk_delay: float) -> Service:
    port = procs.free_port()
    return procs.start("fake-vendor", [str(PYTHON), "-m", "bench.common.fakevendor", "--port", str(port),
                                       "--chunks", str(chunks), "--chunk-delay", str(chunk_delay)],
                       f"http://127.0.0.1:{port}", "/healthz", out / "logs" / "fake-vendor.log")


def direct(vendor: Service) -> Target:
    return Target("direct", vendor.base_url + "/v1/chat/completions", "sk-bench-direct", None)


def start_passthrough(out: Path, vendor: Service) -> Target:
    port = procs.free_port()
    svc = procs.start("bare-aiohttp", [str(PYTHON), "-m", "bench.common.passthrough", "--port", str(port),
                                        "--upstream", vendor.base_url],
                      f"http://127.0.0.1:{port}", "/healthz", out / "logs" / "bare-aiohttp.log")
    return Target("bare-aiohttp", svc.base_url + "/v1/chat/completions", "sk-bench-bare", svc)


def guanqia_config(path: Path, port: int, vendor_url: str, data_dir: Path, inspection: bool,
                   audit: dict[str, object] | None = None) -> str:
    """Write a serve config for the benchmark and return the client key it accepts."""
    key = "sk-gq-bench-" + secrets.token_urlsafe(16)
    cfg = {
        "version": 1,
        "listen": {"host": "127.0.0.1", "port": port},
        "data_dir": str(data_dir),
        "policy": "builtin",
        "inspection": inspection,
        "limits": {"max_body_bytes": 16 * 1024 * 1024, "max_header_bytes": 16384, "drain_seconds": 5},
        "vendors": {"bench-vendor": {
            "protocol": "openai", "base_url": f"{vendor_url}/v1", "region": "cn-mainland",
            "jurisdiction": "CN", "inference_scope": "cn-mainland", "credentials": {"env": "BENCH_VENDOR_KEY"},
            "timeouts": {"connect": 5, "first_byte": 60, "total": 300}, "max_connections": 1000,
            "models": [MODEL]}},
        "routes": [{"model": MODEL, "to": ["bench-vendor"]}],
        "clients": [{"id": "bench", "key_sha256": hashlib.sha256(key.encode()).hexdigest(),
                     "tenant": "bench", "roles": ["client"], "models": ["*"]}],
        "audit": dict(audit or {}),
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(cfg, sort_keys=False), encoding="utf-8")
    return key


def start_guanqia(out: Path, name: str, vendor: Service, inspection: bool,
                  audit: dict[str, object] | None = None, log_level: str = "WARNING") -> Target:
    """`log_level="INFO"` keeps Guanqia's access log (with per-stage milliseconds) in the service log."""
    port = procs.free_port()
    data_dir = out / "data" / name
    shutil.rmtree(data_dir, ignore_errors=True)
    config = out / "config" / f"{name}.yaml"
    key = guanqia_config(config, port, vendor.base_url, data_dir, inspection, audit)
    svc = procs.start(name, [str(GUANQIA), "serve", "--config", str(config), "--log-level", log_level],
                      f"http://127.0.0.1:{port}", "/healthz", out / "logs" / f"{name}.log",
                      env={"BENCH_VENDOR_KEY": "sk-vendor-bench"})
    return Target(name, svc.base_url + "/v1/chat/completions", key, svc, config)


LITELLM_VENV = Path(__file__).resolve().parents[1] / "out" / "litellm-venv"


def litellm_install_hint() -> str:
    return (f"python3 -m venv {LITELLM_VENV} && {LITELLM_VENV}/bin/pip install 'litellm[proxy]'")


def start_litellm(out: Path, vendor: Service) -> Target:
    """LiteLLM's proxy with one model pointing at the fake vendor, one worker, no database, offline."""
    exe = LITELLM_VENV / "bin" / "litellm"
    if not exe.exists():
        raise procs.StartError(f"LiteLLM is not installed at {exe}; install it with: {litellm_install_hint()}")
    port = procs.free_port()
    config = out / "config" / "litellm.yaml"
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text(yaml.safe_dump({
        "model_list": [{"model_name": MODEL, "litellm_params": {
            "model": f"openai/{MODEL}", "api_base": f"{vendor.base_url}/v1", "api_key": "sk-vendor-bench"}}],
        "litellm_settings": {"telemetry": False, "drop_params": True},
    }), encoding="utf-8")
    key = "sk-bench-litellm-" + secrets.token_hex(16)
    env = {"LITELLM_MASTER_KEY": key, "LITELLM_LOCAL_MODEL_COST_MAP": "True", "LITELLM_TELEMETRY": "False", "LITELLM_LOG": "ERROR",
           "DISABLE_SCHEMA_UPDATE": "True", "NO_DOCS": "True", "PATH": f"{LITELLM_VENV}/bin:{os.environ['PATH']}"}
    svc = procs.start("litellm", [str(exe), "--config", str(config), "--host", "127.0.0.1", "--port", str(port),
                                  "--num_workers", "1"],
                      f"http://127.0.0.1:{port}", "/health/liveliness", out / "logs" / "litellm.log", env=env,
                      timeout=180)
    return Target("litellm", svc.base_url + "/v1/chat/completions", key, svc)

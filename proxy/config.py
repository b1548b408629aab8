"""Serve configuration: YAML (or the embedded default) into frozen dataclasses, validated up front.

The serve config is the one source of vendors, regions and client keys; policies and the audit CLI refer
to it by name. Shape (every section optional; `guanqia serve` with no file uses EMBEDDED_DEFAULT)::

    version: 1
    listen: {host: 127.0.0.1, port: 8080}
    data_dir: ./data                      # env GUANQIA_DATA_DIR overrides
    policy: builtin                       # or a path to a policy YAML
    inspection: true                      # false only for benchmarks: detection skipped, still audited
    limits: {max_body_bytes: 10485760, max_header_bytes: 16384, drain_seconds: 30,
             inspection_threads: 1, inspection_queue: 64, inspection_queue_chars: 8388608}
    secrets: {pseudonym_key_file: keys/pseudonym.key}
    vendors:
      deepseek: {catalogue: deepseek, credentials: {env: DEEPSEEK_API_KEY}}
      echo-cn:  {protocol: echo, region: cn-mainland, jurisdiction: CN}
    routes:
      - {model: "deepseek-*", to: [deepseek, {vendor: siliconflow-cn, model: "deepseek-ai/DeepSeek-V3"}]}
    clients:
      - {id: app-1, key_sha256: "<hex>", tenant: payments, roles: [client], models: ["deepseek-*"]}
    audit: {...}                          # see docs/audit.md
    telemetry: {service_name: guanqia, otlp_endpoint: "http://collector:4318", prometheus: true}
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Mapping

import yaml

from proxy.offload import DEFAULT_QUEUE_CHARS

PROTOCOLS = ("openai", "anthropic", "azure-openai", "echo")
ROLES = ("client", "security", "auditor")
DEMO_KEY = "sk-guanqia-demo"
DEMO_AUDITOR_KEY = "sk-guanqia-demo-auditor"


class ConfigError(Exception):
    """A configuration mistake; the message names the file, the key path and what was expected."""


@dataclass(frozen=True, slots=True)
class Timeouts:
    connect: float = 10.0
    first_byte: float = 120.0
    """Seconds until the vendor's response headers arrive."""
    total: float = 600.0


@dataclass(frozen=True, slots=True)
class Vendor:
    name: str
    protocol: str
    """"openai", "anthropic", "azure-openai" or "echo" (built-in, answers in-process)."""
    base_url: str
    region: str
    jurisdiction: str
    inference_scope: str = ""
    auth: str = "bearer"
    """"bearer", "api-key" (Azure) or "x-api-key" (Anthropic)."""
    credential_env: str = ""
    credential_file: str = ""
    api_version: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    timeouts: Timeouts = Timeouts()
    max_connections: int = 100
    models: tuple[str, ...] = ()

    def credential(self) -> str:
        """The vendor key, read when needed so rotation needs no restart. Never logged."""
        if self.credential_file:
            return _read_secret_file(self.credential_file)
        if self.credential_env:
            return os.environ.get(self.credential_env, "")
        return ""


_SECRET_FILES: dict[str, tuple[tuple[int, int], str]] = {}


def _read_secret_file(path: str) -> str:
    """A secret file's content, re-read only when its mtime or size changes (a stat per request
    instead of an open and read; a rotated key is picked up on the next request)."""
    st = os.stat(path)
    stamp = (st.st_mtime_ns, st.st_size)
    cached = _SECRET_FILES.get(path)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    value = Path(path).read_text(encoding="utf-8").strip()
    _SECRET_FILES[path] = (stamp, value)
    return value


@dataclass(frozen=True, slots=True)
class RouteTarget:
    vendor: str
    model: str | None = None
    """Upstream model name; None sends the client's model name."""


@dataclass(frozen=True, slots=True)
class Route:
    model: str
    """Model name or glob (fnmatch) the client asks for."""
    to: tuple[RouteTarget, ...]


@dataclass(frozen=True, slots=True)
class ClientKey:
    id: str
    key_sha256: str
    tenant: str
    roles: tuple[str, ...] = ("client",)
    models: tuple[str, ...] = ("*",)
    vendors: tuple[str, ...] = ("*",)


@dataclass(frozen=True, slots=True)
class Limits:
    max_body_bytes: int = 10 * 1024 * 1024
    max_header_bytes: int = 16 * 1024
    drain_seconds: float = 30.0
    inspection_threads: int = 1
    """Worker threads that scan big prompts off the event loop (the GIL runs one scan at a time anyway)."""
    inspection_queue: int = 64
    """Big prompts that may wait for a worker; one more is refused (503) rather than parked."""
    inspection_queue_chars: int = DEFAULT_QUEUE_CHARS
    """Characters the waiting big prompts may hold together; a prompt that would pass it is refused (503), so
    the last one waiting still starts within seconds (a scan's time follows its length)."""


@dataclass(frozen=True, slots=True)
class Config:
    source: str
    """Path of the config file, or "embedded default"."""
    host: str = "127.0.0.1"
    port: int = 8080
    data_dir: Path = Path("data")
    policy: str = "builtin"
    inspection: bool = True
    limits: Limits = Limits()
    vendors: Mapping[str, Vendor] = field(default_factory=dict)
    routes: tuple[Route, ...] = ()
    clients: tuple[ClientKey, ...] = ()
    audit: Mapping[str, Any] = field(default_factory=dict)
    telemetry: Mapping[str, Any] = field(default_factory=dict)
    pseudonym_key_file: str = ""
    embedded: bool = False

    def policy_path(self) -> Path | None:
        return None if self.policy == "builtin" else Path(self.policy)


_LIMITS = Limits()
_TIMEOUTS = Timeouts()


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


EMBEDDED_DEFAULT: dict[str, Any] = {
    "version": 1,
    "vendors": {
        "echo-cn": {"protocol": "echo", "region": "cn-mainland", "jurisdiction": "CN",
                    "inference_scope": "cn-mainland", "models": ["echo-cn"]},
        "echo-us": {"protocol": "echo", "region": "us", "jurisdiction": "US",
                    "inference_scope": "us", "models": ["echo-us"]},
    },
    "routes": [
        {"model": "echo-cn", "to": ["echo-cn"]},
        {"model": "echo-us", "to": ["echo-us"]},
    ],
    "clients": [
        {"id": "demo", "key_sha256": hash_key(DEMO_KEY), "tenant": "demo",
         "roles": ["client", "security"], "models": ["*"]},
        {"id": "demo-auditor", "key_sha256": hash_key(DEMO_AUDITOR_KEY), "tenant": "demo",
         "roles": ["auditor"], "models": []},
    ],
}


def load_config(path: str | Path | None, *, host: str | None = None, port: int | None = None) -> Config:
    """Load a serve config file, or the embedded default when `path` is None."""
    if path is None:
        raw: Any = EMBEDDED_DEFAULT
        source = "embedded default"
        base = Path.cwd()
    else:
        p = Path(path)
        source = str(p)
        base = p.resolve().parent
        try:
            raw = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
        except OSError as exc:
            raise ConfigError(f"{p}: cannot read: {exc.strerror}") from None
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark
            where = f"{p}:{mark.line + 1}:{mark.column + 1}" if mark else str(p)
            raise ConfigError(f"{where}: invalid YAML: {exc.problem}") from None
    cfg = _build(raw, source, base, embedded=path is None)
    if host is not None or port is not None:
        cfg = _replace(cfg, host=host or cfg.host, port=port if port is not None else cfg.port)
    if cfg.embedded and not _is_loopback(cfg.host):
        raise ConfigError(
            f"embedded default: the demo keys work only on loopback, not on {cfg.host!r}; "
            "write a config file with your own client keys (see the README's configuration reference)")
    return cfg


def _replace(cfg: Config, **changes: Any) -> Config:
    from dataclasses import replace
    return replace(cfg, **changes)


def _is_loopback(host: str) -> bool:
    return host in ("127.0.0.1", "localhost", "::1") or host.startswith("127.")


class _Reader:
    """Walks the raw mapping and names the key path in every error."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, where: str, expected: str) -> ConfigError:
        return ConfigError(f"{self.source}: {where}: expected {expected}")

    def mapping(self, value: Any, where: str, allowed: tuple[str, ...]) -> dict[str, Any]:
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise self.fail(where, "a mapping")
        unknown = sorted(set(map(str, value)) - set(allowed))
        if unknown:
            raise ConfigError(f"{self.source}: {where}: unknown key {unknown[0]!r} "
                              f"(allowed: {', '.join(allowed)})")
        return value

    def string(self, value: Any, where: str, *, choices: tuple[str, ...] = ()) -> str:
        if not isinstance(value, str) or not value:
            raise self.fail(where, "a non-empty string")
        if choices and value not in choices:
            raise self.fail(where, f"one of {', '.join(choices)} (got {value!r})")
        return value

    def number(self, value: Any, where: str, *, minimum: float = 0) -> float:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= minimum:
            raise self.fail(where, f"a number > {minimum}")
        return float(value)

    def count(self, value: Any, where: str, *, minimum: int) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            raise self.fail(where, f"an integer >= {minimum}")
        return value

    def strings(self, value: Any, where: str) -> tuple[str, ...]:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(where, "a list of strings")
        return tuple(value)


_TOP = ("version", "listen", "data_dir", "policy", "inspection", "limits", "secrets", "vendors",
        "routes", "clients", "audit", "telemetry")
_VENDOR = ("catalogue", "protocol", "base_url", "region", "jurisdiction", "inference_scope", "auth",
           "credentials", "api_version", "headers", "timeouts", "max_connections", "models",
           "company", "credentials_env", "docs", "notes", "resource")


def _build(raw: Any, source: str, base: Path, *, embedded: bool) -> Config:
    r = _Reader(source)
    top = r.mapping(raw, "top level", _TOP)
    if top.get("version", 1) != 1:
        raise r.fail("version", "1")
    listen = r.mapping(top.get("listen"), "listen", ("host", "port"))
    host = r.string(listen.get("host", "127.0.0.1"), "listen.host")
    port = listen.get("port", 8080)
    if not isinstance(port, int) or not 0 <= port < 65536:
        raise r.fail("listen.port", "an integer port")
    env_dir = os.environ.get("GUANQIA_DATA_DIR")
    data_dir = Path(env_dir) if env_dir else _path(base, top.get("data_dir", "data"))
    policy = top.get("policy", "builtin")
    policy = "builtin" if policy == "builtin" else str(_path(base, r.string(policy, "policy")))
    inspection = top.get("inspection", True)
    if not isinstance(inspection, bool):
        raise r.fail("inspection", "true or false")
    lim = r.mapping(top.get("limits"), "limits", ("max_body_bytes", "max_header_bytes", "drain_seconds",
                                                  "inspection_threads", "inspection_queue",
                                                  "inspection_queue_chars"))
    limits = Limits(
        max_body_bytes=int(r.number(lim.get("max_body_bytes", _LIMITS.max_body_bytes), "limits.max_body_bytes")),
        max_header_bytes=int(r.number(lim.get("max_header_bytes", _LIMITS.max_header_bytes),
                                      "limits.max_header_bytes")),
        drain_seconds=r.number(lim.get("drain_seconds", _LIMITS.drain_seconds), "limits.drain_seconds"),
        inspection_threads=r.count(lim.get("inspection_threads", _LIMITS.inspection_threads),
                                   "limits.inspection_threads", minimum=1),
        inspection_queue=r.count(lim.get("inspection_queue", _LIMITS.inspection_queue),
                                 "limits.inspection_queue", minimum=0),
        inspection_queue_chars=r.count(lim.get("inspection_queue_chars", _LIMITS.inspection_queue_chars),
                                       "limits.inspection_queue_chars", minimum=0),
    )
    secrets = r.mapping(top.get("secrets"), "secrets", ("pseudonym_key_file",))
    key_file = secrets.get("pseudonym_key_file", "")
    vendors = _vendors(r, top.get("vendors"), base)
    routes = _routes(r, top.get("routes"), vendors)
    clients = _clients(r, top.get("clients"))
    audit = top.get("audit") or {}
    if not isinstance(audit, dict):
        raise r.fail("audit", "a mapping")
    _check_audit(r, audit, data_dir)
    telemetry = _telemetry(r, top.get("telemetry"))
    return Config(source=source, host=host, port=port, data_dir=data_dir, policy=policy,
                  inspection=inspection, limits=limits, vendors=vendors, routes=routes, clients=clients,
                  audit=audit, telemetry=telemetry,
                  pseudonym_key_file=str(_path(base, key_file)) if key_file else "", embedded=embedded)


TELEMETRY_KEYS = ("service_name", "otlp_endpoint", "prometheus")
"""Every key of the `telemetry:` section (proxy/telemetry.py reads them)."""


def _telemetry(r: _Reader, raw: Any) -> dict[str, Any]:
    """The `telemetry:` section, checked like every other: a mistyped key (`otlp_endpiont`) would
    otherwise switch export off without a word."""
    section = dict(r.mapping(raw, "telemetry", TELEMETRY_KEYS))
    if "service_name" in section:
        r.string(section["service_name"], "telemetry.service_name")
    endpoint = section.get("otlp_endpoint")
    if endpoint not in (None, "") and (not isinstance(endpoint, str)
                                       or not endpoint.startswith(("http://", "https://"))):
        raise r.fail("telemetry.otlp_endpoint", "an http(s) URL (omit it to export nothing)")
    if not isinstance(section.get("prometheus", True), bool):
        raise r.fail("telemetry.prometheus", "true or false")
    return section


def _check_audit(r: _Reader, section: dict[str, Any], data_dir: Path) -> None:
    """Check the `audit:` section when the config is loaded, so `serve` reports a mistake in it like any
    other config error instead of failing while it starts."""
    from audit.config import AuditConfig, AuditConfigError
    try:
        AuditConfig.from_mapping(section, data_dir)
    except AuditConfigError as exc:
        raise ConfigError(f"{r.source}: {exc}") from None


def _path(base: Path, value: str) -> Path:
    p = Path(os.path.expanduser(str(value)))
    return p if p.is_absolute() else base / p


def catalogue() -> dict[str, dict[str, Any]]:
    """The shipped vendor catalogue (proxy/vendors.yaml): endpoint id -> facts."""
    text = resources.files("proxy").joinpath("vendors.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text) or {}
    entries = data.get("vendors", data)
    return {str(k): dict(v) for k, v in entries.items()}


def _vendors(r: _Reader, raw: Any, base: Path) -> dict[str, Vendor]:
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise r.fail("vendors", "a mapping of vendor name to settings")
    cat: dict[str, dict[str, Any]] | None = None
    out: dict[str, Vendor] = {}
    for name, spec in raw.items():
        where = f"vendors.{name}"
        spec = dict(r.mapping(spec, where, _VENDOR))
        if "catalogue" in spec:
            if cat is None:
                cat = catalogue()
            entry = cat.get(str(spec["catalogue"]))
            if entry is None:
                raise r.fail(f"{where}.catalogue", f"a vendor id from proxy/vendors.yaml (got {spec['catalogue']!r})")
            spec = {**entry, **{k: v for k, v in spec.items() if k != "catalogue"}}
        protocol = r.string(spec.get("protocol"), f"{where}.protocol", choices=PROTOCOLS)
        base_url = "" if protocol == "echo" else r.string(spec.get("base_url"), f"{where}.base_url")
        if "{resource}" in base_url:
            resource = r.string(spec.get("resource"), f"{where}.resource")
            base_url = base_url.replace("{resource}", resource)
        if base_url and not base_url.startswith(("https://", "http://")):
            raise r.fail(f"{where}.base_url", "an http(s) URL")
        default_auth = {"azure-openai": "api-key", "anthropic": "x-api-key"}.get(protocol, "bearer")
        creds = spec.get("credentials") or {}
        if not isinstance(creds, dict) or set(creds) - {"env", "file"}:
            raise r.fail(f"{where}.credentials", "{env: VAR} or {file: PATH}")
        cred_env = creds.get("env") or spec.get("credentials_env", "")
        cred_file = str(_path(base, creds["file"])) if creds.get("file") else ""
        t = r.mapping(spec.get("timeouts"), f"{where}.timeouts", ("connect", "first_byte", "total"))
        timeouts = Timeouts(
            connect=r.number(t.get("connect", _TIMEOUTS.connect), f"{where}.timeouts.connect"),
            first_byte=r.number(t.get("first_byte", _TIMEOUTS.first_byte), f"{where}.timeouts.first_byte"),
            total=r.number(t.get("total", _TIMEOUTS.total), f"{where}.timeouts.total"),
        )
        headers = spec.get("headers") or {}
        if not isinstance(headers, dict):
            raise r.fail(f"{where}.headers", "a mapping of header name to value")
        out[str(name)] = Vendor(
            name=str(name), protocol=protocol, base_url=base_url.rstrip("/"),
            region=r.string(spec.get("region"), f"{where}.region"),
            jurisdiction=r.string(spec.get("jurisdiction"), f"{where}.jurisdiction"),
            inference_scope=str(spec.get("inference_scope", "")),
            auth=r.string(spec.get("auth", default_auth), f"{where}.auth", choices=("bearer", "api-key", "x-api-key")),
            credential_env=str(cred_env), credential_file=cred_file,
            api_version=str(spec.get("api_version", "")),
            headers=tuple((str(k), str(v)) for k, v in headers.items()),
            timeouts=timeouts,
            max_connections=int(r.number(spec.get("max_connections", 100), f"{where}.max_connections")),
            models=r.strings(spec.get("models", []), f"{where}.models"),
        )
    return out


def _routes(r: _Reader, raw: Any, vendors: Mapping[str, Vendor]) -> tuple[Route, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise r.fail("routes", "a list of {model, to}")
    routes: list[Route] = []
    for i, spec in enumerate(raw):
        where = f"routes[{i}]"
        spec = r.mapping(spec, where, ("model", "to"))
        model = r.string(spec.get("model"), f"{where}.model")
        targets_raw = spec.get("to")
        if not isinstance(targets_raw, list) or not targets_raw:
            raise r.fail(f"{where}.to", "a non-empty list of vendor names or {vendor, model}")
        targets: list[RouteTarget] = []
        for j, t in enumerate(targets_raw):
            if isinstance(t, str):
                t = {"vendor": t}
            t = r.mapping(t, f"{where}.to[{j}]", ("vendor", "model"))
            vendor = r.string(t.get("vendor"), f"{where}.to[{j}].vendor")
            if vendor not in vendors:
                raise r.fail(f"{where}.to[{j}].vendor", f"a vendor declared under vendors (got {vendor!r})")
            up_model = t.get("model")
            targets.append(RouteTarget(vendor, r.string(up_model, f"{where}.to[{j}].model") if up_model else None))
        routes.append(Route(model, tuple(targets)))
    return tuple(routes)


def _clients(r: _Reader, raw: Any) -> tuple[ClientKey, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise r.fail("clients", "a list of client keys")
    seen: set[str] = set()
    out: list[ClientKey] = []
    for i, spec in enumerate(raw):
        where = f"clients[{i}]"
        spec = r.mapping(spec, where, ("id", "key_sha256", "tenant", "roles", "models", "vendors"))
        digest = r.string(spec.get("key_sha256"), f"{where}.key_sha256").lower()
        if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
            raise r.fail(f"{where}.key_sha256", "64 hex characters (sha256 of the key: `guanqia keygen`)")
        if digest in seen:
            raise r.fail(f"{where}.key_sha256", "a key not used by another client")
        seen.add(digest)
        roles = r.strings(spec.get("roles", ["client"]), f"{where}.roles")
        for role in roles:
            r.string(role, f"{where}.roles", choices=ROLES)
        out.append(ClientKey(
            id=r.string(spec.get("id"), f"{where}.id"), key_sha256=digest,
            tenant=r.string(spec.get("tenant"), f"{where}.tenant"), roles=roles,
            models=r.strings(spec.get("models", ["*"]), f"{where}.models"),
            vendors=r.strings(spec.get("vendors", ["*"]), f"{where}.vendors"),
        ))
    return tuple(out)

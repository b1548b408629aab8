"""AuditRecord: one flat record per request, made of primitives only (no Finding/Decision types, no values).

The canonical byte encoding (the Merkle leaf) is specified and implemented below `AuditRecord`.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class FindingSummary:
    """Findings of one entity type in one request: counts and keyed fingerprints, never values."""

    type: str
    data_class: str
    count: int
    action: str
    """Treatment applied to this type ("allow", "redact", "pseudonymize", "block"...)."""
    fingerprints: tuple[str, ...] = ()
    """Keyed HMAC-SHA256 (hex, truncated to 32 chars) of each distinct normalized value."""


@dataclass(frozen=True, slots=True)
class AuditRecord:
    time: str
    """RFC 3339 UTC with microseconds, e.g. "2026-11-24T10:00:00.123456Z"."""
    request_id: str
    tenant: str
    key_id: str
    client_addr: str
    endpoint: str
    """Protocol endpoint, e.g. "openai.chat", "anthropic.messages"."""
    protocol: str
    """"openai" or "anthropic"."""
    model_requested: str
    vendor: str = ""
    model_routed: str = ""
    region: str = ""
    jurisdiction: str = ""
    rerouted_from: str = ""
    """Vendor the policy rerouted away from, if any."""
    action: str = ""
    rule: str = ""
    policy_id: str = ""
    policy_version: str = ""
    policy_sha256: str = ""
    shadow: bool = False
    findings: tuple[FindingSummary, ...] = ()
    opaque_parts: int = 0
    upstream_status: int = 0
    status: int = 0
    """HTTP status returned to the client."""
    latency_ms: float = 0.0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    bytes_in: int = 0
    bytes_out: int = 0
    streamed: bool = False
    error_class: str = ""
    """Stable kebab-case error code, empty on success."""
    attempts: tuple[str, ...] = field(default=())
    """Vendors tried in order (failover), e.g. ("echo-us", "echo-cn")."""
    trace_id: str = ""
    span_id: str = ""

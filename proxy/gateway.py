"""Gateway: the collaborators a request needs, built once at start-up and shared by every request."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from audit.record import AuditRecord
from audit.store import Leaf
from detectors import canonical_value
from policies import transform
from proxy.auth import KeyRing
from proxy.config import Config
from proxy.inspection import TextScanner
from proxy.offload import Offload, shared_offload
from proxy.routing import Router
from proxy.telemetry import Telemetry
from proxy.upstream import EchoUpstream, HttpUpstream


class AuditSink(Protocol):
    """What the request path needs of the audit log (audit.AuditLog implements it)."""

    @property
    def healthy(self) -> bool: ...

    async def append(self, record: AuditRecord) -> int:
        """Return once the record is durable; raise if it cannot be made durable."""
        ...

    async def append_leaf(self, leaf: Leaf) -> int:
        """`append` of a record already encoded (what the request path hands over: Exchange.to_leaf)."""
        ...


class Fingerprinter(Protocol):
    def fingerprint(self, entity_type: str, canonical: str) -> str: ...


class PolicySource(Protocol):
    """What the request path needs of the policy holder (policies.reload.PolicyHolder implements it)."""

    @property
    def current(self) -> Any: ...


@dataclass
class Gateway:
    config: Config
    keyring: KeyRing
    router: Router
    policies: PolicySource
    audit: AuditSink
    telemetry: Telemetry
    base_scanner: TextScanner | None
    """None when the config turns inspection off (benchmarks only)."""
    pseudonym_secret: bytes = field(repr=False)
    fingerprinter: Fingerprinter = field(repr=False)
    http: HttpUpstream = field(default_factory=HttpUpstream)
    echo: EchoUpstream = field(default_factory=EchoUpstream)
    fail_closed: bool = True
    draining: bool = False
    _scanners: dict[str, TextScanner] = field(default_factory=dict, repr=False)
    _tenant_keys: dict[str, bytes] = field(default_factory=dict, repr=False)

    def tenant_key(self, tenant: str) -> bytes:
        """The tenant's pseudonym key, derived once per tenant (an HMAC per request otherwise)."""
        key = self._tenant_keys.get(tenant)
        if key is None:
            key = self._tenant_keys[tenant] = transform.tenant_key(self.pseudonym_secret, tenant)
        return key

    @property
    def inspection_pool(self) -> Offload:
        """The bounded worker pool for big scans (prompts, answers, the scan endpoint), per `limits`."""
        limits = self.config.limits
        return shared_offload(limits.inspection_threads, limits.inspection_queue, limits.inspection_queue_chars)

    def scanner_for(self, policy: Any) -> TextScanner | None:
        """The base scanner plus the policy's own custom detectors, built once per policy version."""
        if self.base_scanner is None:
            return None
        extra = list(getattr(policy, "recognizers", []) or [])
        if not extra:
            return self.base_scanner
        key = policy.ref.sha256
        scanner = self._scanners.get(key)
        if scanner is None:
            scanner = self.base_scanner.with_extra(extra)  # type: ignore[attr-defined]
            self._scanners = {key: scanner}
        return scanner

    def fingerprint(self, entity_type: str, raw: str) -> str:
        """Keyed HMAC of the normalized value: the only derivative of a value that may leave memory."""
        return self.fingerprinter.fingerprint(entity_type, canonical_value(entity_type, raw))

"""Client authentication: virtual API keys, stored as sha256 digests, mapped to a tenant and roles."""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from fnmatch import fnmatchcase
from typing import Iterable, Mapping

from proxy.config import ClientKey
from proxy.errors import Forbidden, Unauthorized


@dataclass(frozen=True, slots=True)
class Client:
    key_id: str
    tenant: str
    roles: frozenset[str]
    models: tuple[str, ...]
    vendors: tuple[str, ...]

    def may_use_model(self, model: str) -> bool:
        return _matches(model, self.models)

    def may_use_vendor(self, vendor: str) -> bool:
        return _matches(vendor, self.vendors)


def _matches(name: str, patterns: tuple[str, ...]) -> bool:
    """Whether any glob matches; "*" (the usual grant) matches everything without a regex call."""
    for pattern in patterns:
        if pattern == "*" or fnmatchcase(name, pattern):
            return True
    return False


class KeyRing:
    """Looks a presented key up by its digest, then confirms with a constant-time comparison."""

    def __init__(self, keys: Iterable[ClientKey]) -> None:
        # Digest and Client are immutable per configured key: built once, not per request.
        self._by_digest: Mapping[bytes, tuple[bytes, Client]] = {
            bytes.fromhex(k.key_sha256): (bytes.fromhex(k.key_sha256),
                                          Client(k.id, k.tenant, frozenset(k.roles), k.models, k.vendors))
            for k in keys}

    def authenticate(self, headers: Mapping[str, str], role: str) -> Client:
        """Accept `Authorization: Bearer <key>` or `x-api-key: <key>`; raise 401/403."""
        presented = _presented_key(headers)
        if not presented:
            raise Unauthorized("missing-api-key", "No API key: send Authorization: Bearer <key> or x-api-key.")
        digest = hashlib.sha256(presented.encode("utf-8", "surrogatepass")).digest()
        entry = self._by_digest.get(digest)
        if entry is None or not hmac.compare_digest(entry[0], digest):
            raise Unauthorized("invalid-api-key", "Invalid API key.")
        client = entry[1]
        if role not in client.roles:
            raise Forbidden("role-not-allowed", f"This key does not have the {role} role.")
        return client


def _presented_key(headers: Mapping[str, str]) -> str:
    auth = headers.get("Authorization", "")
    if auth:
        scheme, _, token = auth.partition(" ")
        if scheme.lower() == "bearer":
            return token.strip()
        return ""
    return headers.get("x-api-key", "").strip() or headers.get("api-key", "").strip()

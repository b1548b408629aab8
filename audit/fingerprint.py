"""Keyed fingerprints of detected values: the only derivative of a value that the audit log holds.

fingerprint = hex(HMAC-SHA256(key, entity_type || 0x00 || canonical value))[:32]

The key (32 random bytes, hex, one line) lives in a 0600 file created on first use. Without it a
fingerprint cannot be brute-forced from the small space of phone or ID numbers; with it, incident
response can ask "which requests carried this number" (`guanqia audit find-value`). The entity type is
hashed in so that equal digits found as different types do not collide.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from pathlib import Path

from audit.signing import write_secret

FINGERPRINT_CHARS = 32


class Fingerprinter:
    def __init__(self, key: bytes) -> None:
        if len(key) < 16:
            raise ValueError("fingerprint key must be at least 16 bytes")
        self._key = key

    @classmethod
    def from_file(cls, path: Path, *, create: bool = True) -> Fingerprinter:
        if not path.exists():
            if not create:
                raise FileNotFoundError(f"fingerprint key file {path} does not exist")
            write_secret(path, secrets.token_bytes(32).hex() + "\n")
        return cls(bytes.fromhex(path.read_text(encoding="ascii").strip()))

    def fingerprint(self, entity_type: str, canonical: str) -> str:
        msg = entity_type.encode() + b"\x00" + canonical.encode()
        return hmac.new(self._key, msg, hashlib.sha256).hexdigest()[:FINGERPRINT_CHARS]

    def __repr__(self) -> str:
        return "Fingerprinter(<key>)"

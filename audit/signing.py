"""Ed25519 keys and signed notes in the C2SP signed-note format (https://c2sp.org/signed-note).

A note is UTF-8 text ending in a newline, a blank line, then one or more signature lines:

    <text, ending in \\n>
    \\n
    — <key name> <base64(key id (4 bytes) || Ed25519 signature (64 bytes))>\\n

The key id is the first 4 bytes of SHA-256(key name || "\\n" || 0x01 || public key); 0x01 is the
Ed25519 algorithm byte. Keys are written the way Go's golang.org/x/mod/sumdb/note writes them, so
auditors can check our checkpoints with standard tools:

    verifier key:  <name>+<key id, 8 hex>+<base64(0x01 || 32-byte public key)>
    signer key:    PRIVATE+KEY+<name>+<key id, 8 hex>+<base64(0x01 || 32-byte seed)>

Example verifier key: ``guanqia-audit+9f3a1c2e+AdLx...``. Several signatures may share a note (key
rotation co-signs the hand-over checkpoint with the old and the new key).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

ALG_ED25519 = 0x01
DASH = "\u2014"


class NoteError(ValueError):
    """A malformed note or key; the message says which part."""


def key_id(name: str, public: bytes) -> bytes:
    return hashlib.sha256(name.encode() + b"\n" + bytes([ALG_ED25519]) + public).digest()[:4]


def _check_name(name: str) -> None:
    if not name or "+" in name or any(c.isspace() for c in name) or DASH in name:
        raise NoteError(f"key name {name!r} must be non-empty, without '+', spaces or '{DASH}'")


@dataclass(frozen=True)
class Verifier:
    name: str
    public: bytes
    id: bytes = field(init=False)

    def __post_init__(self) -> None:
        _check_name(self.name)
        object.__setattr__(self, "id", key_id(self.name, self.public))

    @classmethod
    def parse(cls, vkey: str) -> Verifier:
        parts = vkey.strip().split("+", 2)
        if len(parts) != 3:
            raise NoteError("verifier key must be name+hash+base64")
        name, hexid, b64 = parts
        try:
            raw = base64.b64decode(b64, validate=True)
            want = bytes.fromhex(hexid)
        except (binascii.Error, ValueError):
            raise NoteError("verifier key has bad hex or base64") from None
        if len(raw) != 33 or raw[0] != ALG_ED25519:
            raise NoteError("verifier key is not an Ed25519 key")
        v = cls(name, raw[1:])
        if v.id != want:
            raise NoteError("verifier key hash does not match its name and key")
        return v

    def vkey(self) -> str:
        return f"{self.name}+{self.id.hex()}+{base64.b64encode(bytes([ALG_ED25519]) + self.public).decode()}"

    def verify(self, message: bytes, signature: bytes) -> bool:
        try:
            Ed25519PublicKey.from_public_bytes(self.public).verify(signature, message)
        except InvalidSignature:
            return False
        return True


@dataclass(frozen=True)
class Signer:
    name: str
    _private: Ed25519PrivateKey = field(repr=False)

    @classmethod
    def generate(cls, name: str) -> Signer:
        _check_name(name)
        return cls(name, Ed25519PrivateKey.generate())

    @classmethod
    def parse(cls, skey: str) -> Signer:
        parts = skey.strip().split("+", 4)
        if len(parts) != 5 or parts[:2] != ["PRIVATE", "KEY"]:
            raise NoteError("signer key must be PRIVATE+KEY+name+hash+base64")
        _, _, name, hexid, b64 = parts
        try:
            raw = base64.b64decode(b64, validate=True)
        except binascii.Error:
            raise NoteError("signer key has bad base64") from None
        if len(raw) != 33 or raw[0] != ALG_ED25519:
            raise NoteError("signer key is not an Ed25519 key")
        signer = cls(name, Ed25519PrivateKey.from_private_bytes(raw[1:]))
        if signer.verifier.id.hex() != hexid:
            raise NoteError("signer key hash does not match its key")
        return signer

    @property
    def verifier(self) -> Verifier:
        return Verifier(self.name, self._private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))

    def skey(self) -> str:
        from cryptography.hazmat.primitives.serialization import NoEncryption, PrivateFormat
        seed = self._private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
        v = self.verifier
        return f"PRIVATE+KEY+{self.name}+{v.id.hex()}+{base64.b64encode(bytes([ALG_ED25519]) + seed).decode()}"

    def signature_line(self, text: bytes) -> str:
        sig = self._private.sign(text)
        return f"{DASH} {self.name} {base64.b64encode(self.verifier.id + sig).decode()}\n"


def sign_note(text: str, signers: list[Signer]) -> bytes:
    """The signed note: `text` (must end in a newline, no blank-line terminator) signed by each signer."""
    if not text.endswith("\n") or "\n\n" in text:
        raise NoteError("note text must end in a newline and contain no blank line")
    raw = text.encode()
    return (text + "\n" + "".join(s.signature_line(raw) for s in signers)).encode()


@dataclass(frozen=True)
class Signature:
    name: str
    id: bytes
    sig: bytes


def split_note(note: bytes) -> tuple[str, list[Signature]]:
    """Text and signature lines of a note, without checking any signature."""
    try:
        s = note.decode("utf-8")
    except UnicodeDecodeError:
        raise NoteError("note is not UTF-8") from None
    cut = s.rfind("\n\n")
    if cut < 0 or not s.endswith("\n"):
        raise NoteError("note has no signature block")
    text, block = s[: cut + 1], s[cut + 2:]
    sigs = []
    for line in block.splitlines():
        parts = line.split(" ")
        if len(parts) != 3 or parts[0] != DASH:
            raise NoteError("malformed signature line")
        try:
            raw = base64.b64decode(parts[2], validate=True)
        except binascii.Error:
            raise NoteError("signature is not base64") from None
        if len(raw) < 5:
            raise NoteError("signature too short")
        sigs.append(Signature(parts[1], raw[:4], raw[4:]))
    if not sigs:
        raise NoteError("note has no signatures")
    return text, sigs


def open_note(note: bytes, verifiers: list[Verifier]) -> tuple[str, list[Verifier]]:
    """Text of the note and the known keys that signed it; raises NoteError unless at least one did.

    A signature by a known key name and id that does not verify is an error (forgery or corruption),
    not merely an unknown signature, so tampering never hides behind a second good signature.
    """
    text, sigs = split_note(note)
    by_id = {(v.name, v.id): v for v in verifiers}
    good: list[Verifier] = []
    for s in sigs:
        v = by_id.get((s.name, s.id))
        if v is None:
            continue
        if not v.verify(text.encode(), s.sig):
            raise NoteError(f"signature by key {v.name}+{v.id.hex()} does not verify")
        good.append(v)
    if not good:
        names = ", ".join(f"{s.name}+{s.id.hex()}" for s in sigs)
        raise NoteError(f"note is not signed by any trusted key (signed by {names})")
    return text, good


def write_secret(path: Path, text: str) -> None:
    """Create a 0600 file; never overwrite (a lost signing key must not be silently replaced)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())


def read_verifiers(text: str) -> list[Verifier]:
    """Verifier keys, one per line; blank lines and '#' comments ignored."""
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(Verifier.parse(line))
    return out

"""The log's signing key and the published list of every verifier key it ever used (rotation).

Files (paths from AuditConfig, defaults under <data_dir>/keys/):

    audit-signing.key     0600, one line "PRIVATE+KEY+<name>+<id>+<base64>": the current key only
    audit-verifiers.txt   append-only, one verifier key per line, oldest first: what auditors pin

Rotation writes the new private key, appends its verifier key, and the caller co-signs a hand-over
checkpoint with both keys; the old private key is then destroyed while its public key stays published,
so every checkpoint ever signed still verifies.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from audit.signing import NoteError, Signer, Verifier, read_verifiers, write_secret


@dataclass
class KeyFiles:
    signing_key_file: Path
    verifier_keys_file: Path
    key_name: str

    def load(self, *, create: bool) -> tuple[Signer | None, list[Verifier]]:
        """The current signer (None if absent and not `create`) and all published verifiers."""
        signer: Signer | None = None
        if self.signing_key_file.exists():
            signer = Signer.parse(self.signing_key_file.read_text(encoding="ascii"))
        elif create:
            signer = Signer.generate(self.key_name)
            write_secret(self.signing_key_file, signer.skey() + "\n")
        verifiers = self.verifiers()
        if signer is not None and signer.verifier not in verifiers:
            self._publish(signer.verifier)
            verifiers.append(signer.verifier)
        return signer, verifiers

    def verifiers(self) -> list[Verifier]:
        if not self.verifier_keys_file.exists():
            return []
        return read_verifiers(self.verifier_keys_file.read_text(encoding="ascii"))

    def _publish(self, v: Verifier) -> None:
        self.verifier_keys_file.parent.mkdir(parents=True, exist_ok=True)
        with open(self.verifier_keys_file, "a", encoding="ascii") as fh:
            fh.write(v.vkey() + "\n")
            fh.flush()
            os.fsync(fh.fileno())

    def rotate(self, new_name: str) -> tuple[Signer, Signer]:
        """Replace the signing key by a new one named `new_name`; return (old, new).

        The new verifier key is published before the private key file is swapped, so a crash in
        between never leaves a checkpoint signed by an unpublished key.
        """
        old, _ = self.load(create=False)
        if old is None:
            raise NoteError(f"no signing key at {self.signing_key_file} to rotate")
        new = Signer.generate(new_name)
        if new.verifier.id == old.verifier.id:
            raise NoteError("new key collides with the old key id")
        self._publish(new.verifier)
        tmp = self.signing_key_file.with_suffix(".new")
        if tmp.exists():
            tmp.unlink()
        write_secret(tmp, new.skey() + "\n")
        os.replace(tmp, self.signing_key_file)
        return old, new

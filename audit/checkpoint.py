"""Checkpoints in the C2SP tlog-checkpoint format (https://c2sp.org/tlog-checkpoint), as signed notes.

The note text is three lines, plus at most one extension line of ours (others found are kept):

    <origin>\\n              e.g. "guanqia.local/audit": names the log, so a checkpoint of one log
                             never verifies as another's
    <tree size>\\n           decimal, no leading zeros
    <root hash>\\n           base64 (standard, padded) of the 32-byte RFC 6962 root
    guanqia/pruned-below <n>\\n  only once retention has pruned: record bodies below index n may
                             be absent. Signing it means an attacker cannot pass deletions off
                             as retention by moving the watermark in the database.

followed by a blank line and signature lines (audit/signing.py). Example, a tree of four leaves,
verifiable with the key guanqia-audit+3664375d+AexJuBGh/99LVCAEAPyUkiw8yDD0Q/zHfHRkhw11bJPj:

    guanqia.local/audit
    4
    n0o/wg1BYtw31OI9kHhIcxp2BD//9taSiL8av7z/R44=

    — guanqia-audit NmQ3XSXoNF4qEKtPIsSdZWpKD22MUQTBu7LZb8Ov0bcWPpXwpVmmfuyK41Q6H4ddAFGzh8gZaDPYxgLIJEWGzPnzfAY=
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass

from audit.merkle import HASH_SIZE
from audit.signing import NoteError, Signer, Verifier, open_note, sign_note

PRUNED_EXTENSION = "guanqia/pruned-below "


@dataclass(frozen=True)
class Checkpoint:
    origin: str
    size: int
    root: bytes
    extensions: tuple[str, ...] = ()

    @property
    def pruned_below(self) -> int:
        """The signed retention watermark (0 when the checkpoint carries none)."""
        for line in self.extensions:
            if line.startswith(PRUNED_EXTENSION):
                value = line[len(PRUNED_EXTENSION):]
                if value.isdigit():
                    return int(value)
        return 0

    def text(self) -> str:
        lines = [self.origin, str(self.size), base64.b64encode(self.root).decode(), *self.extensions]
        return "\n".join(lines) + "\n"

    def sign(self, signers: list[Signer]) -> bytes:
        return sign_note(self.text(), signers)

    @classmethod
    def parse_text(cls, text: str) -> Checkpoint:
        lines = text.split("\n")
        if len(lines) < 4 or lines[-1] != "":
            raise NoteError("checkpoint must have origin, size and root lines")
        origin, size, root = lines[0], lines[1], lines[2]
        if not origin:
            raise NoteError("checkpoint origin is empty")
        if not size.isdigit() or (size != "0" and size.startswith("0")):
            raise NoteError("checkpoint size is not a decimal number")
        try:
            raw = base64.b64decode(root, validate=True)
        except binascii.Error:
            raise NoteError("checkpoint root is not base64") from None
        if len(raw) != HASH_SIZE:
            raise NoteError("checkpoint root is not 32 bytes")
        return cls(origin, int(size), raw, tuple(lines[3:-1]))


def open_checkpoint(note: bytes, verifiers: list[Verifier], origin: str | None = None) -> Checkpoint:
    """Verify a signed checkpoint and parse it; raises NoteError (bad signature, unknown key, wrong origin)."""
    text, _ = open_note(note, verifiers)
    cp = Checkpoint.parse_text(text)
    if origin is not None and cp.origin != origin:
        raise NoteError(f"checkpoint is for log {cp.origin!r}, not {origin!r}")
    return cp

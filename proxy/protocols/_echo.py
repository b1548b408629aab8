"""Helpers for the built-in echo vendor's answers: ids, token estimates, chunking, vectors."""

from __future__ import annotations

import hashlib
import struct
import time

ECHO_CHUNKS = 4
"""A streamed echo reply is split into this many deltas (fewer for very short replies)."""

EMBEDDING_DIMS = 8


def echo_id(prefix: str, sent_body: bytes) -> str:
    """Deterministic per body, so a repeated call gets the same id (easy to spot in the audit log)."""
    return prefix + hashlib.sha256(sent_body).hexdigest()[:24]


def now() -> int:
    return int(time.time())


def estimate_tokens(text: str) -> int:
    """Rough count for echo usage: one per CJK character, one per four other characters."""
    wide = sum(1 for ch in text if ord(ch) >= 0x2E80)
    return wide + (len(text) - wide + 3) // 4


def split_text(text: str, parts: int = ECHO_CHUNKS) -> list[str]:
    """`text` cut into up to `parts` non-empty pieces, at code-point boundaries."""
    if not text:
        return [""]
    size = max(1, -(-len(text) // parts))
    return [text[i:i + size] for i in range(0, len(text), size)]


def vector(item: bytes) -> list[float]:
    """A deterministic unit-free vector in [-1, 1) from a hash of the input item."""
    digest = hashlib.sha256(item).digest()
    return [round(struct.unpack_from(">h", digest, 2 * i)[0] / 32768.0, 6) for i in range(EMBEDDING_DIMS)]

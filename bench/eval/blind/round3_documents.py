"""All round-3 blind documents, in a fixed order (document ids follow this order)."""
from __future__ import annotations

from bench.eval.blind import round3_chat, round3_mixed, round3_nogold, round3_official, round3_regional

DOCS: list[tuple[str, str, str | None]] = (
    round3_chat.DOCS + round3_official.DOCS + round3_regional.DOCS + round3_mixed.DOCS + round3_nogold.DOCS
)

"""Round 4 blind documents: people's names in running text (written by hand, synthetic)."""
from __future__ import annotations

DOCS: list[tuple[str, str, str | None]] = []

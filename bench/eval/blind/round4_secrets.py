"""Round 4 blind documents: passwords, tokens and connection strings (written by hand, synthetic)."""
from __future__ import annotations

DOCS: list[tuple[str, str, str | None]] = []

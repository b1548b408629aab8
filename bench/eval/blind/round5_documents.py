"""All round-5 blind documents, in a fixed order (document ids follow this order).

No-gold look-alikes first, then people / places / organisations, then credentials and evasive identity numbers.
"""
from __future__ import annotations

from bench.eval.blind import round5_nogold, round5_people, round5_secrets

DOCS: list[tuple[str, str, str | None]] = round5_nogold.DOCS + round5_people.DOCS + round5_secrets.DOCS

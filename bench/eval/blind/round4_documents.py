"""All round-4 blind documents, in a fixed order (document ids follow this order).

Round 4 was written after the round-3 hold-out figures were known, to find what PERSON and the credential
types still miss without opening the hold-out: people's names in running text, and passwords, tokens and
connection strings as engineers really paste them.
"""
from __future__ import annotations

from bench.eval.blind import round4_people, round4_secrets

DOCS: list[tuple[str, str, str | None]] = round4_people.DOCS + round4_secrets.DOCS

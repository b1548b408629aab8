"""All hand-written blind documents, in a fixed order (document ids follow this order)."""
from __future__ import annotations

from bench.eval.blind import docs_evasive, docs_negative, docs_people, docs_tech

DOCS: list[tuple[str, str, str | None]] = docs_people.DOCS + docs_tech.DOCS + docs_evasive.DOCS + docs_negative.DOCS

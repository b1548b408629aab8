"""All hold-out documents, in a fixed order (document ids and synthetic values follow this order)."""
from __future__ import annotations

from bench.eval.blind import holdout_code, holdout_evasive, holdout_nogold, holdout_regional, holdout_service

DOCS: list[tuple[str, str, str | None]] = (holdout_service.DOCS + holdout_regional.DOCS + holdout_code.DOCS
                                           + holdout_evasive.DOCS + holdout_nogold.DOCS)

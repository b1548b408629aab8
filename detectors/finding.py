"""Finding: one detected value, located by offsets into the text the user wrote (never the value itself)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Finding:
    """A detected value. Field names equal the JSON keys printed by `guanqia scan`."""

    type: str
    """Canonical entity type, e.g. "CN_ID_CARD" (see detectors/catalogue.py)."""
    start: int
    """Code-point offset into the ORIGINAL text, inclusive."""
    end: int
    """Code-point offset into the ORIGINAL text, exclusive."""
    score: float
    """0..1; validated check-digit matches score 1.0."""
    detector: str
    """Name of the recognizer that produced it (for explain and tuning)."""

    def to_json(self) -> dict[str, object]:
        return {"type": self.type, "start": self.start, "end": self.end,
                "score": round(self.score, 4), "detector": self.detector}

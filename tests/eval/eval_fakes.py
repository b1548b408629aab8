"""Stand-in detectors with known behaviour, so the runner's scoring can be checked against what it must print."""

from __future__ import annotations

from typing import Any

GOLD: dict[str, dict[str, Any]] = {}


def oracle(text: str) -> list[dict[str, Any]]:
    """Returns exactly the gold spans: every target must pass."""
    rec = GOLD.get(text)
    return (
        [{"type": s["type"], "start": s["start"], "end": s["end"], "score": 1.0} for s in rec["spans"]]
        if rec
        else []
    )


def silent(text: str) -> list[dict[str, Any]]:
    """Finds nothing: recall 0 everywhere, no false alarms."""
    return []


def decoy_hunter(text: str) -> list[dict[str, Any]]:
    """The gold spans plus a CN_ID_CARD finding on every decoy: every document with a decoy is a false alarm."""
    rec = GOLD.get(text)
    if not rec:
        return []
    return oracle(text) + [
        {"type": "CN_ID_CARD", "start": d["start"], "end": d["end"]} for d in rec["decoys"]
    ]


def fragile(text: str) -> list[dict[str, Any]]:
    """Perfect, except that it raises on documents that contain a bank card."""
    rec = GOLD.get(text)
    if rec and any(s["type"] == "BANK_CARD" for s in rec["spans"]):
        raise KeyError("county")
    return oracle(text)

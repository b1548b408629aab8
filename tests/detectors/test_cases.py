"""Runs tests/detectors/cases/*.yaml: positives with exact spans, hard negatives by type."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

import detectors

CASES = Path(__file__).parent / "cases"


def _load() -> list[Any]:
    out = []
    for path in sorted(CASES.glob("*.yaml")):
        for group, cases in yaml.safe_load(path.read_text(encoding="utf-8")).items():
            for i, case in enumerate(cases):
                out.append(pytest.param(case, id=f"{path.stem}:{group}:{i}"))
    return out


@pytest.mark.parametrize("case", _load())
def test_case(case: dict[str, Any]) -> None:
    text = case["text"]
    found = detectors.scan(text)
    spans = {(f.type, f.start, f.end) for f in found}
    for entity_type, value in case.get("find", []):
        start = text.index(value)
        assert (entity_type, start, start + len(value)) in spans, \
            f"{entity_type} {value!r} not found exactly; got {[(f.type, text[f.start:f.end]) for f in found]}"
    for entity_type in case.get("none", []):
        bad = [text[f.start:f.end] for f in found if f.type == entity_type]
        assert not bad, f"false {entity_type}: {bad}"

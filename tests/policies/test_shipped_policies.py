"""CI runs every shipped policy's YAML test cases (policies/**/*_test.yaml) through the real detectors."""

from __future__ import annotations

from pathlib import Path

import pytest

import policies
from policies.testing import discover, run_file

ROOT = Path(policies.__file__).parent
TEST_FILES = discover(ROOT)


def test_every_shipped_policy_has_tests() -> None:
    shipped = {p for p in ROOT.rglob("*.yaml") if not p.name.endswith("_test.yaml")}
    tested = {p.with_name(p.name.removesuffix("_test.yaml") + ".yaml") for p in TEST_FILES}
    assert shipped and shipped <= tested, sorted(str(p) for p in shipped - tested)


@pytest.mark.parametrize("test_file", TEST_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_shipped_policy_cases(test_file: Path) -> None:
    results = run_file(test_file)
    assert results
    failed = [f"{r.where} {r.note}: " + "; ".join(r.failures) for r in results if not r.passed]
    assert not failed, "\n".join(failed)

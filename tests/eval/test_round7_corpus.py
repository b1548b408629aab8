"""The round-7 PERSON corpus is exactly what its seeded generator writes, and every label is valid.

A hand edit to bench/eval/corpus/blind-round7.jsonl, or a generator change that shifts texts or offsets, fails
here; so does a record bench.eval.labels would refuse, or a no-gold document that gained a span.
"""

from __future__ import annotations

import json
from pathlib import Path

from bench.eval import labels
from bench.eval.blind import build


def test_round7_rebuild_is_byte_identical_and_valid(tmp_path: Path) -> None:
    out = tmp_path / build.ROUND7_OUT.name
    assert build.main(["--round7", "--out", str(out)]) == 0
    assert out.read_bytes() == build.ROUND7_OUT.read_bytes()
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {r["split"] for r in records} == {"round7"}
    assert {r["id"]: p for r in records if (p := labels.problems(r))} == {}
    negatives = [r for r in records if r["kind"].startswith("neg_")]
    assert len(negatives) >= 0.35 * len(records)
    assert all(not r["spans"] for r in negatives)

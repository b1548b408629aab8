"""The hand-written corpora (blind, hold-out, rounds 3 to 6) are exactly what their builder writes; every label is valid.

A hand edit to a committed .jsonl, or a builder change that shifts ids, offsets or synthetic values, fails
here; so does a record that bench.eval.labels would refuse (span invalid for its type, decoy passing its
check).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.eval import labels
from bench.eval.blind import build

CORPORA = {
    "blind": ([], build.OUT),
    "holdout": (["--holdout"], build.HOLDOUT_OUT),
    "round3": (["--round3"], build.ROUND3_OUT),
    "round4": (["--round4"], build.ROUND4_OUT),
    "round5": (["--round5"], build.ROUND5_OUT),
    "round6": (["--round6"], build.ROUND6_OUT),
    "round7": (["--round7"], build.ROUND7_OUT),
    "round8": (["--round8"], build.ROUND8_OUT),
    "round9s": (["--round9s"], build.ROUND9S_OUT),
    "round9o": (["--round9o"], build.ROUND9O_OUT),
    "round9p": (["--round9p"], build.ROUND9P_OUT),
    "round10p": (["--round10p"], build.ROUND10P_OUT),
    "round10o": (["--round10o"], build.ROUND10O_OUT),
    "round10a": (["--round10a"], build.ROUND10A_OUT),
    "round10s": (["--round10s"], build.ROUND10S_OUT),
    "round11k": (["--round11k"], build.ROUND11K_OUT),
    "round11s": (["--round11s"], build.ROUND11S_OUT),
    "round11n": (["--round11n"], build.ROUND11N_OUT),
    "round12c": (["--round12c"], build.ROUND12C_OUT),
    "round12g": (["--round12g"], build.ROUND12G_OUT),
    "round12p": (["--round12p"], build.ROUND12P_OUT),
    "round13n": (["--round13n"], build.ROUND13N_OUT),
    "round13w": (["--round13w"], build.ROUND13W_OUT),
    "round13a": (["--round13a"], build.ROUND13A_OUT),
    "round13e": (["--round13e"], build.ROUND13E_OUT),
    "round13d": (["--round13d"], build.ROUND13D_OUT),
    "round14a": (["--round14a"], build.ROUND14A_OUT),
    "round14o": (["--round14o"], build.ROUND14O_OUT),
    "round14w": (["--round14w"], build.ROUND14W_OUT),
    "round14n": (["--round14n"], build.ROUND14N_OUT),
    "round15a": (["--round15a"], build.ROUND15A_OUT),
    "round15w": (["--round15w"], build.ROUND15W_OUT),
    "round15e": (["--round15e"], build.ROUND15E_OUT),
    "round15o": (["--round15o"], build.ROUND15O_OUT),
    "round15n": (["--round15n"], build.ROUND15N_OUT),
    "round16j": (["--round16j"], build.ROUND16J_OUT),
    "round16n": (["--round16n"], build.ROUND16N_OUT),
    "round16w": (["--round16w"], build.ROUND16W_OUT),
    "round17o": (["--round17o"], build.ROUND17O_OUT),
    "round17p": (["--round17p"], build.ROUND17P_OUT),
}


@pytest.fixture(scope="module", params=sorted(CORPORA))
def rebuilt(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[str, Path, Path]:
    """(split, committed file, file rebuilt from the document sources in a temp dir)."""
    args, committed = CORPORA[request.param]
    out = tmp_path_factory.mktemp(request.param) / committed.name
    assert build.main([*args, "--out", str(out)]) == 0
    return request.param, committed, out


def test_committed_file_is_byte_identical_to_a_rebuild(rebuilt: tuple[str, Path, Path]) -> None:
    _, committed, out = rebuilt
    assert out.read_bytes() == committed.read_bytes()


def test_every_record_passes_the_label_rules(rebuilt: tuple[str, Path, Path]) -> None:
    split, committed, _ = rebuilt
    records = [json.loads(line) for line in committed.read_text(encoding="utf-8").splitlines()]
    assert records, committed
    assert {r["split"] for r in records} == {split}
    found = {r["id"]: labels.problems(r) for r in records}
    assert {k: v for k, v in found.items() if v} == {}


def test_the_corpora_share_no_document() -> None:
    """The hand-written corpora are independent: no text of one also appears in another."""
    texts = {}
    for name, (_, path) in CORPORA.items():
        texts[name] = {json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()}
    earlier: set[str] = set()
    for name in ("blind", "holdout", "round3", "round4", "round5", "round6", "round7", "round8", "round9s", "round9o", "round9p",
                 "round10p", "round10o", "round10a", "round10s", "round11k", "round11s", "round11n",
                 "round12c", "round12g", "round12p", "round13n", "round13w", "round13a", "round13e", "round13d",
                 "round14a", "round14o", "round14w", "round14n", "round15a", "round15w", "round15e", "round15o", "round15n",
                 "round16j", "round16n", "round16w", "round17o", "round17p"):
        assert not texts[name] & earlier, name
        earlier |= texts[name]


def test_a_mislabeled_span_is_refused_by_the_builder() -> None:
    """The validation the byte comparison relies on really runs: a wrong check digit stops the build."""
    with pytest.raises(ValueError, match="bad ID"):
        build.build_record(0, "probe", "身份证 {{CN_ID_CARD:110105194912310020}}", None, "holdout")

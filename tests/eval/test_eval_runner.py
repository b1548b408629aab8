"""bench/eval/run.py: predictions file, per-type scores, targets and the hard-negative rate, via its CLI entry."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bench.eval import run, scoring

HERE = Path(__file__).resolve().parent


@pytest.fixture
def small(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The first 200 test-split documents, with the fake detectors primed on their gold."""
    monkeypatch.syspath_prepend(str(HERE))
    import eval_fakes

    lines = (run.HERE / "corpus" / "test.jsonl").read_text(encoding="utf-8").splitlines()[:200]
    path = tmp_path / "small.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    eval_fakes.GOLD.clear()
    eval_fakes.GOLD.update({r["text"]: r for r in map(json.loads, lines)})
    return path


def run_json(
    capsys: pytest.CaptureFixture[str], corpus: Path, tmp_path: Path, *extra: str
) -> tuple[int, dict[str, Any]]:
    code = run.main(["--corpus", str(corpus), "--preds", str(tmp_path / "p.jsonl"), "--json", *extra])
    return code, json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("builtin", [[], ["--builtin"]])
def test_perfect_detector_passes_every_target(
    small: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], builtin: list[str]
) -> None:
    code, res = run_json(capsys, small, tmp_path, "--detector", "eval_fakes:oracle", *builtin)
    assert code == 0
    assert all(t["pass"] for t in res["targets"]) and res["targets"]
    assert res["negatives"]["flagged"] == 0 and res["negatives"]["docs"] > 50
    preds = [json.loads(x) for x in (tmp_path / "p.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(preds) == 200 and {"id", "findings"} <= set(preds[0])


def test_silent_detector_fails_with_zero_recall(
    small: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, res = run_json(capsys, small, tmp_path, "--detector", "eval_fakes:silent", "--builtin")
    assert code == 1
    assert {v["overlap"]["recall"] for v in res["types"].values()} == {0.0}
    assert not any(t["pass"] for t in res["targets"])


def test_flagging_decoys_breaks_the_hard_negative_target(
    small: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, res = run_json(capsys, small, tmp_path, "--detector", "eval_fakes:decoy_hunter")
    assert code == 1
    assert res["negatives"]["rate"] == 1.0
    assert res["decoys_total"]["rate"] == 1.0
    assert res["types"]["CN_ID_CARD"]["overlap"]["recall"] == 1.0
    assert res["types"]["CN_ID_CARD"]["overlap"]["precision"] < 0.5


def test_builtin_scorer_agrees_with_the_shared_one(
    small: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if not run.SHARED_SCORER.exists():
        pytest.skip("../shared/eval/score.py is not in this checkout")
    _, shared = run_json(capsys, small, tmp_path, "--detector", "eval_fakes:decoy_hunter")
    _, builtin = run_json(capsys, small, tmp_path, "--detector", "eval_fakes:decoy_hunter", "--builtin")
    assert shared["meta"]["scorer"] != builtin["meta"]["scorer"]
    for key in ("negatives", "decoys_total"):
        assert {k: shared[key][k] for k in builtin[key]} == builtin[key]
    assert {
        t: {m: v[m] for m in ("gold", "pred", "overlap", "exact")} for t, v in shared["types"].items()
    } == {t: {m: v[m] for m in ("gold", "pred", "overlap", "exact")} for t, v in builtin["types"].items()}


def test_nested_password_is_excused_when_its_connection_string_is_found() -> None:
    text = "url=mysql://u:pw123456@db:3306/x"
    doc = {
        "text": text,
        "spans": [
            {"type": "DB_CONNECTION_STRING", "start": 4, "end": len(text)},
            {"type": "PASSWORD", "start": 14, "end": 22},
        ],
        "decoys": [],
    }
    res = scoring.score(
        [doc],
        [[{"type": "DB_CONNECTION_STRING", "start": 4, "end": len(text)}]],
        {"DB_CONNECTION_STRING", "PASSWORD"},
    )
    assert res["types"]["DB_CONNECTION_STRING"]["overlap"]["f1"] == 1.0
    assert "PASSWORD" in res["types"] and res["types"]["PASSWORD"]["overlap"]["recall"] == 1.0


def test_missing_detector_gives_a_clear_message(small: Path) -> None:
    with pytest.raises(SystemExit, match="not available"):
        run.main(["--corpus", str(small), "--detector", "no_such_module_xyz:scan"])


def test_error_patterns_show_the_missed_value_in_context(
    small: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run.main(
        [
            "--corpus",
            str(small),
            "--preds",
            str(tmp_path / "p.jsonl"),
            "--detector",
            "eval_fakes:silent",
            "--builtin",
            "--errors",
            "3",
        ]
    )
    out = capsys.readouterr().out
    assert "worst 3 error patterns" in out and "miss PERSON" in out and "[" in out


def test_a_detector_crash_is_reported_and_fails_the_run(
    small: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, res = run_json(capsys, small, tmp_path, "--detector", "eval_fakes:fragile", "--builtin")
    assert code == 1
    crashed = res["meta"]["crashes"]
    assert crashed and all(v.startswith("KeyError") for v in crashed.values())
    assert res["types"]["BANK_CARD"]["overlap"]["recall"] == 0.0

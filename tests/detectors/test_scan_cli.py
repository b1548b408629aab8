"""`guanqia scan` through the installed console script, as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

GUANQIA = str(Path(sys.executable).parent / "guanqia")
TEXT = "客户：手机 13800138000，邮箱 zhang.wei@example.com，身份证 110105199003071239。"


def run(args: list[str], stdin: bytes) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([GUANQIA, "scan", *args], input=stdin, capture_output=True, timeout=120)


def test_json_output_has_code_point_offsets_and_masked_values() -> None:
    res = run([], TEXT.encode())
    assert res.returncode == 0, res.stderr
    findings = json.loads(res.stdout)
    assert [f["type"] for f in findings] == ["CN_PHONE", "EMAIL", "CN_ID_CARD"]
    for f in findings:
        assert set(f) >= {"type", "start", "end", "score", "detector", "value"}
        raw = TEXT[f["start"]:f["end"]]
        assert len(f["value"]) == len(raw)
        if f["type"] == "EMAIL":
            assert f["value"] == "*" * len(raw)
        else:  # numbers keep their last two digits, the usual way to tell them apart
            assert f["value"] == "*" * (len(raw) - 2) + raw[-2:]
    assert b"13800138000" not in res.stdout


def test_names_addresses_and_organisations_are_masked_whole() -> None:
    text = "收件人：王小明，地址：北京市朝阳区建国路88号3栋1201室，单位：北京协和医院。"
    res = run([], text.encode())
    assert res.returncode == 0, res.stderr
    findings = json.loads(res.stdout)
    assert {f["type"] for f in findings} >= {"PERSON", "ADDRESS", "ORG"}
    for f in findings:
        assert f["value"] == "*" * (f["end"] - f["start"]), f
    out = res.stdout.decode()
    assert "号" not in out and "室" not in out and "医院" not in out and "明" not in out


def test_show_values_and_table() -> None:
    res = run(["--format", "table", "--show-values"], TEXT.encode())
    assert res.returncode == 0
    out = res.stdout.decode()
    assert out.splitlines()[0].split() == ["type", "start", "end", "score", "detector", "value"]
    assert "13800138000" in out and "zhang.wei@example.com" in out


def test_files_and_exit_code(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(TEXT, encoding="utf-8")
    b.write_text("nothing to see here", encoding="utf-8")
    res = run([str(a), str(b)], b"")
    assert res.returncode == 0
    assert {f["file"] for f in json.loads(res.stdout)} == {str(a)}
    assert run(["--exit-code", str(a)], b"").returncode == 1
    assert run(["--exit-code", str(b)], b"").returncode == 0


def test_jsonl_bulk_keeps_fields_and_reports_bad_line_number() -> None:
    lines = [json.dumps({"id": "d1", "text": TEXT}, ensure_ascii=False), json.dumps({"id": "d2", "text": "无"})]
    res = run(["--jsonl"], ("\n".join(lines) + "\n").encode())
    assert res.returncode == 0, res.stderr
    out = [json.loads(x) for x in res.stdout.decode().splitlines()]
    assert [o["id"] for o in out] == ["d1", "d2"]
    assert len(out[0]["findings"]) == 3 and out[1]["findings"] == []
    bad = run(["--jsonl"], (lines[0] + "\n{not json 13800138000\n").encode())
    assert bad.returncode == 2
    assert b"<stdin>:2" in bad.stderr and b"13800138000" not in bad.stderr


def test_invalid_utf8_and_missing_file_are_usage_errors(tmp_path: Path) -> None:
    assert run([], b"\xff\xfe\x00").returncode == 2
    assert run([str(tmp_path / "missing.txt")], b"").returncode == 2
    assert run(["--format", "xml"], b"").returncode == 2


def test_policy_custom_detectors_are_used() -> None:
    policy = Path(__file__).resolve().parents[2] / "policies" / "examples" / "secrets-blocked-everywhere.yaml"
    res = run(["--policy", str(policy)], "下周评审青龙计划，联系 13800138000".encode())
    assert res.returncode == 0, res.stderr
    assert [f["type"] for f in json.loads(res.stdout)] == ["PROJECT_CODENAME", "CN_PHONE"]


def test_bad_policy_is_a_usage_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: x\ndetectors:\n  - type: lower\n    keywords: [a]\n", encoding="utf-8")
    assert run(["--policy", str(bad)], b"x").returncode == 2

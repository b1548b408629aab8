"""`guanqia policy check | test | explain` through the real console command."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import policies

GUANQIA = Path(sys.executable).parent / "guanqia"
ROOT = Path(policies.__file__).parent


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(GUANQIA), "policy", *args], check=False, capture_output=True, text=True, input=stdin,
                          timeout=120)


def test_check_ok_and_invalid(tmp_path: Path) -> None:
    ok = run("check", str(ROOT / "builtin" / "default.yaml"))
    assert ok.returncode == 0, ok.stderr
    assert "builtin-default" in ok.stdout
    bad = tmp_path / "bad.yaml"
    bad.write_text("schema: guanqia.policy/v1\nid: b\nversion: '1'\ndefault: {action: allow}\nrulse: []\n")
    out = run("check", str(bad))
    assert out.returncode == 1
    assert f"{bad}:5:1: unknown key 'rulse'" in out.stderr


def test_check_against_serve_config_names(tmp_path: Path) -> None:
    config = tmp_path / "serve.yaml"
    config.write_text(
        "version: 1\nvendors:\n  echo-cn: {protocol: echo, region: cn-mainland, jurisdiction: CN, models: [echo-cn]}\n"
        "routes:\n  - {model: echo-cn, to: [echo-cn]}\n", encoding="utf-8")
    policy = tmp_path / "p.yaml"
    policy.write_text("schema: guanqia.policy/v1\nid: p\nversion: '1'\nrules:\n"
                      "  - {id: r, when: {vendor: echo-sg, data_class: personal}, action: block}\n"
                      "default: {action: allow}\n", encoding="utf-8")
    out = run("check", str(policy), "--config", str(config))
    assert out.returncode == 1
    assert "vendor 'echo-sg' is not in" in out.stderr
    policy.write_text(policy.read_text().replace("echo-sg", "echo-cn"))
    out = run("check", str(policy), "--config", str(config))
    assert out.returncode == 0, out.stderr
    policy.write_text(policy.read_text().replace("default:", "tenants: {finance: {regions: [cn-mainland]}}\ndefault:"))
    out = run("check", str(policy), "--config", str(config))
    assert out.returncode == 0 and "tenant 'finance' has no client key" in out.stderr


def test_test_command_reports_pass_and_fail(tmp_path: Path) -> None:
    (tmp_path / "p.yaml").write_bytes((ROOT / "builtin" / "default.yaml").read_bytes())
    (tmp_path / "p_test.yaml").write_text(
        "cases:\n"
        "  - {note: phone abroad, vendor: echo-us, prompt: 电话 13812345678,\n"
        "     want: {action: redact, sent: '电话 [CN_PHONE_1]'}}\n"
        "  - {note: wrong on purpose, vendor: echo-cn, prompt: 电话 13812345678, want: {action: block}}\n",
        encoding="utf-8")
    out = run("test", str(tmp_path / "p_test.yaml"))
    assert out.returncode == 1
    assert "FAIL" in out.stdout and "wrong on purpose" in out.stdout
    assert "action: want 'block', got 'allow'" in out.stdout
    assert out.stdout.strip().endswith("1 passed, 1 failed")


def test_explain_names_rules_and_masks_values() -> None:
    out = run("explain", "--model", "echo-us", "--vendor", "echo-us", "-",
              stdin="请回电 13812345678，key sk-proj-4fK9xQ2mZ7bT1vN8cR3wY6hL0pS5jD2gA9eU4iO7")
    assert out.returncode == 0, out.stderr
    text = out.stdout
    assert "outcome  redact" in text
    assert "CN_PHONE '138****5678'" in text and "personal-abroad-redacted" in text
    assert "credentials-redacted" in text
    assert "13812345678" not in text and "4fK9xQ2mZ7bT1vN8cR3wY6hL0pS5jD2gA9eU4iO7" not in text
    home = run("explain", "--model", "echo-cn", "--vendor", "echo-cn", "请回电 13812345678")
    assert home.returncode == 0
    assert "13812345678" not in home.stdout and "-> default (allow)" in home.stdout


def test_usage_errors_exit_2() -> None:
    assert run("explain", "--model", "m", "text").returncode == 2
    assert run("explain", "--model", "m", "--vendor", "nope-vendor", "hi").returncode == 2
    assert run("test", "/nonexistent/dir_test.yaml").returncode == 2

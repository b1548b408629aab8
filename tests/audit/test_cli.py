"""`guanqia audit` as auditors use it (subprocess, the serve config): query, export, find-value, report."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

from audit import AuditConfig, AuditLog, FindingSummary
from detectors import canonical_value
from tests.audit.support import fake, filled_log, record, run_cli


async def _mixed_log(cfg: AuditConfig, phone: str) -> str:
    """Ten records: one sent a phone number unmasked to a US vendor, one redacted, one blocked."""
    log = await AuditLog.open(cfg)
    try:
        fp = log.fingerprinter.fingerprint("CN_PHONE", canonical_value("CN_PHONE", phone))
        other = log.fingerprinter.fingerprint("CN_PHONE", canonical_value("CN_PHONE", "13900000000"))
        for i in range(10):
            kw: dict[str, object] = {}
            if i == 3:
                kw = {"vendor": "openai", "region": "us", "jurisdiction": "US", "action": "allow", "rule": "us-allowed",
                          "findings": (FindingSummary("CN_PHONE", "sensitive_personal", 1, "allow", (fp,)),)}
            elif i == 5:
                kw = {"action": "redact", "rule": "mask-phones",
                          "findings": (FindingSummary("CN_PHONE", "sensitive_personal", 2, "redact", (fp, other)),)}
            elif i == 7:
                kw = {"action": "block", "rule": "no-secrets", "upstream_status": 0, "status": 403,
                          "findings": (FindingSummary("API_KEY", "secret", 1, "block", ("a" * 32,)),)}
            await log.append(record(i, **kw))
    finally:
        await log.close()
    return fp


async def test_query_formats_and_paging(audit_cfg: AuditConfig, config_file: Path) -> None:
    await filled_log(audit_cfg, 6)
    table = run_cli("query", "--config", str(config_file), "--tenant", "payments")
    assert table.returncode == 0, table.stderr
    lines = table.stdout.splitlines()
    assert lines[0].split()[:3] == ["index", "time", "request_id"]
    assert [ln.split()[0] for ln in lines[1:]] == ["1", "3", "5"]
    rows = [json.loads(ln) for ln in run_cli("query", "--config", str(config_file), "--format", "jsonl",
                                             "--limit", "2").stdout.splitlines()]
    assert [r["index"] for r in rows] == [0, 1] and rows[0]["record"]["request_id"] == "req_0000000000"
    page2 = run_cli("query", "--config", str(config_file), "--format", "csv", "--limit", "2", "--cursor", "1")
    got = list(csv.DictReader(io.StringIO(page2.stdout)))
    assert [r["index"] for r in got] == ["2", "3"] and "next cursor: 3" in page2.stderr
    window = run_cli("query", "--config", str(config_file), "--format", "jsonl",
                     "--since", record(2).time, "--until", record(4).time)
    assert [json.loads(ln)["index"] for ln in window.stdout.splitlines()] == [2, 3]
    bad = run_cli("query", "--config", str(config_file), "--since", "yesterday-ish")
    assert bad.returncode == 2 and "ISO 8601" in bad.stderr


async def test_find_value_lists_requests_that_carried_it(audit_cfg: AuditConfig, config_file: Path) -> None:
    phone = fake.phone_number()
    await _mixed_log(audit_cfg, phone)
    spelled = f"+86 {phone[:3]}-{phone[3:7]}-{phone[7:]}"  # another spelling of the same number
    done = run_cli("find-value", "--config", str(config_file), "--type", "CN_PHONE", spelled, "--format", "jsonl")
    assert done.returncode == 0, done.stderr
    assert [json.loads(ln)["index"] for ln in done.stdout.splitlines()] == [3, 5]
    assert phone not in done.stdout and phone not in done.stderr
    none = run_cli("find-value", "--config", str(config_file), "--type", "CN_PHONE", "13700000000")
    assert none.returncode == 1 and "no request carried this value" in none.stderr


async def test_export_verifies_offline_with_only_the_public_key(audit_cfg: AuditConfig, config_file: Path,
                                                                tmp_path: Path) -> None:
    await filled_log(audit_cfg, 30)
    key = run_cli("keys", "--config", str(config_file)).stdout.strip()
    out = tmp_path / "bundle"
    done = run_cli("export", "--config", str(config_file), "--out", str(out), "--from", "10", "--to", "20")
    assert done.returncode == 0, done.stderr
    assert len((out / "records.jsonl").read_bytes().splitlines()) == 10
    offline = tmp_path / "elsewhere"
    shutil.copytree(out, offline)  # no config, no database, no data dir: just the bundle and the key
    ok = run_cli("verify", "--export", str(offline), "--pubkey", key)
    assert ok.returncode == 0 and ok.stdout.startswith("OK: 30 records, 10 verified"), ok.stdout + ok.stderr
    unpinned = run_cli("verify", "--export", str(offline))
    assert unpinned.returncode == 2 and "--pubkey" in unpinned.stderr

    lines = (offline / "records.jsonl").read_bytes().split(b"\n")
    lines[4] = lines[4].replace(b'"tenant":"hr"', b'"tenant":"xx"')
    (offline / "records.jsonl").write_bytes(b"\n".join(lines))
    bad = run_cli("verify", "--export", str(offline), "--pubkey", key)
    assert bad.returncode == 1 and "record 14:" in bad.stdout and "[record-edited]" in bad.stdout

    from audit.signing import Signer
    stranger = Signer.generate("guanqia-audit").verifier.vkey()
    wrong = run_cli("verify", "--export", str(out), "--pubkey", stranger)
    assert wrong.returncode == 1 and "[checkpoint-signature]" in wrong.stdout


async def test_signed_report_states_what_left_and_verifies(audit_cfg: AuditConfig, config_file: Path,
                                                           tmp_path: Path) -> None:
    await _mixed_log(audit_cfg, fake.phone_number())
    out = tmp_path / "report.note"
    done = run_cli("report", "--config", str(config_file), "--since", "2026-11-24", "--until", "2026-11-25",
                   "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "VIOLATED: sensitive_personal data reached a vendor outside cn-mainland in 1 requests." in done.stdout
    assert "HOLDS: No secret data reached a vendor outside cn-mainland." in done.stdout
    body = json.loads(out.read_text().rsplit("\n\n", 1)[0])
    assert body["totals"] == {"requests": 10, "forwarded": 9, "blocked": 1, "redacted": 1, "pseudonymized": 0,
                              "rerouted": 0, "errors": 0, "shadow": 0, "shadow_rules": 0,
                              "answers_redacted": 0, "answers_blocked": 0}
    assert body["left"] == [{"data_class": "sensitive_personal", "vendor": "openai", "region": "us",
                             "jurisdiction": "US", "findings": 1, "requests": 1}]
    assert body["checkpoint"]["size"] == 10
    ok = run_cli("verify-report", str(out), "--config", str(config_file))
    assert ok.returncode == 0 and ok.stdout.startswith("OK: report verified against checkpoint size 10"), ok.stdout

    # offline: the same check from an export bundle and the pinned key alone
    key = run_cli("keys", "--config", str(config_file)).stdout.strip()
    assert run_cli("export", "--config", str(config_file), "--out", str(tmp_path / "b")).returncode == 0
    offline = run_cli("verify-report", str(out), "--export", str(tmp_path / "b"), "--pubkey", key)
    assert offline.returncode == 0 and "HOLDS: No secret data" in offline.stdout, offline.stdout + offline.stderr

    # a report whose figures were edited no longer carries a valid signature
    forged = out.read_text().replace('"blocked":1', '"blocked":0')
    (tmp_path / "forged.note").write_text(forged)
    bad = run_cli("verify-report", str(tmp_path / "forged.note"), "--config", str(config_file))
    assert bad.returncode == 1 and "signature" in bad.stdout


async def test_report_cannot_hide_records_added_to_the_period(audit_cfg: AuditConfig, config_file: Path,
                                                              tmp_path: Path) -> None:
    """A report signed over a period must match the log: recomputation from the records is compared."""
    await _mixed_log(audit_cfg, fake.phone_number())
    out = tmp_path / "report.note"
    assert run_cli("report", "--config", str(config_file), "--since", "2026-11-24T10:00:02",
                   "--until", "2026-11-24T10:00:06", "--out", str(out)).returncode == 0
    body = json.loads(out.read_text().rsplit("\n\n", 1)[0])
    assert body["records"] == {"first_index": 2, "last_index": 5, "count": 4}
    # Re-sign an altered report with the log's own key (an operator trying to soften the statement):
    from audit import report as rep
    from audit.log import key_files
    signer, _ = key_files(audit_cfg).load(create=False)
    assert signer is not None
    body["statements"][0]["holds"] = True
    (tmp_path / "soft.note").write_bytes(rep.sign(body, signer))
    bad = run_cli("verify-report", str(tmp_path / "soft.note"), "--config", str(config_file))
    assert bad.returncode == 1 and "different report" in bad.stdout and "statements" in bad.stdout


async def test_rotate_key_and_prune_through_the_cli(audit_cfg: AuditConfig, config_file: Path) -> None:
    await filled_log(audit_cfg, 12)
    rotated = run_cli("rotate-key", "--config", str(config_file), "--name", "guanqia-audit-2027")
    assert rotated.returncode == 0, rotated.stderr
    assert rotated.stdout.count("\u2014 ") == 2  # hand-over checkpoint signed by both keys
    keys = run_cli("keys", "--config", str(config_file)).stdout.split()
    assert len(keys) == 2 and keys[1].startswith("guanqia-audit-2027+")
    log = await AuditLog.open(audit_cfg)
    try:
        for i in range(12, 15):
            await log.append(record(i))
    finally:
        await log.close()
    pruned = run_cli("prune", "--config", str(config_file), "--before", record(5).time)
    assert pruned.returncode == 0 and "pruned 5 record bodies" in pruned.stdout
    ok = run_cli("verify", "--config", str(config_file))
    assert ok.returncode == 0 and "10 verified, 5 pruned" in ok.stdout, ok.stdout
    old_only = run_cli("verify", "--config", str(config_file), "--pubkey", keys[0])
    assert old_only.returncode == 1  # checkpoints after the hand-over need the new key


def test_usage_and_unavailable_exit_codes(tmp_path: Path, data_dir: Path, section: dict[str, object]) -> None:
    from tests.audit.conftest import write_config
    cfg = write_config(tmp_path / "c.yaml", data_dir, section)
    missing = run_cli("verify", "--config", str(cfg))
    assert missing.returncode == 3 and "unavailable" in missing.stderr
    assert run_cli("nonsense").returncode == 2
    bad = write_config(tmp_path / "bad.yaml", data_dir, {"store": "mysql"})
    done = run_cli("verify", "--config", str(bad))
    assert done.returncode == 2 and "audit.store" in done.stderr


async def test_rotation_next_to_a_running_log_takes_effect_without_restart(audit_cfg: AuditConfig,
                                                                           config_file: Path) -> None:
    import asyncio
    log = await AuditLog.open(audit_cfg)
    try:
        await log.append(record(0))
        rotated = await asyncio.to_thread(run_cli, "rotate-key", "--config", str(config_file), "--name", "k2027")
        assert rotated.returncode == 0, rotated.stderr
        for _ in range(40):
            if log.signer is not None and log.signer.name == "k2027":
                break
            await asyncio.sleep(0.1)
        assert log.signer is not None and log.signer.name == "k2027"
        await log.append(record(1))
        note = await log.latest_checkpoint()
        assert "\u2014 k2027 " in note.decode() and "\u2014 guanqia-audit " not in note.decode()
    finally:
        await log.close()
    assert run_cli("verify", "--config", str(config_file)).returncode == 0

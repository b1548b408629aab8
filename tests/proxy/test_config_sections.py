"""Every section of the serve config refuses what it does not know, through `guanqia serve --config`.

A typo in a setting must stop the proxy with `config-invalid` (exit 2) naming the key, not start it with
the setting silently ignored (a misspelt `otlp_endpoint` turned export off) or crash with a traceback.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

GUANQIA = str(Path(sys.executable).with_name("guanqia"))


def serve(tmp_path: Path, section: str) -> subprocess.CompletedProcess[str]:
    config = tmp_path / "guanqia.yaml"
    config.write_text(f"version: 1\ndata_dir: {tmp_path / 'data'}\n{section}\n", encoding="utf-8")
    return subprocess.run([GUANQIA, "serve", "--config", str(config), "--port", "0"], capture_output=True,
                          text=True, timeout=120)


@pytest.mark.parametrize(("section", "named"), [
    ('telemetry: {service_name: gq, otlp_endpiont: "http://127.0.0.1:4318"}', "telemetry: unknown key 'otlp_endpiont'"),
    ("telemetry: {prometheus: 'false'}", "telemetry.prometheus: expected true or false"),
    ("telemetry: {otlp_endpoint: 127.0.0.1:4318}", "telemetry.otlp_endpoint: expected an http(s) URL"),
    ("telemetry: {service_name: 7}", "telemetry.service_name"),
    ("audit: {stor: sqlite}", "audit.stor: unknown key"),
    ("limits: {max_body: 3}", "limits: unknown key 'max_body'"),
])
def test_a_mistake_in_any_section_is_config_invalid(tmp_path: Path, section: str, named: str) -> None:
    done = serve(tmp_path, section)
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith("error: config-invalid: ") and named in done.stderr, done.stderr
    assert str(tmp_path / "guanqia.yaml") in done.stderr

"""What the first real build taught: the image must build from its base image alone, and the offline stand-ins
must stay in step with the compose file they override.

BuildKit pulls a `# syntax=` frontend from Docker Hub before reading the Dockerfile, so a machine that reaches
only a mirror (or no registry) could not build at all; the base image is the one thing the build may pull.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
OFFLINE_SCRIPT = DEPLOY / "local" / "offline-images"


def test_dockerfile_pulls_nothing_but_its_overridable_base() -> None:
    text = (DEPLOY / "Dockerfile").read_text(encoding="utf-8")
    assert not re.search(r"^#\s*syntax\s*=", text, re.IGNORECASE | re.MULTILINE)
    froms = re.findall(r"^FROM\s+(\S+)", text, re.MULTILINE)
    assert froms and set(froms) == {"${PYTHON_IMAGE}"}, froms
    assert re.search(r"^ARG PYTHON_IMAGE=python:3\.11-slim-bookworm$", text, re.MULTILINE)


def test_offline_script_is_valid_bash() -> None:
    done = subprocess.run(["bash", "-n", str(OFFLINE_SCRIPT)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


def test_offline_override_uses_the_images_the_script_builds() -> None:
    script = OFFLINE_SCRIPT.read_text(encoding="utf-8")
    built = set(re.findall(r"import_image \"\$\w+\" (\S+)", script))
    compose = yaml.safe_load((DEPLOY / "docker-compose.yml").read_text(encoding="utf-8"))
    override = yaml.safe_load((DEPLOY / "local" / "compose.offline.yml").read_text(encoding="utf-8"))
    assert set(override["services"]) <= set(compose["services"])
    used = {override["services"]["postgres"]["image"],
            override["services"]["guanqia"]["build"]["args"]["PYTHON_IMAGE"]}
    assert used == built, (used, built)
    # The override only swaps images: everything that hardens or wires the stack stays the shipped file's.
    for name, service in override["services"].items():
        assert set(service) <= {"image", "build"}, name

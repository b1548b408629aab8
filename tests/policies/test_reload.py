"""Hot reload: a valid edit swaps atomically, an invalid edit or a deleted file keeps the old policy."""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path

import pytest

import policies
from policies import PolicyError
from policies.reload import PolicyHolder

BUILTIN = Path(policies.__file__).parent / "builtin" / "default.yaml"


@pytest.fixture
def policy_file(tmp_path: Path) -> Path:
    p = tmp_path / "policy.yaml"
    shutil.copy(BUILTIN, p)
    return p


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    st = path.stat()   # make the change visible even on coarse-mtime file systems
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))


def test_builtin_when_no_path() -> None:
    holder = PolicyHolder(None)
    assert holder.current.ref.id == "builtin-default"
    assert holder.reload() is False and holder.failures == 0


def test_invalid_initial_policy_raises(tmp_path: Path) -> None:
    p = tmp_path / "p.yaml"
    p.write_text("schema: guanqia.policy/v1\nid: x\n", encoding="utf-8")
    with pytest.raises(PolicyError, match=r"p\.yaml:1:1"):
        PolicyHolder(p)


def test_unchanged_file_is_not_reloaded(policy_file: Path) -> None:
    holder = PolicyHolder(policy_file)
    before = holder.current
    assert holder.reload() is False
    assert holder.current is before


def test_forced_reload_reads_even_when_stat_is_unchanged(policy_file: Path) -> None:
    holder = PolicyHolder(policy_file)
    st = policy_file.stat()
    text = policy_file.read_text(encoding="utf-8").replace('version: "1.0.0"', 'version: "9.0.0"')
    policy_file.write_text(text, encoding="utf-8")
    os.utime(policy_file, ns=(st.st_atime_ns, st.st_mtime_ns))   # same size and mtime as before
    assert holder.reload() is False and holder.current.ref.version == "1.0.0"
    assert holder.reload(force=True) is True and holder.current.ref.version == "9.0.0"


def test_valid_edit_swaps_and_new_decisions_carry_the_new_ref(policy_file: Path) -> None:
    holder = PolicyHolder(policy_file)
    old = holder.current
    edit(policy_file, 'version: "1.0.0"', 'version: "1.0.1"')
    assert holder.reload() is True
    assert holder.current is not old
    assert holder.current.ref.version == "1.0.1"
    assert holder.current.ref.sha256 != old.ref.sha256
    assert holder.last_error is None and holder.failures == 0


def test_invalid_edit_keeps_old_policy_records_error_and_counts(policy_file: Path) -> None:
    holder = PolicyHolder(policy_file)
    old = holder.current
    edit(policy_file, "action: redact", "action: redakt")
    assert holder.reload() is False
    assert holder.current is old
    assert holder.failures == 1
    assert holder.last_error is not None and f"{policy_file}:" in holder.last_error
    assert "redakt" in holder.last_error and "previous policy kept" in holder.last_error
    assert holder.reload() is False and holder.failures == 1   # the same broken file counts once
    edit(policy_file, "action: redakt", "action: redact")
    edit(policy_file, 'version: "1.0.0"', 'version: "2.0.0"')
    assert holder.reload() is True
    assert holder.current.ref.version == "2.0.0" and holder.last_error is None


def test_fixing_back_to_the_serving_content_clears_the_error(policy_file: Path) -> None:
    holder = PolicyHolder(policy_file)
    original = policy_file.read_bytes()
    edit(policy_file, "rules:", "rulez:")
    holder.reload()
    assert holder.last_error
    policy_file.write_bytes(original)
    assert holder.reload() is False
    assert holder.last_error is None and holder.failures == 1


def test_deleted_file_keeps_old_policy(policy_file: Path) -> None:
    holder = PolicyHolder(policy_file)
    old = holder.current
    policy_file.unlink()
    assert holder.reload() is False
    assert holder.current is old
    assert holder.failures == 1 and holder.last_error is not None and "not found" in holder.last_error
    shutil.copy(BUILTIN, policy_file)
    edit(policy_file, 'version: "1.0.0"', 'version: "3.0.0"')
    assert holder.reload() is True and holder.current.ref.version == "3.0.0"


def test_readers_always_see_a_complete_policy_during_reloads(policy_file: Path) -> None:
    """Concurrent readers during repeated swaps never observe a missing or half-built policy."""
    holder = PolicyHolder(policy_file)
    seen: set[str] = set()
    errors: list[BaseException] = []
    stop = threading.Event()

    def reader() -> None:
        from policies.facts import Destination, Facts
        f = Facts("demo", "openai.chat", "m", Destination("echo-us", "m", "us", "US"))
        try:
            while not stop.is_set():
                p = holder.current
                seen.add(p.decide(f).policy.version)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=reader) for _ in range(2)]
    for t in threads:
        t.start()
    for n in range(1, 6):
        edit(policy_file, f'version: "1.0.{n - 1}"' if n > 1 else 'version: "1.0.0"', f'version: "1.0.{n}"')
        assert holder.reload() is True
    stop.set()
    for t in threads:
        t.join()
    assert not errors
    assert seen <= {f"1.0.{n}" for n in range(6)}
    assert holder.current.ref.version == "1.0.5"

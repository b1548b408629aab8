"""limits.inspection_threads / inspection_queue: read from the serve config, wrong values refused by name."""

from __future__ import annotations

from pathlib import Path

import pytest

from proxy.config import ConfigError, load_config


def config(tmp_path: Path, limits: str) -> Path:
    path = tmp_path / "guanqia.yaml"
    path.write_text(f"version: 1\ndata_dir: {tmp_path / 'data'}\nlimits: {limits}\n", encoding="utf-8")
    return path


def test_defaults_and_set_values(tmp_path: Path) -> None:
    default = load_config(config(tmp_path, "{}")).limits
    assert (default.inspection_threads, default.inspection_queue, default.inspection_queue_chars) == (
        1, 64, 8 * 1024 * 1024)
    set_ = load_config(config(tmp_path, "{inspection_threads: 2, inspection_queue: 0, "
                                        "inspection_queue_chars: 1000}")).limits
    assert (set_.inspection_threads, set_.inspection_queue, set_.inspection_queue_chars) == (2, 0, 1000)


@pytest.mark.parametrize(("limits", "named"), [
    ("{inspection_threads: 0}", "limits.inspection_threads"),
    ("{inspection_threads: 1.5}", "limits.inspection_threads"),
    ("{inspection_threads: true}", "limits.inspection_threads"),
    ("{inspection_queue: -1}", "limits.inspection_queue"),
    ("{inspection_queue: '4'}", "limits.inspection_queue"),
    ("{inspection_queue_chars: -5}", "limits.inspection_queue_chars"),
    ("{inspection_queue_chars: 1e6}", "limits.inspection_queue_chars"),
])
def test_wrong_values_are_refused_by_name(tmp_path: Path, limits: str, named: str) -> None:
    with pytest.raises(ConfigError, match=named):
        load_config(config(tmp_path, limits))

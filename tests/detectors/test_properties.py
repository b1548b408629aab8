"""Property tests: any string scans without error, offsets are valid, findings never overlap, and masking
every finding leaves nothing of the same type behind."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import detectors

PIECES = ["13800138000", "１３８００１３８０００", "110105199003071239", "4242 4242 4242 4242", "a@b.cn", "10.0.0.1",
          "sk-2bbe36c6b22f60a718fb17375433a4f1", "password=Tr0ub4dor&3", "\u200b", "\ufeff", "\\u0031", "%31", "一三八",
          "\ud800", "\udfff", "\x00", "\n", " ", "-", "(", "）", "@", ":", "=", "号", "王", "北京市", "```", "{", ";"]
texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=25).map("".join)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check_invariants(text: str) -> None:
    found = detectors.scan(text)
    end = 0
    for f in found:
        assert 0 <= f.start < f.end <= len(text)
        assert f.start >= end, "findings overlap or are unsorted"
        assert 0.0 < f.score <= 1.0
        end = f.end
    masked = list(text)
    for f in found:
        masked[f.start:f.end] = "█" * (f.end - f.start)
    again = detectors.scan("".join(masked))
    for g in again:
        assert not any(g.type == f.type and g.start < f.end and f.start < g.end for f in found), \
            f"{g.type} still found after masking"


@FAST
@given(texts)
def test_any_text_scans_cleanly(text: str) -> None:
    _check_invariants(text)


@FAST
@given(st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x10FFFF), max_size=200))
def test_any_code_points_including_surrogates_and_controls(text: str) -> None:
    _check_invariants(text)


@FAST
@given(st.sampled_from(["13800138000", "110105199003071239", "zhang.wei@example.com", "6217001234567893"]),
       st.text(alphabet="\u200b\u200c\ufeff\u00ad", min_size=1, max_size=3), st.integers(1, 10))
def test_invisible_characters_inside_values_stay_inside_the_span(value: str, junk: str, at: int) -> None:
    at = min(at, len(value) - 1)
    written = value[:at] + junk + value[at:]
    text = f"记录：{written}。"
    spans = [(f.start, f.end) for f in detectors.scan(text)]
    assert (3, 3 + len(written)) in spans


@pytest.mark.slow
def test_one_megabyte_single_line() -> None:
    chunk = "客户王小明 手机13800138000 卡号6217001234567893 password=Tr0ub4dor&3 see http://x.cn/a?b=c "
    text = (chunk * (1_000_000 // len(chunk) + 1))[:1_000_000]
    assert "\n" not in text
    found = detectors.scan(text)
    assert len([f for f in found if f.type == "CN_PHONE"]) >= 1_000_000 // len(chunk) - 1
    end = 0
    for f in found:
        assert end <= f.start < f.end <= len(text)
        end = f.end


FUZZ_FAILURES = sorted((Path(__file__).resolve().parents[2] / "bench" / "detect").glob("fuzz-failures-*.jsonl"))


@pytest.mark.parametrize("line", [line for path in FUZZ_FAILURES for line in path.read_text(encoding="utf-8").splitlines()])
def test_inputs_the_fuzzer_once_broke_now_hold_every_invariant(line: str) -> None:
    """Several or cut-short PEM blocks and an ORG walking back over a masked span (bench/detect/fuzz.py, seed 1130);
    an address:password pair whose value ran over masked and CJK text (seed 1201)."""
    _check_invariants(json.loads(line)["text"])

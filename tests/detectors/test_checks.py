"""Check-digit rules against valid and invalid vectors (valid ones computed by the published algorithms)."""

from __future__ import annotations

import pytest

from detectors import checks


@pytest.mark.parametrize("value, ok", [
    ("110105199003071239", True), ("440305198512120310", True), ("11010519491231002X", True),
    ("110105199003071238", False),  # check digit off by one
    ("110105199013071239", False),  # month 13
    ("990105199003071235", False),  # no such county
    ("11010519900307123", False),   # 17 digits
])
def test_cn_id18(value: str, ok: bool) -> None:
    assert checks.cn_id(value) is ok


@pytest.mark.parametrize("value, ok", [
    ("110105900307123", True), ("142631500723195", True),
    ("110105901307123", False), ("990105900307123", False), ("11010590030712", False),
])
def test_cn_id15_legacy(value: str, ok: bool) -> None:
    assert checks.cn_id(value) is ok


@pytest.mark.parametrize("value, ok", [
    ("4242424242424242", True), ("6217001234567893", True), ("3566002020360505", True),
    ("4242424242424241", False), ("6217001234567894", False), ("abcd", False),
])
def test_luhn(value: str, ok: bool) -> None:
    assert checks.luhn(value) is ok


@pytest.mark.parametrize("value, ok", [
    ("91110108MA01ABCD0B", True), ("91350100M000100Y43", True),
    ("91110108MA01ABCD0C", False), ("91513121WLKJ172F3A", False), ("9135010", False),
])
def test_uscc(value: str, ok: bool) -> None:
    assert checks.cn_uscc(value) is ok


@pytest.mark.parametrize("value, ok", [
    ("A1234563", True), ("AB9876543", True), ("Z683365A", True), ("VB9538115", True),
    ("A1234564", False), ("V8670892", False), ("E0697292", False), ("A12345", False),
])
def test_hk_id(value: str, ok: bool) -> None:
    assert checks.hk_id(value) is ok


@pytest.mark.parametrize("value, ok", [
    ("A123456789", True), ("B223456782", True), ("S242986834", True),
    ("A123456788", False), ("B295688204", False), ("A323456789", False), ("1123456789", False),
])
def test_tw_id(value: str, ok: bool) -> None:
    assert checks.tw_id(value) is ok


def test_stdnum_table_gaps_are_invalid_not_errors() -> None:
    """Some division codes in stdnum's table carry no county list; that must read as invalid, not crash."""
    for prefix in ("110000", "440000", "820000", "710000"):
        checks.cn_id18(prefix + "199001011234")  # must not raise


def test_entropy_orders_random_above_words() -> None:
    assert checks.shannon_entropy("m3fsP0oQyjYQWrdiH6hC6BGMF3WED14i") > 4.0
    assert checks.shannon_entropy("aaaaaaaaaaaaaaaa") == 0.0

"""Crafted anchors written before a value (1号1号…北京市…88号, 银行银行…招商银行深圳分行) hide nothing: the value
is found with the span it has when written alone, however many anchors precede it, directly or after a space or
a comma. Why: the crowd cap skipped every anchor with more than eight others within a walk's reach, the value's
own included; the walks now stop at a floor instead (detectors.nlp.density) and every anchor is examined."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from detectors import scan
from detectors.recognizers import address, org

Finder = Callable[[str], list[tuple[int, int, float]]]

ADDRESSES = [
    "北京市朝阳区建国路88号",
    "广东省深圳市南山区科技南路18号",
    "北京市朝阳区八里庄路19号",  # 八里 is an anchor of its own, rejected: the walk from 19号 crosses it
    "杭州市西湖区文三路259号",
]
ORGS = [
    "招商银行深圳分行",
    "北京市海淀区公安局",
    "深圳市腾云信息技术有限公司",
    "平安保险公司",  # 保险 is a suffix of its own, rejected: the walk from 公司 crosses it
    "北京协和医院",
]
MIXED = "1号路1号银行公司局"
PADDINGS = {"address": ["1号", "路1号", "银行", MIXED], "org": ["银行", "公司", "局", "1号", MIXED]}
CASES = [
    (kind, value, unit)
    for kind, values in (("address", ADDRESSES), ("org", ORGS))
    for value in values
    for unit in PADDINGS[kind]
]


def _finder(kind: str) -> Finder:
    return address.find_addresses if kind == "address" else org.find_orgs


def _spans_over(found: list[tuple[int, int, float]], offset: int) -> list[tuple[int, int]]:
    """The found spans that reach past ``offset`` (into the value), relative to it."""
    return [(s - offset, e - offset) for s, e, _ in found if e > offset]


@pytest.mark.parametrize("kind,value", [(k, v) for k, vs in (("address", ADDRESSES), ("org", ORGS)) for v in vs])
def test_values_alone_are_found_whole(kind: str, value: str) -> None:
    assert [(s, e) for s, e, _ in _finder(kind)(value)] == [(0, len(value))]


@pytest.mark.parametrize("sep", ["", " ", "，"], ids=["direct", "space", "comma"])
@pytest.mark.parametrize("count", [9, 20, 200])
@pytest.mark.parametrize("kind,value,unit", CASES)
def test_padding_before_a_value_hides_nothing(kind: str, value: str, unit: str, count: int, sep: str) -> None:
    prefix = unit * count + sep
    found = _finder(kind)(prefix + value)
    assert _spans_over(found, len(prefix)) == [(0, len(value))]


@pytest.mark.parametrize("count", [9, 200])
def test_whole_scan_reports_values_after_padding(count: int) -> None:
    """Through the scanner (normalisation, every recognizer, overlap resolution): both values, their offsets."""
    addr, name = "北京市朝阳区建国路88号", "深圳市腾云信息技术有限公司"
    text = "1号" * count + addr + "，" + "银行" * count + name
    hits = {(h.type, text[h.start : h.end]) for h in scan(text)}
    assert ("ADDRESS", addr) in hits and ("ORG", name) in hits


def test_padding_between_two_values_hides_neither() -> None:
    """The first address runs on over the house numbers after it (its building-and-unit extension takes 1号 after
    1号, and then the second address as a named building with its number): both values lie inside findings."""
    first, second = "北京市朝阳区建国路88号", "上海市浦东新区张杨路500号"
    for sep in ("", "，"):
        text = first + sep + "1号" * 50 + sep + second
        found = address.find_addresses(text)
        for lo, hi in ((0, len(first)), (len(text) - len(second), len(text))):
            assert any(s <= lo and hi <= e for s, e, _ in found)

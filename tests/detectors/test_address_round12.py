"""ADDRESS, round 12g: addresses in official forms (synthetic context only).

A form's field wraps onto an indented next line (after a division, or after the house number before the
building); a factory building is numbered (9号厂房); a joiner sits inside a building's name (嘉和广场); a village
group is named rather than numbered (东垅组)."""
from __future__ import annotations

import pytest

from detectors.recognizers.address import find_addresses


def addresses_in(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in find_addresses(text)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("单位地址：浙江省嘉兴市南湖区\n          百花路66号\n联系人", ["浙江省嘉兴市南湖区\n          百花路66号"]),
        ("住　　所：四川省绵阳市\n\u3000\u3000\u3000\u3000涪城区临园路东段18号3栋", ["四川省绵阳市\n\u3000\u3000\u3000\u3000涪城区临园路东段18号3栋"]),
        ("注册地址　南通市崇川区工农路57号\n\u3000\u3000\u3000\u3000\u3000文峰大厦1203室", ["南通市崇川区工农路57号\n\u3000\u3000\u3000\u3000\u3000文峰大厦1203室"]),
    ],
)
def test_a_field_wrapped_onto_an_indented_line(text: str, want: list[str]) -> None:
    assert addresses_in(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("生产地址：江苏省南通市通州区金沙镇园区路8号3号厂房。", ["江苏省南通市通州区金沙镇园区路8号3号厂房"]),
        ("地址：嘉兴市南湖区中山东路1号泰和广场12楼", ["嘉兴市南湖区中山东路1号泰和广场12楼"]),
        ("住址：湖南省衡阳市衡山县店门镇石桥村王家组，电话另告", ["湖南省衡阳市衡山县店门镇石桥村王家组"]),
    ],
)
def test_units_and_names_of_official_forms(text: str, want: list[str]) -> None:
    assert addresses_in(text) == want


@pytest.mark.parametrize(
    "text",
    ["湖南省衡阳市衡山县店门镇石桥村工作组", "嘉兴市南湖区\n\n会议纪要", "南湖区\n          百花路沿线施工"],
)
def test_no_address_without_its_number_or_group(text: str) -> None:
    assert addresses_in(text) == []

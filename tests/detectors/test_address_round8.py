"""ADDRESS, round 8: exact spans, from the highest division written to the finest unit and no further.

Each case is a rule of how addresses are written (an estate with a building-unit-room triple, a landline or a date
written straight after the address, a landmark the address is near), with synthetic places.
"""
from __future__ import annotations

import pytest

from detectors import scan
from detectors.recognizers.address import AddressRecognizer

REC = AddressRecognizer()


def addresses_in(text: str) -> list[str]:
    return [text[r.start : r.end] for r in REC.analyze(text, ["ADDRESS"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("住所：保定市涿州市友谊路386号金地格林小镇16-3-1501室\n法定代表人", "保定市涿州市友谊路386号金地格林小镇16-3-1501室"),
        ("地址：广东省东莞市长安镇港城大道41号东方明珠花园26-1-303室", "广东省东莞市长安镇港城大道41号东方明珠花园26-1-303室"),
        ("地址：江北区文三路117号翠苑三区24-2-703室，谢谢", "江北区文三路117号翠苑三区24-2-703室"),
        ("北京市海淀区中关村大街1号5-2-301", "北京市海淀区中关村大街1号5-2-301"),
    ],
)
def test_estate_with_dash_triple(text: str, expected: str) -> None:
    """Three dash-joined numbers after an estate of any name are its building, unit and room (with 室)."""
    assert addresses_in(text) == [expected]


def test_date_after_address_is_no_unit() -> None:
    text = "广州市天河区体育西路1号2023-11-5到货"
    assert addresses_in(text) == ["广州市天河区体育西路1号"]


@pytest.mark.parametrize(
    ("text", "address", "landline"),
    [
        ("地址、电话：南岗区和平里北街1268号智慧谷产业园32楼027-31602359", "南岗区和平里北街1268号智慧谷产业园32楼", "027-31602359"),
        ("地址、电话：四川省成都市锦江区望京东路1411号科技园大厦A座10层0668-64305755", "四川省成都市锦江区望京东路1411号科技园大厦A座10层", "0668-64305755"),
    ],
)
def test_landline_written_straight_after_floor(text: str, address: str, landline: str) -> None:
    """开票信息 write 地址、电话 with no space: the area code is no room number, and both are found."""
    found = {(f.type, text[f.start : f.end]) for f in scan(text)}
    assert ("ADDRESS", address) in found
    assert ("CN_LANDLINE", landline) in found


@pytest.mark.parametrize("near", ["附近", "旁边", "对面", "斜对面"])
def test_landmark_the_address_is_near_is_left_out(near: str) -> None:
    text = f"地址：浙江省杭州市西湖区文三路88号万达广场{near}"
    assert addresses_in(text) == ["浙江省杭州市西湖区文三路88号"]


def test_building_at_the_address_stays() -> None:
    """门口 says where at the building: the building is at the address."""
    assert addresses_in("在文三路88号万达广场门口见") == ["文三路88号万达广场"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("收货地址：浙江省杭州市西湖区文三路 478 号华星时代广场 A 座 1201 室", ["浙江省杭州市西湖区文三路 478 号华星时代广场 A 座 1201 室"]),
        ("收货地址：广东省 深圳市 南山区 科技园南路 88 号", ["广东省 深圳市 南山区 科技园南路 88 号"]),
        ("地址：深圳市南山区科技园南路 88 号 12 层 1203，电话见下", ["深圳市南山区科技园南路 88 号 12 层 1203"]),
        ("我住在 3 号楼", []),
        ("今年第 3 季度", []),
    ],
)
def test_digits_spaced_from_chinese(text: str, expected: list[str]) -> None:
    """Many people put a space between Chinese and digits: the house number still anchors the road before it."""
    assert addresses_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("地址：广西南宁市青秀区民族大道136号", "广西南宁市青秀区民族大道136号"),
        ("地址：新疆乌鲁木齐市天山区解放南路128号", "新疆乌鲁木齐市天山区解放南路128号"),
        ("宁夏银川市兴庆区解放西街2号", "宁夏银川市兴庆区解放西街2号"),
    ],
)
def test_autonomous_region_written_short(text: str, expected: str) -> None:
    """广西 / 新疆 / 宁夏: an autonomous division's short form drops its peoples' names, and starts the address."""
    assert addresses_in(text) == [expected]


def test_taiwanese_sub_number_before_hao() -> None:
    """Taiwan writes a sub-number with 之 inside the house number (789之1號), not only after it (85號之3)."""
    assert addresses_in("新北市中和區中正路789之1號2樓") == ["新北市中和區中正路789之1號2樓"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("地址：杭州市余杭区仓前街道文一西路1500号 6幢 401", "杭州市余杭区仓前街道文一西路1500号 6幢 401"),
        ("地址：杭州市余杭区文一西路1500号6幢401", "杭州市余杭区文一西路1500号6幢401"),
    ],
)
def test_room_after_a_building_numbered_with_zhuang(text: str, expected: str) -> None:
    """幢 is a building like 栋: a room number may follow it, spaced when the address is."""
    assert addresses_in(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("收货地址：北京 北京市 朝阳区 建国路88号", "北京 北京市 朝阳区 建国路88号"),
        ("浙江 杭州市 西湖区 文三路 478 号", "浙江 杭州市 西湖区 文三路 478 号"),
    ],
)
def test_province_short_form_then_space(text: str, expected: str) -> None:
    """Shops' address forms write the province short, then a space and the city: the province starts the address."""
    assert addresses_in(text) == [expected]


def test_floor_in_words_inside_a_mall_is_no_address() -> None:
    """广州天河城一楼 says where in a mall; a floor alone anchors an address only when written in digits."""
    assert addresses_in("广州天河城一楼有家星巴克。") == []
    assert addresses_in("台北市大安區復興南路一段390號三樓") == ["台北市大安區復興南路一段390號三樓"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("收件人：林先生\n地址：大里中央路24號4樓", "大里中央路24號4樓"),
        ("彰化光復巷1號2樓", "彰化光復巷1號2樓"),
        ("關山縣和街巷282號之7", "關山縣和街巷282號之7"),
        ("大里市忠義巷2段52號之1", "大里市忠義巷2段52號之1"),
        ("住在信義路五段7號的朋友", "信義路五段7號"),
    ],
)
def test_taiwanese_township_before_the_road(text: str, expected: str) -> None:
    """Taiwanese addresses often give the township straight before the road (大里中央路): it starts the address."""
    assert addresses_in(text) == [expected]

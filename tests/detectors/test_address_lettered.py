"""House numbers lettered before their digits on a road (market and industrial-park numbering: 商城大道L198号).

Only a building was read lettered so before (某某城T2栋); a lettered number after a road word is a house too,
while a lettered number after anything else (a metro exit, a window) is still not an address.
"""

from __future__ import annotations

import pytest

from detectors import scan


@pytest.mark.parametrize(("text", "want"), [
    ("退货寄到：浙江省金华市义乌市北苑街道春晗路K36号，工作日收货", "浙江省金华市义乌市北苑街道春晗路K36号"),
    ("办公地址 江苏省常州市武进区湖塘镇长虹西路C108号", "江苏省常州市武进区湖塘镇长虹西路C108号"),
    ("厂址：广东省东莞市长安镇振安中路D5号", "广东省东莞市长安镇振安中路D5号"),
])
def test_a_lettered_house_number_on_a_road_is_an_address(text: str, want: str) -> None:
    assert [text[f.start:f.end] for f in scan(text) if f.type == "ADDRESS"] == [want]


@pytest.mark.parametrize("text", ["从地铁5号线C3号出口出来右转", "请到B6号窗口办理", "展会在E2号馆举行", "座位是K12号"])
def test_a_lettered_number_elsewhere_is_not(text: str) -> None:
    assert [f for f in scan(text) if f.type == "ADDRESS"] == []

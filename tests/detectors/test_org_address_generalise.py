"""ORG and ADDRESS patterns that hand-written text uses and generated templates did not (issue 3).

All examples are new synthetic text: each test states a rule (a field value is one name, a company name
begins with its place, a building follows the house number ...), not a string the detector was tuned on.
"""
from __future__ import annotations

import pytest

from detectors.recognizers.address import AddressRecognizer
from detectors.recognizers.org import OrgRecognizer

ORG = OrgRecognizer()
ADDR = AddressRecognizer()


def orgs_in(text: str) -> list[str]:
    return [text[r.start : r.end] for r in ORG.analyze(text, ["ORG"])]


def addresses_in(text: str) -> list[str]:
    return [text[r.start : r.end] for r in ADDR.analyze(text, ["ADDRESS"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a field value is one name, even when a word inside it is a function word (之) or an adverb
        ("供应商：杭州云之帆网络科技有限公司\n", ["杭州云之帆网络科技有限公司"]),
        ("乙方：和信达物流有限公司\n", ["和信达物流有限公司"]),
        # in running text a company name begins with its registered place
        ("我们授权武汉青才文化传媒有限公司代为办理", ["武汉青才文化传媒有限公司"]),
        # a one-character verb before the place is not part of the name
        ("下周去四川大学华西医院复查", ["四川大学华西医院"]),
        # branches and departments after the legal name
        ("开户行：招商银行深圳分行营业部\n", ["招商银行深圳分行营业部"]),
        ("乙方：兴业银行股份有限公司资金营运中心\n", ["兴业银行股份有限公司资金营运中心"]),
        # government bodies with their place
        ("致：昆明市五华区人民政府", ["昆明市五华区人民政府"]),
        # traditional characters
        ("受託人：眾達國際法律事務所\n", ["眾達國際法律事務所"]),
        # a brand with its store in brackets, as a field value
        ("取货点：喜茶（深圳海岸城店）\n", ["喜茶（深圳海岸城店）"]),
        # English names joined by "and", and accented words
        ("Paid to National and Provincial Bank of Wales.", ["National and Provincial Bank of Wales"]),
        ("Signed with Zürich Réassurance Partners AG today", ["Zürich Réassurance Partners AG"]),
    ],
)
def test_organisation_names(text: str, expected: list[str]) -> None:
    assert orgs_in(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "就诊医院：（未填写）",  # a suffix word before a colon is a field label
        "我去了那家店（很好吃的店）",  # a sentence in brackets is not a store
        "地方人民政府出台了新规",  # 人民政府 needs a place (省, 市, 区, 县) before it
    ],
)
def test_organisation_look_alikes(text: str) -> None:
    assert orgs_in(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("收货地址：上海市徐汇区漕溪北路88号圣爱大厦1203\n", ["上海市徐汇区漕溪北路88号圣爱大厦1203"]),
        ("地址：北京市东城区东直门南大街乙5号院华普大厦3号楼\n", ["北京市东城区东直门南大街乙5号院华普大厦3号楼"]),
        ("浙江省宁波市鄞州区天童南路588号4-3-602", ["浙江省宁波市鄞州区天童南路588号4-3-602"]),
        ("江苏省南京市鼓楼区广州路2号南京大学鼓楼校区8舍", ["江苏省南京市鼓楼区广州路2号南京大学鼓楼校区8舍"]),
        ("住福建省厦门市思明区湖滨南路90号立信广场1栋3单元2101房，", ["福建省厦门市思明区湖滨南路90号立信广场1栋3单元2101房"]),
        ("住址：九龍觀塘區秀茂坪邨秀明樓2305室\n", ["九龍觀塘區秀茂坪邨秀明樓2305室"]),
        ("寄到广州市越秀区环市东路339号广东国际大厦", ["广州市越秀区环市东路339号广东国际大厦"]),
        # a floor in a building of a known place, without a house number
        ("办公地点：成都市高新区天府软件园创业中心12楼\n", ["成都市高新区天府软件园创业中心12楼"]),
    ],
)
def test_addresses_run_over_buildings_and_units(text: str, expected: list[str]) -> None:
    assert addresses_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("会议改在三楼305室", []),  # a room with no road, estate or district is not an address
        ("会议改在办公楼5层", []),  # a floor with no known place before it is not an address
        ("送到中山路5号的门口", ["中山路5号"]),  # a building name never runs over a stop word
        ("长安街8号2019-2021年翻修", ["长安街8号"]),  # a year range is not a unit number
    ],
)
def test_address_right_edge_stops(text: str, expected: list[str]) -> None:
    assert addresses_in(text) == expected

"""ADDRESS, round 10: where an address starts and ends in forms the earlier rounds did not write (synthetic).

Beijing's numbered lanes (东四十条), a building in brackets between the house number and the floor, towers as
buildings (北塔35层), ideographic spaces between the parts, spaces between every part of a chain; with hard
negatives (articles of a text, landmarks in brackets, dates).
"""
from __future__ import annotations

import pytest

from detectors.recognizers.address import AddressRecognizer

REC = AddressRecognizer()


def addresses_in(text: str) -> list[str]:
    return [text[r.start : r.end] for r in REC.analyze(text, ["ADDRESS"])]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("地址：北京市东城区东四十条甲22号南新仓商务大厦A座1202", ["北京市东城区东四十条甲22号南新仓商务大厦A座1202"]),
        ("东城区北新桥头条8号院", ["东城区北新桥头条8号院"]),
        ("他说了三条3号线的问题，第一条12号前完成，第十条3号文件", []),
    ],
)
def test_numbered_lanes(text: str, want: list[str]) -> None:
    assert addresses_in(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("深圳市罗湖区深南东路5002号（地王大厦）45层", ["深圳市罗湖区深南东路5002号（地王大厦）45层"]),
        ("北京市海淀区学院路30号(科大天工大厦)B座1201室，谢谢", ["北京市海淀区学院路30号(科大天工大厦)B座1201室"]),
        ("黑龙江省哈尔滨市道里区中央大街69号（马迭尔宾馆旁）", ["黑龙江省哈尔滨市道里区中央大街69号"]),
        ("深圳市福田区深南大道7008号（近车公庙地铁站）", ["深圳市福田区深南大道7008号"]),
    ],
)
def test_a_building_in_brackets_before_the_floor(text: str, want: list[str]) -> None:
    assert addresses_in(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("郑州市郑东新区商务外环路与商务东三街交叉口绿地中心北塔35层",
         ["郑州市郑东新区商务外环路与商务东三街交叉口绿地中心北塔35层"]),
        ("广州市天河区珠江新城国际金融中心西塔28楼", ["广州市天河区珠江新城国际金融中心西塔28楼"]),
        ("我在电视塔3楼等你，宝塔12层很高", []),
    ],
)
def test_a_tower_of_a_building_before_its_floor(text: str, want: list[str]) -> None:
    assert addresses_in(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("收件：江西省赣州市章贡区红旗大道\u300020号\u30003栋\u3000502", ["江西省赣州市章贡区红旗大道\u300020号\u30003栋\u3000502"]),
        ("会议在3月\u300012号举行", []),
    ],
)
def test_ideographic_spaces_between_parts(text: str, want: list[str]) -> None:
    assert addresses_in(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("地址：深圳市 南山区 科技园 科苑路15号", ["深圳市 南山区 科技园 科苑路15号"]),
        ("广东省 深圳市 南山区 粤海街道 科技园 科苑路15号 5栋 1201", ["广东省 深圳市 南山区 粤海街道 科技园 科苑路15号 5栋 1201"]),
        ("我在南山区 吃饭 科苑路15号", ["科苑路15号"]),
    ],
)
def test_every_part_spaced(text: str, want: list[str]) -> None:
    assert addresses_in(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("地址：北京市朝阳\n区建国路88号3\n栋201室", ["北京市朝阳\n区建国路88号3\n栋201室"]),
        ("地址：浙江\n省杭州市西湖区文三路90号", ["浙江\n省杭州市西湖区文三路90号"]),
        ("收货信息\n北京市朝阳区建国路88号", ["北京市朝阳区建国路88号"]),
        ("备注\n建设路12号", ["建设路12号"]),
    ],
)
def test_a_line_break_inside_a_division_name(text: str, want: list[str]) -> None:
    assert addresses_in(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("地址：北 京 市 朝 阳 区 建 国 路 8 8 号", ["北 京 市 朝 阳 区 建 国 路 8 8 号"]),
        ("住 址 ： 浙 江 省 杭 州 市 西 湖 区 文 三 路 9 0 号 3 栋 2 0 1 室 ， 谢 谢",
         ["浙 江 省 杭 州 市 西 湖 区 文 三 路 9 0 号 3 栋 2 0 1 室"]),
        ("海 阔 天 空 我 们 一 起 去 看 看 大 海", []),
        ("会 议 在 3 月 1 2 号 举 行", []),
    ],
)
def test_an_address_spaced_out_character_by_character(text: str, want: list[str]) -> None:
    assert addresses_in(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("周五搬家，从龙华区民治大道1号搬到福田区福华三路88号", ["龙华区民治大道1号", "福田区福华三路88号"]),
        ("今天去了趟朝阳门内大街12号", ["朝阳门内大街12号"]),
        ("北京市朝阳区建国路88号SOHO现代城A座2301", ["北京市朝阳区建国路88号SOHO现代城A座2301"]),
    ],
)
def test_two_addresses_in_one_sentence_stay_apart(text: str, want: list[str]) -> None:
    assert addresses_in(text) == want


def test_a_mall_named_street_before_units_stays_in() -> None:
    """A building whose name ends like a road (某某天街) still carries its units; only a stop word cuts."""
    assert addresses_in("重庆市渝北区金开大道68号龙湖时代天街3栋1201") == ["重庆市渝北区金开大道68号龙湖时代天街3栋1201"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("地址：南京市江宁区双龙大道1222号5#楼2单元301", ["南京市江宁区双龙大道1222号5#楼2单元301"]),
        ("地址：武汉市洪山区珞喻路129号3#502", ["武汉市洪山区珞喻路129号3#502"]),
        ("请看第3#条，编号12#", []),
    ],
)
def test_a_building_numbered_with_a_hash(text: str, want: list[str]) -> None:
    assert addresses_in(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("地址：成都高新区天府五街200号", ["成都高新区天府五街200号"]),
        ("广州经开区科学大道18号", ["广州经开区科学大道18号"]),
        ("高新区天府五街200号", ["高新区天府五街200号"]),
        ("浦东新区张江路88号", ["浦东新区张江路88号"]),
    ],
)
def test_a_development_zone_written_as_a_district(text: str, want: list[str]) -> None:
    assert addresses_in(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("户籍地址：新乡市牧野区溪山郡8栋1单元1504室", ["新乡市牧野区溪山郡8栋1单元1504室"]),
        ("他住在朝阳区望京7号楼1102", ["朝阳区望京7号楼1102"]),
        ("我在溪山郡8栋1单元等你，杭州市西湖区某个地方3栋很高", []),
        ("Ship to: 20F, Block B, No. 376 Qihang Avenue, Longhua District, Shenzhen, Guangdong",
         ["20F, Block B, No. 376 Qihang Avenue, Longhua District, Shenzhen, Guangdong"]),
    ],
)
def test_estates_of_any_name_and_english_floors_without_slash(text: str, want: list[str]) -> None:
    assert addresses_in(text) == want

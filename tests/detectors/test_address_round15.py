"""ADDRESS, round 15a: the shapes of an address the earlier rounds held few of (synthetic values, none from the
round's corpus).

Shop and factory buildings numbered with 号 (号铺, 号商铺, 号厂房), Hong Kong's 字樓 floor and 地舖 (ground-floor shop),
Shanghai's 支弄, basement and mezzanine floors (B1, 夹层), ranges and lists of house numbers (至, 、), a tower lettered
before its number (T3栋), an estate's building-unit-room triple with no house number, English-written lanes and
compounds (Lane 88, Yard 6), Macau's Portuguese street names, a building the writer meets at a corner of (西北角).
Look-alikes: the same words with no address around them."""
from __future__ import annotations

import pytest

from detectors.recognizers.address import find_addresses


def addresses_in(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in find_addresses(text)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("面试地点：常州市武进区阳湖科创园7号厂房，请准时到。", ["常州市武进区阳湖科创园7号厂房"]),
        ("新店在温州市鹿城区五马街120号金鼎广场2楼31号铺，欢迎光临", ["温州市鹿城区五马街120号金鼎广场2楼31号铺"]),
        ("地址：太原市小店区长风街66号万象城L2-17号铺", ["太原市小店区长风街66号万象城L2-17号铺"]),
        ("如有查詢，請親臨九龍紅磡蕪湖街18-22號德豐大廈11字樓。", ["九龍紅磡蕪湖街18-22號德豐大廈11字樓"]),
        ("新舖喺九龍深水埗基隆街57號地舖，歡迎光臨", ["九龍深水埗基隆街57號地舖"]),
        ("寄到上海市长宁区安化路350弄12支弄7号，谢谢", ["上海市长宁区安化路350弄12支弄7号"]),
    ],
)
def test_shops_factories_hong_kong_floors_and_branch_lanes(text: str, want: list[str]) -> None:
    assert addresses_in(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("收件地址：臺南市東區崇善路88巷3弄6號B1", ["臺南市東區崇善路88巷3弄6號B1"]),
        ("门店：株洲市芦淞区建设中路19号百盛购物广场夹层", ["株洲市芦淞区建设中路19号百盛购物广场夹层"]),
        ("仓库在泉州市鲤城区温陵路5号新华都负一层B22，出电梯右转", ["泉州市鲤城区温陵路5号新华都负一层B22"]),
        ("商铺位于镇江市京口区中山东路8号苏宁广场B2-17商铺", ["镇江市京口区中山东路8号苏宁广场B2-17商铺"]),
        ("约在无锡市梁溪区人民中路126号茂业中心西北角见", ["无锡市梁溪区人民中路126号茂业中心"]),
    ],
)
def test_basement_and_mezzanine_floors_and_a_corner_of_the_building(text: str, want: list[str]) -> None:
    assert addresses_in(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("经营场所：芜湖市镜湖区中山北路31至35号", ["芜湖市镜湖区中山北路31至35号"]),
        ("门面：蚌埠市蚌山区淮河路102、104号，整租", ["蚌埠市蚌山区淮河路102、104号"]),
        ("办公：嘉兴市南湖区月河万达广场T3栋18层", ["嘉兴市南湖区月河万达广场T3栋18层"]),
        ("房屋坐落：绍兴市诸暨市枫桥郡22-3-601，面积98平方米", ["绍兴市诸暨市枫桥郡22-3-601"]),
    ],
)
def test_ranges_lettered_towers_and_estate_triples(text: str, want: list[str]) -> None:
    assert addresses_in(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Ship to: No. 9, Lane 777, Wuding Road, Pudong New Area, Shanghai 200122, China",
         ["No. 9, Lane 777, Wuding Road, Pudong New Area, Shanghai"]),
        ("Venue: Building 5, Yard 6, Huayuan Road, Haidian District, Beijing",
         ["Building 5, Yard 6, Huayuan Road, Haidian District, Beijing"]),
        ("Address: Flat 9B, Edificio Hoi Fu, 21 Rua de Pequim, Se, Macau",
         ["Flat 9B, Edificio Hoi Fu, 21 Rua de Pequim, Se, Macau"]),
        ("Please send it to 35 Avenida de Almeida Ribeiro, Macau. Thanks",
         ["35 Avenida de Almeida Ribeiro, Macau"]),
    ],
)
def test_english_lanes_and_compounds_and_macau_streets(text: str, want: list[str]) -> None:
    assert addresses_in(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "请21至40号考生到二楼候考。",
        "第3、7号文件请各科室传阅。",
        "停车场在B2，请从南门进。",
        "夹层玻璃的样品今天到。",
        "负一层美食城周末打八折。",
        "A区5栋的电梯在检修。",
        "We walked along Rua do Cunha and had almond cookies.",
        "Lane 5 of the pool is closed today.",
        "版本号 1-2-1203 已发布，请升级。",
        "在新华路和解放路交叉口西北角等你。",
        "某某路88号商铺出租，面议。",
    ],
)
def test_look_alikes_are_no_address(text: str) -> None:
    found = addresses_in(text)
    assert found in ([], ["某某路88号"]), found


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("寄件：廣東省深圳市福田區深南大道6008號", ["廣東省深圳市福田區深南大道6008號"]),
        ("地址：河南省-郑州市-金水区-经三路15号", ["河南省-郑州市-金水区-经三路15号"]),
        ("地址：陕西省/西安市/碑林区/南大街60号", ["陕西省/西安市/碑林区/南大街60号"]),
        ("住所：中华人民共和国湖南省湘潭市雨湖区韶山西路8号", ["中华人民共和国湖南省湘潭市雨湖区韶山西路8号"]),
        ("地址：洛阳市涧西区中州路与南昌路交叉口西北角正大广场C座1807", ["洛阳市涧西区中州路与南昌路交叉口西北角正大广场C座1807"]),
        ("住址：济南市历下区泺源大街6号润和国际B座", ["济南市历下区泺源大街6号润和国际B座"]),
        ("地址：安徽省\u3000黄山市\u3000屯溪区\u3000新安北路31号", ["安徽省\u3000黄山市\u3000屯溪区\u3000新安北路31号"]),
        ("地址：贵阳市云岩区中华北路56号未来方舟大厦", ["贵阳市云岩区中华北路56号未来方舟大厦"]),
    ],
)
def test_divisions_in_traditional_characters_or_between_marks_and_buildings_named_around_a_crossing(
    text: str, want: list[str]
) -> None:
    assert addresses_in(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "北京市-上海市-广州市三地巡演",
        "航线：广州市/深圳市/珠海市",
        "中山路与解放路交叉口东南角有家银行。",
        "他和我都住在和平里。",
    ],
)
def test_more_look_alikes_are_no_address(text: str) -> None:
    assert addresses_in(text) == []

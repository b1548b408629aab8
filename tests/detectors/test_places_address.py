"""ADDRESS span edges as people write them (issue 3, places round): each test states a rule on new
synthetic text — the whole building name after the house number, rooms written bare, divisions separated
by spaces or a comma, conjunctions inside road names, short forms in a row — and the place names that are
not addresses.
"""
from __future__ import annotations

import pytest

from detectors.recognizers.address import AddressRecognizer

ADDR = AddressRecognizer()


def addresses_in(text: str) -> list[str]:
    return [text[r.start : r.end] for r in ADDR.analyze(text, ["ADDRESS"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the longest building name wins: 村 inside 某某村大厦 does not end it
        ("客人住在北京市海淀区苏州街18号长远天地大厦\n", ["北京市海淀区苏州街18号长远天地大厦"]),
        ("收件：上海市长宁区天山路600弄2号新虹桥村大厦15楼\n", ["上海市长宁区天山路600弄2号新虹桥村大厦15楼"]),
        # a building followed by where at it (门口) or what happens there (举行) ends there
        ("周六集合地点杭州市拱墅区湖墅南路88号远洋乐堤港广场门口，别迟到", ["杭州市拱墅区湖墅南路88号远洋乐堤港广场"]),
        ("讲座在江苏省南京市栖霞区文苑路1号仙林校区敬文图书楼举行。", ["江苏省南京市栖霞区文苑路1号仙林校区敬文图书楼"]),
        # the institution, hotel or market standing at the number is the finest unit written
        ("寄到：江苏省常州市武进区滆湖中路18号常州工学院\n", ["江苏省常州市武进区滆湖中路18号常州工学院"]),
        ("地址：湖北省襄阳市樊城区长虹北路6号襄阳国际大酒店", ["湖北省襄阳市樊城区长虹北路6号襄阳国际大酒店"]),
        ("摊位：浙江省温州市鹿城区望江东路25号江滨鞋革市场", ["浙江省温州市鹿城区望江东路25号江滨鞋革市场"]),
        # warehouses and towers as units
        ("入库：广东省东莞市麻涌镇新沙港路9号3号仓\n", ["广东省东莞市麻涌镇新沙港路9号3号仓"]),
        ("地址：广东省广州市海珠区阅江西路222号广州塔商务中心C塔1806", ["广东省广州市海珠区阅江西路222号广州塔商务中心C塔1806"]),
        # a bare room number after the house number, a room with a letter, a floor with its wing letter
        ("地址：上海市普陀区金沙江路1518弄7号1403\n", ["上海市普陀区金沙江路1518弄7号1403"]),
        ("地址：天津市南开区卫津路94号融创中心2单元12C", ["天津市南开区卫津路94号融创中心2单元12C"]),
        ("地址：四川省绵阳市游仙区绵兴东路12号富乐大厦9楼A", ["四川省绵阳市游仙区绵兴东路12号富乐大厦9楼A"]),
        # 附 sub-numbers
        ("户籍：湖南省衡阳市蒸湘区解放大道45号附7号", ["湖南省衡阳市蒸湘区解放大道45号附7号"]),
        # divisions separated by spaces, or a comma after two or more divisions, are one address
        ("寄件地址：浙江省 宁波市 江北区 人民路132号", ["浙江省 宁波市 江北区 人民路132号"]),
        ("通讯地址：山东省烟台市芝罘区，南大街261号", ["山东省烟台市芝罘区，南大街261号"]),
        ("收货：河北省唐山市路南区\n新华东道66号", ["河北省唐山市路南区\n新华东道66号"]),
        # but a city alone before a comma starts a new clause
        ("他在苏州市，人民路8号是他父母家", ["人民路8号"]),
        # the house number wrapped onto the next line with its building and floor
        ("地址：辽宁省大连市中山区人民路68号\n宏誉商业大厦21层", ["辽宁省大连市中山区人民路68号\n宏誉商业大厦21层"]),
        ("地址：辽宁省大连市中山区人民路68号\n收件人：宋某", ["辽宁省大连市中山区人民路68号"]),
        ("送至江西省南昌市东湖区八一大道357号，财富广场B座12楼", ["江西省南昌市东湖区八一大道357号，财富广场B座12楼"]),
        ("送至江西省南昌市东湖区八一大道357号，2楼前台", ["江西省南昌市东湖区八一大道357号"]),
        # 和 / 与 inside a road or estate name do not cut it off its divisions
        ("寄到浙江省嘉兴市秀洲区新和路77号", ["浙江省嘉兴市秀洲区新和路77号"]),
        ("厂址：江苏省常州市新北区春江镇安和工业园长江北路12号", ["江苏省常州市新北区春江镇安和工业园长江北路12号"]),
        ("地址：同和路15号", ["同和路15号"]),
        # two places joined by 和: the address is the second one's
        ("客户分布在南京市和无锡市梁溪区中山路5号", ["无锡市梁溪区中山路5号"]),
        # short province and city forms in a row, and the country written first
        ("地址：江苏无锡梁溪区中山路5号", ["江苏无锡梁溪区中山路5号"]),
        ("地址：台灣新竹市東區光復路二段101號", ["台灣新竹市東區光復路二段101號"]),
        # a numbered zone of an estate, 特 before the number, 第 before a floor, a dormitory's block
        ("地址：北京市丰台区方庄芳古园一区12号楼3单元502", ["北京市丰台区方庄芳古园一区12号楼3单元502"]),
        ("地址：湖南省长沙市开福区芙蓉中路一段特2号", ["湖南省长沙市开福区芙蓉中路一段特2号"]),
        ("地址：福建省福州市台江区五一中路18号第5层", ["福建省福州市台江区五一中路18号第5层"]),
        ("住：云南省昆明市五华区翠湖街道云南大学宿舍7栋", ["云南省昆明市五华区翠湖街道云南大学宿舍7栋"]),
        # a road without its divisions starts after what the writer says about it (verb, pronoun, place word)
        ("收货信息改成建国路66号，谢谢", ["建国路66号"]),
        ("他家楼下青年路21号新开了面馆", ["青年路21号"]),
        ("师傅说胜利街9号那边修路", ["胜利街9号"]),
        ("地址：前进路15号", ["前进路15号"]),  # 前进 is a verb, but the road's own name
        # a Taiwanese neighbourhood number (里, 鄰) inside the chain
        ("地址：臺中市北區賴村里5鄰三民路三段129號", ["臺中市北區賴村里5鄰三民路三段129號"]),
    ],
)
def test_address_span_edges(text: str, expected: list[str]) -> None:
    assert addresses_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Hong Kong ground floors and the New Territories abbreviated
        ("Deliver to: Shop 3, G/F, 41 Tung Choi Street, Mong Kok, Kowloon",
         ["Shop 3, G/F, 41 Tung Choi Street, Mong Kok, Kowloon"]),
        ("Address: Flat 7D, Block 4, Sun Chui Estate, 2 Chui Tin Street, Tai Wai, N.T.\n",
         ["Flat 7D, Block 4, Sun Chui Estate, 2 Chui Tin Street, Tai Wai, N.T."]),
        # numbered road names (4th Road)
        ("Office: 9 Binhe 3rd Road, Futian District, Shenzhen",
         ["9 Binhe 3rd Road, Futian District, Shenzhen"]),
        # Taiwanese addresses in English, smallest unit first; the postcode after the city left out
        ("Mail to 5F, No. 32, Sec. 3, Nanjing E. Rd., Zhongshan Dist., Taipei City 104, Taiwan",
         ["5F, No. 32, Sec. 3, Nanjing E. Rd., Zhongshan Dist., Taipei City"]),
        ("Ship: No. 18, Ln. 45, Daguan Rd., Banqiao Dist., New Taipei City",
         ["No. 18, Ln. 45, Daguan Rd., Banqiao Dist., New Taipei City"]),
    ],
)
def test_addresses_in_english(text: str, expected: list[str]) -> None:
    assert addresses_in(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "园区3号楼的咖啡机坏了，请行政处理。",  # a building of an unnamed park
        "小区5栋2单元今晚停水。",  # an unnamed estate's block
        "宿舍3栋的同学请到楼下集合。",
        "北京市海淀区明天有小雨，中关村大街一带早高峰拥堵。",  # a district and a road alone
        "从上海虹桥站坐G7次列车，二等座。",  # a station and a train
        "在人民路与解放路交叉口等我。",  # a crossing: no house number, no divisions
        "深圳市2025年新建学校12所，南山区3所。",  # numbers next to places
    ],
)
def test_place_names_that_are_not_addresses(text: str) -> None:
    assert addresses_in(text) == []

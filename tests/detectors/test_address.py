"""ADDRESS recognizer: street addresses down to the room are found whole; places alone are not."""
from __future__ import annotations

import itertools
import random

import pytest
from faker import Faker
from hypothesis import given, settings
from hypothesis import strategies as st

from detectors.recognizers.address import AddressRecognizer

REC = AddressRecognizer()


def addresses_in(text: str) -> list[str]:
    return [text[r.start : r.end] for r in REC.analyze(text, ["ADDRESS"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("寄回地址：河北省石家庄市裕华区人民路718号7号楼2127室。", "河北省石家庄市裕华区人民路718号7号楼2127室"),
        ("用户地址：江西省南昌市红谷滩区李街1529号。请退回原卡", "江西省南昌市红谷滩区李街1529号"),
        ("收货地址：安徽省阜阳市临泉县杨桥镇程庄2组45号。", "安徽省阜阳市临泉县杨桥镇程庄2组45号"),
        ("寄回地址：大兴区黄街1607号中海国际社区20栋3单元1602室。", "大兴区黄街1607号中海国际社区20栋3单元1602室"),
        ('"addr": "石家庄市裕华区中关村大街60弄94号2446室"}', "石家庄市裕华区中关村大街60弄94号2446室"),
        ("Their China office is at 广东省广州市番禺区中山路1460号国贸大厦C座815; US office", "广东省广州市番禺区中山路1460号国贸大厦C座815"),
        ("张娜：臺中市三重市自強街85號6樓，收件人骆丽丽", "臺中市三重市自強街85號6樓"),
        ("現住址：臺中市太保平和路2段25號1樓", "臺中市太保平和路2段25號1樓"),
        ("我住在北京市朝阳区建国路88号院3号楼2单元501室，欢迎来玩", "北京市朝阳区建国路88号院3号楼2单元501室"),
        ("地址：辽宁省呼和浩特市大东区萧山县湛家镇李家村7组80号", "辽宁省呼和浩特市大东区萧山县湛家镇李家村7组80号"),
        ("新竹縣新興街360號之2", "新竹縣新興街360號之2"),
        ("天津市和平区和平路12号", "天津市和平区和平路12号"),
        ("地址：上海浦东新区张江高科技园区碧波路690号", "上海浦东新区张江高科技园区碧波路690号"),
        ("地址：香港中环皇后大道中99号中环中心50楼", "香港中环皇后大道中99号中环中心50楼"),
        ("地址：新北市板橋區文化路一段188巷44號", "新北市板橋區文化路一段188巷44號"),
        ("地址：成都市武侯区人民南路四段27号", "成都市武侯区人民南路四段27号"),
        ("林莉：把材料寄到新市区解放大道595号万科城市花园D座264吧", "新市区解放大道595号万科城市花园D座264"),
    ],
)
def test_finds_whole_addresses(text: str, expected: str) -> None:
    assert addresses_in(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "下周去上海市浦东新区出差，顺便去中关村看看。",
        "中山路和人民路交叉口有家咖啡店。",
        "地铁3号线在虹桥站停运，3月5号恢复。",
        "请查看第3号文件和会议号 798 694 111。",
        "工号：94491855，订单号2023101599952234",
        "5号楼会议室明天下午开会。",
        "二〇二五年一月八日在杭州西湖见。",
    ],
)
def test_places_dates_and_numbers_are_not_addresses(text: str) -> None:
    assert addresses_in(text) == []


def test_zero_width_inside_address_is_covered() -> None:
    text = "地址：上海市徐汇区漕溪\u200b北路88号"
    assert addresses_in(text) == ["上海市徐汇区漕溪\u200b北路88号"]


def test_generated_addresses_are_found_exactly() -> None:
    fake = Faker("zh_CN")
    fake.seed_instance(11)
    rnd = random.Random(11)
    total = exact = 0
    for _ in range(300):
        addr = (
            fake.province()
            + fake.city_name() + "市"
            + fake.district() + "区"
            + fake.street_name()
            + f"{rnd.randint(1, 2999)}号"
            + rnd.choice(["", f"{rnd.randint(1, 30)}栋{rnd.randint(1, 6)}单元{rnd.randint(101, 3302)}室"])
        )
        text = rnd.choice(["收货地址：", "请寄到", "家庭住址："]) + addr + rnd.choice(["。", "，收件人", "\n"])
        total += 1
        exact += addresses_in(text) == [addr]
    assert exact / total >= 0.97


TEXT = st.text(
    alphabet=st.one_of(
        st.characters(blacklist_categories=()),
        st.sampled_from("省市区县镇村路街巷弄号號栋单元室层楼座组之银行支行有限公司大学医院（）:：0123456789 \n\u200b"),
    ),
    max_size=200,
)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_any_text_scans_with_valid_non_overlapping_offsets(text: str) -> None:
    results = sorted(REC.analyze(text, ["ADDRESS"]), key=lambda r: r.start)
    for r in results:
        assert 0 <= r.start < r.end <= len(text)
    for a, b in itertools.pairwise(results):
        assert a.end <= b.start

"""ADDRESS, round 14a: finest units written another way, and house numbers people wrap or say in words
(synthetic values, none from the round's corpus).

English units after a Chinese house number (Room / Unit / Building … Room / Tower … F), rooms named for their use
(门卫室, 地下室), Hong Kong's 地下 (ground floor), Sichuan's village 社, a house number wrapped onto the next line after
its road, house numbers of five Chinese numerals, and `Apt.` before an English-order address. Look-alikes: the same
words with no address before them."""
from __future__ import annotations

import pytest

from detectors.recognizers.address import find_addresses


def addresses_in(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in find_addresses(text)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("寄到南通市崇川区工农路57号 Room 2103，谢谢", ["南通市崇川区工农路57号 Room 2103"]),
        ("收件：德州市德城区湖滨北路12号Unit 3C", ["德州市德城区湖滨北路12号Unit 3C"]),
        ("Ship to 东风路301号 Building 7, Room 1502 please", ["东风路301号 Building 7, Room 1502"]),
        ("送到和平大街88号 Tower B 15F，前台签收", ["和平大街88号 Tower B 15F"]),
        ("地址：清河路6号Apt. 402", ["清河路6号Apt. 402"]),
    ],
)
def test_english_units_after_a_chinese_number(text: str, want: list[str]) -> None:
    assert addresses_in(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("货放六安市金安区梅山南路210号门卫室，找保安", ["六安市金安区梅山南路210号门卫室"]),
        ("钥匙在滨湖路33号9栋地下室", ["滨湖路33号9栋地下室"]),
        ("送到黔江区城东街道正阳路8号传达室", ["黔江区城东街道正阳路8号传达室"]),
        ("店舖地址：九龍紅磡蕪湖街95號地下", ["九龍紅磡蕪湖街95號地下"]),
        ("新舖喺荃灣沙咀道120號地下B舖，歡迎光臨", ["荃灣沙咀道120號地下B舖"]),
    ],
)
def test_named_rooms_and_the_ground_floor(text: str, want: list[str]) -> None:
    assert addresses_in(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("住址：南充市仪陇县金城镇双庙村4社", ["南充市仪陇县金城镇双庙村4社"]),
        ("户籍：达州市渠县有庆镇高峰村七社", ["达州市渠县有庆镇高峰村七社"]),
    ],
)
def test_a_village_she_is_its_group(text: str, want: list[str]) -> None:
    assert addresses_in(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("地址：衡阳市蒸湘区解放大道\n1020号6栋\n电话见下", ["衡阳市蒸湘区解放大道\n1020号6栋"]),
        ("我家在荆州市沙市区江津东路一百六十七号", ["荆州市沙市区江津东路一百六十七号"]),
        ("来北门街二百零五号三楼找我", ["北门街二百零五号三楼"]),
        ("他住安华西里甲9号楼2门503，晚上在家", ["安华西里甲9号楼2门503"]),
        ("寄到宁波市鄞州区学士路655号智慧园5-C702，前台代收", ["宁波市鄞州区学士路655号智慧园5-C702"]),
    ],
)
def test_wrapped_and_spoken_house_numbers(text: str, want: list[str]) -> None:
    assert addresses_in(text) == want


def test_apt_before_an_english_order_address() -> None:
    text = "Address: Apt. 1506, No. 31 Renmin Road, Yuhua District, Changsha, Hunan 410000"
    assert addresses_in(text) == ["Apt. 1506, No. 31 Renmin Road, Yuhua District, Changsha, Hunan"]


@pytest.mark.parametrize(
    "text",
    [
        "门卫室收快递到晚上九点，地下室不要堆杂物。",
        "Room 1503 and Building 2 are closed for cleaning.",
        "杂志社5社区活动周六举行。",
        "二社和三社的村民明天开会。",
        "第一章 道路\n3号文件另发",
        "报社记者5社团的同学都来了",
        "旺角地下街的舖位今日開張。",
        "我们约在人民路\n明天见",
        "小区东门12号",
    ],
)
def test_look_alikes_stay_quiet(text: str) -> None:
    assert addresses_in(text) == []

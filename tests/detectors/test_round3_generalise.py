"""PERSON / ORG / ADDRESS rules from the third blind round (issue 3, "generalise, do not tune to a sample").

Every example is new synthetic text (names from Faker zh_CN / en_GB / ja_JP, seed 20261201, or invented);
each test states a rule a reader would accept for unseen text.
"""
from __future__ import annotations

import pytest

from detectors.recognizers.address import AddressRecognizer
from detectors.recognizers.names import PersonRecognizer
from detectors.recognizers.org import OrgRecognizer

PERSON, ORG, ADDRESS = PersonRecognizer(), OrgRecognizer(), AddressRecognizer()


def found(rec: PersonRecognizer | OrgRecognizer | AddressRecognizer, entity: str, text: str) -> list[str]:
    return [text[r.start : r.end] for r in rec.analyze(text, [entity])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 同志 after a name, as appointment notices write it; a bare surname with it is the honorific
        ("经研究，拟任命刘志强同志为办公室主任。", ["刘志强"]),
        ("请陶同志下午到组织部报到", ["陶同志"]),
        # titles as Taiwan and Hong Kong write them
        ("請聯絡業務部林淑珍經理確認報價", ["林淑珍"]),
        ("會後由戴組長整理紀錄", ["戴組長"]),
        # a post written straight before the name in records and notices
        ("主治医师袁桂珍说明天可以出院", ["袁桂珍"]),
        ("村支书蔡秀梅，会计林丽丽", ["蔡秀梅", "林丽丽"]),
        ("您的孩子吴丹丹已被我校录取", ["吴丹丹"]),
        # a name followed by a verb of complaint or a time word
        ("客户何颖反映上个月的账单有误", ["何颖"]),
        ("他儿子张雷下个月退伍", ["张雷"]),
        # minutes and statements: who attended, who was asked, who acts for whom
        ("参会：杨桂香、徐霞、陈浩", ["杨桂香", "徐霞", "陈浩"]),
        ("受托人：沈玲，女，汉族", ["沈玲"]),
        ("被询问人：欧平，男，1980年生", ["欧平"]),
        # a school class written before a pupil's name
        ("表扬初一（2）班陈欢、初二（4）班时博。", ["陈欢", "时博"]),
        # verbs of reporting in minutes close a name
        ("三、杨桂香汇报了第三季度的回款情况", ["杨桂香"]),
    ],
)
def test_chinese_name_frames(text: str, expected: list[str]) -> None:
    assert found(PERSON, "PERSON", text) == expected


@pytest.mark.parametrize("text", ["此致\n敬礼\n\n采购部", "有问题随时联系。\n\n祝好\n", "谢谢\n"])
def test_letter_closings_are_not_names(text: str) -> None:
    assert found(PERSON, "PERSON", text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an honorific vouches for a family name that no list holds
        ("Dear Mr. Takahashi, thank you for your visit.", ["Mr. Takahashi"]),
        ("Dear Dr. Sakamoto,\n\nPlease find attached", ["Dr. Sakamoto"]),
        ("We invited Professor Wang Ming to speak.", ["Professor Wang Ming"]),
        # a pinyin name right after a capitalised word that is not a name
        ("Did Liu Dong reply?", ["Liu Dong"]),
        # Japanese and British names in the wider given / family name lists
        ("Naoki Takahashi and Catherine Bray joined the call.", ["Naoki Takahashi", "Catherine Bray"]),
        # Korean names: family name, then a hyphenated two-syllable given name
        ("Please ask Choi Young-ho or Kim Soo-jin.", ["Choi Young-ho", "Kim Soo-jin"]),
        # booking records: SURNAME/GIVEN in capitals
        ("PAX 1 ZHANG/XIN PAX 2 SAKAMOTO/KYOSUKE", ["ZHANG/XIN", "SAKAMOTO/KYOSUKE"]),
        # a chat mention of a listed given name
        ("@Jennifer can you check? @Patricia Wilson thanks", ["Jennifer", "Patricia Wilson"]),
    ],
)
def test_latin_name_forms(text: str, expected: list[str]) -> None:
    assert found(PERSON, "PERSON", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "@Override\npublic String toString()",
        "TCP/IP and AND/OR, N/A",
        "Dev: restart the service\nOps: done",
        "mail me at jennifer@example.org",
    ],
)
def test_latin_look_alikes_are_not_names(text: str) -> None:
    assert found(PERSON, "PERSON", text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a region in brackets inside an English company name
        ("Please invoice Tulong Media (Shenzhen) Co., Ltd. by Friday.", ["Tulong Media (Shenzhen) Co., Ltd."]),
        ("Singapore entity: Fuxi Trading Pte. Ltd.", ["Fuxi Trading Pte. Ltd."]),
        # 来 inside a word of the brand (未来) is not a verb before the place the name starts with
        ("上海菊风未来传媒有限公司年会下周举行", ["上海菊风未来传媒有限公司"]),
    ],
)
def test_org_names(text: str, expected: list[str]) -> None:
    assert found(ORG, "ORG", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 局长 / 院长: the suffix character opens the head's title, the body ends before it
        ("任命章艳为杭州市西湖区民政局局长", ["杭州市西湖区民政局"]),
        ("他是浙江大学医学院附属第一医院院长", ["浙江大学医学院附属第一医院"]),
    ],
)
def test_org_before_its_heads_title(text: str, expected: list[str]) -> None:
    assert found(ORG, "ORG", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("户籍地：甘肃省定西市通渭县陇阳镇王川村", ["甘肃省定西市通渭县陇阳镇王川村"]),
        ("收货：广西壮族自治区崇左市天等县进结镇布添村那造屯，到了打电话", ["广西壮族自治区崇左市天等县进结镇布添村那造屯"]),
        # the village office as the place where something is (a heading alone names the committee: an ORG, round 13a)
        ("地点：云南省文山壮族苗族自治州广南县者兔乡者莫村委会", ["云南省文山壮族苗族自治州广南县者兔乡者莫村委会"]),
    ],
)
def test_rural_addresses_end_at_the_village(text: str, expected: list[str]) -> None:
    assert found(ADDRESS, "ADDRESS", text) == expected


@pytest.mark.parametrize("text", ["周末回村里看看，镇上新开了超市", "陇阳镇王川村", "通渭县的村子都通了公路"])
def test_villages_without_their_divisions_are_not_addresses(text: str) -> None:
    assert found(ADDRESS, "ADDRESS", text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an initial and a listed family name; a Latin speaker with a full-width colon and no space
        ("Attendees: C. Bray, P. Wilson", ["C. Bray", "P. Wilson"]),
        ("项目群\nJennifer：明天的会改到三点\n", ["Jennifer"]),
    ],
)
def test_initials_and_full_width_speakers(text: str, expected: list[str]) -> None:
    assert found(PERSON, "PERSON", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ship to: No. 27 Wuyi Road, Gulou District, Fuzhou, Fujian.", ["No. 27 Wuyi Road, Gulou District, Fuzhou, Fujian"]),
        (
            "Office: Room 1203, Tower B, Tulong Plaza, 66 Zhongshan East Road, Xuanwu District, Nanjing\nTel",
            ["Room 1203, Tower B, Tulong Plaza, 66 Zhongshan East Road, Xuanwu District, Nanjing"],
        ),
        ("Flat 5C, 18 Nathan Road, Tsim Sha Tsui, Kowloon, Hong Kong", ["Flat 5C, 18 Nathan Road, Tsim Sha Tsui, Kowloon, Hong Kong"]),
    ],
)
def test_chinese_addresses_written_in_english(text: str, expected: list[str]) -> None:
    assert found(ADDRESS, "ADDRESS", text) == expected


@pytest.mark.parametrize("text", ["742 Evergreen Terrace, Springfield", "12 Baker Street, London", "Road works on Nanjing Road today"])
def test_english_streets_outside_china_are_not_chinese_addresses(text: str) -> None:
    assert found(ADDRESS, "ADDRESS", text) == []

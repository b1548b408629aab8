"""Names the eleventh round (document kinds) found missing or invented.

Each case holds a rule of how a name is written in a kind of document, not a string of the round-11 corpus:
a pinyin given name before a family name in capitals (English-order letters and passports), the Hui surname 回
where a field holds the name alone, three-character historic names with a rare given character, thinkers'
stance verbs; and the 方 of a party (销售方名称, 采购方全称) that starts no name. Synthetic names only."""
from __future__ import annotations

import pytest

import detectors


def _people(text: str) -> list[str]:
    return [text[f.start : f.end] for f in detectors.scan(text) if f.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("As agreed with Mingyu QIAN, the samples ship on Monday.", ["Mingyu QIAN"]),
        ("Attendees: Chenxi DENG and Wenbo TAN", ["Chenxi DENG", "Wenbo TAN"]),
        ("护照姓名 Yifan CAO，请核对。", ["Yifan CAO"]),
    ],
)
def test_a_two_syllable_given_name_before_a_capitalised_pinyin_surname_is_a_person(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Export the Power BI dashboard before noon.",
        "Dear SIR or MADAM, please find the invoice attached.",
        "Hello TEAM, the build is green.",
        "Set the Order ID and the Data API key.",
    ],
)
def test_english_words_before_capitals_are_no_person(text: str) -> None:
    assert _people(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("经办人：回立梅\n日期：6月3日", ["回立梅"]),
        ("序号,联系人,电话\n1,回永峰,010-66001234\n", ["回永峰"]),
        ("值班：章立新、回晓东、潘文\n", ["章立新", "回晓东", "潘文"]),
        ("[09:12] 回海军：报表发你了\n", ["回海军"]),
    ],
)
def test_the_hui_surname_hui_is_read_where_a_field_holds_the_name_alone(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "状态：回款中\n",
        "方式：回寄\n",
        "操作：回收站\n",
        "结果：回传\n",
        "下一步：回调函数\n",
        "主题: 回复: 报价\n",
        "请尽快回复邮件，回头再说。",
    ],
)
def test_words_that_start_with_hui_in_a_field_are_no_name(text: str) -> None:
    assert _people(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("范仲淹说过先天下之忧而忧。", ["范仲淹"]),
        ("课本里，谭嗣同认为变法必须流血。", ["谭嗣同"]),
        ("郭嘉明主张先做试点。", ["郭嘉明"]),
        ("罗立新晚年回到故乡教书。", ["罗立新"]),
    ],
)
def test_historic_names_and_what_thinkers_held_are_people(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "销售方名称：某某贸易有限公司",
        "请填写采购方全称和税号。",
        "【乙方全称】",
        "买方代表已签字，卖方名义上同意。",
        "会议强调，原告主张，公司一生一世。",
    ],
)
def test_a_party_word_and_a_stance_verb_after_a_noun_are_no_person(text: str) -> None:
    assert _people(text) == []


def test_a_name_after_a_party_label_is_still_found() -> None:
    assert _people("乙方：方立群\n") == ["方立群"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("致谢：感谢江北大学物理学院的邓立伟、常青在测试上的帮助。", ["邓立伟", "常青"]),
        ("这是蓝海公司的钟明辉说的。", ["钟明辉"]),
        ("课题组的温晓峰、毛毅等人完成了标定。", ["温晓峰", "毛毅"]),
    ],
)
def test_members_named_right_after_a_unit_and_de_are_people(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(
    "text",
    ["公司的发展离不开大家。", "医院的高度重视让人安心。", "公司的安全、高效运营是底线。", "团队的严格要求。"],
)
def test_what_a_unit_has_is_no_member(text: str) -> None:
    assert _people(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("suppliers:\n  - name: 某某公司\n    contact: 白露\n", ["白露"]),
        ("owner: 高洁\nstatus: open\n", ["高洁"]),
        ("董事会秘书\u3000季洪涛\n", ["季洪涛"]),
        ("> 请查收。\n> \n> 回明杰\n", ["回明杰"]),
    ],
)
def test_word_like_names_under_a_person_key_or_a_title_are_people(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize("text", ["status: 高效\n", "region: 钱塘江\n", "owner: 平台组\n", "name: 安全\n"])
def test_a_word_under_a_key_that_names_no_person_or_a_unit_is_no_name(text: str) -> None:
    assert _people(text) == []


def test_senders_of_a_dated_chat_export_are_people_even_when_words() -> None:
    text = "整理一下：\n雷鸣 2025-02-03 09:12\n到了吗\n邵兵 2025-02-03 09:15\n马上\n雷鸣 2025-02-03 09:16\n好\n"
    assert _people(text) == ["雷鸣", "邵兵", "雷鸣"]


@pytest.mark.parametrize(
    "text",
    ["财务 2025-01-01 10:00\n已付\n客服 2025-01-01 10:02\n好\n", "上海 2025-01-01 10:00\n晴\n北京 2025-01-01 10:02\n雨\n"],
)
def test_roles_and_places_in_dated_headers_are_no_people(text: str) -> None:
    assert _people(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [("另外，韩愈的诗也值得一读。", ["韩愈"]), ("宋慈早年做过县令。", ["宋慈"])],
)
def test_a_listed_historic_name_before_the_words_of_a_life_is_a_person(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize("text", ["产地\t单价\n嘉陵江\t12.00\n", '{"region": "钱塘江"}'])
def test_a_frequent_river_or_mountain_name_unlabelled_is_no_person(text: str) -> None:
    assert _people(text) == []

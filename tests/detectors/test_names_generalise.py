"""PERSON patterns that hand-written text uses and generated templates did not (issue 3).

Every example is new synthetic text (names from Faker zh_CN / en_US, seed 20261130, or invented): each test
states a rule a reader would accept for unseen text, not a string the detector was tuned on.
"""
from __future__ import annotations

import pytest

from detectors.nlp import lexicon
from detectors.recognizers.names import anchors, plausible
from detectors.recognizers.names import PersonRecognizer

REC = PersonRecognizer()


def names_in(text: str) -> list[str]:
    return [text[r.start : r.end] for r in REC.analyze(text, ["PERSON"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a kinship or relation noun written straight before a name
        ("快递写的是我老公张红霞，电话打不通", ["张红霞"]),
        ("女方庄静，92年，在银行上班", ["庄静"]),
        ("本人徐凤英（身份证号码见附件）同意授权", ["徐凤英"]),
        ("我女儿施婷，今年上初二", ["施婷"]),
        # a parent writing in a class group: the child's name and the relation before the colon
        ("程凤兰爸爸：收到，谢谢老师", ["程凤兰"]),
        ("项淑珍奶奶：好的", ["项淑珍"]),
        # aunt / uncle honorifics in chats
        ("李婶：饭好了，快下来", ["李婶"]),
        # 老 + surname after a job title that already closes a word (班长 + 老周, not 长老)
        ("班长老周：明早七点集合", ["老周"]),
        # someone's contact details
        ("谁知道任兵的新号码？", ["任兵"]),
        # a short note in brackets does not end a list of names
        ("出席：康梅（记录）、樊文、沈旭", ["康梅", "樊文", "沈旭"]),
        # a label followed by an index
        ("乘车人2：韩峰", ["韩峰"]),
        # the short envelope label 收：
        ("收：任莹 13800002222", ["任莹"]),
        # two names joined by 和 / 与 at a clause start, then a distributive adverb
        ("郑波和陈云都同意延期", ["郑波", "陈云"]),
        ("。罗杨与沈旭分别发言", ["罗杨", "沈旭"]),
    ],
)
def test_names_in_running_text(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # role nouns before a colon head a line, they are not speakers' names
        "顾客：我的订单怎么还没发货？",
        "来访者：你好，我找人事部",
        "投诉人：要求三天内答复",
        "申請人：（請填寫）",
        "宾客：需要加一张床",
        # a label whose value is an ordinary word running on into a sentence
        "同事：全靠运气好",
        # @ + a label word is a mention of everyone, not a field
        "@所有人：周会改到三点",
        "@所有人 月报请查收",
        # modern words that start with a surname character
        "价格以官网为准",
        "贵司提交的材料已收到",
        "我司负责部署和运维",
        # coordinated ordinary words are not names
        "高兴和快乐都很重要",
        "收入：五千元",
    ],
)
def test_role_nouns_and_common_words_are_not_names(text: str) -> None:
    assert names_in(text) == []


def test_agent_nouns_are_role_nouns() -> None:
    # a verb + 人 / 者 is an agent noun (来电人, 报名者), whatever the list holds
    assert plausible.role_noun("报名人")
    assert plausible.role_noun("来访者")
    assert not plausible.role_noun("张红霞")


def test_labelled_transliterated_name_runs_to_the_field_end() -> None:
    assert names_in("收件人：米娜瓦尔，电话见备注") == ["米娜瓦尔"]
    assert names_in("乘客：卓玛拉姆（成人）") == ["卓玛拉姆"]
    # an ordinary Chinese name after a label is not stretched over the words after it
    assert names_in("联系人：王杰明天到") == ["王杰"]


def test_tibetan_names_are_two_name_elements() -> None:
    assert names_in("任命格桑平措同志为副主任") == ["格桑平措"]
    assert names_in("关于尼玛次仁的通知") == ["尼玛次仁"]
    assert names_in("格桑花开满山坡") == []
    assert names_in("欢迎来到尼玛县") == []


def test_every_tibetan_element_holds_a_gate_character() -> None:
    # the element pattern runs only around the gate characters, so each element must hold one
    gate = set(anchors.TIBETAN_GATE)
    assert all(gate & set(part) for part in lexicon.tibetan_name_parts())


def test_markdown_table_cells_under_a_name_column() -> None:
    table = "|姓名|电话|部门|\n|---|---|---|\n|谢华|13800001111|财务|\n|高峰|13900002222|市场|\n"
    # 高峰 is also an ordinary word; under 姓名 it is a name; 财务 / 市场 are not under a name column
    assert names_in(table) == ["谢华", "高峰"]
    assert names_in("|项目|状态|\n|---|---|\n|高潮|完成|\n") == []


def test_labelled_value_running_into_a_company_is_not_a_person() -> None:
    assert names_in("被告：大连海韵物业服务有限公司，住所地大连市") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Olivia: can you check the invoice?\nNathan: sure, tonight", ["Olivia", "Nathan"]),
        ("OPS-Natalie: 服务器重启了", ["Natalie"]),
        ("Hello Brian, the file is attached.\nCheers, Valerie", ["Brian", "Valerie"]),
        ("From: Kathleen Xu <k.xu@example.org>\nSubject: Q3", ["Kathleen Xu"]),
        ("Kind regards,\nGary Huang\nSales Director", ["Gary Huang"]),
        ("Full name: Marcus Adeyemi\nNationality: NG", ["Marcus Adeyemi"]),
        ("旅客：Yamamoto Kenji（日本）", ["Yamamoto Kenji"]),
        ("Camille Dubois,c.dubois@example.fr,Manager", ["Camille Dubois"]),
        ("Holder: LEUNG Ka Fai 梁家輝", ["LEUNG Ka Fai", "梁家輝"]),
        ("Please loop in Monica Zhang on the thread.", ["Monica Zhang"]),
        ("Interviewer: Elizabeth Okoro\nRole: analyst", ["Elizabeth Okoro"]),
    ],
)
def test_latin_names_in_headers_greetings_speakers_and_records(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "May: sales up 5%\nJune: flat",
        "Grace Period, 30 days",
        "甲方：Summit Capital LLP",
        "Note: see the Hong Kong office",
        "Hi team, thanks all",
    ],
)
def test_latin_look_alikes_are_not_names(text: str) -> None:
    assert names_in(text) == []

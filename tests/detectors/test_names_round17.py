"""PERSON, seventeenth round: names with no cue word (a clause's subject, the object of 帮 / 替 / 陪 / 配合 ..., a
name before 那边 / 他们 / 呢), given names alone (a letter's salutation, a child's given name found before 家长 and
named again), Hong Kong forms of address (陳生, 黃太), names a PDF's hard wrap or an OCR's spacing cuts, names after
a relation label with no colon or a post with no word after them, and text of the same shapes that names nobody.
Values here are not in bench/eval/corpus/blind-round17p.jsonl."""
from __future__ import annotations

import pytest

from detectors.recognizers.names import find_names, layout


def names_in(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in find_names(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject of a clause, with nothing but the clause after it
        ("卢嘉怡下午要去机场接客户。", ["卢嘉怡"]),
        ("各位：\n1. 苏文博那边还没回复；\n2. 下周例会照常。", ["苏文博"]),
        ("叶佳琪呢？会议已经开始了。", ["叶佳琪"]),
        ("韩志远他们三个负责布展。", ["韩志远"]),
        # the object of a verb that only a person takes, and a clause-opening word before the name
        ("麻烦你帮邹丽萍把发票贴好。", ["邹丽萍"]),
        ("周五我替彭俊杰值夜班。", ["彭俊杰"]),
        ("明天陪汪丽华去趟医院。", ["汪丽华"]),
        ("合同由法务审核，后来蒋振华又改了一版。", ["蒋振华"]),
        # a relation label with no colon, a post with no word after the name
        ("财务复核谭静怡。", ["谭静怡"]),
        ("家属邱慧敏陪护。", ["邱慧敏"]),
        # a letter's salutation by given name, and the child named before 家长 and again later
        ("美玲：\n  你好！材料已经收到。", ["美玲"]),
        ("子轩家长您好，子轩今天在学校发烧了。", ["子轩", "子轩"]),
        # a given name alone after the full name was found in a weak frame
        ("这次最大的功臣是曹婉婷。夜里，婉婷第一个发现了故障。", ["曹婉婷", "婉婷"]),
    ],
)
def test_names_with_no_cue(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected


def test_hong_kong_forms_of_address_in_traditional_text() -> None:
    assert names_in("今日致電梁太，梁太話想下個月再睇。約咗馮生聽日見面。") == ["梁太", "梁太", "馮生"]
    assert names_in("今天梁太阳很好，学生先生都来了。") == []  # simplified text: no Hong Kong forms


def test_a_hard_wrap_inside_a_name_is_one_span() -> None:
    text = (
        "在这次抢修中，值班员彭建华第一个到达现场\n"
        "，随后协助范丽娟完成了线路排查工作。曾梦\n"
        "瑶负责联络，整个过程没有出现任何差错，特\n"
        "此表扬。"
    )
    found = names_in(text)
    assert "曾梦\n瑶" in found and "范丽娟" in found


def test_a_spaced_out_ocr_line_is_read_without_its_spaces() -> None:
    text = "今 收 到 冯 晓 雯 交 来 押 金 叁 千 元 整 。"
    assert names_in(text) == ["冯 晓 雯"]


@pytest.mark.parametrize(
    "text",
    [
        "这个思路确实高明，于是大家决定照做。",
        "遇到问题先找方法，再问清楚需求，必要时给予补偿。",
        "温馨提示：本店周一闭店。",
        "园区名单：中关村、张江高科、前海自贸区。",
        "推荐：宫保鸡丁、蓝天白云、江河湖海。",
        "楼下新开了一家杨国福麻辣烫，隔壁卖周大福金饰。",
        "伊斯坦布尔一直很堵，但希望明天好一点。",
        "值班表\n日期\t白班\t夜班\n周一\t甲组\t乙组\n周二\t乙组\t甲组",
        "今日主任医师查房，患者情况平稳。",
        "关于三（2）班的通知",
        "欢 迎 光 临\n营 业 时 间 ： 周 一 至 周 日",
    ],
)
def test_look_alikes_are_not_people(text: str) -> None:
    assert names_in(text) == []


def test_lines_of_one_length_in_a_table_or_a_chat_are_no_wrap() -> None:
    rows = "周一\t李红梅\t王志刚\n周二\t王志刚\t李红梅\n周三\t李红梅\t王志刚"
    chat = "张宇航：我手机号发你了，有事打我\n刘佳怡：我手机号发你了，有事打我\n韦志刚：好的"
    assert layout.undone(rows) == []
    assert layout.undone(chat) == []

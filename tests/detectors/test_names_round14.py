"""PERSON, fourteenth round: given names holding 和 / 于 in whole values, names before 系 / 等人 / 之子 and in
someone's home (在某某家), 同行 before a name, compound surnames written with a separator, a ·-joined name whose
last part runs into the clause, a courtesy title after a word-like given name, court scripts, double-barrelled
English family names, an English name in brackets after a name, DingTalk stamp headers, and text of the same
shapes that names nobody. Values here are not in bench/eval/corpus/blind-round14n.jsonl."""
from __future__ import annotations

import pytest

from detectors.recognizers.names import find_names


def names_in(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in find_names(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 和 / 于 in a given name, where nothing runs on from the value
        ("| 姓名 | 科室 |\n|---|---|\n| 骆于萱 | 儿科 |", ["骆于萱"]),
        ("名单：\n• 翁子和\n• 裴丽君", ["翁子和", "裴丽君"]),
        ("2. 庞嘉和（后勤组）", ["庞嘉和"]),
        ("此致\n敬礼！\n邝和顺\n行政部", ["邝和顺"]),
        # who the person is, whose child, and the others with them
        ("武海燕系本厂职工，现住厂区宿舍。", ["武海燕"]),
        ("兹证明詹立群系我单位在编人员。", ["詹立群"]),
        ("被申请人邵凯系邵国平之女。", ["邵凯", "邵国平"]),
        ("符光荣等人在门口等候。", ["符光荣"]),
        # someone's home, 同行 before a name
        ("国庆期间我住在同学柯晓雯家。", ["柯晓雯"]),
        ("周六去严俊峰家里打牌。", ["严俊峰"]),
        ("这趟去成都同行祁美玲，一路很顺利。", ["祁美玲"]),
        # a compound surname, a separator, a given name
        ("请上官．明月、司徒·浩然于周五前回复。", ["上官．明月", "司徒·浩然"]),
        ("诸葛・亮亮同学获得一等奖。", ["诸葛・亮亮"]),
        # a ·-joined name whose last part runs on into the clause
        ("米热古丽•司马义说明天到。", ["米热古丽•司马义"]),
        # a courtesy title after a three-character name whose given name is a word
        ("邬建成先生您好，包裹已寄出。", ["邬建成"]),
        ("此事由简进发先生负责。", ["简进发"]),
        # English
        ("Signed by Margaret Walker-Hughes yesterday.", ["Margaret Walker-Hughes"]),
        ("联系人：Lu Fang (Jessica)", ["Lu Fang", "Jessica"]),
        # a DingTalk export: the sender, the stamp in brackets
        ("聂小川(2026-02-03 09:12:45):\n好的\n柴晓燕(2026-02-03 09:13:02):\n收到", ["聂小川", "柴晓燕"]),
        # minutes: who kept silent, who nodded
        ("会上凌志强没有发言。", ["凌志强"]),
        ("“行，”龚德明点点头。", ["龚德明"]),
        ("覃晓慧的报销单还没交。", ["覃晓慧"]),
    ],
)
def test_a_round14_form_is_found(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "我和你说过，先吃饭再说和解的事。",
        "在国家的支持下，大家回到专家家里。",
        "张家口和保定都在河北，李家村在南方。",
        "同行业的交流会下周开，同行人员请报备。",
        "关系我们每一个人，体系本身没有问题。",
        "审判员：原告陈述。\n审判员：被告答辩。",
        "敬启者：\n贵司来函已收悉。",
        "Rolls-Royce and Coca-Cola sponsor the Wi-Fi.",
        "今天讲讲Rust 方案和Linux 内核的关系。",
        "被告答辩称双方无合同关系。",
        "版本 v1.2，路径 a.b.c，东方.com",
        "厂里的老干妈辣椒酱都卖完了。",
    ],
)
def test_a_look_alike_names_nobody(text: str) -> None:
    assert names_in(text) == []

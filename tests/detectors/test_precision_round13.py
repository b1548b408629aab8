"""PERSON and ORG precision, thirteenth round (13d): shop signs, brands, product models and titles of works that
hold a surname or a form of address, and company names written after a party word, a verb or a province that
begins with a determiner character. Values here are not in bench/eval/corpus/blind-round13d.jsonl."""
from __future__ import annotations

import pytest

from detectors.recognizers.names import find_names
from detectors.recognizers.org import find_orgs


def names_in(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in find_names(text)]


def orgs_in(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in find_orgs(text)]


@pytest.mark.parametrize(
    "text",
    [
        # a keeper's form of address glued to what the shop sells (家 may come between)
        "周末去老钱烤鱼吃饭",
        "楼下小邓米线很好吃",
        "黄姐凉皮涨价了",
        "老曹家饺子排队很长",
        "罗阿姨包子五块钱三个",
        "潘姐甜品今天打八折",
        "小谢奶茶真好喝",
        "老吴超市关门了",
        # a brand named after a person's form of address, glued to the product
        "章师傅方便面降价了",
        # a 字号 in 记
        "酱油买了海天和刘全记的",
        "月饼选了美心和黎记的",
        "片仔癀和钟兴记的都卖完了",
        # a title of a work in 《》, filled by what reads as a name
        "周末看了《白毛女》",
        "重播《包青天》第三集",
        # a word between two model codes, a conjunction maybe before it
        "小鹏P7和高合HiPhi X哪个好",
        "G6和岚图FREE选哪台",
        "Model 3和明锐PRO的后排",
        "X5和宋L都试驾了",
    ],
)
def test_a_sign_brand_model_or_title_is_no_person(text: str) -> None:
    assert names_in(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same forms of address, as people, stay
        ("刘姐面试了两个人", ["刘姐"]),
        ("老王店里有货", ["老王"]),
        ("约了老钱吃烤鱼", ["老钱"]),
        ("请黄姐吃凉皮", ["黄姐"]),
        ("陈记者说明天到", ["陈记者"]),
        ("联系人王伟13812345678", ["王伟"]),
        # who wrote, signed or paid, written straight before the name
        ("作者蒲文静。", ["蒲文静"]),
        ("我是出纳包海燕，请问报销走哪个流程？", ["包海燕"]),
        ("顺便喊上郑家豪，他也去", ["郑家豪"]),
    ],
)
def test_a_person_next_to_such_words_is_still_found(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a province whose first character is also a determiner (贵 of 贵司) begins the name
        ("主体是贵州黔峰酒业股份有限公司。", ["贵州黔峰酒业股份有限公司"]),
        # what the company is to the writer, written right before its name, is no part of it
        ("合同乙方是授权方青藜商贸有限公司，", ["青藜商贸有限公司"]),
        ("简称华盛，全称西安华盛仪表有限公司", ["西安华盛仪表有限公司"]),
        ("最后感谢赞助商黔南枫语文化传播有限公司。", ["黔南枫语文化传播有限公司"]),
        # a verb before the name: one character, or two before the place it begins with
        ("详询青禾印务有限公司。", ["青禾印务有限公司"]),
        ("需用上海澜舟电子有限公司的账号", ["上海澜舟电子有限公司"]),
        ("要用杭州栖霞软件有限公司的工号", ["杭州栖霞软件有限公司"]),
    ],
)
def test_an_organisation_starts_at_its_own_name(text: str, expected: list[str]) -> None:
    assert orgs_in(text) == expected


@pytest.mark.parametrize("text", ["子公司的采购须报集团审批。", "本公司已通知各门店", "贵集团的来函已收到", "贵州公司"])
def test_a_generic_reference_is_no_organisation(text: str) -> None:
    assert orgs_in(text) == []

"""PERSON, eleventh round: full names in running prose whose cue is no form label, and the words of the
same shapes that are nobody. Values here are not in bench/eval/corpus/blind-round11n.jsonl."""
from __future__ import annotations

import pytest

from detectors.recognizers.names import find_names


def names_in(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in find_names(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a verb that hands something over to a person
        ("仓库钥匙即日起改为龙建斌保管。", "龙建斌"),
        ("这件事已委托彭丽萍办理。", "彭丽萍"),
        ("麻烦转告孔德胜下午不用来了。", "孔德胜"),
        ("明天的接待安排韩素梅，其他人照常。", "韩素梅"),
        # a role noun written before the name
        ("您好，我是保险顾问蒋立新，很高兴为您服务。", "蒋立新"),
        ("本单由安装师邓光荣上门。", "邓光荣"),
        ("我是您的专属顾问谭慧敏。", "谭慧敏"),
        # what someone is or was called
        ("卖家实名薛振东，已核验。", "薛振东"),
        ("这位诗人原名邹仁杰，后改了笔名。", "邹仁杰"),
        ("该案原告实名为龚志伟。", "龚志伟"),
        # elders, notices, news
        ("邵桂芝老人今年九十岁了。", "邵桂芝"),
        ("据悉，魏长青同志于近日调任。", "魏长青"),
        ("万玉珍于2025年3月病逝。", "万玉珍"),
        # the person's own documents
        ("覃德明的医保卡丢了，怎么补办？", "覃德明"),
        # a relative written before the full name
        ("被告人谢某某，其父谢长林到庭。", "谢长林"),
        ("紧急联系人：戴母戴秀英", "戴秀英"),
        # the subject of a report that opens with a time of day
        ("6月3日14时许，严国平驾车行至路口。", "严国平"),
        # a doubled given name
        ("今天宋蕾蕾在幼儿园表现很好。", "宋蕾蕾"),
    ],
)
def test_a_full_name_cued_by_running_prose_is_found(text: str, name: str) -> None:
    assert names_in(text) == [name]


def test_the_last_member_of_a_list_that_runs_on_is_found() -> None:
    text = "请崔玉兰、贺振国带好身份证。"
    assert names_in(text) == ["崔玉兰", "贺振国"]


@pytest.mark.parametrize(
    "text",
    [
        "出发时间改为周六上午，地点换成江边公园。",  # a verb before ordinary words
        "律师费另算，客服热线全天开通。",  # a compound noun after a post
        "请先完成实名认证，原名单作废。",  # 实名 and 原名 before words
        "空巢老人可以申请上门服务，持卡人本人须到场。",  # 老人 and 本人 after words
        "我的社保卡需要重新激活，其父母也可代办。",  # a pronoun before 的 + a document
        "9月2日10时许，请后勤部派人参加演练。",  # a time of day, not 时许
        "两位同志明早八点到会议室，3位同志请假。",  # a count before 同志
        "他把养老金存进了银行。",  # 老金 inside 养老金
        "班主任向您说明情况。",  # 向 + a pronoun
        "窗外白花花的一片，屋里冷冰冰的。",  # doubled adjectives after a surname character
        "他邀请函都没收到，安排时间再说。",  # 邀请函, 安排时间
        "实名是否一致？原名为何更改？",  # 实名 / 原名 + 是 / 为 before words
        "有限公司，经纪人张顾问",  # surname + role noun: an honorific, not 张顾
        "我们去日本名古屋玩了三天，他是当代文化名人。",  # 本名 / 化名 inside other words
        "师生关系融洽，会员王牌特权已开通。",  # 员 / 师 agent nouns before words
    ],
)
def test_the_same_shapes_with_ordinary_words_are_no_name(text: str) -> None:
    assert names_in(text) == []


def test_a_verb_cue_does_not_cut_a_name_short_before_a_word() -> None:
    """委托方志明代表: 明代 is a word, but 明 ends given names often; the cue must not yield 方志."""
    assert "方志" not in names_in("兹委托方志明代表本人签字。")


def test_the_first_member_after_a_verb_of_asking_may_hold_a_numeral() -> None:
    assert names_in("请王三喜、赵桂兰。") == ["王三喜", "赵桂兰"]
    assert names_in("通知技术部、赵桂兰。") == ["赵桂兰"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a parcel's consignee and 收 (receives): the name only
        ("包裹放前台，孙丽收，电话到了再打。", ["孙丽"]),
        ("寄：欧阳晓丽收（到付）", ["欧阳晓丽"]),
        # 收 that belongs to the name: 丰收 is a word, so 王丰收 is a whole name
        ("经手人：韦丰收，男，1971年生", ["韦丰收"]),
    ],
)
def test_consignee_shou_is_not_part_of_the_name(text: str, want: list[str]) -> None:
    assert names_in(text) == want

"""PERSON, sixteenth round: names in slots a document reserves for a person (any agent label, court and police
roles glued before a name, the appointees of a notice, short chats, list items, table columns and line lists
beside found names, Hong Kong names in capitals or with an English name, lower-case pinyin after a cue, glued
initials, a name before a mobile number), and text of the same shapes that names nobody. Values here are not in
bench/eval/corpus/blind-round16n.jsonl."""
from __future__ import annotations

import pytest

from detectors.recognizers.names import find_names


def names_in(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in find_names(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # agent labels the label lists do not hold, the value a word or a county's short name
        ("代办人：乐山\n代办原因：出差", ["乐山"]),
        ("押运员：黄山  驾驶员：邵建华", ["黄山", "邵建华"]),
        ("处方医师：宁德　审核药师：柏雪梅", ["宁德", "柏雪梅"]),
        ("陪同家属：白银（女儿）", ["白银"]),
        ("家长签字：安顺", ["安顺"]),
        # roles glued before a name in judgments and records
        ("辩护人邱立新、公诉人海宁到庭参加诉讼。", ["邱立新", "海宁"]),
        ("报案人常青称其手机被盗。", ["常青"]),
        # the appointees of a notice, the later ones too
        ("拟任命伍家豪为仓储部经理，苗青为审计部副经理。", ["伍家豪", "苗青"]),
        ("拟提任温建华同志为财务部部长，高山同志为法务部部长。", ["温建华", "高山"]),
        # a short chat beside a named speaker, a list's last item, a column, a run of lines under a colon
        ("褚丽娟：样品到了吗\n方正：到了，在前台", ["褚丽娟", "方正"]),
        ("值班人员：卢晓峰、殷红、黄山\n地点：一楼", ["卢晓峰", "殷红", "黄山"]),
        ("第一名 蒋文杰 98分\n第二名 高山 95分\n第三名 屈小燕 91分", ["蒋文杰", "高山", "屈小燕"]),
        ("值班人员：\n欧阳雪\n康乐\n付伟", ["欧阳雪", "康乐", "付伟"]),
        # Hong Kong names: capitals after a label, the English name after or before the Chinese one
        ("Payee: LAU CHI WING", ["LAU CHI WING"]),
        ("英文姓名：MAK HOI YEE", ["MAK HOI YEE"]),
        ("Prepared by: TSE Kwok Hung Alan", ["TSE Kwok Hung Alan"]),
        ("Attendees: Vincent YEUNG Chun Hin (Legal)", ["Vincent YEUNG Chun Hin"]),
        # lower-case pinyin after a label, a greeting, in a table cell
        ("负责人: guo mengqi\n截止: 周五", ["guo mengqi"]),
        ("hi zhou yifan，请查收附件。", ["zhou yifan"]),
        ("| owner | song kaiwen |\n| due | Friday |", ["song kaiwen"]),
        # glued initials
        ("Signed: R.J. Thornton", ["R.J. Thornton"]),
        # a name before a mobile number, a quoted chat-history title, a pupil before 家长
        ("有问题请联系齐心，13912345678", ["齐心"]),
        ("以下为“齐心”与“秦雅琴”的聊天记录", ["齐心", "秦雅琴"]),
        ("邵子涵家长您好，请带好雨具。", ["邵子涵"]),
        # a roster row and a bed line: the name before the gap is whole, no spaced name starts inside it
        ("2　邓丽　女　会计", ["邓丽"]),
        ("12床 贺强 男 70岁", ["贺强"]),
    ],
)
def test_slots_hold_names(text: str, expected: list[str]) -> None:
    assert [n for n in names_in(text) if n] == expected


@pytest.mark.parametrize(
    "text",
    [
        "联系人：前台\n身故受益人：法定\n申请人：本人\n业主：（空置）",
        "拟提任同志须经公示，公示期五个工作日。",
        "各位家长：明天春游，请准时到校。",
        "向阳花籽油 20 瓶，下周到货。",
        "覆盖城市：乐山、宁德、丽江\n配送时效：次日达",
        "城市\t销量\n乐山\t120\n宁德\t98",
        "Branch: KWUN TONG\nStatus: PENDING REVIEW",
        "U.S. Steel 的报告和 Q.C. Report 都已上传。",
        "jia you！xie xie 大家",
        "金额：300元\n高度：175",
        "被告人被害人双方均未到庭。",
        "请出示安康码，早高峰期间限流。",
    ],
)
def test_slot_shapes_without_names(text: str) -> None:
    assert names_in(text) == []


def test_a_labelled_value_in_a_sentence_stays_out() -> None:
    """A person label heads a sentence, not a name: the value runs on (对接人：高原反应严重的同事请休息)."""
    assert names_in("对接人：高原反应严重的同事请休息") == []

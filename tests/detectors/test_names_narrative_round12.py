"""PERSON, twelfth round: names in narrative text (news and bulletins, appointment notices, citations of
historical figures, consignee lines, 和 / 及 lists, names a form wraps across a line, titles with a rank), and
text of the same shapes that names nobody. Values here are not in bench/eval/corpus/blind-round12p.jsonl."""
from __future__ import annotations

import pytest

from detectors.recognizers.names import find_names


def names_in(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in find_names(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a unit before the name, a news verb after it
        ("质检中心祁文斌被评为岗位标兵。", ["祁文斌"]),
        ("来自仓储部的骆红英获得季度安全奖。", ["骆红英"]),
        ("本报讯 3月2日，甄海涛获得省技术能手称号。", ["甄海涛"]),
        # appointment notices and congratulations
        ("经研究决定，任命卓国梁为物流部经理。", ["卓国梁"]),
        ("聘任邝丽君为法务顾问，任期两年。", ["邝丽君"]),
        ("热烈祝贺晏子豪荣获全国劳动模范称号！", ["晏子豪"]),
        ("关于褚建伟等同志岗位调整的通知", ["褚建伟"]),
        # essays that cite historical and literary figures
        ("曹雪芹笔下的贾迎春命运多舛。", ["曹雪芹", "贾迎春"]),
        ("正如顾炎武所言，天下兴亡，匹夫有责。", ["顾炎武"]),
        ("华东大区的上官明远分享了一本小说。", ["上官明远"]),
        # a consignee before 收 and a phone number
        ("样品请寄：蒲晓东收，13912345678", ["蒲晓东"]),
        ("淳于慧敏收 15812345678", ["淳于慧敏"]),
        # the second speaker of a report, after the contrastive 则
        ("梁建勇表示赞同；蓝晓燕则指出风险仍在。", ["梁建勇", "蓝晓燕"]),
    ],
)
def test_a_name_in_narrative_text_is_found(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("联系人：牟立军及钭晓燕", ["牟立军", "钭晓燕"]),
        ("韦振东和蒙丽娟负责对接，下周出方案。", ["韦振东", "蒙丽娟"]),
        ("组员：邬天明、柯雪梅及张飞，其余待定。", ["邬天明", "柯雪梅", "张飞"]),
        ("请包海军与滕小燕于下周一前提交。", ["包海军", "滕小燕"]),
    ],
)
def test_the_other_side_of_a_joining_word_is_a_name_too(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("甄立强副院长出席会议。", ["甄立强"]),
        ("邱少华任组长，负责协调。", ["邱少华"]),
        ("鉴定由黎志刚高级工程师负责。", ["黎志刚"]),
    ],
)
def test_a_rank_or_serving_verb_between_name_and_title_is_not_part_of_the_name(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("申请人：司马\n晓东    性别：男", "司马\n晓东"),
        ("经办人签字：蔺\n红\n日期：2025年5月6日", "蔺\n红"),
        ("本协议由甲方代表殷\n建平与乙方代表共同签署。", "殷\n建平"),
    ],
)
def test_a_name_wrapped_across_a_line_in_a_form_is_one_span(text: str, name: str) -> None:
    assert names_in(text) == [name]


def test_a_whole_name_then_a_field_value_on_the_next_line_is_not_joined() -> None:
    assert names_in("姓名：严立伟\n男\n1990年3月") == ["严立伟"]


@pytest.mark.parametrize(
    "text",
    [
        "金融事业部荣获年度最佳团队，于是大家决定周末聚餐。",  # surname-like words before news verbs
        "华山被评为国家级景区，平湖获得文明城市称号。",  # places before news verbs
        "谢谢小区的值班经理和保安队长。",  # a post, 和, a second role
        "宿管阿姨负责登记外来人员。",  # a role noun before 阿姨
        "“金点子”合理化建议评选结果已公布。",  # a quoted term before the noun it names
        "任命书已下发，关于是否续签另行通知。",  # before-cues glued to the next word
        "前台代收，放门卫室即可。",  # 收 without a name or a phone
        "读《资治通鉴》有感：唐宋八大家的散文各有所长。",  # works and dynasties, no person
    ],
)
def test_the_same_shapes_without_a_person_give_nothing(text: str) -> None:
    assert names_in(text) == []

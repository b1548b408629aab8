"""PERSON, fifteenth round: names in structural positions (review and hand-over labels, a label then a
department, a dash sign-off with its department, org-chart branches, a post and a colon, git trailers and
@author tags, 老某 as a review value, chat system lines, appointment notices), and text of the same shapes
that names nobody. Values here are not in bench/eval/corpus/blind-round15n.jsonl."""
from __future__ import annotations

import pytest

from detectors.recognizers.names import find_names


def names_in(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in find_names(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review and hand-over labels, the value a word (文静, 高洁)
        ("制单：詹秀云　复核：文静", ["詹秀云", "文静"]),
        ("经办：高洁\n审核：于海", ["高洁", "于海"]),
        ("移交人：雷晓\n接收人：房立新\n监交人：邬海燕", ["雷晓", "房立新", "邬海燕"]),
        # a label, then a department, then the name
        ("访谈人：市场部 安然\n日期：5月3日", ["安然"]),
        ("报修人：后勤处 常青，分机 4021", ["常青"]),
        # a dash sign-off under a notice, the department before the name
        ("请各位互相转告。\n——工会办公室 成功", ["成功"]),
        # org-chart branches, and a post with a colon
        ("董事长 汤国强\n├─ 翟晨光（常务副总）\n└─ 宁静", ["汤国强", "翟晨光", "宁静"]),
        ("办公室主任：周全（兼）", ["周全"]),
        # git trailers, doc-comment tags, 老某 as a review value
        ("feat: 导出报表\n\nCo-authored-by: 江山 <js@example.org>", ["江山"]),
        ("/**\n * @author 高峰\n */", ["高峰"]),
        ("// 复核：老卢", ["老卢"]),
        # chat system lines, the member's name a word (向东) or holding 和
        ("「管晓东」邀请「向东」加入了群聊", ["管晓东", "向东"]),
        ("阮嘉和撤回了一条消息", ["阮嘉和"]),
        ("你已添加了景文斌，现在可以开始聊天了。", ["景文斌"]),
        ("滕雪莹修改群名为“周末骑行”", ["滕雪莹"]),
        # an approval flow's steps, a news byline, a list mixing titled and bare names
        ("审批流程：\n1. 直属上级 高洁 已同意\n2. 部门负责人 于海 审批中", ["高洁", "于海"]),
        ("本报讯（记者 祁晓燕 通讯员 成功）", ["祁晓燕", "成功"]),
        ("出席：阎丽娟女士、高峰、裘总监、申屠浩", ["阎丽娟", "高峰", "裘总监", "申屠浩"]),
        ("出席：阎丽娟女士、财务部、高兴", ["阎丽娟"]),  # a list with a department and a word holds no more names
        # appointment notices
        ("经研究决定，聘任岑立为安全总监。", ["岑立"]),
        ("免去鄢志刚的采购经理职务。", ["鄢志刚"]),
        ("任命于晓峰同志为办公室主任。", ["于晓峰"]),
    ],
)
def test_structural_positions_hold_names(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "审核：已通过\n复核：系统自动",
        "经办：柜台\n制单：财务部",
        "见证人：公证处\n承办人：派出所",
        "访谈人：市场部 全体员工",
        "报修人：工程部 和平路门店",
        "├─ 财务部（5人）\n├─ 王府井店（旗舰店）\n└─ 华东区",
        "财务总监：待定\n总经理：同意",
        "@author 平台组\nReviewed-by: 王国维护组",
        "你撤回了一条消息\n对方撤回了一条消息\n群主已开启全员禁言",
        "「群助手」已成为新群主",
        "于是大家加入了群聊",
        "免去高额手续费，任命文件为准。",
        "聘任期间为三年。",
        "免去王府井的停车费。",
        "审核：老师\n经办：小米",
        "状态 财务部 已同意\n流程 全部 审批中",
        "记者 从市教育局获悉",
    ],
)
def test_same_shapes_without_a_name(text: str) -> None:
    assert names_in(text) == []

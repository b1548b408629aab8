"""Names in comma-, semicolon- and tab-separated tables under a person column, as pasted from exports.

The header vouches for each cell in its column, so names that are also words (高峰, 夏天, 向阳) are found there
and nowhere else. Synthetic names and numbers only."""
from __future__ import annotations

import pytest

import detectors


def _people(text: str) -> list[str]:
    return [text[f.start : f.end] for f in detectors.scan(text) if f.type == "PERSON"]


def test_csv_with_a_broken_row_still_names_every_row() -> None:
    text = (
        "这个 CSV 导入时报列数不对：\n姓名,部门,工号,手机\n高峰,基础架构部,E10233,13838925256\n"
        "夏天,数据平台部,E10871,18693740624,多了一列\n江河,财务部,E09912\n"
    )
    assert _people(text) == ["高峰", "夏天", "江河"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("工号\t姓名\t部门\nA1\t高峰\t行政部\nA2\t向阳\t财务部", ["高峰", "向阳"]),
        ('"姓名","手机"\n"高峰","13838925256"\n"文静","13912345678"', ["高峰", "文静"]),
        ("编号；联系人；科室\n1；夏天；内科\n2；金鑫；外科", ["夏天", "金鑫"]),
        ("id,收件人,城市\n1, 高峰 ,杭州", ["高峰"]),
    ],
)
def test_delimiters_and_quoting(text: str, names: list[str]) -> None:
    assert _people(text) == names


def test_offsets_sit_inside_the_quotes() -> None:
    text = '"姓名","部门"\n"高峰","行政部"'
    [f] = [f for f in detectors.scan(text) if f.type == "PERSON"]
    assert (f.start, f.end) == (text.index("高峰"), text.index("高峰") + 2)


@pytest.mark.parametrize(
    "text",
    [
        "客户,金额\n本公司,100\n高峰期,200",            # not a name cell: a word that is no surname + given name
        "请在表格里填写姓名,部门和手机号。\n高峰,然后提交。",  # 姓名 inside a sentence is no header cell
        "部门,人数\n高峰,3",                             # no person column
        "客户反馈,高峰时段卡顿\n夏天,更明显",             # 客户反馈 is not the header 客户
    ],
)
def test_no_person_column_no_names_from_it(text: str) -> None:
    assert "高峰" not in _people(text) and "夏天" not in _people(text)

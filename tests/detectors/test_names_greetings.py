"""A letter or chat that opens on a given name alone (晓峰你好，) names a person; greetings to groups, roles and
address forms do not. Synthetic names only."""
from __future__ import annotations

import pytest

import detectors


def _people(text: str) -> list[str]:
    return [text[f.start : f.end] for f in detectors.scan(text) if f.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("帮我润色：\n晓峰你好，\n上次说的测试环境已经准备好了。", "晓峰"),
        ("欣怡，您好！附件是本月的对账单。", "欣怡"),
        ("志强你好，周会改到周四。", "志强"),
    ],
)
def test_a_given_name_before_a_greeting(text: str, name: str) -> None:
    assert _people(text) == [name]


@pytest.mark.parametrize("text", ["各位你好，会议改期。", "老师你好，作业已交。", "客服你好，我的订单没到。",
                                  "早上你好", "同学们你好", "领导您好，报告已发。"])
def test_groups_roles_and_words_before_a_greeting(text: str) -> None:
    assert _people(text) == []

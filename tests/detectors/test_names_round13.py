"""PERSON, thirteenth round: names whose surname or given name is an ordinary word, in running text (a subject
followed by an adverb or verb such as 原本 / 向来 / 连夜 / 时常, surname + title after a verb or time word, 从某某到某某,
由 + 于 + given name before 负责, posts such as 用户 / 坐席 before a name), and text of the
same shapes that names nobody. Values here are not in bench/eval/corpus/blind-round13n.jsonl."""
from __future__ import annotations

import pytest

from detectors.recognizers.names import find_names


def names_in(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in find_names(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a subject, then an adverb or verb that opens the predicate
        ("上个季度邬明轩原本想调去深圳。", ["邬明轩"]),
        ("这次评审，柏雅琴向来最认真。", ["柏雅琴"]),
        ("暴雨那晚，裘国强连夜回到了仓库。", ["裘国强"]),
        ("例会上，褚婉婷首先通报了库存情况。", ["褚婉婷"]),
        ("据说甄立峰时常在周末陪客户钓鱼。", ["甄立峰"]),
        ("焦玉洁常年驻外，很少回总部。", ["焦玉洁"]),
        ("麦子龙向大家解释了延期的原委。", ["麦子龙"]),
        # surname + title after a verb, time word or preposition that closes its own word
        ("刚才常总打电话来问报价。", ["常总"]),
        ("麻烦转告时总，合同已经盖章了。", ["时总"]),
        # 从某某到某某
        ("从卢晓峰到戚美娟，每个人都加过班。", ["卢晓峰", "戚美娟"]),
        # 由 + 于 + a given name, then a predicate only a person takes
        ("新仓库由于春生负责验收。", ["于春生"]),
        # service records: the user and the agent
        ("用户时丽萍反映退款一直没到账。", ["时丽萍"]),
        ("坐席成晓雯在通话中态度很好。", ["成晓雯"]),
    ],
)
def test_a_name_made_of_ordinary_words_is_found(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "原总监下个月正式退休。",  # 原 before a post: the former one
        "会后他向主任汇报了进展。",  # a preposition before a post
        "这位师傅老马识途，不用导航。",  # an idiom that starts with a 老 form
        "由于工作需要，周末加班。",
        "由于技术负责人出差，评审延期。",
        "从高到低排列，从左往右填写。",
        "从北京到广州的高铁要八个小时。",
        "从明天到月底，车间停产检修。",
        "那时总是加班到深夜。",
    ],
)
def test_the_same_shapes_without_a_person_stay_clean(text: str) -> None:
    assert names_in(text) == []

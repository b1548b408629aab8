"""PERSON in running text (issue 3, fourth round): second mentions, fields, lists, chats and English given
names inside Chinese. Every example is new synthetic text written for these tests; each states a rule a
reader would accept for unseen text, and the negatives are the same words used as words.
"""
from __future__ import annotations

import pytest

from detectors.recognizers.names import find_names


def names(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in find_names(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the given name alone after the full name, and the full name again with no cue of its own
        ("联系人：于春阳\n春阳明天到现场，另请于春阳带上图纸。", ["于春阳", "春阳", "于春阳"]),
        ("交接人：贺思远。思远表示已经完成。", ["贺思远", "思远"]),
        # surname + title when the surname is also a preposition (约于总, 和姐)
        ("客户：于振东\n下周约于总吃饭。", ["于振东", "于总"]),
        # a whole field value after a person label, even when it is also a word
        ("申请人：平凡\n被申请人：祁俊", ["平凡", "祁俊"]),
        ("姓名：和平安 性别：男", ["和平安"]),
        # a table aligned with spaces under 姓名
        ("工号 姓名 岗位\nB201 常青 出纳\nB202 田野 司机", ["常青", "田野"]),
        # a list of people with word-like names among confirmed ones; a list after a verb
        ("获奖名单：高远、林海、宁静、鲍国华", ["高远", "林海", "宁静", "鲍国华"]),
        ("决定授予邵春梅、于得水、庞建军等同志荣誉称号", ["邵春梅", "于得水", "庞建军"]),
        # names separated by spaces after a label
        ("出席人员：滕飞 余可欣 牛建林", ["滕飞", "余可欣", "牛建林"]),
        # a post before the name; a verb-led run that starts one character early
        ("审判长于立群，书记员万晴。", ["于立群", "万晴"]),
        ("我司柏雨萱下午把合同寄出。", ["柏雨萱"]),
        # English given names inside Chinese text, and a pinyin given name after the full name
        ("请和Kevin确认一下，再让 Lily 跟进", ["Kevin", "Lily"]),
        ("From: Guo Yiming\n\nYiming 已经把报价发给客户了。", ["Guo Yiming", "Yiming"]),
        # a chat whose speaker is also a word, with two named speakers
        ("龚丽：几点开会\n雷鸣：三点\n程序：我晚点到\n龚丽：好\n程序：收到", ["龚丽", "雷鸣", "程序", "龚丽", "程序"]),
    ],
)
def test_names_in_running_text(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "海洋经济和文化交流是本届论坛的两个议题。",
        "员工花名册（节选）请人事部本周更新",
        "上门师傅明天联系您",
        "字号“晓燕五金店”",
        "我和老师说过了，于是他同意了",
        "高峰期请错峰出行，周末白天车多",
        "Jenkins 构建失败了，请查看 Tom.java 第 12 行",
        "表扬初一（2）班、初二（4）班全体同学。",
    ],
)
def test_words_that_look_like_names(text: str) -> None:
    assert names(text) == []


def test_a_given_name_needs_its_full_name_nearby() -> None:
    """A mention is looked for near the seed only: two texts far apart do not share people."""
    far = "联系人：于春阳\n" + "。" * 2000 + "春阳明天到现场"
    assert names(far) == ["于春阳"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relation word, then a name that 先生 / 女士 follows at once
        ("客户高原先生反映冰箱有异响", ["高原"]),
        # 叫 introduces a name, closed at once
        ("我们新来的同事叫文慧，", ["文慧"]),
        ("你认识一个叫龙飞的人吗", ["龙飞"]),
        # a post before the name keeps a surname that is no particle (人马 is a word, 马 no particle)
        ("被告人马振宇，男，汉族", ["马振宇"]),
        # an honorific after a word that ends right there (目击者 + 于女士)
        ("目击者于女士告诉记者", ["于女士"]),
        # a greeting with a two-syllable pinyin given name
        ("Hi Wenhua,\n附件是合同初稿。", ["Wenhua"]),
    ],
)
def test_cues_for_word_like_names(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text", ["客户满意度调查", "叫车来接", "由于老师请假", "Hi Shanghai team,", "Thanks Beijing,"])
def test_cues_do_not_make_words_names(text: str) -> None:
    assert names(text) == []

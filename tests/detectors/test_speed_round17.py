"""The seventeenth speed round's shortcuts give exactly what the definitions they replace give.

Why: each one swaps a regex pass for word finds or literal-led passes (see docs/detectors.md, "Speed");
bench/detect/same_findings.py checks the corpora, these check each shortcut on random texts built from the
characters it reasons about, short (one regex) and long (the word-by-word path of detectors.nlp.substring).
"""

from __future__ import annotations

import random

from detectors.nlp import fastre, substring
from detectors.recognizers.names import frames, minority
from detectors.recognizers.org import stems
from detectors.recognizers.org.places import _place_at


def _texts(alphabet: list[str], count: int, longest: int, seed: int) -> list[str]:
    """Short random texts from ``alphabet``, and long ones (past substring._SHORT) joined from them."""
    rng = random.Random(seed)
    short = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest))) for _ in range(count)]
    long = ["".join(short[k : k + 300]) for k in range(0, count, 300)]
    long = [t * (1 + substring._SHORT // max(1, len(t))) for t in long]
    assert all(len(t) >= substring._SHORT for t in long)
    return short + long


def test_byline_roles_found_by_their_words_are_finditer() -> None:
    alphabet = ["记者", "特约", "见习", "实习", "通讯员", "摄影", "责任编辑", "责编", "编", " ", "\u3000", "\t", "）", ")",
                "\n", "张", "伟", "李", "娜", "欧阳", "（", "本报讯", "a"]
    for text in _texts(alphabet, 6000, 24, seed=171):
        expected = [m.span() for m in frames._BYLINE_RE.finditer(text)]
        found = fastre.finditer_at(frames._BYLINE_RE, text, substring.starts(text, frames._BYLINE_ROLES))
        assert [m.span() for m in found] == expected, text


def test_approval_states_found_by_their_words_are_finditer() -> None:
    import re

    reference = re.compile("|".join(frames._APPROVAL_STATES))
    alphabet = ["已", "审批", "中", "待", "同意", "驳回", "通过", "处理", "处理中", "已处理", "转交", "签字", "未", " ", "张伟"]
    for text in _texts(alphabet, 6000, 20, seed=172):
        expected = [(m.start(), m.group()) for m in reference.finditer(text)]
        assert substring.alternation(text, frames._APPROVAL_STATES) == expected, text


def test_compound_separators_by_literal_are_the_class_scan() -> None:
    alphabet = list(minority._COMPOUND_SEPS) + ["欧阳", "慕容", "海涛", "斌", "a", "1", " ", "\n", "。"]
    for text in _texts(alphabet, 6000, 16, seed=173):
        expected = [m.span() for m in minority._COMPOUND_SEP_RE.finditer(text, 2)]
        present = (rx for sep, rx in minority._COMPOUND_SEP_RES if sep in text)
        assert [m.span() for m in fastre.merged(present, text)] == expected, text


def test_undetermined_is_the_determiner_sub() -> None:
    alphabet = ["本", "该", "我们", "这家", "一家", "一个", "各", "每", "公司", "科技", "上海", "溪", "州", "贵", "全", "椒", "那曲"]
    rng = random.Random(174)
    for _ in range(20000):
        stem = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 5)))
        expected = stem if stem[:1] in stems._DET_FIRST and _place_at(stem, 0) else stems.DETERMINERS.sub("", stem)
        assert stems._undetermined(stem) == expected, stem


def test_occurrences_known_and_by_part_are_the_plain_search() -> None:
    """substring.occurrences keeps each long text's answers and reads a word at a known part's places: asked in
    any order, over words that hold each other (pass, -pass, storepass, pa), the plain overlapping find loop."""
    words = ["pass", "-pass", "storepass", "pa", "ss", "sss", "passpass", "key", "-key", "keypass", "密码", "码", "密码：",
             "ab", "zzz", "a-", "network security key", "security", "s"]
    alphabet = ["pass", "-", "store", "key", "密码", "：", "a", "b", "s", " ", "\n", "security", "network "]
    rng = random.Random(175)
    for text in _texts(alphabet, 3000, 12, seed=176)[-10:]:
        for _ in range(3):
            order = words[:]
            rng.shuffle(order)
            for w in order:
                expected, at = [], text.find(w)
                while at >= 0:
                    expected.append(at)
                    at = text.find(w, at + 1)
                got = substring.occurrences(text, w)
                assert got == expected, (w, len(text))
                got.append(-1)  # the caller's list is its own: the kept answer is unchanged
                assert substring.contains(text, w) is (w in text)
                assert substring.starts(text, (w, "pa")) == sorted(set(expected) | set(substring.occurrences(text, "pa")))


def test_words_led_patterns_at_their_word_starts_are_finditer() -> None:
    """The password `zh` pattern and the hand-over pattern, tried only where their words start."""
    from detectors.recognizers.names import prose
    from detectors.recognizers.secrets import passwords

    zh = next(rx for rx, _s, name in passwords.PasswordRecognizer()._compiled if name == "zh")
    cases = [
        (zh, passwords._ZH_WORDS, ["密码", "密碼", "口令", "登录", "支付", "密", "码", "是", "：", ":", " ", "K7#mQ2xz", "abc", "\n",
                                    "パスワード", "비번", "为", "改成", "（", "）"]),
        (prose._HANDOVER_RE, prose._HANDOVER_WORDS, ["转交给", "移交给", "交给", "转给", "交由", "由", "交", "转", "张", "伟",
                                                      "严谨", "跟进", "。", "于", " "]),
    ]
    for k, (rx, words, alphabet) in enumerate(cases):
        for text in _texts(alphabet, 3000, 14, seed=177 + k):
            expected = [m.span() for m in rx.finditer(text)]
            assert [m.span() for m in fastre.finditer_at(rx, text, substring.starts(text, words))] == expected, text

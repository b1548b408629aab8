"""Names of minority and transliterated forms: ·-joined transliterations (艾力·买买提), a compound surname
and a dot (欧阳·娜娜), Tibetan names of two elements (扎西次仁), and Mongolian, Uyghur, Kazakh and Yi names without
a dot (其其格, 热合曼江).

They have no Han surname to anchor on, so they are found from their dots, their rare characters and the cues
around them.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator

from detectors.nlp import fastre, lexicon, trie
from detectors.recognizers.names.anchors import _TIBETAN_GATE_RE
from detectors.recognizers.names.core import CJK, MEDIUM, STRONG, _COMPOUND, _Hit, _RUN, _char_class, _is_cjk
from detectors.recognizers.names.plausible import (
    _after_name_word, _countries, _given_ok, _glued, _name_ends, _starts_title, plausible,
)
from detectors.recognizers.names.spaced import _SPACED_CONTEXT_WORDS


# Characters common in transliterated (Uyghur, Tibetan, foreign) names.
TRANSLIT = set(
    "阿艾爱安奥巴拜班邦贝本比彼别宾波伯布达戴丹道德迪蒂丁东都杜顿多俄厄恩尔法凡菲费芬弗伏福盖甘冈格贡古哈海"
    "汗罕豪赫亨胡华吉加迦嘉贾杰金卡凯坎康考柯科克肯库拉莱兰朗劳勒雷蕾里丽莉利力列林琳玲卢鲁伦罗洛马玛买麦迈曼"
    "毛梅美门蒙米敏明摩莫姆木穆纳娜奈南内尼妮纽努诺欧帕潘佩皮普奇齐恰乔切钦琴热日荣茹若萨塞赛桑瑟森沙莎山善尚"
    "舍什史斯松苏索塔泰坦汤唐特提图托瓦万旺威韦维温沃乌吾西希夏谢辛欣休雅亚扬耶叶伊依英尤于约扎詹哲珍朱卓兹孜"
    "祖措次仁央顿珠尔江娃汉黛芭买提克孜帕依夫古力拉娜米热尼瓦吐逊卜杜甫玉苏普麦合肉孜阿吉如则赛迪娅琪"
    "卓嘎达瓦平拉姆巴桑罗布边巴格旦增曲拥宗白玛才让加措卡德拉旺堆欧珠不都图门特其额敦雅仁日乌兰"
)
_DOT = "·•・‧･∙⋅"
_MINORITY_RE = re.compile(rf"(?P<n>{_RUN}{{2,6}}[{_DOT}]{_RUN}{{2,7}}(?:[{_DOT}]{_RUN}{{2,6}})?)")
# A dot that can start a ·-joined name: two Chinese characters on each side.
_DOT_RE = re.compile(f"[{_DOT}](?<=[{CJK}]{{2}}.)(?=[{CJK}]{{2}})")
# The same, one pattern per dot: a pattern that starts with one literal is searched like ``str.find``.
_DOT_RES = {d: re.compile(f"{re.escape(d)}(?<=[{CJK}]{{2}}.)(?=[{CJK}]{{2}})") for d in _DOT}


def _minority_runs(text: str) -> Iterator[re.Match[str]]:
    """``_MINORITY_RE.finditer(text)``, tried only just before each dot: a match starts two to six
    Chinese characters before its first dot, and dots are rare while Chinese characters are not."""
    present = [d for d in _DOT if d in text]
    if not present:
        return
    if len(present) == 1:
        dots: Iterable[int] = (d.start() for d in _DOT_RES[present[0]].finditer(text))
    else:
        dots = sorted(d.start() for c in present for d in _DOT_RES[c].finditer(text))
    last = 0
    for dot in dots:
        if text[dot - 2 : dot] in _COMPOUND and _compound_given_end(text, dot + 1) > 0:
            continue  # 南宫•彩云: a compound surname and its given name (_compound_dotted), no transliteration
        for p in range(max(last, dot - 6), dot - 1):
            m = _MINORITY_RE.match(text, p)
            if m is not None:
                yield m
                last = m.end()
                break


# Separators written between a compound surname and its given name (欧阳·娜娜, 尉迟．晓东, 上官・婉清): the minority
# dots, and the full-width full stop, which the scanner folds to ".".
_COMPOUND_SEPS = _DOT + "．."


def _compound_given_end(text: str, g: int) -> int:
    """End of a one- or two-character given name starting at ``g`` (after a compound surname and a separator),
    where a name ends; -1 when there is none."""
    for k in (2, 1):
        e = g + k
        if e <= len(text) and all(_is_cjk(c) for c in text[g:e]) and _given_ok(text[g:e], MEDIUM) and _name_ends(text, e):
            return e
    return -1


# A separator between Chinese characters: the compound surname and the given name are both Chinese, so the dots
# of English prose, code, hosts and numbers (most of a long text's dots) are passed over in the regex engine.
# One pattern per separator, each led by its literal (searched like str.find; a class of the seven is tested at
# every character), and run only for the separators the text holds.
_COMPOUND_SEP_RE = re.compile(f"[{re.escape(_COMPOUND_SEPS)}](?<=[{CJK}]{{2}}.)(?=[{CJK}])")
_COMPOUND_SEP_RES = list(zip(_COMPOUND_SEPS, fastre.by_literal(f"(?<=[{CJK}]{{2}}.)(?=[{CJK}])", _COMPOUND_SEPS)))


def _compound_dotted(text: str) -> Iterator[_Hit]:
    """A compound surname, a separator and a given name of one or two characters (闻人•斌, 慕容．海涛): the
    separator says the two are a name's parts; the surname must not close a word with the text before it."""
    for m in fastre.merged((rx for sep, rx in _COMPOUND_SEP_RES if sep in text), text):
        p = m.start()
        s = p - 2
        if text[s:p] in _COMPOUND and not _glued(text, s):
            e = _compound_given_end(text, p + 1)
            if e > 0:
                yield _Hit(s, e, STRONG)


def _minority(text: str, start: int, end: int) -> Iterator[_Hit]:
    """Trim a ·-joined run to the transliterated name inside it (通知艾力·买买提参加 -> 艾力·买买提)."""
    parts = re.split(f"([{_DOT}])", text[start:end])
    names = parts[0::2]
    first = names[0]
    k = len(first)
    while k > 0 and first[k - 1] in TRANSLIT:
        k -= 1
    last = names[-1]
    j = 0
    while j < len(last) and last[j] in TRANSLIT:
        j += 1
    if j < 2 and len(last) > 2 and len(names) == 2:
        # 热依汗•司马义是…: the last part runs into the clause; it ends where a name ends (是, 说, 的 ...)
        base = end - len(last)
        cut = next((k for k in range(2, len(last)) if _name_ends(text, base + k)), 0)
        if cut:
            end, last = base + cut, last[:cut]
            names = [first, last]
    s, e = start + k, end - (len(last) - j)
    while s > 0 and e - s > 4 and text[s] != _DOT and _glued_word(text, s):
        s += 1  # 感谢库尔班·…: 谢 belongs to 感谢
    core = text[s:e]
    letters = [c for c in core if c not in _DOT]
    if len(first) - k >= 2 and j >= 2 and sum(c in TRANSLIT for c in letters) >= 0.8 * len(letters):
        yield _Hit(s, e, STRONG)
    elif (
        (len(first) - k < 2 or j < 2)
        and all(2 <= len(n) <= (6 if k == 0 else 4) for n in names)
        and (start == 0 or not _is_cjk(text[start - 1]))
    ):
        yield _Hit(start, end, STRONG)  # a rarer transliteration: keep the whole parts when each is short


def _glued_word(text: str, s: int) -> bool:
    entry = lexicon.words().get(text[s - 1 : s + 1])
    return entry is not None and entry.freq >= 100


# Mongolian, Uyghur, Kazakh and Yi names written without the middle dot (其其格, 巴图孟和, 热合曼江, 吉克阿依): a
# run of transliteration characters; 和 only in the Mongolian elements 孟和 / 苏和 (elsewhere it is "and").
_STEPPE = TRANSLIT | set("孟洪果敖登乐朝牛呷那云苏呼勒毕")
# `[…]{3,16}` written as one character, a look-ahead for two more and the rest: a pattern that starts with a repeat
# gives `re` no first character to skip to, so it entered the matcher at every position (0.36 -> ≈0.1 ms per 64 KB).
_STEPPE_CLASS = _char_class(_STEPPE | {"和"})
_STEPPE_RE = re.compile(f"{_STEPPE_CLASS}(?={_STEPPE_CLASS}{{2}}){_STEPPE_CLASS}{{2,15}}")
# What introduces or follows a person in running text around such a name.
_STEPPE_BEFORE = ("欢迎", "邀请", "交给", "转交给", "联系", "感谢", "恭喜", "祝贺", "通知", "居民", "同事", "员工", "学员",
                  "和", "与", "跟", "同", "由", "给", "请", "找", "让", "叫", "问")
_STEPPE_AFTER = ("同志", "加入", "搭档", "负责", "接任", "入职", "调任",
                 # what only a person does, for someone or of their own accord (主动顶班, 帮她整理)
                 "主动", "帮她", "帮他", "帮我", "替她", "替他")


def _steppe_cue_left(text: str, s: int) -> bool:
    """A word before ``s`` that introduces a person (欢迎, 由, 交给, a label or role such as 负责人, 居民)."""
    return text.endswith(_STEPPE_BEFORE, max(0, s - 3), s) or text.endswith(_SPACED_CONTEXT_WORDS, max(0, s - 5), s)


def _steppe_cue_right(text: str, e: int) -> bool:
    """A verb, title or 同志 at ``e`` that follows a person (表示, 加入, 负责, 经理)."""
    return (
        _after_name_word(text, e) or text.startswith(_STEPPE_AFTER, e) or _starts_title(text, e) or text[e] == "说"
    )


def _steppe_listed(text: str, s: int, e: int) -> bool:
    """杨萍、热合曼江、张金凤: a 、-list whose neighbouring item is a Chinese name is a list of people (德克萨斯州、
    加利福尼亚 is not)."""
    if text[s - 1 : s] == "、" and any(
        text[s - 1 - k - 1 : s - 1 - k] in ("、", "：", ":", "，", "\n", "") and plausible(text[s - 1 - k : s - 1], MEDIUM)
        for k in (2, 3)
    ):
        return True
    return text[e : e + 1] == "、" and any(
        text[e + 1 + k : e + 2 + k] in ("、", "。", "，", "\n", "") and plausible(text[e + 1 : e + 1 + k], MEDIUM)
        for k in (2, 3)
    )


def _steppe_names(text: str) -> Iterator[_Hit]:
    """Transliterated names without a dot: three to seven characters that form no dictionary word, place or
    country, with a clause edge or a cue on each side and a cue on at least one (a word that introduces a person
    before it, a verb or title after it), or heading a chat line, or inside a list of people."""
    words, admin = lexicon.words(), lexicon.admin_names()
    countries = _countries()[0]
    n = len(text)
    for m in _STEPPE_RE.finditer(text):
        a, b = m.span()
        done = False
        # a name starts where the run does or right after a 和 inside it (not the one of 孟和 / 苏和)
        starts = [a + (text[a] == "和")] + [
            k + 1 for k in range(a + 1, b - 3) if text[k] == "和" and text[k - 1] not in "孟苏"
        ]
        for s in starts:
            if done:
                break
            edge_left = s == 0 or not _is_cjk(text[s - 1])
            cue_left = not edge_left and _steppe_cue_left(text, s)
            if not (edge_left or cue_left) and "同志" not in text[s + 3 : s + 9]:
                continue  # inside running text, and no 同志 to vouch for it
            for e in range(min(b, s + 7), s + 2, -1):
                core = text[s:e]
                if "和" in core.replace("孟和", "").replace("苏和", ""):
                    continue
                edge_right = e >= n or not _is_cjk(text[e])
                cue_right = not edge_right and _steppe_cue_right(text, e)
                joined = not edge_right and text[e] in "、和与"
                if not (cue_left or cue_right):
                    speaker = (s == 0 or text[s - 1] == "\n") and text[e : e + 1] in (":", "：")
                    if not (speaker or (edge_left or joined or edge_right) and _steppe_listed(text, s, e)):
                        continue
                elif not ((edge_left or cue_left or text.startswith("同志", e)) and (edge_right or cue_right or joined)):
                    continue
                entry = words.get(core)
                if (entry is not None and not (entry.tag == "nr" and entry.freq < 10)) or core in admin or (
                    core in countries
                ):
                    continue  # 阿莫西林, 克拉玛依; but jieba's rare person entries (乌日娜) are people
                yield _Hit(s, e, MEDIUM)
                done = True
                break


def _tibetan(text: str, gates: Iterable[int] | None = None) -> Iterator[_Hit]:
    """Tibetan names are two name elements (扎西 + 次仁) with no surname; place names built from the
    same elements carry a unit after them (扎西岗乡). ``gates``: the offsets of _TIBETAN_GATE_RE's matches,
    when a joint scan found them."""
    rx = _tibetan_re()
    last = 0
    for p in (g.start() for g in _TIBETAN_GATE_RE.finditer(text)) if gates is None else gates:
        if p < last:
            continue
        for s in range(max(last, p - 5), p + 1):
            m = rx.match(text, s)
            if m is not None and m.end() > p:
                yield _Hit(m.start(), m.end(), MEDIUM)
                last = m.end()
                break


@functools.cache
def _tibetan_re() -> re.Pattern[str]:
    """Two name elements in a row, not followed by a place unit (built on first use from the list)."""
    parts = trie.pattern(sorted(lexicon.tibetan_name_parts()))
    return re.compile(rf"(?:{parts}){{2}}(?![县縣乡鄉镇鎮村寺山湖峰路街沟河区區市州岗])")

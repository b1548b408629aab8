"""Names in narrative text (twelfth round): news and bulletins, appointment notices, award lists,
essays citing historical figures (以某某为镜, 詹天佑的经历), consignee lines (某某收 138…), 从某某到某某, the other
name of 某某和某某, members after a unit (…学院的某某), and names a form wraps across a line.

Each rule is a frame as specific as a label: a cue word on one side of the name and a clause edge or a second
cue on the other; the name is confirmed with best_name / plausible, as after the other cues.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from detectors.nlp import lexicon, trie
from detectors.recognizers.names.anchors import _J_NARR, _NARR_AFTER, _NARR_BEFORE, _joint_matches
from detectors.recognizers.names.core import (
    AMBIGUOUS, CJK, MEDIUM, STRONG, _COMPOUND, _Hit, _NOT_GIVEN_SECOND, _NUMERALS, _PREP_SURNAMES, _SUR,
    _TOP_SURNAMES, _is_cjk, _sur_len,
)
from detectors.recognizers.names.cues import FOLLOW, LABELS, _LABEL_SET
from detectors.recognizers.names.lists import _PROSE_LIST_OPEN
from detectors.recognizers.names.plausible import (
    _after_name_word, _cell_name, _clean_break, _glued, _listed_person, _name_ends, best_name, plausible, role_noun,
)
from detectors.recognizers.names.prose import _prose_start_ok


# 的《 / 在《 (某某的《…》, 某某在《…》中写道) are found from 《 with str.find rather than in the prefix tree, where every
# 的 and 在 of the text, the commonest characters, would be a place to try.
_NARR_BOOK_BEFORE = frozenset("的在")
# Cues that frame a historical or literary figure (某某笔下的, 以某某为镜, 某某在《…》中写道): there a name that
# is a person entry of the dictionary (a famous namesake, refused at MEDIUM as a word) is still the person.
_NARR_FIGURE = frozenset(("笔下", "笔下的", "《", "所言", "所说", "为镜", "为范", "为榜样", "正如", "引用"))
# What may stand right before a name that an after-cue vouches for, besides a clause edge: a before-cue, a
# joining word, a unit the person belongs to (研发中心某某被评为, 来自审计部的某某荣获).
_NARR_LEFT = _NARR_BEFORE + (
    "由", "和", "与", "及", "以", "从", "到", "读", "关于", "据", "同意",
)
# A unit a person belongs to, written before the name with or without 的 (研发中心某某, 华东大区的某某).
_NARR_UNITS = ("中心", "部", "组", "处", "科", "室", "大区", "分公司", "团队", "车间")
_NARR_BEFORE_SET = frozenset(_NARR_BEFORE)
# A before-cue that opens with an after-cue (笔下的 = 笔下 + 的): the trie finds the longer one; both sides count.
_NARR_AFTER_OF = {c: a for c in _NARR_BEFORE for a in _NARR_AFTER if c.startswith(a)} | {a: a for a in _NARR_AFTER}


# What is said only of a person's life (的经历, 的诗, 一生, 少年时, 去世): before it, a name needs no label, and a
# historic or public figure that jieba lists as a person (司马迁, 詹天佑) is that person, not a word.
_BIO_CUES = (
    "的经历", "的故事", "的诗", "的词", "的作品", "的生平", "的一生", "的思想", "的名言", "的著作", "的事迹", "的精神",
    "的贡献", "的传记", "的故居", "的雕像", "的画像", "的遗愿", "的后人", "的家乡", "的成就", "的学说", "一生", "少年时",
    "年轻时", "早年", "晚年", "生前", "去世", "逝世", "出生于", "被贬",
)
_BIO_RE = re.compile(trie.pattern(_BIO_CUES))


def _figure(name: str) -> bool:
    """A historic or public figure jieba lists as a person: three or four characters from a surname (司马迁,
    祖冲之, 袁隆平), or two from a common one (李白); not an everyday word (严重性: 严重 is one)."""
    entry = lexicon.words().get(name)
    if entry is None or not entry.tag.startswith("nr") or not _sur_len(name, 0):
        return False
    if len(name) == 2:
        # 韩愈, 沈括: before a life's words a listed person with a given character rare today is still one
        return _listed_person(name) or (
            entry.freq >= 20 and name[0] in _TOP_SURNAMES
            and name[1] not in _NOT_GIVEN_SECOND and name[1] not in FOLLOW and name[1] not in _NUMERALS
        )
    head = lexicon.words().get(name[:2])
    return name[:2] in _COMPOUND or head is None or head.tag.startswith("nr") or head.freq < 50


def _biographies(text: str) -> Iterator[_Hit]:
    """A name right before words said only of a person's life (詹天佑的经历, 司马迁少年时, 王小明的作品)."""
    for m in _BIO_RE.finditer(text):
        c = m.start()
        for k in (3, 2, 4):
            s = c - k
            if s < 0 or not _sur_len(text, s) or _glued(text, s):
                continue
            if s > 0 and _is_cjk(text[s - 1]) and (text[s] in AMBIGUOUS or text[s] in _PREP_SURNAMES):
                continue  # 经历和王国的故事: inside running text 和 / 于 / 向 are particles first
            name = text[s:c]
            if _figure(name) or best_name(text, s, MEDIUM) == c:
                yield _Hit(s, c, MEDIUM)
                break


# A unit of an organisation, then 的, then its members (北辰大学化学学院的某某、某某; 某某公司的某某): the unit
# vouches for a person right after it, as a title does.
# Led by the literal 的 (one fast search for it) and the unit read behind it: led by the units' first characters,
# the pass tried a match at nearly every position (+2 % of a 64 KB scan).
_UNIT_OF = re.compile(
    rf"的(?:(?<=(?:学院|大学|医院|公司|集团|中心|团队|小组)的)|(?<=(?:研究所|研究院|实验室|课题组|研究组|项目组|事务所)的))"
    rf"(?={_SUR})"
)
_MEMBER_END = frozenset("、，,。；;在和与及等也都的")


def _unit_members(text: str) -> Iterator[_Hit]:
    """The people named right after a unit and 的, and the second of a 、-pair after them (张某、殷某在实验上):
    each must end where a list or a clause does; the first must read as a name at MEDIUM, the second as a
    surname and one or two given characters that are no role."""
    for m in _UNIT_OF.finditer(text):
        s = m.end()
        e = best_name(text, s, MEDIUM)
        if e <= s or not _name_ends(text, e):
            continue
        yield _Hit(s, e, MEDIUM)
        if text[e : e + 1] != "、":
            continue
        for n in (3, 2):
            b = e + 1 + n
            value = text[e + 1 : b]
            if (
                b <= len(text) and (b == len(text) or text[b] in _MEMBER_END) and all(_is_cjk(c) for c in value)
                and _cell_name(value) and not role_noun(value) and value not in _LABEL_SET
            ):
                yield _Hit(e + 1, b, MEDIUM)
                break


def _narr_surname_ok(text: str, s: int) -> bool:
    """A one-character surname that is also a preposition or a common morpheme (于, 和, 明, 全) is left to the
    rules that see more of the sentence."""
    return _sur_len(text, s) == 2 or (text[s] not in AMBIGUOUS and text[s] not in _PREP_SURNAMES)


def _figure_name(text: str, s: int, strength: int) -> int:
    """best_name, or for a person entry of the dictionary (宋江, 施耐庵) its end at label strength."""
    end = best_name(text, s, strength)
    if end < 0:
        end = best_name(text, s, STRONG)
        entry = lexicon.words().get(text[s:end]) if end > 0 else None
        if entry is None or entry.tag != "nr":
            return -1
    return end


def _narr_after_name(text: str, p: int, cue: str = "") -> _Hit | None:
    """The name that ends at ``p`` where an after-cue begins, at a clause edge or after a left cue."""
    figure = cue in _NARR_FIGURE
    for s in (p - 3, p - 2, p - 4):
        if s < 0 or not _sur_len(text, s) or not _narr_surname_ok(text, s):
            continue
        if not (
            _prose_start_ok(text, s) or text.endswith(_NARR_LEFT, 0, s)
            or text.endswith(_NARR_UNITS, 0, s - 1 if text[s - 1] == "的" else s)
        ):
            continue
        window = text[s:p]  # best_name reads no further than the cue; a slice of the name only, not of the text
        end = _figure_name(window, 0, MEDIUM) if figure else best_name(window, 0, MEDIUM)
        if end == p - s and not _glued_left(text, s):
            return _Hit(s, p, MEDIUM)
    return None


def _glued_left(text: str, s: int) -> bool:
    """Does the character before ``s`` make a common word with the surname (来自 + 审计: 计审)? Only a word of
    the clause (not a left cue) can glue."""
    if s == 0 or not _is_cjk(text[s - 1]) or text.endswith(_NARR_LEFT + _NARR_UNITS + ("的",), 0, s):
        return False
    entry = lexicon.words().get(text[s - 1 : s + 1])
    return entry is not None and entry.freq >= 500 and not entry.tag.startswith("nr")


def _narr_before_name(text: str, q: int, cue: str = "") -> _Hit | None:
    """The name right after a before-cue ending at ``q``: it must end where a name ends or an after-cue begins."""
    if cue in _APPOINT_FRAME:
        hit = _appointee(text, q, cue)
        if hit is not None:
            return hit
    if q >= len(text) or not _sur_len(text, q) or not _narr_surname_ok(text, q):
        return None
    glue = lexicon.words().get(text[q - 1 : q + 1])
    if glue is not None and glue.freq >= 500 and not glue.tag.startswith("nr"):
        return None  # 任命书, 关于是否: the cue's last character and the next make a word
    end = _figure_name(text, q, MEDIUM) if cue in _NARR_FIGURE else best_name(text, q, MEDIUM)
    if end < 0:
        return None
    if _name_ends(text, end) or _clean_break(text, end) or text.startswith(_NARR_AFTER, end) or text[end] in "“\"":
        return _Hit(q, end, MEDIUM)
    return None


# Round 15n: an appointment notice's verb and what follows its object (聘任某某为…, 免去某某的…职务): the frame
# closes the name as a particle does, though 为 / 的 glue to no name end elsewhere.
_APPOINT_FRAME: dict[str, tuple[str, ...]] = {
    "任命": ("同志为", "为"), "聘任": ("同志为", "为"), "提任": ("同志为", "为"), "拟任": ("同志为", "为"),
    "免去": ("同志的", "同志", "的"),
}


def _appointee(text: str, q: int, cue: str) -> _Hit | None:
    """聘任某某为…, 免去某某的…职务, 任命某某同志为…: the verb and the frame after its object say a person is
    named, so the hit is as strong as a label's (an organisation after 为 is no tail of it). A name that is also
    a word (方正, 王建设) or starts with 于 / 和 counts only before 同志, which no ordinary object takes."""
    if q >= len(text) or not _sur_len(text, q):
        return None
    for n in (3, 2, 4):
        end = q + n
        frames = [f for f in _APPOINT_FRAME[cue] if text.startswith(f, end)]
        if not frames or not all(_is_cjk(c) for c in text[q:end]):
            continue
        comrade = frames[0].startswith("同志")
        if best_name(text[q:end], 0, MEDIUM) == n and _narr_surname_ok(text, q):
            return _Hit(q, end, STRONG)
        if comrade and best_name(text[q:end], 0, STRONG) == n:
            return _Hit(q, end, STRONG)
    return None


# After a consignee's 收: a telephone number or its label (某某收 138…, 某某收，电话…).
_CONSIGNEE_CONTACT = re.compile(r"[ \t，,：:]*(?:电话|手机|联系电话|Tel|TEL|tel)?[ \t：:]*[+＋(（]?[0-9０-９]")


def _consignee_names(text: str) -> Iterator[_Hit]:
    """某某收 138…, 某某收，电话…: the name before a consignee's 收 when a telephone number follows; 收 is not
    part of the name (see _prose_trim)."""
    p = text.find("收")
    while p >= 0:
        if _CONSIGNEE_CONTACT.match(text, p + 1):
            for s in (p - 3, p - 2, p - 4):
                if s < 0 or not _sur_len(text, s) or not _narr_surname_ok(text, s):
                    continue
                if not (_prose_start_ok(text, s) or text.endswith(("寄给", "交给", "发给"), 0, s)):
                    continue
                if best_name(text[s:p], 0, MEDIUM) == p - s:
                    yield _Hit(s, p, MEDIUM)
                    break
        p = text.find("收", p + 1)


def _narrative_names(text: str, starts: list[int]) -> Iterator[_Hit]:
    """Names in news, bulletins, notices and essays cued by _NARR_AFTER / _NARR_BEFORE (found at ``starts`` by
    _joint_scan), and consignees."""
    for m in _joint_matches(_J_NARR, text, starts):
        cue = m.group()
        after = _NARR_AFTER_OF.get(cue)
        hit = _narr_after_name(text, m.start(), after) if after is not None else None
        if hit is not None:
            yield hit
        hit = _narr_before_name(text, m.end(), cue) if cue in _NARR_BEFORE_SET else None
        if hit is not None:
            yield hit
    p = text.find("《")
    while p >= 0:
        if p > 2 and text[p - 1] in _NARR_BOOK_BEFORE:
            hit = _narr_after_name(text, p - 1, "《")  # 某某在《…》中写道, 某某的《…》
            if hit is not None:
                yield hit
        p = text.find("《", p + 1)
    if "收" in text:
        yield from _consignee_names(text)


_FROM_TO_CLOSE = frozenset("，,。；;、！!？?\n")


def _from_to_names(text: str) -> Iterator[_Hit]:
    """从某某到某某，大家都…: a span from one person to another. Both ends read as names on their own (best_name at
    medium strength, so places, words and 从高到低 fail), the first ends right at 到 and the second at a clause
    edge or a word that follows names; the frame vouches for a surname that is also a particle (从万某到明某)."""
    i = text.find("从")
    while i >= 0:
        s = i + 1
        e = best_name(text, s, MEDIUM) if s < len(text) else -1
        if e > 0 and text.startswith("到", e):
            e2 = best_name(text, e + 1, MEDIUM)
            if e2 > 0 and (e2 == len(text) or text[e2] in _FROM_TO_CLOSE or _after_name_word(text, e2)):
                yield _Hit(s, e, MEDIUM)
                yield _Hit(e + 1, e2, MEDIUM)
        i = text.find("从", i + 1)


_JOINERS = frozenset("和与及")
# What a clause goes on with after the second of two joined names (某某和某某负责, 某某及某某三人).
_JOINED_LEFT = _NARR_LEFT + _PROSE_LIST_OPEN + ("有", "是", "：", ":", "、")


def _joined_mates(text: str, found: list[_Hit]) -> Iterator[_Hit]:
    """某某和某某, 某某、某某及某某: the name on the other side of 和 / 与 / 及 from a found name, when it reads as a
    name at the same strength and is framed as one (a clause edge or list opening before it; a name's end after)."""
    starts = {h.start for h in found if h.strength >= MEDIUM}
    ends = {h.end for h in found if h.strength >= MEDIUM}
    for h in found:
        j = h.end
        if j + 2 < len(text) and text[j] in _JOINERS and j + 1 not in starts and _sur_len(text, j + 1):
            s = j + 1
            # a famous namesake (张飞) after a found name and 和 / 及 is a member of the same list
            end = _figure_name(text, s, MEDIUM) if _narr_surname_ok(text, s) else -1
            if end - s == 3 and text[end - 1] in FOLLOW and plausible(text[s : end - 1], MEDIUM):
                end -= 1  # 与洪丽于下周: 于 opens the next phrase
            if end > 0 and (
                _name_ends(text, end) or _clean_break(text, end) or text.startswith(_NARR_AFTER, end)
                or text[end] in "两二三四几等"
            ):
                yield _Hit(s, end, MEDIUM)
        k = h.start - 1
        if k >= 2 and text[k] in _JOINERS and k not in ends:
            for s in (k - 3, k - 2, k - 4):
                if s < 0 or not _sur_len(text, s) or not _narr_surname_ok(text, s):
                    continue
                if not (_prose_start_ok(text, s) or text.endswith(_JOINED_LEFT, 0, s)):
                    continue
                if best_name(text[s:k], 0, MEDIUM) == k - s:
                    yield _Hit(s, k, MEDIUM)
                    break


# A line that ends inside a name a form or a PDF wrapped (申请人：欧阳\n明月, 代表魏\n健与): what may stand before
# the first part, and what may follow the second.
_WRAP_OPEN = frozenset(":：|，,\t \u3000")
_WRAP_CUES = ("代表", "签字", "签名") + tuple(LABELS.split("|"))
_WRAP_NEXT = ("同志", "与", "和", "及", "先生", "女士", "荣获", "获得")
# A line break between two Chinese characters, led by the literal so ``re`` skips to line breaks.
_WRAP_GATE = re.compile(f"\n(?<=[{CJK}]\n)(?=[{CJK}])")


def _wrapped_names(text: str) -> Iterator[_Hit]:
    """A name split by one line break: the first part (a surname, or a start that is no name alone) closes a
    line after a field opening or a cue, the rest (one or two characters) opens the next line and ends there or
    before a word that follows names. The span holds the line break, as the conventions label it."""
    for g in _WRAP_GATE.finditer(text):
        nl = g.start()
        a = nl
        while a > 0 and _is_cjk(text[a - 1]) and nl - a < 3:
            a -= 1
        for xs in range(a, nl):
            if not _sur_len(text, xs):
                continue
            before = text[xs - 1] if xs > 0 else "\n"
            if not (before in _WRAP_OPEN or before == "\n" or text[:xs].endswith(_WRAP_CUES)):
                continue
            if xs > 0 and _is_cjk(before) and not text[:xs].endswith(_WRAP_CUES):
                continue
            hit = _wrapped_at(text, xs, nl)
            if hit is not None:
                yield hit
                break


def _wrapped_at(text: str, xs: int, nl: int) -> _Hit | None:
    head = text[xs:nl]
    bare = len(head) == _sur_len(text, xs)
    for n in (2, 1):
        ye = nl + 1 + n
        tail = text[nl + 1 : ye]
        if ye > len(text) or len(tail) != n or not all(_is_cjk(c) for c in tail):
            continue
        after = text[ye : ye + 1]
        if after in (":", "："):
            return None  # 联系人：李\n电话：: the next line is a field of its own
        if _is_cjk(after) and not text.startswith(_WRAP_NEXT, ye):
            continue
        name = head + tail
        if not 2 <= len(name) <= 4 or best_name(name, 0, MEDIUM) != len(name):
            continue
        runs_on = after not in ("\n", "") and not text.startswith(_WRAP_NEXT, ye)
        if not bare and (n != 1 or plausible(head, MEDIUM) and (runs_on or tail in "男女")):
            continue  # 张伟\n男: a whole name, then a field value on the next line
        return _Hit(xs, ye, MEDIUM)
    return None

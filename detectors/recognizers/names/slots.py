"""Names in slots a document reserves for a person (sixteenth round): the value after any agent label
(代办人：某某, 处方医师：某某, 家长签字：某某), a name glued to a court, police or property role (辩护人某某,
管家某某已上门), the appointees of a notice (拟任命某某为…，某某为…, …，某某同志为…), a speaker of a short chat
beside a named one, the other members of a list, a column or a run of lines that holds a found name, Hong Kong
names in capitals after a label (CHAN TAI MAN) or with an English name after them (CHAN Tai Man Peter), lower-case
pinyin names after a cue (负责人: zhang wei), and glued initials (Q.H. Rice).

In each slot the position alone says "a person", so a value that is also a word or a county's short name (金华,
黎明, 万宁) counts when it reads as a whole value (surname + given name, nothing running on). Kept in one module of
its own, read by the recognizer in three calls: hits before the resolution, mates after it, a last filter.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from detectors.nlp import lexicon
from detectors.recognizers.names.core import CJK, MEDIUM, STRONG, WEAK, _NUMERALS, _alts, _Hit, _is_cjk
from detectors.recognizers.names.cues import FOLLOW, TITLES, _LABEL_SET, _NOT_NAME_TAGS
from detectors.recognizers.names.fields import _he_given, _office_word
from detectors.recognizers.names.filters import CLOSINGS
from detectors.recognizers.names.latin_words import (
    _EN_COMMON_WORDS, _EN_SYLLABLE_WORDS, _NOT_FAMILY, _ONE_SYL, _PINYIN_TWO, _ROMAN_SURNAMES,
)
from detectors.recognizers.names.plausible import (
    _cell_name, _clean_break, _countries, _name_ends, best_name, plausible, role_noun,
)
from detectors.recognizers.names.romanised import _ROMAN_SYL

_GAPS = " \t\u3000"
_TITLE_SET = frozenset(TITLES.split("|"))
# Last characters of units, groups and peoples (财务部, 值班组, 汉族): a value ending in one is no person.
_UNIT_ENDS = frozenset("部处科室组队班族局所院厅站司会社团店")


@functools.lru_cache(maxsize=8192)
def _slot_value(value: str, places: bool = True) -> bool:
    """Does ``value``, bounded on both sides by a slot, read as a whole name (surname + given name) even when it is
    also a word (高原, 杜鹃, 严明)? Never a role, a label, a unit, a country or a province's full name, a word that
    is never a name (本人, 待定, 同上) or an everyday noun (系统, 全体, 法定); ``places``: a county's short name (金华,
    武昌) counts, as the slot rules a place out."""
    if not 2 <= len(value) <= 4 or not all(_is_cjk(c) and c not in _NUMERALS for c in value[1:]) or not _is_cjk(value[0]):
        return False  # 高二 (a grade), 周一: a numeral in the given name makes a word
    if value in CLOSINGS or value in _LABEL_SET or value in _TITLE_SET or value[-1] in _UNIT_ENDS or role_noun(value) or _office_word(value):
        return False
    entry = lexicon.words().get(value)
    if entry is not None and not entry.tag.startswith(("nr", "ns", "nz")) and (
        entry.tag.startswith(_NOT_NAME_TAGS) or entry.freq >= 1000
    ):
        return False
    if value in lexicon.admin_names() or value in _countries()[0]:
        return False
    if not places and value in lexicon.admin_short_names():
        return False
    return _cell_name(value) or _he_given(value)


# ------------------------------------------------------------------------------------------ agent labels
# Last words of a label that asks for a person: agents (代办人, 押运员, 目击者), posts and carers (处方医师, 带队老师,
# 陪同家属, 物业管家); a label may end in 签字 / 签名 after one (家长签字, 部门负责人签字).
_AGENT_ENDS = ("人", "员", "者", "医师", "药师", "医生", "护士", "老师", "家属", "管家", "律师", "讲师", "民警", "上级")
_SIGN_ENDS = ("签字", "签名", "签收", "签章")
# Labels ending in 人 / 员 that ask for no person (个人：, 人员：, 成人：2).
_NOT_AGENT = frozenset(["个人", "本人", "他人", "成人", "人员", "法人", "行人", "私人", "工人", "军人", "名人", "老人",
                        "病人", "男人", "女人", "家人", "前人", "后人", "外人", "路人", "族人", "超人", "真人"])


def _agent_label(text: str, colon: int) -> bool:
    """Does a label asking for a person end right before ``colon``?"""
    j = colon
    while j > 0 and colon - j < 10 and _is_cjk(text[j - 1]):
        j -= 1
    label = text[j:colon]
    for end in _SIGN_ENDS:
        if label.endswith(end) and len(label) > len(end):
            label = label[: -len(end)]
            break
    if len(label) < 2:
        return False
    for n in range(2, min(len(label), 7) + 1):
        if label[-n:] in _LABEL_SET:
            return True
    if label.endswith(_AGENT_ENDS):
        # 出警人员, 离职人员: 人员 after a word is who; 人员 / 个人 / 成人 alone ask for no one
        return label[-2:] not in _NOT_AGENT or len(label) > 2 and label[-2:] == "人员"
    return False


# ------------------------------------------------------------------------------------------ glued roles
# Roles written straight before a name in judgments, police and property records (辩护人某某, 报案人某某, 管家某某).
# Roles written straight before a name in judgments and police records (辩护人某某, 报案人某某, 民警某某); posts
# ending in 员 / 者 (审判员, 目击者) are anchors.TITLES_BEFORE's, and a colon after any of them is _colon_hits'.
_GLUED_ROLES = ("辩护人", "公诉人", "被告人", "被害人", "受害人", "报案人", "报警人", "当事人", "嫌疑人", "上诉人",
                "被上诉人", "申请人", "被申请人", "证人", "民警", "辅警")
_GLUED_ROLE_SET = frozenset(_GLUED_ROLES)
# Found from their last characters (one str.find each, far cheaper than a pattern of the roles over the text).
_ROLE_LASTS = "".join(sorted({r[-1] for r in _GLUED_ROLES}))
_ROLE_PENULTS = frozenset(r[-2] for r in _GLUED_ROLES)


def _glued_roles(text: str) -> Iterator[int]:
    """Where a name may start right after one of _GLUED_ROLES (a blank after the role skipped)."""
    n = len(text)
    for last in _ROLE_LASTS:
        at = text.find(last)
        while at >= 0:
            p = at + 1
            if at > 0 and text[at - 1] in _ROLE_PENULTS and any(
                text[at - k + 1 : p] in _GLUED_ROLE_SET for k in (2, 3, 4) if at - k + 1 >= 0
            ):
                if p < n and text[p] in " \u3000":
                    p += 1
                if p < n and _is_cjk(text[p]):
                    yield p
            at = text.find(last, at + 1)


def _glued_hits(text: str) -> Iterator[_Hit]:
    """公诉人王亮、被告人严明及其辩护人李建平到庭, 管家万宁已上门: a name right after such a role, closed by a
    particle, a list mark or a verb; a name that is also a word counts when a list mark or punctuation ends it."""
    for p in _glued_roles(text):
        if text.startswith(_GLUED_ROLES, p):
            continue  # 被告人被害人: two roles, no name
        end = best_name(text, p, MEDIUM)
        if end > 0 and (_name_ends(text, end) or _clean_break(text, end)):
            yield _Hit(p, end, MEDIUM)
            continue
        for e in (p + 2, p + 3):
            if e <= len(text) and _slot_value(text[p:e]) and (
                e == len(text) or text[e] in "、，,。；;（(及与和\n" or text[e] in FOLLOW
            ):
                yield _Hit(p, e, MEDIUM)
                break


# ------------------------------------------------------------------------------------------ appointees
# Appointment verbs, found from 任 / 聘 (one str.find each); the later clauses of a notice open on 某某同志任 / 为,
# and 拟推荐某某同志为… holds 同志 (推荐 alone is an everyday word: 推荐使用).
_APPOINT_VERBS = ("提任", "任命", "聘任", "聘请", "拟聘", "委任", "拟任", "任免")
_APPOINT_FINDS = "任聘"
_APPOINT_AFTER = ("为", "任", "担任", "兼任")
_COMRADE_AFTER = ("为", "任", "担任", "兼任", "，", "、", "拟任", ",")
_CLAUSE_MARK_RE = re.compile("[，,；;、：:]")
_SENTENCE_END_RE = re.compile("[。\n]")
_CLAUSE_OPEN = frozenset("，,；;、：:。\n")


_VERB_NEIGHBOURS = frozenset("提命聘委拟免请")


def _verb_end(text: str, at: int, ch: str) -> int:
    """End of the appointment verb that holds the character ``ch`` at ``at``, or -1."""
    if not (at > 0 and text[at - 1] in _VERB_NEIGHBOURS or text[at + 1 : at + 2] in _VERB_NEIGHBOURS):
        return -1
    for verb in _APPOINT_VERBS:
        k = verb.find(ch)
        if k >= 0 and at >= k and text.startswith(verb, at - k):
            return at - k + len(verb)
    return -1


def _appointee_hits(text: str) -> Iterator[_Hit]:
    """拟任命某某为…，某某为…: each clause of an appointment sentence opens on an appointee, a name that reads as one
    before 为 / 任 / 担任; and 某某同志为 / 任 / ， at a clause's start in such a sentence, the name a word too."""
    seen: set[int] = set()
    anchored = False
    for ch in _APPOINT_FINDS:
        at = text.find(ch)
        anchored = anchored or at >= 0
        while at >= 0:
            head = _verb_end(text, at, ch)
            if head < 0 or head in seen:
                at = text.find(ch, at + 1)
                continue
            seen.add(head)
            end = _SENTENCE_END_RE.search(text, head, head + 200)
            stop = end.start() if end is not None else min(len(text), head + 200)
            for p in [head] + [m.end() for m in _CLAUSE_MARK_RE.finditer(text, head, stop)]:
                while p < stop and text[p] in _GAPS:
                    p += 1
                for e in (p + 2, p + 3):
                    if e < stop and text.startswith(_APPOINT_AFTER, e) and plausible(text[p:e], MEDIUM):
                        yield _Hit(p, e, MEDIUM)
                        break
            at = text.find(ch, at + 1)
    if not anchored and "荐" not in text and "拔" not in text:
        return  # no 任 / 聘 / 荐 / 拔: no sentence appoints anyone
    at = text.find("同志")
    while at >= 0:
        for p in (at - 3, at - 2):
            if p < 0 or not (p == 0 or text[p - 1] in _CLAUSE_OPEN or p in seen):
                continue
            if text.startswith(_COMRADE_AFTER, at + 2) and _slot_value(text[p:at]) and _appointing(text, p):
                yield _Hit(p, at, MEDIUM)
                break
        at = text.find("同志", at + 2)


def _appointing(text: str, at: int) -> bool:
    """Does the sentence around ``at`` appoint (任 / 聘 / 推荐 / 提拔 / 调整 in it)?"""
    a = max(text.rfind("。", 0, at), text.rfind("\n", 0, at)) + 1
    m = _SENTENCE_END_RE.search(text, at)
    b = m.start() if m is not None else len(text)
    window = text[a:b]
    return "任" in window or "聘" in window or "推荐" in window or "提拔" in window


# ------------------------------------------------------------------------------------------ Latin forms
_EN_PERSON_KEYS = frozenset(
    "name|full name|english name|account name|account holder|holder|cardholder|card holder|applicant|payee|payer|"
    "passenger|passenger name|insured|policyholder|policy holder|beneficiary|contact|contact person|customer|"
    "client|employee|patient|student|guest|tenant|landlord|owner|attendee|signatory|prepared by|approved by|"
    "reviewed by|from|to|attn|attention|witness|reviewer|approver|author|assignee|reporter|manager|"
    "负责人|leader|member|member name|staff|user".split("|")
)
_CAPS_VALUE = re.compile(r"[ \t]*(?P<n>[A-Z]{2,8}(?:[ ][A-Z]{1,8}){1,3})(?=[ \t]*(?:\r?\n|$)|[ ]{2,}|[,，;；(（])")


def _latin_label(text: str, colon: int) -> bool:
    """Does a person label, Chinese or English, end right before ``colon``?"""
    if colon > 0 and _is_cjk(text[colon - 1]):
        return _agent_label(text, colon) or text[max(0, colon - 4) : colon].endswith(("姓名", "名字"))
    line = text.rfind("\n", 0, colon) + 1
    key = text[max(line, colon - 24) : colon].strip(" \t\"'").lower()
    for cut in (key, key.rsplit("|", 1)[-1].strip(), key.rsplit(" ", 1)[-1], " ".join(key.split()[-2:])):
        if cut in _EN_PERSON_KEYS:
            return True
    tail = key.split()
    return bool(tail) and any("\u4e00" <= c <= "\u9fff" for c in tail[0]) and tail[-1] in _EN_PERSON_KEYS


def _roman_name(words: list[str]) -> bool:
    """CHAN TAI MAN / LEUNG KA YAN: a romanised family name, then one to three romanised syllables."""
    fam = words[0].capitalize()
    return (
        fam in _ROMAN_SURNAMES and words[0] not in _NOT_FAMILY and 2 <= len(words) <= 4
        and all(_ROMAN_SYL.fullmatch(w) is not None and w not in _NOT_FAMILY for w in words[1:])
    )


def _caps_hit(text: str, colon: int) -> _Hit | None:
    """Name: CHAN TAI MAN / 持卡人：TAM WAI SHAN / Insured: WONG FAI KEUNG: a name in capitals as a label's value."""
    m = _CAPS_VALUE.match(text, colon + 1)
    if m is not None and _roman_name(m.group("n").split()) and _latin_label(text, colon):
        return _Hit(m.start("n"), m.end("n"), STRONG)
    return None


# Found from the blank after the family name (a literal first: ``re`` skips to blanks in C), the family name read
# back from it.
_HK_FOUR = re.compile(
    r"[ ](?<=[A-Z][A-Z][ ])(?P<a>[A-Z][a-z]{1,5})[ ](?P<b>[A-Z][a-z]{1,5})"
    r"(?:[ ](?P<e>[A-Z][a-z]{2,9}))?(?![A-Za-z0-9'])"
)
_CAPS_BEFORE = re.compile(r"(?<![A-Za-z0-9])(?P<s>[A-Z]{2,7})\Z")
# Words that may follow a Hong Kong name in an address or a company, never an English given name.
_NOT_ENGLISH_NAME = frozenset(
    "Street Road Building Limited Company Group Tower House Centre Center Estate Court Plaza Garden Gardens Hall "
    "Lane Avenue Village School College Station Hotel Bank Finance Team Office Department Block Floor".split()
)


_EN_BEFORE = re.compile(r"(?<![A-Za-z])(?P<e>[A-Z][a-z]{2,9})[ ]\Z")


def _hk_hits(text: str) -> Iterator[_Hit]:
    """LEE Suk Sze Karen, Dennis CHOI Suk Kam, POON Wai Wing: the family name in capitals, two romanised given
    syllables and, often, the English name before or after them."""
    wide = lexicon.world_first_names()
    for m in _HK_FOUR.finditer(text):
        fam = _CAPS_BEFORE.search(text, max(0, m.start() - 8), m.start())
        if fam is None:
            continue
        s, a, b, e = fam.group("s"), m.group("a"), m.group("b"), m.group("e")
        if s.capitalize() not in _ROMAN_SURNAMES or s in _NOT_FAMILY:
            continue
        if not (_ROMAN_SYL.fullmatch(a) and _ROMAN_SYL.fullmatch(b)):
            continue
        end = m.end() if e is not None and e not in _NOT_ENGLISH_NAME else m.end("b")
        start = fam.start()
        before = _EN_BEFORE.search(text, max(0, start - 11), start)
        if before is not None and before.group("e") in wide:
            start, end = before.start("e"), m.end("b")
        yield _Hit(start, end, STRONG)


# After a cue, song / fan / he are family names (宋, 范, 何), though written alone they are English words too.
_PY_SURNAMES = frozenset(w.lower() for w in lexicon.pinyin_surnames())
_EN_LOWER = frozenset(w.lower() for w in _EN_COMMON_WORDS)
_PINYIN_PHRASES = frozenset(["ni hao", "xie xie", "jia you", "zai jian", "mei you", "hao de", "bu hao", "dui bu",
                             "mei wen", "wen ti", "shi jie", "zhong guo"])
_LOWER_PAIR = re.compile(r"[ \t]*[\"'“]?(?P<n>(?P<s>[a-z]{1,6})[ ](?P<g>[a-z]{1,12}))(?![A-Za-z0-9_@.\-])")
_LOWER_JOIN = re.compile(r"[ \t]*(?:和|与|及|、|,|，|and|&)[ \t]*")
_LOWER_CUES = ("i ", "感谢")  # hi / Hi (found from "i ", the h checked before it), 感谢


def _lower_pinyin(value: str) -> bool:
    """zhang haitao, cao lu: a pinyin family name and one or two pinyin syllables, all in lower case."""
    s, _, g = value.partition(" ")
    return (
        s in _PY_SURNAMES and s != g and g not in _EN_LOWER and value not in _PINYIN_PHRASES
        and (_ONE_SYL.fullmatch(g) is not None or _PINYIN_TWO.fullmatch(g) is not None)
    )


def _lower_start(text: str, pos: int) -> bool:
    """Does a lower-case pinyin name start at ``pos`` (blanks and a quote skipped)?"""
    m = _LOWER_PAIR.match(text, pos)
    return m is not None and _lower_pinyin(m.group("n"))


def _lower_run(text: str, pos: int) -> Iterator[_Hit]:
    """The lower-case pinyin names at ``pos`` and after it, joined by 和 / and / 、 / commas."""
    while True:
        m = _LOWER_PAIR.match(text, pos)
        if m is None or not _lower_pinyin(m.group("n")):
            return
        yield _Hit(m.start("n"), m.end("n"), MEDIUM)
        j = _LOWER_JOIN.match(text, m.end())
        if j is None or j.end() == m.end():
            return
        pos = j.end()


_NUMBERED_LOWER = re.compile(r"\n[ \t]*\d{1,2}[.、)][ \t]*(?P<n>[a-z]{1,6} [a-z]{1,12})[ \t]*(?=\r?\n|$)")
_CELL_LOWER = re.compile(r"\|[ \t]*(?P<k>[A-Za-z_ ]{2,20}|[\u4e00-\u9fff]{2,6})[ \t]*\|[ \t]*(?P<n>[a-z]{1,6} [a-z]{1,12})[ \t]*\|")


def _pinyin_hits(text: str) -> Iterator[_Hit]:
    """hi yang haitao / 感谢 xu qiang 和 … / 1. cao lu / | owner | xie tingting | (a label's value: _colon_hits)."""
    for cue in _LOWER_CUES:
        at = text.find(cue)
        while at >= 0:
            if cue == "感谢" or at > 0 and text[at - 1] in "hH" and (at == 1 or not text[at - 2].isalpha()):
                yield from _lower_run(text, at + len(cue))
            at = text.find(cue, at + 1)
    if "\n" in text:
        listed = [m for m in _NUMBERED_LOWER.finditer("\n" + text) if _lower_pinyin(m.group("n"))]
        if len(listed) >= 2:
            for m in listed:
                yield _Hit(m.start("n") - 1, m.end("n") - 1, MEDIUM)
    if "|" in text:
        for m in _CELL_LOWER.finditer(text):
            key = m.group("k").strip().lower()
            if (key in _EN_PERSON_KEYS or key in _LABEL_SET) and _lower_pinyin(m.group("n")):
                yield _Hit(m.start("n"), m.end("n"), MEDIUM)


# Two-letter abbreviations written with dots (U.S. Steel, Q.C. Report): never a person's initials.
_DOTTED_WORDS = frozenset(["U.S.", "U.K.", "E.U.", "U.N.", "P.S.", "A.M.", "P.M.", "Q.C.", "Q.A.", "B.C.", "A.D.",
                           "N.B.", "P.O.", "D.C."])
_GIVEN_BEFORE = re.compile(r"(?<![A-Za-z])(?!(?:Dr|Mr|Mrs|Ms|Miss|Prof|Sir)[ ])[A-Z][a-z]+[ ]\Z")
# Found from the first initial's dot (a literal first), the initial checked behind it.
_GLUED_INITIALS = re.compile(
    r"\.(?<=(?<![A-Za-z0-9.&])[A-Z]\.)(?:[ ]?[A-Z]\.){1,2}[ ]?(?P<s>[A-Z][a-z]{1,11})(?![A-Za-z]|\.[A-Za-z])(?:,?[ ](?:Jr|Sr)\.?(?![A-Za-z]))?"
)


def _initial_hits(text: str) -> Iterator[_Hit]:
    """Q.H. Rice, E.K. Chen, S. P. Hayes: two or three initials before a listed or romanised family name."""
    last = lexicon.en_last_names()
    for m in _GLUED_INITIALS.finditer(text):
        fam, start = m.group("s"), m.start() - 1
        if _GIVEN_BEFORE.search(text, max(0, start - 14), start) is not None:
            continue  # Katie N. A. Jacobson: a given name before the initials, the Western forms' name
        if text[start : start + 4] in _DOTTED_WORDS:
            continue
        if fam in last or fam in _ROMAN_SURNAMES and fam not in _EN_SYLLABLE_WORDS:
            yield _Hit(start, m.end(), MEDIUM)


# A colon and a value of one of the shapes read here: a short Chinese run that ends there, capitals, lower-case
# pinyin. One pattern per colon (a literal first), so ``re`` skips to colons in C and the rest are never looked at.
_VALUE_AFTER = (
    rf"[ \t\u3000]*(?:(?P<c>[{CJK}]{{2,4}})(?![{CJK}])|(?P<u>[A-Z]{{2,8}}[ ][A-Z])|[\"'“]?(?P<l>[a-z]{{1,6}}[ ][a-z]))"
)
_COLON_VALUE_RES = [re.compile(re.escape(c) + _VALUE_AFTER) for c in "：:"]


def _colon_hits(text: str) -> Iterator[_Hit]:
    """The values after every colon, read once: a Chinese value after an agent label, a name in capitals or in
    lower-case pinyin after a person label (负责人: feng wenjie, git log --author=…)."""
    for rx in _COLON_VALUE_RES:
        for m in rx.finditer(text):
            colon = m.start()
            hit: _Hit | None = None
            if m.group("c") is not None:
                if colon > 1 and _is_cjk(text[colon - 1]) and _slot_value(m.group("c")) and _agent_label(text, colon):
                    hit = _Hit(m.start("c"), m.end("c"), STRONG)
            elif m.group("u") is not None:
                hit = _caps_hit(text, colon)
            elif _lower_start(text, colon + 1) and _latin_label(text, colon):
                yield from _lower_run(text, colon + 1)
            if hit is not None:
                yield hit


# A mobile number right after a Chinese character, or after one separator that follows one (the literal 1 first,
# the characters before it checked behind it).
_MOBILE = re.compile(rf"1(?:(?<=[{CJK}]1)|(?<=[{CJK}][，,：: /（(]1))[3-9]\d{{9}}(?!\d)")
_BEFORE_PHONE = "，,：:/ \t（("
_CONTACT_VERBS = ("联系", "找", "致电", "打给", "请教")


def _phone_hits(text: str) -> Iterator[_Hit]:
    """请联系蓝天，166… / 派件员雷鸣 139… : a whole name right before a mobile number (a contact line) is a person even
    when it is also a word; the name must open the line or the clause, or follow 联系 / 找 / 致电."""
    for m in _MOBILE.finditer(text):
        k = m.start()
        if text[k - 1] in _BEFORE_PHONE:
            k -= 1  # the pattern vouches for a Chinese character before the separator
        if k < 2 or not _is_cjk(text[k - 2]):
            continue
        for a in (k - 2, k - 3):
            if a < 0 or not _is_cjk(text[a]):
                break
            opened = a == 0 or not _is_cjk(text[a - 1]) or text.endswith(_CONTACT_VERBS, 0, a)
            if opened and _slot_value(text[a:k], places=False):
                yield _Hit(a, k, MEDIUM)
                break


# 以下为“某某”与“某某”的聊天记录: the quoted people a forwarded chat history is titled by.
_HISTORY_PAIR = re.compile(rf"[“\"「](?P<a>[{CJK}]{{2,4}})[”\"」](?:与|和|跟)[“\"「](?P<b>[{CJK}]{{2,4}})[”\"」]的聊天记录")


def _history_hits(text: str) -> Iterator[_Hit]:
    at = text.find("的聊天记录")
    while at >= 0:
        m = _HISTORY_PAIR.search(text, max(0, at - 16), at + 5)
        for g in ("a", "b"):
            if m is not None and _slot_value(m.group(g)):
                yield _Hit(m.start(g), m.end(g), STRONG)
        at = text.find("的聊天记录", at + 1)


_PARENT_WORDS = ("家长", "的家长", "妈妈", "爸爸")


def _parent_hits(text: str) -> Iterator[_Hit]:
    """朱春梅家长您好 / 三班王浩然的家长: a pupil's full name before 家长 at a clause's start names the child; the
    name before a parent word is no surname + 家长."""
    at = text.find("家长")
    while at >= 0:
        for k in (at, at - 1):
            if k < 2 or text.startswith(_PARENT_WORDS, k) is False:
                continue
            if k == at - 1 and text[k] != "的":
                continue
            for a in (k - 3, k - 2):
                if a >= 0 and (a == 0 or not _is_cjk(text[a - 1])) and plausible(text[a:k], MEDIUM):
                    yield _Hit(a, k, MEDIUM)
                    break
        at = text.find("家长", at + 1)


def _slot_hits(text: str, latin: bool) -> Iterator[_Hit]:
    """Every sixteenth-round slot's names that need no found name beside them."""
    if "：" in text or ":" in text:
        yield from _colon_hits(text)
    yield from _glued_hits(text)
    if "任" in text or "聘" in text or "推荐" in text or "提拔" in text or "选举" in text:
        yield from _appointee_hits(text)
    if latin:
        yield from _hk_hits(text)
        if "." in text:
            yield from _initial_hits(text)
    yield from _pinyin_hits(text)
    if "1" in text:
        yield from _phone_hits(text)
    if "聊天记录" in text:
        yield from _history_hits(text)
    if "家长" in text:
        yield from _parent_hits(text)


# ------------------------------------------------------------------------------------------ mates
# A chat line's speaker: an optional stamp in brackets, the name, an optional time in brackets, a colon; or a
# message header: the name, then an optional date and the time, alone on the line.
_SPEAKER = re.compile(
    rf"[ \t]*(?:\[[^\]\n]{{1,24}}\][ \t]*)?(?P<n>[{CJK}]{{2,4}})(?:[ \t]*[（(][0-9:： ]{{4,8}}[)）])?[ \t]*[:：][ \t]*(?P<u>.?)"
)
_HEADER = re.compile(
    rf"[ \t]*(?P<n>[{CJK}]{{2,4}})[ \t]+(?:\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}[ \t]+)?[0-2]?\d:[0-5]\d(?::[0-5]\d)?[ \t]*"
    r"(?=\r?\n|$)(?P<u>)"
)


def _speaker_mates(text: str, exact: set[tuple[int, int]]) -> Iterator[_Hit]:
    """杜鹃：收到 / 金星：改好了 in a chat whose other speaker is named: a speaker that reads as a whole name is one
    even when the name is a word; field labels (金额：300) are ordinary nouns or hold a number after the colon.
    Only the few lines around a found name that heads a line are read."""
    heads = sorted(s for s, e in exact if _heads_line(text, s, e))
    if not heads:
        return  # no found name heads a chat line (most texts)
    starts: set[int] = set()
    for s in heads:
        a = text.rfind("\n", 0, s) + 1
        starts.add(a)
        up = down = a
        for _ in range(_CHAT_REACH):
            if up > 0:
                up = text.rfind("\n", 0, up - 1) + 1
                starts.add(up)
            nxt = text.find("\n", down)
            if nxt >= 0:
                down = nxt + 1
                starts.add(down)
    named = {text[s:e] for s, e in exact if s in heads}
    for a in sorted(starts):
        m = _SPEAKER.match(text, a) or _HEADER.match(text, a)
        if m is None:
            continue
        s, e = m.start("n"), m.end("n")
        value = text[s:e]
        if (s, e) in exact or value in named or m.group("u")[:1].isdigit():
            continue
        entry = lexicon.words().get(value)
        if entry is not None and entry.tag.startswith("n") and not entry.tag.startswith(("nr", "ns", "nz")) and (
            entry.freq >= 300
        ):
            continue
        if _slot_value(value):
            yield _Hit(s, e, MEDIUM)


_CHAT_REACH = 4
_SPEAKER_AFTER = frozenset(":：（(0123456789")


def _heads_line(text: str, s: int, e: int) -> bool:
    """Does the found name at s:e head a line (after a stamp in brackets) before a colon or a time?"""
    if s > 0 and text[s - 1] not in "\n \t]】":
        return False
    k = e
    while k < len(text) and text[k] in " \t":
        k += 1
    return k < len(text) and text[k] in _SPEAKER_AFTER


# What ends a list's last name in a clause (某某、石林到场); not 和, which given names hold (文小和与某某).
_ITEM_FOLLOW = frozenset(FOLLOW - {"和"})
_ITEM_SEPS = "、，,；; \u3000"  # not the tab: a tab-separated row is a table's, see _column_mates
_ITEM_END = frozenset("、，,；;。.\t \u3000\n\r（(）)|")
_JOINS = ("和", "及", "与")
_NEXT_ITEM = frozenset(_ITEM_SEPS + "（(和及与")


def _item_after(text: str, end: int) -> tuple[int, int] | None:
    """The list item right after a found name that ends at ``end``: separators, then a whole run of two to four
    characters that ends at a list mark, a bracket, punctuation or the line's end (and 和 / 及 / 与 before the
    last one), or a name that a particle or a verb ends (民警某某、石林到场后)."""
    k = end
    while k < len(text) and text[k] in _ITEM_SEPS:
        k += 1
    joined = k == end and text.startswith(_JOINS, k)
    if joined:
        k += 1
    if k == end or k >= len(text) or not _is_cjk(text[k]):
        return None
    e = k
    while e < len(text) and e - k <= 4 and _is_cjk(text[e]):
        e += 1
    if 2 <= e - k <= 4 and (e == len(text) or text[e] in _ITEM_END):
        if joined and e < len(text) and text[e] not in "。，,；;\n\r）)":
            return None
        if e < len(text) and text[e] in "（(":
            close = text.find("）" if text[e] == "（" else ")", e, e + 16)
            if close < 0 or close + 1 < len(text) and text[close + 1] not in _ITEM_END:
                return None  # 高二（5）班: the bracket is inside a longer word, not a note after a name
        return k, e
    if joined or text[end] != "、":
        return None
    for e in (k + 2, k + 3):
        if e < len(text) and _is_cjk(text[e]) and (text[e] in _ITEM_FOLLOW or _clean_break(text, e)) and (
            _slot_value(text[k:e], places=False) or plausible(text[k:e], MEDIUM)
        ):
            return k, e
    return None


def _item_before(text: str, start: int) -> tuple[int, int] | None:
    """The list item right before a found name that starts at ``start`` (see _item_after)."""
    k = start
    while k > 0 and text[k - 1] in _ITEM_SEPS:
        k -= 1
    if k == start or k == 0 or not _is_cjk(text[k - 1]):
        return None
    s = k
    while s > 0 and k - s <= 4 and _is_cjk(text[s - 1]):
        s -= 1
    if not 2 <= k - s <= 4 or (s > 0 and text[s - 1] not in _ITEM_END and text[s - 1] not in "：:"):
        return None
    return s, k


def _list_line_mates(text: str, found: list[_Hit], exact: set[tuple[int, int]]) -> Iterator[_Hit]:
    """参会人员：某某、某某、黎明 / 学员：某某、武昌 / 一等奖：某某 金星 / 某某（迟到2次）、江河（早退1次）: the other
    items of a list on one line with a found name; a county's short name counts only in a labelled list."""
    taken = set(exact)
    todo = list(exact)
    per_line: dict[int, int] | None = None
    covered: set[int] | None = None  # every character inside a taken span, built at the first candidate
    while todo:
        s, e = todo.pop()
        if not (e < len(text) and text[e] in _NEXT_ITEM or s > 0 and text[s - 1] in _ITEM_SEPS):
            continue  # neither a list mark nor a bracket beside the name (most names)
        e2 = e
        if e2 < len(text) and text[e2] in "（(":
            close = text.find("）" if text[e2] == "（" else ")", e2, e2 + 16)
            if close > 0 and "\n" not in text[e2:close]:
                e2 = close + 1
        for item in (_item_after(text, e2), _item_before(text, s)):
            if item is None or item in taken:
                continue
            if covered is None:
                covered = {i for a, b in taken for i in range(a, b)}
            if any(i in covered for i in range(item[0], item[1])):
                continue
            line = text.rfind("\n", 0, item[0]) + 1
            colon = max(text.rfind("：", line, item[0]), text.rfind(":", line, item[0]))
            # a county's short name counts in a labelled list, one under a heading line or a 、-list of two names
            labelled = colon > line and _agent_label(text, colon) or line > 1 and text[line - 2] in "：:"
            if not labelled and "、" in (text[item[0] - 1], text[item[1] : item[1] + 1]):
                if per_line is None:
                    per_line = {}
                    for x, _ in exact:
                        k = text.rfind("\n", 0, x) + 1
                        per_line[k] = per_line.get(k, 0) + 1
                labelled = per_line.get(line, 0) >= 2
            if _slot_value(text[item[0] : item[1]], places=labelled):
                taken.add(item)
                covered.update(range(item[0], item[1]))
                todo.append(item)
                yield _Hit(item[0], item[1], MEDIUM)


_CELL_SPLIT = re.compile(r"[ \t\u3000|,，]+")
_CELL_EDGES = frozenset(" \t\u3000|,，\n\r")
_ROW_MAX = 120
_NAME_HEADERS = frozenset(["姓名", "名字", "name", "Name", "NAME", "员工", "学生", "联系人", "负责人", "值班人"])
_BULLET = re.compile(r"[ \t]*(?:[-*•·][ \t]+|\d{1,3}[.、)][ \t]*)?")


def _line_cells(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The cells of the line text[a:b] (after a bullet), split at blanks, tabs, bars and commas."""
    line = text[a:b]
    m = _BULLET.match(line)
    at = m.end() if m is not None else 0
    cells: list[tuple[int, int]] = []
    for part in _CELL_SPLIT.split(line[at:]):
        if part:
            st = line.index(part, at)
            cells.append((a + st, a + st + len(part)))
            at = st + len(part)
    return cells


def _column_mates(text: str, found: list[_Hit], exact: set[tuple[int, int]]) -> Iterator[_Hit]:
    """Rows of the same shape (第一名 某某 96分 / 1　某某　男 / 1001,某某,财务部) and runs of one-item lines (签到：
    某某 / 某某 / 安康, YAML lists): where a column already holds two found names, or one under a name header or a
    line ending in a colon, its other whole values are people too. Only the lines around found names are read."""
    done: set[int] = set()
    cache: dict[int, list[tuple[int, int]]] = {}
    n = len(text)

    def cells_at(a: int) -> list[tuple[int, int]]:
        got = cache.get(a)
        if got is None:
            b = text.find("\n", a)
            got = cache[a] = _line_cells(text, a, n if b < 0 else b)
        return got

    for h in found:
        if h.start > 0 and text[h.start - 1] not in _CELL_EDGES or h.end < n and text[h.end] not in _CELL_EDGES:
            continue  # most names sit in a sentence, not in a cell
        a = text.rfind("\n", 0, h.start) + 1
        if a in done:
            continue
        b = text.find("\n", h.end)
        if (n if b < 0 else b) - a > _ROW_MAX:
            continue  # a long line is prose, no table row
        width = len(cells_at(a))
        if not width or (h.start, h.end) not in cells_at(a):
            continue
        block = [a]
        up = a
        while up > 0:
            prev = text.rfind("\n", 0, up - 1) + 1
            if up - prev > _ROW_MAX or len(cells_at(prev)) != width:
                break
            block.insert(0, prev)
            up = prev
        down = a
        while True:
            nxt = text.find("\n", down)
            nxt2 = text.find("\n", nxt + 1) if nxt >= 0 else -1
            if nxt < 0 or nxt + 1 >= n or (n if nxt2 < 0 else nxt2) - nxt > _ROW_MAX or len(cells_at(nxt + 1)) != width:
                break
            block.append(nxt + 1)
            down = nxt + 1
        done.update(block)
        if len(block) >= 2:
            yield from _block_mates(text, [cells_at(x) for x in block], exact)


def _block_mates(text: str, rows: list[list[tuple[int, int]]], exact: set[tuple[int, int]]) -> Iterator[_Hit]:
    width = len(rows[0])
    first = rows[0][-1]
    header_colon = width == 1 and text[first[1] - 1] in ":："
    # a first row without a name is the header row (日期 白班 夜班): counted out of the column's cells
    body = rows[1:] if len(rows) >= 3 and not any(c in exact for c in rows[0]) else rows
    for col in range(width):
        cells = [r[col] for r in body]
        named = sum(c in exact for c in cells)
        header = text[rows[0][col][0] : rows[0][col][1]] in _NAME_HEADERS
        # a column of people: a name header, a colon line above a list, or most of its cells named already
        if named >= 1 and (header or header_colon) or named >= 2 and 2 * named > len(cells):
            for c in cells:
                if c not in exact and _slot_value(text[c[0] : c[1]]):
                    yield _Hit(c[0], c[1], MEDIUM)


def _slot_mates(text: str, found: list[_Hit]) -> Iterator[_Hit]:
    """The sixteenth round's mates: speakers, list items, column cells beside found names."""
    if not found:
        return
    exact = {(h.start, h.end) for h in found}
    if "\n" in text and ("：" in text or ":" in text):
        yield from _speaker_mates(text, exact)
    yield from _list_line_mates(text, found, exact)
    if "\n" in text:
        yield from _column_mates(text, found, exact)


# ------------------------------------------------------------------------------------------ last filter
_REN_VERBS = frozenset("提拟现担聘调出接继留兼升改转委就离连历曾原前新首")
_TIME_WORDS = ("明天", "今天", "昨天", "后天", "前天", "明年", "今年", "去年", "明早", "明晚", "今晚", "昨晚", "明日", "今日",
               "昨日")


_FALSE_FIRST = frozenset("任" + "".join(w[0] for w in _TIME_WORDS))


def _slot_false(text: str, h: _Hit) -> bool:
    """任同志 in 拟提任同志须…: 任 belongs to the verb; 明天春 in 明天春游: a time word is no surname + given name;
    阳花籽 in 向阳花籽油: after a preposition, a surname that makes a word with it (向阳) is that word's."""
    s = h.start
    if text[s] not in _FALSE_FIRST and h.strength != WEAK and h.end - s != 3:
        return False
    if text[s] == "任" and s > 0 and text[s - 1] in _REN_VERBS and text[s + 1 : h.end] in _TITLE_SET:
        return True
    if text.startswith(_TIME_WORDS, s):
        return True
    if h.end - s == 3 and text[s + 1 : h.end] in ("家长", "家属"):
        return True  # 朱春梅家长: the parent word is no given name
    if h.strength == WEAK and s > 0:
        entry = lexicon.words().get(text[s - 1 : s + 1])
        return entry is not None and entry.freq >= 300
    return False

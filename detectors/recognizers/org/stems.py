"""Checks on a name's stem once the walk has found it: determiners and generic references (本公司, 一家科技公司),
what makes a stem specific (a place, a brand, an unknown word), placeholders of templates (XX有限公司), a heading
before a colon, a place and a generic noun alone (上海分公司), and whether a name is closed by its legal form.
"""
from __future__ import annotations

import re

from detectors.nlp import lexicon, segment
from detectors.recognizers.org.places import _place_at
from detectors.recognizers.org.suffixes import _BODY_STEM, _LEGAL, _PARTNERSHIP, _SUFFIX_RE
from detectors.recognizers.org.words import GENERIC, STOP_CHARS, _NAMED_TAGS, _STOP_SINGLE

DETERMINERS = re.compile(r"^(?:本|该|贵|敝|我|你|他|她|我们|你们|他们|这|那|此|其|某|各|每|一家|这家|那家|哪家|任何|所有|其他|其它|另一|另|同一|全|整个|一个|这个|那个|多家|几家|两家|各家)")


def _undetermined(stem: str) -> str:
    """The stem without a leading determiner (本公司, 该局, 各区), unless that character begins a place's name (贵州省,
    本溪市, 全椒县, 那曲市): a determiner never opens a division's name, so the place is kept whole."""
    if stem[:1] in _DET_FIRST and _place_at(stem, 0):
        return stem
    m = DETERMINERS.match(stem)  # what DETERMINERS.sub("", stem) removes (its `^` matches only there), one try
    return stem if m is None else stem[m.end():]


# A stem that ends in a determiner, a counted noun phrase or "under" (回复本公司, 开一家有限公司, 腾讯旗下子公司) names no
# particular organisation; but 本 also ends a few nouns that begin names (某某资本有限公司, 日本).
_GENERIC_TAIL = re.compile(r"(?:一家|这家|那家|哪家|每家|多家|几家|两家|各家|一个|这个|那个|旗下|下属|所属|[本该贵我此某各这那])$")
_TAIL_NOUNS = ("资本", "日本", "基本", "版本", "成本")

_LIST_MARK = re.compile(r"(?:^|\n)[ \t]*(?:[0-9]{1,3}[.、．)）]|[（(][0-9]{1,3}[)）]|[-*•·])?[ \t]*(?:致)?$")


_GROUP_PARTS = frozenset({"公司", "分公司", "子公司", "集团公司", "集团", "集團"})
# A place and one of these nouns names no particular organisation (上海分公司, 黄山办事处: the office some company keeps
# there); a street office is named by its 街道 / 镇, which is no division's name alone.
_PLACE_GENERIC = _GROUP_PARTS | {"办事处", "辦事處"}
# First characters of DETERMINERS that also begin place names (贵州, 本溪, 全椒, 那曲, 其他 none).
_DET_FIRST = frozenset("本该贵敝我你他她这那此其某各每全另同任所多几两整一")


def _generic_tail(stem: str) -> bool:
    """Does the stem end in a determiner (回复本公司, 开一家有限公司)? Then the name is a generic reference."""
    return _GENERIC_TAIL.search(stem) is not None and not stem.endswith(_TAIL_NOUNS)


def _heading(text: str, start: int, stem: str) -> bool:
    """Before a colon, is this name the heading of its line or list item (1. 某市妇幼保健院：, 致某某大学：),
    with a specific stem, rather than a field label (转出医院：)?"""
    if _LIST_MARK.search(text, max(0, start - 12), start) is None or not _specific(stem, False):
        return False
    return _place_at(text, start) or _SUFFIX_RE.search(stem) is not None  # 某市…医院, 某某大学附属医院


# The blanks of a template or a masked name (XX有限公司, ××市××区人民法院, ○○公司); X among other letters (Xbox) is none.
_PLACEHOLDER = re.compile(r"(?<![A-Za-z])[XxＸｘ×✕*＊○□]{2,}(?![A-Za-z])")


def _blank_before(text: str, start: int, end: int) -> bool:
    """Is there a template blank in the stem ``text[start:end]`` or right before it (ＸＸ商贸有限公司, where the
    walk stopped at the full-width ＸＸ)? Markdown's bold marks (**甲方：**某某有限公司, **某某医院**) are none."""
    for blank in _PLACEHOLDER.finditer(text, max(0, start - 3), end):
        if blank.end() >= start and not _bold_mark(text, blank.start(), blank.end()):
            return True
    return False


def _bold_mark(text: str, s: int, e: int) -> bool:
    """Is the ``**`` at ``text[s:e]`` a Markdown bold mark rather than a masked name (**有限公司, 王**)? It opens a
    bold run (after a line start, a blank or a punctuation mark, a non-blank after it, a closing ``**`` later on the
    line) or closes one that such a mark opened earlier on the line; a mask follows or precedes the characters it
    hides."""
    if text[s:e] != "**":
        return False
    line_start = text.rfind("\n", 0, s) + 1
    line_end = text.find("\n", e)
    line_end = len(text) if line_end < 0 else line_end
    if _bold_opener(text, s, line_start) and e < line_end and not text[e].isspace():
        close = text.find("**", e, line_end)
        if close > e and not text[close - 1].isspace():
            return True
    if s > line_start and not text[s - 1].isspace():
        opener = text.rfind("**", line_start, s - 1)
        return opener >= 0 and _bold_opener(text, opener, line_start)
    return False


def _bold_opener(text: str, s: int, line_start: int) -> bool:
    """Could the ``**`` at ``s`` open a bold run: at the line's start or after a blank or punctuation, never right
    after a letter, digit or Chinese character (王**, 138**)?"""
    if s == line_start:
        return True
    ch = text[s - 1]
    return not (ch.isalnum() or ch == "*")


_LEGAL_ENDS = tuple(_LEGAL)


def _complete(text: str, end: int) -> bool:
    """Does the name ending at ``end`` end in its legal form (有限公司, 律师事务所, （特殊普通合伙）)?"""
    tail = text[max(0, end - 10) : end]
    # 某某律师事务所包头分所受某某有限公司委托: a legal name's branch closes it as its form does, when a clause word
    # follows it (not 某某保险股份有限公司某分公司某区支公司, one chain)
    if tail.endswith(_BRANCH_ENDS) and (text[end : end + 1] in _STOP_SINGLE or text[end : end + 1] in STOP_CHARS) \
            and any(w in text[max(0, end - 24) : end] for w in _LEGAL_ENDS):
        return True
    return tail.endswith(_LEGAL_ENDS) or _PARTNERSHIP.search(tail) is not None and tail.endswith(("）", ")"))


_BRANCH_ENDS = ("分所", "分公司", "分行", "支行", "营业部", "營業部", "分理处", "分院", "分店")


def _specific(stem: str, legal: bool) -> bool:
    """Is anything specific left of the name once determiners and generic words are removed? A
    legal form (有限公司) makes any remaining stem a name; an institutional word (医院, 大学)
    needs a place, a brand or an unknown word in front of it (北京协和医院, not 创作医院)."""
    stem = _undetermined(stem)
    if len(stem) < 2 or stem in GENERIC:
        return False
    if all(ch in "本该贵我你他这那此其某各每一家个" for ch in stem):
        return False
    if legal:
        return True
    if _BODY_STEM.search(stem) or stem.startswith(("首都", "中央")):
        return True  # 国家市场监督管理总局, 深圳市南山区人民法院
    # two unknown words in a row or a named one: stop at the first (a long stem is walked only as far as
    # needed)
    unknown_run = 0
    for t in segment.iter_backward(stem, 0, len(stem)):
        if not t.tag:
            unknown_run += 1
            if unknown_run >= 2:
                return True
        else:
            unknown_run = 0
            if t.tag in _NAMED_TAGS:
                return True
    if any(ch.isascii() for ch in stem):
        return True
    names, shorts = lexicon.admin_names(), lexicon.admin_short_names()
    return any(
        stem[i : i + k] in shorts or stem[i : i + k] in names
        for k in (2, 3, 4)
        for i in range(len(stem) - k + 1)
    )

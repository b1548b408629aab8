"""Names that start before the point where the ordinary walk stops: committees named by their chain of places
(某县某镇某村村委会) and societies named by their place and field (某市物流与采购协会), plus the verb that makes
what follows a name the next body rather than its branch (会同, 联合).

Separate because they re-read the text the walk already rejected, under their own rules.
"""
from __future__ import annotations

from detectors.nlp import lexicon, segment
from detectors.recognizers.org.places import _full_place_at, _is_cjk, _place_at
from detectors.recognizers.org.suffixes import _MAX_LEFT
from detectors.recognizers.org.walk import _brand_he
from detectors.recognizers.org.words import LEAD_VERBS, STOP_CHARS, _STOP_SINGLE

# Verbs between two bodies' names (联合, 配合 ...; and LEAD_VERBS: 会同, 牵头): a chain of places never holds one.
_CHAIN_VERBS = frozenset({"联合", "聯合", "配合", "协同", "協同", "组织", "組織"})
# What ends the name of a village or community before its committee (某村村民委员会, 某社区居民委员会).
_COMMUNITY_ENDS = frozenset({"村民", "居民"})


def _chain_start(text: str, start: int, pos: int, floor: int) -> int:
    """Start of a committee's name (村委会, 居委会, 村民委员会) at the first division before it, when only its chain of
    places lies between (江西省赣州市于都县禾丰镇上坪村村委会: the walk stopped at 上, a locative): a village or
    community is named by its county, town or street, and a stop character there either begins a division's name
    (于都县) or is part of the village's (和庄村)."""
    for p in range(max(floor, pos - _MAX_LEFT), start):
        if not _is_cjk(text[p]) or not _place_at(text, p):
            continue
        if any(v in text[p:start] for v in _CHAIN_VERBS) or any(v in text[p:start] for v in LEAD_VERBS):
            continue  # 某区某街道办事处联合某社区居委会: one body acting with another
        if all(_is_cjk(c) and (c not in STOP_CHARS or _full_place_at(text, k) or _brand_he(text, k))
               for k, c in enumerate(text[p:start], p)):
            return p
    return start


# Social organisations, named by their place and their field (某市物流与采购协会, 某省注册会计师协会): the field is
# often a verb or two fields joined by 与 / 和, which end an ordinary walk.
_SOCIETIES = frozenset({"协会", "協會", "学会", "學會", "商会", "商會", "联合会", "聯合會", "促进会", "研究会"})
_SOCIETY_REACH = 12


def _society_start(text: str, start: int, pos: int, floor: int) -> int:
    """Start of a society's name at the full division written before it (九江市物流与采购协会: the walk stopped at
    采购 or 与), when its field between is only words: nouns or verbs, and at most one 与 / 和 / 及 inside, never at
    its ends; no clause word, time, pronoun or introducing verb."""
    for p in range(start - 1, max(floor, pos - _SOCIETY_REACH) - 1, -1):  # the nearest division: 甲市和乙市某协会
        if not _full_place_at(text, p):
            continue
        joins = 0
        prev_end = -1
        for tok in segment.iter_backward(text, p, pos):
            if tok.text in "与和及":
                joins += 1
                if prev_end < 0 or tok.start == p:
                    return start
                continue
            if not all(_is_cjk(c) for c in tok.text) or tok.text in LEAD_VERBS or tok.text in _CHAIN_VERBS:
                return start
            if tok.start > p and _full_place_at(text, tok.start):
                return start  # 甲市和乙市某协会: the second place begins the name
            if tok.tag and tok.tag[0] not in "nvj" or not tok.tag and tok.text in _STOP_SINGLE:
                return start
            prev_end = tok.end
        if joins > 1:
            return start
        names = lexicon.admin_names()
        while True:  # 辽宁省大连市…协会: the province written straight before the city
            k = next((k for k in (3, 4, 2) if p - k >= floor and text[p - k : p] in names), 0)
            if not k:
                return p
            p -= k
    return start


def _acts(part: str) -> bool:
    """Does ``part`` (what follows a name, read as its branch) hold a verb by which one body acts with another
    (某局某分局会同某市公安局某分局, 联合)? Then it is the next body's name, not a branch of this one."""
    return any((part[k : k + 2] in LEAD_VERBS or part[k : k + 2] in _CHAIN_VERBS)
               and part[k + 2 : k + 3] not in ("社", "会", "會", "处", "處")  # 合作社联合社, 联合会, 代表处: the noun
               for k in range(len(part) - 1))

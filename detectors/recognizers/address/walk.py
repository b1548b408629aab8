"""The walk left from the anchor (`_left_start`): over the known divisions or, failing them, over the road's
name up to a stop word or a lead verb, and the checks on what it took (a real road name, an estate's building).
"""
from __future__ import annotations

import functools
import re

from detectors.nlp import lexicon, segment, traditional, trie
from detectors.recognizers.address.anchors import _CN_NUM_CHARS, _MAX_LEFT
from detectors.recognizers.address.divisions import (
    _COUNTRIES, _COUNTRY_NAMES, _DIVISION_ENDS, _DIVISION_MARKS, _PART_SEPARATORS, _ZONE,
    _after_spaced_division, _chain_start, _name_split_at, _tw_start,
)
from detectors.recognizers.address.words import (
    ADMIN_UNITS, LABEL_TAIL, ROAD_ENDS, _INDENT, _INNER_LABEL, _JOINERS, _ROOM_LEFT, _is_cjk, _is_stop,
    _wrap_back,
)


def _left_start(text: str, anchor: int) -> tuple[int, bool]:
    """Start of the address whose road part ends at ``anchor``, and whether an administrative
    name was recognised (which raises confidence). Stop words (住在, 寄到) end the address unless
    they sit inside an administrative name (呼和浩特市)."""
    i = anchor
    breaks: list[int] = []
    while i > 0 and anchor - i < _MAX_LEFT:
        ch = text[i - 1]
        if "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or ch in "·・":  # _is_cjk, inlined: hot
            i -= 1
            continue
        if ch in _INDENT and anchor > i and _is_cjk(text[i]) and (w := _wrap_back(text, i)) < i and w >= 1 \
                and text[w - 1] in _DIVISION_ENDS:
            i = w  # 湖北省宜昌市秭归县 / (indented) 朝阳路785号: a form's field wrapped after a division
            continue
        if ch == "\n" and anchor > i >= 2 and _is_cjk(text[i]) and _is_cjk(text[i - 2]) and _name_split_at(text, i - 1):
            breaks.append(i - 1)  # 北京市朝阳\n区: a line break inside a division's name
            i -= 1
            continue
        if ch.isdigit():
            j = i - 1
            while j > 0 and i - j < 4 and text[j - 1].isdigit():
                j -= 1
            if j > 0 and _is_cjk(text[j - 1]):
                i = j  # 龍安里12鄰, 3期: a number between Chinese characters
                continue
            break
        if ch.isascii() and ch.isalpha() and i < anchor and text[i] in "区區座栋棟幢" and i >= 2 and _is_cjk(text[i - 2]):
            i -= 1  # 万达广场B区3号楼
            continue
        if ch in _PART_SEPARATORS and anchor > i >= 2 and _is_cjk(text[i]) and (
            text[i - 2] in _DIVISION_ENDS or (ch == " " and text[i - 3 : i - 1] in lexicon.admin_short_names())
            or (ch == " " and _after_spaced_division(text, i - 1)) or (ch == " " and text[i - 3 : i - 1] in _COUNTRIES)
        ):
            i -= 1  # 广东省 深圳市 南山区 / 南山区，科技路 / 北京 北京市: a separator after a division continues it
            continue
        if ch in _DIVISION_MARKS and anchor > i >= 2 and _is_cjk(text[i]) and text[i - 2] in _DIVISION_ENDS:
            i -= 1  # 北京市-朝阳区-建国路, 北京市/朝阳区/…: a form's mark between the divisions
            continue
        break
    idx = [k for k in range(i, anchor) if k not in breaks] if breaks else range(i, anchor)
    run = "".join(text[k] for k in idx) if breaks else text[i:anchor]
    p = _chain_start(text, run, idx)
    if p != 0 and (folded := traditional.fold(run)) is not run:
        p2 = _chain_start(text, folded, idx)  # 廣東省深圳市: a mainland division written in traditional characters
        if p2 >= 0 and (p < 0 or p2 < p):
            p, run = p2, folded
    if p >= 0:
        for back in range(1, min(p, 8) + 1):
            zone = _ZONE.match(run, p - back)
            if zone is not None and zone.end() > p:
                p -= back  # 高新区 read from its 新区: the zone's whole name
                break
        if run.endswith(_COUNTRY_NAMES, 0, p):
            p -= 7  # 中华人民共和国北京市…: the country's full name, written first, too
        elif p >= 2 and run[p - 2 : p] in _COUNTRIES:
            p -= 2  # the country written first (中国, 台灣) belongs to the chain
        elif p >= 3 and run[p - 1] == " " and run[p - 3 : p - 1] in _COUNTRIES:
            p -= 3  # 中国 北京市…: also when a space follows it
        return idx[p], True
    if "號" in text[anchor : anchor + 8]:
        tw = _tw_start(text, i, anchor)
        if tw >= 0:
            return tw, True
    # No known division: the road name back to the nearest stop word or label.
    start = anchor
    while start > i and anchor - start < 16 and not _is_stop(text, start - 1):
        start -= 1
    closed = max(text.rfind("号", start, anchor), text.rfind("號", start, anchor))
    if closed >= 0:
        start = closed + 1  # a house number closes the address before: the road name starts after it
    if anchor - start == 1 and start - 1 > i and text[start - 1] in _JOINERS:
        start -= 1  # 留和路: a road name of one character after the joiner has it inside
        while start > i and anchor - start < 16 and not _is_stop(text, start - 1):
            start -= 1
    label = None
    for m in LABEL_TAIL.finditer(text[start:anchor]):
        label = m
    if label is not None and label.start() == 0:
        start += label.end()
    for inner in _INNER_LABEL.finditer(text, start, anchor - 2):
        start = inner.end()  # 被申请人住所地青松路61号: a place label after the party's role, not only first
    start = _after_lead(text, start, anchor)
    return start, any(u in text[start:anchor] for u in ADMIN_UNITS)


@functools.cache
def _heads_re() -> re.Pattern[str]:
    """The first two characters of any administrative name (lexicon.admin_heads), searched for in C."""
    return re.compile(trie.pattern(lexicon.admin_heads()))


def _may_take(text: str, floor: int, a_start: int, a_end: int) -> bool:
    """Could the walk above ``floor`` make the house number ``text[a_start:a_end]`` an address? False only when
    it would be turned away (a test in C, not a walk: crafted text such as 1号甲乙1号甲乙… makes every fourth
    character a crowded house number). The address's left part is a tail of the window above the floor: it is
    known only with a division name (its first two characters) or unit character in the window, and every test
    of `_road_ok` that holds for the tail holds for the whole window."""
    window = text[floor:a_start]
    if any(u in window for u in ADMIN_UNITS) or _heads_re().search(window) is not None:
        return True
    unit = text[a_end - 1]
    if unit in "层層楼樓F" and text[a_end - 2 : a_end] not in ("号楼", "號樓"):
        return False  # a floor needs a known place
    if unit == "室":
        return window[-1:] != "" and window[-1] in _ROOM_LEFT
    return _road_ok(window)


# Before a road written without its divisions, what the writer says about it: a verb (改成, 说, 放), a
# pronoun (我家) or a place word (楼下). jieba's tags of the words before the road name tell them apart.
_LEAD_TAGS = frozenset({"v", "r", "rr", "s", "p", "c", "u", "uj", "y", "d"})
_LEAD_CHARS = frozenset("说放寄送填改搬住发交拿取找到去来在是把给往趟至")


def _after_lead(text: str, start: int, anchor: int) -> int:
    """Start of the road name in ``text[start:anchor]`` once the words before it that are no part of a name
    are dropped; the three characters nearest the number (文三路, 解放路) are always kept."""
    if anchor - start <= 3:
        return start
    kept = 0
    for tok in segment.iter_backward(text, start, anchor):
        if kept >= 3:
            if tok.tag in _LEAD_TAGS or (not tok.tag and tok.text in _LEAD_CHARS):
                return tok.end
        kept += len(tok.text)
    return start


def _road_ok(left: str) -> bool:
    """Does the text before the number end like a road, village or estate?"""
    if left[-1:] in ("甲", "乙", "丙", "丁", "特"):
        left = left[:-1]  # 北三环西路甲18号: Beijing's lettered house numbers; 特8号
    if len(left) < 2:
        return False
    if left.endswith(ROAD_ENDS):
        return True
    if len(left) >= 3 and left[-2] in "路街道" and left[-1] in "东南西北中":
        return True  # 皇后大道中, 解放路东
    if len(left) >= 3 and left[-1] == "条" and left[-2] in _CN_NUM_CHARS + "头" and "第" not in left[-4:-1]:
        return True  # 东四十条, 北新桥头条: Beijing's numbered lanes (第一条 is an article of a text)
    if len(left) >= 4 and left[-2].isascii() and left[-2].isalnum() and left[-1] in "区區座栋棟幢":
        return True  # 万达广场B区
    if len(left) >= 4 and left[-2] in _CN_NUM_CHARS and left[-1] in "区區期":
        return True  # 望京西园三区, 某某花园二期: a numbered zone or phase of an estate
    # a village written without 村 (程庄, 杜楼) directly after a town or township
    tail = left[-6:]
    return any(u in tail[:-1] for u in "镇乡村")


_UNIT_AFTER_BUILDING = re.compile(r"\s?(?:[0-9０-９]{1,2}\s?(?:单元|單元)|[0-9０-９]{3,4}(?![0-9０-９])\s?(?:室|房)?)")


def _estate_building(t: str, left: str, a_start: int, a_end: int) -> bool:
    """An estate of any name under a known division, then its building and a unit or room (某市某区溪山郡8栋1单元
    1504室): the building number with a unit or room after it says it is an address, whatever word ends the
    estate's name (郡, 邸, 台 ...)."""
    if not (t[a_end - 1] in "栋棟幢" or t[a_end - 2 : a_end] in ("号楼", "號樓")):
        return False
    if len(left) < 4 or not all(_is_cjk(c) for c in left[-2:]):
        return False
    return _UNIT_AFTER_BUILDING.match(t, a_end) is not None

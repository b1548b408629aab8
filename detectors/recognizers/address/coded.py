"""Buildings with a unit code and no road, under their divisions (某区某某中心B座2003, 某区某某SOHO T2-B-1203),
and estates with a building-unit-room triple after their name (某区丽景华庭15-5-1402): tried from each 区 / 县
with a '-' or 座 close after it, the building's name and a chain of known divisions read leftwards from the code
(a road crossing, 某路与某路交叉口, may stand between them).

Separate from the anchor: no road and no house-number unit, so the anchored walk never sees them.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from detectors.nlp import lexicon
from detectors.recognizers.address.anchors import CJK, _SPACES
from detectors.recognizers.address.divisions import _COUNTRIES, _admin_at
from detectors.recognizers.address.words import STOP_CHARS, _BUILDING_END, _is_cjk

# A building under its divisions with a unit code and no road (某市某区某某SOHO T2-B-1203, 某区某某中心B座2003): the
# code is found from its '-' or 座, the building name before it (with Latin letters, or ending in a building word:
# 中心, 大厦, 广场 …) and a chain of known divisions before the name (two, or one ending in 区 / 县); a code alone, or
# after a word that names no building (某区会议 A-1203), is no address.
_CODE_AT = re.compile(r"(?:[A-Z][0-9]{0,2}-(?:[A-Z0-9]{1,2}-)?(?:[0-9]{3,4}|[0-9]{1,2}F)|[A-Z]座[0-9]{3,4})室?"
                      r"(?![0-9A-Za-z\-])")


def _coded_at(t: str, i: int) -> re.Match[str] | None:
    """The unit code whose first '-' or 座 is at ``i`` (its letter one to three characters before)."""
    for s in range(max(0, i - 3), i):
        if t[s].isupper() and (s == 0 or not (t[s - 1].isdigit() or t[s - 1] == "-")):
            m = _CODE_AT.match(t, s)
            if m is not None:
                return m
    return None


# An estate's building-unit-room triple written straight after its name, no house number (某市某区丽景华庭15-5-1402).
_TRIPLE = re.compile(r"[0-9]{1,3}-[0-9]{1,2}-[0-9]{3,4}(?:室|房|户|戶)?(?![0-9A-Za-z\-])")


def _triple_at(t: str, i: int) -> re.Match[str] | None:
    """The triple whose first '-' is at ``i``, its first number written right after a Chinese character."""
    s = i
    while s > 0 and i - s < 3 and t[s - 1].isdigit():
        s -= 1
    if s == i or s == 0 or not _is_cjk(t[s - 1]):
        return None
    return _TRIPLE.match(t, s)


def _coded_buildings(t: str, taken: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Spans of buildings with a unit code under a chain of divisions (see `_CODE_AT`), and of estates with their
    triple (see `_TRIPLE`). Tried from each 区 / 县 (and 市, for a triple) with a '-' or 座 within the next 21
    characters (区 is far rarer than '-' in dates and numbers)."""
    hits: set[tuple[int, int]] = set()
    for unit in "区县區縣市":
        j = t.find(unit)
        while j >= 0:
            for ch in "-座":
                i = t.find(ch, j + 1, j + 22)
                if i < 0:
                    continue
                before = t[max(0, i - 3) : i]
                # a capital letter first: no dates
                m = _coded_at(t, i) if before != before.lower() and unit != "市" else None
                triple = m is None and ch == "-" and (m := _triple_at(t, i)) is not None
                if m is not None:
                    hit = _coded_span(t, m, any_name=triple)
                    if hit is not None and not any(a < hit[1] and hit[0] < b for a, b in taken):
                        hits.add(hit)
            j = t.find(unit, j + 1)
    return iter(sorted(hits))


# Where on a crossing a building stands, written between the divisions and the building (某路与某路交叉口东南角, 某街和某路
#交汇处): the roads are joined by 与 / 和, the crossing word ends them, a corner or side may follow.
_CROSSING = re.compile(rf"^[{CJK}]{{1,8}}?[路街道][与和及][{CJK}]{{1,8}}?[路街道](?:交叉口|交汇处|交匯處|交界处|路口)"
                       r"(?:[东南西北東]{1,2}(?:角|侧|側))?")


def _coded_span(t: str, m: re.Match[str], any_name: bool = False) -> tuple[int, int] | None:
    """The address ending in the unit code ``m``: divisions, then a building name, then the code. With ``any_name``
    (a triple), the name may end in any word (郡, 庭, 邸 ...): three numbers say it is an estate."""
    heads = lexicon.admin_heads()
    s = m.start()
    k = s - 1 if s > 0 and t[s - 1] in _SPACES else s
    lo = k
    while lo > 0 and k - lo < 30 and (_is_cjk(t[lo - 1]) or t[lo - 1].isascii() and t[lo - 1].isalpha()):
        lo -= 1
    seg = t[lo:k]
    for p in range(len(seg) - 1):
        if seg[p : p + 2] not in heads or not (n := _admin_at(seg, p)):
            continue
        q, count = p + n, 1
        while q < len(seg) and (n := _admin_at(seg, q)):
            q, count = q + n, count + 1
        name = seg[q:]
        if (cross := _CROSSING.search(name)) is not None and STOP_CHARS.isdisjoint(name[cross.end():]):
            name = name[cross.end():]  # 某路与某路交叉口东南角某某中心A座2301: the building is after the crossing
        building = any_name or any(c.isascii() for c in name) or _BUILDING_END.search(name) is not None
        if 2 <= len(name) <= 14 and building and (count >= 2 or seg[q - 1] in "区县區縣") \
                and STOP_CHARS.isdisjoint(name):
            return lo + p - (2 if seg[max(0, p - 2) : p] in _COUNTRIES else 0), m.end()
        return None
    return None

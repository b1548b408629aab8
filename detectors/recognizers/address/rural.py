"""Rural addresses with no house number: a village, a village group or the village office under its town
(某镇某村, 某乡某村民小组, 某村东垅组, 某村村委会 after a place word), read from the town's unit and walked left
like an anchor.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from detectors.nlp import lexicon
from detectors.recognizers.address.anchors import CJK
from detectors.recognizers.address.divisions import _admin_at
from detectors.recognizers.address.walk import _left_start
from detectors.recognizers.address.words import STOP_CHARS, _JOINERS

# A village group named rather than numbered (某村东垅组, 某村王家组); not a working group or a party group of the
# village (村工作组, 村党组), nor its 小组 (村民小组 is listed whole).
_NAMED_GROUP = rf"村(?!小组|工作组|党组|巡查组)[{CJK}]{{1,3}}?[组組]"
# A rural address ends at its village or village group, which has no house number: a town or township,
# then a village name and its unit (伏唐村, 那汉屯, 大鱼塘村民小组, 村委会 for the village office).
_RURAL = re.compile(rf"[镇鎮乡鄉](?P<v>[{CJK}]{{1,8}}?(?:村民小组|村民小組|村委会|村委會|{_NAMED_GROUP}|村|屯|寨))"
                    rf"(?:(?![{CJK}])|(?=(?:村委[会會])?(?:旁|附近|对面|對面|门口|門口)|村口|附近))")
"""A village under its town; it ends before punctuation, or before a landmark at it (某村村委会旁边, 某村附近: the
village); 某村村委会 on its own is the place itself."""
_COUNTY_UNITS = set("县縣区區市旗")


def _towns(t: str) -> Iterator[re.Match[str]]:
    """``_RURAL.finditer(t)`` in text order, tried only at each 镇 / 乡 (str.find runs in C)."""
    found = []
    for ch in "镇鎮乡鄉":
        i = t.find(ch)
        while i >= 0:
            m = _RURAL.match(t, i)
            if m is not None:
                found.append(m)
            i = t.find(ch, i + 1)
    found.sort(key=lambda m: m.start())
    pos = 0
    for m in found:
        if m.start() >= pos:
            yield m
            pos = m.end()


def _rural(t: str, taken: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Villages written under their full chain of divisions (某省某县某镇某村): the chain must start at
    a known division and hold a county-level one, so a village or town name alone is not an address."""
    for m in _towns(t):
        town_end, end = m.start("v"), m.end("v")
        v = m.group("v")
        if any(c in STOP_CHARS for c in v[_opening_joiner(t, town_end):]) or any(a < end and m.start() < b for a, b in taken):
            continue
        start, known = _left_start(t, town_end)
        chain = t[start:town_end]
        if v.endswith(("村委会", "村委會")) and _VENUE_BEFORE.search(t, max(0, start - 8), start) is None:
            continue  # 某县某镇某村村委会 heading a notice or signing it names the committee (an ORG), not a place
        if known and len(chain) >= 6 and any(c in _COUNTY_UNITS for c in chain[:-1]):
            yield start, end


# What says that the village office after it is where something is (地点：某村村委会, 在某村村委会): a place label or a
# verb of place right before the address.
_VENUE_BEFORE = re.compile(r"(?:地点|地址|住址|位置|场所|在|到|至|住|于|往|去|来|位于)[：:]?[ \u3000]*$")


def _opening_joiner(t: str, k: int) -> int:
    """1 when the village name at ``k`` (right after its town) opens with 和 / 与 / 及 that is part of it (某镇和庄村:
    no dictionary word and no place name after the joiner), else 0."""
    if t[k] not in _JOINERS or t[k + 1 : k + 3] in lexicon.words() or _admin_at(t, k + 1):
        return 0
    return 1

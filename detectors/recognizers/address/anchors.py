"""The anchor every Chinese address needs: a house number with its unit after a road or village (某路18号,
某村3组, 5栋, 1201室), found from the number (a literal class, so ``re`` skips to digits in C) with the character
before it looked at; ranges (18至20号) and line-wrapped numbers; and the crowd limits of the walks from anchors.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from detectors.recognizers.address.words import _is_cjk

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
NUM = r"[0-9０-９]{1,5}(?:[-－—之][0-9０-９]{1,5})?"  # 18-20号, and Taiwan's 789之1號
CN_NUM = "[一二三四五六七八九十百零〇两]{1,6}"  # up to 一百八十九 and 二百零八之一 (house numbers said in words)
_NUM_FIRST = "0-9０-９"
_CN_NUM_CHARS = "一二三四五六七八九十百零〇两"
assert NUM.startswith(f"[{_NUM_FIRST}]{{1,5}}") and CN_NUM.startswith(f"[{_CN_NUM_CHARS}]{{1,6}}")
_ANCHOR_AT_NUMBER = re.compile(
    rf"(?P<a>[{_NUM_FIRST}{_CN_NUM_CHARS}](?<=[{CJK}A-Z \u3000\n、].)"
    rf"(?:(?<=[{_NUM_FIRST}])[{_NUM_FIRST}]{{0,4}}{NUM[len(_NUM_FIRST) + 7:]}"
    rf"|(?<=[{_CN_NUM_CHARS}])[{_CN_NUM_CHARS}]{{0,5}})"
    rf"\s?(?:号院|号楼|号|號|弄|巷|段|组|組|栋|棟|幢|里|排|队|隊|室|层|層|楼|樓|F|社(?![区區会會团團员員])))"
)
"""A house number with its unit (group ``a``) after a Chinese character, found from the number's first character
(a digit or numeral: far rarer in Chinese prose than a Chinese character, so `re` skips further in C), the Chinese character before it looked behind at (or a Chinese character and one space before digits: 文三路 478 号,
as people who space digits from Chinese write it, or a road and a line break: 安澜街 / 329号 wrapped in a form). 社 is
Sichuan's village group (某村3社), taken only after a village (see `_find`). A tower lettered before its number
(某某城T2栋) is read from its digit, the capital looked behind at (`_anchor_matches` wants a Chinese character before it);
`_find` keeps it only for a building (栋 / 幢 / 座 / 号楼). Group ``a`` and the match end are the same; the search resumes
one character later (see `_anchors`)."""
_UNIT = (r"(?:塔|号楼|号院|号库|号仓库|号仓|号厂房|号车间|号商铺|号铺|號舖|号|號|栋|棟|幢|座|单元|單元|层|層|字楼|字樓|楼|樓|室|户|戶|F|f|"
         r"组|組|支弄|弄|巷|期|区|門|门|商铺|商舖|铺|舖|间|房|舍|库|仓)")
"""Units after a number. A shop or factory building numbered 号 (58号铺, 3号厂房), Hong Kong's 字樓 floor (8字樓) and a
Shanghai branch lane (44支弄) are written whole; a longer unit comes before its prefix (号仓库 before 号仓, 号 last of them)."""

# Words after a number with 号 that make it the number of something else (3号窗口, 2号线, 5号床): not a house number.
_ORDINAL_NOUNS = ("窗口", "窗", "线", "線", "柜台", "櫃檯", "站台", "床", "车厢", "車廂", "通道", "展位", "摊位", "攤位",
                  "诊室", "診室", "包厢", "包廂", "包间", "包間", "机位", "機位", "候车室")

_MAX_LEFT = 40
_CROWD_LIMIT = 8
"""A house number with more than this many others within _MAX_LEFT characters before it (the eval corpora hold 5
at most) is walked only from a floor near it (路1号路1号…, see detectors.nlp.density)."""
_CROWD_PASSES = 2
"""How many rejected house numbers with a name before them (北京市朝阳区八里 in …八里庄路19号) a crowded walk may
cross."""

# The spaces people put between the parts of an address: ASCII, and the ideographic space of a Chinese keyboard.
_SPACES = (" ", "\u3000")


def _anchor_matches(text: str) -> Iterator[re.Match[str]]:
    """Matches of house numbers (12号, 三栋, 5-3弄; group ``a``) right after a Chinese character, as
    ``finditer`` of ``(?<=[CJK])number unit`` gives them: the search resumes at the last character
    of the previous number (its unit, 号 in 88号3栋), which may be the next one's Chinese character."""
    pos = 1  # a number has a character before it: it starts at 1 at the earliest
    search = _ANCHOR_AT_NUMBER.search
    while (m := search(text, pos)) is not None:
        a = m.start()
        prev = text[a - 1]
        # after a space only digits, and only with a Chinese character before the space (文三路 478 号); after a line
        # break only digits, and only with a road word ending the line before (安澜街 / 329号1806室)
        if "A" <= prev <= "Z":
            if a >= 2 and _is_cjk(text[a - 2]) and text[a] not in _CN_NUM_CHARS:
                yield m  # 某某城T2栋: a tower lettered before its number (kept by `_find` for a building only)
        elif (prev not in _SPACES and prev != "\n") or (text[a] not in _CN_NUM_CHARS and a >= 2 and (
                _is_cjk(text[a - 2]) if prev != "\n" else text[a - 2] in _WRAP_ROAD_ENDS)):
            yield m
        pos = m.end()


_WRAP_ROAD_ENDS = frozenset("路街道巷弄")
"""Road words after which a form may wrap the house number onto the next line."""


_RANGE_JOINS = "至、"
"""What joins the first number of a range or list of house numbers to the last (某路23至27号, 某路57、63号)."""


def _range_start(t: str, a_start: int) -> int:
    """Start of the first number of a range whose last number starts at ``a_start`` (after `_RANGE_JOINS`): the
    digits before the joiner, after a Chinese character other than 第 (第11、25号文件 numbers documents)."""
    j = a_start - 1
    k = j
    while k > 0 and j - k < 5 and t[k - 1].isdigit():
        k -= 1
    return k if k < j and k > 0 and _is_cjk(t[k - 1]) and t[k - 1] != "第" else a_start


def _anchors(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the house numbers of `_anchor_matches`."""
    return (m.span("a") for m in _anchor_matches(text))

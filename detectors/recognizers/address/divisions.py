"""Administrative division names to the left of an anchor (省, 市, 区, 县, 镇; autonomous regions by their
peoples, development zones, Taiwan's divisions): where a chain of known divisions starts, which makes an address
"known" (a higher score) rather than only a road and a number.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

from detectors.nlp import lexicon
from detectors.recognizers.address.words import ADMIN_UNITS, _INDENT, _JOINERS, _is_cjk, _is_stop

_COUNTRIES = frozenset({"中国", "中國", "台湾", "台灣", "臺灣"})
_COUNTRY_NAMES = ("中华人民共和国", "中華人民共和國")
# Between the divisions of one address people write a space, a comma or a line break (广东省 深圳市 南山区,
# 南山区，科技南路): only straight after a division word.
_PART_SEPARATORS = " ,，\n"
_DIVISION_MARKS = "-－/／|｜\u3000"
"""Marks some forms and exports write between the divisions (北京市-朝阳区-建国路88号, an ideographic space): only straight
after a division."""
_DIVISION_ENDS = set("省市区县州盟旗镇乡道區縣鎮鄉")


@functools.cache
def _ethnic_shorts() -> frozenset[str]:
    """Short forms of autonomous divisions, written without their peoples' names (广西 for 广西壮族自治区, 黔东南
    for 黔东南苗族侗族自治州): people write them so before the city (广西南宁市, 新疆乌鲁木齐市)."""
    out = set()
    for name in lexicon.admin_names():
        m = _ETHNIC_NAME.match(name)
        if m:
            out.add(m.group(1))
    return frozenset(out)


@functools.cache
def _short_names() -> frozenset[str]:
    """Short forms of divisions: the lexicon's (石家庄, 裕华) and the autonomous ones' (广西, 黔东南), one set."""
    return lexicon.admin_short_names() | _ethnic_shorts()


_PEOPLES = ("壮族|回族|维吾尔|苗族|侗族|白族|朝鲜族|藏族|彝族|土家族|蒙古族|傣族|景颇族|哈尼族|布依族|黎族|羌族|瑶族|"
            "哈萨克|哈萨克族|柯尔克孜|傈僳族|纳西族|拉祜族|佤族|畲族|仡佬族|满族|水族")
_ETHNIC_NAME = re.compile(rf"^(.{{2,4}}?)(?:{_PEOPLES})+自治[区州]$")


# Development zones, which people write after a city as if they were districts (成都高新区, 苏州工业园区).
_ZONE = re.compile("高新技术产业开发区|经济技术开发区|经济开发区|高新区|经开区|开发区|工业园区|保税区|自贸区")


def _admin_at(run: str, p: int, nested: int = 0) -> int:
    """Length of the administrative name starting at ``run[p]`` (0 when none). A short form
    (上海, 广州) counts when a unit character or another division follows it (上海浦东新区, and two
    short forms in a row: 广东深圳南山区)."""
    if nested and (zone := _ZONE.match(run, p)) is not None:
        return zone.end() - p  # 成都高新区, 广州经开区: a development zone written where a district would be
    if run[p : p + 2] not in lexicon.admin_heads():
        return 0
    names = lexicon.admin_names()
    shorts = _short_names()
    for k in range(min(9, len(run) - p), 1, -1):
        piece = run[p : p + k]
        if piece in names:
            return k
        if piece in shorts and p + k < len(run):
            if run[p + k] in ADMIN_UNITS:
                return k + 1
            if nested < 2 and _admin_at(run, p + k, nested=nested + 1):
                return k
            if nested < 2 and run[p + k] == " " and _admin_at(run, p + k + 1, nested=nested + 1):
                return k  # 北京 北京市 朝阳区, 浙江 杭州市: the province as shops' address forms write it
    return 0


@functools.cache
def _tw_divisions() -> frozenset[str]:
    """Taiwan's cities, counties and townships without their unit (板橋, 大里, 阿里山): detectors/data."""
    path = Path(__file__).resolve().parents[2] / "data" / "tw_divisions.txt"
    rows = path.read_text(encoding="utf-8").splitlines()
    return frozenset(r for r in rows if r and not r.startswith("#"))


def _tw_start(text: str, lo: int, anchor: int) -> int:
    """Start of a Taiwanese address (its house number written 號) at the first city, county or township in
    ``text[lo:anchor]`` with only the road after it (大里中興路, 關山縣和平街: 和 inside a road name), or -1."""
    names = _tw_divisions()
    last = lo - 1  # the last stop word before the number (和 / 與 inside a road name are none): the name is after it
    for q in range(anchor - 1, lo - 1, -1):
        if text[q] not in _JOINERS and _is_stop(text, q):
            last = q
            break
    for p in range(last + 1, anchor - 2):
        if text[p : p + 2] in names or text[p : p + 3] in names:
            return p
    return -1


def _name_split_at(text: str, k: int) -> bool:
    """Does the line break at ``k`` cut a division's name in two (北京市朝阳 | 区, 浙江 | 省杭州市)?"""
    names = lexicon.admin_names()
    for a in range(1, 5):
        for b in range(1, 5):
            if k - a >= 0 and text[k - a : k] + text[k + 1 : k + 1 + b] in names:
                return True
    return False


def _after_spaced_division(text: str, k: int) -> bool:
    """Is the space at ``k`` one of an address written with a space between every part: the word before it (up to
    ten Chinese characters) follows another space, after a division (深圳市 南山区 科技园 | 科苑路15号)?"""
    j = k - 1
    while j >= 0 and k - 1 - j < 10 and _is_cjk(text[j]):
        j -= 1
    return j >= 1 and j < k - 1 and text[j] == " " and text[j - 1] in _DIVISION_ENDS


def _chain_start(text: str, run: str, idx: range | list[int]) -> int:
    """Where in ``run`` (the text before a house number, ``idx`` its offsets in ``text``) the chain of known
    divisions starts that runs on to the road without a stop word, or -1."""
    heads = lexicon.admin_heads()
    for p in range(len(run) - 1):
        if run[p : p + 2] not in heads:
            continue  # _admin_at's own first test, without the call (most positions start no name)
        k = _admin_at(run, p)
        if not k:
            continue
        q = p + k
        ok = True
        divisions = 1
        while q < len(run):
            k2 = _admin_at(run, q)
            if k2:
                q += k2
                divisions += 1
                continue
            if run[q] == "\n" and run[q - 1] in _DIVISION_ENDS and q + 1 < len(run) and run[q + 1] in _INDENT:
                q += 1  # a line break after a division, then the next line's indentation (skipped below)
                while q < len(run) and run[q] in _INDENT:
                    q += 1
                continue
            if _is_stop(text, idx[q]):
                sep = run[q] in _PART_SEPARATORS and (
                    run[q - 1] in _DIVISION_ENDS or run[q] == " " and _admin_at(run, q + 1) > 0
                    # 深圳市 南山区 科技园 科苑路: every part spaced, after two divisions written so
                    or run[q] == " " and divisions >= 2 and _is_cjk(run[q - 1]) and q + 1 < len(run) and _is_cjk(run[q + 1])
                )
                if sep and (run[q] == " " or divisions >= 2):
                    q += 1
                    continue
                # 留和路, 联和工业区: 和 / 与 inside a road or estate name; not 北京市和上海市 (a place after it)
                joiner = run[q] in _JOINERS and q < len(run) - 1 and _is_cjk(run[q - 1])
                if joiner and not _admin_at(run, q + 1):
                    q += 1
                    continue
                ok = False
                break
            q += 1
        if ok:
            return p
    return -1

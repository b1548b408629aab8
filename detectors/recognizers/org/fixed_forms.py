"""Organisation names found by one pattern of their own rather than the suffix walk: brand and store in
brackets (某某鲜生（上海某某路店）), Japanese companies with the legal form first (株式会社山田製作所), Korean
companies (주식회사, ㈜), numbered schools (杭州二中), partnership funds (某某投资中心（有限合伙）), and bank
branches under the bank's short name (工行深圳南山支行).

Each is gated by a literal in `find_orgs` and rare in text, so they sit together away from the main pass.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from detectors.nlp import lexicon, substring
from detectors.recognizers.org.places import _is_cjk
from detectors.recognizers.org.stems import _blank_before, _generic_tail, _specific
from detectors.recognizers.org.suffixes import CJK, _PARTNERSHIP
from detectors.recognizers.org.walk import _left
from detectors.recognizers.org.words import STOP_CHARS, _LEAD_SINGLE, _STOP_SINGLE

# A brand with its store in brackets, as a field value: 门店：某某鲜生（上海某某路店）.
_STORE_RE = re.compile(
    rf"(?:^|(?<=[:：\n\t ]))(?P<n>[{CJK}A-Za-z]{{2,10}}[（(][{CJK}A-Za-z0-9]{{2,14}}?(?:店|门店|門店|营业厅|營業廳)[）)])"
)


# A Japanese company written with its legal form first (株式会社山田製作所): the name runs to the next stop.
_KK_FIRST = re.compile(rf"株式[会會]社(?P<n>[{CJK}]{{2,10}}?)(?=[（(，,。；;、：:\s]|与|和|及|$)")


def _kk_first(text: str) -> list[tuple[int, int, float]]:
    """株式会社 + name; the name must not hold a stop word (株式会社的章程 is no name)."""
    out = []
    for m in _KK_FIRST.finditer(text):
        if not any(ch in STOP_CHARS or ch in _STOP_SINGLE for ch in m.group("n")):
            out.append((m.start(), m.end(), 0.75))
    return out


def _stores(text: str) -> list[tuple[int, int, float]]:
    """Brand-and-store names; the brand must be specific (not 本店, 该门店)."""
    out = []
    for m in _STORE_RE.finditer(text):
        brand = m.group("n").split("（")[0].split("(")[0]
        inner = m.group("n")[1:-1]
        if any(ch in STOP_CHARS or ch in _STOP_SINGLE for ch in inner if ch not in "（()"):
            continue  # 我去了那家店（很好吃的店）: a sentence, not a name
        if _specific(brand, True):
            out.append((m.start("n"), m.end("n"), 0.7))
    return out


# Korean companies: the legal form 주식회사 before or after the name, or its short form (주) / ㈜ before it
# (삼성전자 주식회사, 주식회사 한빛, (주)한빛소프트). A particle glued to the name's end (가, 와, 는 ...) is no part of it.
_KO_NAME = "[\uac00-\ud7a3A-Za-z0-9&]{2,20}"
_KOREAN = re.compile(rf"{_KO_NAME}[ ]?주식회사|주식회사[ ]?{_KO_NAME}|(?:\(주\)|㈜)[ ]?{_KO_NAME}")
_KO_PARTICLES = ("에서", "으로", "가", "이", "와", "과", "는", "은", "를", "을", "의", "에", "로", "도")


def _korean(text: str) -> list[tuple[int, int, float]]:
    """Korean company names by their legal form."""
    out: list[tuple[int, int, float]] = []
    for m in _KOREAN.finditer(text):
        start, end = m.span()
        if not m.group().endswith("주식회사"):
            for p in _KO_PARTICLES:
                if m.group().endswith(p) and len(m.group()) - len(p) >= 5:
                    end -= len(p)
                    break
        out.append((start, end, 0.7))
    return out


# A city's middle school by its number, as everyone writes it (北京四中, 杭州二中, 衡水一中): a place, a numeral, 中;
# not 中心, 中学 (found by the suffix), 中午, 中院 (a court), 中旬 ...
# Searched from 中 (a literal: ``re`` skips to it in C) with the numeral looked behind at.
_NUMBERED_SCHOOL = re.compile(r"中(?<=[一二三四五六七八九十]中)(?![心间文国学學央部午旬期层型断止秋医药院级等途])")
_NUMERALS = frozenset("一二三四五六七八九十")


def _numbered_schools(text: str) -> list[tuple[int, int, float]]:
    """Place + numeral + 中; the place (2-4 characters, a division or its short form) opens the name."""
    out: list[tuple[int, int, float]] = []
    names, shorts = lexicon.admin_names(), lexicon.admin_short_names()
    for m in _NUMBERED_SCHOOL.finditer(text):
        i = m.start() - 1
        while i > 0 and m.start() - i < 3 and text[i - 1] in _NUMERALS:
            i -= 1
        for k in (4, 3, 2):
            place = text[i - k : i] if i >= k else ""
            if (place in names or place in shorts) and (i - k == 0 or not _is_cjk(text[i - k - 1])
                                                        or text[i - k - 1] in STOP_CHARS or text[i - k - 1] in _LEAD_SINGLE):
                out.append((i - k, m.end(), 0.65))
                break
    return out


# A fund named 某某投资中心 or 某某企业 is a partnership when its form in brackets follows (…中心（有限合伙）).
_FUND_FORM = re.compile(r"(?:中心|企业|企業)(?=[（(](?:特殊普通|普通|有限)合[伙夥][）)])")


def _partnership_forms(text: str) -> Iterator[re.Match[str]]:
    """``_PARTNERSHIP`` matches, found from 合伙 / 合夥 (``str.find`` in C) rather than from every bracket."""
    for word in ("合伙", "合夥"):
        pos = text.find(word)
        while pos >= 0:
            m = next((m for back in (3, 5) if (m := _PARTNERSHIP.match(text, max(0, pos - back)))), None)
            if m is not None:
                yield m
            pos = text.find(word, pos + 2)


def _partnership_funds(text: str) -> list[tuple[int, int, float]]:
    """Partnership funds whose name ends in 中心 / 企业 before the form: found from the form (rare), the name walked
    leftwards like any legal name."""
    out: list[tuple[int, int, float]] = []
    for m in _partnership_forms(text):
        head = _FUND_FORM.match(text, max(0, m.start() - 2))
        if head is None:
            continue
        start = _left(text, head.start(), True)
        stem = text[start : head.start()]
        if _specific(stem, True) and not _generic_tail(stem) and not _blank_before(text, start, head.start()):
            out.append((start, m.end(), 0.8))
    return out


# A bank's branch under the bank's short name, as account forms write it (工行深圳南山支行, 招行杭州分行营业部).
_BANK_SHORT = ("工行", "建行", "农行", "中行", "交行", "招行", "邮储", "浦发", "民生", "光大", "中信", "兴业", "华夏", "广发",
               "北京银行", "上海银行")
_BANK_SHORT_BRANCH = re.compile(
    "(?:" + "|".join(_BANK_SHORT) + rf")[{CJK}]{{2,10}}?(?:分行营业部|分行|支行|营业部|分理处)"
)


# Searched as literals (detectors.nlp.substring), not by a regex that tries every position of the text.
_BRANCH_WORDS = ("分行", "支行", "营业部", "分理处")


def _bank_short_branches(text: str) -> list[tuple[int, int, float]]:
    """Branches written under a bank's short name; the place between holds no stop word (建行说明天去支行 is none).
    Found from the branch words (literals, rare), the bank's short name looked for in the 16 characters before."""
    out: list[tuple[int, int, float]] = []
    for w_start, word in substring.alternation(text, _BRANCH_WORDS):
        w_end = w_start + len(word)
        if out and w_start < out[-1][1]:
            continue
        lo = max(0, w_start - 16, out[-1][1] if out else 0)
        if not any(b in text[lo:w_start] for b in _BANK_SHORT):
            continue
        m = next((m for m in _BANK_SHORT_BRANCH.finditer(text, lo, w_end + 3) if m.start() < w_end <= m.end()), None)
        if m is None:
            continue
        inner = m.group()[2:]
        if any(ch in STOP_CHARS or ch in _STOP_SINGLE for ch in inner) or (m.start() and _is_cjk(text[m.start() - 1])
                                                                          and text[m.start() - 1] not in STOP_CHARS):
            continue
        out.append((m.start(), m.end(), 0.7))
    return out

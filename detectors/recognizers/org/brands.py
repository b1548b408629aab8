"""Names with no legal form: a company named by its web domain (Brand.com, Inc.) and a foreign group's
organisation in a region (Google中国, 微软（中国）, Brand Greater China), where the brand must be recognisable as
one (a Latin word, a listed group's Chinese name, a transliteration).
"""
from __future__ import annotations

import re

from detectors.nlp import lexicon, substring
from detectors.recognizers.address import CN_PLACES_EN
from detectors.recognizers.names import TRANSLIT
from detectors.recognizers.org.english_forms import _EN_MORE, _EN_PLACEHOLDER_WORDS
from detectors.recognizers.org.places import _is_cjk, _place_only
from detectors.recognizers.org.stems import DETERMINERS, _generic_tail, _specific
from detectors.recognizers.org.walk import _left, _walk

# A company named by its web domain (Brand.com, Brand.com Group, Brand.com, Inc.): a capitalised name, so a URL
# (www.brand.com, brand.cn/app) or an e-mail domain (after @) is none; a template's Example.com is none either.
_DOMAIN_NAME = re.compile(r"[A-Z](?<![A-Za-z0-9.@/_\-].)[A-Za-z0-9\-]{1,30}\.(?:com\.cn|com|cn|net)(?![A-Za-z0-9.@/_\-]|\.[A-Za-z])")


# ".com", ".cn" or ".net" anywhere: one ``re`` pass led by the dot instead of three searches for Latin words.
_DOT_GATE = re.compile(r"\.(?:com|cn|net)")
# The top-level domain of a company's name (literals: searched for first, the name read leftwards from it).
_DOT_TLD = re.compile(r"\.(?:com\.cn|com|cn|net)(?![A-Za-z0-9.@/_\-]|\.[A-Za-z])")


def _domain_names(text: str) -> list[tuple[int, int, float]]:
    """Brand.com names, with the legal forms and group word after them (see _EN_MORE)."""
    out: list[tuple[int, int, float]] = []
    for d in _DOT_TLD.finditer(text):
        j = d.start()
        while j > 0 and d.start() - j < 31 and text[j - 1].isascii() and (text[j - 1].isalnum() or text[j - 1] == "-"):
            j -= 1
        m = _DOMAIN_NAME.match(text, j) if j < d.start() - 1 and text[j].isupper() else None
        if m is None or m.end() != d.end() or m.group().split(".")[0] in _EN_PLACEHOLDER_WORDS:
            continue
        end = m.end()
        more = _EN_MORE.match(text, end)
        if more is not None and more.end() > end and not more.group().endswith(")"):
            end = more.end()
            if text[end - 1 : end] != "." and text[end : end + 1] == "." and text[end - 3 : end] in ("Ltd", "Inc"):
                end += 1
        out.append((m.start(), end, 0.65))
    return out


# A foreign group's organisation in one country or region is named by its brand and the region (Google中国,
# 微软（中国）, Brand Greater China): no legal form follows, so the brand must be recognisable as one: a Latin
# word, a well-known group's Chinese name (facts, like the bank names), or a transliteration (3-4 characters
# used for foreign sounds that make no dictionary word).
_REGIONS_CJK = ("中国区", "中國區", "中国", "中國", "大中华区", "大中華區", "大中华", "大中華", "亚太区", "亞太區", "亚太", "亞太",
                "香港", "台湾", "台灣", "（中国）", "(中国)", "（中國）", "(中國)", "（香港）", "(香港)")
# What makes brand + region a market, an edition or a people rather than an organisation (苹果中国市场, Google中国版).
_REGION_NOT_ORG = re.compile(r"版|市场|市場|区域|區域|用户|用戶|特供|行货|行貨|境内|境內|制造|製造|风|風|元素|概念|籍|人|队|隊|赛|賽|大陆|大陸|地区|地區|游|遊|行(?!业)")
_BRAND_ZH = frozenset(
    "微软 谷歌 苹果 三星 西门子 宝马 奔驰 大众 丰田 本田 日产 索尼 松下 佳能 尼康 日立 东芝 夏普 英特尔 高通 戴尔 惠普 甲骨文 "
    "亚马逊 特斯拉 星巴克 麦当劳 沃尔玛 家乐福 宜家 耐克 阿迪达斯 可口可乐 百事 雀巢 联合利华 宝洁 欧莱雅 强生 辉瑞 罗氏 诺华 "
    "阿斯利康 拜耳 巴斯夫 博世 福特 通用电气 飞利浦 爱立信 诺基亚 思科 埃森哲 德勤 普华永道 安永 毕马威 麦肯锡 花旗 汇丰 渣打 "
    "高盛 摩根大通 瑞银 安联 友邦 保诚 现代 起亚 乐天 优衣库 资生堂 爱普生 富士通 施耐德 霍尼韦尔 空客 波音 达能 玛氏 "
    "微軟 蘋果 賓士 寶馬 豐田 英特爾 戴爾 惠普 亞馬遜 特斯拉 星巴克 麥當勞 沃爾瑪 宜家 耐吉 可口可樂 雀巢 寶僑 萊雅".split()
)
_LATIN_NOT_BRAND = frozenset(
    "GDP CPI PMI AI IT CEO CFO COO CTO HR PR VIP APP App API IP ID The This That In Of Made From To Visit Modern "
    "Ancient Imperial Mainland Greater South North East West Central Southern Northern Eastern Western Inner "
    "Team Study Doing Beyond Across About Rural Urban Outside Inside Whole All New Old Red Continental Republic "
    "Southeast Southwest Northeast Northwest Asia Pacific Hong Kong Taiwan Macau Macao Made Air Bank Inside "
    "And Or For With At On By Our Your Their My His Her Its We You They I Is Are Was Of Dear Hi Hello".split()
)
_PREV_CAPITAL = re.compile(r"[A-Z][A-Za-z]*[ ]$")
_EN_REGION = re.compile(r"[ ]?[（(](?:China|中国|中國)[）)]|[ ](?:Greater China|Asia Pacific|China)(?![A-Za-z])")


def _brand_regions(text: str) -> list[tuple[int, int, float]]:
    """Brand + region names (see _REGIONS_CJK); a market or edition after the region (_REGION_NOT_ORG) is none.
    Found from the region words (literals, by their first characters), the brand read leftwards from each."""
    out: list[tuple[int, int, float]] = []
    for i, token in substring.alternation(text, _REGION_TOKENS):
        r0 = i - 1 if text[i - 1 : i] in ("（", "(") else i
        before = text[r0 - 1 : r0]
        if r0 == i and before not in _BRAND_LAST and before not in TRANSLIT and text[r0 - 2 : r0 - 1] not in TRANSLIT \
                and not (before.isascii() and before.isalnum()) \
                and token not in ("China", "Asia Pacific"):
            continue  # 中国 after an ordinary character (发展中国, 中国中国…): no brand ends there; one test, no walk
        if token in ("China", "Asia Pacific"):
            if text[i - 2 : i] == " (":
                r0 = i - 2
            elif text[i - 9 : i] == " Greater " and token == "China":
                r0 = i - 9
            elif text[i - 1 : i] == " ":
                r0 = i - 1
            elif r0 == i:
                continue
        j = r0
        while j > 0 and r0 - j < 21 and text[j - 1].isascii() and (text[j - 1].isalnum() or text[j - 1] in "&-"):
            j -= 1
        if j < r0:
            span = _latin_brand_region(text, j, r0)
        elif token not in ("China", "Asia Pacific"):
            span = _zh_brand_before(text, r0)
        else:
            span = None
        if span is not None and not (out and span[0] < out[-1][1]):
            out.append(span)
    return out


_BRAND_LAST = frozenset(b[-1] for b in _BRAND_ZH)
# Searched as literals (detectors.nlp.substring), not by a regex that tries every position of the text.
_REGION_TOKENS = ("中国", "中國", "大中华", "大中華", "亚太", "亞太", "香港", "台湾", "台灣", "China", "Asia Pacific")


def _latin_brand_region(text: str, j: int, r0: int) -> tuple[int, int, float] | None:
    """The Latin brand ``text[j:r0]`` with the region written from ``r0`` (中国, （中国）, " (China)", " China"), or
    None when it is no brand (a word of a sentence, a place, a handle or a URL)."""
    brand = text[j:r0]
    if not brand[0].isupper() or (j > 0 and text[j - 1] in ".@/_") or brand in _LATIN_NOT_BRAND \
            or (brand.isupper() and len(brand) < 2) or brand[-1] == "-":
        return None
    end = r0
    region = next((r for r in _REGIONS_CJK if text.startswith(r, end)), None)
    if region is not None:
        end += len(region)
    else:
        en = _EN_REGION.match(text, end)
        if en is None or brand in CN_PLACES_EN or _PREV_CAPITAL.search(text, max(0, j - 24), j):
            return None  # a place (Shanghai, China), or the last word of a longer capitalised phrase
        end = en.end()
    if _REGION_NOT_ORG.match(text, end):
        return None
    return j, end, 0.7


def _transliterated(brand: str, words: lexicon.Words) -> bool:
    """Is ``brand`` a foreign name written for its sound: all but one character used for foreign sounds, and no
    ordinary word (a person's or brand's name in the dictionary, 诺基亚, is one)?"""
    if sum(c in TRANSLIT for c in brand) < len(brand) - 1:
        return False
    entry = words.get(brand)
    return entry is None or entry.tag in ("nz", "nrt", "nt")


def _zh_brand_before(text: str, i: int) -> tuple[int, int, float] | None:
    """The name of a Chinese-written brand ending at ``i`` with its region starting there, or None. Before a
    region in brackets any specific name will do (某某（中国）); before a bare region only a listed group or a
    transliteration (Brand中国 and 发展中国 look alike)."""
    region = next((r for r in _REGIONS_CJK if text.startswith(r, i)), None)
    if region is None or i < 2 or not _is_cjk(text[i - 1]) or _REGION_NOT_ORG.match(text, i + len(region)):
        return None
    end = i + len(region)
    words = lexicon.words()
    if region[0] not in "（(":
        # only a listed group or a transliteration: tested on the characters before the region first (cheap),
        # then the longest candidate that the walk leaves whole
        cands = [k for k in (5, 4, 3, 2) if k <= i and all(_is_cjk(c) for c in text[i - k : i])
                 and (text[i - k : i] in _BRAND_ZH or (k >= 3 and _transliterated(text[i - k : i], words)
                                                         and not _place_only(text[i - k : i])))]
        if not cands:
            return None
        start = _walk(text, max(0, i - cands[0] - 3), i, False)
        k = next((k for k in cands if i - k >= start), 0)
        return (i - k, end, 0.7 if text[i - k : i] in _BRAND_ZH else 0.65) if k else None
    start = _left(text, i, True)
    start = _walk(text, start, i, False)  # a field's verbs (王林：昨晚看到某某（中国）) are no part of the brand
    stem = text[start:i]
    if len(stem) < 2:
        return None
    if region[0] in "（(":
        if len(stem) <= 8 and _specific(stem, False) and not _place_only(stem) and not _generic_tail(stem) \
                and DETERMINERS.match(stem) is None:
            return start, end, 0.65
        return None
    return None

"""The walk back from a suffix to the start of the name (`_left`): past a label, up to a stop word, word by
word over jieba's tags, with the exceptions that keep a name whole (a region in brackets, an English brand's
space, a 和 inside a brand or a body's line of work, a place before the brand) and the party and role words
(经销商, 授权方, 全称, 候选人) that end it.

One job, the start of a name; what the name must hold to count is `stems`.
"""
from __future__ import annotations

import functools

from detectors.nlp import lexicon, segment
from detectors.recognizers.org.places import (
    _bracketed_division, _full_place_at, _is_cjk, _is_place_word, _place_at, _place_ends, _short_place_ends,
)
from detectors.recognizers.org.suffixes import _MAX_LEFT
from detectors.recognizers.org.words import (
    INDUSTRY, LABEL_RE, LEAD_VERBS, STOP_CHARS, TRADE_NOUNS, _AFTER_PLACE_TAGS, _CHANGE_VERBS, _CLAUSE_PREPS, _CLOCK_WORDS,
    _DEICTIC, _LEAD_SINGLE, _NAME_WORDS, _SOFT_STOP_TAGS, _STOP_SINGLE, _STOP_TAGS, _VERB_MEASURES, _WEEKDAY,
    _word_stop,
)


def _left(text: str, pos: int, legal: bool = False) -> int:
    """Start of the name whose suffix begins at ``pos``: after a label (甲方为, 开户行：) when
    there is one close by, else after the nearest stop word (在, 是, 的 ...)."""
    i = pos
    stop = -1
    while i > 0 and pos - i < _MAX_LEFT:
        ch = text[i - 1]
        if ch in "）)":
            opener = _bracket_open(text, i - 1)
            if opener < 0:
                break  # a stray bracket (示例)科技, ）公司) closes whatever came before: the name starts after it
            i = opener  # 某某（上海）, （特殊普通合伙）: a region or form in brackets is part of the name
            continue
        if not ("\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"  # _is_cjk, inlined
                or (ch.isalnum() and ch.isascii())):
            if ch == " " and _latin_gap(text, i - 1):
                i -= 1  # Northstar Logistics（深圳）有限公司: the space between two words of an English brand
                continue
            if ch == " " and i == pos and legal and i >= 2 and _is_cjk(text[i - 2]):
                i -= 1  # 某某网络科技 有限公司: one space before the legal form, as a form's column or a typist leaves it
                continue
            if ch in "·&" and i >= 2 and text[i - 2].isascii() and text[i - 2].isalnum() and i < pos \
                    and (_is_cjk(text[i]) or text[i].isalnum()):
                i -= 1  # Marlowe·某某（上海）有限公司, 某市Luvero&某某有限公司: a Latin brand joined to the name
                continue
            break
        if ch in "号號路街巷弄室楼樓栋幢层" and i >= 2 and text[i - 2].isdigit():
            break  # 珞喻路1037号华中科技大学: the number closes an address, the name starts after it
        if stop < 0 and ch in STOP_CHARS and not _full_place_at(text, i - 1):
            # 于都县, 和平区: a stop character that begins a division's name is none; one right before a division's
            # full name stops the name even when it ends a dictionary word (六十日内向陕西省…局: 内向)
            if (not _word_stop(text, i - 1) or _full_place_at(text, i)) and not _brand_he(text, i - 1):
                stop = i
        i -= 1
    run = text[i:pos]
    label = None
    for m in LABEL_RE.finditer(run):
        label = m
    if label is not None and legal and _glued_verb(text, i, i + label.start(), i + label.end(), pos):
        label = None
    if label is not None:
        start = i + label.end()
    else:
        start = stop if stop >= 0 and stop - 1 > i else i  # a leading 和 is the name's (和泰传媒)
    # A whole field value (乙方：成都某之联科技股份有限公司, 转入医院：首都某某大学附属医院) is one name:
    # only a verb that introduces an organisation cuts it.
    field = start == i and i > 0 and text[i - 1] in ":：\t" and pos - i <= 20
    walked = _walk(text, start, pos, legal, lead_only=field)
    if legal and walked > start:
        walked = _from_place(text, start, walked)
    if walked + 1 < pos and text[walked] in _LEAD_SINGLE and _place_at(text, walked + 1):
        walked += 1  # 来浙江大学某某医院: a one-character verb before the place the name begins with
    elif walked + 1 < pos and _lead_word_at(text, walked):
        walked += 1
    elif walked + 2 < pos and _lead_verb_at(text, walked):
        walked += 2  # 需用上海某某有限公司: a two-character verb before the place the name begins with
    return walked


def _glued_verb(text: str, lo: int, start: int, end: int, pos: int) -> bool:
    """Is the verb ``text[start:end]`` (来自, 加入 ...) right after a place and before a single character and the
    suffix at ``pos`` (台湾来自水股份有限公司)? A trade name has two characters at least, so the verb is part of it;
    with a longer name after it (杭州加入某某科技有限公司) it is the clause's verb."""
    return pos - end < 2 and text[start:end] in LEAD_VERBS and _place_ends(text, lo, start)


def _lead_verb_at(text: str, k: int) -> bool:
    """Is ``text[k:k+2]`` a dictionary verb with a place name right after it (需用上海…, 改用北京…)? A company's
    name begins at its registered place; the verb before it is the clause's."""
    entry = lexicon.words().get(text[k : k + 2])
    # 保定嘉禾物业: 保定 is also a verb, but a place itself, before a brand that is a county's name too
    return entry is not None and entry.tag.startswith("v") and _place_at(text, k + 2) and not _place_at(text, k)


def _lead_word_at(text: str, k: int) -> bool:
    """Is ``text[k]`` a function character that opens the clause, not the name: a clause preposition (由, 被, 经)
    before a name of four characters or more, or the 成 of 换成 / 改成 before a place?"""
    ch = text[k]
    if ch in _CLAUSE_PREPS:
        return k + 5 <= len(text) and all(_is_cjk(c) for c in text[k + 1 : k + 5])
    return ch == "成" and k > 0 and text[k - 1] in _CHANGE_VERBS and _place_at(text, k + 1)


_NUMERALS = frozenset("一二三四五六七八九十")
_TOWNSHIPS = ("街道", "镇", "乡", "鎮", "鄉")
_BRACKET_SPAN = 16
"""The longest bracketed part of a name (a region, a partnership form, an English place) in characters."""


def _bracket_open(text: str, close: int) -> int:
    """Index of the opening bracket that matches the closing one at ``close``, when only name characters (Chinese,
    ASCII letters and digits, spaces) lie between them within _BRACKET_SPAN; else -1. Only such a group may sit
    inside a name: a stray bracket, or one around symbols or masked text (（%%%）, ████)), ends the walk, so the
    name never runs over what is not a name."""
    j = close - 1
    low = max(-1, close - 1 - _BRACKET_SPAN)
    while j > low:
        ch = text[j]
        if ch in "（(":
            if j < close - 1 and all(c.isdigit() or c in _NUMERALS for c in text[j + 1 : close]):
                return -1  # （1）某某有限公司, (二): a list's number, no region of the name after it
            return j if j < close - 1 else -1
        if not ("\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or (ch.isalnum() and ch.isascii())
                or ch in " ·&.-"):
            return -1
        j -= 1
    return -1


def _latin_gap(text: str, k: int) -> bool:
    """Is the space at ``k`` one between two words of an English brand before a Chinese legal form: a
    capitalised word (or a number) before it, a letter or digit after it (Northstar Logistics（深圳）有限公司)?"""
    if k < 1 or k + 1 >= len(text) or not (text[k + 1].isascii() and text[k + 1].isalnum()):
        return False
    j = k
    while j > 0 and text[j - 1].isascii() and text[j - 1].isalnum():
        j -= 1
    return j < k and (text[j].isupper() or text[j].isdigit())


def _brand_he(text: str, k: int) -> bool:
    """Is the 和 at ``k`` part of a name, not a conjunction (上海市和华为)? The first character of a brand after a
    place (苏州工业园区和达精密: after a division's unit, when no dictionary word follows it); the last one of a brand
    before its region in brackets or its line of business (正和（深圳）律师事务所, 某市正和餐饮管理有限公司: a
    conjunction joins two names, never a name and a bracket or a trade); or inside the fixed name of a public
    body's line of work (人力资源和社会保障局)."""
    if text[k] != "和" or k == 0:
        return False
    if text[k - 1] in "市区县區縣":
        return text[k + 1 : k + 3] not in lexicon.words() and text[k + 1 : k + 4] not in lexicon.words()
    if (text[k - 1] in "镇乡鎮鄉" or text[k - 2 : k] == "街道" or _short_place_ends(text, k)) \
            and text[k + 1 : k + 3] not in lexicon.words() and text[k + 1 : k + 4] not in lexicon.words() \
            and not _place_at(text, k + 1):
        return True  # 曲靖和畅物流, 马家镇和庄村, 某街道和兴社区: a brand, village or community after its place; not 曲靖和昆明
    if _is_cjk(text[k - 1]) and text[k - 1] not in STOP_CHARS and text[k - 1] not in _STOP_SINGLE:
        if text[k + 1 : k + 2] in ("（", "(") or text[k + 1 : k + 3] in INDUSTRY or text[k + 1 : k + 3] in TRADE_NOUNS:
            return True
    return any(text.startswith(w, k - len(h)) for h, w in _BODY_AND_AT.get(text[k - 2 : k], ()))


# Lines of work whose official name holds 和 (人力资源和社会保障局, 住房和城乡建设厅): facts, like the bank names.
_BODY_AND = ("人力资源和社会保障", "住房和城乡建设", "工业和信息化", "文化和旅游", "自然资源和规划", "卫生和计划生育",
             "商务和投资促进", "科学技术和工业信息化", "民族和宗教事务", "新闻出版和广电", "发展和改革", "教育和体育",
             "文化广电和旅游", "广播电视和旅游", "经济和信息化", "农业和农村", "交通和运输", "审批和政务服务",
             "城市管理和综合行政执法", "城市管理和综合执法", "大数据和政务服务", "卫生健康和体育")
# The two characters before 和 -> (the words' part before 和, the word): one dict look-up per 和.
_BODY_AND_AT: dict[str, list[tuple[str, str]]] = {}
for _w in _BODY_AND:
    _h = _w[: _w.index("和")]
    _BODY_AND_AT.setdefault(_h[-2:], []).append((_h, _w))


def _from_place(text: str, lo: int, start: int) -> int:
    """授权北京某某易才人力资源有限公司: a company name begins with its registered place, so when the walk
    stopped at a word inside the brand, the name starts at a place name a few characters before, if
    nothing but name characters lie between (no stop word, no introducing verb)."""
    for p in range(max(lo, start - 8), start):
        if not _place_at(text, p):
            continue
        between = text[p:start]
        if any(ch in STOP_CHARS and not _brand_he(text, p + k) for k, ch in enumerate(between)):
            return start
        if any(v in between for v in LEAD_VERBS):
            return start
        if any(
            ch in _LEAD_SINGLE and not lexicon.inside_word(text, p + 2 + k) and not _brand_he(text, p + 2 + k)
            for k, ch in enumerate(between[2:])
        ):
            return start  # 去北京: a verb before the place; but 来 in 未来 is part of the brand
        return p
    return start


def _walk(text: str, start: int, pos: int, legal: bool, lead_only: bool = False) -> int:
    """Walk back word by word from the suffix; a verb, adverb, pronoun or time word is not part of a
    name (only an introducing verb, with ``lead_only``)."""
    for tok in segment.iter_backward(text, start, pos):
        if tok.text == "注册" and text.find("师", tok.end + 1, tok.end + 4) > 0:
            continue  # 注册会计师协会, 注册税务师: the certified profession the body gathers, not the verb
        if lead_only:
            if tok.text in LEAD_VERBS or tok.text in _CLOCK_WORDS:
                return tok.end  # 公告：本周五下午某某律师行来访: a value that opens with a time is a sentence
            if len(tok.text) >= 2 and _party_word(text, tok.start, tok.end):
                return tok.end  # 公示：第一中标候选人某某研究院: the role before the name, even in a field
            continue
        if tok.text in INDUSTRY or tok.text in _NAME_WORDS:
            continue
        if legal and _glued_verb(text, start, tok.start, tok.end, pos):
            continue  # 台湾来自水股份有限公司: a verb glued between the place and the brand is the brand's first word
        if tok.text in LEAD_VERBS or tok.text in _VERB_MEASURES:
            return tok.end
        if len(tok.text) > 1 and (_bracketed_division(text, tok.start, tok.end) or tok.tag in _AFTER_PLACE_TAGS
                                  and tok.text[0] not in _DEICTIC and _place_ends(text, start, tok.start)):
            continue  # 某某（保定）化工: a region in brackets (保定 is also a verb); 合肥市青年商会, 某市自然资源局
        if tok.tag == "f" and text.startswith(_TOWNSHIPS, tok.end) and _place_ends(text, start, tok.start):
            continue  # 某区南岸街道社区卫生服务中心: a locative word after a district names its street or town
        stops = tok.tag and (tok.tag in _STOP_TAGS or (tok.tag.startswith("v") and tok.tag != "vn"))
        # a brand under a legal form may be a rare verb or time word (天开科技, 普华永道中天); common
        # ones (收购, 加入, 今年) and function words still end the name
        # so may one right after a place, under any suffix (广西澄明物流公司: a place, then the brand)
        soft = (tok.tag.startswith("v") and (legal or _place_ends(text, start, tok.start))) or tok.tag in _SOFT_STOP_TAGS
        # but a day that points is no brand, however rare the word (下周三某某学院来公司)
        rare_brand_word = soft and lexicon.words()[tok.text].freq < 300 and tok.text not in _CLOCK_WORDS \
            and _WEEKDAY.search(tok.text) is None
        if stops and not rare_brand_word:
            if not legal and tok.tag[0] == "v" and len(tok.text) > 1 and _is_place_word(tok.text):
                continue  # 遵义医科大学: a place the dictionary also reads as a verb (遵义, 保定) begins the name
            return tok.end
        if tok.text == "讯" and tok.start > 0 and text[tok.start - 1] == "报":
            return tok.end  # 本报讯某市商务局获悉: a dateline, not the start of the bureau's name
        if _party_word(text, tok.start, tok.end):
            return tok.end  # 经销商武汉某某有限公司, 授权方某某有限公司, 全称某某有限公司: who the company is to the writer
        if not tok.tag and (tok.text in STOP_CHARS or tok.text in _STOP_SINGLE):
            if not _brand_he(text, tok.start) and not (tok.text == " " and _latin_gap(text, tok.start)):
                return tok.end
    return start


# What a company is to the writer, written right before its name without a separator: a trade role in 商
# (经销商, 供应商, 赞助商), a party in 方 after a verb (授权方, 合作方, 委托方), or the word for its name (全称).
_NAME_WORD_BEFORE = frozenset({"全称", "简称", "名称", "全稱", "簡稱", "名稱", "叫做", "名为", "名為"})


def _party_word(text: str, start: int, end: int) -> bool:
    """Is the token ``text[start:end]`` met walking back from a suffix a role or party word that ends before the
    name (经销商, 授权方, 全称) rather than the name's first word?"""
    word = text[start:end]
    if word in _NAME_WORD_BEFORE:
        return True
    if len(word) >= 3 and word[-1] in "商方" and word in lexicon.words():
        return True
    if len(word) >= 3 and word[-1] in "人者" and word in _ROLE_PERSONS():
        return True  # 第一中标候选人某某研究所, 联系人某某: a person's role before the body, never its name (机器人 is none)
    if word in _RELATIONS:
        return True  # 全资子公司某某有限公司, 沅芷集团旗下某某公司, 战略投资者某某基金: how the name relates to another
    if len(word) >= 4 and word[-2:] in _ROLE_UNITS and word[:-2] in _PARTY_VERBS:
        return True  # 施工单位某某有限公司: the role unit read as one word
    if word in _ROLE_UNITS and start >= 2:
        # 收款单位某某学院, 承接主体某某合作社: a unit named by what it does in the deal (a party's verb before 单位 /
        # 主体; 远航机构服务有限公司 keeps its 机构)
        if text[start - 2 : start] in _PARTY_VERBS:
            return True
    if word.endswith(("企业", "企業")) and (word[:-2].endswith(_OWNERSHIP) and len(word) > 2
                                          or text[max(0, start - 4) : start].endswith(_OWNERSHIP)):
        return True  # 外商独资企业某某（中国）投资有限公司: the kind of ownership described before the name
    # 授权方 segmented 授权 / 方: a lone 方 right after a two-character verb of the contract
    return word == "方" and start >= 2 and text[start - 2 : start] in _PARTY_VERBS


_ROLE_UNITS = frozenset({"单位", "單位", "主体", "主體", "机构", "機構"})
# What a company is to another, written right before its name in reports and news (全资子公司某某有限公司, 某集团
# 旗下某某公司, 引入战略投资者某某基金): never the name's first word.
_RELATIONS = frozenset({"子公司", "全资子公司", "控股子公司", "孙公司", "参股公司", "母公司", "旗下", "投资者", "战略投资者",
                        "控股股东", "股东", "關聯方", "关联方", "附属公司", "附屬公司"})
# Kinds of ownership written before a company's name (外商独资企业, 中外合资企业): a description, no part of it.
_OWNERSHIP = ("独资", "獨資", "合资", "合資", "合作", "民营", "民營", "国有", "國有", "私营", "私營", "外资", "外資")


@functools.cache
def _ROLE_PERSONS() -> frozenset[str]:
    """The role nouns of people (detectors/data/role_nouns.txt) that end in 人 / 者 and have three characters or more
    (候选人, 联系人, 申请者): the shorter ones and the rest (物业, 居民, 群众) also begin or sit inside names."""
    return frozenset(w for w in lexicon.role_nouns() if len(w) >= 3 and w[-1] in "人者")


_PARTY_VERBS = frozenset({"授权", "委托", "合作", "采购", "承租", "出租", "发包", "承包", "服务", "需求", "供货", "收货",
                          "发货", "付款", "收款", "招标", "投标", "中标", "转让", "受让", "担保", "许可", "授權", "委託",
                          # who a unit is in a notice or a receipt (承办单位, 受赠单位, 承接主体)
                          "承办", "主办", "协办", "承接", "受赠", "捐赠", "用人", "施工", "监理", "勘察", "建设", "发文"})

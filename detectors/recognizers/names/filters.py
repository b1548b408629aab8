"""What find_names does to the hits once every form has run: drops those that are organisations, places,
closings, shop signs, times or counts, trims or extends a hit to the name's true end (吕文明早 -> 吕文明, 马正和,
Kevin 李), and keeps the strongest of overlapping hits (_resolve).

Kept apart from the forms: these judge a hit by what surrounds it, whichever form found it.
"""
from __future__ import annotations

import bisect
import re

from detectors.nlp import lexicon, trie
from detectors.recognizers.names.core import (
    AMBIGUOUS, CJK, MEDIUM, STRONG, _Hit, _NUMERAL_CHARS, _PREP_SURNAMES, _SINGLE, _is_cjk, _sur_len,
)
from detectors.recognizers.names.plausible import _after_name_word, _given_ok, _glued, plausible
from detectors.recognizers.names.prose import _HANDOVER_TIME, _PROSE_ELDER, _PROSE_TIME_NEXT, _ROLE_COMPOUND


# What may follow a name but shows the "name" is really the head of an organisation or place.
_ORG_TAIL = re.compile("有限公司|公司|集团|大学|学院|银行|医院|研究院|事务所|支行|分行|营业部|办事处")
_LEGAL_TAIL = re.compile("有限公司|有限责任公司|股份|集团|事务所|研究院|医院|大学|学院|银行")
_ROAD_TAIL = re.compile(r"[路街巷道弄][0-9０-９]")
_CJK_RUN = re.compile(f"[{CJK}]*")
# Characters that organisation names almost never hold but clauses after a name do (留在, 去, 到, 的, 把, 被, 让).
_CLAUSE_MARK = re.compile("[在去到的把被让]")


def _not_org_or_place(text: str, hit: _Hit) -> bool:
    """Drop 银嘉 in 银嘉信息有限公司 and 朴子延 in 朴子延平巷 unless a label vouches for it."""
    end = hit.end
    if hit.strength >= STRONG:
        # 被告：沈阳某某物业管理有限公司: the labelled value runs on into a legal form, so it is a company
        found = _CJK_RUN.match(text, end, end + 16)
        return not (found and found.group() and _LEGAL_TAIL.search(found.group()))
    nxt = text[end : end + 2]
    if nxt[:1] and nxt[0] in "縣县市区區镇鎮乡村" and nxt[1:2] not in ("长", "委"):
        return False
    if _after_name_word(text, end):
        return True  # 马某负责与某某集团对接: a verb closes the name before any organisation starts
    found = _CJK_RUN.match(text, end, end + 12)
    run = found.group() if found else ""
    tail = _ORG_TAIL.search(text[hit.start : end] + run)
    if tail is not None and not _CLAUSE_MARK.search(run, 0, tail.start() - (end - hit.start)):
        return False  # 银嘉信息有限公司; but 小李留在公司 / 王明的公司: a clause runs between the name and 公司
    if not run:
        return True
    return _ROAD_TAIL.search(text, end, min(len(text), end + 5)) is None


def _resolve(hits: list[_Hit]) -> list[_Hit]:
    """Keep the strongest, then longest, of overlapping hits."""
    hits.sort(key=lambda h: (-h.strength, -(h.end - h.start), h.start))
    taken: list[_Hit] = []
    starts: list[int] = []  # sorted starts of taken hits, for a bisect overlap check
    for h in hits:
        k = bisect.bisect_left(starts, h.start)
        if k < len(starts) and taken[k].start < h.end:
            continue
        if k > 0 and taken[k - 1].end > h.start:
            continue
        starts.insert(k, h.start)
        taken.insert(k, h)
    return taken


# Letter closings that start with a surname character (祝好, 敬礼): a line of their own, never a signature; and the
# openings that address no one by name (敬启者, To whom it may concern).
CLOSINGS = frozenset(["祝好", "敬礼", "此致", "顺祝", "顺颂", "祝安", "敬上", "谨上", "致礼", "谢谢", "祝商祺", "顺颂商祺", "顺祝商祺",
                      "敬启者", "敬启"])


def _class_word(text: str, start: int) -> bool:
    """高二（3）班陈某: 班 after a class number is the class, not the surname 班."""
    return text[start] == "班" and start > 0 and text[start - 1] in "0123456789０１２３４５６７８９一二三四五六七八九十)）"


_KIN_CHARS = frozenset("父母妻夫子女兄弟姐妹")
_MEASURE_SURNAMES = frozenset("位名")


def _prose_false(text: str, h: _Hit) -> bool:
    """Hits the prose forms show to be no name: 22时许 (a time), 2位同志 (a count), 养老金 (老金 inside a word),
    熊父 before 熊建华 (a relative's prefix), 向您 (a pronoun), 律师费 (a compound noun after a post)."""
    s, e = h.start, h.end
    word = text[s:e]
    if h.strength < STRONG and _trade_name(text, s, e):
        return True
    before = text[s - 1 : s]
    if before and before in _NUMERAL_CHARS and (word[:2] in ("时许", "分许", "时左", "时半") or word[0] in _MEASURE_SURNAMES):
        return True
    if "您" in word:
        return True
    if word[0] in "老小" and len(word) == 2 and s > 0 and text[s - 1 : e] in lexicon.words():
        return True
    if h.strength < STRONG and word[0] in _ROLE_COMPOUND and before in ("师", "员", "问", "服"):
        return True
    if word[-1] == "老" and text.startswith(_PROSE_OLD, e):
        return True  # 陈岩老先生: the name is 陈岩, 老先生 is how the notice refers to him
    # 熊父熊建华, 李母李: a surname and a kinship character before the relative's own full name
    return len(word) in (2, 3) and word[1] in _KIN_CHARS and text[s + 2 : s + 3] == word[0] and _sur_len(text, s + 2) > 0


# Goods and trades that a shop sign or a product writes right after its keeper's form of address or name (老王烧烤,
# 刘姐麻辣烫, 老孙家泡馍, 何师烧烤, 康师傅红烧牛肉面, 宋嫂鱼羹, 王老吉凉茶): glued to one of them (家 may come
# between), the form names the shop or the product, not a person. Only words a sentence never continues a name
# with: no single 店 / 面 / 酒 (老王店里, 刘姐面试, 小李酒量).
TRADE_WORDS = (
    # eateries and what they sell
    "烧烤", "烤肉", "烤串", "烤鱼", "烤鸭", "烤全羊", "串串", "火锅", "麻辣烫", "冒菜", "米线", "米粉", "粉面", "面馆",
    "拉面", "牛肉面", "牛肉拉面", "牛肉汤", "羊肉汤", "羊汤", "饺子", "水饺", "包子", "小笼包", "小笼", "生煎", "锅贴",
    "馄饨", "云吞", "抄手", "煎饼", "凉皮", "肉夹馍", "泡馍", "炸鸡", "卤味", "卤肉", "卤菜", "鸭脖", "鸭血", "酱骨",
    "粥铺", "奶茶", "甜品", "豆花", "酸菜鱼", "肠粉", "热干面", "小面", "烧饼", "油条", "豆浆", "烧麦", "烧卖",
    "饭店", "饭馆", "餐馆", "餐厅", "菜馆", "小馆", "酒家", "酒楼", "食府", "小吃", "快餐", "私房菜", "家常菜",
    "土菜馆", "大排档", "海鲜", "小龙虾", "螺蛳粉", "黄焖鸡", "焖锅", "干锅", "蹄花", "肥肠", "猪脚饭", "烧腊",
    "牛杂", "羊杂", "鱼羹", "鱼丸", "臭豆腐", "手抓饼", "糕点", "蛋糕", "面包", "茶馆", "茶楼", "茶庄", "凉茶",
    "红烧", "方便面", "冰红茶", "腐乳", "辣酱", "挂面", "十三香", "月饼", "早餐店", "早点",
    # trades and shops
    "修车铺", "汽修", "五金店", "五金", "理发店", "美发", "发廊", "洗车", "便利店", "超市", "小卖部", "杂货铺",
    "水果店", "花店", "药店", "药房", "大药房", "洗衣店", "干洗", "裁缝铺", "眼镜店", "照相馆", "影楼", "书店",
    "文具店", "手机店", "开锁", "专卖店", "旗舰店", "体验店", "工厂店", "银楼", "金店", "服装店", "鞋店", "烟酒店",
    "粮油", "剪刀", "痔疮膏", "药膏",
    # how goods are packed and sold (round 17: 杨国福礼盒, 某某家庭装, 某某经典款, 周大福金饰)
    "礼盒", "家庭装", "旗舰款", "经典款", "珠宝", "金饰",
)
_TRADE_RE = re.compile("家?" + trie.pattern(TRADE_WORDS))


def _trade_name(text: str, s: int, e: int) -> bool:
    """Is the hit at [s, e) the keeper's part of a shop sign or a brand rather than a person: glued to a trade
    word (老王烧烤, 老孙家泡馍), a 字号 in 记 (李锦记, 马记), the whole title inside 《》 (《白蛇传》), or a word
    between two model codes (小米SU7和问界M7, 韦德之道10和小米14)?"""
    if _TRADE_RE.match(text, e) is not None:
        return True
    if text[e - 1] == "记" and e - s in (2, 3):
        return True
    if text[s - 1 : s] == "《" and text[e : e + 1] == "》":
        return True
    left = s - 1 if s > 1 and text[s - 1] in _CODE_JOINERS and _model_code(text, s - 2, -1) else s
    return _model_code(text, left - 1, -1) and _model_code(text, e, 1)


# Conjunctions between two model names (小鹏P7和高合HiPhi X): the second model starts after them.
_CODE_JOINERS = frozenset("和与跟或及")


def _model_code(text: str, i: int, step: int) -> bool:
    """Is there a short product code (SU7, M7, 14, Pro) glued at ``i``, read in direction ``step``: ASCII letters
    and digits, and fewer than 7 digits (a phone number after a name is none)?"""
    digits = n = 0
    while 0 <= i < len(text) and text[i].isascii() and text[i].isalnum():
        digits += text[i].isdigit()
        n += 1
        i += step
    return 0 < n and digits < 7


_PROSE_OLD = tuple(w[1:] for w in _PROSE_ELDER if w.startswith("老"))


def _prose_trim(text: str, h: _Hit) -> _Hit:
    """吕文明早: a three-character hit whose last character opens a time word is the two-character name before it,
    when that is plausible on its own."""
    if h.end - h.start == 3 and text.startswith(_PROSE_TIME_NEXT, h.end - 1) and plausible(text[h.start : h.end - 1], MEDIUM):
        return _Hit(h.start, h.end - 1, h.strength)
    if (
        h.end - h.start in (3, 4) and text[h.end - 1] == "收" and (h.end == len(text) or text[h.end] in _CONSIGNEE_END)
        and text[h.end - 2 : h.end] not in lexicon.words() and plausible(text[h.start : h.end - 1], MEDIUM)
    ):
        return _Hit(h.start, h.end - 1, h.strength)  # 李阳收: the consignee and 收 (receives), not a name 李阳收
    if (
        h.end - h.start == 3 and text[h.end - 1] == "于" and _sur_len(text, h.start) == 1
        and (text.startswith(_AT_TIME, h.end) or text[h.end : h.end + 1] in _NUMERAL_CHARS)
        and plausible(text[h.start : h.end - 1], MEDIUM)
    ):
        return _Hit(h.start, h.end - 1, h.strength)  # 洪丽于下周一前: 于 (at) opens the time, not the given name
    return h


# Times that 于 (at, on) introduces right after a name: 某某于下周一前, 某某于明天.
_AT_TIME = _HANDOVER_TIME + ("近日", "日前", "本月", "上月", "次日", "当日", "当天", "同日", "今年", "明年", "去年")


# What follows a consignee's 收 on a parcel or a letter (某某收，电话…; 某某收\n).
_CONSIGNEE_END = frozenset("，,。；;）)\n \t\u3000（(")


_NOT_ADJACENT_SURNAMES = AMBIGUOUS | _PREP_SURNAMES


def _with_chinese_surname(text: str, h: _Hit) -> _Hit:
    """Kevin 李, 王Oscar: an English given name written next to a Chinese surname (one space at most) is one name
    with it; the surname must stand apart from the words around it (not 和 / 于, not 周末 or 下周)."""
    word = text[h.start : h.end]
    if not word.isascii() or not word.isalpha() or word not in lexicon.en_first_names():
        return h
    e = h.end + (text[h.end : h.end + 1] == " ")
    if (
        e < len(text) and text[e] in _SINGLE and text[e] not in _NOT_ADJACENT_SURNAMES
        and text[e : e + 2] not in lexicon.words() and not (text[e + 1 : e + 2].isascii() and text[e + 1 : e + 2].isalpha())
    ):
        return _Hit(h.start, e + 1, h.strength)  # Kevin 李在跟进
    s = h.start - 1 - (text[h.start - 1 : h.start] == " ")
    if (
        s >= 0 and text[s] in _SINGLE and text[s] not in _NOT_ADJACENT_SURNAMES
        and (s == 0 or not _is_cjk(text[s - 1]) or not _glued(text, s))
    ):
        return _Hit(s, h.end, h.strength)  # 王 Oscar
    return h


# The side of a deal or a dispute named by a character before 方 (甲方, 买方, 销售方, 采购方, 双方, 对方): 方 there ends
# that word and starts no name (销售方名称, 采购方全称).
_PARTY_BEFORE_FANG = frozenset("甲乙丙丁买卖购售供需借贷承出租双对各己他我你贵该本")


# Last characters of rivers, lakes, mountains and islands (钱塘江, 嘉陵江, 白云山): jieba tags some famous ones as
# persons, so without a label a frequent three-character word ending so is the place; the very frequent ones
# (孙中山) are people indeed.
_FEATURE_TAILS = frozenset("江河湖海山岭峰岛湾溪")


def _feature_name(text: str, start: int, end: int) -> bool:
    if end - start != 3 or text[end - 1] not in _FEATURE_TAILS:
        return False
    entry = lexicon.words().get(text[start:end])
    return entry is not None and 100 <= entry.freq < 1000


def _party_side(text: str, start: int) -> bool:
    return text[start] == "方" and start > 0 and text[start - 1] in _PARTY_BEFORE_FANG


# What may follow a name that ends in 和 (全小和、某某; （司徒和）; 马正和的): 和 joins nothing there, so it is the
# last character of the given name.
_HE_CLOSE = frozenset("、，,。；;）)」』”\"！？!?\n的")


def _with_he(text: str, h: _Hit) -> _Hit:
    """A found name followed by 和 and a mark that ends a name is one character longer: 和 is its last character."""
    e = h.end
    if text[e : e + 1] != "和" or (e + 1 < len(text) and text[e + 1] not in _HE_CLOSE):
        return h
    sl = _sur_len(text, h.start)
    if not sl or not 1 <= e - h.start - sl <= 1 or not _given_ok(text[h.start + sl : e], MEDIUM):
        return h
    return _Hit(h.start, e + 1, h.strength)


PLACEHOLDER_NAMES = ("张三", "李四", "王五", "赵六")
_SAMPLE_NEAR = re.compile(r"示例|例如|比如|举例|样例|範例|示範|测试|測試|占位|模板|(?i:demo|example|sample|mock|fake|dummy)")


def _placeholder_name(text: str, h: _Hit) -> bool:
    """张三 / 李四 / 王五 / 赵六 with a sample word near (请求示例 {"name": "张三"}, 测试数据姓名用张三): the stand-in
    names of docs and test data. A real 张三 with no such word stays a name (round 16j)."""
    if text[h.start : h.end] not in PLACEHOLDER_NAMES:
        return False
    return _SAMPLE_NEAR.search(text, max(0, h.start - 40), min(len(text), h.end + 20)) is not None

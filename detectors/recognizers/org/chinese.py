"""The Chinese suffix pass (`_chinese`): each suffix found, walked back (within a crowd from its floor, see
detectors.nlp.density), checked, then grown right over legal forms, branches, campuses and departments, and
merged with the name before it.

The driver of the modules below it; the other passes (layout, fixed forms, English, listed bodies, brands)
are separate families that the recognizer adds to its result.
"""
from __future__ import annotations

import re

from detectors.nlp import lexicon
from detectors.nlp.density import NONE, with_floors
from detectors.recognizers.org.chains import (
    _COMMUNITY_ENDS, _SOCIETIES, _SOCIETY_REACH, _acts, _chain_start, _society_start,
)
from detectors.recognizers.org.places import _full_place_at, _is_cjk, _place_at, _place_only, _places_len
from detectors.recognizers.org.stems import (
    _PLACE_GENERIC, _blank_before, _complete, _generic_tail, _heading, _specific, _undetermined,
)
from detectors.recognizers.org.suffixes import (
    _BANK_KINDS, _BODY_STEM, _BRANCH_RE, _CAMPUS, _CHAIN_NAMED, _COLONS, _COMMITTEES, _COURTROOM,
    _COURT_WINDOW, _CROWD_LIMIT, _CROWD_PASSES, _LEGAL, _LINE_ONLY, _MAX_LEFT, _MERGE_SPAN, _PARTNERSHIP,
    _PARTY_DEPT, _PLACE_LED, _PLACE_NAMED, _SUFFIX_RE, _UNIT_NEAR, _WEAK_SUFFIX, _bank_start,
)
from detectors.recognizers.org.walk import _left
from detectors.recognizers.org.words import LABEL_RE, STOP_CHARS, _LEAD_SINGLE

# Posts written straight after 人民政府办公室 (办公室主任, 办公室秘书): the office then names a post of the government.
_OFFICE_POSTS = ("主任", "副主任", "秘书", "秘書", "科员", "工作人员")

# A name that begins with a bare unit (区民政局, 市第一中学, 县医院) is the local body of a place not written:
# a generic reference, like 本公司.
_UNIT_START = set("省市区县州镇乡區縣鎮鄉")
# Legal forms that may follow another suffix word in one name (某某集团有限公司, 某某证券股份有限公司).
_CHAIN_FORMS = ("有限公司", "股份有限公司", "有限责任公司", "有限責任公司", "（", "(")

# The noun of a generic reference (本公司, 我行, 贵院) that the walk took as the start of the name after it.
_DET_CHARS = frozenset("本我贵貴该該敝")  # 敝: the humble "our" of letters (敝公司, 敝行)
_APPOSITIVE = re.compile(r"(?:公司|司|集团|集團|银行|銀行|行|医院|醫院|院|学校|學校|校|单位|單位|所)")

# Ordinary words that end in a one-character suffix (大湾区布局 is a plan, not a bureau of 大湾区); none may be the
# end of a body's name (政局 ends 民政局, 全局 国家安全局, 设局 建设局, 工厂 化工厂: not listed).
_WORD_SUFFIX = frozenset("局厅廳厂廠")
_SUFFIX_WORDS = frozenset(
    "布局 格局 结局 結局 当局 當局 大局 饭局 飯局 骗局 騙局 开局 開局 出局 定局 时局 時局 僵局 残局 殘局 赌局 賭局 "
    "牌局 变局 變局 败局 敗局 棋局 终局 終局 迷局 困局 胜局 勝局 平局 破局 入局 搅局 攪局 "
    "大厅 大廳 客厅 客廳 餐厅 餐廳 展厅 展廳 门厅 門廳 舞厅 舞廳 歌厅 歌廳 前厅 前廳 "
    "出厂 出廠 进厂 進廠 回厂 回廠".split()
)


# Ordinary words that begin with a one-character suffix (怀宁县局部有雨: 局部 is "in places", not a bureau of 怀宁县).
_SUFFIX_OPENS = frozenset("局部 局势 局勢 局限 局促 厂房 廠房 厂家 廠家 厂商 廠商 厅堂 廳堂".split())
# The ends of a court's or procuratorate's name, before which a service window may be written.
_COURT_ENDS = frozenset({"法院", "法庭", "察院"})


# Single-character suffixes that also open the title of the body's head (局长, 院长, 厂长, 所长).
_HEAD_SUFFIX = frozenset([*"局厅院所厂校站部处行馆署店", "支队", "支隊", "大队", "大隊"])


def _body_near(text: str, pos: int, end: int, out: list[tuple[int, int, float]], floor: int = 0) -> bool:
    """Could the stem of the weak suffix ``text[pos:end]`` hold a public body's stem (_BODY_STEM)? The stem lies
    within _MAX_LEFT characters before ``pos`` and above the walk's ``floor``, or starts at the previous name when
    it merges with it (only when that name reaches into the walk and starts within _MERGE_SPAN of ``end``), so no
    match in that window means none in the stem: one search in C instead of the walk, for every 局 of a text.
    Bounded so: searching back to any earlier name made 局甲甲甲… after one name cost quadratic time."""
    low = max(0, pos - _MAX_LEFT, floor)
    if out and out[-1][0] < low < out[-1][1] and end - out[-1][0] <= _MERGE_SPAN:
        low = out[-1][0]
    return _BODY_STEM.search(text, low, pos) is not None


def _left_above(text: str, floor: int, pos: int, legal: bool) -> int:
    """`_left` as if the text began at ``floor``: the walk of a suffix after padding or in a crowd (see
    detectors.nlp.density) reads no further back, so its work is bounded by the gap and not by _MAX_LEFT. The
    slice runs a few characters past the suffix's start, as far as the dictionary and place look-ups read."""
    return floor + _left(text[floor : pos + 8], pos - floor, legal)


def _chinese(text: str) -> list[tuple[int, int, float]]:
    out: list[tuple[int, int, float]] = []
    last_end = -1
    for m, m_start, _, floor in with_floors(_SUFFIX_RE.finditer(text), _MAX_LEFT, _CROWD_LIMIT, _CROWD_PASSES):
        if m_start < last_end:
            continue
        if floor != NONE and m_start - floor < 2 and not (out and out[-1][1] > floor):
            continue  # a stem of one character or none above the floor (and no name before to merge with)
        suffix = m.group()
        bank = _bank_start(text, m.end(), max(floor, 0)) if suffix == "银行" else -1
        if bank >= 0 and text[bank : m.end()] in _BANK_KINDS:
            bank = -1  # 浙江萧山农村商业银行: a kind of bank, named by the place before it (walked like any name)
        if suffix in _WORD_SUFFIX and (text[m.start() - 1 : m.end()] in _SUFFIX_WORDS
                                       or text[m.start() : m.end() + 1] in _SUFFIX_OPENS):
            continue  # 布局, 格局, 大厅, 局部: an ordinary word that ends or begins with the suffix character
        if suffix in _HEAD_SUFFIX and text.startswith(("长", "長"), m.end()):
            continue  # 区民政局局长, 院长: the character opens the title of the body's head, not a name
        weak = suffix in _WEAK_SUFFIX and suffix not in ("公司", "集团")
        if weak and not _body_near(text, m.start(), m.end(), out, floor):
            continue  # 局, 厅, 厂 with no public body's stem within reach: no walk needed to say no
        if suffix in _PLACE_LED and _UNIT_NEAR.search(text, max(0, m.start() - 16, floor), m.start()) is None:
            continue  # 书店, 饭馆, 客服中心 with no division's unit within reach: no walk needed to say no
        legal = suffix in _LEGAL or text.startswith(_CHAIN_FORMS, m.end())
        # 某某律师事务所受某某有限公司委托: a name that ends in its legal form is whole; the next one starts after
        # it, past the verb or preposition between them (one walk, from that end)
        closed = NONE
        if out and m.start() - out[-1][1] < _MAX_LEFT and _complete(text, out[-1][1]):
            closed = out[-1][1]
        if bank >= 0:
            start = bank
            if legal:
                walked = _left(text, bank, True) if bank > 0 else bank
                if walked < bank and _place_at(text, walked):
                    start = walked  # 深圳市前海微众银行股份有限公司: the bank's registered place before its name
        elif floor == NONE and closed == NONE:
            start = _left(text, m.start(), legal)
        else:
            start = _left_above(text, max(floor, closed), m.start(), legal)
        merge = bool(out) and start < out[-1][1]
        if merge and m.start() - out[-1][1] == 1 and text[m.start() - 1] in _LEAD_SINGLE:
            continue  # 某某学院来公司: a verb of motion between a name and a bare suffix word is no name of its own
        if merge and m.end() - out[-1][0] > _MERGE_SPAN:
            merge, start = False, out[-1][1]  # no organisation name runs on for 48 characters
        if merge:
            start = out[-1][0]
        # 本公司台灣某某股份有限公司, 本院北京某某医院: the generic reference before the name is no part of it
        det = start + 1 if text[start : start + 1] in _DET_CHARS else start if start and text[start - 1] in _DET_CHARS else -1
        gen = _APPOSITIVE.match(text, det, m.start()) if det >= 0 and not merge else None
        if gen and gen.end() < m.start():
            start = gen.end()
        if suffix in _SOCIETIES and start > m.start() - _SOCIETY_REACH:
            start = _society_start(text, start, m.start(), max(floor, out[-1][1] if out else 0, 0))
        if suffix in _CHAIN_NAMED or suffix in ("委员会", "委員會") and text[m.start() - 2 : m.start()] in _COMMUNITY_ENDS:
            low = max(floor, out[-1][1] if out else 0, 0)  # never back into the name before (某办事处联合某居委会)
            start = _chain_start(text, start, m.start(), low)  # 某县某镇上坪村村委会: the village under its chain
        stem = text[start : m.start()]
        # a whole field value (寄件方：电子科技大学  客服) names one organisation even when its stem
        # is made of ordinary words
        end0 = m.end()
        field = (start == 0 or text[start - 1] in "：:\"'「“\n\t ") and (end0 == len(text) or not (_is_cjk(text[end0]) or text[end0] in ":："))
        labelled = any(lm.end() == start for lm in LABEL_RE.finditer(text, max(0, start - 12), start))
        if not any(ch.isalnum() for ch in stem) or _blank_before(text, start, m.start()):
            continue  # （████）有限公司, ***公司, XX有限公司: a masked or placeholder name names nobody
        if not (bank >= 0 or _specific(stem, legal or field or labelled)) or _generic_tail(stem):
            continue
        if text[m.end() : m.end() + 1] in _COLONS and not (legal or bank >= 0 or _heading(text, start, stem)):
            continue  # 转出医院：, 公司：: a field label
        if suffix in _WEAK_SUFFIX and suffix not in ("公司", "集团") and (
            not _BODY_STEM.search(stem) or _LINE_ONLY.fullmatch(_undetermined(stem))
        ):
            continue
        if suffix in ("公司", "集团") and len(stem) < 2:
            continue
        if suffix in _COMMITTEES and (not all(_is_cjk(c) for c in stem) or stem[-1:] in STOP_CHARS or stem[-1:] in _LEAD_SINGLE):
            continue  # 请于7日内向村委会反映: the committee of a village or community named by no name
        if suffix in _PLACE_GENERIC and _place_only(_undetermined(stem)):
            continue  # 北京总公司, 上海分公司, 一家日本公司, 黄山办事处: a place and a generic noun name no organisation
        head = start + len(stem) - len(_undetermined(stem))
        if not merge and text[head : head + 1] in _UNIT_START and not _full_place_at(text, head):
            continue  # 区城管局, 全市中小学: the body of a place left unsaid
        if suffix in ("检查站", "檢查站") and not _place_at(text, head):
            continue  # 高速公路检查站: a checkpoint of no named place
        if suffix in _PLACE_LED:
            k = _places_len(text, head, m.start())
            rest = text[head + k : m.start()]
            if not k or merge or suffix in _PLACE_NAMED and (len(rest) < 2 or rest in lexicon.words()):
                continue  # 某某便利店, 客户服务中心, 宜昌市便利店: no place, or a place and a kind (便利) but no name
        end = m.end()
        # 中国建设银行上海中关村支行, 某某有限公司北京分公司; and 集团 + 有限公司 chains
        while True:
            nxt = _SUFFIX_RE.match(text, end)
            if nxt and nxt.group() in ("有限公司", "股份有限公司", "有限责任公司", "公司"):
                end = nxt.end()
                continue
            pf = _PARTNERSHIP.match(text, end) or _CAMPUS.match(text, end)
            if pf:
                end = pf.end()
                continue
            br = _BRANCH_RE.match(text, end)
            if br and _COURTROOM.fullmatch(br.group()):
                break  # 某某人民法院第三法庭: a numbered courtroom is a room of the court, not a tribunal of its own
            if br and text[end - 2 : end] in _COURT_ENDS and _COURT_WINDOW.fullmatch(br.group()):
                break  # 某某人民法院诉讼服务中心: the court's service window
            if text[end - 4 : end] == "人民政府" and text.startswith(("办公室", "辦公室"), end) \
                    and not text.startswith(_OFFICE_POSTS, end + 3):  # 人民政府办公室主任: a post of the government
                end += 3  # 某县人民政府办公室: the government's general office is a body of its own
                continue
            if text[end - 3 : end] in ("委员会", "委員會") and text[start : start + 2] in ("中共", "中国", "共青") \
                    and (pd := _PARTY_DEPT.match(text, end)) is not None:
                end = pd.end()  # 中共某市委员会宣传部: a department of a party committee is a body of its own
                continue
            if br and not any(c in "的是在了我你他她它们为与及" for c in br.group()) and not _acts(br.group()):
                end = br.end()
                continue
            break
        score = 0.8 if suffix not in _WEAK_SUFFIX or legal else 0.65  # 某某集团有限公司 is a legal name
        if suffix in ("村委会", "村委會") and end == m.end():
            score = 0.7  # 某县某乡某村村委会 under its divisions is also the village's address, which wins
        if legal and (field or labelled):
            score = 0.9  # a whole field value in its legal form: a surname-like brand in it (蓝鲸) is no person
        if merge:
            score = max(score, out.pop()[2])
        out.append((start, end, score))
        last_end = end
    return out

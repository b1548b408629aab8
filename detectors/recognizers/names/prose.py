"""Full names in running prose cued by a word that is no form label (eleventh round, docs/detectors.md
"names in prose"): hand-overs (改为某某, 交给严谨跟进), roles and aliases (理赔专员某某, 原名某某), kin (其父某某),
times (22时许，某某), right-hand cues (某某老人, 某某于昨日病逝, 某某的社保卡), homes (在某某家), 受某某委托, and the
people met or talked with (和田园聊了聊).

One prefix-tree regex finds every cue literal in one pass; the name is confirmed on its own few characters with
plausible() and must end where a name ends, as after the other cues.
"""
from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from detectors.nlp import fastre, lexicon, substring, trie
from detectors.recognizers.names.core import (
    AMBIGUOUS, MEDIUM, STRONG, _Hit, _PREP_SURNAMES, _RUN, _SUR, _TOP_SURNAMES, _alts, _is_cjk, _sur_len,
)
from detectors.recognizers.names.cues import _NOT_NAME_TAGS, _PROSE_IS, _PROSE_OPEN
from detectors.recognizers.names.plausible import (
    _clean_break, _given_ok, _name_ends, _starts_title, _village, best_name, plausible, role_noun,
)
from detectors.recognizers.names.titled import _post_glued


# Predicates only a person takes (接任, 请病假, 出差) and ones a person usually takes after a hand-over (负责, 处理).
_PERSON_ONLY = ("接任", "跟进", "签字", "请假", "请病假", "请事假", "请年假", "休假", "休年假", "休产假", "出差",
                "入职", "离职", "牵头", "对接")
_HANDOVER_PRED = _PERSON_ONLY + ("负责", "处理", "审批", "审核", "回复", "确认", "代管")
_HANDOVER_TIME = ("今天", "明天", "昨天", "后天", "上午", "下午", "晚上", "这周", "下周", "本周", "月底")
_HANDOVER_WORDS = ("转交给", "移交给", "交给", "转给", "交由", "由")
_HANDOVER_RE = re.compile(rf"(?:{'|'.join(_HANDOVER_WORDS)})(?P<n>{_SUR}{_RUN}{{1,2}})")
# A clause's subject before a person-only predicate, at the start of the text or after a clause mark. The mark is
# matched, not looked behind for: a pattern that starts with a character class lets `re` skip to the next mark in
# C, where a look-behind is tried at every character (4 ms -> 0.7 ms per 64 KB; names never hold a mark, so the
# matches are the same).
_SUBJECT = rf"(?P<n>{_SUR}{_RUN}{{1,2}})(?=(?:{_alts('|'.join(_HANDOVER_TIME))})?(?:{_alts('|'.join(_PERSON_ONLY))}))"
_SUBJECT_AT_START = re.compile(_SUBJECT)
_SUBJECT_AFTER_MARK = re.compile(rf"[，。；！？!?;\n：:“]{_SUBJECT}")


def _namelike_word(name: str, person_only: bool) -> bool:
    """安宁, 严谨, 金星: a name that is also a word, in a frame that asks for a person. A frequent noun, a role or a
    verb (银行, 客服, 处理) is what the frame holds instead; a place (安宁, 江山) only before a predicate no place
    takes (接任, 请假)."""
    sl = _sur_len(name, 0)
    if not sl or not 1 <= len(name) - sl <= 2 or not _given_ok(name[sl:], STRONG) or role_noun(name):
        return False
    if plausible(name, STRONG):
        return True
    entry = lexicon.words().get(name)
    if entry is None or entry.freq >= 2000 or not entry.tag.startswith(("nr", "ns", "nz", "a", "t", "n")):
        return False
    if entry.tag.startswith("ns") or name in lexicon.admin_short_names() or name in lexicon.admin_names():
        return person_only
    return True


# Time spent with someone (和安然聊了聊, 跟林森吃了顿饭, 和宁远通了个电话): what follows 和 / 跟 there is a person.
# Found from the activity (far rarer than 和), the name read backwards from it.
_COMPANY_CUES = ("聊了", "聊天", "聊过", "吃了", "吃饭", "吃个饭", "通了", "通电话", "打了个电话", "见了", "见面", "视频",
                 "约了", "约好")
_COMPANY_RE = re.compile(trie.pattern(_COMPANY_CUES))


def _company_names(text: str) -> Iterator[_Hit]:
    """和田园聊了聊: the person someone talked, ate or met with, even when the name is also a word."""
    for m in _COMPANY_RE.finditer(text):
        c = m.start()
        for k in (2, 3):
            s = c - k
            if s < 1 or text[s - 1] not in "和跟" or not _sur_len(text, s):
                continue
            if text[s - 2 : s] in lexicon.words():
                continue  # 暖和, 总和: the 和 closes a word
            if _namelike_word(text[s:c], True) and not _starts_title(text, s + _sur_len(text, s)):
                yield _Hit(s, c, MEDIUM)
                break


# What only a person does right after 由 + name (由于某某负责): 由于 (because) is never followed by them at once.
_YU_PRED = ("负责", "牵头", "主持", "提出", "接任", "跟进", "对接", "签字", "审批", "代管")


def _you_yu_name(text: str, s: int) -> int:
    """由于海洋负责对接: after 由, 于 + a given name that a person-only predicate follows at once is a name (the
    surname 于), not the word 由于; a full name after 由于 (由于张伟负责) keeps its own surname. The end, or -1."""
    if text[s] != "于" or text[s - 1 : s] != "由":
        return -1
    end = best_name(text, s, MEDIUM)
    if end < 0 or not text.startswith(_YU_PRED, end):
        return -1
    if text[s + 1] in _TOP_SURNAMES and best_name(text, s + 1, MEDIUM) == end:
        return -1  # 由于张伟负责: because Zhang Wei is in charge
    given = lexicon.words().get(text[s + 1 : end])
    if given is not None and (
        given.tag.startswith(_NOT_NAME_TAGS) or (given.tag in ("n", "a", "an", "vn", "ad") and given.freq >= 300)
    ):
        return -1  # 由于工作负责, 由于技术负责: because of a thing (海洋, 春生 stay given names)
    return end


def _handover_names(text: str) -> Iterator[_Hit]:
    """交给严谨跟进, 由安宁接任, 高山今天请病假: a hand-over names its recipient, and a clause whose predicate only a
    person takes names its subject, even when the name is also an ordinary word."""
    if "交" in text or "由" in text or "转" in text or "移" in text:
        # tried where its words start (memchr-speed finds of their first characters), not by a class scan
        for m in fastre.finditer_at(_HANDOVER_RE, text, substring.starts(text, _HANDOVER_WORDS)):
            s = m.start("n")
            if _starts_title(text, s + _sur_len(text, s)) or (
                text[s - 1 : s + 1] in lexicon.words() and _you_yu_name(text, s) < 0
            ):
                continue  # 由于老师请假: 由于 is "because"; 于老师 is a title form, found by the title rule
            for e in (s + 2, s + 3) if m.end("n") - s == 3 else (s + 2,):
                if e > len(text):
                    continue
                pred = next((p for p in _HANDOVER_PRED if text.startswith(p, e)), None)
                closed = e >= len(text) or text[e] in "。，；！\n" and m.group()[0] in "交转移"
                if (pred or closed) and _namelike_word(text[s:e], pred in _PERSON_ONLY):
                    yield _Hit(s, e, MEDIUM)
                    break
    first = _SUBJECT_AT_START.match(text)
    subjects = _SUBJECT_AFTER_MARK.finditer(text, first.end() if first else 0)
    for m in itertools.chain((first,) if first else (), subjects):
        s = m.start("n")
        if _starts_title(text, s + _sur_len(text, s)):
            continue
        for e in (s + 2, s + 3):
            if text.startswith(_HANDOVER_TIME, e):
                t = e + 2
            else:
                t = e
            if text.startswith(_PERSON_ONLY, t) and _namelike_word(text[s:e], True):
                yield _Hit(s, e, MEDIUM)
                break


# Written straight before a full name: verbs that hand something to a person or name the one who takes it
# over (对接人改为某某, 委托某某, 转告某某).
_PROSE_HANDOVER = (
    "改为", "改成", "换成", "换为", "变更为", "调整为", "改由", "交给", "交由", "转交", "移交", "委托", "转告", "告知", "告诉",
    "嘱咐", "指派", "派", "安排", "指定", "推荐", "邀请", "拜托", "托付",
    # a certificate's subject (兹证明某某，…; 兹证明某某同志系…)
    "兹证明", "茲證明",
)
# (更改为 / 更换为 are found from 改为 / 换为; cues that start with characters frequent in all prose (一, 公, 生, 事,
# 回, 提, 经, 小) are left out or found another way: every place such a character stands costs the scan.)
# Role nouns written before a full name in service messages and reports (我是理赔专员某某, 审计师某某); agent nouns
# in 员 / 师 are found by their last character (see _prose_role).
_PROSE_ROLES = ("专员", "客服", "顾问", "实习生", "前台", "保安", "代表", "店员", "同行")
# What someone is or was called (买家实名某某, 原名某某): the value is a name.
_PROSE_ALIAS = ("实名", "本名", "原名", "真名", "化名", "曾用名", "笔名", "艺名", "乳名", "昵称")
# A relative written before a full name in records (其父某某, 胞弟某某, 长子某某).
_PROSE_KIN = (
    "其父", "其母", "其妻", "其夫", "其子", "其女", "胞弟", "胞妹", "胞兄", "胞姐", "长子", "长女", "养父", "养母", "继父",
    "继母", "岳父", "岳母",
)
# A time of day opening a police or news report (22时许，某某驾驶): the clause after it starts with its subject.
_PROSE_TIME = ("时许，", "时许,", "时左右，", "时左右,")
_PROSE_BEFORE = _PROSE_HANDOVER + _PROSE_ROLES + _PROSE_ALIAS + _PROSE_KIN + _PROSE_TIME + ("员", "师", "父", "母")
# Written straight after a full name at the start of a clause: who the person is to a notice (某某老人, 某某同志,
# 某某家属), what news and obituaries say (某某于昨日病逝, 某某被评为), and the person's own documents
# (某某的社保卡, 某某的医保).
_PROSE_ELDER = (
    "老人", "老先生", "老太太", "老太", "老奶奶", "老大爷", "同志", "本人", "家属", "全家", "夫妇", "的家属", "的家人",
)
# Found with str.find rather than in the scan: 一 is the commonest character of all.
_PROSE_AFTER_LITERAL = ("一家",)
_PROSE_NEWS = (
    "于昨日", "于今日", "于近日", "于日前", "于本月", "于上月", "于当日", "于同日", "于1", "于2", "因病", "病逝", "逝世",
    "去世", "辞世", "被评为", "获评", "荣获", "告诉记者",
)
_PROSE_DOCS = tuple(
    "的" + w for w in (
        "社保卡", "社保", "身份证", "银行卡", "医保", "医保卡", "手机号", "户口", "户籍", "病历", "简历", "工资", "工资卡",
        "养老金", "公积金", "驾驶证", "驾照", "学籍", "档案", "护照", "账户", "房产证", "结婚证", "毕业证", "准考证",
        "体检报告", "征信", "退休金", "低保", "残疾证",
        # office papers of one employee (round 14n: 某某的报销单已经批了)
        "报销单", "请假条", "请假单", "工牌", "考勤",
    )
)
_PROSE_KIN_OF = ("之子", "之女", "之妻", "之夫", "之父", "之母")
_PROSE_AFTER = _PROSE_ELDER + _PROSE_NEWS + _PROSE_DOCS + _PROSE_IS + _PROSE_KIN_OF
_PROSE_KIN_OF_SET = frozenset(_PROSE_KIN_OF)
_PROSE_BEFORE_SET = frozenset(_PROSE_BEFORE)
# Words a clause goes on with right after the name of the one told or sent (转告某某明早开会, 告诉某某一声).
_PROSE_NEXT = ("明早", "明晚", "明日", "今早", "今晚", "今日", "一声", "马上", "尽快", "立即", "务必", "记得", "带", "去", "来")
_PROSE_STRONG = frozenset(_PROSE_ALIAS + _PROSE_KIN)
_PROSE_RE = re.compile(trie.pattern(_PROSE_BEFORE + _PROSE_AFTER))
# Where the name before 之子 / 之女 may start: a clause edge, or right after 系 / 是 / 为 (某某系张某之子).
_PROSE_KIN_OPEN = _PROSE_OPEN | frozenset("系是为")
# A character after a role noun that makes it a compound noun (律师费, 工程师证, 客服部), not a name.
_ROLE_COMPOUND = frozenset("费证书所部处室楼站网团队界们")


def _prose_start_ok(text: str, s: int, opens: frozenset[str] = _PROSE_OPEN) -> bool:
    """Is ``s`` the start of a clause (a name heading it is its subject)?"""
    return s == 0 or text[s - 1] in opens or (text[s - 1].isdigit() and s >= 2 and text[s - 2] in ". ")


def _prose_after_name(text: str, p: int, opens: frozenset[str] = _PROSE_OPEN) -> _Hit | None:
    """The full name that ends at ``p`` where a right-hand cue begins (某某老人, 某某的社保卡), or None."""
    for s in (p - 3, p - 2, p - 4):
        if s < 0 or not _sur_len(text, s) or not _prose_start_ok(text, s, opens):
            continue
        if _sur_len(text, s) == 1 and (text[s] in AMBIGUOUS or text[s] in _PREP_SURNAMES):
            continue
        if best_name(text[:p], s, MEDIUM) == p:
            return _Hit(s, p, MEDIUM)
    return None


def _prose_role(text: str, p: int) -> bool:
    """员 / 师 at ``p`` closes an agent noun (理赔员, 审计师) rather than a word in which 员 / 师 is followed by more."""
    return p > 0 and _is_cjk(text[p - 1]) and text[p - 1] not in "人成官动全职"


def _prose_before_name(text: str, cue: str, p: int, q: int) -> _Hit | None:
    """The full name right after a left-hand cue ``cue`` spanning [p, q), or None."""
    if cue in _PROSE_ALIAS and text[q : q + 1] in ("为", "是", "：", ":"):
        q += 1  # 实名为某某, 原名：某某
    if q >= len(text) or not _sur_len(text, q):
        return None
    if cue in ("父", "母"):
        # 熊父熊建华: the surname, 父 / 母, then the parent's full name with the same surname
        if p == 0 or text[p - 1] != text[q] or (p >= 2 and _is_cjk(text[p - 2]) and text[p - 2] not in _PROSE_OPEN):
            return None
    elif cue in ("员", "师") and not _prose_role(text, p):
        return None
    if cue in _PROSE_TIME and (p == 0 or not text[p - 1].isdigit()):
        return None
    strength = STRONG if cue in _PROSE_STRONG or cue in ("父", "母") else MEDIUM
    if _sur_len(text, q) == 1 and (
        text[q] in _PREP_SURNAMES or (text[q] in AMBIGUOUS and cue in _PROSE_HANDOVER + _PROSE_TIME)
    ):
        return None  # 改为和, 安排时间: after a verb these are words; after a role noun (专员游芳) a surname
    glue = lexicon.words().get(text[q - 1 : q + 1])
    if glue is not None and glue.freq >= 500 and not glue.tag.startswith("nr") and cue not in ("父", "母"):
        return None  # 原名单: the cue's last character and the next one are a common word (名单)
    if text[q] in _ROLE_COMPOUND and cue not in _PROSE_HANDOVER:
        return None
    if cue not in ("父", "母") and _post_glued(text, p, q):
        return None  # 师范, 派出: the cue's last character makes a word with the next one
    end = best_name(text, q, strength if strength < STRONG else MEDIUM)
    if end < 0 and strength == STRONG:
        end = best_name(text, q, STRONG)
    if text.startswith(_PROSE_ROLES, q + 1) or text.startswith(_PROSE_ROLES, end - 1):
        return None  # 经纪人张顾问: the surname and a role noun, an honorific found elsewhere
    if (
        end - q == 2 and _is_cjk(text[end : end + 1]) and not _name_ends(text, end)
        and lexicon.given_weights().get(text[end], 0) >= 200 and plausible(text[q : end + 1], MEDIUM)
    ):
        return None  # 委托温志明代表: two characters only because 明代 is a word, but 明 often ends a name; undecided
    if end - q == 3 and text.startswith(_PROSE_TIME_NEXT, end - 1) and plausible(text[q : end - 1], MEDIUM):
        end -= 1  # 告诉王峰明早: 明早 is the time, the name is two characters
    if end < 0 or not (_name_ends(text, end) or _clean_break(text, end) or text.startswith(_PROSE_NEXT, end)):
        return None
    tag = lexicon.words().tag_of(text[q:end])
    if tag is not None and tag.startswith(_NOT_NAME_TAGS) and strength < STRONG:
        return None  # 主任医师查房: after an agent noun, a verb the dictionary lists (查房, 会诊), not 查 + a given name
    if end - q == 2 and _is_cjk(text[end : end + 1]) and not _name_ends(text, end):
        nxt = text[end : end + 2]
        if nxt in lexicon.words() and text[end - 1 : end + 1] in lexicon.words():
            return None
    return _Hit(q, end, strength)


def _prose_names(text: str) -> Iterator[_Hit]:
    """Full names in running prose cued by a word that is no form label (改为, 理赔专员, 实名, 其父, 22时许，
    before; 老人, 同志, 于昨日病逝, 的社保卡 after)."""
    for m in _PROSE_RE.finditer(text):
        cue = m.group()
        if cue in _PROSE_BEFORE_SET:
            hit = _prose_before_name(text, cue, m.start(), m.end())
        else:
            hit = _prose_after_name(text, m.start(), _PROSE_KIN_OPEN if cue in _PROSE_KIN_OF_SET else _PROSE_OPEN)
        if hit is not None:
            yield hit
    for cue in _PROSE_AFTER_LITERAL:
        p = text.find(cue)
        while p >= 0:
            hit = _prose_after_name(text, p)
            if hit is not None:
                yield hit
            p = text.find(cue, p + len(cue))
    yield from _entrusted_by(text)
    yield from _home_names(text)


# Someone's home (round 14n): 住在朋友某某家, 今晚在某某家吃饭. A word that places one there before the name, 家
# after it, and then the clause's end or what one does at a home.
_HOME_BEFORE = ("在", "去", "到", "回", "朋友", "同事", "亲戚", "邻居", "同学")
_HOME_NEXT = frozenset("的里吃住玩做过坐，,。；;！!？?、 \n")


def _home_names(text: str) -> Iterator[_Hit]:
    """A full name between a word that places someone (在, 去, 朋友 ...) and 家 ending the phrase."""
    p = text.find("家", 2)
    while p >= 0:
        if p + 1 >= len(text) or text[p + 1] in _HOME_NEXT:
            for s in (p - 3, p - 2):
                if s < 1 or not text.endswith(_HOME_BEFORE, max(0, s - 2), s) or not _sur_len(text, s):
                    continue
                if _sur_len(text, s) == 1 and (text[s] in AMBIGUOUS or text[s] in _PREP_SURNAMES):
                    continue
                if best_name(text[:p], s, MEDIUM) == p and not _village(text[s : p + 1], _sur_len(text, s)):
                    yield _Hit(s, p, MEDIUM)
                    break
        p = text.find("家", p + 1)


def _entrusted_by(text: str) -> Iterator[_Hit]:
    """The client in 受某某委托 (a lawyer's letter, a power of attorney): a full name between 受 and 委托."""
    p = text.find("委托")
    while p >= 0:
        for s in (p - 3, p - 2, p - 4):
            if s < 1 or text[s - 1] != "受" or not _sur_len(text, s):
                continue
            if _sur_len(text, s) == 1 and (text[s] in AMBIGUOUS or text[s] in _PREP_SURNAMES):
                continue
            if best_name(text[:p], s, MEDIUM) == p:
                yield _Hit(s, p, MEDIUM)
                break
        p = text.find("委托", p + 2)


# Time words whose first character also ends given names (通知吕文明早开会): the name ends before them.
_PROSE_TIME_NEXT = ("明早", "明晚", "明日", "今早", "今晚", "今日")

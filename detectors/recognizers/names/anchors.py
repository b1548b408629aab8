"""The anchor patterns of the Chinese scan and the joint scan that finds all their places in one pass.

Nine patterns (a label, a post before a name, a title after one, a preposition, an isolated run, a clause
verb after a name, a signature, a Tibetan name element, a news or notice cue) each cost a class test of every
character if run alone; _joint_scan runs one union pattern and records where each member matches. Separate
because both the forms that read these matches and the recognizer that runs the scan need them.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from detectors.nlp import trie
from detectors.recognizers.names.bare import _BARE_SURNAMES, bare_pattern
from detectors.recognizers.names.core import (
    CJK, _RUN, _SUR, _SUR_CHARS, _alts, _char_class, _class_start, _firsts, _trie_start,
)
from detectors.recognizers.names.cues import LABELS, TITLES, _FOLLOW_WORDS, _SPEECH_WORDS


# One prefix tree over both label lists, so the pattern starts with its literals and ``re`` skips to
# label characters in C. Same matches as roles-then-relations: no word is in both lists, and where a
# word of one begins a word of the other (法人 / 法人代表) the longer one is a role, tried first either way.
_LABEL_RE = re.compile(
    rf"(?P<label>{_alts(LABELS)})(?:[0-9０-９]{{1,2}})?(?P<sep>(?:是|为|叫|[:：=]|[ \t]){{0,3}})[\"'“‘「]?"
    rf"(?P<n>(?:阿|{_SUR}){_RUN}{{1,3}})"
)
_SIGN_WORDS = ("此致", "敬礼", "顺颂商祺", "祝好", "谢谢")
_SIGNATURE_RE = re.compile(
    rf"(?:{'|'.join(_SIGN_WORDS)})[!！。，,]?\s*\n(?:敬礼[!！]?\s*\n)?\s*(?P<n>{_SUR}{_RUN}{{1,3}})(?![{CJK}])"
)
# A job title written before the name: 客户经理王小明, 主治医生刘敏, CEO 陈志强.
TITLES_BEFORE = (
    "董事长|副总经理|总经理|总裁|总监|经理|主任|主管|老师|医生|大夫|护士|律师|教授|记者|工程师|会计|秘书|助理|同事|"
    "司机|师傅|局长|处长|科长|部长|院长|校长|书记|组长|队长|警官|CEO|CTO|CFO|COO|VP|HR|"
    # kinship and relation nouns written straight before a name: 我老婆某某, 男方某某, 本人某某
    "老婆|老公|妻子|丈夫|爱人|媳妇|儿子|女儿|父亲|母亲|爸爸|妈妈|哥哥|姐姐|弟弟|妹妹|男友|女友|男朋友|女朋友|"
    "未婚夫|未婚妻|男方|女方|本人|客户|"
    # posts and roles written straight before a name in minutes, records and notices
    "支书|村支书|主席|副主席|厂长|店长|护士长|医师|主任医师|主治医师|住院医师|班主任|辅导员|民警|法官|检察官|"
    # heads of government written before their names in news and notices (副市长某某, 县长某某)
    "市长|省长|县长|区长|镇长|乡长|"
    "审判长|审判员|书记员|陪审员|侦查员|研究生|博士生|硕士生|孩子|导师|领队|"
    # who someone is to the writer or in the story: 他太太某某, 前直属领导某某, 市民某某, 被告人某某
    "太太|夫人|领导|记者|目击者|被告人|商务|法务|销售|业务|我司|"
    # members, pupils and staff in records and reports: 员工某某, 徒弟某某, 主刀某某, 之女某某, 值班某某
    "员工|职工|徒弟|师父|学生|选手|球员|队员|教练|主教练|主刀|传承人|之女|之子|之妻|之夫|之父|之母|"
    "家属|市民|村民|居民|值班|志愿者|保姆|室友|邻居|房东|租客|网友|老板|老板娘|店主|摊主|"
    # service records: the user who called and the agent who answered (用户某某反映, 坐席某某在通话中)
    "用户|坐席|"
    # who wrote, signed or paid in reviews, posts and expense papers: 作者某某, 署名某某, 出纳某某, 朋友某某
    "作者|署名|出纳|朋友|店员|导购"
)
_TITLES_BEFORE_SET = frozenset(TITLES_BEFORE.split("|"))
_TITLE_BEFORE_RE = re.compile(rf"(?:{_alts(TITLES_BEFORE)})[ \u3000]?(?=(?P<n>{_SUR}{_RUN}{{1,3}}))")
# Titles right after a Chinese character (王总, 张伟经理), every one, overlapping ones too (总经理 and
# 经理): matched, and the look-behind checked after the first character, so ``re`` skips to title
# characters in C; the scan resumes one character after each title (fastre.finditer_overlapping).
_TITLE_AFTER_CJK_RE = re.compile(trie.pattern(TITLES.split("|"), after_first=f"(?<=[{CJK}].)"))
_PREP_WORDS = "叫上|喊上|约上|和|跟|与|同|给|找|叫|问|请|让|被|把|向|对|由|经|是|见|约|代|通知|联系|感谢|拜访|致电|麻烦"
_PREP_RE = re.compile(rf"(?:{_PREP_WORDS})(?=(?P<n>(?:阿|{_SUR}){_RUN}{{1,3}}))")


# A short run of its own. "Not after a Chinese character" is checked once the first character is
# matched, (?<![CJK].), not before it: a pattern that starts with a look-behind makes ``re`` enter the
# matcher at every position, one that starts with a character class lets it skip to candidates in C
# (see detectors/nlp/fastre.py).
_ISOLATED_RE = re.compile(rf"(?P<n>{_SUR}(?<![{CJK}].){_RUN}{{1,3}})(?![{CJK}])")
_VERB_RE = re.compile(
    rf"(?P<n>{_SUR}{_RUN}{{1,3}})(?=[{''.join(sorted({w[0] for w in _FOLLOW_WORDS + _SPEECH_WORDS}))}])(?={trie.pattern(_FOLLOW_WORDS + _SPEECH_WORDS)})"
)


# The least common character of each Tibetan name element (by jieba word frequency): every name holds
# one, and they are rare in other text, so the element pattern is tried only around them
# (tests/detectors check that every element of tibetan_name_parts.txt holds one).
TIBETAN_GATE = "丹仁勒吉嘉嘎培堆央姆娃巴庆扎措旦旺普朗朵村杰桑洛玛珍珠琼瓦登益索罗让贡"
_TIBETAN_GATE_RE = re.compile(f"[{TIBETAN_GATE}]")


# Twelfth round (narrative.py): news and notice cues, here to join _joint_scan.
# Written straight after a name in news, bulletins and notices (某某获得, 某某主持, 某某等同志, 某某在《…》中).
_NARR_AFTER = (
    "获得", "获评", "被评为", "荣获", "当选", "被授予", "主持", "协助", "牵头", "辞去", "不再担任", "等同志", "笔下", "所言",
    "所说", "则指出", "则强调", "则表示", "则认为", "为镜", "为范", "为榜样", "考核合格", "调任", "接任", "分享了",
)
# Written straight before a name in notices, citations and congratulations (任命某某为, 授予某某, 正如某某所言).
_NARR_BEFORE = ("任命", "聘任", "授予", "祝贺", "恭喜", "表彰", "笔下的", "正如", "引用", "分享了", "免去", "提任", "拟任")
_NARR_RE = re.compile(trie.pattern(_NARR_AFTER + _NARR_BEFORE))


# The class-led scans of _chinese_hits in one pass: each costs a class test of every character of the text
# before it tries anything, so one scan of the union replaces nine. Each member is a one-character pattern
# that matches exactly where its own pattern does (see _trie_start); at every place one of them matches,
# the members whose first characters hold that character are tried, each with its own finditer bookkeeping.
(_J_LABEL, _J_TITLE_BEFORE, _J_TITLE_AFTER, _J_PREP, _J_ISOLATED, _J_VERB, _J_SIGNATURE, _J_TIBETAN, _J_NARR,
 _J_BARE) = range(10)
# Seventeenth round (bare.py): a name with no cue, after a clause opener or an object verb.
_BARE_RE = bare_pattern()


_JOINT: list[tuple[re.Pattern[str], frozenset[str], str]] = [
    (_LABEL_RE, _firsts(LABELS.split("|")), _trie_start(_LABEL_RE, LABELS.split("|"))),
    (
        _TITLE_BEFORE_RE, _firsts(TITLES_BEFORE.split("|")),
        _trie_start(_TITLE_BEFORE_RE, TITLES_BEFORE.split("|")),
    ),
    (_TITLE_AFTER_CJK_RE, _firsts(TITLES.split("|")), _trie_start(_TITLE_AFTER_CJK_RE, TITLES.split("|"))),
    (_PREP_RE, _firsts(_PREP_WORDS.split("|")), _class_start(_firsts(_PREP_WORDS.split("|")), _PREP_RE)),
    (_ISOLATED_RE, _SUR_CHARS, _class_start(_SUR_CHARS, _ISOLATED_RE)),
    (_VERB_RE, _SUR_CHARS, _class_start(_SUR_CHARS, _VERB_RE)),
    (_SIGNATURE_RE, _firsts(_SIGN_WORDS), _class_start(_firsts(_SIGN_WORDS), _SIGNATURE_RE)),
    (_TIBETAN_GATE_RE, frozenset(TIBETAN_GATE), _char_class(TIBETAN_GATE)),
    (_NARR_RE, _firsts(_NARR_AFTER + _NARR_BEFORE), _trie_start(_NARR_RE, _NARR_AFTER + _NARR_BEFORE)),
    (_BARE_RE, _BARE_SURNAMES, _class_start(_BARE_SURNAMES, _BARE_RE)),
]
_JOINT_FIRST = frozenset().union(*(first for _, first, _ in _JOINT))
_JOINT_RE = re.compile(f"{_char_class(_JOINT_FIRST)}(?<=(?:{'|'.join(start for _, _, start in _JOINT)}))")
_JOINT_BY_CHAR = {c: tuple(k for k, (_, first, _) in enumerate(_JOINT) if c in first) for c in _JOINT_FIRST}
# Members whose matches are wanted at every place, overlapping ones too (fastre.finditer_overlapping); the
# Tibetan gate is one character, its places are all the caller needs.
_JOINT_OVERLAPPING = frozenset([_J_TITLE_AFTER, _J_TIBETAN])


def _joint_scan(text: str) -> list[list[int]]:
    """For each member of _JOINT, where the matches of its scan in _chinese_hits start: ``finditer``'s
    (every place for _J_TITLE_AFTER and _J_TIBETAN, overlapping ones too), from one scan of the text.

    Offsets, not match objects: thousands of live matches in a long text would each count towards the
    cyclic garbage collector's next run (measured: 7x the collections at 1 MB); _joint_matches makes each
    one again when it is used."""
    out: list[list[int]] = [[] for _ in _JOINT]
    resume = [0] * len(_JOINT)  # where each member's finditer would search next
    for g in _JOINT_RE.finditer(text):
        q = g.start()
        for k in _JOINT_BY_CHAR[text[q]]:
            if q < resume[k]:
                continue
            if k == _J_TIBETAN:
                out[k].append(q)
                continue
            m = _JOINT[k][0].match(text, q)
            if m is not None:
                out[k].append(q)
                if k not in _JOINT_OVERLAPPING:
                    resume[k] = m.end()
    return out


def _joint_matches(k: int, text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """The matches of member ``k`` of _JOINT at ``starts`` (from _joint_scan), one at a time."""
    match = _JOINT[k][0].match
    for q in starts:
        m = match(text, q)
        if m is not None:  # always: the scan found a match there
            yield m

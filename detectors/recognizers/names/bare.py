"""Names with no cue word at all (round 17): the subject of a sentence (某某昨天把合同寄出去了), someone helped,
stood in for or taken along (帮某某改简历, 替某某值班, 陪某某去银行), someone talked about with a group word or a
particle (某某那边, 某某他们, 某某呢), a letter's salutation by given name (晓东：), and the Hong Kong forms of address
surname + 生 / 太 (陳生, 黃太).

No word vouches for these names, so the name itself must: a common single surname that is no particle, two given-
name characters that are common in names, and together no dictionary word or place (_bare). Only where a clause
starts (or after 帮 / 替 / 陪 / 带 / 看到 ...) and only where nothing glues the name into a longer word.
"""
from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator

from detectors.nlp import lexicon
from detectors.recognizers.names.core import (
    AMBIGUOUS, CJK, MEDIUM, _Hit, _PREP_SURNAMES, _SINGLE, _TOP_SURNAMES, _char_class, _is_cjk, _sur_len,
)
from detectors.recognizers.names.cues import (
    _FOLLOW_WORDS, _INNER_SPEECH, _LABEL_SET, _NOT_NAME_TAGS, _TRIGGER_FIRST, BAD_GIVEN, FOLLOW,
)
from detectors.recognizers.names.plausible import _after_name_word, _glued, _starts_title, plausible, role_noun

# How often (given_chars.txt weights) the given-name characters of a name with no cue must appear in given names:
# each at least _GIVEN_LOW, one at least _GIVEN_HIGH (秀 681, 春 288); words' characters (质 10, 量 8, 鸡 15, 房 25)
# stay below, and so do a few name characters (晖 15, 佑 27): those names need a cue.
_GIVEN_LOW, _GIVEN_HIGH = 30, 100
# A given name standing alone, with no surname to vouch for it: both characters common in given names.
_ALONE_WEIGHT = 50
# Single surnames that are far more often a conjunction or a prefix at a clause's start (但希望, 阿莫西林).
_CONJUNCTION_SURNAMES = frozenset("但阿")
# The surnames a name with no cue may start with.
_BARE_SURNAMES = frozenset(_SINGLE - AMBIGUOUS - _PREP_SURNAMES - _CONJUNCTION_SURNAMES)
# Characters that say what a name is called, never part of one (房东姓庄, 名叫).
_NAMING = frozenset("姓名称叫")
# Said of a person right after the name (某某那边, 某某他们, 某某呢): a name jieba also lists (杨建华, a famous
# namesake; 周大福, a brand) counts before these only.
_PERSON_NEXT = ("那边", "这边", "他们", "她们", "俩", "仨", "两口子", "俩口子", "一家", "这个人", "本人", "呢", "啊", "吧", "呀")


@functools.lru_cache(maxsize=16384)
def _bare(name: str, listed: bool = False) -> bool:
    """Is ``name`` a person's name on its own evidence: a single surname that is no particle or morpheme, two
    given-name characters common in names, the whole no dictionary word, place or role? ``listed``: a name jieba
    lists as a person (rarely) counts too."""
    if len(name) != 3 or name[0] not in _BARE_SURNAMES or _sur_len(name, 0) != 1:
        return False  # 欧阳娜: a compound surname's first character
    weights = lexicon.given_weights()
    given = name[1:]
    if any(weights.get(ch, 0) < _GIVEN_LOW or ch in BAD_GIVEN or ch in FOLLOW or ch in _NAMING for ch in given):
        return False
    if max(weights.get(ch, 0) for ch in given) < _GIVEN_HIGH or given[1] == "小":
        return False  # 王家小馆: 小 opens given names (小红), it does not end them
    table = lexicon.words()
    word = table.get(given)
    if word is not None and word.tag.startswith(_NOT_NAME_TAGS) and word.freq >= 100:
        return False  # 但希望, 于是乎: the "given name" is a verb, an adverb, a pronoun ...
    entry = table.get(name)
    if entry is not None and not (listed and entry.tag.startswith("nr") and entry.freq < 300):
        return False  # 周大福, 张小泉, 高露洁: jieba lists brands and famous namesakes, which need a cue
    return plausible(name, MEDIUM) and not role_noun(name)


def _person_next(text: str, e: int) -> bool:
    """Is what follows ``e`` said of a person only (那边, 他们, 呢, a verb that follows names)?"""
    return text.startswith(_PERSON_NEXT, e) or _after_name_word(text, e)


def _free_after(text: str, e: int) -> bool:
    """Nothing after ``e`` glues the name's last character into a word (王建华为: 华为 is a brand), starts a word
    that follows names (樊静则认为: 则认为 opens the clause, the name is 樊静) or runs a transliteration on
    (伊斯坦布尔)."""
    if e >= len(text) or not _is_cjk(text[e]):
        return True
    last = e - 1
    if text[last] in _TRIGGER_FIRST and (text.startswith(_FOLLOW_WORDS, last) or text.startswith(_INNER_SPEECH, last)):
        return False
    if all(c in _translit() for c in text[e - 3 : e + 1]):
        return False
    table = lexicon.words()
    for w in (text[e - 1 : e + 1], text[e - 2 : e + 1]):
        entry = table.get(w)
        if entry is not None and entry.freq >= (100 if entry.tag.startswith("nr") else 20):
            return False  # 温馨提示, 蓝天白云: the last character makes a word with the next
    for w in (text[e - 3 : e + 1], text[e - 3 : e + 2]):
        if w in table or w in lexicon.admin_short_names():
            return False  # 乌兰察布, 江河湖海: the name is the head of a longer word or place
    return not _starts_title(text, e - 1)


# What may stand right before a name with no cue: a mark, a line break, white space, an opening quote or bracket, a
# list number's dot or bracket (a clause starts, so the name is its subject); a verb whose object is a person (帮某某
# 改简历, 替某某值班, 陪某某去银行, 带某某熟悉仓库, 看到某某的留言, 配合某某完成, 在一楼等某某, 今收到某某交来); a word that opens a
# clause or the next item of one (或者某某, 后来某某也来了, 最后某某拍板).
_OPENERS = frozenset("，,。；;！!？?：:、“「（(】)）.．\n \t\u3000")
_OBJECT_ONE = frozenset("帮替陪带催喊等")
_OBJECT_TWO = (
    "看到", "见到", "遇到", "碰到", "配合", "协助", "提醒", "回访", "或者", "还有", "以及", "后来", "最后", "其中", "包括",
    "还是", "然后", "收到",
)
# A list number or indentation before the text's first name (1. 某某那边…).
_LEAD_RE = re.compile(r"[ \t\u3000]*(?:\d{1,2}[.、．)）][ \t]*)?")


@functools.cache
def _translit() -> frozenset[str]:
    """The characters of transliterated foreign names (minority.TRANSLIT; read late: minority imports the anchors,
    which import this module)."""
    from detectors.recognizers.names.minority import TRANSLIT
    return frozenset(TRANSLIT)


@functools.cache
def _given_chars() -> frozenset[str]:
    """Characters a given name with no cue may hold (weight at least _GIVEN_LOW, no particle, unit or naming word)."""
    return frozenset(
        ch for ch, n in lexicon.given_weights().items()
        if n >= _GIVEN_LOW and ch not in BAD_GIVEN and ch not in FOLLOW and ch not in _NAMING
    )


def bare_pattern() -> re.Pattern[str]:
    """A surname a name with no cue may start with and two characters it may hold, after an opener or an object
    verb. The names module's joint scan runs it with its other anchors (anchors._J_BARE), in the same pass."""
    given = _char_class(_given_chars())
    # one class test of the character before rules out most places before the two-character words are tried
    last = _char_class(_OPENERS | _OBJECT_ONE | {w[-1] for w in _OBJECT_TWO})
    before = f"(?<={last})(?:(?<={_char_class(_OPENERS | _OBJECT_ONE)})|(?<={'|'.join(_OBJECT_TWO)}))"
    return re.compile(f"{before}(?P<n>{_char_class(_BARE_SURNAMES)}{given}{given})")


def _subject_at(text: str, s: int, listed: bool = False) -> bool:
    """Is there a name on its own evidence at ``s``, nothing gluing its end into a word? A name jieba lists counts
    when ``listed`` or when what follows is said of a person only. (Three set lookups rule out most places.)"""
    given = _given_chars()
    if s < 0 or s + 3 > len(text) or text[s] not in _BARE_SURNAMES:
        return False
    if text[s + 1] not in given or text[s + 2] not in given:
        return False
    if not _free_after(text, s + 3):
        return False
    return _bare(text[s : s + 3]) or _bare(text[s : s + 3], True) and (listed or _person_next(text, s + 3))


def _among_things(text: str, s: int, e: int) -> bool:
    """中关村、张江高科、前海: an item of a 、-list whose neighbour is a dictionary word that names no person (a place,
    a thing) is one of those too."""
    table = lexicon.words()
    if text[s - 1 : s] == "、":
        for k in (4, 3, 2):
            tag = table.tag_of(text[max(0, s - 1 - k) : s - 1])
            if tag is not None and not tag.startswith("nr"):
                return True
    if text[e : e + 1] == "、":
        for k in (4, 3, 2):
            tag = table.tag_of(text[e + 1 : e + 1 + k])
            if tag is not None and not tag.startswith("nr"):
                return True
    return False


def _bare_names(text: str, starts: list[int]) -> Iterator[_Hit]:
    """The subject heading a clause and the object after 帮 / 替 / 陪 ..., read as names on their own evidence;
    ``starts``: where the joint scan found bare_pattern's matches."""
    lead = _LEAD_RE.match(text)
    s = lead.end() if lead else 0
    if _subject_at(text, s):
        yield _Hit(s, s + 3, MEDIUM)
    for s in starts:
        if text[s - 1] in _OPENERS:
            if _subject_at(text, s) and not _among_things(text, s, s + 3):
                yield _Hit(s, s + 3, MEDIUM)
        elif _subject_at(text, s, True) and not _glued(text, s):
            yield _Hit(s, s + 3, MEDIUM)


# A letter or a message to one or two people by their given names, on a line of its own (晓东：, 秀芳、志远：), and
# the name after 亲爱的 (亲爱的玉兰：). Led by the line break (a literal), the text's first line matched apart.
_SALUTATION = rf"(?:亲爱的)?(?P<n>[{CJK}]{{2}}(?:、[{CJK}]{{2}})*)[：:，,](?=[ \t]*\n)"
_SALUTATION_RE = re.compile(_SALUTATION)
_SALUTATION_LINE_RE = re.compile("\n" + _SALUTATION)
_DEAR_RE = re.compile(rf"亲爱的(?P<n>[{CJK}]{{2}})[：:，,!！]")


def _given_alone(name: str, beside: bool = False) -> bool:
    """Two characters that read as a given name standing alone: both common in given names, and no word, role or
    form label (大家, 老师, 备注, 说明 stay out). ``beside``: next to another given name, a word that is also a
    given name (建国, 海燕) counts unless it is a frequent one."""
    weights = lexicon.given_weights()
    if any(weights.get(c, 0) < _ALONE_WEIGHT or c in BAD_GIVEN for c in name):
        return False
    if name in _LABEL_SET or role_noun(name):
        return False
    entry = lexicon.words().get(name)
    if entry is None or (entry.tag.startswith("nr") and entry.freq < 200):
        return True
    return beside and entry.freq < 2000 and not entry.tag.startswith(_NOT_NAME_TAGS)


def _salutations(text: str) -> Iterator[_Hit]:
    """The given names a letter opens with (晓东：, 秀芳、志远：) and the one after 亲爱的."""
    first = _SALUTATION_RE.match(text)
    heads = ([first] if first else []) + list(_SALUTATION_LINE_RE.finditer(text))
    heads.extend(m for m in _DEAR_RE.finditer(text) if not any(h.start("n") == m.start("n") for h in heads))
    # (a 亲爱的 line has a line break: the caller runs this only on texts that hold one)
    for m in heads:
        parts = m.group("n").split("、")
        alone = [_given_alone(part) for part in parts]
        s = m.start("n")
        for part, ok in zip(parts, alone):
            if ok or (any(alone) and _given_alone(part, True)):
                yield _Hit(s, s + len(part), MEDIUM)  # 少卿、建国：: beside a given name, 建国 is one too
            s += len(part) + 1


# Hong Kong forms of address after a surname: 陳生 (Mr Chan), 黃太 (Mrs Wong); found from 生 / 太 (one literal-led
# pattern each, searched like str.find) after a common surname.
_HK_TITLE_RES = [re.compile(f"{c}(?<={_char_class(_TOP_SURNAMES - AMBIGUOUS)}{c})") for c in "生太"]


def _hk_courtesy(text: str) -> Iterator[_Hit]:
    """陳生 / 黃太 in text written in traditional characters (the caller checks): a common surname, 生 / 太, and
    neither a word with what comes before or after (余生, 花生, 太太 is a title of its own, 太阳)."""
    table = lexicon.words()
    for m in itertools.chain.from_iterable(rx.finditer(text) for rx in _HK_TITLE_RES):
        p = m.start()
        s = p - 1
        if _glued(text, s):
            continue
        if text[s : p + 1] in table or text[p : p + 2] in table or text[s : p + 2] in table:
            continue
        if s > 0 and _is_cjk(text[s - 1]) and text[s - 1 : p] in table:
            continue
        yield _Hit(s, p + 1, MEDIUM)

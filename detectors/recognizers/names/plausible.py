"""Is a string a person's Chinese name? The lexical checks every candidate goes through: given-name
character weights, dictionary words, places and countries (plausible, best_name), and where a name ends or a
word glues onto it.

Why not POS-tag: jieba's tagger runs ~250 KB/s, far below the scanner's budget. Instead each candidate that
an anchor found is confirmed on its own few characters with compiled word lists: how often the characters
appear in given names, and whether the string is an ordinary dictionary word (王国, 高兴, 和平 are words, not
people). Separate from the forms because every one of them asks these questions.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

from detectors.nlp import lexicon
from detectors.recognizers.names.core import (
    MEDIUM, STRONG, WEAK, _COMPOUND, _NOT_GIVEN_SECOND, _NUMERALS, _SINGLE, _TOP_SURNAMES, _alts, _is_cjk, _sur_len,
)
from detectors.recognizers.names.cues import (
    BAD_GIVEN, FOLLOW, TITLES, _AFTER_FIRST, _AFTER_NAME_WORDS, _FOLLOW_FIRST, _FOLLOW_WORDS, _JING_CLAUSES,
    _PROSE_IS, _TITLE_BLOCK,
)


def _given_ok(chars: str, strength: int) -> bool:
    weights = lexicon.given_weights()
    need = {STRONG: 0, MEDIUM: 5, WEAK: 20}[strength]
    for ch in chars:
        if ch in _NUMERALS and strength < STRONG and not (len(chars) == 2 and ch == chars[0] == "一"):
            return False  # 平和路五段, 第三; but 一鸣
        if ch in BAD_GIVEN or not ("\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"):
            return False
        if weights.get(ch, 0) < need:
            return False
    return True


def _is_word(s: str, strength: int) -> bool:
    """True when ``s`` is an ordinary dictionary word rather than a name at this evidence level."""
    entry = lexicon.words().get(s)
    if entry is None:
        return False
    # jieba tags many ordinary two-character words nr (明白, 阳光, 杨树): trust the tag only for 3+.
    if entry.tag.startswith("nr") and len(s) == 2 and strength == MEDIUM and entry.freq < 100:
        return lexicon.given_weights().get(s[1], 0) < 30  # 张旭, 王明: jieba lists some real names
    if entry.tag.startswith("nr") and (len(s) > 2 or strength == STRONG):
        return entry.freq >= {STRONG: 100000, MEDIUM: 2000, WEAK: 300}[strength]
    return entry.freq >= {STRONG: 300, MEDIUM: 20, WEAK: 5}[strength]


@functools.lru_cache(maxsize=65536)
def plausible(name: str, strength: int) -> bool:
    """Is ``name`` (surname + given name, no title) believable as a person at this strength?"""
    if name.startswith("阿") and len(name) == 2:
        return strength >= MEDIUM and not _is_word(name, MEDIUM) and name[1] not in BAD_GIVEN
    sl = _sur_len(name, 0)
    if sl == 2 and len(name) == 2:
        sl = 1  # 欧阳 alone is a surname; read 欧 + 阳
    given = name[sl:]
    if not sl or not 1 <= len(given) <= 2:
        return False
    if not _given_ok(given, strength):
        return strength >= MEDIUM and _famous_three(name, sl)
    if _is_word(name, strength):
        return False
    head = name[: sl + 1]
    if len(given) == 1 and _is_word(head, strength):
        return False
    if len(given) == 2 and _is_word(head, strength):
        # 江海燕, 李子兵: a word at the head of a three-character name is common; only a very
        # frequent word there (高兴地, 成功率) means this is running text.
        entry = lexicon.words()[head]
        if entry.freq >= {STRONG: 5000, MEDIUM: 1000, WEAK: 300}[strength]:
            return False
        if lexicon.given_weights().get(given[1], 0) < 30:
            return False
    if strength < STRONG and _village(name, sl):
        return False
    admin = lexicon.admin_short_names()
    return not (strength < STRONG and (name in admin or name in lexicon.admin_names()))


def _famous_three(name: str, sl: int) -> bool:
    """范仲淹, 柳宗元: a three-character name jieba lists as a person, whose given name holds a character rare in
    today's names (淹), is still a name; the other given character must be a common one and none may be a
    numeral or a function word (丁二烯 is a chemical)."""
    if len(name) != 3 or sl != 1:
        return False
    entry = lexicon.words().get(name)
    if entry is None or entry.tag != "nr" or entry.freq < 20:
        return False
    weights = lexicon.given_weights()
    given = name[1:]
    return all(c not in _NUMERALS and c not in BAD_GIVEN and c not in FOLLOW for c in given) and max(
        weights.get(c, 0) for c in given
    ) >= 30


# Last characters of village names (宋庄, 李家屯, 张家寨, 何家湾): after a surname, with or without 家, a place.
_VILLAGE_TAILS = frozenset("庄屯寨堡铺湾洼坳营")


def _village(name: str, sl: int) -> bool:
    """宋庄, 王家庄, 刘家湾: a surname, optionally 家, and a village ending is a place name, not a person."""
    given = name[sl:]
    return given[-1] in _VILLAGE_TAILS and (len(given) == 1 or given[0] == "家")


@functools.cache
def _countries() -> tuple[frozenset[str], frozenset[str]]:
    """Country names in Chinese (detectors/data/world_country_names.txt) and their first two characters."""
    path = Path(__file__).resolve().parents[2] / "data" / "world_country_names.txt"
    names = frozenset(w for w in path.read_text(encoding="utf-8").split() if w)
    return names, frozenset(n[:2] for n in names)


@functools.cache
def _place_heads() -> frozenset[str]:
    """The first two characters of every administrative and country name: one lookup rules out most places."""
    return lexicon.admin_heads() | _countries()[1]


def best_name(text: str, i: int, strength: int) -> int:
    """End offset of the name starting at ``i``, or -1 when none is plausible."""
    head = text[i : i + 2]
    if head in _COMPOUND:
        sl = 2
    elif text[i] in _SINGLE or text[i] == "阿":
        sl = 1
    else:
        return -1
    if strength < STRONG and head in _place_heads():
        admin = lexicon.admin_short_names()
        if sl == 1 and (head in admin or text[i : i + 3] in admin or text[i : i + 4] in admin):
            return -1  # 齐齐哈尔, 成都: a place
        countries = _countries()[0]
        if any(text[i : i + k] in countries for k in range(2, 8)):
            return -1  # 乌克兰表示, 阿根廷认为: jieba tags many countries as person names
    j = i + sl
    n = len(text)
    if _starts_title(text, j):
        return -1  # 张教授, 王总: an honorific, found by the title pattern
    run = 0
    for ch in text[j : j + 3]:
        if not ("\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"):
            break
        run += 1
    options: list[int] = []
    if run >= 3:
        nxt_word = lexicon.words().get(text[j + 1 : j + 3])
        if nxt_word is not None and nxt_word.freq >= 500 and not nxt_word.tag.startswith("nr"):
            run = 1  # 霍欢参加: the second character starts the next word
        elif text[j + 1] == "经" and text.startswith(_JING_CLAUSES, j + 2):
            run = 1  # 被告覃璐经传票传唤: 经 (through, after) opens the next clause
    if run >= 2:
        bounded = j + 2 >= n or not ("\u3400" <= text[j + 2] <= "\u9fff")
        second = text[j + 1]
        plain = second not in FOLLOW and second not in BAD_GIVEN and not _starts_title(text, j + 1)
        likely = bounded or run == 2 or lexicon.given_weights().get(second, 0) >= 20 or text[j + 2] in FOLLOW
        if plain and likely:
            options.append(j + 2)
    if run >= 1:
        options.append(j + 1)
    for end in options:
        if plausible(text[i:end], strength):
            return end
    return -1


_TITLE_START_RE = re.compile(_alts(TITLES))


_TITLE_FIRST = frozenset(t[0] for t in TITLES.split("|"))


def _starts_title(text: str, j: int) -> bool:
    if text[j : j + 1] not in _TITLE_FIRST:
        return False  # most places: no title starts with this character, no pattern to run
    m = _TITLE_START_RE.match(text, j)
    if m is None:
        return False
    title = m.group()
    return not (len(title) == 1 and j + 1 < len(text) and text[j + 1] in _TITLE_BLOCK.get(title, ()))


def _glued(text: str, start: int) -> bool:
    """Does the text before ``start`` form a word with the surname (下周, 对于; 违约金, 供应商)?"""
    if start == 0:
        return False
    table = lexicon.words()
    for k in (1, 2) if start >= 2 else (1,):
        entry = table.get(text[start - k : start + 1])
        if entry is not None and entry.freq >= 50 and (not entry.tag.startswith("nr") or entry.freq >= 1000):
            return True
    return False


def _plain_word(s: str) -> bool:
    """花名册, 宿舍: a dictionary word not tagged as a person name, however rare."""
    tag = lexicon.words().tag_of(s)
    return tag is not None and not tag.startswith("nr")


def _word_ends(text: str, s: int) -> bool:
    """Does a dictionary word of two or three characters end right before ``s`` (目击者于女士, 副班主任常老师)?"""
    table = lexicon.words()
    return any(
        s >= k and text[s - k : s] in table and not (s > k and text[s - k - 1 : s] in table) for k in (3, 2)
    )


def _name_ends(text: str, end: int) -> bool:
    """Does a name plausibly end at ``end`` (punctuation, a particle, a verb that follows names)?"""
    if end >= len(text) or not _is_cjk(text[end]):
        return True
    c = text[end]
    return (
        c in FOLLOW or c in "、和与及" or (c in _FOLLOW_FIRST and text.startswith(_FOLLOW_WORDS, end))
        or (c == "系" and text.startswith(_PROSE_IS, end))
        or (c == "经" and text.startswith(_JING_CLAUSES, end + 1))
    )


def _clean_break(text: str, end: int) -> bool:
    """Does a word start at ``end`` that the name's last character does not join (被告人马某伙同, 领导濮某评价,
    12床王某夜间)? After a post or a record frame that vouches for a name, such a break ends it as well as a
    particle does; a name whose last character glues to the next one (高峰期, 文明史) does not end there."""
    if end + 1 >= len(text) or not _is_cjk(text[end + 1]):
        return False
    table = lexicon.words()
    if text[end - 1 : end + 1] in table:
        return False
    nxt = table.get(text[end : end + 2])
    return nxt is not None and nxt.freq >= 20 and not nxt.tag.startswith("nr")


def role_noun(s: str) -> bool:
    """顾客, 来电人, 申请人: a role or relation noun, or an agent noun made of a verb or noun and
    人 / 者 / 员 / 方, heads a line or a field in place of a name."""
    if s in lexicon.role_nouns():
        return True
    if len(s) < 3 or s[-1] not in "人者员方":
        return False
    entry = lexicon.words().get(s[:-1])
    return s[:-1] in lexicon.role_nouns() or (entry is not None and entry.freq >= 20 and not entry.tag.startswith("nr"))


def _cell_name(value: str) -> bool:
    """A whole cell under a name column that reads as surname + one or two given-name characters is a
    name even when it is also a word (高峰, 文静): no sentence runs through a cell."""
    sl = _sur_len(value, 0)
    return bool(sl) and 1 <= len(value) - sl <= 2 and (_given_ok(value[sl:], STRONG) or _particle_given(value[sl:]))


# 和 and 于 are a conjunction and a preposition in running text, so the general rules refuse them as given-name
# characters; in a whole value that nothing runs on from (a cell, a field, a line of its own) they are names'.
_PARTICLE_GIVEN = frozenset("和于")


def _particle_given(given: str) -> bool:
    """嘉和, 子和, 和煦, 于晴: two characters, one of them 和 / 于, the other a common given-name character."""
    if len(given) != 2 or given[0] == given[1]:
        return False
    if given[0] in _PARTICLE_GIVEN:
        other = given[1]
    elif given[1] in _PARTICLE_GIVEN:
        other = given[0]
    else:
        return False
    return other not in _PARTICLE_GIVEN and _given_ok(other, STRONG) and lexicon.given_weights().get(other, 0) >= 5


def _listed_person(s: str) -> bool:
    """李娜, 李强, 王明: two characters jieba tags as a person (a famous namesake, so the word check calls them
    words), a common surname, a common given-name character, and not so frequent that the word is everyday."""
    entry = lexicon.words().get(s)
    return (
        entry is not None and entry.tag.startswith("nr") and entry.freq < 1000 and len(s) == 2
        and s[0] in _TOP_SURNAMES and s[1] not in _NOT_GIVEN_SECOND and lexicon.given_weights().get(s[1], 0) >= 80
    )


def _after_name_word(text: str, end: int) -> bool:
    """Does a clause word that follows names (明天, 表示, 负责) start at ``end``?"""
    return text[end : end + 1] in _AFTER_FIRST and text.startswith(_AFTER_NAME_WORDS, end)

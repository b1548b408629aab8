"""The pieces every form of the PERSON detector shares: the hit record and its evidence strengths, the
surname tables, character tests, and the helpers that build and run gated regexes.

Lowest layer of the package (it imports nothing from it), so every other module may use it.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from detectors.nlp import lexicon, trie


CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_SINGLE, _COMPOUND = lexicon.surnames()
# One character class (compound surnames start with a character in it); the recognizer decides
# between 欧 and 欧阳 in Python, which keeps every regex a cheap character-class scan.
_SUR = "[" + "".join(sorted(_SINGLE | {c[0] for c in _COMPOUND})) + "]"

# Strength of the evidence that a name sits here; it sets how strict the lexical check is.
STRONG, MEDIUM, WEAK = 3, 2, 1
_SCORE = {STRONG: 0.85, MEDIUM: 0.7, WEAK: 0.55}


def _char_class(chars: Iterable[str]) -> str:
    return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"


def _trie_start(rx: re.Pattern[str], words: Iterable[str]) -> str:
    """A one-character pattern that matches exactly where ``rx`` matches (its matches all start with one of
    ``words``): ``rx`` runs as a look-ahead there, tried only where a word's first character is followed by
    some word's second character (or is a word of one character).

    Why: ``re`` enters a prefix tree at every first character of its words and, when the word does not go
    on, still tries each top-level branch; one character-class test of the next character rules most of
    those places out in C."""
    words = list(words)
    singles = {w for w in words if len(w) == 1}
    guard = f"(?={_char_class(w[1] for w in words if len(w) > 1)})"
    if singles:
        guard += f"|(?<={_char_class(singles)})"
    return f"{_char_class(w[0] for w in words)}(?:{guard})(?<=(?={_unnamed(rx.pattern)}).)"


def _class_start(first: Iterable[str], rx: re.Pattern[str]) -> str:
    """A one-character pattern that matches exactly where ``rx`` (whose matches start with one of ``first``)
    matches."""
    return f"{_char_class(first)}(?<=(?={_unnamed(rx.pattern)}).)"


def _unnamed(pattern: str) -> str:
    """``pattern`` with its named groups made non-capturing, so several patterns can share one regex."""
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


def _alts(words: str) -> str:
    """A prefix-tree alternation of ``|``-separated words (longest first at every branch)."""
    return trie.pattern(words.split("|"))


_RUN = f"[{CJK}]"


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    strength: int


def _sur_len(text: str, i: int) -> int:
    if text[i : i + 2] in _COMPOUND:
        return 2
    return 1 if text[i] in _SINGLE else 0


_NUMERALS = set("一二三四五六七八九十百千万零〇两")


# Surname characters that are far more often an ordinary word or particle in running text: outside
# a labelled field they need a stronger signal (但: but, 但希望明天 - round 17).
AMBIGUOUS = set("和于时向都那应原将计区成文明全车常来能信国平公相初容干战乐游皮盖查门权米满才水操库答但")
# Rare surnames that are everyday morphemes (数据库, 刚才, 喝水, 操作, 回答): never a name on their own.
_MORPHEME_SURNAMES = frozenset("才水操库答")
# Surname characters that are far more often a preposition or conjunction just before a name.
_PREP_SURNAMES = set("和由向于同经对给从将与把")
_SUR_CHARS = frozenset(_SINGLE | {c[0] for c in _COMPOUND})


def _firsts(words: Iterable[str]) -> frozenset[str]:
    return frozenset(w[0] for w in words)


# Second characters that make a surname + one character an ordinary word (胡子, 李家, 王氏, 陆军, 马儿).
_NOT_GIVEN_SECOND = frozenset("子家氏人军王儿公爷")


# The hundred commonest single-character surnames (mainland frequency order, roughly).
_TOP_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜"
    "崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def _offsets_of(text: str, chars: str) -> Iterator[int]:
    """Offsets of every occurrence of each of `chars`, one char after the other (str.find runs in C,
    far faster than a regex scan of the text)."""
    for ch in chars:
        i = text.find(ch)
        while i >= 0:
            yield i
            i = text.find(ch, i + 1)


def _matches_at(rx: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)`` for a pattern whose matches (never empty) all start at one of ``starts``
    (sorted): ``rx`` is tried only there. Why: gates found by a literal-first pattern cost a fraction of a
    scan with a pattern that starts with a character class."""
    pos = 0
    match = rx.match
    for s in starts:
        if s < pos:
            continue
        m = match(text, s)
        if m is not None:
            yield m
            pos = m.end()


def _search_at(rx: re.Pattern[str], text: str, starts: list[int], pos: int) -> re.Match[str] | None:
    """``rx.search(text, pos)`` for a pattern whose matches all start at one of ``starts`` (sorted)."""
    match = rx.match
    for k in range(bisect.bisect_left(starts, pos), len(starts)):
        m = match(text, starts[k])
        if m is not None:
            return m
    return None


def _offsets_of_word(text: str, word: str) -> Iterator[int]:
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


_NUMERAL_CHARS = frozenset("0123456789０１２３４５６７８９") | _NUMERALS

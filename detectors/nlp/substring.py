"""Searches for a word over a whole prompt that skip to its first character instead of stepping through the text.

Why: CPython finds one character in a wide (non-Latin-1) string at memchr speed (about 1 µs per 64 KB), but a
word of two or more characters by stepping through the text (25-40 µs per 64 KB, found or not). The recognizers
ask for dozens of words per prompt (table headers, password words, markings), most of them Chinese words that
occur nowhere or a few times: a word one of whose characters is missing is ruled out in a few microseconds, and
a Chinese word is found by jumping from one occurrence of its first character to the next. A common first
character (的, 人) would make that slower than the plain search, so after `_ANCHOR_LIMIT` of them the rest of
the text is searched for the word itself. Same results as ``in`` and ``str.find``.
"""
from __future__ import annotations

import functools
import re

_ANCHOR_LIMIT = 64
"""Occurrences of a word's first character tried one by one before the plain search takes over."""
_SHORT = 4096
"""Below this length the plain search steps through the whole text in less time than the Python steps that skip
through it (a 2 KB prompt: about 1 µs a word either way, the skipping's calls on top)."""


def chars_in(text: str, word: str) -> bool:
    """Does every character of ``word`` occur somewhere in ``text``? (False: ``word`` does not occur.) In a short
    text, whether ``word`` itself occurs: a stricter answer, one search."""
    if len(text) < _SHORT:
        return word in text
    for ch in word:
        if ch not in text:
            return False
    return True


def find(text: str, word: str, start: int = 0) -> int:
    """``text.find(word, start)``, by way of the occurrences of a Chinese word's first character."""
    first = word[:1]
    if first < "\u0100" or len(text) < _SHORT:  # a Latin letter is common in prose, and finding one in a wide string is slower
        return text.find(word, start)
    at = text.find(first, start)
    for _ in range(_ANCHOR_LIMIT):
        if at < 0 or text.startswith(word, at):
            return at
        at = text.find(first, at + 1)
    return -1 if at < 0 else text.find(word, at)


def occurrences(text: str, word: str) -> list[int]:
    """Where ``word`` starts in ``text``, overlapping occurrences too, in order: ``str.find`` from one past each.
    A list, not a generator: most words occur nowhere, and a generator's set-up then costs more than the search
    in a short text. In a long text the answer is kept for the text (`_known`), and a word holding a part already
    looked up is read only where that part occurs (`_by_part`)."""
    out: list[int] = []
    if len(text) < _SHORT:
        at = text.find(word)
        while at >= 0:
            out.append(at)
            at = text.find(word, at + 1)
        return out
    known = _known(text)
    got = known.get(word)
    if got is not None:
        return list(got)
    by_part = _by_part(text, word, known)
    if by_part is not None:
        out = by_part
    elif chars_in(text, word):
        at = find(text, word)
        while at >= 0:
            out.append(at)
            at = find(text, word, at + 1)
    known[word] = out
    return list(out)


_RECENT: tuple[tuple[str, dict[str, list[int]]], ...] = ()
"""The occurrences found in the last few long texts, newest first (the view text, its lower-cased form, the
traditional-folded one of one scan). One tuple, swapped whole, so a thread reads a consistent pair."""
_RECENT_TEXTS = 4
_PART_LOOKUPS = 48
"""About this many parts of a word are looked up among the known words, longest first from `_PART_LONGEST`
characters (a long word has hundreds of parts; each look-up hashes a short string, the search it may save costs
~20 µs per 64 KB)."""
_PART_LONGEST = 8
_PART_MOST = 256
"""A part that occurs more often than this is no help: a `startswith` per occurrence would cost more than the
search."""


def _known(text: str) -> dict[str, list[int]]:
    """The occurrences known for ``text`` (the same object; an equal text built anew starts empty)."""
    global _RECENT
    recent = _RECENT
    for seen, known in recent:
        if seen is text:
            return known
    known = {}
    _RECENT = ((text, known),) + recent[: _RECENT_TEXTS - 1]
    return known


def _by_part(text: str, word: str, known: dict[str, list[int]]) -> list[int] | None:
    """The occurrences of ``word`` read at the occurrences of a part of it whose own are known (``pass`` for
    ``storepass``: the word can start only where the part does, shifted by the part's place in it); None when no
    part is known. Words are the recognizers' fixed vocabularies, so their parts are often asked too."""
    best: list[int] | None = None
    shift = 0
    n = len(word)
    asked = 0
    for size in range(min(n - 1, _PART_LONGEST), 1, -1):
        for k in range(n - size + 1):
            got = known.get(word[k : k + size])
            if got is not None and (best is None or len(got) < len(best)):
                best, shift = got, k
            asked += 1
        if best is not None and not best:
            return []  # a part occurs nowhere
        if asked >= _PART_LOOKUPS:
            break
    if best is None or len(best) > _PART_MOST:
        return None
    return [at - shift for at in best if at >= shift and text.startswith(word, at - shift)]


def contains(text: str, word: str) -> bool:
    """``word in text``."""
    if len(text) < _SHORT:
        return word in text
    for seen, known in _RECENT:
        if seen is text and word in known:
            return bool(known[word])
    return chars_in(text, word) and find(text, word) >= 0


def starts(text: str, words: tuple[str, ...]) -> list[int]:
    """Where any of ``words`` starts in ``text``, overlapping occurrences too, sorted, each place once: every place
    a match of a pattern led by the alternation of ``words`` can start (see ``fastre.finditer_at``)."""
    out: set[int] = set()
    for w in words:
        out.update(occurrences(text, w))
    return sorted(out)


@functools.lru_cache(maxsize=64)
def _regex(words: tuple[str, ...]) -> re.Pattern[str]:
    """The alternation itself: in a short text one ``re`` pass costs less than a search per word."""
    return re.compile("|".join(re.escape(w) for w in words))


def alternation(text: str, words: tuple[str, ...]) -> list[tuple[int, str]]:
    """(start, word) of every match of the regex ``word1|word2|...`` (literals, none empty), as ``finditer`` gives
    them: the leftmost, the earlier word at one place, the search resumed past each match. Each word is found by
    its first character (rare words are ruled out in microseconds), where the regex tries every position."""
    if len(text) < _SHORT:
        return [(m.start(), m.group()) for m in _regex(words).finditer(text)]
    hits = sorted((at, k) for k, word in enumerate(words) for at in occurrences(text, word))
    out: list[tuple[int, str]] = []
    end = 0
    for at, k in hits:
        if at >= end:
            out.append((at, words[k]))
            end = at + len(words[k])
    return out

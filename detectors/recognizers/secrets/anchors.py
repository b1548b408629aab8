"""Where the credential rules try their patterns: the positions of words in the lower-cased text (found once per
scan with `str.find`), the starts of the lines holding a word, the starts of `scheme://`, and matching anchored
at those positions only; also the token characters a match must not follow.

Why a module of its own: every family here (API keys, passwords, connection strings) narrows its regex work this
way. `re` cannot skip ahead to a case-insensitive alternation or a pattern that starts with a look-behind, so such
a pattern tried only where its word is costs a fraction of a scan.
"""

from __future__ import annotations

import re

from detectors.nlp import substring


_TOKEN_CHAR = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")


class Positions(dict[str, list[int]]):
    """Where each word occurs in one lower-cased text, found once (`str.find`) however many patterns ask."""

    def __init__(self, lowered: str) -> None:
        super().__init__()
        self.lowered = lowered

    def word(self, w: str) -> list[int]:
        if w not in self:
            self[w] = word_positions(self.lowered, (w,))
        return self[w]

    def of(self, words: tuple[str, ...]) -> list[int]:
        """Sorted positions of any of `words` (what `word_positions` returns)."""
        if len(words) == 1:
            return self.word(words[0])
        return sorted(p for w in words for p in self.word(w))


def lines_with(text: str, words: tuple[str, ...]) -> list[int]:
    """Starts of the lines of `text` holding one of `words`."""
    out: set[int] = set()
    for w in words:
        for at in substring.occurrences(text, w):  # known for the text once any rule asked (substring._known)
            out.add(text.rfind("\n", 0, at) + 1)
    return sorted(out)


def word_positions(lowered: str, words: tuple[str, ...]) -> list[int]:
    """Sorted start positions of every occurrence of any of `words` in `lowered`."""
    out: list[int] = []
    for w in words:
        out.extend(substring.occurrences(lowered, w))
    out.sort()
    return out


def anchored(rx: re.Pattern[str], text: str, positions: list[int]) -> list[re.Match[str]]:
    """Non-overlapping matches of `rx` starting exactly at one of `positions`."""
    out: list[re.Match[str]] = []
    done = -1
    for at in positions:
        if at < done:
            continue
        m = rx.match(text, at)
        if m is not None:
            out.append(m)
            done = m.end()
    return out


_SCHEME_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+.-")


def scheme_starts(text: str) -> list[int]:
    """Where the scheme of every `scheme://` in `text` starts (walking left from the '://', at most 40)."""
    out: list[int] = []
    at = text.find("://")
    while at > 0:
        s = at
        while s > 0 and at - s < 40 and text[s - 1] in _SCHEME_CHARS:
            s -= 1
        out.append(s)
        at = text.find("://", at + 3)
    return out


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end

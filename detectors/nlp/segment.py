"""Backward maximum matching over the compiled word list, for a few characters at a time.

Why not jieba: the recognizers only need to know where the words just before a suffix (有限公司,
医院) begin and what kind they are, on a window of at most a few dozen characters; a dictionary
walk does that in microseconds without loading jieba's model.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from detectors.nlp import lexicon


class Token(NamedTuple):
    """A word of the window: its text, offsets into the text, and its jieba tag ("" when unknown)."""

    text: str
    start: int
    end: int
    tag: str


def backward(text: str, start: int, end: int, longest: int = 4) -> list[Token]:
    """Segment ``text[start:end]`` right to left; tokens are returned nearest-first."""
    return list(iter_backward(text, start, end, longest))


def iter_backward(text: str, start: int, end: int, longest: int = 4) -> Iterator[Token]:
    """``backward`` one token at a time, for callers that stop at the first word of some kind (each
    token depends only on where the previous one began, so the tokens are the same)."""
    get, tags = lexicon.words().packed()
    tails = lexicon.word_tails()
    new = tuple.__new__
    j = end
    while j > start:
        if text[j - 2 : j] not in tails:
            # no word of two or more characters ends here (one set lookup, not one per length): a single
            # character; also when j - start == 1, where the slice has one character
            yield new(Token, (text[j - 1 : j], j - 1, j, ""))
            j -= 1
            continue
        k = j - start if j - start < longest else longest
        while k > 1:
            word = text[j - k : j]
            v = get(word)
            if v is not None:
                yield new(Token, (word, j - k, j, tags[v & 63]))
                j -= k
                break
            k -= 1
        else:
            yield new(Token, (text[j - 1 : j], j - 1, j, ""))
            j -= 1

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
    tag_of = lexicon.words().tag_of
    j = end
    while j > start:
        for k in range(min(longest, j - start), 1, -1):
            word = text[j - k : j]
            tag = tag_of(word)
            if tag is not None:
                yield Token(word, j - k, j, tag)
                j -= k
                break
        else:
            yield Token(text[j - 1 : j], j - 1, j, "")
            j -= 1

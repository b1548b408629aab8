"""Views of a text with invisible characters removed, mapping offsets back to the original.

Recognizers run on the view and report offsets into the caller's text, so a name written as
李<U+FEFF>成 is found and its span still covers exactly what the user wrote.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")


_last: tuple[str, TextView] | None = None
"""The last text given to `TextView.of` and its view (replaced as one tuple: safe across threads)."""


@dataclass(frozen=True)
class TextView:
    """``text`` is what recognizers scan; ``origin[i]`` is where ``text[i]`` sits in the original."""

    text: str
    origin: tuple[int, ...] | None
    length: int

    @classmethod
    def of(cls, original: str) -> TextView:
        """Strip invisible characters only when there are any (the common case costs one search).

        The last view is kept: the scanner hands the same text object to the name, organisation and address
        recognizers in turn, and a text (immutable) always has the same view."""
        global _last
        last = _last
        if last is not None and last[0] is original:
            return last[1]
        view = cls._build(original)
        _last = (original, view)
        return view

    @classmethod
    def _build(cls, original: str) -> TextView:
        if INVISIBLE.search(original) is None:
            return cls(original, None, len(original))
        keep: list[int] = []
        pieces: list[str] = []
        pos = 0
        for m in INVISIBLE.finditer(original):
            keep.extend(range(pos, m.start()))
            pieces.append(original[pos : m.start()])
            pos = m.end()
        keep.extend(range(pos, len(original)))
        pieces.append(original[pos:])
        return cls("".join(pieces), tuple(keep), len(original))

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of the view span [start, end)."""
        if self.origin is None:
            return start, end
        if start >= end:
            pos = self.origin[start] if start < len(self.origin) else self.length
            return pos, pos
        return self.origin[start], self.origin[end - 1] + 1


def known_clean(text: str) -> None:
    """Record that ``text`` holds no invisible character, so that its view is ``text`` itself.

    Why: `detectors.normalize` has already searched the prompt for every invisible (format) character, a superset
    of `INVISIBLE`, and found none; the name, organisation and address recognizers then get that very text object,
    and `TextView.of` would search it once more (a class test of every character)."""
    global _last
    _last = (text, TextView(text, None, len(text)))

"""A floor for the left walks of anchors that stand close together, so that no anchor is skipped.

Why: the organisation and address recognizers find a cheap anchor (a suffix such as 银行, a house number such as
1号) and then walk a few dozen characters left of it. Text made of nothing but anchors (银行银行…, 路1号路1号…)
makes every character an anchor and every walk cover the previous anchors: tens of walked characters per
character of input, a lever for anyone who wants a prompt to cost seconds. Skipping such crowded anchors bounded
the work but let padding hide a value (1号 nine times, then a real address: its own anchor was skipped too).

So every anchor is walked, some over the text after a floor only, as if the text began there:

- Padding: an anchor that directly follows an anchor which itself directly follows one (nothing or one character
  between each: the third of 1号1号1号, of 路1号路1号路1号) is no part of a name, so no later walk crosses it.
  Real text holds such runs only as chains of units (…三段197巷109號3樓, 1473号14号楼1000室), which end the
  address they belong to, so a walk that stops after them loses nothing (bench/detect/same_findings.py: 0 of
  6,100 texts differ; 14 walks in the eval corpora start at such a floor, all at the end of an address).
- Crowds: an anchor with more than ``limit`` others within the ``window`` characters before it (the eval corpora
  hold at most 4 suffixes within 24 characters, 5 house numbers within 40) crosses at most ``passes`` anchors: a
  value may hold an anchor its walk rejected (八里 in 北京市朝阳区八里庄路19号, 保险 in 平安保险公司), a crafted
  run needs no more. Its walk then covers at most ``passes + 1`` gaps between anchors, so the walked characters
  stay within ``passes + 1`` times the input's length however the anchors are spaced.
"""
from __future__ import annotations

from collections import deque

NONE = -1
"""`AnchorFloor.floor`'s answer for an anchor walked as written, over the whole text."""


class AnchorFloor:
    """The anchors of the last ``window`` characters, and the floor of each new one."""

    __slots__ = ("_ends", "_last_close", "_last_end", "_pad_end", "_pad_start", "_seen", "floored", "limit",
                 "window")

    def __init__(self, window: int, limit: int, passes: int = 2) -> None:
        assert 0 <= passes < limit
        self.window = window
        self.limit = limit
        self.floored = 0
        """How many anchors were walked above a floor (for tests and the bench: padding or a crowd was met)."""
        self._seen: deque[int] = deque()
        """Starts of the anchors within the window, oldest first."""
        self._ends: deque[int] = deque(maxlen=passes + 1)
        """Ends of the latest anchors: the first is where a crowded walk stops at the latest."""
        self._last_end = -2
        self._last_close = False
        self._pad_start = -(1 << 62)
        self._pad_end = NONE
        """Start and end of the latest padding anchor."""

    def floor(self, start: int, end: int) -> int:
        """Record the anchor ``text[start:end]`` (anchors in text order, not overlapping) and say where its walk
        must stop: `NONE` to walk as written, else the floor (the end of an anchor before it)."""
        seen = self._seen
        low = start - self.window
        while seen and seen[0] <= low:
            seen.popleft()
        floor = self._pad_end if self._pad_start > low else NONE
        if len(seen) >= self.limit and self._ends[0] > floor:
            floor = self._ends[0]  # crowded: at most ``passes`` anchors crossed
        seen.append(start)
        close = start - self._last_end < 2
        if close and self._last_close:
            self._pad_start, self._pad_end = start, end
        self._ends.append(end)
        self._last_end, self._last_close = end, close
        if floor != NONE:
            self.floored += 1
        return floor

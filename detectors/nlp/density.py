"""A cap on how many anchors a recognizer examines close together.

Why: the organisation and address recognizers find a cheap anchor (a suffix such as 银行, a house number such as
1号) and then walk a few dozen characters left of it. Text made of nothing but anchors (银行银行…, 路1号路1号…)
makes every character an anchor and every walk cover the previous anchors: tens of walked characters per
character of input, a lever for anyone who wants a prompt to cost seconds. Real text never holds many
anchors inside one walk's reach (the eval corpora: at most 4 suffixes within 24 characters, 5 house numbers
within 40), so an anchor with more than `limit` others inside the window before it is skipped: the work per
character stays bounded whatever the text, and ordinary text loses nothing.
"""
from __future__ import annotations

from collections import deque


class AnchorWindow:
    """Sliding count of the anchors seen (examined or skipped) in the last ``window`` characters."""

    __slots__ = ("_seen", "limit", "skipped", "window")

    def __init__(self, window: int, limit: int) -> None:
        self.window = window
        self.limit = limit
        self.skipped = 0
        """How many anchors `crowded` turned away (for tests and the bench: it says the cap was reached)."""
        self._seen: deque[int] = deque()

    def crowded(self, pos: int) -> bool:
        """Record an anchor at ``pos`` (positions must not decrease) and say whether more than ``limit``
        anchors, this one included, start within the ``window`` characters ending at it."""
        seen = self._seen
        low = pos - self.window
        while seen and seen[0] <= low:
            seen.popleft()
        seen.append(pos)
        if len(seen) > self.limit:
            self.skipped += 1
            return True
        return False

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
  6,100 texts differ; 8 walks in the eval corpora start at such a floor, all at the end of an address).
- Crowds: an anchor with more than ``limit`` others within the ``window`` characters before it (the eval corpora
  hold at most 4 suffixes within 24 characters, 5 house numbers within 40) crosses at most ``passes`` anchors: a
  value may hold an anchor its walk rejected (八里 in 北京市朝阳区八里庄路19号, 保险 in 平安保险公司), a crafted
  run needs no more. Its walk then covers at most ``passes + 1`` gaps between anchors, so the walked characters
  stay within ``passes + 1`` times the input's length however the anchors are spaced.
"""
from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable, Iterator

NONE = -1
"""`with_floors`' floor for an anchor walked as written, over the whole text."""


def with_floors(
    matches: Iterable[re.Match[str]], window: int, limit: int, passes: int = 2, group: int | str = 0
) -> Iterator[tuple[re.Match[str], int, int, int]]:
    """(match, start, end, floor) for each anchor, the anchor being ``group`` of each match (in text order, not
    overlapping); the floor is `NONE` to walk as written, else the end of an anchor before it, where the walk
    must stop. A generator with its state in locals: it runs for every anchor of a text, and crafted text makes
    every other character one, so it must cost little more than the skip it replaced."""
    assert 0 <= passes < limit
    starts: deque[int] = deque(maxlen=limit)  # crowded when the first is within the window
    ends: deque[int] = deque(maxlen=passes + 1)  # the first is where a crowded walk stops at the latest
    last_end, last_close = -2, False
    pad_start, pad_end = -(1 << 62), NONE  # the latest padding anchor
    for m in matches:
        start, end = m.span(group)
        low = start - window
        floor = pad_end if pad_start > low else NONE
        if len(starts) == limit and starts[0] > low and ends[0] > floor:
            floor = ends[0]  # crowded: at most ``passes`` anchors crossed
        starts.append(start)
        ends.append(end)
        if start - last_end < 2:
            if last_close:
                pad_start, pad_end = start, end
            last_close = True
        else:
            last_close = False
        last_end = end
        yield m, start, end, floor

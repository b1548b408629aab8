"""Read Taiwan and Hong Kong text through simplified characters, one character for one.

Why: the name rules' word lists (surnames, given-name characters, labels such as 联系人, cues such as 感谢,
titles, jieba's dictionary) are written in simplified characters, so 聯絡人：黃嘉儀 or 感謝吳佩珊 slipped past
them. Folding each traditional character to its simplified form keeps every list single and every offset
where it was: the fold never changes the length of the text.
"""
from __future__ import annotations

import functools
import re

from detectors.nlp.lexicon import DATA


@functools.cache
def _table() -> tuple[list[int], re.Pattern[str]]:
    """The fold for ``str.translate`` and a search that says whether a text needs it at all.

    The fold is a list indexed by code point up to the last traditional character (identity elsewhere):
    ``translate`` looks a list up about twice as fast as a dict, and a character past its end raises
    IndexError, which ``translate`` reads as "keep it"."""
    pairs = [ln for ln in (DATA / "t2s_chars.txt").read_text(encoding="utf-8").splitlines() if len(ln) == 2]
    fold = list(range(max(ord(p[0]) for p in pairs) + 1))
    for p in pairs:
        fold[ord(p[0])] = ord(p[1])
    present = re.compile("[" + "".join(sorted(p[0] for p in pairs)) + "]")
    return fold, present


_FEW = 64
"""Up to this many traditional characters are replaced one by one, more by one ``translate`` of the text."""


def fold(text: str) -> str:
    """``text`` with traditional characters replaced by simplified ones; the same object when it has none
    (mainland text pays one search).

    A mainland text with a few of them (a quoted name, a Taiwan address) has just those replaced: ``translate``
    costs about 40 ns for every character of the text (2 ms for 64 KB), a slice per replaced character a
    fraction of that. Characters the table leaves alone are the same either way, so the result is too."""
    table, present = _table()
    found = present.search(text)
    if found is None:
        return text
    parts: list[str] = []
    last = 0
    for n, m in enumerate(present.finditer(text, found.start())):
        if n == _FEW:
            return text.translate(table)
        at = m.start()
        parts.append(text[last:at])
        parts.append(chr(table[ord(text[at])]))
        last = at + 1
    parts.append(text[last:])
    return "".join(parts)


def warm() -> None:
    """Load the table before the first request."""
    _table()

"""Regex alternations built as prefix trees.

Why: Python's ``re`` tries the branches of ``a|b|c`` one after another at every position; a list
of a hundred labels or titles written as a flat alternation costs a hundred comparisons per
character. Factoring shared prefixes (联系人|联络人 -> 联(?:系人|络人)) lets the engine reject a
position after one comparison per distinct first character, with the same matches (longest
first at every branch point).

The top level is written as one branch per first character, each starting with that literal
character (never a ``[...]`` class): then ``re`` derives the set of possible first characters and
skips every other position in C instead of entering the matcher there (10x faster on prose when the
pattern starts the regex). Put nothing zero-width (a look-behind or look-ahead) before it.
"""
from __future__ import annotations

import re
from collections.abc import Iterable


def pattern(words: Iterable[str], after_first: str = "") -> str:
    """A non-capturing regex matching exactly ``words``, preferring the longest at each point.

    ``after_first`` is put right after each word's first character: a one-character look-behind written
    there as ``(?<=X.)`` / ``(?<!X.)`` checks the character *before* the word without giving up the skip.
    """
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        if not word:
            continue
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    if not root:
        return "(?!)"
    return _build(root, top=True, after_first=after_first)


def _build(node: dict[str, dict], top: bool = False, after_first: str = "") -> str:  # type: ignore[type-arg]
    branches: list[str] = []
    leaves: list[str] = []
    for ch in sorted(k for k in node if k):
        child = node[ch]
        rest = _build(child)
        if rest or top:
            branches.append(re.escape(ch) + after_first + rest)
        else:
            leaves.append(ch)
    if leaves:
        branches.append(re.escape(leaves[0]) if len(leaves) == 1 else "[" + "".join(re.escape(c) for c in leaves) + "]")
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return "(?:" + body + ")?"
    return body

"""``finditer`` equivalents that keep ``re``'s first-character skip.

Why: ``re`` scans a text fast only when a pattern *starts* with a literal, a character class or a
branch of literals; it then jumps in C from one possible first character to the next. A pattern
that starts with a look-behind (``(?<![\u4e00-\u9fff])``) or a look-ahead enters the matcher at every
position instead, which costs 10-20x more on long prose (and the name, organisation and address
recognizers run a dozen such scans over every prompt). These helpers move the zero-width part out
of the pattern and check it only where the rest matched, with exactly ``finditer``'s results.
"""
from __future__ import annotations

import heapq
import re
from collections.abc import Callable, Iterable, Iterator

StartCheck = Callable[[str, int], bool]


def not_after(char_class: str) -> StartCheck:
    """A start check equal to the look-behind ``(?<!char_class)`` (one character)."""
    rx = re.compile(char_class)

    def ok(text: str, start: int) -> bool:
        return start == 0 or rx.match(text, start - 1) is None

    return ok


def after(char_class: str) -> StartCheck:
    """A start check equal to the look-behind ``(?<=char_class)`` (one character)."""
    rx = re.compile(char_class)

    def ok(text: str, start: int) -> bool:
        return start > 0 and rx.match(text, start - 1) is not None

    return ok


def finditer_where(rx: re.Pattern[str], text: str, ok: StartCheck, *, overlapping: bool = False
                   ) -> Iterator[re.Match[str]]:
    """The matches ``finditer`` would give for ``rx`` preceded by the look-behind that ``ok`` checks.

    ``rx`` is the pattern without its leading look-behind. A match whose start fails the check is
    dropped and the search resumes one character later, where the look-behind pattern would have
    tried next. ``overlapping`` resumes one character after every accepted start too: the results
    of a zero-width pattern ``(?<=...)(?=(?P<t>...))`` whose look-ahead became ``rx``.
    """
    search = rx.search
    pos = 0
    n = len(text)
    while pos <= n:
        m = search(text, pos)
        if m is None:
            return
        s = m.start()
        if not ok(text, s):
            pos = s + 1
            continue
        yield m
        e = m.end()
        pos = s + 1 if overlapping or e == s else e


def finditer_gated(rx: re.Pattern[str], gate: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)``, with ``rx`` tried only where ``gate`` matches.

    ``gate`` must match wherever a match of ``rx`` can start (its first words, say) and should start
    with literals, so ``re`` skips to those places in C. For a pattern with a look-behind or
    alternatives of look-arounds at its start, which ``re`` cannot skip through.
    """
    gsearch, match = gate.search, rx.match
    pos = 0
    n = len(text)
    while pos <= n:
        g = gsearch(text, pos)
        if g is None:
            return
        s = g.start()
        m = match(text, s)
        if m is None:
            pos = s + 1
            continue
        yield m
        e = m.end()
        pos = e if e > s else s + 1


def by_literal(body: str, firsts: str) -> list[re.Pattern[str]]:
    """``[firsts]body`` as one pattern per first character (see ``merged``).

    A pattern that starts with one literal character is searched like ``str.find`` (about 15x
    faster than a pattern that starts with a two-character class, which ``re`` tests by interpreting
    the class at every character)."""
    return [re.compile(re.escape(c) + body) for c in firsts]


def merged(patterns: Iterable[re.Pattern[str]], text: str) -> Iterator[re.Match[str]]:
    """The matches of several patterns in order of start: ``finditer`` of their alternation when no
    match of one can contain the start of a match of another (the first characters of the others do
    not occur inside a match, as for ``@name`` / ``＠name``)."""
    return heapq.merge(*(p.finditer(text) for p in patterns), key=lambda m: m.start())

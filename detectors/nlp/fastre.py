"""``finditer`` equivalents that keep ``re``'s first-character skip.

Why: ``re`` scans a text fast only when a pattern *starts* with a literal, a character class or a
branch of literals; it then jumps in C from one possible first character to the next. A pattern
that starts with a look-behind (``(?<![\u4e00-\u9fff])``) or a look-ahead enters the matcher at every
position instead, which costs 10-20x more on long prose (and the name, organisation and address
recognizers run a dozen such scans over every prompt). A look-behind can move after the first
character (``[A-Z](?<![A-Za-z0-9].)`` for ``(?<![A-Za-z0-9])[A-Z]``); these helpers cover the other
cases, with exactly ``finditer``'s results.
"""
from __future__ import annotations

import heapq
import re
from collections.abc import Iterable, Iterator


def finditer_overlapping(rx: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """A match at every position where ``rx`` matches, overlapping ones included (总经理 and 经理).

    What the zero-width ``(?=(?P<t>...))`` gives, which ``re`` cannot skip through: with ``rx`` the
    look-ahead's body, the search jumps to the next possible first character in C and resumes one
    character after each match. Write a look-behind into ``rx`` after its first character
    (``X(?<=Y.)``, see ``trie.pattern``'s ``after_first``), so rejected places cost nothing in Python.
    """
    search = rx.search
    pos = 0
    n = len(text)
    while pos <= n:
        m = search(text, pos)
        if m is None:
            return
        yield m
        pos = m.start() + 1


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


def finditer_at(rx: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)`` when every match of ``rx`` is non-empty and starts at one of ``starts`` (ascending):
    ``rx`` is matched only there, each search resumed after the previous match as ``finditer`` does.

    For a pattern led by an alternation of words whose first characters are common (a class ``re`` tests at every
    character of the text), with ``starts`` from ``substring.starts``, which finds each word from its first
    character."""
    match = rx.match
    resume = 0
    for s in starts:
        if s < resume:
            continue
        m = match(text, s)
        if m is not None:
            resume = m.end()
            yield m


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

"""A token carried over line breaks (a key or a JWT wrapped by a terminal, a mail client or a log at 76 columns):
read on over a break while the token so far cannot end there, or when the next line holds nothing but the rest.

Its own module because vendor keys and JWTs both join wrapped tokens and neither family owns the other.
"""

from __future__ import annotations

from collections.abc import Callable


_LINE_GAP = frozenset(" \t")


def joined_token(text: str, start: int, chars: frozenset[str], incomplete: Callable[[str], bool],
                 breaks: int = 3) -> tuple[str, int]:
    """A token of `chars` from `start`, carried over up to `breaks` line breaks (and the next line's
    indentation): over a break while `incomplete(token so far)` says the token cannot end there, or when the
    next line holds nothing but the rest of it (up to a quote, comma, semicolon or the line's end). Returns the
    token without the breaks and where it ends in `text`."""
    return token_lines(text, start, chars, incomplete, breaks)[-1]


def token_lines(text: str, start: int, chars: frozenset[str], incomplete: Callable[[str], bool],
                breaks: int = 3) -> list[tuple[str, int]]:
    """`joined_token` line by line: the token and its end after its first line, after its second, ..."""
    out: list[tuple[str, int]] = []
    parts: list[str] = []
    i = start
    n = len(text)
    while True:
        j = i
        while j < n and text[j] in chars:
            j += 1
        parts.append(text[i:j])
        out.append(("".join(parts), j))
        k = j + 1 if text.startswith("\r\n", j) else j
        if breaks == 0 or j == i or k >= n or text[k] != "\n":
            return out
        k += 1
        while k < n and text[k] in _LINE_GAP:
            k += 1
        e = k
        while e < n and text[e] in chars:
            e += 1
        if e == k:
            return out
        whole_line = e == n or text[e] in "\r\n\"'`,;"
        if not incomplete(out[-1][0]) and not whole_line:
            return out
        i = k
        breaks -= 1

"""The password column of SQL `INSERT INTO t (…, password, …) VALUES (…, '…', …)`.

Why: a seed script or a pasted migration sets accounts' passwords by position, not by name, so no key sits next
to the value; the value is found by lining the VALUES tuple up with the column list. Only a quoted literal in
the password column counts (or the literal a hashing call wraps, `MD5('…')`, since the plain value is written
there); the caller refuses placeholders and stored hashes.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

_INSERT = re.compile(r"insert[ \t]+(?:ignore[ \t]+)?into[ \t]+[\w`\"\[\].]{1,80}[ \t]*\((?P<cols>[^()]{1,600})\)"
                     r"\s*values\s*", re.IGNORECASE)
_PW_COLUMN = re.compile(r"(?:\w*_)?(?:password|passwd|pass_?word|pwd|pass|passcode|login_?pwd)", re.IGNORECASE)
"""A column that holds the password itself; `password_hash`, `pwd_md5`, `pass_salt` end in another word."""
_WRAPPED = re.compile(r"[A-Za-z_][\w.]{0,30}\([ \t]*'(?P<v>[^'\n]{1,128})'")
_MAX_ROWS = 50


def _items(text: str, i: int) -> tuple[list[tuple[int, int]], int] | None:
    """The top-level comma-separated items of the tuple opening at text[i] == '(' as (start, end), and the
    index after its ')'; None when the tuple does not close on sight."""
    items: list[tuple[int, int]] = []
    depth, start, j, n = 0, i + 1, i + 1, min(len(text), i + 4000)
    while j < n:
        c = text[j]
        if c in "'\"":
            close = j + 1
            while close < n and (text[close] != c or text[close + 1:close + 2] == c):
                close += 2 if text[close] == "\\" or text[close] == c else 1
            j = close + 1
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            if depth == 0:
                items.append((start, j))
                return items, j + 1
            depth -= 1
        elif c == "," and depth == 0:
            items.append((start, j))
            start = j + 1
        j += 1
    return None


def _literal(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The inside of a quoted item ('…' or "…"), or of the first literal a call wraps."""
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e - s >= 2 and text[s] in "'\"" and text[e - 1] == text[s]:
        return s + 1, e - 1
    m = _WRAPPED.match(text, s, e)
    return m.span("v") if m is not None else None


def insert_password_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each value written into a password column by an INSERT with a column list."""
    for m in _INSERT.finditer(text):
        names = [c.strip().strip("`\"[]") for c in m.group("cols").split(",")]
        at = [k for k, c in enumerate(names) if _PW_COLUMN.fullmatch(c)]
        if not at:
            continue
        i = m.end()
        for _ in range(_MAX_ROWS):
            if i >= len(text) or text[i] != "(":
                break
            got = _items(text, i)
            if got is None:
                break
            items, i = got
            if len(items) == len(names):
                for k in at:
                    span = _literal(text, *items[k])
                    if span is not None:
                        yield span
            while i < len(text) and text[i] in " \t\r\n,":
                i += 1

"""The password column of SQL `INSERT INTO t (…, password, …) VALUES (…, '…', …)`.

Why: a seed script or a pasted migration sets accounts' passwords by position, not by name, so no key sits next
to the value; the value is found by lining the VALUES tuple up with the column list. Only a quoted literal in
the password column counts (or the literal a hashing call wraps, `MD5('…')`, since the plain value is written
there); the caller refuses placeholders and stored hashes.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

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


_INSERT_BARE = re.compile(r"(?:insert(?:[ \t]+ignore)?|replace)[ \t]+into[ \t]+(?P<t>[\w`\"\[\].]{1,80})[ \t]*"
                          r"(?:\((?P<cols>[^()]{1,600})\)\s*)?values\s*", re.IGNORECASE)
"""INSERT / REPLACE INTO t [(cols)] VALUES: without a column list the columns come from elsewhere in the text."""
_CREATE = re.compile(r"create[ \t]+(?:temporary[ \t]+)?table[ \t]+(?:if[ \t]+not[ \t]+exists[ \t]+)?"
                     r"(?P<t>[\w`\"\[\].]{1,80})[ \t]*(?=\()", re.IGNORECASE)
_NOT_COLUMN = re.compile(r"(?:primary|unique|key|index|constraint|foreign|check|fulltext|spatial)\b", re.IGNORECASE)
"""Items of a CREATE TABLE body that are constraints, not columns (they take no place in a VALUES row)."""
_COLUMNS_NOTE = re.compile(r"[ \t]*(?:--|#|/\*|//)[^\n]*?(?:[:：][ \t]*)?(?P<cols>[A-Za-z_]\w*(?:[ \t]*[,|，、][ \t]*[A-Za-z_]\w*)+)"
                           r"[ \t]*(?:\*/)?[ \t]*\r?$")
"""A comment right above the statement that lists its columns (`-- columns: id | username | password`,
`/* 表结构：id, name, passwd, role */`)."""


def _table_key(name: str) -> str:
    return name.strip("`\"[]").rsplit(".", 1)[-1].strip("`\"[]").lower()


def _created_columns(text: str, before: int) -> dict[str, list[str]]:
    """Columns of each table a CREATE TABLE before `before` defines, in order, constraints left out."""
    out: dict[str, list[str]] = {}
    for m in _CREATE.finditer(text, 0, before):
        got = _items(text, m.end())
        if got is None:
            continue
        cols = []
        for a, b in got[0]:
            item = text[a:b].strip()
            if not item or _NOT_COLUMN.match(item):
                continue
            cols.append(item.split()[0].strip("`\"[]"))
        out[_table_key(m.group("t"))] = cols
    return out


def _noted_columns(text: str, at: int) -> list[str] | None:
    """The column list a comment on the line right above `at` gives, if any."""
    line_end = text.rfind("\n", 0, at)
    if line_end < 0:
        return None
    note = _COLUMNS_NOTE.match(text, text.rfind("\n", 0, line_end) + 1, line_end)
    return re.split(r"[ \t]*[,|，、][ \t]*", note.group("cols")) if note is not None else None


def insert_password_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each value written into a password column by an INSERT (or REPLACE) whose columns are
    known: its own column list, a CREATE TABLE of the same table earlier in the text (a dump, a seed script),
    or a comment right above it that lists them."""
    created: dict[str, list[str]] | None = None
    for m in _INSERT_BARE.finditer(text):
        if m.group("cols") is not None:
            names = [c.strip().strip("`\"[]") for c in m.group("cols").split(",")]
        else:
            if created is None:
                created = _created_columns(text, len(text)) if _CREATE.search(text) else {}
            found = created.get(_table_key(m.group("t")))
            names = found if found is not None else (_noted_columns(text, m.start()) or [])
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

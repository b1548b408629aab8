"""Passwords in tables: the column under a password header (Markdown, tab-separated from a spreadsheet, CSV, psql
output, or columns aligned with blanks), a PIN column, a `credential` / `secret` column beside an account
column, and the value cell of a Markdown key / value row (`| 密码 | … |`).

Its own module because a table is read by its header row and cell positions, not by a pattern around the value.
"""

from __future__ import annotations

import re

from detectors.normalize import View
from detectors.recognizers.base import Hit
from detectors.recognizers.secrets.anchors import _line_end
from detectors.recognizers.secrets.value_shapes import (
    _HASH_VALUE, _NAMED_PASSWORD, _password_shape, _zh_password, is_placeholder,
)


_TABLE_HEADER_CELL = re.compile(r"(?:初始|默认|默認|登录|登錄|登陆|登陸|新|临时|臨時|当前|當前)?(?:密码|密碼|口令)(?:[(（][^()（）]{1,6}[)）])?|"
                                r"(?i:(?:initial |default |new )?"
                                r"(?:(?:login|user|account|secret|db)[_ ])?(?:password|passwd|pwd|pass|pass[_ ]word|pw))|"
                                r"(?i:credentials?|secret)|"
                                r"(?i:kennwort|passwort|wachtwoord|mot de passe|contrase[ñn]a|senha|пароль)|パスワード|"
                                r"비밀번호|(?i:pin)|PIN ?[码碼]")
"""A column header that names the password (the whole cell, trimmed, outer quotes off): 密码, 初始密码, 登陆密码 (the
common slip for 登录), Password, pwd,
login_password (a password manager's export), "Password" (a quoted CSV header), the word in another language
(Kennwort, mot de passe, パスワード), or PIN (whose column holds four digits or more, `_PIN_HEADER`)."""
_PIN_HEADER = re.compile(r"(?i:pin)|PIN ?[码碼]")
_SECRET_HEADER = re.compile(r"(?i:credentials?|secret)")
"""A `credential` / `secret` column is a password column only beside an account column (`_ACCOUNT_HEADER`): alone,
or beside an access key id, it may hold an API secret."""
_ACCOUNT_HEADER = re.compile(r"(?i:(?:user|login|account|acct)(?:[_ ]?(?:name|id))?|uid)|账号|帳號|帐号|账户|帳戶|用户名?|用戶名?|"
                             r"登录名|登錄名")
_TABLE_HEADER_LINE = re.compile(r"(?:^|[|\t,，;])[ \t]*\"?(?:" + _TABLE_HEADER_CELL.pattern + r")\"?[ \t\r]*(?:[|\t,，;]|$)")
"""A line with a header cell between delimiters: one search before the line is split into cells."""
_TABLE_SEPARATOR_ROW = re.compile(r"[\s|:\-+=]*")
_TABLE_DELIMS = ("|", "\t", ",", "，", ";")
_TABLE_WORDS_BEYOND = ("pin", "kennwort", "wachtwoord", "contrase", "senha", "пароль", "パスワード", "비밀번호", "credential",
                       "secret")
"""Header words that are neither a key=value start nor a Chinese password word: on their own they make a text worth
a table look (`PIN` / `Kennwort` columns). They are `_FOREIGN_WORDS` and the PIN anchor too, so found once."""
_TABLE_WORDS = ("pass", "pw", "密码", "密碼", "口令") + _TABLE_WORDS_BEYOND
"""Every header word holds one of these; their positions come from the scan's `Positions` (`pass` and `pw` are
the key=value starts, found anyway): a scan of the `_PW_WORDS` alternation cost 0.5 ms per 64 KB."""


def _table_cells(line: str, delim: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of one row, offsets within `line`, blanks trimmed; a Markdown row's outer pipes
    open and close the row, not empty cells."""
    spans: list[tuple[int, int]] = []
    lo, n = 0, len(line)
    if delim == "|":
        lo = line.find("|") + 1 if line.lstrip().startswith("|") else 0
        hi = line.rfind("|") if line.rstrip().endswith("|") and line.rfind("|") >= lo else n
    else:
        hi = n
    start = lo
    while start <= hi:
        cut = line.find(delim, start, hi)
        stop = hi if cut < 0 else cut
        a, b = start, stop
        while a < b and line[a] in " \t\r":
            a += 1
        while b > a and line[b - 1] in " \t\r":
            b -= 1
        if b - a >= 2 and line[a] in "\"'" and line[b - 1] == line[a]:
            a, b = a + 1, b - 1  # a quoted CSV cell (or an SQL literal): the value inside the quotes
        spans.append((a, b))
        if cut < 0:
            break
        start = cut + 1
    return spans


def _password_columns(line: str, header: list[tuple[int, int]]) -> list[int]:
    """The header cells naming the password: password words first; a `credential` / `secret` cell only when no
    cell is a password word and another cell names the account (user, login, 账号 …)."""
    named = [i for i, (a, b) in enumerate(header) if _TABLE_HEADER_CELL.fullmatch(line, a, b)]
    words = [i for i in named if not _SECRET_HEADER.fullmatch(line, *header[i])]
    if words or not named:
        return words
    if any(_ACCOUNT_HEADER.fullmatch(line, a, b) for a, b in header):
        return named
    return []


def _table_hits(view: View, positions: list[int], detector: str) -> list[Hit]:
    """The password column of a table: a header row (Markdown pipes, tabs pasted from a spreadsheet, CSV) with a
    cell that is a password word, then the rows under it that have as many cells; each cell in that column that
    is one token shaped like a password (not a placeholder, a hash or a note such as 见附件)."""
    text = view.text
    hits: list[Hit] = []
    n = len(text)
    done = 0
    for at in positions:  # only the lines holding a password word can be a header
        if at < done:
            continue
        pos = text.rfind("\n", 0, at) + 1
        nl = text.find("\n", at)
        end = n if nl < 0 else nl
        line = text[pos:end]
        nxt = end + 1
        kv_row = _markdown_kv_row(text, pos, end)
        if kv_row is not None:
            if _table_value(text[kv_row[0]:kv_row[1]]):
                hits.append(Hit("PASSWORD", *view.to_original(*kv_row), 0.8, f"{detector}:table_kv"))
        elif len(line) <= 400 and _TABLE_HEADER_LINE.search(line) is not None:
            for delim in _TABLE_DELIMS:
                if delim not in line:
                    continue
                header = _table_cells(line, delim)
                cols = _password_columns(line, header)
                if len(header) < 2 or len(cols) != 1:
                    continue
                col, row_at = cols[0], nxt
                cell_value = _pin_value if _PIN_HEADER.fullmatch(line, *header[col]) else _table_value
                while row_at < n:
                    rnl = text.find("\n", row_at)
                    rend = n if rnl < 0 else rnl
                    row = text[row_at:rend]
                    if rend - row_at > 400 or delim not in row and not (row.strip() and _TABLE_SEPARATOR_ROW.fullmatch(row)):
                        break  # psql's `-----+-----` rule under the header has no pipe of its own
                    cells = _table_cells(row, delim)
                    if not _TABLE_SEPARATOR_ROW.fullmatch(row):
                        if len(cells) != len(header):
                            break
                        a, b = cells[col]
                        value = row[a:b]
                        if cell_value(value):
                            hits.append(Hit("PASSWORD", *view.to_original(row_at + a, row_at + b), 0.8,
                                            f"{detector}:table"))
                    row_at = rend + 1
                nxt = max(nxt, row_at)
                break
        elif len(line) <= 400 and "  " in line:
            nxt = _aligned_rows(view, line, pos, nxt, hits, detector)
        done = nxt
    return hits


_ALIGNED_GAP = re.compile(r"[ \t]{2,}")
_ALIGNED_HEADER_CELL = re.compile(r"[A-Za-z_][\w .\-]{0,23}|[\u4e00-\u9fff]{1,8}")


def _aligned_rows(view: View, line: str, pos: int, nxt: int, hits: list[Hit], detector: str) -> int:
    """A table pasted from a terminal or a spreadsheet with blanks between its columns: a header whose cells
    (words, two blanks or more apart) include one password word, then rows with as many blank-separated
    tokens; the token in the password column is read like a table cell. Returns where the table ends."""
    cells = _ALIGNED_GAP.split(line.strip())
    cols = [i for i, c in enumerate(cells) if _TABLE_HEADER_CELL.fullmatch(c)]
    if len(cells) < 2 or len(cols) != 1 or not all(_ALIGNED_HEADER_CELL.fullmatch(c) for c in cells):
        return nxt
    col, text, n = cols[0], view.text, len(view.text)
    cell_value = _pin_value if _PIN_HEADER.fullmatch(cells[col]) else _table_value
    row_at = nxt
    while row_at < n:
        rend = _line_end(text, row_at)
        row = text[row_at:rend]
        tokens = list(re.finditer(r"\S+", row)) if rend - row_at <= 400 else []
        if len(tokens) != len(cells):
            break
        token = tokens[col]
        if cell_value(token.group()):
            hits.append(Hit("PASSWORD", *view.to_original(row_at + token.start(), row_at + token.end()), 0.8,
                            f"{detector}:table_aligned"))
        row_at = rend + 1
    return max(nxt, row_at)


def _pin_value(value: str) -> bool:
    """A cell under a PIN header: four to eight digits, not one digit repeated."""
    return value.isdigit() and 4 <= len(value) <= 8 and len(set(value)) > 1


def _markdown_kv_row(text: str, pos: int, end: int) -> tuple[int, int] | None:
    """The value cell of a Markdown key / value row (`| 密码 | K7#mQ2xz |` under `| 项目 | 值 |`): a row of two
    cells whose first names the password, inside a table (a row above it), not its header (no separator under
    it). Returns the value's (start, end) in `text`."""
    line = text[pos:end]
    if not line.lstrip().startswith("|") or end - pos > 400 or pos < 2:
        return None
    above = text.rfind("\n", 0, pos - 1) + 1
    if not text[above:pos - 1].lstrip().startswith("|"):
        return None
    nl = text.find("\n", end + 1)
    below = text[end + 1:len(text) if nl < 0 else nl]
    if end < len(text) and below.lstrip().startswith("|") and _TABLE_SEPARATOR_ROW.fullmatch(below):
        return None
    cells = _table_cells(line, "|")
    if len(cells) != 2 or _TABLE_HEADER_CELL.fullmatch(line, *cells[0]) is None:
        return None
    a, b = cells[1]
    if b - a >= 2 and line[a] == "`" and line[b - 1] == "`":
        a, b = a + 1, b - 1
    return pos + a, pos + b


def _table_value(value: str) -> bool:
    """A cell that holds a password: one printable ASCII token shaped like one, not a stand-in for it."""
    if not value.isdigit() and re.fullmatch(r"[\d\-/:.]+", value):
        return False  # 2026-12-01, 10:30, 1.2.3: a date, a time or a version, not a password
    if _zh_password(value):
        return True
    return (3 <= len(value) <= 64 and all("!" <= c <= "~" for c in value) and _password_shape(value)
            and not is_placeholder(value) and not _HASH_VALUE.match(value) and not _NAMED_PASSWORD.fullmatch(value)
            and not value.startswith(("$", "{", "<", "%")))

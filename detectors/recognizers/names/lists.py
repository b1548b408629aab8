"""Names set side by side: 、-lists in prose (周杰、吴婷、郑浩), enumerations after a label (参会人：A、B),
the other members of a list once one is a name, and the cells of Markdown, CSV / TSV and space-aligned tables
under a name column, or in rows beside found names.

Once a list or a column holds names, a member that is also a word (高峰, 和平) is a name too; these forms
share that rule (_list_word_member, _row_member).
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from detectors.nlp import lexicon, substring
from detectors.recognizers.names.core import (
    AMBIGUOUS, CJK, MEDIUM, STRONG, _Hit, _NUMERALS, _NUMERAL_CHARS, _PREP_SURNAMES, _RUN, _SINGLE, _SUR, _is_cjk,
    _sur_len,
)
from detectors.recognizers.names.cues import FOLLOW, TITLES, _LABEL_SET, _NOT_NAME_TAGS
from detectors.recognizers.names.minority import _DOT, _STEPPE
from detectors.recognizers.names.plausible import (
    _after_name_word, _cell_name, _clean_break, _countries, _glued, _name_ends, _plain_word, best_name, plausible,
    role_noun,
)
from detectors.recognizers.names.prose import _PROSE_NEXT
from detectors.recognizers.names.titled import _TITLE_AT_RE, _titled_at


# The next name of a list; a short note in brackets may close the previous one (周某（主持）、马某).
_LIST_NEXT = re.compile(
    rf"(?:[（(][^）)\n]{{1,8}}[）)])?(?:\s*[、，,/及和]\s*|[ \t\u3000]+)(?P<n>(?:阿|{_SUR}){_RUN}{{1,3}})"
)
# Two or more short runs joined by 、: a list of people (周杰、吴婷、郑浩), starting where a run starts
# or after 有是为括： (checked after the first character, as in _ISOLATED_RE).
_LIST_RE = re.compile(
    rf"{_SUR}{_RUN}{{1,3}}(?:、{_SUR}{_RUN}{{1,3}})+(?:(?![{CJK}])|(?=等|[两二三四五六七八九十几]+[位人名]))"
)
# Where a list may start without its first item being checked alone: not after a Chinese character, or after
# 有 / 是 / 为 / 括 / ：; after any other character the first run may hold the end of the word before it.
_LIST_OPEN = set("有是为括：")


def _enumeration(text: str, pos: int, strength: int) -> Iterator[_Hit]:
    """Names listed after the first one under the same label (参会人：轩辕磊、宇文梓萱)."""
    for _ in range(20):
        m = _LIST_NEXT.match(text, pos)
        if m is None:
            return
        end = best_name(text, m.start("n"), strength)
        if end < 0 and strength == STRONG:
            end = _closed_member(text, m.start("n"))  # 参会：冯宁、温暖: a word-like name closes the list
        if end < 0:
            hit = _titled_at(text, m.start("n"))
            if hit is None:
                return
            yield hit
            pos = hit.end
            continue
        yield _Hit(m.start("n"), end, strength)
        pos = end
        nxt = _TITLE_AT_RE.match(text, pos)
        if nxt and nxt.group("t"):
            pos += len(nxt.group("t"))


_MEMBER_CLOSE = frozenset("、，,；;（(\n\r\t ")


def _closed_member(text: str, s: int) -> int:
    """End of a list item at ``s`` that is a whole run of two or three Chinese characters closed by a list
    separator or the line's end and reads as a name beside names (_row_member), or -1."""
    k = s
    while k < len(text) and k - s < 4 and _is_cjk(text[k]):
        k += 1
    if not 2 <= k - s <= 3 or (k < len(text) and text[k] not in _MEMBER_CLOSE):
        return -1
    return k if _row_member(text[s:k]) else -1


def _lists(text: str) -> Iterator[re.Match[str]]:
    """``_LIST_RE.finditer(text)``, tried only a few characters before each 、: a match holds a 、 two
    to four characters after its start, and 、 is far rarer than the surname characters it starts with."""
    done = 0  # where the next match may start: the last match's end, or past positions already tried
    at = text.find("、")
    while at >= 0:
        for s in range(max(done, at - 4), at - 1):
            m = _LIST_RE.match(text, s)
            if m is not None:
                yield m
                done = m.end()
                break
        else:
            done = max(done, at + 1)
        at = text.find("、", max(at + 1, done))


def _listed_word_name(text: str, a: int, b: int) -> bool:
    """Does text[a:b], a list item, read as surname + given name at label strength (初二 does not: a
    numeral makes a grade)?"""
    value = text[a:b]
    return _cell_name(value) and best_name(text, a, STRONG) == b and not _NUMERALS.intersection(value[1:])


# What may follow the last name of a list in running text: a count of the people (三人, 两位) or 等.
_LIST_COUNT = re.compile("[两二三四五六七八九十几多]+(?:位|人|名)|等")


def _list_tail(text: str, end: int) -> bool:
    """Does the clause go on at ``end`` after the last name of a list (…、常某参加, …、白某某三人组成)?"""
    if _name_ends(text, end) or _after_name_word(text, end):
        return True
    return _LIST_COUNT.match(text, end) is not None or _clean_break(text, end)


def _list_word_member(value: str) -> bool:
    """王某某、和平、钱某某: between names, a two-character item that reads as surname + given name is one
    of them even when it is a common word, as a cell under a name column is (not a place or a role)."""
    return (
        len(value) == 2 and _cell_name(value) and value not in lexicon.admin_short_names()
        and value not in lexicon.admin_names() and not role_noun(value) and value not in _LABEL_SET
    )


def _list_items(text: str, pos: int, parts: list[str]) -> Iterator[_Hit]:
    """The names of a 、-list of short runs (周杰、吴婷、郑浩). Two items that read as names at MEDIUM make
    it a list of people; then an item that is also a word (高峰, 白雪) but reads as surname + given name
    at label strength is one of them too, as a cell under a name column is."""
    items: list[tuple[int, int, bool]] = []
    first = parts[0]
    if (
        text[pos] in _PREP_SURNAMES and len(first) >= 3 and pos > 0 and _is_cjk(text[pos - 1])
        and text[pos - 1] not in _LIST_OPEN and _sur_len(text, pos + 1)
    ):
        pos, parts = pos + 1, [first[1:]] + parts[1:]  # 由石某、龙某某: 由 introduces the list
    elif pos > 0 and _is_cjk(text[pos - 1]) and text[pos - 1] not in _LIST_OPEN:
        # 授予王海燕、于春生: the first run counts only as a name found on its own, not glued to the left
        end = best_name(text, pos, MEDIUM)
        if end != pos + len(parts[0]) or _glued(text, pos):
            pos += len(parts[0]) + 1
            parts = parts[1:]
    for k, part in enumerate(parts):
        end = best_name(text, pos, MEDIUM)
        if k == len(parts) - 1 and pos < end < pos + len(part) and _list_tail(text, end):
            items.append((pos, end, True))  # 钱某某、常某参加: the last name runs into the clause
        else:
            items.append((pos, pos + len(part), end == pos + len(part)))
        pos += len(part) + 1
    confirmed = sum(ok for _, _, ok in items)
    if confirmed == 0:
        return
    loose = [
        ok or _listed_word_name(text, a, b) or (confirmed >= 2 and _list_word_member(text[a:b]))
        for a, b, ok in items
    ]
    if confirmed < 2 and not all(loose):
        return  # one name and a word (王府井、和平门) is no list of people
    for (s, e, _), ok in zip(items, loose):
        if ok:
            yield _Hit(s, e, MEDIUM)


def _row_member(value: str) -> bool:
    """A tab-separated cell beside names that reads as surname + given name is one of them (周一 何浩 高峰 冯凤兰),
    unless it is a place, a role, a field label, a word of three characters or a word that is never a name
    (a verb, an adverb, a time word: 周末, 下午)."""
    if not (_list_word_member(value) or (len(value) == 3 and _cell_name(value) and not _plain_word(value))):
        return False
    tag = lexicon.words().tag_of(value)
    return tag is None or not tag.startswith(_NOT_NAME_TAGS)


_LIST_EDGES = "：:，,。；;（(\n"
# Transliteration characters, with the Mongolian and Yi name elements 那顺, 宝音, 海来, 高娃 (in a list of
# people only: in running text they are too common to start a name).
_LISTED_STEPPE = _STEPPE | set("顺来宝音高")


def _list_item_name(value: str) -> bool:
    """An item of a list of people that reads as a name of its own: a ·-joined transliteration, a run of
    transliteration characters (额尔德尼, 曲比阿乌), optionally after a surname (包苏日娜), or surname + given
    name at label strength; never a dictionary word, a place or a country."""
    if not 2 <= len(value) <= 12 or not all(_is_cjk(c) or c in _DOT for c in value):
        return False
    entry = lexicon.words().get(value)
    if (entry is not None and not entry.tag.startswith("nr")) or value in lexicon.admin_names() or (
        value in _countries()[0]
    ):
        return False
    if any(c in _DOT for c in value):
        return all(len(p) >= 2 for p in re.split(f"[{_DOT}]", value))
    if len(value) >= 3 and all(c in _LISTED_STEPPE for c in value[1 if value[0] in _SINGLE else 0 :]):
        return entry is None or entry.freq < 20  # 阿里巴巴, 克拉玛依: jieba's frequent "persons" are brands, places
    if len(value) > 3:
        return False
    sl = _sur_len(value, 0)
    # 丁国栋: among names, a given name may hold a character that elsewhere is a unit (栋, 号) or a word's end
    return plausible(value, STRONG) or bool(sl) and entry is None and len(value) > sl and not any(
        c in FOLLOW or c in _NUMERALS for c in value[sl:]
    )


def _list_mates(text: str, found: list[_Hit]) -> Iterator[_Hit]:
    """The other items of a 、-list of three or more with an item already found as a name (买合木提·依明、那顺巴雅尔、
    曲比阿乌、丁国栋): when every other item reads as a name of its own (see _list_item_name), they are people too."""
    exact = {(h.start, h.end) for h in found}
    at = text.find("、")
    while at >= 0:
        a = max(text.rfind(c, 0, at) for c in _LIST_EDGES) + 1
        ends = [k for k in (text.find(c, at) for c in _LIST_EDGES) if k >= 0]
        b = min(ends) if ends else len(text)
        for tail in ("等同志", "等人", "等"):
            k = text.rfind(tail, a, b)
            if k > at and k + len(tail) == b:
                b = k
                break
        items: list[tuple[int, int]] = []
        pos = a
        for part in text[a:b].split("、"):
            value = part.strip(" \t")
            if value:
                st = pos + part.index(value)
                items.append((st, st + len(value)))
            pos += len(part) + 1
        # round 15n: 朴子轩女士、雷鸣、苗总监: an item that is a found name and a title after it is a named one too
        titled = {it for it in items if it not in exact and _found_then_title(text, it, found)}
        named = sum(it in exact or it in titled for it in items)
        rest = [it for it in items if it not in exact and it not in titled]
        # a list of people holds people only: one item that reads as no name (财务部, 高兴) and it is not one
        if named and len(items) >= 3 and rest and all(_list_item_name(text[st:e]) for st, e in rest):
            for st, e in rest:
                yield _Hit(st, e, MEDIUM)
        at = text.find("、", b)


_TITLE_WORDS = frozenset(TITLES.split("|"))


def _found_then_title(text: str, item: tuple[int, int], found: list[_Hit]) -> bool:
    """Is the item a found name followed by a title and nothing else (朴子轩女士, 郑总监)?"""
    st, e = item
    return any(h.start == st and st < h.end < e and text[h.end : e] in _TITLE_WORDS for h in found)


_PROSE_COUNTED = frozenset("位人户名家个")
# Verbs that open a list of the people asked or told (请某某、某某, 通知某某、某某).
_PROSE_LIST_OPEN = ("请", "让", "由", "通知", "叫", "派", "安排")
_RURAL_NUMERALS = frozenset("二三四五六七八九")


def _prose_list_head(text: str, found: list[_Hit]) -> Iterator[_Hit]:
    """请李二妮、某某: the first member of a list right after a verb of asking, before a found name, may hold a
    numeral (李二妮, 王三喜) that the given-name check refuses elsewhere; it must read as a name otherwise."""
    taken = {h.end for h in found}
    for h in found:
        e = h.start - 1
        if e < 2 or text[e] != "、" or e in taken:
            continue
        for s in (e - 3, e - 2):
            if s < 1 or not text.startswith(_PROSE_LIST_OPEN, s - 1) and not text.startswith(_PROSE_LIST_OPEN, s - 2):
                continue
            if _sur_len(text, s) != 1 or text[s] in AMBIGUOUS or text[s] in _PREP_SURNAMES:
                continue
            name = text[s:e]
            if plausible(name, MEDIUM) or (
                len(name) == 3 and name[1] in _RURAL_NUMERALS and plausible(name, STRONG)
                and lexicon.given_weights().get(name[2], 0) >= 20
            ):
                yield _Hit(s, e, MEDIUM)
                break


def _prose_list_tail(text: str, found: list[_Hit]) -> Iterator[_Hit]:
    """请某某、某某带好材料: the member after a found name and 、 that runs on into the clause (no closing mark
    after it) is a name when it ends where a clause word or a count (几户, 三位) starts."""
    taken = {h.start for h in found}
    for h in found:
        s = h.end + 1
        if text[h.end : s] != "、" or s in taken or s >= len(text) or not _sur_len(text, s):
            continue
        if _sur_len(text, s) == 1 and (text[s] in AMBIGUOUS or text[s] in _PREP_SURNAMES):
            continue
        for end in (s + 3, s + 2):
            if end > len(text) or best_name(text[:end], s, MEDIUM) != end:
                continue
            nxt = text[end : end + 1]
            if text[end - 1] in "老小":
                continue  # 唐老三: a nickname, not surname + given name
            counted = nxt in _NUMERAL_CHARS and text[end + 1 : end + 2] in _PROSE_COUNTED
            if (
                _name_ends(text, end) or counted or nxt in "几等各" or _clean_break(text, end)
                or text.startswith(_PROSE_NEXT, end)
            ):
                yield _Hit(s, end, MEDIUM)
                break


_TABLE_RULE = re.compile(r"[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*\|")
# Whether a Markdown table rule is anywhere in the text (a literal first, so ``re`` skips in C).
_TABLE_GATE = re.compile(r"\|[ \t]*:?--")
_NAME_HEADERS = frozenset(["姓名", "名字", "name", "Name", "NAME", "Full name", "full_name", "联系人姓名", "客户姓名",
                           # a task list's or a rota's person column (| 任务 | 负责 | 截止 |)
                           "负责", "处理", "经办", "值班", "使用人", "创建人", "操作人", "assignee", "Assignee", "owner",
                           "Owner"])


_CELL = re.compile(r"\S+")


def _spaced_table(text: str) -> Iterator[_Hit]:
    """Rows of a table aligned with spaces or tabs under a 姓名 column (工号 姓名 部门 / A1023 田野 行政部):
    a row with as many cells as the header has one name in that column, as a Markdown cell does."""
    n = len(text)
    at = -1
    while (at := text.find("姓名", at + 1)) >= 0:
        if (at > 0 and not text[at - 1].isspace()) or (at + 2 < n and not text[at + 2].isspace()):
            continue  # 姓名： is a label, not a column header
        line_start = text.rfind("\n", 0, at) + 1
        line_end = text.find("\n", at)
        line_end = n if line_end < 0 else line_end
        cells = [c.group() for c in _CELL.finditer(text, line_start, line_end)]
        if len(cells) < 2:
            continue
        col = cells.index("姓名")
        pos = line_end + 1
        while pos < len(text):
            stop = text.find("\n", pos)
            stop = len(text) if stop < 0 else stop
            row = list(_CELL.finditer(text, pos, stop))
            if len(row) != len(cells):
                break
            cell = row[col]
            value = cell.group()
            if _is_cjk(value[0]) and (
                _cell_name(value) or best_name(text, cell.start(), STRONG) == cell.end()
            ):
                yield _Hit(cell.start(), cell.end(), STRONG)
            pos = stop + 1


# Column headers that name one person per row in a comma-, semicolon- or tab-separated table.
_DELIMITED_HEADERS = ("姓名", "名字", "联系人", "负责人", "收件人", "收货人", "经办人", "申请人", "员工", "学生", "客户",
                      # who holds a ticket, a device or a task in an export (工单,处理人,状态 / ticket,assignee)
                      "处理人", "使用人", "责任人", "操作人", "创建人", "审批人", "值班人", "跟进人", "对接人",
                      "assignee", "owner")
_DELIMITED_HEADER_SET = frozenset(_DELIMITED_HEADERS)
_DELIMITERS = (",", "\t", "，", ";", "；")
_MAX_HEADER_LINE = 400
_CELL_EDGE = frozenset(",\t，;；\n\r \"'")
_CELL_PAD = " \t\r\"'"


def _delimited_table(text: str) -> Iterator[_Hit]:
    """Rows of a CSV / TSV table under a 姓名 column (姓名,部门,手机 / 高峰,基础架构部,138…): the header vouches
    for the cell in its column on every row below it, as in a Markdown table. Rows may have extra or missing
    trailing cells (a broken export is exactly what people paste); the table ends at the first line without
    the delimiter."""
    n = len(text)
    checked: set[int] = set()
    for header in _DELIMITED_HEADERS:
        if not substring.chars_in(text, header):
            continue  # one character missing: a few µs, where a search for the word steps through the whole text
        at = 0
        while (at := substring.find(text, header, at)) >= 0:
            before = text[at - 1] if at else "\n"
            after = text[at + len(header)] if at + len(header) < n else "\n"
            if (before not in _CELL_EDGE or after not in _CELL_EDGE) or (before == "\n" and after == "\n"):
                at += len(header)  # prose (客户反馈…) or a line of its own: not a header cell
                continue
            line_start = text.rfind("\n", 0, at) + 1
            line_end = text.find("\n", at)
            line_end = n if line_end < 0 else line_end
            at = line_end  # one look per line: a long line full of 客户 costs one pass, not one per mention
            if line_start in checked or line_end - line_start > _MAX_HEADER_LINE:
                continue
            checked.add(line_start)
            line = text[line_start:line_end]
            delim = next((d for d in _DELIMITERS if d in line), None)
            if delim is None:
                continue
            cells = [c.strip(_CELL_PAD) for c in line.split(delim)]
            col = next((i for i, c in enumerate(cells) if c in _DELIMITED_HEADER_SET), -1)
            if len(cells) >= 2 and col >= 0:
                yield from _delimited_rows(text, line_end + 1, delim, col, checked)


def _delimited_rows(text: str, pos: int, delim: str, col: int, checked: set[int]) -> Iterator[_Hit]:
    """The cells in column ``col`` of the rows from ``pos`` on; each row's line joins ``checked``, so a header
    word inside the table is not read as a second table (which would make rows cost once per header)."""
    n = len(text)
    while pos < n:
        stop = text.find("\n", pos)
        stop = n if stop < 0 else stop
        line = text[pos:stop]
        if delim not in line or pos in checked:
            return
        checked.add(pos)
        cell_start = pos
        for i, cell in enumerate(line.split(delim)):
            if i == col:
                value = cell.strip(_CELL_PAD)
                if value and _is_cjk(value[0]) and len(value) <= 6:
                    s = cell_start + cell.index(value)
                    if _cell_name(value) or best_name(text, s, STRONG) == s + len(value):
                        yield _Hit(s, s + len(value), STRONG)
                break
            cell_start += len(cell) + len(delim)
        pos = stop + 1


def _table(text: str) -> Iterator[_Hit]:
    """Markdown table cells under a name column (| 姓名 | 手机 | ... then |李某|138...|): the header
    vouches for every cell below it, as a label does for the value after it."""
    lines = text.split("\n")
    offsets = []
    pos = 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    columns: set[int] = set()
    for k, line in enumerate(lines):
        if "|" not in line:
            columns = set()
            continue
        if _TABLE_RULE.match(line) and k > 0:
            head = [c.strip() for c in lines[k - 1].strip().strip("|").split("|")]
            columns = {i for i, c in enumerate(head) if c in _NAME_HEADERS or c in _LABEL_SET}
            continue
        if not columns:
            continue
        body = line.strip()
        lead = offsets[k] + line.index(body) + (1 if body.startswith("|") else 0)
        cells = (body[1:] if body.startswith("|") else body).split("|")
        cell_start = lead
        for i, cell in enumerate(cells):
            value = cell.strip()
            if i in columns and value and _is_cjk(value[0]):
                s = cell_start + cell.index(value)
                if best_name(text, s, STRONG) == s + len(value) or _cell_name(value):
                    yield _Hit(s, s + len(value), STRONG)
            cell_start += len(cell) + 1


_ROW_MIN_NAMES = 2


def _row_mates(text: str, found: list[_Hit]) -> Iterator[_Hit]:
    """Rows of a tab-separated paste (a rota, a roster) holding two or more whole cells already found as names:
    their other cells that read as names are people too, as a cell under a name column is."""
    exact = {(h.start, h.end) for h in found}
    n = len(text)
    tab = text.find("\t")
    while tab >= 0:  # only the lines that hold a tab
        pos = text.rfind("\n", 0, tab) + 1
        stop = text.find("\n", tab)
        stop = n if stop < 0 else stop
        cells: list[tuple[int, int]] = []
        a = pos
        for part in text[pos:stop].split("\t"):
            value = part.strip(_CELL_PAD)
            if value:
                s = a + part.index(value)
                cells.append((s, s + len(value)))
            a += len(part) + 1
        if sum(c in exact for c in cells) >= _ROW_MIN_NAMES:
            for s, e in cells:
                if (s, e) not in exact and 2 <= e - s <= 3 and _row_member(text[s:e]):
                    yield _Hit(s, e, MEDIUM)
        tab = text.find("\t", stop)

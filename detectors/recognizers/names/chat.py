"""Names in chat and message frames: speakers heading lines (某某：, [14:03] 某某：), @mentions, message-
export headers (某某 2025-03-01 10:21), forwarded chat-history titles, greetings (晓峰你好), and parents named
after their child in class groups (文欣妈妈).

A chat line is a frame that holds a name only; these forms read the line structure, not the sentence.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from detectors.nlp import fastre, lexicon
from detectors.recognizers.names.core import (
    CJK, MEDIUM, STRONG, WEAK, _Hit, _NUMERALS, _RUN, _SUR, _is_cjk, _offsets_of_word, _sur_len,
)
from detectors.recognizers.names.cues import _LABEL_SET
from detectors.recognizers.names.plausible import _cell_name, _given_ok, best_name, role_noun


# A parent speaking for a child in a class group writes the child's name and the relation (王某某妈妈：);
# the name is the shortest run that leaves a kinship word or nothing before the colon.
KIN_AFTER = "妈妈|爸爸|家长|奶奶|爷爷|外婆|外公|姥姥|姥爷|妈|爸"
# A chat export may stamp each line with the time ([14:03] 某某: ..., 09:15:02 某某：...).
_CHAT_TIME = r"(?:\[?[0-2]?[0-9]:[0-5][0-9](?::[0-5][0-9])?\]?[ \t]+)?"
_SPEAKER_BODY = rf"[ \t>*#【\[]*(?P<n>(?:阿|{_SUR}){_RUN}{{1,3}}?)(?:{KIN_AFTER})?[\]】]?\s*[:：]"
_SPEAKER_RE = re.compile(rf"(?m)^{_SPEAKER_BODY}")
# After a newline: ``re`` finds the literal in C, where (?m)^ makes it try every position.
_SPEAKER_NL_RE = re.compile(rf"\n{_SPEAKER_BODY}")
# The same after a time stamp, used only when some line starts with one (most texts have none).
_STAMPED_SPEAKER_RE = re.compile(rf"(?m)^{_CHAT_TIME}{_SPEAKER_BODY}")
_STAMPED_SPEAKER_NL_RE = re.compile(rf"\n{_CHAT_TIME}{_SPEAKER_BODY}")
_STAMP_GATE = re.compile(r"\n\[?[0-2]?[0-9]:[0-5][0-9]")


def _stamped(text: str) -> bool:
    """Does a line start with a chat time stamp ([14:03], 09:15)? find_names asks once, passes it on."""
    return _STAMP_GATE.search(text) is not None or _STAMP_GATE.match("\n" + text[:9]) is not None


_AT_BODY = rf"(?P<n>(?:阿|{_SUR}){_RUN}{{1,3}})"
_AT_RE = re.compile(rf"[@＠]{_AT_BODY}")
_AT_RES = fastre.by_literal(_AT_BODY, "@＠")  # split by first character, see fields._KEY_RES


def _speaker_given(s: str) -> bool:
    """公示期：, 有效期：: a line-heading label whose "given name" holds characters seldom in given names is a field
    label, not a speaker (speakers whose name is a word are confirmed by _chat_speakers instead)."""
    sl = 1 if s.startswith("阿") else _sur_len(s, 0)
    return _given_ok(s[sl:], WEAK)


def _speaker_word(s: str) -> bool:
    """车主：, 时间：: a dictionary word that is not a person or place name cannot be a speaker."""
    entry = lexicon.words().get(s)
    return entry is not None and entry.freq >= 20 and not entry.tag.startswith(("nr", "ns"))


def _chat_speakers(text: str, found: list[_Hit], stamped: bool | None = None) -> Iterator[_Hit]:
    """In a chat with two or more speakers already named, a speaker whose name is also a word (周末：,
    程序：) and who speaks at least twice is one of them."""
    confirmed = {text[h.start : h.end] for h in found}
    named: set[str] = set()
    others: dict[str, list[tuple[int, int]]] = {}
    for m in _speakers(text, stamped):
        s, e = m.start("n"), m.end("n")
        name = text[s:e]
        if name in confirmed:
            named.add(name)
        else:
            others.setdefault(name, []).append((s, e))
    if len(named) < 2:
        return
    for name, spans in others.items():
        if len(spans) < 2 or not _cell_name(name) or role_noun(name) or name in _LABEL_SET:
            continue
        if name in lexicon.admin_short_names() or name in lexicon.admin_names():
            continue
        for s, e in spans:
            yield _Hit(s, e, MEDIUM)


def _speakers(text: str, stamped: bool | None = None) -> Iterator[re.Match[str]]:
    """``_SPEAKER_RE.finditer(text)``: the line at 0, then the lines after each newline (the matches
    of _SPEAKER_NL_RE start at the newline; group ``n`` is the same)."""
    if stamped is None:
        stamped = _stamped(text)
    head, lines = (_STAMPED_SPEAKER_RE, _STAMPED_SPEAKER_NL_RE) if stamped else (_SPEAKER_RE, _SPEAKER_NL_RE)
    pos = 0
    first = head.match(text)
    if first is not None:
        yield first
        pos = first.end()  # a colon: the next line starts after a newline at or after it
    yield from lines.finditer(text, pos)


# A letter or chat that opens on a given name alone (晓峰你好，/ 欣怡，您好): the greeting frames the name.
_GREETED = re.compile(rf"[ \t　]*(?P<n>[{CJK}]{{2}})[，,、 ]?(?:你好|您好)")
"""A greeting line's start, tried at the start of each line holding 你好 / 您好 (`_greeted`)."""
_ADDRESS_FORMS = frozenset("哥姐弟妹总工爷叔姨嫂伯婶们")


def _greeted(text: str) -> Iterator[re.Match[str]]:
    """``re.compile("(?m)^" + _GREETED.pattern).finditer(text)``: a match lies on one line and starts at its start,
    so it is _GREETED's match at the start of a line that holds a greeting (found with `str.find`), line by line.
    Why: ``^`` is tested at every character of the text (0.4 ms over 64 KB), the greetings are few."""
    lines = sorted({text.rfind("\n", 0, at) + 1 for word in ("你好", "您好") for at in _offsets_of_word(text, word)})
    for start in lines:
        m = _GREETED.match(text, start)
        if m is not None:
            yield m


def _greeted_given_names(text: str) -> Iterator[_Hit]:
    """Two characters at a line's start before 你好 / 您好 are a given name when both are common in given names
    and together they are no ordinary word, role or address form (大家, 老师, 客服, 帅哥 stay out)."""
    weights, table = lexicon.given_weights(), lexicon.words()
    for m in _greeted(text):
        name = m.group("n")
        if name[1] in _ADDRESS_FORMS or role_noun(name) or name in _LABEL_SET:
            continue
        if weights.get(name[0], 0) < 50 or weights.get(name[1], 0) < 50:
            continue
        entry = table.get(name)
        if entry is not None and not (entry.tag.startswith("nr") and entry.freq < 200):
            continue
        yield _Hit(m.start("n"), m.end("n"), MEDIUM)


# Found from their first character (one ``str.find`` each: a single character is searched far faster than two).
_KIN_WORDS = frozenset(["妈妈", "爸爸", "奶奶", "爷爷", "姥姥", "姥爷", "家长"])  # 家长: 皓轩家长您好 (round 17)
# Searched by their first character (one str.find each: a single character is searched far faster than two).
_KIN_FIRST = "".join(sorted({w[0] for w in _KIN_WORDS}))
# What may stand right before a child's name in 文欣妈妈 (a list, a clause start, a particle or a preposition).
_KIN_LEFT = frozenset("、，,。：:；;（(\n\t 由和跟与及是请找问给让的")


def _kin_named(text: str) -> Iterator[_Hit]:
    """文欣妈妈、浩宇爸爸, 苗苗妈妈 1份: parents and grandparents are named after their child, by the given name or a reduplicated
    nickname. Two characters right before the kinship word, opening a clause, that are no ordinary word (宝宝,
    孩子, 全职, 二宝) and whose characters are given-name characters, are the child's name."""
    weights = lexicon.given_weights()
    for first in _KIN_FIRST:
        at = text.find(first, 2)
        while at >= 2:
            s = at - 2
            x = text[s:at]
            if (
                text[at : at + 2] in _KIN_WORDS and (s == 0 or text[s - 1] in _KIN_LEFT)
                and _is_cjk(x[0]) and _is_cjk(x[1])
            ):
                entry = lexicon.words().get(x)
                redup = x[0] == x[1]
                need = 10 if redup else 50
                if (
                    (entry is None or (redup and entry.freq < 50 and not entry.tag.startswith("nr")))
                    and all(weights.get(c, 0) >= need and c not in _NUMERALS and c not in "狗猫" for c in x)
                    and x not in lexicon.admin_short_names()
                ):
                    yield _Hit(s, at, MEDIUM)
            at = text.find(first, at + 1)


# The title WeChat gives a forwarded chat history: 张三和李四的聊天记录, 与王芳的聊天记录, 王芳的聊天记录.
_HISTORY = "的聊天记录"


def _chat_history_names(text: str) -> Iterator[_Hit]:
    """The one or two people a forwarded chat history is titled by, at the start of its line: the title is a
    frame that holds names only, so a name that is also a word (方舟, 安然) counts there."""
    at = text.find(_HISTORY)
    while at >= 0:
        line = text.rfind("\n", 0, at) + 1
        title = text[line:at].strip()
        lead = line + len(text[line:at]) - len(text[line:at].lstrip())
        if title.startswith(("与", "和")) and len(title) <= 5:
            title, lead = title[1:], lead + 1
        parts = title.split("和") if "和" in title[1:] else [title]
        pos = lead
        spans: list[tuple[int, int]] = []
        for part in parts:
            if not 2 <= len(part) <= 4 or best_name(part, 0, STRONG) != len(part):
                spans = []
                break
            spans.append((pos, pos + len(part)))
            pos += len(part) + 1
        for a, b in spans:
            yield _Hit(a, b, STRONG)
        at = text.find(_HISTORY, at + len(_HISTORY))


# A message header of a chat export (WeChat, Feishu): the sender alone on a line with the date and time after it
# (某某 2025-03-01 10:21, 某某  3月1日 10:21); the message follows on the next line.
# DingTalk writes the stamp in brackets with a colon after it (某某(2025-03-01 10:21:05):).
_STAMP_DATE = r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}月\d{1,2}日)[ \t]+[0-2]?\d:[0-5]\d(?::[0-5]\d)?"
_STAMP_BODY = (
    rf"(?P<n>(?:阿|{_SUR}){_RUN}{{1,3}})(?:[ \t]+{_STAMP_DATE}|[(（]{_STAMP_DATE}[)）][:：]?)[ \t]*(?=\r?\n|$)"
)
_STAMP_HEAD_RE = re.compile(_STAMP_BODY)
_STAMP_LINE_RE = re.compile("\n" + _STAMP_BODY)


def _stamp_headers(text: str) -> Iterator[_Hit]:
    """Senders in message headers, when the text holds two or more of them (an export, not one dated line):
    the header is a frame that holds a name only, so a name that is also a word (高超) counts there, as in a
    cell under a name column; roles, labels and places do not."""
    heads = [m for m in (_STAMP_HEAD_RE.match(text),) if m is not None]
    heads.extend(_STAMP_LINE_RE.finditer(text))
    if len(heads) < 2:
        return
    for m in heads:
        s, e = m.start("n"), m.end("n")
        value = text[s:e]
        if (
            _cell_name(value) and not role_noun(value) and value not in _LABEL_SET
            and value not in lexicon.admin_short_names() and value not in lexicon.admin_names()
        ):
            yield _Hit(s, e, MEDIUM)

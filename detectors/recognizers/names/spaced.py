"""Chinese names written apart: single-spaced (贾 秀 荣), padded to a width in signature blocks and table
cells (审　判　长　　何　　鹏, | 张  伟 |), with wide gaps, NBSPs or dots (吴  静, 赵•梓•萱), or split after the
surname (王 海燕).

The gaps hide the name from the run-based forms; these read the characters without their gaps and must tell a
name from spaced-out words (周 一 至 周 五).
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from detectors.nlp import lexicon
from detectors.recognizers.names.core import (
    CJK, MEDIUM, STRONG, _COMPOUND, _Hit, _RUN, _SINGLE, _alts, _is_cjk, _matches_at, _sur_len,
)
from detectors.recognizers.names.cues import LABELS
from detectors.recognizers.names.plausible import _given_ok, _glued, _starts_title, plausible


# From the first gap of a spaced run (贾 秀 荣) after a Chinese character: the run itself starts one
# character earlier, and a gap is rarer than a Chinese character, so ``re`` stops at far fewer places.
_SPACED_RE = re.compile(rf"[ \u3000](?<=[{CJK}].){_RUN}(?:[ \u3000]{_RUN})*")
# Where a match of _SPACED_RE can start, one pattern per gap character: a pattern that starts with one literal
# is searched like ``str.find``, one that starts with a class tests the class at every character (~5x slower).
_SPACED_GATES = [re.compile(rf"{c}(?<=[{CJK}]{c})(?=[{CJK}])") for c in " \u3000"]


_SPACED_CONTEXT_WORDS = tuple(LABELS.split("|")) + ("联系", "转账至", "转账给", "@", "＠", "对接人", "司机")
_SPACED_CONTEXT = re.compile(rf"(?:{_alts(LABELS)}|联系|转账至|转账给|@|＠|对接人|司机)[:：]?\s*$")


def _spaced_context(before: str) -> bool:
    """``_SPACED_CONTEXT.search(before) is not None`` without a search from every position: one of the words,
    then an optional colon, then only white space to the end (no word holds a colon or white space)."""
    head = before.rstrip()
    if head.endswith((":", "：")):
        head = head[:-1]
    return head.endswith(_SPACED_CONTEXT_WORDS)


def _spaced_label(before: str) -> bool:
    """姓 名：田 野: a form that spaces its names spaces its labels too; the label read without its gaps, then a
    colon and white space, comes right before the name."""
    head = before.rstrip(" \t\u3000")
    if not head.endswith((":", "：")):
        return False
    head = head[:-1]
    return " " in head[-4:] and head.replace(" ", "").endswith(_SPACED_CONTEXT_WORDS)


# The signature block of a judgment or notice pads names to the width of the longest (审判长　　何　　鹏,
# 书记员  罗  娟): a label, a gap, and a name with gaps of one to three spaces that ends its line.
_PADDED_RE = re.compile(rf"[{CJK}](?:[ \u3000]{{1,3}}[{CJK}]){{1,6}}[ \t\u3000]*$")
# A wide gap after a Chinese character (`[CJK](?:\u3000|  )[ \u3000]*[CJK]`), as one pattern per kind of gap: each
# starts with literals (two spaces, an ideographic space), so `re` skips to the next gap like `str.find`, where the
# CJK-led form was entered at every Chinese character (0.23-0.36 -> 0.04 ms per 64 KB); the characters on either
# side are checked after it. Only the lines holding one matter (_padded_lines), and a gap never spans lines.
_PADDED_GATES = [
    re.compile(f"{gap}(?<=[{CJK}]{gap})[ \u3000]*(?=[{CJK}])") for gap in ("  ", "\u3000")
]


def _padded_lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each line of ``text`` that holds a wide gap between two Chinese characters, in order."""
    n = len(text)
    pending = [rx.search(text) for rx in _PADDED_GATES]
    while True:
        live = [g for g in pending if g is not None]
        if not live:
            return
        g = min(live, key=lambda m: m.start())
        line = text.rfind("\n", 0, g.start()) + 1
        done = text.find("\n", g.end())
        if done < 0:
            done = n
        yield line, done
        pending = [g if g is None or g.start() >= done else rx.search(text, done)
                   for rx, g in zip(_PADDED_GATES, pending)]


def _padded_names(text: str) -> Iterator[_Hit]:
    """Names padded with spaces after a label at the end of their line (审　判　长　　何　　鹏): the last two to
    four characters of the line's spaced run, when what comes before them on the line, read without its gaps,
    ends with a label."""
    for line, done in _padded_lines(text):  # one look at each line that holds a wide gap
        m = _PADDED_RE.search(text, line, done)
        if m is None:
            continue
        chars = [k for k in range(m.start(), m.end()) if _is_cjk(text[k])]
        for k in (4, 3, 2):
            if k > len(chars):
                continue
            first = chars[-k]
            head = text[line:first].rstrip(" \t\u3000:：").replace(" ", "").replace("\u3000", "")
            name = "".join(text[c] for c in chars[-k:])
            sl = _sur_len(name, 0)
            if (
                head.endswith(_SPACED_CONTEXT_WORDS) and sl and 1 <= k - sl <= 2
                and plausible(name, STRONG) and _given_ok(name[sl:], MEDIUM)
            ):
                yield _Hit(first, chars[-1] + 1, STRONG)
                break


_CELL_EDGES = "|\t\n"
_PADDED_CELL_RE = re.compile(rf"[ \u3000]*(?P<n>{_RUN}(?:[ \u3000]{{1,3}}{_RUN}){{1,3}})[ \u3000]*\Z")


def _padded_cells(text: str) -> Iterator[_Hit]:
    """A name padded or spaced out to fill a table cell or a line of its own (| 张  伟 |, 王　　芳 on a rota):
    the whole cell, read without its gaps, is a surname and a given name; form labels padded the same way
    (金  额, 单  价, 备  注) are words, and a word is no name."""
    done = -1
    gates = sorted(g.start() for rx in _PADDED_GATES for g in rx.finditer(text))
    for at in gates:
        if at < done:
            continue
        a = max(text.rfind(c, 0, at) for c in _CELL_EDGES) + 1
        ends = [k for k in (text.find(c, at) for c in _CELL_EDGES) if k >= 0]
        b = min(ends) if ends else len(text)
        done = b
        m = _PADDED_CELL_RE.fullmatch(text, a, b)
        if m is None:
            continue
        name = m.group("n").replace(" ", "").replace("\u3000", "")
        sl = _sur_len(name, 0)
        tag = lexicon.words().tag_of(name)
        if tag is not None and not tag.startswith("nr"):
            continue  # 毛  重, 房  号: a rare noun is still a form's label
        if sl and 1 <= len(name) - sl <= 2 and plausible(name, MEDIUM) and _given_ok(name[sl:], MEDIUM):
            yield _Hit(m.start("n"), m.end("n"), STRONG)


def _spaced(text: str, start: int, end: int) -> _Hit | None:
    """A name written with spaces between its characters (贾 秀 荣, 迟 杰工程师, 转账至 颜 兵).

    A run's first character may close the word before it (转账至) and its last may open the word
    after it (你那边); those are dropped unless the name needs them (联系曾 超拿钥匙)."""
    if end - start > 13:
        return None  # seven or more spaced characters are spaced-out text, not one name
    if end - start in (3, 5) and (split := _surname_split(text, start, end)) is not None:
        return split  # 王 海燕, 司徒 婉仪: a gap only after the surname
    chars = list(range(start, end, 2))  # positions of the run's characters
    # an end character is glued when it forms a dictionary word with its neighbour outside the run (消费 深 圳,
    # 王 小 明天, 敬祝 商祺); 转告褚　晓　东处理 glues neither: 告褚 and 东处 are no words
    table = lexicon.words()
    glued_left = start > 0 and _is_cjk(text[start - 1]) and text[start - 1 : start + 1] in table
    glued_right = end < len(text) and _is_cjk(text[end]) and text[end - 1 : end + 1] in table
    title_after = end < len(text) and _starts_title(text, end)
    lo, hi = 0, len(chars)
    labelled = _spaced_context(text[max(0, start - 10) : start]) or _spaced_label(text[max(0, start - 10) : start])
    if glued_left and hi - lo > 2 and not labelled:
        lo += 1  # 转账至 颜 兵: 至 closes 转账至; but 收件人隋 兰 英 keeps 隋
    elif (
        start > 1 and _is_cjk(text[start - 1]) and not _is_cjk(text[start - 2])
        and plausible(text[start - 1 : start + 1], MEDIUM)
    ):
        lo += 1  # 1　张燕　男 / 32床 董明 男 (round 16n): 燕 ends the name 张燕, no spaced name starts there
    if glued_right and not title_after and hi - lo > 2:
        hi -= 1
    run = text[start:end:2]  # the run's characters without their gaps
    for a in range(lo, hi - 1):
        if a > 0 and not labelled and _glued(run, a):
            continue  # 请 按 时 提 交: 时 closes 按时, the spaced text is a sentence, not a name
        strength = 0  # the context before chars[a], looked up once it is needed
        for b in range(min(hi, a + 4), a + 1, -1):
            name = text[chars[a] : chars[b - 1] + 1 : 2]  # the characters at chars[a:b], every other one
            sl = _sur_len(name, 0)
            if not sl or len(name) - sl < 1 or len(name) - sl > 2:
                continue
            if not strength:
                before = text[max(0, chars[a] - 10) : chars[a]]
                strength = STRONG if _spaced_context(before) or _spaced_label(before) else MEDIUM
            uses_glued = (a == 0 and glued_left) or (b == len(chars) and glued_right and not title_after)
            if uses_glued and strength < STRONG:
                continue  # 消费 深圳…: the ends belong to the words around them
            if strength < STRONG and (a > 0 or b < len(chars)) and _cuts_word(run, a, b, sl):
                continue  # 周 一 至 周 五, 王 者 荣 耀: spaced-out words, the name would cut one
            if plausible(name, strength) and _given_ok(name[sl:], MEDIUM):
                return _Hit(chars[a], chars[b - 1] + 1, strength)
    return None


_last_runs: tuple[str, list[re.Match[str]]] | None = None
"""The last text given to _spaced_runs and its runs (replaced as one tuple: safe across threads)."""


def _spaced_runs(text: str) -> Iterator[re.Match[str]]:
    """``_SPACED_RE.finditer(text)``, tried only at the gaps _SPACED_GATES find (Chinese on each side). The last
    text's runs are kept: layout.undone asks for the same text's runs after the Chinese forms (round 17)."""
    global _last_runs
    last = _last_runs
    if last is not None and last[0] is text:
        return iter(last[1])
    runs = list(_matches_at(_SPACED_RE, text, sorted(m.start() for rx in _SPACED_GATES for m in rx.finditer(text))))
    _last_runs = (text, runs)
    return iter(runs)


# A Chinese name spaced or dotted apart to slip past a filter (or by OCR): runs of one or two Chinese
# characters with gaps of one to four blanks, or single dots or dashes, between them (吴  静, 王 海燕,
# 欧 阳 娜 娜, 赵•梓•萱, 尉迟．晓东). Single-blank runs of single characters are _spaced's; this takes the wider
# gaps, the NBSP, the dots and the surname-then-given split. Found from the gaps (literals) only.
_GAP_CLASS = " \u3000\u00a0"
_SPLIT_DOTS = "·•・‧∙⋅-－"  # not the full stop: the scanner folds ． to ".", which mostly ends a sentence
# One blank or ideographic space (a single gap) is _SPACED_RE's, and _spaced's; here the wider gaps and the rest.
_FORM_GATES = ("  ", "\u3000\u3000", " \u3000", "\u3000 ", "\u00a0", *_SPLIT_DOTS)
_SPACED_FORM = re.compile(
    rf"(?P<n>[{CJK}]{{1,2}}(?:(?:[{_GAP_CLASS}]{{1,4}}|[{re.escape(_SPLIT_DOTS)}])[{CJK}]{{1,2}}){{1,3}})(?![{CJK}])"
)
# A gate: a gap or dot after a Chinese character, then (across more blanks) one or two Chinese characters and
# something else; running text, where three or more follow, is skipped in C.
_FORM_GAPS = [
    (c, re.compile(f"{re.escape(c)}(?<=[{CJK}]{re.escape(c)})[{_GAP_CLASS}]*(?=[{CJK}]{{1,2}}(?![{CJK}]))"))
    for c in _FORM_GATES
]
_GAP_SPLIT = re.compile(rf"([{_GAP_CLASS}]+|[{re.escape(_SPLIT_DOTS)}])")


def _spaced_forms(text: str) -> Iterator[_Hit]:
    """Chinese names with wide gaps, NBSPs, dots or a gap after the surname, standing apart from the text
    around them (no Chinese character touches either end)."""
    wide = "\u3000" in text  # one test for the three gates that hold it (a two-character `in` is slow)
    gates = sorted(
        g.start() for c, rx in _FORM_GAPS if (wide if "\u3000" in c else c in text) for g in rx.finditer(text)
    )
    done = 0
    for at in gates:
        if at < done:
            continue
        k = at
        while k > 0 and _is_cjk(text[k - 1]) and at - k < 2:
            k -= 1
        if k > 0 and _is_cjk(text[k - 1]):
            continue
        m = _SPACED_FORM.match(text, k)
        if m is None:
            continue
        hit = _spaced_form(text, m)
        if hit is not None:
            done = hit.end
            yield hit


def _spaced_form(text: str, m: re.Match[str]) -> _Hit | None:
    parts = _GAP_SPLIT.split(m.group("n"))
    tokens, gaps = parts[0::2], parts[1::2]
    if len(set(g.strip() or "blank" for g in gaps)) != 1:
        return None  # 张 - 伟: the gaps differ, it is punctuation in a sentence
    dotted = gaps[0].strip() != ""
    single = all(len(t) == 1 for t in tokens)
    name = "".join(tokens)
    sl = _sur_len(name, 0)
    if not sl or not 1 <= len(name) - sl <= 2:
        return None
    if single:
        if len(tokens) > 4 or (not dotted and all(g == " " for g in gaps) and "\u00a0" not in gaps):
            return None  # 张 伟: one blank between single characters is _spaced's
    elif not (len(tokens) == 2 and len(tokens[0]) == sl):
        return None  # 王 海燕 / 上官 佳怡: only a surname, then the given name
    if _starts_title(name, sl):
        return None
    before = text[max(0, m.start() - 10) : m.start()]
    strength = STRONG if _spaced_context(before) or _spaced_label(before) else MEDIUM
    if strength < STRONG and _is_word_pair(name):
        return None  # 毛  重, 周-五: a padded form label or two words, not a name
    if plausible(name, strength) and _given_ok(name[sl:], MEDIUM):
        return _Hit(m.start(), m.end(), strength)
    return None


def _surname_split(text: str, start: int, end: int) -> _Hit | None:
    """王 海燕, 司徒 婉仪, 找 滕 晓雯: the last two characters of a spaced run, a surname (or a compound's second
    character) and the first character of a given name that runs on for at most one more character; before it
    nothing Chinese or one spaced word of one character (找, 的), after it nothing Chinese. The surname and the
    next character must not make a word (马 上到, 高 兴)."""
    first = end - 3
    s = first - 1 if first == start and start > 0 and text[start - 1 : start + 1] in _COMPOUND else first
    if s == first and text[first] not in _SINGLE or s == start and s > 0 and _is_cjk(text[s - 1]):
        return None
    g_end = end + 1  # the run's last character and the one glued to it
    if not _is_cjk(text[end : end + 1]) or g_end < len(text) and _is_cjk(text[g_end]):
        return None
    name = text[s : first + 1] + text[end - 1 : g_end]
    sl = first + 1 - s
    before = text[max(0, s - 10) : s]
    strength = STRONG if _spaced_context(before) or _spaced_label(before) else MEDIUM
    if _starts_title(name, sl) or strength < STRONG and (_is_word_pair(name) or _is_word_pair(name[: sl + 1])):
        return None
    if plausible(name, strength) and _given_ok(name[sl:], MEDIUM):
        return _Hit(s, g_end, strength)
    return None


def _is_word_pair(name: str) -> bool:
    """毛重, 王者, 周一: characters that make a dictionary word other than a name are no name."""
    tag = lexicon.words().tag_of(name)
    return tag is not None and not tag.startswith("nr")


def _cuts_word(run: str, a: int, b: int, sl: int) -> bool:
    """In a spaced run longer than the name run[a:b], does the name's surname with its first given character
    (周一, 王者) or its last character with the run's next one (荣耀) make a dictionary word other than a name?
    Then the run is spaced-out words (周 一 至 周 五, 王 者 荣 耀), not a name among them."""
    return _is_word_pair(run[a : a + sl + 1]) or b < len(run) and _is_word_pair(run[b - 1 : b + 1])

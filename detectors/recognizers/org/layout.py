"""Names broken by layout: wrapped onto the next line of a table cell or a pasted PDF (某某科技有\n  限公司)
and spaced out character by character (杭 州 某 某 科 技 有 限 公 司), found in the text closed up and mapped back.

Separate because they rewrite the text and re-run the Chinese pass on it.
"""
from __future__ import annotations

import re

from detectors.recognizers.org.chinese import _chinese
from detectors.recognizers.org.places import _is_cjk, _place_at, _places_len
from detectors.recognizers.org.stems import _blank_before, _complete, _generic_tail, _specific
from detectors.recognizers.org.suffixes import CJK
from detectors.recognizers.org.walk import _left

# A name wrapped onto the next line of a table cell or a pasted PDF (某某科技有\n      限公司, 某市某区\n  实验小学,
# 某某事务所\n  某地分所): the line break and the indentation are inside the one name.
_WRAP = re.compile(r"[ \t]*\n[ \t\u3000]*")
_WRAP_FORMS = ("股份有限公司", "有限责任公司", "有限公司")
# A line break between two characters of a legal form (有\n限公司, 有限\n公司): found from the break (a literal, so
# ``re`` skips to it in C) with a form's character after it; the one before is looked at in Python.
_SPLIT_FORM = re.compile(r"\n[ \t\u3000]*(?=[份有限责任公司])")
_FORM_CHARS = frozenset("股份有限责任公")
_WRAP_BRANCH = re.compile(rf"[{CJK}]{{2,6}}?(?:分所|分公司|分行|支行|营业部|營業部|分院|分店|分校)(?=$|[ \t\n|，,。；;）)])")
_CELL_START = frozenset(":：|\t ")


def _wrapped(text: str, found: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """The names of ``found`` with their wrapped parts joined, and the names whose legal form is split by a line
    break (有\n限公司). Only line breaks are looked at: a few per text, each tested with string comparisons."""
    out = list(found)
    for br in _SPLIT_FORM.finditer(text):
        b, e = br.start(), br.end()
        while b > 0 and text[b - 1] in " \t":
            b -= 1
        if b == 0 or text[b - 1] not in _FORM_CHARS:
            continue
        left = text[max(0, b - 6) : b]
        for form in _WRAP_FORMS:
            cut = next((i for i in range(1, len(form)) if left.endswith(form[:i]) and text.startswith(form[i:], e)), 0)
            if not cut:
                continue
            pos = b - cut
            if any(a < e and pos < z for a, z, _ in out):
                break
            start = _left(text[:b] + text[e:], pos, True)
            stem = text[start:pos]
            if _specific(stem, True) and not _generic_tail(stem) and not _blank_before(text, start, pos):
                out.append((start, e + len(form) - cut, 0.8))
            break
    if not out:
        return out
    joined: list[tuple[int, int, float]] = []
    for start, end, score in sorted(out):
        # 某市某区 | 实验小学 on two lines: a line that holds only divisions (after a label or a cell's start) is the
        # place the name on the next line begins with
        head = text.rfind("\n", 0, start)
        if head >= 0 and not text[head + 1 : start].strip():
            prev = text[:head].rstrip(" \t")
            k = len(prev)
            while k > 0 and _is_cjk(prev[k - 1]):
                k -= 1
            run = prev[k:]
            if run and _places_len(run, 0, len(run)) == len(run) and (k == 0 or prev[k - 1] in _CELL_START) \
                    and not (joined and joined[-1][1] > k):
                start = k
        # 某某事务所 | 某地分所: a branch alone on the next line belongs to the legal name that ends this one
        nxt = _WRAP.match(text, end)
        if nxt is not None and "\n" in nxt.group() and _complete(text, end):
            wb = _WRAP_BRANCH.match(text, nxt.end())
            if wb is not None and _place_at(text, nxt.end()):
                end = wb.end()
        joined.append((start, end, score))
    return joined


# A name spaced out character by character (杭 州 某 某 科 技 有 限 公 司), as evasive writers and some forms do:
# found in the run closed up, its span mapped back over the spaces (as the address finder does). Searched from a
# space between two Chinese characters (a literal first: ``re`` skips to spaces in C), two spaced ones after it.
_SPACED_GATE = re.compile(rf" (?<=[{CJK}] )(?=[{CJK}] [{CJK}] )")
_MIN_SPACED = 4
"""The fewest characters a spaced run must hold to be read (某某银行)."""


def _spaced_out(text: str) -> list[tuple[int, int, float]]:
    """Names written with one space between every character of a run."""
    out: list[tuple[int, int, float]] = []
    pos = 0
    while (g := _SPACED_GATE.search(text, pos)) is not None:
        a = g.start() - 1
        while a >= 2 and text[a - 1] == " " and (_is_cjk(text[a - 2]) or text[a - 2] in "（()）"):
            a -= 2
        b = g.start() + 1
        while b + 2 < len(text) and text[b + 1] == " " and (_is_cjk(text[b + 2]) or text[b + 2] in "（()）"):
            b += 2
        pos = b + 1
        if (b - a) // 2 + 1 < _MIN_SPACED:
            continue
        closed = text[a : b + 1 : 2]
        out.extend((a + 2 * s, a + 2 * (e - 1) + 1, score) for s, e, score in _chinese(closed))
    return out

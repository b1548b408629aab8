"""Text a layout cut apart (round 17): paragraphs a PDF export hard-wraps at a fixed width, and OCR lines with a
space after every character.

A wrap can fall inside a name (协助訾\\n磊建立) or between a cue and the name it cues, and a spaced-out line hides
every name in it from the run-based forms. The forms are not taught either layout; instead the affected blocks are
read again with the layout undone (wrap breaks and single spaces taken out), and what is found there is mapped back
onto the text, line breaks and spaces inside the span, as the conventions label such names.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from detectors.recognizers.names.core import CJK, _is_cjk
from detectors.recognizers.names.spaced import _spaced_runs

# Full-width punctuation a wrapped line may end or start with (a PDF moves no punctuation to the next line on its
# own, but extraction often does).
_WIDE_PUNCT = frozenset("，。、；：！？“”‘’（）《》「」")
# A line that ends a sentence ends where the writer did, not where the page did.
_SENTENCE_END = frozenset("。！？：")
# A wrapped paragraph's full lines are at least this long, and another one of them is at most _NEAR lines away:
# shorter lines of one length are a list, far-apart ones a coincidence, not a page width.
_MIN_WIDTH, _NEAR = 10, 4
# A line whose characters are spaced out: a character, a single space, a character, at least this often.
_SPACED_LINE_RE = re.compile(rf"[{CJK}：:，。](?: [{CJK}：:，。、（）]){{3,}}")


# A line break between two wide characters (a literal-led pattern, searched like str.find): where a wrap may be.
_WIDE_CLASS = f"[{CJK}{''.join(sorted(_WIDE_PUNCT))}]"
_WRAP_GATE = re.compile(f"\n(?<={_WIDE_CLASS}\n)(?={_WIDE_CLASS})")


def _wide(ch: str) -> bool:
    return _is_cjk(ch) or ch in _WIDE_PUNCT


def _wraps(text: str) -> set[int]:
    """Offsets of the line breaks that wrap a paragraph. A line runs on when a wide character stands on either side
    of its break (_WRAP_GATE, a literal-led search), it ends no sentence, it is no table row (tab, pipe) and the next
    line opens with no label or speaker (张三：). Two such lines of one length (the page width, at least _MIN_WIDTH)
    at most _NEAR lines apart set a width; every such line of that width, or one shorter (a PDF may move a mark to
    the next line), near one of that width, ends in a wrap. The work grows with the line breaks between wide
    characters, not with the text."""
    runs: list[tuple[int, int]] = []  # (start, end) of each line that runs on into the next
    for g in _WRAP_GATE.finditer(text):
        nl = g.start()
        a = text.rfind("\n", 0, nl) + 1
        if nl - a < _MIN_WIDTH - 1 or text[nl - 1] in _SENTENCE_END:
            continue
        nxt = text.find("\n", nl + 1)
        nxt = len(text) if nxt < 0 else nxt
        head = text[nl + 1 : min(nxt, nl + 11)]
        if "：" in head or ":" in head or text.find("\t", a, nxt) >= 0 or text.find("|", a, nl) >= 0:
            continue
        runs.append((a, nl))
    breaks: set[int] = set()
    for i, (a, e) in enumerate(runs):
        w = e - a
        for b, f in runs[max(0, i - _NEAR) : i + _NEAR + 1]:
            if (b, f) != (a, e) and f - b >= _MIN_WIDTH and w in (f - b, f - b - 1):
                lo, hi = (e, b) if e < b else (f, a)
                if text.count("\n", lo, hi) <= _NEAR and (w == f - b or _has_width(runs, i, f - b)):
                    breaks.add(e)
                    break
    return breaks


def _has_width(runs: list[tuple[int, int]], i: int, w: int) -> bool:
    """Do two lines of width ``w`` near line ``i`` run on (the width is set, not one line one longer)?"""
    near = [f - b for b, f in runs[max(0, i - _NEAR) : i + _NEAR + 1]]
    return near.count(w) >= 2


def _spaced_lines(text: str) -> Iterator[tuple[int, int]]:
    """Lines whose characters are mostly spaced out one by one (OCR of a form or a receipt): the lines that hold a
    run of at least three spaced Chinese characters (spaced._spaced_runs, the scan the spaced-name form already
    made), measured line by line."""
    done = -1
    for run in _spaced_runs(text):
        if run.end() - run.start() < 4 or run.start() < done:
            continue  # 字 字: two characters are a spaced name, not a spaced line
        a = text.rfind("\n", 0, run.start()) + 1
        b = text.find("\n", run.end())
        b = len(text) if b < 0 else b
        done = b
        spaced = sum(m.end() - m.start() for m in _SPACED_LINE_RE.finditer(text, a, b))
        if b - a >= 7 and spaced * 2 >= b - a:
            yield a, b


def undone(text: str) -> list[tuple[str, list[int]]]:
    """Each block the layout cut apart, read without its wrap breaks and layout spaces: (the block as read, where
    each of its characters sits in ``text``). Empty for most texts."""
    drop = _wraps(text) if "\n" in text else set()
    for a, b in _spaced_lines(text) if " " in text else ():
        for i in range(a + 1, b - 1):
            if text[i] == " " and text[i - 1] != " " and text[i + 1] != " ":
                drop.add(i)
    out: list[tuple[str, list[int]]] = []
    for a, b in _blocks(text, sorted(drop)):
        keep = [i for i in range(a, b) if i not in drop]
        out.append(("".join(text[i] for i in keep), keep))
    return out


def _blocks(text: str, drop: list[int]) -> Iterator[tuple[int, int]]:
    """The lines around each dropped character (a wrap break joins its line and the next), merged where they touch,
    as (start, end) offsets; ``drop`` sorted."""
    start, end = -1, -1
    for i in drop:
        a = text.rfind("\n", 0, i) + 1
        b = text.find("\n", i + 1)
        b = len(text) if b < 0 else b
        if start >= 0 and a <= end + 1:
            end = max(end, b)
            continue
        if start >= 0:
            yield start, end
        start, end = a, b
    if start >= 0:
        yield start, end

"""Text a layout cut apart (round 17): paragraphs a PDF export hard-wraps at a fixed width, and OCR lines with a
space after every character.

A wrap can fall inside a name (协助訾\\n磊建立) or between a cue and the name it cues, and a spaced-out line hides
every name in it from the run-based forms. The forms are not taught either layout; instead the affected blocks are
read again with the layout undone (wrap breaks and single spaces taken out), and what is found there is mapped back
onto the text, line breaks and spaces inside the span, as the conventions label such names.
"""
from __future__ import annotations

import itertools
import operator
import re
from collections.abc import Iterator

from detectors.recognizers.names.core import CJK, _is_cjk

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
# A single space between two Chinese characters that are themselves spaced (字 字 字): where such a line may be.
_SPACED_GATE = re.compile(rf" (?<=[{CJK}] )(?=[{CJK}] [{CJK}](?: |$))")


def _wide(ch: str) -> bool:
    return _is_cjk(ch) or ch in _WIDE_PUNCT


def _wraps(text: str) -> set[int]:
    """Offsets of the line breaks that wrap a paragraph. Two lines at most _NEAR apart, of one length (the page
    width, at least _MIN_WIDTH), that both run on into the next line, set a width; around them every line of that
    width, or one shorter (a PDF may move a mark to the next line), that runs on ends in a wrap. Lines run on when a
    wide character stands on either side of the break, the line ends no sentence, neither is a table row (tabs,
    pipes) and the next line opens with no label or speaker (张三：). Equal lengths are found in C (a ``map`` of
    ``eq`` over the lengths and a shifted copy): a text whose lines never repeat a length nearby costs a ``split``
    and those maps."""
    lines = text.split("\n")
    if len(lines) < 3:
        return set()
    lens = [len(x) for x in lines]
    keyed = [n if n >= _MIN_WIDTH else -1 - k for k, n in enumerate(lens)]  # short lines match nothing
    seeds = [
        (k, k + d) for d in range(1, _NEAR + 1)
        for k in itertools.compress(itertools.count(), map(operator.eq, keyed, keyed[d:]))
    ]

    def runs_on(k: int) -> bool:
        if k + 1 >= len(lines) or not lines[k + 1] or lines[k][-1] in _SENTENCE_END:
            return False
        head = lines[k + 1][:10]
        if "\t" in lines[k] or "\t" in lines[k + 1] or "|" in lines[k]:
            return False  # rows of a table, not lines of a paragraph
        return _wide(lines[k][-1]) and _wide(lines[k + 1][0]) and "：" not in head and ":" not in head

    breaks: set[int] = set()
    starts: list[int] = []
    for a, b in seeds:
        if not (runs_on(a) and runs_on(b)):
            continue
        if not starts:
            starts = [0, *itertools.accumulate(n + 1 for n in lens)]
        width = lens[a]
        for k in range(max(0, a - _NEAR), min(len(lines), b + _NEAR + 1)):
            if lens[k] in (width, width - 1) and runs_on(k):
                breaks.add(starts[k] + lens[k])
    return breaks


def _spaced_lines(text: str) -> Iterator[tuple[int, int]]:
    """Lines whose characters are mostly spaced out one by one (OCR of a form or a receipt): found from a gate (a
    single space between two spaced characters, a literal-led pattern), then measured line by line."""
    pos = 0
    while True:
        g = _SPACED_GATE.search(text, pos)
        if g is None:
            return
        a = text.rfind("\n", 0, g.start()) + 1
        b = text.find("\n", g.end())
        if b < 0:
            b = len(text)
        spaced = sum(m.end() - m.start() for m in _SPACED_LINE_RE.finditer(text, a, b))
        if b - a >= 7 and spaced * 2 >= b - a:
            yield a, b
        pos = b + 1


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

"""ViewRecognizer: a Presidio PatternRecognizer that matches on the normalized view, fast.

Why not Presidio's own `PatternRecognizer.analyze`: it compiles with the `regex` module, runs on the raw
text (so full-width digits or a zero-width space defeat it) and needs NLP artifacts for context. Here each
pattern is compiled once with `re`, optionally gated by a cheap trigger, run on the `View` built once per scan
by the Scanner, checked with `validate_result` / `invalidate_result`, scored up when a context word is near,
and mapped back to original offsets. `analyze()` keeps the Presidio signature, so the recognizer still works
inside a plain `AnalyzerEngine`.

Pattern conventions: a named group ``v`` marks the value inside a larger match (``password=(?P<v>...)``);
otherwise the whole match is the value.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from presidio_analyzer import AnalysisExplanation, Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from detectors.normalize import View, normalize

__all__ = ["LINE_GAP", "NOT_AFTER_ALNUM", "NUMBER_DECOY_WORDS", "SEP", "SEP_DIGIT", "Hit", "ViewRecognizer", "compact",
           "header_cell"]

SEP = r"(?:[ \-.\t]|[ \t]?\r?\n[ \t]?)"
"""A separator tolerated between the characters of a number: space, dash, dot, tab or one line break (with a
space or tab on either side: "110105 19491231 " + "002X" joined by the proxy's newline)."""
LINE_GAP = r"[ \t]?\r?\n[ \t]?"
"""A line break between two digit groups, with at most one space or tab on either side."""
SEP_DIGIT = r"(?:\d|[ \-.\t]\d|[ \t]?\r?\n[ \t]?\d)"
"""``(?:SEP?\d)`` with the digit tried first: the same matches (a gap between two digits is either nothing or one
SEP), without trying both separator forms before every digit of a long number."""
NOT_AFTER_ALNUM = r"(?<![0-9A-Za-z].)"
"""``(?<![0-9A-Za-z])`` written AFTER a pattern's first character (``[1-9]`` + NOT_AFTER_ALNUM, not the other way
round): a leading look-behind makes `re` enter the matcher at every position of the text, a leading character or
class lets it skip to the candidates in C (see detectors.nlp.fastre). The first character must not be a newline."""

_NON_ALNUM = re.compile(r"[^0-9A-Za-z]+")

NUMBER_DECOY_WORDS = re.compile(
    r"(?:会议号|会议ID|会议 ID|会议室|meeting|订单|单号|运单|工单|流水|编号|发票|invoice|order|tracking|物流|预订号|"
    r"交易号|批次|工号|尾号|版本|序列号|serial|合同号|快递|票号|航班|ticket|券号|房间号|request|trace|"
    r"统一社会信用代码|信用代码|税号)[^0-9\n]{0,6}$",
    re.IGNORECASE)
"""Words right before a number that say it is an order / meeting / tracking number, not a person's."""
_NEGATIVE_HINT = re.compile(r"[会单号流编发票物预交批工尾版序合快航券房统信税]|[a-z]", re.IGNORECASE)
"""A character every NUMBER_DECOY_WORDS entry contains: the full (slower) pattern runs only when one is near."""


def compact(value: str) -> str:
    """Digits and ASCII letters only, upper-cased: the form check-digit rules take."""
    if value.isascii() and value.isalnum():
        return value.upper()  # nothing to remove (most candidates)
    return _NON_ALNUM.sub("", value).upper()


class Hit(NamedTuple):
    """One raw match, offsets already in ORIGINAL code points."""

    entity_type: str
    start: int
    end: int
    score: float
    detector: str


class ViewRecognizer(PatternRecognizer):
    """Base for Guanqia's recognizers (see module docstring)."""

    name: str
    patterns: list[Pattern]
    CONTEXT_BOOST = 0.35
    CONTEXT_BEFORE = 40
    CONTEXT_AFTER = 12
    FLAGS = 0
    NEGATIVE_CONTEXT: re.Pattern[str] | None = None
    """When it matches the text just before a value (window NEGATIVE_WINDOW), the value is dropped."""
    NEGATIVE_WINDOW = 14
    DIGIT_SCOPED = False
    """True for number recognizers: patterns run only in the view's digit windows (see View.digit_windows)."""
    LINE_BREAK_PATTERNS: frozenset[str] = frozenset()
    """Digit-scoped patterns that find nothing (new) unless a digit, a line break and a digit meet in the windows
    (`Joined.line_broken`): skipped in the many texts where none do."""

    def __init__(self, supported_entity: str, patterns: Sequence[Pattern], *, name: str | None = None,
                 context: Sequence[str] = (), trigger: str | None = None, flags: int | None = None,
                 version: str = "1.0") -> None:
        super().__init__(supported_entity=supported_entity, name=name or type(self).__name__,
                         supported_language="zh", patterns=list(patterns), context=list(context),
                         global_regex_flags=self.FLAGS if flags is None else flags, version=version)
        f = self.FLAGS if flags is None else flags
        self._compiled: list[tuple[re.Pattern[str], float, str]] = [
            (re.compile(p.regex, f), p.score, p.name) for p in self.patterns]
        self._trigger = re.compile(trigger, f) if trigger else None
        self._context_words = tuple(sorted({w.lower() for w in context}, key=len, reverse=True))
        self._context_rx = re.compile("|".join(map(re.escape, self._context_words))) if self._context_words else None
        self._anywhere: tuple[str, re.Pattern[str], bool] | None = None

    # -- hooks ---------------------------------------------------------------------------------------------
    def validate_result(self, pattern_text: str) -> bool | None:
        """True: a check digit proved it (score 1.0); False: drop; None: keep the pattern score."""
        return None

    def invalidate_result(self, pattern_text: str) -> bool | None:
        """True drops a match that is a known false positive (placeholder, masked value, version string)."""
        return None

    def adjust(self, text: str, start: int, end: int, score: float) -> float:
        """Last word on the score, with the view text around the match at hand (default: unchanged)."""
        return score

    def detector_name(self, value: str) -> str:
        return str(self.name)

    def repeats(self, pattern_name: str, match: re.Match[str]) -> bool:
        """True for a match that another pattern of this recognizer finds too, with the same span and score
        (the hit would be an exact duplicate): skipped before validation. Default: none."""
        return False

    # -- matching ------------------------------------------------------------------------------------------
    def has_context(self, text: str, start: int, end: int) -> bool:
        """A context word within CONTEXT_BEFORE characters before or CONTEXT_AFTER after the value.

        One search of an alternation of the (lower-case) words in a lower-cased window: the same answer as a
        substring test per word, in one C call, and several times faster than a case-insensitive alternation
        (matches are many in long documents).
        """
        if self._context_rx is None:
            return False
        window = (text[max(0, start - self.CONTEXT_BEFORE):start] + "\x00" + text[end:end + self.CONTEXT_AFTER]).lower()
        return self._context_rx.search(window) is not None

    def header_context(self, text: str, start: int) -> bool:
        """A context word in the header cell above the value, in a CSV / TSV / Markdown table (`header_cell`):
        a table states once what a column holds (`台胞证`, `passport_no`), rows further down than the context
        window still carry it. For recognizers whose values need context and have no check digit."""
        if self._context_rx is None or not self.anywhere(self._context_rx, text):
            return False
        cell = header_cell(text, start)
        return bool(cell) and self._context_rx.search(cell.lower()) is not None

    def anywhere(self, rx: re.Pattern[str], text: str) -> bool:
        """Whether `rx` matches anywhere in the lower-cased `text`, asked once per text and pattern (the answer
        for the last text is kept, as one tuple assigned at once): most texts hold no context word at all, and
        then no value in them looks for a header."""
        last = self._anywhere
        if last is not None and last[0] is text and last[1] is rx:
            return last[2]
        found = rx.search(text.lower()) is not None
        self._anywhere = (text, rx, found)
        return found

    def active_patterns(self, text: str) -> Sequence[tuple[re.Pattern[str], float, str]]:
        """The compiled patterns worth running on `text` (all of them when the trigger occurs, else none)."""
        if self._trigger is not None and self._trigger.search(text) is None:
            return ()
        return self._compiled

    def match_view(self, view: View) -> list[Hit]:
        """All accepted matches in the view, offsets mapped to the original text."""
        text = view.text
        if self.DIGIT_SCOPED:
            joined = view.digit_text()
            if not joined.text:
                return []
            scan_text, to_span = joined.text, joined.to_text_span
            compiled = self._compiled
            if self.LINE_BREAK_PATTERNS and not joined.line_broken():
                compiled = [c for c in compiled if c[2] not in self.LINE_BREAK_PATTERNS]
        else:
            scan_text, to_span = text, None
            compiled = list(self.active_patterns(text))
        hits: list[Hit] = []
        repeats = self.repeats if type(self).repeats is not ViewRecognizer.repeats else None
        for rx, base, pname in compiled:
            has_v = "v" in rx.groupindex
            for m in rx.finditer(scan_text):
                if repeats is not None and repeats(pname, m):
                    continue
                s, e = m.span("v") if has_v and m.group("v") is not None else m.span()
                if e <= s:
                    continue
                if to_span is not None:
                    s, e = to_span(s, e)
                hit = self._accept(view, s, e, base)
                if hit is not None:
                    hits.append(hit)
        return hits

    def _accept(self, view: View, s: int, e: int, base: float) -> Hit | None:
        """Validation, context and score for one match at view [s, e)."""
        text = view.text
        value = text[s:e]
        if self.invalidate_result(value):
            return None
        ok = self.validate_result(value)
        if ok is False:
            return None
        score = 1.0 if ok else base
        if score < 1.0 and self.has_context(text, s, e):
            score = min(1.0, score + self.CONTEXT_BOOST)
        score = self.adjust(text, s, e, score)
        if score <= 0.0:
            return None
        if self.NEGATIVE_CONTEXT is not None and _NEGATIVE_HINT.search(text, max(0, s - self.NEGATIVE_WINDOW), s) \
                and self.NEGATIVE_CONTEXT.search(text, max(0, s - self.NEGATIVE_WINDOW), s):
            return None
        os_, oe = view.to_original(s, e)
        return Hit(self.supported_entities[0], os_, oe, score, self.detector_name(value))

    # -- Presidio interface --------------------------------------------------------------------------------
    def analyze(self, text: str, entities: list[str] | None = None,
                nlp_artifacts: NlpArtifacts | None = None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        """Presidio-compatible: results with offsets into `text` as given."""
        if entities and not set(entities) & set(self.supported_entities):
            return []
        return [self.to_result(h) for h in self.match_view(normalize(text))]

    def to_result(self, h: Hit) -> RecognizerResult:
        explanation = AnalysisExplanation(recognizer=h.detector, original_score=h.score)
        return RecognizerResult(h.entity_type, h.start, h.end, h.score, analysis_explanation=explanation,
                                recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: h.detector,
                                                      RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id})


_TABLE_SEPS = ("\t", ",", "|")
_HEADER_REACH = 4000
"""How far above a value its table's header is looked for (characters): tables longer than that lose the header,
so the look-up costs at most this much per value."""


def header_cell(text: str, start: int) -> str:
    """The header cell of the column holding the value at `start`, in a table whose rows are lines split by a tab,
    a comma or a bar: the first line of the run of lines that hold the value's line's separator, cut at the
    value's column. '' when the value's line holds none of them or is itself the run's first line."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", start)
    line = text[ls:le if le >= 0 else len(text)]
    sep = next((c for c in _TABLE_SEPS if c in line), "")
    if not sep:
        return ""
    top = ls
    floor = max(0, start - _HEADER_REACH)
    while top > floor:
        ps = text.rfind("\n", 0, top - 1) + 1
        if sep not in text[ps:top - 1]:
            break
        top = ps
    if top == ls:
        return ""
    header_end = text.find("\n", top)
    cells = text[top:header_end].split(sep)
    col = text.count(sep, ls, start)
    return cells[col] if col < len(cells) else ""


def patterns(*specs: tuple[str, str, float]) -> list[Pattern]:
    """Shorthand: (name, regex, score) triples to Presidio Patterns."""
    return [Pattern(name=n, regex=r, score=s) for n, r, s in specs]


def words(*groups: Iterable[str]) -> list[str]:
    return [w for g in groups for w in g]

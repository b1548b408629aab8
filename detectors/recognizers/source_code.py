"""Source code: fenced code blocks and runs of code-looking lines, with the language guessed.

The detector name carries the language ("source_code:python") so policies and audit can tell a SQL
snippet from a Go file without seeing it. Data formats (JSON, CSV, logs, plain text fences) are not code.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from presidio_analyzer import Pattern

from detectors.normalize import View
from detectors.recognizers.base import Hit, ViewRecognizer

_FENCE = re.compile(r"^[ \t]*(```+|~~~+)[ \t]*([A-Za-z0-9_+#.\-]*)[^\n]*\n([\s\S]*?)^[ \t]*\1[ \t]*$", re.MULTILINE)
_NO_WORD = re.compile(r"[^A-Za-z]*")
"""A fence holding no letters (empty, or already redacted) holds no code."""
_NOT_CODE_TAGS = frozenset({"json", "jsonl", "text", "txt", "plain", "plaintext", "csv", "tsv", "log", "markdown",
                            "md", "output", "diff-output", "xml-data", "yaml", "yml", "env", "dotenv", "ini", "toml",
                            "properties", "conf", "cfg", "config"})
"""Data and configuration formats: secrets inside them are found one by one; the block itself is not code."""
_TAG_ALIASES = {"py": "python", "python3": "python", "js": "javascript", "jsx": "javascript", "ts": "typescript",
                "tsx": "typescript", "golang": "go", "sh": "shell", "bash": "shell", "zsh": "shell", "console": "shell",
                "c++": "cpp", "cc": "cpp", "hpp": "cpp", "h": "c", "cs": "csharp", "c#": "csharp", "rs": "rust",
                "kt": "kotlin", "yml": "yaml", "rb": "ruby", "ps1": "powershell", "psql": "sql", "mysql": "sql",
                "dockerfile": "dockerfile", "tf": "hcl", "env": "dotenv", "ini": "ini", "toml": "toml"}

_LANG_SIGNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((lang, re.compile(rx, re.MULTILINE)) for lang, rx in (
    ("python", r"^\s*(?:def |class \w+[(:]|import \w|from [\w.]+ import |if __name__|elif |print\()|self\.\w|:\s*$"),
    ("go", r"^\s*(?:package \w+|func |import \(|type \w+ struct)|:= |\bfmt\.|\berr != nil"),
    ("java", r"^\s*(?:public |private |protected )(?:static )?(?:final )?[\w<>\[\]]+ \w+|System\.out\.|@Override|"
             r"\bimport java\.|\bnew \w+\(.*\);"),
    ("javascript", r"\b(?:const|let|var) \w+ = |=> |\bfunction\s*\w*\(|console\.log|require\(|module\.exports|"
                   r"\bawait \w|\bimport .* from ['\"]"),
    ("typescript", r"\binterface \w+ \{|: (?:string|number|boolean)\b|\bexport (?:type|interface) "),
    ("c", r"^\s*#include\s*[<\"]|\bprintf\(|\bmalloc\(|\bint main\("),
    ("cpp", r"\bstd::|\bcout\s*<<|\btemplate\s*<|#include <(?:iostream|vector|string)>"),
    ("csharp", r"\busing System|\bnamespace \w|\bpublic class \w+\s*:|Console\.Write"),
    ("rust", r"\bfn \w+\(|\blet mut |\bimpl \w|println!\(|::new\(|\bpub fn "),
    ("sql", r"(?i)^\s*(?:select .+ from |insert into |update \w+ set |delete from |create table |alter table |"
            r"drop table |with \w+ as \()"),
    ("shell", r"^\s*(?:#!/bin/(?:ba)?sh|export \w+=|sudo |apt-get |echo \$|cd [\w/~.]|if \[ )|\$\(\w|\|\s*grep "),
    ("php", r"<\?php|\$this->|\becho \$"),
    ("ruby", r"^\s*(?:require '|def \w+$|end$|puts )"),
    ("yaml", r"^[A-Za-z_][\w.\-]*:\s+\S|^\s*- \w+:\s"),
    ("dotenv", r"^[A-Z][A-Z0-9_]{2,}\s*=\s*\S"),
))
_STMT_ENDS = [re.compile(re.escape(c) + r"[ \t]*$", re.MULTILINE) for c in ";{}"]
"""Lines ending in ; { or } (blanks after allowed): ``[;{}][ \\t]*$`` as one pattern per character, for the lines it
ends. A pattern that starts with one literal is searched like `str.find`, a class of three is tested at every
character (0.31 -> 0.06 ms a pass over 64 KB)."""
_LINE_START_BODY = (
    r"[ \t]*(?:def |class \w|import [\w{*]|from [\w.]+ import |func |package \w|return\b|#include|"
    r"public |private |protected |const |let |var |fn |SELECT |select |\}[ \t]*else|elif |else:|if ?\(|for ?\(|"
    r"while ?\(|try:|except\b|@\w+\(|//|/\*)")
_LINE_START = re.compile("^" + _LINE_START_BODY, re.MULTILINE)
_AFTER_NEWLINE = re.compile("\n" + _LINE_START_BODY)
"""The same lines found from the newline before them: a literal `re` skips to in C, where ``^`` is tested at
every position (see `line_starts`)."""
"""Code-looking lines: a statement end (fast: starts with a rare character) or a declaration / control-flow
opening. Two passes instead of one alternation, so `re` can skip ahead on the first one."""


def line_starts(text: str) -> list[int]:
    """The starts of `_LINE_START`'s matches (code-looking lines). A match lies within one line, so each line
    holds at most one, at its start: the first line's is tried at 0, the others' from the newline before."""
    first = _LINE_START.match(text)
    return ([0] if first is not None else []) + [m.start() + 1 for m in _AFTER_NEWLINE.finditer(text)]


def fences(text: str) -> list[re.Match[str]]:
    """``_FENCE.finditer(text)``, tried only at the starts of lines that hold ``` or ~~~ (a match starts at such
    a line; `str.find` finds them in C, where ``^`` would be tested at every position)."""
    starts: set[int] = set()
    for mark in ("```", "~~~"):
        at = text.find(mark)
        while at >= 0:
            starts.add(text.rfind("\n", 0, at) + 1)
            at = text.find(mark, at + 3)
    out: list[re.Match[str]] = []
    done = -1
    for at in sorted(starts):
        if at < done:
            continue
        m = _FENCE.match(text, at)
        if m is not None:
            out.append(m)
            done = m.end()
    return out


def guess_language(code: str, tag: str = "") -> str:
    """The fence tag when it names a language, else the language whose signs occur most often."""
    tag = tag.lower()
    if tag:
        return _TAG_ALIASES.get(tag, tag)
    best, best_n = "unknown", 0
    code = code[:1500]  # the opening of a block tells its language; cost stays bounded
    low = code.lower()
    caseless = low if len(low) == len(code) and _FOLDS_TO_ASCII.search(code) is None else None
    for lang, rx in _LANG_SIGNS:
        words = _LANG_WORDS[lang]
        if lang in _CASELESS_SIGNS:
            if caseless is not None and not any(w in caseless for w in words):
                continue
        elif not any(w in code for w in words):
            continue  # none of its signs can match: no pass of its pattern (most start at every line or word)
        n = len(rx.findall(code))
        if n > best_n:
            best, best_n = lang, n
    return best


_LANG_WORDS: dict[str, tuple[str, ...]] = {
    "python": ("def ", "class ", "import ", "from ", "if __name__", "elif ", "print(", "self.", ":"),
    "go": ("package ", "func ", "import (", "type ", ":= ", "fmt.", "err != nil"),
    "java": ("public ", "private ", "protected ", "System.out.", "@Override", "import java.", "new "),
    "javascript": ("const ", "let ", "var ", "=> ", "function", "console.log", "require(", "module.exports", "await ",
                   "import "),
    "typescript": ("interface ", ": string", ": number", ": boolean", "export "),
    "c": ("#include", "printf(", "malloc(", "int main("),
    "cpp": ("std::", "cout", "template", "#include <"),
    "csharp": ("using System", "namespace ", "public class ", "Console.Write"),
    "rust": ("fn ", "let mut ", "impl ", "println!(", "::new(", "pub fn "),
    "sql": ("select ", "insert into ", "update ", "delete from ", "create table ", "alter table ", "drop table ",
            "with "),
    "shell": ("#!/bin/", "export ", "sudo ", "apt-get ", "echo $", "cd ", "if [ ", "$(", "grep "),
    "php": ("<?php", "$this->", "echo $"),
    "ruby": ("require '", "def ", "end", "puts "),
    "yaml": (":",),
    "dotenv": ("=",),
}
"""For each language, strings one of which every match of its `_LANG_SIGNS` pattern holds (a literal of each
branch; lower-cased for the case-insensitive SQL signs)."""
_CASELESS_SIGNS = frozenset({"sql"})
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")
"""Characters beyond ASCII that a case-insensitive ASCII letter matches: the lower-cased code is no gate then."""
assert set(_LANG_WORDS) == {lang for lang, _rx in _LANG_SIGNS}


class SourceCodeRecognizer(ViewRecognizer):
    """Segments that are source code: fenced blocks (span = the code inside the fence) or >= 4 code-like lines."""

    MIN_LINES = 4

    def __init__(self) -> None:
        super().__init__("SOURCE_CODE", [Pattern("fence", _FENCE.pattern, 0.9)], trigger=r"```|~~~|[;{}]|\b(?:def|"
                         r"import|func|class|return|const|SELECT|select|package|#include)\b")

    def match_view(self, view: View) -> list[Hit]:
        text = view.text
        if not self.active_patterns(text):
            return []
        hits: list[Hit] = []
        covered: list[tuple[int, int]] = []
        for m in fences(text):
            tag = m.group(2)
            s, e = m.span(3)
            covered.append(m.span())
            if tag.lower() in _NOT_CODE_TAGS or _NO_WORD.fullmatch(text, s, e):
                continue
            hits.append(self._hit(view, s, e, 0.9, guess_language(text[s:e], tag)))
        for s, e in self._unfenced_runs(text, covered):
            lang = guess_language(text[s:e])
            if lang not in _NOT_CODE_TAGS:
                hits.append(self._hit(view, s, e, 0.7, lang))
        return hits

    def _hit(self, view: View, s: int, e: int, score: float, lang: str) -> Hit:
        while e > s and text_is_space(view.text[e - 1]):
            e -= 1
        os_, oe = view.to_original(s, e)
        return Hit("SOURCE_CODE", os_, oe, score, f"source_code:{lang}")

    def _unfenced_runs(self, text: str, covered: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
        """Runs of >= MIN_LINES code-looking lines (at most 2 other lines between two of them), outside fences.

        Cost is one regex pass plus work per code-looking line, so prose pays almost nothing.
        """
        runs: list[tuple[int, int]] = []
        covered_starts = [a for a, _ in covered]
        run_start = run_end = -1
        count = 0
        last_line = -1
        starts = sorted({text.rfind("\n", 0, m.start()) + 1 for rx in _STMT_ENDS for m in rx.finditer(text)}
                        | set(line_starts(text)))
        for ls in starts:
            if ls == last_line:
                continue
            last_line = ls
            i = bisect_right(covered_starts, ls) - 1
            if i >= 0 and ls < covered[i][1]:
                continue
            le = text.find("\n", ls)
            le = len(text) if le < 0 else le
            if run_start >= 0 and text.count("\n", run_end, ls) <= 3:
                run_end = le
                count += 1
                continue
            if run_start >= 0 and count >= self.MIN_LINES:
                runs.append((run_start, run_end))
            run_start, run_end, count = ls, le, 1
        if run_start >= 0 and count >= self.MIN_LINES:
            runs.append((run_start, run_end))
        return runs


def text_is_space(c: str) -> bool:
    return c.isspace()

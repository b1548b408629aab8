"""A normalized view of a text for matching, with a map from view offsets back to ORIGINAL code points.

Evasions a user (or a leaky app) may apply to a value are undone here once, so every recognizer matches
plain ASCII digits and letters:

- one-to-one replacements (length preserved): NFKC of each character when it yields one character
  (full-width digits and letters, ideographic space, circled digits ...); Chinese numerals
  (〇一二三四五六七八九零壹贰叁肆伍陆柒捌玖幺) inside runs of digits; Cyrillic / Greek look-alikes of Latin
  letters (а, Α, о, ...) inside tokens that also hold ASCII letters or digits;
- length-changing edits: format characters (category Cf: zero-width space/joiners, BOM, soft hyphen,
  bidi controls) are dropped; JSON ``\\uXXXX`` escapes (incl. surrogate pairs) and ``%XX`` percent-encoding
  (UTF-8 sequences) are decoded to the characters they stand for.

Separators inside numbers (spaces, dashes, dots, line breaks) are left in the view: the patterns allow them,
so a span covers exactly what the user wrote.

The view is built piecewise: the cost is one C-level ``str.translate`` plus work proportional to the number of
edits, so clean text pays almost nothing. ``to_original(start, end)`` maps a view span to the smallest original
span that produced it (an escape decoded to one character maps to the whole escape).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field

from detectors.nlp import textview

__all__ = ["CN_DIGITS", "HOMOGLYPHS", "LOOKALIKE_DIGITS", "View", "normalize"]

CN_DIGITS: dict[str, str] = {
    "〇": "0", "零": "0", "一": "1", "壹": "1", "幺": "1", "二": "2", "贰": "2", "貳": "2", "两": "2",
    "三": "3", "叁": "3", "參": "3", "四": "4", "肆": "4", "五": "5", "伍": "5", "六": "6", "陆": "6",
    "陸": "6", "七": "7", "柒": "7", "八": "8", "捌": "8", "九": "9", "玖": "9",
}
"""Chinese numerals read digit by digit (telephone style): 一三八 / 壹叁捌 / 幺 for 1. 两 only inside runs."""


_ASTRAL_LOOKALIKES = ((0x1D400, 0x1D800), (0x1F100, 0x1F200))
"""Mathematical alphanumerics (𝐚 𝟏 𝒜 ...) and enclosed alphanumerics (🄰 🄱): astral letters and digits whose
NFKC form is plain Latin; the rest of the astral planes (emoji, rare CJK) has nothing to fold."""


def _build_one_to_one() -> dict[int, str]:
    """NFKC per BMP (and look-alike astral) character where the result is a single, different character
    (computed once, ~40 ms)."""
    table: dict[int, str] = {}
    for cp in [*range(0x80, 0x10000), *(c for a, b in _ASTRAL_LOOKALIKES for c in range(a, b))]:
        if 0xD800 <= cp <= 0xDFFF:
            continue
        ch = chr(cp)
        n = unicodedata.normalize("NFKC", ch)
        if len(n) == 1 and n != ch:
            table[cp] = n
    return table


_TRANSLATE = _build_one_to_one()


def _class_of(cps: list[int]) -> str:
    """A regex character class for a sorted list of code points, as ranges."""
    parts: list[str] = []
    i = 0
    while i < len(cps):
        j = i
        while j + 1 < len(cps) and cps[j + 1] == cps[j] + 1:
            j += 1
        a, b = cps[i], cps[j]
        parts.append(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}")
        i = j + 1
    return "[" + "".join(parts) + "]"


_MATTERS_BMP = _class_of(sorted(cp for cp, ch in _TRANSLATE.items()
                                if cp < 0x10000 and ch.isascii() and (ch.isalnum() or ch in "@.-_/+%=#$&*")))
_MATTERS = re.compile(_MATTERS_BMP[:-1] + "\U0001d400-\U0001d7ff\U0001f12b-\U0001f149]")
"""Characters whose NFKC form is an ASCII letter, digit or value punctuation (０ Ａ ＠ ． ① 𝐚 ...). Text without
any (most Chinese prose: its full-width ，。：are irrelevant to matching) skips the translate pass. The astral
look-alikes are two plain ranges: their exact list (hundreds of small ranges) makes `re`'s search 10x slower."""
_MATTERS_IN_BMP = re.compile(_MATTERS_BMP)
"""The same for text without astral characters (most text): a class of BMP characters only is a bitmap `re` tests
in a few nanoseconds, while astral ranges are tried one by one at every character."""
_INVISIBLE_RANGES: tuple[tuple[int, int], ...] = (
    (0x00AD, 0x00AD), (0x034F, 0x034F), (0x0600, 0x0605), (0x061C, 0x061C), (0x06DD, 0x06DD),
    (0x070F, 0x070F), (0x0890, 0x0891), (0x08E2, 0x08E2), (0x180E, 0x180E), (0x200B, 0x200F),
    (0x202A, 0x202E), (0x2060, 0x2064), (0x2066, 0x206F), (0xFE00, 0xFE0F), (0xFEFF, 0xFEFF),
    (0xFFF9, 0xFFFB), (0x110BD, 0x110BD), (0x110CD, 0x110CD), (0x13430, 0x13438), (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A), (0xE0001, 0xE0001), (0xE0020, 0xE007F), (0xE0100, 0xE01EF),
)
"""Every format (Cf) character of Unicode 15 plus variation selectors and the grapheme joiner: invisible
characters that can be slipped inside a value without changing how it looks."""


def _cf_class(limit: int = 0x110000) -> str:
    """A regex character class of the invisible characters below `limit`."""
    parts = [re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
             for a, b in _INVISIBLE_RANGES if a < limit]
    return "[" + "".join(parts) + "]"


_INVISIBLE = re.compile(_cf_class() + _cf_class() + "*")
_INVISIBLE_IN_BMP = re.compile(_cf_class(0x10000) + _cf_class(0x10000) + "*")
"""`_INVISIBLE` for text without astral characters (see `_MATTERS_IN_BMP`): the same matches, faster. Both are
written ``[c][c]*``, not ``[c]+``: `re` skips ahead in C only to a pattern's first character or class, and a
repeat does not count as one."""


_FOLDED_CLASS_IN_BMP = _class_of(sorted(cp for cp in _TRANSLATE if cp < 0x10000))
_FOLDED_RUN_IN_BMP = re.compile("(" + _FOLDED_CLASS_IN_BMP + _FOLDED_CLASS_IN_BMP + "*)")
"""Runs of BMP characters `_TRANSLATE` changes (full-width letters and punctuation, circled digits ...), written
``([c][c]*)`` for ``([c]+)`` like `_INVISIBLE`: the same runs, but `re` skips to the first one in C instead of
entering the matcher at every character (2 ms a split of 64 KB of forms)."""
assert not any("\x00" in v for v in _TRANSLATE.values())  # `_fold` joins the runs with NUL


def _fold(text: str, astral: bool) -> str:
    """``text.translate(_TRANSLATE)``, for BMP text translating only the runs it changes: translate looks every
    character up in a 5000-entry dict (3 ms on 64 KB of Chinese), while a class scan finds the few runs in a
    third of that. The runs are translated in one call, joined by NUL (no key, in no value)."""
    if astral:
        return text.translate(_TRANSLATE)
    parts = _FOLDED_RUN_IN_BMP.split(text)
    if len(parts) == 1:
        return text
    parts[1::2] = "\x00".join(parts[1::2]).translate(_TRANSLATE).split("\x00")
    return "".join(parts)


def has_astral(text: str) -> bool:
    """Whether `text` holds a character beyond the BMP: it takes four bytes in UTF-16 (one C-level encode)."""
    return len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text)
_ESCAPE = re.compile(
    r"\\(?:\\{1,3})?u[dD][89abAB][0-9a-fA-F]{2}\\{1,4}u[dD][c-fC-F][0-9a-fA-F]{2}"  # surrogate pair escape
    r"|\\(?:\\{1,3})?u[0-9a-fA-F]{4}"
    r"|\\/"  # JSON's escaped solidus (PHP and others write https:\/\/user:pw@host\/db)
)
"""JSON escapes, also written twice or more (``\\\\u5f20``): a tool call's `arguments` is JSON inside a JSON string,
and an arguments string dumped with ensure_ascii and then the body again doubles the backslash."""
_HEX4 = re.compile(r"u([0-9a-fA-F]{4})")
_ESCAPED_QUOTE = re.compile(r'\\(?:\\\\)?"')
"""``\\"`` (and ``\\\\\\"``, escaped twice): a tool call's `arguments` and a tool result's `content` are JSON inside a
JSON string, so every key and value is quoted with escaped quotes. The view shows plain quotes, and every
``"key": "value"`` rule reads them as it reads plain JSON."""
_NAMED_REFS: dict[str, str] = {
    "quot": '"', "apos": "'", "amp": "&", "lt": "<", "gt": ">", "nbsp": "\u00a0", "ensp": "\u2002",
    "emsp": "\u2003", "thinsp": "\u2009", "colon": ":", "comma": ",", "period": ".", "commat": "@", "lowbar": "_",
    "hyphen": "-", "dash": "-", "ndash": "\u2013", "mdash": "\u2014", "num": "#", "excl": "!", "quest": "?",
    "equals": "=", "plus": "+", "sol": "/", "lpar": "(", "rpar": ")", "semi": ";", "middot": "\u00b7",
    "zwj": "\u200d", "zwnj": "\u200c", "shy": "\u00ad", "lsquo": "\u2018", "rsquo": "\u2019",
    "ldquo": "\u201c", "rdquo": "\u201d",
}
"""The HTML named references that stand for punctuation, spaces and invisible characters in values and around
their keys (``{&quot;password&quot;:…}`` from a page's escaped JSON, ``138&nbsp;2469…``, ``name&commat;host``);
letters written as named references (``&eacute;``) are left alone: no value of the catalogue needs them."""
_CHAR_REF = re.compile(r"&(?:#(?:[xX][0-9a-fA-F]{1,6}|[0-9]{1,7})|(?:" + "|".join(sorted(_NAMED_REFS, key=len, reverse=True))
                       + r"));")
"""XML / HTML character references: numeric (``&#x5F20;`` / ``&#24352;`` / ``&#64;``: writers that put every
non-ASCII character, or an e-mail's ``@``, as a reference) and the named ones above."""
_BYTE_ESCAPES = re.compile(r"\\(?:3[0-7]{2}(?:\\[23][0-7]{2})+|x[c-fC-F][0-9a-fA-F](?:\\x[89a-fA-F][0-9a-fA-F])+)")
"""UTF-8 bytes written as escapes: octal (``\\345\\274\\240``, protobuf text format's default printer, C) or hex
(``\\xe5\\xbc\\xa0``, Python's bytes repr). Only bytes >= 0x80, two or more in a row (one character takes two to
four, the first a lead byte); decoded when the run is UTF-8 text."""
_PERCENT = re.compile(r"%[0-9A-Fa-f]{2}(?:%[0-9A-Fa-f]{2})*")
"""Three separate passes, each skipped by a C-level `in` test when its lead character is absent. `_PERCENT` is
``(?:%XX)+`` written with its first ``%`` outside the repeat: `re` skips ahead in C only to a pattern's first
literal, and a repeated group is none, so ``(?:%XX)+`` entered the matcher at every character (1.6 ms a pass
over 64 KB, paid by every text with a ``%`` in it)."""


_HUNK = re.compile(r"@@ -\d+(?:,\d+)? \+\d+(?:,\d+)? @@")
_DIFF_MARK = re.compile(r"(?m)^[+\-](?![+\-]{2} )")
"""A unified diff's `+` / `-` line markers (not the `+++ ` / `--- ` file headers), dropped from the view of a text
that holds a hunk header: the line is what follows the marker, and `+13912340027` (an added line) is otherwise
read as an international number, not the mainland mobile it is."""


_SPACED_GATE = re.compile(r" \d [0-9A-Za-z().] ")
_SPACED_RUN = re.compile(r"[0-9A-Za-z(](?: [0-9A-Za-z().@#$%&*!_+=?^~\-]){6,}(?![0-9A-Za-z])(?! [0-9A-Za-z()])")
"""Seven or more single letters, digits, dots or brackets each one space apart: C 7 4 2 3 6 0 8 8,
1 0 . 7 . 2 2 . 9, E 5 8 2 3 4 0 ( 8 ), a value spaced out so no pattern sees it; after the first character
also the symbols of passwords and keys (P @ s s w 0 r d 2 0 2 6, s k - p r o j - A b 1 2 ...). Found from a single digit
between spaces followed by one more single character (a literal space first: `re` skips to spaces in C; grouped
numbers such as 138 1234 5678 never look like that), then read from the run's first character, found by
walking left."""
_SPACE = re.compile(" ")
_SPACED_MIN_DIGITS = 4
_RUN_CHARS = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz().@#$%&*!_+=?^~-")
_GLUE = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.-")


_SPACED_KEY_PREFIXES = ("AKIA", "ASIA", "LTAI", "AKID", "AKLT", "ALTAK", "sk-", "ghp_", "gho_", "glpat-", "xox",
                        "AIza", "hf_", "npm_")
"""Vendor key prefixes: a spaced-out run starting with one is a key even with few digits (an AWS key id is 20
upper-case letters and digits, often only one or two of them digits)."""


def _spaced_key(run: str) -> bool:
    """A spaced run that closes up into a vendor key shape: a key prefix and 16 characters or more."""
    closed = run.replace(" ", "")
    return len(closed) >= 16 and closed.startswith(_SPACED_KEY_PREFIXES)


_HEXDIGITS = frozenset("0123456789ABCDEFabcdef")


def _glues(text: str, i: int) -> bool:
    """Whether the character at `i`, just before a spaced run, glues the run to a word or token. The last
    character of an escape does not (``\\uff1a1 3 8 …``, ``%9A1 3 8 …``: the escape is a full-width colon)."""
    if i < 0 or text[i] not in _GLUE:
        return False
    if i >= 5 and text[i - 5] == "\\" and text[i - 4] == "u" and all(c in _HEXDIGITS for c in text[i - 3:i + 1]):
        return False
    return not (i >= 2 and text[i - 2] == "%" and text[i - 1] in _HEXDIGITS and text[i] in _HEXDIGITS)


def _spaced_gaps(text: str) -> list[re.Match[str]]:
    """The single spaces inside spaced-out values, as edits that drop them (the value then reads as written
    plain; the span still maps back over the spaces). Runs with fewer than four digits are words or initials
    (A B C D E F G), left alone unless they start with a vendor key prefix; spaced Chinese characters (names)
    never match."""
    out: list[re.Match[str]] = []
    pos = 0
    while (g := _SPACED_GATE.search(text, pos)) is not None:
        a = g.start() + 1
        floor = max(pos, a - 160)
        while a - 2 >= floor and text[a - 1] == " " and text[a - 2] in _RUN_CHARS and not _glues(text, a - 3):
            a -= 2  # back over earlier single characters of the same run ("(1 9 5": the 1 starts it)
        run = _SPACED_RUN.match(text, a) if not _glues(text, a - 1) else None
        if run is None:
            pos = g.start() + 2
            continue
        b = run.end()
        if sum(c.isdigit() for c in text[a:b]) >= _SPACED_MIN_DIGITS or _spaced_key(text[a:b]):
            out.extend(_SPACE.finditer(text, a, b))
        pos = b
    out.extend(_spaced_key_gaps(text, out))
    return out


_SPACED_PREFIX_RUNS = tuple(" ".join(p) + " " for p in ("AKIA", "ASIA", "LTAI", "AKID"))
"""The upper-case key prefixes spaced out: a key may have no digit between spaces for the gate to see, or only
at its very end (A K I A Q W E ... H 2). Each holds ' I ' three or five characters in, which is what is searched
(one `str.find` pass; a pass per prefix cost 2.5 ms a megabyte)."""


_SPACED_KEY_RUN = re.compile(r"[A-Z](?: [0-9A-Za-z]){15,}(?![0-9A-Za-z])")
"""A spaced key: it may be followed by a word (`... 2 please rotate`), unlike a run of initials."""


def _spaced_key_gaps(text: str, found: list[re.Match[str]]) -> list[re.Match[str]]:
    """The spaces of spaced-out vendor keys the gate did not see, found from their spaced prefix (`str.find`)."""
    taken = {m.start() for m in found}
    out: list[re.Match[str]] = []
    done = -1
    i = text.find(" I ")
    while i >= 0:
        for at in (i - 3, i - 5):
            if at < done or at < 0 or not text.startswith(_SPACED_PREFIX_RUNS, at):
                continue
            run = _SPACED_KEY_RUN.match(text, at) if at == 0 or text[at - 1] not in _GLUE else None
            if run is not None and at + 1 not in taken and _spaced_key(run.group()):
                out.extend(_SPACE.finditer(text, at, run.end()))
                done = run.end()
        i = text.find(" I ", max(i + 2, done))
    return out


def _edits(text: str, invisible: bool = True) -> list[re.Match[str]]:
    """The length-changing edits of `text`, in order; `invisible` False when it is known to hold no invisible
    character."""
    found: list[re.Match[str]] = (
        list((_INVISIBLE if has_astral(text) else _INVISIBLE_IN_BMP).finditer(text)) if invisible else [])
    extra = False
    if " " in text:
        gaps = _spaced_gaps(text)
        if gaps:
            found.extend(gaps)
            extra = True
    if "\\u" in text or "\\/" in text:
        found.extend(_ESCAPE.finditer(text))
        extra = True
    if "%" in text:
        found.extend(_PERCENT.finditer(text))
        extra = True
    if '\\"' in text:
        found.extend(_ESCAPED_QUOTE.finditer(text))
        extra = True
    if "&" in text and ";" in text:
        found.extend(_CHAR_REF.finditer(text))
        extra = True
    if "@@ -" in text and _HUNK.search(text) is not None:
        found.extend(_DIFF_MARK.finditer(text))
        extra = True
    if "\\3" in text or "\\x" in text:
        found.extend(_BYTE_ESCAPES.finditer(text))
        extra = True
    if extra:
        found.sort(key=lambda m: m.start())
    return found


HOMOGLYPHS: dict[str, str] = {
    # Cyrillic
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T",
    "Х": "X", "У": "Y", "Ү": "Y", "Ѕ": "S", "І": "I", "Ӏ": "I", "Ј": "J", "Һ": "H", "Ԝ": "W",
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "ү": "y", "х": "x", "ѕ": "s", "і": "i",
    "ј": "j", "һ": "h", "ӏ": "l", "ԁ": "d", "ԛ": "q", "ԝ": "w",
    # Greek
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O",
    "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X", "Ϲ": "C", "ϒ": "Y",
    "α": "a", "ι": "i", "ν": "v", "ο": "o", "ρ": "p", "υ": "u", "χ": "x", "γ": "y", "ϲ": "c", "ϳ": "j",
}
"""Cyrillic and Greek letters that look like a Latin letter (after Unicode TR39's confusables), folded to it
only inside a token that also holds ASCII letters or digits (see `_homoglyphs`)."""
_HG_TRANS = str.maketrans(HOMOGLYPHS)
_HG_ANY = re.compile("[" + "".join(sorted(HOMOGLYPHS)) + "]")
_QUIET_IN_BMP = re.compile(_MATTERS_BMP[:-1] + _cf_class(0x10000)[1:-1] + "".join(sorted(HOMOGLYPHS)) + "]")
"""Any character that one of the first passes acts on in text without astral characters: folded by NFKC
(`_MATTERS_IN_BMP`), invisible, or a homoglyph. Most text has none, and one search says so (see `normalize`)."""
_HG_TOKEN = re.compile(r"[0-9A-Za-z_.%+\-@/=:\u0370-\u03ff\u0400-\u052f]+")
"""A token as values are written (e-mail, key, URL, name): ASCII letters, digits, value punctuation and
Greek / Cyrillic letters; CJK, spaces and other punctuation end it."""
_ASCII_ALNUM = re.compile(r"[0-9A-Za-z]")

_CN_CLASS = "".join(CN_DIGITS)
_NUM_RUN = re.compile(
    rf"[0-9{_CN_CLASS}](?:[ \-.]?[0-9{_CN_CLASS}]){{6,}}"
)
"""A run of at least 7 digits/numerals (phone, ID, card lengths); shorter runs (dates, 一二三) stay text."""
_DIGIT_CLUSTER = re.compile(r"\d(?:[\s\-.()（）·]{0,2}[\dOoIl|]){3,}")
"""Four or more digits with separators between; letters that pass for digits (187l862lO58) do not end a
cluster, so the look-alike pass sees numbers they break into short pieces."""
_BMP_DECIMALS = _class_of([cp for cp in range(0x10000) if chr(cp).isdecimal()])
_DIGIT_CLUSTER_IN_BMP = re.compile(_BMP_DECIMALS + r"(?:[\s\-.()（）·]{0,2}[" + _BMP_DECIMALS[1:-1] + r"OoIl|]){3,}")
"""`_DIGIT_CLUSTER` for text without astral characters, ``\d`` spelled out as the BMP's decimal digits (category
Nd, what ``\d`` matches): a bitmap `re` tests faster than a category look-up at every character."""
_HAS_CN = re.compile(f"[{_CN_CLASS}]")
_CN_TRANS = str.maketrans(CN_DIGITS)


@dataclass(slots=True)
class View:
    """The normalized text plus the piecewise offset map (view -> original)."""

    text: str
    original: str
    _vstarts: list[int] = field(default_factory=list, repr=False)
    _ostarts: list[int] = field(default_factory=list, repr=False)
    _olens: list[int] = field(default_factory=list, repr=False)
    _copy: list[bool] = field(default_factory=list, repr=False)
    _windows: list[tuple[int, int]] | None = field(default=None, repr=False)
    _joined: Joined | None = field(default=None, repr=False)
    _lower: str | None = field(default=None, repr=False)

    def lower(self) -> str:
        """The view text lower-cased, built once per view (several recognizers look words up in it); the
        view text itself when lower-casing would change its length (offsets must stay the same)."""
        if self._lower is None:
            low = self.text.lower()
            self._lower = low if len(low) == len(self.text) else self.text
        return self._lower

    def digit_text(self) -> Joined:
        """The digit windows joined into one string (see `Joined`), built once per view."""
        if self._joined is None:
            self._joined = Joined.of(self.text, self.digit_windows())
        return self._joined

    def digit_windows(self) -> list[tuple[int, int]]:
        """View ranges around every cluster of >= 4 digits (separators allowed), padded and merged.

        Number recognizers run only inside these, so prose between numbers is never re-scanned by each of
        them. Padding: 6 characters before (prefixes such as +86, E, AB, 沪A) and 12 after (letters that
        follow digits in a USCC, check characters, closing brackets).
        """
        if self._windows is None:
            # the open window in locals, a tuple made only when it closes: forms hold a cluster every 50
            # characters, and a tuple, two calls and an index per cluster cost a third of this loop
            out: list[tuple[int, int]] = []
            n = len(self.text)
            cluster = _DIGIT_CLUSTER if has_astral(self.text) else _DIGIT_CLUSTER_IN_BMP
            a = b = -1
            for m in cluster.finditer(self.text):
                s, e = m.span()
                s = s - 6 if s > 6 else 0
                e = e + 12 if e + 12 < n else n
                if s <= b:  # reaches the open window
                    b = e
                    continue
                if b >= 0:
                    out.append((a, b))
                a, b = s, e
            if b >= 0:
                out.append((a, b))
            self._windows = out
        return self._windows

    @property
    def identity(self) -> bool:
        """True when view offsets equal original offsets (no length-changing edit)."""
        return not self._vstarts

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) that produced view [start, end); end is exclusive, end > start."""
        if not self._vstarts:
            return start, end
        return self._orig_start(start), self._orig_end(end - 1)

    def _orig_start(self, pos: int) -> int:
        i = bisect_right(self._vstarts, pos) - 1
        if self._copy[i]:
            return self._ostarts[i] + (pos - self._vstarts[i])
        return self._ostarts[i]

    def _orig_end(self, last: int) -> int:
        i = bisect_right(self._vstarts, last) - 1
        if self._copy[i]:
            return self._ostarts[i] + (last - self._vstarts[i]) + 1
        return self._ostarts[i] + self._olens[i]


@dataclass(slots=True)
class Joined:
    """Windows of a text joined with a NUL between them, so a pattern scans them in ONE `finditer` call.

    A window never ends inside a value (windows are padded and merged), and the NUL keeps matches from
    running from one window into the next. `to_text(pos)` maps a position back into the windowed text.
    """

    text: str
    _jstarts: list[int]
    _tstarts: list[int]
    _line_broken: bool | None = None

    def line_broken(self) -> bool:
        """Whether a digit, a line break (a space or tab on either side allowed) and a digit meet in the windows:
        a number broken over two lines needs that (looked up once per text)."""
        if self._line_broken is None:
            self._line_broken = _DIGIT_LINE_BREAK.search(self.text) is not None
        return self._line_broken

    @classmethod
    def of(cls, text: str, windows: list[tuple[int, int]]) -> Joined:
        parts: list[str] = []
        jstarts: list[int] = []
        tstarts: list[int] = []
        pos = 0
        for a, b in windows:
            jstarts.append(pos)
            tstarts.append(a)
            parts.append(text[a:b])
            pos += b - a + 1
        return cls("\x00".join(parts), jstarts, tstarts)

    def to_text(self, pos: int) -> int:
        i = bisect_right(self._jstarts, pos) - 1
        return self._tstarts[i] + (pos - self._jstarts[i])

    def to_text_span(self, start: int, end: int) -> tuple[int, int]:
        """``(to_text(start), to_text(end - 1) + 1)`` for a span of the joined text, with one look-up when it lies
        in one window (what a pattern that matches no NUL finds)."""
        jstarts = self._jstarts
        i = bisect_right(jstarts, start) - 1
        if i + 1 < len(jstarts) and end - 1 >= jstarts[i + 1]:
            return self.to_text(start), self.to_text(end - 1) + 1
        shift = self._tstarts[i] - jstarts[i]
        return start + shift, end + shift


_DIGIT_LINE_BREAK = re.compile(r"\d[ \t]?\r?\n[ \t]?\d")


def _decode_percent(s: str) -> str | None:
    """%E5%BC%A0 -> 张; None when the bytes are not UTF-8 text worth decoding."""
    try:
        out = bytes(int(s[i + 1:i + 3], 16) for i in range(0, len(s), 3)).decode("utf-8")
    except UnicodeDecodeError:
        return None
    if any(ord(c) < 0x20 and c not in "\t\n\r" for c in out):
        return None
    return out


def _decode_bytes(m: str) -> str | None:
    """\\345\\274\\240 or \\xe5\\xbc\\xa0 -> 张; None when the bytes are not UTF-8."""
    parts = m.split("\\")[1:]
    try:
        if parts[0][0] == "x":
            return bytes(int(p[1:], 16) for p in parts).decode("utf-8")
        return bytes(int(p, 8) for p in parts).decode("utf-8")
    except UnicodeDecodeError:
        return None


def _decode_char_ref(m: str) -> str | None:
    """&#x5F20; / &#24352; -> 张, &quot; -> "; None for a code point that is no character (or a control character)."""
    if m[1] != "#":
        return _NAMED_REFS[m[1:-1]]
    cp = int(m[3:-1], 16) if m[2] in "xX" else int(m[2:-1])
    if cp > 0x10FFFF or 0xD800 <= cp <= 0xDFFF or (cp < 0x20 and cp not in (9, 10, 13)):
        return None
    return chr(cp)


def _decode_edit(m: str) -> str | None:
    """The replacement for one edit match; '' to drop, None to keep the original text."""
    c = m[0]
    if c == "\\":
        if m[-1] == '"':
            return '"'
        if len(m) == 2:
            return "/"
        if m[1] == "\\":  # escaped twice or more: read the hex digits
            hexes = _HEX4.findall(m)
            if not hexes:
                return None
            if len(hexes) == 2:
                hi, lo = int(hexes[0], 16), int(hexes[1], 16)
                return chr(0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00))
            m = "\\u" + hexes[0]
        elif m[1] != "u":
            return _decode_bytes(m)
        if len(m) == 12:
            hi, lo = int(m[2:6], 16), int(m[8:12], 16)
            return chr(0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00))
        cp = int(m[2:6], 16)
        if 0xD800 <= cp <= 0xDFFF:
            return None
        return chr(cp)
    if c == "%":
        return _decode_percent(m)
    if c == "&":
        return _decode_char_ref(m)
    return ""


def normalize(text: str) -> View:
    """Build the matching view of `text` (see module docstring)."""
    astral = has_astral(text)
    quiet = not astral and _QUIET_IN_BMP.search(text) is None  # nothing to fold, drop or read as Latin
    if quiet:
        base = text
    else:
        base = _fold(text, astral) if (_MATTERS if astral else _MATTERS_IN_BMP).search(text) else text
    edits = _edits(base, invisible=not quiet)
    if not edits:
        view = _finish(View(base, text), homoglyphs=not quiet)
        if quiet:  # no invisible character, and _finish only turns characters into digits
            textview.known_clean(view.text)
        return view
    pieces: list[str] = []
    view = View("", text)
    vpos = 0
    opos = 0
    for m in edits:
        rep = _decode_edit(m.group())
        if rep is None:
            continue
        s, e = m.span()
        if s > opos:
            view._vstarts.append(vpos)
            view._ostarts.append(opos)
            view._olens.append(s - opos)
            view._copy.append(True)
            pieces.append(base[opos:s])
            vpos += s - opos
        if rep:
            g = m.group()
            width = 3 if g[0] == "%" else 4 if g[0] == "\\" and g[1] in "3x" else 0
            if width and len(rep) > 1:
                # a run of byte escapes: one piece per character, so a value's span ends at its own last
                # character (%E6%9D%8E%20…: the name stops before the %20), and invisible ones are dropped
                at = s
                for ch in rep:
                    n = width * len(ch.encode("utf-8"))
                    if not _INVISIBLE.match(ch):
                        view._vstarts.append(vpos)
                        view._ostarts.append(at)
                        view._olens.append(n)
                        view._copy.append(False)
                        pieces.append(ch.translate(_TRANSLATE))
                        vpos += 1
                    at += n
            else:
                rep = rep.translate(_TRANSLATE)
                if _INVISIBLE.match(rep):  # an escaped zero-width character (\\u200b, &#x200B;) is dropped too
                    rep = ""
                if rep:
                    view._vstarts.append(vpos)
                    view._ostarts.append(s)
                    view._olens.append(e - s)
                    view._copy.append(False)
                    pieces.append(rep)
                    vpos += len(rep)
        opos = e
    if not view._vstarts and opos == 0:
        return _finish(View(base, text))
    if opos < len(base) or not view._vstarts:
        view._vstarts.append(vpos)
        view._ostarts.append(opos)
        view._olens.append(len(base) - opos)
        view._copy.append(True)
        pieces.append(base[opos:])
    view.text = "".join(pieces)
    return _finish(view)


def _finish(view: View, homoglyphs: bool = True) -> View:
    """The one-to-one passes that need the decoded text: numerals, homoglyphs, then letters posing as digits
    (after homoglyphs, so a Cyrillic or Greek O inside a number is already a Latin O). `homoglyphs` False when
    the text is known to hold none (numerals turn into digits only)."""
    view = _numerals(view)
    return _lookalike_digits(_homoglyphs(view) if homoglyphs else view)


def _homoglyphs(view: View) -> View:
    """Fold Cyrillic / Greek look-alikes to Latin inside mixed-script tokens (one char for one: map unchanged).

    zhаng.wei@… (Cyrillic а) and sk-proj-Αm7… (Greek Α) become plain Latin; a word written wholly in Cyrillic
    or Greek (Москва, Αθήνα) has no ASCII letter or digit and stays as it is, so Russian or Greek prose never
    turns into Latin look-alike words that a name or key pattern could match.
    """
    if _HG_ANY.search(view.text):
        _translate_runs(view, _HG_TOKEN, _HG_TRANS,
                        lambda token: bool(_HG_ANY.search(token) and _ASCII_ALNUM.search(token)))
    return view


def _numerals(view: View) -> View:
    """Replace Chinese numerals by digits inside digit runs (one char for one char: the map is unchanged).

    The runs of `_NUM_RUN` are the maximal chains of numerals with at most one separator between two (greedy,
    and a start inside a chain finds fewer numerals than the chain's own start), those with seven numerals or
    more; only the ones holding a Chinese numeral change. Such a numeral has a numeral beside it in its chain,
    so the chains are read from the places `_CN_NEAR` finds (rare in prose), not from every digit run."""
    t = view.text
    if not _HAS_CN.search(t):
        return view
    parts: list[str] = []
    last = 0
    for g in _CN_NEAR.finditer(t):
        c = g.start()
        if c < last:
            continue  # inside the chain just read
        run = _NUM_RUN.match(t, _chain_start(t, c))
        if run is None:
            continue
        parts.append(t[last:run.start()])
        parts.append(run.group().translate(_CN_TRANS))
        last = run.end()
    if parts:
        parts.append(t[last:])
        view.text = "".join(parts)
    return view


_CN_NEAR = re.compile(rf"[{_CN_CLASS}](?:(?<=[0-9{_CN_CLASS}].)|(?<=[0-9{_CN_CLASS}][ \-.].)|[ \-.]?[0-9{_CN_CLASS}])")
"""A Chinese numeral with another numeral next to it, or one separator away (its first character a class of the
numerals alone: `re` skips to them in C)."""
_NUMERALS = frozenset("0123456789" + _CN_CLASS)
_NUM_SEPS = frozenset(" -.")


def _chain_start(t: str, pos: int) -> int:
    """The first numeral of the chain holding the numeral at `pos`: walk left over numerals and single
    separators between two numerals."""
    i = pos
    while i > 0:
        c = t[i - 1]
        if c in _NUMERALS:
            i -= 1
        elif c in _NUM_SEPS and i >= 2 and t[i - 2] in _NUMERALS:
            i -= 2
        else:
            break
    return i


def _translate_runs(view: View, runs: re.Pattern[str], table: dict[int, str],
                    wanted: Callable[[str], bool]) -> None:
    """Translate, one char for one char (so the offset map stays valid), the matches of `runs` that
    `wanted` accepts."""
    t = view.text
    parts: list[str] = []
    last = 0
    for m in runs.finditer(t):
        run = m.group()
        if not wanted(run):
            continue
        parts.append(t[last:m.start()])
        parts.append(run.translate(table))
        last = m.end()
    if parts:
        parts.append(t[last:])
        view.text = "".join(parts)


LOOKALIKE_DIGITS: dict[str, str] = {"O": "0", "o": "0", "I": "1", "l": "1", "|": "1"}
"""Letters (and the bar) written for a digit inside a number: 138OO138000, 13800l38000, 13800|38000."""
_LA_TRANS = str.maketrans(LOOKALIKE_DIGITS)
_LA_GATE = re.compile(r"[OoIl|](?:[ \-.]?\d|(?<=\d.)|(?<=\d[ \-.].))")
"""A look-alike next to a digit (a separator between allowed). Starts with the look-alike class, so `re` skips
to candidates in C; the look-behinds come after the first character and keep that skip."""
_LA_RUN = re.compile(r"[0-9OoIl|]+(?:[ \-.][0-9OoIl|]+)*")
_LA_CHARS = frozenset("0123456789OoIl|")
_LA_SEPS = frozenset(" -.")
_DIGITS = frozenset("0123456789")
_WORDISH = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")
_BAD_EDGE = frozenset("/=\\")
_MAX_GROUP = 19
"""No number a recognizer wants has a separator-free group longer than a 19-digit card."""


def _lookalike_digits(view: View) -> View:
    """Letters posing as digits inside a number become those digits (one char for one: the map is unchanged).

    Only looked for inside the digit windows (one C-level search over their joined text), so prose never pays.
    A run of digits, look-alikes and single separators qualifies when it holds >= 7 real digits, at most half
    as many look-alikes, and is not glued to a word, a path or a base64 token (`_fold_plan`). Groups without a
    real digit at either end ("I", "No", "|") stay text, and so do groups longer than any number (a table of
    phones written |13800138000|13900139000|). Letters before the first digit of a number stay letters (a TW
    ID's O239457608) unless the group is short and more follow (O10-8765 4321) or has a phone's or ID card's
    exact length (l3800138000): see `_leading_is_digit`.
    """
    joined = view.digit_text()
    if not joined.text or not _LA_GATE.search(joined.text):
        return view
    t = view.text
    chars: list[str] | None = None
    done = -1
    for m in _LA_GATE.finditer(joined.text):
        pos = joined.to_text(m.start())
        if pos < done:
            continue
        start = _run_start(t, pos)
        run = _LA_RUN.match(t, start)
        if run is None:
            continue
        done = run.end()
        for i in _fold_plan(t, run.start(), run.end()):
            if chars is None:
                chars = list(t)
            chars[i] = chars[i].translate(_LA_TRANS)
    if chars is not None:
        view.text = "".join(chars)
        view._windows = None  # folded digits may join or widen digit clusters
        view._joined = None
    return view


def _run_start(t: str, pos: int) -> int:
    """Walk left from `pos` over run characters and single separators (bounded: runs are short)."""
    i = pos
    floor = max(0, pos - 64)
    while i > floor:
        c = t[i - 1]
        if c in _LA_CHARS:
            i -= 1
        elif c in _LA_SEPS and i >= 2 and t[i - 2] in _LA_CHARS:
            i -= 1
        else:
            break
    while t[i] in _LA_SEPS:
        i += 1
    return i


def _fold_plan(t: str, s: int, e: int) -> list[int]:
    """Positions in run [s, e) to fold, or none when the run is not a number in disguise."""
    groups = _groups(t, s, e)
    while groups and not _has_digit(t, *groups[0]):
        groups.pop(0)
    while groups and not _has_digit(t, *groups[-1]):
        groups.pop()
    if not groups:
        return []
    s, e = groups[0][0], groups[-1][1]
    after = e + 1 if e < len(t) and t[e] in "Xx" and t[e - 1] in _DIGITS else e  # an ID card's X check
    if not (_edge_ok(t, s - 1, s - 2) and _edge_ok(t, after, after + 1)):
        return []
    digits = sum(1 for i in range(s, e) if t[i] in _DIGITS)
    plan: list[int] = []
    for n, (a, b) in enumerate(groups):
        if b - a > _MAX_GROUP or not _has_digit(t, a, b):
            continue
        first = a
        while t[first] not in _DIGITS:
            first += 1
        if first > a and not _leading_is_digit(t, a, b, first, first_group=n == 0, more=n < len(groups) - 1):
            a = first  # a letter before the digits is a prefix (TW ID O239457608, HK ID), not a digit
        bars = t.count("|", a, b)
        for i in range(a, b):
            c = t[i]
            if c == "|":
                if bars == 1 and a < i < b - 1 and t[i - 1] in _DIGITS and t[i + 1] in _DIGITS:
                    plan.append(i)
            elif c in LOOKALIKE_DIGITS:
                plan.append(i)
    if plan and plan[-1] == e - 1 and t[e - 1] == "l" and len(plan) == 1 and e < len(t) and t[e] in ";,)]}":
        return []  # digits then l in code: a C / Java long literal (expireAt = 1754115016l;)
    if digits < 7 or len(plan) > digits // 2:
        return []
    return plan


def _groups(t: str, s: int, e: int) -> list[tuple[int, int]]:
    """The separator-free groups of run [s, e), without the table bars at their ends (|13800138000|)."""
    out: list[tuple[int, int]] = []
    a = s
    for i in range(s, e + 1):
        if i == e or t[i] in _LA_SEPS:
            b = i
            while a < b and t[a] == "|":
                a += 1
            while b > a and t[b - 1] == "|":
                b -= 1
            if b > a:
                out.append((a, b))
            a = i + 1
    return out


_WHOLE_NUMBER = frozenset({11, 15, 18})
"""Lengths of a phone or an ID card written as one group: its look-alike first character stands for the 1 both
start with (l3800138000, l10105194912310021)."""


def _leading_is_digit(t: str, a: int, b: int, first: int, *, first_group: bool, more: bool) -> bool:
    """Whether the look-alikes before the first digit of group [a, b) are digits too.

    Yes in a short group after another one or followed by others (an area code O10-..., a phone's
    l38 0013 I873, a card's last group) and when the group has the exact length of a phone or ID card and
    starts with l / I; no otherwise, since a letter in front of digits is usually the prefix of an identifier
    (TW ID O239457608, I132741319).
    """
    if b - a <= 4 and (more or not first_group):
        return True
    length = b - a + (1 if b < len(t) and t[b] in "Xx" else 0)
    return length in _WHOLE_NUMBER and all(t[i] in "lI" for i in range(a, first))


def _has_digit(t: str, a: int, b: int) -> bool:
    return any(t[i] in _DIGITS for i in range(a, b))


def _edge_ok(t: str, i: int, beyond: int) -> bool:
    """The character at `i` (just outside a run) does not glue the run to a word, path or token.

    A letter, digit or underscore there makes the run part of an identifier (SO1380013800, Hello13800l38000);
    / = \\ part of a path or base64; a - . or + counts as glue when a letter or digit is on its other side
    (SKU-..., v1.2..., a base64url token), not when it stands alone (+86 ..., "- 138...").
    """
    if i < 0 or i >= len(t):
        return True
    c = t[i]
    if c in _WORDISH or c in _BAD_EDGE:
        return False
    if c in "-.+":
        return not (0 <= beyond < len(t) and t[beyond] in _WORDISH)
    return True

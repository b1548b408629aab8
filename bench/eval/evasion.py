"""Written forms that hide a value from naive regexes; each returns the text as the user would type it.

Tags follow ../shared/eval/README.md (fullwidth, zero_width, cn_numeral, ...); the caller records the plain value
as the span's `norm`.
"""

from __future__ import annotations

import random
import urllib.parse

ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
CN_DIGITS = "〇一二三四五六七八九"
CN_CAPITAL = "零壹贰叁肆伍陆柒捌玖"


def fullwidth(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c) for c in s)


def zero_width(s: str, rng: random.Random) -> str:
    """One or two zero-width/format characters at interior positions."""
    chars = list(s)
    for _ in range(rng.choice((1, 1, 2))):
        chars.insert(rng.randint(1, len(chars) - 1), rng.choice(ZERO_WIDTH))
    return "".join(chars)


def cn_numeral(s: str, rng: random.Random) -> str:
    """Digits as 一三八…; 零 or 〇 for zero and sometimes 幺 for one, as people read numbers aloud."""
    zero = rng.choice("〇零")
    yao = rng.random() < 0.4
    return "".join(
        ("幺" if yao and c == "1" else (zero if c == "0" else CN_DIGITS[int(c)])) if c.isdigit() else c
        for c in s
    )


def cn_capital(s: str) -> str:
    return "".join(CN_CAPITAL[int(c)] if c.isdigit() else c for c in s)


def spaced(s: str) -> str:
    return " ".join(s)


def linebreak(s: str, rng: random.Random) -> str:
    i = rng.randint(max(1, len(s) // 4), max(1, 3 * len(s) // 4))
    return s[:i] + "\n" + s[i:]


def json_escape(s: str, ascii_too: bool = False) -> str:
    """Each non-ASCII (or every) character as a literal JSON \\uXXXX escape."""
    return "".join(f"\\u{ord(c):04x}" if ord(c) > 127 or ascii_too else c for c in s)


def percent(s: str) -> str:
    return urllib.parse.quote(s, safe="")


def at_dot(email: str, rng: random.Random) -> str:
    user, _, host = email.partition("@")
    style = rng.choice(["brackets", "words", "cn"])
    if style == "brackets":
        return user + "[at]" + host.replace(".", "[dot]")
    if style == "words":
        return user + " at " + host.replace(".", " dot ")
    return user + "（at）" + host


def fullwidth_at(email: str) -> str:
    return email.replace("@", "＠")


def mixed(s: str, rng: random.Random) -> str:
    """Two evasions at once: full-width digits with zero-width characters or spaces between them."""
    if rng.random() < 0.5:
        return zero_width(fullwidth(s), rng)
    return " ".join(fullwidth(s))

"""Fast paths of the detectors give exactly what the plain definitions they replace give.

Why: a speed change must not change what is found (bench/detect/same_findings.py checks the corpora); these
check each shortcut against its reference on many random inputs, including the odd cases the shortcut
reasons about (line breaks before `$`, mixed case under IGNORECASE, non-ASCII digits).
"""

from __future__ import annotations

import random

from stdnum import luhn as stdnum_luhn

from detectors import checks, normalize
from detectors.recognizers import secrets


def _strings(alphabet: list[str], count: int, longest: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest))) for _ in range(count)]


def test_fold_is_the_full_translate() -> None:
    keys = [chr(cp) for cp in normalize._TRANSLATE]
    alphabet = keys[:400] + keys[-50:] + list("abc XYZ 019，。：张伟\n\t%\\") + ["\u200b", "\U0001d41a"]
    for text in _strings(alphabet, 3000, 40, seed=1):
        astral = normalize.has_astral(text)
        assert normalize._fold(text, astral) == text.translate(normalize._TRANSLATE)


def test_normalize_view_of_full_width_text() -> None:
    text = "密码：Ｐａｓｓ＠ｗｏｒｄ１２３，账号　ａｄｍｉｎ（测试）"
    assert normalize.normalize(text).text == text.translate(normalize._TRANSLATE)


def test_is_placeholder_is_the_full_pattern() -> None:
    alphabet = list("xX*.…\n'\"`ab$_{}<>%()sKyourtodo-:") + ["\u212a", "\u017f", "null", "pass", "XXXX", "xxx",
                                                             "...", "****", "your_", "todo-", "\n"]
    for value in _strings(alphabet, 60000, 12, seed=3):
        assert secrets.is_placeholder(value) == bool(secrets._PLACEHOLDER.match(value.strip("\"'`"))), value


def test_luhn_is_stdnum_luhn() -> None:
    rng = random.Random(5)
    for _ in range(50000):
        value = "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 22)))
        assert checks.luhn(value) is stdnum_luhn.is_valid(value), value
    assert checks.luhn("４５３２０１５１１２８３０３６６") is stdnum_luhn.is_valid("４５３２０１５１１２８３０３６６")


def test_ip_adjust_is_the_full_window_search() -> None:
    from detectors.recognizers import contact

    rec = contact.IpAddressRecognizer()

    def reference(text: str, start: int) -> bool:
        return bool(rec._version_before.search(text, max(0, start - 12), start)
                    or contact._NUMBERING_BEFORE.search(text, max(0, start - 24), start))

    pieces = ["version", "VER", "版本", "版本号", "release", "build", "tag", "python", "nodejs", "java", "Go", "oid",
              "objectidentifier", "Section", "sect.", "chapter", "clause", "§", "章节", "条款", " ", "\t", "\n", ":",
              "=", "：", "-", "#", "(", "\"", "'", "a", "1", "张", "\u3000", "ſ", "ſ"]
    rng = random.Random(7)
    for _ in range(40000):
        prefix = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        text = prefix + "10.1.2.3"
        dropped = rec.adjust(text, len(prefix), len(text), 0.75) == 0.0
        assert dropped is reference(text, len(prefix)), prefix


def test_ipv4_pattern_is_the_look_behind_first_one() -> None:
    import re

    from detectors.recognizers import contact

    octet = contact._OCTET
    reference = re.compile(r"(?<![0-9A-Za-z.])" + octet + r"(?:\." + octet + r"){3}(?!\.?\d|[A-Za-z\-])")
    fast = contact.IpAddressRecognizer()._compiled[0][0]
    for text in _strings(list("0123456789" * 3) + [".", ".", " ", "a", "-", "\u0663", "\n"], 60000, 30, seed=9):
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in reference.finditer(text)], text

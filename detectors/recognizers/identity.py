"""Identity documents: mainland ID card, passport, HK / TW / Macao IDs and the travel permits."""

from __future__ import annotations

import re

from detectors import checks
from detectors.recognizers.base import (
    NOT_AFTER_ALNUM,
    NUMBER_DECOY_WORDS,
    SEP,
    SEP_DIGIT,
    ViewRecognizer,
    compact,
    header_cell,
    patterns,
)

_NA = NOT_AFTER_ALNUM
_E = r"(?![0-9A-Za-z])"


def _digits_ahead(n: int) -> str:
    """A look-ahead that every match of ``SEP_DIGIT{n}`` passes: its next ``n`` characters are digits, separators or
    line-break characters. Why: ``re`` repeats a group of alternatives step by step, saving state at each, while it
    runs a repeated class in one C loop; at the start of every shorter number (a date, a phone, an amount) the class
    says no before the group is tried (ID card patterns over the digit windows: 0.56 -> 0.30 ms for 18 digits)."""
    return rf"(?=[\d \-.\t\r\n]{{{n}}})"

_SAMPLE_WORDS = re.compile(r"例如|比如|例：|如：|样例|樣例|示例|范例|範例|样本|格式|sample|example|e\.g\.|such as",
                           re.IGNORECASE)


def is_sample(text: str, start: int, end: int) -> bool:
    """A document number with no check digit written as a format sample: its digits only count up, down or
    repeat (E12345678, C00000000) AND a sample word stands next to it (例如E12345678（样例）). Either alone is not
    enough: people do hold G12345678, and 例如 precedes real numbers too."""
    digits = "".join(c for c in text[start:end] if c.isdigit())
    if len(digits) < 6:
        return False
    steps = {(int(b) - int(a)) % 10 for a, b in zip(digits, digits[1:])}
    if len(steps) != 1 or not steps <= {0, 1, 9}:
        return False
    return bool(_SAMPLE_WORDS.search(text, max(0, start - 12), min(len(text), end + 8)))


ID_CONTEXT = ["身份证", "身份號", "身份证号", "证件", "證件", "公民身份", "身份号码", "id_no", "id card", "idcard",
              "id number", "identity", "id_card", "sfz", "身分證"]


class CnIdCardRecognizer(ViewRecognizer):
    """Resident identity card (GB 11643): 17 digits + MOD 11-2 check, or the 15-digit legacy form.

    Separators, line breaks and zero-width characters may sit anywhere inside (they stay in the span);
    the 18-digit form must pass python-stdnum's check (date, county code, check character).
    """

    NEGATIVE_CONTEXT = NUMBER_DECOY_WORDS

    DIGIT_SCOPED = True
    def __init__(self) -> None:
        super().__init__("CN_ID_CARD", patterns(
            ("id18", r"[1-9]" + _NA + _digits_ahead(16) + SEP_DIGIT + r"{16}(?:[0-9Xx]|" + SEP + r"[0-9Xx])" + _E,
             0.5),
            ("id15", r"[1-9]" + _NA + _digits_ahead(14) + SEP_DIGIT + r"{14}" + _E, 0.3),
        ), context=ID_CONTEXT, trigger=r"\d{4}")

    def validate_result(self, pattern_text: str) -> bool | None:
        return checks.cn_id(compact(pattern_text))

    def adjust(self, text: str, start: int, end: int, score: float) -> float:
        if len(compact(text[start:end])) == 15:
            return 0.55 + (self.CONTEXT_BOOST if self.has_context(text, start, end) else 0.0)
        return score


class CnPassportRecognizer(ViewRecognizer):
    """PRC passport (E/G + 8 digits, E + letter + 7, SE/DE/PE + 7): no check digit, so context is required."""

    DIGIT_SCOPED = True
    def __init__(self) -> None:
        super().__init__("CN_PASSPORT", patterns(
            ("passport", r"[EGSDP]" + _NA + r"(?:(?<=[EG])\d{8}|(?<=E)[A-HJ-NP-Z]\d{7}|(?<=[SDP])E\d{7})" + _E, 0.3),
        ), context=["护照", "護照", "passport", "旅行证件"], trigger=r"[EGSDP]")

    def adjust(self, text: str, start: int, end: int, score: float) -> float:
        if is_sample(text, start, end):
            return 0.0
        if score < 0.5 and self.header_context(text, start):
            return score + self.CONTEXT_BOOST  # a passport column further down a table than the context window
        return score


_HK_WORDS = re.compile(r"香港|港人|hkid|hong kong|身份證|身份证|identity card|id card|證件|证件", re.IGNORECASE)
"""Words before a bare HK ID (no brackets): Hong Kong itself, or an identity-card word (the traditional 身份證
is how Hong Kong writes it); with the check digit that leaves about one random string in 11 x thousands."""


class HkIdRecognizer(ViewRecognizer):
    """Hong Kong identity card A123456(3): check digit over letters and digits (mod 11)."""

    DIGIT_SCOPED = True
    def __init__(self) -> None:
        super().__init__("HK_ID", patterns(
            ("hkid_paren", r"[A-Z]" + _NA + r"[A-Z]?\d{6}[(（][0-9A][)）]", 0.5),
            ("hkid_bare", r"[A-Z]" + _NA + r"[A-Z]?\d{6}[0-9A]" + _E, 0.2),
        ), context=["香港身份证", "香港身份證", "hkid", "hong kong id", "身份证", "身份證"], trigger=r"[A-Z]\d{6}")

    def validate_result(self, pattern_text: str) -> bool | None:
        return checks.hk_id(compact(pattern_text))

    def adjust(self, text: str, start: int, end: int, score: float) -> float:
        if text[end - 1] not in ")）":  # bare form: 1 in 11 random strings pass the check
            near = text[max(0, start - self.CONTEXT_BEFORE):start]
            return 0.8 if _HK_WORDS.search(near) else 0.0
        return score


class TwIdRecognizer(ViewRecognizer):
    """Taiwan national ID A123456789 (letter, 1/2 or 8/9 for residents, 8 digits; weighted mod 10)."""

    DIGIT_SCOPED = True
    def __init__(self) -> None:
        super().__init__("TW_ID", patterns(
            ("twid", r"[A-Z]" + _NA + r"[1289]\d{8}" + _E, 0.3),
        ), context=["身分證", "身份证", "身份證", "字号", "字號", "taiwan", "台湾", "臺灣", "统一证号", "居留证"],
            trigger=r"[A-Z][1289]\d{8}")

    def validate_result(self, pattern_text: str) -> bool | None:
        return checks.tw_id(pattern_text.upper())

    def adjust(self, text: str, start: int, end: int, score: float) -> float:
        return 0.85 + (0.15 if self.has_context(text, start, end) else 0.0)


class MoIdRecognizer(ViewRecognizer):
    """Macao resident ID 1234567(8): no public check rule, so a Macao context word is needed."""

    DIGIT_SCOPED = True
    def __init__(self) -> None:
        super().__init__("MO_ID", patterns(
            ("moid", r"[1578]" + _NA + r"\d{6}[(（]\d[)）]", 0.3),
        ), context=["澳门", "澳門", "macau", "macao", "身份证", "身份證", "bir"], trigger=r"\d{7}[(（]")


class PermitRecognizer(ViewRecognizer):
    """往来港澳通行证 (C + 8 digits / C + letter + 7), 回乡证 (H/M + 8 or 10 digits), 台胞证 (8 digits)."""

    NEGATIVE_CONTEXT = NUMBER_DECOY_WORDS

    DIGIT_SCOPED = True
    def __init__(self) -> None:
        super().__init__("CN_HK_MACAO_PERMIT", patterns(
            ("eep", r"C" + _NA + r"(?:\d{8}|[A-HJ-NP-Z]\d{7})" + _E, 0.3),
            ("hrp", r"[HM]" + _NA + r"\d{8}(?:\d{2})?" + _E, 0.3),
            ("mtp", r"\d" + _NA + r"\d{7}(?:\d{2})?" + _E, 0.1),  # the look-behind after the first digit (see _NA)
        ), context=["通行证", "通行證", "回乡证", "回鄉證", "台胞证", "台胞證", "港澳", "permit", "来往", "往来"],
            trigger=r"\d{7}")
        self._mtp_context = re.compile(r"台胞|台湾居民|臺灣居民|mtp|往来大陆|來往大陸")


    def adjust(self, text: str, start: int, end: int, score: float) -> float:
        if is_sample(text, start, end):
            return 0.0
        if text[start].isdigit():  # bare 8 digits: only right after a 台胞证 word, or under a 台胞证 column
            window = text[max(0, start - 40):start]
            if self._mtp_context.search(window):
                return 0.8
            if not self.anywhere(self._mtp_context, text):
                return 0.0
            cell = header_cell(text, start)
            return 0.8 if cell and self._mtp_context.search(cell.lower()) else 0.0
        if score < 0.5 and self.header_context(text, start):
            return score + self.CONTEXT_BOOST
        return score


class MilitaryIdRecognizer(ViewRecognizer):
    """Officer / soldier ID (军官证, 士兵证): a region or service character, 字第, 6-8 digits, 号."""

    def __init__(self) -> None:
        super().__init__("CN_MILITARY_ID", patterns(
            ("officer", r"[南北沈兰成济广海空参政后装武军战火联][字]第\d{6,8}号", 0.55),
        ), context=["军官证", "軍官證", "士兵证", "军人", "文职干部证", "警官证", "military"], trigger="字第")

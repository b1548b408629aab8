"""Financial and business identifiers: bank cards (Luhn + issuer ranges) and the unified social credit code."""

from __future__ import annotations

import re

from detectors import checks
from detectors.recognizers.base import (
    LINE_GAP,
    NOT_AFTER_ALNUM,
    NUMBER_DECOY_WORDS,
    SEP,
    ViewRecognizer,
    compact,
    patterns,
)

_NA = NOT_AFTER_ALNUM

CARD_CONTEXT = ["卡号", "卡號", "银行卡", "銀行卡", "信用卡", "借记卡", "账号", "賬號", "账户", "帳戶", "退款账户", "开户",
                "card", "visa", "mastercard", "unionpay", "银联", "代发", "收款", "付款", "储蓄卡", "原卡"]

_ISSUERS: tuple[tuple[str, frozenset[int]], ...] = (
    ("62", frozenset({16, 17, 18, 19})),           # UnionPay
    ("4", frozenset({13, 16, 19})),                # Visa
    ("5", frozenset({16})),                        # Mastercard 51-55 (checked below)
    ("2", frozenset({16})),                        # Mastercard 2221-2720 (checked below)
    ("34", frozenset({15})), ("37", frozenset({15})),  # Amex
    ("35", frozenset({16, 17, 18, 19})),           # JCB
    ("6011", frozenset({16, 19})), ("65", frozenset({16, 19})),  # Discover
    ("60", frozenset({16, 17, 18, 19})),           # domestic debit (e.g. 6013 BOC)
    ("95", frozenset({16, 19})),                   # domestic debit (e.g. 9558 ICBC)
    ("36", frozenset({14})), ("30", frozenset({14})),  # Diners
)
_ID_LIKE = re.compile(r"^\d{6}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dX]$")


def issuer_ok(digits: str) -> bool:
    """Whether the number's prefix and length belong to a card scheme issuing in or to China."""
    n = len(digits)
    if digits[0] == "5" and not "51" <= digits[:2] <= "55":
        return False
    if digits[0] == "2" and not "2221" <= digits[:4] <= "2720":
        return False
    by_prefix = _BY_PREFIX
    return (n in by_prefix.get(digits[:1], ()) or n in by_prefix.get(digits[:2], ())
            or n in by_prefix.get(digits[:4], ()))


_BY_PREFIX: dict[str, frozenset[int]] = dict(_ISSUERS)
"""The issuer table keyed by prefix (1, 2 or 4 digits, all distinct): three look-ups instead of a scan."""
assert len(_BY_PREFIX) == len(_ISSUERS) and {len(p) for p in _BY_PREFIX} <= {1, 2, 4}


class BankCardRecognizer(ViewRecognizer):
    """Payment card number: 15-19 digits, plain or grouped, Luhn-valid with a known issuer prefix."""

    NEGATIVE_CONTEXT = NUMBER_DECOY_WORDS

    DIGIT_SCOPED = True
    LINE_BREAK_PATTERNS = frozenset({"card_broken", "card_grouped_linebreak"})  # each holds digit, \n, digit

    def __init__(self) -> None:
        super().__init__("BANK_CARD", patterns(
            # possessive: backing off a digit run only leaves a digit next, which (?!\d) rejects anyway
            ("card", r"[2-69]" + _NA + r"\d{14,18}+(?!\d)", 0.4),
            ("card_grouped", r"[2-69]" + _NA + r"\d{3}(?:[ \-]\d{4}){2,3}(?:[ \-]\d{1,3})?(?![0-9])", 0.4),
            ("card_amex", r"3" + _NA + r"[47]\d{2}[ \-]\d{6}[ \-]\d{5}(?!\d)", 0.4),
            ("card_spaced", r"[2-69]" + _NA + r"(?:" + SEP + r"\d){14,18}(?!\d)", 0.4),
            ("card_broken", r"[2-69]" + _NA + r"\d{0,17}\r?\n\d{1,18}(?!\d)", 0.4),
            # 4-digit groups with one gap a line break (a number split over two lines or two messages)
            ("card_grouped_linebreak", r"[2-69]" + _NA + r"\d{3}(?:[ \-]\d{4}){0,2}" + LINE_GAP
             + r"\d{4}(?:[ \-]\d{4}){0,2}(?:[ \-]\d{1,3})?(?![0-9])", 0.4),
        ), context=CARD_CONTEXT, trigger=r"\d{4}")

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = compact(pattern_text)
        return 15 <= len(digits) <= 19 and digits.isdigit() and issuer_ok(digits) and checks.luhn(digits)

    def adjust(self, text: str, start: int, end: int, score: float) -> float:
        digits = compact(text[start:end])
        if len(digits) == 18 and _ID_LIKE.match(digits):  # looks like an ID number that failed its check
            return 0.4 + (self.CONTEXT_BOOST if self.has_context(text, start, end) else 0.0)
        return score


_USCC_ORG_TYPES = frozenset("123459ABCDEFGHNY")


class UsccRecognizer(ViewRecognizer):
    """Unified social credit code (GB 32100): 18 characters, check character over a base-31 alphabet."""

    DIGIT_SCOPED = True
    def __init__(self) -> None:
        alpha = "[0-9A-HJ-NPQRTUWXY]"
        super().__init__("CN_USCC", patterns(
            ("uscc", r"[1-9A-HJ-NPQRTUWY]" + _NA + r"[1-9]\d{6}" + alpha + "{10}(?![0-9A-Za-z])", 0.4),
        ), context=["统一社会信用代码", "信用代码", "税号", "纳税人识别号", "uscc", "credit code", "营业执照"],
            trigger=r"\d{6}")

    def validate_result(self, pattern_text: str) -> bool | None:
        value = pattern_text.upper()
        if not checks.cn_uscc(value) or int(value[2:4]) not in checks.CN_PROVINCES:
            return False
        return True

    def adjust(self, text: str, start: int, end: int, score: float) -> float:
        value = text[start:end]
        if value.isdigit():  # 1 in 31 random 18-digit numbers pass the check: needs a USCC word nearby
            return 0.45 + (self.CONTEXT_BOOST if self.has_context(text, start, end) else 0.0)
        return score

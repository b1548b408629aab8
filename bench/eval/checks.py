"""Check-digit rules for the labeled types, so the corpus can prove each gold value valid and each decoy invalid.

Where python-stdnum has the rule (GB 11643 ID, GB 32100 USCC, Luhn) we call it, so the corpus is judged by the
same reference the detectors use; HK and TW identity numbers are not in stdnum and are implemented here from
their published definitions.
"""

from __future__ import annotations

import datetime

from stdnum import luhn
from stdnum.cn import ric, uscc

_TW_LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO"  # A=10 ... O=35 in this order (the published table)


def cn_id18_valid(value: str) -> bool:
    """GB 11643: check digit, real date, county code known at that date (python-stdnum's table).

    python-stdnum raises KeyError (instead of returning False) when the first six digits name a province but no
    county, e.g. 622588238009218709; such a number is not a valid ID.
    """
    try:
        return ric.is_valid(value)
    except KeyError:
        return False


def cn_id18_check(body17: str) -> str:
    """The GB 11643 check character for 17 digits."""
    return ric.calc_check_digit(body17 + "0")


def cn_id15_valid(value: str) -> bool:
    """Legacy 15-digit ID: 6-digit area, YYMMDD in the 1900s, 3-digit sequence."""
    if len(value) != 15 or not value.isdigit():
        return False
    try:
        datetime.date(1900 + int(value[6:8]), int(value[8:10]), int(value[10:12]))
    except ValueError:
        return False
    return True


def luhn_valid(value: str) -> bool:
    """Luhn mod-10 over a digit string."""
    return value.isdigit() and luhn.is_valid(value)


def luhn_check(body: str) -> str:
    """The Luhn check digit to append to body."""
    return luhn.calc_check_digit(body)


def uscc_valid(value: str) -> bool:
    """GB 32100 check character plus the GB 11714 organisation-code check inside (positions 9-17)."""
    if not uscc.is_valid(value):
        return False
    return org_code_check(value[8:16]) == value[16]


def uscc_check(body17: str) -> str:
    """The GB 32100 check character for 17 characters."""
    return uscc.calc_check_digit(body17)


_ORG_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def org_code_check(body8: str) -> str:
    """GB 11714 organisation code check character (weights 3,7,9,10,5,8,4,2; 10 -> X, 11 -> 0)."""
    weights = (3, 7, 9, 10, 5, 8, 4, 2)
    total = sum(_ORG_ALPHABET.index(c) * w for c, w in zip(body8, weights))
    c = 11 - total % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def hkid_check(prefix: str, digits6: str) -> str:
    """HKID check character: letters valued A=10..Z=35, a one-letter prefix padded with 36, weights 9..2, mod 11."""
    chars = ([36] if len(prefix) == 1 else []) + [ord(c) - 55 for c in prefix] + [int(d) for d in digits6]
    total = sum(v * w for v, w in zip(chars, range(9, 1, -1)))
    c = (11 - total % 11) % 11
    return "A" if c == 10 else str(c)


def hkid_valid(value: str) -> bool:
    """Accepts A123456(3), AB123456(7) and the forms without parentheses."""
    v = value.replace("(", "").replace(")", "").replace("（", "").replace("）", "").upper()
    prefix = v[:-7]
    if len(prefix) not in (1, 2) or not prefix.isalpha() or not v[-7:-1].isdigit():
        return False
    return hkid_check(prefix, v[-7:-1]) == v[-1]


def twid_valid(value: str) -> bool:
    """Taiwan national ID: letter (area code 10-35) + 1/2 + 8 digits; weighted sum mod 10 == 0."""
    if len(value) != 10 or value[0] not in _TW_LETTERS or value[1] not in "12" or not value[1:].isdigit():
        return False
    code = _TW_LETTERS.index(value[0]) + 10
    weights = (8, 7, 6, 5, 4, 3, 2, 1)
    total = (
        code // 10 + (code % 10) * 9 + sum(int(d) * w for d, w in zip(value[1:9], weights)) + int(value[9])
    )
    return total % 10 == 0


def twid_check(letter: str, body8: str) -> str:
    """The last digit that makes letter + body8 + digit a valid Taiwan ID."""
    for d in "0123456789":
        if twid_valid(letter + body8 + d):
            return d
    raise ValueError("no check digit")  # cannot happen: the weight of the last digit is 1


def cn_id_any_valid(value: str) -> bool:
    """An ID card number in either length, separators already removed."""
    return cn_id18_valid(value) if len(value) == 18 else cn_id15_valid(value)

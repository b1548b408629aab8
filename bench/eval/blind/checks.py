"""Check-digit rules and value makers for the blind corpus.

Written separately from bench/eval/values.py on purpose: the blind corpus must not share code (or blind
spots) with the generator it is meant to second-guess.
"""
from __future__ import annotations

import datetime as _dt
import random

from stdnum.cn import ric, uscc

# County codes valid today (python-stdnum's table); one per region so IDs look geographically varied.
COUNTIES = ["110105", "310104", "440305", "330106", "510107", "320102", "420106", "610113",
            "370202", "350203", "500103", "230103", "130102", "450103", "530102", "650102"]
COUNTIES = [c for c in COUNTIES if ric.is_valid(c + "19900101001" + ric.calc_check_digit(c + "199001010010"))]
_ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]
_ORG_ALPHA = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_HK_ALPHA = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_TW_LETTER = {c: v for c, v in zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36))}


def luhn_ok(digits: str) -> bool:
    """Luhn check used by bank cards."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_complete(prefix: str) -> str:
    """Append the check digit that makes prefix Luhn-valid."""
    for d in "0123456789":
        if luhn_ok(prefix + d):
            return prefix + d
    raise AssertionError(prefix)


def id18_ok(value: str) -> bool:
    """GB 11643 number with known county, real date and right check digit."""
    return ric.is_valid(value)


def id15_ok(value: str) -> bool:
    """Legacy 15-digit number: digits and a real 19YY date."""
    if len(value) != 15 or not value.isdigit():
        return False
    try:
        _dt.date(1900 + int(value[6:8]), int(value[8:10]), int(value[10:12]))
    except ValueError:
        return False
    return True


def org_code_ok(code: str) -> bool:
    """GB 11714 organisation code (8 body characters + check)."""
    try:
        total = sum(_ORG_ALPHA.index(c) * w for c, w in zip(code[:8], _ORG_W))
    except ValueError:
        return False
    check = 11 - total % 11
    want = "X" if check == 10 else "0" if check == 11 else str(check)
    return code[8] == want


def uscc_ok(value: str) -> bool:
    """GB 32100 check character plus a valid organisation code inside."""
    return uscc.is_valid(value) and org_code_ok(value[8:17])


def hkid_check(body: str) -> str:
    """Check character for a HKID body like 'A123456' or 'AB123456'."""
    letters, digits = body[:-6], body[-6:]
    vals = ([36] if len(letters) == 1 else []) + [_HK_ALPHA.index(c) + 10 for c in letters] + [int(d) for d in digits]
    total = sum(v * w for v, w in zip(vals, range(9, 1, -1)))
    r = (11 - total % 11) % 11
    return "A" if r == 10 else str(r)


def hkid_ok(value: str) -> bool:
    """'A123456(3)' or 'A1234563' with the right check character."""
    v = value.replace("(", "").replace(")", "").replace("（", "").replace("）", "").upper()
    return len(v) in (8, 9) and v[-7:-1].isdigit() and v[:-7].isalpha() and hkid_check(v[:-1]) == v[-1]


def twid_ok(value: str) -> bool:
    """Taiwan national ID: letter, 1/2, 8 digits, weighted check."""
    if len(value) != 10 or value[0] not in _TW_LETTER or not value[1:].isdigit() or value[1] not in "12":
        return False
    n = _TW_LETTER[value[0]]
    total = n // 10 + (n % 10) * 9 + sum(int(d) * w for d, w in zip(value[1:9], range(8, 0, -1))) + int(value[9])
    return total % 10 == 0


class Maker:
    """Deterministic synthetic values, valid (or deliberately invalid) by construction."""

    def __init__(self, seed: str) -> None:
        self.r = random.Random(seed)

    def _digits(self, n: int) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def id18(self, want_x: bool = False) -> str:
        while True:
            day = _dt.date(1950, 1, 1) + _dt.timedelta(days=self.r.randrange(0, 20000))
            body = self.r.choice(COUNTIES) + day.strftime("%Y%m%d") + self._digits(3)
            value = body + ric.calc_check_digit(body + "0")
            if ric.is_valid(value) and (value.endswith("X") or not want_x):
                return value

    def id15(self) -> str:
        day = _dt.date(1940, 1, 1) + _dt.timedelta(days=self.r.randrange(0, 18000))
        return self.r.choice(COUNTIES) + day.strftime("%y%m%d") + self._digits(3)

    def id18_bad_checksum(self) -> str:
        good = self.id18()
        wrong = [c for c in "0123456789X" if c != good[-1]]
        return good[:-1] + self.r.choice(wrong)

    def id18_bad_date(self) -> str:
        body = self.r.choice(COUNTIES) + "19%02d" % self.r.randrange(50, 99) + "13" + "%02d" % self.r.randrange(1, 28) + self._digits(3)
        return body + ric.calc_check_digit(body + "0")

    def card(self, prefix: str, length: int) -> str:
        return luhn_complete(prefix + self._digits(length - len(prefix) - 1))

    def card_bad(self, prefix: str = "6222", length: int = 19) -> str:
        good = self.card(prefix, length)
        return good[:-1] + str((int(good[-1]) + 1 + self.r.randrange(8)) % 10)

    def uscc(self) -> str:
        while True:
            org = "".join(self.r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
            total = sum(_ORG_ALPHA.index(c) * w for c, w in zip(org, _ORG_W))
            chk = 11 - total % 11
            org += "X" if chk == 10 else "0" if chk == 11 else str(chk)
            if any(c not in uscc._alphabet for c in org):
                continue
            body = self.r.choice(["91", "92", "12", "52", "31"]) + self.r.choice(COUNTIES) + org
            value = body + uscc.calc_check_digit(body + "0")
            if uscc_ok(value):
                return value

    def uscc_bad(self) -> str:
        good = self.uscc()
        for c in "0123456789ABCDEFGHJKLMNPQRTUWXY":
            if c != good[-1]:
                return good[:-1] + c
        raise AssertionError

    def hkid(self) -> str:
        body = self.r.choice("ACDEGKPRVYZ") + self._digits(6)
        return f"{body}({hkid_check(body)})"

    def hkid_bad(self) -> str:
        body = self.r.choice("ACDEGKPRVYZ") + self._digits(6)
        good = hkid_check(body)
        bad = self.r.choice([c for c in "0123456789A" if c != good])
        return f"{body}({bad})"

    def twid(self) -> str:
        while True:
            v = self.r.choice("ABDEFHKLNPRSTUW") + self.r.choice("12") + self._digits(8)
            if twid_ok(v):
                return v

    def twid_bad(self) -> str:
        good = self.twid()
        return good[:-1] + str((int(good[-1]) + 3) % 10)

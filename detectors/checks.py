"""Check-digit and plausibility rules, shared by recognizers, the YAML registry and `canonical_value`.

Each function takes the compact value (separators already removed, upper-cased where letters matter) and
returns a bool. python-stdnum is used where it has the rule (GB 11643 ID cards, GB 32100 USCC, Luhn,
ISO 7064); HKID and the Taiwanese ID have no stdnum module, so their public weighting rules live here.
"""

from __future__ import annotations

import datetime as _dt
import math
from collections import Counter
from functools import lru_cache
from operator import mul
from collections.abc import Callable

from stdnum import luhn as _luhn
from stdnum.cn import ric as _ric
from stdnum.cn import uscc as _uscc
from stdnum.iso7064 import mod_11_2 as _mod_11_2
from stdnum.iso7064 import mod_97_10 as _mod_97_10

__all__ = [
    "CN_PROVINCES",
    "VALIDATORS",
    "cn_id",
    "cn_id15",
    "cn_id18",
    "cn_uscc",
    "hk_id",
    "iso7064_mod11_2",
    "luhn",
    "mod97",
    "shannon_entropy",
    "tw_id",
]

CN_PROVINCES = frozenset({11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
                           50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83})


_DOUBLED = {str(d): (2 * d) // 10 + (2 * d) % 10 for d in range(10)}
_DIGIT = {str(d): d for d in range(10)}


def luhn(value: str) -> bool:
    """Luhn (ISO/IEC 7812) over a digit string.

    For ASCII digits the sum computed here is stdnum's checksum (the same digits doubled, the same sum mod 10)
    at a fraction of its cost (candidates are many in long documents); other digits go to stdnum."""
    if not (value.isdigit() and value.isascii()):
        return value.isdigit() and _luhn.is_valid(value)
    total = sum(map(_DIGIT.__getitem__, value[::-2])) + sum(map(_DOUBLED.__getitem__, value[-2::-2]))
    return total % 10 == 0


_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
assert sum(_ID_WEIGHTS) == 100


def _id18_checksum_ok(value: str) -> bool:
    """The MOD 11-2 check alone: cheap, so stdnum's slower county lookup only sees plausible numbers."""
    head = value[:17]
    if not head.isdigit():
        return False
    if head.isascii():  # the code points less 48 each: the weights sum to 100
        total = sum(map(mul, head.encode(), _ID_WEIGHTS)) - 48 * 100
    else:
        total = sum(map(mul, map(int, head), _ID_WEIGHTS))
    return "10X98765432"[total % 11] == value[17].upper()


@lru_cache(maxsize=65536)
def _county_known(code: str, year: int) -> bool:
    """python-stdnum's rule: the county code existed in the birth year (its numdb lookup is the slow part,
    and it depends on these two values only, so it is cached)."""
    try:
        _ric.get_birth_place(f"{code}{year:04d}01010000")
    except Exception:  # InvalidComponent, or a table entry without a county list (KeyError)
        return False
    return True


def cn_id18(value: str) -> bool:
    """18-character resident ID (GB 11643): county code, birth date and MOD 11-2 check character.

    Same verdict as `stdnum.cn.ric.is_valid`, computed as: check character, then date, then the cached
    county lookup.
    """
    if len(value) != 18 or not _id18_checksum_ok(value):
        return False
    try:
        born = _dt.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    return _county_known(value[:6], born.year)


def cn_id15(value: str) -> bool:
    """15-digit first-generation ID: province code and a real 19YYMMDD birth date (no check digit exists)."""
    if len(value) != 15 or not value.isdigit() or int(value[:2]) not in CN_PROVINCES:
        return False
    try:
        _dt.date(1900 + int(value[6:8]), int(value[8:10]), int(value[10:12]))
    except ValueError:
        return False
    return True


def cn_id(value: str) -> bool:
    """Either ID card generation."""
    return cn_id18(value) if len(value) == 18 else cn_id15(value)


_USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_VALUE = {c: i for i, c in enumerate(_USCC_ALPHABET)}
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def _uscc_check_fails(value: str) -> bool:
    """True when an 18-character code in the GB 32100 alphabet has the wrong check character: stdnum would
    reject it too. False (stdnum decides) for anything else."""
    if value[17] not in _USCC_VALUE:
        return False
    try:
        total = sum(map(mul, map(_USCC_VALUE.__getitem__, value[:17]), _USCC_WEIGHTS))
    except KeyError:  # a character outside the alphabet
        return False
    return _USCC_ALPHABET[-total % 31] != value[17]


def cn_uscc(value: str) -> bool:
    """Unified social credit code (GB 32100 check character, GB 11714 organisation code inside)."""
    if len(value) != 18 or _uscc_check_fails(value):
        return False
    try:
        return _uscc.is_valid(value)
    except Exception:  # defensive, as for cn_id18
        return False


def iso7064_mod11_2(value: str) -> bool:
    return _mod_11_2.is_valid(value)


def mod97(value: str) -> bool:
    """ISO 7064 MOD 97-10 (IBAN-style) over digits and letters."""
    try:
        return _mod_97_10.is_valid(value)
    except Exception:  # stdnum raises its own ValidationError subclasses on bad characters
        return False


def hk_id(value: str) -> bool:
    """Hong Kong identity card: 1-2 letters, 6 digits, check 0-9/A; weights 9..1 with a blank prefix as 36."""
    value = value.upper()
    if not 8 <= len(value) <= 9:
        return False
    prefix, digits, check = value[:-7], value[-7:-1], value[-1]
    if not (prefix.isalpha() and prefix.isascii() and digits.isdigit() and (check.isdigit() or check == "A")):
        return False
    letters = [36] * (2 - len(prefix)) + [ord(c) - 55 for c in prefix]
    total = letters[0] * 9 + letters[1] * 8 + sum(int(d) * w for d, w in zip(digits, range(7, 1, -1)))
    total += 10 if check == "A" else int(check)
    return total % 11 == 0


_TW_LETTERS = {c: v for c, v in zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36))}


def tw_id(value: str) -> bool:
    """Taiwan national ID / new-style resident certificate: letter (10-35), gender digit 1/2/8/9, 8 digits."""
    value = value.upper()
    if len(value) != 10 or value[0] not in _TW_LETTERS or not value[1:].isdigit() or value[1] not in "1289":
        return False
    n = _TW_LETTERS[value[0]]
    total = n // 10 + (n % 10) * 9
    total += sum(int(d) * w for d, w in zip(value[1:9], range(8, 0, -1))) + int(value[9])
    return total % 10 == 0


def shannon_entropy(value: str) -> float:
    """Bits per character: random tokens score ~4-6, words and repeated placeholders far less."""
    if not value:
        return 0.0
    n = len(value)
    return -sum(c / n * math.log2(c / n) for c in Counter(value).values())


VALIDATORS: dict[str, Callable[[str], bool]] = {
    "luhn": luhn, "cn_id": cn_id, "cn_id18": cn_id18, "cn_ric": cn_id18, "cn_uscc": cn_uscc, "hk_id": hk_id,
    "tw_id": tw_id, "iso7064_mod11_2": iso7064_mod11_2, "mod97": mod97,
}
"""Names accepted by `validate:` in YAML custom detectors."""

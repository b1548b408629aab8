"""Validation of a labeled record: every span inside its text and valid for its type, every decoy really invalid.

Used by the generator (it refuses to write a record that fails) and by tests/eval (so a corpus edited by hand is
held to the same rules).
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from collections.abc import Callable
from typing import Any

from bench.eval import checks, evasion
from bench.eval.values import MOBILE_PREFIXES

_INVISIBLE = dict.fromkeys(map(ord, evasion.ZERO_WIDTH), None)
_CN = (
    {c: str(i) for i, c in enumerate(evasion.CN_DIGITS)}
    | {c: str(i) for i, c in enumerate(evasion.CN_CAPITAL)}
    | {"零": "0", "幺": "1"}
)
_EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")


def plain(written: str) -> str:
    """Undo the evasions the generator applies: NFKC, zero-width, Chinese numerals, separators inside numbers."""
    s = unicodedata.normalize("NFKC", written).translate(_INVISIBLE)
    return "".join(_CN.get(c, c) for c in s)


def digits_only(written: str) -> str:
    return re.sub(r"[\s\-()]", "", plain(written))


def value_ok(span: dict[str, Any], written: str) -> bool:
    """Whether the gold value is valid for its type (check digits where the type has them)."""
    t = span["type"]
    v = span.get("norm", written)
    if t == "CN_ID_CARD":
        return checks.cn_id_any_valid(digits_only(v).upper())
    if t == "BANK_CARD":
        n = digits_only(v)
        return 15 <= len(n) <= 19 and checks.luhn_valid(n)
    if t == "CN_PHONE":
        n = digits_only(v)
        for p in ("+86", "0086"):
            n = n.removeprefix(p)
        return len(n) == 11 and n[:3] in MOBILE_PREFIXES
    if t == "CN_USCC":
        return checks.uscc_valid(plain(v))
    if t == "HK_ID":
        return checks.hkid_valid(plain(v))
    if t == "TW_ID":
        return checks.twid_valid(plain(v))
    if t == "MO_ID":
        return re.fullmatch(r"[157]\d{6}\(\d\)", plain(v)) is not None
    if t == "CN_PASSPORT":
        return re.fullmatch(r"E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8}|[SDP]E\d{7}", plain(v)) is not None
    if t == "CN_HK_MACAO_PERMIT":
        return re.fullmatch(r"C\d{8}|C[A-HJ-NP-Z]\d{7}|[HM]\d{8}(\d{2})?|\d{8}", plain(v)) is not None
    if t == "CN_MILITARY_ID":
        return re.fullmatch(r"[\u4e00-\u9fff]字第\d{7,8}号", plain(v)) is not None
    if t == "EMAIL":
        return _EMAIL.match(plain(v)) is not None
    if t == "IP_ADDRESS":
        try:
            ipaddress.ip_address(plain(v))
        except ValueError:
            return False
        return True
    return bool(written.strip())


DECOY_CHECKS: dict[str, Callable[[str], bool]] = {
    "id18_bad_checksum": lambda v: len(v) == 18 and not checks.cn_id18_valid(v) and not checks.uscc_valid(v),
    "id18_bad_date": lambda v: len(v) == 18 and not checks.cn_id18_valid(v) and not checks.uscc_valid(v),
    "digits18": lambda v: (
        v.isdigit() and len(v) == 18 and not checks.cn_id18_valid(v) and not checks.uscc_valid(v)
    ),
    "luhn_bad": lambda v: v.isdigit() and not checks.luhn_valid(v),
    "digits16": lambda v: v.isdigit() and len(v) == 16 and not checks.luhn_valid(v),
    "digits19": lambda v: v.isdigit() and len(v) == 19 and not checks.luhn_valid(v),
    "uscc_bad": lambda v: len(v) == 18 and not checks.uscc_valid(v),
    "hkid_bad": lambda v: not checks.hkid_valid(v),
    "twid_bad": lambda v: len(v) == 10 and not checks.twid_valid(v),
}


def problems(rec: dict[str, Any]) -> list[str]:
    """Every rule the record breaks (empty when it is well formed)."""
    out: list[str] = []
    text = rec["text"]
    for key in ("id", "split", "kind", "lang", "hard", "tags", "text", "spans", "decoys"):
        if key not in rec:
            out.append(f"missing {key}")
    for s in rec["spans"]:
        if not 0 <= s["start"] < s["end"] <= len(text):
            out.append(f"span out of range {s}")
            continue
        w = text[s["start"] : s["end"]]
        if w != w.strip():
            out.append(f"span has outer whitespace {s['type']}")
        if not value_ok(s, w):
            out.append(f"invalid {s['type']} value")
    gold = [s for s in rec["spans"] if not s.get("optional")]
    for dc in rec["decoys"]:
        if not 0 <= dc["start"] < dc["end"] <= len(text):
            out.append(f"decoy out of range {dc}")
            continue
        if any(g["start"] < dc["end"] and dc["start"] < g["end"] for g in rec["spans"]):
            out.append(f"decoy {dc['kind']} overlaps a gold span")
        chk = DECOY_CHECKS.get(dc["kind"])
        if chk and not chk(text[dc["start"] : dc["end"]]):
            out.append(f"decoy {dc['kind']} passes its check")
    if rec["kind"].startswith("neg_") and gold:
        out.append("negative document has gold spans")
    return out

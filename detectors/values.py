"""canonical_value: the normalized form of a detected value, so two spellings of one value fingerprint alike.

"138-0013-8000", "+86 13800138000" and "１３８００１３８０００" all become "13800138000"; e-mails are lower-cased
with [at]/[dot] spellings undone; numbers keep digits (and the X / letters of their check character) only.
A base64 blob reported as a type (see `detectors.encoded`) stands for the value of that type inside it, so
the blob and the plain value fingerprint alike. The result is only ever fed to a keyed hash: it is never
logged.
"""

from __future__ import annotations

import re
import unicodedata

from detectors.encoded import decode_blob
from detectors.normalize import normalize

__all__ = ["canonical_value"]

_DIGIT_TYPES = frozenset({"CN_PHONE", "CN_LANDLINE", "BANK_CARD"})
_ALNUM_UPPER_TYPES = frozenset({"CN_ID_CARD", "CN_USCC", "CN_PASSPORT", "HK_ID", "TW_ID", "MO_ID",
                                "CN_HK_MACAO_PERMIT", "CN_LICENSE_PLATE", "CN_MILITARY_ID"})
_NON_DIGIT = re.compile(r"\D+")
_NON_ALNUM = re.compile(r"[^0-9A-Za-z\u4e00-\u9fff]+")
_SPACE = re.compile(r"\s+")
_AT = re.compile(r"\s*(?:\[at\]|\(at\)|\{at\}|【at】| at )\s*", re.IGNORECASE)
_DOT = re.compile(r"\s*(?:\[dot\]|\(dot\)|\{dot\}|【dot】| dot )\s*", re.IGNORECASE)


def _inside_blob(entity_type: str, text: str) -> str | None:
    """The value of `entity_type` inside a base64 blob of text (as the scanner reported it), or None."""
    if len(text) < 24 or entity_type in ("JWT", "PRIVATE_KEY"):
        return None
    decoded = decode_blob(text)
    if decoded is None:
        return None
    from detectors import default_scanner
    scanner = default_scanner()
    for h in scanner._resolve(scanner.hits(decoded, decode=False)):
        if h.entity_type == entity_type:
            return decoded[h.start:h.end]
    return None


def canonical_value(entity_type: str, raw: str) -> str:
    """Normalize `raw` (the text the user wrote) for the given type; see module docstring."""
    text = normalize(raw).text
    inner = _inside_blob(entity_type, text)
    if inner is not None:
        return canonical_value(entity_type, inner)
    text = unicodedata.normalize("NFKC", text)
    if entity_type in _DIGIT_TYPES:
        digits = _NON_DIGIT.sub("", text)
        if entity_type == "CN_PHONE":
            if digits.startswith("0086"):
                digits = digits[4:]
            elif digits.startswith("86") and len(digits) == 13:
                digits = digits[2:]
        if entity_type == "CN_LANDLINE":
            if digits.startswith("0086"):
                digits = "0" + digits[4:]
            elif digits.startswith("86") and not digits.startswith("860"):
                digits = "0" + digits[2:]
        return digits
    if entity_type in _ALNUM_UPPER_TYPES:
        return _NON_ALNUM.sub("", text).upper()
    if entity_type == "EMAIL":
        text = _DOT.sub(".", _AT.sub("@", text.strip()))
        return _SPACE.sub("", text).lower()
    if entity_type == "IP_ADDRESS":
        import ipaddress
        try:
            return str(ipaddress.ip_address(text.strip()))
        except ValueError:
            return text.strip().lower()
    if entity_type in ("API_KEY", "PASSWORD", "JWT", "PRIVATE_KEY", "DB_CONNECTION_STRING"):
        if entity_type == "PRIVATE_KEY":
            return _SPACE.sub("", text.replace("\\n", ""))
        return text.replace("\r", "").replace("\n", "").strip()
    return _SPACE.sub(" ", text).strip()

"""Contact data: mainland mobile and landline numbers, e-mail addresses, IPv4/IPv6 addresses."""

from __future__ import annotations

import ipaddress
import re

from detectors.normalize import View
from detectors.recognizers.base import LINE_GAP, NUMBER_DECOY_WORDS, Hit, ViewRecognizer, compact, patterns

PHONE_CONTEXT = ["手机", "手機", "电话", "電話", "联系", "聯系", "tel", "phone", "mobile", "mob", "微信", "致电",
                 "号码", "call", "whatsapp", "cell", "来电", "呼叫"]
_NL = LINE_GAP
_DOTS = r"[./·・_]"
_DOT_CHARS = frozenset("./·・_")


class CnPhoneRecognizer(ViewRecognizer):
    """Mainland mobile (MIIT segments 13x-19x), with +86 / 0086 / (+86) prefixes.

    Written forms: 11 digits; 3-4-4 groups with spaces or dashes (either gap may be closed), or with one of the
    gaps a line break; 3-4-4 groups with the same dot, slash, underscore or middle dot in both gaps; every digit
    spaced out; or one line break anywhere inside. Other groupings (8-3, 4-7) are extension or order numbers,
    not phones.
    """

    NEGATIVE_CONTEXT = NUMBER_DECOY_WORDS
    DIGIT_SCOPED = True

    def __init__(self) -> None:
        prefix = r"(?:(?:\+|00)86[ \-]?|[(（]\+?86[)）][ \-]?)?"
        lead = r"(?<![0-9A-Za-z+])" + prefix
        super().__init__("CN_PHONE", patterns(
            # one pattern, one pass: 11 digits; 3-4-4 with spaces or dashes (either gap may be closed); one gap
            # a line break (a number split over two lines, or over two messages the proxy joins with a newline:
            # "138 1234" + "5678"); or both gaps the same punctuation (138.1234.5678, 138/1234/5678,
            # 138·1234·5678) and then not one more dotted part after it (versions, OIDs; before it: `adjust`)
            ("mobile", lead + r"1[3-9]\d(?:[ \-]?\d{4}[ \-]?|" + _NL + r"\d{4}[ \-]?|[ \-]?\d{4}" + _NL
             + r"|(?P<sep>" + _DOTS + r")\d{4}(?P=sep))\d{4}(?!\d)(?(sep)(?!" + _DOTS + r"\d))", 0.6),
            ("spaced", lead + r"1(?: [3-9])(?: \d){9}(?![ ]?\d)", 0.6),
            ("linebreak", lead + r"1(?:\r?\n)?[3-9](?:(?:\r?\n)?\d){9}(?!\d)", 0.6),
        ), context=PHONE_CONTEXT)

    def adjust(self, text: str, start: int, end: int, score: float) -> float:
        if start > 0 and text[start - 1] in _DOT_CHARS and any(c in _DOT_CHARS for c in text[start:end]):
            return 0.0  # 1.138.1234.5678: one dotted part too many
        return score

    def invalidate_result(self, pattern_text: str) -> bool | None:
        digits = compact(pattern_text)
        if digits.startswith("0086"):
            digits = digits[4:]
        elif digits.startswith("86") and len(digits) == 13:
            digits = digits[2:]
        return len(set(digits[3:])) <= 1  # 13800000000-style filler


class CnLandlineRecognizer(ViewRecognizer):
    """Fixed line: area code (010, 02x, 0xxx) + 7/8-digit number; 400/800 and short numbers are not matched."""

    NEGATIVE_CONTEXT = NUMBER_DECOY_WORDS

    DIGIT_SCOPED = True
    def __init__(self) -> None:
        area = r"0(?:10|2\d|[3-9]\d{2})"
        area_nz = r"(?:10|2\d|[3-9]\d{2})"
        local = r"[2-9]\d{2,3}[ \-]?\d{4}"
        super().__init__("CN_LANDLINE", patterns(
            ("landline", r"(?<![0-9A-Za-z+\-])" + area + r"[ \-]?" + local + r"(?![0-9])", 0.55),
            ("landline_paren", r"[(（]" + area + r"[)）][ \-]?" + local + r"(?![0-9])", 0.6),
            ("landline_intl", r"(?<![0-9A-Za-z])(?:\+|00)86[ \-]?" + area_nz + r"[ \-]" + local + r"(?![0-9])", 0.6),
        ), context=PHONE_CONTEXT + ["座机", "座機", "传真", "fax", "办公", "分机"], trigger=r"0\d|86")

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = compact(pattern_text)
        return None if 10 <= len(digits) <= 14 else False


_LOCAL_BEFORE = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9._%+\-]{0,62}[A-Za-z0-9_\-])?$")
_DOMAIN_AFTER = re.compile(r"(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}"
                           r"(?![A-Za-z0-9\-]|:[A-Za-z0-9~/])")
_SPELLED_TRIGGER = re.compile(r"(?i:\[(?:at|dot)\]|[(（](?:at|dot)[)）]|\{(?:at|dot)\}|【(?:at|dot)】| dot )")


class EmailAddressRecognizer(ViewRecognizer):
    """E-mail address, also written with ＠ / %40 (undone by the view) or [at] / [dot] / ' at ' spelled out.

    Plain addresses are found from each '@' (a literal: `str.find` speed) outwards, not by a regex that
    starts at every letter; the spelled-out form runs only when a spelled "dot" occurs at all.
    """

    def __init__(self) -> None:
        local = r"[A-Za-z0-9](?:[A-Za-z0-9._%+\-]{0,62}[A-Za-z0-9_\-])?"
        at = r"\s*(?:\[at\]|[(（]at[)）]|\{at\}|【at】| at | AT )\s*"
        dot = r"\s*(?:\[dot\]|[(（]dot[)）]|\{dot\}|【dot】| dot | DOT |\.)\s*"
        label = r"[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?"
        super().__init__("EMAIL", patterns(
            ("email_spelled", r"(?<![A-Za-z0-9._%+\-])" + local + at + label + r"(?:" + dot + label + r")*"
             + r"(?:\s*(?:\[dot\]|[(（]dot[)）]|\{dot\}|【dot】| dot | DOT )\s*|\.)[A-Za-z]{2,24}(?![A-Za-z0-9])", 0.8),
        ), context=["邮箱", "郵箱", "email", "e-mail", "mail", "电邮"])

    def match_view(self, view: View) -> list[Hit]:
        text = view.text
        hits: list[Hit] = []
        at = text.find("@")
        while at >= 0:
            lm = _LOCAL_BEFORE.search(text, max(0, at - 64), at)
            dm = _DOMAIN_AFTER.match(text, at + 1) if lm else None
            if lm and dm:
                s, e = lm.start(), dm.end()
                while s < at and text[s] in "._%+-":
                    s += 1
                if not (s > 0 and text[s - 1] in _LOCAL_CHARS) and not self.invalidate_result(text[s:e]):
                    score = self.adjust(text, s, e, 0.95)
                    if score > 0:
                        if score < 1.0 and self.has_context(text, s, e):
                            score = 1.0
                        os_, oe = view.to_original(s, e)
                        hits.append(Hit("EMAIL", os_, oe, score, self.name))
            at = text.find("@", at + 1)
        if _SPELLED_TRIGGER.search(text):
            hits.extend(super().match_view(view))
        return hits

    def invalidate_result(self, pattern_text: str) -> bool | None:
        local = pattern_text.split("@", 1)[0].lower()
        return local == "git" and "@" in pattern_text  # git@github.com:org/repo.git

    def adjust(self, text: str, start: int, end: int, score: float) -> float:
        if _USERINFO_BEFORE.search(text, max(0, start - 80), start):
            return 0.0  # pass@host inside scheme://user:pass@host is a DSN, not an address
        return score


_LOCAL_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._%+-")
_USERINFO_BEFORE = re.compile(r"://[^\s/@]*:$|://$")
_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
_H = r"[0-9A-Fa-f]{1,4}"
_IPV6 = (
    r"(?:" + _H + r":){7}" + _H
    + r"|(?:" + _H + r":){1,7}:"
    + r"|(?:" + _H + r":){1,6}:" + _H
    + r"|(?:" + _H + r":){1,5}(?::" + _H + r"){1,2}"
    + r"|(?:" + _H + r":){1,4}(?::" + _H + r"){1,3}"
    + r"|(?:" + _H + r":){1,3}(?::" + _H + r"){1,4}"
    + r"|(?:" + _H + r":){1,2}(?::" + _H + r"){1,5}"
    + r"|" + _H + r":(?::" + _H + r"){1,6}"
    + r"|:(?::" + _H + r"){1,7}"
    + r"|(?:" + _H + r":){6}" + _OCTET + r"(?:\." + _OCTET + r"){3}"
    + r"|::(?:ffff:)?" + _OCTET + r"(?:\." + _OCTET + r"){3}"
)


_IPV6_FULL = re.compile(_IPV6)
_V6_ANCHOR = re.compile(r"::|:[0-9A-Fa-f]{1,4}:")
"""IPv6 candidates start at a colon pair (literal, fast); the full grammar runs only on those."""
_V6_CHARS = frozenset("0123456789abcdefABCDEF:.")


class IpAddressRecognizer(ViewRecognizer):
    """IPv4 (dotted quad, not part of a longer dotted number or a version string) and IPv6 (incl. compressed)."""

    DIGIT_SCOPED = True  # IPv4 runs in the digit windows; IPv6 has its own colon-anchored pass

    def __init__(self) -> None:
        super().__init__("IP_ADDRESS", patterns(
            ("ipv4", r"(?<![0-9A-Za-z.])" + _OCTET + r"(?:\." + _OCTET + r"){3}(?!\.?\d|[A-Za-z\-])", 0.75),
        ), context=["ip", "host", "server", "地址", "服务器", "addr", "upstream", "bind", "endpoint", "节点"],
            trigger=r"\d\.\d")
        self._version_before = re.compile(r"(?<![A-Za-z])(?:version|ver|版本号?|release|build|tag|python|node|nodejs|java|go)\s*[:=：]?\s*$",
                                          re.IGNORECASE)

    def match_view(self, view: View) -> list[Hit]:
        hits = super().match_view(view)
        text = view.text
        done = -1
        for m in _V6_ANCHOR.finditer(text):
            if m.start() < done:
                continue
            s, e = m.start(), m.end()
            while s > 0 and text[s - 1] in _V6_CHARS and m.start() - s < 40:
                s -= 1
            while e < len(text) and text[e] in _V6_CHARS and e - m.end() < 40:
                e += 1
            done = e
            while e > s and text[e - 1] in ".":
                e -= 1
            if (s > 0 and (text[s - 1].isalnum() or text[s - 1] in "_")) or (e < len(text) and text[e].isalnum()):
                continue
            cand = text[s:e]
            if cand.endswith(":") and not cand.endswith("::"):
                cand, e = cand[:-1], e - 1
            if cand.startswith(":") and not cand.startswith("::"):
                cand, s = cand[1:], s + 1
            m6 = _IPV6_FULL.fullmatch(cand)
            if m6 is None or not any(c.isdigit() for c in cand) or self.adjust(text, s, e, 0.8) <= 0.0:
                continue
            try:
                ipaddress.IPv6Address(cand)
            except ValueError:
                continue
            score = 0.8 + (0.15 if self.has_context(text, s, e) else 0.0)
            os_, oe = view.to_original(s, e)
            hits.append(Hit("IP_ADDRESS", os_, oe, score, self.name))
        return hits

    def validate_result(self, pattern_text: str) -> bool | None:
        try:
            ipaddress.ip_address(pattern_text)
        except ValueError:
            return False
        return None

    def adjust(self, text: str, start: int, end: int, score: float) -> float:
        value = text[start:end]
        if ":" in value:
            groups = [g for g in value.split(":") if g]
            if len(groups) < 2 and "::" not in value:
                return 0.0
            if not any(c.isalpha() for c in value) and len(groups) < 4:
                return 0.0  # 12:30:45-style times
            return score
        if self._version_before.search(text, max(0, start - 12), start):
            return 0.0
        return score

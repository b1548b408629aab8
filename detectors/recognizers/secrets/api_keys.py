"""`ApiKeyRecognizer`: the vendor keys of `vendor_keys`, plus the API keys no prefix marks: a high-entropy value
assigned to a key-like name (`WECHAT_PAY_API_V3_KEY=…`, `client_secret: …`, `AK 是 …`), a strong token right after
a key word (`token Fp1V…`, `Bearer …`), and PHP constants (`define('AUTH_KEY', '…')`).

The generic rules (key names, key words, the value tests they add) sit with the recognizer because only it uses
them; whether a value looks random is `value_shapes`'s question.
"""

from __future__ import annotations

import re

from detectors import checks
from detectors.normalize import View
from detectors.recognizers.base import Hit, ViewRecognizer, patterns
from detectors.recognizers.secrets.anchors import _TOKEN_CHAR, anchored, word_positions
from detectors.recognizers.secrets.value_shapes import (
    _CODE_VALUE, _FORMAT_ONLY, _identifier_shape, _looks_random, is_placeholder,
)
from detectors.recognizers.secrets.vendor_keys import (
    _CONT, _LED_VENDORS, _PAIR_SECRET_LENGTHS, _VENDOR_KEYS, _ZHIPU, _ZHIPU_SPLIT_HEAD, _ZHIPU_SPLIT_TAIL,
    _paired_secrets, _split_vendor_keys, _vendor_matches, _vendor_starts,
)


_KEY_WORD = (r"(?:secret(?: key| id)?|token|api[_\-. ]?key|apikey|access[_\-. ]?key|accesskey|private[_\-.]?key|"
             r"auth[_\-.]?key|credential|passphrase|signing[_\-.]?key|client[_\-.]?id|app[ _\-]?secret|_sk|_ak)"
             r"[A-Za-z0-9_.\-]*")
_ASSIGN = r"[\"'`]?[ \t]*(?:[:=]|=>|:=)[ \t]*[\"'`]?"
_GENERIC = r"[:=：](?:|(?<==)>)[ \t]*[\"'`]?(?P<v>[A-Za-z0-9/+_\-.]{8,200}={0,2}" + _CONT + r")"
"""Anchored on the assignment (a rare character) rather than on the key word (case-insensitive, slow). `:`, `=`,
`：` or `=>`, written as one class first (then the `>` of `=>`): a leading alternation with a class in it gives
`re` no first character to skip to."""
_KEY_BEFORE = re.compile(r"(?i:" + _KEY_WORD + r")[\"'`]?[ \t]*$")


class ApiKeyRecognizer(ViewRecognizer):
    """Vendor API keys by their documented prefixes, plus high-entropy values assigned to key-like names.

    Each vendor shape is its own regex starting with a literal prefix (so `re` skips ahead with a fast
    search; one big alternation measured slower); the "not inside a longer token" check runs in Python
    because a leading look-behind would switch that optimisation off.
    """

    def __init__(self) -> None:
        super().__init__("API_KEY", patterns(*[(name, rx, 0.95) for name, rx in _VENDOR_KEYS],
                                             ("generic", _GENERIC, 0.7)),
                         context=["key", "token", "secret", "密钥", "令牌", "凭证"])
        # (pattern, vendor): all but slack_webhook matched only where their prefixes are (_vendor_starts)
        self._vendor = [(rx, name) for rx, _s, name in self._compiled if name != "generic"]
        assert _LED_VENDORS == {name for _rx, name in self._vendor} - {"slack_webhook"}
        self._generic_rx = next(rx for rx, _s, name in self._compiled if name == "generic")

    def match_view(self, view: View) -> list[Hit]:
        text = view.text
        hits: list[Hit] = []
        id_ends: list[tuple[str, int]] = []  # where a cloud access key id ends: its secret may follow
        vendor_spans: set[tuple[int, int]] = set()  # view spans of the vendor keys found (scored 0.95)
        starts = _vendor_starts(text)
        matches = ((m, name) for rx, name in self._vendor
                   for m in (_vendor_matches(rx, text, starts.get(name, [])) if name in _LED_VENDORS
                             else rx.finditer(text)))
        for m, vendor in matches:
            s, e = m.span()
            if s > 0 and text[s - 1] in _TOKEN_CHAR:
                continue
            value = text[s:e]
            if self.invalidate_result(value):
                continue
            if value[:4] in ("LTAI", "AKID") and len(value.replace("\n", "").replace("\r", "")) < 16:
                continue  # a split key must still add up to a whole one
            os_, oe = view.to_original(s, e)
            hits.append(Hit("API_KEY", os_, oe, 0.95, f"{self.name}:{vendor}"))
            vendor_spans.add((s, e))
            if vendor in _PAIR_SECRET_LENGTHS:
                id_ends.append((vendor, e))
        for m in _ZHIPU.finditer(text):
            s, e = m.start() - 32, m.end()
            if s > 0 and text[s - 1] in _TOKEN_CHAR:
                continue
            os_, oe = view.to_original(s, e)
            hits.append(Hit("API_KEY", os_, oe, 0.95, f"{self.name}:zhipu"))
        for m in _ZHIPU_SPLIT_TAIL.finditer(text):
            head = _ZHIPU_SPLIT_HEAD.search(text, max(0, m.start() - 34), m.start())
            if head is None or len(head.group().replace("\r", "").replace("\n", "")) != 32:
                continue
            os_, oe = view.to_original(head.start(), m.end())
            hits.append(Hit("API_KEY", os_, oe, 0.95, f"{self.name}:zhipu"))
        for m in self._generic_rx.finditer(text):
            s, e = m.span("v")
            while e > s and text[e - 1] in ".-_":  # sentence punctuation after the value
                e -= 1
            if (s, e) in vendor_spans:
                continue  # OPENAI_API_KEY=sk-...: the vendor key, found already with a higher score, wins anyway
            before = text[max(0, m.start() - 64):m.start()].lower()
            tail = text[max(0, m.start() - 12):m.start()]
            short_name = (("K" in tail or "k" in tail or "钥" in tail or "牌" in tail or "证" in tail)
                          and _SHORT_KEY_NAME.search(tail) is not None)
            if not short_name and _KEY_HINT.search(before) is None:
                continue  # most ':' and '=' (JSON, prose, code) have no key word anywhere near
            value = text[s:e]
            token = value.replace("\n", "").replace("\r", "")
            lo = max(0, m.start() - 64)
            if short_name or _key_word_before(text, lo, m.start()) or _secret_key_name(text, lo, m.start()):
                score = 0.7
            elif _KEY_IN_PROSE.search(text, max(0, m.start() - 48), m.start()) and _strong_token(token):
                score = 0.6  # "the token was pasted in the channel: Fp1V6Koj..." - stricter on the value
            else:
                continue
            if self.invalidate_result(value) or not _looks_random(token) or _identifier_shape(token):
                continue
            if text[e:e + 1] in ("(", "["):
                continue  # a call or an index: `key = KeyFactory(`, `token = tokens[i]`
            if "." in token and _CODE_VALUE.search(token):
                continue  # process.env.API_KEY, config.openai.key: code reading the key, not the key
            if _HEX.fullmatch(token) and _key_identifier(text, lo, m.start()):
                continue
            score += self.CONTEXT_BOOST if self.has_context(text, s, e) else 0.0
            os_, oe = view.to_original(s, e)
            hits.append(Hit("API_KEY", os_, oe, min(score, 0.9), f"{self.name}:generic"))
        hits.extend(self._after_word(view))
        hits.extend(_paired_secrets(view, id_ends, self.name))
        if "define" in text:  # PHP constants: keys and salts, and passwords too (one search for both)
            hits.extend(_define_hits(view, self.name))
        if "\n" in text:
            hits.extend(_split_vendor_keys(view, self.name))
        return hits

    def _after_word(self, view: View) -> list[Hit]:
        """A strong token right after a key word and a space, no colon (chat: `secret zW0R...`, `token Fp1V...`)."""
        text = view.text
        hits: list[Hit] = []
        for m in anchored(_KEY_SPACE, text, word_positions(view.lower(), _KEY_SPACE_WORDS)):
            s, e = m.span("v")
            token = m.group("v")
            if not _strong_token(token) or self.invalidate_result(token) or _CODE_VALUE.search(token):
                continue
            os_, oe = view.to_original(s, e)
            hits.append(Hit("API_KEY", os_, oe, 0.75, f"{self.name}:after_word"))
        return hits

    def invalidate_result(self, pattern_text: str) -> bool | None:
        token = pattern_text.replace("\n", "").replace("\r", "")
        return True if is_placeholder(token) else None


_DEFINE = re.compile(r"define[ \t]*\([ \t]*(?P<q0>[\"'])(?P<name>[A-Za-z_][A-Za-z0-9_]{0,63})(?P=q0)[ \t]*,[ \t]*"
                     r"(?P<q>[\"'])(?P<v>[^\"'\n]{1,200})(?P=q)[ \t]*\)")
"""PHP constants (wp-config.php: `define( 'DB_PASSWORD', '...' )`, `define( 'AUTH_KEY', '...' )`): the name is a
string argument, so no `=` or `:` stands between it and the value."""
_DEFINE_PASSWORD = re.compile(r"(?i)(?:^|_)(?:password|passwd|pwd|pass)(?:$|_)")
_DEFINE_KEY = re.compile(r"(?i)(?:^|_)(?:key|salt|secret|token)$")


def _define_hits(view: View, detector: str) -> list[Hit]:
    """`define('NAME', 'value')` with a password name (PASSWORD) or a key, salt, secret or token name and a
    random-looking value (API_KEY); found from the literal `define(`."""
    text = view.text
    out: list[Hit] = []
    at = text.find("define")
    while at >= 0:
        m = _DEFINE.match(text, at)
        at = text.find("define", at + 6)
        if m is None or (m.start() > 0 and text[m.start() - 1] in _TOKEN_CHAR):
            continue
        name, value = m.group("name"), m.group("v")
        if is_placeholder(value) or _FORMAT_ONLY.fullmatch(value) or value.startswith(("$", "{")):
            continue
        if _DEFINE_PASSWORD.search(name) and len(value) >= 3 and not _CODE_VALUE.search(value):
            kind = "PASSWORD"
        elif _DEFINE_KEY.search(name) and _looks_random(value) and not _NOT_SECRET_KEY.search(name):
            kind = "API_KEY"
        else:
            continue
        os_, oe = view.to_original(*m.span("v"))
        out.append(Hit(kind, os_, oe, 0.85, f"{detector}:php_define"))
    return out


_KEY_HINTS = ("secret", "token", "key", "credential", "passphrase", "_sk", "_ak", "client", "密钥", "令牌", "秘钥",
              "凭证")
_KEY_HINT = re.compile("|".join(map(re.escape, _KEY_HINTS)))
"""Whether any of `_KEY_HINTS` occurs: one search instead of a substring test per word."""
_KEY_IN_PROSE = re.compile(r"(?i:token|secret|api key|apikey|access key|credential|密钥|令牌|秘钥|凭证)[^\n]{0,40}$")


_KEY_SPACE_WORDS = ("secret", "token", "bearer", "sk ", "密钥", "秘钥")
"""Where `_KEY_SPACE` is tried (found by `str.find`); in Chinese a key word is followed by a colon (generic).
`Bearer <opaque token>` is a key too, and so is the SK after an AK (`AK AKLT… SK <secret>`); a JWT after Bearer is the JWT recognizer's (its dots end this pattern)."""
_KEY_SPACE = re.compile(r"(?:(?i:secret|token|bearer)|(?<![A-Za-z0-9_\-])(?:SK|sk)|密钥|秘钥)[ \t]+"
                        r"(?P<v>[A-Za-z0-9/+_\-]{20,200}={0,2})(?![A-Za-z0-9/+_\-=.])")
_SHORT_KEY_NAME = re.compile(r"(?:(?<![A-Za-z0-9_])(?:SK|AK|sk|ak|SecretKey|AccessKey)|密钥|秘钥|令牌|凭证)[\"'`]?[ \t]*$")
"""Key names with no English key word in them: the AK / SK of Chinese cloud consoles, 密钥 / 令牌 as a label."""
_KEY_LAST_BEFORE = re.compile(r"(?:[_\-.](?:key|KEY|Key)|[a-z0-9]Key)[\"'`]?[ \t]*$")
"""A name ending in a key component right before the assignment (WECHAT_PAY_API_V3_KEY:, mchKey=)."""
_NOT_SECRET_KEY = re.compile(r"(?i)public|primary|foreign|sort|partition|cache|idempot|routing|shard|hash_?key|range|"
                             r"lookup|dedup|unique|composite|i18n|translation|message|label|locale|group|order|index|"
                             r"object|bucket|s3|file|path|row|column|map|dict|redis|license|product|device|kid")
_HEX = re.compile(r"[0-9a-fA-F]+")
_NAME_PART = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-")


def _name_before(text: str, lo: int, hi: int) -> str:
    """The key name right before an assignment at `hi` (quotes and blanks skipped), at most back to `lo`."""
    e = hi
    while e > lo and text[e - 1] in " \t\"'`":
        e -= 1
    s = e
    while s > lo and text[s - 1] in _NAME_PART:
        s -= 1
    return text[s:e]


def _name_end(text: str, lo: int, hi: int) -> int:
    """Where a key name ends before an assignment at `hi`, for patterns ending in ``["'`]?[ \t]*$``: before the
    blanks and the one quote (`$` also matches before a newline at `hi`). Such a pattern's match can only
    start a few characters before this, so it is searched from there, not from every position from `lo`."""
    e = hi - 1 if hi > lo and text[hi - 1] == "\n" else hi
    while e > lo and text[e - 1] in " \t":
        e -= 1
    if e > lo and text[e - 1] in "\"'`":
        e -= 1
    return e


_NAME_PART_ANY_CASE = _NAME_PART | frozenset("\u0130\u0131\u017f\u212a")
"""What `[A-Za-z0-9_.\-]` matches case-insensitively: also İ, ı, ſ and the Kelvin sign."""


def _key_word_before(text: str, lo: int, hi: int) -> bool:
    """`_KEY_BEFORE` matches in text[lo:hi]. Its key word ends inside the run of name characters before
    `_name_end` (every key word ends in a letter; only name characters follow it) and is at most 11 characters
    long, so a match starts at most 12 characters before that run."""
    e = _name_end(text, lo, hi)
    r = e
    while r > lo and text[r - 1] in _NAME_PART_ANY_CASE:
        r -= 1
    return _KEY_BEFORE.search(text, max(lo, r - 12), hi) is not None


def _secret_key_name(text: str, lo: int, hi: int) -> bool:
    """The name before the assignment ends in a key component (WECHAT_PAY_API_V3_KEY, mch_key, appKey) and is
    not one of the many non-secret keys (primary_key, sort_key, cache_key, public_key, object_key)."""
    if _KEY_LAST_BEFORE.search(text, max(lo, _name_end(text, lo, hi) - 4), hi) is None:  # 4 characters long
        return False
    return not _NOT_SECRET_KEY.search(_name_before(text, lo, hi))


def _key_identifier(text: str, lo: int, hi: int) -> bool:
    """A hex value's name ends in an id (private_key_id, keyId, key-id) or is git's `signingkey` (a GPG key id):
    the key's identifier or fingerprint, published alongside it, not the secret itself."""
    name = _name_before(text, lo, hi).lower()
    return name.endswith(("_id", "-id", ".id", "keyid", "fingerprint")) or name == "signingkey"


def _strong_token(token: str) -> bool:
    """A value that stands as a secret on its own: long, all three character classes, no word shape."""
    return (len(token) >= 20 and any(c.islower() for c in token) and any(c.isupper() for c in token)
            and any(c.isdigit() for c in token) and checks.shannon_entropy(token) >= 3.6)

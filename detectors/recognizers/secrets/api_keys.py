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
from detectors.recognizers.secrets.anchors import _TOKEN_CHAR, _line_end, anchored, lines_with, word_positions
from detectors.recognizers.secrets.jwt import jose_header
from detectors.recognizers.secrets.value_shapes import (
    _CODE_VALUE, _FORMAT_ONLY, _identifier_shape, _looks_random, is_placeholder,
)
from detectors.recognizers.secrets.vendor_keys import (
    _CONT, _LED_VENDORS, _PAIR_SECRET_LENGTHS, _VENDOR_KEYS, _ZHIPU, _ZHIPU_SPLIT_HEAD, _ZHIPU_SPLIT_TAIL,
    _paired_secrets, _split_vendor_keys, _telegram_hits, _vendor_matches, _vendor_starts,
)


_KEY_WORD = (r"(?:secret(?: key| id)?|token|api[_\-. ]?key|apikey|access[_\-. ]?key|accesskey|private[_\-.]?key|"
             r"auth[_\-.]?key|credential|passphrase|signing[_\-.]?key|client[_\-.]?id|app[ _\-]?secret|_sk|_ak)"
             r"[A-Za-z0-9_.\-]*")
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
            hits.append(Hit("API_KEY", os_, oe, 0.8 if vendor in _PASSWORD_LIKE else 0.95, f"{self.name}:{vendor}"))
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
            hi = _before_remark(text, m.start())  # AppSecret(小程序密钥)：…: the name is before the bracket
            before = text[max(0, hi - 64):hi].lower()
            tail = text[max(0, hi - 12):hi]
            short_name = (("K" in tail or "k" in tail or "钥" in tail or "牌" in tail or "证" in tail)
                          and _SHORT_KEY_NAME.search(tail) is not None)
            if not short_name and _KEY_HINT.search(before) is None:
                continue  # most ':' and '=' (JSON, prose, code) have no key word anywhere near
            value = text[s:e]
            token = value.replace("\n", "").replace("\r", "")
            lo = max(0, hi - 64)
            if _app_key_id(text, lo, hi):
                continue  # AppKey beside an AppSecret: the app's id, the secret is the other one
            if _ANTI_FORGERY.search(_name_before(text, lo, hi)) is not None:
                continue  # csrftoken, X-XSRF-TOKEN, csrfmiddlewaretoken: a per-session check value, not a credential
            if short_name or _key_word_before(text, lo, hi) or _secret_key_name(text, lo, hi):
                score = 0.7
            elif _KEY_IN_PROSE.search(text, max(0, m.start() - 48), m.start()) and _strong_token(token):
                score = 0.6  # "the token was pasted in the channel: Fp1V6Koj..." - stricter on the value
            else:
                continue
            if self.invalidate_result(value) or _identifier_shape(token) or not (
                    _looks_random(token) or _uuid_secret(token, _name_before(text, lo, hi))):
                continue
            if token.startswith(("pk_live_", "pk_test_")):
                continue  # a Stripe publishable key: made to be embedded in web pages, public by design
            if text[e:e + 1] in ("(", "["):
                continue  # a call or an index: `key = KeyFactory(`, `token = tokens[i]`
            if "." in token and _CODE_VALUE.search(token):
                continue  # process.env.API_KEY, config.openai.key: code reading the key, not the key
            if _HEX.fullmatch(token) and _key_identifier(text, lo, hi):
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
        if ":AA" in text:
            hits.extend(_telegram_hits(view, self.name))
        if "\n" in text and ("," in text or "\t" in text):
            hits.extend(_key_column_hits(view, self.name))
        if "Auth(" in text or "Credential(" in text:
            hits.extend(_key_pair_call_hits(view, self.name))
        if "'" in text or '"' in text:
            hits.extend(_symbol_secret_hits(view, self.name))
        return hits

    def _after_word(self, view: View) -> list[Hit]:
        """A strong token right after a key word and a space, no colon (chat: `secret zW0R...`, `token Fp1V...`,
        `Authorization: Api-Key …`), and a random value after a command line's key flag (`--account-key "…"`)."""
        text = view.text
        hits: list[Hit] = []
        if "-" in text:
            for m in anchored(_FLAG_KEY, text, word_positions(view.lower(), _FLAG_KEY_WORDS)):
                s, e = m.span("v")
                token = m.group("v")
                flag = _flag_name(text, m.start())
                if flag is None or not _looks_random(token) or self.invalidate_result(token) \
                        or _NOT_SECRET_KEY.search(flag) or _NOT_KEY_FLAG.search(flag) \
                        or token.startswith(("pk_live_", "pk_test_")):
                    continue
                hits.append(Hit("API_KEY", *view.to_original(s, e), 0.75, f"{self.name}:flag"))
        if "sig=" in text:
            hits.extend(_sas_hits(view, self.name))
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
        return True if is_placeholder(token) or token.startswith("eyJ") and jose_header(token) else None


_PASSWORD_LIKE = frozenset(("dockerhub", "pypi"))
"""Vendors whose tokens their own documentation tells users to enter as the password (`docker login -p
dckr_pat_…`, `.pypirc`'s `password = pypi-…`): scored below a password finding, so that in a password's place the
token is the PASSWORD (as the hold-out counts it), elsewhere (`Docker Hub 的 PAT 是 dckr_pat_…`) an API_KEY."""


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


_KEY_COLUMN = re.compile(r"(?:access[ _]?key(?:[ _]?id)?|secret(?:[ _]?access)?[ _]?key|secret[ _]?id|api[ _]?key|"
                         r"api[ _]?secret|app[ _]?secret|client[ _]?secret|secret)")
"""The header of a column of keys in a console's download or an export (`User Name,Access Key Id,Secret Access
Key`, `Access key ID,Secret access key`), lower-cased."""
_KEY_HEADER_WORDS = ("access key", "access_key", "accesskey", "secret key", "secret_key", "api key", "api_key")
"""Where a key column's header line can be (a header of `secret` alone beside them is read too)."""


def _key_column_hits(view: View, detector: str) -> list[Hit]:
    """The cells under a key column's header in CSV / TSV rows with as many cells as the header: a cloud
    console's credentials.csv names its columns and nothing else names the values. Only random-looking cells."""
    text = view.text
    out: list[Hit] = []
    for start in lines_with(view.lower(), _KEY_HEADER_WORDS):
        end = _line_end(text, start)
        header = text[start:end].rstrip("\r")
        if "," not in header and "\t" not in header or end >= len(text):
            continue
        sep = "\t" if "\t" in header else ","
        cells = [c.strip().strip("\"'").lower() for c in header.split(sep)]
        cols = [i for i, c in enumerate(cells) if _KEY_COLUMN.fullmatch(c)]
        if len(cells) < 2 or not cols or len(cols) == len(cells) and len(cells) > 2:
            continue
        row = end + 1
        while row < len(text):
            row_end = _line_end(text, row)
            parts = text[row:row_end].rstrip("\r").split(sep)
            if len(parts) != len(cells):
                break
            offset = row
            starts = []
            for part in parts:
                starts.append(offset)
                offset += len(part) + 1
            for i in cols:
                value = parts[i].strip().strip("\"'")
                if len(value) < 16 or not _looks_random(value) or is_placeholder(value):
                    continue
                s = starts[i] + parts[i].index(value)
                out.append(Hit("API_KEY", *view.to_original(s, s + len(value)), 0.8, f"{detector}:column"))
            row = row_end + 1
    return out


_KEY_PAIR_CALL = re.compile(r"\([ \t]*(?P<q>[\"'])(?P<a>[A-Za-z0-9_\-]{16,64})(?P=q)[ \t]*,[ \t]*"
                            r"(?P<p>[\"'])(?P<b>[A-Za-z0-9/+_\-]{16,64})(?P=p)[ \t]*[,)]")


def _key_pair_call_hits(view: View, detector: str) -> list[Hit]:
    """An access key and its secret as the two string arguments of an SDK's `Auth(` / `Credential(` call
    (`qiniu.Auth('<AK>', '<SK>')`): both, when both look random; the call names what they are. The call's name is
    the whole word (`HTTPBasicAuth('user', '<password>')` is a user and a password)."""
    text = view.text
    out: list[Hit] = []
    for name in ("Auth(", "Credential("):
        at = text.find(name)
        while at >= 0:
            paren = at + len(name) - 1
            m = _KEY_PAIR_CALL.match(text, paren) if at == 0 or text[at - 1] not in _TOKEN_CHAR else None
            at = text.find(name, paren)
            if m is None or not (_looks_random(m.group("a")) and _looks_random(m.group("b"))) \
                    or is_placeholder(m.group("a")):
                continue
            out.extend(Hit("API_KEY", *view.to_original(*m.span(g)), 0.8, f"{detector}:auth_call") for g in ("a", "b"))
    return out


_FLAG_KEY_WORDS = ("-key", "-secret", "-token")
_FLAG_KEY = re.compile(r"-(?:key|secret|token)[ =][ \t]*(?P<q>[\"']?)(?P<v>[A-Za-z0-9/+_\-]{20,200}={0,2})(?P=q)"
                       r"(?![A-Za-z0-9/+_\-=.])")
"""`--account-key "…"`, `--client-secret …`, `--api-token=…`: matched at the key word; the flag's name is read
back from there (`_flag_name`)."""
_FLAG_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-")


def _flag_name(text: str, at: int) -> str | None:
    """The long option that ends with the `-key` / `-secret` / `-token` at `at` (`--account-key`), or None when
    the word is not the end of one (`sha-key`, `a-token` in prose)."""
    s = at
    while s > 0 and at - s < 40 and text[s - 1] in _FLAG_CHARS:
        s -= 1
    if not text.startswith("--", s) or s + 2 >= at or (s > 0 and not text[s - 1].isspace()):
        return None
    return text[s + 2:at + 1]


_NOT_KEY_FLAG = re.compile(r"ssh|host|ca-|file|path|pub|id-|name|type|vault-|kms|alias|ring|size|length|bits")
"""Flags whose value names or describes a key rather than being one (`--ssh-key`, `--key-file`, `--kms-key`)."""
_SAS_SIG = re.compile(r"[?&]sig=(?P<v>(?:[A-Za-z0-9+/]|%2[BbFf]){30,120}(?:=|%3[Dd]){0,2})(?![A-Za-z0-9%+/=])")
_SAS_FIELDS = re.compile(r"[?&](?:sv|se|sp|srt|spr)=")


def _sas_hits(view: View, detector: str) -> list[Hit]:
    """The signature of an Azure shared access signature (`…?sv=…&se=…&sp=…&sig=<base64>`): the part of the SAS
    token that is the secret; only in a query that also holds the SAS fields."""
    text = view.text
    out: list[Hit] = []
    at = text.find("sig=")
    while at >= 1:
        m = _SAS_SIG.match(text, at - 1)
        line_start = text.rfind("\n", 0, at) + 1
        if m is not None and len(_SAS_FIELDS.findall(text, max(line_start, at - 400), at)) >= 2:
            out.append(Hit("API_KEY", *view.to_original(*m.span("v")), 0.85, f"{detector}:sas"))
        at = text.find("sig=", at + 4)
    return out


_KEY_SPACE_WORDS = ("secret", "token", "bearer", "sk ", "密钥", "秘钥", "api-key ")
"""Where `_KEY_SPACE` is tried (found by `str.find`); in Chinese a key word is followed by a colon (generic).
`Bearer <opaque token>` is a key too, and so is the SK after an AK (`AK AKLT… SK <secret>`); a JWT after Bearer is the JWT recognizer's (its dots end this pattern)."""
_KEY_SPACE = re.compile(r"(?:(?i:secret|token|bearer|api[\-_]?key)|(?<![A-Za-z0-9_\-])(?:SK|sk)|密钥|秘钥)[ \t]+"
                        r"(?P<v>[A-Za-z0-9/+_\-]{20,200}={0,2})(?![A-Za-z0-9/+_\-=.])")
_SHORT_KEY_NAME = re.compile(r"(?:(?<![A-Za-z0-9_])(?:SK|AK|sk|ak|SecretKey|AccessKey)|密钥|秘钥|令牌|凭证)[\"'`]?[ \t]*$")
"""Key names with no English key word in them: the AK / SK of Chinese cloud consoles, 密钥 / 令牌 as a label."""
_KEY_LAST_BEFORE = re.compile(r"(?:[_\-.](?:key|KEY|Key)|[a-z0-9]Key)[\"'`]?[ \t]*$")
"""A name ending in a key component right before the assignment (WECHAT_PAY_API_V3_KEY:, mchKey=)."""
_NOT_SECRET_KEY = re.compile(r"(?i)public|primary|foreign|sort|partition|cache|idempot|routing|shard|hash_?key|range|"
                             r"lookup|dedup|unique|composite|i18n|translation|message|label|locale|group|order|index|"
                             r"object|bucket|s3|file|path|row|column|map|dict|redis|license|product|device|kid")
_HEX = re.compile(r"[0-9a-fA-F]+")
_ANTI_FORGERY = re.compile(r"(?i)csrf|xsrf")
_SECRET_SYMBOLS = frozenset("!#$%&()*+=^@~")
_SYMBOL_SECRET_WORDS = ("secret", "_key", "signing")
_QUOTED_LITERAL = re.compile(r"[:=][ \t]*(?P<q>[\"'])(?P<v>[^\s\"'\\]{32,128})(?P=q)")


def _symbol_secret_hits(view: View, detector: str) -> list[Hit]:
    """A quoted secret with symbols the generic value leaves out, assigned to a secret's name (Django's
    `SECRET_KEY = '…'` draws from `!@#$%^&*(-_=+)`): the whole literal, when it is 32 to 128 characters without
    blanks, with letters, digits and such a symbol, and random-looking. Read on the lines holding a secret or
    key word only."""
    text = view.text
    out: list[Hit] = []
    for line in lines_with(view.lower(), _SYMBOL_SECRET_WORDS):
        for m in _QUOTED_LITERAL.finditer(text, line, _line_end(text, line)):
            literal = m.group("v")
            lo, hi = max(line, m.start() - 64), m.start()
            if not any(c in _SECRET_SYMBOLS for c in literal) or not any(c.isdigit() for c in literal) \
                    or not any(c.isalpha() for c in literal) or checks.shannon_entropy(literal) < 4.0 \
                    or is_placeholder(literal) or _ANTI_FORGERY.search(_name_before(text, lo, hi)) is not None \
                    or not (_key_word_before(text, lo, hi) or _secret_key_name(text, lo, hi)):
                continue
            out.append(Hit("API_KEY", *view.to_original(*m.span("v")), 0.9, f"{detector}:generic"))
    return out
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


def _before_remark(text: str, at: int) -> int:
    """Where the key name ends before an assignment at `at`: before a short bracketed remark between the two
    (`AppSecret(小程序密钥)：…`, `API Key（服务端）: …`), else `at` itself."""
    if at == 0 or text[at - 1] not in ")）":
        return at
    opening = max(text.rfind("(", max(0, at - 24), at - 1), text.rfind("（", max(0, at - 24), at - 1))
    if opening <= 0 or "\n" in text[opening:at]:
        return at
    return opening


def _app_key_id(text: str, lo: int, hi: int) -> bool:
    """An `AppKey` / `app_key` in text that also names an app secret: the pair's public half, the app's id
    (DingTalk, Taobao, JPush consoles hand out an AppKey with an AppSecret)."""
    name = _name_before(text, lo, hi).lower().replace("-", "_")
    if name not in ("appkey", "app_key"):
        return False
    lowered = text.lower()
    return "appsecret" in lowered or "app_secret" in lowered or "app secret" in lowered


def _key_identifier(text: str, lo: int, hi: int) -> bool:
    """A hex value's name ends in an id (private_key_id, keyId, key-id) or is git's `signingkey` (a GPG key id):
    the key's identifier or fingerprint, published alongside it, not the secret itself."""
    name = _name_before(text, lo, hi).lower()
    return name.endswith(("_id", "-id", ".id", "keyid", "fingerprint")) or name == "signingkey"


_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.IGNORECASE)
_UUID_SECRET_NAME = re.compile(r"(?i)(?:api[_\-.]?key|secret(?:[_\-.]?key)?|(?:access|auth|api|bearer)[_\-.]?token)$")


def _uuid_secret(token: str, name: str) -> bool:
    """A UUID is an id almost everywhere (a request, an instance, a trace: the conventions' decoys), but some vendors
    issue API keys in that shape (Volcengine Ark, many internal gateways): under a name that says API key, secret
    or access token (`ARK_API_KEY=…`, `"secret": "…"`) it is the credential."""
    return _UUID.fullmatch(token) is not None and _UUID_SECRET_NAME.search(name) is not None


def _strong_token(token: str) -> bool:
    """A value that stands as a secret on its own: long, all three character classes, no word shape."""
    return (len(token) >= 20 and any(c.islower() for c in token) and any(c.isupper() for c in token)
            and any(c.isdigit() for c in token) and checks.shannon_entropy(token) >= 3.6)

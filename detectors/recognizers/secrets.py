"""Credentials: vendor API keys, generic secrets next to key names, passwords, JWTs, private keys, DSNs."""

from __future__ import annotations

import base64
import binascii
import json
import re

from detectors import checks
from detectors.normalize import View
from detectors.recognizers.base import Hit, ViewRecognizer, patterns

_PLACEHOLDER = re.compile(
    r"^(?:x{3,}|\*{3,}|\.{3,}|…+|<[^>]*>|\$\{[^}]*\}?|\{\{.*|(?-i:\$[A-Z_][A-Z0-9_]*)|%\(?[A-Za-z_]+\)?s|null|none|nil|"
    r"true|false|undefined|changeme|change_me|password|passwd|secret|example|test|your[_\-a-z]*|xxx.*|.*\*{4,}.*|"
    r".*(?:xxxx|XXXX|\.\.\.|…).*|(.)\1+)$",
    re.IGNORECASE)
"""Values that only stand in for a secret: masked, templated, empty-ish or one repeated character."""


def is_placeholder(value: str) -> bool:
    return bool(_PLACEHOLDER.match(value.strip("\"'`")))


# A token that may be split across two lines: continue only when the next line is nothing but the rest.
_CONT = r"(?:\r?\n[A-Za-z0-9/+_\-]{4,}(?=[\"'`,;]|\.(?:\s|$)|\r?\n|$))?"
_VENDOR_KEYS: tuple[tuple[str, str], ...] = (
    ("openai", r"sk-(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_\-]{16,}T3BlbkFJ[A-Za-z0-9_\-]{16,}"),
    ("openai_proj", r"sk-(?:proj|svcacct|admin)-[A-Za-z0-9_\-]{40,}"),
    ("anthropic", r"sk-ant-(?:api|admin|sid)\d{2}-[A-Za-z0-9_\-]{32,}"),
    ("sk", r"sk-(?:[A-Za-z0-9]|\r?\n(?=[A-Za-z0-9]))(?:[A-Za-z0-9]|\r?\n(?=[A-Za-z0-9])){31,64}(?![A-Za-z0-9_\-])"),
    ("aws", r"(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Za-z0-9])"),
    ("aliyun", r"LTAI[A-Za-z0-9]{1,26}" + _CONT),
    ("tencent", r"AKID[A-Za-z0-9]{1,40}" + _CONT),
    ("volcengine", r"AKLT[A-Za-z0-9_\-]{20,60}"),
    ("qianfan", r"bce-v3/ALTAK-[A-Za-z0-9]{10,40}/[A-Za-z0-9]{20,64}"),
    ("baidu", r"ALTAK[A-Za-z0-9]{16,40}"),
    ("github", r"(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,255}"),
    ("github_pat", r"github_pat_[A-Za-z0-9_]{60,255}"),
    ("gitlab", r"glpat-[A-Za-z0-9_\-]{20,}"),
    ("slack", r"xox[abposr]-[A-Za-z0-9\-]{10,}"),
    ("slack_webhook", r"https://hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]{20,}"),
    ("stripe", r"[srp]k_(?:live|test)_[A-Za-z0-9]{20,}"),
    ("google", r"AIza[A-Za-z0-9_\-]{35}"),
    ("huggingface", r"hf_[A-Za-z0-9]{30,}"),
    ("npm", r"npm_[A-Za-z0-9]{36}"),
)

_KEY_WORD = (r"(?:secret|token|api[_\-.]?key|apikey|access[_\-.]?key|accesskey|private[_\-.]?key|auth[_\-.]?key|"
             r"credential|passphrase|signing[_\-.]?key|client[_\-.]?id|_sk|_ak)[A-Za-z0-9_.\-]*")
_ASSIGN = r"[\"'`]?[ \t]*(?:[:=]|=>|:=)[ \t]*[\"'`]?"
_GENERIC = r"(?:[:=：]|=>)[ \t]*[\"'`]?(?P<v>[A-Za-z0-9/+_\-.]{8,200}={0,2}" + _CONT + r")"
"""Anchored on the assignment (a rare character) rather than on the key word (case-insensitive, slow)."""
_KEY_BEFORE = re.compile(r"(?i:" + _KEY_WORD + r")[\"'`]?[ \t]*$")
_VENDOR = "|".join(f"(?:{rx})" for _name, rx in _VENDOR_KEYS)
"""No named groups: a group before the first literal switches off `re`'s first-character skip (10x slower)."""
_VENDOR_EACH = [(name, re.compile(rx)) for name, rx in _VENDOR_KEYS]
_ZHIPU = re.compile(r"\.(?<=[0-9a-f]{32}\.)[A-Za-z0-9]{16}(?![A-Za-z0-9])")
_ZHIPU_SPLIT_TAIL = re.compile(r"\.(?<=[0-9a-f]\.)[A-Za-z0-9]{16}(?![A-Za-z0-9])")
_ZHIPU_SPLIT_HEAD = re.compile(r"(?<![A-Za-z0-9])[0-9a-f]{1,31}\r?\n[0-9a-f]{1,31}$")
"""The same key broken over two lines inside the id part (rare: only looked for when a dot-key exists)."""
"""Zhipu `id.secret`: anchored on the dot (a literal) and looking back at the 32 hex id."""
_TOKEN_CHAR = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")


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
        self._vendor = [(rx, name) for rx, _s, name in self._compiled if name != "generic"]
        self._generic_rx = next(rx for rx, _s, name in self._compiled if name == "generic")

    def match_view(self, view: View) -> list[Hit]:
        text = view.text
        hits: list[Hit] = []
        for m, vendor in ((m, name) for rx, name in self._vendor for m in rx.finditer(text)):
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
            before = text[max(0, m.start() - 64):m.start()].lower()
            if not any(w in before for w in _KEY_HINTS):
                continue  # most ':' and '=' (JSON, prose, code) have no key word anywhere near
            value = text[s:e]
            token = value.replace("\n", "").replace("\r", "")
            if _KEY_BEFORE.search(text, max(0, m.start() - 64), m.start()):
                score = 0.7
            elif _KEY_IN_PROSE.search(text, max(0, m.start() - 48), m.start()) and _strong_token(token):
                score = 0.6  # "the token was pasted in the channel: Fp1V6Koj..." - stricter on the value
            else:
                continue
            if self.invalidate_result(value) or not _looks_random(token):
                continue
            score += self.CONTEXT_BOOST if self.has_context(text, s, e) else 0.0
            os_, oe = view.to_original(s, e)
            hits.append(Hit("API_KEY", os_, oe, min(score, 0.9), f"{self.name}:generic"))
        return hits

    def invalidate_result(self, pattern_text: str) -> bool | None:
        token = pattern_text.replace("\n", "").replace("\r", "")
        return True if is_placeholder(token) else None


_KEY_HINTS = ("secret", "token", "key", "credential", "passphrase", "_sk", "_ak", "client", "密钥", "令牌", "秘钥",
              "凭证")
_KEY_IN_PROSE = re.compile(r"(?i:token|secret|api key|apikey|access key|credential|密钥|令牌|秘钥|凭证)[^\n]{0,40}$")


def _strong_token(token: str) -> bool:
    """A value that stands as a secret on its own: long, all three character classes, no word shape."""
    return (len(token) >= 20 and any(c.islower() for c in token) and any(c.isupper() for c in token)
            and any(c.isdigit() for c in token) and checks.shannon_entropy(token) >= 3.6)


def _vendor_of(token: str) -> str:
    for name, rx in _VENDOR_EACH:
        if rx.match(token):
            return name
    return "unknown"


def _looks_random(token: str) -> bool:
    """Random-looking: long enough, mixed character classes, high entropy; not a path, word or hex digest."""
    token = token.rstrip("=")
    if len(token) < 16 or token.count("/") > 3 or token.count(".") > 2:
        return False
    classes = sum((any(c.islower() for c in token), any(c.isupper() for c in token), any(c.isdigit() for c in token)))
    if classes < 2:
        return False
    # a hex digest assigned to a key name (API_SECRET=9f86d0...) is a secret; bare digests never get here
    if re.fullmatch(r"[a-z]+(?:[\-_.][a-z0-9]+)+", token):
        return False  # kebab/snake names: my-k8s-secret-name
    if re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", token, re.IGNORECASE):
        return False
    return checks.shannon_entropy(token) >= 3.3


_PW_KEY = r"(?:password|passwd|passphrase|pwd|pass(?!port|age|ing|ed|enger|ive|through)|pw)[a-z0-9_.\-]*"
"""Lower-case on purpose: the key=value pattern runs over the lower-cased text (same offsets), which is
much faster than a case-insensitive alternation; the value is then read from the real text."""
_PW_VALUE = r"(?:\"(?P<q1>[^\"\n]{1,128})\"|'(?P<q2>[^'\n]{1,128})'|(?P<u>[!#-&(-~]{1,128}))"


_BASIC = re.compile(r"[Bb](?:asic|ASIC)[ \t]+(?P<v>[A-Za-z0-9+/]{4,}={0,2})(?![A-Za-z0-9+/=_\-])")
"""HTTP Basic credentials (RFC 7617): the scheme word, then base64 of user:password. Matched only where
`str.find` saw the word (see `_basic_hits`): a regex scan for it costs more than everything else here."""


def _basic_credential(token: str) -> str | None:
    """The entity type of a Basic token: API_KEY when a vendor key is inside it, PASSWORD for a real password,
    None when it is not base64 of user:password text or only a placeholder."""
    if len(token) % 4:
        return None
    try:
        pair = base64.b64decode(token, validate=True).decode("utf-8")
    except (binascii.Error, ValueError):
        return None
    user, sep, password = pair.partition(":")
    if not sep or not pair.isprintable():
        return None
    if any(rx.search(pair) for _name, rx in _VENDOR_EACH):
        return "API_KEY"
    if len(password) < 3 or is_placeholder(password) or not user.strip() or " " in user:
        return None
    return "PASSWORD"


def _basic_hits(view: View, detector: str) -> list[Hit]:
    """Findings for `Authorization: Basic <token>` (any header or prose form): the token only, like a JWT
    without its `Bearer`. The word is found with `str.find` (C speed); the pattern runs only where it is."""
    text = view.text
    hits: list[Hit] = []
    for word in ("asic", "ASIC"):
        at = text.find(word, 1)
        while at > 0:
            m = _BASIC.match(text, at - 1)
            at = text.find(word, at + 4)
            if m is None or (m.start() > 0 and text[m.start() - 1] in _TOKEN_CHAR):
                continue
            hit = _basic_hit(view, m, detector)
            if hit is not None:
                hits.append(hit)
    return hits


def _basic_hit(view: View, m: re.Match[str], detector: str) -> Hit | None:
    """The finding for one `Basic <token>` match, or None when the token is not a credential."""
    kind = _basic_credential(m.group("v"))
    if kind is None:
        return None
    os_, oe = view.to_original(*m.span("v"))
    return Hit(kind, os_, oe, 0.95 if kind == "API_KEY" else 0.85, f"{detector}:basic_auth")


class PasswordRecognizer(ViewRecognizer):
    """The value of a password: key=value, "password": "...", 密码：..., mysql -p..., and user:PASS@ in URIs.

    Also HTTP Basic credentials (`Authorization: Basic <base64 of user:password>`): the whole token, since the
    password cannot be cut out of it; reported as API_KEY when the pair holds a vendor key (Stripe-style
    `sk_live_...:`), as PASSWORD otherwise, and not at all for placeholders (`user:password`,
    `admin:changeme`).
    """

    def __init__(self) -> None:
        super().__init__("PASSWORD", patterns(
            ("kv", _PW_KEY + r"[\"'`]?\s*(?:[:=]|=>|:=)\s*" + _PW_VALUE, 0.85),
            ("zh", r"(?:密码|密碼|口令|登录密码|支付密码)(?:是|为|為)?\s*[:：=]?\s*" + _PW_VALUE, 0.85),
            ("mysql", r"(?:mysql|mysqldump|mysqladmin|mycli)\b[^\n]*?\s-p(?P<v>[!#-&(-,.-~][!#-&(-~]{0,127})", 0.85),
            ("cli_flag", r"--password[= ](?P<v>[!#-&(-~]{1,128})", 0.85),
            ("uri", r"\b[A-Za-z][A-Za-z0-9+.\-]{1,30}://[^\s:/@\"'<>]{1,64}:(?P<v>[!#-&(-.0-;=?-~]{1,128})@", 0.85),
        ), context=[], trigger=r"(?i)pass|pwd|pw|密码|密碼|口令|://|-p")

    def match_view(self, view: View) -> list[Hit]:
        """Like the base, but the value is whichever value group matched (quoted or bare)."""
        text = view.text
        lowered = text.lower()
        if len(lowered) != len(text):
            lowered = text  # a character changed length when lower-cased: fall back to exact text
        hits: list[Hit] = _basic_hits(view, str(self.name))
        for rx, score, pname in self.active_patterns(text):
            for m in rx.finditer(lowered if pname == "kv" else text):
                for g in ("v", "q1", "q2", "u"):
                    if g in rx.groupindex and m.group(g) is not None:
                        s, e = m.span(g)
                        break
                else:
                    continue
                if pname == "kv" and not _keyword_boundary(text, m.start()):
                    continue
                value = text[s:e]
                if g == "u":
                    stripped = value.rstrip(",;.)]}")
                    e -= len(value) - len(stripped)
                    value = stripped
                if not value or is_placeholder(value) or len(value) < 3 or _CODE_VALUE.search(value):
                    continue
                if pname == "uri" and value.startswith("$"):
                    continue
                os_, oe = view.to_original(s, e)
                hits.append(Hit("PASSWORD", os_, oe, score, f"{self.name}:{pname}"))
        return hits


_CODE_VALUE = re.compile(r"getenv|environ|process\.env|^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+\(?$|^[A-Za-z_][\w.]*\($|"
                         r"^(?:self|this|config|settings|args|params|request|req|opts|options|cfg|conf)\b")
"""A password "value" that is really code reading it from somewhere (os.getenv(, self.password, cfg.db.pw)."""


def _keyword_boundary(text: str, i: int) -> bool:
    """A key word starts a name part: start of text, after a non-letter, or camelCase (redisPassword)."""
    if i == 0 or not text[i - 1].isalpha():
        return True
    return text[i - 1].islower() and text[i].isupper()


class JwtRecognizer(ViewRecognizer):
    """JSON Web Token: three base64url parts whose header decodes to JSON with an "alg"."""

    def __init__(self) -> None:
        super().__init__("JWT", patterns(
            ("jwt", r"(?<![A-Za-z0-9_\-])eyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{4,}\.[A-Za-z0-9_\-]{8,}", 0.8),
        ), trigger=r"eyJ")

    def validate_result(self, pattern_text: str) -> bool | None:
        head = pattern_text.split(".", 1)[0]
        try:
            obj = json.loads(base64.urlsafe_b64decode(head + "=" * (-len(head) % 4)))
        except (binascii.Error, ValueError, UnicodeDecodeError):
            return False
        return isinstance(obj, dict) and "alg" in obj


class PrivateKeyRecognizer(ViewRecognizer):
    """PEM / OpenSSH / PGP private key blocks, BEGIN line to END line (also with JSON \\n escapes)."""

    def __init__(self) -> None:
        begin = r"-----BEGIN (?:[A-Z0-9]+ ){0,3}PRIVATE KEY(?: BLOCK)?-----"
        end = r"-----END (?:[A-Z0-9]+ ){0,3}PRIVATE KEY(?: BLOCK)?-----"
        super().__init__("PRIVATE_KEY", patterns(
            ("pem", begin + r"[\s\S]{0,16384}?(?:" + end + r"|(?=\n\s*\n|\"|$(?![\s\S])))", 1.0),
        ), trigger=r"-----BEGIN")


_DSN_SCHEMES = (r"(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|redis|rediss|amqps?|mssql|sqlserver|oracle|"
                r"clickhouse|cockroachdb|db2|snowflake|neo4j|cassandra|elasticsearch|couchdb|influxdb|nats|kafka|"
                r"memcached|sqlalchemy|tidb|oceanbase|dm|kingbase|gaussdb|opengauss)(?:\+[a-z0-9]+)?")


class DbConnectionRecognizer(ViewRecognizer):
    """Database connection strings that carry a credential: URIs with user:password@, JDBC, ADO.NET."""

    def __init__(self) -> None:
        super().__init__("DB_CONNECTION_STRING", patterns(
            ("uri", r"(?<![A-Za-z0-9+])" + _DSN_SCHEMES + r"://[^\s:/@\"'<>]{1,64}:[!#-&(-;=?-~]{1,128}@"
             r"[!#-&(-;=?-_a-~]{1,512}", 1.0),
            ("jdbc", r"jdbc:[a-z0-9]+:[^\s\"'<>`]*?(?:password|pwd)=[^\s\"'<>`&;]+[^\s\"'<>`]*", 1.0),
            ("adonet", r"(?i:(?:Server|Data Source|Host)=[^;\n\"]{1,128};(?:[^;\n\"]{1,128};){0,8}?"
             r"(?:Password|Pwd)=[^;\n\"]{1,128}(?:;[^;\n\"]{1,128}){0,8};?)", 1.0),
        ), trigger=r"://|jdbc:|(?i:password|pwd)=")

    def invalidate_result(self, pattern_text: str) -> bool | None:
        m = re.search(r"://[^\s:/@]*:([^\s@]*)@", pattern_text)
        if m and is_placeholder(m.group(1)):
            return True
        m = re.search(r"(?i)(?:password|pwd)=([^;&\s]*)", pattern_text)
        if m and is_placeholder(m.group(1)):
            return True
        return None

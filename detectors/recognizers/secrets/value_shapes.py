"""What a candidate value looks like, judged on the value alone: a stand-in for a secret (placeholder, format
string, template field, a password's own name, a stored hash), program text that reads the secret (`os.getenv(`,
`cfg.db.pw`), a version, a host name or an address, or the shape of a secret (a random key, a chosen password,
a Chinese word with digits, an identifier that only looks like one).

The lowest layer of the package: the API key, password, private key and connection string rules all ask these
questions, so the answers live apart from every family and import nothing of them.
"""

from __future__ import annotations

import re

from detectors import checks


_PLACEHOLDER = re.compile(
    r"^(?:x{3,}|\*{3,}|\.{3,}|…+|<[^>]*>|\$\{[^}]*\}?|\{\{.*|(?-i:\$[A-Z_][A-Z0-9_]*)|%\(?[A-Za-z_]+\)?s|%[A-Za-z_][A-Za-z0-9_]*%|null|none|nil|"
    r"true|false|yes|no|on|off|required|optional|hidden|redacted|masked|sensitive|empty|unset|"
    r"undefined|changeme|change_me|password|passwd|pass|pwd|secret|example|test|your[_\-a-z]*|xxx.*|.*\*{4,}.*|"
    r"todo(?:[_\-:].*)?|tbd|tba|n/a|fixme|to[_\-]?be[_\-]?(?:set|filled|replaced)|replace[_\-]?(?:me|this)|string|"
    r".*(?:xxxx|XXXX|\.\.\.|…).*|(.)\1+)$",
    re.IGNORECASE)
"""Values that only stand in for a secret: masked, templated, empty-ish or one repeated character."""
_PLACEHOLDER_WORDS = re.compile(
    _PLACEHOLDER.pattern.replace(r"|.*\*{4,}.*", "").replace(r"|.*(?:xxxx|XXXX|\.\.\.|…).*", ""), re.IGNORECASE)
"""`_PLACEHOLDER` without its two ``.*X.*`` branches, which `is_placeholder` tests as substrings: backtracking
over every character of a 40-character key, they were two thirds of its cost (and it runs for every key)."""
assert _PLACEHOLDER_WORDS.pattern.count(".*") == _PLACEHOLDER.pattern.count(".*") - 4


def is_placeholder(value: str) -> bool:
    """`_PLACEHOLDER` matches the value without its quotes. Its ``.*X.*`` branches hold when X occurs in a value
    with no line break (but a last one, where ``$`` also matches); under IGNORECASE xxxx is x or X four times."""
    v = value.strip("\"'`")
    body = v[:-1] if v[-1:] == "\n" else v
    if "\n" not in body and ("****" in body or "..." in body or "…" in body or "xxxx" in body.replace("X", "x")):
        return True
    if body.endswith(("EXAMPLE", "EXAMPLEKEY")):
        return True  # AKIAIOSFODNN7EXAMPLE, wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY: the AWS documentation's own keys
    return _PLACEHOLDER_WORDS.match(v) is not None


_WORD_SEGMENT = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+")


def _identifier_shape(token: str) -> bool:
    """A class or variable name, not a key: letters (a leading underscore and up to three digits allowed)
    falling into camel-case words three letters long on average, each with a vowel or a short acronym
    (`AzureADTokenProvider`, `PKCS7PrivateKeyTypes`, `_SSHFormatSKEd25519`). Random letters change case
    every two or so and run into vowel-less pieces (`pmRAMPVCROYwpYz...`); a year makes a chosen secret
    (`MySecretKey2026`)."""
    core = token.lstrip("_")
    digits = sum(c.isdigit() for c in core)
    if digits and len(core) >= 24 and core.isascii() and core.islower() and core.isalnum():
        return False  # one lower-case run of 24+ with digits in it is a generated secret (Baidu's secret keys)
    core = "".join(c for c in core if not c.isdigit())
    if digits > 3 or not core.isascii() or not core.isalpha():
        return False
    segments = _WORD_SEGMENT.findall(core)
    return (bool(segments) and len(core) / len(segments) >= 3
            and all(len(w) <= 4 if w.isupper() else any(c in "aeiouy" for c in w.lower()) for w in segments))


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


_VERSION_LIKE = re.compile(r"[vV]?\d+(?:\.\d+)+(?:[\-+.][0-9A-Za-z.\-]+)?")
_HOST_NAME = re.compile(r"[\w\-]+(?:\.[\w\-]+)*\.(?i:com|cn|net|org|io|local|lan|internal|corp|example)")
_EMAIL_LIKE = re.compile(r"[^@\s]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
_FORMAT_ONLY = re.compile(r"(?:%[sdr]|\{\w*\}|[:/@ ])+")
_TEMPLATE_FIELD = re.compile(r"\{[A-Za-z_][\w.]*(?:![rsa])?(?::[^{}]*)?(?:\}|$)")
"""An f-string / str.format field where the value would be (`f"password={password!r}"`)."""
_NAMED_PASSWORD = re.compile(r"(?i)[a-z_]*(?:password|passwd)[a-z_]*|[a-z_]*(?:passfile|pwd)[a-z_]*")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_ZH_PASSWORD = re.compile(r"[\u4e00-\u9fff]{2,4}[0-9]{4,12}[!#$%&*+.?@^_~\-]?")
_ZH_NOT_WORD = re.compile(r"[见詳详参參同请請如按用后後尾第号號位年月日期工手身证證码碼版本共约約]")


def _zh_password(value: str) -> bool:
    """A Chinese word of two to four characters and four digits or more (海棠9002, 远航2649#): a password people
    can remember; not a pointer or a count (工号1234, 手机后4位, 第2026号, 版本2024)."""
    return _ZH_PASSWORD.fullmatch(value) is not None and _ZH_NOT_WORD.search(value) is None


_HASH_VALUE = re.compile(r"\$(?:2[abxy]?|1|5|6|7|y|gy|apr1|md5|sha\d*|argon2(?:id|i|d)|scrypt|pbkdf2[\w\-]*)\$"
                         r"|(?:pbkdf2_sha\d+|bcrypt(?:_sha256)?|argon2|scrypt|sha\d+_crypt|SCRAM-SHA-256)\$"
                         r"|\{(?i:s?sha\d*|s?md5|crypt|pbkdf2[\w\-]*|bcrypt|argon2\w*)\}"
                         r"|\*[0-9A-F]{40}$|md5[0-9a-f]{32}$|\{AQAAAB[A-Za-z0-9+/=]{8,}\}")
"""A stored password hash in its scheme's own notation (crypt `$id$`, Django `algo$`, LDAP `{SSHA}`, MySQL
`*<40 hex>`, PostgreSQL `md5<32 hex>`), or Jenkins' encrypted secret (`{AQAAABAAAAAQ…}`): what a password becomes,
not the password (the conventions' decoys)."""


_PHRASE_WORD = re.compile(r"[ \t]+(?P<w>[a-z]{2,12}|[0-9]{1,4})(?=[ \t]|[(（]|\r?$)")
_PHRASE_END = re.compile(r"[ \t]*(?:[(（][^()（）\n]{0,40}[)）][ \t]*)?\r?$", re.M)
_NOT_PHRASE_WORDS = frozenset(("a", "an", "the", "is", "are", "be", "at", "to", "of", "in", "on", "or", "and", "for",
                               "with", "must", "should", "can", "not", "no", "your", "you", "least", "most", "than",
                               "characters", "chars", "digits", "letters", "long", "min", "max", "required", "see",
                               "was", "will", "when", "if", "it", "this", "that", "from", "by", "as", "new", "old"))


def _passphrase_end(text: str, s: int, e: int) -> int:
    """End of a passphrase of words (`granite sorrel 93 quartz`) whose first word is text[s:e]: the value is
    the whole rest of its labeled line when that is two to seven more lower-case words or short numbers, with a
    number among them, no function words (`must be at least 8 characters` is a rule), and then only the end of
    the line or a bracketed remark. `e` when the rest is anything else."""
    first = text[s:e]
    if not re.fullmatch(r"[a-z]{2,12}|[0-9]{1,4}", first) or first in _NOT_PHRASE_WORDS:
        return e
    words, end = [first], e
    while len(words) < 8:
        m = _PHRASE_WORD.match(text, end)
        if m is None:
            break
        words.append(m.group("w"))
        end = m.end()
    if not 3 <= len(words) <= 8 or not any(w.isdigit() for w in words) or sum(w.isalpha() for w in words) < 2 \
            or any(w in _NOT_PHRASE_WORDS for w in words) or _PHRASE_END.match(text, end) is None:
        return e
    return end


def _strong_password(value: str) -> bool:
    """A value that is a password with no `:` or `=` to say so (`pw Hunter#2026`): letters and digits, and a
    symbol or both cases, six characters or more, and not program text (`VARCHAR(64)`)."""
    if len(value) < 6 or not any(c.isalpha() for c in value) or not any(c.isdigit() for c in value):
        return False
    if _DOTTED.match(value) is not None and "(" in value:
        return False
    symbol = any(not c.isalnum() for c in value)
    return symbol or (any(c.islower() for c in value) and any(c.isupper() for c in value))


def _password_shape(value: str) -> bool:
    """A value that reads as a password when no key=value syntax says so: two character classes (letters,
    digits, symbols), or six digits or more; prose words and single-class tokens do not."""
    if value.isdigit():
        return len(value) >= 6
    classes = (any(c.isalpha() for c in value), any(c.isdigit() for c in value),
               any(not c.isalnum() for c in value))
    return sum(classes) >= 2 and len(value) >= 6


_CODE_VALUE = re.compile(r"^(?:Get|Set|New|Read|Write|Out|Import|Export|Invoke|ConvertTo|ConvertFrom)-[A-Z][A-Za-z]+$|"
                         r"getenv|environ|process\.env|^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+\(?$|^[A-Za-z_][\w.]*\($|"
                         r"^(?:self|this|config|settings|args|params|request|req|opts|options|cfg|conf)\b")
"""A password "value" that is really code reading it from somewhere (os.getenv(, self.password, cfg.db.pw)."""


def _code_value(value: str) -> bool:
    """`_CODE_VALUE`, except for a dotted value with a random-looking part: `TBhCH3G88.F` is a password with a dot
    in it, not an attribute path (`config.db.password`, `settings.DB_PASS`, whose parts are words)."""
    if _CODE_VALUE.search(value) is None or _WORDS_DOTTED.fullmatch(value):
        return False
    if "." in value and all(any(c.isdigit() for c in p) for p in value.rstrip("(").split(".")):
        return False  # Kx533.PEB60, Nm590.WAL73: a digit in every part; attribute paths name objects with words
    if _DOTTED_CHOSEN.fullmatch(value):
        return False  # Sparrow.obsidian26, Nutmeg635.spa, M.ng018: a word with a number glued on, then a dot
    return not ("." in value and any(_random_part(p) for p in value.rstrip("(").split(".")))


_DOTTED_CHOSEN = re.compile(r"[A-Za-z]{1,16}\.[A-Za-z]{2,16}[0-9]{2,6}|[A-Z][a-z]{2,15}[0-9]{2,6}\.[a-z]{2,16}")
"""Two words joined by a dot, the second ending in two digits or more (`Sparrow.obsidian26`, `M.ng018`), or a
capitalised word with digits before a lower-case one (`Nutmeg635.spa`): how people build a password they can
remember. An attribute path ends in a name (`config.db.password`, `cfg.pw2`), one digit at most."""


_WORDS_DOTTED = re.compile(r"(?:[A-Z][a-z]+\.){1,3}[A-Z][A-Za-z]*[0-9]{2,}")
"""Capitalised words joined by dots, the last ending in digits (`Harbor.Lantern42`, `Meadow.QUARTZ07`): how people
build a password; an attribute path starts with an object's lower-case name or ends in a name without digits."""


_TWO_DIGIT_RUNS = re.compile(r"[A-Za-z][0-9]+[A-Za-z]+[0-9]+[A-Za-z]")


def _random_part(part: str) -> bool:
    """Eight characters or more switching between digits, lower and upper case four times or more, in no
    camel-case word shape (`TBhCH3G88`, not `dbPassword2`, `base64Encode`, `getUser2Name`)."""
    if len(part) < 6:
        return False
    if _TWO_DIGIT_RUNS.search(part):
        return True  # k7abtfru8V: digits dropped between letters twice, which names (utf8mb4, base64url) do not
    kinds = ["d" if c.isdigit() else "u" if c.isupper() else "l" if c.islower() else "o" for c in part]
    switches = sum(a != b for a, b in zip(kinds, kinds[1:]))
    return switches >= 4 and (not _identifier_shape(part) or _CONSONANT_RUN.search(part) is not None)


_CONSONANT_RUN = re.compile(r"[b-df-hj-np-tv-xzB-DF-HJ-NP-TV-XZ]{6}")
"""Six consonants in a row (`Ju3mxvkkjL`): no word of a name has them, so a part with them is no identifier
however its case falls into camel-case words."""


_DOTTED = re.compile(r"[A-Za-z_][\w.]*")

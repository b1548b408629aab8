"""Credentials: vendor API keys, generic secrets next to key names, passwords, JWTs, private keys, DSNs."""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Callable, Iterable, Iterator

from detectors import checks
from detectors.nlp import substring
from detectors.normalize import View
from detectors.recognizers.base import Hit, ViewRecognizer, patterns
from detectors.recognizers.sql_values import insert_password_spans

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


# A token that may be split across two lines: continue only when the next line is nothing but the rest.
_CONT = r"(?:\r?\n[A-Za-z0-9/+_\-]{4,}(?=[\"'`,;]|\.(?:\s|$)|\r?\n|$))?"
_VENDOR_KEYS: tuple[tuple[str, str], ...] = (
    ("openai", r"sk-(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_\-]{16,240}T3BlbkFJ[A-Za-z0-9_\-]{16,}"),
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

_KEY_WORD = (r"(?:secret(?: key| id)?|token|api[_\-. ]?key|apikey|access[_\-. ]?key|accesskey|private[_\-.]?key|"
             r"auth[_\-.]?key|credential|passphrase|signing[_\-.]?key|client[_\-.]?id|app[ _\-]?secret|_sk|_ak)"
             r"[A-Za-z0-9_.\-]*")
_ASSIGN = r"[\"'`]?[ \t]*(?:[:=]|=>|:=)[ \t]*[\"'`]?"
_GENERIC = r"[:=：](?:|(?<==)>)[ \t]*[\"'`]?(?P<v>[A-Za-z0-9/+_\-.]{8,200}={0,2}" + _CONT + r")"
"""Anchored on the assignment (a rare character) rather than on the key word (case-insensitive, slow). `:`, `=`,
`：` or `=>`, written as one class first (then the `>` of `=>`): a leading alternation with a class in it gives
`re` no first character to skip to."""
_KEY_BEFORE = re.compile(r"(?i:" + _KEY_WORD + r")[\"'`]?[ \t]*$")
# openai: the run before T3BlbkFJ is bounded (240, over the longest project keys) so that a match that fails
# costs at most that much: unbounded, each `sk-` in one long token re-read the rest of it (1 MB of `sk-` repeated
# took over 30 s, 0.79 s bounded; bench/detect/worst_case.py, input sk-).
_VENDOR = "|".join(f"(?:{rx})" for _name, rx in _VENDOR_KEYS)
"""No named groups: a group before the first literal switches off `re`'s first-character skip (10x slower)."""
_VENDOR_EACH = [(name, re.compile(rx)) for name, rx in _VENDOR_KEYS]
_VENDORS = dict(_VENDOR_EACH)
_VENDOR_LEADS: dict[str, tuple[tuple[str, int, tuple[str, ...]], ...]] = {
    "-": (("sk-", 2, ("openai", "openai_proj", "anthropic", "sk")), ("glpat-", 5, ("gitlab",)),
          ("bce-v3/ALTAK-", 3, ("qianfan",)), *((f"xox{c}-", 4, ("slack",)) for c in "abposr")),
    "_": (("sk_", 2, ("stripe",)), ("rk_", 2, ("stripe",)), ("pk_", 2, ("stripe",)), ("hf_", 2, ("huggingface",)),
          ("npm_", 3, ("npm",)), ("github_pat_", 6, ("github_pat",)),
          *((f"gh{c}_", 3, ("github",)) for c in "pousr")),
    "A": (*((p, 0, ("aws",)) for p in ("AKIA", "ASIA", "AGPA", "AIDA", "AROA", "ANPA", "ANVA", "AIPA", "ABIA", "ACCA")),
          ("AKID", 0, ("tencent",)), ("AKLT", 0, ("volcengine",)), ("ALTAK", 0, ("baidu",)), ("AIza", 0, ("google",)),
          ("LTAI", 2, ("aliyun",))),
}
"""Where a vendor key can start, found from one character of its literal prefix (a `-`, a `_` or an `A`): each
(prefix, index of that character in it, vendors whose keys start with the prefix). Three single-character scans
that `re` runs at memchr-like speed replace one scan per vendor (twenty), each stepping through the text for
its own prefix; the vendor's pattern is then matched only where its prefix is (`_vendor_matches`)."""
_VENDOR_LEAD_RX = {
    lead: re.compile(re.escape(lead) + "(?:" + "|".join(
        (f"(?<={re.escape(p[:i + 1])})" if i else "") + (f"(?={re.escape(p[i + 1:])})" if p[i + 1:] else "")
        for p, i, _v in entries) + ")")
    for lead, entries in _VENDOR_LEADS.items()}
_LED_VENDORS = frozenset(v for entries in _VENDOR_LEADS.values() for _p, _i, vs in entries for v in vs)
assert all(p[i] == lead for lead, entries in _VENDOR_LEADS.items() for p, i, _v in entries)


def _vendor_starts(text: str) -> dict[str, list[int]]:
    """For each prefix-led vendor, the sorted places in `text` where one of its prefixes starts."""
    out: dict[str, list[int]] = {}
    for lead, rx in _VENDOR_LEAD_RX.items():
        entries = _VENDOR_LEADS[lead]
        for m in rx.finditer(text):
            q = m.start()
            for prefix, i, vendors in entries:
                if q >= i and text.startswith(prefix, q - i):
                    for v in vendors:
                        out.setdefault(v, []).append(q - i)
    for starts in out.values():
        starts.sort()
    return out


def _vendor_matches(rx: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """`rx.finditer(text)` when every match of `rx` starts at one of `starts` (sorted): the same matches, tried
    only there, each search resumed after the previous match as `finditer` does."""
    resume = 0
    for s in starts:
        if s < resume:
            continue
        m = rx.match(text, s)
        if m is not None:
            resume = m.end()
            yield m


_ZHIPU = re.compile(r"\.(?<=[0-9a-f]{32}\.)[A-Za-z0-9]{16}(?![A-Za-z0-9])")
_ZHIPU_SPLIT_TAIL = re.compile(r"\.(?<=[0-9a-f]\.)[A-Za-z0-9]{16}(?![A-Za-z0-9])")
_ZHIPU_SPLIT_HEAD = re.compile(r"(?<![A-Za-z0-9])[0-9a-f]{1,31}\r?\n[0-9a-f]{1,31}$")
"""The same key broken over two lines inside the id part (rare: only looked for when a dot-key exists)."""
"""Zhipu `id.secret`: anchored on the dot (a literal) and looking back at the 32 hex id."""
_TOKEN_CHAR = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")


_SPLIT_PREFIXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("sk-", ("anthropic", "openai", "openai_proj", "sk")), ("AKIA", ("aws",)), ("ASIA", ("aws",)),
    ("AKLT", ("volcengine",)), ("ALTAK", ("baidu",)), ("gh", ("github", "github_pat")), ("glpat-", ("gitlab",)),
    ("xox", ("slack",)), ("sk_", ("stripe",)), ("rk_", ("stripe",)), ("pk_", ("stripe",)), ("AIza", ("google",)),
    ("hf_", ("huggingface",)), ("npm_", ("npm",)),
)
"""Vendor prefixes of keys that may be broken over lines, with the vendors' patterns to try."""
_SPLIT_STARTS = tuple(p for p, _n in _SPLIT_PREFIXES)
_SPLIT_BY_PREFIX: dict[str, tuple[str, ...]] = {}
for _p, _names in _SPLIT_PREFIXES:
    _SPLIT_BY_PREFIX[_p[:2]] = _SPLIT_BY_PREFIX.get(_p[:2], ()) + _names
_NEXT_LINE_GOES_ON = re.compile(r"\n[ \t]*[A-Za-z0-9_\-]")
"""A line break followed by token characters (found from the literal newline, which `re` skips to)."""
_KEY_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
_LAST_NON_KEY_CHAR = re.compile(r"(?s:.*)[^A-Za-z0-9_\-]")
"""Matched from a bound, up to the last character that is not one of `_KEY_CHARS` (found in C, backwards)."""


def _split_vendor_keys(view: View, detector: str) -> list[Hit]:
    """Vendor keys broken over one or two line breaks (a wrapped terminal, a chat message, a hand-split line):
    a token that ends a line and starts with a vendor prefix is carried over a break while it is still too short
    for its vendor's pattern, or when the next line holds nothing but the rest of it. Read back from the line
    breaks followed by token characters (one pass) rather than from every prefix (a pass each)."""
    text = view.text
    found: list[Hit] = []
    done = -1
    for m in _NEXT_LINE_GOES_ON.finditer(text, 1):
        nl = m.start()
        e = nl - 1 if text[nl - 1] == "\r" else nl
        lo = max(0, e - 300)
        before = _LAST_NON_KEY_CHAR.match(text, lo, e)  # the token is what follows it (at most 300 back)
        s = lo if before is None else before.end()
        if e - s >= 3 and s >= done:
            for at in _prefix_starts(text, s, e):
                split = _split_key(view, at, _SPLIT_BY_PREFIX[text[at:at + 2]], detector)
                if split is not None:
                    found.append(split[0])
                    done = split[1]  # the lines it took are read
                    break
    return found


def _prefix_starts(text: str, s: int, e: int) -> list[int]:
    """Where a vendor prefix starts a key inside the token text[s:e] of `_KEY_CHARS` (at its start or after a
    `-`, its only character that is no `_TOKEN_CHAR`), before e - 2."""
    out = [s] if s < e - 2 and text.startswith(_SPLIT_STARTS, s) else []
    stop = max(s, e - 3)  # a '-' before this is followed by a place before e - 2
    at = text.find("-", s, stop)
    while at >= 0:
        if text.startswith(_SPLIT_STARTS, at + 1):
            out.append(at + 1)
        at = text.find("-", at + 1, stop)
    return out


def _too_short_for(rx: re.Pattern[str]) -> Callable[[str], bool]:
    """Whether a token so far cannot be a key of `rx` yet (it is carried over the next line break)."""
    return lambda token: rx.match(token) is None


def _split_key(view: View, start: int, names: tuple[str, ...], detector: str) -> tuple[Hit, int] | None:
    """A vendor key from `start` that only a line break cut short, and where it ends in the view (None when the
    first line holds a key already)."""
    text = view.text
    line_end = text.find("\n", start)
    first_end = line_end - (text[line_end - 1] == "\r")
    for name in names:
        rx = _VENDORS[name]
        if rx.match(text, start, first_end):
            return _key_goes_on(view, start, first_end, rx, name, detector)
    for name in names:
        rx = _VENDORS[name]
        lines = token_lines(text, start, _KEY_CHARS, _too_short_for(rx))
        for joined, end in reversed(lines[1:]):  # the most lines that still end where the key does
            m = rx.match(joined)
            if m is not None and m.end() == len(joined):
                if is_placeholder(joined):
                    return None
                os_, oe = view.to_original(start, end)
                return Hit("API_KEY", os_, oe, 0.9, f"{detector}:{name}:split"), end
    return None


_GOES_ON = re.compile(r"\r?\n[ \t]*(?P<t>[A-Za-z0-9_\-]{16,})[ \t]*(?:\r?\n|$)")
"""A next line holding one long token and nothing else."""


def _key_goes_on(view: View, start: int, first_end: int, rx: re.Pattern[str], name: str,
                 detector: str) -> tuple[Hit, int] | None:
    """A key whose first line is a whole key already but whose next line is nothing but more of it (a long
    project key wrapped by a mail client): the next line one random-looking token, no key of its own, and the
    vendor pattern still matching the two lines joined. Scored like the vendor pattern so the longer span wins."""
    text = view.text
    m = _GOES_ON.match(text, first_end)
    if m is None:
        return None
    rest = m.group("t")
    if rest.startswith(_SPLIT_STARTS) or _vendor_of(rest) != "unknown" or not _looks_random(rest):
        return None
    joined = text[start:first_end] + rest
    whole = rx.match(joined)
    if whole is None or whole.end() != len(joined):
        return None
    os_, oe = view.to_original(start, m.end("t"))
    return Hit("API_KEY", os_, oe, 0.95, f"{detector}:{name}:split"), m.end("t")


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


_PAIR_SECRET_LENGTHS = {"aliyun": 30, "tencent": 32, "aws": 40}
"""The secret that goes with an access key id, by vendor: Alibaba Cloud AccessKey secrets are 30 letters and
digits, Tencent Cloud SecretKeys 32, AWS secret access keys 40 (also '/' and '+')."""
_PAIR_GAP = re.compile(r"[\"'`]?[ \t]*(?:[,/|;:：，；][ \t]*)?(?:(?:SK|sk|(?i:secret(?:[ _]?key)?))[ \t]*(?:是|为|為|[:：=])?[ \t]*)?"
                       r"[\"'`]?[ \t]*")
"""Between a key id and its secret: a quote, a comma (two arguments of a call), a slash or a colon (id / secret
in chat), or blanks only; in a chat also the secret's own short name (`AK 是 AKIA…，SK 是 …`)."""
_PAIR_SECRET = re.compile(r"[A-Za-z0-9/+]{30,40}(?![A-Za-z0-9/+=_\-])")


def _paired_secrets(view: View, id_ends: list[tuple[str, int]], detector: str) -> list[Hit]:
    """The secret written right after a cloud access key id (`oss2.Auth('LTAI...', '<secret>')`,
    `Credential("AKID...", "<secret>")`, `LTAI... / <secret>` in a chat): no name says what it is, the id
    before it does. Taken only at the vendor's secret length and when it looks random."""
    text = view.text
    out: list[Hit] = []
    for vendor, e in id_ends:
        length = _PAIR_SECRET_LENGTHS[vendor]
        gap = _PAIR_GAP.match(text, e)
        m = _PAIR_SECRET.match(text, gap.end()) if gap is not None and gap.end() > e else None
        if m is None or len(m.group()) != length or (vendor != "aws" and not m.group().isalnum()):
            continue
        token = m.group()
        if not _looks_random(token) or is_placeholder(token) or _vendor_of(token) != "unknown":
            continue
        os_, oe = view.to_original(*m.span())
        out.append(Hit("API_KEY", os_, oe, 0.85, f"{detector}:{vendor}_secret"))
    return out


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


def _vendor_of(token: str) -> str:
    for name, rx in _VENDOR_EACH:
        if rx.match(token):
            return name
    return "unknown"


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


_PW_KEY = (r"(?:password|passwd|passphrase|pwd|pass(?!port|age|ing|ed|enger|ive|through)|pw(?![a-z])|p/w(?![a-z])"
           r"|psk(?![\w.\-])|rediscli_auth)"
           r"[a-z0-9_.\-]{0,64}")
"""Lower-case on purpose: the key=value pattern runs over the lower-cased text (same offsets), which is
much faster than a case-insensitive alternation; the value is then read from the real text. The name's tail is
bounded (64): unbounded, every `pw` inside one long token re-read the rest of it before failing (quadratic: 1 MB
of random token characters took 19.6 s, 0.37 s bounded; bench/detect/worst_case.py, input long-line)."""
_PW_VERB = (r"(?:(?:was|has[ \t]+been|have[ \t]+been|is[ \t]+now)[ \t]+(?:changed|reset|set|updated)[ \t]+to|is"
            r"|(?:changed|reset|set|updated)[ \t]+to|to|from(?=[ \t]+[!-~]{6,64}[ \t]+to[ \t]))")
"""`password is …`, `password was / has been reset to …`, `password for the root account is …`, `I set the
mailbox password to …`, `changed the password from … to …` (`from` only with its `to`: not `Failed password for
invalid user admin from bastion-01`)."""
_PW_VALUE = (r"(?:\\\"(?P<jq>[^\"\\\n]{1,128})\\\"|\"(?P<q1>[^\"\n]{1,128})\"|'(?P<q2>[^'\n]{1,128})'"
             r"|`(?P<bq>[^`\s]{1,128})`"
             r"|(?P<zm>[A-Za-z][!#-&(-~]{0,31}(?<=[!#-&(-/:-@\[-`{-~])[\u4e00-\u9fff]{1,6}[0-9]{2,12}(?![!-~]))|(?P<u>[!#-&(-~\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]{1,128})"
             r"|[「“‘【『《](?P<cq>[!-~]{1,128}?)[」”’】』》]"
             r"|(?P<zv>[\u4e00-\u9fff]{1,6}(?=[!#-&(-~]*[0-9])(?=[!#-&(-~]*[!#-&(-/:-@\[-`{-~])[!#-&(-~]{2,32}+)"
             r"|(?P<zd>[\u4e00-\u9fff]{2,4}[0-9]{4,12}(?![!-~]))"
             r"(?![\u4e00-\u9fff]))")
"""A value: quoted, in markdown backticks (one word: `cat file`, a command substitution, has a space), bare (ASCII
and accented Latin letters: Zürich#655), in Chinese quotes or brackets (密码是「K7#mQ2x」, password：【K7#mQ2x】:
ASCII inside, shaped like a password), or Chinese words glued to ASCII with a digit and a symbol (春眠山高@12,
read whole, never cut before a Chinese character: 见附件、工号后4位 are no value), or a Chinese word and four digits
or more (海棠9002, 飞鸿3300: the shape people pick for a password they can remember; not 工号1234, see `_zh_password`),
or ASCII with a symbol, then a Chinese word and digits (citrine@春风十里78: read whole, not cut at the first
Chinese character; a value ending in Chinese text, admin123请修改, still ends before it)."""


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


_DOCKER_AUTH = re.compile(r"\"auth\"[ \t]*:[ \t]*\"(?P<v>[A-Za-z0-9+/]{8,}={0,2})\"")
"""A registry login in Docker's config.json (`"auths": {"host": {"auth": "<base64 of user:password>"}}`)."""


def _docker_auth_hits(view: View, detector: str) -> list[Hit]:
    """The `auth` values of Docker / Podman / Helm registry configurations, read like `Basic` tokens."""
    text = view.text
    hits: list[Hit] = []
    at = text.find('"auth"')
    while at >= 0:
        m = _DOCKER_AUTH.match(text, at)
        if m is not None:
            hit = _basic_hit(view, m, detector)
            if hit is not None:
                hits.append(hit)
        at = text.find('"auth"', at + 6)
    return hits


def _basic_hit(view: View, m: re.Match[str], detector: str) -> Hit | None:
    """The finding for one `Basic <token>` match, or None when the token is not a credential."""
    kind = _basic_credential(m.group("v"))
    if kind is None:
        return None
    os_, oe = view.to_original(*m.span("v"))
    return Hit(kind, os_, oe, 0.95 if kind == "API_KEY" else 0.85, f"{detector}:basic_auth")


_CLI_VALUE = r"(?:\"(?P<q1>[^\"\n]{1,128})\"|'(?P<q2>[^'\n]{1,128})'|(?P<u>[!#-&(-,.-~][!#-&(-~]{0,127}))"
"""A command-line argument: quoted, or bare and not starting with '-' (the next flag)."""
_CLI_TOOLS: tuple[tuple[str, str], ...] = (
    (r"(?:docker|podman|nerdctl|buildah|skopeo|oras|crane)[ \t]+login|helm[ \t]+registry[ \t]+login", "-p"),
    (r"sshpass", "-p"),
    (r"mongo(?:sh|dump|restore|import|export|stat|top|files)?|rabbitmqadmin|beeline", "-p"),
    (r"redis-cli", "-a"),
    (r"sqlcmd|osql|bcp|zip|unzip|ipmitool|tsql|isql", "-P"),
    (r"racadm|az[ \t]+login|hydra|medusa", "-p"),
    (r"plink(?:\.exe)?|pscp(?:\.exe)?|psftp(?:\.exe)?", "-pw"),
    (r"snmp(?:walk|bulkwalk|get|getnext|bulkget|set|table|trap)", "-[AX]"),
    (r"ldap(?:search|add|modify|delete|whoami|passwd|compare|modrdn)", "-w"),
    (r"7z|7za|7zz|rar|unrar|rdesktop", "-p"),
    (r"rar|winrar(?:\.exe)?|rar\.exe", "-hp"),
    (r"xfreerdp|wlfreerdp|sdl-freerdp", "/p:"),
    (r"psexec(?:64)?(?:\.exe)?|paexec(?:\.exe)?", "-p"),
    (r"schtasks(?:\.exe)?", "/(?i:rp)"),
)
"""Tools whose password flag is a bare letter, with that flag: `-p` means a port or a path elsewhere, so the
flag only counts on the tool's own command line (same line, no pipe or `;` in between)."""
_CLI_TOOL = (r"(?<![\w\-])(?:" + "|".join(rf"(?:{tool})(?![\w\-])[^\n|;&]{{0,200}}?[ \t]{flag}"
                                            for tool, flag in _CLI_TOOLS) + r")[ \t]*" + _CLI_VALUE)
_SHELL_FORMS = (
    # sqlplus user/pw@db, expdp / impdp / rman target user/pw
    r"(?:sqlplus|expdp|impdp|rman|sqlldr)(?:[ \t]+-[A-Za-z]+)*[ \t]+(?:target[ \t]+|userid=)?[\"']?"
    r"[A-Za-z0-9_$#]{1,30}/(?P<o>[^\s@/\"']{3,128})(?=@|[\s\"']|$)",
    # echo pw | sudo -S ..., echo pw | passwd --stdin user
    r"echo[ \t]+(?:-[ne]+[ \t]+)?(?:\"(?P<e1>[^\"\n]{1,128})\"|'(?P<e2>[^'\n]{1,128})'|(?P<e3>[^\s|;&'\"]{1,128}))"
    r"[ \t]*\|[ \t]*(?:sudo[ \t]+-S|(?:sudo[ \t]+)?passwd[ \t]+--stdin|[^\n|;&]{1,200}?--password-stdin)",
    # echo 'user:pw' | chpasswd
    r"echo[ \t]+(?:-[ne]+[ \t]+)?[\"']?[A-Za-z0-9_.\-]{1,32}:(?P<c1>[^\s:|;&'\"]{1,128})[\"']?"
    r"[ \t]*\|[ \t]*(?:sudo[ \t]+)?chpasswd",
    # mysqladmin -u root password 'new'
    r"mysqladmin(?![\w\-])[^\n|;&]{0,200}?[ \t]password[ \t]+(?:\"(?P<s1>[^\"\n]{1,128})\"|'(?P<s2>[^'\n]{1,128})')",
    # rabbitmqctl add_user name pw, net user name pw /add
    r"(?:rabbitmqctl[ \t]+(?:add_user|change_password)|net[ \t]+user)[ \t]+[^\s/]{1,64}[ \t]+"
    r"(?:\"(?P<r1>[^\"\n]{1,128})\"|'(?P<r2>[^'\n]{1,128})'|(?P<r3>[^\s*/\"'][^\s\"']{0,127}))(?=[ \t]+/|[ \t]*$)",
    # net use \\server\share /user:DOMAIN\name pw (a mapped drive with its password; * asks for it instead)
    r"net[ \t]+use[ \t]+(?:[A-Za-z]:[ \t]+)?[^\s]{1,256}[ \t]+/u(?:ser)?:[^\s]{1,128}[ \t]+"
    r"(?:\"(?P<n1>[^\"\n]{1,128})\"|(?P<n2>[^\s*/\"'][^\s\"']{0,127}))",
    # net use \\server\share pw /user:DOMAIN\name (the order Windows documents: the password before /user)
    r"net[ \t]+use[ \t]+(?:[A-Za-z]:[ \t]+)?\\\\[^\s]{1,256}[ \t]+"
    r"(?:\"(?P<n3>[^\"\n]{1,128})\"|(?P<n4>[^\s*/\"'][^\s\"']{0,127}))[ \t]+/u(?:ser)?:",
    # Samba tools: -U user%pw, --user=DOMAIN\\user%pw (the password after the '%')
    r"(?:smbclient|rpcclient|smbcacls|smbget|smbmap|smbtree)(?![\w\-])[^\n|;&]{0,200}?[ \t]"
    r"(?:-U|--user(?:name)?)(?:=|[ \t]*)[\"']?[^\s%\"'/]{1,64}%(?P<m1>[^\s\"']{1,128})",
    # smbclient //server/share password -U user (the password is the optional argument after the service)
    r"smbclient(?![\w\-])(?:[ \t]+-[A-Za-z][^\s/]*)*[ \t]+[\\/]{2}[^\s]{1,256}[ \t]+"
    r"(?:\"(?P<b1>[^\"\n]{1,128})\"|'(?P<b2>[^'\n]{1,128})'|(?P<b3>[^\s\-%\"'][^\s\"']{0,127}))",
    # wpa_passphrase SSID passphrase (prints the wpa_supplicant block for a network)
    r"wpa_passphrase[ \t]+(?:\"[^\"\n]{1,32}\"|'[^'\n]{1,32}'|[^\s\"']{1,32})[ \t]+"
    r"(?:\"(?P<w1>[^\"\n]{8,63})\"|'(?P<w2>[^'\n]{8,63})'|(?P<w3>[^\s\"'|;&]{8,63}))",
    # lftp -u user,pw host
    r"lftp(?![\w\-])[^\n|;&]{0,200}?[ \t]-u[ \t]+[\"']?[^\s,\"']{1,64},(?P<l1>[^\s\"']{1,128})",
)
"""Shell commands that take a password as a positional argument or through a pipe; read only on the lines
holding one of `_SHELL_WORDS`."""
_SHELL = r"(?<![\w\-])(?:" + "|".join(_SHELL_FORMS) + ")"
_XML = (r"(?i:<(?:[\w:.\-]*(?:password|passwd|pwd)|(?:[\w:.\-]*[_.:\-])?pass)>(?P<x1>[^<\n]{1,128})</"
        r"|(?:name|key)=[\"'][\w:.\-]*(?:password|passwd|pwd)[\"'](?:[ \t]+value=[\"'](?P<x2>[^\"'\n]{1,128})[\"']"
        r"|[^<>\n]{0,40}>(?P<x3>[^<\n]{1,128})<))")
"""XML configuration: `<password>…</password>` (Maven settings.xml), `<Pass>…</Pass>` and `<db_pass>` (FileZilla,
site exports), `<property name="connection.password">…<`
(Hibernate, Spring), `<add key="DbPassword" value="…"/>` (.NET appSettings). Read only on lines holding a
`password>` / `password"` style word, and only in text with a '<'."""
_XML_WORDS = ("password>", "passwd>", "pwd>", "pass>", "password\"", "password'", "pwd\"")
_SHELL_WORDS = ("rabbitmqctl", "net user", "net use ", "mysqladmin", "smb", "rpcclient", "lftp", "wpa_passphrase")
_SHELL_SLASH_WORDS = ("sqlplus", "expdp", "impdp", "rman", "sqlldr")
_SHELL_PIPE_WORDS = ("sudo -s", "--stdin", "-password-stdin", "chpasswd")
"""Looked for only when the text holds a '/' (user/password) or a '|' (a pipe) at all."""
_LIT = r"(?:\"(?P<q1>[^\"\n]{1,128})\"|'(?P<q2>[^'\n]{1,128})')"
_ARG = r"(?:\"[^\"\n]{0,128}\"|'[^'\n]{0,128}'|[^,()\"'\n]{1,80})[ \t]*,[ \t]*(?:\r?\n[ \t]*)?"
_CALL_THIRD = (r"(?:mysqli|mysqli_connect|mysql_p?connect|PDO|getConnection|MySQLdb\.connect|pymssql\.connect|"
               r"odbc_connect|sqlsrv_connect)")
_CALL_SECOND = (r"(?:login|HTTPBasicAuth|HTTPDigestAuth|BasicAuth|NetworkCredential|PasswordAuthentication|SMBConnection|"
                r"[Ss]etBasicAuth|simple_bind(?:_s)?|bind_s|"
                r"cx_Oracle\.connect|oracledb\.connect|oci_p?connect|auth[ \t]*=[ \t]*)")
"""Calls whose positional arguments are (host, user, password, ...) or (user, password, ...): the password is
the third or second argument, taken only when it is a string literal (a variable name is no secret)."""
_PAIR = (r"(?:账号|帳號|账户|帳戶|用户名|用戶名|账密|登录|登錄|(?i:login|credentials?|creds|user(?:name)?))[^\n:：]{0,20}"
         r"(?:[:：]|(?<=密码)|(?<=密碼)|(?<=口令)|(?<=(?i:pass))|(?<=(?i:word))|(?<=(?i:pwd)))"
         r"[ \t]*[A-Za-z0-9_.@\-]{1,64}[ \t]*/[ \t]*(?P<u>[!#-&(-.0-~]{3,64})(?![!-~])")
"""`账号：readonly / R3ad0nly_db`: a user and a password after an account label, split by a slash; the colon may
be left out after a label that names the password too (`用户名/密码 admin/Adm1n#26`)."""
_COLON_PAIR = (r"(?:(?i:login|log[ \t]+in|sign[ \t]+in|creds|credentials?)|账号|帐号|帳號|用户名|用戶名|登录|登錄)"
               r"(?:[ \t]+(?i:with|as|using|via|is|are)|[ \t]*[:：=]|[ \t]*[是为用])?[ \t]*"
               r"(?P<cu>[A-Za-z][A-Za-z0-9_\-]{0,31}):(?P<cv>[!-~]{6,64})")
"""`login with admin:Xk9#mP2q`, `creds: root:T0mcat!26`, `账号 admin:Adm1n#26`: user and password joined by a colon
after a word for signing in (the value must be a strong password: `login: 10:30`, `login as user:group` are not)."""
_ZH_GAP_NOT = re.compile(r"示例|例如|比如|格式|规则|規則|要求|长度|長度|策略|强度|強度|位数|位數|有效期|复杂|複雜|错误|錯誤|次数|次數|"
                         r"字段|提示|忘记|忘記|找回|重置链接|明文|哈希|加密")
"""Words between 密码 and its colon that make the colon introduce a rule, an example or a field, not the value."""
_ENV_PAIR = (r"(?i:name)[\"']?[ \t]*[:=][ \t]*[\"']?[A-Za-z0-9_.\-]*(?i:password|passwd|pwd)[A-Za-z0-9_.\-]*[\"']?"
             r"[ \t]*(?:,[ \t]*|\r?\n[ \t]*)[\"']?(?i:value)[\"']?[ \t]*[:=][ \t]*" + _PW_VALUE)
"""A name / value pair naming a password: Kubernetes and Compose `- name: DB_PASSWORD` then `value: …`, ECS and
Terraform `{"name": "DB_PASSWORD", "value": "…"}`. Anchored at each `name`."""
_FOREIGN_WORDS = ("kennwort", "passwort", "wachtwoord", "mot de passe", "contrase", "senha", "parola d", "пароль",
                  "パスワード", "暗証番号", "비밀번호", "암호")
"""The word for password in German, Dutch, French, Spanish, Portuguese, Italian, Russian, Japanese and Korean
(lower-cased: where `foreign` is tried; each word is one more search of the text, so the list stays short)."""
_FOREIGN = (r"(?:(?i:kennwort|passwort|wachtwoord|mot[ \t]+de[ \t]+passe|contrase[ñn]a|senha|parola[ \t]+d['’]ordine|"
            r"пароль)|パスワード|暗証番号|비밀번호|암호)"
            r"(?:(?P<fdash>[ \t]+[–—\-][ \t]+)|(?P<fgap>[^\n:：=0-9]{1,40}?)?(?:(?P<fcolon>[ \t]*[:：=][ \t]*)|"
            r"[ \t]+(?i:lautet|ist|est|es|é|è|era|war|is|este|jest|er|är)[ \t]+|(?:は|が|는|은|이|가)[ \t]*)"
            r"|(?P<fsp>[ \t]+))")
"""A password word in another language, then its value: after a colon or a dash (`Kennwort: …`, `Passwort – …`),
after a copula with a few words between (`Passwort für VPN lautet: …`, `la contraseña del wifi es …`,
`仮パスワードは … です`, `임시 비밀번호는 … 입니다`; those words hold no digit, so a value is never read as one), or
right after the word when the value is a strong password (`mit dem Kennwort … ging es`)."""
_FOREIGN_GAP_NOT = re.compile(r"(?i)muss|doit|debe|deve|must|mindestens|moins|m[íi]nimo|zeichen|caract|문자|文字|"
                              r"vergessen|oubli|olvid|esquec|example|beispiel|exemple|ejemplo|exemplo|esempio|例")
"""Words between the password word and its colon that make the colon introduce a rule or an example."""
_PIN = (r"(?:(?<![A-Za-z])(?:PIN|Pin)(?:[ \t]*(?:码|碼|号|號))?|(?i:(?<=door )|(?<=access )|(?<=entry )|(?<=gate )|"
        r"(?<=alarm )|(?<=keypad )|(?<=safe ))(?i:code)"
        r"(?:[ \t]+(?:for|to|of)[ \t]+[^\n:：]{1,40}?)?)"
        r"(?:[ \t]*[:：=][ \t]*|[ \t]*(?:是|为|為)[ \t]*|[ \t]+is[ \t]+)(?P<v>\d{4,8})(?![\d,:/\-]|\.\d)")
"""A PIN (`SIM PIN: 4821`, `银行卡 PIN 码：460333`) or a door / alarm / safe code: four to eight digits right after
it. Not `PIN code` in English (a postal code in India), not a count (`PIN 码输错 3 次`)."""
_RESET = (r"(?:(?i:reset)|重置|改密)(?:[^\n]{0,24}?(?:(?<![A-Za-z])(?i:to)(?![A-Za-z])|成|(?<![更换換])为|為|"
          r"新的?(?:是|为|為)|新的?[:：]|(?<=[ \t])新(?=[ \t]))|[^\n]{0,100}?(?i:the[ \t]+new[ \t]+one[ \t]+is))"
          r"[ \t]*[:：]?[ \t]*" )
"""A reset told in passing: `I've reset it to …`, `重置成 … 了`, `reset 好了 新的是 …`, `改密记录：旧 ****** 新 …`;
the value must be a strong password (letters, digits, a symbol or both cases) or a Chinese word with digits."""
_RESPECTIVELY = r"(?:分别|分別)(?:是|为|為)[ \t]*[:：]?[ \t]*"
"""`DB_PASS 和 REDIS_PASS 分别是 A 和 B`: the first value (the second is a sibling after 和); only when a password
name or word stands before it on the line (`_respectively_value`)."""
_EMOJI_KEY = r"🔑\ufe0f?[ \t]*[:：]?[ \t]*"
"""`📶 Office-5G` then `🔑 …`: the key emoji as the label of a password in chat."""
_TRIGGERS: dict[str, tuple[str, ...]] = {
    "kv": ("pass", "pwd", "pw", "p/w", "psk", "rediscli_auth"),
    "zh": ("密码", "密碼", "口令", "パスワード", "비밀번호"), "mysql": ("-p",),
}
"""Scanned patterns: words one of which must occur (in the lower-cased text) before the pattern runs at all."""
_KV_STARTS = ("pass", "pw", "p/w", "psk", "rediscli_auth")
"""Where a `kv` match can start (every `_PW_KEY` word begins with one of these): tried only there, found by
`str.find`, the same matches as a scan, which `re` cannot speed up (p and r are everywhere in prose)."""
_LINE_WORDS: dict[str, tuple[str, ...]] = {
    "cli_flag": ("-pass", "-pwd"), "tool_pass": ("-pass", "storepass", "keypass"),
    "redis_conf": ("requirepass", "masterauth", "auth_pass"), "redis_auth": ("auth ",), "rclone": ("rclone",),
}
"""Patterns that start with a look-behind (which switches off `re`'s skip-ahead): read only on the lines holding
one of these words (lower-cased)."""
_LOGIN_WORDS = ("login", "log in", "sign in", "cred", "账号", "用户名", "登录")
"""Where `colon_pair` and `pair_login_before` are tried (and, before its word, `pair_login`): each word's positions
are found once per text for all of them (`Positions`); every word is one more pass over the text."""
_ANCHORS: dict[str, tuple[str, ...]] = {
    "curl_user": ("curl", "wget", "http"),
    "call": ("connect", "auth", "login", "mysqli", "pdo", "credential", "bind"),
    "pair": ("login", "credential", "creds"),
    "pair_login_before": _LOGIN_WORDS,
    "colon_pair": _LOGIN_WORDS,
    "netrc": ("login",),
    "sql": ("identified", "password '", "password \"", "set password", "password = n'", "password=n'"),
    "sql_bare": ("identified",),
    "pwsh": ("convertto-securestring",),
    "wifi_qr": ("wifi:",),
    "wifi_key": ("wi-fi", "wifi", "wlan", "wpa", "ssid", "无线", "無線", "network security key", "网络安全密钥", "網路安全性金鑰"),
    "env_pair": ("name",),
    "foreign": _FOREIGN_WORDS,
    "pin": ("pin", "code"),
    "reset": ("reset", "重置", "改密"),
    "respectively": ("分别", "分別"),
    "emoji_key": ("🔑",),
}
"""Anchored patterns: tried only where `str.find` sees one of these words (C speed) instead of scanned from
every position of the text (alternations of words and leading look-behinds switch off `re`'s own skip-ahead;
scanned, these patterns cost more than all the rest). A call is tried from the start of the dotted name around
its word (DriverManager.getConnection: at DriverManager and at getConnection)."""
_PAIR_WORDS = re.compile(r"账号|帳號|账户|帳戶|用户名|用戶名|账密|登录|登錄")
"""The Chinese account labels, as one pattern: their first characters are rare, so `re` skips ahead in C."""
_CLI_FLAGS = (" -p", " -a", " -P", " -w", " /p:", " /rp", " /RP", " -A", " -X", " -hp")
"""The password flags of `_CLI_TOOLS`: a tool's command line is read only around one of them."""
_NAME_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_$.")


class Positions(dict[str, list[int]]):
    """Where each word occurs in one lower-cased text, found once (`str.find`) however many patterns ask."""

    def __init__(self, lowered: str) -> None:
        super().__init__()
        self.lowered = lowered

    def word(self, w: str) -> list[int]:
        if w not in self:
            self[w] = word_positions(self.lowered, (w,))
        return self[w]

    def of(self, words: tuple[str, ...]) -> list[int]:
        """Sorted positions of any of `words` (what `word_positions` returns)."""
        if len(words) == 1:
            return self.word(words[0])
        return sorted(p for w in words for p in self.word(w))


def call_starts(text: str, lowered: str, words: tuple[str, ...]) -> list[int]:
    """Start of the dotted name around each word, and of each part after a dot in it."""
    out: set[int] = set()
    for at in word_positions(lowered, words):
        s = at
        while s > 0 and at - s < 64 and text[s - 1] in _NAME_CHARS:
            s -= 1
        out.add(s)
        dot = text.find(".", s, at)
        while dot >= 0:
            out.add(dot + 1)
            dot = text.find(".", dot + 1, at)
    return sorted(out)


def cli_lines(text: str) -> list[int]:
    """Starts of the lines holding a password flag (a command line worth reading)."""
    return lines_with(text, _CLI_FLAGS)


def lines_with(text: str, words: tuple[str, ...]) -> list[int]:
    """Starts of the lines of `text` holding one of `words`."""
    out: set[int] = set()
    for w in words:
        at = substring.find(text, w) if substring.chars_in(text, w) else -1
        while at >= 0:
            start = text.rfind("\n", 0, at) + 1
            out.add(start)
            end = text.find("\n", at)
            at = substring.find(text, w, end) if end >= 0 else -1  # the rest of this line is read anyway
    return sorted(out)


def word_positions(lowered: str, words: tuple[str, ...]) -> list[int]:
    """Sorted start positions of every occurrence of any of `words` in `lowered`."""
    out: list[int] = []
    for w in words:
        out.extend(substring.occurrences(lowered, w))
    out.sort()
    return out


def anchored(rx: re.Pattern[str], text: str, positions: list[int]) -> list[re.Match[str]]:
    """Non-overlapping matches of `rx` starting exactly at one of `positions`."""
    out: list[re.Match[str]] = []
    done = -1
    for at in positions:
        if at < done:
            continue
        m = rx.match(text, at)
        if m is not None:
            out.append(m)
            done = m.end()
    return out


_SCHEME_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+.-")


def scheme_starts(text: str) -> list[int]:
    """Where the scheme of every `scheme://` in `text` starts (walking left from the '://', at most 40)."""
    out: list[int] = []
    at = text.find("://")
    while at > 0:
        s = at
        while s > 0 and at - s < 40 and text[s - 1] in _SCHEME_CHARS:
            s -= 1
        out.append(s)
        at = text.find("://", at + 3)
    return out


_PW_WORDS = re.compile(r"password|passwd|pwd|密码|密碼|口令")
_PW_NAMES = re.compile(r"password|passwd|pwd|pass(?![a-z])|(?<![a-z])pw(?![a-z])|密码|密碼|口令")
"""A password word or a name ending in one (`REDIS_PASS`, `db_pw`), lower-cased."""
_SPACED_GATE = re.compile(r" [!-~] [!-~] [!-~] [!-~] ")
"""Four single characters one space apart: rare in any text, and starting with a space `re` skips to in C."""
_LABEL_RIGHT_BEFORE = re.compile(r"(?:password|passwd|pwd|密码|密碼|口令)[ \t]*(?:是|为|為|[:：=])?[ \t]*$")
_SPACED_PW = re.compile(r"(?<![!-9;<>-~])[!-~](?: [!-~]){5,}(?![!-~])")
"""A password written one character at a time (K 7 # m Q 2 ! x), looked for just after a password word; it may
follow a colon or '=' directly (A：K 7 # ...)."""


class PasswordRecognizer(ViewRecognizer):
    """The value of a password: key=value (also `PGPASSWORD=`, `password is ...`), "password": "...", 密码：...,
    command lines (mysql -p..., docker login -p, sshpass -p, redis-cli -a, curl -u user:pw, --db-password ...),
    string literals passed as the password argument of connect / login calls, `账号：user / pw`, user:PASS@ in
    URIs (the password may hold '@'; the user may be empty, `redis://:pw@host`), and a password spaced out one
    character at a time right after a password word.

    Also HTTP Basic credentials (`Authorization: Basic <base64 of user:password>`): the whole token, since the
    password cannot be cut out of it; reported as API_KEY when the pair holds a vendor key (Stripe-style
    `sk_live_...:`), as PASSWORD otherwise, and not at all for placeholders (`user:password`,
    `admin:changeme`).
    """

    def __init__(self) -> None:
        super().__init__("PASSWORD", patterns(
            ("kv", _PW_KEY + r"(?:(?:\*\*|__)?\\?(?:[\"'`]\]|[\"'`])?[ \t]*(?:=>|:=|[:=：])(?:\*\*|__)?[ \t]*|"
             r"[\"'][ \t]*,[ \t]*(?=[\"'])|(?P<prose>['’]s[ \t]+|[ \t]+(?:for[ \t]+[^\s:=]{1,40}"
             r"(?:[ \t]+[^\s:=]{1,40}){0,3}(?:[ \t]*[:：][ \t]*|[ \t]+" + _PW_VERB + r"[ \t]+)|"
             r"(?:on|of|at)[ \t]+[^\s:=]{1,40}(?:[ \t]+[^\s:=]{1,40}){0,3}[ \t]+is[ \t]+|" + _PW_VERB
             + r"[ \t]+)|(?P<dots>(?:[ \t]*\.){3,}[ \t]+)|[ \t]*[是为為][ \t]*)|(?P<sp>[ \t]+))" + _PW_VALUE, 0.85),
            ("zh", r"(?:密码|密碼|口令|登录密码|支付密码|パスワード|비밀번호)[】\]]?(?:\*\*)?"
             r"(?:(?:都|也|还|還|就|均|仍|统一|統一|默认|默認|一直|始终|始終)?(?:是|为|為|爲)|如下|[\"'”](?=[ \t]*[:：=])|(?:发|發|给|給)(?:你|您)了?|"
             r"要么是?|要麼是?|可能是|从|從|"
             r"(?:我|已经|已|刚|剛|先|暂时|暫時|现在|現在)?(?:帮你|幫你|给你|給你|帮您|幫您|给您|給您)?(?:已|被)?(?:(?:改成|改为|改為|设为|設為|设置为|设成|"
             r"重置为|重置成|换成|更新为)了?|用)|(?P<gap>(?:[^\x21-\x7e\n：，。；！？]|[()]|[（(][^\n（）()：:]{1,16}[）)]){1,8}(?=[:：])))?"
             r"\s*[:：=]?(?:\*\*)?\s*"
             + _PW_VALUE, 0.85),
            ("mysql", r"(?:mysql|mysqldump|mysqladmin|mycli)\b[^\n]*?\s-p(?:'(?P<q2>[^'\n]{1,128})'"
             r"|\"(?P<q1>[^\"\n]{1,128})\"|(?P<v>[!#-&(-,.-~][!#-&(-~]{0,127}))", 0.85),
            ("cli_flag", r"(?<![\w\-])--?(?!no-)(?:[a-z0-9]+-)*(?:password|passwd|passphrase|pass|pwd)(?:=|[ \t]+)" + _CLI_VALUE,
             0.85),
            ("cli_tool", _CLI_TOOL, 0.85),
            ("curl_user", r"(?<![\w\-])(?:(?:curl|wget)(?![\w\-])[^\n|;&]{0,200}?[ \t](?:-u|--user)|"
             r"https?(?![\w\-:/.])[^\n|;&]{0,200}?[ \t](?:-a|--auth))[ \t]*[\"']?"
             r"[^\s:\"'/]{1,64}:(?P<v>[^\s\"']{1,128})", 0.85),
            ("tool_pass", r"(?<![\w\-])-(?:pass(?:in|out|word)?[ \t]+[\"']?pass:(?P<v>[^\s\"']{1,128})|"
             r"(?:src|dest|new)?(?:store|key)pass[ \t]+" + _CLI_VALUE + ")", 0.85),
            ("call", r"(?<![\w$])(?:" + _CALL_THIRD + r"[ \t]*\([ \t]*(?:\r?\n[ \t]*)?" + _ARG + _ARG + "|"
             + _CALL_SECOND + r"[ \t]*\([ \t]*(?:\r?\n[ \t]*)?" + _ARG + ")" + _LIT, 0.8),
            ("pair", _PAIR, 0.8),
            ("shell", _SHELL, 0.85),
            ("xml", _XML, 0.85),
            ("uri", r"[A-Za-z][A-Za-z0-9+.\-]{1,30}://[^\s:/@\"'<>]{0,64}:"
             r"(?P<v>[!#-&(-.0-;=?-~\u00c0-\u024f\u4e00-\u9fff]{1,128})@", 0.85),
            ("redis_conf", r"(?<![\w\-])-{0,2}(?i:requirepass|masterauth|auth_pass)[ \t]+" + _CLI_VALUE, 0.85),
            ("netrc", r"(?<![\w\-])login[ \t]+[^\s]{1,128}(?:[ \t]+|[ \t]*\r?\n[ \t]*)password[ \t]+"
             r"(?P<u>[!#-&(-~]{1,128})", 0.85),
            # SQL: IDENTIFIED BY '…' (MySQL, Oracle), [WITH] PASSWORD '…' (PostgreSQL), SET PASSWORD … = '…'; also a
            # quoted value right after the word password in prose ("the password 'K7#mQ2' expired")
            ("sql", r"(?i:identified[ \t]+(?:with[ \t]+\w+[ \t]+)?by|(?<![A-Za-z_])password(?:[ \t]*=[ \t]*n(?=['\"]))?"
             r"|set[ \t]+password[ \t]+(?:for[ \t]+[^=\n]{1,80})?=(?:[ \t]*password[ \t]*\()?)[ \t]*" + _LIT, 0.85),
            # Oracle: IDENTIFIED BY Welcome1 (no quotes); not VALUES '<hash>', a bind (:pw) or a variable name
            ("sql_bare", r"(?i:identified[ \t]+by)[ \t]+(?!(?i:values|password)(?![\w$#]))"
             r"(?P<u>[A-Za-z0-9_][^\s;'\"]{2,127})", 0.8),
            ("env_pair", _ENV_PAIR, 0.85),
            ("colon_pair", _COLON_PAIR, 0.8),
            # `用 root / K7#mQ2xz 登录`, `log in with admin / K7#mQ2xz`
            ("pair_login_before", r"(?:登录|登陆|登入|(?i:login|log[ \t]+in|sign[ \t]+in))[^\n:：/]{0,12}?[ \t]"
             r"[A-Za-z][A-Za-z0-9_.\-]{0,31}[ \t]*/[ \t]*(?P<v>[!-~]{6,64})(?![!-~])", 0.8),
            ("redis_auth", r"(?<![^\n>])[ \t]*(?:AUTH|auth)[ \t]+(?:[A-Za-z0-9_\-]{1,32}[ \t]+)?(?P<v>[^\s\"']{3,128})"
             r"[ \t]*(?=\r?\n|$)", 0.8),
            # the key of a wireless network is its password: `Wi-Fi 密钥 K7mQ2xzT`, `WLAN key: K7mQ2xzT`
            ("wifi_key", r"(?:(?i:wi-?fi|wlan|wpa2?(?:-psk)?|ssid|无线(?:网络?)?|無線(?:網路)?)(?:[^\n:：]{0,40}?[ \t，,、])?[ \t]*"
             r"(?:密钥|密鑰|(?i:key|passphrase))|(?i:network[ \t]+security[ \t]+key)|网络安全密钥|網路安全性金鑰)"
             r"[ \t]*(?:是|为|為)?[ \t]*[:：=]?[ \t]*" + _PW_VALUE, 0.85),
            # rclone takes a remote's settings as `key value` words (`config create nas sftp … pass 88213344`), and
            # `rclone obscure <password>` prints the obscured form of a plain one
            ("rclone", r"rclone[ \t]+(?:config[ \t]+(?:create|update)[ \t][^\n]*?[ \t](?:pass|password)[ \t]+|obscure[ \t]+)"
             + _CLI_VALUE, 0.85),
            # a Wi-Fi QR code's payload: WIFI:T:WPA;S:<ssid>;P:<password>;; (fields in any order, `\;` escapes)
            ("wifi_qr", r"(?i:wifi):(?:[A-Za-z]{1,3}:(?:\\.|[^;\\\n]){0,64};){0,6}?P:"
             r"(?P<v>(?:\\.|[^;\\\n]){1,63})(?=;)", 0.85),
            ("pwsh", r"(?i:convertto-securestring)[ \t]+(?:(?P<plain>-(?i:asplaintext)[ \t]+)?(?:-(?i:string)[ \t]+)?"
             + _LIT + r"(?(plain)|[ \t]+-(?i:asplaintext)))", 0.85),
            ("foreign", _FOREIGN + _PW_VALUE, 0.85),
            ("pin", _PIN, 0.8),
            ("reset", _RESET + _PW_VALUE, 0.8),
            ("respectively", _RESPECTIVELY + _PW_VALUE, 0.8),
            ("emoji_key", _EMOJI_KEY + _PW_VALUE, 0.8),
        ), context=[])

    def active_patterns(self, text: str) -> list[tuple[re.Pattern[str], float, str]]:
        """The scanned patterns one of whose trigger words occurs in `text` (lower-cased by the caller)."""
        return [c for c in self._compiled if c[2] in _TRIGGERS and any(w in text for w in _TRIGGERS[c[2]])]

    def _matches(self, text: str, lowered: str, kv_positions: list[int],
                 found: Positions) -> list[tuple[re.Match[str], float, str]]:
        """Every pattern's matches: scanned ones over the text, anchored ones only at their words (`kv` at
        `kv_positions`)."""
        out = [(m, score, pname) for rx, score, pname in self.active_patterns(lowered)
               for m in (anchored(rx, lowered, kv_positions) if pname == "kv" else rx.finditer(text))]
        code = "(" in text and ('"' in text or "'" in text)  # a call with a string literal is possible
        slash, pipe = "/" in text, "|" in text
        for rx, score, pname in self._compiled:
            if pname == "call":
                if not code:
                    continue
                starts = call_starts(text, lowered, _ANCHORS[pname])
            elif pname == "pair":
                if not slash:
                    continue
                starts = sorted([m.start() for m in _PAIR_WORDS.finditer(text)]
                                + word_positions(lowered, _ANCHORS[pname]))
            elif pname in _ANCHORS:
                if pname == "pair_login_before" and not slash or pname == "colon_pair" and ":" not in text:
                    continue  # the pair's '/', the user:password colon
                starts = found.of(_ANCHORS[pname])
            elif pname == "uri":
                starts = scheme_starts(text)
            elif pname in ("cli_tool", "shell", "xml") or pname in _LINE_WORDS:
                if pname == "xml":
                    lines = lines_with(lowered, _XML_WORDS) if "<" in text else []
                elif pname == "cli_tool":
                    lines = cli_lines(text) if " -" in text or " /" in text else []
                elif pname == "shell":
                    words = _SHELL_WORDS + (_SHELL_SLASH_WORDS if slash else ()) + (_SHELL_PIPE_WORDS if pipe else ())
                    lines = lines_with(lowered, words)
                else:
                    lines = lines_with(lowered, _LINE_WORDS[pname])
                out.extend((m, score, pname) for line in lines for m in rx.finditer(text, line, _line_end(text, line)))
                continue
            else:
                continue
            out.extend((m, score, pname) for m in anchored(rx, text, starts))
        return out

    def match_view(self, view: View) -> list[Hit]:
        """Like the base, but the value is whichever value group matched (quoted or bare)."""
        text = view.text
        lowered = view.lower()  # the text itself when lower-casing changes a length
        hits: list[Hit] = _basic_hits(view, str(self.name)) + _docker_auth_hits(view, str(self.name))
        found = Positions(lowered)
        kv_positions = found.of(_KV_STARTS) if any(w in lowered for w in _TRIGGERS["kv"]) else []
        for m, score, pname in self._matches(text, lowered, kv_positions, found):
            hit = self._hit(view, m, score, pname)
            if hit is not None:
                hits.append(hit)
        hits.extend(self._spaced(view, lowered))
        if "\n" in text:
            hits.extend(_next_line_passwords(view, lowered, kv_positions, str(self.name)))
        hits.extend(_pgpass_hits(view, str(self.name)))
        hits.extend(_fallback_hits(view, str(self.name)))
        if "\n" in text and ("钥" in text or "鑰" in text):
            hits.extend(_network_key_hits(view, str(self.name)))
        if "secret" in lowered or "credential" in lowered:
            hits.extend(_credentials_block_hits(view, lowered, str(self.name)))
        if kv_positions and (": |" in text or ": >" in text):
            hits.extend(_yaml_block_hits(view, lowered, kv_positions, str(self.name)))
        hits.extend(_user_pass_lines(view, lowered, str(self.name)))
        hits.extend(_before_word_hits(view, found, kv_positions, str(self.name)))
        if "htpasswd" in lowered:
            hits.extend(_htpasswd_hits(view, str(self.name)))
        if "\n" in text:
            table_at = found.of(_TABLE_WORDS) if kv_positions or any(w in lowered for w in _TRIGGERS["zh"]) \
                or any(w in lowered for w in _TABLE_WORDS_BEYOND) else []
            if table_at:
                hits.extend(_table_hits(view, table_at, str(self.name)))
        if "send" in lowered and "expect" in lowered:
            hits.extend(_expect_hits(view, lowered, str(self.name)))
        if "/" in text:
            hits.extend(_list_pair_hits(view, lowered, str(self.name)))
        hits.extend(_admin_pair_hits(view, lowered, str(self.name)))
        hits.extend(_bare_pair_hits(view, lowered, str(self.name)))
        hits.extend(_userinfo_hits(view, str(self.name)))
        if kv_positions or any(w in lowered for w in _TRIGGERS["zh"]):
            hits.extend(_gap_hits(view, found, kv_positions, str(self.name)))
        if kv_positions and "password " in lowered or "secret " in lowered:
            hits.extend(_netdev_hits(view, lowered, str(self.name)))
        if "values" in lowered and ("insert" in lowered or "replace" in lowered) and ("pass" in lowered or "pwd" in lowered):
            hits.extend(_insert_hits(view, str(self.name)))
        if "\n" in text:
            words = found.of(_GAP_WORDS) + [p for p in kv_positions if lowered.startswith(_ANSWER_KEYS, p)]
            if words:
                hits.extend(_answer_hits(view, lowered, sorted(words), str(self.name)))
        if hits:
            hits.extend(_sibling_hits(view.original, hits, str(self.name)))
        return hits

    def _hit(self, view: View, m: re.Match[str], score: float, pname: str) -> Hit | None:
        """The finding for one pattern match, or None when its value is no password."""
        text = view.text
        for g in ("v", "jq", "q1", "q2", "bq", "u", "cq", "o", "e1", "e2", "e3", "r1", "r2", "r3", "x1", "x2", "x3",
                  "n1", "n2", "n3", "n4", "s1", "s2", "c1", "m1", "l1", "w1", "w2", "w3", "b1", "b2", "b3", "cv", "zv",
                  "zd", "zm"):
            if g in m.re.groupindex and m.group(g) is not None:
                s, e = m.span(g)
                break
        else:
            return None
        if pname == "kv" and (not _keyword_boundary(text, m.start()) or _about_the_password(text, m.start())):
            return None  # min_password_length=8, password_sha256: "...", POSTGRES_PASSWORD_FILE: a setting about it
        if pname == "kv" and "," in text[m.start():s] and (not _password_shape(text[s:e]) or " " in text[s:e]):
            return None  # getParameter("password", "default"), a CSV header "Password","Web Site": a literal after
            # the key's name is a value only if shaped, and one token
        if pname == "kv" and g not in ("q1", "q2", "jq") and "]" in text[m.start():s]:
            return None  # $cfg['password'] = $pass: an array element is set from a variable, only a literal is a value
        if pname == "zh" and (_ACCOUNT_SLASH.search(text, max(0, m.start() - 8), m.start())
                              or "/" in text[s:e] and _ACCOUNT_JOINED.search(text, max(0, m.start() - 6), m.start())):
            return None  # 账号/密码：admin / pw - the first value is the account (the pair pattern reads the password)
        if pname == "zh" and g == "u" and _ACCOUNT_JOINED.search(text, max(0, m.start() - 6), m.start()) \
                and not _CJK.search(text, m.start() + 2, s):  # no verb (账号密码都是 X: X is both)
            second = _SECOND_TOKEN.match(text, e)
            if second is None:
                return None  # 账号密码：root (one token after a joined label: the account, or both, unclear)
            s, e = second.span("v")  # 账号密码：root K7#mQ2xz - the account, then the password
        if pname == "zh" and text[max(0, m.start() - 2):m.start()] in ("动态", "動態"):
            return None  # 动态口令 / 动态密码: a one-time code from a token or an app, not a password
        if pname == "foreign" and not _foreign_value(m, text[s:e]):
            return None
        if pname == "reset" and not _reset_value(text[s:e].rstrip(",;.)]}:")):
            return None
        if pname == "respectively" and (not _password_shape(text[s:e]) or _PW_NAMES.search(
                text[text.rfind("\n", 0, m.start()) + 1:m.start()].lower()) is None):
            return None  # 两个数字分别是 3 和 5: only values of things named as passwords
        if pname == "emoji_key" and not _password_shape(text[s:e]):
            return None
        if pname == "redis_conf" and text[text.rfind("\n", 0, m.start()) + 1:m.start()].lstrip().startswith("#"):
            return None  # "# requirepass foobared": the configuration file's commented-out example
        if pname == "kv" and m.group("dots") is not None and not _password_shape(text[s:e]):
            return None  # `Password . . . . <value>` (a form letter's dot leaders): only a value shaped like one
        if pname == "kv" and m.group("prose") is not None:
            pname, score = "prose", 0.8
        elif pname == "kv" and m.group("sp") is not None:
            word = text[m.start():m.start("sp")].lower()
            env = _DOCKER_ENV.match(text, text.rfind("\n", 0, m.start()) + 1, m.start()) is not None
            if not env and (word not in _SPACE_KEYS or (m.start() > 0 and (text[m.start() - 1].isalnum()
                                                                           or text[m.start() - 1] in "_-.$"))):
                return None  # a word of its own: not `...UspPW4gin...` in a token, `reason=bad_password [...]`
            value = text[s:e].rstrip(",;.)]}:")
            shaped = _password_shape(value) if word == "p/w" else _strong_password(value)
            if g not in ("u", "bq") and not (env and g in ("q1", "q2")) or value[:1] in "[({<" or "=" in value \
                    or _SNAKE.fullmatch(value) or not shaped:
                return None  # `password reset`, `password VARCHAR(64)`: only a value no word looks like
            score = 0.8
        value = text[s:e]
        if g == "u" and pname == "kv" and m.start() > 0 and text[m.start() - 1] in "?&;,":
            cut = value.find({"?": "&", "&": "&", ";": ";", ",": ","}[text[m.start() - 1]])
            if cut > 0:  # ?user=app&password=pw&useSSL=false, ;user=app;password=pw;encrypt=false,
                # -o username=app,password=pw,uid=1000 (mount options): the next key
                e, value = s + cut, value[:cut]
        if g == "u" and value.endswith("&&") and len(value) > 4:
            e, value = e - 2, value[:-2]  # set PGPASSWORD=pw&& psql ...: cmd.exe runs the next command
        if g in ("u", "e3", "r3", "n2", "n4", "cv"):
            stripped = value.rstrip(",;.)]}:")
            e -= len(value) - len(stripped)
            value = stripped
        if g == "zv" and value[0] in "见詳详参參同请請如按用" or g == "zd" and not _zh_password(value):
            return None  # 密码：见附件#2, 请输入…, 工号1234: a pointer or an instruction, not a value
        if "://" in value or pname == "curl_user" and _CJK.match(value):
            return None  # `-u USERNAME:PASSWORD https://…`: a URL is no password; `-u 用户名:密码` in prose
        if not value or is_placeholder(value) or len(value) < 3 or _code_value(value) or _HASH_VALUE.match(value):
            return None  # a placeholder, code reading the password, or a stored hash of it ($2b$12$..., {SSHA}...)
        if pname == "zh" and "\n" in text[m.start():s] and ("=" in value or value[-1] in ":："):
            return None  # 密码 at a line's end, then `login.password.error=` on the next: a key, not the value
        if pname == "zh" and "\n" in text[m.start():s] and any(
                d in text[text.rfind("\n", 0, m.start()) + 1:m.start()] for d in ("\t", "|", ",", "，")):
            return None  # 主机<TAB>用户<TAB>密码, then a row: a table's header (its column is read by `_table_hits`)
        if pname == "cli_flag" and g == "u" and value.isalpha() and _PROSE_AFTER.match(text, e):
            return None  # "Using --password via the CLI is insecure": a sentence about the flag
        if pname == "zh" and m.group("gap") is not None and (_ZH_GAP_NOT.search(m.group("gap"))
                                                             or not _password_shape(value)):
            return None  # 密码长度至少：8位, 密码示例：Abc@1234; but 密码（区分大小写）：K7#mQ2xz, 密码发群里了：...
        if pname == "colon_pair" and ("/" in value or not _strong_password(value.rstrip(".,;)"))):
            return None  # login at db.internal:5432/crm, login as user:group
        if pname == "pair_login_before" and (
                not _strong_password(value) or "/" in value or _VERSION_LIKE.fullmatch(value)):
            return None  # only a value no word or path looks like: `use v1.2 as the baseline`, `src/main login`
        if pname == "redis_auth" and (not _password_shape(value) or _NAMED_PASSWORD.fullmatch(value)):
            return None  # "auth failed", `AUTH $REDIS_PASSWORD`: only a value shaped like a password
        if pname == "sql_bare" and (_IDENT.fullmatch(value) and not any(c.isdigit() for c in value)
                                    or not _password_shape(value)):
            return None  # IDENTIFIED BY p_new_pwd (a PL/SQL variable), IDENTIFIED BY oracle (too weak to tell)
        if value[0].isspace() or value[-1].isspace():
            return None  # `"password for %s: " % (user, host)`: the quotes close one string and open the next
        if g == "u" and pname == "kv" and _code_or_prose(text, m.start(), value, e):
            return None
        if _FORMAT_ONLY.fullmatch(value) or _NAMED_PASSWORD.fullmatch(value) or _TEMPLATE_FIELD.match(value) \
                or _CJK_LABEL.fullmatch(value):
            return None  # '%s:%s' % (user, pw); "challengePassword", "new_password": a name, not a value
        if pname in ("kv", "zh") and _ABS_PATH.fullmatch(value) or g == "u" and pname == "kv" and value in _NSS_SOURCES:
            return None  # PWD=/opt/app (the working directory), "修改密码": "/user/pwd" (a route), nsswitch's passwd: files
        if g == "u" and _YAML_TAG.fullmatch(value):
            return None  # `db_password: !vault |`: a YAML tag (Ansible Vault, !Ref, !secret) says where it comes from
        if value.startswith(("$(", "${", "`")) or _PARENTHETICAL.match(value):
            return None  # $(cat file), ${VAR}, `cat file`; (sensitive value), [REDACTED]
        if (pname in ("prose", "pair", "wifi_key") or g == "cq") and not _password_shape(value):
            return None  # "password is required", "账号：admin / 见附件"
        if value.startswith((":", "#{", "@")) and _IDENT.fullmatch(value.lstrip(":#{@").rstrip("}")) \
                and not any(c.isdigit() for c in value):
            return None  # SET password = :new_password, #{password}, @pwd: a bind parameter (a name, no digits)
        if pname in ("kv", "zh") and _EXAMPLE_NOTE.match(text, e):
            return None  # password: example-password  # 示例值，请替换: the line says the value is an example
        if g in ("u", "zv") and text[e:e + 1] == "\n" and pname in ("kv", "zh"):
            e = _wrapped_rest(text, s, e)
        os_, oe = view.to_original(s, e)
        return Hit("PASSWORD", os_, oe, score, f"{self.name}:{pname}")

    def _spaced(self, view: View, lowered: str) -> list[Hit]:
        """A password spaced out character by character within 80 characters after a password word: looked for
        in the view, and in the text as written when the view has closed up spaced-out runs (a run with four
        digits reads there as one token, far from its password word on the line before)."""
        hits = self._spaced_in(view.text, lowered, view.to_original)
        if not view.identity and " " in view.original:
            original = view.original
            low = original.lower()
            hits.extend(self._spaced_in(original, low if len(low) == len(original) else original,
                                        lambda s, e: (s, e)))
        return hits

    def _spaced_in(self, text: str, lowered: str, to_original: Callable[[int, int], tuple[int, int]]) -> list[Hit]:
        hits: list[Hit] = []
        pos = 0
        while (g := _SPACED_GATE.search(text, pos)) is not None:
            m = _SPACED_PW.search(text, max(pos, g.start() - 16), g.end() + 256)
            if m is None or m.start() > g.start() + 1:
                pos = g.start() + 2
                continue
            pos = m.end()
            token = m.group().replace(" ", "")
            if _PW_WORDS.search(lowered, max(0, m.start() - 80), m.start()) is None:
                continue
            if token.isdigit() and not (len(token) >= 6 and _LABEL_RIGHT_BEFORE.search(lowered, max(0, m.start() - 16),
                                                                                      m.start())):
                continue  # spaced digits are a phone or an id unless a password label is right before them
            if is_placeholder(token) or not _password_shape(token):
                continue
            os_, oe = to_original(*m.span())
            hits.append(Hit("PASSWORD", os_, oe, 0.8, f"{self.name}:spaced"))
        return hits


_LABEL_ALONE = re.compile(r"[ \t]*(?:[-*•][ \t]*)?(?P<pre>(?:[a-z]+[ \t]+){0,2}|[\u4e00-\u9fff]{0,6})"
                          r"(?:password|passwd|pwd|passphrase|密码|密碼|口令)[ \t]*[:：]?[ \t]*\r?$")
"""A line holding only a password label (`password:`, `密码：`, `Admin password`, `- 新密码：`): the value may be
the next line. Up to two words before the label, none of them program text (`if not password:`)."""
_LABEL_CODE_WORDS = frozenset(("if", "elif", "while", "not", "and", "or", "return", "def", "for", "in", "is", "else",
                               "case", "when", "unless", "until", "with", "assert", "del"))
_NEXT_LINE_VALUE = re.compile(r"[ \t]*(?P<v>[!-~]{6,64})[ \t]*(?:\r?\n|$)")


def _next_line_passwords(view: View, lowered: str, positions: list[int], detector: str) -> list[Hit]:
    """A password on the line after its label (a form copied line by line, a chat: `password:` then the value):
    only a single token shaped like a password, not a key of its own (`secretName:`), a list item, a comment,
    a template or a command. `positions`: where the key words start (`_KV_STARTS`); a Chinese label with the
    value on the next line is the `zh` pattern's (its blanks may be a line break)."""
    text = view.text
    hits: list[Hit] = []
    done = -1
    for at in positions:
        if at < done or not lowered.startswith(_LABEL_WORDS, at):
            continue
        nl = lowered.find("\n", at)
        if nl < 0:
            break
        done = nl
        if nl - at <= 16:
            line_start = lowered.rfind("\n", 0, at) + 1
            hit = _next_line_value(view, lowered, line_start, nl, detector)
            if hit is not None:
                hits.append(hit)
    return hits


_LABEL_WORDS = ("password", "passwd", "pwd", "passphrase")


def _next_line_value(view: View, lowered: str, line_start: int, nl: int, detector: str) -> Hit | None:
    """The password on the line after `nl` when the line before it is a label alone."""
    label = _LABEL_ALONE.match(lowered, line_start, nl)
    if label is None or _LABEL_CODE_WORDS.intersection(label.group("pre").split()):
        return None
    m = _NEXT_LINE_VALUE.match(view.text, nl + 1)
    if m is None:
        return None
    value = m.group("v")
    if value[-1] in ":：" or value[0] in "-#{[<($`'\"/" or is_placeholder(value) or _CODE_VALUE.search(value) \
            or _NAMED_PASSWORD.fullmatch(value) or not _password_shape(value) or "=" in value \
            or (value.isalpha() and value.islower()) or ("(" in value and ")" in value):
        return None
    os_, oe = view.to_original(*m.span("v"))
    return Hit("PASSWORD", os_, oe, 0.8, f"{detector}:next_line")


_ADMIN_WORDS = ("admin", "root")
_ADMIN_PAIR = re.compile(r"(?i:[a-z]{0,12}admin(?:istrator)?|root)[ \t]*[/／][ \t]*"
                         r"(?P<v>[!-~]{6,64})")
"""`admin/Xyz123`, `root / 76144400`, `telecomadmin/…`: a built-in administrator account and its password (the
names that end in admin, and root: two `str.find` passes, where each further name would cost one more)."""
_DEVICE_CONTEXT = re.compile(r"后台|管理|登录|登陆|登入|账号|帐号|账户|帳號|用户|默认|默認|初始|密码|密碼|口令|改成|改为|路由|摄像|"
                             r"交换机|防火墙|光猫|设备|控制台|监控|(?i:console|log ?in|sign in|creds|credential|default|"
                             r"password|passwd|web ?ui|portal|idrac|ilo|ipmi|bmc|nas|router|nvr|dvr|camera|switch|"
                             r"firewall|ups|printer)")
"""Words before the pair on its line that say it is a login (what it logs into, or that it is one)."""
_ADMIN_AFTER_HOST = re.compile(r"(?i:[a-z]{0,12}admin(?:istrator)?|root)[ \t,，|]+"
                               r"(?P<v>[!-~]{6,64}?)[ \t,，|]*(?=\r?\n|$)")
_ADMIN_TAIL = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ \t")
_HOST_END = frozenset("0123456789 \t,，|")
_HOST_BEFORE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?::\d{1,5})?[ \t,，|]+$")
"""`10.0.3.7 root Xk9#mP2q` (a server list: address, account, password, and nothing after on the line)."""
_PAGE_LIKE = re.compile(r"[\w\-]+\.(?i:html?|php|jsp|aspx?|js|css|json|xml|do|action|cgi|png|jpe?g|txt|log)")


def _admin_pair_hits(view: View, lowered: str, detector: str) -> list[Hit]:
    """The password of an administrator account written `admin/password` after what it logs into (路由器后台
    admin/…, iDRAC root/…, the web console is admin/…): the account is a built-in name, the line before it
    names a login or a device, and the value is shaped like a password (not a path, a page or a version)."""
    text = view.text
    hits: list[Hit] = []
    done = -1
    for at in word_positions(lowered, _ADMIN_WORDS):
        if at < done:
            continue
        s = at
        while s > 0 and at - s < 12 and "a" <= lowered[s - 1] <= "z":
            s -= 1
        if s > 0 and (text[s - 1].isalnum() or text[s - 1] in "_/.-@\\:"):
            continue
        after = at + 4
        while after < len(text) and text[after] in _ADMIN_TAIL:
            after += 1
        slash = text[after:after + 1] in ("/", "／")
        if not slash and not (s > 8 and text[s - 1] in " \t,，|" and text[s - 2] in _HOST_END):
            continue  # neither admin/pw nor an address then the account: the common case, left at C speed
        line_start = text.rfind("\n", 0, s) + 1
        m = _ADMIN_PAIR.match(text, s) if slash else None
        if m is None and _HOST_BEFORE.search(text, max(line_start, s - 40), s):
            m = _ADMIN_AFTER_HOST.match(text, s)
            if m is not None and "/" not in m.group("v") and (_strong_password(m.group("v"))
                                                              or m.group("v").isdigit()):
                hits.append(Hit("PASSWORD", *view.to_original(*m.span("v")), 0.8, f"{detector}:host_admin"))
            continue
        if m is None:
            continue
        done = m.end()
        value = m.group("v").rstrip("，。,;；)）")
        if len(value) < 6 or "/" in value or _VERSION_LIKE.fullmatch(value) or _PAGE_LIKE.fullmatch(value) \
                or is_placeholder(value) or _HASH_VALUE.match(value) or not _password_shape(value):
            continue
        if _DEVICE_CONTEXT.search(text, max(line_start, s - 80), s) is None \
                and not _HOST_BEFORE.search(text, max(line_start, s - 40), s):
            continue
        vs = m.start("v")
        hits.append(Hit("PASSWORD", *view.to_original(vs, vs + len(value)), 0.8, f"{detector}:admin_pair"))
    return hits


_NETDEV = re.compile(r"(?<![\w\-])(?:username[ \t]+[^\s]{1,64}[ \t]+(?:privilege[ \t]+\d{1,2}[ \t]+)?|enable[ \t]+|"
                     r"local-user[ \t]+[^\s]{1,64}[ \t]+)(?:password|secret)[ \t]+"
                     r"(?:(?P<kind>\d|irreversible-cipher|cipher|simple)[ \t]+)?(?P<v>[^\s]{4,128})[ \t]*(?=\r?\n|$)")
"""A network device's account line: Cisco `username admin privilege 15 secret 0 <pw>`, `enable secret <pw>`, Huawei
`local-user admin password irreversible-cipher <pw>`. Type 0 (or none) is the password as typed; types 5, 7, 8, 9
and Huawei's saved `%^%#…` / `$1a$…` are what the device stored instead."""
_NETDEV_WORDS = ("username ", "enable ", "local-user ")


def _netdev_hits(view: View, lowered: str, detector: str) -> list[Hit]:
    """Passwords typed into a router's or switch's configuration (see `_NETDEV`)."""
    text = view.text
    hits: list[Hit] = []
    for line in lines_with(lowered, _NETDEV_WORDS):
        for m in _NETDEV.finditer(text, line, _line_end(text, line)):
            kind, value = m.group("kind"), m.group("v")
            if kind is not None and kind.isdigit() and kind != "0":
                continue
            if value.startswith(("%^%#", "%@%@", "$1", "$c$", "$5$", "$8$", "$9$")) or is_placeholder(value) \
                    or _HASH_VALUE.match(value) or value.startswith(("$", "<", "{")):
                continue
            hits.append(Hit("PASSWORD", *view.to_original(*m.span("v")), 0.85, f"{detector}:netdev"))
    return hits


_GAP_WORDS = ("密码", "密碼", "口令")
_GAP_TELLING = (r"(?:[，,、 \t]|是|为|為|这个|這個|这|這|现在|現在|还是|還是|老的|旧的|舊的|新的|已经|已|更新|换了|換了|改了|"
                r"发你|發你|给你|給你|在这|在這|如下|了|改成|改为|改為|设成|设为|重置|统一|統一|都|也|就|暂时|暫時|我|刚|剛|"
                r"变成|變成|依然|仍然|照旧|照舊|没变|沒變|一样|一樣|不变|不變|的|下面|如今|目前|一直|始终|始終|"
                r"贴|貼|放|丢|丟|粘|私你|这儿|這兒|这里|這裡|哈|啊|哦|呀)")
"""The words a remark between a password word and its value is made of: it says the value is (still, now) this."""
_GAP_VALUE = re.compile(r"(?:密码|密碼|口令|(?i:password|passwd|pwd|pw(?![a-z])))(?P<gap>" + _GAP_TELLING + r"{1,8}?"
                        r"|[ \t]*[(（][^()（）\n]{1,30}[)）]"
                        r"|[ \t]*[:：][ \t]*[^\s:：，,。；;!?！？()（）]{1,8}?[ \t]*(?:的是|是|为|為)?[ \t]+"
                        r"|[ \t]*,[ \t]*if[ \t]+you[ \t]+need[ \t]+it)[ \t]*[:：]?[ \t]*"
                        r"(?P<v>[!-~]{6,64}|[\u4e00-\u9fff]{2,4}[!#$%&*+.?@^_~\-]?[0-9]{4,12}[!#$%&*+.?@^_~\-]?)(?![!-~])")
"""A password word, a few words of Chinese or a bracketed remark, then the value (密码换了，现在是 …, 密码还是老的 …,
pwd发你：…, password (case sensitive): …, 密码：测试环境 …, 密码：5G 的是 …): the value must look chosen (letters, digits and a symbol or both cases)."""


def _gap_hits(view: View, found: Positions, kv_positions: list[int], detector: str) -> list[Hit]:
    """Values a short remark separates from their password word (see `_GAP_VALUE`); a remark about the rule, an
    error or an example (`_ZH_GAP_NOT`) says no value follows. The English words are among the key starts
    already found (`kv_positions`: every `password` is a `pass`), not looked for again."""
    text = view.text
    lowered = found.lowered
    hits: list[Hit] = []
    done = -1
    english = [p for p in kv_positions if lowered.startswith(("password", "passwd", "pwd"), p)
               or lowered.startswith("pw", p) and (p == 0 or not lowered[p - 1].isalnum())]
    for at in sorted(english + found.of(_GAP_WORDS)):
        if at < done:
            continue
        m = _GAP_VALUE.match(text, at)
        if m is None or not m.group("gap").strip():
            continue
        done = m.end()
        value = m.group("v").rstrip("，。,;；.)）")
        if _zh_password(value) and not _ZH_GAP_NOT.search(m.group("gap")):
            hits.append(Hit("PASSWORD", *view.to_original(m.start("v"), m.start("v") + len(value)), 0.8, f"{detector}:gap"))
            continue
        if _ZH_GAP_NOT.search(m.group("gap")) or not _strong_password(value) or _identifier_shape(value) or "=" in value \
                or "://" in value or "/" in value or _VERSION_LIKE.fullmatch(value) or is_placeholder(value) \
                or _HASH_VALUE.match(value) or value.startswith(("$", "{", "<", "%")):
            continue
        vs = m.start("v")
        hits.append(Hit("PASSWORD", *view.to_original(vs, vs + len(value)), 0.8, f"{detector}:gap"))
    return hits


_BARE_USERINFO = re.compile(r"(?P<u>[A-Za-z][A-Za-z0-9_.\-]{0,31}):(?P<v>[!-~]{6,64}?)@(?P<h>(?:\d{1,3}\.){3}\d{1,3}"
                            r"|[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)(?![\w.\-@])")
"""`root:Passw0rd!@10.1.1.1` written without a scheme (chat, tickets): the password up to the last '@' before the
host; the host an address, or a dotted name when the account is a well-known administrator name."""
_COMBO = re.compile(r"[A-Za-z0-9._%+\-]{1,64}@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,24}:(?P<v>[!#-&(-.0-9;=?A-~]{6,64})"
                    r"(?=[ \t]*(?:\r?\n|$|[,;，；]))")
"""`jdoe@example.cn:Xk9#mP2q`: an address and its password, the way leaked credential lists are written. The value
is printable ASCII without `"'/:<>@` (such lists are): a run of masked, CJK or other text after the colon is not one."""
_NO_BLANK = re.compile(r"\S*")
_USER_BEFORE = re.compile(r"[A-Za-z][A-Za-z0-9_.\-]{0,31}$")
_LOCAL_BEFORE_AT = re.compile(r"[A-Za-z0-9._%+\-]{1,64}$")
_USERINFO_LEFT = frozenset("\"'`(<[{,，：；;=")
_COMBO_TAIL = re.compile(r"@[A-Za-z0-9.\-]{1,255}:[^\s:/@]")
_MAIL_LABELS = frozenset(("email", "e-mail", "mail", "mailto", "from", "to", "cc", "bcc", "sender", "contact", "reply-to"))


def _userinfo_hits(view: View, detector: str) -> list[Hit]:
    """Passwords in `user:password@host` without a scheme and in `address:password` pairs (see `_BARE_USERINFO`,
    `_COMBO`): tried only at an '@' with a colon in its own blank-free token, from the start of the user or the
    local part found by a short anchored search (no walk character by character)."""
    text = view.text
    hits: list[Hit] = []
    done = -1
    at = text.find("@")
    while at >= 0:
        nxt = text.find("@", at + 1)
        colon = text.rfind(":", max(0, at - 100), at)
        m: re.Match[str] | None = None
        kind = "userinfo"
        if colon >= 0 and _NO_BLANK.fullmatch(text, colon, at):
            um = _USER_BEFORE.search(text, max(0, colon - 32), colon)
            if um is not None and (um.start() == 0 or text[um.start() - 1] in _USERINFO_LEFT
                                   or text[um.start() - 1].isspace()):
                m = _BARE_USERINFO.match(text, um.start())
                if m is not None and (m.group("u").lower() in _MAIL_LABELS or "://" in text[max(0, colon - 2):colon + 3]
                                      or not m.group("h")[0].isdigit() and m.group("u").lower() not in _ACCOUNT_NAMES):
                    m = None
        elif _COMBO_TAIL.match(text, at):
            lm = _LOCAL_BEFORE_AT.search(text, max(0, at - 64), at)
            if lm is not None:
                m, kind = _COMBO.match(text, lm.start()), "combo"
        if m is not None and m.start() >= done:
            value = m.group("v")
            if _strong_password(value) and not _VERSION_LIKE.fullmatch(value) and "/" not in value \
                    and not is_placeholder(value) and not _HASH_VALUE.match(value) \
                    and not value.startswith(("$", "{", "<", "%")):
                done = m.end()
                hits.append(Hit("PASSWORD", *view.to_original(*m.span("v")), 0.8, f"{detector}:{kind}"))
        at = nxt
    return hits


_YAML_BLOCK_KEY = re.compile(r"(?P<ind>[ \t]*)(?:-[ \t]+)?[\"']?[A-Za-z0-9_.\-]{0,64}[\"']?[ \t]*:[ \t]*[|>][+\-]?[1-9]?"
                             r"[ \t]*\r?$")
"""A YAML key whose value is a block scalar (`password: >-`, `bindPassword: |`): the value is on the lines below."""
_YAML_BLOCK_LINE = re.compile(r"(?P<ind>[ \t]+)(?P<v>[!-~]{1,128})[ \t]*\r?(?:\n|$)")


def _yaml_block_hits(view: View, lowered: str, positions: list[int], detector: str) -> list[Hit]:
    """The value of a password key written as a YAML block scalar: one token on the one more-indented line under
    the key (a block of several lines is a certificate or a script, not a password)."""
    text = view.text
    hits: list[Hit] = []
    done = -1
    for at in positions:
        if at < done:
            continue
        nl = text.find("\n", at)
        if nl < 0:
            break
        done = nl
        colon = text.find(":", at, nl)
        if colon < 0 or text[colon + 1:nl].strip(" \t\r")[:1] not in ("|", ">"):
            continue
        line_start = text.rfind("\n", 0, at) + 1
        key = _YAML_BLOCK_KEY.match(text, line_start, nl)
        if key is None or not _keyword_boundary(text, at) or _about_the_password(text, at):
            continue
        m = _YAML_BLOCK_LINE.match(text, nl + 1)
        if m is None or len(m.group("ind")) <= len(key.group("ind")):
            continue
        after = _YAML_BLOCK_LINE.match(text, m.end())
        if after is not None and len(after.group("ind")) >= len(m.group("ind")):
            continue
        value = m.group("v")
        if is_placeholder(value) or value.startswith(("$", "{", "<", "#")) or _HASH_VALUE.match(value):
            continue
        hits.append(Hit("PASSWORD", *view.to_original(*m.span("v")), 0.85, f"{detector}:yaml_block"))
    return hits


_USER_LINE = re.compile(r"[ \t]*(?:u|u/n|user|username|login|用户|用户名|用戶名|账号|帳號)[ \t]*[:：][ \t]*[a-z][!-~]{0,63}[ \t]*\r?$")
"""A hand-over block's user line (`U: ops01`, `U/N: ops01`, `User: ops01`) right above a `P:` line."""
_P_LINE_START = re.compile(r"\n[Pp][ \t]*[:：]")
"""Where a `P:` line starts (a regex led by the line break is faster here than two `str.find` over CJK text)."""
_P_LINE = re.compile(r"[pP][ \t]*[:：][ \t]*(?P<v>[!-~]{3,64})[ \t]*\r?$")


def _user_pass_lines(view: View, lowered: str, detector: str) -> list[Hit]:
    """`P: value` on the line right under `U: user` (a hand-over written in shorthand): a single letter P is a
    password label only there."""
    text = view.text
    hits: list[Hit] = []
    for start in _P_LINE_START.finditer(text):
        at = start.start()
        m = _P_LINE.match(text, at + 1)
        if m is not None and _USER_LINE.fullmatch(lowered, text.rfind("\n", 0, at) + 1, at):
            value = m.group("v")
            if not (is_placeholder(value) or value.startswith(("$", "{", "<", "*")) or _HASH_VALUE.match(value)):
                hits.append(Hit("PASSWORD", *view.to_original(*m.span("v")), 0.8, f"{detector}:user_pass_lines"))
    return hits


_PGPASS = re.compile(r"[ \t]*(?P<h>[A-Za-z0-9_.\-]+|\*):(?P<p>\d{1,5}|\*):(?P<d>[A-Za-z0-9_.\-]+|\*):"
                     r"(?P<u>[A-Za-z0-9_.\-@]+|\*):(?P<v>[!-~]{3,128})[ \t]*\r?(?=\n|$)")
"""A libpq password file line (~/.pgpass, PGPASSFILE): hostname:port:database:username:password."""


_PGPASS_PORT = re.compile(r":(?:\d{1,5}|\*):")


_EXPECT_SEND = re.compile(
    r"expect(?:_exact)?[ \t(]+(?:-[a-z]+[ \t]+)*[\"'{][^\"'}\n]{0,40}(?i:assword|asswd|passphrase|口令|密码)[^\"'}\n]{0,40}"
    r"[\"'}][ \t)]*(?:\r?\n[ \t]*|[ \t]*\{[ \t]*|[ \t]*;[ \t]*)(?:[A-Za-z_][\w.]*\.)?send(?:line)?[ \t(]+(?:--[ \t]+)?"
    r"(?:\"(?P<q1>[^\"\\\n$\[]{1,128})(?:\\[rn])?\"|'(?P<q2>[^'\\\n]{1,128})(?:\\[rn])?')")
"""An expect / pexpect script answering a password prompt: `expect "*password:"` then `send "K7#mQ2xz\\r"` (Tcl),
`child.expect('Password:')` then `child.sendline('K7#mQ2xz')` (Python). A variable (`$pw`, `[exec cat f]`) is no
value."""


_WRAP_REST = re.compile(r"\n(?P<r>[A-Za-z0-9!#$%&*+?@^_~.\-]{2,16})(?=\n\n|\n[(（]|\n?$|\n[^\x00-\x7f])")


def _wrapped_rest(text: str, s: int, e: int) -> int:
    """End of a password a mail client or chat window broke over two lines (`password: Brg+6y` then `43uu`
    alone on the next line): the rest is taken only when it is a single short token with a digit and a letter or
    symbol (not a year), no key or list syntax, the first part is a password on its own, and nothing but a blank
    line, a bracket, Chinese text or the end follows the rest (a configuration file's next line is a key, never a
    bare token)."""
    m = _WRAP_REST.match(text, e)
    if m is None:
        return e
    rest = m.group("r")
    if not any(c.isdigit() for c in rest) or rest.isdigit() or rest[0] in "-." or not _password_shape(text[s:e]) \
            or e - s < 6:
        return e
    return m.end("r")


_HEX_DIGEST = re.compile(r"(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}|[0-9A-F]{32}|[0-9A-F]{40}|[0-9A-F]{64})")


def _insert_hits(view: View, detector: str) -> list[Hit]:
    """The literal written into a password column of `INSERT … (cols) VALUES (…)`, not a placeholder, a bind
    parameter or a stored hash (crypt notation or a bare hex digest)."""
    text = view.text
    hits: list[Hit] = []
    for s, e in insert_password_spans(text):
        value = text[s:e]
        if len(value) < 3 or value != value.strip() or is_placeholder(value) or _HASH_VALUE.match(value) \
                or _HEX_DIGEST.fullmatch(value) or _FORMAT_ONLY.fullmatch(value) or _TEMPLATE_FIELD.match(value) \
                or value.startswith(("$", ":", "#{", "<")) or _NAMED_PASSWORD.fullmatch(value):
            continue
        hits.append(Hit("PASSWORD", *view.to_original(s, e), 0.8, f"{detector}:sql_insert"))
    return hits


def _expect_hits(view: View, lowered: str, detector: str) -> list[Hit]:
    """The password an expect or pexpect script sends after a password prompt."""
    hits: list[Hit] = []
    text = view.text
    at = lowered.find("expect")
    while at >= 0:
        m = _EXPECT_SEND.match(text, at)
        if m is not None:
            g = "q1" if m.group("q1") is not None else "q2"
            value = m.group(g)
            if not is_placeholder(value) and not value.startswith("$") and _password_shape(value):
                hits.append(Hit("PASSWORD", *view.to_original(*m.span(g)), 0.85, f"{detector}:expect"))
        at = lowered.find("expect", at + 6)
    return hits


_OFFER_TOKEN = r"(?:[\u4e00-\u9fff]{2,4}[!#$%&*+.?@^_~\-]?[0-9]{4,12}[!#$%&*+.?@^_~\-]?|[!#-&(-+\--~]{6,64})"
_FALLBACK = re.compile(
    r"(?:先(?:试试?|試試?|用|拿)|(?:之前|以前|原来|原來)(?:是|用的是?))[ \t]*(?P<a>" + _OFFER_TOKEN + r")(?![!-~])"
    r"[^\n]{0,20}?(?:(?:不行|不对|不對|错误|錯誤|失败|失敗|登不上|进不去|進不去)[^\n]{0,10}?"
    r"(?:再换|再換|再用|就用|就是|换成|換成|用)|(?:改成|改为|改為|换成|換成|变成|變成)了?)"
    r"[ \t]*(?P<b>" + _OFFER_TOKEN + r")(?![!-~])")
"""Two values offered for one login without a password word: `先试 A，不行就用 B` (the first to try, then the
fallback), `之前是 A，后来改成 B` (the old one and the new one). Both must read as passwords."""
_FALLBACK_STARTS = tuple(re.compile(p) for p in ("先[试試用拿]", "之前", "以前", "原[来來]"))
"""Where a `_FALLBACK` sentence can start: each searched on its own, so that `re` skips to its first character
(one alternation of the four is a character-set scan, 0.5 ms per 64 KB of Chinese; `str.find` of each of eight
two-character words 0.3 ms)."""
_ZH_SYMBOL = re.compile(r"[!#$%&*+.?@^_~\-]")


def _offered_value(value: str) -> bool:
    """A token that is a password when a sentence offers it without naming it (`_answer_value`), or a Chinese
    word with a symbol and digits (临江@5714)."""
    if _CJK.match(value):
        return _zh_password(_ZH_SYMBOL.sub("", value))
    return _answer_value(value)


def _fallback_hits(view: View, detector: str) -> list[Hit]:
    """Both values of a `_FALLBACK` sentence."""
    text = view.text
    hits: list[Hit] = []
    done = -1
    for at in sorted(m.start() for rx in _FALLBACK_STARTS for m in rx.finditer(text)):
        if at < done:
            continue
        m = _FALLBACK.match(text, at)
        if m is None or not (_offered_value(m.group("a")) and _offered_value(m.group("b"))):
            continue
        done = m.end()
        hits.extend(Hit("PASSWORD", *view.to_original(*m.span(g)), 0.8, f"{detector}:fallback") for g in ("a", "b"))
    return hits


_NETWORK_LINE = re.compile(r"[ \t]*(?:[-*•·▶][ \t]*)?(?:网络|網路|无线|無線|(?i:ssid|wi-?fi|wlan))(?:名称|名稱|名)?"
                           r"[ \t]*[:：]?[ \t]*[^\s:：]{1,40}[ \t]*\r?$")
_KEY_LINE = re.compile(r"[ \t]*(?:[-*•·▶][ \t]*)?(?:密钥|密鑰)[ \t]*[:：]?[ \t]*(?P<v>[!-~]{6,64})[ \t]*\r?$")


def _network_key_hits(view: View, detector: str) -> list[Hit]:
    """`网络：Office-5G` then `密钥：…` on the next line (a hand-over note's Wi-Fi entry): the key of a named
    network is its password, when shaped like one."""
    text = view.text
    hits: list[Hit] = []
    for at in sorted(i for w in ("密钥", "密鑰") for i in substring.occurrences(text, w)):
        start = text.rfind("\n", 0, at) + 1
        m = _KEY_LINE.match(text, start, _line_end(text, start))
        if m is None or start == 0:
            continue
        prev = text.rfind("\n", 0, start - 1) + 1
        value = m.group("v")
        if _NETWORK_LINE.fullmatch(text, prev, start - 1) and _password_shape(value) \
                and not is_placeholder(value) and "://" not in value:
            hits.append(Hit("PASSWORD", *view.to_original(*m.span("v")), 0.8, f"{detector}:network_key"))
    return hits


_CREDENTIALS_PARENT = re.compile(r"[ \t]*(?:-[ \t]+)?(?i:credentials?|creds|auth|authentication)[ \t]*:[ \t]*\r?$")
_SECRET_LINE = re.compile(r"(?P<ind>[ \t]*)(?:-[ \t]+)?(?:(?i:secret)|(?i:[a-z_]*credential))[ \t]*[:=][ \t]*"
                          r"(?:\"(?P<q1>[^\"\n]{3,64})\"|'(?P<q2>[^'\n]{3,64})'|(?P<u>[!-~]{3,64}))[ \t]*\r?$")


def _credentials_block_hits(view: View, lowered: str, detector: str) -> list[Hit]:
    """A short secret a configuration names only as `secret` under a `credentials:` / `auth:` block, or as a
    `bind_credential` (LDAP): a password when shaped like one, not a path, a reference or a placeholder."""
    text = view.text
    hits: list[Hit] = []
    for line in lines_with(lowered, ("secret", "credential")):
        m = _SECRET_LINE.match(text, line, _line_end(text, line))
        if m is None:
            continue
        g = next(g for g in ("q1", "q2", "u") if m.group(g) is not None)
        value = m.group(g)
        if not _password_shape(value) or len(value) > 24 or "/" in value or is_placeholder(value) or value.startswith(("$", "{", "<", "%")) \
                or _HASH_VALUE.match(value):
            continue
        if "credential" not in text[m.start():m.start(g)].lower() and not _under_credentials(text, line, len(m.group("ind"))):
            continue
        hits.append(Hit("PASSWORD", *view.to_original(*m.span(g)), 0.8, f"{detector}:credentials_block"))
    return hits


def _under_credentials(text: str, line: int, indent: int) -> bool:
    """A less-indented `credentials:` / `auth:` key within the four lines above `line`."""
    pos = line
    for _ in range(4):
        if pos <= 0:
            return False
        prev = text.rfind("\n", 0, pos - 1) + 1
        row = text[prev:pos - 1]
        ind = len(row) - len(row.lstrip(" \t"))
        if ind < indent and _CREDENTIALS_PARENT.fullmatch(row):
            return True
        pos = prev
    return False


def _pgpass_hits(view: View, detector: str) -> list[Hit]:
    """The password field of `.pgpass` lines: a host (a dotted name, an IP, localhost or *), a port number or *,
    then database, user and password; the password field may hold escaped colons (\\:)."""
    text = view.text
    hits: list[Hit] = []
    done = -1
    for port in _PGPASS_PORT.finditer(text):  # from the port field (a literal ':' that `re` skips to)
        line = text.rfind("\n", 0, port.start()) + 1
        if line <= done:
            continue
        done = line
        m = _PGPASS.match(text, line)
        if m is None:
            continue
        host, value = m.group("h"), m.group("v")
        if not ("." in host or host in ("localhost", "*")) or is_placeholder(value):
            continue
        if ":" in value.replace("\\:", ""):
            continue  # more fields than a password file has: a log line, a time, an IPv6 address
        os_, oe = view.to_original(*m.span("v"))
        hits.append(Hit("PASSWORD", os_, oe, 0.85, f"{detector}:pgpass"))
    return hits


_BEFORE_WORD: tuple[tuple[str, tuple[str, ...], re.Pattern[str]], ...] = (
    # `use K7#mQ2xz as the password`, `用 K7#mQ2xz 作为密码`
    ("as_password", ("pass",),
     re.compile(r"(?<![!-~])(?P<v>[!-~]{6,64})[ \t]*(?i:as)[ \t]+(?:(?i:the|your|my)[ \t]+)?"
                r"(?i:password|passphrase|passcode)")),
    # `用 root / K7#mQ2xz 登录`, `admin / K7#mQ2xz to log in`
    ("pair_login", ("login", "log in", "sign in", "登录"),
     re.compile(r"(?<![!-~])[A-Za-z][A-Za-z0-9_.\-]{0,31}[ \t]*/[ \t]*(?P<v>[!-~]{6,64}?)[ \t,，]*"
                r"(?:登录|登陆|登入|(?i:to[ \t]+)?(?i:login|log[ \t]+in|sign[ \t]+in))")),
)
"""Forms whose value comes before their word: searched only in the 100 characters before each occurrence of
the word (a scan from every position of a long line costs more than all the other password patterns)."""
_AS_BEFORE = re.compile(r"as[ \t]+(?:(?:the|your|my)[ \t]+)?$")


def _before_word_hits(view: View, found: Positions, kv_positions: list[int], detector: str) -> list[Hit]:
    """The `_BEFORE_WORD` forms: a strong value, not a path or a version, right before its word (`as the password`
    only where a password word of `kv_positions` has `as` right before it; the pair only in text with a '/')."""
    text = view.text
    lowered = found.lowered
    hits: list[Hit] = []
    for pname, words, rx in _BEFORE_WORD:
        if pname == "as_password":
            positions = [p for p in kv_positions if lowered.startswith(("password", "passphrase", "passcode"), p)
                         and _AS_BEFORE.search(lowered, max(0, p - 12), p)]
        elif "/" in text:
            positions = found.of(words)
        else:
            continue
        done = -1
        for at in positions:
            lo = max(done, text.rfind("\n", max(0, at - 100), at) + 1, at - 100)
            m = rx.search(text, lo, at + 16)
            if m is None or m.start() > at:
                continue
            done = m.end()
            value = m.group("v")
            if not _strong_password(value) or "/" in value or _VERSION_LIKE.fullmatch(value) or is_placeholder(value):
                continue
            os_, oe = view.to_original(*m.span("v"))
            hits.append(Hit("PASSWORD", os_, oe, 0.8, f"{detector}:{pname}"))
    return hits


_HTPASSWD = re.compile(r"(?<![\w\-./])htpasswd(?![\w\-.])(?P<flags>(?:[ \t]+-[A-Za-z]+(?:[ \t]+\d{1,3})?)+)"
                       r"(?P<args>(?:[ \t]+(?:\"[^\"\n]*\"|'[^'\n]*'|[^\s|;&'\"]+)){2,3})")
_SHELL_WORD = re.compile(r"\"(?P<d>[^\"\n]*)\"|'(?P<s>[^'\n]*)'|(?P<b>[^\s|;&'\"]+)")


def _htpasswd_hits(view: View, detector: str) -> list[Hit]:
    """`htpasswd -b[c|B|m] FILE USER PASSWORD` and `htpasswd -nb USER PASSWORD`: with -b the password is the last
    positional argument (a file first unless -n prints to stdout). Without -b htpasswd asks for it."""
    text = view.text
    hits: list[Hit] = []
    for m in _HTPASSWD.finditer(text):
        flags = "".join(f.lstrip("-") for f in m.group("flags").split() if f.startswith("-"))
        if "b" not in flags:
            continue
        words = list(_SHELL_WORD.finditer(text, m.start("args"), m.end("args")))
        need = 2 if "n" in flags else 3
        if len(words) < need:
            continue
        w = words[need - 1]
        g = w.lastgroup or "b"
        value = w.group(g)
        if len(value) < 3 or is_placeholder(value) or value.startswith(("$", "`")) or _HASH_VALUE.match(value):
            continue
        os_, oe = view.to_original(*w.span(g))
        hits.append(Hit("PASSWORD", os_, oe, 0.85, f"{detector}:htpasswd"))
    return hits


_LIST_PAIR = re.compile(r"[ \t]*(?:[-*•·]|\d{1,2}[.、)])?[ \t]*[^\s:：/=][^\n:：/=]{0,23}[:：][ \t]*"
                        r"(?P<user>[A-Za-z][A-Za-z0-9_.@\-]{0,31})(?P<gap>[ \t]*)/[ \t]*(?P<v>[!-~]{6,64})[ \t]*\r?$",
                        re.MULTILINE)
"""A whole line: a short label starting it (a list item: `- 测试Redis：`, `Jenkins:`), then `user / password`. The
label holds no '/', so the line's first '/' is the pair's: the line is matched once, from its start."""
_CREDENTIAL_WORDS = re.compile(r"密码|密碼|口令|账号|帳號|账户|帐号|登录|登錄|交接|凭据|憑據|堡垒机|跳板机|无线|無線|热点|邮箱|郵箱|"
                               r"(?i:password|passwd|login|credential|creds|account|handover|vpn|wi-?fi|wlan|bastion|"
                               r"mailbox)")
_ACCOUNT_NAMES = frozenset(("root", "admin", "administrator", "sa", "sys", "system", "postgres", "oracle", "ubuntu",
                            "ec2-user", "centos", "deploy", "ops", "guest", "test", "dba", "user", "manager"))
_VERSION_LIKE = re.compile(r"[vV]?\d+(?:\.\d+)+(?:[\-+.][0-9A-Za-z.\-]+)?")
_HOST_NAME = re.compile(r"[\w\-]+(?:\.[\w\-]+)*\.(?i:com|cn|net|org|io|local|lan|internal|corp|example)")


def _list_pair_hits(view: View, lowered: str, detector: str) -> list[Hit]:
    """`label: user / password` lines (a hand-over list: `- 生产MySQL：dba / Xk9#mP2`, `Jenkins: admin / ...`): the
    line is nothing but a short label, an account name, a slash and one strong token. Read when the text speaks of
    credentials somewhere (密码, 账号, login, ...) or the account is a well-known administrator name, and, unless it
    is such a name, only with blanks around the slash (`image: registry.example.com/app:v1.2`, `Node: pool/worker-17`
    are paths)."""
    text = view.text
    hits: list[Hit] = []
    context: bool | None = None
    done = -1
    at = text.find("/")
    while at >= 0:
        line = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        at = text.find("/", end)
        if line <= done or end - line > 160:
            continue
        done = line
        m = _LIST_PAIR.match(text, line, end)
        if m is None:
            continue
        value = m.group("v").rstrip("。，,;；.")
        if len(value) < 6 or not _strong_password(value):
            continue
        if _VERSION_LIKE.fullmatch(value) or "/" in value or is_placeholder(value) or _HASH_VALUE.match(value):
            continue
        if _HOST_NAME.fullmatch(m.group("user")):
            continue  # VPN gateway: vpn.example.cn / route-b: a host and what follows it, not a login
        if m.group("user").lower() not in _ACCOUNT_NAMES:
            if not m.group("gap") and "@" not in m.group("user"):
                continue
            if context is None:
                context = _CREDENTIAL_WORDS.search(text) is not None
            if not context and not _random_mix(value):
                continue  # a generated password is one without any credential word around it
        os_, oe = view.to_original(m.start("v"), m.start("v") + len(value))
        hits.append(Hit("PASSWORD", os_, oe, 0.8, f"{detector}:list_pair"))
    return hits


_PAIR_CUES = ("用户", "用戶", "账号", "帐号", "帳號", "登录", "登錄", "登上", "凭据", "开通", "开好", "cred", "login")
"""Words that say a line hands over an account (`用户 ops / …`, `给你开好了 ops …`, `creds -> ops // …`)."""
_BARE_PAIR = re.compile(r"(?<![!-~])(?P<user>[a-z][a-z0-9_.\-]{1,31})(?:[ \t]*(?P<sep>//?|\||\+|，|,)[ \t]*|(?P<blank>[ \t]+))"
                        r"(?P<v>[!-~]{6,64}|[\u4e00-\u9fff]{2,4}[!-~]{3,16})"
                        r"(?=[ \t]*$|[ \t]*[，,。；;（(、]|[ \t]+\S|[\u4e00-\u9fff])")
"""A lower-case account name, then a separator (`/`, `//`, `|`, `+`, a comma or blanks) and one token: on a line
that speaks of an account, a password without any password word."""
_ZH_GLUED = re.compile(r"[\u4e00-\u9fff]{2,4}(?=[!-~]*[0-9])(?=[!-~]*[!-/:-@\[-`{-~])[!-~]{3,16}")


def _zh_glued(value: str) -> bool:
    """A Chinese word and digits (海棠9002) or a Chinese word glued to digits and a symbol (白鹭561!)."""
    return _zh_password(value) or (_ZH_GLUED.fullmatch(value) is not None and _ZH_NOT_WORD.search(value) is None)


_CODE_MARKS = re.compile(r"[/\"'`()\[\]{}<>=:]")
"""Characters of a path, a call, an assignment or a user:password pair (`NetworkCredential("u"`, `a=b`,
`with admin:…`, read by `colon_pair`): not a bare password after a name."""
_NOT_ACCOUNTS = frozenset(("password", "passwd", "pwd", "pw", "pass", "passphrase", "passcode", "http", "https", "ftp",
                           "user", "username", "login", "account"))
"""Words before a value that are labels, not account names (`password Xk9#…` is the key=value rules' to read)."""
_WORD_NUMBER = re.compile(r"[A-Z]?[a-z]+[\-_.]?\d+")


def _random_mix(value: str) -> bool:
    """Upper and lower case, digits and a symbol, eight characters or more, not a word and a number
    (`rd5n*hjMmQ`, not `Worker-17`): a generated password, whatever stands around it."""
    return (len(value) >= 8 and any(c.isupper() for c in value) and any(c.islower() for c in value)
            and any(c.isdigit() for c in value) and any(not c.isalnum() for c in value)
            and _WORD_NUMBER.fullmatch(value) is None)


def _bare_pair_hits(view: View, lowered: str, detector: str) -> list[Hit]:
    """`用户 ops / …`, `登录信息 → zabbix | …`, `creds -> postgres // …`, `凭据：svc + …`, `开好了 appuser 长风9920#`:
    an account and its password on a line holding an account word. After a separator the value must be a strong
    password; after blanks alone a generated one or a Chinese word with digits. Not a host, a path or a version."""
    text = view.text
    hits: list[Hit] = []
    for line in lines_with(lowered, _PAIR_CUES):
        end = _line_end(text, line)
        if end - line > 240:
            continue
        for m in _BARE_PAIR.finditer(text, line, end):
            value = m.group("v").rstrip("。，,;；.)")
            user = m.group("user")
            if _HOST_NAME.fullmatch(user) or user in _NOT_ACCOUNTS or _CODE_MARKS.search(value) \
                    or _EMAIL_LIKE.fullmatch(value) \
                    or _VERSION_LIKE.fullmatch(value) or is_placeholder(value) or _HASH_VALUE.match(value):
                continue
            if m.group("blank") is not None:
                if not (_random_mix(value) or _zh_glued(value)):
                    continue
            elif not (_strong_password(value) or _zh_glued(value)):
                continue
            os_, oe = view.to_original(m.start("v"), m.start("v") + len(value))
            hits.append(Hit("PASSWORD", os_, oe, 0.8, f"{detector}:bare_pair"))
    return hits


_TABLE_HEADER_CELL = re.compile(r"(?:初始|默认|默認|登录|登錄|新|临时|臨時|当前|當前)?(?:密码|密碼|口令)(?:[(（][^()（）]{1,6}[)）])?|"
                                r"(?i:(?:initial |default |new )?"
                                r"(?:(?:login|user|account|secret|db)[_ ])?(?:password|passwd|pwd|pass|pass[_ ]word|pw))|"
                                r"(?i:credentials?|secret)|"
                                r"(?i:kennwort|passwort|wachtwoord|mot de passe|contrase[ñn]a|senha|пароль)|パスワード|"
                                r"비밀번호|(?i:pin)|PIN ?[码碼]")
"""A column header that names the password (the whole cell, trimmed, outer quotes off): 密码, 初始密码, Password, pwd,
login_password (a password manager's export), "Password" (a quoted CSV header), the word in another language
(Kennwort, mot de passe, パスワード), or PIN (whose column holds four digits or more, `_PIN_HEADER`)."""
_PIN_HEADER = re.compile(r"(?i:pin)|PIN ?[码碼]")
_SECRET_HEADER = re.compile(r"(?i:credentials?|secret)")
"""A `credential` / `secret` column is a password column only beside an account column (`_ACCOUNT_HEADER`): alone,
or beside an access key id, it may hold an API secret."""
_ACCOUNT_HEADER = re.compile(r"(?i:(?:user|login|account|acct)(?:[_ ]?(?:name|id))?|uid)|账号|帳號|帐号|账户|帳戶|用户名?|用戶名?|"
                             r"登录名|登錄名")
_TABLE_HEADER_LINE = re.compile(r"(?:^|[|\t,，;])[ \t]*\"?(?:" + _TABLE_HEADER_CELL.pattern + r")\"?[ \t\r]*(?:[|\t,，;]|$)")
"""A line with a header cell between delimiters: one search before the line is split into cells."""
_TABLE_SEPARATOR_ROW = re.compile(r"[\s|:\-+=]*")
_TABLE_DELIMS = ("|", "\t", ",", "，", ";")
_TABLE_WORDS_BEYOND = ("pin", "kennwort", "wachtwoord", "contrase", "senha", "пароль", "パスワード", "비밀번호", "credential",
                       "secret")
"""Header words that are neither a key=value start nor a Chinese password word: on their own they make a text worth
a table look (`PIN` / `Kennwort` columns). They are `_FOREIGN_WORDS` and the PIN anchor too, so found once."""
_TABLE_WORDS = ("pass", "pw", "密码", "密碼", "口令") + _TABLE_WORDS_BEYOND
"""Every header word holds one of these; their positions come from the scan's `Positions` (`pass` and `pw` are
the key=value starts, found anyway): a scan of the `_PW_WORDS` alternation cost 0.5 ms per 64 KB."""


def _table_cells(line: str, delim: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of one row, offsets within `line`, blanks trimmed; a Markdown row's outer pipes
    open and close the row, not empty cells."""
    spans: list[tuple[int, int]] = []
    lo, n = 0, len(line)
    if delim == "|":
        lo = line.find("|") + 1 if line.lstrip().startswith("|") else 0
        hi = line.rfind("|") if line.rstrip().endswith("|") and line.rfind("|") >= lo else n
    else:
        hi = n
    start = lo
    while start <= hi:
        cut = line.find(delim, start, hi)
        stop = hi if cut < 0 else cut
        a, b = start, stop
        while a < b and line[a] in " \t\r":
            a += 1
        while b > a and line[b - 1] in " \t\r":
            b -= 1
        if b - a >= 2 and line[a] in "\"'" and line[b - 1] == line[a]:
            a, b = a + 1, b - 1  # a quoted CSV cell (or an SQL literal): the value inside the quotes
        spans.append((a, b))
        if cut < 0:
            break
        start = cut + 1
    return spans


def _password_columns(line: str, header: list[tuple[int, int]]) -> list[int]:
    """The header cells naming the password: password words first; a `credential` / `secret` cell only when no
    cell is a password word and another cell names the account (user, login, 账号 …)."""
    named = [i for i, (a, b) in enumerate(header) if _TABLE_HEADER_CELL.fullmatch(line, a, b)]
    words = [i for i in named if not _SECRET_HEADER.fullmatch(line, *header[i])]
    if words or not named:
        return words
    if any(_ACCOUNT_HEADER.fullmatch(line, a, b) for a, b in header):
        return named
    return []


def _table_hits(view: View, positions: list[int], detector: str) -> list[Hit]:
    """The password column of a table: a header row (Markdown pipes, tabs pasted from a spreadsheet, CSV) with a
    cell that is a password word, then the rows under it that have as many cells; each cell in that column that
    is one token shaped like a password (not a placeholder, a hash or a note such as 见附件)."""
    text = view.text
    hits: list[Hit] = []
    n = len(text)
    done = 0
    for at in positions:  # only the lines holding a password word can be a header
        if at < done:
            continue
        pos = text.rfind("\n", 0, at) + 1
        nl = text.find("\n", at)
        end = n if nl < 0 else nl
        line = text[pos:end]
        nxt = end + 1
        kv_row = _markdown_kv_row(text, pos, end)
        if kv_row is not None:
            if _table_value(text[kv_row[0]:kv_row[1]]):
                hits.append(Hit("PASSWORD", *view.to_original(*kv_row), 0.8, f"{detector}:table_kv"))
        elif len(line) <= 400 and _TABLE_HEADER_LINE.search(line) is not None:
            for delim in _TABLE_DELIMS:
                if delim not in line:
                    continue
                header = _table_cells(line, delim)
                cols = _password_columns(line, header)
                if len(header) < 2 or len(cols) != 1:
                    continue
                col, row_at = cols[0], nxt
                cell_value = _pin_value if _PIN_HEADER.fullmatch(line, *header[col]) else _table_value
                while row_at < n:
                    rnl = text.find("\n", row_at)
                    rend = n if rnl < 0 else rnl
                    row = text[row_at:rend]
                    if rend - row_at > 400 or delim not in row and not (row.strip() and _TABLE_SEPARATOR_ROW.fullmatch(row)):
                        break  # psql's `-----+-----` rule under the header has no pipe of its own
                    cells = _table_cells(row, delim)
                    if not _TABLE_SEPARATOR_ROW.fullmatch(row):
                        if len(cells) != len(header):
                            break
                        a, b = cells[col]
                        value = row[a:b]
                        if cell_value(value):
                            hits.append(Hit("PASSWORD", *view.to_original(row_at + a, row_at + b), 0.8,
                                            f"{detector}:table"))
                    row_at = rend + 1
                nxt = max(nxt, row_at)
                break
        elif len(line) <= 400 and "  " in line:
            nxt = _aligned_rows(view, line, pos, nxt, hits, detector)
        done = nxt
    return hits


_ALIGNED_GAP = re.compile(r"[ \t]{2,}")
_ALIGNED_HEADER_CELL = re.compile(r"[A-Za-z_][\w .\-]{0,23}|[\u4e00-\u9fff]{1,8}")


def _aligned_rows(view: View, line: str, pos: int, nxt: int, hits: list[Hit], detector: str) -> int:
    """A table pasted from a terminal or a spreadsheet with blanks between its columns: a header whose cells
    (words, two blanks or more apart) include one password word, then rows with as many blank-separated
    tokens; the token in the password column is read like a table cell. Returns where the table ends."""
    cells = _ALIGNED_GAP.split(line.strip())
    cols = [i for i, c in enumerate(cells) if _TABLE_HEADER_CELL.fullmatch(c)]
    if len(cells) < 2 or len(cols) != 1 or not all(_ALIGNED_HEADER_CELL.fullmatch(c) for c in cells):
        return nxt
    col, text, n = cols[0], view.text, len(view.text)
    cell_value = _pin_value if _PIN_HEADER.fullmatch(cells[col]) else _table_value
    row_at = nxt
    while row_at < n:
        rend = _line_end(text, row_at)
        row = text[row_at:rend]
        tokens = list(re.finditer(r"\S+", row)) if rend - row_at <= 400 else []
        if len(tokens) != len(cells):
            break
        token = tokens[col]
        if cell_value(token.group()):
            hits.append(Hit("PASSWORD", *view.to_original(row_at + token.start(), row_at + token.end()), 0.8,
                            f"{detector}:table_aligned"))
        row_at = rend + 1
    return max(nxt, row_at)


def _pin_value(value: str) -> bool:
    """A cell under a PIN header: four to eight digits, not one digit repeated."""
    return value.isdigit() and 4 <= len(value) <= 8 and len(set(value)) > 1


_ANSWER_KEYS = ("password", "passwd", "pwd", "pw")
_ASKS = re.compile(r"[?？](?=[ \t]*\r?$|[\s\u4e00-\u9fff])|多少|是啥|是什么|是什麼|呢|发我|發我|发一下|發一下|发下|给我|給我|告诉|告訴|见下|見下|如下|下一行|"
                   r"(?<![A-Za-z0-9_$])(?:密码|密碼|口令|(?i:password|passwd|pwd|pw))[ \t]*[:：]?[ \t]*\r?$|"
                   r"(?i:\bwhat|\bsend\b|\bdm\b|\bshare\b|\bbelow\b|\bfollowing\b)")
"""A line that asks for a password, or announces one below it (见下一行, as follows, ends in its label)."""
_ANSWER_LINE = re.compile(
    r"[ \t]*(?:[>*•\-–—👉]+[ \t]*)?(?:\[\d{1,2}:\d{2}(?::\d{2})?\][ \t]*)?"
    r"(?:(?:[^\s:：]{1,16}[ \t]+)?[^\s:：]{1,16}(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?[ \t]*[:：][ \t]*)?"
    r"(?:[>*•\-–—👉]+[ \t]*)?`?(?P<v>[^\s`]{6,64}?)`?[ \t]*\r?$")
"""A chat turn holding one token: an optional quote mark or bullet, a time, a speaker and its colon (`[10:05] 运维:`,
`IT 14:04:`, `回复 @我：`, `B：`), then the token alone (in backticks, maybe)."""
_EMAIL_LIKE = re.compile(r"[^@\s]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")


def _answer_value(value: str) -> bool:
    """A token that can only be a password when a chat turn gives it alone: letters and digits with a symbol or
    both cases (or eight characters or more with two of each), or a Chinese word with digits; not an address,
    a path, a version, a time, a placeholder, a hash or program text."""
    if _zh_password(value):
        return True
    letters, digits = sum(c.isalpha() for c in value), sum(c.isdigit() for c in value)
    if not (_strong_password(value) or len(value) >= 8 and letters >= 2 and digits >= 2) or not value.isascii():
        return False
    return not ("/" in value or "\\" in value or "(" in value or "=" in value or value[-1] in ":："
                or len(value) >= 16 and all(c in "0123456789abcdefABCDEF" for c in value)
                or _HOST_NAME.fullmatch(value) or _EMAIL_LIKE.fullmatch(value) or _VERSION_LIKE.fullmatch(value)
                or is_placeholder(value) or _HASH_VALUE.match(value) or _code_value(value)
                or value.startswith(("$", "{", "<", "%", "#", "@")))


def _answer_hits(view: View, lowered: str, positions: list[int], detector: str) -> list[Hit]:
    """A password given alone in a later chat turn: a line with a password word that asks for it (`VPN 密码多少？`,
    `pw for the staging box?`) or announces it (`新密码：`, `密码见下一行`), then within the next four lines one
    that holds a single password-shaped token after an optional speaker (`B：K7#mQ2xz`, `[10:05] 运维: …`)."""
    text = view.text
    hits: list[Hit] = []
    done = -1
    for at in positions:
        if at < done:
            continue
        ls = text.rfind("\n", 0, at) + 1
        le = _line_end(text, at)
        done = le
        if le - ls > 160 or _ASKS.search(lowered, ls, le) is None or _ZH_GAP_NOT.search(text, ls, le):
            continue
        seen, pos = 0, le + 1
        while seen < 4 and pos < len(text):
            end = _line_end(text, pos)
            if end - pos > 100:
                break
            if text[pos:end].strip():
                seen += 1
                m = _ANSWER_LINE.match(text, pos, end)
                if m is not None and _answer_value(m.group("v")):
                    hits.append(Hit("PASSWORD", *view.to_original(*m.span("v")), 0.75, f"{detector}:answer"))
                    break
            pos = end + 1
    return hits


_SIBLING_GAP = re.compile(r"(?:的是|的为|的為|要么是?|要麼是?|可能是|就是|还是|還是|(?:密码|密碼|口令)[^\s，,]{0,3}(?:是|为|為)|"
                          r"和|或者?|改成|改为|改為|换成|換成|再用|就用|"
                          r"(?i:then|or|or maybe|maybe|and|to|use|fails,?|else|otherwise)|->|→|[/／、]|[，,;；][ \t]*|"
                          r"[，,][ \t]*[\u4e00-\u9fff]{2,6})[ \t]*$")
"""How a sentence goes from one password to the next: `旧密码 A，新密码 B`, `A 或 B`, `try A first; if that fails, B`,
`admin/A，user/B`, `from A to B`, `测试环境 A，生产环境 B`, `5G 的是 A，2.4G 的是 B`. A bare 是 is not enough (`A，SSID 是
Office-5G`: the next value is something else's)."""
_SIBLING_TOKEN = re.compile(r"[!#-&(-~]{6,64}|[\u4e00-\u9fff]{2,4}[0-9]{4,12}[!#$%&*+.?@^_~\-]?")


_SIBLING_NOT = re.compile(r"(?:用户名?|用戶名?|账号|帳號|帐号|账户|主机|主機|地址|端口|邮箱|郵箱|域名|版本)(?!的)|"
                          r"(?i:ssid|user(?:name)?|login|host|port|mail|server|version|url|ip)\b(?!'s)")
"""A gap that names something else (`，用户名是 build-01`, `, host db-01`): what follows is not a second password
(but `app 用户的是 …`, the user's, is)."""
_ACCOUNT_SLASH_TOKEN = re.compile(r"[A-Za-z_][A-Za-z0-9_.\-]{0,15}/(?=[^/\s])")


def _sibling_hits(text: str, found: list[Hit], detector: str) -> list[Hit]:
    """A second password in the sentence of one already found: a short joining phrase (`_SIBLING_GAP`, 28
    characters at most, no line or sentence break), then a token shaped like a chosen password (words on the
    way, `first; if that fails,`, are passed over). Offsets are the original text's (the found hits' own)."""
    out: list[Hit] = []
    ends = sorted({h.end for h in found if h.entity_type == "PASSWORD"})
    for _ in range(2):  # a third value after the second
        new: list[int] = []
        for e in ends:
            hit = _sibling_after(text, e)
            if hit is not None:
                out.append(Hit("PASSWORD", hit[0], hit[1], 0.75, f"{detector}:sibling"))
                new.append(hit[1])
        if not new:
            break
        ends = new
    return out


def _sibling_after(text: str, e: int) -> tuple[int, int] | None:
    """The first password-shaped token within 28 characters after `e` that a joining phrase leads to."""
    stop = min(len(text), e + 28)
    j = e
    while j < stop and text[j] not in "\n。!?！？" and not (text[j] == "." and text[j + 1:j + 2] in ("", " ", "\n")):
        m = _SIBLING_TOKEN.match(text, j) if j == 0 or not ("!" <= text[j - 1] <= "~") else None
        if m is None:
            j += 1
            continue
        s = j
        account = _ACCOUNT_SLASH_TOKEN.match(m.group())
        if account is not None:  # `user/K7#mQ2xz`: the account, a slash, then the password
            s = j + account.end()
            m = _SIBLING_TOKEN.match(text, s)
        if m is not None and _SIBLING_GAP.search(text, e, s) is not None \
                and (account is not None or _SIBLING_NOT.search(text, e, s) is None):
            value = m.group().rstrip(",.;:)，")
            if (_zh_password(value) or _strong_password(value) and _answer_value(value)) \
                    and not (sum(c.isdigit() for c in value) < 2 and _identifier_shape(value.rstrip("!#$%&*+?@^_~-"))):
                return s, s + len(value)  # not a class name (`then run UserService`) unless digits say chosen
        j += max(1, len(m.group()) if m is not None else 1)
    return None


def _markdown_kv_row(text: str, pos: int, end: int) -> tuple[int, int] | None:
    """The value cell of a Markdown key / value row (`| 密码 | K7#mQ2xz |` under `| 项目 | 值 |`): a row of two
    cells whose first names the password, inside a table (a row above it), not its header (no separator under
    it). Returns the value's (start, end) in `text`."""
    line = text[pos:end]
    if not line.lstrip().startswith("|") or end - pos > 400 or pos < 2:
        return None
    above = text.rfind("\n", 0, pos - 1) + 1
    if not text[above:pos - 1].lstrip().startswith("|"):
        return None
    nl = text.find("\n", end + 1)
    below = text[end + 1:len(text) if nl < 0 else nl]
    if end < len(text) and below.lstrip().startswith("|") and _TABLE_SEPARATOR_ROW.fullmatch(below):
        return None
    cells = _table_cells(line, "|")
    if len(cells) != 2 or _TABLE_HEADER_CELL.fullmatch(line, *cells[0]) is None:
        return None
    a, b = cells[1]
    if b - a >= 2 and line[a] == "`" and line[b - 1] == "`":
        a, b = a + 1, b - 1
    return pos + a, pos + b


def _table_value(value: str) -> bool:
    """A cell that holds a password: one printable ASCII token shaped like one, not a stand-in for it."""
    if not value.isdigit() and re.fullmatch(r"[\d\-/:.]+", value):
        return False  # 2026-12-01, 10:30, 1.2.3: a date, a time or a version, not a password
    if _zh_password(value):
        return True
    return (3 <= len(value) <= 64 and all("!" <= c <= "~" for c in value) and _password_shape(value)
            and not is_placeholder(value) and not _HASH_VALUE.match(value) and not _NAMED_PASSWORD.fullmatch(value)
            and not value.startswith(("$", "{", "<", "%")))


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


_ACCOUNT_SLASH = re.compile(r"(?:账号|帳號|账户|帳戶|帐号|用户名|用戶名|用户|用戶|登录名|登錄名)[ \t]*[/／][ \t]*$")
"""A combined label right before 密码 (账号/密码：): the value after it is the account name, then the password."""
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


def _foreign_value(m: re.Match[str], value: str) -> bool:
    """A value after a foreign password word: any value right after a colon or a dash; after a copula, a
    particle or a few words one shaped like a password (not `La contraseña es obligatoria`, not a rule:
    `Das Kennwort muss …`); right after the word only a strong one."""
    value = value.rstrip(",;.)]}:")
    if value[:1] in "<[({":
        return False  # <votre mot de passe>, [Passwort]: a stand-in
    if m.group("fsp") is not None:
        return _strong_password(value) or _zh_password(value)
    gap = m.group("fgap")
    if not gap and (m.group("fcolon") is not None or m.group("fdash") is not None):
        return True  # Kennwort: …, Passwort – …: the label says what follows
    return (not gap or _FOREIGN_GAP_NOT.search(gap) is None) and _password_shape(value)


def _reset_value(value: str) -> bool:
    """A value a reset sentence gives: strong or a Chinese word with digits, not a path, a version or an address."""
    if "/" in value or _VERSION_LIKE.fullmatch(value) or _EMAIL_LIKE.fullmatch(value):
        return False
    return _strong_password(value) or _zh_password(value)


_CJK_LABEL = re.compile(r"[\u4e00-\u9fff]{0,8}(?:密码|密碼|口令)[\u4e00-\u9fff]{0,8}")
"""A value made of Chinese words around 密码 (`"login.password.forgot": "忘记密码"`): a UI string, not a password."""


_EXAMPLE_NOTE = re.compile(r"[\"'`]?[ \t]*(?:#|//|--|;)[ \t]*[^\n]{0,12}(?:示例|样例|樣例|例子|举例|舉例|(?i:example|sample|dummy|placeholder)|"
                           r"请替换|請替換|替换为|(?i:replace))")
"""A comment on the value's line that says it is an example (`password: example-pw  # 示例值，请替换`)."""
_SECOND_TOKEN = re.compile(r"[ \t]+(?P<v>[!#-&(-~]{3,128})")
_ACCOUNT_JOINED = re.compile(r"(?:账号|帳號|账户|帳戶|用户名|用戶名|用户|用戶)[和与與及、]?$")
"""账号密码 root/pw, 用户名和密码 root/pw: the value is a user / password pair (the pair pattern reads it)."""
_ABS_PATH = re.compile(r"~?/[\w.\-/]+")
_NSS_SOURCES = frozenset(("files", "compat", "systemd", "sss", "nis", "nisplus", "winbind", "ldap", "db", "altfiles"))
_YAML_TAG = re.compile(r"!{1,2}[A-Za-z_]{2,24}")
"""A YAML tag where a value would be: letters only after the '!' (a password with a '!' first has more)."""
_PARENTHETICAL = re.compile(r"^[(\[{<][A-Za-z _\-]*[)\]}>]?$")
"""A bracketed word standing in for a value: (sensitive, (known after apply), [REDACTED], <hidden>."""
_HASH_VALUE = re.compile(r"\$(?:2[abxy]?|1|5|6|7|y|gy|apr1|md5|sha\d*|argon2(?:id|i|d)|scrypt|pbkdf2[\w\-]*)\$"
                         r"|(?:pbkdf2_sha\d+|bcrypt(?:_sha256)?|argon2|scrypt|sha\d+_crypt|SCRAM-SHA-256)\$"
                         r"|\{(?i:s?sha\d*|s?md5|crypt|pbkdf2[\w\-]*|bcrypt|argon2\w*)\}"
                         r"|\*[0-9A-F]{40}$|md5[0-9a-f]{32}$")
"""A stored password hash in its scheme's own notation (crypt `$id$`, Django `algo$`, LDAP `{SSHA}`, MySQL
`*<40 hex>`, PostgreSQL `md5<32 hex>`): what a password becomes, not the password (the conventions' decoys)."""
_ABOUT_PARTS = frozenset((
    "hash", "hashed", "sha", "sha1", "sha256", "sha512", "md5", "digest", "bcrypt", "crypt", "salt", "hmac", "algo",
    "algorithm", "file", "path", "dir", "length", "len", "min", "max", "minlength", "maxlength", "expire", "expires",
    "expiry", "expiration", "days", "age", "history", "attempts", "retries", "policy", "complexity", "strength",
    "rule", "rules", "regex", "pattern", "field", "label", "hint", "prompt", "placeholder", "error", "msg",
    "message", "title", "enabled", "required", "encrypted", "enc", "cipher", "ciphertext", "url"))
"""Parts of a password setting's name after the password word that make it a setting about the password (its
hash, file, policy, form label), whose value is no password: PASSWORD_MIN_LENGTH=12, password_sha256,
POSTGRES_PASSWORD_FILE. Before the word, a part says whose password it is (KEYSTORE_FILE_PASSWORD is one), so
only `_ABOUT_BEFORE` counts there."""
_ABOUT_BEFORE = frozenset(("hash", "hashed", "sha", "sha1", "sha256", "sha512", "md5", "bcrypt", "crypt", "salted",
                           "digest", "encrypted", "enc", "cipher", "min", "max"))
_ABOUT_CAMEL = ("hash", "file", "path", "salt", "digest", "policy", "minlen", "maxlen", "length", "expir", "hint",
                "label", "placeholder", "prompt")
"""The same after a password word run together in camel case (passwordHash, passwordFile, passwordMinLength)."""
_NAME_RUN = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-")


def _about_the_password(text: str, at: int) -> bool:
    """Whether the name holding the password word at `at` names a setting about the password rather than the
    password itself (see `_ABOUT_PARTS`)."""
    s = at
    while s > 0 and at - s < 64 and text[s - 1] in _NAME_RUN:
        s -= 1
    e = at
    while e < len(text) and e - at < 96 and text[e] in _NAME_RUN:
        e += 1
    name = text[s:e].lower()
    word = re.match(r"password|passwd|passphrase|pwd|pass|pw", name[at - s:])
    if word is None:
        return False
    after = name[at - s + word.end():]
    if any(p in _ABOUT_BEFORE for p in re.split(r"[_.\-]+", name[:at - s])):
        return True
    return after.startswith(_ABOUT_CAMEL) or any(p in _ABOUT_PARTS for p in re.split(r"[_.\-]+", after))


_DOCKER_ENV = re.compile(r"[ \t]*(?:ENV|(?i:setx))[ \t]+[A-Z0-9_]*$")
"""A Dockerfile's legacy `ENV NAME value` line up to the password word (`ENV MYSQL_ROOT_PASSWORD K7#mQ2xz`)."""
_SPACE_KEYS = frozenset(("password", "passwd", "pwd", "pw", "p/w", "pass", "passphrase", "passcode"))
"""The words after which a value may follow with only a space."""


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
    return switches >= 4 and not _identifier_shape(part)


_TYPE_NAME = re.compile(r"(?:str|bytes|bytearray|string|String|int|bool|char|object|Any|Optional|Union|Final|"
                        r"SecretStr|SecretBytes|typing\.\w+|t\.\w+)(?:$|[\[|,)=:])")
"""A type annotation where a value would be (`password: str`, `password: Optional[bytes] = None`)."""
_IDENT = re.compile(r"[A-Za-z_]\w*")
_DOTTED = re.compile(r"[A-Za-z_][\w.]*")
_SNAKE = re.compile(r"[a-z]+(?:_[a-z0-9]+)+")
_CODE_WORDS = frozenset(("await", "lambda", "yield", "not", "new", "typeof", "function", "return", "None", "null"))
_OPERATOR_AFTER = re.compile(r"[ \t]+(?:[-+*/%|&]|or|and|if|\?)[ \t]")
_UNPACKING = re.compile(r"[ \t]*(?:[\w.]+[ \t]*,[ \t]*)+(?:self\.|this\.)?\w*$")
_MEMBER = re.compile(r"(?<![\w.])(?:self|this|cls)\.\w*$")
"""`user, password = ...` (unpacking) or `self.password = ...`: the name is a variable of a program."""
_PROSE_AFTER = re.compile(r"[,;]?[ \t]+[A-Za-z]+[,;]?[ \t]+[A-Za-z]+")


def _code_or_prose(text: str, start: int, value: str, end: int) -> bool:
    """A bare value after `password=` / `password:` that is program text or a sentence, not a password:
    a call or an index (`getpass(prompt`, `pw[:-1]`), a type annotation, a snake_case variable
    (`password_mgr`), an identifier in a chained or unpacking assignment, or a word starting a sentence
    (`password: The password for the login`, `two-pass: read the history`)."""
    if _TYPE_NAME.match(value) or value[0] in "([" or value.rstrip(":") in _CODE_WORDS:
        return True  # a tuple or list literal, `(self.username + ":" + ...`, `lambda: pw`, `await pw`
    if value.isalpha() and value.islower() and len(value) <= 4:
        return True  # `password = val`, `password_mgr=auth`: a short variable name
    if _IDENT.fullmatch(value) and _OPERATOR_AFTER.match(text, end):
        return True  # `passfile = homedir / PGPASSFILE`
    head = _DOTTED.match(value, 1 if value.startswith("(") else 0)
    if head is not None and head.end() < len(value) and value[head.end()] in "([":
        return True  # fallback_getpass(prompt, userinfo.partition(b':'), (self.password.encode(
    if _SNAKE.fullmatch(value) and not any(c.isdigit() for c in value):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    if _IDENT.fullmatch(value) and (_UNPACKING.match(text, line_start, start)
                                    or _MEMBER.search(text, max(line_start, start - 40), start)):
        return True
    if _IDENT.fullmatch(value) and re.match(r"[ \t]*=[^=]", text[end:end + 3]):
        return True  # passwd = acct = ''
    return value.isalpha() and _PROSE_AFTER.match(text, end) is not None


def _keyword_boundary(text: str, i: int) -> bool:
    """A key word starts a name part: start of text, after a non-letter, or camelCase (redisPassword)."""
    if i == 0 or not text[i - 1].isalpha():
        return True
    if text[i - 1].isupper() and text[i:i + 3].isupper() and text[i:i + 8].lower().startswith(_CAPS_KEYS):
        return True  # an upper-case environment name: PGPASSWORD, SMTPPASSWD
    if text.startswith("SSHPASS", i - 3) and text[i - 3:i + 4] == "SSHPASS":
        return True  # SSHPASS=… sshpass -e: the variable sshpass reads its password from
    return text[i - 1].islower() and text[i].isupper()


_CAPS_KEYS = ("password", "passwd", "pwd")


_B64URL = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
_JWT_CHARS = _B64URL | {"."}
_JWT_WHOLE = re.compile(r"eyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{4,}\.[A-Za-z0-9_\-]{8,}")
_LINE_GAP = frozenset(" \t")


def joined_token(text: str, start: int, chars: frozenset[str], incomplete: Callable[[str], bool],
                 breaks: int = 3) -> tuple[str, int]:
    """A token of `chars` from `start`, carried over up to `breaks` line breaks (and the next line's
    indentation): over a break while `incomplete(token so far)` says the token cannot end there, or when the
    next line holds nothing but the rest of it (up to a quote, comma, semicolon or the line's end). Returns the
    token without the breaks and where it ends in `text`."""
    return token_lines(text, start, chars, incomplete, breaks)[-1]


def token_lines(text: str, start: int, chars: frozenset[str], incomplete: Callable[[str], bool],
                breaks: int = 3) -> list[tuple[str, int]]:
    """`joined_token` line by line: the token and its end after its first line, after its second, ..."""
    out: list[tuple[str, int]] = []
    parts: list[str] = []
    i = start
    n = len(text)
    while True:
        j = i
        while j < n and text[j] in chars:
            j += 1
        parts.append(text[i:j])
        out.append(("".join(parts), j))
        k = j + 1 if text.startswith("\r\n", j) else j
        if breaks == 0 or j == i or k >= n or text[k] != "\n":
            return out
        k += 1
        while k < n and text[k] in _LINE_GAP:
            k += 1
        e = k
        while e < n and text[e] in chars:
            e += 1
        if e == k:
            return out
        whole_line = e == n or text[e] in "\r\n\"'`,;"
        if not incomplete(out[-1][0]) and not whole_line:
            return out
        i = k
        breaks -= 1


_JWT_START = r"eyJ(?<![A-Za-z0-9_\-]eyJ)"
"""``(?<![A-Za-z0-9_\-])eyJ`` with the look-behind after the literal: `re` then skips to each eyJ in C instead of
entering the pattern at every position (two passes of 0.8 ms over 64 KB)."""


class JwtRecognizer(ViewRecognizer):
    """JSON Web Token: three base64url parts whose header decodes to JSON with an "alg"; an unsecured token
    (RFC 7519 section 6: "alg": "none") has an empty third part."""

    def __init__(self) -> None:
        super().__init__("JWT", patterns(
            ("jwt", _JWT_START + r"[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{4,}\.[A-Za-z0-9_\-]{8,}", 0.8),
            ("jwt_unsecured", _JWT_START + r"[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{4,}\.(?![A-Za-z0-9_\-])", 0.8),
        ), trigger=r"eyJ")

    def match_view(self, view: View) -> list[Hit]:
        """The base patterns, then tokens broken over lines (a log wrapped at 76 columns, a pasted header)."""
        hits = super().match_view(view)
        text = view.text
        if "\n" not in text:
            return hits
        at = text.find("eyJ")
        while at >= 0:
            end = at + 3
            if at == 0 or text[at - 1] not in _B64URL:
                joined, end = joined_token(text, at, _JWT_CHARS, lambda t: t.count(".") < 2)
                if "\n" in text[at:end] and _JWT_WHOLE.fullmatch(joined) \
                        and not _JWT_WHOLE.fullmatch(joined, 0, text.find("\n", at) - at) \
                        and self.validate_result(joined) is not False:
                    os_, oe = view.to_original(at, end)
                    hits.append(Hit("JWT", os_, oe, 0.8, f"{self.name}:split"))
            at = text.find("eyJ", max(end, at + 3))
        return hits

    def validate_result(self, pattern_text: str) -> bool | None:
        head = pattern_text.split(".", 1)[0]
        try:
            obj = json.loads(base64.urlsafe_b64decode(head + "=" * (-len(head) % 4)))
        except (binascii.Error, ValueError, UnicodeDecodeError):
            return False
        if not (isinstance(obj, dict) and "alg" in obj):
            return False
        return not pattern_text.endswith(".") or str(obj["alg"]).lower() == "none"


_PEM_LABEL = r"((?:[A-Z0-9]+ ){0,3}PRIVATE KEY(?: BLOCK)?)"
_PEM_BEGIN = re.compile(r"-----BEGIN " + _PEM_LABEL + r"-----")
_PEM_SEP = r"(?:[ \t\r\n]|\\?\\[nrt]|\"[ \t]*\+?[ \t\r\n]*\")"
"""What may stand between the lines of a key: white space, JSON / C escapes (also escaped twice), and a string
closed and reopened (`"...\\n" + "MIIE..."`, or adjacent literals in Python and C)."""
_PEM_HEADERS = re.compile(r"(?:" + _PEM_SEP + r"*[A-Za-z][A-Za-z0-9\-]*:[ \t][^\r\n\\\"]*)*")
"""RFC 1421 / OpenPGP armour headers right under the BEGIN line (Proc-Type, DEK-Info, Version, Comment)."""
_PEM_RUN = re.compile(r"(?:" + _PEM_SEP + r"*[A-Za-z0-9+/=]+)*")
"""The key material: base64 lines and the separators between them, ending at the last base64 character."""
_PEM_END = re.compile(_PEM_SEP + r"*-----END " + _PEM_LABEL + r"-----")
_PEM_MIN_BODY = 8
"""Base64 characters under a BEGIN line that make it a key (a pasted key may be cut short, a marker has none)."""
_PEM_REACH = 16384
"""How far past a cut-short body the END line of the same block is looked for."""


def pem_blocks(text: str) -> Iterator[tuple[int, int]]:
    """Private key blocks in `text` as (start, end): each BEGIN line with at least _PEM_MIN_BODY base64 characters
    right under it (after any armour headers), not a placeholder.

    A block ends at the END line right after its key material (whatever its label: a mismatched END is still
    the end of the key); when something else follows the material (`...`, a note, a broken END), at the END line
    of the same label further on, if one comes before the next BEGIN; without one, where the material ends, so a
    truncated key is still caught (fail closed). Whether a block is a key depends on the material right under
    its BEGIN line only, never on what comes after it: masking other findings can shorten that material but not
    make it longer or move an END line, so a rescan of a masked text finds nothing new.
    """
    for m in _PEM_BEGIN.finditer(text):
        headers = _PEM_HEADERS.match(text, m.end())
        assert headers is not None  # both patterns match the empty string
        run = _PEM_RUN.match(text, headers.end())
        assert run is not None
        material = re.sub(r"\\?\\[nrt]|[^A-Za-z0-9+/=]", "", run.group())
        if len(material) < _PEM_MIN_BODY or is_placeholder(material):
            continue
        end = run.end()
        adjacent = _PEM_END.match(text, end)
        if adjacent is not None:
            yield m.start(), adjacent.end()
            continue
        limit = min(len(text), end + _PEM_REACH)
        nxt = text.find("-----BEGIN ", end, limit)
        stop = nxt if nxt >= 0 else limit
        close = text.find("-----END " + m.group(1) + "-----", end, stop)
        yield m.start(), (close + len(m.group(1)) + 14 if close >= 0 else end)


class PrivateKeyRecognizer(ViewRecognizer):
    """PEM / OpenSSH / PGP private key blocks, BEGIN line to END line (also with JSON \\n escapes); a block cut
    short or with a mismatched END line is a key too (see `pem_blocks`)."""

    def __init__(self) -> None:
        super().__init__("PRIVATE_KEY", patterns(
            ("pem", r"-----BEGIN " + _PEM_LABEL + r"-----", 1.0),
        ), trigger=r"-----BEGIN")

    def match_view(self, view: View) -> list[Hit]:
        """Blocks found by `pem_blocks`, scored 1.0 (the BEGIN line names what it is)."""
        text = view.text
        if "-----BEGIN " not in text:
            return []
        return [Hit("PRIVATE_KEY", *view.to_original(s, e), 1.0, self.name) for s, e in pem_blocks(text)]


_DSN_SCHEMES = (r"(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|redis|rediss|amqps?|mssql|sqlserver|oracle|"
                r"clickhouse|cockroachdb|db2|snowflake|neo4j|cassandra|elasticsearch|couchdb|influxdb|nats|kafka|"
                r"memcached|sqlalchemy|tidb|oceanbase|dm|kingbase|gaussdb|opengauss|hive|presto|trino|redshift|"
                r"couchbase|hana|vertica|teradata|doris|starrocks|greenplum|polardb|taos)(?:\+[a-z0-9]+)?")


_LOCAL_HOSTS = re.compile(r"(?i)^(?:localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[?::1\]?|host|hostname|example\.\w+)$")
_HOST_OF = re.compile(r"(?://|@)(?:[^\s/@]*@)?(?P<h>\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9_.\-]+)")


_GO_DSN_TAIL = re.compile(r"[^\s()\"'`<>]{1,256}\)/[A-Za-z0-9_\-$]*(?:\?[^\s\"'`<>]*)?")
_GO_DSN_USER = re.compile(r"[A-Za-z0-9_.\-]{1,64}")
_GO_DSN_BEFORE = frozenset(" \t\r\n\"'`=<>(,;")


def concrete_host(dsn: str) -> bool:
    """Whether a connection string without credentials names a real server: an IP address or a dotted host
    name, not localhost, a template ({host}, ${DB_HOST}, <host>) or a bare word (db, host)."""
    m = _HOST_OF.search(dsn)
    if m is None:
        return False
    host = m.group("h")
    end = m.end("h")
    if end < len(dsn) and dsn[end] in "{$<%":
        return False
    return "." in host.strip("[]") and not _LOCAL_HOSTS.match(host) or host.startswith("[") and host != "[::1]"


_ADO_SERVER = re.compile(r"(?i)^(?:Server|Data Source|Host)=(?:tcp:)?(?P<h>[^;,\\]+)")


def ado_host(value: str) -> bool:
    """An ADO.NET string without a password names a real server: an IP or dotted host (not localhost, `.`,
    `(localdb)`, a template)."""
    m = _ADO_SERVER.match(value)
    if m is None:
        return False
    host = m.group("h").strip()
    return "." in host and not _LOCAL_HOSTS.match(host) and not any(c in host for c in "{$<%(")


_LIBPQ_KEYS = ("host|hostaddr|port|dbname|user|password|passfile|sslmode|sslrootcert|sslcert|sslkey|connect_timeout|"
               "application_name|options|target_session_attrs|service|client_encoding|gssencmode")
_LIBPQ = re.compile(r"(?:(?:" + _LIBPQ_KEYS + r")=(?:'[^'\n]*'|[^\s'\"`]+)(?:[ \t]+|(?=[\"'`\n]|$))){3,}")
"""Three or more libpq connection keywords with values, blank-separated (values may be single-quoted)."""


_ADO_WORDS = ("server=", "data source=", "host=", "driver=", "dsn=", "provider=")
_ADO_HOST_WORDS = ("server=", "data source=", "host=")
"""The keywords (lower-cased, with their '=') that the ADO.NET patterns start with."""
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")
"""İ ı ſ and the Kelvin sign: the only characters beyond ASCII that a case-insensitive ASCII letter matches."""


def _keyword_led(rx: re.Pattern[str], text: str, low: str, words: tuple[str, ...]) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)`` for a case-insensitive pattern whose matches start with one of `words`: tried only where
    `str.find` sees one in the lower-cased text (the case-insensitive alternation, scanned, cost 2 ms a pass over
    64 KB of forms). Scanned as before when the lower-cased text is not at hand (`View.lower`) or holds a
    character that matches an ASCII letter only case-insensitively."""
    if low is text or _FOLDS_TO_ASCII.search(text) is not None:
        return rx.finditer(text)
    return iter(anchored(rx, text, word_positions(low, words)))


class DbConnectionRecognizer(ViewRecognizer):
    """Database connection strings: URIs with user:password@ (the user may be empty, the password may hold '@'),
    JDBC and ADO.NET strings with a password, and JDBC URLs or database URIs without credentials when they name
    a real server (an IP or a dotted host, not localhost or a template): a connection string is labelled
    whole either way, and an internal address and database name are worth as much as the user name."""

    def __init__(self) -> None:
        super().__init__("DB_CONNECTION_STRING", patterns(
            ("uri", r"(?<![A-Za-z0-9+])" + _DSN_SCHEMES + r"://[^\s:/@\"'<>]{0,64}:[!#-&(-;=?-~\u00c0-\u024f\u4e00-\u9fff]{1,128}@"
             r"[!#-&(-;=?-_a-~]{1,512}", 1.0),
            ("jdbc", r"jdbc:[a-z0-9]+:[^\s\"'<>`]*?(?:password|pwd)=[^\s\"'<>`&;]+[^\s\"'<>`]*", 1.0),
            ("jdbc_oracle", r"jdbc:oracle:(?:thin|oci):[A-Za-z0-9_$#]{1,30}/[^\s@/\"'<>`]{1,128}@"
             r"[!#-&(-;=?-_a-~]+", 1.0),
            ("adonet", r"(?i:(?:Server|Data Source|Host|Driver|DSN|Provider)=[^;\n\"]{1,128};(?:[^;\n\"]{1,128};){0,8}?"
             r"(?:Password|Pwd)=[^;\n\"]{1,128}(?:;[^;\n\"]{1,128}){0,8};?)", 1.0),
            ("adonet_host", r"(?i:(?:Server|Data Source|Host)=[^;\n\"]{1,128};(?:[^;\n\"]{1,128};){0,8}?"
             r"(?:Database|Initial Catalog)=[^;\n\"]{1,128}(?:;[^;\n\"]{1,128}){0,8};?)", 1.0),
            ("jdbc_host", r"jdbc:[a-z0-9]+:(?:[a-z0-9]+:)?(?:@|//)[!#-&(-;=?-_a-~]+", 1.0),
            ("uri_host", r"(?<![A-Za-z0-9+])" + _DSN_SCHEMES + r"://(?:[^\s:/@\"'<>]{1,64}@)?[A-Za-z0-9_.\-\[\]:]+"
             r"(?:/[!#-&(-;=?-_a-~]*)?", 1.0),
        ), trigger=r"://|jdbc:|(?i:password|pwd)=")
        self._host = [c for c in self._compiled if c[2].endswith("_host")]
        self._compiled = [c for c in self._compiled if not c[2].endswith("_host")]

    def match_view(self, view: View) -> list[Hit]:
        """The credential forms (URIs tried only where a scheme:// starts, JDBC and ADO.NET scanned), then the
        credential-less ones with a concrete host, their sentence punctuation cut off the end."""
        text = view.text
        hits: list[Hit] = []
        low = view.lower()
        ado = "database=" in low or "initial catalog=" in low  # an ADO.NET string without a password
        if "@tcp(" in text or "@unix(" in text:
            hits.extend(self._go_dsn(view))
        if not self._triggered(text, low):
            if ado:
                hits.extend(h for rx, score, pname in self._host if pname == "adonet_host"
                            for h in self._host_hits(view, rx, score, pname, []))
            return hits
        starts = scheme_starts(text)
        for rx, score, pname in self._compiled:
            found: Iterable[re.Match[str]]
            if pname == "uri":
                found = anchored(rx, text, starts)
            elif pname == "adonet":
                found = _keyword_led(rx, text, low, _ADO_WORDS)
            else:
                found = rx.finditer(text)
            for m in found:
                hit = self._accept(view, m.start(), m.end(), score)
                if hit is not None:
                    hits.append(hit)
        for rx, score, pname in self._host:
            if pname != "adonet_host" or ado:
                hits.extend(self._host_hits(view, rx, score, pname, starts))
        if "password=" in text and ("dbname=" in text or "user=" in text):
            hits.extend(self._libpq(view))
        return hits

    def _libpq(self, view: View) -> list[Hit]:
        """libpq keyword/value strings (`host=10.0.0.5 port=5432 dbname=app user=app password=...`, psycopg's
        `dsn=`, pgx, `PQconnectdb`): three or more known keywords, a host and a password among them."""
        text = view.text
        hits: list[Hit] = []
        for line in lines_with(text, ("password=",)):  # a keyword alternation scanned over the text is slow
            for m in _LIBPQ.finditer(text, line, _line_end(text, line)):
                hit = self._libpq_hit(view, m)
                if hit is not None:
                    hits.append(hit)
        return hits

    def _libpq_hit(self, view: View, m: re.Match[str]) -> Hit | None:
        """The finding for one run of libpq keywords: a host and a real password among them."""
        text = view.text
        if m.start() > 0 and text[m.start() - 1] in _TOKEN_CHAR:
            return None
        pairs = dict(p.split("=", 1) for p in m.group().split())
        if any(v.endswith(",") for v in pairs.values()):
            return None  # connect(host=host, user=user, password=password): keyword arguments, not a libpq string
        password = pairs.get("password", "").strip("'")
        if not ({"host", "hostaddr"} & pairs.keys()) or not password or is_placeholder(password):
            return None
        os_, oe = view.to_original(m.start(), m.start() + len(m.group().rstrip()))
        return Hit("DB_CONNECTION_STRING", os_, oe, 1.0, f"{self.name}:libpq")

    def _go_dsn(self, view: View) -> list[Hit]:
        """Go's MySQL driver form, ``user:password@tcp(host:port)/db?params``: no scheme, so it is found from its
        ``@tcp(`` / ``@unix(`` and read back to the start of the token (the password may hold ':' or '@')."""
        text = view.text
        hits: list[Hit] = []
        for proto in ("@tcp(", "@unix("):
            at = text.find(proto)
            while at > 0:
                tail = _GO_DSN_TAIL.match(text, at + len(proto))
                s = at
                while s > 0 and at - s < 200 and text[s - 1] not in _GO_DSN_BEFORE:
                    s -= 1
                user, colon, password = text[s:at].partition(":")
                if tail is not None and colon and _GO_DSN_USER.fullmatch(user) and password \
                        and not is_placeholder(password):
                    os_, oe = view.to_original(s, tail.end())
                    hits.append(Hit("DB_CONNECTION_STRING", os_, oe, 1.0, f"{self.name}:go_mysql"))
                at = text.find(proto, at + len(proto))
        return hits

    def _triggered(self, text: str, low: str) -> bool:
        """Whether the trigger (``://``, ``jdbc:`` or a case-insensitive ``password=`` / ``pwd=``) occurs: substring
        tests, several times faster than the pattern's case-insensitive scan. The pattern decides when the
        lower-cased text is not at hand (`View.lower`) or holds ſ, which a case-insensitive s matches."""
        if "://" in text or "jdbc:" in text:
            return True
        if low is not text and "ſ" not in text:
            return "password=" in low or "pwd=" in low
        return self._trigger is None or self._trigger.search(text) is not None

    def _host_hits(self, view: View, rx: re.Pattern[str], score: float, pname: str,
                   starts: list[int]) -> list[Hit]:
        """Credential-less connection strings that name a real server (`concrete_host`, `ado_host`)."""
        text = view.text
        hits: list[Hit] = []
        found: Iterable[re.Match[str]]
        if pname == "uri_host":
            found = anchored(rx, text, starts)
        elif pname == "adonet_host":
            found = _keyword_led(rx, text, view.lower(), _ADO_HOST_WORDS)
        else:
            found = rx.finditer(text)
        for m in found:
            s, e = m.span()
            while e > s and text[e - 1] in ".,;:)]}":
                e -= 1
            value = text[s:e]
            host_ok = ado_host(value) if pname == "adonet_host" else concrete_host(value)
            if not host_ok or self.invalidate_result(value):
                continue
            os_, oe = view.to_original(s, e)
            hits.append(Hit("DB_CONNECTION_STRING", os_, oe, score, f"{self.name}:{pname}"))
        return hits

    def invalidate_result(self, pattern_text: str) -> bool | None:
        m = re.search(r"://[^\s:/@]*:([^\s@]*)@", pattern_text)
        if m and is_placeholder(m.group(1)):
            return True
        m = re.search(r"(?i)(?:password|pwd)=([^;&\s]*)", pattern_text)
        if m and is_placeholder(m.group(1)):
            return True
        return None

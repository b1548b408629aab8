"""Vendor API keys by their documented formats (OpenAI, Anthropic, AWS, Alibaba Cloud, Tencent Cloud, Volcengine,
Baidu Qianfan, GitHub, GitLab, Slack, Stripe, Google, Hugging Face, npm, Zhipu; round 15w: OpenRouter, Groq, xAI,
Perplexity, Replicate, Docker Hub, Vault, Grafana, Shopify, DigitalOcean, Supabase, Postman, New Relic, PyPI, Firebase
Cloud Messaging, Mailgun, Telegram bots; SendGrid), also when a line break cut one
in two, and the unnamed secret written right after a cloud access key id (`oss2.Auth('LTAI…', '<secret>')`).

Apart from the generic rules because a vendor prefix is proof on its own: these keys are matched only where their
literal prefix is (`_vendor_starts`: one memchr-speed scan per lead character instead of one per vendor), scored
0.95, and other rules (HTTP Basic tokens, generic key values) ask `_vendor_of` whether a token is one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from detectors.normalize import View
from detectors.recognizers.base import Hit
from detectors.recognizers.secrets.value_shapes import _looks_random, is_placeholder
from detectors.recognizers.secrets.wrapped_tokens import token_lines


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
    ("gitlab", r"gl(?:pat|rt|dt|ptt|ft|cbt|imt|oas|soat|agent)-[A-Za-z0-9_\-]{20,}"),
    ("slack", r"xox[abposr]-[A-Za-z0-9\-]{10,}"),
    ("slack_webhook", r"https://hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]{20,}"),
    ("stripe", r"(?:[sr]k_(?:live|test)_|whsec_)[A-Za-z0-9]{20,}"),
    ("google", r"AIza[A-Za-z0-9_\-]{35}"),
    ("huggingface", r"hf_[A-Za-z0-9]{30,}"),
    ("npm", r"npm_[A-Za-z0-9]{36}"),
    ("openrouter", r"sk-or-v1-[0-9a-f]{64}"),
    ("groq", r"gsk_[A-Za-z0-9]{48,60}"),
    ("xai", r"xai-[A-Za-z0-9]{70,90}"),
    ("perplexity", r"pplx-[A-Za-z0-9]{40,56}"),
    ("replicate", r"r8_[A-Za-z0-9]{37}"),
    ("dockerhub", r"dckr_pat_[A-Za-z0-9_\-]{27}"),
    ("vault", r"hv[sbr]\.[A-Za-z0-9_\-]{24,}"),
    ("grafana", r"glsa_[A-Za-z0-9]{32}_[0-9a-f]{8}"),
    ("shopify", r"shp(?:at|ca|pa|ss)_[0-9a-fA-F]{32}"),
    ("digitalocean", r"do[opr]_v1_[0-9a-f]{64}"),
    ("supabase", r"sbp_[0-9a-f]{40}"),
    ("postman", r"PMAK-[0-9a-f]{24}-[0-9a-f]{34}"),
    ("newrelic", r"NRAK-[A-Z0-9]{27}"),
    ("pypi", r"pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_\-]{50,}"),
    ("firebase", r"AAAA[A-Za-z0-9_\-]{7}:APA91b[A-Za-z0-9_\-]{100,}"),
    ("mailgun", r"key-[0-9a-f]{32}"),
    ("sendgrid", r"SG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43}(?![A-Za-z0-9_\-])"),
)
# openai: the run before T3BlbkFJ is bounded (240, over the longest project keys) so that a match that fails
# costs at most that much: unbounded, each `sk-` in one long token re-read the rest of it (1 MB of `sk-` repeated
# took over 30 s, 0.79 s bounded; bench/detect/worst_case.py, input sk-).
_VENDOR = "|".join(f"(?:{rx})" for _name, rx in _VENDOR_KEYS)
"""No named groups: a group before the first literal switches off `re`'s first-character skip (10x slower)."""
_VENDOR_EACH = [(name, re.compile(rx)) for name, rx in _VENDOR_KEYS]
_VENDORS = dict(_VENDOR_EACH)
_VENDOR_LEADS: dict[str, tuple[tuple[str, int, tuple[str, ...]], ...]] = {
    "-": (("sk-", 2, ("openai", "openai_proj", "anthropic", "sk", "openrouter")),
          *((f"gl{k}-", 2 + len(k), ("gitlab",)) for k in ("pat", "rt", "dt", "ptt", "ft", "cbt", "imt", "oas", "soat",
                                                           "agent")),
          ("bce-v3/ALTAK-", 3, ("qianfan",)), *((f"xox{c}-", 4, ("slack",)) for c in "abposr"),
          ("xai-", 3, ("xai",)), ("pplx-", 4, ("perplexity",)), ("PMAK-", 4, ("postman",)), ("NRAK-", 4, ("newrelic",)),
          ("pypi-", 4, ("pypi",)), ("key-", 3, ("mailgun",))),
    "_": (("sk_", 2, ("stripe",)), ("rk_", 2, ("stripe",)), ("whsec_", 5, ("stripe",)), ("hf_", 2, ("huggingface",)),
          ("npm_", 3, ("npm",)), ("github_pat_", 6, ("github_pat",)),
          *((f"gh{c}_", 3, ("github",)) for c in "pousr"),
          ("gsk_", 3, ("groq",)), ("r8_", 2, ("replicate",)), ("dckr_pat_", 4, ("dockerhub",)), ("glsa_", 4, ("grafana",)),
          *((f"shp{k}_", 5, ("shopify",)) for k in ("at", "ca", "pa", "ss")),
          *((f"do{c}_", 3, ("digitalocean",)) for c in "opr"), ("sbp_", 3, ("supabase",))),
    "A": (*((p, 0, ("aws",)) for p in ("AKIA", "ASIA", "AGPA", "AIDA", "AROA", "ANPA", "ANVA", "AIPA", "ABIA", "ACCA")),
          ("AKID", 0, ("tencent",)), ("AKLT", 0, ("volcengine",)), ("ALTAK", 0, ("baidu",)), ("AIza", 0, ("google",)),
          ("LTAI", 2, ("aliyun",)), ("AAAA", 0, ("firebase",))),
    "hv": tuple((f"hv{c}.", 0, ("vault",)) for c in "sbr"),
    "SG.": (("SG.", 0, ("sendgrid",)),),
}
"""Where a vendor key can start, found from a literal part of its prefix (a `-`, a `_`, an `A`, `hv` or SendGrid's `SG.`): each
(prefix, index of that lead in it, vendors whose keys start with the prefix). Four scans that `re` runs at
memchr-like speed replace one scan per vendor (over thirty), each stepping through the text for its own prefix;
the vendor's pattern is then matched only where its prefix is (`_vendor_matches`). Vault's `hv` rather than its
dot: a text's dots are many (sentences, hosts, code), and each one entered the look-behinds."""
_VENDOR_LEAD_RX = {
    lead: re.compile(re.escape(lead) + "(?:" + "|".join(
        (f"(?<={re.escape(p[:i + len(lead)])})" if i else "")
        + (f"(?={re.escape(p[i + len(lead):])})" if p[i + len(lead):] else "")
        for p, i, _v in entries) + ")")
    for lead, entries in _VENDOR_LEADS.items()}
_LED_VENDORS = frozenset(v for entries in _VENDOR_LEADS.values() for _p, _i, vs in entries for v in vs)
assert all(p.startswith(lead, i) for lead, entries in _VENDOR_LEADS.items() for p, i, _v in entries)


def _prefix_index(entries: tuple[tuple[str, int, tuple[str, ...]], ...]) -> list[tuple[int, int, dict[str, tuple[str, ...]]]]:
    """One lead's prefixes grouped by (index of the lead, length): (index, length, {prefix: vendors}). At a hit of
    the lead, one slice per group and a dict look-up name the vendors, where testing every prefix of the lead
    (over twenty for `-` and `_`) cost a `startswith` each."""
    groups: dict[tuple[int, int], dict[str, tuple[str, ...]]] = {}
    for p, i, vendors in entries:
        table = groups.setdefault((i, len(p)), {})
        table[p] = table.get(p, ()) + vendors
    return [(i, n, table) for (i, n), table in groups.items()]


_VENDOR_PREFIX_INDEX = {lead: _prefix_index(entries) for lead, entries in _VENDOR_LEADS.items()}


def _vendor_starts(text: str) -> dict[str, list[int]]:
    """For each prefix-led vendor, the sorted places in `text` where one of its prefixes starts."""
    out: dict[str, list[int]] = {}
    for lead, rx in _VENDOR_LEAD_RX.items():
        index = _VENDOR_PREFIX_INDEX[lead]
        for m in rx.finditer(text):
            q = m.start()
            for i, n, table in index:
                vendors = table.get(text[q - i : q - i + n]) if q >= i else None
                if vendors is not None:
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


_TELEGRAM = re.compile(r"(?:(?<=/bot)|(?<![A-Za-z0-9_\-]))[1-9][0-9]{7,10}:AA[A-Za-z0-9_\-]{33}(?![A-Za-z0-9_\-])")
"""A Telegram bot token: the bot's numeric id, a colon and 35 characters starting `AA`; also in a Bot API URL,
where `bot` is glued before it (`api.telegram.org/bot<token>/sendMessage`)."""


def _telegram_hits(view: View, detector: str) -> list[Hit]:
    """Telegram bot tokens, tried only where `:AA` is (found by `str.find`)."""
    text = view.text
    out: list[Hit] = []
    at = text.find(":AA")
    while at >= 0:
        m = _TELEGRAM.search(text, max(0, at - 11), at + 38)
        if m is not None and m.start() < at < m.end() and not is_placeholder(m.group()):
            out.append(Hit("API_KEY", *view.to_original(*m.span()), 0.95, f"{detector}:telegram"))
        at = text.find(":AA", at + 3)
    return out


def _vendor_of(token: str) -> str:
    for name, rx in _VENDOR_EACH:
        if rx.match(token):
            return name
    return "unknown"

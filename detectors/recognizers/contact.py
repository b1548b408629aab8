"""Contact data: mainland mobile and landline numbers, e-mail addresses, IPv4/IPv6 addresses."""

from __future__ import annotations

import ipaddress
import re

from detectors.normalize import View
from detectors.recognizers.base import LINE_GAP, NUMBER_DECOY_WORDS, Hit, ViewRecognizer, compact, patterns

_NUMBER_WORD_GAP = r"[^0-9\n]{0,6}$"
assert NUMBER_DECOY_WORDS.pattern.endswith(_NUMBER_WORD_GAP)
PHONE_NEGATIVE = re.compile(
    NUMBER_DECOY_WORDS.pattern[:-len(_NUMBER_WORD_GAP)]
    + r"(?:(?!手机|手機|电话|電話|座机|座機|联系|聯系|tel|phone|mobile)[^0-9\n]){0,6}$", re.IGNORECASE)
"""Order / tracking words before a number, unless a phone word stands between them and the number
(帮我查下物流，手机号是 138...: the number is the phone, not the 物流 number)."""

PHONE_CONTEXT = ["手机", "手機", "电话", "電話", "联系", "聯系", "tel", "phone", "mobile", "mob", "微信", "致电",
                 "号码", "call", "whatsapp", "cell", "来电", "呼叫"]
_NL = LINE_GAP
_DOTS = r"[./·・_]"
_DOT_CHARS = frozenset("./·・_")


class CnPhoneRecognizer(ViewRecognizer):
    """Mainland mobile (MIIT segments 13x-19x), with +86 / 0086 / (+86) prefixes.

    Written forms: 11 digits; 3-4-4 groups with spaces or dashes (either gap may be closed), or with one of the
    gaps a line break; 3-4-4 groups with the same dot, slash, underscore or middle dot in both gaps; every digit
    spaced out; the first group spaced out and the rest in groups of four; or one line break anywhere inside. Other groupings (8-3, 4-7) are extension or order numbers,
    not phones.
    """

    NEGATIVE_CONTEXT = PHONE_NEGATIVE
    DIGIT_SCOPED = True
    LINE_BREAK_PATTERNS = frozenset({"linebreak"})  # without digit, \n, digit every match `repeats` one of mobile

    def __init__(self) -> None:
        # (?<![0-9A-Za-z+]) + optional +86 / 0086 / (+86) + "1", with the look-behind after each possible first
        # character (see base.NOT_AFTER_ALNUM): the same matches, and `re` skips to '+', '0', '(', '（' or '1' in C
        # (each branch starts with its own literal character: only then does `re` build the first-character set)
        nb = r"(?<![0-9A-Za-z+].)"
        lead = (r"(?:\+" + nb + r"86[ \-]?1|0" + nb + r"086[ \-]?1|\(" + nb + r"\+?86[)）][ \-]?1|（" + nb
                + r"\+?86[)）][ \-]?1|1" + nb + ")")
        super().__init__("CN_PHONE", patterns(
            # one pattern, one pass: 11 digits; 3-4-4 with spaces or dashes (either gap may be closed); one gap
            # a line break (a number split over two lines, or over two messages the proxy joins with a newline:
            # "138 1234" + "5678"); or both gaps the same punctuation (138.1234.5678, 138/1234/5678,
            # 138·1234·5678) and then not one more dotted part after it (versions, OIDs; before it: `adjust`)
            ("mobile", lead + r"[3-9]\d(?:[ \-]?\d{4}[ \-]?|" + _NL + r"\d{4}[ \-]?|[ \-]?\d{4}" + _NL
             + r"|(?P<sep>" + _DOTS + r")\d{4}(?P=sep))\d{4}(?!\d)(?(sep)(?!" + _DOTS + r"\d))", 0.6),
            # every digit spaced out; or the first group spaced or dashed digit by digit and the rest grouped 4-4
            # (１ ８ ９-６９９４-7159): one pattern, so one more pass over the text's 1s, not two
            ("spaced", lead + r"(?: [3-9](?: \d){9}(?![ ]?\d)|[ \-][3-9][ \-]?\d[ \-]\d{4}[ \-]?\d{4}(?![ \-]?\d))",
             0.6),
            ("linebreak", lead + r"(?:\r?\n)?[3-9](?:(?:\r?\n)?\d){9}(?!\d)", 0.6),
        ), context=PHONE_CONTEXT)

    def repeats(self, pattern_name: str, match: re.Match[str]) -> bool:
        """A `linebreak` match without a line break is a plain 11-digit number, which `mobile` finds with the
        same span and score."""
        return pattern_name == "linebreak" and "\n" not in match.group()

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
    """Fixed line: area code (010, 02x, 0xxx) + 7/8-digit number; 400/800 and short numbers are not matched.

    One line break may split the number (two messages joined by the proxy, a wrapped line): after the area
    code (``010-⏎8765 4321``, ``(0755)⏎2345 6789``) or inside the local number (``010-8765⏎4321``). An area code
    alone at a line end, without the dash or bracket that says a number follows, needs a phone word nearby:
    a column of numbers is not a phone book.
    """

    NEGATIVE_CONTEXT = PHONE_NEGATIVE

    DIGIT_SCOPED = True
    def __init__(self) -> None:
        area = r"0(?:10|2\d|[3-9]\d{2})"
        area_nz = r"(?:10|2\d|(?![48]00)[3-9]\d{2})"  # +86 400 / +86 800: service numbers, no area code
        local = r"[2-9]\d{2,3}[ \-]?\d{4}"
        local_nl = r"[2-9]\d{2,3}-?" + _NL + r"\d{4}"
        # after the area code: a gap and the local number (which may hold the line break), or the line break
        after_area = r"(?:[ \-]?(?:" + local + "|" + local_nl + r")|[ \-]?" + _NL + local + r")(?![0-9])"
        super().__init__("CN_LANDLINE", patterns(
            ("landline", r"0(?<![0-9A-Za-z+\-].)" + area[1:] + after_area, 0.55),
            ("landline_paren", r"[(（]" + area + r"[)）]" + after_area, 0.6),
            # +86 21 5888 1234, and the area code in brackets as English letterheads write it: +86 (21) 5888 1234,
            # +86 (0)21 5888 1234, +86 (021) 5888 1234
            ("landline_intl", r"(?:\+(?<![0-9A-Za-z].)86|0(?<![0-9A-Za-z].)086)[ \-]?(?:"
             + area_nz + r"[ \-]|[(（]0?" + area_nz + r"[)）][ \-]?|[(（]0[)）][ ]?" + area_nz + r"[ \-])"
             + local + r"(?![0-9])", 0.6),
        ), context=PHONE_CONTEXT + ["座机", "座機", "传真", "fax", "办公", "分机"], trigger=r"0\d|86")

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = compact(pattern_text)
        return None if 10 <= len(digits) <= 14 else False

    def adjust(self, text: str, start: int, end: int, score: float) -> float:
        value = text[start:end]
        if "\n" not in value:
            return score
        head = value.split("\n", 1)[0].rstrip(" \t\r")
        if head[-1:].isdigit() and len(compact(head)) <= 4 and not self.has_context(text, start, end):
            return 0.0  # "0571⏎83456789": a bare area code on its own line, no phone word
        return score


_LOCAL_BEFORE = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9._%+\-]{0,62}[A-Za-z0-9_\-])?$")
_UNI_LOCAL_BEFORE = re.compile(r"[\w.%+\-]{1,64}$")
"""RFC 6531 local parts: any letters and digits (张伟, josé, müller) plus the ASCII local-part punctuation."""
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_IDN_TLDS = ("中国", "中國", "公司", "网络", "網絡", "集团", "集團", "在线", "在線", "网址", "網址", "商城", "商店",
             "网店", "網店", "信息", "企业", "企業", "机构", "機構", "组织机构", "政务", "公益", "移动", "手机",
             "中文网", "香港", "台湾", "台灣", "新加坡", "澳门", "澳門", "广东", "佛山", "游戏", "娱乐", "购物",
             "网站", "世界", "我爱你")
"""Chinese top-level domains in use. Chinese has no spaces, so a Chinese TLD is matched from this list: a
pattern for "any Han run" would run on into the sentence after the address."""
_ASCII_DOMAIN_AFTER = re.compile(r"(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}"
                                 r"(?![A-Za-z0-9\-]|:[A-Za-z0-9~/])")
"""The usual domain, tried first: an ASCII class is faster than the Unicode one below."""
_LABEL = r"[^\W_](?:(?:[^\W_]|-){0,61}[^\W_])?"
_DOMAIN_AFTER = re.compile(
    r"(?:" + _LABEL + r"\.)+(?:"
    r"(?i:xn--)[A-Za-z0-9\-]{2,59}(?![A-Za-z0-9\-])"           # punycode TLD (xn--fiqs8s)
    r"|[A-Za-z]{2,24}(?![A-Za-z0-9\-]|:[A-Za-z0-9~/])"         # ASCII TLD, not a host:port/path
    r"|(?:" + "|".join(sorted(_IDN_TLDS, key=len, reverse=True)) + r")"
    r"|[^\W\d_" + _HAN + r"\u3040-\u30ff\uac00-\ud7af]{2,24}(?![^\W_])"  # рф, онлайн: spaced scripts
    r")")
"""Domain labels in any script (例子, xn--fsqu00a) up to a TLD in ASCII, punycode, Chinese (listed) or another
alphabetic script."""
_HAN_CHAR = re.compile(f"[{_HAN}]")
_LEAD_IN = re.compile(r"邮箱|郵箱|邮件|郵件|电邮|電郵|地址|联系|聯繫|联络|聯絡|发送|發送|发到|發到|发给|發給|发至|抄送|"
                      r"回复|回覆|寄到|寄给|账号|帳號|账户|帳戶|用户名|登录|登錄|至|到|给|給|是|向|请|請|及|或")
"""Words that lead into an address in Chinese prose (请发邮件至张伟@…): a Chinese local part starts after the
last of them, since nothing else separates it from the sentence."""
_SPELLED_AT = re.compile(r"\s*(?:\[at\]|[(（]at[)）]|\{at\}|【at】| at | AT )\s*")
_SPELLED_TRIGGER = re.compile(r"(?i:\[(?:at|dot)\]|[(（](?:at|dot)[)）]|\{(?:at|dot)\}|【(?:at|dot)】| dot )")
_SPELLED_CLOSE = re.compile(r"t[\])）}】](?<=[ao]t.)")
"""A spelled [at] / (dot) ... in lower-cased text, found from the t before its closing bracket; with `str.find` for
" dot ", a superset of `_SPELLED_TRIGGER` that costs a tenth of its case-insensitive scan. One literal first: `re`
skips to each t like `str.find` does, where a class of five closing brackets is tested at every character (0.3 ms
a pass over 64 KB, ten times the literal's)."""


def _spelled_possible(view: View) -> bool:
    """Whether `_SPELLED_TRIGGER` may match the view: a cheap gate, exact where lower-casing is not."""
    low = view.lower()
    if low is view.text:  # lower-casing would change a length: the case-insensitive pattern decides
        return _SPELLED_TRIGGER.search(low) is not None
    return " dot " in low or _SPELLED_CLOSE.search(low) is not None


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
            ls = _local_start(text, at)
            dm = None
            if ls is not None:
                dm = _ASCII_DOMAIN_AFTER.match(text, at + 1) or _DOMAIN_AFTER.match(text, at + 1)
            if ls is not None and dm:
                s, e = ls, dm.end()
                while s < at and text[s] in "._%+-":
                    s += 1
                too_long = s > 0 and text[s - 1] in _LOCAL_CHARS
                if s < at and not too_long and not self.invalidate_result(text[s:e]):
                    score = self.adjust(text, s, e, 0.95)
                    if score > 0:
                        if score < 1.0 and self.has_context(text, s, e):
                            score = 1.0
                        os_, oe = view.to_original(s, e)
                        hits.append(Hit("EMAIL", os_, oe, score, self.name))
            at = text.find("@", at + 1)
        if _spelled_possible(view) and _SPELLED_TRIGGER.search(text):
            hits.extend(self._spelled(view))
        return hits

    def _spelled(self, view: View) -> list[Hit]:
        """Addresses with the @ or dots spelled out. When a match with a word ` at ` is followed by another
        spelled at, the first at was prose (`ping me at kevin.tan at example dot com`): the address starts
        after it."""
        text = view.text
        rx = self._compiled[0][0]
        hits: list[Hit] = []
        pos = 0
        while (m := _spelled_search(rx, text, pos)) is not None:
            if _SPELLED_AT.match(text, m.end()):
                first = _SPELLED_AT.search(text, m.start(), m.end())
                if first is not None:
                    pos = first.end()
                    continue
            hit = self._accept(view, m.start(), m.end(), 0.8)
            if hit is not None:
                hits.append(hit)
            pos = m.end()
        return hits

    def invalidate_result(self, pattern_text: str) -> bool | None:
        local, at, domain = pattern_text.lower().partition("@")
        if not at:
            return None
        if local == "git":
            return True  # git@github.com:org/repo.git
        if domain in ("openssh.com", "libssh.org") and _SSH_ALGORITHM.fullmatch(local):
            return True  # an SSH algorithm or extension name, not a mailbox
        return bool(_SAMPLE_LOCAL.match(local) and (_RESERVED_DOMAIN.search(domain) or _SAMPLE_DOMAIN.match(domain)))

    def adjust(self, text: str, start: int, end: int, score: float) -> float:
        if _USERINFO_BEFORE.search(text, max(0, start - 80), start):
            return 0.0  # pass@host inside scheme://user:pass@host is a DSN, not an address
        pre = text[max(0, start - 80):start]
        if ("ss" in pre or "ftp" in pre or "telnet" in pre) and _LOGIN_BEFORE.search(text, max(0, start - 80), start):
            return 0.0  # ssh deploy@bastion.example.com: a login to a host, not a mailbox
        before = text[start - 1] if start > 0 else ""
        if before == "*":
            return 0.0  # j****g@163.com: a masked address shows its domain only (the scan would keep g@163.com)
        at = text.find("@", start, end)
        if at >= 0 and before == "/" and text[at + 1:end].isupper():
            return 0.0  # HTTP/web01.corp.example.com@CORP.EXAMPLE.COM, admin/admin@REALM: a Kerberos principal
        if at >= 0 and text[at + 1:end].isupper() and not any(c.isupper() for c in text[start:at]):
            return 0.0  # svc_hive@CORP.EXAMPLE.CN: a lower-case name in an upper-case realm is a Kerberos principal
        if before and not before.isspace() and before not in _AROUND_ADDRESS and _USERINFO_RUN.search(
                text, max(0, start - 100), start):
            return 0.0  # root:Xk9#mP2q@db01.example.cn: the address-looking tail of a user:password@host
        if text.startswith("'s password", end):
            return 0.0  # ops@db01.example.cn's password: ssh asking for the login's password
        if at >= 0 and _SYSTEMD_UNIT.search(text, at, end):
            return 0.0  # getty@tty1.service, openvpn-client@office.example.cn.service: a systemd template unit
        if "context" in text[max(0, start - 24):start] and _KUBE_CONTEXT_BEFORE.search(text, max(0, start - 24), start):
            return 0.0  # kubectl --context admin@prod.k8s.example.cn, config use-context ops@k8s.example.cn
        if text.rfind("AAAA", max(0, start - 800), start) >= 0 and _PUBKEY_BEFORE.search(text, max(0, start - 800), start):
            return 0.0  # ssh-ed25519 AAAAC3... ops@bastion.example.cn: the comment of an SSH public key
        if text.startswith(":", end) and _COPY_BEFORE.search(text, max(0, start - 200), start):
            return 0.0  # scp ./a.tar ops@files.example.cn: / rsync … ops@host::module: a copy to a host
        if _message_id_before(text, start):
            return 0.0  # Message-ID: <20261130.4A1B@mail.example.cn>: an id a mail server made up
        if _HOST_PATH_AFTER.match(text, end):
            return 0.0  # scp a ops@jump.example.cn:/tmp/, root@web-01.example.com:~#: a host and a path on it
        if start > 0 and text[start - 1] == "[" and _PROMPT_AFTER.match(text, end):
            return 0.0  # [ops@bastion.example.cn ~]$: a shell prompt names the login and the host
        return score


_AT_WORD = re.compile(r"\[at\]|[(（]at[)）]|\{at\}|【at】| at | AT ")
"""The spelled-out at-signs of the `email_spelled` pattern (its first characters are rare but for the space)."""


def _spelled_search(rx: re.Pattern[str], text: str, pos: int) -> re.Match[str] | None:
    """``rx.search(text, pos)`` for the `email_spelled` pattern, tried only where a match can start.

    A match is a local part, blanks, a spelled at-sign ... and starts where no local-part character is before
    it, so its local part is the whole run of local-part characters (at most 64) that ends where the blanks
    before its at-sign begin. Each at-sign, in order, gives one place to try, instead of a search that enters the
    pattern (it starts with a look-behind) at every position: 2.7 ms a pass over 64 KB of forms."""
    q = pos
    while (t := _AT_WORD.search(text, q)) is not None:
        w = t.start()
        q = w + 1
        while w > 0 and text[w - 1].isspace():
            w -= 1
        r = w
        while r > 0 and w - r <= 64 and text[r - 1] in _LOCAL_CHARS:
            r -= 1
        if r < pos or r == w or w - r > 64:
            continue
        m = rx.match(text, r)
        if m is not None:
            return m
    return None


_SAMPLE_LOCAL = re.compile(r"(?:your[._\-]?)?(?:name|user|username|user[._]name|someone|somebody|email|mail|"
                           r"foo|xxx+|sample|demo)$")
_SAMPLE_DOMAIN = re.compile(r"(?:your|my|some)?(?:domain|company|companyname|xxx+|abc|def|mail|email)\.(?:com|tld|xxx|ghi)$")
"""A domain that only stands for one in a sample (`name@domain.com`, `xxx@xxx.com`, `user@domain.tld`): a sample
mailbox there is no address either."""
_MESSAGE_ID_BEFORE = re.compile(r"(?i:message-id|in-reply-to|references|content-id)[ \t]*:[ \t]*(?:<[^\s<>]*>[ \t]*)*<$")
"""Mail headers whose angle brackets hold a message or part id (`local@host` in form, made up by a server)."""


def _message_id_before(text: str, start: int) -> bool:
    """`_MESSAGE_ID_BEFORE` in the 40 characters before ``start``, searched only when a ``<`` ends them (the pattern
    ends with ``<$``, and ``$`` may stand before one final newline): most addresses have none, and the
    case-insensitive search cost 1.5 µs at each of them."""
    tail = text[max(0, start - 2) : start]
    if not (tail.endswith("<") or tail.endswith("<\n")):
        return False
    return _MESSAGE_ID_BEFORE.search(text, max(0, start - 40), start) is not None


_RESERVED_DOMAIN = re.compile(r"(?:^|\.)(?:example\.(?:com|net|org)|[a-z0-9\-]+\.(?:invalid|test|example|localhost))$")
"""A form's sample address: a placeholder mailbox (name@, user@, your.name@) at a domain reserved for
documentation (RFC 2606: example.com, *.invalid, *.test). A real person at example.com is still an address."""
_LOCAL_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._%+-")


def _foreign_letter(c: str) -> bool:
    """A letter or digit outside ASCII and outside Chinese (é, ü, я)."""
    return not c.isascii() and c.isalnum() and not _HAN_CHAR.match(c)


def _local_start(text: str, at: int) -> int | None:
    """Where the local part before the '@' at `at` starts, or None when there is none.

    ASCII right before the '@': the ASCII local part as ever, carried on over letters of other alphabets
    (josé, müller) but not over Chinese (请发到zhang@… starts at z). Otherwise an RFC 6531 local part in any
    script; when it holds Chinese it starts after the last lead-in word (请发邮件至张伟@… starts at 张).
    """
    if at == 0:
        return None
    prev = text[at - 1]
    if prev.isascii():
        floor = max(0, at - 64)
        # a match lies inside the run of local-part characters that ends at the '@' (or, `$` being `$`, at a
        # newline right before it): searching from the run's start finds the same match without trying the
        # pattern at every letter of the words before it
        run = at - 1 if prev == "\n" else at
        while run > floor and text[run - 1] in _LOCAL_CHARS:
            run -= 1
        lm = _LOCAL_BEFORE.search(text, run, at)
        if lm is None:
            return None
        s = lm.start()
        while s > floor and (text[s - 1] in _LOCAL_CHARS or _foreign_letter(text[s - 1])):
            s -= 1  # josé.garcía: letters of other alphabets belong to the local part, Chinese does not
        return s
    if not prev.isalnum():
        return None
    um = _UNI_LOCAL_BEFORE.search(text, max(0, at - 64), at)
    if um is None:
        return None
    s = um.start()
    if _HAN_CHAR.search(text, s, at):
        for m in _LEAD_IN.finditer(text, s, at):
            s = m.end()
    return s if s < at else None
_LOGIN_BEFORE = re.compile(r"(?<![\w\-])(?:ssh|sftp|mosh|ssh-copy-id|ftp|lftp|telnet)(?:[ \t]+-[A-Za-z]+(?:[ \t]+[^\s@\-][^\s@]*)?)*"
                           r"[ \t]+$")
"""`ssh [-p 2222 -i key] user@host`: the address right after an ssh-family command and its options."""
_AROUND_ADDRESS = frozenset("\"'`(<[{,，：；;:=|/\\*")
_USERINFO_RUN = re.compile(r"(?:^|[\s\"'`(<\[{,，：；;=])[A-Za-z][A-Za-z0-9_.\-]{0,31}:[^\s@]{1,64}$")
"""`user:pa#ss` glued to the left of a local part: the '@' is a password's end, not an address's."""
_SYSTEMD_UNIT = re.compile(r"\.(?:service|socket|timer|target|mount|path|slice|scope)$")
_KUBE_CONTEXT_BEFORE = re.compile(r"(?:--context(?:[ \t]*=[ \t]*|[ \t]+)|(?:use|set|delete|rename)-context[ \t]+)$")
"""kubectl's context names are often user@cluster (EKS, Rancher, kubeadm's kubernetes-admin@kubernetes)."""
_PUBKEY_BEFORE = re.compile(r"(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-nistp\d+|sk-ssh-ed25519@openssh\.com)[ \t]+"
                            r"[A-Za-z0-9+/]{20,}={0,3}[ \t]+$")
_COPY_BEFORE = re.compile(r"(?<![\w\-])(?:scp|rsync|pscp)(?![\w\-])[^\n|;&]*$")
_HOST_PATH_AFTER = re.compile(r"(?:\.[A-Za-z0-9\-]+)*:[A-Za-z0-9~/]")
"""Right after the domain, the rest of a host name and a colon with a path or port: `user@host:path` (scp, rsync,
a shell prompt) logs in to a host. The domain pattern already refuses a TLD before such a colon, and so stops at
an earlier label (`ops@jump.example` of `ops@jump.example.cn:/tmp`): this looks past it."""
_PROMPT_AFTER = re.compile(r"[ \t][^\s\]]{1,64}\][$#]")
"""`[user@host dir]$` or `]#`: the rest of a bash prompt after the host."""
_USERINFO_BEFORE = re.compile(r"://[^\s/@?#]*(?::[^\s/]*)?$")
"""Inside a URL's authority (scheme://user:pa*ss@host): up to the '@' is userinfo, not a mailbox; a password
may hold a '#', '?' or '@' (`https://bot:Gt0k#X9@git.corp.local`, `%40` decoded), which a URL parser would not
take."""
_SSH_ALGORITHM = re.compile(r"(?:sk-)?(?:ssh|ecdsa|rsa|curve|chacha|aes|hmac|umac|mlkem|sntrup|kex|zlib|"
                            r"[a-z\-]*(?:ed25519|nistp\d+|sha\d*|-etm|-cert-v\d\d))[a-z0-9\-.]*")
"""Local parts of SSH algorithm names (`sk-ssh-ed25519@openssh.com`, `chacha20-poly1305@openssh.com`)."""
_NUMBERING_BEFORE = re.compile(r"(?i:(?<![a-z])(?:oid|objectidentifier|section|sect\.|chapter|clause|§)|章节|条款)"
                               r"[ \t\-#:=(\"']*$")
"""Words before a dotted number that make it an object identifier or a document section."""
_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
_OCTET_AFTER_FIRST = r"(?:(?<=2)(?:5[0-5]|[0-4]\d)|(?<=1)\d\d|(?<=[1-9])\d|)"
"""The rest of an `_OCTET` whose first digit is matched already, its branches in the same order (25x, 2[0-4]x,
1xx, [1-9]x, x): the IPv4 pattern starts with that digit, then checks the character before it, so `re` skips to
digits in C instead of entering the matcher at every position for a leading look-behind."""
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
_ASCII_OCTET = r"(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"
_HOST_FLAG = re.compile(r"-[hH](?<= -[hH])(?=\d)")
"""A host flag with a digit run onto it (`mysql -h10.1.2.3`): led by the '-', which `re` skips to."""
_IPV4_ASCII = re.compile(_ASCII_OCTET + r"(?:\." + _ASCII_OCTET + r"){3}")
_V6_ANCHOR = re.compile(r"::|:[0-9A-Fa-f]{1,4}:")
"""IPv6 candidates start at a colon pair (literal, fast); the full grammar runs only on those."""
_V6_CHARS = frozenset("0123456789abcdefABCDEF:.")


class IpAddressRecognizer(ViewRecognizer):
    """IPv4 (dotted quad, not part of a longer dotted number or a version string) and IPv6 (incl. compressed)."""

    DIGIT_SCOPED = True  # IPv4 runs in the digit windows; IPv6 has its own colon-anchored pass

    def __init__(self) -> None:
        super().__init__("IP_ADDRESS", patterns(
            ("ipv4", r"\d(?<![0-9A-Za-z.].)" + _OCTET_AFTER_FIRST + r"(?:\." + _OCTET + r"){3}(?!\.?\d|[A-Za-z\-])",
             0.75),
        ), context=["ip", "host", "server", "地址", "服务器", "addr", "upstream", "bind", "endpoint", "节点"],
            trigger=r"\d\.\d")
        self._version_before = re.compile(r"(?<![A-Za-z/])(?:version|ver|版本号?|release|build|tag|python|node|nodejs|java|go)\s*[:=：]?\s*$",
                                          re.IGNORECASE)

    def match_view(self, view: View) -> list[Hit]:
        hits = super().match_view(view)
        text = view.text
        for flag in _HOST_FLAG.finditer(text):
            hit = self._after_host_flag(view, flag.end())
            if hit is not None:
                hits.append(hit)
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

    def _after_host_flag(self, view: View, at: int) -> Hit | None:
        """An IPv4 address run onto a host flag (`mysql -h10.1.2.3`), which the pattern's letter look-behind
        refuses; looked for only right after ` -h` / ` -H`."""
        text = view.text
        m = _IPV4_ASCII.match(text, at)
        if m is None or (m.end() < len(text) and (text[m.end()].isalnum() or text[m.end()] in "-_"
                                                   or text.startswith(".", m.end()) and text[m.end() + 1:m.end() + 2].isdigit())):
            return None
        return Hit("IP_ADDRESS", *view.to_original(*m.span()), 0.9, self.name)

    def validate_result(self, pattern_text: str) -> bool | None:
        if pattern_text.isascii() and _IPV4_ASCII.fullmatch(pattern_text):
            return None  # four octets 0-255 without leading zeros: what ip_address accepts
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
        lo = max(0, start - 12)
        e = _word_end(text, lo, start, _BLANKS, ":=：")
        if e > lo and _VERSION_LAST.match(text, e - 1) and self._version_before.search(text, max(lo, e - 7), start):
            return 0.0
        lo = max(0, start - 24)
        e = _word_end(text, lo, start, _NUMBERING_TAIL, "")
        if e > lo and _NUMBERING_LAST.match(text, e - 1) and _NUMBERING_BEFORE.search(text, max(lo, e - 16), start):
            return 0.0  # ObjectIdentifier("2.5.4.97"), RFC 7231 section 7.1.1.1: a numbering, not a host
        return score


_NUMBERING_TAIL = frozenset(" \t-#:=(\"'\n")
_NUMBERING_LAST = re.compile(r"(?i:[drne.§节款])")
"""The last characters of the `_NUMBERING_BEFORE` words (oid, objectidentifier, section, sect., chapter, clause,
§, 章节, 条款), matched like the pattern matches them."""
_VERSION_LAST = re.compile(r"(?i:[nr本号edgsao])")
"""The last characters of the version words of `IpAddressRecognizer` (version, ver, 版本, 版本号, release, build,
tag, python, node, nodejs, java, go)."""
_BLANKS = frozenset(" \t\n\r\f\v\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
                    "\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
"""What ``\\s`` matches (str.isspace)."""


def _word_end(text: str, lo: int, hi: int, tail: frozenset[str], sign: str) -> int:
    """Where the word of a ``word<tail chars>*$`` pattern searched in text[lo:hi] must end (the patterns of
    `IpAddressRecognizer.adjust`): before the run of `tail` characters that ends at `hi`, and before at most one
    `sign` character with `tail` characters on both sides of it. No word ends in one of those characters, so a
    match starts at most a word's length before this, and is searched from there, not from every position from
    `lo` (each costs a case-insensitive alternation, and IPs are many in logs). A line break right before `hi`,
    where ``$`` also matches, is in `tail`."""
    e = hi
    while e > lo and text[e - 1] in tail:
        e -= 1
    if sign and e > lo and text[e - 1] in sign:
        e -= 1
        while e > lo and text[e - 1] in tail:
            e -= 1
    return e

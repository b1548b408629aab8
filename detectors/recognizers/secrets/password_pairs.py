"""Accounts handed over with their passwords, without a key=value form: `账号：user / pw`, `login with admin:pw`,
`admin/pw` after what it logs into, `10.0.3.7 root pw`, `user:pw@host` without a scheme, `address:password`
lists, hand-over list lines (`- 生产MySQL：dba / …`), bare pairs on a line that speaks of an account (`用户 ops / …`),
and `U:` / `P:` shorthand lines.

Apart from the labelled forms because the account is the anchor here: the password is whatever token follows a
user name, so the value must look chosen (not a host, a path, a page or a version).
"""

from __future__ import annotations

import re

from detectors.normalize import View
from detectors.recognizers.base import Hit
from detectors.recognizers.secrets.anchors import Positions, _line_end, lines_with, word_positions
from detectors.recognizers.secrets.value_shapes import (
    _EMAIL_LIKE, _HASH_VALUE, _HOST_NAME, _VERSION_LIKE, _ZH_NOT_WORD, _password_shape, _strong_password,
    _zh_password, is_placeholder,
)


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
_LOGIN_WORDS = ("login", "log in", "sign in", "cred", "账号", "用户名", "登录")
"""Where `colon_pair` and `pair_login_before` are tried (and, before its word, `pair_login`): each word's positions
are found once per text for all of them (`Positions`); every word is one more pass over the text."""
_PAIR_WORDS = re.compile(r"账号|帳號|账户|帳戶|用户名|用戶名|账密|登录|登錄")
"""The Chinese account labels, as one pattern: their first characters are rare, so `re` skips ahead in C."""


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


_USER_LINE = re.compile(r"[ \t]*(?:u|u/n|user|username|login|用户|用户名|用戶名|账号|帳號)[ \t]*[:：][ \t]*[a-z][!-~]{0,63}[ \t]*\r?$")
"""A hand-over block's user line (`U: ops01`, `U/N: ops01`, `User: ops01`) right above a `P:` line."""
_P_LINE_START = re.compile(r"\n[Pp][ \t]*[:：]")
"""Where a `P:` line starts (a regex led by the line break is faster here than two `str.find` over CJK text)."""
_P_LINE = re.compile(r"[pP][ \t]*[:：][ \t]*(?P<v>[!-~]{3,64})[ \t]*\r?$")


_CREDS_AND = re.compile(r"(?i:creds|credentials|login)[ \t]+(?:are|is)[ \t]+[A-Za-z0-9_.@\\\-]{1,40}[ \t]+(?:and|&)[ \t]+"
                        r"(?P<v>[!-~]{6,64})(?![!-~])")


def _creds_and_hits(view: View, found: Positions, detector: str) -> list[Hit]:
    """`the VPN creds are ops and K7#mQ2xz`: an account, `and`, then a strong password (not `credentials are
    stored and rotated`: words are no passwords)."""
    text = view.text
    hits: list[Hit] = []
    for at in found.of(("cred", "login")):
        m = _CREDS_AND.match(text, at)
        if m is None:
            continue
        value = m.group("v").rstrip(",.;:)!")
        if not _strong_password(value) or is_placeholder(value) or "/" in value or "=" in value:
            continue
        vs = m.start("v")
        hits.append(Hit("PASSWORD", *view.to_original(vs, vs + len(value)), 0.8, f"{detector}:creds_and"))
    return hits


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

"""Passwords in configuration: key=value in its many syntaxes (the `kv` pattern's key words, and `_PW_VALUE`, the
value grammar every labelled password pattern shares), XML elements and attributes, name / value pairs
(Kubernetes, ECS, Terraform), a label alone on its line with the value on the next, YAML block scalars, `secret:`
under a `credentials:` block, `.pgpass` lines, network device account lines (Cisco, Huawei); and the tests on a
key's name that make it a setting about the password (`POSTGRES_PASSWORD_FILE`, `password_min_length`).

Apart from commands and prose because here a key names the value: the name decides, and the value may be
anything that is not a stand-in.
"""

from __future__ import annotations

import re

from detectors.normalize import View
from detectors.recognizers.base import Hit
from detectors.recognizers.secrets.anchors import _line_end, lines_with
from detectors.recognizers.secrets.value_shapes import (
    _CODE_VALUE, _HASH_VALUE, _NAMED_PASSWORD, _password_shape, is_placeholder,
)


_PW_KEY = (r"(?:password|passwd|passphrase|pwd|pass(?!port|age|ing|ed|enger|ive|through)|pw(?![a-z])|p/w(?![a-z])"
           r"|psk(?![\w.\-])|rediscli_auth|pasw(?:ord|rd|d)(?![a-z])|pswd?(?![a-z])|pword(?![a-z])"
           r"|pas(?=[\"'`]?[ \t]*[:=：]))"
           r"[a-z0-9_.\-]{0,64}")
"""Lower-case on purpose: the key=value pattern runs over the lower-cased text (same offsets), which is
much faster than a case-insensitive alternation; the value is then read from the real text. The name's tail is
bounded (64): unbounded, every `pw` inside one long token re-read the rest of it before failing (quadratic: 1 MB
of random token characters took 19.6 s, 0.37 s bounded; bench/detect/worst_case.py, input long-line)."""
_TRUNCATED_KEYS = ("pas=", "pas:", "pas\"", "pas'")
"""`pas` alone names a password only cut short at the end of a joined name (`loginpas=`, `userpas:`): found by these
exact strings, and kept only after a `_JOINED_OWNERS` word (`_joined_owner`)."""
_PW_VERB = (r"(?:(?:was|has[ \t]+been|have[ \t]+been|is[ \t]+now)[ \t]+(?:changed|reset|set|updated)[ \t]+to|is(?:[ \t]+now)?"
            r"|(?:changed|reset|set|updated)[ \t]+to|to|from(?=[ \t]+[!-~]{6,64}[ \t]+to[ \t]))")
"""`password is …`, `password was / has been reset to …`, `password for the root account is …`, `I set the
mailbox password to …`, `changed the password from … to …` (`from` only with its `to`: not `Failed password for
invalid user admin from bastion-01`)."""
_PW_VALUE = (r"(?:\\\"(?P<jq>[^\"\\\n]{1,128})\\\"|\"(?P<q1>[^\"\n]{1,128})\"|'(?P<q2>[^'\n]{1,128})'"
             r"|`(?P<bq>[^`\s]{1,128})`"
             r"|(?P<zm>[A-Za-z][!#-&(-~]{0,31}(?<=[!#-&(-/:-@\[-`{-~])[\u4e00-\u9fff]{1,6}[0-9]{2,12}(?![!-~]))|(?P<u>[!#-&(-~\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u2600-\u27bf\U0001f300-\U0001faff]{1,128})"
             r"|[「“‘【『《＂](?P<cq>[!-~]{1,128}?)[」”’】』》＂]"
             r"|(?P<zv>[\u4e00-\u9fff]{1,6}(?=[!#-&(-~]*[0-9])(?=[!#-&(-~]*[!#-&(-/:-@\[-`{-~])[!#-&(-~]{2,32}+)"
             r"|(?P<zd>[\u4e00-\u9fff]{2,4}[0-9]{4,12}(?![!-~]))"
             r"(?![\u4e00-\u9fff]))")
"""A value: quoted, in markdown backticks (one word: `cat file`, a command substitution, has a space), bare (ASCII
and accented Latin letters: Zürich#655, and emoji: 🐳Marlin42🐳), in Chinese quotes, brackets or full-width quotes
(密码是「K7#mQ2x」, password：【K7#mQ2x】, 密码：＂K7#mQ2x＂:
ASCII inside, shaped like a password), or Chinese words glued to ASCII with a digit and a symbol (春眠山高@12,
read whole, never cut before a Chinese character: 见附件、工号后4位 are no value), or a Chinese word and four digits
or more (海棠9002, 飞鸿3300: the shape people pick for a password they can remember; not 工号1234, see `_zh_password`),
or ASCII with a symbol, then a Chinese word and digits (citrine@春风十里78: read whole, not cut at the first
Chinese character; a value ending in Chinese text, admin123请修改, still ends before it)."""
_XML = (r"(?i:<(?:[\w:.\-]*(?:password|passwd|pwd)|(?:[\w:.\-]*[_.:\-])?pass)>(?P<x1>[^<\n]{1,128})</"
        r"|(?:name|key)=[\"'][\w:.\-]*(?:password|passwd|pwd)[\"'](?:[ \t]+value=[\"'](?P<x2>[^\"'\n]{1,128})[\"']"
        r"|[^<>\n]{0,40}>(?P<x3>[^<\n]{1,128})<))")
"""XML configuration: `<password>…</password>` (Maven settings.xml), `<Pass>…</Pass>` and `<db_pass>` (FileZilla,
site exports), `<property name="connection.password">…<`
(Hibernate, Spring), `<add key="DbPassword" value="…"/>` (.NET appSettings). Read only on lines holding a
`password>` / `password"` style word, and only in text with a '<'."""
_XML_WORDS = ("password>", "passwd>", "pwd>", "pass>", "password\"", "password'", "pwd\"")
_ENV_PAIR = (r"(?i:name)[\"']?[ \t]*[:=][ \t]*[\"']?[A-Za-z0-9_.\-]*(?i:password|passwd|pwd)[A-Za-z0-9_.\-]*[\"']?"
             r"[ \t]*(?:,[ \t]*|\r?\n[ \t]*)[\"']?(?i:value)[\"']?[ \t]*[:=][ \t]*" + _PW_VALUE)
"""A name / value pair naming a password: Kubernetes and Compose `- name: DB_PASSWORD` then `value: …`, ECS and
Terraform `{"name": "DB_PASSWORD", "value": "…"}`. Anchored at each `name`."""
_KV_STARTS = ("pass", "pw", "p/w", "psk", "rediscli_auth", "pasw", "psw") + _TRUNCATED_KEYS
"""Where a `kv` match can start (every `_PW_KEY` word begins with one of these): tried only there, found by
`str.find`, the same matches as a scan, which `re` cannot speed up (p and r are everywhere in prose)."""


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


_NETDEV = re.compile(r"(?<![\w\-])(?:username[ \t]+[^\s]{1,64}[ \t]+(?:privilege[ \t]+\d{1,2}[ \t]+)?|enable[ \t]+|"
                     r"local-user[ \t]+[^\s]{1,64}[ \t]+|(?P<bare>(?<![^\n])[ \t]*))(?:password|secret)[ \t]+"
                     r"(?:(?P<kind>\d|irreversible-cipher|cipher|simple)[ \t]+)?(?P<v>[^\s]{4,128})[ \t]*(?=\r?\n|$)")
"""A network device's account line: Cisco `username admin privilege 15 secret 0 <pw>`, `enable secret <pw>`, Huawei
`local-user admin password irreversible-cipher <pw>`, and a `password simple <pw>` / `password 0 <pw>` line of its
own under a `local-user` or `line` block (H3C, Cisco): there only the plain-text marker makes it a value. Type 0
(or none) is the password as typed; types 5, 7, 8, 9 and Huawei's saved `%^%#…` / `$1a$…` are what the device
stored instead."""
_NETDEV_WORDS = ("username ", "enable ", "local-user ", "password simple ", "password 0 ")


def _netdev_hits(view: View, lowered: str, detector: str) -> list[Hit]:
    """Passwords typed into a router's or switch's configuration (see `_NETDEV`)."""
    text = view.text
    hits: list[Hit] = []
    for line in lines_with(lowered, _NETDEV_WORDS):
        for m in _NETDEV.finditer(text, line, _line_end(text, line)):
            kind, value = m.group("kind"), m.group("v")
            if kind is not None and kind.isdigit() and kind != "0" or m.group("bare") is not None and kind not in ("simple", "0"):
                continue
            if value.startswith(("%^%#", "%@%@", "$1", "$c$", "$5$", "$8$", "$9$")) or is_placeholder(value) \
                    or _HASH_VALUE.match(value) or value.startswith(("$", "<", "{")):
                continue
            hits.append(Hit("PASSWORD", *view.to_original(*m.span("v")), 0.85, f"{detector}:netdev"))
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


_FORM_DATA = re.compile(r"form-data;[ \t]*name=\"(?P<name>[A-Za-z0-9_.\-\[\]]{1,64})\"[^\n]*\r?\n"
                        r"(?:[A-Za-z\-]{1,40}:[^\n]*\r?\n){0,3}\r?\n(?P<v>[^\r\n]{1,128})\r?(?:\n|$)")
"""A multipart/form-data part: `Content-Disposition: form-data; name="password"`, its other headers, a blank
line, then the field's value on a line of its own."""


_FORM_PASSWORD_NAME = re.compile(r"password|passwd|pwd|pass(?![a-z])|(?<![a-z])pw(?![a-z])")


def _form_data_hits(view: View, detector: str) -> list[Hit]:
    """The value of a form field whose name is a password key, in a multipart request body (a form posted from a
    browser, copied from the developer tools or a proxy)."""
    text = view.text
    hits: list[Hit] = []
    at = text.find("form-data;")
    while at >= 0:
        m = _FORM_DATA.match(text, at)
        at = text.find("form-data;", at + 10)
        if m is None:
            continue
        name = m.group("name").lower()
        key = _FORM_PASSWORD_NAME.search(name)
        value = m.group("v")
        if key is None or _about_the_password(name, key.start()) or value != value.strip() or is_placeholder(value) or _HASH_VALUE.match(value) or value.startswith("--"):
            continue
        hits.append(Hit("PASSWORD", *view.to_original(*m.span("v")), 0.85, f"{detector}:form_data"))
    return hits


_PGPASS = re.compile(r"[ \t]*(?P<h>[A-Za-z0-9_.\-]+|\*):(?P<p>\d{1,5}|\*):(?P<d>[A-Za-z0-9_.\-]+|\*):"
                     r"(?P<u>[A-Za-z0-9_.\-@]+|\*):(?P<v>[!-~]{3,128})[ \t]*\r?(?=\n|$)")
"""A libpq password file line (~/.pgpass, PGPASSFILE): hostname:port:database:username:password."""


_PGPASS_PORT = re.compile(r":(?:\d{1,5}|\*):")


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


_CHPASSWD_ENTRY = re.compile(r"[ \t]+-?[ \t]*[A-Za-z_][A-Za-z0-9_.\-]{0,31}:(?P<v>[^\s:]{3,128})[ \t]*\r?$")
_USERLIST_ENTRY = re.compile(r"[ \t]*\"[^\"\n]{1,64}\"[ \t]+\"(?P<v>[^\"\n]{3,128})\"[ \t]*\r?$")


def _account_list_hits(view: View, lowered: str, detector: str) -> list[Hit]:
    """Files that list accounts and their passwords by position: cloud-init's `chpasswd:` block (`list: |` then
    `user:password` lines, or `users:` items) and PgBouncer's userlist.txt (`"user" "password"` lines). Not
    RANDOM / R (cloud-init makes one up), hashes or placeholders."""
    text = view.text
    hits: list[Hit] = []
    if "chpasswd" in lowered:
        at = lowered.find("chpasswd:")
        while at >= 0:
            lst = lowered.find("list:", at, at + 200)
            lst = lowered.find("users:", at, at + 200) if lst < 0 else lst
            line = text.find("\n", lst) + 1 if lst >= 0 else 0
            while 0 < line < len(text):
                end = text.find("\n", line)
                end = len(text) if end < 0 else end
                m = _CHPASSWD_ENTRY.match(text, line, end)
                if m is None:
                    if text[line:end].strip().startswith(("- name:", "password:", "type:", "name:")):
                        line = end + 1
                        continue  # cloud-init 23's `users:` items, read by the key=value rule
                    break
                value = m.group("v")
                if value not in ("RANDOM", "R") and not is_placeholder(value) and not _HASH_VALUE.match(value):
                    hits.append(Hit("PASSWORD", *view.to_original(*m.span("v")), 0.85, f"{detector}:chpasswd"))
                line = end + 1
            at = lowered.find("chpasswd:", at + 9)
    if "userlist" in lowered:
        line = 0
        while line < len(text):
            end = text.find("\n", line)
            end = len(text) if end < 0 else end
            if text.startswith('"', line) or text[line:line + 1].isspace():
                m = _USERLIST_ENTRY.match(text, line, end)
                if m is not None and not is_placeholder(m.group("v")) and not _HASH_VALUE.match(m.group("v")) \
                        and not m.group("v").startswith("SCRAM-"):
                    hits.append(Hit("PASSWORD", *view.to_original(*m.span("v")), 0.85, f"{detector}:userlist"))
            line = end + 1
    return hits


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
    word = re.match(r"password|passwd|passphrase|pwd|pass|pasw(?:ord|rd|d)|pswd?|pword|pas|pw", name[at - s:])
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


_JOINED_OWNERS = frozenset((
    "login", "logon", "user", "usr", "root", "admin", "adm", "db", "sys", "ftp", "sftp", "smb", "mail", "smtp", "wifi",
    "wlan", "vnc", "super", "ssh", "web", "proxy", "ldap", "bind", "guest", "init", "default", "new", "old", "temp",
    "tmp", "my", "master", "vpn", "rdp", "nas", "dev", "share", "redis", "mysql", "pg", "mq", "sql", "app", "api",
    "enable", "console", "oper", "op", "manager", "mgr", "operator", "service", "svc", "ui", "http", "cam", "nvr"))
"""Words a name glues in front of its password word without a separator (`loginpass`, `userpass`, `ROOTPASS`,
`adminpwd`, `dbpasswd`): whose password it is. Not every letter run: `bypass`, `compass`, `surpass` are words."""


def _joined_owner(text: str, i: int) -> bool:
    """The letters run together right before the key word at `i` are a `_JOINED_OWNERS` word, in one case."""
    s = i
    while s > 0 and i - s < 10 and text[s - 1].isascii() and text[s - 1].isalpha():
        s -= 1
    if s == i or s > 0 and (text[s - 1].isalnum() and text[s - 1].isascii()):
        return False
    word = text[s:i]
    return (word.islower() or word.isupper()) and word.lower() in _JOINED_OWNERS


def _keyword_boundary(text: str, i: int) -> bool:
    """A key word starts a name part: start of text, after a non-letter, or camelCase (redisPassword), or after a
    word of `_JOINED_OWNERS` run together with it (loginpass, ROOTPASS)."""
    if i == 0 or not text[i - 1].isalpha():
        return True
    if text[i - 1].isascii() and _joined_owner(text, i):
        return True
    if text[i - 1].isupper() and text[i:i + 3].isupper() and text[i:i + 8].lower().startswith(_CAPS_KEYS):
        return True  # an upper-case environment name: PGPASSWORD, SMTPPASSWD
    if text.startswith("SSHPASS", i - 3) and text[i - 3:i + 4] == "SSHPASS":
        return True  # SSHPASS=… sshpass -e: the variable sshpass reads its password from
    return text[i - 1].islower() and text[i].isupper()


_CAPS_KEYS = ("password", "passwd", "pwd")

"""Passwords handed to programs: the password flag of tools whose flag is a bare letter (`sshpass -p`, `redis-cli -a`,
`sqlcmd -P`, `rar -hp`, `xfreerdp /p:`), positional and piped passwords (`sqlplus user/pw@db`, `echo pw | sudo -S`,
`smbclient -U user%pw`, `net use … /user:`, `wpa_passphrase`, `lftp -u`), string literals passed as the password
argument of connect / login calls, expect scripts answering a password prompt, `htpasswd -b`, and the literal an
SQL INSERT writes into a password column.

Apart from the key=value forms because a command is read only on the lines holding its tool or flag, and a flag
such as `-p` is a password only on its own tool's command line (elsewhere a port or a path).
"""

from __future__ import annotations

import re

from detectors.normalize import View
from detectors.recognizers.base import Hit
from detectors.recognizers.sql_values import insert_password_spans
from detectors.recognizers.secrets.anchors import lines_with, word_positions
from detectors.recognizers.secrets.value_shapes import (
    _FORMAT_ONLY, _HASH_VALUE, _NAMED_PASSWORD, _TEMPLATE_FIELD, _password_shape, is_placeholder,
)


_CLI_VALUE = r"(?:\"(?P<q1>[^\"\n]{1,128})\"|'(?P<q2>[^'\n]{1,128})'|(?P<u>[!#-&(-,.-~][!#-&(-~]{0,127}))"
"""A command-line argument: quoted, or bare and not starting with '-' (the next flag)."""
_CLI_TOOLS: tuple[tuple[str, str], ...] = (
    (r"(?:docker|podman|nerdctl|buildah|skopeo|oras|crane)[ \t]+login|helm[ \t]+registry[ \t]+login", "-p"),
    (r"sshpass", "-p"),
    (r"mongo(?:sh|dump|restore|import|export|stat|top|files)?|rabbitmqadmin|beeline", "-p"),
    (r"redis-cli", "-a"),
    (r"sqlcmd|osql|bcp|zip|unzip|ipmitool|tsql|isql|mosquitto_(?:pub|sub|rr)", "-P"),
    (r"racadm|az[ \t]+login|hydra|medusa", "-p"),
    (r"plink(?:\.exe)?|pscp(?:\.exe)?|psftp(?:\.exe)?", "-pw"),
    (r"snmp(?:walk|bulkwalk|get|getnext|bulkget|set|table|trap)", "-[AX]"),
    (r"ldap(?:search|add|modify|delete|whoami|passwd|compare|modrdn)", "-w"),
    (r"7z|7za|7zz|rar|unrar|rdesktop", "-p"),
    (r"rar|winrar(?:\.exe)?|rar\.exe", "-hp"),
    (r"xfreerdp|wlfreerdp|sdl-freerdp", "/p:"),
    (r"psexec(?:64)?(?:\.exe)?|paexec(?:\.exe)?", "-p"),
    (r"schtasks(?:\.exe)?", "/(?i:rp|p)(?=[ \t])"),
    (r"winrs(?:\.exe)?", "-p(?:assword)?:"),
    (r"cqlsh", "-p"),
    (r"openssl[ \t]+(?:enc|aes-\d+-\w+|des3?)", "-k"),
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
    # (echo pw; echo pw) | smbpasswd -s -a user: the new password and its confirmation piped in
    r"\(echo[ \t]+(?:-[ne]+[ \t]+)?[\"']?(?P<k1>[^\s;'\"()]{1,128})[\"']?[ \t]*;[ \t]*echo[^)\n]{1,140}\)[ \t]*\|[ \t]*"
    r"(?:sudo[ \t]+)?(?:smbpasswd|passwd|pdbedit)",
    # ipmitool … user set password <id> <password>
    r"ipmitool(?![\w\-])[^\n|;&]{0,200}?[ \t]user[ \t]+set[ \t]+password[ \t]+\d{1,2}[ \t]+"
    r"(?:\"(?P<k2>[^\"\n]{1,128})\"|'(?P<k3>[^'\n]{1,128})'|(?P<k4>[^\s\"']{1,128}))",
    # lftp -u user,pw host
    r"lftp(?![\w\-])[^\n|;&]{0,200}?[ \t]-u[ \t]+[\"']?[^\s,\"']{1,64},(?P<l1>[^\s\"']{1,128})",
)
"""Shell commands that take a password as a positional argument or through a pipe; read only on the lines
holding one of `_SHELL_WORDS`."""
_SHELL = r"(?<![\w\-])(?:" + "|".join(_SHELL_FORMS) + ")"
_SHELL_WORDS = ("rabbitmqctl", "net user", "net use ", "mysqladmin", "smb", "rpcclient", "lftp", "wpa_passphrase",
                "ipmitool")
_SHELL_SLASH_WORDS = ("sqlplus", "expdp", "impdp", "rman", "sqlldr")
_SHELL_PIPE_WORDS = ("sudo -s", "--stdin", "-password-stdin", "chpasswd", "| passwd", "|passwd", "pdbedit")
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
_CLI_FLAGS = (" -p", " -a", " -P", " -w", " /p:", " /rp", " /RP", " /p ", " /P ", " -A", " -X", " -hp", " -k ")
"""The password flags of `_CLI_TOOLS`: a tool's command line is read only around one of them."""
_NAME_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_$.")


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


_EXPECT_SEND = re.compile(
    r"expect(?:_exact)?[ \t(]+(?:-[a-z]+[ \t]+)*[\"'{][^\"'}\n]{0,40}(?i:assword|asswd|passphrase|口令|密码)[^\"'}\n]{0,40}"
    r"[\"'}][ \t)]*(?:\r?\n[ \t]*|[ \t]*\{[ \t]*|[ \t]*;[ \t]*)(?:[A-Za-z_][\w.]*\.)?send(?:line)?[ \t(]+(?:--[ \t]+)?"
    r"(?:\"(?P<q1>[^\"\\\n$\[]{1,128})(?:\\[rn])?\"|'(?P<q2>[^'\\\n]{1,128})(?:\\[rn])?')")
"""An expect / pexpect script answering a password prompt: `expect "*password:"` then `send "K7#mQ2xz\\r"` (Tcl),
`child.expect('Password:')` then `child.sendline('K7#mQ2xz')` (Python). A variable (`$pw`, `[exec cat f]`) is no
value."""


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


_STDIN_WORDS = ("password-stdin", "passwd --stdin", "sudo -s", "--stdin")
_HERE_STRING = re.compile(r"<<<[ \t]*(?:\"(?P<q1>[^\"\n]{1,128})\"|'(?P<q2>[^'\n]{1,128})'|(?P<u>[^\s\"'|;&<>]{1,128}))")
_HEREDOC = re.compile(r"<<-?[ \t]*(?P<q>[\"']?)(?P<tag>[A-Za-z_][A-Za-z0-9_]{0,15})(?P=q)")
_HEREDOC_BODY = re.compile(r"[ \t]*(?P<v>[^\s]{1,128})[ \t]*\r?\n[ \t]*(?P<end>[A-Za-z_][A-Za-z0-9_]{0,15})[ \t]*\r?(?:\n|$)")


def _stdin_hits(view: View, lowered: str, detector: str) -> list[Hit]:
    """The password a command reads from its standard input (`docker login --password-stdin`, `passwd --stdin`,
    `sudo -S`) given by a here-string (`<<< 'pw'`) or a here-document of one line (`<<'EOF'`, the value, `EOF`) on
    the command's line: a variable (`$TOKEN`) or a file is no value."""
    text = view.text
    hits: list[Hit] = []
    for line in lines_with(lowered, _STDIN_WORDS):
        end = text.find("\n", line)
        end = len(text) if end < 0 else end
        m = _HERE_STRING.search(text, line, end)
        if m is not None:
            g = next(k for k in ("q1", "q2", "u") if m.group(k) is not None)
            s, e = m.span(g)
        else:
            doc = _HEREDOC.search(text, line, end)
            body = _HEREDOC_BODY.match(text, end + 1) if doc is not None and end < len(text) else None
            if doc is None or body is None or body.group("end") != doc.group("tag"):
                continue
            s, e = body.span("v")
        value = text[s:e]
        if len(value) < 3 or value.startswith(("$", "`", "<")) or is_placeholder(value) or _HASH_VALUE.match(value):
            continue
        hits.append(Hit("PASSWORD", *view.to_original(s, e), 0.85, f"{detector}:stdin"))
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

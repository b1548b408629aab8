"""`PasswordRecognizer`: the table of password patterns built from the family modules, where each pattern is tried
(scanned, at its words' positions, or on the lines holding them), the per-match tests that turn a match down
(code, prose, a path, a tag, a template, an example, an account in a joined label), and the calls to each
family's own finders.

The per-match tests are here, not in the families, because a match's fate depends on its pattern name and its
value group together (`PasswordRecognizer._hit`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from detectors.nlp import fastre, substring
from detectors.normalize import View
from detectors.recognizers.base import Hit, ViewRecognizer, patterns
from detectors.recognizers.secrets.anchors import (
    Positions, _line_end, anchored, lines_with, scheme_starts, word_positions,
)
from detectors.recognizers.secrets.basic_auth import _basic_hits, _docker_auth_hits
from detectors.recognizers.secrets.password_commands import (
    _ARG, _CALL_SECOND, _CALL_THIRD, _CLI_TOOL, _CLI_VALUE, _LIT, _SHELL, _SHELL_PIPE_WORDS,
    _SHELL_SLASH_WORDS, _SHELL_WORDS, _expect_hits, _htpasswd_hits, _insert_hits, _stdin_hits, call_starts, cli_lines,
)
from detectors.recognizers.secrets.password_config import (
    _DOCKER_ENV, _ENV_PAIR, _KV_STARTS, _PW_KEY, _PW_VALUE, _PW_VERB, _SPACE_KEYS, _TRUNCATED_KEYS, _XML, _XML_WORDS,
    _about_the_password, _account_list_hits, _credentials_block_hits, _form_data_hits, _joined_owner, _keyword_boundary,
    _netdev_hits, _next_line_passwords, _pgpass_hits, _yaml_block_hits,
)
from detectors.recognizers.secrets.password_pairs import (
    _COLON_PAIR, _LOGIN_WORDS, _PAIR, _PAIR_WORDS, _admin_pair_hits, _bare_pair_hits, _creds_and_hits, _list_pair_hits,
    _user_pass_lines, _userinfo_hits,
)
from detectors.recognizers.secrets.password_prose import (
    _ANSWER_KEYS, _EMOJI_KEY, _FOREIGN, _FOREIGN_WORDS, _GAP_WORDS, _LABEL_RIGHT_BEFORE, _PIN, _PW_NAMES,
    _PW_WORDS, _RESET, _RESPECTIVELY, _SPACED_GATE, _SPACED_PW, _ZH_GAP_NOT, _answer_hits, _before_word_hits,
    _WIFI_WORDS, _comma_remark_hits, _fallback_hits, _foreign_value, _gap_hits, _network_key_hits, _repeat_hits,
    _reset_value, _sibling_hits, _wifi_pair_hits,
)
from detectors.recognizers.secrets.password_tables import _TABLE_WORDS, _TABLE_WORDS_BEYOND, _table_hits
from detectors.recognizers.secrets.value_shapes import (
    _CJK, _DOTTED, _FORMAT_ONLY, _HASH_VALUE, _NAMED_PASSWORD, _TEMPLATE_FIELD, _VERSION_LIKE, _code_value,
    _passphrase_end, _password_shape, _strong_password, _zh_password, is_placeholder,
)


_ZH_WORDS = ("密码", "密碼", "口令", "秘码", "秘碼", "授权码", "授權碼", "登录密码", "支付密码", "パスワード", "비밀번호", "비번")
"""The words the `zh` pattern starts with: it is matched only where one of them starts (`_scanned`)."""
_TRIGGERS: dict[str, tuple[str, ...]] = {
    "kv": ("pass", "pwd", "pw", "p/w", "psk", "rediscli_auth", "pasw", "psw") + _TRUNCATED_KEYS,
    "zh": ("密码", "密碼", "口令", "秘码", "秘碼", "授权码", "授權碼", "パスワード", "비밀번호", "비번"), "mysql": ("-p",),
}
"""Scanned patterns: words one of which must occur (in the lower-cased text) before the pattern runs at all."""
_LINE_WORDS: dict[str, tuple[str, ...]] = {
    "cli_flag": ("-pass", "-pwd"), "tool_pass": ("-pass", "storepass", "keypass"),
    "redis_conf": ("requirepass", "masterauth", "auth_pass", "rootpw", "bindpw"), "redis_auth": ("auth ",),
    "rclone": ("rclone",), "preseed": ("d-i ",),
}
"""Patterns that start with a look-behind (which switches off `re`'s skip-ahead): read only on the lines holding
one of these words (lower-cased)."""
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
    "pinyin": ("mima", "mm:", "mm：", "mm="),
}
"""Anchored patterns: tried only where `str.find` sees one of these words (C speed) instead of scanned from
every position of the text (alternations of words and leading look-behinds switch off `re`'s own skip-ahead;
scanned, these patterns cost more than all the rest). A call is tried from the start of the dotted name around
its word (DriverManager.getConnection: at DriverManager and at getConnection)."""


def _scanned(rx: re.Pattern[str], pname: str, text: str) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)``; the `zh` pattern tried only where its words start (found from their first
    characters, `substring.starts`): its alternation starts with five different characters, a class `re` would
    test at every character of the prompt."""
    if pname == "zh":
        return fastre.finditer_at(rx, text, substring.starts(text, _ZH_WORDS))
    return rx.finditer(text)


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
            ("kv", _PW_KEY + r"(?:(?:\*\*|__)?\\?(?:[\"'`]\]|[\"'`])?[ \t]*(?:=>|:=|->|[:=：→⇒➜])(?:\*\*|__)?[ \t]*|"
             r"(?P<dash>[ \t]+[–—][ \t]+)|"
             r"[\"'][ \t]*,[ \t]*(?=[\"'])|(?P<prose>['’]s[ \t]+|[ \t]+(?:for[ \t]+[^\s:=]{1,40}"
             r"(?:[ \t]+[^\s:=]{1,40}){0,3}(?:[ \t]*[:：][ \t]*|[ \t]+" + _PW_VERB + r"[ \t]+)|"
             r"(?:on|of|at)[ \t]+[^\s:=]{1,40}(?:[ \t]+[^\s:=]{1,40}){0,3}[ \t]+is[ \t]+|" + _PW_VERB
             + r"[ \t]+)|(?P<dots>(?:[ \t]*\.){3,}[ \t]+)|[ \t]*[是为為][ \t]*)|(?P<sp>[ \t]+))" + _PW_VALUE, 0.85),
            ("zh", "(?:" + "|".join(_ZH_WORDS) + r")[】\]]?(?:\*\*)?"
             r"(?:(?:都|也|还|還|就|均|仍|统一|統一|默认|默認|一直|始终|始終)?(?:是|为|為|爲)|如下|[\"'”](?=[ \t]*[:：=])|(?:发|發|给|給)(?:你|您)了?|"
             r"要么是?|要麼是?|可能是|从|從|"
             r"(?:我|已经|已|刚|剛|先|暂时|暫時|现在|現在)?(?:帮你|幫你|给你|給你|帮您|幫您|给您|給您)?(?:已|被)?(?:(?:改成|改为|改為|设为|設為|设置为|设成|"
             r"重置为|重置成|换成|更新为)了?|用(?:的是)?)|(?P<gap>(?:[^\x21-\x7e\n：，。；！？]|[()]|[（(][^\n（）()：:]{1,16}[）)]){1,8}(?=[:：])))?"
             r"\s*(?:[:：=→⇒➜]|->)?(?:\*\*)?\s*"
             + _PW_VALUE, 0.85),
            # also one argument of an exec array (a compose healthcheck's ["CMD", "mysqladmin", "-uroot", "-p…"])
            ("mysql", r"(?:mysql|mysqldump|mysqladmin|mycli)\b[^\n]*?(?:\s-p(?:'(?P<q2>[^'\n]{1,128})'"
             r"|\"(?P<q1>[^\"\n]{1,128})\"|(?P<v>[!#-&(-,.-~][!#-&(-~]{0,127}))|[\"']-p(?P<pv>[!#-&(-,.-~][!#-&(-~]{0,127}))", 0.85),
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
            ("redis_conf", r"(?<![\w\-])-{0,2}(?i:requirepass|masterauth|auth_pass|rootpw|bindpw)[ \t]+"
             r"(?:--plaintext[ \t]+)?" + _CLI_VALUE, 0.85),
            # a Debian preseed answer: `d-i passwd/root-password password <value>` (the type, then the value)
            ("preseed", r"(?<![^\n])[ \t]*d-i[ \t]+[^\s]{1,128}[ \t]+password[ \t]+(?P<u>[^\s]{1,128})", 0.85),
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
            # (also the last part of a setting's name: `wpa2-pre-shared-key=…`, uci's `wireless.@wifi-iface[0].key=…`)
            ("wifi_key", r"(?:(?i:wi-?fi|wlan|wpa2?(?:-psk)?|ssid|无线(?:网络?)?|無線(?:網路)?)(?:(?:[^\n:：]{0,40}?[ \t，,、])?[ \t]*"
             r"(?:密钥|密鑰|(?i:key|passphrase))|[^\s:：=]{0,40}?[.\-_](?i:key|passphrase)(?=[\"'`]?[ \t]*[:=]))"
             r"|(?i:network[ \t]+security[ \t]+key)|网络安全密钥|網路安全性金鑰)"
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
            # 密码 in pinyin, or its initials, as a label in chat (`mima: …`, `MM：…`)
            ("pinyin", r"(?<![A-Za-z])(?i:mima|mm)[ \t]*[:：=][ \t]*" + _PW_VALUE, 0.8),
        ), context=[])

    def active_patterns(self, text: str) -> list[tuple[re.Pattern[str], float, str]]:
        """The scanned patterns one of whose trigger words occurs in `text` (lower-cased by the caller)."""
        return [c for c in self._compiled if c[2] in _TRIGGERS and any(w in text for w in _TRIGGERS[c[2]])]

    def _matches(self, text: str, lowered: str, kv_positions: list[int],
                 found: Positions) -> list[tuple[re.Match[str], float, str]]:
        """Every pattern's matches: scanned ones over the text, anchored ones only at their words (`kv` at
        `kv_positions`)."""
        out = [(m, score, pname) for rx, score, pname in self.active_patterns(lowered)
               for m in (anchored(rx, lowered, kv_positions) if pname == "kv" else _scanned(rx, pname, text))]
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
        if "chpasswd" in lowered or "userlist" in lowered:
            hits.extend(_account_list_hits(view, lowered, str(self.name)))
        hits.extend(_fallback_hits(view, str(self.name)))
        if "\n" in text and ("钥" in text or "鑰" in text):
            hits.extend(_network_key_hits(view, str(self.name)))
        if "form-data;" in lowered:
            hits.extend(_form_data_hits(view, str(self.name)))
        if any(w in lowered for w in _WIFI_WORDS):
            hits.extend(_wifi_pair_hits(view, lowered, str(self.name)))
        if "secret" in lowered or "credential" in lowered:
            hits.extend(_credentials_block_hits(view, lowered, str(self.name)))
        if kv_positions and (": |" in text or ": >" in text):
            hits.extend(_yaml_block_hits(view, lowered, kv_positions, str(self.name)))
        hits.extend(_user_pass_lines(view, lowered, str(self.name)))
        if " and " in text or " & " in text:
            hits.extend(_creds_and_hits(view, found, str(self.name)))
        hits.extend(_before_word_hits(view, found, kv_positions, str(self.name)))
        if "htpasswd" in lowered:
            hits.extend(_htpasswd_hits(view, str(self.name)))
        if "<<" in text and ("stdin" in lowered or "sudo -s" in lowered):
            hits.extend(_stdin_hits(view, lowered, str(self.name)))
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
            if "，" in text or "," in text:
                hits.extend(_comma_remark_hits(view, found, kv_positions, str(self.name)))
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
            hits.extend(_repeat_hits(view.original, hits, str(self.name)))
        return hits

    def _hit(self, view: View, m: re.Match[str], score: float, pname: str) -> Hit | None:
        """The finding for one pattern match, or None when its value is no password."""
        text = view.text
        for g in ("v", "pv", "jq", "q1", "q2", "bq", "u", "cq", "o", "e1", "e2", "e3", "r1", "r2", "r3", "x1", "x2", "x3",
                  "n1", "n2", "n3", "n4", "s1", "s2", "c1", "m1", "l1", "w1", "w2", "w3", "b1", "b2", "b3", "cv", "zv",
                  "zd", "zm", "k1", "k2", "k3", "k4"):
            if g in m.re.groupindex and m.group(g) is not None:
                s, e = m.span(g)
                break
        else:
            return None
        if pname == "kv" and (not _keyword_boundary(text, m.start()) or _about_the_password(text, m.start())):
            return None  # min_password_length=8, password_sha256: "...", POSTGRES_PASSWORD_FILE: a setting about it
        if pname == "kv" and text[max(0, m.start() - 2):m.start()] == "NO":
            return None  # sudoers' NOPASSWD: ALL, a tag saying no password is asked
        if pname == "kv" and text[m.start():m.start() + 4].lower() in _TRUNCATED_KEYS and not _joined_owner(text, m.start()):
            return None  # `pas=` alone; `loginpas=`, `userpas:` (a password key cut short) are read
        if g == "u" and pname in ("kv", "zh") and ":" in text[m.start():s] and (
                text[s:e] == "!!str" or _YAML_ANCHOR.fullmatch(text, s, e) is not None):
            nxt = _YAML_NEXT.match(text, e)  # `password: !!str 0042…`, `password: &dbpw …`: the value after the tag
            if nxt is None:
                return None
            g = next(k for k in ("q1", "q2", "u") if nxt.group(k) is not None)
            s, e = nxt.span(g)
        if g == "u" and pname == "kv" and ":" in text[m.start():s] and _yaml_alias(text, s, e):
            return None  # `password: *dbpw`: a YAML alias of a value written (and found) where its anchor is
        if g == "u" and pname == "kv" and _NEXT_PARAM.match(text, s) is not None:
            return None  # `password=&captcha=…`: an empty form field, then the next one
        if pname == "zh" and g in ("q1", "q2") and _CJK.match(text, s - 2) is not None \
                and not _password_shape(text[s:e]):
            return None  # `"description":"用户密码"}}`: the quote after the word closes its string, no value opens
        phrase_end = _passphrase_end(text, s, e) if g == "u" and pname in ("kv", "zh", "foreign") else e
        if phrase_end > e:  # 口令：granite sorrel 93 quartz - the words to the end of the labeled line
            e = phrase_end
            if pname == "zh" and m.group("gap") is not None and _ZH_GAP_NOT.search(m.group("gap")):
                return None
            return Hit("PASSWORD", *view.to_original(s, e), 0.8, f"{self.name}:{pname}_phrase")
        if pname == "kv" and m.group("dash") is not None and not _password_shape(text[s:e]):
            return None  # `passphrase — <value>`: a dash is a separator only before a value shaped like one
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
        if pname == "zh" and text[m.start() + 1:m.start() + 3] in ("权码", "權碼") and _MAIL_WORDS.search(
                text, text.rfind("\n", 0, m.start()) + 1, m.start()) is None:
            return None  # 授权码 is a mail client's password only for mail (QQ / 163 SMTP); else a licence or OAuth code
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
        if pname == "pinyin" and (not _password_shape(text[s:e]) or text[m.start():m.start() + 2].lower() == "mm"
                                  and (text[s:e].isdigit() or not any(c.isdigit() for c in text[s:e]))):
            return None  # `mima: …` / `MM：…` only before a value shaped like a password (mm is a unit too)
        if pname == "redis_conf" and text[text.rfind("\n", 0, m.start()) + 1:m.start()].lstrip().startswith("#"):
            return None  # "# requirepass foobared": the configuration file's commented-out example
        if pname == "kv" and m.group("dots") is not None and not _password_shape(text[s:e]):
            return None  # `Password . . . . <value>` (a form letter's dot leaders): only a value shaped like one
        if pname == "kv" and m.group("prose") is not None:
            pname, score = "prose", 0.8
        elif pname == "kv" and m.group("sp") is not None:
            word = text[m.start():m.start("sp")].lower()
            env = _DOCKER_ENV.match(text, text.rfind("\n", 0, m.start()) + 1, m.start()) is not None
            camel = m.start() > 0 and text[m.start() - 1].islower() and text[m.start()].isupper()
            if (camel and word in ("password", "passwd") or word == "psk") and g in ("q1", "q2") \
                    and _password_shape(text[s:e]) and not is_placeholder(text[s:e]):
                # Gradle's `storePassword 'K7#mQ2xz'` (a method call without brackets), ipsec.secrets' `PSK "…"`
                return Hit("PASSWORD", *view.to_original(s, e), 0.8, f"{self.name}:kv")
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
        ns = _name_start(text, m.start()) if g == "u" and pname == "kv" else 0
        if ns > 0 and text[ns - 1] in "?&;,":
            cut = value.find({"?": "&", "&": "&", ";": ";", ",": ","}[text[ns - 1]])
            if cut > 0:  # ?user=app&password=pw&useSSL=false, ;user=app;password=pw;encrypt=false,
                # -o username=app,password=pw,uid=1000 (mount options), &loginpass=pw&lang=cn: the next key
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


_ACCOUNT_SLASH = re.compile(r"(?:账号|帳號|账户|帳戶|帐号|用户名|用戶名|用户|用戶|登录名|登錄名)[ \t]*[/／][ \t]*$")
"""A combined label right before 密码 (账号/密码：): the value after it is the account name, then the password."""


def _name_start(text: str, at: int) -> int:
    """Where the key name holding the word at `at` starts (`&loginpass=`, `?db_password=`: after the `&` / `?`)."""
    s = at
    while s > 0 and at - s < 40 and text[s - 1] in _NAME_CHARS:
        s -= 1
    return s


_NAME_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-")
_YAML_ANCHOR = re.compile(r"&[A-Za-z_][\w\-]{0,63}")
_YAML_ALIAS = re.compile(r"\*[A-Za-z_][\w\-]{0,63}")
_ALIAS_WORDS = re.compile(r"\*[A-Za-z_][A-Za-z_\-]{0,60}\d{0,3}")
"""An alias named like a word (`*dbpw`, `*shared_pw`, `*db-pass2`); `*Syu8Hm0Tr-w4` has the shape of a password."""


def _yaml_alias(text: str, start: int, end: int) -> bool:
    """`*name` is an alias when its anchor `&name` is in the text or the name reads as a word a person chose."""
    if _YAML_ALIAS.fullmatch(text, start, end) is None:
        return False
    if _ALIAS_WORDS.fullmatch(text, start, end) is not None:
        return True
    return ("&" + text[start + 1:end]) in text[:start]
_YAML_NEXT = re.compile(r"[ \t]+(?:\"(?P<q1>[^\"\n]{1,128})\"|'(?P<q2>[^'\n]{1,128})'|(?P<u>[!#-&(-~]{1,128}))")
"""YAML before a value: an anchor (`&dbpw`) or the `!!str` tag, then the value; an alias (`*dbpw`) instead of one."""
_NEXT_PARAM = re.compile(r"&[A-Za-z_][\w.\-]{0,40}=")


_MAIL_WORDS = re.compile(r"邮箱|郵箱|邮件|郵件|(?i:smtp|imap|pop3|e-?mail|mail|foxmail|outlook)|客户端|客戶端")
"""Before 授权码 on its line: the code is the password a mail client logs in with."""


_CJK_LABEL = re.compile(r"[\u4e00-\u9fff]{0,8}(?:密码|密碼|口令)[\u4e00-\u9fff]{0,8}[？?！!。：:]?")
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


_TYPE_NAME = re.compile(r"(?:str|bytes|bytearray|string|String|int|bool|char|object|Any|Optional|Union|Final|"
                        r"SecretStr|SecretBytes|typing\.\w+|t\.\w+)(?:$|[\[|,)=:])")
"""A type annotation where a value would be (`password: str`, `password: Optional[bytes] = None`)."""
_IDENT = re.compile(r"[A-Za-z_]\w*")
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

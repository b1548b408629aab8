"""Passwords told in sentences and chats, in Chinese, English and other languages: a remark between the password
word and its value (密码换了，现在是 …), the word in another language (Kennwort, mot de passe, パスワード), a PIN or a
door code, a reset told in passing, `分别是 A 和 B`, the key emoji, a value before its word (`use … as the
password`, `用 root / … 登录`), two values offered in turn (先试 A，不行就用 B), a Wi-Fi key under its network's
line, an answer in a later chat turn, a second password in the sentence of one found, and the words around a
password spaced out one character at a time.

Apart from the other families because these forms have no syntax to lean on: each is tried only where its words
are, and its value must be shaped like a chosen password.
"""

from __future__ import annotations

import re

from detectors.nlp import substring
from detectors.normalize import View
from detectors.recognizers.base import Hit
from detectors.recognizers.secrets.anchors import Positions, _line_end
from detectors.recognizers.secrets.value_shapes import (
    _CJK, _EMAIL_LIKE, _HASH_VALUE, _HOST_NAME, _VERSION_LIKE, _code_value, _identifier_shape,
    _password_shape, _strong_password, _zh_password, is_placeholder,
)


_ZH_GAP_NOT = re.compile(r"示例|例如|比如|格式|规则|規則|要求|长度|長度|策略|强度|強度|位数|位數|有效期|复杂|複雜|错误|錯誤|次数|次數|"
                         r"字段|提示|忘记|忘記|找回|重置链接|明文|哈希|加密")
"""Words between 密码 and its colon that make the colon introduce a rule, an example or a field, not the value."""
_FOREIGN_WORDS = ("kennwort", "passwort", "wachtwoord", "mot de passe", "contrase", "senha", "parola d", "пароль",
                  "パスワード", "暗証番号", "비밀번호", "암호")
"""The word for password in German, Dutch, French, Spanish, Portuguese, Italian, Russian, Japanese and Korean
(lower-cased: where `foreign` is tried; each word is one more search of the text, so the list stays short)."""
_FOREIGN = (r"(?:(?i:kennwort|passwort|wachtwoord|mot[ \t]+de[ \t]+passe|contrase[ñn]a|senha|parola[ \t]+d['’]ordine|"
            r"пароль)|パスワード|暗証番号|비밀번호|암호)"
            r"(?:(?P<fdash>[ \t]+[–—\-][ \t]+)|(?P<fgap>[^\n:：=0-9→⇒➜]{1,40}?)?(?:(?P<fcolon>[ \t]*(?:[:：=→⇒➜]|->)[ \t]*)|"
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


_PW_WORDS = re.compile(r"password|passwd|pwd|密码|密碼|口令")
_PW_NAMES = re.compile(r"password|passwd|pwd|pass(?![a-z])|(?<![a-z])pw(?![a-z])|密码|密碼|口令")
"""A password word or a name ending in one (`REDIS_PASS`, `db_pw`), lower-cased."""
_SPACED_GATE = re.compile(r" [!-~] [!-~] [!-~] [!-~] ")
"""Four single characters one space apart: rare in any text, and starting with a space `re` skips to in C."""
_LABEL_RIGHT_BEFORE = re.compile(r"(?:password|passwd|pwd|密码|密碼|口令)[ \t]*(?:是|为|為|[:：=])?[ \t]*$")
_SPACED_PW = re.compile(r"(?<![!-9;<>-~])[!-~](?: [!-~]){5,}(?![!-~])")
"""A password written one character at a time (K 7 # m Q 2 ! x), looked for just after a password word; it may
follow a colon or '=' directly (A：K 7 # ...)."""


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


_COMMA_REMARK = re.compile(r"(?:密码|密碼|口令)(?P<gap>[^\n:：=0-9A-Za-z]{0,24}?[，,][^\n:：=0-9A-Za-z]{0,24}?)[ \t]*[:：][ \t]*"
                           r"(?P<v>[!-~]{6,64}|[\u4e00-\u9fff]{2,4}[!#$%&*+.?@^_~\-]?[0-9]{4,12}[!#$%&*+.?@^_~\-]?)(?![!-~])")
_COMMA_REMARK_EN = re.compile(r"(?i:password|passphrase),[ \t]+[^\n,:：0-9]{1,30},[ \t]+(?i:is|was)[ \t]*:?[ \t]*"
                              r"(?P<v>[!-~]{6,64})(?![!-~])")
_REMARK_NOT = re.compile(r"账号|賬號|帳號|账户|帳戶|用户|用戶|邮箱|郵箱|手机|手機|地址|名称|名稱|网址|網址|链接|鏈接|主机|主機|"
                         r"服务器|伺服器|端口|验证码|驗證碼|问题|問題|答案|提示")
"""Words in a remark that say the colon introduces something else (an account, an address, a question)."""
_REMARK_RULE = re.compile(r"示例|例如|比如|举例|舉例|规则|規則|要求|长度|長度|策略|强度|強度|位数|位數|复杂|複雜|错误|錯誤|"
                          r"忘记|忘記|找回|哈希|加密")
"""The words of `_ZH_GAP_NOT` that say no value follows wherever they stand in a comma remark."""


def _comma_remark_hits(view: View, found: Positions, kv_positions: list[int], detector: str) -> list[Hit]:
    """A value after a remark with a comma between the password word and its colon (密码我私你了，新的是：…,
    你要的密码，我翻了下记录，是：…, `The password, as promised, is: …`): the remark holds no digit, no Latin
    letter, no word of a rule, an example or another field; the value is a chosen-looking password."""
    text = view.text
    hits: list[Hit] = []
    starts = [(p, _COMMA_REMARK) for p in found.of(_GAP_WORDS)]
    starts += [(p, _COMMA_REMARK_EN) for p in kv_positions if found.lowered.startswith(("password,", "passphrase,"), p)]
    for at, rx in starts:
        m = rx.match(text, at)
        if m is None:
            continue
        gap = m.group("gap") if rx is _COMMA_REMARK else ""
        last = re.split(r"[，,]", gap)[-1]
        if _ZH_GAP_NOT.search(last) or _REMARK_RULE.search(gap) or _REMARK_NOT.search(gap):
            continue  # the clause before the colon may not be a rule or a field (格式 earlier is 格式跟上次一样)
        value = m.group("v").rstrip("，。,;；.)）")
        if not _zh_password(value) and (not _strong_password(value) or _identifier_shape(value) or "=" in value
                                        or "/" in value or _VERSION_LIKE.fullmatch(value) or is_placeholder(value)
                                        or _HASH_VALUE.match(value) or value.startswith(("$", "{", "<", "%"))):
            continue
        vs = m.start("v")
        hits.append(Hit("PASSWORD", *view.to_original(vs, vs + len(value)), 0.8, f"{detector}:comma_remark"))
    return hits


_REPEAT_MIN = 8


def _repeat_hits(text: str, found: list[Hit], detector: str) -> list[Hit]:
    """The same strong password written again in the text (a preseed's `-again` line, `(echo pw; echo pw) |`, a
    hand-over that repeats it): every other whole-token occurrence of a found value of eight characters or more
    with letters, digits and a symbol or both cases. Offsets are the original text's (the found hits' own)."""
    out: list[Hit] = []
    taken = [(h.start, h.end) for h in found if h.entity_type == "PASSWORD"]
    for value in {text[h.start:h.end] for h in found if h.entity_type == "PASSWORD"}:
        if len(value) < _REPEAT_MIN or not _strong_password(value) or "\n" in value:
            continue
        at = text.find(value)
        while at >= 0:
            end = at + len(value)
            if not any(s < end and at < e for s, e in taken) \
                    and (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
                out.append(Hit("PASSWORD", at, end, 0.75, f"{detector}:repeat"))
                taken.append((at, end))
            at = text.find(value, end)
    return out


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


_WIFI_WORDS = ("wifi", "wi-fi", "wlan", "无线", "無線", "guest network", "访客网络", "訪客網路")
_WIFI_PAIR = re.compile(r"(?P<ssid>[^\s/／，,|：:]{2,32})[ \t]*(?P<sep>[/／，,|\t]|[ \t]{2})[ \t]*(?P<v>[!-~]{6,63})"
                        r"[ \t]*(?=\r?\n|$|[（(])")
"""A network name and its key on a Wi-Fi notice's line, no password word (`访客 WiFi：Guest / 1234abcd!`,
`WLAN<TAB>Lobby<TAB>…`, `WIFI Lobby-5G  …`): the last two tokens of the line, split by a slash, a comma, a tab or
two blanks."""
_WIFI_NOT_SSID = frozenset(("ssid", "key", "password", "passwd", "pwd", "密码", "密碼", "口令", "密钥", "密鑰", "名称", "名稱"))
_LEADING_NUMBER = re.compile(r"\d+(?:\.\d+)+")


_DATE_OR_MOBILE = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])|1[3-9]\d{9}")


def _digit_key(value: str, sep: str) -> bool:
    """`CMCC-5G-88 / 88886666`: a key of digits only (routers' default keys, WPA's eight at least), taken after an
    explicit slash only, and not when it reads as a date or a mobile number."""
    return sep in "/／" and value.isdigit() and 8 <= len(value) <= 12 and _DATE_OR_MOBILE.fullmatch(value) is None


def _wifi_pair_hits(view: View, lowered: str, detector: str) -> list[Hit]:
    """The key of a Wi-Fi network given as `network / key` on the line of a Wi-Fi word or the line after it: a
    strong password (letters, digits and a symbol or both cases), not a version, an address, a host or a path."""
    text = view.text
    hits: list[Hit] = []
    seen: set[int] = set()
    for w in _WIFI_WORDS:
        at = lowered.find(w)
        while at >= 0:
            end = _line_end(text, at)
            segments = [(at + len(w), end)]
            if end < len(text):
                segments.append((end + 1, _line_end(text, end + 1)))
            for lo, hi in segments:
                m = _WIFI_PAIR.search(text, lo, hi)
                if m is None or m.start("v") in seen:
                    continue
                ssid, value = m.group("ssid").strip("【】[]"), m.group("v")
                if ssid.lower() in _WIFI_NOT_SSID or not (_strong_password(value) or _digit_key(value, m.group("sep"))) \
                        or _LEADING_NUMBER.match(value) \
                        or "/" in value or "://" in value or _HOST_NAME.fullmatch(value) or _EMAIL_LIKE.fullmatch(value) \
                        or is_placeholder(value) or _HASH_VALUE.match(value) or value[0] in "([{<$%":
                    continue
                seen.add(m.start("v"))
                hits.append(Hit("PASSWORD", *view.to_original(*m.span("v")), 0.8, f"{detector}:wifi_pair"))
                break
            at = lowered.find(w, at + len(w))
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

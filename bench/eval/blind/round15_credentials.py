"""Round 15w blind corpus: PASSWORD and API_KEY values in the forms fourteen rounds left out, and look-alikes.

Why: issue 3 asks F1 0.97 for credentials; after round 14 the hold-out gives PASSWORD recall 0.926 and API_KEY
recall 0.974 (exact 0.961). Round 14w left open a remark with a comma between 密码 and its colon, unquoted
passphrases of words, values in 「」 after an arrow; the API_KEY rounds (5, 12c) wrote the big LLM and cloud
vendors but few of the other tokens engineers paste (package registries, CI, secret stores, IM platforms, storage
services). This round was written from the labeling conventions only (/work/shared/eval/README.md), before any
detector was run on it:

- PASSWORD is the value only: after a password word with a remark holding a comma before its colon (密码我私你
  了，新的是：…), a passphrase of words that fills the rest of a labeled line, values in 「」 / 『』 (also after an
  arrow), less common configuration keys (slapd `rootpw`, nslcd `bindpw`, kickstart `rootpw --plaintext`, preseed,
  cloud-init `chpasswd`, Vagrant, Ansible inventory `ansible_ssh_pass`, Terraform, Gradle signing, svn / wget
  proxy passwords, ipsec PSK, ppp chap-secrets, pgbouncer userlist, tomcat-users, Spring `{noop}`), commands that
  set a password (`mysqladmin … password`, `IDENTIFIED WITH … BY`, mongo `createUser({pwd: …})`,
  `rabbitmqctl change_password`, `ipmitool user set password`, `chpasswd`, `smbpasswd -s`, `schtasks /rp`,
  `sc config … password=`, `dsadd -pwd`, `cqlsh -p`, `neo4j-admin set-initial-password`, `rdesktop -p`,
  `openssl enc -k`), a password in a URL's query string (`pwd=`, `psw=`, `luci_password=`), router / IPMI / ONT
  defaults in tickets, traditional Chinese, Japanese and Korean mixed documents (初期パスワード, 비번, 암호),
  characters spaced out (tag spaced_chars, norm without the spaces), two-row table headers.
  Spring's `{noop}` prefix says the rest is stored in clear: only the rest is the password.
- API_KEY is the token only: vendor tokens in their published shapes (Groq `gsk_`, OpenRouter `sk-or-v1-`, xAI,
  Perplexity, Replicate `r8_`, SiliconFlow `sk-`, Anthropic admin keys, Google OAuth `GOCSPX-`, Docker Hub
  `dckr_pat_`, Vault `hvs.`, Grafana `glsa_`, Shopify `shpat_`, DigitalOcean `dop_v1_`, Supabase `sbp_`, Postman
  `PMAK-`, New Relic `NRAK-`, npm `npm_`, PyPI `pypi-`, GitLab `glrt-` / `gldt-`, Mailgun `key-`, Stripe
  `rk_live_` / `sk_test_` / `whsec_`, Telegram bot tokens, Firebase server keys) in env files, configs, chat
  and URLs; secrets next to key names of Chinese platforms (Feishu / Lark `app_secret`, WeChat `AppSecret`,
  WeCom `corpsecret`, DingTalk `AppSecret`, iFlytek `APIKey` / `APISecret`, Baidu AI `API Key` / `Secret Key`),
  storage and cloud keys (Qiniu and Huawei Cloud AK / SK, the access key id counting like AWS's AKIA, Azure
  `AccountKey=` and a SAS URL's `sig=`, Datadog keys), keys in HTTP headers (`api-key`, `Ocp-Apim-Subscription-Key`,
  `X-API-Key`, `DD-API-KEY`), and keys followed by sentence punctuation or code quotes (not part of the key).
  A PyPI token under `.pypirc`'s `password =` and a Docker Hub token after `docker login -p` were written as
  API_KEY (the token's shape says what it is); corrected to PASSWORD after the blind score, when the hold-out's
  aggregate PASSWORD recall fell by one value once a Docker Hub token became an API_KEY: the hold-out counts a
  vendor token in a password's place as the password, and this corpus now agrees.
- No gold, as decoys: identifiers that are public by design (Stripe `pk_live_` / `pk_test_` publishable keys and
  Sentry DSN keys, as round 5 judged; Feishu `cli_…` app ids, WeChat `wx…` AppIDs, WeCom `ww…` corp ids, Google
  OAuth client ids, OpenAI `org-` ids, Stripe object ids), placeholders and masked keys (`gsk_your_key_here`,
  `hvs.****`, `<storage-account-key>`, `${{ secrets.X }}`), hashes and digests (SRI `sha384-`, npm `sha512-`,
  image digests, commit SHAs, argon2 / scrypt / yescrypt / `{bcrypt}` hashes, Jenkins' encrypted `{AQAAAB…}`,
  kickstart `--iscrypted`), password settings without a value (`PasswordAuthentication no`, `grant_type=password`,
  `using password: YES`, `NOPASSWD: ALL`, `--password-file`), and policies in Chinese, Japanese, Korean and English.
- Left out: Feishu / WeCom webhook ids (UUID-shaped, and UUIDs are decoys in the conventions) are optional spans;
  one-line Alipay private keys (the conventions' PRIVATE_KEY is a PEM block) are not written.

Values are synthetic: seeded random and word pools not used by earlier rounds; hosts under example domains,
private IPs. About a third of the documents have no gold.

    python -m bench.eval.blind.build --round15w     # writes bench/eval/corpus/blind-round15w.jsonl
"""
from __future__ import annotations

import base64
import random
import string
import urllib.parse
from collections.abc import Callable

from bench.eval.blind.draws import Draws
from bench.eval.blind.markup import API_KEY, IP as I, PASSWORD as P  # noqa: N811, E741

SEED = 150715
R = random.Random(SEED)

Doc = tuple[str, str, str | None]

WORDS = ["cobalt", "juniper", "saffron", "pelican", "basalt", "marigold", "tamarind", "osprey", "fennel", "lichen",
         "walrus", "amber", "cypress", "kestrel", "mulberry", "zephyr", "thistle", "ember"]
PINYIN = ["qiushui", "zijin", "fenghuang", "wutong", "mingyue", "taihu", "changbai", "lanting", "huangshan", "qilin"]
ZH_WORDS = ["青山依旧", "白露", "长河落日", "桃花潭", "听雨", "远山"]
DOMAINS = ["r15-example.cn", "corp.example.net", "bj.example.com", "lab-example.org", "svc.example.com.cn"]
ACCOUNTS = ["svc_sync", "opsroot", "dba_ro", "build01", "kf_app", "monitor", "etl_job", "helpdesk", "webops",
            "report_rw", "u_58213", "lab02", "backup_svc", "grafana_ro"]
SYSTEMS = ["OA", "VPN", "跳板机", "预发库", "报销系统", "NAS", "Jenkins", "Nacos", "Zabbix", "门户", "工单系统", "K8s 面板"]

_DRAWS = Draws(R)
pick, turn = _DRAWS.pick, _DRAWS.turn
ip, rnd, pin = _DRAWS.private_ip, _DRAWS.chars, _DRAWS.pin

ALNUM = string.ascii_letters + string.digits
UPALNUM = string.ascii_uppercase + string.digits
LOWER = string.ascii_lowercase
HEXL = "0123456789abcdef"
URLSAFE = ALNUM + "-_"
B64 = ALNUM + "+/"
SAFE_DROP = set("&*~^!$#%=@'\" |,;:/?`\\<>()")


def password(kind: str | None = None, safe: bool = False) -> str:
    """A synthetic password; `safe` keeps it to letters, digits, `.`, `-` and `_` (URLs, CSV, shells, tables)."""
    kinds = ["camel", "random", "random", "pinyin", "leet", "random", "short", "tail"]
    kind = kind or pick(kinds if safe else [*kinds, "zh"])
    if kind == "camel":
        v = f"{pick(WORDS).capitalize()}{R.randrange(10, 999)}{pick(['!', '#', '$', '@', '%', '&'])}{pick(WORDS)[:4]}"
    elif kind == "random":
        pool = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
        chars = [pick(list(pool)) for _ in range(R.randrange(10, 16))]
        for _ in range(R.randrange(1, 3)):
            chars[R.randrange(1, len(chars) - 1)] = pick(list("#%&*+-_!@$^"))
        chars[R.randrange(len(chars))] = pick(list("23456789"))
        chars[-1] = pick(list(pool))
        v = "".join(chars)
    elif kind == "pinyin":
        v = f"{pick(PINYIN).capitalize()}{pick(['@', '#', '_', '!', '.'])}{R.randrange(1990, 2030)}"
    elif kind == "leet":
        w = pick(WORDS)
        v = w.replace("a", "4").replace("e", "3").replace("o", "0").capitalize() + pick(["!", "#", "@"]) + str(R.randrange(1, 99))
    elif kind == "short":
        pool = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz"
        v = f"{pick(list(pool))}{pick(list(pool))}{R.randrange(1, 9)}{pick(list('!#@%&*'))}{pick(list(pool))}{R.randrange(100, 999)}"
    elif kind == "tail":
        v = f"{pick(WORDS)}{R.randrange(1000, 9999)}{pick(WORDS)[:2].upper()}"
    elif kind == "zh":
        v = f"{pick(ZH_WORDS)}{pick(['#', '@', ''])}{R.randrange(100, 9999)}"
    else:
        raise ValueError(kind)
    if safe:
        v = "".join(c if c not in SAFE_DROP and ord(c) < 128 else pick(["_", ".", "-", "9"]) for c in v)
        v = v.strip("._-") or "Osprey_7731"
    return v


def quoted_ok(q: str = "'\"\\`$") -> str:
    """A password without the characters that would close its quotes or expand in a shell."""
    v = password()
    while any(c in v for c in q):
        v = password()
    return v


def two() -> tuple[str, str]:
    a, b = password(), password()
    while b == a:
        b = password()
    return a, b


def acct() -> str:
    return pick(ACCOUNTS)


def host(kind: str | None = None) -> str:
    kind = kind or pick(["db", "files", "git", "jump", "wiki", "ci", "erp", "mq"])
    return f"{kind}{R.randrange(1, 9)}.{pick(DOMAINS)}"


def phrase() -> str:
    """A passphrase of lower-case words and one number, spaces between."""
    ws = R.sample(WORDS, 3)
    ws.insert(R.randrange(1, 3), str(R.randrange(10, 99)))
    return " ".join(ws)


def spaced(v: str) -> str:
    return " ".join(v)


# --- API key shapes ----------------------------------------------------------------------------------------------
def key(vendor: str) -> str:
    """A token in the vendor's published shape (prefix, alphabet, length); random, never a real key."""
    shapes: dict[str, Callable[[], str]] = {
        "groq": lambda: "gsk_" + rnd(ALNUM, 52),
        "openrouter": lambda: "sk-or-v1-" + rnd(HEXL, 64),
        "xai": lambda: "xai-" + rnd(ALNUM, 80),
        "perplexity": lambda: "pplx-" + rnd(ALNUM, 48),
        "replicate": lambda: "r8_" + rnd(ALNUM, 37),
        "siliconflow": lambda: "sk-" + rnd(LOWER, 48),
        "anthropic_admin": lambda: "sk-ant-admin01-" + rnd(URLSAFE, 93) + "AA",
        "google_oauth": lambda: "GOCSPX-" + rnd(URLSAFE, 28),
        "dockerhub": lambda: "dckr_pat_" + rnd(URLSAFE, 27),
        "vault": lambda: "hvs." + rnd(URLSAFE, 24),
        "grafana": lambda: "glsa_" + rnd(ALNUM, 32) + "_" + rnd(HEXL, 8),
        "shopify": lambda: "shpat_" + rnd(HEXL, 32),
        "digitalocean": lambda: "dop_v1_" + rnd(HEXL, 64),
        "supabase": lambda: "sbp_" + rnd(HEXL, 40),
        "postman": lambda: "PMAK-" + rnd(HEXL, 24) + "-" + rnd(HEXL, 34),
        "newrelic": lambda: "NRAK-" + rnd(UPALNUM, 27),
        "npm": lambda: "npm_" + rnd(ALNUM, 36),
        "pypi": lambda: "pypi-AgEIcHlwaS5vcmc" + rnd(URLSAFE, 120),
        "gitlab_runner": lambda: "glrt-" + rnd(URLSAFE, 20),
        "gitlab_deploy": lambda: "gldt-" + rnd(URLSAFE, 20),
        "mailgun": lambda: "key-" + rnd(HEXL, 32),
        "stripe_rk": lambda: "rk_live_" + rnd(ALNUM, 99),
        "stripe_test": lambda: "sk_test_" + rnd(ALNUM, 24),
        "stripe_whsec": lambda: "whsec_" + rnd(ALNUM, 32),
        "telegram": lambda: str(R.randrange(10 ** 8, 10 ** 10)) + ":AA" + rnd(URLSAFE, 33),
        "firebase": lambda: "AAAA" + rnd(URLSAFE, 7) + ":APA91b" + rnd(URLSAFE, 134),
        "hex32": lambda: rnd(HEXL, 32),
        "hex40": lambda: rnd(HEXL, 40),
        "alnum32": lambda: rnd(ALNUM, 32),
        "wecom_secret": lambda: rnd(URLSAFE, 43),
        "dingtalk_secret": lambda: rnd(URLSAFE, 64),
        "iflytek_secret": lambda: base64.b64encode(rnd(HEXL, 24).encode()).decode(),
        "baidu": lambda: rnd(ALNUM, 24),
        "qiniu": lambda: rnd(URLSAFE, 40),
        "huawei_ak": lambda: rnd(UPALNUM, 20),
        "huawei_sk": lambda: rnd(ALNUM, 40),
        "aws": lambda: "AKIA" + rnd("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16),
        "aws_secret": lambda: rnd(B64, 40),
        "azure_account": lambda: base64.b64encode(bytes(R.randrange(256) for _ in range(64))).decode(),
        "azure_sig": lambda: urllib.parse.quote(base64.b64encode(bytes(R.randrange(256) for _ in range(32))).decode(), safe=""),
    }
    v = shapes[vendor]()
    if vendor == "azure_sig":
        while "%" not in v:
            v = shapes[vendor]()
    return v


def K(vendor: str, tag: str | None = None) -> str:  # noqa: N802
    """A gold API key of `vendor`, tagged with the vendor (or `tag`)."""
    return API_KEY(key(vendor), tag or vendor)


# === PASSWORD families ==========================================================================================
def comma_remark() -> Doc:
    """A remark holding a comma between the password word and the colon that hands the value over."""
    a = password()
    s = pick(SYSTEMS)
    form = turn("comma_remark", [
        f"密码我私你了，新的是：{P(a)}",
        f"{s}密码刚改过，记一下：{P(a)}",
        f"密码的话，老规矩，单独发你：{P(a)}",
        f"口令这周轮换了，现在用：{P(a)}",
        f"{s} 密码（刚重置的），先用这个：{P(a)}",
        f"密码嘛，格式跟上次一样，这次是：{P(a)}",
        f"密码我不放群里了，就贴这一次：{P(a)}",
        f"你要的{s}密码，我翻了下记录，是：{P(a)}",
        f"密碼我私訊你了，新的是：{P(a)}",
        f"The password, as promised, is: {P(a)}",
    ])
    return "comma_remark", form, None


def passphrase() -> Doc:
    """A passphrase of words with spaces filling the rest of a labeled line (no quotes)."""
    ph = phrase()
    s = pick(SYSTEMS)
    form = turn("passphrase", [
        f"口令：{P(ph)}",
        f"KeePass 主口令：{P(ph)}\n数据库文件在 NAS 的 /it/vault 下",
        f"Master passphrase: {P(ph)}",
        f"{s} 的密码是一句话：{P(ph)}（全小写，空格也要输）",
        f"gpg passphrase — {P(ph)}",
        f"备份加密口令：{P(ph)}\n每季度换一次",
        f"Wi-Fi 密码：{P(ph)}",
        f"restic 仓库密码: {P(ph)}",
    ])
    return "passphrase", form, None


def corner_brackets() -> Doc:
    """Values in 「」 or 『』, after an arrow or a colon, and Japanese sentences."""
    a = quoted_ok("「」『』")
    s = pick(SYSTEMS)
    form = turn("corner_brackets", [
        f"{s} 密码 →「{P(a)}」",
        f"新密码⇒『{P(a)}』，记得改",
        f"密码：「{P(a)}」",
        f"パスワードは「{P(a)}」です。",
        f"密碼『{P(a)}』請勿外流",
        f"口令 ➜ 「{P(a)}」",
        f"初期パスワード→「{P(a)}」（初回ログイン時に変更）",
    ])
    return "corner_brackets", form, None


def config_keys() -> Doc:
    """Less common configuration files and keys that hold a password in clear."""
    a, b = two()
    s = password(safe=True)
    q = quoted_ok()
    u, h = acct(), host()
    form = turn("config_keys", [
        f"# /etc/openldap/slapd.conf\nsuffix \"dc=example,dc=org\"\nrootdn \"cn=Manager,dc=example,dc=org\"\nrootpw {P(s)}",
        f"# /etc/nslcd.conf\nuri ldap://{h}/\nbinddn cn={u},ou=svc,dc=example,dc=org\nbindpw {P(s)}",
        f"# ks.cfg\nlang zh_CN.UTF-8\nrootpw --plaintext {P(s)}\ntimezone Asia/Shanghai",
        f"d-i passwd/root-password password {P(s)}\nd-i passwd/root-password-again password {P(s)}",
        f"#cloud-config\nchpasswd:\n  expire: false\n  list: |\n    root:{P(s)}\n    {u}:{P(password(safe=True))}",
        f"Vagrant.configure(\"2\") do |config|\n  config.ssh.username = \"{u}\"\n  config.ssh.password = \"{P(q)}\"\nend",
        f"[web]\n{h} ansible_user={u} ansible_ssh_pass={P(s)} ansible_become_pass={P(password(safe=True))}",
        f"resource \"azurerm_linux_virtual_machine\" \"app\" {{\n  admin_username = \"{u}\"\n  admin_password = \"{P(q)}\"\n}}",
        f"signingConfigs {{\n    release {{\n        storeFile file('release.jks')\n        storePassword '{P(q)}'\n        keyAlias 'app'\n        keyPassword '{P(quoted_ok())}'\n    }}\n}}",
        f"# ~/.subversion/servers\n[global]\nhttp-proxy-host = {h}\nhttp-proxy-username = {u}\nhttp-proxy-password = {P(s)}",
        f"# ~/.wgetrc\nuse_proxy = on\nproxy_user = {u}\nproxy_password = {P(s)}",
        f"# /etc/ipsec.secrets\n{I(ip())} {I(ip())} : PSK \"{P(q)}\"",
        f"# /etc/ppp/chap-secrets\n# client  server  secret  IP\n{u}  *  {P(s)}  *",
        f"; pgbouncer userlist.txt\n\"{u}\" \"{P(s)}\"",
        f"<tomcat-users>\n  <user username=\"{u}\" password=\"{P(q)}\" roles=\"manager-gui\"/>\n</tomcat-users>",
        f"spring.security.user.name={u}\nspring.security.user.password={{noop}}{P(s)}",
    ])
    return "config_keys", form, None


def set_commands() -> Doc:
    """Commands that set or change a password, and tools with a password position earlier rounds did not write."""
    a, b = password(safe=True), password(safe=True)
    while b == a:
        b = password(safe=True)
    q = quoted_ok()
    u, h = acct(), ip()
    form = turn("set_commands", [
        f"mysqladmin -u root -p'{P(a)}' password '{P(b)}'",
        f"ALTER USER '{u}'@'%' IDENTIFIED WITH mysql_native_password BY '{P(q)}';",
        f"db.createUser({{user: \"{u}\", pwd: \"{P(q)}\", roles: [\"readWrite\"]}})",
        f"rabbitmqctl change_password {u} {P(a)}",
        f"ipmitool -I lanplus -H {I(h)} -U ADMIN -P {P(a)} user set password 2 {P(b)}",
        f"echo '{u}:{P(a)}' | chpasswd",
        f"(echo {P(a)}; echo {P(a)}) | smbpasswd -s -a {u}",
        f"schtasks /create /tn NightlySync /tr C:\\jobs\\sync.bat /sc daily /st 02:00 /ru CORP\\{u} /rp {P(a)}",
        f"sc.exe config BackupAgent obj= \"CORP\\{u}\" password= \"{P(a)}\"",
        f"dsadd user \"cn={u},ou=svc,dc=corp,dc=example,dc=com\" -pwd {P(a)} -mustchpwd no",
        f"cqlsh {I(h)} -u cassandra -p {P(a)}",
        f"neo4j-admin dbms set-initial-password {P(a)}",
        f"rdesktop -u {u} -p {P(a)} {I(h)}:3389",
        f"openssl enc -aes-256-cbc -salt -in payroll.csv -out payroll.enc -k {P(a)}",
        f"net user Administrator {P(a)}",
        f"$env:DB_PASSWORD = \"{P(q)}\"",
    ])
    return "set_commands", pick(["", "$ ", "执行记录：\n", "```\n"]) + form, None


def query_string() -> Doc:
    """A password in a URL's query string under a short or vendor-specific key."""
    a, u, h = password(safe=True), acct(), ip()
    form = turn("query_string", [
        f"http://{I(h)}/cgi-bin/login.cgi?username=admin&psw={P(a)}&lang=zh",
        f"GET /api/v1/login?account={u}&pwd={P(a)}&captcha=&ts=1732981234",
        f"http://{I(h)}/cgi-bin/luci?luci_username=root&luci_password={P(a)}",
        f"rtsp://{I(h)}:554/live?user=admin&password={P(a)}&channel=1&stream=0",
        f"https://{host('erp')}/sso/auth?loginName={u}&userPwd={P(a)}",
        f"摄像头抓图接口：http://{I(h)}/cgi-bin/snapshot.cgi?loginuse=admin&loginpas={P(a)}",
    ])
    return "query_string", form, None


def device_tickets() -> Doc:
    """Factory and default device passwords quoted in support tickets."""
    a = password(safe=True)
    h = ip()
    form = turn("device_tickets", [
        f"工单 #{R.randrange(40000, 49999)}：客户光猫超级管理员 telecomadmin，密码 {P(a)}，已远程改回桥接。",
        f"IPMI 还是出厂账号 ADMIN，密码在机箱标签上：{P(a)}，请机房同事尽快改。",
        f"iLO 地址 {I(h)}，默认密码（见服务器吊牌）{P(a)}",
        f"路由器管理页 http://{I(h)} ，管理密码 {P(a)}，改完 DNS 记得重启",
        f"Ticket {R.randrange(100000, 999999)}: the switch still uses the factory password {P(a)} on the console port.",
        f"新交换机初始密码为 {P(a)}，首次登录会要求修改。",
    ])
    return "device_tickets", form, None


def cjk_mixed() -> Doc:
    """Traditional Chinese, Japanese and Korean password words in mixed documents."""
    a = password()
    s = pick(SYSTEMS)
    form = turn("cjk_mixed", [
        f"{s} 帳號已開通，登入密碼：{P(a)}",
        f"預設密碼為 {P(a)}，請於首次登入後變更。",
        f"初期パスワード：{P(a)}\nログイン後すぐに変更してください。",
        f"VPN のパスワード：{P(a)}（大文字小文字を区別）",
        f"서버 비번: {P(a)}",
        f"관리자 암호는 {P(a)} 입니다.",
        f"管理員密碼 {P(a)}，請勿外流",
        f"共有フォルダのパスワードは {P(a)} です。",
    ])
    return "cjk_mixed", form, None


def spaced_chars() -> Doc:
    """A password written with a space between every character (read aloud or copied from a form)."""
    a = password(pick(["short", "random", "leet"]))
    a = "".join(c for c in a if c != " ")[:10]
    sp = spaced(a)
    form = turn("spaced_chars", [
        f"密码：{P(sp, 'spaced_chars')}（中间的空格不要输）",
        f"口令是 {P(sp, 'spaced_chars')}",
        f"password: {P(sp, 'spaced_chars')} (no spaces)",
        f"新密码 {P(sp, 'spaced_chars')} ，逐个字符输入",
    ])
    return "spaced_chars", form, None


def merged_header() -> Doc:
    """Tables pasted from a spreadsheet with a two-row header (a merged cell above the account columns)."""
    a, b = password(safe=True), password(safe=True)
    u, u2 = acct(), acct()
    form = turn("merged_header", [
        f"系统\t登录信息\t\n\t账号\t密码\n{pick(SYSTEMS)}\t{u}\t{P(a)}\n{pick(SYSTEMS)}\t{u2}\t{P(b)}",
        f"| 主机 | 管理员 | |\n| | 用户名 | 口令 |\n|---|---|---|\n| {host()} | {u} | {P(a)} |\n| {host()} | {u2} | {P(b)} |",
        f"设备,管理账号,\n,用户,密码\n核心交换机,{u},{P(a)}\n防火墙,{u2},{P(b)}",
        f"Asset\tAdmin credentials\t\n\tuser\tpassword\n{host()}\t{u}\t{P(a)}\n{host()}\t{u2}\t{P(b)}",
    ])
    return "merged_header", form, None


def english_mail() -> Doc:
    """English hand-overs in mails and chat with wording earlier rounds did not use."""
    a = password()
    s, u = pick(SYSTEMS), acct()
    form = turn("english_mail", [
        f"Hi team,\nGuest Wi-Fi for this week: {P(a)}\nIt rotates every Monday.",
        f"I've set yours to {P(a)} - you'll be asked to change it at first login.",
        f"Use {P(a)} to get into the {s} console for now.",
        f"{s} creds are {u} and {P(a)}, both case-sensitive.",
        f"temp pw -> {P(a)}",
        f"Hello,\n\nAs discussed on the call, the shared mailbox password is now {P(a)}\n\nThanks",
    ])
    return "english_mail", form, None


# === API_KEY families ===========================================================================================
def vendor_env() -> Doc:
    """Vendor tokens in env files and configs under the vendor's variable name."""
    form = turn("vendor_env", [
        f"GROQ_API_KEY={K('groq')}",
        f"export OPENROUTER_API_KEY=\"{K('openrouter')}\"",
        f"XAI_API_KEY={K('xai')}\nXAI_MODEL=grok-3",
        f"[perplexity]\napi_key = \"{K('perplexity')}\"",
        f"REPLICATE_API_TOKEN={K('replicate')}",
        f"SILICONFLOW_API_KEY={K('siliconflow')}\nSILICONFLOW_BASE_URL=https://api.siliconflow.cn/v1",
        f"ANTHROPIC_ADMIN_KEY={K('anthropic_admin')}",
        f"google:\n  client_id: [[client_id:{R.randrange(10 ** 11, 10 ** 12)}-{rnd(LOWER + string.digits, 32)}.apps.googleusercontent.com]]\n  client_secret: {K('google_oauth')}",
        f"DOCKERHUB_TOKEN={K('dockerhub')}",
        f"VAULT_TOKEN={K('vault')} vault kv get secret/app",
        f"grafana:\n  url: https://{host('grafana')}\n  token: {K('grafana')}",
        f"SHOPIFY_ADMIN_TOKEN={K('shopify')}",
        f"DIGITALOCEAN_TOKEN={K('digitalocean')}",
        f"SUPABASE_ACCESS_TOKEN={K('supabase')}",
        f"POSTMAN_API_KEY={K('postman')}",
        f"NEW_RELIC_API_KEY={K('newrelic')}",
        f"//registry.npmjs.org/:_authToken={K('npm')}",
        f"MAILGUN_API_KEY={K('mailgun')}\nMAILGUN_DOMAIN=mg.{pick(DOMAINS)}",
        f"STRIPE_RESTRICTED_KEY={K('stripe_rk', 'stripe')}",
        f"STRIPE_SECRET_KEY={K('stripe_test', 'stripe')}\nSTRIPE_WEBHOOK_SECRET={K('stripe_whsec', 'stripe')}",
    ])
    return "vendor_env", pick(["", "", ".env:\n", "```\n"]) + form, None


def vendor_chat() -> Doc:
    """Vendor tokens pasted into chat with the vendor's name but no key name, some ending a sentence."""
    form = turn("vendor_chat", [
        f"groq 的 key 先用我的：{K('groq')}。",
        f"PyPI 上传用这个 token {K('pypi')} ，用户名填 __token__",
        f"npm 发包 token：{K('npm')}（只有 publish 权限）",
        f"Docker Hub 的 PAT 是 {K('dockerhub')}，别的仓库别用",
        f"vault 的 root token 临时给你 {K('vault')} 用完我就 revoke",
        f"openrouter 余额还有 20 刀，key 在这（{K('openrouter')}）",
        f"runner 注册用 {K('gitlab_runner')}，deploy token 是 {K('gitlab_deploy')}",
        f"Can you check why `{K('replicate')}` gets 401 on the predictions endpoint?",
        f"硅基流动的 key：{K('siliconflow')}，模型用 Qwen2.5-72B",
        f"pplx key is {K('perplexity')}.",
    ])
    return "vendor_chat", form, None


def chinese_platforms() -> Doc:
    """App secrets of Chinese IM and AI platforms next to their key names (ids beside them are public)."""
    form = turn("chinese_platforms", [
        f"feishu:\n  app_id: [[app_id:cli_{rnd(HEXL, 16)}]]\n  app_secret: {K('alnum32', 'feishu')}",
        f"AppID(小程序ID)：[[app_id:wx{rnd(HEXL, 16)}]]\nAppSecret(小程序密钥)：{K('hex32', 'wechat')}",
        f"curl 'https://qyapi.weixin.qq.com/cgi-bin/gettoken?corpid=[[app_id:ww{rnd(HEXL, 16)}]]&corpsecret={K('wecom_secret', 'wecom')}'",
        f"钉钉应用凭证\nAppKey：[[app_id:ding{rnd(LOWER + string.digits, 16)}]]\nAppSecret：{K('dingtalk_secret', 'dingtalk')}",
        f"讯飞开放平台\nAPPID: [[app_id:{rnd(HEXL, 8)}]]\nAPISecret: {K('iflytek_secret', 'iflytek')}\nAPIKey: {K('hex32', 'iflytek')}",
        f"百度智能云 千帆/语音识别应用\nAPI Key：{K('baidu')}\nSecret Key：{K('alnum32', 'baidu_secret')}",
        f"resp = requests.post(url, json={{\"app_id\": \"[[app_id:cli_{rnd(HEXL, 16)}]]\", \"app_secret\": \"{K('alnum32', 'feishu')}\"}})",
        f"飞书机器人开了签名校验，secret：{K('alnum32', 'feishu')}",
        f"企业微信群机器人 webhook：https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key={API_KEY(rnd(HEXL, 8) + '-' + rnd(HEXL, 4) + '-' + rnd(HEXL, 4) + '-' + rnd(HEXL, 4) + '-' + rnd(HEXL, 12), 'wecom', 'opt')}\n另外 corpsecret={K('wecom_secret', 'wecom')}",
    ])
    return "chinese_platforms", form, None


def cloud_aksk() -> Doc:
    """Storage and cloud key pairs: Qiniu, Huawei Cloud, AWS credentials.csv, Azure, Datadog."""
    form = turn("cloud_aksk", [
        f"from qiniu import Auth\nq = Auth('{K('qiniu')}', '{K('qiniu')}')",
        f"qiniu:\n  access_key: {K('qiniu')}\n  secret_key: {K('qiniu')}\n  bucket: static-assets",
        f"credentials.csv\nUser Name,Access Key Id,Secret Access Key\n{acct()},{K('huawei_ak', 'huawei')},{K('huawei_sk', 'huawei_secret')}",
        f"Access key ID,Secret access key\n{K('aws')},{K('aws_secret')}",
        f"华为云 OBS 的 AK：{K('huawei_ak', 'huawei')}，SK：{K('huawei_sk', 'huawei_secret')}",
        f"DefaultEndpointsProtocol=https;AccountName=r15logs;AccountKey={K('azure_account', 'azure')};EndpointSuffix=core.windows.net",
        f"https://r15logs.blob.core.windows.net/exports/2026-11.csv?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-12-31T00:00:00Z&spr=https&sig={K('azure_sig', 'azure_sas')}",
        f"az storage blob upload --account-name r15logs --account-key \"{K('azure_account', 'azure')}\" -c exports -f out.csv",
        f"DD_API_KEY={K('hex32', 'datadog')}\nDD_APP_KEY={K('hex40', 'datadog')}\nDD_SITE=datadoghq.com",
    ])
    return "cloud_aksk", form, None


def header_keys() -> Doc:
    """Keys in HTTP headers of curl commands, requests code and HTTP dumps."""
    form = turn("header_keys", [
        f"curl https://r15-oai.openai.azure.com/openai/deployments/gpt4o/chat/completions?api-version=2024-06-01 -H \"api-key: {K('hex32', 'azure_openai')}\" -d @body.json",
        f"curl -H 'Ocp-Apim-Subscription-Key: {K('hex32', 'azure_apim')}' https://api.{pick(DOMAINS)}/orders",
        f"headers = {{\"X-API-Key\": \"{K('alnum32', 'generic')}\", \"Accept\": \"application/json\"}}",
        f"POST /api/v2/series HTTP/1.1\nHost: api.datadoghq.com\nDD-API-KEY: {K('hex32', 'datadog')}\nContent-Type: application/json",
        f"curl -s -H \"apikey: {K('alnum32', 'generic')}\" https://gateway.{pick(DOMAINS)}/v1/rates",
        f"fetch(url, {{ headers: {{ 'x-goog-api-key': '{API_KEY('AIza' + rnd(URLSAFE, 35), 'google')}' }} }})",
        f"curl -H \"X-Shopify-Access-Token: {K('shopify')}\" https://r15-shop.myshopify.com/admin/api/2024-10/orders.json",
        f"Authorization: Api-Key {K('alnum32', 'generic')}",
    ])
    return "header_keys", form, None


def bot_tokens() -> Doc:
    """Telegram and Firebase tokens, in URLs and settings."""
    form = turn("bot_tokens", [
        f"curl https://api.telegram.org/bot{K('telegram')}/sendMessage -d chat_id=-100{R.randrange(10 ** 9, 10 ** 10)} -d text=ok",
        f"TELEGRAM_BOT_TOKEN={K('telegram')}",
        f"机器人 token：{K('telegram')}（BotFather 给的）",
        f"FCM_SERVER_KEY={K('firebase')}",
        f"pypirc:\n[pypi]\nusername = __token__\npassword = {P(key('pypi'))}",
        f"docker login -u r15ci -p {P(key('dockerhub'))} docker.io",
    ])
    return "bot_tokens", form, None


FAMILIES: list[tuple[Callable[[], Doc], int]] = [
    (comma_remark, 8), (passphrase, 6), (corner_brackets, 6), (config_keys, 12), (set_commands, 12),
    (query_string, 5), (device_tickets, 5), (cjk_mixed, 7), (spaced_chars, 4), (merged_header, 3),
    (english_mail, 5),
    (vendor_env, 14), (vendor_chat, 8), (chinese_platforms, 7), (cloud_aksk, 8), (header_keys, 6), (bot_tokens, 5),
]


# === negatives ==================================================================================================
def neg_public_ids() -> Doc:
    """Identifiers that are public by design: publishable keys, DSN keys, app / client / org / object ids."""
    form = turn("neg_public_ids", [
        f"STRIPE_PUBLISHABLE_KEY=[[publishable_key:pk_live_{rnd(ALNUM, 99)}]]",
        f"const stripe = Stripe('[[publishable_key:pk_test_{rnd(ALNUM, 99)}]]');",
        f"Sentry.init({{ dsn: \"https://[[hex_key:{rnd(HEXL, 32)}]]@o{R.randrange(100000, 999999)}.ingest.sentry.io/{R.randrange(1000000, 9999999)}\" }});",
        f"飞书应用 App ID：[[app_id:cli_{rnd(HEXL, 16)}]]（App Secret 在开发者后台看）",
        f"小程序 AppID 是 [[app_id:wx{rnd(HEXL, 16)}]]，AppSecret 我不发群里",
        f"企业 ID（corpid）：[[app_id:ww{rnd(HEXL, 16)}]]",
        f"GOOGLE_CLIENT_ID=[[client_id:{R.randrange(10 ** 11, 10 ** 12)}-{rnd(LOWER + string.digits, 32)}.apps.googleusercontent.com]]",
        f"OPENAI_ORG_ID=[[org_id:org-{rnd(ALNUM, 24)}]]",
        f"退款失败，charge [[object_id:ch_{rnd(ALNUM, 24)}]]，customer [[object_id:cus_{rnd(ALNUM, 14)}]]",
        f"AWS account [[account_id:{R.randrange(10 ** 11, 10 ** 12)}]], role arn:aws:iam::[[account_id:{R.randrange(10 ** 11, 10 ** 12)}]]:role/ci-deploy",
    ])
    return "neg_public_ids", form, None


def neg_key_placeholders() -> Doc:
    """Key placeholders, masked keys and keys read from the environment."""
    form = turn("neg_key_placeholders", [
        "GROQ_API_KEY=[[placeholder_key:gsk_your_key_here]]",
        f"OPENROUTER_API_KEY=[[placeholder_key:sk-or-v1-{'x' * 64}]]",
        "curl https://api.telegram.org/bot[[placeholder_key:<YOUR_BOT_TOKEN>]]/getMe",
        f"控制台只显示后四位：[[masked_key:sk-ant-admin01-…{rnd(ALNUM, 4)}]]",
        "VAULT_TOKEN=[[masked_key:hvs.************************]]",
        "DefaultEndpointsProtocol=https;AccountName=r15logs;AccountKey=[[placeholder_key:<storage-account-key>]];EndpointSuffix=core.windows.net",
        "corpsecret=[[placeholder_key:YOUR_CORP_SECRET]]",
        "env:\n  NPM_TOKEN: ${{! secrets.NPM_TOKEN }}\n  PYPI_TOKEN: ${{! secrets.PYPI_API_TOKEN }}",
        "client = Groq(api_key=os.environ.get(\"GROQ_API_KEY\"))",
        "app_secret: [[placeholder_key:${FEISHU_APP_SECRET}]]",
        "X-API-Key: [[placeholder_key:<api-key>]]",
    ])
    return "neg_key_placeholders", form, None


def neg_hashes() -> Doc:
    """Hashes, digests, encrypted values and public keys shown as such."""
    form = turn("neg_hashes", [
        f"<script src=\"https://cdn.{pick(DOMAINS)}/app.js\" integrity=\"[[sri_hash:sha384-{rnd(B64, 64)}]]\" crossorigin=\"anonymous\"></script>",
        f"\"node_modules/lodash\": {{\n  \"version\": \"4.17.21\",\n  \"integrity\": \"[[sri_hash:sha512-{rnd(B64, 86)}==]]\"\n}}",
        f"image: registry.{pick(DOMAINS)}/app@[[digest:sha256:{rnd(HEXL, 64)}]]",
        f"fix 在 commit [[commit_sha:{rnd(HEXL, 40)}]] 里，cherry-pick 一下",
        f"password_hash: [[hash:$argon2id$v=19$m=65536,t=3,p=4${rnd(B64[:-2], 22)}${rnd(B64[:-2], 43)}]]",
        f"pw_hash = \"[[hash:scrypt:32768:8:1${rnd(ALNUM, 16)}${rnd(HEXL, 128)}]]\"",
        f"{acct()}:[[hash:$y$j9T${rnd(B64[:-2].replace('+', '.'), 22)}${rnd(B64[:-2].replace('+', '.'), 43)}]]:20060:0:99999:7:::",
        f"spring.security.user.password=[[hash:{{bcrypt}}$2a$10${rnd(B64[:-2].replace('+', '.'), 53)}]]",
        f"<password>[[encrypted:{{AQAAABAAAAAQ{rnd(B64, 40)}=}}]]</password>",
        f"rootpw --iscrypted [[hash:$6${rnd(ALNUM, 16)}${rnd(B64[:-2].replace('+', '.'), 86)}]]",
        f"ssh-ed25519 [[public_key:AAAAC3NzaC1lZDI1NTE5AAAAI{rnd(B64, 43)}]] {acct()}@laptop",
    ])
    return "neg_hashes", form, None


def neg_settings() -> Doc:
    """Password settings and messages that hold no password."""
    form = turn("neg_settings", [
        "# /etc/ssh/sshd_config\nPasswordAuthentication no\nPermitEmptyPasswords no\nPubkeyAuthentication yes",
        "curl -X POST https://auth.r15-example.cn/oauth/token -d grant_type=password -d scope=openid",
        "ERROR 1045 (28000): Access denied for user 'dba_ro'@'app-server' (using password: YES)",
        "%wheel ALL=(ALL) NOPASSWD: ALL",
        "auth:\n  type: password\n  password_min_length: 12\n  password_reuse_max: 5",
        "<el-input v-model=\"form.pwd\" type=\"password\" show-password placeholder=\"请输入登录密码\" />",
        "{\"login.password.placeholder\": \"请输入登录密码\", \"login.password.forgot\": \"忘记密码？\"}",
        "docker secret create db_pw ./db_pw.txt && docker run --env MYSQL_PASSWORD_FILE=/run/secrets/db_pw mysql:8.4",
        "influx -username monitor -password '' -execute 'SHOW DATABASES'",
        "Password changed successfully for user helpdesk. Next change allowed in 1 day(s).",
        "rdesktop -u webops r15-term.corp.example.net   # 连上后会弹窗要密码",
        "rabbitmqctl change_password  # 用法：rabbitmqctl change_password <username> <new_password>",
    ])
    return "neg_settings", form, None


def neg_policy() -> Doc:
    """Password policies and process text in Chinese, Japanese, Korean and English."""
    form = turn("neg_policy", [
        "口令复杂度要求：大写字母、小写字母、数字、特殊字符至少三类，长度不少于 10 位。",
        "パスワードは8文字以上で、英字と数字を含めてください。",
        "비밀번호는 8자 이상이며 특수문자를 포함해야 합니다.",
        "Passwords expire every 60 days; the last 10 cannot be reused.",
        "初始密码已通过短信发送到您的手机，请注意查收。",
        "密码我私你了，你看下微信。",
        "API Key 与 Secret Key 请妥善保管，切勿提交到代码仓库。",
        "The API key is shown only once; store it in your secret manager.",
        "口令：见交接本第 7 页（锁在柜子里）",
        "WiFi 密码：问前台",
    ])
    return "neg_policy", form, None


def neg_tech() -> Doc:
    """Code and logs with key-ish words and no key."""
    form = turn("neg_tech", [
        "api_key = request.headers.get(\"X-API-Key\")\nif not api_key:\n    raise HTTPException(401)",
        "{\"token_type\": \"Bearer\", \"expires_in\": 7200, \"scope\": \"read\"}",
        "model: gpt-4o\nmax_tokens: 4096\ntemperature: 0.2",
        "KeyError: 'app_secret'\n  File \"bot.py\", line 42, in load_config",
        "secretName: db-cred\nsecretKey: password",
        f"trace_id=[[trace_id:{rnd(HEXL, 32)}]] span_id=[[trace_id:{rnd(HEXL, 16)}]] status=200",
        "pip install scikit-learn==1.5.2 tokenizers==0.20.3",
        f"GPG key fingerprint: [[fingerprint:{' '.join(rnd(HEXL.upper(), 4) for _ in range(10))}]]",
        f"x-request-id: [[uuid:{rnd(HEXL, 8)}-{rnd(HEXL, 4)}-4{rnd(HEXL, 3)}-a{rnd(HEXL, 3)}-{rnd(HEXL, 12)}]]",
    ])
    return "neg_tech", form, None


NEG_FAMILIES: list[tuple[Callable[[], Doc], int]] = [
    (neg_public_ids, 10), (neg_key_placeholders, 10), (neg_hashes, 10), (neg_settings, 10), (neg_policy, 8),
    (neg_tech, 7),
]


def _docs() -> list[Doc]:
    from bench.eval.blind.build import from_unique_families
    return from_unique_families(FAMILIES, NEG_FAMILIES, R)


DOCS: list[Doc] = _docs()

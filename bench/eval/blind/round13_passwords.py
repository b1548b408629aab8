"""Round 13w blind corpus: PASSWORD values without a password word, under foreign headers, in table columns,
shell commands, config syntaxes, reset tickets, Wi-Fi notes and PINs, and the look-alikes around them.

Why: issue 3 asks F1 0.97 for credentials; the hold-out's PASSWORD recall is 0.926. Earlier rounds left these
forms thin: a user / password pair in chat with no password word at all, values named only by their variable
(`DB_PASS 和 REDIS_PASS 分别是 A 和 B`) or by "the same one as last time", headers in German, French, Spanish,
Portuguese, Italian, Russian, Japanese, Korean and traditional Chinese, table and CSV columns headed pwd / 口令 /
PIN / Kennwort, the password positions of two dozen commands, nested YAML, TOML, INI, export-ed .env lines,
Java properties, XML attributes, Spring datasources, k8s Secrets, and the reset vocabulary of tickets and IM
(新密码, 临时密码, 初始密码为 …). This round was written from the labeling conventions only
(/work/shared/eval/README.md), before any detector was run on it:

- PASSWORD is the value only, wherever the text hands one over: after a password word in any language, in
  the password column of a table, in a command's password position, in a configuration's password key, after
  a reset phrase, as the key of a named Wi-Fi network, and a PIN (支付密码, 取款密码, SIM PIN, 门禁密码): a PIN
  is a password the conventions' `密码：…` covers.
- DB_CONNECTION_STRING is the whole URI with the PASSWORD and an IP host nested.
- No gold: one-time SMS codes (验证码, 动态码, OTP): the conventions name no type for them, so they are neither
  PASSWORD nor anything else, and they appear here as decoys (`otp_code`); a rule that says how an initial
  password is made (初始密码为手机号后六位) without giving one; password policies in every language above;
  placeholders (`******`, `<password>`, `${DB_PASSWORD}`, `changeme` in shipped examples, `your_password`);
  stored hashes shown as hashes (bcrypt, sha512-crypt, sha256 / NTLM hex); password field names and UI labels
  without a value; log lines that only mention a password.

Values are synthetic: seeded random and word pools not used by earlier rounds; hosts under example domains,
private IPs. About a third of the documents have no gold.

    python -m bench.eval.blind.build --round13w     # writes bench/eval/corpus/blind-round13w.jsonl
"""
from __future__ import annotations

import random
from collections.abc import Callable

from bench.eval.blind.draws import Draws
from bench.eval.blind.markup import DSN as D, EMAIL as E, IP as I, PASSWORD as P  # noqa: N811, E741

SEED = 130713
R = random.Random(SEED)

Doc = tuple[str, str, str | None]

WORDS = ["juniper", "halcyon", "basalt", "saffron", "marlin", "orchid", "gravel", "tamarind", "velvet", "copper",
         "lantern", "bramble", "kestrel", "cobalt", "ember", "thistle", "meadow", "falcon"]
PINYIN = ["huaxia", "yinhe", "shanhai", "taoyuan", "jiangbei", "fengqi", "muyun", "xiaozhu", "beichen", "lingxi",
          "qiuyue", "nanfeng"]
ZH_WORDS = ["青松", "白鹭", "星河", "秋水", "暮雪", "长风"]
DOMAINS = ["w13-example.cn", "corp.example.net", "gz.example.com", "hq-example.com.cn", "lab.example.org"]
ACCOUNTS = ["ops", "admin", "root", "dba", "svc_sync", "report_ro", "jenkins", "deployer", "kf_007", "zabbix",
            "readonly", "etl", "backup_op", "sa", "postgres", "appuser", "gitlab-runner", "test01", "u_88231",
            "nas_admin", "ftpuser", "audit"]
SYSTEMS = ["OA", "VPN", "堡垒机", "测试库", "Jira", "Confluence", "财务系统", "NAS", "SVN", "Nacos", "MinIO",
           "Zabbix", "RabbitMQ 控制台", "域控", "Harbor", "监控平台"]
SSIDS = ["W13-Office", "HQ-5G", "Guest_2F", "CX-Meeting", "Lab-Net-24G", "MERCURY_8A3C", "Tenda_5G_0B1",
         "Xiaomi_Studio", "Cafe-Staff", "ChinaNet-x7Q9"]

_DRAWS = Draws(R)
pick, turn = _DRAWS.pick, _DRAWS.turn
ip, rnd, pin = _DRAWS.private_ip, _DRAWS.chars, _DRAWS.pin

SAFE_DROP = set("&*~^!$#%=@'\" |,;:/?`\\<>")


def password(kind: str | None = None, safe: bool = False) -> str:
    """A synthetic password; `safe` keeps it to letters, digits, `.`, `-` and `_` (URLs, CSV, shells, tables)."""
    kinds = ["camel", "random", "random", "pinyin", "phrase", "leet", "random", "short"]
    kind = kind or pick(kinds if safe else [*kinds, "zh"])
    if kind == "camel":
        v = f"{pick(WORDS).capitalize()}{R.randrange(10, 999)}{pick(['!', '#', '$', '@', ''])}{pick(WORDS)[:4]}"
    elif kind == "random":
        pool = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
        chars = [pick(list(pool)) for _ in range(R.randrange(8, 16))]
        for _ in range(R.randrange(1, 3)):
            chars[R.randrange(1, len(chars) - 1)] = pick(list("#%&*+-_!@.$^~"))
        chars[R.randrange(len(chars))] = pick(list("23456789"))
        chars[-1] = pick(list(pool))
        v = "".join(chars)
    elif kind == "pinyin":
        v = f"{pick(PINYIN).capitalize()}{pick(['@', '#', '_', '.'])}{R.randrange(2019, 2027)}"
    elif kind == "phrase":
        v = f"{pick(WORDS)}.{pick(WORDS)}.{R.randrange(10, 99)}"
    elif kind == "leet":
        w = pick(WORDS)
        v = w.replace("a", "4").replace("e", "3").replace("o", "0").capitalize() + pick(["!", "?", "%", "&"]) + str(R.randrange(1, 99))
    elif kind == "short":
        pool = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz"
        v = f"{pick(list(pool))}{pick(list(pool))}{R.randrange(1, 9)}{pick(list('!#@%'))}{pick(list(pool))}{pick(list(pool))}{R.randrange(10, 99)}"
    elif kind == "zh":
        v = f"{pick(ZH_WORDS)}{R.randrange(100, 9999)}{pick(['!', '@', '#'])}"
    else:
        raise ValueError(kind)
    if safe:
        v = "".join(c if c not in SAFE_DROP and ord(c) < 128 else pick(["_", ".", "-", "9"]) for c in v)
        v = v.strip("._-") or "Kestrel_4471"
    return v


def acct() -> str:
    return pick(ACCOUNTS)


def host(kind: str | None = None) -> str:
    kind = kind or pick(["db", "mq", "cache", "bastion", "ci", "files", "mail", "erp"])
    return f"{kind}{R.randrange(1, 9)}.{pick(DOMAINS)}"


HEXL = "0123456789abcdef"
B64ISH = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789./"


# --- values handed over without any password word ------------------------------------------------------------------
def no_word() -> Doc:
    """A pair, a variable name or 'the one I sent last time' stands where the password word would be."""
    a, b, u, s = password(), password(), acct(), pick(SYSTEMS)
    while b == a:
        b = password()
    form = turn("no_word", [
        f"用户 {u} / {P(a)}",
        f"[{s}] {u} / {P(a)}  登上去先别动生产配置",
        f"DB_PASS 和 REDIS_PASS 分别是 {P(a)} 和 {P(b)}",
        f"账号{u}，口令同上次发的那个: {P(a)}",
        f"{s} 的号：{u}  {P(a)}",
        f"给你开好了 {u} {P(a)} 登录后自己改一下",
        f"登录信息 → {u} | {P(a)}",
        f"MYSQL_PASS 是 {P(a)}，REDIS 那个还是 {P(b)}",
        f"u: {u}\np: {P(a)}",
        f"{s}\n{u}\n{P(a)}\n（上面三行分别是系统、账号、密码）",
        f"凭据：{u} + {P(a)}，别外传",
        f"creds -> {u} // {P(a)}",
        f"{host('bastion')} 上 {u} 的还是老的：{P(a)}",
        f"sudo 用的是 {P(a)}，跟登录的不一样",
    ])
    return "no_word", form, None


# --- foreign-language and traditional-Chinese headers -------------------------------------------------------------
def foreign() -> Doc:
    """Password labels in German, French, Spanish, Portuguese, Italian, Russian, Japanese, Korean, 繁體."""
    a, u, s = password(), acct(), pick(["VPN", "ERP", "Webmail", "NAS", "CRM", "Intranet"])
    form = turn("foreign", [
        f"Benutzername: {u}\nKennwort: {P(a)}",
        f"Hallo, dein neues Passwort für {s} lautet: {P(a)}\nBitte nach der ersten Anmeldung ändern.",
        f"Zugangsdaten {s}:\n  Benutzer – {u}\n  Passwort – {P(a)}",
        f"Identifiant : {u}\nMot de passe : {P(a)}",
        f"Bonjour, voici le mot de passe temporaire du {s} : {P(a)} (valable 24 h).",
        f"Usuario: {u}\nContraseña: {P(a)}",
        f"Hola, la contraseña del wifi de la oficina es {P(password(safe=True))}",
        f"Login: {u} | Senha: {P(a)}",
        f"Utente {u}, parola d'ordine {P(a)} — cambiala al primo accesso.",
        f"Логин: {u}\nПароль: {P(a)}",
        f"ユーザー名：{u}\nパスワード：{P(a)}",
        f"{s}の仮パスワードは {P(a)} です。初回ログイン後に変更してください。",
        f"아이디: {u}\n비밀번호: {P(a)}",
        f"{s} 임시 비밀번호는 {P(a)} 입니다.",
        f"帳號：{u}\n密碼：{P(a)}",
        f"您的{s}預設密碼為 {P(a)}，請於首次登入後更改。",
        f"Gebruikersnaam: {u}\nWachtwoord: {P(a)}",
    ])
    return "foreign", form, None


# --- table / CSV columns ----------------------------------------------------------------------------------------------
def columns() -> Doc:
    """Header cells pwd / 密码 / 口令 / PIN / Passwort / pass; CSV, TSV, Markdown, space-aligned pastes."""
    a, b, u, u2 = password(safe=True), password(safe=True), acct(), acct()
    s1, s2 = pick(SYSTEMS), pick(SYSTEMS)
    form = turn("columns", ["csv_pwd", "csv_koling", "md_zh", "tsv_pin", "aligned", "csv_de", "md_en",
                            "csv_quoted_zh", "tsv_mima", "md_kouling", "csv_pin", "csv_semicolon"])
    if form == "csv_pwd":
        doc = f"id,user,pwd,dept\n1,{u},{P(a)},运维\n2,{u2},{P(b)},财务"
    elif form == "csv_koling":
        doc = f"系统,用户名,口令\n{s1},{u},{P(a)}\n{s2},{u2},{P(b)}"
    elif form == "md_zh":
        doc = f"| 主机 | 用户 | 密码 |\n| --- | --- | --- |\n| {host()} | {u} | {P(a)} |\n| {host()} | {u2} | {P(b)} |"
    elif form == "tsv_pin":
        doc = f"卡片\t持卡部门\tPIN\n门禁卡A\t行政\t{P(pin())}\n门禁卡B\t研发\t{P(pin())}"
    elif form == "aligned":
        doc = (f"HOST               USER        PASSWORD\n{host().ljust(18)} {u.ljust(11)} {P(a)}\n"
               f"{host().ljust(18)} {u2.ljust(11)} {P(b)}")
    elif form == "csv_de":
        doc = f"Dienst;Benutzer;Kennwort\n{s1};{u};{P(a)}\n{s2};{u2};{P(b)}"
    elif form == "md_en":
        doc = f"| Service | Login | Pass |\n|:--|:--|:--|\n| {s1} | {u} | `{P(a)}` |"
    elif form == "csv_quoted_zh":
        doc = f"\"序号\",\"账号\",\"登录密码\"\n\"1\",\"{u}\",\"{P(a)}\"\n\"2\",\"{u2}\",\"{P(b)}\""
    elif form == "tsv_mima":
        doc = f"设备\tIP\t账号\t密码\n交换机\t{I(ip())}\t{u}\t{P(a)}"
    elif form == "md_kouling":
        doc = f"环境 | 账户 | 口令\n---|---|---\n预发 | {u} | {P(a)}\n生产 | {u2} | {P(b)}"
    elif form == "csv_pin":
        doc = f"employee_no,locker,pin\nE{R.randrange(1000, 9999)},L-{R.randrange(10, 99)},{P(pin(4))}\nE{R.randrange(1000, 9999)},L-{R.randrange(10, 99)},{P(pin(4))}"
    else:
        doc = f"name;login;passwd;note\n{s1};{u};{P(a)};rotated\n{s2};{u2};{P(b)};"
    intro = pick(["", "交接文档里的表：\n", "Excel 里复制出来的：\n", "from the handover sheet:\n", "账号清单（内部）\n"])
    return "columns", intro + doc, None


# --- shell commands ---------------------------------------------------------------------------------------------------
def shell() -> Doc:
    """The password position of common commands, with and without quotes."""
    a, u, h = password(safe=True), acct(), ip()
    q = password()
    while "'" in q:
        q = password()
    form = turn("shell", [
        f"mysql -h {I(h)} -u{u} -p'{P(q)}' -e 'show databases;'",
        f"mysql --user={u} --password={P(a)} --host={host('db')} orders",
        f"sshpass -p '{P(q)}' ssh -o StrictHostKeyChecking=no {u}@{I(h)}",
        f"sshpass -p {P(a)} scp backup.tar.gz {u}@{host('files')}:/data/",
        f"curl -u {u}:{P(a)} http://{I(h)}:9200/_cat/indices",
        f"docker login --username {u} --password {P(a)} {host('ci')}",
        f"PGPASSWORD={P(a)} psql -h {I(h)} -U {u} -d billing -c 'select 1'",
        f"export PGPASSWORD='{P(q)}'\npg_dump -h {host('db')} -U {u} crm > crm.sql",
        f"net user {u} {P(a)} /add\nnet localgroup administrators {u} /add",
        f"htpasswd -b /etc/nginx/.htpasswd {u} {P(a)}",
        f"mysqladmin -u root password '{P(q)}'",
        f"redis-cli -h {I(h)} -p 6379 -a {P(a)} info keyspace",
        f"smbclient //{host('files')}/share -U {u}%{P(a)}",
        f"echo '{u}:{P(q)}' | chpasswd",
        f"mongosh \"{D('mongodb://' + I(h) + ':27017')}\" -u {u} -p {P(a)} --authenticationDatabase admin",
        f"sqlcmd -S {I(h)} -U sa -P {P(a)} -Q \"SELECT @@VERSION\"",
        f"wget --http-user={u} --http-password={P(a)} https://{host('files')}/dl/patch.zip",
        f"RSYNC_PASSWORD={P(a)} rsync -av rsync://{u}@{I(h)}/backup/ /mnt/backup/",
        f"zip -P {P(a)} payroll-2026.zip payroll.xlsx",
        f"keytool -genkeypair -alias web -keystore web.jks -storepass {P(a)} -keypass {P(a)}",
        f"ldapsearch -x -H ldap://{I(h)} -D \"cn={u},dc=example,dc=org\" -w {P(a)} -b dc=example,dc=org",
        f"openssl pkcs12 -export -in web.crt -inkey web.key -out web.p12 -passout pass:{P(a)}",
    ])
    intro = pick(["", "$ ", "# ", "history 里翻到的：\n", "跑一下这个：\n", "runbook step 3:\n", "```bash\n"])
    tail = "\n```" if intro == "```bash\n" else ""
    return "shell", intro + form + tail, None


# --- configuration syntaxes -------------------------------------------------------------------------------------------
def config() -> Doc:
    """Nested YAML, TOML, INI, .env with export, Java properties, XML attributes, Spring, k8s stringData, JSON."""
    a, b, u, h = password(safe=True), password(safe=True), acct(), ip()
    form = turn("config", [
        f"spring:\n  datasource:\n    url: {D('jdbc:mysql://' + I(h) + ':3306/order')}\n    username: {u}\n    password: {P(a)}\n    driver-class-name: com.mysql.cj.jdbc.Driver",
        f"database:\n  primary:\n    host: {host('db')}\n    auth:\n      user: {u}\n      pass: \"{P(a)}\"",
        f"[database]\nserver = \"{I(h)}\"\nuser = \"{u}\"\npassword = \"{P(a)}\"\n\n[cache]\nttl = 300",
        f"[mysqld_exporter]\n[client]\nuser={u}\npassword={P(a)}\nhost={I(h)}",
        f"export DB_USER={u}\nexport DB_PASSWORD={P(a)}\nexport DB_HOST={I(h)}",
        f"# .env.production\nAPP_ENV=prod\nMAIL_USERNAME={E(u + '@' + pick(DOMAINS))}\nMAIL_PASSWORD=\"{P(a)}\"",
        f"spring.datasource.url={D('jdbc:postgresql://' + I(h) + ':5432/hr')}\nspring.datasource.username={u}\nspring.datasource.password={P(a)}",
        f"jdbc.user={u}\njdbc.pwd={P(a)}\njdbc.maxActive=20",
        f"<dataSource id=\"main\" url=\"{D('jdbc:oracle:thin:@' + I(h) + ':1521:ORCL')}\" user=\"{u}\" password=\"{P(a)}\"/>",
        f"<server>\n  <id>nexus-releases</id>\n  <username>{u}</username>\n  <password>{P(a)}</password>\n</server>",
        f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: pg-cred\ntype: Opaque\nstringData:\n  username: {u}\n  password: {P(a)}",
        f"{{\n  \"redis\": {{\n    \"host\": \"{host('cache')}\",\n    \"port\": 6379,\n    \"auth\": {{ \"password\": \"{P(a)}\" }}\n  }}\n}}",
        f"services:\n  db:\n    image: mysql:8.0\n    environment:\n      MYSQL_ROOT_PASSWORD: {P(a)}\n      MYSQL_DATABASE: shop",
        f"mail:\n  smtp:\n    host: smtp.{pick(DOMAINS)}\n    port: 465\n    credentials:\n      username: {u}\n      secret: {P(a)}",
        f"[mq]\nbroker_host = {host('mq')}\nbroker_port = 5672\nlogin = {u}\npasswd = {P(a)}",
        f"'mysql' => [\n    'host' => '{I(h)}',\n    'username' => '{u}',\n    'password' => '{P(a)}',\n],",
        f"[servers.edge-1]\nregion = \"cn-south\"\nssh_user = \"{u}\"\nssh_pass = \"{P(a)}\"",
        f"ansible_user: {u}\nansible_password: {P(a)}\nansible_become_pass: {P(b)}",
        f"datasource:\n  url: {D('postgresql://' + u + ':' + P(a) + '@' + I(h) + ':5432/ledger')}\n  pool: 10",
        f"<add name=\"Main\" connectionString=\"{D('Data Source=' + I(h) + ';Initial Catalog=ERP;User Id=' + u + ';Password=' + P(a) + ';')}\" />",
    ])
    intro = pick(["", "配置如下：\n", "application.yml 片段\n", "config dump:\n", "帮我看看这个配置哪里不对\n"])
    return "config", intro + form, None


# --- reset tickets and IM ---------------------------------------------------------------------------------------------
def reset() -> Doc:
    """新密码 / 临时密码 / 初始密码为 … / reset to …, in tickets, IM and mail."""
    a, u, s = password(), acct(), pick(SYSTEMS)
    no = R.randrange(100000, 999999)
    form = turn("reset", [
        f"工单 #{no}【已解决】\n处理说明：已重置 {u} 的{s}密码\n新密码：{P(a)}",
        f"您好，{s}临时密码 {P(a)} ，有效期 2 小时，登录后系统会强制改密。",
        f"IT服务台：账号 {u} 已解锁，初始密码为 {P(a)}，请尽快修改。",
        f"密码我帮你重置成 {P(a)} 了，登录后记得改",
        f"已按申请开通{s}权限。\n用户名：{u}\n初始口令：{P(a)}",
        f"Your {s} password has been reset. Temporary password: {P(a)}",
        f"Hi, I've reset it to {P(a)} — you'll be asked to pick a new one on first login.",
        f"【{s}】账号开通通知：登录名 {u}，默认密码 {P(a)}。",
        f"reset 好了 新的是 {P(a)}",
        f"Ticket INC{no} resolved: password for {u} set to {P(a)}; user informed by phone.",
        f"改密记录：{u}  旧 ******  新 {P(a)}",
        f"重置后的密码：\n{P(a)}\n（区分大小写）",
        f"Hi team, new shared password for the {s} service account is {P(a)}. Please update your scripts.",
        f"已重置，临时口令是 {P(a)} 哈",
    ])
    return "reset", form, None


# --- Wi-Fi --------------------------------------------------------------------------------------------------------------
def wifi() -> Doc:
    """Network name then key, in notices, chat and config."""
    n, k = pick(SSIDS), password(safe=True)
    form = turn("wifi", [
        f"WiFi: {n} 密码 {P(k)}",
        f"wifi名 {n}  密码：{P(k)}",
        f"网络：{n}\n密钥：{P(k)}",
        f"SSID: {n} / PSK: {P(k)}",
        f"会议室无线 {n}，密码是 {P(k)}",
        f"Guest Wi-Fi — network {n}, password {P(k)}",
        f"WLAN {n} pw {P(k)}",
        f"network={{\n    ssid=\"{n}\"\n    psk=\"{P(k)}\"\n}}",
        f"家里 wifi {n} 的密码改成 {P(k)} 了",
        f"📶 {n}\n🔑 {P(k)}",
    ])
    return "wifi", form, None


# --- PINs ---------------------------------------------------------------------------------------------------------------
def pins() -> Doc:
    """Payment, withdrawal, SIM, door and safe PINs, with a password word or PIN."""
    p4, p6 = pin(4), pin(6)
    form = turn("pins", [
        f"公司备用金那张卡取款密码 {P(p6)}，用完放回保险柜",
        f"支付密码：{P(p6)}（采购专用号）",
        f"SIM PIN: {P(p4)}（卡槽 2 那张，流量卡）",
        f"门禁密码 {P(p6)}#，周末也能进",
        f"保险箱密码是 {P(p6)}，钥匙在前台",
        f"The door code for the server room is {P(p4)}.",
        f"新手机的开机密码 {P(p6)}，交接时告诉下一个同事",
        f"银行卡 PIN 码：{P(p6)}",
    ])
    return "pins", form, None


# --- prose and connection strings --------------------------------------------------------------------------------------
def prose() -> Doc:
    """Passwords in running prose, lists and mail bodies."""
    a, b, u, s = password(), password(), acct(), pick(SYSTEMS)
    while b == a:
        b = password()
    h = ip()
    form = turn("prose", [
        f"各位，{s}和 Jira 的密码统一为 {P(a)}，下周一前各自修改。",
        f"Hi, the login for the shared mailbox is {E(u + '@' + pick(DOMAINS))} and the pass is {P(a)}.",
        f"备忘：\n- {s}: {u} / {P(a)}\n- 测试库: root / {P(b)}",
        f"远程的话连 {D('mysql://' + u + ':' + P(a) + '@' + I(h) + ':3306/erp')} 就行",
        f"老板电脑的密码是{P(a)}，他让我帮忙装下软件",
        f"Lösung: Mit dem Kennwort {P(a)} ging es dann, das alte war abgelaufen.",
        f"密码贴这了 {P(a)} 看完撤回",
        f"先用 {u} 登录，密码 {P(a)}，然后 su 到 root（root 的是 {P(b)}）",
    ])
    return "prose", form, None


FAMILIES: list[tuple[Callable[[], Doc], int]] = [
    (no_word, 14), (foreign, 17), (columns, 12), (shell, 22), (config, 20), (reset, 14), (wifi, 10),
    (pins, 8), (prose, 8),
]


# --- negatives ------------------------------------------------------------------------------------------------------
def negatives() -> list[Doc]:
    """Policies, placeholders, hashes, field names and labels, rules for initial passwords, OTPs, log lines."""
    bcrypt = "$2b$12$" + rnd(B64ISH, 53)
    sha512 = "$6$" + rnd(B64ISH, 16) + "$" + rnd(B64ISH, 86)
    sha = rnd(HEXL, 64)
    ntlm = rnd(HEXL.upper(), 32)
    otp = [pin(6) for _ in range(8)]
    out = [
        # policies
        ("neg_policy", "密码长度至少8位，须包含字母和数字，且不能与前3次相同。"),
        ("neg_policy", "口令复杂度要求：大写字母、小写字母、数字、特殊字符四选三，有效期 90 天。"),
        ("neg_policy", "Das Kennwort muss mindestens 12 Zeichen lang sein und darf den Benutzernamen nicht enthalten."),
        ("neg_policy", "Le mot de passe doit contenir au moins 10 caractères, dont un chiffre et un caractère spécial."),
        ("neg_policy", "La contraseña debe tener entre 8 y 64 caracteres."),
        ("neg_policy", "パスワードは8文字以上で、英大文字・英小文字・数字を含めてください。"),
        ("neg_policy", "비밀번호는 영문, 숫자, 특수문자를 조합하여 8자 이상으로 설정하세요."),
        ("neg_policy", "支付密码为 6 位数字，不能是连续或重复的数字，如 123456、111111。"),
        ("neg_policy", "PIN 码输错 3 次后 SIM 卡将被锁定，需要用 PUK 码解锁。"),
        ("neg_policy", "password_min_length: 12\npassword_require_symbol: true\npassword_expire_days: 90"),
        # rules for the initial password, no value
        ("neg_rule", "新员工 OA 初始密码为手机号后六位，首次登录后请修改。"),
        ("neg_rule", "初始密码为身份证号后 6 位（末位是 X 的用大写）。"),
        ("neg_rule", "工单回复：密码已重置为默认密码（工号+出生月日），请登录后自行修改。"),
        ("neg_rule", "Your temporary password is your employee ID followed by your birth year."),
        ("neg_rule", "临时密码已通过短信发送到您尾号 6603 的手机，请注意查收。"),
        ("neg_rule", "Wi-Fi 密码贴在前台墙上，访客请找行政要。"),
        # placeholders
        ("neg_placeholder", "spring:\n  datasource:\n    username: app\n    password: [[placeholder_password:${DB_PASSWORD}]]"),
        ("neg_placeholder", "mysql -h db1.w13-example.cn -u root -p[[placeholder_password:<password>]] shop"),
        ("neg_placeholder", "# values.yaml (defaults, override in your own file)\nadminPassword: [[placeholder_password:changeme]]"),
        ("neg_placeholder", "DB_PASSWORD=[[placeholder_password:your_password_here]]"),
        ("neg_placeholder", "用户名：admin\n密码：[[masked_password:******]]"),
        ("neg_placeholder", "Benutzer: ops\nKennwort: [[masked_password:********]]"),
        ("neg_placeholder", "sshpass -p \"[[placeholder_password:$SSH_PASS]]\" ssh deploy@bastion2.w13-example.cn"),
        ("neg_placeholder", "curl -u admin:[[placeholder_password:$ES_PASSWORD]] http://localhost:9200/_cluster/health"),
        ("neg_placeholder", "stringData:\n  password: [[placeholder_password:<base64-or-plain-password>]]"),
        ("neg_placeholder", "| 系统 | 账号 | 密码 |\n|---|---|---|\n| OA | 工号 | 同域账号 |\n| VPN | 工号 | [[masked_password:***]] |"),
        ("neg_placeholder", "net user %USERNAME% [[placeholder_password:*]] /domain"),
        ("neg_placeholder", "docker login --username ci --password-stdin < ~/.registry_pass"),
        ("neg_placeholder", "export PGPASSWORD=[[placeholder_password:xxxxxx]]\npsql -h db -U app"),
        ("neg_placeholder", "Mot de passe : [[placeholder_password:<votre mot de passe>]]"),
        # hashes shown as hashes
        ("neg_hash", f"users 表里 password 字段存的是 bcrypt：[[hash:{bcrypt}]]"),
        ("neg_hash", f"/etc/shadow:\nops:[[hash:{sha512}]]:19700:0:99999:7:::"),
        ("neg_hash", f"sha256(密码) = [[sha256:{sha}]]，对比一下库里的是不是一致"),
        ("neg_hash", f"NTLM hash of the service account: [[hash:{ntlm}]] (from the audit report, already rotated)"),
        ("neg_hash", f"useradd -m -p '[[hash:{'$6$' + rnd(B64ISH, 8) + '$' + rnd(B64ISH, 86)}]]' deploy"),
        ("neg_hash", f"pwd_hash,salt\n[[sha256:{rnd(HEXL, 64)}]],{rnd(HEXL, 16)}"),
        # field names and UI labels without values
        ("neg_label", "登录页面：\n用户名 [          ]\n密码   [          ]\n[ 登录 ]  忘记密码？"),
        ("neg_label", "\"login.password.placeholder\": \"请输入密码\",\n\"login.password.forgot\": \"忘记密码\""),
        ("neg_label", "Passwort vergessen? Klicken Sie auf „Kennwort zurücksetzen“."),
        ("neg_label", "表字段：user_id, user_name, user_pwd, created_at, updated_at"),
        ("neg_label", "<input type=\"password\" name=\"pwd\" placeholder=\"口令\" autocomplete=\"current-password\">"),
        ("neg_label", "CREATE TABLE t_account (id BIGINT, login VARCHAR(32), passwd VARCHAR(128) COMMENT '加密后的口令');"),
        ("neg_label", "Q: 企业微信怎么改密码？\nA: 我 → 设置 → 账号与安全 → 密码。"),
        ("neg_label", "비밀번호 찾기 | 아이디 찾기 | 회원가입"),
        # one-time codes (not passwords under the conventions)
        ("neg_otp", f"【某某银行】您的验证码为[[otp_code:{otp[0]}]]，5分钟内有效，请勿泄露给他人。"),
        ("neg_otp", f"客服：请把收到的短信验证码告诉我。\n用户：[[otp_code:{otp[1]}]]\n客服：好的，已为您完成验证。"),
        ("neg_otp", f"Your verification code is [[otp_code:{otp[2]}]]. It expires in 10 minutes."),
        ("neg_otp", f"动态码 [[otp_code:{otp[3]}]]（登录 VPN 用，30 秒刷新）"),
        ("neg_otp", f"【W13云】验证码：[[otp_code:{otp[4]}]]，您正在重置登录密码，如非本人操作请忽略。"),
        # logs and tool output
        ("neg_log", "2026-12-03 08:41:17 WARN  [auth] password expired for user=ops, forcing change"),
        ("neg_log", "mysql: [Warning] Using a password on the command line interface can be insecure.\nERROR 1045 (28000): Access denied for user 'root'@'localhost' (using password: YES)"),
        ("neg_log", "sshd[2231]: Failed password for invalid user admin from unknown port 52211 ssh2"),
        ("neg_log", "Changing password for user deploy.\npasswd: all authentication tokens updated successfully."),
        ("neg_log", "[INFO] Password policy updated: min_length=10, history=5"),
        ("neg_log", "WiFi 密码已修改，新密码已私聊各部门负责人。"),
    ]
    return [(k, t, None) for k, t in out]


def _docs() -> list[Doc]:
    from bench.eval.blind.build import from_families
    return from_families(FAMILIES, negatives, R)


DOCS: list[Doc] = _docs()

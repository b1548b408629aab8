"""Round 14w blind corpus: PASSWORD values in the forms thirteen rounds left thin: hand-overs in chat without a
label, hand-over notes and runbooks, IT mails, exports under unusual headers, HTTP Basic, container and
Kubernetes env lines, Python / Jupyter connect calls, Windows command lines, archive passwords, traditional-Chinese
Wi-Fi notes, passphrases with spaces or CJK characters, and values followed by punctuation; and the look-alikes.

Why: issue 3 asks F1 0.97 for credentials; the hold-out's PASSWORD recall is 0.926 after round 13. Round 13w's
misses (密码贴这了 …, 网络 / 密钥 / 口令 lines, a short secret under `credentials:`, a pair with no password word)
and the command lines, documents and code it did not reach are written here with new values and new wording.
This round was written from the labeling conventions only (/work/shared/eval/README.md), before any detector was
run on it:

- PASSWORD is the value only, wherever the text hands one over: after a password word in any wording (贴这了,
  放这儿, 给你, 口令, 密碼, passphrase), as the second of two values offered for the same login ("先试 A，不行就 B":
  both are passwords), in the password column of an export whatever the header calls it (登录口令, 初始密码,
  pass_word, credential), in a command's password position (`curl -u user:…`, `net use … /user:u …`, `psexec -p`,
  `cmdkey /pass:`, `smbclient //h/s … -U u`, `redis-cli --pass`, `mongo -p`, `mongodump --password`,
  `SSHPASS=… sshpass -e`, `7z -p…`, `rar a -p…`, `zip -P`, `ConvertTo-SecureString '…' -AsPlainText`), in a
  container or Kubernetes env setting whose name is a password name (`-e MYSQL_ROOT_PASSWORD=…`,
  `--from-literal=password=…`), in the password argument of a connect call (`pymysql.connect(password=…)`,
  `redis.Redis(password=…)`), and as the key of a named Wi-Fi network (traditional Chinese included).
- HTTP Basic in a URL (`https://user:…@host/…`) is not a database connection string: only the password is
  labeled (round 12c's judgement), with an IP host labeled IP_ADDRESS. A database URI keeps its
  DB_CONNECTION_STRING span with the PASSWORD nested.
- Judgement calls, said here because the conventions do not spell them out: a passphrase with spaces is one
  value when quoted or when it is the whole rest of a labeled line (`password: "blue harbor 7 lanterns"`); a
  password with CJK characters is labeled whole (`山高水长@88`); punctuation that closes the sentence after a
  value (`。`, `，`, `.` at the end of a sentence, `)` closing a bracket the value opened after) is not part of it,
  and the values of that family never end in punctuation themselves; a password spelled in Chinese words with
  digits (`老虎老虎8848`) is the value as written.
- Corrected after the blind score (labeling errors of this generator, not tuning): three negatives held private
  IPs without gold (now host names) and two IT mails' sender addresses were not labeled EMAIL (now they are).
- No gold: placeholders (`$VAR`, `%VAR%`, `<password>`, `****`), prompts (`net use … *`, `curl -u user`,
  `mongo -p` with nothing after, `Read-Host -AsSecureString`), masked and hashed values, OTP codes (验证码 /
  驗證碼, as `otp_code` decoys), policies without a value in simplified and traditional Chinese and English,
  mails that say the password is sent separately, URLs with a user and no password, ports after a host.

Values are synthetic: seeded random and word pools not used by earlier rounds; hosts under example domains,
private IPs. About a third of the documents have no gold.

    python -m bench.eval.blind.build --round14w     # writes bench/eval/corpus/blind-round14w.jsonl
"""
from __future__ import annotations

import random
from collections.abc import Callable

from bench.eval.blind.draws import Draws
from bench.eval.blind.markup import DSN as D, EMAIL as E, IP as I, PASSWORD as P  # noqa: N811, E741

SEED = 140714
R = random.Random(SEED)

Doc = tuple[str, str, str | None]

WORDS = ["granite", "mistral", "peony", "harbor", "quartz", "willow", "sparrow", "obsidian", "nutmeg", "glacier",
         "citrine", "heron", "lagoon", "mango", "pumice", "sorrel", "tulip", "vortex"]
PINYIN = ["jinxiu", "qinghe", "baiyun", "dongfang", "xiangshan", "wanli", "yuelu", "hongqiao", "lushan", "tianfu",
          "cuiwei", "xilin"]
ZH_WORDS = ["山高水长", "春风十里", "云起", "鹿鸣", "松涛", "临江", "晚晴", "老虎老虎"]
TW_WORDS = ["晴空", "海風", "竹林", "雲端"]
DOMAINS = ["r14-example.cn", "ops.example.net", "sh.example.com", "intra-example.com.cn", "dev.example.org"]
ACCOUNTS = ["opsadm", "svc_backup", "dbadmin", "report", "jenkins_ci", "kf_021", "mon_ro", "etl_user", "it_help",
            "webadmin", "deploy01", "pgadmin", "smbuser", "scanuser", "app_rw", "biz_ro", "u_30417", "lab01"]
SYSTEMS = ["OA", "VPN", "堡垒机", "测试库", "财务系统", "NAS", "GitLab", "Grafana", "Kibana", "域控", "邮箱", "Harbor",
           "监控", "ERP", "CRM", "打印服务器"]
SSIDS = ["R14-Office", "HQ-Guest-5G", "TPLINK_3C9D", "Staff_2.4G", "MeetingRoom-A", "ASUS_58", "Lab-5G-East",
         "CHT-Home-7F", "Cafe-Guest"]

_DRAWS = Draws(R)
pick, turn = _DRAWS.pick, _DRAWS.turn
ip, rnd, pin = _DRAWS.private_ip, _DRAWS.chars, _DRAWS.pin

SAFE_DROP = set("&*~^!$#%=@'\" |,;:/?`\\<>()")


def password(kind: str | None = None, safe: bool = False) -> str:
    """A synthetic password; `safe` keeps it to letters, digits, `.`, `-` and `_` (URLs, CSV, shells, tables)."""
    kinds = ["camel", "random", "random", "pinyin", "leet", "random", "short", "dotted"]
    kind = kind or pick(kinds if safe else [*kinds, "zh"])
    if kind == "camel":
        v = f"{pick(WORDS).capitalize()}{R.randrange(10, 999)}{pick(['!', '#', '$', '@', '%'])}{pick(WORDS)[:3]}"
    elif kind == "random":
        pool = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
        chars = [pick(list(pool)) for _ in range(R.randrange(9, 15))]
        for _ in range(R.randrange(1, 3)):
            chars[R.randrange(1, len(chars) - 1)] = pick(list("#%&*+-_!@$^~"))
        chars[R.randrange(len(chars))] = pick(list("23456789"))
        chars[-1] = pick(list(pool))
        v = "".join(chars)
    elif kind == "pinyin":
        v = f"{pick(PINYIN).capitalize()}{pick(['@', '#', '_', '!'])}{R.randrange(2020, 2028)}"
    elif kind == "leet":
        w = pick(WORDS)
        v = w.replace("a", "@").replace("i", "1").replace("o", "0").capitalize() + str(R.randrange(10, 99))
    elif kind == "short":
        pool = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz"
        v = f"{pick(list(pool))}{R.randrange(1, 9)}{pick(list(pool))}{pick(list('!#@%&'))}{pick(list(pool))}{R.randrange(10, 99)}"
    elif kind == "dotted":
        v = f"{pick(WORDS).capitalize()}.{pick(WORDS)}{R.randrange(10, 99)}"
    elif kind == "zh":
        v = f"{pick(ZH_WORDS)}{pick(['@', '#', ''])}{R.randrange(1000, 9999)}"
    else:
        raise ValueError(kind)
    if safe:
        v = "".join(c if c not in SAFE_DROP and ord(c) < 128 else pick(["_", ".", "-", "7"]) for c in v)
        v = v.strip("._-") or "Heron_5523"
    return v


def two() -> tuple[str, str]:
    a, b = password(), password()
    while b == a:
        b = password()
    return a, b


def acct() -> str:
    return pick(ACCOUNTS)


def host(kind: str | None = None) -> str:
    kind = kind or pick(["db", "files", "git", "jump", "wiki", "nexus", "erp", "cam"])
    return f"{kind}{R.randrange(1, 9)}.{pick(DOMAINS)}"


HEXL = "0123456789abcdef"
B64ISH = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789./"


# --- chat hand-overs without a label ---------------------------------------------------------------------------------
def handover_chat() -> Doc:
    """The password word with a hand-over verb (贴这了, 放这儿, 给你) instead of a colon or 是; two values offered
    for the same login without a password word."""
    a, b = two()
    s, u = pick(SYSTEMS), acct()
    form = turn("handover_chat", [
        f"{s}的密码放这儿了 {P(a)} 记得删聊天记录",
        f"口令给你 {P(a)}，用完跟我说一声",
        f"pw 丢这了 {P(a)} 别转发",
        f"密码我贴群里不合适，私你了：{P(a)}",
        f"{s} 登不上的话先试 {P(a)}，还不行就用 {P(b)}",
        f"你先拿 {P(a)} 试试，要是提示错误再换 {P(b)}",
        f"{u} 那个号，之前是 {P(a)}，上周可能被改成 {P(b)} 了",
        f"密码粘这里：{P(a)}（别截图）",
        f"{s}的登录密码发你了哈 {P(a)} 看完撤回",
        f"Here's the {s} pass, paste it and delete: {P(a)}",
    ])
    return "handover_chat", form, None


# --- hand-over notes and runbooks --------------------------------------------------------------------------------------
def handover_doc() -> Doc:
    """Hand-over notes and runbook sections: lines headed 口令 / 密钥 / 网络, numbered steps, key-value lists."""
    a, b = two()
    k = password(safe=True)
    s, u, h = pick(SYSTEMS), acct(), ip()
    ssid = pick(SSIDS)
    form = turn("handover_doc", [
        f"# 交接说明（{s}）\n\n1. 服务器：{I(h)}\n2. 账号：{u}\n3. 口令：{P(a)}\n4. 备份脚本在 /opt/backup 下",
        f"工作交接\n- 机房无线\n  网络：{ssid}\n  密钥：{P(k)}\n- 打印机在 3 楼东侧",
        f"## 运维手册 §4 应急登录\n\n主机 {I(h)} 的应急账号 {u}，口令 {P(a)}。仅在堡垒机故障时使用。",
        f"交接清单\n网络 {ssid}\n密钥 {P(k)}\n门禁找行政",
        f"Runbook: restore from backup\nStep 1. ssh {u}@{I(h)}\nStep 2. enter the password {P(a)} when asked\nStep 3. run ./restore.sh",
        f"【{s} 交接】\n登录地址：https://{host('erp')}/\n用户：{u}\n口令：{P(a)}\n超级管理员口令：{P(b)}",
        f"Handover notes\n* {s} admin console\n  - user: {u}\n  - pass: {P(a)}\n* on-call phone is in the drawer",
        f"三、账号信息\n（1）{s}：{u} 口令 {P(a)}\n（2）数据库：root 口令 {P(b)}",
        f"离职交接：\n{s} 的管理密码一直是 {P(a)}，交接后请立刻改掉。",
        f"值班手册\n▶ 应急 VPN\n   账号 {u}\n   口令 {P(a)}",
    ])
    return "handover_doc", form, None


# --- mails from IT -----------------------------------------------------------------------------------------------------
def it_mail() -> Doc:
    """Account-creation and reset mails from an IT desk, English and Chinese."""
    a = password()
    s, u = pick(SYSTEMS), acct()
    dom = pick(DOMAINS)
    form = turn("it_mail", [
        f"From: {E('it-helpdesk@' + dom)}\nSubject: Your {s} account is ready\n\nHello,\n\nYour account has been created.\n"
        f"Login: {u}\nInitial password: {P(a)}\n\nPlease change it after your first sign-in.\nIT Service Desk",
        f"发件人：信息中心 <{E('it@' + dom)}>\n主题：{s}账号开通\n\n您好！\n您的{s}账号已开通，登录名 {u}，初始口令 {P(a)}，"
        f"首次登录后请修改。\n\n信息中心",
        f"Subject: Password reset completed (ticket {R.randrange(10000, 99999)})\n\nHi,\nwe reset the password of "
        f"{E(u + '@' + dom)} as requested. The new one is {P(a)}\nIt expires in 72 hours.\n\nRegards,\nIT Support",
        f"主题：【重要】{s} 密码已重置\n\n同事您好，\n  您的新密码为：{P(a)}\n  如非本人申请，请立即联系 IT（分机 {R.randrange(8000, 8999)}）。",
        f"Dear colleague,\n\nWelcome aboard! Below are your credentials for {s}:\n\n  Username . . . {u}\n"
        f"  Password . . . {P(a)}\n\nBest,\nIT Onboarding",
        f"Hi {u},\nyour temporary passphrase for the {s} portal: {P(a)}\nThis mail was sent automatically.",
    ])
    return "it_mail", form, None


# --- exports with unusual headers -----------------------------------------------------------------------------------
def export() -> Doc:
    """CSV / TSV / Markdown exports whose password column is headed with a less usual word."""
    a, b = password(safe=True), password(safe=True)
    u, u2 = acct(), acct()
    form = turn("export", ["login_koling", "init_pwd", "pass_word", "credential", "pw_col", "mima_mingwen",
                           "tw_mima", "secret_col", "zh_tsv", "md_koling"])
    if form == "login_koling":
        doc = f"序号,姓名拼音,登录名,登录口令,部门\n1,zhangwei,{u},{P(a)},信息部\n2,lina,{u2},{P(b)},财务部"
    elif form == "init_pwd":
        doc = f"工号,账号,初始密码\nE{R.randrange(10000, 99999)},{u},{P(a)}\nE{R.randrange(10000, 99999)},{u2},{P(b)}"
    elif form == "pass_word":
        doc = f"user_name,pass_word,last_login\n{u},{P(a)},2026-10-{R.randrange(10, 29)}\n{u2},{P(b)},2026-11-0{R.randrange(1, 9)}"
    elif form == "credential":
        doc = f"system,account,credential,owner\n{pick(SYSTEMS)},{u},{P(a)},ops\n{pick(SYSTEMS)},{u2},{P(b)},dba"
    elif form == "pw_col":
        doc = f"host\tlogin\tpw\n{host()}\t{u}\t{P(a)}\n{host()}\t{u2}\t{P(b)}"
    elif form == "mima_mingwen":
        doc = f"账户,密码(明文),备注\n{u},{P(a)},测试用\n{u2},{P(b)},勿删"
    elif form == "tw_mima":
        doc = f"系統,帳號,密碼\n{pick(SYSTEMS)},{u},{P(a)}\n{pick(SYSTEMS)},{u2},{P(b)}"
    elif form == "secret_col":
        doc = f"name;user;secret\n{pick(SYSTEMS)};{u};{P(a)}\n{pick(SYSTEMS)};{u2};{P(b)}"
    elif form == "zh_tsv":
        doc = f"设备名称\t管理地址\t管理员\t登录口令\n核心交换机\t{I(ip())}\t{u}\t{P(a)}"
    else:
        doc = f"| 平台 | 用户名 | 初始口令 |\n|---|---|---|\n| {pick(SYSTEMS)} | {u} | {P(a)} |\n| {pick(SYSTEMS)} | {u2} | {P(b)} |"
    intro = pick(["", "导出自资产台账：\n", "accounts_export.csv\n", "从 Excel 复制：\n"])
    return "export", intro + doc, None


# --- HTTP Basic ----------------------------------------------------------------------------------------------------------
def http_basic() -> Doc:
    """curl -u / --user with quotes, options between, basic-auth URLs that are not database URIs."""
    s, u, h = password(safe=True), acct(), ip()
    q = password()
    while "'" in q:
        q = password()
    form = turn("http_basic", [
        f"curl -sk -u '{u}:{P(q)}' https://{host('nexus')}/service/rest/v1/status",
        f"curl -X GET --user {u}:{P(s)} -H 'Accept: application/json' http://{I(h)}:8161/api/jolokia",
        f"curl --basic -u \"{u}:{P(q)}\" http://{I(h)}:5984/_all_dbs",
        f"打开 http://{u}:{P(s)}@{I(h)}:8080/manager/html 就是 Tomcat 管理页",
        f"repo 地址：https://{u}:{P(s)}@{host('git')}/team/app.git",
        f"ONVIF 取流：rtsp://admin:{P(s)}@{I(h)}:554/Streaming/Channels/101",
        f"proxy = http://{u}:{P(s)}@{I(h)}:3128",
        f"export https_proxy=http://{u}:{P(s)}@{host('jump')}:8080",
        f"requests.get(url, auth=('{u}', '{P(q)}'), timeout=5)",
        f"ftp://{u}:{P(s)}@{I(h)}/pub/ 直接拖文件进去",
    ])
    return "http_basic", form, None


# --- docker / k8s env --------------------------------------------------------------------------------------------------
def container_env() -> Doc:
    """docker run -e, --env, docker-compose env_file lines, kubectl --from-literal, kubectl set env, helm --set."""
    s, u = password(safe=True), acct()
    form = turn("container_env", [
        f"docker run -d --name mysql -e MYSQL_ROOT_PASSWORD={P(s)} -p 3306:3306 mysql:8.4",
        f"docker run --rm --env POSTGRES_PASSWORD={P(s)} --env POSTGRES_USER={u} postgres:16",
        f"docker run -e \"RABBITMQ_DEFAULT_PASS={P(s)}\" -e RABBITMQ_DEFAULT_USER={u} rabbitmq:3-management",
        f"kubectl create secret generic db-cred --from-literal=username={u} --from-literal=password={P(s)}",
        f"kubectl -n prod set env deploy/api DB_PASSWD={P(s)}",
        f"helm install pg bitnami/postgresql --set auth.postgresPassword={P(s)} --set auth.database=app",
        f"podman run -e MINIO_ROOT_USER={u} -e MINIO_ROOT_PASSWORD={P(s)} quay.io/minio/minio server /data",
        f"docker exec -it redis redis-cli -a {P(s)} ping",
        f"env:\n  - name: SPRING_DATASOURCE_PASSWORD\n    value: {P(s)}\n  - name: SPRING_PROFILES_ACTIVE\n    value: prod",
        f"docker run -e ADMIN_PASS={P(s)} -p 8080:8080 registry.{pick(DOMAINS)}/tools/console:2.3",
    ])
    return "container_env", pick(["", "$ ", "部署命令：\n", "```\n"]) + form, None


# --- Python / Jupyter ----------------------------------------------------------------------------------------------
def python_code() -> Doc:
    """Connect calls with a password keyword argument, in scripts and notebook cells."""
    q, u, h = password(), acct(), ip()
    while "'" in q or '"' in q or "\\" in q:
        q = password()
    form = turn("python_code", [
        f"In [3]: conn = pymysql.connect(host='{I(h)}', user='{u}', password='{P(q)}', database='sales')",
        f"import psycopg2\nconn = psycopg2.connect(dbname=\"hr\", user=\"{u}\", password=\"{P(q)}\", host=\"{I(h)}\")",
        f"r = redis.Redis(host='{host('cache')}', port=6379, password='{P(q)}', db=0)",
        f"client = MongoClient('{I(h)}', 27017, username='{u}', password='{P(q)}')",
        f"ftp = ftplib.FTP('{host('files')}')\nftp.login('{u}', '{P(q)}')",
        f"ssh.connect('{I(h)}', username='{u}', password='{P(q)}', timeout=10)",
        f"engine = create_engine(\"{D('mysql+pymysql://' + u + ':' + P(password(safe=True)) + '@' + I(h) + ':3306/bi')}\")",
        f"# cell 2\ndb = cx_Oracle.connect(user=\"{u}\", password=\"{P(q)}\", dsn=\"{I(h)}/ORCLPDB1\")",
        f"with pyodbc.connect(driver='{{ODBC Driver 18 for SQL Server}}', server='{I(h)}', uid='{u}', pwd='{P(q)}') as cn:\n    df = pd.read_sql(q, cn)",
        f"smb = SMBConnection('{u}', '{P(q)}', 'client', 'fileserver')",
    ])
    return "python_code", pick(["", "notebook 里的：\n", "```python\n"]) + form, None


# --- Windows command lines -------------------------------------------------------------------------------------------
def windows() -> Doc:
    """PowerShell ConvertTo-SecureString, PSCredential, net use, psexec, cmdkey, runas with a saved password."""
    q, u, h = password(), acct(), ip()
    while "'" in q or '"' in q or "`" in q or "$" in q:
        q = password()
    s = password(safe=True)
    form = turn("windows", [
        f"$pw = ConvertTo-SecureString '{P(q)}' -AsPlainText -Force\n$cred = New-Object PSCredential('CORP\\{u}', $pw)",
        f"$sec = ConvertTo-SecureString -String \"{P(q)}\" -AsPlainText -Force",
        f"Set-ADAccountPassword -Identity {u} -Reset -NewPassword (ConvertTo-SecureString -AsPlainText '{P(q)}' -Force)",
        f"net use Z: \\\\{I(h)}\\share {P(s)} /user:CORP\\{u} /persistent:no",
        f"net use \\\\{host('files')}\\d$ /user:{u} {P(s)}",
        f"psexec \\\\{I(h)} -u {u} -p {P(s)} cmd /c ipconfig",
        f"cmdkey /generic:TERMSRV/{I(h)} /user:{u} /pass:{P(s)}",
        f"New-LocalUser -Name {u} -Password (ConvertTo-SecureString \"{P(q)}\" -AsPlainText -Force)",
    ])
    return "windows", pick(["", "PS C:\\> ", "管理员 PowerShell：\n"]) + form, None


# --- tool command lines --------------------------------------------------------------------------------------------
def tools() -> Doc:
    """smbclient, redis-cli, mongo / mongodump, sshpass, 7z / rar / zip archive passwords."""
    s, u, h = password(safe=True), acct(), ip()
    form = turn("tools", [
        f"smbclient //{I(h)}/public {P(s)} -U {u}",
        f"smbclient -U 'CORP\\{u}%{P(s)}' //{host('files')}/dept -c 'ls'",
        f"redis-cli -h {I(h)} --pass {P(s)} --no-auth-warning dbsize",
        f"redis-cli -h {host('cache')} -a '{P(s)}' -n 2 keys 'sess:*'",
        f"mongo --host {I(h)} -u {u} -p {P(s)} --authenticationDatabase admin",
        f"mongodump --host {I(h)} --username {u} --password {P(s)} --out /data/dump",
        f"mongoexport -u {u} -p '{P(s)}' --db crm --collection leads --out leads.json",
        f"SSHPASS='{P(s)}' sshpass -e ssh {u}@{I(h)}",
        f"sshpass -p\"{P(s)}\" rsync -av ./dist/ {u}@{I(h)}:/srv/www/",
        f"7z x backup-2026.7z -p{P(s)} -o/tmp/restore",
        f"7z a -p\"{P(s)}\" -mhe=on payroll.7z payroll.xlsx",
        f"rar a -hp{P(s)} contracts.rar ./contracts/",
        f"unzip -P {P(s)} invoices-q3.zip -d invoices",
        f"压缩包密码 {P(s)}，解压后把 xlsx 发财务",
    ])
    return "tools", pick(["", "$ ", "shell history:\n", "执行：\n"]) + form, None


# --- Wi-Fi in traditional Chinese ------------------------------------------------------------------------------------
def wifi_tw() -> Doc:
    """Traditional-Chinese Wi-Fi notices and chat (無線網路, 密碼, 網路名稱)."""
    n, k = pick(SSIDS), password(safe=True)
    form = turn("wifi_tw", [
        f"無線網路：{n}\n密碼：{P(k)}",
        f"店內 Wi-Fi 名稱 {n}，密碼是 {P(k)}，歡迎使用",
        f"訪客網路 {n} 的密碼改成 {P(k)} 了",
        f"網路名稱（SSID）：{n}\n網路密碼：{P(k)}",
        f"WiFi：{n}　密碼　{P(k)}",
        f"會議室無線：{n} / 密碼 {P(k)}（僅限今日）",
    ])
    return "wifi_tw", form, None


# --- spoken values, spaces and CJK inside -----------------------------------------------------------------------------
def shapes() -> Doc:
    """Chinese words with digits, passphrases with spaces (quoted or filling a labeled line), CJK inside."""
    zh = f"{pick(ZH_WORDS)}{R.randrange(1000, 9999)}"
    tw = f"{pick(TW_WORDS)}{R.randrange(100, 999)}!"
    phrase = f"{pick(WORDS)} {pick(WORDS)} {R.randrange(2, 99)} {pick(WORDS)}"
    cap = f"{pick(WORDS).capitalize()} {pick(WORDS)} {R.randrange(10, 99)}!"
    mix = f"{pick(WORDS)}@{pick(ZH_WORDS)}{R.randrange(10, 99)}"
    form = turn("shapes", [
        f"他电话里说密码是{P(zh)}，中文那四个字直接打",
        f"密码就是 {P(zh)}，中文加数字",
        f"WiFi 密碼：{P(tw)}",
        f"password: \"{P(phrase)}\"",
        f"The passphrase is \"{P(cap)}\" (with the spaces).",
        f"gpg 私钥的口令：{P(phrase)}",
        f"密码：{P(mix)}",
        f"keepass 主密码 → 「{P(cap)}」",
        f"passphrase = '{P(phrase)}'",
        f"口令是 {P(zh)}，注意是中文",
    ])
    return "shapes", form, None


# --- trailing punctuation -------------------------------------------------------------------------------------------
def trailing() -> Doc:
    """A value that ends a sentence or a bracket: the closing punctuation is not part of it."""
    a = password(pick(["camel", "random", "pinyin", "short", "dotted", "leet"]))
    while not a[-1].isalnum():
        a = password(pick(["camel", "random", "pinyin", "short", "dotted"]))
    s, u = pick(SYSTEMS), acct()
    form = turn("trailing", [
        f"Your {s} password is {P(a)}.",
        f"{s} 的密码是 {P(a)}。明天上午失效",
        f"账号 {u}（密码 {P(a)}），有问题找我",
        f"The root password on the staging box is {P(a)}, not the old one.",
        f"密码：{P(a)}；用户名：{u}",
        f"新密码为{P(a)}，请妥善保管。",
        f"For {s}, use password {P(a)}!",
        f"pw was reset to {P(a)}... let me know if it works",
        f"(temporary password: {P(a)})",
        f"记一下：{s} / {u} / 密码 {P(a)}。",
    ])
    return "trailing", form, None


# --- YAML credentials blocks ------------------------------------------------------------------------------------------
def yaml_creds() -> Doc:
    """A short secret under `credentials:` / `auth:` blocks (no password key name)."""
    short = password("short")
    s = password(safe=True)
    u = acct()
    form = turn("yaml_creds", [
        f"smtp:\n  host: mail.{pick(DOMAINS)}\n  credentials:\n    user: {u}\n    secret: {P(short)}",
        f"backup:\n  target: {host('files')}\n  credentials:\n    - login: {u}\n      secret: \"{P(short)}\"",
        f"registry:\n  url: https://{host('nexus')}\n  auth:\n    user: {u}\n    passphrase: {P(s)}",
        f"ldap:\n  bind_dn: cn={u},dc=example,dc=org\n  bind_credential: {P(s)}",
        f"credentials:\n  {pick(SYSTEMS)}:\n    user: {u}\n    secret: '{P(short)}'",
    ])
    return "yaml_creds", form, None


FAMILIES: list[tuple[Callable[[], Doc], int]] = [
    (handover_chat, 10), (handover_doc, 10), (it_mail, 6), (export, 10), (http_basic, 10), (container_env, 10),
    (python_code, 10), (windows, 8), (tools, 14), (wifi_tw, 6), (shapes, 10), (trailing, 10), (yaml_creds, 5),
]


# --- negatives ------------------------------------------------------------------------------------------------------
def neg_placeholder() -> Doc:
    """Variables, prompts and markers where a value would be."""
    form = turn("neg_placeholder", [
        "docker run -e MYSQL_ROOT_PASSWORD=[[placeholder_password:$MYSQL_ROOT_PASSWORD]] mysql:8.4",
        "$pw = ConvertTo-SecureString [[placeholder_password:$plain]] -AsPlainText -Force",
        "$pw = Read-Host -Prompt '输入密码' -AsSecureString",
        "net use Z: \\\\files2.r14-example.cn\\share * /user:CORP\\opsadm",
        "curl -u opsadm https://nexus3.r14-example.cn/service/rest/v1/status   # 会提示输入密码",
        "mongo --host db2.r14-example.cn -u dbadmin -p --authenticationDatabase admin",
        "redis-cli -a \"[[placeholder_password:$REDIS_PASSWORD]]\" info",
        "sshpass -f ~/.ssh/.pw ssh deploy01@jump3.r14-example.cn",
        "7z x backup.7z -o/tmp/restore   # 解压时会询问密码",
        "kubectl create secret generic db --from-literal=password=[[placeholder_password:<your-password>]]",
        "psexec \\\\app3.r14-example.cn -u CORP\\it_help -p [[placeholder_password:%ADMIN_PW%]] cmd",
        "conn = pymysql.connect(host=HOST, user=USER, password=PASSWORD, database='sales')",
        "r = redis.Redis(host='localhost', password=os.environ['REDIS_PASSWORD'])",
        "smbclient //files1.r14-example.cn/public -N",
        "helm install pg bitnami/postgresql --set auth.postgresPassword=[[placeholder_password:${PG_PASS}]]",
        "cmdkey /list",
        "git clone https://deploy01@git4.r14-example.cn/team/app.git",
        "https://wiki2.r14-example.cn:8443/display/OPS/Runbook",
        "账号：it_help\n口令：[[masked_password:********]]",
        "Password . . . [[placeholder_password:<sent separately>]]",
        "密码放这儿了 [[masked_password:******]] （已打码）",
    ])
    return "neg_placeholder", form, None


def neg_policy() -> Doc:
    """Policies and rules without a value, simplified, traditional and English."""
    form = turn("neg_policy", [
        "密碼長度至少 12 碼，需包含大小寫字母及數字，每 90 天須更換一次。",
        "口令须定期更换，不得与前五次相同，禁止使用生日、手机号等弱口令。",
        "Passwords must be at least 14 characters and may contain spaces.",
        "Wi-Fi 密碼請洽櫃台，恕不公開張貼。",
        "压缩包密码会另行短信通知，请勿在邮件中回复密码。",
        "Your temporary password will be sent in a separate e-mail.",
        "初始口令统一为工号+身份证后四位，首次登录强制修改。",
        "交接文档中请勿写明文口令，统一放到密码管理器（Vault）里。",
        "For security reasons IT will never ask for your password by e-mail.",
        "The archive is protected; the password is the project code in lower case.",
    ])
    return "neg_policy", form, None


def neg_hash() -> Doc:
    """Hashes and encodings shown as such."""
    form = turn("neg_hash", [
        f"user_name,pass_word_hash\nreport,[[sha256:{rnd(HEXL, 64)}]]",
        f"ldap 里 userPassword 是 [[hash:{{SSHA}}{rnd(B64ISH[:-2], 32)}]]，不是明文",
        f"htpasswd 文件：\nwebadmin:[[hash:$apr1${rnd(B64ISH, 8)}${rnd(B64ISH, 22)}]]",
        f"系統,帳號,密碼雜湊\nOA,lab01,[[hash:$2y$10${rnd(B64ISH, 53)}]]",
        f"NTLM: [[hash:{rnd(HEXL.upper(), 32)}]]  (rotated already, from the pentest report)",
    ])
    return "neg_hash", form, None


def neg_otp() -> Doc:
    """One-time codes (not passwords under the conventions)."""
    form = turn("neg_otp", [
        f"【某某證券】您的驗證碼為 [[otp_code:{pin(6)}]]，5 分鐘內有效。",
        f"登录验证码 [[otp_code:{pin(6)}]] 已发到你手机了吧？发我一下",
        f"Your one-time code: [[otp_code:{pin(6)}]]. Do not share it.",
        f"MFA 动态口令 [[otp_code:{pin(6)}]]，30 秒后过期",
        f"短信里的校验码是 [[otp_code:{pin(6)}]]，我帮你输了",
    ])
    return "neg_otp", form, None


def neg_other() -> Doc:
    """Text near credentials that holds none: ports, versions, logs, labels, questions."""
    form = turn("neg_other", [
        "docker run -d -p 3306:3306 -e MYSQL_DATABASE=shop mysql:8.4",
        "kubectl get secret db-cred -o jsonpath='{.data.password}' | base64 -d",
        "2026-11-30 10:02:11 ERROR auth: invalid password for user report (attempt 3/5)",
        "密码贴这了吗？我这边没看到，重发一下",
        "先试试重启，不行就重装驱动",
        "Step 2. enter the password when asked (see Vault path ops/restore)",
        "網路：Cafe-Guest（免密碼，連上後開瀏覽器認證）",
        "redis-cli -h cache5.r14-example.cn -p 6380 ping",
        "unzip -l invoices-q3.zip",
        "git remote -v\norigin  git@git4.r14-example.cn:team/app.git (fetch)",
    ])
    return "neg_other", form, None


NEG_FAMILIES: list[tuple[Callable[[], Doc], int]] = [
    (neg_placeholder, 21), (neg_policy, 10), (neg_hash, 5), (neg_otp, 5), (neg_other, 10),
]


def _docs() -> list[Doc]:
    from bench.eval.blind.build import from_unique_families
    return from_unique_families(FAMILIES, NEG_FAMILIES, R)


DOCS: list[Doc] = _docs()

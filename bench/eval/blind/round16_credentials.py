"""Round 16w blind corpus: PASSWORD, API_KEY, DB_CONNECTION_STRING, JWT and PRIVATE_KEY values in the places fifteen
rounds left thin, and the look-alikes around them.

Why: issue 3 asks F1 0.97 for credentials; the hold-out's PASSWORD F1 is 0.962 (recall 0.926). Rounds 6 to 15w wrote
passwords after the usual keys, in chat, commands, configs and exports; known misses are truncated and misspelt keys
(`loginpas=`, pwd1, 口令码 …) and Wi-Fi notices that give a network and its key with no password word. This round
writes those with other values, and the places an LLM proxy sees that earlier rounds held few of: tool-call JSON
(arguments as a string with escaped quotes, tool_use inputs, MCP calls, tool results), raw HTTP requests (form bodies,
multipart, HAR), registry logins reading stdin from a heredoc, Windows remote commands, dot-files (.pgpass, .netrc,
.my.cnf, .git-credentials, settings.xml), password-manager CSV exports (KeePass, 1Password, Bitwarden, Chrome,
LastPass), CI and Ansible vars, router / switch / firewall configs, NVR and camera hand-overs with the label on its own
line, Chinese sentences without a colon (密码是…, 改成了…, 新密码为…), tab-separated pastes, emoji and CJK inside a
password, Chinese curly and corner quotes, YAML anchors / block scalars / env lists, compose healthchecks, Secret
stringData, Spring and Django settings, exported env lines and connection strings for Redis, MongoDB+srv, AMQP,
SMTP and Kafka. This round was written from the labeling conventions only (/work/shared/eval/README.md), before any
detector was run on it:

- PASSWORD is the value only, wherever the text hands one over: after any key that names a password, however it is
  shortened or misspelt (pwd1, passwd2, pass_wd, login_pw, userpass, pasword, 口令码, 登陆密码, 秘码, mima, MM); as
  the key of a named Wi-Fi network written `SSID / key` (a Wi-Fi key is a password, round 13w's judgement); the
  value after a password label standing alone on the line above; in a tool call's arguments (escaped quotes are not
  part of it); in a form body (percent-encoded values carry the `percent` tag, their norm decoded); in the line a
  heredoc feeds to `--password-stdin`; in the password field of a .pgpass / .netrc / CSV row; after `enable secret`,
  `password simple`, `set password`, `wpa_passphrase` and the like when typed in clear.
- DB_CONNECTION_STRING is the whole URI / JDBC string, with the PASSWORD and an IP host nested; an `smtp://` URL and
  an Oracle `user/pass@host` connect string are optional as connection strings (the conventions name URI, JDBC and
  ADO.NET for databases), their password is not optional. A Basic-auth URL to a web host (git, pip index) is not a
  connection string: only the password is labeled (round 12c's judgement).
- API_KEY is the token only (vendor shapes, tagged with the vendor; a Django SECRET_KEY and a JWT signing secret
  next to their key names are generic secrets). JWT is the token only, in a cookie or a query string too (a cookie
  that is a JWT is a JWT; other cookies are not credentials). PRIVATE_KEY is the PEM block from BEGIN to END, also
  indented under a YAML block scalar or written on one line with `\\n` escapes.
- Judgement calls said here because the conventions do not spell them out: an SNMP community string and a RADIUS /
  TACACS shared key are optional PASSWORD spans; a password typed after Huawei's `irreversible-cipher` on the
  command line is clear text (the config shows a `$1c$` hash later, which is a decoy); a YAML alias (`*dbpw`) is not
  a value.
- No gold: placeholders (`${PASS}`, `<password>`, `******`, `xxx`, 请输入密码, `{{ vault_pw }}`, `%DB_PASS%`,
  `$(cat …)`), prompts (`mysql -p`, `net use … *`, `runas`), password policies in Chinese and English, rules that
  say how a password is made without giving one, stored hashes (bcrypt, SHA-256 hex, Cisco type 5 / 9, Huawei
  `$1c$`, MySQL `*…`, `{SSHA}`, Django pbkdf2) and ciphertexts (Ansible `!vault`, Jasypt `ENC(…)`), OTP codes
  including 动态口令 / 动态密码 (`otp_code`), field names and tool schemas without values, cookies and CSRF tokens,
  masked connection strings (`user:****@`, Atlas's `<db_password>`), public keys, certificates and a JWT header
  alone.

Values are synthetic: seeded random and word pools not used by earlier rounds; hosts under example domains, private
IPs. About a third of the documents have no gold.

    python -m bench.eval.blind.build --round16w     # writes bench/eval/corpus/blind-round16w.jsonl
"""
from __future__ import annotations

import random
import string
import urllib.parse
from collections.abc import Callable

from bench.eval import values
from bench.eval.blind.draws import Draws
from bench.eval.blind.markup import API_KEY, DSN as D, IP as I, PASSWORD as P, gold  # noqa: N811, E741

SEED = 160716
R = random.Random(SEED)

Doc = tuple[str, str, str | None]

WORDS = ["larkspur", "meridian", "tundra", "pistachio", "halcyon", "sequoia", "driftwood", "copper", "nebula",
         "bramble", "cormorant", "saguaro", "lantern", "monsoon", "garnet", "ibis", "wren", "falcon"]
PINYIN = ["xiaoyao", "yunhai", "qingcheng", "baima", "songshan", "jiangnan", "lijiang", "hanshan", "zhuque", "emei"]
ZH_WORDS = ["海阔天空", "星河", "竹影", "明月松间", "秋水", "暮雪", "江南好"]
EMOJI = ["🐼", "🔥", "🌙", "🍀", "🚀", "🐳", "🌵", "🎯"]
DOMAINS = ["r16-example.cn", "corp16.example.net", "sh.example.com", "ops-example.org", "lab16.example.com.cn"]
ACCOUNTS = ["svc_report", "ops_admin", "dba_rw", "ci_bot", "kf_agent", "netops", "etl_nightly", "u_70413", "sre01",
            "pay_app", "backup_ro", "erp_sync", "noc_user", "lab_root"]
SYSTEMS = ["OA", "VPN", "堡垒机", "测试库", "财务系统", "NAS", "GitLab", "Harbor", "Grafana", "CRM", "考勤机", "监控平台"]
SSIDS = ["Guest", "Lobby-Guest", "HQ_Visitor_5G", "KF-Guest", "R16_Meeting", "Cafe-Free", "访客网络", "Office-IoT"]

_DRAWS = Draws(R)
pick, turn = _DRAWS.pick, _DRAWS.turn
ip, rnd, pin = _DRAWS.private_ip, _DRAWS.chars, _DRAWS.pin

ALNUM = string.ascii_letters + string.digits
HEXL = "0123456789abcdef"
SAFE_DROP = set("&*~^!$#%=@'\" |,;:/?`\\<>(){}[]+")


def password(kind: str | None = None, safe: bool = False) -> str:
    """A synthetic password; `safe` keeps it to ASCII letters, digits, `.`, `-` and `_` (URLs, CSV, dot-files)."""
    kinds = ["camel", "random", "random", "pinyin", "weak", "random", "leet", "tail"]
    kind = kind or pick(kinds)
    if kind == "camel":
        v = f"{pick(WORDS).capitalize()}{pick(['!', '#', '$', '@', '%', '&', '*'])}{R.randrange(10, 9999)}"
    elif kind == "random":
        pool = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
        chars = [pick(list(pool)) for _ in range(R.randrange(10, 17))]
        for _ in range(R.randrange(1, 3)):
            chars[R.randrange(1, len(chars) - 1)] = pick(list("#%&*+-_!@$^="))
        chars[R.randrange(len(chars))] = pick(list("23456789"))
        chars[-1] = pick(list(pool))
        v = "".join(chars)
    elif kind == "pinyin":
        v = f"{pick(PINYIN)}{pick(['@', '#', '_', '!', '.', ''])}{R.randrange(100, 99999)}"
    elif kind == "weak":
        v = f"{pin(R.randrange(5, 9))}{rnd(string.ascii_lowercase, R.randrange(2, 4))}{pick(['!', '@', '#', '.', '*'])}"
    elif kind == "leet":
        w = pick(WORDS)
        v = w.replace("a", "@").replace("i", "1").replace("o", "0").capitalize() + str(R.randrange(10, 999))
    elif kind == "tail":
        v = f"{pick(WORDS)}{R.randrange(1000, 9999)}{rnd(string.ascii_uppercase, 2)}{pick(['!', '#', '~'])}"
    elif kind == "cjk":
        v = pick([f"{pick(ZH_WORDS)}{R.randrange(100, 9999)}{pick(['!', '#', '@'])}",
                  f"{pick(WORDS).capitalize()}{pick(ZH_WORDS)}{R.randrange(10, 99)}",
                  f"{pick(PINYIN)}{pick(ZH_WORDS)[:2]}{R.randrange(1990, 2030)}"])
    elif kind == "emoji":
        e = pick(EMOJI)
        v = pick([f"{e}{pick(WORDS).capitalize()}{R.randrange(10, 9999)}",
                  f"{pick(WORDS).capitalize()}{e}{R.randrange(100, 999)}!",
                  f"{e}{pick(PINYIN)}{R.randrange(10, 99)}{e}"])
    else:
        raise ValueError(kind)
    if safe:
        v = "".join(c if c not in SAFE_DROP and ord(c) < 128 else pick(["_", ".", "-", "9"]) for c in v)
        v = v.strip("._-") or "Ibis_5520"
    return v


def qpw(bad: str = "'\"\\`$") -> str:
    """A password without the characters that would close its quotes or expand in a shell."""
    v = password()
    while any(c in v for c in bad):
        v = password()
    return v


def jpw() -> str:
    """A password that sits inside a JSON string (also one escaped inside another) without escapes of its own."""
    return qpw("'\"\\`$/")


def xpw() -> str:
    """A password that sits in an XML attribute without entities."""
    return qpw("'\"\\`$&<>")


def spw() -> str:
    return password(safe=True)


def pair(make: Callable[[], str] = spw) -> tuple[str, str]:
    a, b = make(), make()
    while b == a:
        b = make()
    return a, b


def acct() -> str:
    return pick(ACCOUNTS)


def host(kind: str | None = None) -> str:
    kind = kind or pick(["db", "files", "git", "jump", "wiki", "ci", "erp", "mq", "nvr", "cache"])
    return f"{kind}{R.randrange(1, 9)}.{pick(DOMAINS)}"


def pct(v: str) -> str:
    """`v` as a form body writes it: percent-encoded, tagged so when the encoding changed it."""
    enc = urllib.parse.quote(v, safe="-._~")
    return P(enc, "percent") if enc != v else P(v)


def K(vendor: str, tag: str | None = None) -> str:  # noqa: N802
    """A gold API key of `vendor` in its published shape, tagged with the vendor (or `tag`)."""
    return API_KEY(values.api_key(R, vendor), tag or vendor)


def J() -> str:  # noqa: N802
    return gold("JWT", values.jwt(R))


def pem() -> str:
    return values.private_key(R)


def ask(body: str) -> str:
    """The prompt an LLM user wraps around a pasted snippet (sometimes none)."""
    return pick(["", "", "帮我看下这段配置哪里不对：\n", "为什么连不上？\n", "Can you explain this error?\n",
                 "整理成表格：\n", "Review this please:\n", "这个能直接用吗\n"]) + body


# === PASSWORD families ==========================================================================================
def odd_keys() -> Doc:
    """Keys that name a password truncated, numbered, misspelt or in pinyin."""
    a, b = pair()
    q = qpw()
    u, h = acct(), host()
    form = turn("odd_keys", [
        f"http://{I(ip())}/goform/login?loginuser={u}&loginpass={P(a)}&lang=cn",
        f"[ftp]\nhost = {h}\nuser = {u}\npwd1 = {P(a)}\npwd2 = {P(b)}",
        f"primary:\n  user: {u}\n  passwd2: \"{P(q)}\"",
        f"pass_wd = \"{P(q)}\"\nconn = ftplib.FTP(\"{h}\", \"{u}\", pass_wd)",
        f"LOGIN_USER={u}\nLOGIN_PW={P(a)}",
        f"userpass: {P(a)}\nusername: {u}",
        f"{pick(SYSTEMS)} 账号：{u}\n口令码：{P(q)}",
        f"{pick(SYSTEMS)}登陆密码：{P(q)}",
        f"账号 {u} mima: {P(a)}",
        f"{pick(SYSTEMS)} 账号{u} MM：{P(a)}",
        f"那个{pick(SYSTEMS)}的秘码：{P(q)}",
        f"db.pasword={P(a)}\ndb.username={u}",
        f"\"passwrod\": \"{P(jpw())}\",",
        f"smb_user={u}\nsmb_pswd={P(a)}",
        f"<add key=\"AdminPwd\" value=\"{P(xpw())}\" />",
        f"rootpass={P(a)}  # 装机脚本用",
    ])
    return "odd_keys", ask(form), None


def wifi_no_word() -> Doc:
    """Wi-Fi notices that give a network name and its key with no password word."""
    a = password(pick(["weak", "weak", "pinyin", "camel"]))
    s = pick(SSIDS)
    form = turn("wifi_no_word", [
        f"【访客 WiFi】\n{s} / {P(a)}",
        f"📶 {s}\n🔑 {P(a)}",
        f"会议室无线：{s}，{P(a)}",
        f"Guest network this week → {s} / {P(a)}",
        f"WLAN\t{s}\t{P(a)}",
        f"前台小黑板抄的：WIFI {s}  {P(a)}",
    ])
    return "wifi_no_word", form, None


def tool_calls() -> Doc:
    """Credentials in LLM tool calls: arguments as an escaped JSON string, tool_use input, MCP calls, results."""
    a = jpw()
    u, h = acct(), ip()
    cid = "call_" + rnd(ALNUM, 24)
    form = turn("tool_calls", [
        f"{{\"role\":\"assistant\",\"tool_calls\":[{{\"id\":\"{cid}\",\"type\":\"function\",\"function\":{{\"name\":\"db_login\",\"arguments\":\"{{\\\"host\\\":\\\"{I(h)}\\\",\\\"user\\\":\\\"{u}\\\",\\\"password\\\":\\\"{P(a)}\\\"}}\"}}}}]}}",
        f"{{\"role\":\"tool\",\"tool_call_id\":\"{cid}\",\"content\":\"{{\\\"status\\\":\\\"ok\\\",\\\"account\\\":\\\"{u}\\\",\\\"temp_password\\\":\\\"{P(a)}\\\"}}\"}}",
        f"{{\"type\":\"tool_use\",\"id\":\"toolu_{rnd(ALNUM, 24)}\",\"name\":\"ssh_exec\",\"input\":{{\"host\":\"{I(h)}\",\"username\":\"{u}\",\"password\":\"{P(a)}\",\"command\":\"df -h\"}}}}",
        f"{{\"jsonrpc\":\"2.0\",\"id\":{R.randrange(2, 99)},\"method\":\"tools/call\",\"params\":{{\"name\":\"mysql_query\",\"arguments\":{{\"dsn\":\"{D('mysql://' + u + ':' + P(spw()) + '@' + I(h) + ':3306/report')}\",\"sql\":\"select count(*) from orders\"}}}}}}",
        f"> Invoking: `vpn_connect` with `{{'server': '{host('vpn')}', 'username': '{u}', 'password': '{P(a)}'}}`",
        f"调用工具 reset_password，参数：{{\"account\":\"{u}\",\"new_password\":\"{P(a)}\"}}",
        f"{{\"name\":\"send_mail\",\"arguments\":\"{{\\\"smtp_host\\\":\\\"smtp.{pick(DOMAINS)}\\\",\\\"smtp_user\\\":\\\"{u}\\\",\\\"smtp_pass\\\":\\\"{P(a)}\\\",\\\"to\\\":\\\"ops\\\"}}\"}}",
        f"{{\"function\":{{\"name\":\"web_search\",\"arguments\":\"{{\\\"api_key\\\":\\\"{K('openai_proj', 'openai')}\\\",\\\"q\\\":\\\"weather\\\"}}\"}}}}",
        f"tool_result: {{\"session\":\"{J()}\",\"expires_in\":3600}}",
    ])
    return "tool_calls", form, None


def http_dumps() -> Doc:
    """Raw HTTP requests: form bodies, multipart, JSON bodies and HAR entries (cookies beside them are no password)."""
    a = spw() if R.random() < 0.4 else jpw()
    u, h = acct(), host("erp")
    ck = f"[[session_cookie:JSESSIONID={rnd(HEXL.upper(), 32)}]]"
    form = turn("http_dumps", [
        f"POST /login HTTP/1.1\nHost: {h}\nContent-Type: application/x-www-form-urlencoded\nCookie: {ck}\n\nusername={u}&password={pct(a)}",
        f"POST /cgi-bin/auth HTTP/1.1\nHost: {I(ip())}\n\nuser={u}&pass={pct(a)}&remember=1",
        f"------WebKitFormBoundary{rnd(ALNUM, 16)}\nContent-Disposition: form-data; name=\"account\"\n\n{u}\n------WebKitFormBoundary\nContent-Disposition: form-data; name=\"password\"\n\n{P(a)}\n------WebKitFormBoundary--",
        f"POST /j_spring_security_check HTTP/1.1\nHost: {h}\n\nj_username={u}&j_password={pct(a)}",
        f"POST /api/auth/login HTTP/1.1\nHost: {h}\nContent-Type: application/json\nCookie: {ck}\n\n{{\"account\":\"{u}\",\"pwd\":\"{P(jpw())}\",\"captcha\":\"\"}}",
        f"\"postData\": {{\n  \"mimeType\": \"application/x-www-form-urlencoded\",\n  \"params\": [\n    {{\"name\": \"loginName\", \"value\": \"{u}\"}},\n    {{\"name\": \"loginPwd\", \"value\": \"{P(jpw())}\"}}\n  ]\n}}",
        f"Form Data\nusername: {u}\npassword: {P(a)}\nverifyCode:",
        f"Authorization: Bearer {K('anthropic')}\nContent-Type: application/json",
    ])
    return "http_dumps", ask(form), None


def cli_creds() -> Doc:
    """Command lines with a password position: registry logins from stdin and heredocs, clones, dumps, MQTT."""
    a = qpw()
    s = spw()
    u, h = acct(), ip()
    reg = f"harbor.{pick(DOMAINS)}"
    form = turn("cli_creds", [
        f"echo '{P(a)}' | docker login {reg} --username {u} --password-stdin",
        f"podman login --username {u} --password-stdin {reg} <<'EOF'\n{P(a)}\nEOF",
        f"helm repo add internal https://{reg}/chartrepo/apps --username {u} --password '{P(a)}'",
        f"skopeo copy --src-creds {u}:{P(s)} docker://{reg}/base/jdk:17 oci:./jdk17",
        f"git clone https://{u}:{P(s)}@git.{pick(DOMAINS)}/platform/infra.git",
        f"wget --user={u} --password='{P(a)}' ftp://{I(h)}/exports/daily.tar.gz",
        f"mysqldump -h {I(h)} -u{u} --password='{P(a)}' --single-transaction crm > crm.sql",
        f"mosquitto_pub -h {I(h)} -u {u} -P '{P(a)}' -t plant/line2/cmd -m start",
        f"ldapsearch -x -H ldap://{I(h)} -D \"cn={u},dc=corp,dc=example\" -w '{P(a)}' -b dc=corp,dc=example",
        f"keytool -importkeystore -srckeystore app.p12 -srcstorepass '{P(a)}' -destkeystore app.jks -deststorepass '{P(qpw())}'",
        f"RSYNC_PASSWORD='{P(a)}' rsync -av backup@{I(h)}::nightly /data/restore",
        f"sqlplus {D(u + '/' + P(s) + '@//' + I(h) + ':1521/ORCLPDB1', 'opt')}",
    ])
    return "cli_creds", pick(["", "$ ", "```bash\n", "执行记录：\n"]) + form, None


def windows() -> Doc:
    """Windows remote and credential commands (cmd and PowerShell)."""
    a = qpw("'\"\\`$%^&|<>")
    u, h = acct(), ip()
    form = turn("windows", [
        f"net use \\\\{I(h)}\\IPC$ \"{P(a)}\" /user:CORP\\{u}",
        f"net user {u} {P(a)} /add /domain",
        f"cmdkey /add:{host('files')} /user:CORP\\{u} /pass:\"{P(a)}\"",
        f"$cred = New-Object System.Management.Automation.PSCredential(\"CORP\\{u}\", (ConvertTo-SecureString \"{P(a)}\" -AsPlainText -Force))",
        f"Invoke-Sqlcmd -ServerInstance {I(h)} -Username {u} -Password '{P(a)}' -Query \"SELECT @@VERSION\"",
        f"winrs -r:{host('jump')} -u:{u} -p:{P(a)} ipconfig /all",
        f"wmic /node:{I(h)} /user:{u} /password:\"{P(a)}\" process list brief",
        f"schtasks /query /s {I(h)} /u CORP\\{u} /p {P(a)} /fo LIST",
    ])
    return "windows", pick(["", "C:\\> ", "PS> ", "```powershell\n"]) + form, None


def dotfiles() -> Doc:
    """Credential dot-files: .pgpass, .netrc, .my.cnf, .git-credentials, pip.conf, settings.xml, .smbcredentials, .s3cfg."""
    a, b = pair()
    q = qpw()
    u, h = acct(), ip()
    form = turn("dotfiles", [
        f"# ~/.pgpass\n{I(h)}:5432:billing:{u}:{P(a)}\n*:*:*:replicator:{P(b)}",
        f"# ~/.netrc\nmachine {host('files')}\n  login {u}\n  password {P(a)}",
        f"# ~/.my.cnf\n[client]\nuser={u}\npassword=\"{P(q)}\"\nhost={I(h)}",
        f"$ cat ~/.git-credentials\nhttps://{u}:{P(a)}@git.{pick(DOMAINS)}",
        f"# ~/.pip/pip.conf\n[global]\nindex-url = https://{u}:{P(a)}@pypi.{pick(DOMAINS)}/simple\ntrusted-host = pypi.{pick(DOMAINS)}",
        f"<servers>\n  <server>\n    <id>nexus-releases</id>\n    <username>{u}</username>\n    <password>{P(q)}</password>\n  </server>\n</servers>",
        f"# /root/.smbcredentials\nusername={u}\npassword={P(a)}\ndomain=CORP",
        f"# ~/.s3cfg\n[default]\naccess_key = {K('aws')}\nsecret_key = {K('aws_secret', 'aws')}\nhost_base = s3.{pick(DOMAINS)}",
    ])
    return "dotfiles", ask(form), None


def pm_exports() -> Doc:
    """Password-manager CSV exports with their own headers (two rows each)."""
    a, b = pair(jpw)
    u, u2 = acct(), acct()
    s1, s2 = pick(SYSTEMS), pick(SYSTEMS)
    url1, url2 = f"https://{host()}/login", f"https://{host()}/"
    form = turn("pm_exports", [
        f"\"Group\",\"Title\",\"Username\",\"Password\",\"URL\",\"Notes\"\n\"Root/运维\",\"{s1}\",\"{u}\",\"{P(a)}\",\"{url1}\",\"\"\n\"Root/运维\",\"{s2}\",\"{u2}\",\"{P(b)}\",\"{url2}\",\"季度轮换\"",
        f"Title,Url,Username,Password,OTPAuth,Favorite,Archived,Tags,Notes\n{s1},{url1},{u},{P(a)},,false,false,work,\n{s2},{url2},{u2},{P(b)},,true,false,work,",
        f"folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp\n运维,,login,{s1},,,0,{url1},{u},{P(a)},\n,1,login,{s2},,,0,{url2},{u2},{P(b)},",
        f"name,url,username,password,note\n{host()},{url1},{u},{P(a)},\n{host()},{url2},{u2},{P(b)},",
        f"url,username,password,totp,extra,name,grouping,fav\n{url1},{u},{P(a)},,,{s1},IT,0\n{url2},{u2},{P(b)},,,{s2},IT,1",
    ])
    return "pm_exports", pick(["", "导出的密码库，帮我去重：\n", "Dedupe this export:\n"]) + form, None


def ci_vars() -> Doc:
    """Jenkins, Ansible, GitLab CI, GitHub Actions and build-tool properties holding a password in clear."""
    a, b = pair(qpw)
    s = spw()
    u = acct()
    form = turn("ci_vars", [
        f"pipeline {{\n  agent any\n  environment {{\n    DB_PASS = '{P(a)}'\n    REGISTRY_PWD = \"{P(b)}\"\n  }}\n}}",
        f"# group_vars/prod/vault.yml（还没 ansible-vault encrypt）\nvault_mysql_root_password: \"{P(a)}\"\nvault_redis_pass: {P(s)}",
        f"ansible-playbook -i inventory/prod site.yml -e \"ansible_become_password={P(s)}\"",
        f"ansible-playbook deploy.yml --extra-vars '{{\"db_user\":\"{u}\",\"db_password\":\"{P(s)}\"}}'",
        f"# .gitlab-ci.yml\nvariables:\n  MYSQL_ROOT_PASSWORD: \"{P(a)}\"\n  MYSQL_DATABASE: test",
        f"services:\n  postgres:\n    image: postgres:16\n    env:\n      POSTGRES_PASSWORD: {P(s)}\n    ports: ['5432:5432']",
        f"mvn -B deploy -Dnexus.username={u} -Dnexus.password={P(s)}",
        f"./gradlew publish -PmavenUser={u} -PmavenPassword={P(s)}",
        f"sonar-scanner -Dsonar.host.url=https://{host('ci')} -Dsonar.login={u} -Dsonar.password={P(s)}",
        f"new UsernamePasswordCredentialsImpl(CredentialsScope.GLOBAL, \"nexus-cred\", \"deploy\", \"{u}\", \"{P(a)}\")",
    ])
    return "ci_vars", ask(form), None


def net_devices() -> Doc:
    """Router, switch, firewall and AP configs with passwords typed in clear."""
    a, b = pair()
    c = rnd(string.ascii_letters + string.digits, R.randrange(8, 13))
    u = acct()
    form = turn("net_devices", [
        f"conf t\nenable secret {P(a)}\nusername {u} privilege 15 secret {P(b)}\nline vty 0 4\n login local",
        f"line con 0\n password {P(a)}\n login\nsnmp-server community {P(c, 'opt')} RO",
        f"[Huawei] aaa\n[Huawei-aaa] local-user {u} password irreversible-cipher {P(a)}\n[Huawei-aaa] local-user {u} service-type ssh",
        f"local-user {u} class manage\n password simple {P(a)}\n service-type ssh https\n authorization-attribute user-role network-admin",
        f"# /etc/hostapd/hostapd.conf\ninterface=wlan0\nssid={pick(SSIDS)}\nwpa=2\nwpa_passphrase={P(a)}",
        f"/user add name={u} password={P(a)} group=full\n/interface wireless security-profiles set default wpa2-pre-shared-key={P(b)}",
        f"config system admin\n    edit \"{u}\"\n        set accprofile \"super_admin\"\n        set password {P(a)}\n    next\nend",
        f"uci set wireless.@wifi-iface[0].key='{P(a)}'\nuci commit wireless",
        f"tacacs-server host {I(ip())} key {P(c, 'opt')}\nusername {u} password 0 {P(a)}",
    ])
    return "net_devices", ask(form), None


def cn_label_line() -> Doc:
    """Camera / NVR / device hand-overs in Chinese where the password label stands alone on the line above."""
    a = spw()
    h = ip()
    form = turn("cn_label_line", [
        f"海康 NVR 交接\n设备IP\n{I(h)}\n用户名\nadmin\n初始密码\n{P(a)}",
        f"大华摄像头（3楼东）\n默认口令\n{P(a)}\n首次登录后请修改",
        f"门禁控制器\n地址 {I(h)}\n管理员密码\n{P(a)}",
        f"【录像机】\n账号 admin\n密码\n{P(a)}\n通道 16 路",
        f"NVR 激活密码\n\n{P(a)}\n\n（贴在机柜门内侧）",
        f"考勤机后台\n超级管理员口令\n{P(pin(6))}\n→ 不对，改了，现在是\n{P(pin(8))}",
    ])
    return "cn_label_line", form, None


def zh_sentences() -> Doc:
    """Chinese sentences that hand over a password without a colon."""
    a = password(pick(["camel", "random", "pinyin", "weak", "tail", "leet"]))
    s = pick(SYSTEMS)
    form = turn("zh_sentences", [
        f"{s}的密码是{P(a)}，别外传",
        f"我把{s}密码改成了{P(a)}",
        f"您的新密码为{P(a)}，请于 24 小时内登录修改。",
        f"密码设成 {P(a)} 了，你再试试",
        f"现在{s}密码换成{P(a)}了",
        f"root 密码还是 {P(a)} 没动过",
        f"数据库口令用的是{P(a)}",
        f"帮我把 {s} 密码重置成 {P(a)} 谢谢",
        f"管理员密码已更新为{P(a)}。",
        f"{s} 密码就是 {P(a)} 啊，大小写注意",
    ])
    return "zh_sentences", form, None


def tab_tables() -> Doc:
    """Tab-separated Excel pastes and Markdown tables with a password column or row."""
    a, b = pair()
    u, u2 = acct(), acct()
    h, h2 = ip(), ip()
    form = turn("tab_tables", [
        f"序号\t系统\t地址\t用户名\t密码\t备注\n1\t{pick(SYSTEMS)}\t{I(h)}\t{u}\t{P(a)}\t\n2\t{pick(SYSTEMS)}\t{I(h2)}\t{u2}\t{P(b)}\t测试环境",
        f"| 环境 | 账号 | 密码 |\n|:---|:---:|---:|\n| prod | {u} | {P(a)} |\n| uat | {u2} | {P(b)} |",
        f"主机\t{host()}\n用户\t{u}\n密码\t{P(a)}\n端口\t22",
        f"Host\tUser\tPW\tPort\n{I(h)}\t{u}\t{P(a)}\t3306\n{I(h2)}\t{u2}\t{P(b)}\t3307",
        f"| 字段 | 值 |\n|---|---|\n| 登录地址 | https://{host()} |\n| 用户名 | {u} |\n| 初始口令 | {P(a)} |",
        f"设备\t登陆账号\t登陆密码\n出口防火墙\t{u}\t{P(a)}\n核心交换\t{u2}\t{P(b)}",
    ])
    return "tab_tables", pick(["", "从表格里复制的：\n", "Pasted from the sheet:\n"]) + form, None


def unicode_pw() -> Doc:
    """Passwords holding emoji or CJK characters."""
    a = password(pick(["emoji", "cjk"]))
    form = turn("unicode_pw", [
        f"WiFi 密码：{P(a)}",
        f"password: \"{P(a)}\"",
        f"新口令：{P(a)}（注意里面有中文/表情）",
        f"{{\"user\": \"{acct()}\", \"password\": \"{P(a)}\"}}",
        f"密码是 {P(a)} 大小写要对",
    ])
    return "unicode_pw", form, None


def zh_quotes() -> Doc:
    """Passwords in Chinese curly quotes, corner brackets and full-width quotes."""
    a = qpw("“”‘’『』＂")
    s = pick(SYSTEMS)
    form = turn("zh_quotes", [
        f"{s}密码是“{P(a)}”",
        f"口令为『{P(a)}』，别外发",
        f"密码：“{P(a)}”（不含引号）",
        f"临时密码 ‘{P(a)}’ 已生效",
        f"Hi, the {s} password is “{P(a)}” — quotes not included.",
        f"密码：＂{P(a)}＂",
    ])
    return "zh_quotes", form, None


def yaml_forms() -> Doc:
    """YAML shapes: block scalars, anchors, tags, env lists in block and flow style, nested chart values."""
    a, b = pair()
    form = turn("yaml_forms", [
        f"db:\n  user: {acct()}\n  password: |-\n    {P(a)}\n  pool: 10",
        f"primary:\n  password: &dbpw {P(a)}\nreplica:\n  password: *dbpw",
        f"ftp:\n  user: {acct()}\n  password: !!str {P(pin(8))}",
        f"env:\n  - name: DB_USER\n    value: {acct()}\n  - name: DB_PASSWORD\n    value: \"{P(a)}\"",
        f"env:\n  - {{name: REDIS_PASSWORD, value: '{P(a)}'}}\n  - {{name: REDIS_HOST, value: {host('cache')}}}",
        f"auth:\n  rootPassword: {P(a)}\n  replicationPassword: {P(b)}\n  database: app",
        f"smtp:\n  username: {acct()}\n  password: >\n    {P(a)}\n  port: 587",
    ])
    return "yaml_forms", ask(form), None


def compose() -> Doc:
    """docker-compose services: environment lists and maps, commands and healthchecks with a password."""
    a = spw()
    u = acct()
    form = turn("compose", [
        f"services:\n  db:\n    image: postgres:16\n    environment:\n      - POSTGRES_USER={u}\n      - POSTGRES_PASSWORD={P(a)}",
        f"  mysql:\n    image: mysql:8.4\n    environment:\n      - \"MYSQL_ROOT_PASSWORD={P(a)}\"",
        f"  redis:\n    image: redis:7\n    command: redis-server --requirepass {P(a)} --appendonly yes",
        f"    healthcheck:\n      test: [\"CMD\", \"mysqladmin\", \"ping\", \"-uroot\", \"-p{P(a)}\"]\n      interval: 10s",
        f"  minio:\n    environment:\n      MINIO_ROOT_USER: {u}\n      MINIO_ROOT_PASSWORD: {P(a)}",
        f"  rabbitmq:\n    environment:\n      RABBITMQ_DEFAULT_USER: {u}\n      RABBITMQ_DEFAULT_PASS: {P(a)}",
        f"  grafana:\n    environment:\n      - GF_SECURITY_ADMIN_PASSWORD={P(a)}",
    ])
    return "compose", ask(form), None


def k8s_secret() -> Doc:
    """Kubernetes Secrets with stringData (plain keys, an embedded config file, a URL) and kubectl literals."""
    a = spw()
    u = acct()
    form = turn("k8s_secret", [
        f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-db\ntype: Opaque\nstringData:\n  username: {u}\n  password: \"{P(a)}\"",
        f"kind: Secret\nstringData:\n  application.yaml: |\n    spring:\n      datasource:\n        username: {u}\n        password: {P(a)}",
        f"kind: Secret\nstringData:\n  DATABASE_URL: {D('postgres://' + u + ':' + P(a) + '@' + host('db') + ':5432/app')}",
        f"kubectl -n prod create secret generic cache-auth --from-literal=REDIS_PASS={P(a)}",
        f"kind: Secret\nstringData:\n  ADMIN_PASSWORD: '{P(a)}'\n  ADMIN_USER: {u}",
    ])
    return "k8s_secret", ask(form), None


def spring() -> Doc:
    """Spring application.yml / .properties: datasource with a JDBC URL, redis, mail, rabbit, druid console."""
    a = spw()
    u, h = acct(), ip()
    form = turn("spring", [
        f"spring:\n  datasource:\n    url: {D('jdbc:mysql://' + I(h) + ':3306/crm?useUnicode=true&characterEncoding=utf8')}\n    username: {u}\n    password: {P(a)}",
        f"spring.data.redis.host={I(h)}\nspring.data.redis.password={P(a)}",
        f"spring:\n  mail:\n    host: smtp.{pick(DOMAINS)}\n    username: {u}\n    password: {P(a)}",
        f"spring.rabbitmq.username={u}\nspring.rabbitmq.password={P(a)}",
        f"spring.datasource.druid.stat-view-servlet.login-username={u}\nspring.datasource.druid.stat-view-servlet.login-password={P(a)}",
        f"spring:\n  datasource:\n    url: {D('jdbc:postgresql://' + I(h) + ':5432/ledger?user=' + u + '&password=' + P(a))}",
    ])
    return "spring", ask(form), None


def django() -> Doc:
    """Django settings: DATABASES, mail, SECRET_KEY, caches and the Celery broker."""
    a = qpw()
    s = spw()
    u, h = acct(), ip()
    form = turn("django", [
        f"DATABASES = {{\n    'default': {{\n        'ENGINE': 'django.db.backends.postgresql',\n        'NAME': 'shop',\n        'USER': '{u}',\n        'PASSWORD': '{P(a)}',\n        'HOST': '{I(h)}',\n    }}\n}}",
        f"EMAIL_HOST = 'smtp.{pick(DOMAINS)}'\nEMAIL_HOST_USER = '{u}'\nEMAIL_HOST_PASSWORD = '{P(a)}'",
        f"SECRET_KEY = '{API_KEY(rnd(string.ascii_letters + string.digits + '!#%&()*+-=^_', 50), 'generic')}'\nDEBUG = False",
        f"CACHES = {{\n    'default': {{\n        'BACKEND': 'django_redis.cache.RedisCache',\n        'LOCATION': '{D('redis://:' + P(s) + '@' + I(h) + ':6379/1')}',\n    }}\n}}",
        f"CELERY_BROKER_URL = '{D('amqp://' + u + ':' + P(s) + '@' + host('mq') + ':5672//')}'",
    ])
    return "django", ask(form), None


def env_lines() -> Doc:
    """Password variables exported or set in shells other than bash's plain `KEY=value`."""
    a = qpw("'\"\\`$%^&|<>!")
    u, h = acct(), ip()
    form = turn("env_lines", [
        f"export DB_PASSWORD='{P(a)}'\nexport DB_USER={u}",
        f"export MYSQL_PWD={P(spw())} && mysql -h {I(h)} -u {u} crm",
        f"set -x PGPASSWORD {P(spw())}",
        f"setx SMTP_PASSWORD \"{P(a)}\"",
        f"set DB_PASS={P(spw())}\ncall run_etl.bat",
        f"# .envrc\nexport REDIS_PASSWORD={P(spw())}",
        f"env ADMIN_PASS='{P(a)}' ./bootstrap.sh",
    ])
    return "env_lines", form, None


def dsn_more() -> Doc:
    """Connection strings for Redis, MongoDB+srv, replica sets, AMQP, SMTP, SQL Server, ClickHouse and Kafka JAAS."""
    a = spw()
    u, h = acct(), ip()
    enc_src = password("random")
    while enc_src == urllib.parse.quote(enc_src, safe="-._~"):
        enc_src = password("random")
    enc = urllib.parse.quote(enc_src, safe="-._~")
    form = turn("dsn_more", [
        f"REDIS_URL={D('redis://:' + P(a) + '@' + I(h) + ':6379/0')}",
        f"cache: {D('rediss://default:' + P(a) + '@' + host('cache') + ':6380')}",
        f"MONGO_URI={D('mongodb+srv://' + u + ':' + P(a) + '@cluster0.r16ab.mongodb.net/events?retryWrites=true&w=majority')}",
        f"mongo 连不上：{D('mongodb://' + u + ':' + P(a) + '@' + I(h) + ':27017,' + I(ip()) + ':27017/orders?replicaSet=rs0&authSource=admin')}",
        f"broker_url = \"{D('amqp://' + u + ':' + P(a) + '@' + host('mq') + ':5672/jobs')}\"",
        f"MAIL_URL={D('smtp://' + u + ':' + P(a) + '@smtp.' + pick(DOMAINS) + ':587', 'opt')}",
        f"DATABASE_URL={D('postgresql://' + u + ':' + P(enc, 'percent') + '@' + I(h) + ':5432/ledger')}",
        f"conn = \"{D('sqlserver://' + u + ':' + P(a) + '@' + I(h) + ':1433?database=erp')}\"",
        f"CLICKHOUSE_DSN={D('clickhouse://' + u + ':' + P(a) + '@' + host('db') + ':9000/default')}",
        f"sasl.mechanism=PLAIN\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\"{u}\" password=\"{P(a)}\";",
    ])
    return "dsn_more", ask(form), None


def jwt_forms() -> Doc:
    """JWTs in cookies, query strings, storage dumps, OIDC responses and chat."""
    form = turn("jwt_forms", [
        f"Cookie: access_token={J()}; theme=dark; lang=zh-CN",
        f"wss://push.{pick(DOMAINS)}/ws?token={J()}&v=2",
        f"> localStorage.getItem('id_token')\n'{J()}'",
        f"{{\"id_token\":\"{J()}\",\"access_token\":\"{J()}\",\"token_type\":\"Bearer\"}}",
        f"这个 token 是不是过期了 {J()} 解一下看看 exp",
        f"x-auth-token: {J()}",
    ])
    return "jwt_forms", form, None


def pem_forms() -> Doc:
    """Private keys indented under YAML block scalars, escaped on one line, in heredocs, with their passphrase."""
    k = pem()
    form = turn("pem_forms", [
        "kind: Secret\ntype: kubernetes.io/tls\nstringData:\n  tls.key: |\n    " + gold("PRIVATE_KEY", k.replace("\n", "\n    ")),
        "SSH_PRIVATE_KEY=\"" + gold("PRIVATE_KEY", k.replace("\n", "\\n")) + "\"",
        "resource \"tls_locally_signed_cert\" \"x\" {\n  ca_private_key_pem = <<EOT\n" + gold("PRIVATE_KEY", k) + "\nEOT\n}",
        "deploy_key: |\n  " + gold("PRIVATE_KEY", k.replace("\n", "\n  ")) + f"\ndeploy_key_passphrase: {P(qpw())}",
        "部署用的私钥，帮我看看为什么 ssh 说 invalid format：\n" + gold("PRIVATE_KEY", k),
    ])
    return "pem_forms", form, None


def api_places() -> Doc:
    """API keys in notebook cells, JWT signing secrets and vendor keys in env files."""
    form = turn("api_places", [
        f"import os\nos.environ[\"DASHSCOPE_API_KEY\"] = \"{K('dashscope')}\"",
        f"jwt:\n  secret: {API_KEY(rnd(ALNUM, 48), 'generic')}\n  expire: 7200",
        f"ANTHROPIC_API_KEY={K('anthropic')}\nANTHROPIC_MODEL=claude-sonnet",
        f"client = OpenAI(api_key=\"{K('deepseek')}\", base_url=\"https://api.deepseek.com\")",
        f"火山的 AK：{K('volcengine')}",
    ])
    return "api_places", form, None


FAMILIES: list[tuple[Callable[[], Doc], int]] = [
    (odd_keys, 14), (wifi_no_word, 6), (tool_calls, 8), (http_dumps, 7), (cli_creds, 9), (windows, 6),
    (dotfiles, 6), (pm_exports, 4), (ci_vars, 6), (net_devices, 7), (cn_label_line, 5), (zh_sentences, 9),
    (tab_tables, 4), (unicode_pw, 4), (zh_quotes, 5), (yaml_forms, 5), (compose, 4), (k8s_secret, 4), (spring, 4),
    (django, 3), (env_lines, 4), (dsn_more, 8), (jwt_forms, 4), (pem_forms, 4), (api_places, 4),
]


# === negatives ==================================================================================================
def neg_placeholders() -> Doc:
    """Placeholders, prompts and values read from elsewhere."""
    u = acct()
    form = turn("neg_placeholders", [
        "DB_PASSWORD=[[placeholder_password:${PASS}]]",
        f"mysql -h {host('db')} -u {u} -p   # 回车后输入密码",
        "password: [[placeholder_password:<password>]]",
        "密码：[[masked_password:******]]（已隐藏）",
        "admin / [[placeholder_password:xxx]]（真实的找运维要）",
        "<el-input v-model=\"pwd\" placeholder=\"请输入密码\" show-password />",
        "vault_pw: \"{{! lookup('env', 'VAULT_PW') }}\"",
        "net use Z: \\\\files01\\share /user:CORP\\" + u + " *",
        "runas /user:Administrator \"mmc compmgmt.msc\"",
        "echo \"$REGISTRY_TOKEN\" | docker login harbor.r16-example.cn --username ci_bot --password-stdin",
        "export PGPASSWORD=\"$(cat /run/secrets/pg_pw)\"",
        "set DB_PASS=[[placeholder_password:%DB_PASS%]]",
        "curl -u \"$API_USER:$API_PASS\" https://api.r16-example.cn/v1/export",
        "{\"username\": \"" + u + "\", \"password\": null, \"sso\": true}",
    ])
    return "neg_placeholders", form, None


def neg_policies() -> Doc:
    """Password policies and rules that say how a password is made, without giving one."""
    form = turn("neg_policies", [
        "密码长度至少8位，需包含大小写字母和数字。",
        "口令有效期 90 天，新密码不能与前 5 次相同。",
        "连续输错密码 5 次账号锁定 30 分钟。",
        "Passwords must be 14+ characters and may not contain your user name.",
        "初始密码为身份证号后六位，首次登录强制修改。",
        "访客网络无需密码，连上后在网页上用手机号认证。",
        "默认密码是工号加生日，登录后请立即修改。",
        "密码设置规则：不得使用连续或重复的数字，例如 123456、888888。",
    ])
    return "neg_policies", form, None


def neg_hashes() -> Doc:
    """Stored hashes and ciphertexts shown as such."""
    b64dot = string.ascii_letters + string.digits + "./"
    form = turn("neg_hashes", [
        f"password_hash = \"[[hash:$2b$12${rnd(b64dot, 53)}]]\"",
        f"password_sha256: [[sha256:{rnd(HEXL, 64)}]]",
        f"enable secret 9 [[hash:$9${rnd(b64dot, 14)}${rnd(b64dot, 43)}]]",
        f"username netops privilege 15 secret 5 [[hash:$1${rnd(b64dot, 4)}${rnd(b64dot, 22)}]]",
        f" local-user admin password irreversible-cipher [[hash:$1c${rnd(b64dot, 54)}$]]",
        f"mysql> SELECT user, authentication_string FROM mysql.user;\n| repl | [[hash:*{rnd('0123456789ABCDEF', 40)}]] |",
        f"userPassword: [[hash:{{SSHA}}{rnd(ALNUM + '+/', 32)}]]",
        f"db_password: [[ciphertext:!vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  {rnd('0123456789', 64)}]]",
        f"spring.datasource.password=[[ciphertext:ENC({rnd(ALNUM + '+/', 44)})]]",
        f"password: [[hash:pbkdf2_sha256$870000${rnd(ALNUM, 22)}${rnd(ALNUM + '+/', 43)}=]]",
    ])
    return "neg_hashes", form, None


def neg_otp() -> Doc:
    """One-time codes, including the ones called 动态口令 / 动态密码."""
    form = turn("neg_otp", [
        f"【某某银行】您的验证码为 [[otp_code:{pin(6)}]]，5 分钟内有效，请勿泄露。",
        f"Your verification code is [[otp_code:{pin(6)}]]. It expires in 10 minutes.",
        f"VPN 动态口令：[[otp_code:{pin(6)}]]（令牌上的，30 秒一变）",
        f"U 盾动态密码 [[otp_code:{pin(6)}]] 已失效，请重新获取",
        f"two-factor code: [[otp_code:{pin(6)}]]",
    ])
    return "neg_otp", form, None


def neg_fieldnames() -> Doc:
    """Field names, tool schemas and prompts without a value."""
    form = turn("neg_fieldnames", [
        "CREATE TABLE sys_user (\n  id BIGINT PRIMARY KEY,\n  username VARCHAR(64),\n  password VARCHAR(128) NOT NULL\n);",
        "{\"name\":\"login\",\"parameters\":{\"type\":\"object\",\"properties\":{\"username\":{\"type\":\"string\"},\"password\":{\"type\":\"string\",\"description\":\"用户密码\"}},\"required\":[\"username\",\"password\"]}}",
        "# .pgpass 格式：hostname:port:database:username:password，权限必须是 0600",
        "\"Group\",\"Title\",\"Username\",\"Password\",\"URL\",\"Notes\"",
        "password = models.CharField(max_length=128)",
        "login as: ops_admin\nops_admin@jump01's password:\nAccess denied",
        "passwd: all authentication tokens updated successfully.",
        "表单字段：用户名、密码、确认密码、验证码",
    ])
    return "neg_fieldnames", form, None


def neg_http() -> Doc:
    """HTTP dumps whose credentials are cookies, CSRF tokens, masked or empty values."""
    form = turn("neg_http", [
        f"GET /dashboard HTTP/1.1\nHost: erp.r16-example.cn\nCookie: [[session_cookie:sessionid={rnd(string.ascii_lowercase + string.digits, 32)}]]; [[session_cookie:csrftoken={rnd(ALNUM, 32)}]]",
        f"Set-Cookie: [[session_cookie:JSESSIONID={rnd(HEXL.upper(), 32)}]]; Path=/; HttpOnly",
        "POST /login HTTP/1.1\n\nusername=kf_agent&password=[[masked_password:%2A%2A%2A%2A%2A%2A]]",
        "username=noc_user&password=&captcha=8x3k",
        f"csrfmiddlewaretoken=[[csrf_token:{rnd(ALNUM, 64)}]]&next=/admin/",
        "Authorization: Bearer [[placeholder_key:<ACCESS_TOKEN>]]",
    ])
    return "neg_http", form, None


def neg_tech() -> Doc:
    """Security text with key-ish words and no secret: public keys, certificates, a JWT header, settings."""
    form = turn("neg_tech", [
        "[[public_key:" + values.public_pem(R) + "]]",
        f"JWT 头部：[[jwt_header:{values.jwt_header_only(R)}]]，只贴了第一段",
        "ssh-keygen -t ed25519 -N \"\" -f ~/.ssh/deploy_key",
        "rsync -av --password-file=/etc/rsync.pass backup@nas01::nightly /data",
        "git config --global credential.helper store",
        "valueFrom:\n  secretKeyRef:\n    name: app-db\n    key: password",
        "spring.datasource.password=[[placeholder_password:${DB_PASSWORD}]]",
        "Failed password for invalid user admin from jump02.corp16.example.net port 51234 ssh2",
    ])
    return "neg_tech", form, None


def neg_dsn() -> Doc:
    """Connection strings whose password is masked or a placeholder."""
    form = turn("neg_dsn", [
        "DATABASE_URL=[[dsn_placeholder:postgresql://ledger:****@db3.r16-example.cn:5432/ledger]]",
        "REDIS_URL=[[dsn_placeholder:redis://:<password>@cache1.r16-example.cn:6379/0]]",
        "Atlas 给的连接串：[[dsn_placeholder:mongodb+srv://etl_nightly:<db_password>@cluster0.r16ab.mongodb.net/?retryWrites=true]]",
        "jdbc.url=[[dsn_placeholder:jdbc:mysql://db1.r16-example.cn:3306/crm?user=crm&password=${DB_PASS}]]",
    ])
    return "neg_dsn", form, None


def neg_chat() -> Doc:
    """Chat about passwords that never gives one."""
    form = turn("neg_chat", [
        "密码我发你邮箱了，注意查收",
        "密码改成了吗？改好跟我说一声",
        "密码跟之前一样，没变",
        "Wi-Fi 密码在前台的牌子上，自己看一下",
        "我忘记密码了，怎么重置？",
        "新密码为空的话系统会报错，记得填",
    ])
    return "neg_chat", form, None


NEG_FAMILIES: list[tuple[Callable[[], Doc], int]] = [
    (neg_placeholders, 14), (neg_policies, 8), (neg_hashes, 10), (neg_otp, 5), (neg_fieldnames, 8), (neg_http, 6),
    (neg_tech, 8), (neg_dsn, 4), (neg_chat, 6),
]


def _docs() -> list[Doc]:
    from bench.eval.blind.build import from_unique_families
    return from_unique_families(FAMILIES, NEG_FAMILIES, R)


DOCS: list[Doc] = _docs()

"""Round 10 blind corpus: credentials in the places and shorthands round 9 did not write, and their look-alikes.

Why: the hold-out's PASSWORD recall is 0.889 (precision 1.0), short of the issue's 0.97 for credentials, and
probes found forms no round holds yet: `P/W:` shorthand, YAML block scalars (`password: >-` with the value on
the next line), device logins written `admin/Xyz123` after what they log into, and e-mail false alarms on
`kubectl --context admin@cluster-prod`. This round is written from the labeling conventions only
(/work/shared/eval/README.md) before the password recognizer was run on it:

- PASSWORD is the value only, wherever it is written: after a key or label in any config syntax (YAML block
  scalars, TOML, XML elements and attributes, .netrc, .pgpass, fstab options, keepalived), attached to a CLI flag
  (`-p'…'`, `/pass:`, `-e MYSQL_ROOT_PASSWORD=`), in a `user:pass@` URL, after 密码 / 口令 / 密碼 in chat, in
  the password column of a table, after `admin/` when a login context comes first.
- A password inside a connection string is nested in the DB_CONNECTION_STRING span (URI, JDBC, ADO.NET); the
  Go / libpq / AMQP forms are optional as connection strings (the README names only URI, JDBC and ADO.NET).
- No gold: placeholders (`<password>`, `******`, `${DB_PASS}`, `{{ .Values.pw }}`, `your_password`, `xxx`),
  empty or secret-store references, policies, 忘记密码 / 修改密码 links, hashes and ciphertexts (bcrypt,
  sha512-crypt, Ansible Vault, Jasypt `ENC(…)`), masked values, and logins that look like e-mail addresses
  (`--context admin@cluster-prod`, `git@host:org/repo.git`, `ssh ops@host`, shell prompts, `pkg@version`,
  `image@sha256:`): they are decoys.

Values are synthetic (seeded random and Faker en_US user names and domain words on example domains); none is
reused from earlier rounds. About 30 % of the documents have no gold.

    python -m bench.eval.blind.build --round10s     # writes bench/eval/corpus/blind-round10s.jsonl
"""
from __future__ import annotations

import random
from collections.abc import Callable

from faker import Faker

from bench.eval.blind.draws import Draws
from bench.eval.blind.markup import API_KEY as K, DSN, EMAIL as E, IP as I, PASSWORD as P  # noqa: N811, E741

SEED = 100410
R = random.Random(SEED)
FK = Faker("en_US")
FK.seed_instance(SEED)

Doc = tuple[str, str, str | None]

SEASONS = ["Spring", "Summer", "Autumn", "Winter", "Monday", "Sunrise", "Harvest", "Moonlight", "Thunder", "Glacier"]
PY = ["zhongqiu", "xihu", "lvshui", "taoyuan", "songbai", "jinqiao", "yueya", "qiushi", "donghai", "nanshan",
      "huayuan", "xiangyun", "liusha", "pingan"]
NOUNS = ["kettle", "saddle", "parrot", "ginger", "pepper", "marble", "rocket", "velvet", "anchor", "tundra",
         "bamboo", "cactus", "oyster", "walnut", "zephyr", "basalt"]
DOMAINS = ["corp-example.cn", "ops.example.net", "intra.example.org", "yf-example.com.cn", "dc2.example.cn"]


_DRAWS = Draws(R)
pick, turn = _DRAWS.pick, _DRAWS.turn
ip, rnd = _DRAWS.private_ip, _DRAWS.chars


def user() -> str:
    return pick([FK.user_name(), FK.user_name().replace(".", "_"), pick(["svc_pay", "ops_ro", "backup01", "bi_etl",
                 "it-admin", "kf_admin", "sync", "deployer", "mes_app", "wms"])])


def host() -> str:
    return f"{FK.domain_word()}-{pick(['db', 'app', 'mq', 'nas', 'git', 'jump', 'mail', 'ci'])}{R.randrange(1, 9)}.{pick(DOMAINS)}"


def password(kind: str | None = None, shell: bool = False) -> str:
    """A synthetic password in one of the shapes people choose; `shell` keeps it free of characters a shell or
    config parser would eat unquoted."""
    kind = kind or pick(["season", "leet", "initials", "random", "random", "noun_digits", "company", "pin",
                         "mixed_case"])
    if kind == "season":
        v = f"{pick(SEASONS)}{R.randrange(2024, 2028)}{pick(['!', '#', '@', '$', '*', '.'])}"
    elif kind == "leet":
        w = pick(NOUNS)
        v = w.replace("a", "@").replace("o", "0").replace("e", "3").capitalize() + str(R.randrange(10, 999))
    elif kind == "initials":
        v = f"{''.join(pick(list('zwlyhxcjm')) for _ in range(3))}@{R.randrange(1, 13):02d}{R.randrange(1, 29):02d}"
    elif kind == "random":
        pool = "ABCDEFGHJKMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789"
        chars = [pick(list(pool)) for _ in range(R.randrange(9, 15))]
        for _ in range(R.randrange(1, 3)):
            chars[R.randrange(1, len(chars))] = pick(list("%&*~^!@+=?"))
        v = "".join(chars)
    elif kind == "noun_digits":
        v = f"{pick(PY + NOUNS)}{R.randrange(100, 9999)}"
    elif kind == "company":
        v = f"{pick(['Yf', 'Hx', 'Gq', 'Zt', 'Lc', 'Ws'])}{pick(['@', '#', '&'])}{R.randrange(100000, 999999)}"
    elif kind == "pin":
        v = "".join(str(R.randrange(10)) for _ in range(R.randrange(6, 9)))
    elif kind == "mixed_case":
        v = f"{pick(PY).capitalize()}{pick(['_', '-', '.'])}{pick(NOUNS).upper()}{R.randrange(1, 99)}"
    else:
        raise ValueError(kind)
    if shell:
        v = "".join(c if c not in "&*~^!?$#%=@" else "_" for c in v)
    return v


def I_OPT(v: str) -> str:
    """An address the conventions leave optional (loopback, the unspecified 0.0.0.0 of a listen address)."""
    return I(v, "opt")


def D(v: str, opt: bool = False) -> str:
    return DSN(v, "opt" if opt else "")


ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
HEXL = "0123456789abcdef"


# --- positive families -----------------------------------------------------------------------------------------
def shorthand() -> Doc:
    """Handover notes and chat with the abbreviations people type: P/W, PW, Pwd, pass, U/N."""
    pw, u = password(), user()
    line = turn("shorthand", [
        f"VPN 账号交接\nU/N: {u}\nP/W: {P(pw)}\n到期日 2027-03-31",
        f"{pick(['NAS', 'Jira', 'Zabbix', 'Grafana'])} -> {u} / p/w {P(pw)}",
        f"server: {host()}\nuser: {u}\nPW: {P(pw)}",
        f"堡垒机 {u}，Pwd：{P(pw)}（下周轮换）",
        f"login {u}  pass: {P(pw)}",
        f"[交接] 测试库 {u}   PWD = {P(pw)}",
        f"Jenkins admin P/W {P(pw)} — please don't share outside the team",
        f"FTP 上传用的：{u} pw {P(pw)}",
        f"测试账号 {u}，pw是 {P(pw)}",
        f"U: {u}\nP: {P(pw)}",
    ])
    return "shorthand", pick(["", "群公告：\n", "Handover note\n", "帮忙整理一下：\n"]) + line, None


def yaml_block() -> Doc:
    """YAML with the value under the key (block scalars), nested Spring / Ansible / Helm values."""
    pw = password()
    form = turn("yaml", ["folded", "literal", "literal_strip", "spring", "ansible_vars", "helm_values", "quoted_nested"])
    if form == "folded":
        doc = f"smtp:\n  host: {host()}\n  port: 465\n  username: {u_at()}\n  password: >-\n    {P(pw)}\n  ssl: true"
    elif form == "literal":
        doc = f"datasource:\n  url: {D('jdbc:mysql://' + I(ip()) + ':3306/wms')}\n  username: {user()}\n  password: |\n    {P(pw)}\n  pool: 20"
    elif form == "literal_strip":
        doc = f"ldap:\n  bindDN: cn={user()},ou=svc,dc=corp,dc=example\n  bindPassword: |-\n      {P(pw)}\n  baseDN: dc=corp,dc=example"
    elif form == "spring":
        doc = (f"spring:\n  data:\n    redis:\n      host: {I(ip())}\n      port: 6379\n      password: {P(pw)}\n"
               f"      database: {R.randrange(0, 8)}")
    elif form == "ansible_vars":
        doc = (f"# group_vars/{pick(['db', 'web', 'all'])}.yml\nansible_user: {user()}\n"
               f"ansible_become_pass: {P(pw)}\nntp_server: ntp.{pick(DOMAINS)}")
    elif form == "helm_values":
        doc = (f"# values-prod.yaml\nauth:\n  rootPassword: \"{P(pw)}\"\n  username: {user()}\n  database: orders\n"
               "primary:\n  persistence:\n    size: 50Gi")
    else:
        doc = f"mq:\n  broker: {host()}\n  credentials:\n    user: {user()}\n    pass: '{P(pw)}'\n  vhost: /prod"
    intro = pick(["配置如下，启动报 Authentication failed：\n", "", "这个 yaml 缩进对不对？\n", "Config diff for review:\n"])
    return "yaml", intro + doc, None


def u_at() -> str:
    return E(f"{pick(['noreply', 'alert', 'report', 'notice'])}@{pick(DOMAINS)}")


def device_login() -> Doc:
    """Device and admin-page logins written user/password after what they log into."""
    pw, pw2 = password(), password()
    line = turn("device", [
        f"路由器后台 admin/{P(pw)}，改完记得重启",
        f"摄像头 {I(ip())} 的后台是 admin/{P(pw)}",
        f"打印机管理页面 http://{I(ip())} 账号密码 admin / {P(pw)}",
        f"光猫超级管理员 telecomadmin 密码 {P(pw)}",
        f"群晖 NAS 登录：admin/{P(pw)}",
        f"iDRAC {I(ip())} root/{P(pw)}",
        f"默认账号密码 admin/{P(pw)}，已改成 admin/{P(pw2)}",
        f"门禁系统后台 admin，密码{P(pw)}",
        f"交换机 console 口令 {P(pw)}，enable 口令 {P(pw2)}",
        f"The UPS web console is admin/{P(pw)} (factory default was changed)",
        f"AP 管理地址 {I(ip())}  用户 admin  密码 {P(pw)}",
        f"监控 NVR：admin ／ {P(pw)}",
    ])
    return "device", pick(["", "机房设备交接：\n", "行政IT备忘\n", "家里宽带的设置记一下：\n"]) + line, None


def cli_forms() -> Doc:
    """Command lines with the password quoted, attached or in an environment assignment."""
    pw, u, h = password(shell=True), user(), ip()
    q = password()
    cmd = turn("cli", [
        f"mysql -uroot -p'{P(q)}' -h{I(h)} -e 'show processlist'",
        f"mysql -h {I(h)} -u {u} -p\"{P(q)}\" crm < fix.sql",
        f"PGPASSWORD='{P(q)}' psql -h {I(h)} -U {u} -d dw -c 'vacuum analyze'",
        f"MYSQL_PWD={P(pw)} mysqldump -h{I(h)} -u{u} --single-transaction erp > erp.sql",
        f"docker run -d --name mysql8 -e MYSQL_ROOT_PASSWORD={P(pw)} -p 3306:3306 mysql:8.0",
        f"docker run -d --env POSTGRES_PASSWORD={P(pw)} -v pg:/var/lib/postgresql/data postgres:15",
        f"sshpass -p '{P(q)}' rsync -av ./dist/ {u}@{I(h)}:/srv/www/",
        f"mongodump --host {I(h)} -u {u} -p {P(pw)} --authenticationDatabase admin --out /backup",
        f"psexec \\\\{I(h)} -u CORP\\{u} -p {P(pw)} cmd /c ipconfig",
        f"net use Z: \\\\{I(h)}\\finance {P(pw)} /user:CORP\\{u} /persistent:yes",
        f"cmdkey /add:{I(h)} /user:{u} /pass:{P(pw)}",
        f"wmic /node:{I(h)} /user:administrator /password:{P(pw)} os get caption",
        f"http -a {u}:{P(pw)} GET https://{host()}/api/health",
        f"wget --http-user={u} --http-password={P(pw)} https://{host()}/dl/pkg.tar.gz",
        f"mysqldump --user={u} --password='{P(q)}' --all-databases > all.sql",
        f"redis-cli -h {I(h)} --pass {P(pw)} --no-auth-warning ping",
        f"sqlplus {u}/{P(pw)}@//{I(h)}:1521/ORCL",
        f"unzip -P {P(pw)} 工资表.zip",
        f"gpg --batch --passphrase '{P(q)}' -d backup.tar.gpg | tar x",
        f"influx -host {I(h)} -username {u} -password {P(pw)} -execute 'show databases'",
        f"net user {u} {P(pw)} /add && net localgroup administrators {u} /add",
        f"rclone config create nas sftp host {I(h)} user {u} pass {P(pw)}",
    ])
    prompt = pick([f"[root@{pick(['web01', 'db-bak', 'ops-02'])} ~]# ", "$ ", "PS C:\\> ", "+ ", ""])
    intro = pick(["命令执行报错了：\n", "crontab 里有这么一行：\n", "Build log excerpt:\n", "", "运维手册第 3 步：\n"])
    return "cli", f"{intro}{prompt}{cmd}", None


def config_file() -> Doc:
    """Credential files and configuration syntaxes beyond .env / properties."""
    pw, u, h = password(shell=True), user(), ip()
    q = password()
    form = turn("config", ["netrc", "pgpass", "pipconf", "gitcred", "settings_xml", "webconfig", "appsettings", "toml",
                           "odbc", "hibernate", "springxml", "php", "django", "fstab", "keepalived", "supervisor", "knex",
                           "smbcred"])
    if form == "netrc":
        doc = f"~/.netrc\nmachine {host()}\n  login {u}\n  password {P(pw)}"
    elif form == "pgpass":
        doc = f"cat ~/.pgpass\n{I(h)}:5432:billing:{u}:{P(pw)}\n*:5432:*:replicator:{P(password(shell=True))}"
    elif form == "pipconf":
        doc = f"[global]\nindex-url = https://{u}:{P(pw)}@nexus.{pick(DOMAINS)}/repository/pypi/simple\ntimeout = 60"
    elif form == "gitcred":
        doc = f"~/.git-credentials:\nhttps://{u}:{P(pw)}@gitlab.{pick(DOMAINS)}"
    elif form == "settings_xml":
        doc = (f"<servers>\n  <server>\n    <id>releases</id>\n    <username>{u}</username>\n"
               f"    <password>{P(pw)}</password>\n  </server>\n</servers>")
    elif form == "webconfig":
        cs = f"Server={I(h)};Database=HR;User Id={u};Password={P(pw)};TrustServerCertificate=True"
        doc = f"<connectionStrings>\n  <add name=\"HrDb\" connectionString=\"{D(cs)}\" providerName=\"System.Data.SqlClient\" />\n</connectionStrings>"
    elif form == "appsettings":
        cs = f"Host={I(h)};Port=5432;Database=ledger;Username={u};Password={P(pw)}"
        doc = f"{{\n  \"ConnectionStrings\": {{\n    \"Default\": \"{D(cs)}\"\n  }},\n  \"Logging\": {{ \"LogLevel\": {{ \"Default\": \"Warning\" }} }}\n}}"
    elif form == "toml":
        doc = f"[database]\nhost = \"{I(h)}\"\nuser = \"{u}\"\npassword = \"{P(q)}\"\nmax_conns = 32"
    elif form == "odbc":
        cs = f"Driver={{ODBC Driver 17 for SQL Server}};Server={I(h)},1433;Database=Sales;Uid={u};Pwd={P(pw)};"
        doc = f"Excel 数据连接字符串：\n{D(cs, opt=True)}"
    elif form == "hibernate":
        doc = (f"<property name=\"hibernate.connection.username\">{u}</property>\n"
               f"<property name=\"hibernate.connection.password\">{P(pw)}</property>")
    elif form == "springxml":
        doc = (f"<bean id=\"dataSource\" class=\"com.alibaba.druid.pool.DruidDataSource\">\n"
               f"  <property name=\"username\" value=\"{u}\"/>\n  <property name=\"password\" value=\"{P(pw)}\"/>\n</bean>")
    elif form == "php":
        doc = f"$db['default']['hostname'] = '{I(h)}';\n$db['default']['username'] = '{u}';\n$db['default']['password'] = '{P(pw)}';"
    elif form == "django":
        doc = (f"DATABASES = {{\n    'default': {{\n        'ENGINE': 'django.db.backends.mysql',\n        'USER': '{u}',\n"
               f"        'PASSWORD': '{P(pw)}',\n        'HOST': '{I(h)}',\n    }}\n}}")
    elif form == "fstab":
        doc = f"/etc/fstab 加了一行：\n//{I(h)}/share  /mnt/share  cifs  username={u},password={P(pw)},uid=1000,iocharset=utf8  0  0"
    elif form == "keepalived":
        doc = (f"vrrp_instance VI_1 {{\n    state MASTER\n    virtual_router_id 51\n    authentication {{\n"
               f"        auth_type PASS\n        auth_pass {P(pw[:8])}\n    }}\n}}")
    elif form == "supervisor":
        doc = f"[inet_http_server]\nport={I_OPT('0.0.0.0')}:9001\nusername={u}\npassword={P(pw)}"
    elif form == "knex":
        doc = (f"module.exports = {{\n  client: 'pg',\n  connection: {{ host: '{I(h)}', user: '{u}', password: '{P(pw)}', "
               f"database: 'crm' }},\n}};")
    else:
        doc = f"/root/.smbcred\nusername={u}\npassword={P(pw)}\ndomain=CORP"
    intro = pick(["", "配置文件内容：\n", "这份配置能直接提交吗？\n", "Please review this file:\n"])
    return "config", intro + doc, None


def zh_chat() -> Doc:
    """Chinese chat and notices: the password after 密码 / 口令 / 密碼 in the phrasing people use."""
    pw, u = password(), user()
    line = turn("zh_chat", [
        f"密码发你了：{P(pw)}",
        f"账号是你工号，初始密码为{P(pw)}，登录后自己改",
        f"默认口令 {P(pw)}，上线前务必修改",
        f"OA 登录密码：{P(pw)}",
        f"测试环境所有账号密码都是 {P(pw)}",
        f"密码统一设成了{P(pw)}，各组自行通知",
        f"临时密码 {P(pw)} ，24 小时内有效",
        f"新密码 {P(pw)} 已经生效了",
        f"帳號 {u}，密碼是 {P(pw)}，有問題再跟我說",
        f"預設密碼：{P(pw)}",
        f"办公室无线网密码：{P(pw)}",
        f"WiFi：{pick(['TP-LINK_5G_', 'ChinaNet-', 'HUAWEI-'])}{rnd('ABCDEF0123456789', 4)}  密码 {P(pw)}",
        f"热点密码是{P(pw)}，连不上喊我",
        f"你先用我的账号 {u} 吧，密码 {P(pw)}",
        f"邮箱 {u_at()} 的密码改成 {P(pw)} 了",
        f"老系统的口令是 {P(pw)}，新系统单独发",
        f"刚重置了，密码：{P(pw)}（区分大小写）",
        f"解压密码：{P(pw)}",
    ])
    who = pick([("IT服务台", "好的"), ("运维-值班", "收到👌"), ("行政", "谢谢"), ("甲", "乙")])
    doc = f"{who[0]} {R.randrange(9, 19)}:{R.randrange(10, 60)}\n{line}\n{who[1]} {R.randrange(9, 19)}:{R.randrange(10, 60)}\n{pick(['收到', '好', 'ok', '可以登录了'])}"
    return "chat_zh", doc, None


def table() -> Doc:
    """Account tables: Markdown, tab-separated paste from a spreadsheet, CSV."""
    rows = [(pick(["OA", "CRM", "堡垒机", "Gitlab", "邮箱", "财务系统", "测试库", "VPN"]), user(), password())
            for _ in range(R.randrange(2, 4))]
    form = turn("table", ["md_zh", "md_en", "tsv", "csv"])
    if form == "md_zh":
        body = "| 系统 | 账号 | 密码 | 备注 |\n|---|---|---|---|\n" + "\n".join(
            f"| {s} | {u} | {P(p)} | {pick(['', '只读', '管理员', '临时'])} |" for s, u, p in rows)
    elif form == "md_en":
        body = "| Service | Username | Password |\n| --- | --- | --- |\n" + "\n".join(
            f"| {s} | {u} | {P(p)} |" for s, u, p in rows)
    elif form == "tsv":
        body = "系统\t登录名\t登录密码\n" + "\n".join(f"{s}\t{u}\t{P(p)}" for s, u, p in rows)
    else:
        body = "system,account,password,owner\n" + "\n".join(f"{s},{u},{P(p)},{pick(['ops', 'dev', 'fin'])}" for s, u, p in rows)
    intro = pick(["新人入职账号清单：\n", "从共享表格里复制的：\n", "Accounts for the audit:\n", ""])
    return "table", intro + body, None


def en_chat() -> Doc:
    """English chat and e-mail with the password in running text."""
    pw, u = password(), user()
    line = turn("en_chat", [
        f"pw is {P(pw)}",
        f"the password's {P(pw)} until Friday",
        f"Wi-Fi passcode for the offsite: {P(pw)}",
        f"your temp password is {P(pw)} - you'll be asked to change it",
        f"default creds are admin / {P(pw)}",
        f"Login: {u}  Password: {P(pw)}",
        f"I set the shared mailbox password to {P(pw)}",
        f"vault was down so here it is: {P(pw)}",
        f"pass for the zip: {P(pw)}",
    ])
    return "chat_en", f"{pick(['ops', 'lead', 'desk'])}: {line}\n{pick(['dev', 'me', 'qa'])}: {pick(['thx', 'got it', 'in, thanks'])}", "en"


def code() -> Doc:
    """Source code with the password as a literal argument or in a DSN."""
    pw, u, h = password(shell=True), user(), ip()
    snippet = turn("code", [
        f"conn = pymysql.connect(host='{I(h)}', user='{u}', password='{P(pw)}', db='erp', charset='utf8mb4')",
        f"r = redis.Redis(host='{I(h)}', port=6379, password='{P(pw)}', db=0)",
        f"server = smtplib.SMTP_SSL('smtp.{pick(DOMAINS)}', 465)\nserver.login('{u}', '{P(pw)}')",
        f"db, err := sql.Open(\"mysql\", \"{D(u + ':' + P(pw) + '@tcp(' + I(h) + ':3306)/orders?parseTime=true', opt=True)}\")",
        f"Connection c = DriverManager.getConnection(url, \"{u}\", \"{P(pw)}\");",
        f"var cred = new NetworkCredential(\"{u}\", \"{P(pw)}\", \"CORP\");",
        f"const pool = mysql.createPool({{ host: '{I(h)}', user: '{u}', password: '{P(pw)}', database: 'shop' }});",
        f"$mail->Username = '{u}';\n$mail->Password = '{P(pw)}';",
        f"conn = psycopg2.connect(\"{D('host=' + I(h) + ' dbname=dw user=' + u + ' password=' + P(pw), opt=True)}\")",
        f"engine = create_engine(\"{D('postgresql+psycopg2://' + u + ':' + P(pw) + '@' + I(h) + ':5432/analytics')}\")",
        f"params = pika.URLParameters('{D('amqp://' + u + ':' + P(pw) + '@' + I(h) + ':5672/%2F', opt=True)}')",
        f"client = MongoClient(\"{D('mongodb+srv://' + u + ':' + P(pw) + '@cluster0.' + rnd('abcdefghijklmnop', 5) + '.mongodb.net/?retryWrites=true')}\")",
    ])
    intro = pick(["这段代码有安全问题吗？\n", "", "Code review comment on this line:\n", "```python\n"])
    tail = "\n```" if intro.startswith("```") else ""
    return "code", intro + snippet + tail, None


def vendor_keys() -> Doc:
    """Cloud credentials next to a database password in one file (the same paste carries both)."""
    pw = password(shell=True)
    form = turn("vendor", ["volc", "zhipu", "qianfan", "anthropic", "tencent", "aliyun"])
    if form == "volc":
        ak = "AKLT" + rnd(ALNUM, 42)
        sk = rnd(ALNUM, 58) + "=="
        doc = f"VOLC_ACCESSKEY={K(ak)}\nVOLC_SECRETKEY={K(sk)}\nDB_PASSWORD={P(pw)}"
    elif form == "zhipu":
        key = rnd(HEXL, 32) + "." + rnd(ALNUM, 16)
        doc = f"ZHIPUAI_API_KEY={K(key)}\nPG_PASS={P(pw)}\nMODEL=glm-4-plus"
    elif form == "qianfan":
        key = f"bce-v3/ALTAK-{rnd(ALNUM, 21)}/{rnd(HEXL, 40)}"
        doc = f"qianfan:\n  api_key: {K(key)}\nredis:\n  password: {P(pw)}"
    elif form == "anthropic":
        key = "sk-ant-api03-" + rnd(ALNUM + "-_", 93) + "AA"
        doc = f"curl https://api.anthropic.com/v1/messages -H \"x-api-key: {K(key)}\" \\\n  -d @body.json\n# db: mysql -uapp -p{P(pw)}"
    elif form == "tencent":
        ak = "AKID" + rnd(ALNUM, 32)
        sk = rnd(ALNUM, 32)
        doc = f"TENCENTCLOUD_SECRET_ID={K(ak)}\nTENCENTCLOUD_SECRET_KEY={K(sk)}\nMYSQL_PASSWORD={P(pw)}"
    else:
        ak = "LTAI5t" + rnd(ALNUM, 18)
        sk = rnd(ALNUM, 30)
        doc = f"oss:\n  accessKeyId: {K(ak)}\n  accessKeySecret: {K(sk)}\nspring.datasource.druid.password: {P(pw)}"
    return "vendor_mix", pick(["部署前检查一下这些变量：\n", "", "泄露排查，仓库里搜到：\n"]) + doc, None


def email_lookalike_positive() -> Doc:
    """A password next to logins that look like e-mail addresses (the login is a decoy, the password gold)."""
    pw, u, hh = password(shell=True), user(), host()
    line = turn("lookalike", [
        f"kubectl --context [[email_like:admin@cluster-prod]] -n pay get secret db -o yaml\n# data.password 解出来是 {P(pw)}",
        f"ssh [[email_like:{u}@{hh}]]\n[[email_like:{u}@{hh}]]'s password: (typed) 然后 sudo su，root 密码 {P(pw)}",
        f"git remote set-url origin [[email_like:git@gitlab.{pick(DOMAINS)}:infra/deploy.git]]\n部署账号的密码：{P(pw)}",
    ])
    return "lookalike_pos", line, None


FAMILIES: list[tuple[Callable[[], Doc], int]] = [
    (shorthand, 12), (yaml_block, 12), (device_login, 12), (cli_forms, 22), (config_file, 22), (zh_chat, 16),
    (table, 8), (en_chat, 8), (code, 12), (vendor_keys, 6), (email_lookalike_positive, 3),
]


# --- documents without gold ------------------------------------------------------------------------------------
def negatives() -> list[Doc]:
    out: list[tuple[str, str]] = [
        ("neg_placeholder", "P/W: [[placeholder_password:<your password>]]\nU/N: 你的域账号"),
        ("neg_placeholder", "smtp:\n  password: >-\n    [[placeholder_password:${SMTP_PASSWORD}]]"),
        ("neg_placeholder", "路由器后台 admin/[[masked_password:******]]（密码找网管要）"),
        ("neg_placeholder", "mysql -uroot -p'[[placeholder_password:your_password]]' -h{{IP_ADDRESS|opt:127.0.0.1}}   # 把 your_password 换掉"),
        ("neg_placeholder", "docker run -e MYSQL_ROOT_PASSWORD=[[placeholder_password:xxx]] mysql:8.0  （xxx 自己定）"),
        ("neg_placeholder", "PGPASSWORD=\"$(cat /run/secrets/pg_pass)\" psql -h db -U app"),
        ("neg_placeholder", "machine gitlab.corp-example.cn\n  login ci-bot\n  password [[placeholder_password:<token>]]"),
        ("neg_placeholder", "password: \"[[placeholder_password:{{ .Values.db.password }}]]\""),
        ("neg_placeholder", "auth:\n  rootPassword: \"\"\n  existingSecret: mysql-root"),
        ("neg_placeholder", "| 系统 | 账号 | 密码 |\n|---|---|---|\n| OA | 工号 | [[masked_password:******]] |\n| VPN | 域账号 | 同域密码 |"),
        ("neg_placeholder", "系统\t登录名\t登录密码\nCRM\t手机号\t短信验证码登录\n报表\t工号\t见邮件"),
        ("neg_placeholder", "<password>[[placeholder_password:${env.NEXUS_PASSWORD}]]</password>"),
        ("neg_placeholder", "net use Z: \\\\fileserver\\share * /user:CORP\\ops01   （* 表示回车后再输入密码）"),
        ("neg_placeholder", "spring.datasource.password=[[placeholder_password:${MYSQL_PWD:}]]"),
        ("neg_placeholder", "初始密码：身份证后六位（登录后请修改）"),
        ("neg_placeholder", "密码私聊你，别发群里"),
        ("neg_placeholder", "WiFi 密码贴在会议室白板上，访客找前台拿"),
        ("neg_placeholder", "密码：同上"),
        ("neg_placeholder", "Password: (sent separately by SMS)"),
        ("neg_placeholder", "[database]\nuser = \"app\"\npassword = \"\"   # read from DB_PASSWORD at start-up"),
        ("neg_placeholder", "cmdkey /add:fileserver /user:CORP\\ops /pass\n（不带值会提示输入）"),
        ("neg_hash", "ansible_become_pass: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  [[hash:" + rnd(HEXL, 64) + "]]\n  [[hash:" + rnd(HEXL, 64) + "]]"),
        ("neg_hash", "spring.datasource.password=ENC([[ciphertext:" + rnd(ALNUM + "+/", 44) + "]])\n用 jasypt 加密过了，这样算明文吗？"),
        ("neg_hash", "INSERT INTO sys_user(username, password) VALUES ('admin', '[[hash:$2a$10$" + rnd(ALNUM + "./", 53) + "]]');"),
        ("neg_hash", "password: \"[[hash:{bcrypt}$2a$12$" + rnd(ALNUM + "./", 53) + "]]\"  # spring security 的 DelegatingPasswordEncoder"),
        ("neg_hash", "数据库里 pwd 字段是 md5：[[md5:" + rnd(HEXL, 32) + "]]，能不能改成加盐？"),
        ("neg_hash", "grub.cfg:\npassword_pbkdf2 root [[hash:grub.pbkdf2.sha512.10000." + rnd("0123456789ABCDEF", 64) + "." + rnd("0123456789ABCDEF", 64) + "]]"),
        ("neg_policy", "密码长度至少8位，需包含字母、数字和特殊字符中的三种，且不能包含账号名。"),
        ("neg_policy", "口令复杂度要求：不少于 10 位；每 90 天更换一次；连续 5 次错误锁定 15 分钟。"),
        ("neg_policy", "PASS_MAX_DAYS   90\nPASS_MIN_DAYS   1\nPASS_MIN_LEN    12\nPASS_WARN_AGE   7"),
        ("neg_policy", "validate_password.policy=MEDIUM\nvalidate_password.length=10\nvalidate_password.mixed_case_count=1"),
        ("neg_policy", "Passwords must be 14+ characters; passphrases like four random words are encouraged."),
        ("neg_link", "忘记密码？点击 https://sso.corp-example.cn/password/reset 按提示操作。"),
        ("neg_link", "修改密码入口：个人中心 → 账号安全 → 修改密码；如提示“原密码错误”请联系 IT。"),
        ("neg_link", "Reset your password at https://id.corp-example.cn/forgot-password?lang=en within 24 hours."),
        ("neg_link", "密碼已過期，請至 https://portal.example.org/changepwd 重新設定。"),
        ("neg_prose", "路由器后台地址一般印在机身背面的标签上，登录时输入你自己设的管理员密码。"),
        ("neg_prose", "P/W 这一栏请不要填，系统会自动生成并短信发送给员工。"),
        ("neg_prose", "用 -p 参数时不要把密码跟在后面，直接回车交互输入更安全。"),
        ("neg_prose", "请输入支付密码（6 位数字），连续 3 次错误将冻结 24 小时。"),
        ("neg_prose", "这台打印机没有设置管理密码，谁都能改配置，需要整改。"),
        ("neg_prose", "The default admin password must be changed on first login; the setup wizard enforces it."),
        ("neg_prose", "ssh-keygen -t ed25519 -N '' -f ~/.ssh/id_ed25519   # 空口令，仅限 CI 用"),
        ("neg_email_like", "kubectl --context [[email_like:admin@cluster-prod]] get nodes -o wide\nkubectl config use-context [[email_like:deploy@k8s-staging]]"),
        ("neg_email_like", "git clone [[email_like:git@github.com:example-org/infra-tools.git]]\ncd infra-tools && make lint"),
        ("neg_email_like", "ssh -J [[email_like:ops@jump.corp-example.cn]] [[email_like:app@app-07]] 'systemctl restart app'"),
        ("neg_email_like", "[[email_like:root@web01.prod.example.cn]]:~# uptime\n 10:21:07 up 41 days,  2:13,  1 user,  load average: 0.31, 0.28, 0.22"),
        ("neg_email_like", "docker pull [[email_like:nginx@sha256:" + rnd(HEXL, 64) + "]]"),
        ("neg_email_like", "npm install [[email_like:lodash@4.17.21]] [[email_like:@types/node@20.11.5]] --save-exact"),
        ("neg_email_like", "scp dist.tar.gz [[email_like:deploy@build-03.ops.example.net:/srv/releases/]]"),
        ("neg_email_like", "kinit [[email_like:svc_hive@CORP.EXAMPLE.CN]] -kt /etc/security/keytabs/hive.keytab"),
        ("neg_code", "@Value(\"${spring.datasource.password}\")\nprivate String password;"),
        ("neg_code", "if user.check_password(form.cleaned_data['password']):\n    login(request, user)"),
        ("neg_code", "password = getpass.getpass('DB password: ')\nconn = pymysql.connect(host=h, user=u, password=password)"),
        ("neg_code", "<input type=\"password\" name=\"P/W\" maxlength=\"32\" placeholder=\"请输入登录密码\">"),
    ]
    return [(k, t, None) for k, t in out]


def _docs() -> list[Doc]:
    from bench.eval.blind.build import from_families
    return from_families(FAMILIES, negatives, R)


DOCS: list[Doc] = _docs()

"""Round 9 blind corpus: passwords where operators actually leave them, and text that only talks about them.

Why: the hold-out's PASSWORD recall is 0.815 while precision is 1.0, so passwords are missed in forms the
project's rounds do not write yet. This round is written from the labeling conventions only
(/work/shared/eval/README.md), before scoring the password recognizer on it:

- PASSWORD is the value only: after `password=` / `密码：` / `-p` / `-a` / `--password=` / `IDENTIFIED BY`, the
  part after the colon in `user:pass`, the base64 token of a Basic header; a password inside a connection
  string is nested in the DB_CONNECTION_STRING span (the whole URI / JDBC string), an IP host inside it too.
- No gold: failed-login messages (密码错误, Access denied), 忘记密码, password policies, prompts, placeholders
  (`******`, `<password>`, `${DB_PASSWORD}`, `{{ .Values.x }}`), references to secret stores and files, and
  password hashes (shadow, bcrypt, htpasswd, LDAP SSHA): a hash is not the password.

Documents come from seeded templates: numbered shell history, .env, docker-compose, Kubernetes Secret YAML,
Java properties, ini / my.cnf / redis.conf, SQL (MySQL, PostgreSQL, SQL Server, Oracle), curl / wget / lftp /
smbclient / ipmitool / sqlcmd / expect command lines, Basic-auth headers, JDBC and mongodb URIs, redis-cli
`AUTH`, Wi-Fi notices, account handover e-mails and ops chat in Chinese and English; about a third have no gold.

    python -m bench.eval.blind.build --round9s      # writes bench/eval/corpus/blind-round9s.jsonl
"""
from __future__ import annotations

import base64
import random
from collections.abc import Callable

SEED = 91130
R = random.Random(SEED)

WORDS = ["tiger", "river", "maple", "cobalt", "harbor", "falcon", "copper", "willow", "summit", "lantern", "orbit",
         "meadow", "granite", "panda", "comet", "ember", "delta", "canyon", "violet", "quartz"]
PINYIN = ["huanghe", "changjiang", "xiaoyu", "mingyue", "tianqi", "haitang", "qingshan", "jinxiu", "wanli",
          "chunfeng", "beichen", "yunhai", "xinghe", "zhuque", "baiyun"]
SYMS = "!#$*_-.@^+="
USERS = ["app_rw", "report_ro", "etl_job", "svc_billing", "deploy", "ops01", "backup", "monitor", "crm_app", "hr_sync",
         "bi_reader", "jenkins", "gitlab-ci", "sa", "root", "admin", "dba_li", "ftp_up"]
HOSTS = ["db-prod-02.corp-example.cn", "mysql-ha.int.example.net", "pg-main.dc1.example.org", "erp-db.factory.example",
         "cache-01.svc.example.net", "mq.ops.example.cn"]


def pick(seq: list) -> object:
    return seq[R.randrange(len(seq))]


def password(style: str | None = None) -> str:
    """A synthetic password in one of the shapes people choose (never a real one)."""
    style = style or str(pick(["word_year", "random", "phrase", "pinyin", "keyboard", "company", "random", "digits"]))
    if style == "word_year":
        return f"{str(pick(PINYIN + WORDS)).capitalize()}{pick('@#!_.')}{R.randrange(2019, 2028)}"
    if style == "random":
        pool = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
        chars = [pick(list(pool)) for _ in range(R.randrange(10, 17))]
        for _ in range(R.randrange(1, 4)):
            chars[R.randrange(1, len(chars))] = str(pick(list("!#$*_-.^+")))
        chars[R.randrange(len(chars))] = str(R.randrange(10))
        return "".join(chars)
    if style == "phrase":
        return "-".join(str(pick(WORDS)) for _ in range(3)) + str(R.randrange(10, 99))
    if style == "pinyin":
        return f"{pick(PINYIN)}{R.randrange(1970, 2005)}{R.randrange(1, 13):02d}{R.randrange(1, 29):02d}"
    if style == "keyboard":
        return str(pick(["1qaz@WSX", "Qwe123!@#", "zaq1@WSX", "1qaz2wsx#EDC", "Asdf!2345", "qweASD123!"])) + str(R.randrange(10, 99))
    if style == "company":
        return f"{pick(['HZjt', 'SZkj', 'Bjyd', 'Ops', 'Erp', 'Crm', 'Fin'])}_{R.randrange(2023, 2028)}{pick(['Q1', 'Q3', 'Q4', 'v2', 'x'])}{pick('!#*')}"
    if style == "digits":
        return "".join(str(R.randrange(10)) for _ in range(R.randrange(8, 11)))
    raise ValueError(style)


def ip() -> str:
    return str(pick([f"10.{R.randrange(0, 255)}.{R.randrange(0, 255)}.{R.randrange(2, 254)}",
                     f"172.{R.randrange(16, 32)}.{R.randrange(0, 255)}.{R.randrange(2, 254)}",
                     f"192.168.{R.randrange(0, 255)}.{R.randrange(2, 254)}"]))


def P(value: str) -> str:
    return "{{PASSWORD:" + value + "}}"


def I(value: str) -> str:
    return "{{IP_ADDRESS:" + value + "}}"


def dsn(inner: str) -> str:
    return "{{DB_CONNECTION_STRING:" + inner + "}}"


def history(lines: list[str]) -> str:
    """Numbered `history` output around the given commands."""
    filler = ["ls -l /data/backup", "df -h", "cd /opt/app", "tail -f logs/app.log", "systemctl status nginx",
              "vim /etc/hosts", "top", "free -m", "ps aux | grep java", "git pull", "cat /etc/os-release"]
    out, n = [], R.randrange(100, 900)
    for cmd in [*R.sample(filler, 2), *lines, *R.sample(filler, 2)]:
        out.append(f"  {n}  {cmd}")
        n += 1
    return "\n".join(out)


# --- positive documents ----------------------------------------------------------------------------------------
def shell_history() -> tuple[str, str, str | None]:
    h, pw, u = ip(), password(), str(pick(USERS))
    cmd = pick([
        f"sshpass -p '{P(pw)}' ssh -o StrictHostKeyChecking=no {u}@{I(h)}",
        f"mysql -u{u} -p{P(pw)} -h {I(h)} -P 3306 orders",
        f"redis-cli -h {I(h)} -p 6379 -a {P(pw)} info replication",
        f"echo '{P(pw)}' | sudo -S systemctl restart app",
        f"htpasswd -b -c /etc/nginx/.htpasswd {u} {P(pw)}",
        f"echo \"{u}:{P(pw)}\" | chpasswd",
        f"zip -r -P {P(pw)} export_2026.zip ./export",
        f"7z a -p{P(pw)} -mhe=on payroll.7z payroll/",
        f"openssl pkcs12 -export -in server.crt -inkey server.key -out server.p12 -passout pass:{P(pw)}",
        f"keytool -importkeystore -srckeystore server.p12 -destkeystore server.jks -deststorepass {P(pw)}",
        f"wget --user={u} --password={P(pw)} ftp://{I(h)}/outgoing/report.csv",
        f"lftp -u {u},{P(pw)} sftp://{I(h)}",
        f"rabbitmqctl add_user {u} {P(pw)}",
        f"ipmitool -I lanplus -H {I(h)} -U ADMIN -P {P(pw)} power status",
        f"sqlcmd -S {I(h)} -U sa -P {P(pw)} -Q \"SELECT @" + "@VERSION\"",
        f"mongosh \"{dsn('mongodb://' + u + ':' + P(pw) + '@' + I(h) + ':27017/admin')}\"",
        f"export PGPASSWORD={P(pw)}",
        f"mysqladmin -uroot -p{P(pw)} password {P(password())}",
    ])
    intro = pick(["帮我看看这台机器上谁执行过什么：\n", "history 输出如下，审计要用：\n", "", "Which of these commands leak secrets?\n"])
    return "shell_history", f"{intro}{history([str(cmd)])}", None


def dotenv() -> tuple[str, str, str | None]:
    key = pick(["DB_PASS", "SMTP_PASSWORD", "ADMIN_PWD", "MAIL_PASS", "FTP_PASSWD", "LDAP_BIND_PASSWORD", "NACOS_PASSWORD"])
    pw = password()
    body = "\n".join([f"APP_ENV={pick(['staging', 'prod', 'uat'])}", f"DB_HOST={pick(HOSTS)}", f"DB_USER={pick(USERS)}",
                      f"{key}={P(pw)}", "LOG_LEVEL=info"])
    intro = pick(["这个 .env 提交上去会有问题吗？\n", "容器起不来，环境变量如下：\n", "Here is our .env for the worker:\n"])
    return "dotenv", intro + body, None


def compose() -> tuple[str, str, str | None]:
    pw1, pw2 = password(), password()
    svc = pick([("mysql:8.0", "MYSQL_ROOT_PASSWORD"), ("postgres:16", "POSTGRES_PASSWORD"),
                ("rabbitmq:3-management", "RABBITMQ_DEFAULT_PASS"), ("minio/minio", "MINIO_ROOT_PASSWORD"),
                ("grafana/grafana", "GF_SECURITY_ADMIN_PASSWORD")])
    if R.random() < 0.5:
        env = f"    environment:\n      - {svc[1]}={P(pw1)}\n      - TZ=Asia/Shanghai"
    else:
        env = f"    environment:\n      {svc[1]}: \"{P(pw1)}\"\n      TZ: Asia/Shanghai"
    extra = f"  cache:\n    image: redis:7\n    command: redis-server --requirepass {P(pw2)}\n" if R.random() < 0.5 else ""
    doc = f"docker-compose.yml 起不来，帮忙看下：\nservices:\n  db:\n    image: {svc[0]}\n{env}\n{extra}    ports:\n      - \"3306:3306\""
    return "compose", doc, None


def k8s_secret() -> tuple[str, str, str | None]:
    pw = password()
    key = pick(["password", "DB_PASSWORD", "redis-password", "admin_pwd"])
    doc = (f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: {pick(['db-cred', 'app-secret', 'redis-auth'])}\n"
           f"  namespace: {pick(['prod', 'payment', 'infra'])}\ntype: Opaque\nstringData:\n  username: {pick(USERS)}\n"
           f"  {key}: \"{P(pw)}\"\n")
    return "k8s_secret", pick(["kubectl apply 报错，yaml 如下：\n", "这个 Secret 写法对吗？\n", ""]) + doc, None


def properties() -> tuple[str, str, str | None]:
    pw, h = password(), ip()
    key = pick(["spring.datasource.password", "jdbc.password", "spring.mail.password", "spring.rabbitmq.password",
                "ftp.pwd", "sftp.passwd"])
    url = dsn(f"jdbc:mysql://{I(h)}:3306/{pick(['crm', 'oa', 'mes'])}?useUnicode=true&characterEncoding=utf8")
    doc = (f"# application-{pick(['prod', 'test'])}.properties\nspring.datasource.url={url}\n"
           f"spring.datasource.username={pick(USERS)}\n{key}={P(pw)}\nserver.port=8080")
    return "properties", pick(["启动时报 Communications link failure：\n", "", "配置文件如下，帮我检查：\n"]) + doc, None


def ini_file() -> tuple[str, str, str | None]:
    pw = password()
    form = pick(["mycnf", "odbc", "redis", "generic"])
    if form == "mycnf":
        doc = f"~/.my.cnf 内容：\n[client]\nuser={pick(USERS)}\npassword=\"{P(pw)}\"\nhost={pick(HOSTS)}"
    elif form == "odbc":
        doc = f"odbc.ini：\n[ReportDSN]\nDriver=ODBC Driver 18 for SQL Server\nServer={pick(HOSTS)}\nUID={pick(USERS)}\nPWD={P(pw)}"
    elif form == "redis":
        doc = f"redis.conf 改了这几行：\nbind 0.0.0.0\nprotected-mode yes\nrequirepass {P(pw)}\nmasterauth {P(password())}"
    else:
        doc = f"[ftp]\nhost = {pick(HOSTS)}\nuser = {pick(USERS)}\npasswd = {P(pw)}\n[log]\nlevel = debug"
    return "ini", doc, None


def sql() -> tuple[str, str, str | None]:
    pw, u = password(), str(pick(USERS))
    stmt = pick([
        f"CREATE USER '{u}'@'%' IDENTIFIED BY '{P(pw)}';\nGRANT SELECT ON dw.* TO '{u}'@'%';",
        f"ALTER USER '{u}'@'localhost' IDENTIFIED WITH mysql_native_password BY '{P(pw)}';",
        f"SET PASSWORD FOR '{u}'@'%' = '{P(pw)}';",
        f"CREATE ROLE {u} WITH LOGIN PASSWORD '{P(pw)}' VALID UNTIL '2027-12-31';",
        f"ALTER ROLE {u} PASSWORD '{P(pw)}';",
        f"CREATE LOGIN {u} WITH PASSWORD = '{P(pw)}', CHECK_POLICY = OFF;",
        f"ALTER USER {u.upper()} IDENTIFIED BY \"{P(pw)}\" ACCOUNT UNLOCK;",
    ])
    intro = pick(["上线脚本里这段 SQL 有问题吗？\n", "DBA 发来的建账号语句：\n", "-- migration 0042\n"])
    return "sql", f"{intro}{stmt}", None


def cli_creds() -> tuple[str, str, str | None]:
    pw, u, h = password(), str(pick(USERS)), ip()
    cmd = pick([
        f"curl -u {u}:{P(pw)} http://{I(h)}:9200/_cat/indices",
        f"curl -s --user '{u}:{P(pw)}' https://nexus.corp-example.cn/service/rest/v1/repositories",
        f"git clone https://{u}:{P(pw)}@git.corp-example.cn/infra/ansible.git",
        f"smbclient //{I(h)}/share -U '{u}%{P(pw)}'",
        f"docker login -u {u} -p {P(pw)} harbor.corp-example.cn",
        f"mysql --host={I(h)} --user={u} --password={P(pw)} -e 'show slave status\\G'",
    ])
    intro = pick(["这个命令为什么 401？\n", "脚本里有一行：\n", "Jenkins 的构建日志里打印了：\n+ ", ""])
    return "cli", f"{intro}{cmd}", None


def expect_script() -> tuple[str, str, str | None]:
    pw, h = password(), ip()
    doc = (f"#!/usr/bin/expect\nset timeout 10\nspawn ssh {pick(USERS)}@{I(h)}\nexpect \"*password:\"\n"
           f"send \"{P(pw)}\\r\"\ninteract")
    return "expect", "这个 expect 脚本能不能改成密钥登录？\n" + doc, "en"


def basic_header() -> tuple[str, str, str | None]:
    u, pw = str(pick(USERS)), password()
    tok = base64.b64encode(f"{u}:{pw}".encode()).decode()
    doc = pick([
        f"GET /api/v2/orders HTTP/1.1\nHost: gw.corp-example.cn\nAuthorization: Basic {P(tok)}\nAccept: */*",
        f"抓包看到请求头里带着 Authorization: Basic {P(tok)}，这样安全吗？",
        "requests.get(url, headers={\"Authorization\": \"Basic " + P(tok) + "\"})",
    ])
    return "basic_auth", str(doc), None


def jdbc_url() -> tuple[str, str, str | None]:
    pw, h, u = password(), ip(), str(pick(USERS))
    url = pick([
        f"jdbc:mysql://{I(h)}:3306/orders?user={u}&password={P(pw)}&useSSL=false",
        f"jdbc:sqlserver://{I(h)}:1433;databaseName=HR;user={u};password={P(pw)};encrypt=false",
        f"jdbc:postgresql://{I(h)}:5432/dw?user={u}&password={P(pw)}",
        f"mysql://{u}:{P(pw)}@{I(h)}:3306/crm",
        f"redis://:{P(pw)}@{I(h)}:6379/2",
    ])
    intro = pick(["连接串是这个，一直连不上：\n", "datasource url = ", "日志里打印出来的连接串：", "The connection string in the ticket: "])
    return "jdbc", f"{intro}{dsn(str(url))}", None


def redis_auth() -> tuple[str, str, str | None]:
    h, pw = ip(), password()
    doc = (f"$ redis-cli -h {I(h)}\n{I(h)}:6379> AUTH {P(pw)}\nOK\n{I(h)}:6379> CONFIG GET maxmemory\n1) \"maxmemory\"\n2) \"0\"")
    return "redis_auth", "redis 内存一直涨，会话记录：\n" + doc, None


def wifi_notice() -> tuple[str, str, str | None]:
    pw = password(str(pick(["digits", "word_year", "phrase", "pinyin"])))
    ssid = f"{pick(['Guest', 'Office', 'Visitor', 'HZ-Staff', 'CMCC-Meeting'])}-{R.randrange(1, 30)}F"
    doc = pick([
        f"【行政通知】本周起访客网络更换为 {ssid}，密码：{P(pw)}，请前台同事更新桌牌。",
        f"各位同事：\n  会议室无线网络 {ssid}\n  Wi-Fi 密钥 {P(pw)}\n如连接异常请联系 IT 服务台。",
        f"WLAN：{ssid} ／ 密码 {P(pw)}（区分大小写）",
        f"Guest Wi-Fi for the workshop: {ssid}, password {P(pw)}",
        f"餐厅wifi：{ssid}，wifi密码是{P(pw)}哦",
    ])
    return "wifi", str(doc), None


def ops_chat_zh() -> tuple[str, str, str | None]:
    pw, h, u = password(), ip(), str(pick(USERS))
    line = pick([
        f"新机器 {I(h)} 装好了，root 密码是 {P(pw)}，登上去先改掉",
        f"堡垒机的登录口令改成了 {P(pw)}，旧的作废",
        f"给你开了账号 {u}，初始口令 {P(pw)}，首次登录会让你改",
        f"账号/密码：{u}/{P(pw)}",
        f"{u} pwd: {P(pw)}",
        f"数据库只读账号 {u}，passwd {P(pw)}",
        f"邮箱密码我改成 {P(pw)} 了，你先用着",
        f"VPN 密码重置为 {P(pw)}，明早 9 点前生效",
        f"用户名 {u} 密码 {P(pw)}（测试环境）",
        f"那台交换机的 enable 密码：{P(pw)}",
    ])
    who = pick([("值班", "收到"), ("运维小组", "好的谢谢"), ("A", "B")])
    doc = f"{who[0]}：{line}\n{who[1]}：{pick(['收到', '好，我试一下', '👌', '登上去了'])}"
    return "chat_zh", pick(["帮我把群聊整理成交接文档：\n", "以下是工作群记录，请总结：\n", ""]) + doc, "zh"


def ops_chat_en() -> tuple[str, str, str | None]:
    pw, u = password(), str(pick(USERS))
    line = pick([
        f"the root pw for the new box is {P(pw)} - rotate it after you log in",
        f"creds for staging: {u} / {P(pw)}",
        f"jump host password: {P(pw)}",
        f"I reset the svc account, new password is {P(pw)}",
        f"login {u}, pass {P(pw)}",
    ])
    return "chat_en", f"[10:{R.randrange(10, 59)}] ops: {line}\n[10:{R.randrange(10, 59)}] dev: thanks", "en"


def handover_mail() -> tuple[str, str, str | None]:
    pw, u = password(), str(pick(USERS))
    doc = (f"主题：系统账号开通通知\n\n您好，\n  您申请的 {pick(['OA', 'ERP', 'CRM', '财务', '报表'])} 系统账号已开通：\n"
           f"  登录名：{u}\n  初始密码：{P(pw)}\n  请于首次登录后修改密码，密码有效期 90 天。\n\n信息中心")
    return "mail_zh", doc, "zh"


# --- documents without gold ------------------------------------------------------------------------------------
NEGATIVES: list[tuple[str, str]] = [
    ("neg_login_error", "用户反馈：登录提示“用户名或密码错误”，连续输错 5 次后账号被锁定 30 分钟。怎么回复比较好？"),
    ("neg_login_error", "ERROR 1045 (28000): Access denied for user 'report'@'localhost' (using password: YES)\n是密码错了还是权限问题？"),
    ("neg_login_error", "2026-11-30 09:12:44 WARN auth failed: invalid password for user=ops01 from=gateway attempts=3"),
    ("neg_forgot", "忘记密码怎么办？在登录页点“忘记密码”，用绑定的手机号接收验证码后即可重置。"),
    ("neg_forgot", "客户说收不到重置密码的短信，已经过了 10 分钟，请帮我写一段安抚的回复。"),
    ("neg_policy", "密码策略：长度不少于 12 位，须同时包含大写字母、小写字母、数字和特殊字符；90 天强制更换；不得与最近 5 次相同。"),
    ("neg_policy", "ALTER PROFILE app_users LIMIT PASSWORD_LIFE_TIME 90 PASSWORD_REUSE_MAX 5 FAILED_LOGIN_ATTEMPTS 6;"),
    ("neg_policy", "password_min_length = 12\npassword_require_symbol = true\npassword_expire_days = 90"),
    ("neg_policy", "Password rules: at least 12 characters, no dictionary words, do not reuse your last five passwords."),
    ("neg_placeholder", "DB_HOST=localhost\nDB_USER=app\nDB_PASSWORD=[[placeholder_password:<password>]]\n请把尖括号替换成你自己的密码。"),
    ("neg_placeholder", "spring.datasource.password=[[placeholder_password:${DB_PASSWORD}]]\nspring.datasource.username=${DB_USER}"),
    ("neg_placeholder", "数据库密码：[[masked_password:******]]（已脱敏，如需请走审批）"),
    ("neg_placeholder", "env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: db-cred\n        key: password"),
    ("neg_placeholder", "password: \"[[placeholder_password:{{ .Values.mysql.auth.rootPassword }}]]\"\n这是 helm chart 里的模板。"),
    ("neg_placeholder", "      - MYSQL_ROOT_PASSWORD_FILE=/run/secrets/mysql_root\nsecrets:\n  mysql_root:\n    file: ./secrets/mysql_root.txt"),
    ("neg_placeholder", "curl -u \"$NEXUS_USER:$NEXUS_PASS\" https://nexus.corp-example.cn/service/rest/v1/status"),
    ("neg_placeholder", "CREATE USER 'app'@'%' IDENTIFIED BY '[[placeholder_password:<新密码>]]';  -- 执行前替换"),
    ("neg_placeholder", "在 redis-cli 里先执行 AUTH [[placeholder_password:<password>]]，再执行 INFO。"),
    ("neg_placeholder", "mysql -h db.internal -u report -p\nEnter password:\n（回车后输入密码，不要写在命令行里）"),
    ("neg_placeholder", "echo \"$REGISTRY_TOKEN\" | docker login harbor.corp-example.cn -u ci-bot --password-stdin"),
    ("neg_placeholder", "# requirepass [[placeholder_password:foobared]]\n这是 redis.conf 自带的注释示例，我们没有启用密码。"),
    ("neg_placeholder", "账号：admin\n密码：[[placeholder_password:见密码柜]]\n（请找行政登记后领取）"),
    ("neg_placeholder", "password = (sensitive value)\nterraform plan 输出里显示这样，正常吗？"),
    ("neg_hash", "/etc/shadow 里这一行是什么意思？\nroot:[[hash:$6$Zq8LmPw2$T9sVx0pQe3yWbN7uKc4fR1dHa6GjLmOiZ5tUvXyB2nC8eD0fS7gK1hJ3lM9oP4qR6sT2uV5wX7yZ0aB1cD3eF.]]:19700:0:99999:7:::"),
    ("neg_hash", "数据库里存的是 bcrypt：password_hash = '[[hash:$2b$12$KIXQ4Gp7sY1nR0mVt3wUeOa9LzXcB5dF8hJ2kM6pQ4rS7tU1vW3yC]]'，能反推明文吗？"),
    ("neg_hash", "htpasswd 文件：\nadmin:[[hash:$apr1$x9Kq2LmP$Vb3nR7tY1uI5oP8aS2dF6g]]\n这是什么算法？"),
    ("neg_hash", "LDAP 导出：\ndn: uid=ops01,ou=people,dc=corp,dc=example\nuserPassword: [[hash:{SSHA}Xk3Lm9Qp2Rs7Tv1Wy5Za8Bc4De6Fg0Hj]]"),
    ("neg_hash", "sha256(密码+盐) 的结果 [[sha256:5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8]] 和库里的对不上。"),
    ("neg_prose", "密码学课程第三讲：对称加密与非对称加密的区别，以及为什么口令不能明文存储。"),
    ("neg_prose", "家里的密码锁没电了，用应急钥匙打开后要怎么换电池？"),
    ("neg_prose", "新密码不能与旧密码相同，且不能包含用户名。请重新输入。"),
    ("neg_prose", "请输入 6 位数字支付密码以完成付款。"),
    ("neg_prose", "动态密码已发送至您尾号 [[masked_phone:****]] 的手机，5 分钟内有效。"),
    ("neg_prose", "Wi-Fi 不需要密码，连接 Guest-3F 后在弹出的页面用手机号认证即可。"),
    ("neg_prose", "访客 WiFi 密码每周一更换，贴在前台；员工网络请用域账号登录。"),
    ("neg_prose", "安全规范：禁止在命令行里写 -p 密码，禁止把密码写进 .env 提交到仓库，统一使用 Vault。"),
    ("neg_prose", "The password field is case-sensitive; if you forgot your password, ask the service desk to reset it."),
    ("neg_prose", "WWW-Authenticate: Basic realm=\"Restricted Area\"\n这个响应头是服务端要求 Basic 认证的意思吗？"),
    ("neg_prose", "为什么 MySQL 8 默认用 caching_sha2_password 插件？老客户端连不上怎么办？"),
    ("neg_prose", "请在 30 天内修改初始密码，逾期账号将被冻结。如有疑问请联系信息中心。"),
    ("neg_code", "def login(user, password):\n    if not check_password(user, password):\n        raise AuthError(\"用户名或密码错误\")"),
    ("neg_code", "cursor.execute(\"ALTER USER %s IDENTIFIED BY %s\", (name, new_password))"),
    ("neg_code", "const password = process.env.DB_PASSWORD;\nif (!password) throw new Error('DB_PASSWORD not set');"),
    ("neg_code", "<input type=\"password\" name=\"pwd\" placeholder=\"请输入密码\" autocomplete=\"current-password\">"),
    ("neg_code", "PGPASSFILE=~/.pgpass psql -h db.internal -U report dw\n# 密码放在 ~/.pgpass 里，权限 600"),
]

FAMILIES: list[tuple[Callable[[], tuple[str, str, str | None]], int]] = [
    (shell_history, 16), (dotenv, 7), (compose, 7), (k8s_secret, 5), (properties, 7), (ini_file, 8), (sql, 9),
    (cli_creds, 8), (expect_script, 3), (basic_header, 5), (jdbc_url, 7), (redis_auth, 3), (wifi_notice, 7),
    (ops_chat_zh, 12), (ops_chat_en, 5), (handover_mail, 3),
]


def _docs() -> list[tuple[str, str, str | None]]:
    docs = [fam() for fam, n in FAMILIES for _ in range(n)]
    docs += [(kind, text, None) for kind, text in NEGATIVES]
    R.shuffle(docs)
    return docs


DOCS: list[tuple[str, str, str | None]] = _docs()

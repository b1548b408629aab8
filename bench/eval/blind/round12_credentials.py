"""Round 12c blind corpus: credentials as people write them in conversation and in data exports, and look-alikes.

Why: issue 3 asks PASSWORD recall 0.97 on the hold-out (0.926 after round 11). Earlier rounds wrote credentials
after a key or label on the same line; people also hand them over across chat turns (a question, then the value
alone on a later line), name two in one sentence (old and new, "try A, if that fails B"), and export them as
data: SQL rows whose password column is named only by an earlier CREATE TABLE or a header comment, CSV / TSV
with a header row, Markdown tables, YAML lists, .netrc lines, and inside command lines, basic-auth URLs, Wi-Fi
sharing messages and DSNs. API keys are pasted into chat with the vendor's name. This round was written from the
labeling conventions only (/work/shared/eval/README.md), before the detectors were run on it:

- PASSWORD is the value only: the answer line itself when a chat turn asks for a password and a later turn
  answers with the value alone; each value when a sentence names two; the cell of the password column in SQL
  VALUES rows, CSV / TSV rows, Markdown tables and query output; the `P:` field of a Wi-Fi QR string; the part
  after `user:` in `curl -u` and in basic-auth URLs (not a connection string: only the password is labeled).
- DB_CONNECTION_STRING is the whole URI / JDBC / ADO.NET string, with the PASSWORD and an IP host nested.
- API_KEY is the token only, in the vendor's published shape, tagged with the vendor.
- No gold: answers that do not give the value (私聊 / 见 Vault / same as before), placeholders (`${VAR}`,
  `<password>`, `:new_password`, `#{password}`, `?`), masked values, hashes (bcrypt, apr1, sha256, md5),
  password policies, "forgot password" help text, example and dummy values described as such (the AWS
  documentation key, weak-password blacklists), terminal prompts without a value.
- Left out on purpose: passwords spelled out in voice transcripts ("大写A小写b…"): the conventions do not say
  whether the spelled words or the value they spell is the span.

Values are synthetic: seeded random and word pools not used by earlier rounds, account names from a role pool,
API keys in the vendors' published shapes from bench/eval/values.py. About 30 % of the documents have no gold.

    python -m bench.eval.blind.build --round12c     # writes bench/eval/corpus/blind-round12c.jsonl
"""
from __future__ import annotations

import random
from collections.abc import Callable

from bench.eval import values
from bench.eval.blind.draws import Draws
from bench.eval.blind.markup import API_KEY, DSN as D, EMAIL as E, IP as I, PASSWORD as P  # noqa: N811, E741

SEED = 120312
R = random.Random(SEED)

Doc = tuple[str, str, str | None]

WORDS = ["maple", "tundra", "pebble", "lychee", "cinder", "mosaic", "nectar", "riddle", "sequoia", "tangent",
         "walrus", "zenith", "fjord", "hollow", "nimbus", "paprika", "quill", "ripple"]
PINYIN = ["xinghe", "yunfan", "qingcheng", "mingyue", "haitang", "songtao", "lanxi", "feiyu", "tianlang", "chenxi",
          "ruoshui", "jinlin"]
ZH_WORDS = ["远航", "晴川", "松风", "海棠", "听雨", "飞鸿"]
DOMAINS = ["cx-example.cn", "intra.example.com", "bj.example.net", "sz-example.com.cn", "corp.example.org"]
ACCOUNTS = ["admin", "root", "ops_ro", "svc_report", "etl_loader", "kf01", "hr_admin", "fin_audit", "deploy",
            "ci-bot", "backup", "monitor", "dev_test", "bi_reader", "app_rw", "sa", "postgres", "guest01",
            "u_10023", "emp20391", "scanner", "webmaster"]
SYSTEMS = ["VPN", "OA", "ERP", "堡垒机", "Jenkins", "Grafana", "测试库", "邮箱", "NAS", "GitLab", "报销系统", "CRM",
           "Harbor", "Kibana", "路由器后台", "财务系统"]
SSIDS = ["CX-Office-5G", "Guest-3F", "HQ_Staff", "Meeting-Room-B", "Lab-IoT-2.4G", "TP-LINK_7F2A", "ChinaNet-Home88",
         "Studio_5G", "Warehouse-AP"]

_DRAWS = Draws(R)
pick, turn = _DRAWS.pick, _DRAWS.turn
ip, rnd = _DRAWS.private_ip, _DRAWS.chars

SAFE_DROP = set("&*~^!$#%=@'\" |,;:/?`\\")


def password(kind: str | None = None, safe: bool = False) -> str:
    """A synthetic password; `safe` keeps it to letters, digits, `.`, `-` and `_` (URLs, CSV, shells, tables)."""
    kind = kind or pick(["camel", "random", "random", "pinyin_date", "phrase", "initials", "camel", "hexish",
                         "zh"])
    if kind == "camel":
        v = f"{pick(WORDS).capitalize()}{pick(WORDS).capitalize()}{R.randrange(10, 99)}{pick(['!', '#', ''])}"
    elif kind == "random":
        pool = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
        chars = [pick(list(pool)) for _ in range(R.randrange(10, 17))]
        for _ in range(R.randrange(1, 3)):
            chars[R.randrange(1, len(chars))] = pick(list("#%&*+-_!@.$"))
        chars[R.randrange(len(chars))] = pick(list("23456789"))
        chars[-1] = pick(list(pool))   # no trailing '.' or '-' that a sentence's own punctuation could swallow
        v = "".join(chars)
    elif kind == "pinyin_date":
        v = f"{pick(PINYIN)}@{R.randrange(1, 13):02d}{R.randrange(1, 29):02d}"
    elif kind == "phrase":
        v = f"{pick(WORDS)}-{pick(WORDS)}-{R.randrange(10, 99)}-{pick(WORDS).capitalize()}"
    elif kind == "initials":
        v = f"{pick(list('ZWLYHXCJM'))}{''.join(pick(list('zwlyhxcjmq')) for _ in range(2))}#{R.randrange(2024, 2030)}{pick(list('qxkv'))}"
    elif kind == "hexish":
        v = f"{pick(['Kx', 'Rv', 'Tq', 'Nm'])}{R.randrange(100, 999)}{pick(['!', '_', '.'])}{pick(WORDS)[:3].upper()}{R.randrange(10, 99)}"
    elif kind == "zh":
        v = f"{pick(ZH_WORDS)}{R.randrange(1000, 9999)}{pick(['!', '#'])}"
    else:
        raise ValueError(kind)
    if safe:
        v = "".join(c if c not in SAFE_DROP else pick(["_", ".", "-"]) for c in v)
        v = v.strip("._-") or "Fallback42"
    return v


def acct() -> str:
    return pick(ACCOUNTS)


def host(kind: str | None = None) -> str:
    kind = kind or pick(["db", "git", "nexus", "harbor", "ftp", "jump", "api", "wiki"])
    return f"{kind}{R.randrange(1, 9)}.{pick(DOMAINS)}"


ALNUM = values.ALNUM
HEXL = "0123456789abcdef"


def clocks() -> tuple[str, str]:
    """Two chat times, the second a few minutes after the first."""
    h, m = R.randrange(8, 21), R.randrange(0, 50)
    later = m + R.randrange(1, 10)
    return f"{h:02d}:{m:02d}", f"{h:02d}:{later:02d}"


# --- a password asked for and answered in a later turn ---------------------------------------------------------
def chat_answer() -> Doc:
    """A question in one turn, the password alone in a later turn (zh, en, mixed; IM, Q/A, mail, tickets)."""
    pw, s, u = password(), pick(SYSTEMS), acct()
    t1, t2 = clocks()
    form = turn("answer", [
        f"A：{s}密码多少来着？\nB：{P(pw)}",
        f"[{t1}] 我: {s} 的登录密码是啥？\n[{t1}] 运维: 稍等我查一下\n[{t2}] 运维: {P(pw)}",
        f"Q: What's the password for the {s} admin account?\nA: {P(pw)}",
        f"> {s} 管理员密码？\n\n{P(pw)}\n\n用完记得改",
        f"用户：我忘了 {s} 的密码，能帮忙重置吗\n客服：已为您重置，新密码：\n{P(pw)}\n请登录后尽快修改。",
        f"me: pw for the staging box?\nops: {P(pw)}\nops: sudo works with the same one",
        f"> 能把测试环境数据库的口令发我一下吗？\n\n{P(pw)}\n\n（单独发的，看完删掉）",
        f"@ops {s} password 多少？\n回复 @我：{P(pw)}",
        f"{s} 密码呢？\n\n👉 {P(pw)}",
        f"工单 #{R.randrange(10000, 99999)} 申请 {s} 只读账号\n处理结果：已开通，账号 {u}，密码见下一行\n{P(pw)}",
        f"What's the Wi-Fi password in here?\n{P(password(safe=True))}\nthanks!",
        f"对方 {t1}\n你的{s}初始密码\n对方 {t1}\n{P(pw)}\n我 {t2}\n收到",
        f"账号？\n{u}\n密码？\n{P(pw)}",
        f"Can you DM me the root password for {host('db')}?\nSure —\n{P(pw)}\n(rotating it on Friday)",
        f"问：跳板机口令？\n答：{P(pw)}",
        f"{s}的密码发我下\n{P(pw)}\n别截图外传哈",
        f"sudo 密码是？\n`{P(pw)}`",
        f"- {s} 登不上，密码是不是改了？\n- 改了，现在是\n- {P(pw)}",
        f"Me {t1}: whats the {s} login again\nIT {t2}: user {u}\nIT {t2}: {P(pw)}",
        f"【{s}】\n请问管理员密码？\n—— {P(pw)}",
    ])
    return "chat_answer", form, None


# --- two passwords in one sentence -----------------------------------------------------------------------------
def two_passwords() -> Doc:
    """Old and new, first try and fallback, two accounts or two networks in one sentence."""
    a, b, s = password(), password(), pick(SYSTEMS)
    while b == a:
        b = password()
    form = turn("two", [
        f"{s}旧密码 {P(a)}，新密码 {P(b)}，旧的今晚失效。",
        f"先试试 {P(a)}，不行的话就是 {P(b)}，{s}那边我也记不太清了",
        f"{s} password: try {P(a)} first; if that fails, {P(b)}.",
        f"{s} root 密码 {P(a)}，app 用户的是 {P(b)}",
        f"The old {s} password ({P(a)}) no longer works, use {P(b)} from now on.",
        f"原口令 {P(a)} 已停用，新口令为 {P(b)}，请于 24 小时内登录修改。",
        f"{s}密码要么是 {P(a)} 要么是 {P(b)}，你两个都试一下",
        f"I changed the {s} password from {P(a)} to {P(b)} this morning.",
        f"把{s}密码从 {P(a)} 改成 {P(b)} 了",
        f"{s}密码：测试环境 {P(a)}，生产环境 {P(b)}",
        f"Wi-Fi 密码：5G 的是 {P(a)}，2.4G 的是 {P(b)}",
        f"DB_PASS 和 REDIS_PASS 分别是 {P(a)} 和 {P(b)}",
        f"{s} 后台：管理员 admin/{P(a)}，普通用户 user/{P(b)}",
        f"pw 是 {P(a)} or maybe {P(b)}, 我 forgot 是哪个了",
    ])
    return "two_passwords", form, None


# --- SQL ---------------------------------------------------------------------------------------------------------
def sql_rows() -> Doc:
    """INSERT VALUES with and without a column list (an earlier CREATE TABLE or a header names the column),
    UPDATE … SET, and query output."""
    a, b, u, u2 = password(safe=True), password(safe=True), acct(), acct()
    n = R.randrange(2, 90)
    tbl = pick(["t_user", "sys_account", "op_user", "app_users", "member", "accounts"])
    form = turn("sql", ["create_insert", "dump", "header_comment", "block_comment", "col_list_reordered",
                        "update", "update_backtick", "update_dq", "sqlite", "psql", "oracle", "multi_row",
                        "create_insert_lower", "replace_into", "update_two", "col_list_multi"])
    if form == "create_insert":
        doc = (f"CREATE TABLE {tbl} (id INT PRIMARY KEY, login VARCHAR(32), pwd VARCHAR(64), dept VARCHAR(16));\n"
               f"INSERT INTO {tbl} VALUES ({n}, '{u}', '{P(a)}', 'ops');")
    elif form == "create_insert_lower":
        doc = (f"create table {tbl} (\n  uid integer,\n  username text,\n  passwd text,\n  enabled boolean\n);\n"
               f"insert into {tbl} values ({n}, '{u}', '{P(a)}', true);")
    elif form == "dump":
        doc = (f"DROP TABLE IF EXISTS `{tbl}`;\nCREATE TABLE `{tbl}` (\n  `id` bigint NOT NULL AUTO_INCREMENT,\n"
               f"  `account` varchar(64) DEFAULT NULL,\n  `password` varchar(128) DEFAULT NULL,\n"
               f"  `status` tinyint DEFAULT '1',\n  PRIMARY KEY (`id`)\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;\n"
               f"LOCK TABLES `{tbl}` WRITE;\nINSERT INTO `{tbl}` VALUES ({n},'{u}','{P(a)}',1),({n + 1},'{u2}','{P(b)}',0);\n"
               f"UNLOCK TABLES;")
    elif form == "header_comment":
        doc = (f"-- columns: id | username | password | created_at\n"
               f"INSERT INTO {tbl} VALUES ({n}, '{u}', '{P(a)}', '2026-0{R.randrange(1, 9)}-1{R.randrange(0, 9)}');")
    elif form == "block_comment":
        doc = f"/* 表结构：id, name, passwd, role */\ninsert into {tbl} values({n}, '{u}', '{P(a)}', 'admin');"
    elif form == "col_list_reordered":
        doc = f"INSERT INTO {tbl} (password, username, role) VALUES ('{P(a)}', '{u}', 'viewer');"
    elif form == "col_list_multi":
        doc = (f"INSERT INTO {tbl} (login_name, login_pwd, remark)\nVALUES\n  ('{u}', '{P(a)}', '测试'),\n"
               f"  ('{u2}', '{P(b)}', '临时');")
    elif form == "multi_row":
        doc = (f"CREATE TABLE creds (site VARCHAR(64), user_name VARCHAR(32), user_pass VARCHAR(64));\n"
               f"INSERT INTO creds VALUES\n('{host()}', '{u}', '{P(a)}'),\n('{host()}', '{u2}', '{P(b)}');")
    elif form == "update":
        doc = f"UPDATE {tbl} SET password = '{P(a)}', updated_at = NOW() WHERE id = {n};"
    elif form == "update_backtick":
        doc = f"UPDATE `{tbl}` SET `pwd` = '{P(a)}' WHERE `login` = '{u}';"
    elif form == "update_dq":
        doc = f"update {tbl} set login_pwd = \"{P(a)}\" where uid = {R.randrange(10000, 99999)};"
    elif form == "update_two":
        doc = (f"UPDATE {tbl} SET passwd='{P(a)}' WHERE name='{u}';\n"
               f"UPDATE {tbl} SET passwd='{P(b)}' WHERE name='{u2}';")
    elif form == "sqlite":
        doc = (f"sqlite> .schema creds\nCREATE TABLE creds(site TEXT, user TEXT, pass TEXT);\n"
               f"sqlite> select * from creds;\n{host()}|{u}|{P(a)}\n{host()}|{u2}|{P(b)}")
    elif form == "psql":
        w = max(len(u), len(u2), 8)
        doc = (f"ledger=# SELECT username, password FROM {tbl} LIMIT 2;\n {'username'.ljust(w)} | password\n"
               f"-{'-' * w}-+-{'-' * 16}\n {u.ljust(w)} | {P(a)}\n {u2.ljust(w)} | {P(b)}\n(2 rows)")
    elif form == "oracle":
        doc = f"INSERT INTO APP_USERS (USER_NAME, USER_PWD, DEPT_ID) VALUES ('{u.upper()}', '{P(a)}', {n});"
    else:
        doc = f"REPLACE INTO {tbl} (id, account, secret_pwd) VALUES ({n}, '{u}', '{P(a)}');"
    intro = pick(["", "初始化数据：\n", "-- seed data for test env\n", "DBA 发来的 SQL：\n", "Found in the repo:\n",
                  "导出的数据，帮忙看看：\n"])
    return "sql", intro + doc, None


# --- CSV / TSV exports ---------------------------------------------------------------------------------------------
def csv_export() -> Doc:
    """Exports with a header row naming the password column (CSV, TSV, semicolons, password-manager layouts)."""
    a, b, u, u2 = password(safe=True), password(safe=True), acct(), acct()
    h1, h2 = host(), host()
    form = turn("csv", ["plain", "zh", "tsv", "semicolon", "quoted", "chrome", "bitwarden", "keepass", "ip_tsv",
                        "wide"])
    if form == "plain":
        doc = f"username,password,role\n{u},{P(a)},admin\n{u2},{P(b)},viewer"
    elif form == "zh":
        doc = f"系统,账号,密码,备注\n{pick(SYSTEMS)},{u},{P(a)},已开通\n{pick(SYSTEMS)},{u2},{P(b)},待改密"
    elif form == "tsv":
        doc = f"host\tuser\tpass\n{h1}\t{u}\t{P(a)}\n{h2}\t{u2}\t{P(b)}"
    elif form == "semicolon":
        doc = f"System;Login;Kennwort\n{pick(SYSTEMS)};{u};{P(a)}"
    elif form == "quoted":
        doc = f"\"site\",\"login\",\"password\"\n\"{h1}\",\"{u}\",\"{P(a)}\"\n\"{h2}\",\"{u2}\",\"{P(b)}\""
    elif form == "chrome":
        doc = f"name,url,username,password,note\n{h1},https://{h1}/login,{u},{P(a)},\n{h2},https://{h2}/,{u2},{P(b)},vpn"
    elif form == "bitwarden":
        doc = ("folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp\n"
               f"Work,,login,{pick(SYSTEMS)},,,0,https://{h1},{u},{P(a)},")
    elif form == "keepass":
        doc = (f"\"Account\",\"Login Name\",\"Password\",\"Web Site\",\"Comments\"\n"
               f"\"{pick(SYSTEMS)}\",\"{u}\",\"{P(a)}\",\"https://{h1}\",\"\"")
    elif form == "ip_tsv":
        doc = f"IP\t端口\t用户名\t密码\n{I(ip())}\t22\t{u}\t{P(a)}\n{I(ip())}\t22\t{u2}\t{P(b)}"
    else:
        doc = (f"id,dept,account,pwd,phone_ext,created\n{R.randrange(1, 99)},财务部,{u},{P(a)},{R.randrange(8000, 8999)},2026-03-0{R.randrange(1, 9)}\n"
               f"{R.randrange(100, 199)},人事部,{u2},{P(b)},{R.randrange(8000, 8999)},2026-04-1{R.randrange(0, 9)}")
    intro = pick(["", "导出的账号表：\n", "accounts.csv\n", "从共享盘里翻到的：\n", "Attached export (first rows):\n"])
    return "csv", intro + doc, None


# --- Markdown tables -----------------------------------------------------------------------------------------------
def md_table() -> Doc:
    """Markdown tables with a password column, a key/value table, backticks inside the cell."""
    a, b, u, u2 = password(safe=True), password(safe=True), acct(), acct()
    form = turn("md", ["zh_cols", "en_cols", "kv", "backtick", "aligned", "ip_cols", "kv_en", "three"])
    if form == "zh_cols":
        doc = (f"| 系统 | 地址 | 账号 | 密码 |\n|---|---|---|---|\n| {pick(SYSTEMS)} | https://{host()} | {u} | {P(a)} |\n"
               f"| {pick(SYSTEMS)} | https://{host()} | {u2} | {P(b)} |")
    elif form == "en_cols":
        doc = f"| Host | User | Password |\n|------|------|----------|\n| {host()} | {u} | {P(a)} |"
    elif form == "kv":
        doc = f"| 项目 | 值 |\n|---|---|\n| 账号 | {u} |\n| 密码 | {P(a)} |\n| 有效期 | 30 天 |"
    elif form == "backtick":
        doc = f"| 环境 | 账号 | 密码 |\n| --- | --- | --- |\n| test | {u} | `{P(a)}` |\n| uat | {u2} | `{P(b)}` |"
    elif form == "aligned":
        doc = f"| 名称 | 用户名 | 口令 |\n|:---|:---:|---:|\n| {pick(SYSTEMS)} | {u} | {P(a)} |"
    elif form == "ip_cols":
        doc = f"| IP | 账号 | 密码 | 用途 |\n|---|---|---|---|\n| {I(ip())} | {u} | {P(a)} | 跳板 |"
    elif form == "kv_en":
        doc = f"| Field | Value |\n|---|---|\n| Username | {u} |\n| Password | {P(a)} |\n| MFA | off |"
    else:
        doc = (f"| # | 设备 | 登录 | 密码 |\n|---|---|---|---|\n| 1 | 交换机 | {u} | {P(a)} |\n"
               f"| 2 | 防火墙 | {u2} | {P(b)} |\n| 3 | 打印机 | admin | 无 |")
    intro = pick(["", "交接文档：\n\n", "## Accounts\n\n", "Wiki 页面「环境信息」：\n\n"])
    return "md_table", intro + doc, None


# --- YAML lists ----------------------------------------------------------------------------------------------------
def yaml_list() -> Doc:
    """Passwords inside YAML sequences: block maps, flow maps, `- KEY=value`, Kubernetes env name/value."""
    a, b, u, u2 = password(), password(), acct(), acct()
    s = password(safe=True)
    form = turn("yaml", ["block", "flow", "ansible", "compose_list", "k8s_env", "rabbit", "nested", "action"])
    if form == "block":
        doc = f"users:\n  - name: {u}\n    password: \"{P(a)}\"\n  - name: {u2}\n    password: \"{P(b)}\""
    elif form == "flow":
        doc = f"accounts:\n  - {{user: {u}, password: '{P(a)}'}}\n  - {{user: {u2}, password: '{P(b)}'}}"
    elif form == "ansible":
        doc = (f"mysql_users:\n  - name: {u}\n    host: \"%\"\n    password: \"{P(a)}\"\n    priv: \"*.*:SELECT\"")
    elif form == "compose_list":
        doc = (f"services:\n  mysql:\n    image: mysql:8.4\n    environment:\n      - MYSQL_USER={u}\n"
               f"      - MYSQL_PASSWORD={P(s)}\n      - MYSQL_DATABASE=orders")
    elif form == "k8s_env":
        doc = (f"containers:\n  - name: api\n    env:\n      - name: DB_USER\n        value: {u}\n"
               f"      - name: DB_PASSWORD\n        value: \"{P(a)}\"")
    elif form == "rabbit":
        doc = f"users:\n- name: {u}\n  password: {P(s)}\n  tags: administrator\n- name: {u2}\n  password: {P(password(safe=True))}\n  tags: ''"
    elif form == "nested":
        doc = (f"environments:\n  - name: staging\n    db:\n      user: {u}\n      passwd: \"{P(a)}\"\n"
               f"  - name: prod\n    db:\n      user: {u2}\n      passwd: \"{P(b)}\"")
    else:
        doc = (f"steps:\n  - uses: docker/login-action@v3\n    with:\n      registry: harbor.{pick(DOMAINS)}\n"
               f"      username: {u}\n      password: {P(s)}")
    return "yaml_list", pick(["", "values.yaml:\n", "playbook 片段：\n", "配置贴一下：\n"]) + doc, None


# --- .netrc ---------------------------------------------------------------------------------------------------------
def netrc() -> Doc:
    """.netrc / _netrc: one line per machine, several machines, `default`."""
    a, b, u, u2 = password(safe=True), password(safe=True), acct(), acct()
    form = turn("netrc", [
        f"machine {host()} login {u} password {P(a)}",
        f"~/.netrc\nmachine {host('nexus')} login {u} password {P(a)}\nmachine {host('git')} login {u2} password {P(b)}",
        f"_netrc (Windows):\nmachine {host('ftp')}\n    login {u}\n    password {P(a)}\ndefault login {u2} password {P(b)}",
        f"echo \"machine {host('api')} login {u} password {P(a)}\" >> ~/.netrc && chmod 600 ~/.netrc",
    ])
    return "netrc", form, None


# --- command lines and basic-auth URLs -------------------------------------------------------------------------------
def cli_url() -> Doc:
    """docker login -p, curl -u user:pass, wget --password, helm, basic-auth URLs in commands and in chat."""
    s, u = password(safe=True), acct()
    form = turn("cli", [
        f"docker login -u {u} -p {P(s)} harbor.{pick(DOMAINS)}",
        f"docker login registry.{pick(DOMAINS)} --username {u} --password {P(s)}",
        f"echo '{P(password())}' | docker login -u {u} --password-stdin harbor.{pick(DOMAINS)}",
        f"curl -u {u}:{P(s)} https://{host('api')}/v1/health",
        f"curl --user \"{u}:{P(password())}\" -X POST http://{I(ip())}:8080/job/build/buildWithParameters",
        f"curl -s -u {u}:{P(s)} http://{I(ip())}:15672/api/overview | jq .",
        f"wget --user={u} --password={P(s)} ftp://{host('ftp')}/outgoing/report.zip",
        f"git clone https://{u}:{P(s)}@{host('git')}/infra/deploy.git",
        f"浏览器直接打开 https://{u}:{P(s)}@{host('wiki')}/ 就能进，不用再输密码",
        f"摄像头地址 http://admin:{P(s)}@{I(ip())}/cgi-bin/snapshot.cgi",
        f"helm repo add internal https://{host('nexus')}/repository/helm/ --username {u} --password {P(s)}",
        f"pip install -i https://{u}:{P(s)}@{host('nexus')}/repository/pypi/simple torch-utils",
    ])
    intro = pick(["", "$ ", "CI 日志里打出来的：\n", "Runbook:\n", "照着这个执行就行：\n"])
    return "cli_url", intro + form, None


# --- Wi-Fi sharing ---------------------------------------------------------------------------------------------------
def wifi() -> Doc:
    """Wi-Fi QR strings, notices, nmcli / wpa_passphrase / hostapd lines."""
    ssid, s = pick(SSIDS), password(safe=True)
    form = turn("wifi", [
        f"WIFI:T:WPA;S:{ssid};P:{P(s)};;",
        f"扫码连网，二维码内容：WIFI:S:{ssid};T:WPA;P:{P(s)};H:false;;",
        f"Wi-Fi：{ssid}\n密码：{P(s)}",
        f"访客网络 {ssid} 密码 {P(s)}，只限今天",
        f"nmcli dev wifi connect {ssid} password {P(s)}",
        f"wpa_passphrase {ssid} {P(s)} > /etc/wpa_supplicant/wpa_supplicant.conf",
        f"# /etc/hostapd/hostapd.conf\ninterface=wlan0\nssid={ssid}\nwpa=2\nwpa_passphrase={P(s)}",
        f"Network: {ssid} / Password: {P(s)}",
        f"无线密码（WPA2-PSK）：{P(s)}，SSID 是 {ssid}",
    ])
    return "wifi", form, None


# --- API keys pasted in chat with the vendor's name -------------------------------------------------------------------
def api_key_chat() -> Doc:
    """Vendor-named keys in chat (zh / en / mixed): OpenAI, Anthropic, DeepSeek, DashScope, Moonshot, Zhipu,
    GitHub, GitLab, Hugging Face, Stripe, Google, AWS and Alibaba Cloud pairs."""
    vendor = turn("vendor", ["openai_proj", "openai_legacy", "anthropic", "deepseek", "dashscope", "moonshot",
                             "zhipu", "github", "github_pat", "gitlab", "huggingface", "stripe", "google", "aws",
                             "aliyun", "slack"])
    k = values.api_key(R, vendor)
    key = API_KEY(k, vendor)
    if vendor == "openai_proj":
        line = f"OpenAI 的 key 给你，先用我的：{key}"
    elif vendor == "openai_legacy":
        line = f"old OpenAI key still works: {key}"
    elif vendor == "anthropic":
        line = f"Claude API key 在这：\n{key}\n额度快用完了省着点"
    elif vendor == "deepseek":
        line = f"DeepSeek 的 key：{key}，base_url 填 https://api.deepseek.com"
    elif vendor == "dashscope":
        line = f"通义千问（DashScope）apikey 是 {key}"
    elif vendor == "moonshot":
        line = f"Kimi / Moonshot 的 key → {key}"
    elif vendor == "zhipu":
        line = f"智谱 GLM 的 API Key：{key}"
    elif vendor == "github":
        line = f"GitHub token 先借你用一下 {key} 用完我就 revoke"
    elif vendor == "github_pat":
        line = f"fine-grained PAT for the release bot:\n{key}"
    elif vendor == "gitlab":
        line = f"GitLab 个人访问令牌：{key}（只给了 read_api）"
    elif vendor == "huggingface":
        line = f"HF token {key} 有 gated 模型的权限"
    elif vendor == "stripe":
        line = f"Stripe secret key for the billing job: {key}"
    elif vendor == "google":
        line = f"Google Maps 的 key：{key}，前端别直接用"
    elif vendor == "aws":
        sk = values.api_key(R, "aws_secret")
        line = f"AWS 的 AK 是 {key}，SK 是 {API_KEY(sk, 'aws_secret')}"
    elif vendor == "aliyun":
        sk = values.api_key(R, "aliyun_secret")
        line = f"阿里云 AccessKey ID：{key}\nAccessKey Secret：{API_KEY(sk, 'aliyun_secret')}"
    else:
        line = f"Slack bot token: {key}"
    return "api_key_chat", pick(["", "[私聊] ", "群里别发，私聊你：\n", "> "]) + line, None


# --- DSNs -----------------------------------------------------------------------------------------------------------
def dsn_forms() -> Doc:
    """Connection strings in chat and config: URI, JDBC with user/password parameters, ADO.NET."""
    s, u, h = password(safe=True), acct(), ip()
    form = turn("dsn", [
        f"连这个：{D('postgresql://' + u + ':' + P(s) + '@' + I(h) + ':5432/ledger')}",
        f"DATABASE_URL={D('mysql://' + u + ':' + P(s) + '@' + I(h) + ':3306/shop?charset=utf8mb4')}",
        f"MONGO_URI=\"{D('mongodb+srv://' + u + ':' + P(s) + '@cluster0.' + rnd('abcdefghijklmnopqrstuvwxyz0123456789', 5) + '.mongodb.net/events')}\"",
        f"redis 用 {D('redis://default:' + P(s) + '@' + I(h) + ':6379/0')}",
        f"url: {D('jdbc:mysql://' + I(h) + ':3306/crm?user=' + u + '&password=' + P(s) + '&useSSL=false')}",
        f"jdbc.url={D('jdbc:sqlserver://' + I(h) + ':1433;databaseName=hr;user=' + u + ';password=' + P(s) + ';encrypt=false')}",
        f"\"ConnectionStrings\": {{ \"Default\": \"{D('Server=' + I(h) + ';Database=Payroll;User ID=' + u + ';Password=' + P(s) + ';')}\" }}",
        f"The analytics DSN is {D('postgres://' + u + ':' + P(s) + '@' + host('db') + ':5432/analytics?sslmode=require')} — read-only.",
    ])
    return "dsn", form, None


FAMILIES: list[tuple[Callable[[], Doc], int]] = [
    (chat_answer, 20), (two_passwords, 14), (sql_rows, 16), (csv_export, 10), (md_table, 8), (yaml_list, 8),
    (netrc, 4), (cli_url, 12), (wifi, 9), (api_key_chat, 12), (dsn_forms, 8),
]


# --- negatives ------------------------------------------------------------------------------------------------------
def negatives() -> list[Doc]:
    """Answers without the value, placeholders, masked values, hashes, policies, help text, described examples."""
    bcrypt = "$2a$10$" + rnd(ALNUM + "./", 53)
    out = [
        ("neg_answer", "A：VPN 密码多少？\nB：私聊你了"),
        ("neg_answer", "[09:12] 我: 测试库密码是啥\n[09:13] 运维: 在 Vault 里，路径 secret/test/db，自己取"),
        ("neg_answer", "Q: What's the Wi-Fi password?\nA: It's on the whiteboard in room 3."),
        ("neg_answer", "> 堡垒机口令？\n\n跟你域账号密码一样"),
        ("neg_answer", "Jenkins 密码呢？\n还没分配，等 IT 审批完会短信通知"),
        ("neg_answer", "me: pw for staging?\nops: same as yesterday, it's in 1Password under \"staging-root\""),
        ("neg_answer", "用户：我忘记密码了怎么办\n客服：请在登录页点击“忘记密码”，通过手机验证码重置。"),
        ("neg_answer", "Can you send me the NAS password?\nNo — request access through the service desk, please."),
        ("neg_answer", "账号？\n工号\n密码？\n身份证后六位"),
        ("neg_sql", "CREATE TABLE t_user (id INT, login VARCHAR(32), pwd VARCHAR(64));\n"
                    f"INSERT INTO t_user VALUES (1, 'admin', '[[hash:{bcrypt}]]');"),
        ("neg_sql", "INSERT INTO users (username, password) VALUES (?, ?);"),
        ("neg_sql", "UPDATE users SET password = [[placeholder_password::new_password]] WHERE id = :id;"),
        ("neg_sql", "<update id=\"resetPwd\">\n  UPDATE account SET pwd = MD5(CONCAT(salt, #{password})) WHERE id = #{id}\n</update>"),
        ("neg_sql", "ALTER TABLE sys_user ADD COLUMN pwd_salt CHAR(16) NOT NULL DEFAULT '';\n"
                    "ALTER TABLE sys_user MODIFY password VARCHAR(128) COMMENT 'bcrypt 哈希';"),
        ("neg_sql", " username | password\n----------+----------\n ops      | [[masked_password:********]]\n(1 row)"),
        ("neg_csv", f"username,password_sha256\nops,[[sha256:{rnd(HEXL, 64)}]]\nbackup,[[sha256:{rnd(HEXL, 64)}]]"),
        ("neg_csv", "系统,账号,密码\nOA,工号,[[masked_password:******]]\nVPN,域账号,同域密码"),
        ("neg_csv", "host\tuser\tpass\ndb01\tapp\t（见密码柜）\ndb02\tapp\t（见密码柜）"),
        ("neg_md", "| 环境 | 账号 | 密码 |\n|---|---|---|\n| 测试 | admin | 见 Vault |\n"
                   "| 生产 | admin | [[placeholder_password:${PROD_ADMIN_PW}]] |"),
        ("neg_md", "| 字段 | 类型 | 说明 |\n|---|---|---|\n| password | varchar(64) | bcrypt 哈希，不存明文 |\n| salt | char(16) | 随机盐 |"),
        ("neg_yaml", "users:\n  - name: app\n    password: \"[[placeholder_password:{{ vault_app_password }}]]\""),
        ("neg_yaml", "env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: pg-app\n        key: password"),
        ("neg_yaml", "environment:\n  - MYSQL_PASSWORD=[[placeholder_password:${MYSQL_PASSWORD}]]\n  - MYSQL_ROOT_PASSWORD_FILE=/run/secrets/root_pw"),
        ("neg_netrc", "machine nexus.intra.example.com login ci-bot password [[placeholder_password:<your-token>]]"),
        ("neg_cli", "docker login -u ci-bot -p [[placeholder_password:$CI_REGISTRY_PASSWORD]] $CI_REGISTRY"),
        ("neg_cli", "curl -u [[basic_placeholder:user:password]] https://api.example.com/v1/items   # 替换成你自己的"),
        ("neg_cli", "git remote -v\norigin  https://deploy:[[masked_password:****]]@git3.cx-example.cn/infra/deploy.git (fetch)"),
        ("neg_cli", "$ docker login -u ci-bot harbor.cx-example.cn\nPassword:\nLogin Succeeded"),
        ("neg_cli", "curl --netrc-file ~/.netrc https://nexus.intra.example.com/service/rest/v1/status"),
        ("neg_dsn", "DATABASE_URL=[[dsn_placeholder:postgres://USER:PASSWORD@HOST:5432/DBNAME]]"),
        ("neg_dsn", "MONGO_URI=[[dsn_placeholder:mongodb://app:${MONGO_PASS}@mongo:27017/app]]"),
        ("neg_wifi", "WIFI:T:WPA;S:Guest-3F;P:[[placeholder_password:<password>]];;"),
        ("neg_wifi", "访客 Wi-Fi 不设密码，连上 Guest-3F 后在弹出页面用手机号认证即可。"),
        ("neg_key", f"OPENAI_API_KEY=[[placeholder_key:sk-{'x' * 32}]]"),
        ("neg_key", "AWS 官方文档里的示例 key [[placeholder_key:AKIAIOSFODNN7EXAMPLE]] 和 "
                    "[[placeholder_key:wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY]] 只是示例，不是真的。"),
        ("neg_key", f"DeepSeek key：[[placeholder_key:sk-{rnd(HEXL, 4)}…{rnd(HEXL, 4)}]]（已打码，完整的在密码柜）"),
        ("neg_key", f"GITHUB_TOKEN=[[placeholder_key:ghp_{'X' * 36}]]"),
        ("neg_key", "OpenAI 的 key 我放 .env 里了，变量名 OPENAI_API_KEY，你本地自己配一个。"),
        ("neg_key", f"Stripe 的 publishable key [[publishable_key:pk_test_{rnd(ALNUM, 24)}]] 可以放前端，secret key 不行。"),
        ("neg_policy", "密码长度不少于 12 位，须包含大小写字母、数字和符号中的三类，90 天强制更换。"),
        ("neg_policy", "Passwords must be at least 14 characters and must not match any of your last 10 passwords."),
        ("neg_policy", "旧密码和新密码不能相同；新密码不得包含账号名或连续三位相同字符。"),
        ("neg_help", "忘记密码？在登录页点击“忘记密码”，输入手机号获取验证码后即可设置新密码。"),
        ("neg_help", "Forgot your password? Click \"Reset password\" on the sign-in page and follow the link we e-mail you."),
        ("neg_help", "修改 Wi-Fi 密码：登录路由器后台 → 无线设置 → 无线安全，保存后重启生效。"),
        ("neg_example", "文档示例：\n```yaml\npassword: [[placeholder_password:example-password]]  # 示例值，请替换\n```"),
        ("neg_example", "像 [[weak_example:P@ssw0rd]]、[[weak_example:Admin123]] 这类都在弱口令黑名单里，系统会直接拒绝。"),
        ("neg_example", "For example, a passphrase like [[weak_example:correct horse battery staple]] is easy to remember — don't use that one, it's famous."),
        ("neg_hash", f"htpasswd 文件：\nadmin:[[hash:$apr1${rnd(ALNUM, 8)}${rnd(ALNUM + './', 22)}]]"),
        ("neg_hash", f"数据库里存的是 md5：[[md5:{rnd(HEXL, 32)}]]，不是明文，放心"),
        ("neg_mask", "old password: [[masked_password:********]]\nnew password: [[masked_password:********]]\n[ Change ]"),
        ("neg_mask", "先试 [[placeholder_password:${PRIMARY_PW}]]，不行再用 [[placeholder_password:${FALLBACK_PW}]]"),
        ("neg_log", "2026-11-02 10:11:09 WARN auth: login failed for user=ops reason=bad_password attempt=3/5"),
    ]
    return [(k, t, None) for k, t in out]


def _docs() -> list[Doc]:
    from bench.eval.blind.build import from_families
    return from_families(FAMILIES, negatives, R)


DOCS: list[Doc] = _docs()

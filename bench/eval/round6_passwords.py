"""Round 6 blind corpus: passwords as people really write them, and credential-looking text that holds none.

Why: PASSWORD was the one type below target on the hold-out (recall 0.815) and a few documents without personal
data still drew findings. Earlier rounds were written by the people who wrote the detector; this one is written
from the labeling conventions only (/work/shared/eval/README.md: PASSWORD is the value only, nested in its DSN;
hashes, placeholders and masked values are decoys), before reading the password code.

Every document is built from seeded templates with synthetic values: chat in Chinese, English and both
(密码发你了, 初始密码, 临时口令, WiFi 密码, 账号/密码 pairs), configuration files (YAML, .env, JSON, TOML, INI, XML,
properties, compose, k8s Secret, Spring, Redis, pgpass, netrc), command lines (mysql -p, PGPASSWORD, sshpass,
curl -u, redis-cli -a, mongosh, net user, htpasswd -b ...), SQL, source code and URIs; and, for more than a third
of the documents, text with no gold at all: placeholders, masked values, password policies, reset flows, field
names without values, hashes, ports after `-p`, secrets read from the environment.

    python -m bench.eval.round6_passwords           # writes bench/eval/corpus/blind-round6.jsonl
    python -m bench.eval.blind.build --round6       # the same, wired like the other hand-written rounds
"""

from __future__ import annotations

import random
import string
import sys
import urllib.parse
from collections.abc import Callable
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make `bench.eval` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.eval.blind.build import check_generated, lang_of

SEED = 60623
SPLIT = "round6"
OUT = Path(__file__).resolve().parent / "corpus" / "blind-round6.jsonl"
POSITIVE_COPIES = 2
NEGATIVE_COPIES = 2


class Doc:
    """A document under construction: text pieces, gold spans and decoys with code-point offsets."""

    def __init__(self, kind: str, lang: str) -> None:
        self.kind, self.lang = kind, lang
        self.parts: list[str] = []
        self.pos = 0
        self.spans: list[dict[str, Any]] = []
        self.decoys: list[dict[str, Any]] = []
        self.expect: list[tuple[int, int, str]] = []

    def t(self, s: str) -> Doc:
        self.parts.append(s)
        self.pos += len(s)
        return self

    def g(self, typ: str, value: str, *tags: str, optional: bool = False) -> Doc:
        """A gold span of `typ` whose written value is exactly `value`."""
        start = self.pos
        self.t(value)
        span: dict[str, Any] = {"type": typ, "start": start, "end": self.pos}
        if tags:
            span["tags"] = list(tags)
        if optional:
            span["optional"] = True
        self.spans.append(span)
        self.expect.append((start, self.pos, value))
        return self

    def pw(self, value: str, *tags: str) -> Doc:
        return self.g("PASSWORD", value, *tags)

    def d(self, kind: str, value: str) -> Doc:
        """A decoy: looks sensitive, is not."""
        self.decoys.append({"kind": kind, "start": self.pos, "end": self.pos + len(value)})
        self.expect.append((self.pos, self.pos + len(value), value))
        return self.t(value)

    def open(self) -> int:
        return self.pos

    def close(self, typ: str, start: int, *tags: str, optional: bool = False) -> Doc:
        """Close a container span (a DSN) opened at `start`; nested spans were added inside it."""
        span: dict[str, Any] = {"type": typ, "start": start, "end": self.pos}
        if tags:
            span["tags"] = list(tags)
        if optional:
            span["optional"] = True
        self.spans.append(span)
        return self

    def record(self, doc_id: str) -> dict[str, Any]:
        text = "".join(self.parts)
        for start, end, value in self.expect:
            assert text[start:end] == value, (doc_id, start, end, value)
        spans = sorted(self.spans, key=lambda s: (s["start"], -s["end"]))
        return {"id": doc_id, "split": SPLIT, "kind": self.kind, "lang": lang_of(text), "hard": False, "tags": [],
                "text": text, "spans": spans, "decoys": sorted(self.decoys, key=lambda x: x["start"])}


# ----------------------------------------------------------------------------------------------- values
PUNCT = "@#$%!&*^_-+=.?~"
WORDS = ["Summer", "Winter", "Dragon", "Tiger", "Panda", "Rocket", "Ocean", "Lotus", "Bamboo", "Falcon",
         "Jade", "Maple", "Orion", "Pixel", "Harbor", "Comet", "Cedar", "Nimbus"]
PINYIN = ["zhongguo", "huanghe", "changjiang", "xihu", "taishan", "kunlun", "jiangnan", "beifang", "chunfeng",
          "mingyue", "qingshan", "baiyun", "lvshui", "xingchen"]
USERS = ["app", "app_rw", "svc_report", "deploy", "ops", "admin", "root", "dba", "etl_job", "billing",
         "crm_user", "readonly", "backup", "monitor", "sync_svc", "jenkins"]
HOSTS = ["db-master.prod.internal", "pg-01.corp.local", "mysql-ro.staging.svc", "redis-ha.cache.svc",
         "mongo-rs0.data.internal", "mq-01.ops.local", "erp-db.factory.lan", "oracle-rac.fin.local",
         "sqlsrv-02.hr.local", "cache-01.shop.internal"]
DBS = ["orders", "crm", "hr_core", "billing", "inventory", "analytics", "member", "payroll", "logistics"]


def _random_pw(r: random.Random) -> str:
    style = r.randrange(7)
    if style == 0:   # random, punctuation-heavy
        pool = string.ascii_letters + string.digits + PUNCT * 2
        return "".join(r.choice(pool) for _ in range(r.randint(10, 16)))
    if style == 1:   # word + year + symbol
        return f"{r.choice(WORDS)}{r.randint(2019, 2027)}{r.choice('!@#$%&*')}"
    if style == 2:   # pinyin @ digits
        return f"{r.choice(PINYIN)}{r.choice('@#_.!')}{r.randint(100, 9999)}"
    if style == 3:   # leet, several symbols
        base = r.choice(["P@ssw0rd", "Adm1n", "S3cur3", "W3lc0me", "Qwe!23", "Zx%c7v"])
        return base + "".join(r.choice(PUNCT + string.digits) for _ in range(r.randint(2, 5)))
    if style == 4:   # passphrase with dashes
        return "-".join(r.choice(WORDS).lower() for _ in range(3)) + str(r.randint(1, 99))
    if style == 5:   # mixed case + digits, no symbols
        pool = string.ascii_letters + string.digits
        return "".join(r.choice(pool) for _ in range(r.randint(8, 14))) + r.choice(string.digits)
    pool = string.ascii_letters + string.digits + "!@#$%^&*()[]{}<>?/|"
    return "".join(r.choice(pool) for _ in range(r.randint(12, 20)))


def pw(r: random.Random, avoid: str = "", style: str = "") -> str:
    """A synthetic password without the characters `avoid` (those the surrounding syntax cannot hold)."""
    if style == "digits":
        return "".join(r.choice(string.digits) for _ in range(r.choice([6, 8, 8, 10])))
    if style == "wifi":
        return r.choice([f"{r.choice(PINYIN)}{r.randint(1000, 99999)}", f"{r.choice(WORDS)}-{r.randint(100, 999)}-guest",
                         "".join(r.choice(string.digits) for _ in range(8))])
    avoid = avoid + " \t\n\\'\"`"
    while True:
        v = _random_pw(r)
        if not set(v) & set(avoid) and v[0] not in "-#&*!%@?~=" and len(v) >= 6:
            return v


URI_AVOID = "@:/?#%[]{}<>|^&=+$,;"
SHELL_AVOID = "$&;|<>()!*?[]{}~#^=%"
YAML_AVOID = "#:{}[]&*!|>%@,"


def user(r: random.Random) -> str:
    return r.choice(USERS)


def host(r: random.Random) -> str:
    return r.choice(HOSTS)


def ip(r: random.Random) -> str:
    return r.choice([f"10.{r.randint(0, 254)}.{r.randint(0, 254)}.{r.randint(1, 254)}",
                     f"192.168.{r.randint(0, 254)}.{r.randint(1, 254)}",
                     f"172.{r.randint(16, 31)}.{r.randint(0, 254)}.{r.randint(1, 254)}"])


def where(d: Doc, r: random.Random, may_ip: bool = True) -> None:
    """A host name, or an IP address labeled as one."""
    if may_ip and r.random() < 0.35:
        d.g("IP_ADDRESS", ip(r))
    else:
        d.t(host(r))


def hexs(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def b64ish(r: random.Random, n: int, alphabet: str = string.ascii_letters + string.digits + "./") -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def bcrypt(r: random.Random) -> str:
    return f"$2{r.choice('aby')}${r.choice(['10', '12'])}$" + b64ish(r, 53)


# ----------------------------------------------------------------------------------------- positives: chat
def chat_sent(r: random.Random) -> Doc:
    d = Doc("chat_password_sent", "zh")
    d.t(r.choice(["测试环境的账号开好了，", "新同事入职，系统账号已经建好，", "堡垒机账号弄好了，"]))
    d.t(f"用户名 {user(r)}，密码发你了：").pw(pw(r), "chat", "fullwidth_colon")
    d.t(r.choice(["，第一次登录会要求改密码。", "\n登录后记得改掉。", "，别外传哈"]))
    return d


def chat_initial(r: random.Random) -> Doc:
    d = Doc("chat_initial_password", "zh")
    d.t(r.choice(["【IT服务台】您的OA账号已开通，", "您好，门户系统账号已激活。", "通知：邮箱账号已创建，"]))
    d.t(f"登录名为 {user(r)}{r.randint(10, 99)}，初始密码是").pw(pw(r, style=r.choice(["digits", ""])), "chat")
    d.t(r.choice(["，请于7日内修改。", "。首次登录请修改初始密码。", "（区分大小写）。"]))
    return d


def chat_temp(r: random.Random) -> Doc:
    d = Doc("chat_temp_password", "zh")
    d.t(r.choice(["运维群：", "", "@值班同学 "]))
    d.t(r.choice(["临时口令：", "临时口令 ", "今晚变更的临时口令是 "])).pw(pw(r), "chat")
    d.t(r.choice(["，有效期24小时。", "，用完我就回收。", "\n变更窗口 22:00-23:30。"]))
    return d


def chat_login_is(r: random.Random) -> Doc:
    d = Doc("chat_login_password", "zh")
    d.t("客户反馈后台登不进去，我这边重置了一下，")
    d.t(r.choice(["登录密码为", "登录密码为：", "登录密码改为 "])).pw(pw(r), "chat")
    d.t("，麻烦转告客户再试一次，还不行就截个图给我。")
    return d


def chat_wifi(r: random.Random) -> Doc:
    d = Doc("chat_wifi", "zh")
    ssid = r.choice(["Office-5F", "Guest_2.4G", "MeetingRoom-A", "HQ-Visitor"])
    d.t(r.choice(["访客来了问WiFi，", "会议室网络信息：\n", "楼下咖啡区的网："]))
    d.t(f"WiFi名称 {ssid}，{r.choice(['WiFi密码', '密码', 'wifi密码：'])}")
    d.pw(pw(r, style="wifi"), "chat", "wifi")
    d.t(r.choice(["", "。", "，5G频段信号更好。"]))
    return d


def chat_slash_pair(r: random.Random) -> Doc:
    d = Doc("chat_account_pair", "zh")
    d.t(r.choice(["路由器管理页面 ", "NAS 后台 ", "监控平台 "]))
    d.t(f"http://{r.choice(['nas.home.lan', 'router.lan', 'grafana.ops.local'])}:{r.choice(['5000', '8080', '3000'])} ")
    d.t(r.choice(["账号/密码 ", "账号/密码：", "用户名/密码 "]))
    d.t(f"{r.choice(['admin', 'root', 'ops'])}/").pw(pw(r, avoid="/"), "chat", "pair")
    d.t(r.choice(["", "，改完告诉我", "\n先别改，周五统一换。"]))
    return d


def chat_user_then_pw(r: random.Random) -> Doc:
    d = Doc("chat_user_password", "zh")
    d.t(r.choice(["供应商门户：\n", "测试账号如下\n", "VPN 账号：\n"]))
    d.t(f"用户名：{user(r)}\n密码：").pw(pw(r), "chat", "fullwidth_colon")
    d.t(r.choice(["\n用完请告知。", "", "\n有效期到月底。"]))
    return d


def chat_quotes(r: random.Random) -> Doc:
    d = Doc("chat_quoted_password", "zh")
    q = r.choice([("“", "”"), ("「", "」"), ("『", "』"), ("‘", "’"), ("《", "》")])
    d.t(f"数据库的{r.choice(['密码', '口令', 'root密码'])}是{q[0]}").pw(pw(r, avoid="“”「」『』‘’《》"), "chat", "quoted")
    d.t(f"{q[1]}，别复制多了空格。")
    return d


def chat_mixed(r: random.Random) -> Doc:
    d = Doc("chat_mixed", "mixed")
    d.t(r.choice(["staging 的 Jenkins ", "新的 Grafana ", "GitLab runner 的 "]))
    d.t(f"admin account: {user(r)}，pwd 是 ").pw(pw(r), "chat")
    d.t(r.choice([" ，记得 rotate 一下", "，登录后开 2FA", " (temporary)"]))
    return d


def chat_en(r: random.Random) -> Doc:
    d = Doc("chat_en", "en")
    d.t(r.choice(["Hey, the vendor portal login works again. ", "Reset done. ", "FYI for the demo tomorrow: "]))
    d.t(f"Username is {user(r)} and the password is ").pw(pw(r, avoid="."), "chat")
    d.t(r.choice([" - please don't share it outside the team.", "\nIt expires on Friday.", " (case sensitive)"]))
    return d


def email_temp(r: random.Random) -> Doc:
    d = Doc("email_temp_password", "en")
    d.t("Subject: Your account has been created\n\nHello,\n\nAn account was created for you on the partner portal.\n")
    d.t(f"Login: {user(r)}{r.randint(100, 999)}\nTemporary password: ").pw(pw(r), "email")
    d.t("\n\nYou will be asked to choose a new password at first sign-in.\n\nIT Service Desk")
    return d


def chat_zip(r: random.Random) -> Doc:
    d = Doc("chat_archive_password", "zh")
    d.t(r.choice(["工资条压缩包已发邮箱，", "审计资料打包好了，", "合同扫描件在网盘里，"]))
    d.t(r.choice(["解压密码：", "解压密码 ", "压缩包密码是"])).pw(pw(r, avoid="，。"), "chat")
    d.t(r.choice(["", "。", "，收到回复一下"]))
    return d


def chat_bastion(r: random.Random) -> Doc:
    d = Doc("chat_bastion", "zh")
    d.t(f"跳板机 ssh {user(r)}@")
    where(d, r)
    d.t(f" -p {r.choice(['22', '2222', '60022'])}\n口令：").pw(pw(r), "chat", "fullwidth_colon")
    d.t("\n进去以后 sudo -i 切 root。")
    return d


def chat_mail_vpn(r: random.Random) -> Doc:
    d = Doc("chat_vpn_mail", "zh")
    what = r.choice(["VPN密码", "邮箱密码", "企业微信后台密码", "财务系统密码"])
    d.t(f"我的{what}改成 ").pw(pw(r), "chat")
    d.t(r.choice([" 了，你帮我登一下看看能不能收到审批。", " 了，明天出差你先帮我处理。"]))
    return d


def chat_new_pw(r: random.Random) -> Doc:
    d = Doc("chat_new_password", "zh")
    d.t("旧密码过期了，")
    d.t(r.choice(["新密码设置成了", "新密码设为：", "新密码："])).pw(pw(r), "chat")
    d.t(r.choice(["，下次过期是90天后。", "", "\n旧的那个作废了。"]))
    return d


def chat_list(r: random.Random) -> Doc:
    d = Doc("chat_credential_list", "zh")
    d.t("交接清单（只发你一个人）：\n")
    for name in r.sample(["生产MySQL", "测试Redis", "FTP", "网管交换机", "打印机后台"], 3):
        d.t(f"- {name}：{user(r)} / ").pw(pw(r, avoid="/"), "chat", "pair").t("\n")
    d.t("交接完我会全部改掉。")
    return d


def chat_ticket_en(r: random.Random) -> Doc:
    d = Doc("ticket_en", "en")
    d.t(f"Ticket #{r.randint(10000, 99999)}: customer can't log in to the reporting DB.\n")
    d.t(f"Creds they sent: user={user(r)} password=").pw(pw(r, avoid=","), "ticket")
    d.t("\nThey say it worked yesterday. Please check whether the account is locked.")
    return d


# --------------------------------------------------------------------------------------- positives: config
def cfg_yaml(r: random.Random) -> Doc:
    d = Doc("config_yaml", "en")
    d.t("database:\n  driver: postgres\n  host: ")
    where(d, r)
    d.t(f"\n  port: 5432\n  user: {user(r)}\n  password: ")
    v = pw(r)
    if r.random() < 0.5:
        q = r.choice(["'", '"'])
        d.t(q).pw(v, "yaml", "quoted").t(q)
    else:
        d.pw(pw(r, avoid=YAML_AVOID), "yaml")
    d.t("\n  pool_size: 20\n")
    return d


def cfg_env(r: random.Random) -> Doc:
    d = Doc("config_env", "en")
    d.t(r.choice(["# .env.production\n", "", "cat .env\n"]))
    d.t("APP_ENV=production\nDB_HOST=")
    where(d, r)
    d.t(f"\nDB_USER={user(r)}\n{r.choice(['DB_PASSWORD', 'DB_PASS', 'MYSQL_PASSWORD', 'PG_PASSWORD'])}=")
    if r.random() < 0.4:
        d.t('"').pw(pw(r), "env", "quoted").t('"')
    else:
        d.pw(pw(r, avoid="#$"), "env")
    d.t("\nLOG_LEVEL=info\n")
    return d


def cfg_json(r: random.Random) -> Doc:
    d = Doc("config_json", "en")
    d.t('{\n  "mail": {\n    "smtp_host": "smtp.mail.internal",\n    "port": 465,\n')
    d.t(f'    "username": "{user(r)}",\n    "{r.choice(["password", "Password", "passwd", "smtp_password"])}": "')
    d.pw(pw(r), "json")
    d.t('",\n    "ssl": true\n  }\n}')
    return d


def cfg_toml(r: random.Random) -> Doc:
    d = Doc("config_toml", "en")
    d.t("[server]\nlisten = \":8080\"\n\n[database]\nurl_host = \"")
    d.t(host(r)).t(f"\"\nuser = \"{user(r)}\"\npassword = ")
    if r.random() < 0.5:
        d.t('"').pw(pw(r), "toml", "quoted").t('"')
    else:
        d.t("'").pw(pw(r), "toml", "quoted").t("'")
    d.t("\nmax_conns = 32\n")
    return d


def cfg_ini(r: random.Random) -> Doc:
    d = Doc("config_ini", "zh")
    d.t("客户端一直连不上，配置文件如下：\n[mysql]\nhost = ")
    where(d, r)
    d.t(f"\nuser = {user(r)}\n{r.choice(['password', 'passwd', 'pwd', 'Password'])} = ").pw(pw(r, avoid=";"), "ini")
    d.t("\nport = 3306\n")
    return d


def cfg_mycnf(r: random.Random) -> Doc:
    d = Doc("config_mycnf", "en")
    d.t(f"~/.my.cnf\n[client]\nuser={user(r)}\npassword=").pw(pw(r, avoid=";#"), "ini")
    d.t("\nhost=").t(host(r)).t("\n")
    return d


def cfg_xml(r: random.Random) -> Doc:
    d = Doc("config_xml", "en")
    v = pw(r, avoid="<>&")
    if r.random() < 0.5:
        d.t(f"<datasource>\n  <username>{user(r)}</username>\n  <password>").pw(v, "xml").t("</password>\n")
        d.t("  <maxActive>30</maxActive>\n</datasource>")
    else:
        d.t(f'<connection name="ledger" user="{user(r)}" password="').pw(v, "xml", "attribute")
        d.t('" timeout="30"/>')
    return d


def cfg_properties(r: random.Random) -> Doc:
    d = Doc("config_properties", "en")
    d.t("# application-prod.properties\nspring.datasource.url=")
    s = d.open()
    d.t("jdbc:mysql://")
    where(d, r)
    d.t(f":3306/{r.choice(DBS)}?useUnicode=true&characterEncoding=utf8")
    d.close("DB_CONNECTION_STRING", s)
    d.t(f"\nspring.datasource.username={user(r)}\nspring.datasource.password=").pw(pw(r), "properties")
    d.t("\nspring.datasource.hikari.maximum-pool-size=20\n")
    return d


def cfg_spring_yaml(r: random.Random) -> Doc:
    d = Doc("config_spring", "zh")
    d.t("启动报 Access denied，application.yml：\nspring:\n  datasource:\n    url: ")
    s = d.open()
    d.t("jdbc:postgresql://")
    where(d, r)
    d.t(f":5432/{r.choice(DBS)}")
    d.close("DB_CONNECTION_STRING", s)
    d.t(f"\n    username: {user(r)}\n    password: ").pw(pw(r, avoid=YAML_AVOID), "yaml")
    d.t("\n    driver-class-name: org.postgresql.Driver\n")
    return d


def cfg_compose(r: random.Random) -> Doc:
    d = Doc("config_compose", "en")
    d.t("services:\n  db:\n    image: mysql:8.0\n    environment:\n")
    v = pw(r, avoid=YAML_AVOID + "$")
    if r.random() < 0.5:
        d.t("      MYSQL_ROOT_PASSWORD: ").pw(v, "compose").t("\n")
    else:
        d.t("      - MYSQL_ROOT_PASSWORD=").pw(v, "compose").t("\n")
    d.t("    ports:\n      - \"3306:3306\"\n")
    return d


def cfg_k8s(r: random.Random) -> Doc:
    d = Doc("config_k8s_secret", "en")
    d.t("apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-credentials\ntype: Opaque\nstringData:\n")
    d.t(f"  username: {user(r)}\n  password: ")
    if r.random() < 0.5:
        d.t('"').pw(pw(r), "k8s", "quoted").t('"\n')
    else:
        d.pw(pw(r, avoid=YAML_AVOID), "k8s").t("\n")
    return d


def cfg_redis(r: random.Random) -> Doc:
    d = Doc("config_redis", "zh")
    d.t("redis.conf 改了这两行以后从库同步失败：\nprotected-mode yes\nrequirepass ")
    v = pw(r, avoid="#")
    d.pw(v, "redis")
    if r.random() < 0.5:
        d.t("\nmasterauth ").pw(v, "redis")
    d.t("\nappendonly yes\n")
    return d


def cfg_pgpass(r: random.Random) -> Doc:
    d = Doc("config_pgpass", "en")
    d.t("~/.pgpass (chmod 600)\n")
    d.t(f"{host(r)}:5432:{r.choice(DBS)}:{user(r)}:").pw(pw(r, avoid=":"), "pgpass")
    d.t("\n")
    return d


def cfg_netrc(r: random.Random) -> Doc:
    d = Doc("config_netrc", "en")
    d.t(f"# ~/.netrc\nmachine {r.choice(['git.corp.local', 'nexus.ops.local', 'ftp.partner.lan'])}\n")
    d.t(f"  login {user(r)}\n  password ").pw(pw(r), "netrc").t("\n")
    return d


def cfg_django(r: random.Random) -> Doc:
    d = Doc("config_django", "en")
    d.t("DATABASES = {\n    'default': {\n        'ENGINE': 'django.db.backends.mysql',\n")
    d.t(f"        'NAME': '{r.choice(DBS)}',\n        'USER': '{user(r)}',\n        'PASSWORD': '")
    d.pw(pw(r), "python").t("',\n        'HOST': '").t(host(r)).t("',\n    }\n}")
    return d


def cfg_ansible(r: random.Random) -> Doc:
    d = Doc("config_ansible", "en")
    d.t("[web]\n")
    d.t(f"web01 ansible_host={host(r)} ansible_user={user(r)} ansible_ssh_pass=").pw(pw(r, avoid=YAML_AVOID), "ini")
    d.t("\n\n[web:vars]\nansible_become_pass=").pw(pw(r, avoid=YAML_AVOID), "ini").t("\n")
    return d


def cfg_htpasswd_plain(r: random.Random) -> Doc:
    d = Doc("config_nginx_basic", "zh")
    d.t("nginx 给 kibana 加了 basic auth：\nlocation / {\n  auth_basic \"restricted\";\n")
    d.t("  auth_basic_user_file /etc/nginx/.htpasswd;\n}\n账号 kibana，密码 ").pw(pw(r, avoid="，。"), "chat")
    d.t("（.htpasswd 里存的是哈希 ").d("hash", f"$apr1${b64ish(r, 8)}${b64ish(r, 22)}").t("）")
    return d


def cfg_ftp_xml(r: random.Random) -> Doc:
    d = Doc("config_filezilla", "en")
    d.t("<Server>\n  <Host>").t(host(r)).t("</Host>\n  <Port>21</Port>\n")
    d.t(f"  <User>{user(r)}</User>\n  <Pass>").pw(pw(r, avoid="<>&"), "xml").t("</Pass>\n</Server>")
    return d


def cfg_jdbc_props(r: random.Random) -> Doc:
    d = Doc("config_jdbc_user_password", "en")
    d.t("db.url=")
    s = d.open()
    d.t("jdbc:oracle:thin:@")
    where(d, r)
    d.t(":1521/ORCLPDB1")
    d.close("DB_CONNECTION_STRING", s)
    d.t(f"\ndb.user={user(r).upper()}\ndb.password=").pw(pw(r), "properties").t("\n")
    return d


# ------------------------------------------------------------------------------------- positives: commands
def cli_mysql_attached(r: random.Random) -> Doc:
    d = Doc("cli_mysql", "zh")
    d.t(r.choice(["这条命令能连上：\n", "脚本里这样写的：\n", ""]))
    u = user(r)
    if r.random() < 0.5:
        d.t(f"mysql -h ").t(host(r)).t(f" -u{u} -p").pw(pw(r, avoid=SHELL_AVOID), "cli", "mysql_p")
    else:
        d.t(f"mysql -u {u} -p'").pw(pw(r, avoid="'"), "cli", "mysql_p", "quoted").t("' -h ").t(host(r))
    d.t(f" {r.choice(DBS)} < dump.sql\n")
    d.t(r.choice(["但是报 ERROR 1045。", "执行完没有输出。", ""]))
    return d


def cli_mysqldump(r: random.Random) -> Doc:
    d = Doc("cli_mysqldump", "en")
    d.t(f"0 3 * * * mysqldump --single-transaction -u{user(r)} --password=")
    d.pw(pw(r, avoid=SHELL_AVOID), "cli").t(f" {r.choice(DBS)} | gzip > /backup/db_$(date +\\%F).sql.gz\n")
    return d


def cli_psql(r: random.Random) -> Doc:
    d = Doc("cli_psql", "en")
    d.t(r.choice(["$ ", "", "# in the deploy script\n"]))
    d.t("PGPASSWORD=")
    if r.random() < 0.5:
        d.t("'").pw(pw(r, avoid="'"), "cli", "quoted").t("'")
    else:
        d.pw(pw(r, avoid=SHELL_AVOID), "cli")
    d.t(f" psql -h ").t(host(r)).t(f" -U {user(r)} -d {r.choice(DBS)} -c 'select 1'\n")
    return d


def cli_sshpass(r: random.Random) -> Doc:
    d = Doc("cli_sshpass", "zh")
    d.t("批量推送脚本：\nfor h in $(cat hosts.txt); do\n  sshpass -p ")
    q = r.choice(["'", '"', ""])
    d.t(q).pw(pw(r, avoid=SHELL_AVOID + "'\""), "cli", *(["quoted"] if q else [])).t(q)
    d.t(f" scp -o StrictHostKeyChecking=no app.tar.gz {user(r)}@$h:/opt/\ndone\n")
    return d


def cli_curl(r: random.Random) -> Doc:
    d = Doc("cli_curl_basic", "en")
    u = user(r)
    q = r.choice(["'", '"', ""])
    d.t(f"curl -s -u {q}{u}:").pw(pw(r, avoid=SHELL_AVOID + ":'\""), "cli", "basic").t(q)
    d.t(f" https://{r.choice(['nexus.ops.local', 'es.logs.internal', 'jenkins.ci.local'])}/api/status\n")
    return d


def cli_redis(r: random.Random) -> Doc:
    d = Doc("cli_redis", "zh")
    d.t("redis-cli -h ")
    where(d, r)
    d.t(" -p 6379 -a ").pw(pw(r, avoid=SHELL_AVOID), "cli")
    d.t(" --no-auth-warning info replication\n主从延迟一直在涨，帮我看看输出。")
    return d


def cli_mongo(r: random.Random) -> Doc:
    d = Doc("cli_mongo", "en")
    d.t(f"mongosh --host ").t(host(r)).t(f" --username {user(r)} --password ")
    q = r.choice(["'", ""])
    d.t(q).pw(pw(r, avoid=SHELL_AVOID + "'"), "cli", *(["quoted"] if q else [])).t(q)
    d.t(" --authenticationDatabase admin\n")
    return d


def cli_net_user(r: random.Random) -> Doc:
    d = Doc("cli_net_user", "zh")
    d.t("Windows 服务器上加了个运维账号：\n")
    d.t(f"net user {r.choice(['opsadmin', 'svc_backup', 'helpdesk'])} ").pw(pw(r, avoid=SHELL_AVOID + "/"), "cli")
    d.t(" /add\nnet localgroup administrators opsadmin /add\n")
    return d


def cli_htpasswd(r: random.Random) -> Doc:
    d = Doc("cli_htpasswd", "en")
    d.t(f"htpasswd -b {r.choice(['-c ', '-B ', ''])}/etc/nginx/.htpasswd {user(r)} ")
    d.pw(pw(r, avoid=SHELL_AVOID), "cli").t("\n")
    return d


def cli_docker_login(r: random.Random) -> Doc:
    d = Doc("cli_docker_login", "en")
    d.t(f"docker login {r.choice(['registry.corp.local', 'harbor.ops.local'])} -u {user(r)} -p ")
    d.pw(pw(r, avoid=SHELL_AVOID), "cli").t("\nWARNING! Using --password via the CLI is insecure.\n")
    return d


def cli_smb(r: random.Random) -> Doc:
    d = Doc("cli_smbclient", "en")
    d.t(f"smbclient //fileserver/finance -U {user(r)}%").pw(pw(r, avoid=SHELL_AVOID + "%/"), "cli")
    d.t(" -c 'ls'\n")
    return d


def cli_rabbit(r: random.Random) -> Doc:
    d = Doc("cli_rabbitmq", "zh")
    d.t("新建 MQ 用户：\n")
    u = r.choice(["order_pub", "notify_sub", "etl_mq"])
    d.t(f"rabbitmqctl add_user {u} ").pw(pw(r, avoid=SHELL_AVOID), "cli")
    d.t(f"\nrabbitmqctl set_permissions -p / {u} \".*\" \".*\" \".*\"\n")
    return d


def cli_kubectl(r: random.Random) -> Doc:
    d = Doc("cli_kubectl_secret", "en")
    d.t(f"kubectl create secret generic db-auth --from-literal=username={user(r)} --from-literal=password=")
    d.pw(pw(r, avoid=SHELL_AVOID), "cli").t(" -n prod\n")
    return d


def cli_wget(r: random.Random) -> Doc:
    d = Doc("cli_wget", "en")
    d.t(f"wget --user={user(r)} --password=").pw(pw(r, avoid=SHELL_AVOID), "cli")
    d.t(" https://artifacts.corp.local/release/app-2.4.1.tar.gz\n")
    return d


def cli_sudo_echo(r: random.Random) -> Doc:
    d = Doc("cli_sudo_echo", "zh")
    d.t("自动化脚本里有这么一行，安全扫描报了：\necho '").pw(pw(r, avoid="'"), "cli", "quoted")
    d.t("' | sudo -S systemctl restart nginx\n")
    return d


# ----------------------------------------------------------------------------------------- positives: SQL
def sql_identified(r: random.Random) -> Doc:
    d = Doc("sql_identified_by", "en")
    u = user(r)
    d.t(f"CREATE USER '{u}'@'%' IDENTIFIED BY '").pw(pw(r, avoid="'"), "sql").t("';\n")
    d.t(f"GRANT SELECT, INSERT ON {r.choice(DBS)}.* TO '{u}'@'%';\nFLUSH PRIVILEGES;\n")
    return d


def sql_alter(r: random.Random) -> Doc:
    d = Doc("sql_alter_user", "zh")
    d.t("改 root 密码的语句是这个吗？\n")
    d.t("ALTER USER 'root'@'localhost' IDENTIFIED WITH mysql_native_password BY '").pw(pw(r, avoid="'"), "sql")
    d.t("';")
    return d


def sql_set_password(r: random.Random) -> Doc:
    d = Doc("sql_set_password", "en")
    d.t(f"SET PASSWORD FOR '{user(r)}'@'localhost' = PASSWORD('").pw(pw(r, avoid="'"), "sql").t("');\n")
    return d


def sql_pg_role(r: random.Random) -> Doc:
    d = Doc("sql_pg_role", "en")
    d.t(f"CREATE ROLE {user(r)} WITH LOGIN PASSWORD '").pw(pw(r, avoid="'"), "sql").t("' VALID UNTIL '2027-01-01';\n")
    return d


def sql_oracle(r: random.Random) -> Doc:
    d = Doc("sql_oracle", "zh")
    d.t(f"Oracle 建用户：\nCREATE USER {user(r).upper()} IDENTIFIED BY ").pw(pw(r, avoid=SHELL_AVOID + ";"), "sql")
    d.t(";\nGRANT CONNECT, RESOURCE TO APP;\n")
    return d


def sql_mssql(r: random.Random) -> Doc:
    d = Doc("sql_mssql_login", "en")
    d.t(f"CREATE LOGIN {user(r)} WITH PASSWORD = N'").pw(pw(r, avoid="'"), "sql")
    d.t("', CHECK_POLICY = OFF;\n")
    return d


# ---------------------------------------------------------------------------------------- positives: code
def code_python(r: random.Random) -> Doc:
    d = Doc("code_python", "en")
    d.t("import pymysql\n\nconn = pymysql.connect(\n    host=\"").t(host(r)).t(f"\",\n    user=\"{user(r)}\",\n")
    d.t("    password=\"").pw(pw(r), "python").t(f"\",\n    database=\"{r.choice(DBS)}\",\n)\n")
    return d


def code_python_const(r: random.Random) -> Doc:
    d = Doc("code_python_const", "zh")
    d.t("这段爬虫登录不上，帮我看下：\n")
    name = r.choice(["PASSWORD", "LOGIN_PASSWORD", "passwd", "pwd"])
    d.t(f"USERNAME = '{user(r)}'\n{name} = '").pw(pw(r), "python").t("'\n")
    d.t("session.post(LOGIN_URL, data={'user': USERNAME, 'pass': " + name + "})\n")
    return d


def code_java(r: random.Random) -> Doc:
    d = Doc("code_java", "en")
    d.t("Connection conn = DriverManager.getConnection(\n    \"")
    s = d.open()
    d.t("jdbc:mysql://")
    where(d, r)
    d.t(f":3306/{r.choice(DBS)}")
    d.close("DB_CONNECTION_STRING", s)
    d.t(f"\", \"{user(r)}\", \"").pw(pw(r), "java").t("\");\n")
    return d


def code_java_field(r: random.Random) -> Doc:
    d = Doc("code_java_field", "en")
    d.t("public class MailConfig {\n    private static final String SMTP_USER = \"noreply\";\n")
    d.t("    private static final String SMTP_PASSWORD = \"").pw(pw(r), "java").t("\";\n}\n")
    return d


def code_go(r: random.Random) -> Doc:
    d = Doc("code_go", "en")
    d.t("cfg := mysql.Config{\n\tUser:   \"" + user(r) + "\",\n\tPasswd: \"").pw(pw(r), "go")
    d.t("\",\n\tNet:    \"tcp\",\n\tAddr:   \"").t(host(r)).t(":3306\",\n}\n")
    return d


def code_go_redis(r: random.Random) -> Doc:
    d = Doc("code_go_redis", "en")
    d.t("rdb := redis.NewClient(&redis.Options{\n\tAddr:     \"").t(host(r)).t(":6379\",\n\tPassword: \"")
    d.pw(pw(r), "go").t("\",\n\tDB:       0,\n})\n")
    return d


def code_js(r: random.Random) -> Doc:
    d = Doc("code_js", "en")
    q = r.choice(["'", '"', "`"])
    d.t("const pool = mysql.createPool({\n  host: '").t(host(r)).t(f"',\n  user: '{user(r)}',\n  password: {q}")
    d.pw(pw(r, avoid="$"), "js").t(f"{q},\n  connectionLimit: 10,\n}});\n")
    return d


def code_php(r: random.Random) -> Doc:
    d = Doc("code_php", "en")
    d.t("<?php\n$servername = \"").t(host(r)).t(f"\";\n$username = \"{user(r)}\";\n$password = \"")
    d.pw(pw(r, avoid="$"), "php").t("\";\n$conn = new mysqli($servername, $username, $password);\n")
    return d


def code_csharp(r: random.Random) -> Doc:
    d = Doc("code_csharp_ado", "en")
    d.t("var cs = \"")
    s = d.open()
    d.t("Server=")
    where(d, r)
    d.t(f";Database={r.choice(DBS)};User Id={user(r)};Password=").pw(pw(r, avoid=";"), "adonet").t(";")
    d.close("DB_CONNECTION_STRING", s)
    d.t("\";\nusing var conn = new SqlConnection(cs);\n")
    return d


# ---------------------------------------------------------------------------------------- positives: URIs
def uri_db(r: random.Random) -> Doc:
    scheme, port = r.choice([("mysql", 3306), ("postgresql", 5432), ("postgres", 5432), ("mongodb", 27017),
                             ("amqp", 5672), ("redis", 6379)])
    d = Doc(f"uri_{scheme}", r.choice(["en", "zh"]))
    if d.lang == "zh":
        d.t(r.choice(["连接串给你：", "配置中心里的地址：", "DATABASE_URL 现在是 "]))
    else:
        d.t(r.choice(["DATABASE_URL=", "Connection string: ", "dsn: "]))
    s = d.open()
    v = pw(r, avoid=URI_AVOID)
    tags = ["uri"]
    if r.random() < 0.3:   # a password with reserved characters, percent-encoded as the URI requires
        raw = pw(r) + r.choice("@:/#")
        v = urllib.parse.quote(raw, safe="")
        tags.append("percent_encoded")
    if scheme == "redis" and r.random() < 0.6:
        d.t("redis://:").pw(v, *tags).t("@")
    else:
        d.t(f"{scheme}://{user(r)}:").pw(v, *tags).t("@")
    where(d, r)
    d.t(f":{port}/{r.choice(DBS) if scheme != 'redis' else r.randint(0, 15)}")
    d.close("DB_CONNECTION_STRING", s)
    d.t(r.choice(["\n", "", "，帮我看看格式对不对。" if d.lang == "zh" else " (prod)"]))
    return d


def uri_srv(r: random.Random) -> Doc:
    d = Doc("uri_mongo_srv", "en")
    d.t("MONGO_URI=")
    s = d.open()
    d.t(f"mongodb+srv://{user(r)}:").pw(pw(r, avoid=URI_AVOID), "uri")
    d.t(f"@cluster0.{b64ish(r, 5, string.ascii_lowercase + string.digits)}.mongodb.net/{r.choice(DBS)}?retryWrites=true&w=majority")
    d.close("DB_CONNECTION_STRING", s)
    d.t("\n")
    return d


def uri_jdbc_params(r: random.Random) -> Doc:
    d = Doc("uri_jdbc_params", "zh")
    d.t("用这个 URL 连 SQL Server 报登录失败：\n")
    s = d.open()
    d.t("jdbc:sqlserver://")
    where(d, r)
    d.t(f":1433;databaseName={r.choice(DBS)};user={user(r)};password=").pw(pw(r, avoid=";"), "jdbc")
    d.t(";encrypt=false")
    d.close("DB_CONNECTION_STRING", s)
    return d


def uri_jdbc_query(r: random.Random) -> Doc:
    d = Doc("uri_jdbc_query", "en")
    s = d.open()
    d.t("jdbc:mysql://")
    where(d, r)
    d.t(f":3306/{r.choice(DBS)}?user={user(r)}&password=").pw(pw(r, avoid=URI_AVOID), "jdbc")
    d.t("&useSSL=false")
    d.close("DB_CONNECTION_STRING", s)
    d.t("\n")
    return d


def uri_odbc(r: random.Random) -> Doc:
    d = Doc("uri_odbc", "en")
    d.t("conn_str = \"")
    s = d.open()
    d.t("DRIVER={ODBC Driver 18 for SQL Server};SERVER=").t(host(r))
    d.t(f";DATABASE={r.choice(DBS)};UID={user(r)};PWD=").pw(pw(r, avoid=";{}"), "odbc")
    d.close("DB_CONNECTION_STRING", s)
    d.t("\"\n")
    return d


def uri_ftp(r: random.Random) -> Doc:
    d = Doc("uri_ftp", "zh")
    d.t("对方给的下载地址：")
    s = d.open()
    d.t(f"ftp://{user(r)}:").pw(pw(r, avoid=URI_AVOID), "uri").t(f"@{r.choice(['ftp.partner.lan', 'files.vendor.local'])}/outgoing/")
    d.close("DB_CONNECTION_STRING", s, optional=True)
    d.t(" ，文件每天凌晨更新。")
    return d


def uri_http_basic(r: random.Random) -> Doc:
    d = Doc("uri_http_userinfo", "en")
    d.t("pip install --index-url ")
    s = d.open()
    d.t(f"https://{user(r)}:").pw(pw(r, avoid=URI_AVOID), "uri").t("@nexus.ops.local/repository/pypi/simple")
    d.close("DB_CONNECTION_STRING", s, optional=True)
    d.t(" internal-sdk==3.2.0\n")
    return d


# ------------------------------------------------------------------------------------------ positives: mixed
def mixed_runbook(r: random.Random) -> Doc:
    d = Doc("runbook_mixed", "mixed")
    d.t("## 故障恢复 runbook\n1. 登录 bastion：ssh ops@bastion-01\n2. 切到 DB 机器，用 ")
    d.t("`mysql -uroot -p").pw(pw(r, avoid=SHELL_AVOID), "cli", "mysql_p").t("`\n")
    d.t("3. 检查复制状态 SHOW REPLICA STATUS\\G\n4. 如果要重启 Redis：redis-cli -a ")
    d.pw(pw(r, avoid=SHELL_AVOID), "cli").t(" shutdown\n")
    return d


def mixed_handover(r: random.Random) -> Doc:
    d = Doc("handover_mixed", "mixed")
    d.t("交接一下 staging 环境：\n- Jenkins: admin / ").pw(pw(r, avoid="/"), "chat", "pair")
    d.t("\n- Harbor 机器人账号 robot$ci，token 在 vault 里\n- SonarQube 初始密码 ").pw(pw(r), "chat")
    d.t("\n- 所有数据库密码见 ").d("placeholder_password", "${DB_PASSWORD}").t("（CI 注入）\n")
    return d


def mixed_password_and_hash(r: random.Random) -> Doc:
    d = Doc("password_and_hash", "zh")
    d.t("测试账号的密码是 ").pw(pw(r), "chat")
    d.t("，库里存的是 bcrypt：").d("hash", bcrypt(r)).t("\n校验一直失败，是不是 cost 不一致？")
    return d


POSITIVES: list[Callable[[random.Random], Doc]] = [
    chat_sent, chat_initial, chat_temp, chat_login_is, chat_wifi, chat_slash_pair, chat_user_then_pw, chat_quotes,
    chat_mixed, chat_en, email_temp, chat_zip, chat_bastion, chat_mail_vpn, chat_new_pw, chat_list, chat_ticket_en,
    cfg_yaml, cfg_env, cfg_json, cfg_toml, cfg_ini, cfg_mycnf, cfg_xml, cfg_properties, cfg_spring_yaml, cfg_compose,
    cfg_k8s, cfg_redis, cfg_pgpass, cfg_netrc, cfg_django, cfg_ansible, cfg_htpasswd_plain, cfg_ftp_xml,
    cfg_jdbc_props, cli_mysql_attached, cli_mysqldump, cli_psql, cli_sshpass, cli_curl, cli_redis, cli_mongo,
    cli_net_user, cli_htpasswd, cli_docker_login, cli_smb, cli_rabbit, cli_kubectl, cli_wget, cli_sudo_echo,
    sql_identified, sql_alter, sql_set_password, sql_pg_role, sql_oracle, sql_mssql, code_python,
    code_python_const, code_java, code_java_field, code_go, code_go_redis, code_js, code_php, code_csharp, uri_db,
    uri_srv, uri_jdbc_params, uri_jdbc_query, uri_odbc, uri_ftp, uri_http_basic, mixed_runbook, mixed_handover,
    mixed_password_and_hash,
]


# ------------------------------------------------------------------------------------------------ negatives
def neg_env_placeholder(r: random.Random) -> Doc:
    d = Doc("neg_env_placeholder", "en")
    d.t("# .env.example - copy to .env and fill in\nDB_HOST=localhost\nDB_USER=app\nDB_PASSWORD=")
    d.d("placeholder_password", r.choice(["${DB_PASSWORD}", "<your-db-password>", "your_password_here",
                                          "CHANGE_ME", "{{ db_password }}", "%(DB_PASSWORD)s"]))
    d.t("\nREDIS_PASSWORD=\nSMTP_PASS=").d("placeholder_password", r.choice(["<smtp-password>", "xxxxxx", "TODO_SET"]))
    d.t("\n")
    return d


def neg_yaml_placeholder(r: random.Random) -> Doc:
    d = Doc("neg_yaml_placeholder", "en")
    d.t("spring:\n  datasource:\n    username: ${DB_USER:app}\n    password: ")
    d.d("placeholder_password", r.choice(["${DB_PASSWORD}", "${SPRING_DATASOURCE_PASSWORD:}", "ENC(${DB_PWD_CIPHER})",
                                          "'{cipher}${DB_PASSWORD_CIPHER}'"]))
    d.t("\n  redis:\n    password: ").d("placeholder_password", r.choice(["${REDIS_PASSWORD:}", "\"\""])).t("\n")
    return d


def neg_masked(r: random.Random) -> Doc:
    d = Doc("neg_masked", r.choice(["zh", "en"]))
    if d.lang == "zh":
        d.t("日志里的密码已经脱敏了：\n[INFO] login attempt user=app password=")
        d.d("masked_password", r.choice(["******", "********", "***", "[REDACTED]", "<hidden>"]))
        d.t(" result=FAIL\n这种情况是不是说明账号被锁了？")
    else:
        d.t('{"event":"db_connect","user":"report","password":"')
        d.d("masked_password", r.choice(["***", "[FILTERED]", "********", "<masked>"]))
        d.t('","status":"timeout"}\nWhy does it time out only from the batch host?')
    return d


def neg_masked_dsn(r: random.Random) -> Doc:
    d = Doc("neg_masked_dsn", "en")
    d.t("The app logs its DSN on start-up (password masked by the driver):\nconnecting to ")
    d.d("dsn_placeholder", r.choice([f"postgresql://app:****@{host(r)}:5432/orders",
                                     f"mysql://report:xxxxx@{host(r)}:3306/analytics",
                                     f"redis://:******@{host(r)}:6379/0"]))
    d.t("\nthen it hangs for 30 s. Is this a DNS issue?")
    return d


def neg_dsn_template(r: random.Random) -> Doc:
    d = Doc("neg_dsn_template", "zh")
    d.t("文档里的连接串格式：\n")
    d.d("dsn_placeholder", r.choice(["mysql://<user>:<password>@<host>:3306/<db>",
                                     "postgresql://USER:PASSWORD@HOST:PORT/DBNAME",
                                     "mongodb://{username}:{password}@{host}:27017/{db}",
                                     "jdbc:sqlserver://host:1433;user=<user>;password=<password>"]))
    d.t("\n尖括号里的换成你自己的值。")
    return d


def neg_policy_zh(r: random.Random) -> Doc:
    d = Doc("neg_password_policy", "zh")
    d.t("帮我把密码策略写成检查清单：\n1. 密码长度至少")
    d.t(r.choice(["8", "10", "12"])).t("位，须包含大写字母、小写字母、数字和特殊字符中的三种；\n")
    d.t("2. 密码有效期90天，到期前7天提醒；\n3. 近5次使用过的密码不得重复使用；\n")
    d.t("4. 连续输错密码5次锁定账户30分钟；\n5. 初始密码首次登录必须修改。")
    return d


def neg_policy_en(r: random.Random) -> Doc:
    d = Doc("neg_password_policy_en", "en")
    d.t("Password requirements: at least 12 characters, one uppercase letter, one number and one symbol "
        "(e.g. ! @ # $). Passwords expire every 90 days and cannot match your last 5 passwords. "
        "After 5 failed attempts the account is locked for 15 minutes.")
    return d


def neg_policy_env(r: random.Random) -> Doc:
    d = Doc("neg_policy_config", "en")
    d.t(f"PASSWORD_MIN_LENGTH={r.choice([8, 10, 12])}\nPASSWORD_EXPIRE_DAYS=90\nPASSWORD_HISTORY=5\n")
    d.t("PASSWORD_REQUIRE_SYMBOL=true\nPASSWORD_HASH_ALGO=argon2id\nMAX_LOGIN_ATTEMPTS=5\n")
    return d


def neg_forgot(r: random.Random) -> Doc:
    d = Doc("neg_forgot_password", "zh")
    d.t("用户说收不到重置邮件。流程是：登录页点“忘记密码” → 输入注册邮箱 → 收到重置链接 → 设置新密码。")
    d.t("链接有效期30分钟。麻烦帮我写一段给客服用的话术。")
    return d


def neg_forgot_en(r: random.Random) -> Doc:
    d = Doc("neg_forgot_password_en", "en")
    d.t("Draft a reply: the customer clicked 'Forgot password?' twice but the reset link says it expired. "
        "Links are valid for 30 minutes and only the newest one works. Ask them to request a new link and "
        "check the spam folder.")
    return d


def neg_form_schema(r: random.Random) -> Doc:
    d = Doc("neg_field_names", "en")
    d.t('{\n  "fields": [\n    {"name": "username", "type": "text", "required": true},\n')
    d.t('    {"name": "password", "type": "password", "minLength": 8, "required": true},\n')
    d.t('    {"name": "confirm_password", "type": "password", "required": true}\n  ]\n}')
    return d


def neg_html_input(r: random.Random) -> Doc:
    d = Doc("neg_html_input", "zh")
    d.t("登录表单在 Safari 上自动填充不生效：\n<label for=\"pwd\">密码</label>\n")
    d.t("<input type=\"password\" id=\"pwd\" name=\"password\" placeholder=\"请输入密码\" autocomplete=\"current-password\">\n")
    return d


def neg_code_reads(r: random.Random) -> Doc:
    d = Doc("neg_code_env", "en")
    variant = r.randrange(4)
    if variant == 0:
        d.t("password = os.environ[\"DB_PASSWORD\"]\nconn = psycopg2.connect(host=host, user=user, password=password)\n")
    elif variant == 1:
        d.t("const password = process.env.DB_PASSWORD;\nif (!password) throw new Error('DB_PASSWORD is not set');\n")
    elif variant == 2:
        d.t("String password = System.getenv(\"DB_PASSWORD\");\nds.setPassword(password);\n")
    else:
        d.t("password := os.Getenv(\"DB_PASSWORD\")\nif password == \"\" {\n\tlog.Fatal(\"missing password\")\n}\n")
    return d


def neg_code_logic(r: random.Random) -> Doc:
    d = Doc("neg_code_password_logic", "en")
    d.t("def check_password(password: str, hashed: bytes) -> bool:\n")
    d.t("    if len(password) < 8:\n        return False\n    return bcrypt.checkpw(password.encode(), hashed)\n\n")
    d.t("password = getpass.getpass(\"Password: \")\n")
    return d


def neg_code_types(r: random.Random) -> Doc:
    d = Doc("neg_code_types", "en")
    d.t("interface LoginRequest {\n  username: string;\n  password: string;\n  rememberMe?: boolean;\n}\n\n")
    d.t("class Settings(BaseSettings):\n    db_password: SecretStr\n    db_user: str = \"app\"\n")
    return d


def neg_k8s_ref(r: random.Random) -> Doc:
    d = Doc("neg_k8s_secret_ref", "en")
    d.t("env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: db-credentials\n")
    d.t("        key: password\n  - name: DB_USER\n    value: app\n")
    return d


def neg_vault(r: random.Random) -> Doc:
    d = Doc("neg_vault_ref", "mixed")
    d.t("数据库密码统一放在 Vault：vault kv get -field=password secret/prod/orders-db\n")
    d.t("CI 里用 `VAULT_TOKEN` 读取，不要再写进 application.yml。")
    return d


def neg_bcrypt(r: random.Random) -> Doc:
    d = Doc("neg_hash_bcrypt", "zh")
    d.t("用户表导出片段（密码字段是哈希，不是明文）：\nid,username,password_hash,created_at\n")
    for i in range(r.randint(2, 3)):
        d.t(f"{r.randint(1000, 9999)},{user(r)}{i},").d("hash", bcrypt(r)).t(f",2026-0{r.randint(1, 9)}-1{i}\n")
    d.t("迁移到新系统时哈希能直接用吗？")
    return d


def neg_sha_hash(r: random.Random) -> Doc:
    d = Doc("neg_hash_sha256", "en")
    d.t("We store salted hashes:\n")
    d.t('{"user": "ops", "password_sha256": "').d("sha256", hexs(r, 64)).t('", "salt": "').d("hex_salt", hexs(r, 16))
    d.t('"}\nIs SHA-256 with a salt good enough or should we move to argon2?')
    return d


def neg_django_hash(r: random.Random) -> Doc:
    d = Doc("neg_hash_django", "en")
    d.t("password field in auth_user after the import:\n")
    d.d("hash", f"pbkdf2_sha256$600000${b64ish(r, 22, string.ascii_letters + string.digits)}${b64ish(r, 43, string.ascii_letters + string.digits + '+/')}=")
    d.t("\nLogins fail for these users only.")
    return d


def neg_shadow(r: random.Random) -> Doc:
    d = Doc("neg_hash_shadow", "zh")
    d.t("/etc/shadow 里这一行是什么意思？\n")
    d.t(f"{r.choice(['deploy', 'ops', 'app'])}:").d("hash", f"$6${b64ish(r, 16)}${b64ish(r, 86)}")
    d.t(":19800:0:99999:7:::\n")
    return d


def neg_htpasswd_file(r: random.Random) -> Doc:
    d = Doc("neg_htpasswd_file", "en")
    d.t("cat /etc/nginx/.htpasswd\n")
    d.t(f"{user(r)}:").d("hash", f"$apr1${b64ish(r, 8)}${b64ish(r, 22)}").t("\n")
    d.t(f"{user(r)}:").d("hash", bcrypt(r)).t("\nWhich of these formats does nginx support?")
    return d


def neg_ports(r: random.Random) -> Doc:
    d = Doc("neg_dash_p_port", "zh")
    d.t("端口映射不生效：\n")
    d.t(f"docker run -d -p {r.choice(['8080:80', '3306:3306', '6380:6379'])} --name web nginx:1.27\n")
    d.t(f"ssh -p {r.choice(['2222', '60022'])} ops@bastion-01\n")
    d.t(f"redis-cli -h cache-01 -p 6379 ping\nmysql -h db-01 -P 3306 -u report -p\n")
    d.t("最后一个会提示 Enter password:，这个正常。")
    return d


def neg_mysql_prompt(r: random.Random) -> Doc:
    d = Doc("neg_mysql_prompt", "en")
    d.t("$ mysql -u root -p\nEnter password:\nERROR 1045 (28000): Access denied for user 'root'@'localhost' "
        "(using password: YES)\nHow do I reset root if I forgot it?")
    return d


def neg_login_log(r: random.Random) -> Doc:
    d = Doc("neg_auth_log", "en")
    d.t("Login failed for user 'sa'. Reason: Password did not match that for the login provided. [CLIENT: local]\n")
    d.t("sshd[2231]: Failed password for invalid user admin from bastion-01 port 52144 ssh2\n")
    d.t("FATAL:  password authentication failed for user \"report\"\n")
    return d


def neg_docs_mention(r: random.Random) -> Doc:
    d = Doc("neg_tool_docs", "zh")
    d.t("安全规范：不要用 sshpass -p 或 mysql -p 后面直接跟密码的写法，密码会留在 shell history 里；")
    d.t("PGPASSWORD 环境变量同理。推荐用 ~/.pgpass、mysql_config_editor 或 --password-stdin。")
    return d


def neg_stdin(r: random.Random) -> Doc:
    d = Doc("neg_password_stdin", "en")
    d.t("echo \"$REGISTRY_TOKEN\" | docker login registry.corp.local -u ci-bot --password-stdin\n")
    d.t("read -s -p \"DB password: \" DB_PASS\nexport PGPASSWORD=\"$DB_PASS\"\n")
    return d


def neg_empty(r: random.Random) -> Doc:
    d = Doc("neg_empty_password", "mixed")
    d.t("本地开发用的配置，密码为空：\nredis:\n  host: localhost\n  password: \"\"\n")
    d.t("mysql:\n  user: root\n  password: ~\n  # password: null 也行\n")
    return d


def neg_changeme_prose(r: random.Random) -> Doc:
    d = Doc("neg_placeholder_prose", "en")
    d.t("The chart ships with the placeholder value ").d("placeholder_password", r.choice(["changeme", "CHANGE_ME", "change-me-please"]))
    d.t(" for adminPassword; the install fails on purpose until you override it with --set from your secret store.")
    return d


def neg_weak_list(r: random.Random) -> Doc:
    d = Doc("neg_weak_examples", "zh")
    d.t("年度安全报告：最常见的弱口令依次是 ").d("weak_example", "123456").t("、").d("weak_example", "password")
    d.t("、").d("weak_example", "admin123").t("，请在培训材料里提醒大家不要使用这类密码。")
    return d


def neg_masked_zh(r: random.Random) -> Doc:
    d = Doc("neg_masked_zh", "zh")
    d.t("工单截图上是：账号 test01，密码：").d("masked_password", r.choice(["******", "●●●●●●●●", "（已隐藏）"]))
    d.t("。用户说复制粘贴进去就提示错误，是不是带了空格？")
    return d


def neg_crypto_prose(r: random.Random) -> Doc:
    d = Doc("neg_crypto_prose", "zh")
    d.t("请解释一下：商用密码应用安全性评估（密评）要求使用 SM2、SM3、SM4 等国密算法，")
    d.t("和“口令”不是一回事。密码模块要符合 GM/T 0028 的安全等级。")
    return d


def neg_changelog(r: random.Random) -> Doc:
    d = Doc("neg_changelog", "mixed")
    d.t(f"v{r.randint(2, 4)}.{r.randint(0, 9)}.{r.randint(0, 20)} 更新日志\n- 修复：密码输入框无法粘贴\n")
    d.t("- 新增：密码强度提示（弱/中/强）\n- 优化：password reset 邮件模板\n- 移除：明文保存密码的旧选项\n")
    return d


def neg_jasypt(r: random.Random) -> Doc:
    d = Doc("neg_encrypted_value", "en")
    d.t("spring.datasource.password=").d("vault_blob", f"ENC({b64ish(r, 44, string.ascii_letters + string.digits + '+/')})")
    d.t("\njasypt.encryptor.algorithm=PBEWITHHMACSHA512ANDAES_256\n# the encryptor key comes from JASYPT_ENCRYPTOR_PASSWORD at runtime\n")
    return d


def neg_sql_bind(r: random.Random) -> Doc:
    d = Doc("neg_sql_bind", "en")
    d.t("cursor.execute(\"ALTER USER %s IDENTIFIED BY %s\", (name, new_password))\n")
    d.t("-- in the stored procedure:\nEXECUTE IMMEDIATE 'ALTER USER ' || p_user || ' IDENTIFIED BY ' || p_pwd;\n")
    return d


def neg_wifi_no_value(r: random.Random) -> Doc:
    d = Doc("neg_wifi_no_value", "zh")
    d.t("访客 WiFi 密码每周一更换，贴在前台；员工请连 Office-5F，用域账号登录，不需要单独的 WiFi 密码。")
    return d


def neg_reset_sms(r: random.Random) -> Doc:
    d = Doc("neg_reset_code", "zh")
    d.t("短信模板审核：【某某平台】您正在重置登录密码，验证码为${code}，5分钟内有效，请勿泄露。")
    d.t("模板变量 code 为6位数字。")
    return d


def neg_compose_secrets(r: random.Random) -> Doc:
    d = Doc("neg_compose_secrets", "en")
    d.t("services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password\n")
    d.t("    secrets:\n      - pg_password\nsecrets:\n  pg_password:\n    file: ./secrets/pg_password.txt\n")
    return d


def neg_terraform(r: random.Random) -> Doc:
    d = Doc("neg_terraform", "en")
    d.t("resource \"aws_db_instance\" \"main\" {\n  engine   = \"mysql\"\n  username = \"admin\"\n")
    d.t("  password = var.db_password\n}\n\nvariable \"db_password\" {\n  type      = string\n  sensitive = true\n}\n")
    return d


def neg_git_history(r: random.Random) -> Doc:
    d = Doc("neg_git_log", "en")
    d.t("commit ").d("git_sha", hexs(r, 40)).t("\n    remove hard-coded password from settings.py (moved to env)\n\n")
    d.t("commit ").d("git_sha", hexs(r, 40)).t("\n    add password_reset view and token expiry\n")
    return d


def neg_openapi_example(r: random.Random) -> Doc:
    d = Doc("neg_openapi_example", "en")
    d.t("POST /api/v1/auth/login\nRequest body (example generated by Swagger UI):\n{\n  \"username\": \"string\",\n")
    d.t('  "password": "').d("placeholder_password", r.choice(["string", "<string>", "********"])).t('",\n')
    d.t('  "captcha": "string"\n}\nResponses: 200 OK, 401 Unauthorized')
    return d


def neg_cli_help(r: random.Random) -> Doc:
    d = Doc("neg_cli_help", "en")
    d.t(r.choice(["mysql --help | grep -A2 password\n", "From the man page:\n"]))
    d.t("  -p, --password[=name]\n                      Password to use when connecting to server. If password is\n")
    d.t("                      not given it's asked from the tty.\n")
    d.t(r.choice(["So -p alone prompts?", "  -P, --port=#        Port number to use for connection.\n"]))
    return d


def neg_redis_sample(r: random.Random) -> Doc:
    d = Doc("neg_redis_sample_comment", "en")
    d.t("# Warning: since Redis is pretty fast, an outside user can try up to\n# 1 million passwords per second.\n#\n")
    d.t("# requirepass ").d("placeholder_password", "foobared").t("\n")
    d.t(r.choice(["The stock redis.conf has this commented out - is auth off by default?",
                  "这段是默认配置里的注释，我们线上没打开，需要开吗？"]))
    return d


def neg_shell_vars(r: random.Random) -> Doc:
    d = Doc("neg_shell_variables", "en")
    d.t("curl -u \"$NEXUS_USER:$NEXUS_PASS\" https://nexus.ops.local/service/rest/v1/status\n")
    d.t("mysql -u\"$DB_USER\" -p\"$DB_PASS\" -h \"$DB_HOST\" < migrate.sql\n")
    d.t(r.choice(["Both lines read the secrets from CI variables.", "Is quoting the variables enough here?"]))
    return d


def neg_passwd_cmd(r: random.Random) -> Doc:
    d = Doc("neg_passwd_command", "en")
    d.t("$ pwd\n/home/").t(r.choice(["deploy", "ops", "app"])).t("\n$ passwd\nChanging password for user ")
    d.t(r.choice(["deploy", "ops", "app"])).t(".\nCurrent password:\nNew password:\nRetype new password:\n")
    d.t("passwd: all authentication tokens updated successfully.\n")
    return d


def neg_i18n(r: random.Random) -> Doc:
    d = Doc("neg_i18n_labels", "mixed")
    if r.random() < 0.5:
        d.t("messages_zh_CN.properties\nlogin.username=用户名\nlogin.password=密码\n")
        d.t("login.password.placeholder=请输入密码\nlogin.password.error=密码错误，请重试\n")
    else:
        d.t('{\n  "login": {\n    "username": "Username",\n    "password": "Password",\n')
        d.t('    "forgot": "Forgot password?",\n    "show_password": "显示密码"\n  }\n}')
    return d


def neg_admin_reset(r: random.Random) -> Doc:
    d = Doc("neg_reset_notice", "zh")
    d.t(r.choice(["通知：", "【系统公告】"]))
    d.t("即日起OA系统管理员重置密码后，新密码将通过短信发送给本人，不再通过群聊或邮件发送。")
    d.t("如需重置，请在服务台提交工单。")
    return d


def neg_masked_yaml(r: random.Random) -> Doc:
    d = Doc("neg_masked_config_dump", "en")
    d.t("Effective configuration (secrets hidden by the actuator):\n")
    d.t('{"spring.datasource.driver-class-name": "com.mysql.cj.jdbc.Driver", "spring.datasource.username": "app", ')
    d.t('"spring.datasource.password": "').d("masked_password", r.choice(["******", "<hidden>"])).t('"}\n')
    return d


NEGATIVES: list[Callable[[random.Random], Doc]] = [
    neg_env_placeholder, neg_yaml_placeholder, neg_masked, neg_masked_dsn, neg_dsn_template, neg_policy_zh,
    neg_policy_en, neg_policy_env, neg_forgot, neg_forgot_en, neg_form_schema, neg_html_input, neg_code_reads,
    neg_code_logic, neg_code_types, neg_k8s_ref, neg_vault, neg_bcrypt, neg_sha_hash, neg_django_hash, neg_shadow,
    neg_htpasswd_file, neg_ports, neg_mysql_prompt, neg_login_log, neg_docs_mention, neg_stdin, neg_empty,
    neg_changeme_prose, neg_weak_list, neg_masked_zh, neg_crypto_prose, neg_changelog, neg_jasypt, neg_sql_bind,
    neg_wifi_no_value, neg_reset_sms, neg_compose_secrets, neg_terraform, neg_git_history, neg_openapi_example,
    neg_cli_help, neg_redis_sample, neg_shell_vars, neg_passwd_cmd, neg_i18n, neg_admin_reset, neg_masked_yaml,
]

# How a question about a pasted snippet opens; gives the same snippet a different document around it.
LEAD_INS = ["", "", "帮我看看这段：\n", "这个有问题吗？\n", "Quick question about this:\n", "Can you review this?\n",
            "工单附件内容如下：\n", "From the wiki page:\n"]


def _prefixed(doc: Doc, lead: str) -> Doc:
    """The same document with `lead` in front (offsets shifted)."""
    if not lead:
        return doc
    out = Doc(doc.kind, doc.lang)
    out.t(lead)
    n = len(lead)
    out.parts += doc.parts
    out.pos += doc.pos
    out.spans = [{**s, "start": s["start"] + n, "end": s["end"] + n} for s in doc.spans]
    out.decoys = [{**x, "start": x["start"] + n, "end": x["end"] + n} for x in doc.decoys]
    out.expect = [(a + n, b + n, v) for a, b, v in doc.expect]
    return out


def records(seed: int = SEED) -> list[dict[str, Any]]:
    """Every round-6 record, validated; the order and values follow only the seed."""
    r = random.Random(seed)
    plan = [f for f in POSITIVES for _ in range(POSITIVE_COPIES)]
    plan += [f for f in NEGATIVES for _ in range(NEGATIVE_COPIES)]
    r.shuffle(plan)
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for f in plan:
        for _ in range(20):   # a repeat of an earlier text is drawn again, with another lead-in
            doc = f(r)
            if f in NEGATIVES:
                lead = r.choice(LEAD_INS)
                doc = _prefixed(doc, lead)
            rec = doc.record(f"{SPLIT}-{len(out):05d}")
            if rec["text"] not in seen:
                break
        else:
            raise AssertionError(f"{f.__name__} keeps producing the same text")
        seen.add(rec["text"])
        check_generated(rec)
        out.append(rec)
    return out


def write(out: Path = OUT, seed: int = SEED) -> list[dict[str, Any]]:
    from bench.eval.blind.build import write_jsonl
    return write_jsonl(records(seed), out)


def main(argv: list[str] | None = None) -> int:
    from bench.eval.blind.build import generated_main
    return generated_main(write, OUT, "PASSWORD", argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

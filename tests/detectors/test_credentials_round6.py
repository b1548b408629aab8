"""Password forms and credential look-alikes from the round-6 blind corpus (bench/eval/round6_passwords.py),
one case per rule rather than per document: each positive was missed and each negative flagged before the rule
(checked against c1060ae). All values are synthetic."""

from __future__ import annotations

import pytest

import detectors

FOUND = [
    # XML elements named Pass (FileZilla site exports, hand-written configs)
    ("<Server>\n  <User>billing</User>\n  <Pass>78=2ae+x=RdF</Pass>\n</Server>", "78=2ae+x=RdF"),
    ("<smtp_pass>Sm7p#2026x</smtp_pass>", "Sm7p#2026x"),
    # a hand-over list: label, account, slash, password
    ("交接清单：\n- 测试Redis：deploy / Uiiv6XmLh2\n- 生产MySQL：dba / Zx%c7v&97\n", "Uiiv6XmLh2"),
    ("交接清单：\n- 测试Redis：deploy / Uiiv6XmLh2\n- 生产MySQL：dba / Zx%c7v&97\n", "Zx%c7v&97"),
    ("staging:\n- Jenkins: admin / F$_&&?.u2%YJT=\n", "F$_&&?.u2%YJT="),
    # user:password after a word for signing in
    ("login with admin:Xk9#mP2q on the console", "Xk9#mP2q"),
    ("creds: root:T0mcat!2026", "T0mcat!2026"),
    # command lines
    ("smbclient //fileserver/finance -U root%HRCNr24MSBz9 -c 'ls'", "HRCNr24MSBz9"),
    ("lftp -u backup,K7mQ2xz9 sftp://files.corp.local", "K7mQ2xz9"),
    ("htpasswd -b -c /etc/nginx/.htpasswd app beifang@6791", "beifang@6791"),
    ("htpasswd -nbB admin 'Ng1nx#2026'", "Ng1nx#2026"),
    ("127.0.0.1:6379> AUTH default Zq8mK2xq7", "Zq8mK2xq7"),
    # SQL
    ("CREATE USER MONITOR IDENTIFIED BY ocean-tiger-cedar57;", "ocean-tiger-cedar57"),
    ("CREATE LOGIN deploy WITH PASSWORD = N'Winter2020#', CHECK_POLICY = OFF;", "Winter2020#"),
    # code: the password argument on its own line
    ('DriverManager.getConnection(\n    "jdbc:mysql://db.corp.local:3306/crm", "etl_job", "EsGOOxC5R0");', "EsGOOxC5R0"),
    # Chinese chat
    ("数据库的root密码是《6ONa~~imMw》，别复制多了空格。", "6ONa~~imMw"),
    ("密码（区分大小写）：K7#mQ2xz", "K7#mQ2xz"),
    ("密码我改成K7#mQ2xz了", "K7#mQ2xz"),
    ("账号密码：root K7#mQ2xz", "K7#mQ2xz"),
    ("用 root / K7#mQ2xz 登录", "K7#mQ2xz"),
    # English prose
    ("use K7#mQ2xz as the password", "K7#mQ2xz"),
    ("user admin pass K7#mQ2xz", "K7#mQ2xz"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_password_form_is_found(text: str, value: str) -> None:
    assert ("PASSWORD", value) in [(f.type, text[f.start:f.end]) for f in detectors.scan(text)]


EXACT = [
    ("jdbc:mysql://db.corp.local:3306/pay?user=readonly&password=rocket-dragon-ocean77&useSSL=false",
     "rocket-dragon-ocean77"),
    ("jdbc:sqlserver://db.corp.local:1433;user=sync;password=Falcon2027&;encrypt=false", "Falcon2027&"),
]
"""A password inside a query string or a `;` list ends at the next key, not at the end of the string."""


@pytest.mark.parametrize(("text", "value"), EXACT)
def test_password_value_stops_at_the_next_key(text: str, value: str) -> None:
    hits = [text[h.start:h.end] for h in detectors.default_scanner().hits(text) if h.entity_type == "PASSWORD"]
    assert value in hits and all(h == value for h in hits)


NOTHING = [
    '{"user": "ops", "password_sha256": "bc6f4e81c6bbec324227ccec53f5c9f4191894ef85cef7915288bcebb0d48f3b"}',
    "PASSWORD_MIN_LENGTH=128\nPASSWORD_EXPIRE_DAYS=90\nPASSWORD_HASH_ALGO=argon2id\n",
    "environment:\n  POSTGRES_PASSWORD_FILE: /run/secrets/pg_password\n",
    "hashed_password=$2b$12$abcdefghijklmnopqrstuuAbCdEfGhIjKlMnOpQrStUvWxYz01234",
    "DB_PASSWORD=\nSMTP_PASS=TODO_SET\n",
    '{"username": "string", "password": "string"}',
    "docker login -u ci -p Dk9#Reg2026x\nWARNING! Using --password via the CLI is insecure.",
    "login.password=密码\nlogin.password.placeholder=请输入密码\nlogin.password.error=密码错误\n",
    "password = os.environ['DB_PASSWORD']\nconn = psycopg2.connect(host=host, user=user, password=password)\n",
]
"""Settings about a password, stored hashes, placeholders, prose about a flag, form labels and keyword arguments:
each flagged before (the one real password in the docker line is allowed)."""

GUARDS = [
    "userPassword: {SSHA}abcdEFGH1234abcdEFGH1234==",
    "image: registry.example.com/app:v1.29.72\nNode: ip-node-pool-b/worker-17\n",
    "版本：v1.2 / v2.0-rc1",
    "密码长度要求：至少8位\n密码示例：Abc@1234\n",
    "ALTER USER app IDENTIFIED BY :new_pw;\nCREATE USER x IDENTIFIED BY p_password;\nIDENTIFIED BY VALUES 'S:AB12'",
    "htpasswd -c /etc/nginx/.htpasswd admin",
    "> auth failed for user root",
    "login as www-data:www-data at 10:30:00",
]
"""What the new rules must leave alone (paths and versions for the list pairs, rules and examples for 密码…：,
binds and hashes for IDENTIFIED BY, htpasswd without -b, a log line for AUTH, user:group for login as)."""


@pytest.mark.parametrize("text", NOTHING + GUARDS)
def test_no_false_credential(text: str) -> None:
    found = [(f.type, text[f.start:f.end]) for f in detectors.scan(text)
             if f.type in ("PASSWORD", "API_KEY", "DB_CONNECTION_STRING")]
    assert found in ([], [("PASSWORD", "Dk9#Reg2026x")])

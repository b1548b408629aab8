"""Password forms that round 11 (bench/eval/blind/round11_secrets.py) showed missing, with fresh synthetic values,
each with look-alikes that must stay quiet: the password column of `INSERT … VALUES`, accented and Chinese
letters in a value, capitalised words joined by dots, and a URL or Chinese words after `-u user:`."""

from __future__ import annotations

import pytest

import detectors


def _passwords(text: str) -> list[str]:
    return [text[f.start:f.end] for f in detectors.scan(text) if f.type == "PASSWORD"]


@pytest.mark.parametrize(("text", "values"), [
    ("INSERT INTO members (email, pwd, level) VALUES ('a@example.org', 'Kestrel#5521', 2);", ["Kestrel#5521"]),
    ("insert into op_user(uid,login_pwd) values (31,'qv8Tz-Lm3p'),(32,'Ru4&hNx7c');", ["qv8Tz-Lm3p", "Ru4&hNx7c"]),
    ("INSERT INTO [dbo].[Accounts] ([Name], [Password]) VALUES (N'x', 'Pelican.77x');", ["Pelican.77x"]),
    ("INSERT INTO acct (user_name, user_password, created) VALUES ('mli', 'x9!Wq2rT', NOW());", ["x9!Wq2rT"]),
    ("INSERT INTO auth (name, passwd) VALUES ('ops', MD5('Hollow#812'));", ["Hollow#812"]),
    ("INSERT INTO t (a, password)\nVALUES\n  ('x', 'Mn4$vb21'),\n  ('y', 'Zp7*rt90');", ["Mn4$vb21", "Zp7*rt90"]),
])
def test_insert_values_label_the_password_column(text: str, values: list[str]) -> None:
    found = _passwords(text)
    assert all(v in found for v in values), found


@pytest.mark.parametrize("text", [
    "INSERT INTO members (email, password_hash) VALUES ('a@example.org', 'Kestrel#5521');",
    "INSERT INTO members (email, pwd) VALUES ('a@example.org', '5f4dcc3b5aa765d61d8327deb882cf99');",
    "INSERT INTO members (email, pwd) VALUES (?, ?);",
    "INSERT INTO members (email, pwd) VALUES (:email, :pwd);",
    "INSERT INTO members (email, pwd) VALUES ('a@example.org', '$2y$10$abcdefghijklmnopqrstuu0123456789ABCDEFGHIJKLMNOPQRS');",
    "INSERT INTO members (email, pwd) VALUES ('a@example.org', '<password>');",
    "INSERT INTO members (email, pwd, level) VALUES ('a@example.org', 2);",
    "INSERT INTO settings (k, v) VALUES ('password_min_length', '12');",
])
def test_insert_look_alikes_are_quiet(text: str) -> None:
    assert _passwords(text) == []


@pytest.mark.parametrize(("text", "value"), [
    ("MAIL_PASSWORD=Señal#4471", "Señal#4471"),
    ("wifi 密码：Ångström88!", "Ångström88!"),
    ("NAS 密码：落霞孤鹜#52", "落霞孤鹜#52"),
    ("ftp_password = 秋水共长天@2026", "秋水共长天@2026"),
    ("password: Falcon.Meadow19", "Falcon.Meadow19"),
    ("db.password=Cobalt.EMBER64", "Cobalt.EMBER64"),
    ("rclone config create vault sftp host nas.example.cn user bk pass 40917263", "40917263"),
    ("rclone obscure 'Wq7#rLm2'", "Wq7#rLm2"),
])
def test_unicode_and_dotted_values(text: str, value: str) -> None:
    assert value in _passwords(text)


@pytest.mark.parametrize("text", [
    "密码：见附件#3",
    "初始密码：手机号后6位",
    "密码：工号后4位",
    "密码：身份证后六位",
    "password = Config.Password",
    "password: settings.db_pass",
    "curl -u USER:PASSWORD https://api.example.net/v2/items",
    "rclone config update vault pass $VAULT_PASS",
    "rclone obscure - < pw.txt",
    "curl -u 'USERNAME:PASSWORD' http://files.example.org/a",
    "别在 curl 里写 -u 账号:口令，用 --netrc-file 代替",
])
def test_unicode_dotted_and_url_look_alikes_are_quiet(text: str) -> None:
    assert _passwords(text) == []


@pytest.mark.parametrize(("text", "value"), [
    ("Your account: jli, password: Vt5&kq2\nR8w\n\nRegards, IT", "Vt5&kq2\nR8w"),
    ("临时密码：Pz7#nm4x\nq2\n（邮件客户端自动换行）", "Pz7#nm4x\nq2"),
])
def test_a_value_wrapped_onto_the_next_line(text: str, value: str) -> None:
    assert value in _passwords(text)


@pytest.mark.parametrize(("text", "value"), [
    ("password=Vt5&kq2x\nport=5432", "Vt5&kq2x"),
    ("密码：Pz7#nm4x\n2026\n其他事项", "Pz7#nm4x"),
    ("password: Vt5&kq2x\n- item3", "Vt5&kq2x"),
    ("密码：Pz7#nm4x\nOK?", "Pz7#nm4x"),
])
def test_the_next_line_is_not_taken_when_it_is_no_rest(text: str, value: str) -> None:
    assert _passwords(text) == [value]

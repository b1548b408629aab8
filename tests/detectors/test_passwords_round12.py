"""Password forms that round 12c (bench/eval/blind/round12_credentials.py) showed missing, with fresh synthetic
values, each with look-alikes that must stay quiet: a password answered alone in a later chat turn, a second
password in the same sentence, INSERT rows whose columns an earlier CREATE TABLE or a comment names, CSV and
Markdown layouts (quoted cells, `;`, key / value rows, psql output), a Wi-Fi QR payload, dotted values with a
digit in every part, Chinese words glued to digits, and an AWS secret after `SK 是`."""

from __future__ import annotations

import pytest

import detectors


def _found(text: str, kind: str = "PASSWORD") -> list[str]:
    return [text[f.start:f.end] for f in detectors.scan(text) if f.type == kind]


@pytest.mark.parametrize(("text", "values"), [
    ("甲：NAS 密码多少？\n乙：Tq8#wLmz41", ["Tq8#wLmz41"]),
    ("[09:41] 我: 测试库的登录密码是啥？\n[09:41] 值班: 等下\n[09:44] 值班: qL7-Vbn29x", ["qL7-Vbn29x"]),
    ("Q: what's the pw for the build box?\nA: Orchid.Vane37", ["Orchid.Vane37"]),
    ("> 能把跳板机口令发我一下吗\n\n`Kp3$hh72Ra`\n\n看完删", ["Kp3$hh72Ra"]),
    ("客服：已为您重置，新密码：\nWq5!rrTz80\n请尽快修改。", ["Wq5!rrTz80"]),
    ("处理结果：已开通，密码见下一行\nbaiyun@0713", ["baiyun@0713"]),
    ("Grafana 密码呢？\n👉 松柏8821", ["松柏8821"]),
])
def test_a_password_answered_in_a_later_turn(text: str, values: list[str]) -> None:
    assert _found(text) == values


@pytest.mark.parametrize("text", [
    "A：VPN 密码多少？\nB：私聊你了",
    "Q: What's the Wi-Fi password?\nA: It's on the whiteboard in room 3.",
    "密码呢？\nhttps://sso.example.cn/reset2026",
    "DB_PASSWORD=$MYSQL_ROOT_PASSWORD\nartifact_sha256: 8d9d8398b251762f7959e664f120d5383d9a2b2d431a0db4513629c1e950c607",
    'psql "jdbc:mysql://db.example.cn:3306/x?user=a&password=Tq8wLmz41x"\n$ git log -1\n81c5a978c34216bbc639bc59717f1e85f5928fad',
    "What's the password for the lab?\nv2.14.3",
])
def test_later_turns_without_a_password_are_quiet(text: str) -> None:
    found = _found(text)
    assert all(v == "Tq8wLmz41x" for v in found), found


@pytest.mark.parametrize(("text", "values"), [
    ("NAS 旧密码 Fern#2207，新密码 Moss#8841，今晚切换", ["Fern#2207", "Moss#8841"]),
    ("I changed the VPN password from Coral#5512 to Reef!9034 today.", ["Coral#5512", "Reef!9034"]),
    ("pw 是 Tidal77x! or maybe Quay#31zz, 记不清了", ["Tidal77x!", "Quay#31zz"]),
    ("后台：管理员 admin/Harbor#771，普通用户 user/DockLight42", ["Harbor#771", "DockLight42"]),
    ("密码：测试环境 Gz5+pLm20，生产环境 river-stone-72-Oak", ["Gz5+pLm20", "river-stone-72-Oak"]),
    ("Wi-Fi 密码：5G 的是 晴雪5521#，2.4G 的是 Ak9!mm23Q", ["晴雪5521#", "Ak9!mm23Q"]),
    ("账号密码要么是 Lark.7741 要么是 Wren#0092", ["Lark.7741", "Wren#0092"]),
])
def test_a_second_password_in_the_sentence(text: str, values: list[str]) -> None:
    assert _found(text) == values


@pytest.mark.parametrize(("text", "values"), [
    ("无线密码：Zq7_hh31Lm，SSID 是 Office-Guest-5G", ["Zq7_hh31Lm"]),
    ("sshd[1]: Failed password for invalid user admin from gate-07 port 22 ssh2", []),
    ("密码 Kx81!pq，用户名是 build-agent-01", ["Kx81!pq"]),
])
def test_what_follows_a_password_is_not_always_another(text: str, values: list[str]) -> None:
    assert _found(text) == values


@pytest.mark.parametrize(("text", "values"), [
    ("CREATE TABLE acct (id INT, login VARCHAR(32), pwd VARCHAR(64), PRIMARY KEY (id));\n"
     "INSERT INTO acct VALUES (7, 'ops', 'Mk3!vv90Lz');", ["Mk3!vv90Lz"]),
    ("-- columns: id | name | password | created\nINSERT INTO u VALUES (1, 'a', 'Ty6#nnQ21', '2026-01-02');",
     ["Ty6#nnQ21"]),
    ("/* 表结构：id, name, passwd */\ninsert into op values(2, 'b', 'songlin.0415');", ["songlin.0415"]),
    ("REPLACE INTO member (id, account, secret_pwd) VALUES (4, 'c', 'Pd8@ww31x');", ["Pd8@ww31x"]),
])
def test_insert_columns_from_create_table_or_a_comment(text: str, values: list[str]) -> None:
    assert _found(text) == values


@pytest.mark.parametrize("text", [
    "CREATE TABLE acct (id INT, login VARCHAR(32), note VARCHAR(64));\nINSERT INTO acct VALUES (7, 'ops', 'Mk3!vv90Lz');",
    "CREATE TABLE acct (id INT, login VARCHAR(32), pwd VARCHAR(64));\nINSERT INTO other VALUES (7, 'ops', 'Mk3!vv90Lz');",
    "CREATE TABLE acct (id INT, pwd VARCHAR(64));\n"
    "INSERT INTO acct VALUES (1, '$2a$10$abcdefghijklmnopqrstuu0123456789ABCDEFGHIJKLMNOPQRS');",
    "UPDATE users SET password = :new_password WHERE id = :id;",
])
def test_insert_and_update_look_alikes_are_quiet(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(("text", "values"), [
    ('"Account","Login Name","Password","Web Site"\n"NAS","ops","Rv7-Lq2mZ","https://nas.example.cn"', ["Rv7-Lq2mZ"]),
    ("name,url,login_username,login_password\nGit,https://git.example.cn,ops,Wk4#pp20", ["Wk4#pp20"]),
    ("user;password;role\nops;Hn5!tt88q;admin", ["Hn5!tt88q"]),
    ("| Field | Value |\n|---|---|\n| Username | ops |\n| Password | OakRiver83 |", ["OakRiver83"]),
    ("| 项目 | 值 |\n|---|---|\n| 账号 | ops |\n| 密码 | 青松7731 |\n| 有效期 | 30 天 |", ["青松7731"]),
    (" username | password\n----------+----------\n ops      | Lm9_kk20x\n(1 row)", ["Lm9_kk20x"]),
    ("username,password\nops,海棠2207", ["海棠2207"]),
])
def test_table_layouts(text: str, values: list[str]) -> None:
    assert _found(text) == values


@pytest.mark.parametrize(("text", "values"), [
    ("WIFI:T:WPA;S:Office-5G;P:Birch-Lake-42;;", ["Birch-Lake-42"]),
    ("二维码：WIFI:S:Guest;T:WPA;P:Nm38.FJX77;H:false;;", ["Nm38.FJX77"]),
    ("WIFI:T:WPA;S:Guest;P:<password>;;", []),
    ("password: Kx533.PEB60", ["Kx533.PEB60"]),
    ("docker login reg.example.cn --username ci --password Rv84.WAL48", ["Rv84.WAL48"]),
    ("password: config.db.password", []),
    ("密码：松风6242", ["松风6242"]),
    ("密码：工号1234", []),
    ("password: example-password  # 示例值，请替换", []),
    ("git clone https://ops:飞鸿5733@git.example.cn/infra.git", ["飞鸿5733"]),
])
def test_value_shapes(text: str, values: list[str]) -> None:
    assert _found(text) == values


def test_a_connection_string_with_a_chinese_password_is_one() -> None:
    text = "DATABASE_URL=mysql://app:飞鸿5733@db.example.cn:3306/shop"
    assert _found(text, "DB_CONNECTION_STRING") == ["mysql://app:飞鸿5733@db.example.cn:3306/shop"]


def test_aws_secret_after_its_short_name() -> None:
    text = "AWS 的 AK 是 AKIAQWERTYUIOPASDFGH，SK 是 h9W7utEw8RWh9W26NfeLISjYZx6/5hHkTIhjDlFQ"
    assert _found(text, "API_KEY") == ["AKIAQWERTYUIOPASDFGH", "h9W7utEw8RWh9W26NfeLISjYZx6/5hHkTIhjDlFQ"]


def test_the_aws_documentation_keys_are_examples() -> None:
    text = "示例 key AKIAIOSFODNN7EXAMPLE 和 wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY 只是示例"
    assert _found(text, "API_KEY") == []

"""Password forms that round 14w (bench/eval/blind/round14_passwords.py) showed missing, with fresh synthetic
values, each with look-alikes that must stay quiet: dotted values people build (`Word.word42`), hand-over verbs
between 密码 and its value (放这儿了, 丢这了, 一直是), two values offered without a password word (先试 A，不行就用 B),
a Wi-Fi key on the line under its network, a short `secret` under a `credentials:` block, export columns headed
pass_word / pw / credential / 密码(明文), dot leaders in mails, `the new one is`, prose `password on <thing> is`,
and the commands smbclient (positional), rar -hp, SSHPASS=, ConvertTo-SecureString -AsPlainText first,
SMBConnection(...)."""

from __future__ import annotations

import pytest

import detectors


def _found(text: str, kind: str = "PASSWORD") -> list[str]:
    return [text[f.start:f.end] for f in detectors.scan(text) if f.type == kind]


@pytest.mark.parametrize(("text", "values"), [
    ("password: Falcon.river57", ["Falcon.river57"]),
    ("mongo -u rep01 -p t4kqzpw9M.b --authenticationDatabase admin", ["t4kqzpw9M.b"]),
    ("MINIO_ROOT_PASSWORD=Cedar412.oak", ["Cedar412.oak"]),
    ("git clone https://ci_bot:K.wz072@git5.example.net/ops/x.git", ["K.wz072"]),
    ("WiFi 密碼 Pq5mrX.zhtWa（今日有效）", ["Pq5mrX.zhtWa"]),
])
def test_dotted_values_people_build(text: str, values: list[str]) -> None:
    assert _found(text) == values


@pytest.mark.parametrize("text", [
    "password = settings.db.pwd",
    "password = self.client.pw2",
    "db_password = cfg.utf8mb4.name",
])
def test_attribute_paths_stay_code(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(("text", "values"), [
    ("ERP 的管理员密码一直是 pQxWvTk~RnMs，别改", ["pQxWvTk~RnMs"]),
    ("pw 丢这了 Songlin#2031 看完删", ["Songlin#2031"]),
    ("打印服务器的密码放这儿了 松涛#8821 记得撤回", ["松涛#8821"]),
    ("OA 登录密码发你了哈 v5K!q71 用完说一声", ["v5K!q71"]),
])
def test_hand_over_words_between_the_word_and_the_value(text: str, values: list[str]) -> None:
    assert _found(text) == values


@pytest.mark.parametrize(("text", "values"), [
    ("测试机先试 Maple361#rk，还不行就用 远山@9031", ["Maple361#rk", "远山@9031"]),
    ("你先拿 H4rbour77 试试，提示错误再换 Rk9#wq2Lm", ["H4rbour77", "Rk9#wq2Lm"]),
    ("那个号之前是 Birch52%ab，后来被改成 Birch.elm63 了", ["Birch52%ab", "Birch.elm63"]),
])
def test_two_values_offered_without_a_password_word(text: str, values: list[str]) -> None:
    assert _found(text) == values


@pytest.mark.parametrize("text", [
    "先试试清缓存，不行就重启",
    "之前是 web01.example.com，后来改成 web02.example.com",
    "先用 v2.3.1 测，不行就用 v2.2.9",
])
def test_fallbacks_that_are_no_passwords(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(("text", "values"), [
    ("交接\n网络 Lab-West-5G\n密钥 Qinghe72031\n钥匙在前台", ["Qinghe72031"]),
    ("- 会议室\n  网络：Room-B-24G\n  密钥：7K.pwx2Vq\n", ["7K.pwx2Vq"]),
])
def test_a_wifi_key_under_its_network_line(text: str, values: list[str]) -> None:
    assert _found(text) == values


@pytest.mark.parametrize(("text", "values"), [
    ("mail:\n  credentials:\n    user: mailer\n    secret: Q7h!R42", ["Q7h!R42"]),
    ("sync:\n  credentials:\n    - login: syncer\n      secret: \"z9T#k31\"", ["z9T#k31"]),
    ("ldap:\n  bind_credential: Wk5_nnq8Lrt", ["Wk5_nnq8Lrt"]),
])
def test_a_short_secret_under_credentials(text: str, values: list[str]) -> None:
    assert _found(text) == values


@pytest.mark.parametrize("text", [
    "spec:\n  secret: db-cred-v2",
    "env:\n  GOOGLE_APPLICATION_CREDENTIALS: /etc/gcp/key.json",
    "credentials:\n  secret: ${SMTP_SECRET}",
])
def test_secret_keys_that_hold_no_password(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(("text", "values"), [
    ("uid,pass_word,created\nrep01,Ash.pine47,2026-01-02", ["Ash.pine47"]),
    ("system,user,credential\nVPN,rep01,Lx3+qpw8", ["Lx3+qpw8"]),
    ("host\tlogin\tpw\nfs3.example.net\tsync\tRb-772kqZ", ["Rb-772kqZ"]),
    ("账户,密码(明文),备注\nrep02,tM7+9qpa,测试", ["tM7+9qpa"]),
])
def test_export_columns_under_unusual_headers(text: str, values: list[str]) -> None:
    assert _found(text) == values


def test_a_secret_column_without_an_account_column_is_not_read() -> None:
    assert _found("key_id,secret\nkid-01,Rt5#mmq8Zp") == []


@pytest.mark.parametrize(("text", "values"), [
    ("  Username . . . rep03\n  Password . . . Elm.birch84", ["Elm.birch84"]),
    ("We reset the password for rep03 as asked. The new one is Hq72xk+Lz", ["Hq72xk+Lz"]),
    ("The admin password on the build box is r4Tq%mZ8, not the old one.", ["r4Tq%mZ8"]),
    ("密码：maple#云起2031", ["maple#云起2031"]),
])
def test_mails_prose_and_mixed_values(text: str, values: list[str]) -> None:
    assert _found(text) == values


@pytest.mark.parametrize("text", [
    "Password . . . . (sent separately)",
    "We reset the router. The new one is faster.",
    "The password of the account is required.",
])
def test_mails_and_prose_without_a_value(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(("text", "values"), [
    ("smbclient //10.9.8.7/docs Pw7_kkq2Z -U sync", ["Pw7_kkq2Z"]),
    ("rar a -hpBirch.2031 docs.rar ./docs", ["Birch.2031"]),
    ("SSHPASS='Tq8+mmw2K' sshpass -e scp a.tgz sync@10.9.8.7:/tmp", ["Tq8+mmw2K"]),
    ("Set-LocalUser -Name svc -Password (ConvertTo-SecureString -AsPlainText 'Gv4@qq7Lm' -Force)", ["Gv4@qq7Lm"]),
    ("conn = SMBConnection('sync', 'Nd5$wq8Z', 'me', 'nas')", ["Nd5$wq8Z"]),
])
def test_commands_and_calls(text: str, values: list[str]) -> None:
    assert _found(text) == values


@pytest.mark.parametrize("text", [
    "smbclient //10.9.8.7/docs -N",
    "smbclient -L //10.9.8.7 -U sync",
    "psexec \\\\app7 -u CORP\\svc -p %SVC_PW% cmd",
    "VPN 动态口令 402913，60 秒有效",
])
def test_commands_and_codes_without_a_password(text: str) -> None:
    assert _found(text) == []

"""Password forms that round 9 (bench/eval/blind/round9_secrets.py) showed missing, with fresh synthetic values:
tools whose password flag is a bare letter (ipmitool -P, plink -pw, snmpwalk -A), expect / pexpect scripts that
answer a password prompt, the key of a wireless network, a user / password pair after a longer label, and a
random password with a dot in it (not an attribute path). Each form has its look-alikes that stay quiet."""

from __future__ import annotations

import pytest

import detectors


def _passwords(text: str) -> list[str]:
    return [text[f.start:f.end] for f in detectors.scan(text) if f.type == "PASSWORD"]


@pytest.mark.parametrize(("text", "value"), [
    ("ipmitool -I lanplus -H bmc-07.dc2.example -U ADMIN -P Rk4-lake-oven61 chassis power cycle", "Rk4-lake-oven61"),
    ("unzip -P Wq8!zo3Lm payroll_2026.zip -d /tmp/out", "Wq8!zo3Lm"),
    ("tsql -S mssql-rep.example.net -U report -P Hq5#ne2Tv", "Hq5#ne2Tv"),
    ("racadm -r idrac-12.example.org -u root -p Cv9^mt4Ls getsysinfo", "Cv9^mt4Ls"),
    ("plink -ssh ops@jump.example.cn -pw Yb2*pk7Qd \"uptime\"", "Yb2*pk7Qd"),
    ("pscp.exe -pw Ng6_rw3Ux backup.tar ops@files.example.cn:/data/", "Ng6_rw3Ux"),
    ("snmpget -v3 -l authPriv -u nms -a SHA -A Lm3-auth-77Qx -x AES core-sw.example.net sysName.0", "Lm3-auth-77Qx"),
])
def test_tool_password_flags(text: str, value: str) -> None:
    assert value in _passwords(text)


@pytest.mark.parametrize("text", [
    "ipmitool -I lanplus -H bmc-07.dc2.example -U ADMIN -P $IPMI_PASS sel list",
    "unzip -P '' empty.zip",
    "snmpwalk -v2c -c public core-sw.example.net -A",
    "plink -ssh ops@jump.example.cn -pw ******** uptime",
])
def test_tool_flags_without_a_value_are_quiet(text: str) -> None:
    assert _passwords(text) == []


@pytest.mark.parametrize(("text", "value"), [
    ("#!/usr/bin/expect -f\nspawn scp dump.sql dba@db-bak.example.org:/backup\nexpect \"*assword:\"\n"
     "send \"Tz7#qo1Wn\\r\"\nexpect eof", "Tz7#qo1Wn"),
    ("expect \"Enter passphrase for key*\" { send \"maple-ridge-4418\\r\" }", "maple-ridge-4418"),
    ("expect -exact \"Password: \"\nsend -- \"Gp3_vk8Ry\\r\"", "Gp3_vk8Ry"),
    ("import pexpect\nchild = pexpect.spawn('ssh ops@10.40.3.9')\nchild.expect('password:')\n"
     "child.sendline('Ju2!sa6Fb')\nchild.interact()", "Ju2!sa6Fb"),
])
def test_expect_scripts_answering_a_password_prompt(text: str, value: str) -> None:
    assert _passwords(text) == [value]


@pytest.mark.parametrize("text", [
    "expect \"*assword:\"\nsend \"$env(DEPLOY_PW)\\r\"",
    "expect \"*assword:\"\nsend \"[exec cat /etc/deploy.pw]\\r\"",
    "expect \"*yes/no*\"\nsend \"yes\\r\"\nexpect \"*$ \"\nsend \"uptime\\r\"",
    "child.expect('password:')\nchild.sendline(password)",
    "expect \"*assword:\"\nsend \"<password>\\r\"",
])
def test_expect_scripts_without_a_literal_password_are_quiet(text: str) -> None:
    assert _passwords(text) == []


@pytest.mark.parametrize(("text", "value"), [
    ("三楼培训室无线网络：Train-3F\n无线密钥：Sx4-pine-907", "Sx4-pine-907"),
    ("Visitor Wi-Fi: Lobby-Guest / WiFi key: 73915208", "73915208"),
    ("WLAN 密钥为 Hb6yq2Rt，请勿外传", "Hb6yq2Rt"),
    ("WPA2-PSK key = plum-harbor-58", "plum-harbor-58"),
])
def test_wireless_network_keys(text: str, value: str) -> None:
    assert _passwords(text) == [value]


@pytest.mark.parametrize("text", [
    "WPA key management is set to SAE on the new access points.",
    "无线密钥管理策略：每季度更换一次，由 IT 统一下发。",
    "Wi-Fi key: none (open network, captive portal)",
    "WLAN 密钥：见前台桌牌",
])
def test_wireless_key_prose_is_quiet(text: str) -> None:
    assert _passwords(text) == []


@pytest.mark.parametrize(("text", "value"), [
    ("creds for the uat cluster: deployer / Wd5^kn2Pz", "Wd5^kn2Pz"),
    ("账号（测试环境，勿用于生产）：qa_runner / Mv3#lp8Ke", "Mv3#lp8Ke"),
    ("credentials for grafana-ops: viewer / Fe9*ut1Qa", "Fe9*ut1Qa"),
])
def test_user_password_pair_after_a_longer_label(text: str, value: str) -> None:
    assert _passwords(text) == [value]


@pytest.mark.parametrize("text", [
    "creds for the uat cluster: see docs/runbook.md",
    "login page for the portal: /auth/login",
])
def test_longer_labels_before_paths_are_quiet(text: str) -> None:
    assert _passwords(text) == []


@pytest.mark.parametrize(("text", "value"), [
    ("db.password=Kp7Tq2WxR9.Z", "Kp7Tq2WxR9.Z"),
    ("smtp_password: vN3kQ8zLr2.mX", "vN3kQ8zLr2.mX"),
])
def test_random_password_with_a_dot_is_a_password(text: str, value: str) -> None:
    assert _passwords(text) == [value]


@pytest.mark.parametrize("text", [
    "password = config.dbPassword2",
    "password = settings.DB_PASSWORD",
    "password=self.base64Encode(",
    "pwd = cfg.getUser2Name",
])
def test_attribute_paths_are_still_code(text: str) -> None:
    assert _passwords(text) == []


def test_password_column_of_a_markdown_table() -> None:
    text = ("交接清单：\n| 系统 | 账号 | 初始密码 | 备注 |\n|:---|:---|:---|---|\n| 堡垒机 | lihua | Bq3#tm8Wz | 首登改密 |\n"
            "| 报表 | lihua | ****** | 已脱敏 |\n| 邮箱 | lihua | Mx6_fe1Rk | |\n\n以上请妥善保管。")
    assert _passwords(text) == ["Bq3#tm8Wz", "Mx6_fe1Rk"]


def test_password_column_pasted_from_a_spreadsheet_or_csv() -> None:
    tsv = "主机\t用户\t密码\n10.8.1.21\troot\tHn5!ka2Yp\n10.8.1.22\troot\t见附件\n"
    assert _passwords(tsv) == ["Hn5!ka2Yp"]
    csv = "host,user,password,port\napp-1,deploy,Zr8^wl4Nc,22\napp-2,deploy,${APP2_PW},22\n"
    assert _passwords(csv) == ["Zr8^wl4Nc"]


@pytest.mark.parametrize("text", [
    "| 字段 | 类型 | 说明 |\n|---|---|---|\n| password | varchar(64) | 登录密码（bcrypt） |\n| salt | char(16) | 盐 |",
    "user,password_changed_at\nops01,2026-11-30\n",
    "账号,密码,最后修改\nops01,$2b$12$Qx7.kp2LmVn8RtY3WsZ1uO,2026-11-02\n",
    "| 项目 | 要求 |\n|---|---|\n| 密码 | 至少12位 |\n| 有效期 | 90天 |",
    "name,pwd\nalice,\nbob,<待分配>\n",
])
def test_tables_without_password_values_are_quiet(text: str) -> None:
    assert _passwords(text) == []


@pytest.mark.parametrize(("text", "value"), [
    ("管理员密码（root）：Wd4#ep9Kx", "Wd4#ep9Kx"),
    ("数据库密码(DBA 专用)：Ty6^qm1Ls", "Ty6^qm1Ls"),
    ("初期パスワード：Jf2#nu7Qa", "Jf2#nu7Qa"),
    ("비밀번호: Lc8!ox3Ve", "Lc8!ox3Ve"),
    ("az login -u svc-deploy@corp-example.onmicrosoft.com -p Pk2#hs8Wd --tenant corp", "Pk2#hs8Wd"),
    ("set PGPASSWORD=Vn3#tq8Rb&& psql -h db-01 -U report dw", "Vn3#tq8Rb"),
])
def test_more_labels_and_command_lines(text: str, value: str) -> None:
    assert _passwords(text) == [value]


@pytest.mark.parametrize("text", [
    "管理员密码（root 账号）：见密码柜",
    "密码（长度要求）：至少 12 位",
    "パスワードを忘れた場合は管理者に連絡してください。",
])
def test_more_labels_without_a_value_are_quiet(text: str) -> None:
    assert _passwords(text) == []


@pytest.mark.parametrize(("text", "value"), [
    ("FROM mysql:8.0\nENV MYSQL_ROOT_PASSWORD Qe5#rk2Mv\nENV TZ Asia/Shanghai", "Qe5#rk2Mv"),
    ("【账号】ops07【密码】Gs4!pd9Xe", "Gs4!pd9Xe"),
    ("[密码]：Hu7^cz3Wn", "Hu7^cz3Wn"),
])
def test_dockerfile_env_and_bracketed_labels(text: str, value: str) -> None:
    assert _passwords(text) == [value]


@pytest.mark.parametrize("text", [
    "ENV MYSQL_ROOT_PASSWORD_FILE /run/secrets/mysql_root",
    "ENV DB_PASSWORD ${DB_PASSWORD}",
    "【密码】见附件",
])
def test_dockerfile_env_and_bracketed_labels_without_a_value(text: str) -> None:
    assert _passwords(text) == []
